"""Round results by hand: the live ranking built on judging.aggregation and judging.ranking.

The scoring and tie-break rules themselves are tested on plain data in test_aggregation.py
and test_ranking.py; these tests check that the database is read into them faithfully.
"""

import datetime
from decimal import Decimal as D

import pytest
from django.utils import translation

from judging.aggregation import MissingMark
from judging.enums import AggregationMethod
from judging.ranking import TieBreak
from judging.results import round_results
from tests.factories import (
    AssignmentFactory,
    EligibleEntryFactory,
    JudgeFactory,
    RoundFactory,
    score_assignment,
)

# --- round_results -----------------------------------------------------------------------

EARLY = datetime.datetime(2024, 8, 1, 9, 0, tzinfo=datetime.UTC)
LATE = datetime.datetime(2024, 8, 20, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def tie_round(db):
    """Two criteria of 50 points; the first one breaks ties."""
    round_ = RoundFactory(criteria=[("Ưu tiên", 50), ("Khác", 50)])
    round_.priority_criterion = round_.criteria.get(name="Ưu tiên")
    round_.save()
    return round_


def _entry(round_, *, code, submitted_at=LATE):
    number = int(code[1:])
    return EligibleEntryFactory(
        edition=round_.edition, number=number, code=code, submitted_at=submitted_at
    )


def _score(round_, entry, judge, points, *, submit=True):
    return score_assignment(
        AssignmentFactory(round=round_, entry=entry, judge=judge), points, submit=submit
    )


def _ranking(round_):
    return [(r.rank, r.code, r.total) for r in round_results(round_=round_).rows]


def _decided(round_):
    return [(r.code, r.decided_by) for r in round_results(round_=round_).rows]


def test_round_results_rank_by_total_first(tie_round):
    judges = JudgeFactory.create_batch(2)
    low = _entry(tie_round, code="X1", submitted_at=EARLY)
    high = _entry(tie_round, code="X2")
    for judge in judges:
        _score(tie_round, low, judge, [50, 19.5])
        _score(tie_round, high, judge, [20, 50])
    assert _ranking(tie_round) == [(1, "X2", D("70.00")), (2, "X1", D("69.50"))]
    assert _decided(tie_round) == [("X2", None), ("X1", TieBreak.SCORE)]


def test_round_results_equal_totals_break_on_priority_criterion(tie_round):
    judges = JudgeFactory.create_batch(2)
    weak_priority = _entry(tie_round, code="X1", submitted_at=EARLY)
    strong_priority = _entry(tie_round, code="X2")
    for judge in judges:
        _score(tie_round, weak_priority, judge, [30, 40])
        _score(tie_round, strong_priority, judge, [40, 30])
    results = round_results(round_=tie_round)
    assert [(r.rank, r.code, r.total) for r in results.rows] == [
        (1, "X2", D("70.00")),
        (2, "X1", D("70.00")),
    ]
    priority = str(tie_round.priority_criterion_id)
    assert [r.criterion_means[priority] for r in results.rows] == [D("40.00"), D("30.00")]
    assert [r.top_marks for r in results.rows] == [0, 0]
    assert [r.decided_by for r in results.rows] == [None, TieBreak.PRIORITY]


def test_round_results_then_break_on_number_of_maximum_marks(tie_round):
    judges = JudgeFactory.create_batch(3)
    steady = _entry(tie_round, code="X1", submitted_at=EARLY)
    loved = _entry(tie_round, code="X2")
    # steady: 70, 70, 70; loved: 100, 40, 70. Same mean 70, same priority mean 35; loved
    # has two marks at the maximum of 50, steady none.
    for judge in judges:
        _score(tie_round, steady, judge, [35, 35])
    for judge, points in zip(judges, [[50, 50], [20, 20], [35, 35]], strict=True):
        _score(tie_round, loved, judge, points)
    results = round_results(round_=tie_round)
    assert [(r.rank, r.code, r.total, r.top_marks, r.decided_by) for r in results.rows] == [
        (1, "X2", D("70.00"), 2, None),
        (2, "X1", D("70.00"), 0, TieBreak.TOP_MARKS),
    ]
    priority = str(tie_round.priority_criterion_id)
    assert [r.criterion_means[priority] for r in results.rows] == [D("35.00"), D("35.00")]


def test_round_results_then_break_on_earlier_submission(tie_round):
    judges = JudgeFactory.create_batch(2)
    late = _entry(tie_round, code="X1", submitted_at=LATE)
    early = _entry(tie_round, code="X2", submitted_at=EARLY)
    for judge in judges:
        _score(tie_round, late, judge, [35, 35])
        _score(tie_round, early, judge, [35, 35])
    assert _ranking(tie_round) == [(1, "X2", D("70.00")), (2, "X1", D("70.00"))]
    assert _decided(tie_round) == [("X2", None), ("X1", TieBreak.SUBMITTED)]


def test_round_results_full_tie_falls_back_to_code(tie_round):
    judge = JudgeFactory()
    second = _entry(tie_round, code="X2", submitted_at=EARLY)
    first = _entry(tie_round, code="X1", submitted_at=EARLY)
    for entry in (second, first):
        _score(tie_round, entry, judge, [35, 35])
    assert _ranking(tie_round) == [(1, "X1", D("70.00")), (2, "X2", D("70.00"))]
    assert _decided(tie_round) == [("X1", None), ("X2", TieBreak.CODE)]


def test_round_results_label_the_deciding_rule_for_the_jury(tie_round):
    judge = JudgeFactory()
    for code in ("X1", "X2"):
        _score(tie_round, _entry(tie_round, code=code, submitted_at=EARLY), judge, [35, 35])
    first, second = round_results(round_=tie_round).rows
    with translation.override("en"):
        assert (str(first.decided_by_label), str(second.decided_by_label)) == ("", "by entry code")


def test_round_results_hand_computed_table(tie_round):
    """Five entries exercising every key at once, in the order the rules give."""
    judges = JudgeFactory.create_batch(3)
    e = {code: _entry(tie_round, code=code, submitted_at=EARLY) for code in ("X1", "X2", "X3")}
    e["X4"] = _entry(tie_round, code="X4", submitted_at=EARLY - datetime.timedelta(days=1))
    e["X5"] = _entry(tie_round, code="X5")
    table = {
        "X1": [[35, 35], [35, 35], [35, 35]],  # 70, priority 35, top 0
        "X2": [[45, 45], [40, 40], [40, 40]],  # 83.33
        "X3": [[40, 30], [40, 30], [40, 30]],  # 70, priority 40
        "X4": [[35, 35], [35, 35], [35, 35]],  # as X1 but submitted a day earlier
        "X5": [[20, 20], [20, 20], [20, 20]],  # 40
    }
    for code, rows in table.items():
        for judge, points in zip(judges, rows, strict=True):
            _score(tie_round, e[code], judge, points)
    assert _ranking(tie_round) == [
        (1, "X2", D("83.33")),
        (2, "X3", D("70.00")),
        (3, "X4", D("70.00")),
        (4, "X1", D("70.00")),
        (5, "X5", D("40.00")),
    ]
    assert _decided(tie_round) == [
        ("X2", None),
        ("X3", TieBreak.SCORE),
        ("X4", TieBreak.PRIORITY),
        ("X1", TieBreak.SUBMITTED),
        ("X5", TieBreak.SCORE),
    ]


@pytest.mark.django_db
def test_round_results_missing_sheet_leaves_entry_unranked_and_listed_last():
    round_ = RoundFactory(criteria=[("Điểm", 100)])
    judges = JudgeFactory.create_batch(3)
    partly = EligibleEntryFactory(edition=round_.edition, code="M-0001", number=1)
    complete = EligibleEntryFactory(edition=round_.edition, code="M-0002", number=2)
    unscored = EligibleEntryFactory(edition=round_.edition, code="M-0003", number=3)
    for judge, points in zip(judges, [60, 70, 80], strict=True):
        _score(round_, complete, judge, [points])
    _score(round_, partly, judges[0], [90])
    _score(round_, partly, judges[1], [85])
    _score(round_, partly, judges[2], [10], submit=False)  # a draft does not count
    AssignmentFactory(round=round_, entry=unscored, judge=judges[0])
    results = round_results(round_=round_)
    rows = {r.code: r for r in results.rows}
    assert [(r.rank, r.code, r.total, r.decided_by) for r in results.rows] == [
        (1, "M-0002", D("70.00"), None),
        (None, "M-0001", None, None),
        (None, "M-0003", None, None),
    ]
    assert [item.candidate.code for item in results.ranking] == ["M-0002"]
    partly_row = rows["M-0001"]
    assert (partly_row.scored, partly_row.assigned, partly_row.missing) == (2, 3, True)
    assert partly_row.missing_marks == (MissingMark(judge=judges[2].pk, criterion=None),)
    # The complete sheets stay visible, but are never averaged into a figure.
    assert partly_row.judge_totals == {judges[0].pk: D(90), judges[1].pk: D(85)}
    assert (partly_row.raw_mean, partly_row.normalised) == (None, None)
    assert (rows["M-0002"].scored, rows["M-0002"].assigned, rows["M-0002"].missing) == (
        3,
        3,
        False,
    )
    assert (rows["M-0003"].total, rows["M-0003"].raw_mean, rows["M-0003"].missing) == (
        None,
        None,
        True,
    )
    assert (rows["M-0003"].spread, rows["M-0003"].sd) == (None, None)


@pytest.mark.django_db
def test_round_results_flag_entry_with_no_judges_as_missing():
    round_ = RoundFactory(criteria=[("Điểm", 100)])
    EligibleEntryFactory(edition=round_.edition)
    (row,) = round_results(round_=round_).rows
    assert (row.assigned, row.scored, row.missing, row.rank) == (0, 0, True, None)


@pytest.mark.django_db
def test_round_results_flag_disagreement_above_the_range():
    round_ = RoundFactory(criteria=[("Điểm", 100)], disagreement_range=D("20"))
    judges = JudgeFactory.create_batch(2)
    wide = EligibleEntryFactory(edition=round_.edition, code="D-0001", number=1)
    edge = EligibleEntryFactory(edition=round_.edition, code="D-0002", number=2)
    for judge, points in zip(judges, [60, 81], strict=True):
        _score(round_, wide, judge, [points])
    for judge, points in zip(judges, [60, 80], strict=True):
        _score(round_, edge, judge, [points])
    rows = {r.code: r for r in round_results(round_=round_).rows}
    # Population standard deviation: |81 - 60| / 2.
    assert (rows["D-0001"].spread, rows["D-0001"].sd, rows["D-0001"].disputed) == (
        D("21.00"),
        D("10.50"),
        True,
    )
    assert str(rows["D-0001"].spread) == "21.00"
    assert (rows["D-0002"].spread, rows["D-0002"].disputed) == (D("20.00"), False)


@pytest.mark.django_db
def test_round_results_trimmed_mean_with_five_judges():
    round_ = RoundFactory(criteria=[("Điểm", 100)], method=AggregationMethod.TRIMMED_MEAN)
    entry = EligibleEntryFactory(edition=round_.edition)
    for judge, points in zip(JudgeFactory.create_batch(5), [60, 70, 75, 80, 99], strict=True):
        _score(round_, entry, judge, [points])
    (row,) = round_results(round_=round_).rows
    assert (row.total, row.raw_mean, row.spread) == (D("75.00"), D("76.80"), D("39.00"))


@pytest.mark.django_db
def test_round_results_median_method():
    round_ = RoundFactory(criteria=[("Điểm", 100)], method=AggregationMethod.MEDIAN)
    entry = EligibleEntryFactory(edition=round_.edition)
    for judge, points in zip(JudgeFactory.create_batch(4), [60, 70, 80, 91], strict=True):
        _score(round_, entry, judge, [points])
    (row,) = round_results(round_=round_).rows
    assert (row.total, row.raw_mean) == (D("75.00"), D("75.25"))


@pytest.mark.django_db
def test_round_results_zscore_ranks_harsh_judges_fairly():
    """A harsh judge scored B, a lenient one A: raw means favour A, normalised totals don't."""
    round_ = RoundFactory(criteria=[("Điểm", 100)], method=AggregationMethod.ZSCORE)
    lenient, harsh = JudgeFactory.create_batch(2)
    a, b, c, d = (
        EligibleEntryFactory(edition=round_.edition, code=f"Z-000{n}", number=n)
        for n in range(1, 5)
    )
    # lenient: A 90, C 80, D 70 (mean 80, sd 10); harsh: B 60, C 50, D 40 (mean 50, sd 10).
    for entry, points in [(a, 90), (c, 80), (d, 70)]:
        _score(round_, entry, lenient, [points])
    for entry, points in [(b, 60), (c, 50), (d, 40)]:
        _score(round_, entry, harsh, [points])
    rows = {r.code: r for r in round_results(round_=round_).rows}
    assert rows["Z-0001"].raw_mean == D("90.00")
    assert rows["Z-0002"].raw_mean == D("60.00")
    # Each judge: mean m_j, population sd √(200/3). Pooled over all six totals: mean 65,
    # population sd √(1750/6). A (and B): 65 + √(1750/6) * 10 / √(200/3) = 65 + 20.92.
    assert {code: r.total for code, r in rows.items()} == {
        "Z-0001": D("85.92"),
        "Z-0002": D("85.92"),
        "Z-0003": D("65.00"),
        "Z-0004": D("44.08"),
    }
    assert all(r.total == r.normalised for r in rows.values())


@pytest.mark.django_db
def test_round_results_normalised_column_is_the_zscore_methods_score():
    round_ = RoundFactory(criteria=[("Điểm", 100)], method=AggregationMethod.MEAN)
    lenient, harsh = JudgeFactory.create_batch(2)
    a, b, c = (
        EligibleEntryFactory(edition=round_.edition, code=f"N-000{n}", number=n)
        for n in range(1, 4)
    )
    for entry, points in [(a, 90), (b, 80)]:
        _score(round_, entry, lenient, [points])
    for entry, points in [(b, 50), (c, 40)]:
        _score(round_, entry, harsh, [points])
    by_mean = {r.code: (r.total, r.normalised) for r in round_results(round_=round_).rows}
    round_.method = AggregationMethod.ZSCORE
    by_zscore = {r.code: r.total for r in round_results(round_=round_).rows}
    assert {code: normalised for code, (_total, normalised) in by_mean.items()} == by_zscore
    # Pooled 90 80 50 40: mean 65, sd √425 = 20.62; each judge sd 5, so ±1 sd → ±20.62.
    assert by_mean == {
        "N-0001": (D("90.00"), D("85.62")),
        "N-0002": (D("65.00"), D("65.00")),
        "N-0003": (D("40.00"), D("44.38")),
    }


@pytest.mark.django_db
def test_round_results_ignore_inactive_assignments():
    round_ = RoundFactory(criteria=[("Điểm", 100)])
    entry = EligibleEntryFactory(edition=round_.edition)
    judges = JudgeFactory.create_batch(2)
    _score(round_, entry, judges[0], [80])
    sheet = _score(round_, entry, judges[1], [20])
    type(sheet.assignment).objects.filter(pk=sheet.assignment_id).update(active=False)
    (row,) = round_results(round_=round_).rows
    assert (row.total, row.scored, row.assigned, row.missing) == (D("80.00"), 1, 1, False)
