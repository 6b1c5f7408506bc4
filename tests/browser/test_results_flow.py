"""The demo result is published, certificates issued, a winner downloads one, the public checks it.

Selectors, not wording: the new pages' texts are translated separately.
"""

import io
import re

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from pypdf import PdfReader

from contest.models import Edition, Entry, User
from judging.models import Certificate, ResultSnapshot
from judging.published import snapshot_winners
from judging.services.certificates import certificate_verify_url
from tests.browser.axe import assert_accessible
from tests.browser.signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ISSUE_TIMEOUT_MS = 180_000  # rendering every demo certificate happens inside the request


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", "--seed", "7", stdout=io.StringIO())
    edition = Edition.objects.get(year=2024)
    snapshot = ResultSnapshot.objects.get(edition=edition)
    return edition, snapshot, User.objects.get(email="btc@demo.example")


def _password():
    import os

    return os.environ.get("DEMO_PASSWORD") or django_settings.DEMO_PASSWORD_DEFAULT


def _sign_out(page):
    page.locator("form[action$='/accounts/logout/'] button").click()


def _winning_author(snapshot):
    """The first individual winner, who has an account, their entry and its prize."""
    winner = next(w for w in snapshot_winners(snapshot=snapshot).winners if len(w.authors) == 1)
    author = Certificate._meta.get_field("author").related_model.objects.get(
        entry_id=winner.entry_id
    )
    return User.objects.get(email__iexact=author.email), winner.entry_id, winner.prize


def test_results_flow_winner_downloads_certificate_and_check_follows_revocation(
    demo, live_server, page, settings
):
    edition, snapshot, organiser = demo
    base = live_server.url
    # The QR code and the printed link point at this server.
    settings.WAGTAILADMIN_BASE_URL = base

    # The organiser enters who signs, in the admin.
    sign_in(page, base, organiser.email, password=_password())
    page.goto(base + "/admin/certificate-signers/new/")
    page.locator("select[name=edition]").select_option(value=str(edition.pk))
    page.locator("input[name=issuer_parent]").fill("UBND Thành phố Hà Nội")
    page.locator("input[name=issuer]").fill("Ban Tổ chức Cuộc thi")
    # Typed as organisers write it; the date picker must neither reject nor replace it.
    page.locator("input[name=signed_on]").fill("16/11/2024")
    page.locator("textarea[name=signer_title]").fill("TM. BAN TỔ CHỨC\nTRƯỞNG BAN")
    page.locator("input[name=signer_name]").fill("Trần Văn Minh")
    page.locator("footer button.button-longrunning[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/certificate-signers/$"))
    assert edition.certificate_settings.signer_name == "Trần Văn Minh"
    assert edition.certificate_settings.signed_on.isoformat() == "2024-11-16"

    # Publish the frozen result from the results page, through its preview, then issue on
    # the certificate page, through its own.
    page.goto(base + f"/ban-to-chuc/cham-thi/vong/{snapshot.round_id}/chot-ket-qua/")
    page.locator(f'a[href="/ban-to-chuc/ket-qua/{snapshot.pk}/cong-bo/"]').click()
    assert page.locator(".confirm-emails tbody tr").count() >= 2  # prizes, then "no prize"
    assert_accessible(page, where="publish preview")
    page.locator("#publish-form button[name=confirmed]").click()
    snapshot.refresh_from_db()
    assert snapshot.published_at is None  # nothing happens before the box is ticked
    page.locator("#publish-form input[name=confirm]").check()
    page.locator("#publish-form button[name=confirmed]").click(timeout=ISSUE_TIMEOUT_MS)
    page.locator(".message--success").wait_for(timeout=ISSUE_TIMEOUT_MS)
    snapshot.refresh_from_db()
    assert snapshot.published_at is not None
    page.goto(base + "/ban-to-chuc/giay-chung-nhan/")
    page.locator(f'a[href="/ban-to-chuc/giay-chung-nhan/cuoc-thi/{edition.pk}/"]').click()
    page.locator("#issue-link").click()
    assert Certificate.objects.filter(edition=edition).count() == 0
    page.locator("#issue-form input[name=confirm]").check()
    page.locator("#issue-form button[name=confirmed]").click(timeout=ISSUE_TIMEOUT_MS)
    page.wait_for_load_state(timeout=ISSUE_TIMEOUT_MS)
    page.locator(".message--success").wait_for(timeout=ISSUE_TIMEOUT_MS)
    total = Certificate.objects.filter(edition=edition).count()
    assert total == Certificate.objects.filter(edition=edition).exclude(pdf_name="").count()
    progress = page.locator("#certificate-progress progress")
    assert (progress.get_attribute("value"), progress.get_attribute("max")) == (
        str(total),
        str(total),
    )
    assert page.locator("#certificate-progress").get_attribute("data-active") == "false"
    assert page.locator(".certificate-table tbody tr").count() == total
    assert_accessible(page, where="certificates of the edition")
    _sign_out(page)

    # A winner sees the prize on their entry, follows it to their certificates and
    # downloads one.
    winner, entry_id, prize = _winning_author(snapshot)
    certificate = Certificate.objects.get(entry_id=entry_id)
    entry_path = f"/bai-du-thi/{Entry.objects.get(pk=entry_id).public_id}/"
    sign_in(page, base, winner.email, password=_password())
    page.locator('header a[href="/bai-du-thi/"]').click()
    page.wait_for_url(base + "/bai-du-thi/")
    assert_accessible(page, where="a winner's entries")
    page.locator(f'main a[href="{entry_path}"]').first.click()
    page.wait_for_url(base + entry_path)
    assert page.locator("#entry-prize").inner_text() == prize
    assert_accessible(page, where="a winning entry")
    page.locator('.outcome a[href="/giay-chung-nhan/"]').click()
    page.wait_for_url(base + "/giay-chung-nhan/")
    assert page.locator(".certificate-table tbody tr").count() == 1
    assert_accessible(page, where="a winner's certificates")
    with page.expect_download() as download_info:
        page.locator(f'a[href="/giay-chung-nhan/{certificate.pk}/tai-ve/"]').click()
    download = download_info.value
    assert (
        download.suggested_filename
        == f"gcn-{certificate.number:02d}-" + (download.suggested_filename.split("-", 2)[2])
    )
    assert download.suggested_filename.isascii()
    with open(download.path(), "rb") as downloaded:
        pdf = downloaded.read()
    assert pdf.startswith(b"%PDF-")
    assert download.suggested_filename.endswith(".pdf")
    text = "".join(page_.extract_text() for page_ in PdfReader(io.BytesIO(pdf)).pages)
    assert certificate.recipient_name in text

    # The URL the certificate prints (and its QR code encodes) says "valid".
    printed = re.findall(r"https?://[^\s]*?/xac-minh/[A-Z2-7]{26}/", text.replace("\n", ""))
    assert printed == [certificate_verify_url(serial=certificate.serial)]
    page.goto(printed[0])
    assert page.locator("[data-status]").get_attribute("data-status") == "valid"
    assert_accessible(page, where="certificate check, valid")
    assert page.get_by_text(certificate.recipient_name, exact=True).count() == 1
    _sign_out(page)

    # The organiser revokes it with a reason; the same URL now says "revoked".
    sign_in(page, base, organiser.email, password=_password())
    page.goto(base + f"/ban-to-chuc/giay-chung-nhan/{certificate.pk}/")
    page.locator("#revoke-form textarea[name=revoke-reason]").fill("Trao nhầm giải.")
    page.locator("#revoke-form button[name=revoke]").click()
    page.locator("#revoke-confirm input[name=confirm]").check()
    page.locator("#revoke-confirm button[name=confirmed]").click()
    page.wait_for_url(base + f"/ban-to-chuc/giay-chung-nhan/{certificate.pk}/")
    certificate.refresh_from_db()
    assert (certificate.status, certificate.revoked_reason) == ("revoked", "Trao nhầm giải.")
    page.goto(printed[0])
    assert page.locator("[data-status]").get_attribute("data-status") == "revoked"
    assert_accessible(page, where="certificate check, revoked")
    assert page.get_by_text("Trao nhầm giải.").count() == 0
