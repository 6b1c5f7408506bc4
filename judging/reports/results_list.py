"""The list of award winners (danh sách đạt giải): the annex to the award decision.

Built from the edition's latest frozen result snapshot, never from live scores, so the
printed list is exactly what was frozen (its version and SHA-256 are printed too).
Prizes are grouped by entrant type (individuals, then groups) and tier order; within a
prize, entries follow the frozen ranking. A group's members are listed in Vietnamese name
order. Constant queries: signer settings, the snapshot, entries, their authors.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext, ngettext

from contest.enums import EntrantType
from contest.models import Edition
from contest.selectors import entries_by_code
from judging.models import ResultSnapshot
from judging.reports.context import (
    Header,
    Signer,
    document_header,
    edition_settings,
    organiser_signer,
    render_report,
    sorted_people,
)
from judging.reports.sources import frozen_result, latest_snapshot

TEMPLATE = "judging/reports/results_list.html"


@dataclass(frozen=True, kw_only=True)
class Winner:
    number: int  # running number (STT) through the whole list
    code: str
    title: str
    authors: tuple[str, ...]
    agency: str
    field: str
    total: Decimal | None
    round_name: str  # the round ``total`` was scored in
    rank: int | None


@dataclass(frozen=True, kw_only=True)
class PrizeGroup:
    entrant_type: str
    entrant_type_label: str
    prize: str
    winners: tuple[Winner, ...]


@dataclass(frozen=True, kw_only=True)
class Vacancy:
    entrant_type_label: str
    prize: str
    count: int


@dataclass(frozen=True, kw_only=True)
class ResultsList:
    title: str
    header: Header
    groups: tuple[PrizeGroup, ...]
    vacant: tuple[Vacancy, ...]
    version: int
    sha256: str
    frozen_on: datetime.date
    signers: tuple[Signer, ...]

    @property
    def winner_count(self) -> int:
        return sum(len(g.winners) for g in self.groups)

    @property
    def notes(self) -> tuple[str, ...]:
        """Printed left of the signature: vacant prizes, the count, the frozen result."""
        notes = []
        if self.vacant:
            notes.append(
                gettext("Prizes not awarded: %(prizes)s.")
                % {
                    "prizes": "; ".join(
                        f"{v.prize} ({v.entrant_type_label}): {v.count}" for v in self.vacant
                    )
                }
            )
        notes.append(
            ngettext(
                "%(count)s award-winning entry.",
                "%(count)s award-winning entries.",
                self.winner_count,
            )
            % {"count": self.winner_count}
        )
        notes.append(self.fingerprint)
        return tuple(notes)

    @property
    def fingerprint(self) -> str:
        """Which frozen result this list prints, so anyone can check it against the record."""
        return gettext(
            "From the frozen result version %(version)s of %(date)s, SHA-256 %(sha256)s."
        ) % {
            "version": self.version,
            "date": self.frozen_on.strftime("%d/%m/%Y"),
            "sha256": self.sha256,
        }


def _type_label(entrant_type: str) -> str:
    try:
        return str(EntrantType(entrant_type).label)
    except ValueError:
        return entrant_type


def results_list(*, edition: Edition, snapshot: ResultSnapshot | None = None) -> ResultsList | None:
    """The results list of ``edition`` (its latest snapshot by default); None if none."""
    snapshot = snapshot or latest_snapshot(edition_id=edition.pk)
    if snapshot is None:
        return None
    settings = edition_settings(edition)
    frozen = frozen_result(snapshot)
    winners = frozen.winners
    entries = entries_by_code(edition_id=edition.pk, codes=[row.code for row in winners])

    type_order = {value: index for index, value in enumerate(EntrantType.values)}
    tier_rank = {(t.entrant_type, t.name): t.rank for t in frozen.tiers}
    grouped: dict[tuple[str, str], list] = {}
    for row in winners:
        entry = entries.get(row.code)
        entrant_type = row.entrant_type or (entry.entrant_type if entry else "")
        grouped.setdefault((entrant_type, row.prize), []).append((row, entry))

    def group_order(key):
        entrant_type, prize = key
        return (
            type_order.get(entrant_type, len(type_order)),
            tier_rank.get(key, len(tier_rank) + 1),
            prize,
        )

    number = 0
    groups = []
    for key in sorted(grouped, key=group_order):
        entrant_type, prize = key
        items = []
        for row, entry in grouped[key]:
            number += 1
            items.append(_winner(number, row, entry))
        groups.append(
            PrizeGroup(
                entrant_type=entrant_type,
                entrant_type_label=_type_label(entrant_type),
                prize=prize,
                winners=tuple(items),
            )
        )
    vacant = tuple(
        Vacancy(entrant_type_label=_type_label(v.entrant_type), prize=v.prize, count=v.count)
        for v in sorted(
            frozen.vacant,
            key=lambda v: group_order((v.entrant_type, v.prize)),
        )
    )
    frozen_on = timezone.localdate(snapshot.created_at)
    return ResultsList(
        title=gettext("List of award winners"),
        header=document_header(
            edition=edition,
            settings=settings,
            date=getattr(settings, "signed_on", None) or frozen_on,
        ),
        groups=tuple(groups),
        vacant=vacant,
        version=snapshot.version,
        sha256=snapshot.sha256,
        frozen_on=frozen_on,
        signers=(organiser_signer(settings),),
    )


def _winner(number, row, entry) -> Winner:
    if entry is None:
        # The entry was frozen but is gone from the database: print what the snapshot knows.
        return Winner(
            number=number,
            code=row.code,
            title="",
            authors=(),
            agency="",
            field="",
            total=row.total,
            round_name=row.round_name,
            rank=row.rank,
        )
    return Winner(
        number=number,
        code=row.code,
        title=entry.title,
        authors=tuple(sorted_people(a.full_name for a in entry.authors.all())),
        agency=entry.agency_name or (entry.agency.name if entry.agency_id else ""),
        field=entry.sector.name if entry.sector_id else "",
        total=row.total,
        round_name=row.round_name,
        rank=row.rank,
    )


def results_list_pdf(report: ResultsList) -> bytes:
    return render_report(template_name=TEMPLATE, context={"report": report, "title": report.title})
