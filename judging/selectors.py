"""Reads for judging pages and services, shaped for a constant number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Prefetch, Q

from contest.enums import EntryStatus
from contest.models import Author, Entry
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
    """Everything aggregation needs, read in three queries whatever the round's size."""

    criteria: list[Criterion]
    # entry_id -> judge_id -> str(criterion_id) -> points, submitted sheets only; criterion
    # ids as text, as judging.aggregation is given them (judging.results).
    scores: dict[int, dict[int, dict[str, Decimal]]]
    assigned: dict[int, set[int]]
    entries: dict[int, EntryRow]
    # judge_id -> display name, for the staff's exports and chart (never shown to judges)
    judges: dict[int, str] = field(default_factory=dict)


def raw_scores(*, round_: Round) -> RawScores:
    """Tuples, not model instances: at 10,000 entries x 5 judges x 5 criteria building
    250,000 objects cost forty times the query itself."""
    criteria = list(round_.criteria.order_by("sort_order", "pk"))
    ids = {c.pk: str(c.pk) for c in criteria}
    scores: dict[int, dict[int, dict[str, Decimal]]] = {}
    sheet: dict[str, Decimal] = {}
    current = None
    # Ordered by sheet, so each sheet's marks arrive together and one dict is filled at a
    # time instead of three lookups per mark.
    for entry_id, judge_id, criterion_id, points in (
        Score.objects.filter(
            sheet__assignment__round=round_,
            sheet__status=SheetStatus.SUBMITTED,
            sheet__assignment__active=True,
        )
        .order_by("sheet_id")
        .values_list(
            "sheet__assignment__entry_id",
            "sheet__assignment__judge_id",
            "criterion_id",
            "points",
        )
        .iterator(chunk_size=20_000)
    ):
        if (entry_id, judge_id) != current:
            current = (entry_id, judge_id)
            sheet = scores.setdefault(entry_id, {}).setdefault(judge_id, {})
        sheet[ids.get(criterion_id) or str(criterion_id)] = points
    assigned: dict[int, set[int]] = defaultdict(set)
    judges: dict[int, str] = {}
    for entry_id, judge_id, name, email in Assignment.objects.filter(
        round=round_, active=True
    ).values_list("entry_id", "judge_id", "judge__full_name", "judge__email"):
        assigned[entry_id].add(judge_id)
        judges[judge_id] = name or email
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
    return RawScores(
        criteria=criteria,
        scores=scores,
        assigned=dict(assigned),
        entries=entries,
        judges=judges,
    )


def sheets_for_entry(*, round_: Round, entry_id: int):
    return (
        ScoreSheet.objects.filter(assignment__round=round_, assignment__entry_id=entry_id)
        .select_related("assignment__judge")
        .prefetch_related("scores")
    )
