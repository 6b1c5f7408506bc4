"""Reads for judging pages and services, shaped for a constant number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
from django.db import connection
from django.db.models import BigIntegerField, Count, Max, Prefetch, Q, Value
from django.db.models.functions import Cast, Coalesce
from django.db.models.functions import Round as DbRound

from contest.enums import EntryStatus
from contest.models import Author, Entry, User
from judging.aggregation import MissingMark
from judging.aggregation.sheets import SheetTable, to_units
from judging.enums import RoundIntake, SheetStatus
from judging.models import Assignment, Conflict, Criterion, JuryMember, Round, Score, ScoreSheet
from judging.services.conflicts import ConflictSet, EntryIdentity, JudgeIdentity


def round_entries(round_: Round):
    """The entries a round judges: all eligible, or those advanced into it."""
    entries = Entry.objects.filter(edition_id=round_.edition_id, status=EntryStatus.ELIGIBLE)
    if round_.intake == RoundIntake.ADVANCED:
        entries = entries.filter(advancements__to_round=round_, advancements__confirmed=True)
    return entries


def active_jury(round_: Round):
    return (
        JuryMember.objects.filter(edition_id=round_.edition_id, withdrawn_at__isnull=True)
        .select_related("user", "user__agency")
        .prefetch_related("sectors")
    )


def conflict_set(round_: Round, *, entries=None, jury=None) -> ConflictSet:
    jury = list(jury if jury is not None else active_jury(round_))
    entries = list(
        (entries if entries is not None else round_entries(round_))
        .select_related("agency")
        .prefetch_related(
            Prefetch(
                "authors", queryset=Author.objects.only("entry_id", "user_id", "email", "unit")
            )
        )
    )
    judges = {
        m.user_id: JudgeIdentity(
            user_id=m.user_id,
            email=m.user.email,
            agency_id=m.user.agency_id,
            agency_name=m.user.agency.name if m.user.agency_id else "",
        )
        for m in jury
    }
    identities = {
        e.pk: EntryIdentity(
            entry_id=e.pk,
            agency_id=e.agency_id,
            agency_name=e.agency_name or (e.agency.name if e.agency_id else ""),
            author_emails=frozenset(a.email.lower() for a in e.authors.all()),
            author_user_ids=frozenset(a.user_id for a in e.authors.all() if a.user_id),
            author_units=frozenset(a.unit for a in e.authors.all() if a.unit),
        )
        for e in entries
    }
    declared = set(
        Conflict.objects.filter(entry_id__in=identities, judge_id__in=judges).values_list(
            "judge_id", "entry_id"
        )
    )
    return ConflictSet(judges=judges, entries=identities, declared=declared)


@dataclass(frozen=True)
class QueueItem:
    assignment_id: int
    entry_code: str
    entry_public_id: str
    sector: str
    status: str
    total: Decimal | None


def judge_queue(*, round_: Round, judge) -> list[QueueItem]:
    assignments = (
        Assignment.objects.filter(round=round_, judge=judge, active=True)
        .select_related("entry", "entry__sector", "sheet")
        .order_by("entry__number")
    )
    return [
        QueueItem(
            assignment_id=a.pk,
            entry_code=a.entry.code,
            entry_public_id=str(a.entry.public_id),
            sector=a.entry.sector.name if a.entry.sector_id else "",
            status=getattr(getattr(a, "sheet", None), "status", "") or "",
            total=getattr(getattr(a, "sheet", None), "total", None),
        )
        for a in assignments
    ]


def judge_rounds(*, judge):
    return (
        Round.objects.filter(assignments__judge=judge, assignments__active=True)
        .select_related("edition")
        .annotate(
            assigned=Count(
                "assignments",
                filter=Q(assignments__judge=judge, assignments__active=True),
                distinct=True,
            ),
            done=Count(
                "assignments",
                filter=Q(
                    assignments__judge=judge,
                    assignments__active=True,
                    assignments__sheet__status=SheetStatus.SUBMITTED,
                ),
                distinct=True,
            ),
        )
        .order_by("-edition__year", "position")
    )


def assignment_for_judge(*, judge, assignment_id):
    return (
        Assignment.objects.filter(pk=assignment_id, judge=judge, active=True)
        .select_related("round", "round__edition", "entry", "entry__edition", "entry__sector")
        .prefetch_related(
            Prefetch("round__criteria", queryset=Criterion.objects.order_by("sort_order")),
            "entry__attachments",
        )
        .first()
    )


@dataclass(frozen=True)
class JudgeProgress:
    judge_id: int
    name: str
    assigned: int
    submitted: int
    drafts: int

    @property
    def percent(self) -> int:
        return round(100 * self.submitted / self.assigned) if self.assigned else 0


def round_progress(*, round_: Round) -> list[JudgeProgress]:
    rows = (
        Assignment.objects.filter(round=round_, active=True)
        .values("judge_id", "judge__full_name", "judge__email")
        .annotate(
            assigned=Count("pk"),
            submitted=Count("pk", filter=Q(sheet__status=SheetStatus.SUBMITTED)),
            drafts=Count("pk", filter=Q(sheet__status=SheetStatus.DRAFT)),
        )
        .order_by("judge__sort_key", "judge_id")
    )
    return [
        JudgeProgress(
            judge_id=r["judge_id"],
            name=r["judge__full_name"] or r["judge__email"],
            assigned=r["assigned"],
            submitted=r["submitted"],
            drafts=r["drafts"],
        )
        for r in rows
    ]


@dataclass(frozen=True)
class EntryRow:
    """The few fields of an entry the results need, read as plain values (no model)."""

    pk: int
    code: str
    number: int
    title: str
    submitted_at: object
    sector_id: int | None
    sector_name: str
    entrant_type: str


@dataclass(frozen=True)
class RawScores:
    """Everything aggregation needs, read in a constant number of queries."""

    criteria: list[Criterion]
    # Complete submitted sheets' weighted totals, summed by the database (one row per
    # sheet), with each entry's missing marks; criterion ids as text (judging.results).
    table: SheetTable
    assigned: dict[int, list[int]]
    entries: dict[int, EntryRow]
    # judge_id -> display name, for the staff's exports and chart (never shown to judges)
    judges: dict[int, str] = field(default_factory=dict)


def raw_scores(*, round_: Round) -> RawScores:
    """Sheet totals from the database, not marks: at 10,000 entries x 5 judges x 5
    criteria that is 50,000 rows of integers instead of 250,000 decimal marks."""
    criteria = list(round_.criteria.order_by("sort_order", "pk"))
    entries = {
        row[0]: EntryRow(*row[:6], sector_name=row[6] or "", entrant_type=row[7])
        for row in round_entries(round_).values_list(
            "pk",
            "code",
            "number",
            "title",
            "submitted_at",
            "sector_id",
            "sector__name",
            "entrant_type",
        )
    }
    # Each entry's judges in id order; a sheet is counted only once submitted.
    assignments = _rows(
        Assignment.objects.filter(round=round_, active=True)
        .order_by("entry_id", "judge_id")
        .values_list("entry_id", "judge_id", "sheet__id", "sheet__status")
    )
    assigned: dict[int, list[int]] = defaultdict(list)
    for entry_id, judge_id, _sheet, _status in assignments:
        assigned[entry_id].append(judge_id)
    judges = {
        pk: name or email
        for pk, name, email in User.objects.filter(
            assignments__round=round_, assignments__active=True
        )
        .distinct()
        .values_list("pk", "full_name", "email")
    }
    return RawScores(
        criteria=criteria,
        table=_sheet_table(
            round_=round_, criteria=criteria, entries=entries, assignments=assignments
        ),
        assigned=dict(assigned),
        entries=entries,
        judges=judges,
    )


# Marks have 2 decimal places and weights 2, so a weighted total has 4 (Score, Criterion).
MARK_PLACES = Score._meta.get_field("points").decimal_places
WEIGHT_PLACES = Criterion._meta.get_field("weight").decimal_places
TOTAL_PLACES = MARK_PLACES + WEIGHT_PLACES


def _rows(query) -> list[tuple]:
    """A values_list query's rows as the cursor gives them, in one fetch: for ids, integers
    and text that need no converter, tens of thousands of rows cost a few milliseconds."""
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _sheet_table(*, round_: Round, criteria, entries, assignments) -> SheetTable:
    """Each submitted sheet as one row of integer marks (hundredths, -1 where absent), read
    in one query; weighted totals are then exact integer dot products. ``assignments`` are
    the round's active (entry, judge, sheet, sheet status) rows by entry and judge."""
    sheets = ScoreSheet.objects.filter(
        assignment__round=round_, status=SheetStatus.SUBMITTED, assignment__active=True
    )
    columns = [f"c{c.pk}" for c in criteria]
    # One mark per sheet and criterion (a unique constraint), so Max picks it. Rounding
    # before the cast keeps SQLite's float marks exact; on PostgreSQL it changes nothing.
    marks = {
        name: Coalesce(
            Cast(
                DbRound(Max("points", filter=Q(criterion=c)) * Value(10**MARK_PLACES)),
                BigIntegerField(),
            ),
            Value(-1),
        )
        for name, c in zip(columns, criteria, strict=True)
    }
    query = (
        Score.objects.filter(sheet__in=sheets.values("pk"))
        .values("sheet_id")
        .annotate(count=Count("pk"), **marks)
        .order_by()
        .values_list("sheet_id", "count", *columns)
    )
    rows = _rows(query)
    grid = np.array(rows, dtype=np.int64).reshape(len(rows), 2 + len(criteria))
    given = grid[:, 2:]
    maxima = np.array(to_units([c.max_points for c in criteria], MARK_PLACES), dtype=np.int64)
    weights = np.array(to_units([c.weight for c in criteria], WEIGHT_PLACES), dtype=np.int64)
    present = given >= 0
    stray = (given > maxima).any(axis=1) | (grid[:, 1] > present.sum(axis=1))
    if stray.any():
        sheet_id = int(grid[np.flatnonzero(stray)[0], 0])
        entry_id, judge_id = next((e, j) for e, j, s, _ in assignments if s == sheet_id)
        raise ValueError(
            f"entry {entry_id!r}, judge {judge_id!r}: a mark is above its maximum or belongs "
            "to another round's rubric"
        )
    # Every assignment's entry (its index in ``entries``, -1 if not judged in this round)
    # and grid row (-1 without a submitted sheet with marks); the usual assignment has a
    # complete sheet, and only the others are looked at one by one.
    position = {entry_id: index for index, entry_id in enumerate(entries)}
    entry_of_assignment = np.array(
        [position.get(entry_id, -1) for entry_id, *_ in assignments], dtype=np.int64
    )
    row_of_sheet = dict(zip(grid[:, 0].tolist(), range(len(rows)), strict=True))
    row_of_assignment = np.array(
        [
            row_of_sheet.get(sheet_id, -1) if status == SheetStatus.SUBMITTED else -1
            for _entry, _judge, sheet_id, status in assignments
        ],
        dtype=np.int64,
    )
    complete = np.append(present.all(axis=1), False)  # row -1: no sheet
    judged = entry_of_assignment >= 0
    counted = judged & complete[row_of_assignment]
    # Entry order, then judge order within an entry (a stable sort of id-ordered rows).
    chosen = np.flatnonzero(counted)
    chosen = chosen[np.argsort(entry_of_assignment[chosen], kind="stable")]
    ids = [str(c.pk) for c in criteria]
    missing: dict[int, list[MissingMark]] = {}
    for at in np.flatnonzero(judged & ~counted).tolist():
        index, row = int(entry_of_assignment[at]), int(row_of_assignment[at])
        judge_id = assignments[at][1]
        absent = missing.setdefault(index, [])
        if row < 0:
            absent.append(MissingMark(judge=judge_id, criterion=None))
        else:
            absent += [
                MissingMark(judge=judge_id, criterion=criterion)
                for criterion, there in zip(ids, present[row].tolist(), strict=True)
                if not there
            ]
    sheet_rows = row_of_assignment[chosen]
    taken = given[sheet_rows] if len(chosen) else np.zeros((0, len(criteria)), dtype=np.int64)
    entry_of = entry_of_assignment[chosen]
    units = taken @ weights
    criterion_units = np.zeros((len(entries), len(criteria)), dtype=np.int64)
    np.add.at(criterion_units, entry_of, taken)
    return SheetTable(
        entries=list(entries),
        sheet_entry=entry_of,
        sheet_judge=[assignments[at][1] for at in chosen.tolist()],
        totals=_decimal_totals(units.tolist()),
        units=units,
        places=TOTAL_PLACES,
        top=(taken == maxima).sum(axis=1),
        criteria=ids,
        criterion_units=criterion_units,
        criterion_places=MARK_PLACES,
        missing={index: tuple(marks) for index, marks in sorted(missing.items())},
    )


def _decimal_totals(units: list[int]) -> list[Decimal]:
    """Totals in the form a weighted decimal total has (76.0000). A round's totals repeat
    (5 marks on a half-point scale make a few thousand), and a Decimal never changes, so
    each value is built once and shared."""
    made: dict[int, Decimal] = {}
    return [made.get(u) or made.setdefault(u, Decimal(u).scaleb(-TOTAL_PLACES)) for u in units]


def sheets_for_entry(*, round_: Round, entry_id: int):
    return (
        ScoreSheet.objects.filter(assignment__round=round_, assignment__entry_id=entry_id)
        .select_related("assignment__judge")
        .prefetch_related("scores")
    )
