"""The organisers' pages: winners turned into initiatives, each one's record, the report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from contest.models import Entry
from initiatives import selectors
from initiatives.forms import InitiativeCreateForm
from initiatives.services.initiatives import initiative_create
from initiatives.views._common import add_service_errors, require


def initiative_list(request):
    if denied := require(request, "initiatives.view_initiatives"):
        return denied
    editions = list(selectors.editions_published())
    edition = None
    if request.GET.get("edition", "").isdigit():
        edition = next((e for e in editions if e.pk == int(request.GET["edition"])), None)
    edition = edition or (editions[0] if editions else None)
    initiatives = list(selectors.initiatives_for_staff(edition_id=edition.pk)) if edition else []
    winners = selectors.winners_open_for_initiative(edition_id=edition.pk) if edition else []
    form = None
    if edition and request.user.has_perm("initiatives.manage_initiatives"):
        form = InitiativeCreateForm(request.POST or None, winners=winners)
        if request.method == "POST" and form.is_valid():
            entry = Entry.objects.filter(pk=form.cleaned_data["entry"], edition=edition).first()
            try:
                if entry is None:
                    raise ValidationError({"entry": _("Choose a winning entry of this edition.")})
                initiative = initiative_create(
                    entry=entry,
                    owner_agency=form.cleaned_data["owner_agency"],
                    actor=request.user,
                    note=form.cleaned_data["note"],
                )
            except ValidationError as error:
                add_service_errors(form, error)
            else:
                messages.success(request, _("The initiative was created."))
                return redirect("initiatives:staff_detail", pk=initiative.pk)
    elif request.method == "POST":
        require(request, "initiatives.manage_initiatives")
    return render(
        request,
        "initiatives/staff_list.html",
        {
            "editions": editions,
            "edition": edition,
            "initiatives": initiatives,
            "winners": winners,
            "form": form,
        },
    )


def initiative_detail(request, pk):
    if denied := require(request, "initiatives.view_initiatives"):
        return denied
    initiative = selectors.initiative_with_timeline(pk=pk)
    if initiative is None:
        raise Http404
    return render(
        request,
        "initiatives/staff_detail.html",
        {"initiative": initiative, "edition": initiative.edition, "staff": True},
    )
