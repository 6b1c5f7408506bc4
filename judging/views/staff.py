"""Secretariat and organiser pages: progress, assignment, reopen, ranking, live, exports."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from judging import exports, selectors
from judging.charts import judge_distribution_svg
from judging.enums import AuditAction
from judging.forms import ReasonForm
from judging.models import AuditEvent, Round, ScoreSheet
from judging.results import round_results
from judging.services.assignment import round_auto_assign
from judging.services.audit import audit
from judging.services.scoring import score_reopen

RANKING_PAGE_SIZE = 200


def _require(request, perm):
    if not request.user.is_authenticated:
        raise Http404
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _round(round_id):
    return get_object_or_404(Round.objects.select_related("edition"), pk=round_id)


def round_progress(request, round_id):
    _require(request, "judging.view_progress")
    round_ = _round(round_id)
    progress = selectors.round_progress(round_=round_)
    assigned = sum(p.assigned for p in progress)
    submitted = sum(p.submitted for p in progress)
    return render(
        request,
        "judging/progress.html",
        {
            "round": round_,
            "progress": progress,
            "assigned": assigned,
            "submitted": submitted,
            "percent": round(100 * submitted / assigned) if assigned else 0,
            "entries": selectors.round_entries(round_).count(),
        },
    )


@require_POST
def round_assign(request, round_id):
    _require(request, "judging.manage_assignments")
    round_ = _round(round_id)
    try:
        report = round_auto_assign(round_=round_, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("judging:progress", round_id=round_.pk)
    messages.success(
        request,
        _("%(created)s assignments created, %(kept)s kept; load spread %(spread)s.")
        % {"created": report.created, "kept": report.kept, "spread": report.load_spread},
    )
    for uncovered in report.uncovered:
        messages.warning(
            request,
            _("Entry %(id)s has %(assigned)s of %(needed)s judges: %(reason)s.")
            % {
                "id": uncovered.entry,
                "assigned": uncovered.assigned,
                "needed": uncovered.needed,
                "reason": _shortfall_label(uncovered.reason),
            },
        )
    return redirect("judging:progress", round_id=round_.pk)


def _shortfall_label(reason) -> str:
    return {
        "too_few_judges": _("the jury has fewer judges than needed"),
        "conflicts": _("too many judges have a conflict of interest"),
        "capacity": _("the judges without conflicts have reached their caps"),
        "competition": _("other entries need the same judges"),
    }.get(str(reason), str(reason))


@require_POST
def sheet_reopen(request, sheet_id):
    _require(request, "judging.reopen_scores")
    sheet = get_object_or_404(ScoreSheet.objects.select_related("assignment"), pk=sheet_id)
    form = ReasonForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Give the reason for reopening these scores."))
        score_reopen(sheet=sheet, actor=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The scores are open again for the judge."))
    return redirect("judging:ranking", round_id=sheet.assignment.round_id)


def round_ranking(request, round_id):
    _require(request, "judging.view_ranking")
    round_ = _round(round_id)
    results = round_results(round_=round_)
    # The whole round is ranked (the order needs every entry) but only one page is drawn:
    # at 10,000 entries the full table was 2.7 MB of HTML.
    page = Paginator(results.rows, RANKING_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "judging/ranking.html",
        {
            "round": round_,
            "results": results,
            "page_obj": page,
            "rows": list(page.object_list),
            "chart": judge_distribution_svg(results=results),
        },
    )


@never_cache  # exports hold personal data and scores: no copy in any cache
def round_export(request, round_id, kind):
    _require(request, "judging.view_ranking")
    round_ = _round(round_id)
    builders = {
        "diem-theo-tieu-chi": exports.criterion_table,
        "ma-tran": exports.judge_matrix,
        "xep-hang": exports.ranking_table,
    }
    if kind not in builders:
        raise Http404
    content = builders[kind](results=round_results(round_=round_))
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="{kind}-vong-{round_.position}.xlsx"'
    return response


def round_live(request, round_id):
    """Who has submitted, never the scores, until the organiser reveals the ranking."""
    _require(request, "judging.view_progress")
    round_ = _round(round_id)
    return render(
        request,
        "judging/live.html",
        {
            "round": round_,
            "progress": selectors.round_progress(round_=round_),
            "results": round_results(round_=round_) if round_.revealed_at else None,
        },
    )


@require_POST
def round_reveal(request, round_id):
    _require(request, "judging.confirm_results")
    round_ = _round(round_id)
    if round_.revealed_at is None:
        Round.objects.filter(pk=round_.pk).update(revealed_at=timezone.now())
        audit(action=AuditAction.REVEALED, actor=request.user, round=round_)
    return redirect("judging:live", round_id=round_.pk)


def audit_log(request):
    _require(request, "judging.view_audit")
    events = AuditEvent.objects.select_related("actor", "judge", "entry", "round").order_by(
        "-at", "-pk"
    )[:500]
    return render(request, "judging/audit.html", {"events": events})
