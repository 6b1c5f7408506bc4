import datetime
import unicodedata

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from contest.enums import EntrantType, EntryStatus
from contest.models import Author, Entry, EntryEvent
from contest.services import entries as services
from contest.services.entries import DraftConflict
from tests.contest.helpers import add_writeup_row
from tests.factories import EditionFactory, EntryFactory, UserFactory

pytestmark = pytest.mark.django_db


def _ready(**kwargs):
    entry = EntryFactory(**kwargs)
    add_writeup_row(entry)
    return entry


def test_create_draft_adds_lead_author_with_full_share():
    edition = EditionFactory()
    user = UserFactory(full_name="Đặng Quốc Bảo")
    entry = services.entry_create_draft(edition=edition, user=user)
    author = entry.authors.get()
    assert (author.full_name, author.share, author.is_lead, author.user) == (
        "Đặng Quốc Bảo",
        100,
        True,
        user,
    )
    assert entry.status == EntryStatus.DRAFT
    assert entry.code == ""


def test_create_draft_refused_when_edition_closed():
    edition = EditionFactory(
        submission_opens_at=timezone.now() - datetime.timedelta(days=40),
        submission_closes_at=timezone.now() - datetime.timedelta(days=1),
    )
    with pytest.raises(ValidationError) as error:
        services.entry_create_draft(edition=edition, user=UserFactory())
    assert error.value.code == "closed"


def test_create_draft_refused_beyond_entries_per_person():
    edition = EditionFactory(entries_per_person=1)
    user = UserFactory()
    services.entry_create_draft(edition=edition, user=user)
    with pytest.raises(ValidationError) as error:
        services.entry_create_draft(edition=edition, user=user)
    assert error.value.code == "limit"


def test_submit_gives_sequential_codes_per_edition():
    edition = EditionFactory(code_prefix="CCHC2024")
    codes = []
    for _ in range(3):
        entry = _ready(edition=edition)
        codes.append(services.entry_submit(entry=entry, user=entry.owner).entry.code)
    other = _ready()
    assert codes == ["CCHC2024-0001", "CCHC2024-0002", "CCHC2024-0003"]
    assert services.entry_submit(entry=other, user=other.owner).entry.number == 1


def test_submit_twice_keeps_one_code(django_capture_on_commit_callbacks):
    entry = _ready()
    with django_capture_on_commit_callbacks(execute=True):
        first = services.entry_submit(entry=entry, user=entry.owner)
    second = services.entry_submit(entry=entry, user=entry.owner)
    assert first.first_submission is True
    assert second.first_submission is False
    assert first.entry.code == second.entry.code
    assert Entry.objects.exclude(code="").count() == 1
    assert EntryEvent.objects.filter(entry=entry, kind="submitted").count() == 1


def test_submit_sends_receipt_email_with_pdf(django_capture_on_commit_callbacks):
    entry = _ready(title="Cải cách <script>alert(1)</script>")
    with django_capture_on_commit_callbacks(execute=True):
        services.entry_submit(entry=entry, user=entry.owner)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    entry.refresh_from_db()
    assert entry.code in message.subject
    assert message.to == [entry.owner.email]
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == (f"phieu-tiep-nhan-{entry.code}.pdf", "application/pdf")
    assert content.startswith(b"%PDF")


def test_submit_one_second_after_grace_refused_and_draft_kept():
    entry = _ready()
    late = entry.edition.submission_closes_at + datetime.timedelta(seconds=61)
    with pytest.raises(ValidationError) as error:
        services.entry_submit(entry=entry, user=entry.owner, at=late)
    assert error.value.code == "deadline"
    assert "Your draft is kept" in str(error.value.messages[0]) or error.value.messages
    entry.refresh_from_db()
    assert entry.status == EntryStatus.DRAFT
    assert entry.title == "Một cửa số hóa cấp phường"
    assert entry.code == ""


def test_submit_at_the_deadline_second_is_accepted():
    entry = _ready()
    result = services.entry_submit(
        entry=entry, user=entry.owner, at=entry.edition.submission_closes_at
    )
    assert result.entry.status == EntryStatus.SUBMITTED


def test_submit_within_grace_accepted_and_records_arrival():
    entry = _ready()
    arrived = entry.edition.submission_closes_at + datetime.timedelta(seconds=60)

    result = services.entry_submit(entry=entry, user=entry.owner, at=arrived, notify=False)

    assert (result.entry.status, result.entry.submitted_at) == (EntryStatus.SUBMITTED, arrived)


def test_submit_without_grace_one_second_late_refused():
    entry = _ready(edition=EditionFactory(submission_grace_seconds=0))
    late = entry.edition.submission_closes_at + datetime.timedelta(seconds=1)

    with pytest.raises(ValidationError) as error:
        services.entry_submit(entry=entry, user=entry.owner, at=late)

    assert error.value.code == "deadline"


def test_submit_requires_writeup_and_fields():
    entry = EntryFactory(title="", problem="")
    with pytest.raises(ValidationError) as error:
        services.entry_submit(entry=entry, user=entry.owner)
    assert set(error.value.error_dict) == {"title", "problem", "attachments"}


def test_submit_refuses_shares_not_adding_up():
    entry = _ready(entrant_type=EntrantType.GROUP)
    Author.objects.create(
        entry=entry,
        full_name="Lê Văn An",
        unit="Sở Tư pháp",
        email="an@example.vn",
        share=30,
        position_in_list=1,
    )
    with pytest.raises(ValidationError) as error:
        services.entry_submit(entry=entry, user=entry.owner)
    assert [e.code for e in error.value.error_dict["authors"]] == ["shares"]
    assert "130%" in error.value.error_dict["authors"][0].message % {"total": 130}


def test_submit_refuses_group_larger_than_cap():
    entry = _ready(entrant_type=EntrantType.GROUP, edition=EditionFactory(max_group_size=2))
    entry.authors.update(share=34)
    for n in range(2):
        Author.objects.create(
            entry=entry,
            full_name=f"Thành viên {n}",
            unit="Sở Y tế",
            email=f"tv{n}@example.vn",
            share=33,
            position_in_list=n + 1,
        )
    with pytest.raises(ValidationError) as error:
        services.entry_submit(entry=entry, user=entry.owner)
    assert [e.code for e in error.value.error_dict["authors"]] == ["group_size"]


def test_save_refuses_stale_version():
    entry = EntryFactory()
    services.entry_save(entry=entry, user=entry.owner, data={"title": "Tab một"}, version=1)
    with pytest.raises(DraftConflict) as conflict:
        services.entry_save(entry=entry, user=entry.owner, data={"title": "Tab hai"}, version=1)
    assert conflict.value.current_version == 2
    entry.refresh_from_db()
    assert entry.title == "Tab một"


def test_save_refuses_over_long_text_and_keeps_saved_text():
    entry = EntryFactory()
    with pytest.raises(ValidationError) as error:
        services.entry_save(
            entry=entry, user=entry.owner, data={"summary": "x" * 2001}, version=entry.version
        )
    assert error.value.error_dict["summary"][0].code == "max_length"
    entry.refresh_from_db()
    assert entry.summary == "Tóm tắt ý tưởng cải cách thủ tục hành chính."


def test_save_after_deadline_and_grace_refused():
    entry = EntryFactory()
    late = entry.edition.submission_closes_at + datetime.timedelta(seconds=61)
    with pytest.raises(ValidationError) as error:
        services.entry_save(
            entry=entry, user=entry.owner, data={"title": "Muộn"}, version=entry.version, at=late
        )
    assert error.value.code == "deadline"


def test_save_replaces_authors_and_links_accounts():
    entry = EntryFactory()
    coauthor = UserFactory(email="dong.tac.gia@example.vn")
    authors = [
        {
            "full_name": entry.owner.full_name,
            "unit": "Sở Nội vụ",
            "email": entry.owner.email,
            "share": 60,
            "job_title": "",
        },
        {
            "full_name": "Lê Thị Hồng Nhung",
            "unit": "Sở Tư pháp",
            "email": "Dong.Tac.Gia@example.vn",
            "share": 40,
            "job_title": "Chuyên viên",
        },
        {"full_name": "", "unit": "", "email": "", "share": "", "job_title": ""},
    ]
    services.entry_save(entry=entry, user=entry.owner, data={"authors": authors}, version=1)
    rows = list(entry.authors.values_list("full_name", "share", "is_lead", "user"))
    assert rows == [
        (entry.owner.full_name, 60, True, entry.owner.pk),
        ("Lê Thị Hồng Nhung", 40, False, coauthor.pk),
    ]


def test_save_submitted_entry_must_stay_complete():
    entry = _ready()
    services.entry_submit(entry=entry, user=entry.owner)
    entry.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        services.entry_save(
            entry=entry, user=entry.owner, data={"title": ""}, version=entry.version
        )
    assert "title" in error.value.error_dict


def test_search_text_is_accent_folded():
    entry = EntryFactory(title=unicodedata.normalize("NFC", "Cải cách Đô thị"))
    services.entry_save(
        entry=entry, user=entry.owner, data={"title": "Cải cách Đô thị"}, version=entry.version
    )
    entry.refresh_from_db()
    assert "cai cach do thi" in entry.search_text


def test_withdraw_allowed_until_judging_starts():
    entry = _ready()
    services.entry_submit(entry=entry, user=entry.owner)
    too_late = entry.edition.judging_starts_at
    with pytest.raises(ValidationError) as error:
        services.entry_withdraw(entry=entry, user=entry.owner, at=too_late)
    assert error.value.code == "judging"
    withdrawn = services.entry_withdraw(entry=entry, user=entry.owner)
    assert withdrawn.status == EntryStatus.WITHDRAWN
    assert withdrawn.code != ""


def test_returned_entry_can_be_resubmitted_after_deadline_until_date():
    from contest.services.screening import entry_return_for_changes

    now = timezone.now()
    edition = EditionFactory(
        submission_opens_at=now - datetime.timedelta(days=40),
        submission_closes_at=now - datetime.timedelta(days=1),
        judging_starts_at=now + datetime.timedelta(days=7),
    )
    entry = _ready(edition=edition)
    services.entry_submit(
        entry=entry, user=entry.owner, at=edition.submission_closes_at - datetime.timedelta(hours=1)
    )
    entry_return_for_changes(
        entry=entry,
        actor=UserFactory(),
        reason="Bổ sung số liệu",
        until=timezone.localdate() + datetime.timedelta(days=3),
    )
    entry.refresh_from_db()
    services.entry_save(
        entry=entry,
        user=entry.owner,
        data={"feasibility": "Chi phí 80 triệu"},
        version=entry.version,
    )
    result = services.entry_submit(entry=entry, user=entry.owner)
    assert result.entry.status == EntryStatus.SUBMITTED
    assert result.first_submission is False
    assert result.entry.number == 1
