"""The database's sheet totals (judging.selectors.raw_scores) give the same results, digit
for digit, as aggregating the marks one by one, on SQLite and on PostgreSQL."""

import random
from collections import defaultdict
from decimal import Decimal as D

import pytest

from judging.aggregation import Method, aggregate
from judging.enums import SheetStatus
from judging.models import Assignment, Score, ScoreSheet
from judging.results import aggregation_criteria, round_results
from tests.factories.judging import (
    EligibleEntryFactory,
    JuryMemberFactory,
    RoundFactory,
    score_assignment,
)

pytestmark = pytest.mark.django_db


def _round(seed: int):
    rng = random.Random(seed)
    round_ = RoundFactory(
        score_step=D("0.25"),
        criteria=[("Ý tưởng", 10, "1.5"), ("Khả thi", "7.5", "0"), ("Hiệu quả", 20, "0.33")],
    )
    criteria = list(round_.criteria.order_by("sort_order", "pk"))
    judges = [JuryMemberFactory(edition=round_.edition).user for _ in range(5)]
    for _ in range(9):
        entry = EligibleEntryFactory(edition=round_.edition)
        for judge in rng.sample(judges, rng.randint(1, 5)):
            assignment = Assignment.objects.create(round=round_, entry=entry, judge=judge)
            roll = rng.random()
            if roll < 0.1:
                continue  # not scored yet
            marks = [
                str(rng.choice([c.max_points, D(0), D(rng.randint(0, int(c.max_points) * 4)) / 4]))
                for c in criteria
            ]
            score_assignment(assignment, marks, submit=roll > 0.2)
    return round_, criteria


def _marks_one_by_one(round_):
    scores = defaultdict(dict)
    for score in Score.objects.filter(
        sheet__assignment__round=round_,
        sheet__status=SheetStatus.SUBMITTED,
        sheet__assignment__active=True,
    ).select_related("sheet__assignment"):
        assignment = score.sheet.assignment
        scores[assignment.entry_id].setdefault(assignment.judge_id, {})[str(score.criterion_id)] = (
            score.points
        )
    assigned = defaultdict(list)
    for entry_id, judge_id in (
        Assignment.objects.filter(round=round_, active=True)
        .order_by("entry_id", "judge_id")
        .values_list("entry_id", "judge_id")
    ):
        assigned[entry_id].append(judge_id)
    return scores, assigned


@pytest.mark.parametrize("seed", range(4))
def test_round_results_from_sheet_totals_equal_marks_one_by_one(seed):
    round_, criteria = _round(seed)
    # A submitted sheet that lost a mark (a criterion added after it was sent) and an
    # assignment withdrawn after scoring: neither may count as a complete sheet.
    sheet = ScoreSheet.objects.filter(
        assignment__round=round_, status=SheetStatus.SUBMITTED
    ).first()
    sheet.scores.filter(criterion=criteria[-1]).delete()
    Assignment.objects.filter(
        pk=Assignment.objects.filter(round=round_, sheet__status=SheetStatus.SUBMITTED)
        .exclude(sheet=sheet)
        .values("pk")[:1]
    ).update(active=False)
    scores, assigned = _marks_one_by_one(round_)
    for method in Method:
        round_.method = method
        rows = {row.entry_id: row for row in round_results(round_=round_).rows}
        want = aggregate(
            scores={entry_id: scores.get(entry_id, {}) for entry_id in rows},
            criteria=aggregation_criteria(criteria),
            method=method,
            assigned={entry_id: assigned.get(entry_id, []) for entry_id in rows},
            max_range=round_.disagreement_range,
            normalise=True,
            min_entries=round_.min_judge_entries,
        )
        assert len(rows) == 9
        for expected in want.entries:
            row = rows[expected.entry]
            assert repr(
                (
                    row.total,
                    row.normalised,
                    row.sd,
                    row.judge_totals,
                    row.criterion_means,
                    row.top_marks,
                    row.missing_marks,
                    row.disputed,
                )
            ) == repr(
                (
                    expected.score,
                    expected.normalised,
                    expected.stdev,
                    dict(expected.judge_totals),
                    dict(expected.criterion_means),
                    expected.top_marks,
                    expected.missing,
                    expected.disagreement,
                )
            ), (method, expected.entry)
    assert any(row.missing_marks for row in rows.values())


def test_round_results_refuse_a_mark_above_its_maximum():
    round_, criteria = _round(7)
    Score.objects.filter(
        sheet__assignment__round=round_,
        sheet__status=SheetStatus.SUBMITTED,
        criterion=criteria[0],
    ).update(points=D("10.25"))
    with pytest.raises(ValueError, match="above its maximum"):
        round_results(round_=round_)
