"""A new organiser runs a whole edition by clicking, from `/` to a winner's certificate.

The organiser has only the Ban Tổ chức role. After the first page, the browser is sent to a
new address only to sign another person in; everything else is a click on a link or a
button that the page shows. With GUIDE_SCREENSHOTS set to a folder, the organiser's
screens are saved there for the organisers' guide (docs/huong-dan-ban-to-chuc.md).
"""

import datetime
import io
import os
import re
from pathlib import Path

import pytest
from django.utils import timezone
from pypdf import PdfReader

from contest.demo import demo_pdf
from contest.enums import EntrantType, EntryStatus, Role
from contest.models import Edition, Entry
from judging.models import Certificate, Criterion, ResultSnapshot, Round, ScoreSheet
from judging.services.rounds import rounds_create_default
from tests.browser.signin import sign_in
from tests.factories import EditionFactory, JuryMemberFactory, UserFactory
from tests.factories.contest import PASSWORD
from tests.factories.judging import CertificateSettingsFactory, PrizeTierFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SLOW_MS = 120_000  # publishing and rendering certificates happen inside the request in tests


@pytest.fixture
def contest_2024(transactional_db):
    """Last year's edition as an organiser finds it: set up, judged, published long ago."""
    from cms.demo import seed_demo_pages
    from contest.accounts.roles import ensure_role_groups

    ensure_role_groups()
    tz = timezone.get_current_timezone()
    edition = EditionFactory(
        name="Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính năm 2024",
        year=2024,
        code_prefix="CCHC2024",
        submission_opens_at=datetime.datetime(2024, 4, 15, 8, 0, tzinfo=tz),
        submission_closes_at=datetime.datetime(2024, 8, 31, 17, 0, tzinfo=tz),
        judging_starts_at=datetime.datetime(2024, 9, 15, 8, 0, tzinfo=tz),
        results_on=datetime.date(2024, 11, 16),
    )
    rounds_create_default(edition=edition)
    judges = [
        JuryMemberFactory(
            edition=edition,
            user__email=f"giamkhao{n}@thu.example",
            user__full_name=f"Giám khảo Số {n}",
        ).user
        for n in (1, 2)
    ]
    PrizeTierFactory(edition=edition, entrant_type=EntrantType.INDIVIDUAL, rank=1, quota=1)
    CertificateSettingsFactory(edition=edition)
    seed_demo_pages(editions=[edition])
    people = {
        "organiser": UserFactory(
            email="btc.moi@thu.example", full_name="Lê Minh Châu", role=Role.ORGANISER
        ),
        "secretary": UserFactory(email="thuky@thu.example", role=Role.SECRETARIAT),
        "entrant": UserFactory(
            email="thisinh@thu.example", full_name="Phạm Thu Trang", role=Role.ENTRANT
        ),
        "judges": judges,
    }
    return edition, people


class Guide:
    """Saves a screenshot of the page for the organisers' guide, when asked to."""

    def __init__(self):
        folder = os.environ.get("GUIDE_SCREENSHOTS")
        self.folder = Path(folder) if folder else None
        if self.folder:
            self.folder.mkdir(parents=True, exist_ok=True)

    def shot(self, page, name):
        if self.folder:
            page.screenshot(path=str(self.folder / f"{name}.jpg"), type="jpeg", quality=70)


def _sign_out(page):
    page.locator("form[action$='/accounts/logout/'] button").click()
    page.wait_for_load_state()


def _header(page, href):
    page.locator(f'.site-nav a[href="{href}"]').click()
    page.wait_for_load_state()


def _step(page, key):
    return page.locator(f"#buoc-{key}")


def _staff_edition(page, edition):
    _header(page, "/quan-tri/")
    page.locator(f'a[href="/quan-tri/cuoc-thi/{edition.pk}/"]').first.click()
    page.wait_for_url(re.compile(rf"/quan-tri/cuoc-thi/{edition.pk}/$"))


def _wagtail_save(page):
    page.locator("footer button.button-longrunning[type=submit]").first.click()
    page.wait_for_load_state()


def _score(page, base, judge, round_, points):
    sign_in(page, base, judge.email)
    _header(page, "/giam-khao/")
    page.locator(f'a[href="/giam-khao/vong/{round_.pk}/"]').click()
    page.locator("a.queue__link").first.click()
    fields = page.locator("input[name^=criterion_]")
    for i in range(fields.count()):
        fields.nth(i).fill(points[i])
    page.locator("textarea[name=comment]").fill("Ý tưởng khả thi, số liệu rõ ràng.")
    page.locator("button[name=submit]:not([value=next])").click()
    page.wait_for_url(re.compile(rf"/giam-khao/vong/{round_.pk}/$"))
    _sign_out(page)


def test_new_organiser_runs_an_edition_from_setup_to_certificates(
    contest_2024, live_server, page, tmp_path, settings
):
    _source, people = contest_2024
    organiser, secretary, entrant = people["organiser"], people["secretary"], people["entrant"]
    base = live_server.url
    settings.WAGTAILADMIN_BASE_URL = base
    guide = Guide()

    # 1. The organiser signs in and finds the staff home in the header.
    page.goto(base + "/")
    page.locator('.site-nav a[href="/accounts/login/"]').click()
    page.locator("input[name=login]").fill(organiser.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(base + "/")
    _header(page, "/quan-tri/")
    guide.shot(page, "01-trang-dieu-hanh")

    # 2. A new edition, copied from 2024.
    page.locator('a[href="/quan-tri/cuoc-thi/moi/"]').click()
    page.locator("input[name=name]").fill(
        "Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính năm 2026"
    )
    page.locator("input[name=year]").fill("2026")
    page.locator("input[name=code_prefix]").fill("CCHC2026")
    guide.shot(page, "02-sao-chep-cuoc-thi")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/quan-tri/cuoc-thi/\d+/$"))
    edition = Edition.objects.get(code_prefix="CCHC2026")
    assert edition.rounds.count() == 2
    guide.shot(page, "03-cac-buoc-cua-cuoc-thi")

    # 3. The rubric changes: one judge per entry in both rounds, the first criterion
    #    worth five points more and the second five fewer, in the admin's round screen.
    _step(page, "setup").locator('a[href*="/admin/rounds/"]').click()
    for round_ in edition.rounds.order_by("position"):
        page.locator(f'a[href="/admin/rounds/edit/{round_.pk}/"]').first.click()
        page.locator("input[name=judges_per_entry]").fill("1")
        if round_.position == 1:
            first, second = round_.criteria.order_by("sort_order", "pk")[:2]
            page.locator("input[name=criteria-0-max_points]").fill(str(first.max_points + 5))
            page.locator("input[name=criteria-1-max_points]").fill(str(second.max_points - 5))
            guide.shot(page, "04-sua-tieu-chi-cham")
        _wagtail_save(page)
        page.wait_for_url(re.compile(r"/admin/rounds/"))
    preliminary, final = Round.objects.filter(edition=edition).order_by("position")
    assert (preliminary.judges_per_entry, final.judges_per_entry) == (1, 1)
    assert [c.max_points for c in Criterion.objects.filter(round=preliminary)][:2] == [
        first.max_points + 5,
        second.max_points - 5,
    ]

    # 4. Submissions open from the staff home (the admin menu leads back to it).
    page.locator('a[href="/quan-tri/"]').first.click()
    page.locator(f'a[href="/quan-tri/cuoc-thi/{edition.pk}/"]').first.click()
    _step(page, "submissions").locator(
        f'a[href="/quan-tri/cuoc-thi/{edition.pk}/mo-nhan-bai/"]'
    ).click()
    closes = timezone.localtime() + datetime.timedelta(days=7)
    page.locator("input[name=closes_at]").fill(closes.strftime("%d/%m/%Y %H:%M"))
    page.locator("input[name=confirm]").check()
    guide.shot(page, "05-mo-nhan-bai")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/quan-tri/cuoc-thi/{edition.pk}/$"))
    edition.refresh_from_db()
    assert edition.is_open_for_submission()
    _sign_out(page)

    # 5. An entrant submits an entry to the 2026 edition.
    sign_in(page, base, entrant.email)
    _header(page, "/bai-du-thi/")
    page.locator(f'form[action="/bai-du-thi/tao/{edition.pk}/"] button').click()
    page.wait_for_url(re.compile(r"/bai-du-thi/[0-9a-f-]+/sua/$"))
    page.locator("input[name=title]").fill("Đặt lịch hẹn trực tuyến tại bộ phận một cửa")
    page.locator("select[name=sector]").select_option(index=1)
    for name in (
        "summary",
        "problem",
        "solution",
        "novelty",
        "feasibility",
        "effect",
        "replication",
    ):
        page.locator(f"textarea[name={name}]").fill(
            "Người dân đặt lịch trước, không phải xếp hàng."
        )
    page.locator("form#entry-form button[name=save]").click()
    page.wait_for_url(re.compile(r"/sua/$"))
    writeup = tmp_path / "thuyet-minh.pdf"
    writeup.write_bytes(demo_pdf())
    page.locator("form.upload-form select[name=role]").select_option(index=0)
    page.locator("input[type=file]").set_input_files(str(writeup))
    page.locator("form.upload-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/sua/$"))
    page.locator("button[name=submit]").click()
    page.wait_for_url(re.compile(r"/bien-nhan/$"))
    entry = Entry.objects.get(edition=edition)
    assert (entry.status, entry.code) == (EntryStatus.SUBMITTED, "CCHC2026-0001")
    _sign_out(page)

    # 6. The secretariat screens it.
    sign_in(page, base, secretary.email)
    _header(page, "/thu-ky/bai-du-thi/")
    page.locator(f'a[href="/thu-ky/bai-du-thi/{entry.public_id}/"]').first.click()
    page.locator("input[name=decision-action][value=eligible]").check()
    page.locator("input[name=decision-action][value=eligible]").locator(
        "xpath=ancestor::form"
    ).locator("button[type=submit]").click()
    page.wait_for_load_state()
    entry.refresh_from_db()
    assert entry.status == EntryStatus.ELIGIBLE
    _sign_out(page)

    # 7. The organiser assigns the preliminary round; a judge scores it.
    sign_in(page, base, organiser.email)
    _staff_edition(page, edition)
    _step(page, f"round-{preliminary.pk}").locator(
        f'a[href="/thu-ky/cham-thi/vong/{preliminary.pk}/"]'
    ).click()
    page.locator(f'form[action="/thu-ky/cham-thi/vong/{preliminary.pk}/phan-cong/"] button').click()
    page.wait_for_url(re.compile(rf"/thu-ky/cham-thi/vong/{preliminary.pk}/$"))
    guide.shot(page, "06-phan-cong-giam-khao")
    judge = preliminary.assignments.get().judge
    _sign_out(page)
    _score(page, base, judge, preliminary, ["25", "20", "20", "8", "7"])

    # 8. The organiser advances the entry and has the final round scored.
    sign_in(page, base, organiser.email)
    _staff_edition(page, edition)
    _step(page, f"round-{preliminary.pk}").locator(
        f'a[href="/thu-ky/cham-thi/vong/{preliminary.pk}/vao-vong-sau/"]'
    ).click()
    page.locator("input[name=top_n]").fill("1")
    page.locator("main form.stack button[type=submit]").first.click()
    page.wait_for_load_state()
    guide.shot(page, "07-chon-vao-vong-sau")
    page.locator("#confirm-link").click()
    page.wait_for_load_state()
    _confirm_if_asked(page)
    assert entry.advancements.get().confirmed is True
    _staff_edition(page, edition)
    _step(page, f"round-{final.pk}").locator(f'a[href="/thu-ky/cham-thi/vong/{final.pk}/"]').click()
    page.locator(f'form[action="/thu-ky/cham-thi/vong/{final.pk}/phan-cong/"] button').click()
    page.wait_for_url(re.compile(rf"/thu-ky/cham-thi/vong/{final.pk}/$"))
    final_judge = final.assignments.get().judge
    _sign_out(page)
    _score(page, base, final_judge, final, ["28", "22", "23", "9", "9"])

    # 9. Freeze with its preview, publish with its confirmation, issue certificates.
    sign_in(page, base, organiser.email)
    _staff_edition(page, edition)
    _step(page, "freeze").locator("a.button").first.click()
    _freeze(page, guide)
    snapshot = ResultSnapshot.objects.get(edition=edition)
    _staff_edition(page, edition)
    _step(page, "publish").locator("a.button").first.click()
    _publish(page, snapshot, guide)
    snapshot.refresh_from_db()
    assert snapshot.published_at is not None
    _staff_edition(page, edition)
    _step(page, "certificates").locator("a.button").first.click()
    _issue(page, guide)
    certificate = Certificate.objects.get(edition=edition)
    assert certificate.pdf_name != ""
    _staff_edition(page, edition)
    guide.shot(page, "11-cuoc-thi-hoan-tat")
    assert _step(page, "certificates").get_attribute("class").endswith("--done")
    _sign_out(page)

    # 10. The winner downloads the certificate from their own list.
    sign_in(page, base, entrant.email)
    _header(page, "/giay-chung-nhan/")
    with page.expect_download() as download_info:
        page.locator(f'a[href="/giay-chung-nhan/{certificate.pk}/tai-ve/"]').click()
    with open(download_info.value.path(), "rb") as downloaded:
        pdf = downloaded.read()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Phạm Thu Trang" in text
    assert ScoreSheet.objects.filter(assignment__round__edition=edition).count() == 2


def _confirm_if_asked(page):
    """Irreversible actions ask for a confirmation on a page of their own."""
    confirm = page.locator("form:has(button[name=confirmed])")
    confirm.locator("input[name=confirm]").check()
    confirm.locator("button[name=confirmed]").click(timeout=SLOW_MS)
    page.wait_for_load_state(timeout=SLOW_MS)


def _freeze(page, guide):
    page.locator("main form.stack button[type=submit]").first.click()
    page.wait_for_load_state()
    guide.shot(page, "08-chot-ket-qua")
    _confirm_if_asked(page)


def _publish(page, snapshot, guide):
    page.wait_for_url(re.compile(rf"/ban-to-chuc/ket-qua/{snapshot.pk}/cong-bo/$"))
    guide.shot(page, "09-cong-bo-ket-qua")
    _confirm_if_asked(page)


def _issue(page, guide):
    page.locator("#issue-link").click()
    page.wait_for_load_state()
    guide.shot(page, "10-cap-giay-chung-nhan")
    _confirm_if_asked(page)
