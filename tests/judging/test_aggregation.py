"""Score aggregation: every expected figure below is computed by hand in the comments."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from judging.aggregation import Criterion, Method, MissingMark, Status, aggregate

# A 100-point rubric: tính mới 30, tính khả thi 25, hiệu quả 25, khả năng nhân rộng 20.
RUBRIC = [
    Criterion(id="novelty", max_score=D(30)),
    Criterion(id="feasibility", max_score=D(25)),
    Criterion(id="effect", max_score=D(25)),
    Criterion(id="replication", max_score=D(20)),
]


def sheet(novelty, feasibility, effect, replication):
    return {
        "novelty": novelty,
        "feasibility": feasibility,
        "effect": effect,
        "replication": replication,
    }


# Entry A, five judges. Totals: J1 80, J2 88, J3 60, J4 100, J5 78.
ENTRY_A = {
    "J1": sheet(25, 20, 20, 15),
    "J2": sheet(28, 22, 21, 17),
    "J3": sheet(20, 15, 15, 10),
    "J4": sheet(30, 25, 25, 20),
    "J5": sheet(24, 20, 19, 15),
}


def score_of(result, entry):
    return result.by_entry()[entry]


def test_aggregate_mean_of_five_judges():
    a = score_of(aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC), "A")
    # (80 + 88 + 60 + 100 + 78) / 5 = 406 / 5
    assert str(a.score) == "81.20"
    assert a.status is Status.COMPLETE
    assert a.judge_totals == {"J1": 80, "J2": 88, "J3": 60, "J4": 100, "J5": 78}
    assert a.counted == ("J1", "J2", "J3", "J4", "J5")


def test_aggregate_trimmed_mean_drops_highest_and_lowest_with_five_judges():
    a = score_of(aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC, method=Method.TRIMMED_MEAN), "A")
    # Drop 60 (J3) and 100 (J4): (80 + 88 + 78) / 3 = 246 / 3
    assert str(a.score) == "82.00"
    assert a.counted == ("J1", "J2", "J5")


def test_aggregate_trimmed_mean_is_plain_mean_below_five_judges():
    four = {j: ENTRY_A[j] for j in ("J1", "J2", "J3", "J4")}
    a = score_of(aggregate(scores={"A": four}, criteria=RUBRIC, method=Method.TRIMMED_MEAN), "A")
    # (80 + 88 + 60 + 100) / 4 = 82
    assert str(a.score) == "82.00"
    assert len(a.counted) == 4


def test_aggregate_trimmed_mean_with_tied_extremes():
    tied = {**ENTRY_A, "J6": sheet(20, 15, 15, 10)}  # a second 60
    a = score_of(aggregate(scores={"A": tied}, criteria=RUBRIC, method=Method.TRIMMED_MEAN), "A")
    # Sorted 60 (J3), 60 (J6), 78, 80, 88, 100: drop one 60 (J3, first as text) and 100.
    # (60 + 78 + 80 + 88) / 4 = 306 / 4 = 76.5
    assert str(a.score) == "76.50"
    assert a.counted == ("J1", "J2", "J5", "J6")


def test_aggregate_median_odd_and_even():
    a = score_of(aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC, method=Method.MEDIAN), "A")
    assert str(a.score) == "80.00"  # 60 78 [80] 88 100
    four = {j: ENTRY_A[j] for j in ("J1", "J2", "J3", "J5")}
    b = score_of(aggregate(scores={"B": four}, criteria=RUBRIC, method=Method.MEDIAN), "B")
    assert str(b.score) == "79.00"  # 60 [78 80] 88 -> 79


def test_aggregate_spread_stdev_and_disagreement():
    a = score_of(aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC), "A")
    # Range 100 - 60 = 40 > 20 (20% of 100). Deviations from 81.2: -1.2 6.8 -21.2 18.8 -3.2,
    # squares sum 860.8, / 5 = 172.16, sqrt = 13.1209...
    assert a.spread == 40
    assert str(a.stdev) == "13.12"
    assert a.disagreement is True
    calm = aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC, max_range=D(40))
    assert score_of(calm, "A").disagreement is False  # 40 is not above 40
    strict = aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC, max_range=D(50), max_stdev=D(13))
    assert score_of(strict, "A").disagreement is True  # 13.12 > 13


def test_aggregate_criterion_means_and_top_marks():
    a = score_of(aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC), "A")
    assert {k: str(v) for k, v in a.criterion_means.items()} == {
        "novelty": "25.40",  # 127 / 5
        "feasibility": "20.40",  # 102 / 5
        "effect": "20.00",  # 100 / 5
        "replication": "15.40",  # 77 / 5
    }
    assert a.top_marks == 4  # J4 gave every criterion its maximum


def test_aggregate_rounds_half_up_to_two_decimals():
    scores = {"B": {"J1": sheet("25.25", 20, 20, 15), "J2": sheet(25, 20, 20, 15)}}
    b = score_of(aggregate(scores=scores, criteria=RUBRIC), "B")
    # (80.25 + 80) / 2 = 80.125: half up gives 80.13 (half even would give 80.12)
    assert str(b.score) == "80.13"


def test_aggregate_weighted_totals():
    criteria = [
        Criterion(id="novelty", max_score=D(10), weight=D(2)),
        Criterion(id="feasibility", max_score=D(10), weight=D("0.5")),
    ]
    scores = {
        "W": {"J1": {"novelty": 8, "feasibility": 7}, "J2": {"novelty": "9.5", "feasibility": 3}}
    }
    w = score_of(aggregate(scores=scores, criteria=criteria), "W")
    # J1: 2*8 + 0.5*7 = 19.5; J2: 2*9.5 + 0.5*3 = 20.5; mean 20
    assert w.judge_totals == {"J1": D("19.5"), "J2": D("20.5")}
    assert str(w.score) == "20.00"


def test_aggregate_flags_missing_sheet_and_missing_criterion():
    scores = {
        "C": {
            "J1": sheet(25, 20, 20, 15),
            "J2": {"novelty": 20, "feasibility": 20, "replication": 10},
        }
    }
    c = score_of(aggregate(scores=scores, criteria=RUBRIC, assigned={"C": ["J1", "J2", "J3"]}), "C")
    assert c.status is Status.MISSING
    assert c.score is None
    assert c.missing == (
        MissingMark(judge="J2", criterion="effect"),
        MissingMark(judge="J3", criterion=None),
    )
    assert c.judge_totals == {"J1": 80}  # shown, but not averaged into a score


def test_aggregate_lists_assigned_entries_without_any_marks():
    result = aggregate(scores={}, criteria=RUBRIC, assigned={"D": ["J1"]})
    (d,) = result.entries
    assert (d.entry, d.status, d.score, d.missing) == (
        "D",
        Status.MISSING,
        None,
        (MissingMark(judge="J1", criterion=None),),
    )


def test_aggregate_zscore_two_judges_same_order():
    # Harsh H: 50 60 70 (mean 60); lenient L: 80 90 100 (mean 90); both sd sqrt(200/3).
    # Pooled: mean 75, sd sqrt(1750/6). S * z for +-10 = 10 * sqrt(4.375) = 20.9165...
    scores = {
        "E1": {"H": sheet(20, 10, 10, 10), "L": sheet(30, 20, 20, 10)},
        "E2": {"H": sheet(20, 15, 15, 10), "L": sheet(30, 20, 20, 20)},
        "E3": {"H": sheet(25, 15, 15, 15), "L": sheet(30, 25, 25, 20)},
    }
    result = aggregate(scores=scores, criteria=RUBRIC, method=Method.ZSCORE)
    assert [str(score_of(result, e).score) for e in ("E1", "E2", "E3")] == [
        "54.08",
        "75.00",
        "95.92",
    ]
    assert (str(result.pooled_mean), str(result.pooled_stdev)) == ("75.00", "17.08")


def test_aggregate_zscore_lenient_judge_does_not_decide():
    # H scores E1 60, E2 50; L scores E2 90, E3 80. Raw means put E3 (80) above E1 (60),
    # only because L is lenient. Per judge both say E1 > E2 > E3 by one sd (5 points).
    # Pooled 60 50 90 80: mean 70, sd sqrt(250) = 15.811...
    scores = {
        "E1": {"H": sheet(30, 10, 10, 10)},
        "E2": {"H": sheet(20, 10, 10, 10), "L": sheet(30, 25, 20, 15)},
        "E3": {"L": sheet(30, 20, 20, 10)},
    }
    raw = aggregate(scores=scores, criteria=RUBRIC)
    assert [str(score_of(raw, e).score) for e in ("E1", "E2", "E3")] == [
        "60.00",
        "70.00",
        "80.00",
    ]
    z = aggregate(scores=scores, criteria=RUBRIC, method=Method.ZSCORE)
    # E1: 70 + 15.81; E2: mean(70 - 15.81, 70 + 15.81) = 70; E3: 70 - 15.81
    assert [str(score_of(z, e).score) for e in ("E1", "E2", "E3")] == [
        "85.81",
        "70.00",
        "54.19",
    ]


def test_aggregate_zscore_single_mark_and_constant_judges():
    scores = {
        "E1": {"S": sheet(25, 20, 20, 12), "F": sheet(20, 20, 20, 10)},
        "E2": {"F": sheet(20, 20, 20, 10)},
    }
    result = aggregate(scores=scores, criteria=RUBRIC, method=Method.ZSCORE)
    # Raw totals: S 77 (only mark), F 70 and 70 (sd 0). Pooled mean (77 + 70 + 70) / 3 = 72.33.
    # S keeps 77 as given; F's marks become the pooled mean 72.333...
    # E1 = (77 + 72.333...) / 2 = 74.666... -> 74.67; E2 = 72.333... -> 72.33
    assert str(score_of(result, "E1").score) == "74.67"
    assert str(score_of(result, "E2").score) == "72.33"
    assert result.unnormalised_judges == ("S",)


def test_aggregate_is_reproducible_as_text():
    first = aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC, method=Method.ZSCORE)
    again = aggregate(
        scores={"A": dict(reversed(ENTRY_A.items()))}, criteria=RUBRIC, method=Method.ZSCORE
    )
    assert str(first.entries[0].score) == str(again.entries[0].score)


def test_aggregate_rejects_floats_and_out_of_range_marks():
    with pytest.raises(TypeError, match="Decimal, int or str"):
        aggregate(scores={"A": {"J": sheet(8.5, 1, 1, 1)}}, criteria=RUBRIC)
    with pytest.raises(ValueError, match=r"outside 0\.\.25"):
        aggregate(scores={"A": {"J": sheet(1, 26, 1, 1)}}, criteria=RUBRIC)
    with pytest.raises(ValueError, match="unknown criterion"):
        aggregate(scores={"A": {"J": {"style": 3}}}, criteria=RUBRIC)


@pytest.mark.parametrize("value", ["NaN", "sNaN", "Infinity"])
def test_aggregate_rejects_decimals_that_are_not_finite(value):
    with pytest.raises(ValueError, match="is not a finite number"):
        aggregate(scores={"A": {"J": sheet(1, D(value), 1, 1)}}, criteria=RUBRIC)


def test_aggregate_accepts_marks_as_text_and_integers_like_decimals():
    text = aggregate(scores={"A": {"J": sheet("25.5", 20, "20", 15)}}, criteria=RUBRIC)
    exact = aggregate(scores={"A": {"J": sheet(D("25.5"), D(20), D(20), D(15))}}, criteria=RUBRIC)
    assert text.entries == exact.entries
    assert str(text.entries[0].score) == "80.50"


def test_aggregate_normalise_gives_the_zscore_score_beside_the_method():
    # The table of test_aggregate_zscore_lenient_judge_does_not_decide, scored by the mean.
    scores = {
        "E1": {"H": sheet(30, 10, 10, 10)},
        "E2": {"H": sheet(20, 10, 10, 10), "L": sheet(30, 25, 20, 15)},
        "E3": {"L": sheet(30, 20, 20, 10)},
    }
    result = aggregate(scores=scores, criteria=RUBRIC, normalise=True)
    assert [
        (str(score_of(result, e).score), str(score_of(result, e).normalised))
        for e in ("E1", "E2", "E3")
    ] == [("60.00", "85.81"), ("70.00", "70.00"), ("80.00", "54.19")]
    assert (str(result.pooled_mean), str(result.pooled_stdev)) == ("70.00", "15.81")


def test_aggregate_normalised_equals_score_under_zscore_and_is_none_otherwise():
    z = aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC, method=Method.ZSCORE)
    assert score_of(z, "A").normalised == score_of(z, "A").score
    plain = aggregate(scores={"A": ENTRY_A}, criteria=RUBRIC)
    assert (score_of(plain, "A").normalised, plain.pooled_mean) == (None, None)


def test_aggregate_normalised_is_none_with_missing_marks():
    result = aggregate(
        scores={"A": ENTRY_A, "B": {"J1": sheet(25, 20, 20, 15)}},
        criteria=RUBRIC,
        assigned={"A": list(ENTRY_A), "B": ["J1", "J2"]},
        normalise=True,
    )
    assert score_of(result, "A").normalised is not None
    assert (score_of(result, "B").score, score_of(result, "B").normalised) == (None, None)


def test_aggregate_weight_zero_counts_nothing_but_keeps_the_mark():
    criteria = [
        Criterion(id="novelty", max_score=D(10)),
        Criterion(id="note", max_score=D(10), weight=D(0)),
    ]
    w = score_of(
        aggregate(scores={"W": {"J1": {"novelty": 7, "note": 10}}}, criteria=criteria), "W"
    )
    assert (str(w.score), w.criterion_means["note"], w.top_marks) == ("7.00", D(10), 1)


def test_criterion_refuses_negative_weight_and_zero_maximum():
    with pytest.raises(ValueError, match="weight of 0 or more"):
        Criterion(id="x", max_score=D(10), weight=D(-1))
    with pytest.raises(ValueError, match="positive maximum"):
        Criterion(id="x", max_score=D(0))


# --- judge-adjusted mean: each judge's leniency and spread corrected -----------------------

ONE = [Criterion(id="t", max_score=D(100))]


def totals_table(table):
    """{judge: [total per entry]} (None: not scored) as aggregation scores, entries E0.."""
    count = len(next(iter(table.values())))
    return {
        f"E{i}": {j: {"t": D(v[i])} for j, v in table.items() if v[i] is not None}
        for i in range(count)
    }


def test_aggregate_adjusted_shrinks_offsets_of_judges_who_scored_every_entry():
    # Means: J1 75, J2 65, J3 59; pooled mean 995 / 15 = 66.333 (centre 66.33). Everyone
    # scored every entry, so the entries' merit is the raw mean and each judge's leniency is
    # their mean minus the pooled mean, shrunk by 5 / (5 + 2) (five entries, a prior worth two):
    # J1 5/7 * 8.667 = 6.19, J2 5/7 * -1.333 = -0.95, J3 5/7 * -7.333 = -5.24. Under ten
    # entries the spread is not estimated (factor 1).
    result = aggregate(
        scores=totals_table(
            {
                "J1": [70, 80, 60, 90, 75],
                "J2": [60, 70, 50, 80, 65],
                "J3": [62, 66, 40, 70, 57],
            }
        ),
        criteria=ONE,
        method=Method.ADJUSTED,
    )
    effects = result.judge_effects
    assert effects.centre == D("66.33")
    assert [
        (j, str(e.offset), str(e.factor), e.entries, e.corrected, e.scaled)
        for j, e in (effects.judges.items())
    ] == [
        ("J1", "6.19", "1.0000", 5, True, False),
        ("J2", "-0.95", "1.0000", 5, True, False),
        ("J3", "-5.24", "1.0000", 5, True, False),
    ]
    # Corrected totals are total - offset; the offsets sum to 0, so each score is the raw
    # mean: E0 (70 + 60 + 62) / 3 = 64, E4 (75 + 65 + 57) / 3 = 65.667.
    assert [str(e.score) for e in result.entries] == ["64.00", "72.00", "50.00", "80.00", "65.67"]
    assert result.entries[0].judge_totals == {"J1": 70, "J2": 60, "J3": 62}


# Six entries of merit 60, 70, 80, 65, 75, 85, each scored by two of three judges who add
# +6, 0 and -6 points: J1 and J2 score E0 and E1, J2 and J3 E2 and E3, J1 and J3 E4 and E5.
MERIT = [60, 70, 80, 65, 75, 85]
LENIENT_HARSH = {
    "J1": [66, 76, None, None, 81, 91],
    "J2": [60, 70, 80, 65, None, None],
    "J3": [None, None, 74, 59, 69, 79],
}


def test_fit_judge_effects_without_shrinkage_recovers_each_judges_leniency():
    from judging.aggregation import fit_judge_effects
    from judging.aggregation.sheets import read_sheets

    sheets = read_sheets(scores=totals_table(LENIENT_HARSH), criteria=ONE, assigned=None)
    effects = fit_judge_effects(sheets, min_entries=4, min_scale_entries=99, offset_prior=0)
    assert {j: str(e.offset) for j, e in effects.judges.items()} == {
        "J1": "6.00",
        "J2": "0.00",
        "J3": "-6.00",
    }
    # corrected = centre + 1 * (total - centre - offset) = total - offset: the true merit.
    corrected = [
        sorted({effects.correct(j, t) for j, t in totals.items()})
        for totals in sheets.totals_by_entry()
    ]
    assert corrected == [[D(m)] for m in MERIT]


def test_aggregate_adjusted_moves_entries_of_a_harsh_judge_up():
    # J1 adds 6 and J3 takes 6: by the raw mean E1 (73) beats E3 (62) by 11 points; their
    # true gap is 5. With the default shrinkage (four entries each: min_entries=4) the fit
    # recovers 4/6 of J1's and J3's leniency, so the gap narrows below the raw one.
    raw = aggregate(scores=totals_table(LENIENT_HARSH), criteria=ONE)
    fixed = aggregate(
        scores=totals_table(LENIENT_HARSH), criteria=ONE, method=Method.ADJUSTED, min_entries=4
    )
    raw_gap = raw.entries[1].score - raw.entries[3].score
    fixed_gap = fixed.entries[1].score - fixed.entries[3].score
    assert raw_gap == D("11.00")
    assert D(5) < fixed_gap < raw_gap
    offsets = {j: e.offset for j, e in fixed.judge_effects.judges.items()}
    assert offsets["J1"] > 0 > offsets["J3"]


def test_aggregate_adjusted_leaves_judges_with_too_few_entries_uncorrected():
    # Four entries each, under the minimum of five: the scores are the plain means.
    table = {"J1": [70, 80, 60, 90], "J2": [60, 70, 50, 80], "J3": [62, 66, 40, 70]}
    result = aggregate(scores=totals_table(table), criteria=ONE, method=Method.ADJUSTED)
    assert result.judge_effects.uncorrected == ("J1", "J2", "J3")
    assert {(str(e.offset), str(e.factor)) for e in result.judge_effects.judges.values()} == {
        ("0.00", "1.0000")
    }
    # (70 + 60 + 62) / 3 = 64, (80 + 70 + 66) / 3 = 72, 150 / 3 = 50, 240 / 3 = 80
    assert [str(e.score) for e in result.entries] == ["64.00", "72.00", "50.00", "80.00"]


def test_aggregate_adjusted_entry_with_a_missing_sheet_has_no_score_but_informs_the_fit():
    table = {k: list(v) for k, v in LENIENT_HARSH.items()}
    result = aggregate(
        scores=totals_table(table),
        criteria=ONE,
        method=Method.ADJUSTED,
        assigned={"E0": ["J1", "J2", "J3"]},
        min_entries=4,
    )
    e0 = result.by_entry()["E0"]
    assert (e0.status, e0.score) == (Status.MISSING, None)
    assert e0.missing == (MissingMark(judge="J3", criterion=None),)
    assert result.judge_effects.judges["J1"].entries == 4


def test_aggregate_adjusted_scores_do_not_depend_on_entry_or_judge_order():
    import random

    from bench.fairness import RUBRIC, simulate

    class Args:
        entries, judges, per_entry, leniency, scale, noise, missing = 120, 9, 3, 6, 0.25, 5, 0

    _, scores, _ = simulate(Args, seed=7)
    forward = aggregate(scores=scores, criteria=RUBRIC, method=Method.ADJUSTED)
    rng = random.Random(3)
    codes = list(scores)
    rng.shuffle(codes)
    shuffled = {}
    for code in codes:
        judges = list(scores[code])
        rng.shuffle(judges)
        shuffled[code] = {j: scores[code][j] for j in judges}
    backward = aggregate(scores=shuffled, criteria=RUBRIC, method=Method.ADJUSTED)
    assert {e.entry: e.score for e in backward.entries} == {
        e.entry: e.score for e in forward.entries
    }
    assert dict(sorted(backward.judge_effects.judges.items())) == dict(
        sorted(forward.judge_effects.judges.items())
    )
    # 120 entries x 3 / 9 judges = 40 each: spreads are estimated too.
    assert all(e.scaled for e in forward.judge_effects.judges.values())


def test_aggregate_judge_total_keeps_the_form_weights_give_it():
    # A weight of 1.00 (as the database stores it) times 25.50 is 25.5000: totals keep the
    # exponent of weight x mark, as every earlier version computed them.
    rubric = [Criterion(id="a", max_score=D(30), weight=D("1.00"))]
    result = aggregate(scores={"A": {"J": {"a": D("25.50")}}}, criteria=rubric)
    assert str(result.entries[0].judge_totals["J"]) == "25.5000"
