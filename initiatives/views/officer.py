"""The owning agency's pages: its initiatives, the report form, evidence files."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from initiatives import selectors
from initiatives.forms import InitiativeReportForm
from initiatives.services.initiatives import initiative_report, private_storage
from initiatives.views._common import add_service_errors, require


def officer_home(request):
    if denied := require(request, "initiatives.view_own_initiatives"):
        return denied
    initiatives = list(selectors.initiatives_of_agency(agency_id=request.user.agency_id))
    return render(
        request,
        "initiatives/officer_home.html",
        {"initiatives": initiatives, "agency": request.user.agency},
    )


def initiative_report_view(request, pk):
    if not request.user.is_authenticated:
        return require(request, "initiatives.report_initiative")
    initiative = selectors.initiative_with_timeline(pk=pk)
    if initiative is None:
        raise Http404
    if denied := require(request, "initiatives.report_initiative", initiative):
        return denied
    form = InitiativeReportForm(request.POST or None, request.FILES or None, initiative=initiative)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            initiative_report(
                initiative=initiative,
                actor=request.user,
                status=data["status"],
                happened_on=data["happened_on"],
                note=data["note"],
                place=data["place"],
                effect=data["effect"],
                figures=form.figures(),
                agencies=list(data["agencies"]),
                reason=data["reason"],
                files=data["files"],
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your report was recorded."))
            return redirect("initiatives:report", pk=initiative.pk)
    return render(
        request,
        "initiatives/report_form.html",
        {"initiative": initiative, "form": form, "staff": True},
    )


def evidence_download(request, pk):
    if not request.user.is_authenticated:
        return require(request, "initiatives.view_evidence")
    evidence = selectors.evidence_for_download(pk=pk)
    if evidence is None or not request.user.has_perm(
        "initiatives.view_evidence", evidence.event.initiative
    ):
        raise Http404
    response = FileResponse(
        private_storage().open(evidence.stored_name, "rb"),
        as_attachment=True,
        filename=evidence.original_name,
        content_type=evidence.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
