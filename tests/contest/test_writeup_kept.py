"""A submitted entry keeps its write-up: replaced, never deleted (issue 14)."""

import pytest
from django.core.exceptions import ValidationError

from contest.enums import EntryEventKind, EntryStatus
from contest.models import EntryEvent
from contest.services import entries as services
from contest.services.attachments import attachment_remove
from contest.text import nfc
from tests.contest.helpers import add_writeup_row
from tests.factories import EntryFactory
from tests.i18n import vi

pytestmark = pytest.mark.django_db


def _submitted():
    entry = EntryFactory()
    writeup = add_writeup_row(entry)
    services.entry_submit(entry=entry, user=entry.owner, notify=False)
    entry.refresh_from_db()
    return entry, writeup


def test_writeup_only_one_of_submitted_entry_cannot_be_removed():
    entry, writeup = _submitted()
    with pytest.raises(ValidationError) as caught:
        attachment_remove(attachment=writeup, user=entry.owner)
    assert caught.value.code == "writeup_required"
    assert vi(caught.value.messages[0]).startswith("Bài dự thi đã nộp phải luôn có bản thuyết minh")
    assert entry.attachments.count() == 1
    entry.refresh_from_db()
    assert entry.status == EntryStatus.SUBMITTED


def test_writeup_replaced_then_old_removed_and_recorded():
    entry, old = _submitted()
    add_writeup_row(entry, name="thuyet-minh-moi.pdf")
    attachment_remove(attachment=old, user=entry.owner)
    assert list(entry.attachments.values_list("original_name", flat=True)) == [
        "thuyet-minh-moi.pdf"
    ]
    event = EntryEvent.objects.filter(entry=entry, kind=EntryEventKind.UPDATED).get()
    assert "thuyet-minh.pdf" in event.reason


def test_writeup_of_a_draft_can_be_removed():
    entry = EntryFactory()
    writeup = add_writeup_row(entry)
    attachment_remove(attachment=writeup, user=entry.owner)
    assert entry.attachments.count() == 0


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("Ngô\u200b Thị Mai", "Ngô Thị Mai"),
        ("\u202eiaM ịhT ôgN", "iaM ịhT ôgN"),
        ("Đặng\u00ad\u2060Quốc\ufeff", "ĐặngQuốc"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_text_nfc_drops_format_characters(raw, stored):
    assert nfc(raw) == stored
