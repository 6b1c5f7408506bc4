"""The similar-entries panel as a page of its own, and the secretariat's mark on a pair."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contest.models import Entry
from initiatives.forms import PairMarkForm
from initiatives.models import SimilarPair
from initiatives.services.similarity import pair_mark
from initiatives.similarity_selectors import similar_entries
from initiatives.views._common import require


def similar_page(request, public_id):
    if denied := require(request, "initiatives.view_similar"):
        return denied
    entry = Entry.objects.select_related("edition").filter(public_id=public_id).first()
    if entry is None:
        raise Http404
    return render(
        request,
        "initiatives/similar_page.html",
        {"entry": entry, "similar": similar_entries(entry=entry), "edition": entry.edition},
    )


@require_POST
def pair_mark_view(request, pk):
    if denied := require(request, "initiatives.mark_similar"):
        return denied
    pair = SimilarPair.objects.filter(pk=pk).first()
    if pair is None:
        raise Http404
    form = PairMarkForm(request.POST)
    if form.is_valid():
        pair_mark(pair=pair, verdict=form.cleaned_data["verdict"], actor=request.user)
        messages.success(request, _("The pair was marked."))
    else:
        messages.error(request, _("Choose “same idea” or “different ideas”."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = "/"
    return redirect(target)
