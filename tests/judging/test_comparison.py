"""judging.comparison: each method's top entries against the round's method's, by hand."""

from dataclasses import dataclass
from decimal import Decimal as D

import pytest

from judging.aggregation import Method
from judging.comparison import MethodComparison, compare_methods
from judging.ranking import Candidate, Ranked, TieBreak
from judging.results import round_results_by_method
from tests.judging.method_fixtures import disagreeing_round


@dataclass(frozen=True)
class Ranking:
    """What compare_methods reads of a RoundResults: its ranking."""

    ranking: tuple[Ranked, ...]


def ranking(*codes):
    return Ranking(
        tuple(
            Ranked(
                position=position,
                candidate=Candidate(
                    entry=code, code=code, score=D(100 - position), submitted_at=None
                ),
                decided_by=None if position == 1 else TieBreak.SCORE,
            )
            for position, code in enumerate(codes, start=1)
        )
    )


RESULTS = {
    Method.MEAN: ranking("A", "B", "C", "D", "E"),
    Method.TRIMMED_MEAN: ranking("A", "B", "C", "D", "E"),
    Method.MEDIAN: ranking("B", "A", "E", "C", "D"),
    Method.ZSCORE: ranking("E", "D", "C", "B", "A"),
    # An entry the base ranks that this method leaves out (C), and one fewer ranked.
    Method.ADJUSTED: ranking("B", "A", "D", "E"),
}


def _summary(comparisons):
    return [
        (
            c.method,
            c.is_base,
            c.ranked,
            c.top_codes,
            c.first,
            c.overlap,
            c.entering,
            c.leaving,
            c.largest_shift,
        )
        for c in comparisons
    ]


def test_compare_methods_top_three_against_the_mean():
    comparisons = compare_methods(results=RESULTS, base=Method.MEAN, top=3)
    assert all(isinstance(c, MethodComparison) for c in comparisons)
    assert _summary(comparisons) == [
        (Method.MEAN, True, 5, ("A", "B", "C"), "A", 3, (), (), 0),
        (Method.TRIMMED_MEAN, False, 5, ("A", "B", "C"), "A", 3, (), (), 0),
        # A 1 → 2, B 2 → 1, C 3 → 4.
        (Method.MEDIAN, False, 5, ("B", "A", "E"), "B", 2, ("E",), ("C",), 1),
        # A 1 → 5, B 2 → 4, C 3 → 3; entering in the z-score's order, leaving in the mean's.
        (Method.ZSCORE, False, 5, ("E", "D", "C"), "E", 1, ("E", "D"), ("A", "B"), 4),
        # C is unranked by the corrected mean: no largest change can be given.
        (Method.ADJUSTED, False, 4, ("B", "A", "D"), "B", 2, ("D",), ("C",), None),
    ]


def test_compare_methods_against_another_base_and_top_one():
    comparisons = compare_methods(results=RESULTS, base=Method.ZSCORE, top=1)
    assert _summary(comparisons) == [
        (Method.MEAN, False, 5, ("A",), "A", 0, ("A",), ("E",), 4),
        (Method.TRIMMED_MEAN, False, 5, ("A",), "A", 0, ("A",), ("E",), 4),
        (Method.MEDIAN, False, 5, ("B",), "B", 0, ("B",), ("E",), 2),
        (Method.ZSCORE, True, 5, ("E",), "E", 1, (), (), 0),
        (Method.ADJUSTED, False, 4, ("B",), "B", 0, ("B",), ("E",), 3),
    ]


def test_compare_methods_top_larger_than_the_ranking_compares_all_of_it():
    comparisons = compare_methods(results=RESULTS, base=Method.MEAN, top=50)
    assert [(c.method, c.top_codes, c.overlap, c.entering, c.leaving) for c in comparisons] == [
        (Method.MEAN, ("A", "B", "C", "D", "E"), 5, (), ()),
        (Method.TRIMMED_MEAN, ("A", "B", "C", "D", "E"), 5, (), ()),
        (Method.MEDIAN, ("B", "A", "E", "C", "D"), 5, (), ()),
        (Method.ZSCORE, ("E", "D", "C", "B", "A"), 5, (), ()),
        (Method.ADJUSTED, ("B", "A", "D", "E"), 4, (), ("C",)),
    ]
    # E: 5th by the mean, 1st by the z-score; C unranked by the corrected mean.
    assert [c.largest_shift for c in comparisons] == [0, 0, 2, 4, None]


def test_compare_methods_keeps_method_order_and_only_the_methods_given():
    results = {Method.ZSCORE: RESULTS[Method.ZSCORE], Method.MEAN: RESULTS[Method.MEAN]}
    comparisons = compare_methods(results=results, base=Method.MEAN, top=2)
    assert [(c.method, c.is_base) for c in comparisons] == [
        (Method.MEAN, True),
        (Method.ZSCORE, False),
    ]


def test_compare_methods_nothing_ranked():
    results = {method: ranking() for method in Method}
    comparisons = compare_methods(results=results, base=Method.ADJUSTED, top=10)
    assert _summary(comparisons) == [
        (method, method == Method.ADJUSTED, 0, (), None, 0, (), (), None) for method in Method
    ]


def test_compare_methods_refuses_a_top_below_one_and_a_missing_base():
    with pytest.raises(ValueError, match="top must be 1 or more, not 0"):
        compare_methods(results=RESULTS, base=Method.MEAN, top=0)
    with pytest.raises(ValueError, match="no ranking by the base method"):
        compare_methods(results={Method.MEAN: RESULTS[Method.MEAN]}, base=Method.MEDIAN, top=1)


def test_compare_methods_takes_keyword_arguments_only():
    with pytest.raises(TypeError):
        compare_methods(RESULTS, Method.MEAN, 3)


@pytest.mark.django_db
def test_compare_methods_on_a_scored_round():
    round_ = disagreeing_round()
    results = round_results_by_method(round_=round_, methods=list(Method))
    comparisons = compare_methods(results=results, base=Method.MEAN, top=2)
    assert _summary(comparisons) == [
        (Method.MEAN, True, 3, ("PP-1", "PP-2"), "PP-1", 2, (), (), 0),
        (Method.TRIMMED_MEAN, False, 3, ("PP-1", "PP-2"), "PP-1", 2, (), (), 0),
        # PP-1 falls from 1st to 3rd, PP-2 rises from 2nd to 1st.
        (Method.MEDIAN, False, 3, ("PP-2", "PP-3"), "PP-2", 1, ("PP-3",), ("PP-1",), 2),
        (Method.ZSCORE, False, 3, ("PP-2", "PP-3"), "PP-2", 1, ("PP-3",), ("PP-1",), 2),
        (Method.ADJUSTED, False, 3, ("PP-1", "PP-2"), "PP-1", 2, (), (), 0),
    ]
