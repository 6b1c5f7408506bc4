"""What the staff home shows of an edition's judging: setup, each round, the result and
its certificates, in a constant number of queries per edition (one more per round for the
round's entries)."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum

from contest.models import Edition
from judging.enums import CertificateStatus, RoundIntake, SheetStatus
from judging.models import (
    Advancement,
    Assignment,
    Certificate,
    CertificateSettings,
    JuryMember,
    PrizeTier,
    ResultSnapshot,
    Round,
)
from judging.selectors import round_entries


@dataclass(frozen=True)
class RoundOverview:
    round: Round
    criteria: int
    entries: int
    assigned: int
    submitted: int
    judges: int
    judges_done: int
    proposed: int
    confirmed: int
    next_round: Round | None

    @property
    def needed(self) -> int:
        return self.entries * self.round.judges_per_entry

    @property
    def percent(self) -> int:
        return round(100 * self.submitted / self.assigned) if self.assigned else 0

    @property
    def scoring_done(self) -> bool:
        return self.assigned > 0 and self.submitted == self.assigned

    @property
    def advancement_done(self) -> bool:
        return self.next_round is None or (self.confirmed > 0 and self.confirmed == self.proposed)

    @property
    def takes_advanced(self) -> bool:
        return self.round.intake == RoundIntake.ADVANCED


@dataclass(frozen=True)
class JudgingOverview:
    rounds: list[RoundOverview]
    jury: int
    prize_tiers: int
    prize_places: int
    signer: CertificateSettings | None
    latest_snapshot: ResultSnapshot | None
    published_snapshot: ResultSnapshot | None
    certificates: dict = field(default_factory=dict)

    @property
    def final_round(self) -> RoundOverview | None:
        return self.rounds[-1] if self.rounds else None


def edition_judging_overview(*, edition: Edition) -> JudgingOverview:
    rounds = list(
        Round.objects.filter(edition=edition)
        .annotate(criteria_count=Count("criteria"))
        .order_by("position")
    )
    per_judge = (
        Assignment.objects.filter(round__edition=edition, active=True)
        .values("round_id", "judge_id")
        .annotate(
            assigned=Count("pk"),
            submitted=Count("pk", filter=Q(sheet__status=SheetStatus.SUBMITTED)),
        )
        .order_by()
    )
    load = defaultdict(list)
    for row in per_judge:
        load[row["round_id"]].append(row)
    advancing = {
        row["from_round_id"]: row
        for row in Advancement.objects.filter(from_round__edition=edition)
        .values("from_round_id")
        .annotate(proposed=Count("pk"), confirmed=Count("pk", filter=Q(confirmed=True)))
        .order_by()
    }
    overviews = []
    for index, round_ in enumerate(rounds):
        rows = load[round_.pk]
        moves = advancing.get(round_.pk, {})
        overviews.append(
            RoundOverview(
                round=round_,
                criteria=round_.criteria_count,
                entries=round_entries(round_).count(),
                assigned=sum(r["assigned"] for r in rows),
                submitted=sum(r["submitted"] for r in rows),
                judges=len(rows),
                judges_done=sum(1 for r in rows if r["submitted"] == r["assigned"]),
                proposed=moves.get("proposed", 0),
                confirmed=moves.get("confirmed", 0),
                next_round=rounds[index + 1] if index + 1 < len(rounds) else None,
            )
        )
    tiers = PrizeTier.objects.filter(edition=edition).aggregate(
        tiers=Count("pk"), places=Sum("quota")
    )
    snapshots = list(ResultSnapshot.objects.filter(edition=edition).order_by("-version")[:1])
    published = ResultSnapshot.objects.filter(edition=edition, published_at__isnull=False).first()
    certificates = Certificate.objects.filter(edition=edition).aggregate(
        valid=Count("pk", filter=Q(status=CertificateStatus.VALID)),
        revoked=Count("pk", filter=Q(status=CertificateStatus.REVOKED)),
        rendered=Count("pk", filter=Q(status=CertificateStatus.VALID) & ~Q(pdf_name="")),
        failed=Count("pk", filter=Q(status=CertificateStatus.VALID) & ~Q(render_error="")),
    )
    return JudgingOverview(
        rounds=overviews,
        jury=JuryMember.objects.filter(edition=edition, withdrawn_at__isnull=True).count(),
        prize_tiers=tiers["tiers"],
        prize_places=tiers["places"] or 0,
        signer=CertificateSettings.objects.filter(edition=edition).first(),
        latest_snapshot=snapshots[0] if snapshots else None,
        published_snapshot=published,
        certificates=certificates,
    )
