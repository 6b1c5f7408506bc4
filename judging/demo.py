"""Judging demo for `manage.py seed_demo`: the 2024 edition judged end to end."""

import random
from decimal import Decimal

from django.db import transaction

from contest.models import Edition, User
from judging.enums import SheetStatus
from judging.models import Assignment, JuryMember, ResultSnapshot, Round
from judging.services.assignment import round_auto_assign
from judging.services.results import (
    advancement_confirm,
    advancement_propose,
    prize_tiers_create_default,
    snapshot_freeze,
)
from judging.services.rounds import rounds_create_default
from judging.services.scoring import score_save

FINALISTS = 6
LEFT_FOR_THE_DEMO_JUDGE = 4


def _score_round(round_: Round, *, rng: random.Random, quality: dict, bias: dict, skip=()):
    criteria = list(round_.criteria.order_by("sort_order"))
    assignments = (
        Assignment.objects.filter(round=round_, active=True)
        .exclude(sheet__status=SheetStatus.SUBMITTED)
        .select_related("round", "entry", "judge")
        .order_by("entry__number", "judge_id")
    )
    for assignment in assignments:
        if assignment.pk in skip:
            continue
        level = quality[assignment.entry_id] + bias[assignment.judge_id] + rng.uniform(-0.08, 0.08)
        level = min(max(level, 0.2), 0.98)
        scores = {
            c.pk: (Decimal(round(float(c.max_points) * level * 2)) / 2).min(c.max_points)
            for c in criteria
        }
        score_save(
            assignment=assignment,
            judge=assignment.judge,
            scores=scores,
            comment="Nhận xét của giám khảo (dữ liệu trình diễn).",
            submit=True,
        )


@transaction.atomic
def seed_demo_judging(*, edition: Edition, seed: int = 2024):
    if ResultSnapshot.objects.filter(edition=edition).exists():
        return
    rng = random.Random(seed + 7)
    preliminary, final = rounds_create_default(edition=edition)
    prize_tiers_create_default(edition=edition)
    judges = list(User.objects.filter(email__startswith="giamkhao").order_by("pk"))
    for judge in judges:
        JuryMember.objects.get_or_create(edition=edition, user=judge)
    organiser = User.objects.get(email="btc@demo.example")
    secretary = User.objects.get(email="thuky@demo.example")
    # Each judge leans a little harsh or lenient, which the normalised ranking corrects.
    bias = {j.pk: rng.choice([-0.12, -0.06, 0, 0, 0.05, 0.1]) for j in judges}
    round_auto_assign(round_=preliminary, actor=secretary, seed=seed)
    entries = sorted({a.entry_id for a in Assignment.objects.filter(round=preliminary)})
    quality = {e: rng.uniform(0.45, 0.85) for e in entries}
    demo_judge = judges[0]
    skip = set(
        Assignment.objects.filter(round=preliminary, judge=demo_judge)
        .order_by("-entry__number")
        .values_list("pk", flat=True)[:LEFT_FOR_THE_DEMO_JUDGE]
    )
    _score_round(preliminary, rng=rng, quality=quality, bias=bias, skip=skip)
    advancement_propose(round_=preliminary, actor=secretary, top_n=FINALISTS)
    advancement_confirm(round_=preliminary, actor=organiser)
    round_auto_assign(round_=final, actor=secretary, seed=seed)
    _score_round(final, rng=rng, quality=quality, bias=bias)
    return snapshot_freeze(round_=final, actor=organiser)
