"""Advancement between rounds and frozen result snapshots."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from judging import snapshot
from judging.aggregation.judge_effects import MIN_ENTRIES
from judging.enums import AuditAction, SheetStatus
from judging.models import Advancement, Assignment, PrizeTier, ResultSnapshot, Round, Score
from judging.ranking import HANOI_2024_QUOTAS, OverrideError, OverrideProblem, select_advancing
from judging.results import round_results
from judging.selectors import round_entries
from judging.services.audit import audit
from judging.services.freeze import round_require_open


@transaction.atomic
def prize_tiers_create_default(*, edition):
    """Store the Hanoi 2024 prize tiers (judging.ranking.HANOI_2024_QUOTAS) for an edition."""
    for entrant_type, tiers in HANOI_2024_QUOTAS.items():
        for rank, (name, quota) in enumerate(tiers, start=1):
            PrizeTier.objects.get_or_create(
                edition=edition,
                entrant_type=entrant_type,
                rank=rank,
                defaults={"name": name, "quota": quota},
            )


@transaction.atomic
def advancement_propose(
    *, round_: Round, actor, top_n: int | None = None, threshold=None, per_sector: bool = False
) -> list[Advancement]:
    """The secretariat's proposal, in ranking order: the top N, all at or above a threshold,
    or the top N of those at or above it; overall or within each field (per_sector).

    Entries with missing marks are unranked and never proposed (judging.ranking).
    """
    next_round = (
        Round.objects.filter(edition_id=round_.edition_id, position__gt=round_.position)
        .order_by("position")
        .first()
    )
    if next_round is None:
        raise ValidationError(_("There is no later round to advance entries to."))
    # Advancement changes who is in the next round, so that round must still be open.
    round_require_open(round_=next_round)
    if top_n is None and threshold is None:
        raise ValidationError(_("Choose a number of entries, a threshold, or both."))
    if top_n is not None and top_n < 0:
        raise ValidationError(_("The number of entries cannot be negative."))
    chosen = select_advancing(
        ranking=round_results(round_=round_).ranking,
        top=top_n,
        threshold=None if threshold is None else Decimal(str(threshold)),
        per_field=per_sector,
    )
    Advancement.objects.filter(to_round=next_round, confirmed=False).delete()
    created = [
        Advancement.objects.create(
            entry_id=item.candidate.entry,
            from_round=round_,
            to_round=next_round,
            rank=item.position,
            proposed_by=actor,
        )
        for item in chosen
    ]
    audit(
        action=AuditAction.ADVANCEMENT_PROPOSED,
        actor=actor,
        round=round_,
        after={
            "codes": [item.candidate.code for item in chosen],
            "top_n": top_n,
            "threshold": str(threshold) if threshold is not None else None,
        },
    )
    return created


@transaction.atomic
def advancement_confirm(*, round_: Round, actor, expected: set[int] | None = None) -> int:
    """Confirm the round's proposal. ``expected``: the advancement ids the organiser saw;
    if the secretariat has replaced the proposal since, nothing is confirmed."""
    pending = Advancement.objects.select_for_update().filter(from_round=round_, confirmed=False)
    for to_round in Round.objects.filter(pk__in=pending.values("to_round")):
        round_require_open(round_=to_round)
    if expected is not None and set(pending.values_list("pk", flat=True)) != set(expected):
        raise ValidationError(
            _("The proposal has changed since you checked it: check the new list."),
            code="stale",
        )
    count = pending.update(confirmed=True, confirmed_by=actor)
    audit(
        action=AuditAction.ADVANCEMENT_CONFIRMED,
        actor=actor,
        round=round_,
        after={"confirmed": count},
    )
    return count


def snapshot_inputs(*, round_: Round, overrides=()) -> dict:
    stages = [
        _stage_inputs(round_=r)
        for r in Round.objects.filter(edition_id=round_.edition_id, position__lte=round_.position)
        .select_related("edition")
        .order_by("-position")
    ]
    return {
        "format": snapshot.FORMAT,
        "edition": round_.edition.name,
        "stages": stages,
        "prize_tiers": [
            {"entrant_type": t.entrant_type, "rank": t.rank, "name": t.name, "quota": t.quota}
            for t in PrizeTier.objects.filter(edition_id=round_.edition_id).order_by(
                "entrant_type", "rank"
            )
        ],
        "overrides": list(overrides),
    }


def _stage_inputs(*, round_: Round) -> dict:
    entries = list(
        round_entries(round_)
        .order_by("number")
        .values("pk", "code", "entrant_type", "submitted_at")
    )
    codes = {e["pk"]: e["code"] for e in entries}
    assigned: dict[int, list[str]] = {}
    for entry_id, judge_id in (
        Assignment.objects.filter(round=round_, active=True, entry_id__in=codes)
        .order_by("judge_id")
        .values_list("entry_id", "judge_id")
    ):
        assigned.setdefault(entry_id, []).append(f"J{judge_id}")
    scores = [
        {
            "entry": codes[entry_id],
            "judge": f"J{judge_id}",
            "criterion": criterion_id,
            "points": str(points),
        }
        for entry_id, judge_id, criterion_id, points in Score.objects.filter(
            sheet__assignment__round=round_,
            sheet__status=SheetStatus.SUBMITTED,
            sheet__assignment__active=True,
            sheet__assignment__entry_id__in=codes,
        )
        .order_by("sheet__assignment__entry__number", "sheet__assignment__judge_id", "criterion_id")
        .values_list(
            "sheet__assignment__entry_id", "sheet__assignment__judge_id", "criterion_id", "points"
        )
    ]
    stage = {
        "round": round_.name,
        "method": round_.method,
        "priority_criterion": round_.priority_criterion_id,
        "criteria": [
            {"id": c.pk, "name": c.name, "max_points": str(c.max_points), "weight": str(c.weight)}
            for c in round_.criteria.order_by("sort_order", "pk")
        ],
        "entries": [
            {
                "code": e["code"],
                "entrant_type": e["entrant_type"],
                "submitted_at": e["submitted_at"].isoformat() if e["submitted_at"] else None,
                "judges": assigned.get(e["pk"], []),
            }
            for e in entries
        ],
        "scores": scores,
    }
    # Written only when the round departs from the minimum every earlier snapshot assumed,
    # so that those recompute, from the database too, to the hash they were frozen with.
    if round_.min_judge_entries != MIN_ENTRIES:
        stage["min_judge_entries"] = round_.min_judge_entries
    return stage


@transaction.atomic
def snapshot_freeze(
    *, round_: Round, actor, overrides=(), expected_sha256: str | None = None
) -> ResultSnapshot:
    """Freeze the round's result. Overrides are {"code", "prize", "reason"} and need reasons.

    ``expected_sha256``: the fingerprint of the preview the organiser confirmed
    (``judging.previews.freeze_preview``); if a score changed since, nothing is frozen.
    """
    for override in overrides:
        if not str(override.get("reason") or "").strip():
            raise ValidationError(_("A prize override needs a reason."))
    # Lock every round the snapshot holds, in one order, so no score lands mid-freeze.
    list(
        Round.objects.select_for_update()
        .filter(edition_id=round_.edition_id, position__lte=round_.position)
        .order_by("position")
        .values_list("pk")
    )
    inputs = snapshot_inputs(round_=round_, overrides=overrides)
    try:
        outputs = snapshot.snapshot_outputs(inputs)
    except OverrideError as error:
        raise ValidationError(override_message(error)) from error
    payload = {"inputs": inputs, "outputs": outputs}
    if expected_sha256 is not None and snapshot.sha256(payload) != expected_sha256:
        raise ValidationError(
            _("The scores have changed since you checked the result: check it again."),
            code="stale",
        )
    version = (
        ResultSnapshot.objects.filter(edition_id=round_.edition_id).aggregate(v=Max("version"))["v"]
        or 0
    ) + 1
    frozen = ResultSnapshot.objects.create(
        edition_id=round_.edition_id,
        round=round_,
        version=version,
        payload=snapshot.canonical_bytes(payload).decode(),
        sha256=snapshot.sha256(payload),
        created_by=actor,
    )
    for override in overrides:
        audit(
            action=AuditAction.PRIZE_OVERRIDE,
            actor=actor,
            round=round_,
            after={"code": override["code"], "prize": override["prize"]},
            reason=override["reason"],
        )
    audit(
        action=AuditAction.SNAPSHOT,
        actor=actor,
        round=round_,
        after={"version": version, "sha256": frozen.sha256},
    )
    return frozen


def override_message(error: OverrideError) -> str:
    if error.problem is OverrideProblem.NOT_RANKED:
        return _(
            "Entry %(code)s has no complete score in this result, so its prize cannot be "
            "overridden."
        ) % {"code": error.entry}
    if error.problem is OverrideProblem.TWICE:
        return _("Entry %(code)s has more than one prize override.") % {"code": error.entry}
    return _("A prize override needs a reason.")


def snapshot_recompute(*, frozen: ResultSnapshot, from_database: bool = True) -> str:
    """The SHA-256 the snapshot would have if recomputed now (from raw scores by default)."""
    import json

    stored = json.loads(frozen.payload)
    inputs = (
        snapshot_inputs(round_=frozen.round, overrides=stored["inputs"]["overrides"])
        if from_database
        else stored["inputs"]
    )
    return snapshot.sha256({"inputs": inputs, "outputs": snapshot.snapshot_outputs(inputs)})
