"""Fast bulk seeding for benchmarks: a judged round without going through the services.

Rows are written with bulk_create (the services' per-row checks, audit events and signals
would dominate the time); only the round and its rubric come from
``judging.services.rounds.rounds_create_default``, so the rubric is the one organisers get.
Everything random comes from one seeded ``random.Random``: the same arguments give the same
scores on every run and on every database.

    from bench import _seed
    data = _seed.judged_round(entries=1000, judges=10, per_entry=3, label="A")
"""

import datetime
import os
import random
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from bench import _django

BATCH = 5_000
HALF = Decimal("0.5")


@contextmanager
def throwaway_database(tag: str):
    """bench._django.throwaway_database under a name of this run's own.

    On PostgreSQL the test database is ``test_<name>_<tag>_<pid>``, so two benchmarks (or
    two engineers) running at once never drop each other's database. On SQLite it is the
    file DATABASE_URL names (created and migrated, deleted afterwards).
    """
    from django.db import connection

    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        settings["TEST"]["NAME"] = settings["NAME"]
    else:
        settings["TEST"]["NAME"] = f"test_{settings['NAME']}_{tag}_{os.getpid()}"
    with _django.throwaway_database() as name:
        yield name


def analyze():
    """Planner statistics for the freshly loaded tables, as autovacuum would soon gather.

    Without them PostgreSQL guesses one row per table and picks nested loops that no
    production database, analysed daily, would run.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


@dataclass
class JudgedRound:
    edition: object
    round: object
    criteria: list
    entry_ids: list[int]
    judges: list  # User rows, in round-robin order
    assignments: int
    sheets: int
    scores: int


def _bulk(model, rows):
    return model.objects.bulk_create(rows, batch_size=BATCH)


def _points(rng: random.Random, maximum: Decimal, bias: float) -> Decimal:
    """A score in 0.5 steps, roughly bell-shaped around 65% of the maximum, shifted by the
    judge's harshness or leniency (bias) so z-score normalisation has something to do."""
    steps = int(maximum / HALF)
    centre = (0.65 + bias) * steps
    value = round(rng.gauss(centre, steps * 0.15))
    return HALF * min(max(value, 0), steps)


def judged_round(
    *,
    entries: int,
    judges: int,
    per_entry: int,
    label: str,
    criteria: int = 5,
    seed: int = 1,
    attachments: bool = False,
) -> JudgedRound:
    """An edition with ``entries`` eligible entries (lead authors included) and the default
    rounds; on its first round a jury of ``judges`` scores every entry ``per_entry`` times
    (judges given round-robin), every sheet submitted with its total and Score rows."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from contest.enums import AttachmentRole, EntrantType, EntryKind, EntryStatus, Role
    from contest.models import (
        Agency,
        Attachment,
        Author,
        Edition,
        Entry,
        EntryCounter,
        Sector,
        User,
    )
    from judging.enums import SheetStatus
    from judging.models import Assignment, Criterion, JuryMember, Score, ScoreSheet
    from judging.services.rounds import rounds_create_default

    if not 1 <= per_entry <= judges:
        raise ValueError("per_entry must be between 1 and the number of judges")
    rng = random.Random(f"{seed}-{label}")
    now = timezone.now()
    prefix = f"BENCH{label}".upper()
    edition = Edition.objects.create(
        name=f"Bench {label}",
        year=2024,
        code_prefix=prefix,
        plan_reference="Kế hoạch số 103/KH-UBND",
        submission_opens_at=now - datetime.timedelta(days=60),
        submission_closes_at=now - datetime.timedelta(days=30),
        judging_starts_at=now - datetime.timedelta(days=20),
    )
    sectors = _bulk(
        Sector,
        [
            Sector(edition=edition, name=name, sort_order=n)
            for n, name in enumerate(
                [
                    "Cải cách thủ tục hành chính",
                    "Cải cách thể chế",
                    "Xây dựng chính quyền số",
                    "Cải cách tài chính công",
                ]
            )
        ],
    )
    agency, _ = Agency.objects.get_or_create(name="Sở Nội vụ bench")
    password = make_password("bench-password-2024")

    owners = _bulk(
        User,
        [
            User(
                email=f"bench-{label}-entrant-{n}@example.vn".lower(),
                full_name=f"Người thi {n}",
                agency=agency,
                password=password,
            )
            for n in range(entries)
        ],
    )
    opened = edition.submission_opens_at
    entry_rows = _bulk(
        Entry,
        [
            Entry(
                edition=edition,
                owner=owner,
                agency=agency,
                agency_name=agency.name,
                sector=sectors[n % len(sectors)],
                status=EntryStatus.ELIGIBLE,
                number=n + 1,
                code=f"{prefix}-{n + 1:05d}",
                entrant_type=EntrantType.INDIVIDUAL if n % 4 else EntrantType.GROUP,
                kind=EntryKind.IDEA if n % 3 else EntryKind.SOLUTION,
                title=f"Ý tưởng số {n + 1}",
                summary="Tóm tắt ý tưởng cải cách thủ tục hành chính.",
                problem="Người dân phải chờ lâu tại bộ phận một cửa.",
                solution="Đặt lịch hẹn trực tuyến và số hóa hồ sơ ngay khi tiếp nhận.",
                novelty="Kết nối lịch hẹn với hệ thống một cửa điện tử.",
                feasibility="Chi phí khoảng 50.000.000 đồng.",
                effect="Giảm 40% thời gian chờ.",
                replication="Áp dụng được cho mọi phường.",
                submitted_at=opened + datetime.timedelta(seconds=rng.randrange(30 * 86_400)),
            )
            for n, owner in enumerate(owners)
        ],
    )
    EntryCounter.objects.create(edition=edition, last_number=entries)
    _bulk(
        Author,
        [
            Author(
                entry=entry,
                user=owner,
                is_lead=True,
                full_name=owner.full_name,
                unit=agency.name,
                email=owner.email,
                share=100,
            )
            for entry, owner in zip(entry_rows, owners, strict=True)
        ],
    )
    if attachments:
        _bulk(
            Attachment,
            [
                Attachment(
                    entry=entry,
                    role=AttachmentRole.WRITEUP,
                    kind="pdf",
                    original_name="thuyet-minh.pdf",
                    stored_name=f"bench/{label}/{entry.pk}.pdf",
                    anonymised_name=f"bench/{label}/{entry.pk}-a.pdf",
                    content_type="application/pdf",
                    size=250_000,
                    sha256="0" * 64,
                )
                for entry in entry_rows
            ],
        )

    round_ = rounds_create_default(edition=edition)[0]
    rubric = list(round_.criteria.order_by("sort_order", "pk"))
    if criteria < len(rubric):
        # Keep the first ones (the tie-break criterion is the first).
        Criterion.objects.filter(pk__in=[c.pk for c in rubric[criteria:]]).delete()
        rubric = rubric[:criteria]
    elif criteria > len(rubric):
        rubric += _bulk(
            Criterion,
            [
                Criterion(round=round_, name=f"Tiêu chí {n + 1}", max_points=10, sort_order=n)
                for n in range(len(rubric), criteria)
            ],
        )

    judge_users = _bulk(
        User,
        [
            User(
                email=f"bench-{label}-judge-{n}@example.vn".lower(),
                full_name=f"Giám khảo {n:03d}",
                agency=agency,
                password=password,
            )
            for n in range(judges)
        ],
    )
    judge_group, _ = Group.objects.get_or_create(name=Role.JUDGE.value)
    _bulk(
        User.groups.through,
        [User.groups.through(user_id=u.pk, group_id=judge_group.pk) for u in judge_users],
    )
    _bulk(JuryMember, [JuryMember(edition=edition, user=u) for u in judge_users])

    # Entry n goes to judges n*k, n*k+1, ... (mod J): every judge gets the same load.
    pairs = [
        (entry, judge_users[(n * per_entry + t) % judges])
        for n, entry in enumerate(entry_rows)
        for t in range(per_entry)
    ]
    assignment_rows = _bulk(
        Assignment, [Assignment(round=round_, entry=e, judge=j) for e, j in pairs]
    )
    bias = {u.pk: rng.uniform(-0.12, 0.12) for u in judge_users}
    weights = [c.weight for c in rubric]
    maxima = [Decimal(c.max_points) for c in rubric]
    points = [
        [_points(rng, maximum, bias[a.judge_id]) for maximum in maxima] for a in assignment_rows
    ]
    sheets = _bulk(
        ScoreSheet,
        [
            ScoreSheet(
                assignment=a,
                status=SheetStatus.SUBMITTED,
                total=sum((p * w for p, w in zip(row, weights, strict=True)), Decimal(0)).quantize(
                    Decimal("0.01")
                ),
                version=2,
                submitted_at=now,
            )
            for a, row in zip(assignment_rows, points, strict=True)
        ],
    )
    score_rows = _bulk(
        Score,
        [
            Score(sheet=sheet, criterion=criterion, points=p)
            for sheet, row in zip(sheets, points, strict=True)
            for criterion, p in zip(rubric, row, strict=True)
        ],
    )
    round_.rubric_frozen_at = now
    round_.save(update_fields=["rubric_frozen_at"])
    analyze()
    return JudgedRound(
        edition=edition,
        round=round_,
        criteria=rubric,
        entry_ids=[e.pk for e in entry_rows],
        judges=judge_users,
        assignments=len(assignment_rows),
        sheets=len(sheets),
        scores=len(score_rows),
    )
