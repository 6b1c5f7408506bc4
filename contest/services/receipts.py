"""Issuing receipts: one numbered Phiếu tiếp nhận per submission."""

import datetime

from django.db import transaction

from contest.models import Entry, EntryCounter, Receipt
from contest.receipts import receipt_content


@transaction.atomic
def receipt_issue(
    *, entry: Entry, received_at: datetime.datetime, content: dict | None = None
) -> Receipt:
    """The next receipt of the entry's edition, frozen with what the entry holds now.

    Numbers come from the edition's counter row, locked until commit, so they are gapless
    and unique (and a database constraint says so). ``content`` is the entry's
    ``receipt_content``, when the caller read it before taking the lock.
    """
    if content is None:
        content = receipt_content(entry=entry)
    counter, _created = EntryCounter.objects.select_for_update().get_or_create(
        edition_id=entry.edition_id
    )
    counter.last_receipt_number += 1
    counter.save(update_fields=["last_receipt_number"])
    receipt = Receipt(
        edition_id=entry.edition_id,
        entry=entry,
        number=counter.last_receipt_number,
        number_suffix=f"PTN-{entry.edition.code_prefix}",
        received_at=received_at,
        content=content,
    )
    receipt.save()  # every field is set here; the constraints guard the number
    return receipt


def receipt_latest(*, entry: Entry) -> Receipt | None:
    """The entry's latest receipt; a submitted entry from before receipts were kept gets one.

    Those entries were submitted before this table existed: their receipt is issued on
    first request, dated by their recorded submission time.
    """
    receipt = entry.receipts.order_by("-number").first()
    if receipt is None and entry.submitted_at is not None and entry.code:
        receipt = receipt_issue(entry=entry, received_at=entry.submitted_at)
    return receipt
