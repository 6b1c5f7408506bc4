"""What the staff home shows of an edition's entries: counts by status, field and agency.

Three grouped queries whatever the number of entries; the staff home reads these instead
of listing entries.
"""

from dataclasses import dataclass

from django.db.models import Count

from contest.collation import vietnamese_word_key
from contest.enums import EntryStatus
from contest.models import Edition, Entry


@dataclass(frozen=True)
class Tally:
    label: str
    count: int


@dataclass(frozen=True)
class EntryCounts:
    by_status: dict[str, int]
    by_sector: list[Tally]
    by_agency: list[Tally]

    @property
    def received(self) -> int:
        """Entries that reached the secretariat (drafts and withdrawals aside)."""
        return sum(
            self.by_status.get(s, 0)
            for s in (
                EntryStatus.SUBMITTED,
                EntryStatus.RETURNED,
                EntryStatus.ELIGIBLE,
                EntryStatus.INELIGIBLE,
            )
        )

    def count(self, status) -> int:
        return self.by_status.get(status, 0)


def _sorted_tallies(rows, label_key) -> list[Tally]:
    tallies = [Tally(label=row[label_key] or "—", count=row["n"]) for row in rows]
    return sorted(
        tallies, key=lambda t: (-t.count, [vietnamese_word_key(w) for w in t.label.split()])
    )


def edition_entry_counts(*, edition: Edition, top_agencies: int = 10) -> EntryCounts:
    entries = Entry.objects.filter(edition=edition)
    by_status = {
        row["status"]: row["n"] for row in entries.values("status").annotate(n=Count("pk"))
    }
    received = entries.exclude(status__in=[EntryStatus.DRAFT, EntryStatus.WITHDRAWN])
    by_sector = received.values("sector__name").annotate(n=Count("pk")).order_by()
    by_agency = received.values("agency_name").annotate(n=Count("pk")).order_by()
    return EntryCounts(
        by_status=by_status,
        by_sector=_sorted_tallies(by_sector, "sector__name"),
        by_agency=_sorted_tallies(by_agency, "agency_name")[:top_agencies],
    )
