"""The published demo result as the public and the organisers meet it after the prize:
a visitor on a phone follows the footer to the results and downloads them as CSV; the
organiser prints the explanation of the judges' correction, then unpublishes the result,
and the certificate's public check says it is suspended, naming nobody.

Selectors, not wording: the texts are translated separately.
"""

import csv
import io
import re

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from contest.models import Edition, User
from judging.enums import AggregationMethod
from judging.models import Certificate, ResultSnapshot
from judging.published import snapshot_winners
from judging.services.certificates import certificate_verify_url, certificates_issue
from judging.services.publication import result_publish
from tests.browser.axe import assert_accessible
from tests.browser.signin import sign_in
from tests.browser.test_results_flow import _password, _sign_out
from tests.factories import CertificateSettingsFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def published(transactional_db):
    call_command("seed_demo", "--seed", "7", stdout=io.StringIO())
    edition = Edition.objects.get(year=2024)
    snapshot = ResultSnapshot.objects.get(edition=edition)
    organiser = User.objects.get(email="btc@demo.example")
    CertificateSettingsFactory(edition=edition)
    result_publish(snapshot=snapshot, actor=organiser)
    certificates_issue(snapshot=snapshot, actor=organiser)
    return edition, snapshot, organiser


def test_open_data_flow_visitor_on_a_phone_downloads_the_results_as_csv(
    published, live_server, phone_page
):
    _edition, snapshot, _organiser = published
    page, base = phone_page, live_server.url
    winners = snapshot_winners(snapshot=snapshot).winners

    page.goto(base + "/")
    page.locator('footer a[href="/ket-qua/"]').click()
    page.wait_for_load_state()
    assert_accessible(page, where="results page, phone")
    with page.expect_download() as download_info:
        page.locator('a[href$="/ket-qua.csv"]').click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    with open(download.path(), "rb") as downloaded:
        content = downloaded.read()

    assert content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Vietnamese
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    titles = {row[i] for row in rows[1:] for i in range(len(row))}
    assert {w.title for w in winners} <= titles
    assert len(rows) - 1 == len(winners)


def test_open_data_flow_organiser_prints_corrections_then_unpublishing_suspends(
    published, live_server, page
):
    edition, snapshot, organiser = published
    base = live_server.url
    certificate = Certificate.objects.filter(edition=edition).order_by("number").first()
    check_path = re.sub(r"^https?://[^/]+", "", certificate_verify_url(serial=certificate.serial))

    # The jury chair's explanation, from the reports of the ranking page.
    sign_in(page, base, organiser.email, password=_password())
    page.goto(base + f"/ban-to-chuc/cham-thi/vong/{snapshot.round_id}/xep-hang/")
    with page.expect_download() as download_info:
        page.locator('a[href$="/giai-trinh-hieu-chinh-diem.pdf"]').click()
    with open(download_info.value.path(), "rb") as downloaded:
        pdf = downloaded.read()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "HIỆU CHỈNH" in text
    # The demo's rounds use the recommended method: every judge of the round is listed.
    assert snapshot.round.method == AggregationMethod.ADJUSTED
    judges = User.objects.filter(assignments__round_id=snapshot.round_id).distinct()
    assert judges.exists()
    assert all(judge.full_name in text for judge in judges)

    # Unpublishing, from the freeze page, through its preview and a reason.
    page.goto(base + f"/ban-to-chuc/cham-thi/vong/{snapshot.round_id}/chot-ket-qua/")
    page.locator(f'a[href="/ban-to-chuc/ket-qua/{snapshot.pk}/huy-cong-bo/"]').click()
    assert_accessible(page, where="unpublish preview")
    page.locator("#unpublish-form textarea[name=reason]").fill("Rà soát lại kết quả.")
    page.locator("#unpublish-form input[name=confirm]").check()
    page.locator("#unpublish-form button[name=confirmed]").click()
    page.locator(".message--success").wait_for()
    snapshot.refresh_from_db()
    assert snapshot.published_at is None
    _sign_out(page)

    # The certificate's printed address now says "suspended", and names nobody.
    page.goto(base + check_path)
    assert page.locator("[data-status]").get_attribute("data-status") == "suspended"
    assert page.get_by_text(certificate.recipient_name).count() == 0
    assert_accessible(page, where="certificate check, suspended")
