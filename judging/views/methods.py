"""The organisers' comparison of aggregation methods on a round's own scores."""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from judging.aggregation import Method
from judging.comparison import compare_methods
from judging.enums import AggregationMethod
from judging.forms import MethodsTopForm
from judging.results import round_results_by_method
from judging.views.staff import _require, _round

# What each method does, in one sentence (docs/judging.md explains them in full).
METHOD_EXPLANATIONS = {
    Method.MEAN: _("The judges' totals added up and divided by the number of judges."),
    Method.TRIMMED_MEAN: _(
        "With five judges or more, the single highest and single lowest totals are dropped "
        "and the rest averaged; with fewer, the plain mean."
    ),
    Method.MEDIAN: _(
        "The middle one of the judges' totals, or the mean of the two middle ones when the "
        "number of judges is even."
    ),
    Method.ZSCORE: _(
        "Each total is restated as how far it lies above or below its judge's own average, "
        "put back on the round's common scale, then averaged."
    ),
    Method.ADJUSTED: _(
        "Each judge's leniency (and, from 10 entries, spread) is estimated from this round's "
        "scores and taken out of their totals before they are averaged."
    ),
}


def round_methods(request, round_id):
    _require(request, "judging.view_ranking")
    round_ = _round(round_id)
    base = Method(round_.method)
    results = round_results_by_method(round_=round_, methods=list(Method))
    ranked = len(results[base].ranking)
    form = MethodsTopForm(request.GET if "top" in request.GET else None, ranked=ranked)
    top = form.chosen()
    comparisons = compare_methods(results=results, base=base, top=top) if ranked else []
    return render(
        request,
        "judging/methods.html",
        {
            "round": round_,
            "form": form,
            "top": top,
            "ranked": ranked,
            "methods": [
                (AggregationMethod(method.value).label, METHOD_EXPLANATIONS[method])
                for method in Method
            ],
            "rows": [(AggregationMethod(c.method.value).label, c) for c in comparisons],
        },
    )
