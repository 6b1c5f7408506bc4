import datetime
import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from contest.enums import EntryKind, EntryStatus, Role
from contest.models import EntryNote
from contest.services import entries as services
from contest.services import screening
from tests.contest.helpers import add_writeup_row
from tests.factories import EditionFactory, EntryFactory, UserFactory

pytestmark = pytest.mark.django_db


def _submitted(**kwargs):
    entry = EntryFactory(**kwargs)
    add_writeup_row(entry)
    return services.entry_submit(entry=entry, user=entry.owner, notify=False).entry


@pytest.fixture
def secretary(client):
    user = UserFactory(role=Role.SECRETARIAT, full_name="Lê Minh Tâm")
    client.force_login(user)
    return user


def test_screening_search_is_accent_insensitive(client, secretary):
    edition = EditionFactory()
    wanted = _submitted(edition=edition, title="Cải cách thủ tục đăng ký đất đai")
    _submitted(edition=edition, title="Số hóa hồ sơ lưu trữ")
    response = client.get(reverse("contest:screening_list"), {"q": "cai cach dat dai"})
    codes = [e.code for e in response.context["entries"]]
    assert codes == [wanted.code]


def test_screening_filters_by_kind_and_status(client, secretary):
    edition = EditionFactory()
    idea = _submitted(edition=edition, kind=EntryKind.IDEA)
    solution = _submitted(edition=edition, kind=EntryKind.SOLUTION)
    screening.entry_mark_eligible(entry=solution, actor=secretary, notify=False)
    response = client.get(
        reverse("contest:screening_list"), {"kind": "solution", "status": "eligible"}
    )
    assert [e.code for e in response.context["entries"]] == [solution.code]
    response = client.get(reverse("contest:screening_list"), {"status": "submitted"})
    assert [e.code for e in response.context["entries"]] == [idea.code]


def test_screening_excludes_drafts(client, secretary):
    EntryFactory(title="Bản nháp bí mật")
    response = client.get(reverse("contest:screening_list"))
    assert "Bản nháp bí mật" not in response.content.decode()


def test_mark_ineligible_emails_reason_to_all_authors(
    client, secretary, django_capture_on_commit_callbacks
):
    entry = _submitted()
    url = reverse("contest:screening_detail", args=[entry.public_id])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "decision-action": "ineligible",
                "decision-reason": "Không thuộc lĩnh vực <b>dự thi</b>",
            },
        )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == EntryStatus.INELIGIBLE
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [entry.owner.email]
    assert "Không thuộc lĩnh vực <b>dự thi</b>" in mail.outbox[0].body
    assert mail.outbox[0].alternatives == []


def test_mark_ineligible_without_reason_is_refused(client, secretary):
    entry = _submitted()
    url = reverse("contest:screening_detail", args=[entry.public_id])
    response = client.post(url, {"decision-action": "ineligible", "decision-reason": ""})
    assert response.status_code == 200
    assert "Hãy nêu lý do" in response.content.decode() or response.context["decision_form"].errors
    entry.refresh_from_db()
    assert entry.status == EntryStatus.SUBMITTED


def test_return_for_changes_until_date(client, secretary):
    entry = _submitted()
    until = timezone.localdate() + datetime.timedelta(days=5)
    client.post(
        reverse("contest:screening_detail", args=[entry.public_id]),
        {
            "decision-action": "return",
            "decision-reason": "Bổ sung số liệu",
            "decision-until": until.isoformat(),
        },
    )
    entry.refresh_from_db()
    assert (entry.status, entry.returned_until) == (EntryStatus.RETURNED, until)
    assert entry.owner.has_perm("contest.edit_entry", entry)


def test_internal_note_is_not_shown_to_author(client, secretary):
    entry = _submitted()
    client.post(
        reverse("contest:screening_detail", args=[entry.public_id]),
        {"note-text": "Kiểm tra lại trùng lặp"},
    )
    assert EntryNote.objects.get().text == "Kiểm tra lại trùng lặp"
    client.force_login(entry.owner)
    body = client.get(reverse("contest:entry_detail", args=[entry.public_id])).content.decode()
    assert "Kiểm tra lại trùng lặp" not in body


def test_bulk_mark_eligible(client, secretary):
    entries = [_submitted() for _ in range(3)]
    response = client.post(
        reverse("contest:screening_bulk"),
        {"action": "eligible", "entries": [str(e.public_id) for e in entries[:2]]},
    )
    assert response.status_code == 302
    statuses = [type(e).objects.get(pk=e.pk).status for e in entries]
    assert statuses == [EntryStatus.ELIGIBLE, EntryStatus.ELIGIBLE, EntryStatus.SUBMITTED]


def test_export_xlsx_has_every_filtered_entry(client, secretary):
    edition = EditionFactory()
    first = _submitted(edition=edition, title='=HYPERLINK("http://x")')
    second = _submitted(edition=edition)
    response = client.get(reverse("contest:screening_export"), {"edition": edition.pk})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [first.code, second.code]
    assert rows[1][1] == '\'=HYPERLINK("http://x")'


def test_anonymised_view_hides_authors_and_agency(client, secretary):
    owner = UserFactory(full_name="Hoàng Thị Ánh Tuyết", role=Role.ENTRANT)
    entry = _submitted(owner=owner, problem="Tại UBND phường Số 99, thủ tục kéo dài.")
    body = client.get(
        reverse("contest:screening_anonymised", args=[entry.public_id])
    ).content.decode()
    article = body.split('<article class="anonymised-entry">', 1)[1]
    assert "Hoàng Thị Ánh Tuyết" not in body
    assert owner.agency.name not in article
    assert owner.email not in body
    assert entry.code in article


def test_identity_mention_warns_and_auto_redaction_masks(client, secretary):
    owner = UserFactory(full_name="Phạm Văn Hùng", role=Role.ENTRANT)
    entry = _submitted(owner=owner, solution="Nhóm của PHẠM VĂN HÙNG đã thử nghiệm.")
    detail = client.get(reverse("contest:screening_detail", args=[entry.public_id]))
    assert [m.term for m in detail.context["mentions"]] == ["Phạm Văn Hùng"]
    client.post(reverse("contest:screening_redact", args=[entry.public_id]), {"auto": "1"})
    entry.refresh_from_db()
    assert entry.redactions["solution"] == "Nhóm của […] đã thử nghiệm."
    assert entry.solution == "Nhóm của PHẠM VĂN HÙNG đã thử nghiệm."
    detail = client.get(reverse("contest:screening_detail", args=[entry.public_id]))
    assert detail.context["mentions"] == []


@pytest.mark.parametrize("count", [3, 15])
def test_screening_list_query_count_constant(client, secretary, django_assert_num_queries, count):
    edition = EditionFactory()
    for _ in range(count):
        _submitted(edition=edition)
    # Two of them read the user's model permissions once, for the staff menu.
    with django_assert_num_queries(13):
        assert client.get(reverse("contest:screening_list")).status_code == 200


@pytest.mark.parametrize("files", [1, 4])
def test_anonymised_view_query_count_constant(client, secretary, django_assert_num_queries, files):
    entry = _submitted()
    for _ in range(files - 1):
        add_writeup_row(entry)
    with django_assert_num_queries(11):
        client.get(reverse("contest:screening_anonymised", args=[entry.public_id]))
