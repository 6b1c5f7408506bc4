"""A round whose methods disagree, small enough to rank by hand.

Three judges score all three entries on one 100-point criterion; the round ranks by the
plain mean. Totals (judge 1, 2, 3): PP-1 90, 50, 50 (mean 63.33, median 50); PP-2 60, 60,
60; PP-3 55, 55, 55. Mean, trimmed mean (three judges: the mean) and the corrected mean
(no judge has the 5 entries a correction needs: the mean) rank PP-1, PP-2, PP-3; the
median and the z-score (judges 2 and 3 put PP-1 last, judge 1 first) rank PP-2, PP-3, PP-1.
"""

from judging.enums import AggregationMethod
from judging.models import Assignment
from tests.factories import EligibleEntryFactory, JuryMemberFactory, RoundFactory, score_assignment

TOTALS = {"PP-1": (90, 50, 50), "PP-2": (60, 60, 60), "PP-3": (55, 55, 55)}


def disagreeing_round(*, method=AggregationMethod.MEAN):
    round_ = RoundFactory(criteria=[("Điểm", 100)], method=method)
    judges = [JuryMemberFactory(edition=round_.edition).user for _ in range(3)]
    for number, (code, totals) in enumerate(TOTALS.items(), start=1):
        entry = EligibleEntryFactory(edition=round_.edition, number=number, code=code)
        for judge, total in zip(judges, totals, strict=True):
            assignment = Assignment.objects.create(round=round_, entry=entry, judge=judge)
            score_assignment(assignment, [total])
    return round_


def scored_round(size):
    """``size`` entries, each scored by the same three judges with distinct totals."""
    round_ = RoundFactory(criteria=[("Điểm", 100)])
    judges = [JuryMemberFactory(edition=round_.edition).user for _ in range(3)]
    for n in range(size):
        entry = EligibleEntryFactory(edition=round_.edition)
        for j, judge in enumerate(judges):
            assignment = Assignment.objects.create(round=round_, entry=entry, judge=judge)
            score_assignment(assignment, [40 + (n * 7 + j * 13) % 60])
    return round_
