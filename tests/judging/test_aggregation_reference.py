"""The array aggregation gives, figure for figure and digit for digit, what the first
per-entry Decimal implementation (tests/judging/reference) gives, on random rounds built to
hit the hard cases: ties at both ends of a trimmed mean, even medians, half-cent means,
zero weights, missing sheets, half-filled sheets, one-sheet judges and marks given as text.
"""

import dataclasses
import random
from decimal import Decimal as D

import pytest

from judging.aggregation import (
    Criterion,
    Method,
    aggregate,
    aggregate_methods,
    aggregate_table,
    round2,
)
from judging.aggregation.numbers import mean
from judging.aggregation.sheets import read_sheets

from .reference.aggregate import aggregate as reference_aggregate

MAXIMA = [D("10"), D("20"), D("7.50"), D("2.25"), D("100")]
WEIGHTS = [D("0"), D("1"), D("1.00"), D("1.50"), D("2.25"), D("0.33")]


def _round(rng: random.Random):
    criteria = [
        Criterion(id=f"c{n}", max_score=rng.choice(MAXIMA), weight=rng.choice(WEIGHTS))
        for n in range(rng.randint(1, 4))
    ]
    judges = [rng.choice([f"J{n}", n, f"{n:02d}"]) for n in range(rng.randint(1, 8))]
    judges = list(dict.fromkeys(judges))
    scores, assigned = {}, {}
    for entry in range(rng.randint(1, 30)):
        panel = rng.sample(judges, rng.randint(0, len(judges)))
        assigned[entry] = panel
        sheets = {}
        for judge in panel:
            roll = rng.random()
            if roll < 0.06:
                continue  # assigned, no sheet yet
            sheet = {}
            for criterion in criteria:
                if roll > 0.97 and criterion is criteria[-1]:
                    continue  # a half-filled sheet
                top = criterion.max_score
                choice = rng.choice(["top", "zero", "half", "step", "text", "int"])
                value = {
                    "top": top,
                    "zero": D("0.00"),
                    "half": (top / 2).quantize(D("0.01")),
                    "step": D(rng.randint(0, int(top * 4))) / 4,
                    "text": str(D(rng.randint(0, int(top * 100))) / 100),
                    "int": int(rng.randint(0, int(top))),
                }[choice]
                sheet[criterion.id] = value
            sheets[judge] = sheet
        if rng.random() < 0.1 and judges:
            sheets[rng.choice(judges)] = {c.id: c.max_score for c in criteria}  # unassigned
        scores[entry] = sheets
    return criteria, scores, (assigned if rng.random() < 0.8 else None)


def _fields(result):
    return [
        (
            entry.entry,
            {f.name: repr(getattr(entry, f.name)) for f in dataclasses.fields(entry)},
        )
        for entry in result.entries
    ]


@pytest.mark.parametrize("seed", range(400))
def test_aggregate_equals_the_reference_on_random_rounds(seed):
    rng = random.Random(seed)
    criteria, scores, assigned = _round(rng)
    for method in Method:
        options = {
            "method": method,
            "assigned": assigned,
            "normalise": rng.random() < 0.5,
            "min_entries": rng.randint(1, 5),
            "max_stdev": rng.choice([None, D("1.5"), D("0")]),
            "max_range": rng.choice([None, D("3"), D("0.25")]),
        }
        got = aggregate(scores=scores, criteria=criteria, **options)
        want = reference_aggregate(scores=scores, criteria=criteria, **options)
        got_fields = _fields(got)
        for (entry, fields), (_, expected) in zip(got_fields, _fields(want), strict=True):
            raw_mean = fields.pop("raw_mean")
            expected.pop("raw_mean")  # the reference never set it
            assert fields == expected, (method, entry)
            entry_score = got.by_entry()[entry]
            if entry_score.score is None:
                assert raw_mean == "None"
            else:
                assert raw_mean == repr(round2(mean(list(entry_score.judge_totals.values()))))
        assert (repr(got.pooled_mean), repr(got.pooled_stdev)) == (
            repr(want.pooled_mean),
            repr(want.pooled_stdev),
        )
        assert got.unnormalised_judges == want.unnormalised_judges
        assert got.judge_effects == want.judge_effects


@pytest.mark.parametrize("seed", range(200))
def test_aggregate_methods_equals_each_method_alone_on_random_rounds(seed):
    rng = random.Random(seed)
    criteria, scores, assigned = _round(rng)
    table = read_sheets(scores=scores, criteria=criteria, assigned=assigned)
    options = {
        "normalise": rng.random() < 0.5,
        "min_entries": rng.randint(1, 5),
        "max_stdev": rng.choice([None, D("1.5"), D("0")]),
        "max_range": rng.choice([None, D("3"), D("0.25")]),
    }
    methods = rng.sample(list(Method), rng.randint(1, len(Method)))
    together = aggregate_methods(table=table, criteria=criteria, methods=methods, **options)
    assert list(together) == methods
    for method in methods:
        alone = aggregate_table(table=table, criteria=criteria, method=method, **options)
        assert _fields(together[method]) == _fields(alone), method
        assert together[method].method is method
        assert (repr(together[method].pooled_mean), repr(together[method].pooled_stdev)) == (
            repr(alone.pooled_mean),
            repr(alone.pooled_stdev),
        )
        assert together[method].unnormalised_judges == alone.unnormalised_judges
        assert together[method].judge_effects == alone.judge_effects
