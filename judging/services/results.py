"""Advancement between rounds and frozen result snapshots."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from contest.enums import EntrantType
from judging import snapshot
from judging.enums import AuditAction, SheetStatus
from judging.models import Advancement, PrizeTier, ResultSnapshot, Round, Score
from judging.results import round_results
from judging.selectors import round_entries
from judging.services.audit import audit

HANOI_2024_PRIZES = {
    EntrantType.INDIVIDUAL: [
        ("Giải Nhất", 1),
        ("Giải Nhì", 2),
        ("Giải Ba", 3),
        ("Giải Khuyến khích", 5),
    ],
    EntrantType.GROUP: [("Giải Nhất", 1), ("Giải Nhì", 1), ("Giải Ba", 1)],
}


@transaction.atomic
def prize_tiers_create_default(*, edition):
    for entrant_type, tiers in HANOI_2024_PRIZES.items():
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
    """The secretariat's proposal: the top N (overall or per field) or all above a threshold."""
    next_round = (
        Round.objects.filter(edition_id=round_.edition_id, position__gt=round_.position)
        .order_by("position")
        .first()
    )
    if next_round is None:
        raise ValidationError(_("There is no later round to advance entries to."))
    if (top_n is None) == (threshold is None):
        raise ValidationError(_("Choose either a number of entries or a threshold."))
    rows = [r for r in round_results(round_=round_).rows if r.total is not None]
    if threshold is not None:
        chosen = [r for r in rows if r.total >= threshold]
    elif per_sector:
        counts: dict[str, int] = {}
        chosen = []
        for row in rows:
            if counts.get(row.sector, 0) < top_n:
                chosen.append(row)
                counts[row.sector] = counts.get(row.sector, 0) + 1
    else:
        chosen = rows[:top_n]
    Advancement.objects.filter(to_round=next_round, confirmed=False).delete()
    created = [
        Advancement.objects.create(
            entry_id=r.entry_id,
            from_round=round_,
            to_round=next_round,
            rank=r.rank,
            proposed_by=actor,
        )
        for r in chosen
    ]
    audit(
        action=AuditAction.ADVANCEMENT_PROPOSED,
        actor=actor,
        round=round_,
        after={
            "codes": [r.code for r in chosen],
            "top_n": top_n,
            "threshold": str(threshold) if threshold is not None else None,
        },
    )
    return created


@transaction.atomic
def advancement_confirm(*, round_: Round, actor) -> int:
    count = Advancement.objects.filter(from_round=round_, confirmed=False).update(
        confirmed=True, confirmed_by=actor
    )
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
    return {
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
                "submitted_at": e["submitted_at"].isoformat(),
            }
            for e in entries
        ],
        "scores": scores,
    }


@transaction.atomic
def snapshot_freeze(*, round_: Round, actor, overrides=()) -> ResultSnapshot:
    """Freeze the round's result. Overrides are {"code", "prize", "reason"} and need reasons."""
    for override in overrides:
        if not str(override.get("reason") or "").strip():
            raise ValidationError(_("A prize override needs a reason."))
    inputs = snapshot_inputs(round_=round_, overrides=overrides)
    payload = {"inputs": inputs, "outputs": snapshot.snapshot_outputs(inputs)}
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
