"""What judging tells an entrant about their own entry: the rounds it reached and, once
results are published (never before), its rank, score and prize."""

from decimal import Decimal

from django.urls import reverse
from django.utils.translation import gettext as _

from contest.outcomes import Step
from judging.models import Round
from judging.published import published_snapshot, snapshot_ranking


def entry_journey_steps(*, entry, journey) -> None:
    rounds = list(Round.objects.filter(edition_id=entry.edition_id).order_by("position"))
    reached = set(
        Round.objects.filter(assignments__entry=entry, assignments__active=True).values_list(
            "pk", flat=True
        )
    )
    last = rounds[-1] if rounds else None
    for round_ in rounds:
        if round_.pk in reached:
            label = (
                _("In the final round: %(name)s") if round_ == last and len(rounds) > 1 else None
            )
            journey.steps.append(
                Step(
                    (label or _("In round %(n)s: %(name)s"))
                    % {"n": round_.position, "name": round_.name},
                    done=True,
                )
            )
    snapshot = published_snapshot(edition_id=entry.edition_id)
    if snapshot is None:
        if reached:
            journey.steps.append(Step(_("Results not yet published"), done=False))
        return
    row = next((r for r in snapshot_ranking(snapshot=snapshot) if r["code"] == entry.code), None)
    if row is None:
        journey.steps.append(Step(_("Results published"), done=True))
        return
    prize = row.get("prize") or ""
    journey.outcome = {
        "prize": prize,
        "rank": row["rank"],
        "total": Decimal(str(row["total"])),
        "round": snapshot.round.name if snapshot.round_id else "",
        "certificates_url": reverse("judging:my_certificates") if prize else "",
    }
    journey.steps.append(
        Step(_("Prize: %(prize)s") % {"prize": prize} if prize else _("Results published"), True)
    )
