"""Issuing receipts: one numbered Phiếu tiếp nhận per submission."""

import datetime

from django.db import transaction

from contest.models import Entry, EntryCounter, Receipt
from contest.receipts import receipt_content


@transaction.atomic
def receipt_issue(*, entry: Entry, received_at: datetime.datetime) -> Receipt:
    """The next receipt of the entry's edition, frozen with what the entry holds now.

    Numbers come from the edition's counter row, locked until commit, so they are gapless
    and unique (and a database constraint says so).
    """
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
        content=receipt_content(entry=entry),
    )
    receipt.full_clean()
    receipt.save()
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
