"""Results by hand: aggregation methods on small tables, then the ranking and its flags."""

import datetime
from decimal import Decimal as D

import pytest

from judging import aggregate
from judging.enums import AggregationMethod
from judging.results import round_results
from tests.factories import (
    AssignmentFactory,
    EligibleEntryFactory,
    JudgeFactory,
    RoundFactory,
    score_assignment,
)


def _d(*values):
    return [D(str(v)) for v in values]


# --- aggregate.py ------------------------------------------------------------------------


def test_weighted_total_multiplies_by_weight():
    total = aggregate.weighted_total(
        scores={1: D("7.5"), 2: D("9"), 3: D("4")}, weights={1: D("2"), 2: D("0.5"), 3: D("1")}
    )
    assert total == D("23.5")


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        ((70, 80, 91), "80.33"),  # 241 / 3 = 80.333…
        ((70, 80), "75.00"),
        ((100,), "100.00"),
        (("70.25", 70), "70.13"),  # 70.125: half-up, not banker's rounding
        (("70.25", "70.24"), "70.25"),  # 70.245 → 70.25
    ],
)
def test_mean_rounds_half_up_to_two_places(totals, expected):
    assert aggregate.mean(totals=_d(*totals)) == D(expected)


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        ((60, 70, 75, 80, 99), "75.00"),  # drop 60 and 99: (70 + 75 + 80) / 3
        ((99, 50, 71, 100, 72), "80.67"),  # drop 50 and 100: (99 + 71 + 72) / 3 = 80.666…
        ((70, 70, 70, 70, 10), "70.00"),  # only one of the equal highest is dropped
        ((10, 20, 30, 40, 50, 60), "35.00"),  # six judges: drop one each end, mean of four
        ((60, 70, 80, 99), "77.25"),  # four judges: plain mean, nothing dropped
        ((60, 99), "79.50"),
    ],
)
def test_trimmed_mean_drops_extremes_from_five_judges_only(totals, expected):
    assert aggregate.trimmed_mean(totals=_d(*totals)) == D(expected)


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        ((60, 90, 70), "70.00"),
        ((60, 70, 80, 91), "75.00"),
        ((60, 71), "65.50"),
        (("70.5", "70.25"), "70.38"),  # 70.375 half-up
        ((42,), "42.00"),
    ],
)
def test_median_of_odd_and_even_counts(totals, expected):
    assert aggregate.median(totals=_d(*totals)) == D(expected)


def test_zscore_normalise_removes_a_constant_harshness():
    # Judge 2 gives every entry exactly 10 points less than judge 1.
    normalised = aggregate.zscore_normalise(
        totals_by_judge={
            1: {"A": D(80), "B": D(70), "C": D(60)},
            2: {"A": D(70), "B": D(60), "C": D(50)},
        }
    )
    assert normalised[1] == normalised[2]
    # Pooled mean 65, pooled sd √110; each judge has sd 10, so A → 65 + √110.
    assert {e: aggregate.q(v) for e, v in normalised[1].items()} == {
        "A": D("75.49"),
        "B": D("65.00"),
        "C": D("54.51"),
    }
    assert normalised[1]["B"] == D(65)
    assert normalised[1]["A"] - D(65) == D(110).sqrt()


def test_zscore_normalise_shifts_a_judge_without_spread():
    normalised = aggregate.zscore_normalise(
        totals_by_judge={1: {"A": D(80), "B": D(60)}, 2: {"A": D(50), "B": D(50)}}
    )
    # Pooled mean 60 and sd √200 equal judge 1's sd: judge 1 is unchanged but for the mean.
    assert normalised == {1: {"A": D(70), "B": D(50)}, 2: {"A": D(60), "B": D(60)}}


def test_zscore_normalise_of_nothing_is_empty():
    assert aggregate.zscore_normalise(totals_by_judge={}) == {}


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        ((70, 80, 91), ("21.00", "10.50")),
        ((60, 81), ("21.00", "14.85")),
        ((75, 75, 75), ("0.00", "0.00")),
        ((75,), ("0", "0")),
        ((), ("0", "0")),
    ],
)
def test_disagreement_is_range_and_sample_sd(totals, expected):
    assert aggregate.disagreement(totals=_d(*totals)) == (D(expected[0]), D(expected[1]))


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


def test_round_results_rank_by_total_first(tie_round):
    judges = JudgeFactory.create_batch(2)
    low = _entry(tie_round, code="X1", submitted_at=EARLY)
    high = _entry(tie_round, code="X2")
    for judge in judges:
        _score(tie_round, low, judge, [50, 19.5])
        _score(tie_round, high, judge, [20, 50])
    assert _ranking(tie_round) == [(1, "X2", D("70.00")), (2, "X1", D("69.50"))]


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
    priority = tie_round.priority_criterion_id
    assert [r.criterion_means[priority] for r in results.rows] == [D("40.00"), D("30.00")]
    assert [r.top_scores for r in results.rows] == [2, 2]


def test_round_results_then_break_on_number_of_top_scores(tie_round):
    judges = JudgeFactory.create_batch(3)
    steady = _entry(tie_round, code="X1", submitted_at=EARLY)
    loved = _entry(tie_round, code="X2")
    # steady: 70, 70, 70; loved: 80, 80, 50. Same mean 70, same priority mean 35.
    for judge in judges:
        _score(tie_round, steady, judge, [35, 35])
    for judge, points in zip(judges, [[40, 40], [40, 40], [25, 25]], strict=True):
        _score(tie_round, loved, judge, points)
    results = round_results(round_=tie_round)
    assert [(r.rank, r.code, r.total, r.top_scores) for r in results.rows] == [
        (1, "X2", D("70.00"), 2),
        (2, "X1", D("70.00"), 1),
    ]
    priority = tie_round.priority_criterion_id
    assert [r.criterion_means[priority] for r in results.rows] == [D("35.00"), D("35.00")]


def test_round_results_then_break_on_earlier_submission(tie_round):
    judges = JudgeFactory.create_batch(2)
    late = _entry(tie_round, code="X1", submitted_at=LATE)
    early = _entry(tie_round, code="X2", submitted_at=EARLY)
    for judge in judges:
        _score(tie_round, late, judge, [35, 35])
        _score(tie_round, early, judge, [35, 35])
    assert _ranking(tie_round) == [(1, "X2", D("70.00")), (2, "X1", D("70.00"))]


def test_round_results_full_tie_falls_back_to_code(tie_round):
    judge = JudgeFactory()
    second = _entry(tie_round, code="X2", submitted_at=EARLY)
    first = _entry(tie_round, code="X1", submitted_at=EARLY)
    for entry in (second, first):
        _score(tie_round, entry, judge, [35, 35])
    assert _ranking(tie_round) == [(1, "X1", D("70.00")), (2, "X2", D("70.00"))]


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


@pytest.mark.django_db
def test_round_results_flag_missing_scores_and_leave_unscored_unranked():
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
    rows = {r.code: r for r in round_results(round_=round_).rows}
    assert [(r.rank, r.code) for r in round_results(round_=round_).rows] == [
        (1, "M-0001"),
        (2, "M-0002"),
        (None, "M-0003"),
    ]
    assert (rows["M-0001"].scored, rows["M-0001"].assigned, rows["M-0001"].missing) == (
        2,
        3,
        True,
    )
    assert rows["M-0001"].total == D("87.50")
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
    assert (rows["D-0001"].spread, rows["D-0001"].sd, rows["D-0001"].disputed) == (
        D("21.00"),
        D("14.85"),
        True,
    )
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
    # Pooled mean 65 and sd √350; both judges have sd 10, so A and B → 65 + √350.
    assert {code: r.total for code, r in rows.items()} == {
        "Z-0001": D("83.71"),
        "Z-0002": D("83.71"),
        "Z-0003": D("65.00"),
        "Z-0004": D("46.29"),
    }
    assert rows["Z-0001"].total == rows["Z-0001"].normalised


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
