"""The judges' distribution chart of the ranking page."""

import re
from decimal import Decimal as D
from types import SimpleNamespace

from judging.aggregation import JudgeEffect, JudgeEffects
from judging.aggregation.numbers import mean
from judging.charts import judge_distribution_svg


def _results(effects):
    totals = {
        1: {10: D("71.2500"), 11: D("88.0000"), 12: D("64.7500")},
        2: {10: D("60.0000"), 11: D("93.5000")},
    }
    return SimpleNamespace(
        totals_by_judge=totals,
        judge_effects=effects,
        round=SimpleNamespace(max_total=D("100")),
        judges={1: "Nguyễn Văn An", 2: "Trần Thị Bình"},
    )


def test_judge_distribution_corrected_mean_is_the_mean_of_corrected_totals():
    effects = JudgeEffects(
        centre=D("73.10"),
        judges={
            1: JudgeEffect(
                judge=1,
                entries=3,
                offset=D("-4.37"),
                factor=D("1.2345"),
                corrected=True,
                scaled=True,
            ),
            2: JudgeEffect(
                judge=2,
                entries=2,
                offset=D("0.00"),
                factor=D("1.0000"),
                corrected=False,
                scaled=False,
            ),
        },
        min_entries=2,
    )
    results = _results(effects)
    chart = judge_distribution_svg(results=results)
    shown = dict(re.findall(r"<title>([^<]+) sau hiệu chỉnh: ([0-9.]+)</title>", chart))
    expected = {
        name: f"{mean([effects.correct(j, t) for t in results.totals_by_judge[j].values()]):.1f}"
        for j, name in results.judges.items()
    }
    assert shown == expected
    assert shown == {"Nguyễn Văn An": "80.4", "Trần Thị Bình": "76.8"}
