"""What everyone sees: each edition's initiatives and each one's timeline (no evidence files,
no one's name: the agencies speak, not their officers)."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render

from initiatives import selectors


def public_index(request):
    return render(
        request, "initiatives/public_index.html", {"editions": list(selectors.public_editions())}
    )


def public_edition(request, edition_id):
    edition = get_object_or_404(selectors.editions_published(), pk=edition_id)
    initiatives = list(selectors.public_initiatives(edition_id=edition.pk))
    return render(
        request,
        "initiatives/public_edition.html",
        {"edition_shown": edition, "initiatives": initiatives},
    )


def public_detail(request, pk):
    initiative = selectors.public_initiative(pk=pk)
    if initiative is None:
        raise Http404
    return render(request, "initiatives/public_detail.html", {"initiative": initiative})
