"""The judge's pages: the queue, the anonymised entry with its score form, conflicts."""

from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contest import selectors as contest_selectors
from contest.models import Attachment
from contest.services.attachments import attachment_open
from judging import selectors
from judging.forms import ConflictForm, ScoreForm, points
from judging.models import Round, ScoreSheet
from judging.services.conflicts import conflict_declare
from judging.services.scoring import SheetConflict, score_save


def _assignment(request, assignment_id):
    assignment = selectors.assignment_for_judge(judge=request.user, assignment_id=assignment_id)
    if assignment is None or not request.user.has_perm("judging.score_assignment", assignment):
        raise Http404
    return assignment


@login_required
def judge_home(request):
    rounds = list(selectors.judge_rounds(judge=request.user))
    return render(request, "judging/judge_home.html", {"rounds": rounds})


@login_required
def judge_queue(request, round_id):
    round_ = get_object_or_404(Round.objects.select_related("edition"), pk=round_id)
    queue = selectors.judge_queue(round_=round_, judge=request.user)
    if not queue:
        raise Http404
    done = sum(1 for item in queue if item.status == "submitted")
    # What is left to do comes first; within each group the entries keep their order.
    queue = sorted(queue, key=lambda item: item.status == "submitted")
    return render(
        request,
        "judging/judge_queue.html",
        {
            "round": round_,
            "queue": queue,
            "done": done,
            "total": len(queue),
            "percent": round(100 * done / len(queue)),
            "results_on": round_.edition.results_on,
            "left": len(queue) - done,
        },
    )


@login_required
def score_entry(request, assignment_id):
    assignment = _assignment(request, assignment_id)
    sheet = getattr(assignment, "sheet", None)
    criteria = assignment.round.criteria.all()
    # With no sheet yet, the page expects the version a new sheet starts at, so two devices
    # that both loaded an empty form cannot both save: the second gets a conflict.
    version = sheet.version if sheet else ScoreSheet._meta.get_field("version").default
    initial = {"version": version, "comment": sheet.comment if sheet else ""}
    if sheet:
        initial |= {f"criterion_{s.criterion_id}": s.points for s in sheet.scores.all()}
    form = ScoreForm(
        request.POST or None, criteria=criteria, step=assignment.round.score_step, initial=initial
    )
    locked = sheet is not None and sheet.status == "submitted"
    if request.method == "POST" and not locked and form.is_valid():
        submit = "submit" in request.POST
        version = form.cleaned_data["version"] or None
        try:
            score_save(
                assignment=assignment,
                judge=request.user,
                scores=form.scores(),
                comment=form.cleaned_data["comment"],
                version=version,
                submit=submit,
            )
        except SheetConflict:
            form.add_error(None, _("These scores were changed elsewhere. Reload the page."))
        except ValidationError as error:
            _attach(form, error)
        else:
            messages.success(request, _("Scores submitted.") if submit else _("Draft saved."))
            if "next" in (request.POST.get("save"), request.POST.get("submit")):
                following = _next_unscored(request, assignment)
                if following is not None:
                    return redirect("judging:score", assignment_id=following)
                return redirect("judging:queue", round_id=assignment.round_id)
            if submit:
                return redirect("judging:queue", round_id=assignment.round_id)
            return redirect("judging:score", assignment_id=assignment.pk)
    return render(
        request,
        "judging/score_entry.html",
        {
            "assignment": assignment,
            "round": assignment.round,
            "anonymised": contest_selectors.entry_anonymised(entry=assignment.entry),
            "form": form,
            "sheet": sheet,
            "locked": locked,
            "conflict_form": ConflictForm(),
            **_score_context(assignment, form),
        },
    )


def _next_unscored(request, assignment):
    """The next entry in the queue whose sheet is not submitted, wrapping round to the start."""
    queue = selectors.judge_queue(round_=assignment.round, judge=request.user)
    ids = [i.assignment_id for i in queue]
    here = ids.index(assignment.pk) if assignment.pk in ids else -1
    for item in queue[here + 1 :] + queue[: max(here, 0)]:
        if item.status != "submitted" and item.assignment_id != assignment.pk:
            return item.assignment_id
    return None


def _score_context(assignment, form) -> dict:
    criteria = list(assignment.round.criteria.all())
    return {
        "max_total": points(sum((c.max_points * c.weight for c in criteria), Decimal(0))),
        "weighted": any(c.weight != 1 for c in criteria),
    }


def _attach(form, error):
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            for e in errors:
                form.add_error(field if field in form.fields else None, e)
    else:
        form.add_error(None, error)


@login_required
@require_POST
def declare_conflict(request, assignment_id):
    assignment = _assignment(request, assignment_id)
    form = ConflictForm(request.POST)
    if form.is_valid():
        try:
            conflict_declare(
                judge=request.user,
                entry=assignment.entry,
                reason=form.cleaned_data["reason"],
                actor=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("judging:score", assignment_id=assignment.pk)
        messages.success(request, _("Conflict recorded; the secretariat will reassign the entry."))
        # An empty queue is a 404, so a judge who gave up their last entry goes home.
        if selectors.judge_rounds(judge=request.user).filter(pk=assignment.round_id).exists():
            return redirect("judging:queue", round_id=assignment.round_id)
        return redirect("judging:home")
    messages.error(request, _("Say why there is a conflict of interest."))
    return redirect("judging:score", assignment_id=assignment.pk)


@login_required
def attachment_view(request, assignment_id, attachment_id):
    """The metadata-free copy of an assigned entry's file, shown in the browser."""
    from django.http import FileResponse

    assignment = _assignment(request, assignment_id)
    attachment = get_object_or_404(Attachment, pk=attachment_id, entry=assignment.entry)
    label = next(
        a.label
        for a in contest_selectors.entry_anonymised(entry=assignment.entry).attachments
        if a.pk == attachment.pk
    )
    response = FileResponse(
        attachment_open(attachment=attachment, anonymised=True),
        content_type=attachment.content_type,
        filename=label,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return response
