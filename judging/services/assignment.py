"""Automatic and manual assignment of judges, from the database to the solver and back."""

from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from judging.assignment import EntrySpec, JudgeSpec, UncoveredEntry, assign
from judging.assignment import reassign_withdrawn_judge as solve_withdrawal
from judging.enums import AuditAction, SheetStatus
from judging.models import Assignment, JuryMember, Round
from judging.selectors import active_jury, conflict_set, round_entries
from judging.services.audit import audit
from judging.services.conflicts import release_conflicted
from judging.services.freeze import round_require_open


@dataclass(frozen=True)
class AssignmentReport:
    created: int
    kept: int
    uncovered: tuple[UncoveredEntry, ...]
    load_spread: int


def _active_in_round(round_: Round):
    """Active assignments of entries still in the round (the solver knows no others)."""
    return Assignment.objects.filter(round=round_, active=True, entry__in=round_entries(round_))


def _specs(round_: Round):
    jury = list(active_jury(round_))
    entries = list(round_entries(round_).select_related("sector").order_by("number"))
    judges = [
        JudgeSpec(
            id=m.user_id, cap=m.max_entries, fields=frozenset(str(s.pk) for s in m.sectors.all())
        )
        for m in jury
    ]
    specs = [EntrySpec(id=e.pk, field=str(e.sector_id) if e.sector_id else None) for e in entries]
    # A judge who left the jury keeps their finished reviews, which still count: they stay in
    # the solver's pool with no room for new work (the solver refuses pairs of unknown judges).
    pooled = {j.id for j in judges}
    held = Counter(
        _active_in_round(round_).exclude(judge_id__in=pooled).values_list("judge_id", flat=True)
    )
    judges += [JudgeSpec(id=judge_id, cap=load) for judge_id, load in sorted(held.items())]
    return jury, entries, judges, specs


@transaction.atomic
def round_auto_assign(*, round_: Round, actor, seed: int = 0) -> AssignmentReport:
    """Give every entry of the round its judges; existing assignments are kept."""
    round_require_open(round_=round_)
    jury, _entries, judges, specs = _specs(round_)
    conflicts = conflict_set(round_, entries=round_entries(round_), jury=jury)
    existing, released = _without_conflicts(round_, conflicts)
    result = assign(
        entries=specs,
        judges=judges,
        conflicts=conflicts,
        existing=existing,
        per_entry=round_.judges_per_entry,
        seed=seed,
    )
    Assignment.objects.bulk_create(
        [Assignment(round=round_, judge_id=j, entry_id=e) for j, e in result.new],
        update_conflicts=True,
        unique_fields=["round", "entry", "judge"],
        update_fields=["active"],
    )
    audit(
        action=AuditAction.ASSIGNED,
        actor=actor,
        round=round_,
        after={
            "created": len(result.new),
            "kept": len(result.kept),
            "uncovered": [u.entry for u in result.uncovered],
            "pairs": sorted([j, e] for j, e in result.new),
            **released,
        },
    )
    return AssignmentReport(
        created=len(result.new),
        kept=len(result.kept),
        uncovered=result.uncovered,
        load_spread=result.load_spread,
    )


def _without_conflicts(round_: Round, conflicts) -> tuple[list[tuple[int, int]], dict]:
    """The round's active pairs, after releasing those that became conflicts since they were
    assigned (a judge changed agency, an author joined an entry): the solver refuses to keep
    a conflicted pair, and such a score must not count anyway. Returns the pairs kept and,
    for the audit trail, what was released."""
    rows = _active_in_round(round_).values_list("pk", "judge_id", "entry_id")
    kept, conflicted = [], {}
    for pk, judge_id, entry_id in rows:
        if (judge_id, entry_id) in conflicts:
            conflicted[pk] = [judge_id, entry_id]
        else:
            kept.append((judge_id, entry_id))
    if not conflicted:
        return kept, {}
    voided = release_conflicted(assignments=Assignment.objects.filter(pk__in=conflicted))
    return kept, {"released_conflicts": sorted(conflicted.values()), "scores_voided": voided}


@transaction.atomic
def assignment_add(*, round_: Round, judge, entry, actor) -> Assignment:
    round_require_open(round_=round_)
    conflicts = conflict_set(round_, entries=round_entries(round_).filter(pk=entry.pk))
    if (judge.pk, entry.pk) in conflicts:
        raise ValidationError(
            _("This judge has a conflict of interest with the entry."), code="conflict"
        )
    if not JuryMember.objects.filter(
        edition_id=round_.edition_id, user=judge, withdrawn_at__isnull=True
    ).exists():
        raise ValidationError(_("This person is not on the jury."), code="not_jury")
    assignment, _created = Assignment.objects.update_or_create(
        round=round_, judge=judge, entry=entry, defaults={"active": True}
    )
    audit(
        action=AuditAction.ASSIGNED,
        actor=actor,
        round=round_,
        entry=entry,
        judge=judge,
        after={"manual": True},
    )
    return assignment


@transaction.atomic
def judge_withdraw(*, round_: Round, judge, actor, reason: str, seed: int = 0):
    """Take a judge off the round: finished scores stay, open work goes to other judges."""
    round_require_open(round_=round_)
    member = JuryMember.objects.select_for_update().get(edition_id=round_.edition_id, user=judge)
    member.withdrawn_at = timezone.now()
    member.save(update_fields=["withdrawn_at"])
    jury, _entries, judges, specs = _specs(round_)
    conflicts = conflict_set(round_, jury=jury)
    _kept, released_conflicts = _without_conflicts(round_, conflicts)
    rows = list(_active_in_round(round_).select_related("sheet"))
    completed = {
        (a.judge_id, a.entry_id)
        for a in rows
        if getattr(getattr(a, "sheet", None), "status", None) == SheetStatus.SUBMITTED
    }
    existing = [(a.judge_id, a.entry_id) for a in rows]
    result = solve_withdrawal(
        withdrawn=judge.pk,
        entries=specs,
        judges=judges,
        conflicts=conflicts,
        existing=existing,
        completed=completed,
        per_entry=round_.judges_per_entry,
        seed=seed,
    )
    released = set(result.released)
    Assignment.objects.filter(round=round_, judge=judge, active=True).filter(
        entry_id__in=[e for _, e in released]
    ).update(active=False)
    Assignment.objects.bulk_create(
        [Assignment(round=round_, judge_id=j, entry_id=e) for j, e in result.assignment.new],
        update_conflicts=True,
        unique_fields=["round", "entry", "judge"],
        update_fields=["active"],
    )
    audit(
        action=AuditAction.JUDGE_WITHDRAWN,
        actor=actor,
        round=round_,
        judge=judge,
        reason=reason,
        after={
            "released": len(released),
            "kept_completed": len(result.kept_completed),
            "reassigned": len(result.assignment.new),
            **released_conflicts,
        },
    )
    return result
