"""Reads of initiatives for the staff pages, the owning agencies and the public.

The public side (this app's pages, cms, the API) sees an initiative only while its
edition's result is published: withdrawing a result hides what grew out of it.
"""

from django.db.models import Count, Prefetch, QuerySet

from contest.models import Agency, Edition
from initiatives.models import Adoption, Evidence, Initiative, InitiativeEvent
from judging.published import Winner, published_result


def editions_published() -> QuerySet[Edition]:
    return Edition.objects.filter(result_snapshots__published_at__isnull=False).order_by(
        "-year", "name"
    )


def winners_open_for_initiative(*, edition_id: int) -> list[Winner]:
    """Published winners of an edition that are not initiatives yet, best ranked first."""
    result = published_result(edition_id=edition_id)
    if result is None:
        return []
    taken = set(Initiative.objects.filter(edition_id=edition_id).values_list("entry_id", flat=True))
    return sorted((w for w in result.winners if w.entry_id not in taken), key=lambda w: w.rank)


def _with_adoptions(queryset: QuerySet[Initiative]) -> QuerySet[Initiative]:
    return queryset.select_related("owner_agency", "edition").prefetch_related(
        # Adopting agencies in the Vietnamese order of their names, like every agency list.
        Prefetch(
            "adoptions",
            queryset=Adoption.objects.select_related("agency").order_by("agency__sort_key", "pk"),
        )
    )


def initiatives_for_staff(*, edition_id: int | None = None) -> QuerySet[Initiative]:
    queryset = Initiative.objects.all()
    if edition_id:
        queryset = queryset.filter(edition_id=edition_id)
    return _with_adoptions(queryset).order_by("-edition__year", "title", "pk")


def initiatives_of_agency(*, agency_id: int | None) -> QuerySet[Initiative]:
    return _with_adoptions(Initiative.objects.filter(owner_agency_id=agency_id)).order_by(
        "next_report_due", "title", "pk"
    )


def public_initiatives(*, edition_id: int | None = None) -> QuerySet[Initiative]:
    """One published edition's initiatives, or (for the API) every published edition's."""
    queryset = Initiative.objects.filter(edition__result_snapshots__published_at__isnull=False)
    if edition_id is not None:
        queryset = queryset.filter(edition_id=edition_id)
    return _with_adoptions(queryset).order_by("title", "pk")


def public_editions() -> QuerySet[Edition]:
    """Published editions that have initiatives, with how many."""
    return (
        editions_published()
        .filter(initiatives__isnull=False)
        .annotate(initiative_count=Count("initiatives", distinct=True))
    )


def _timeline(queryset: QuerySet[Initiative]) -> QuerySet[Initiative]:
    return _with_adoptions(queryset).prefetch_related(
        Prefetch(
            "events",
            queryset=InitiativeEvent.objects.select_related("actor").prefetch_related(
                "agencies", Prefetch("evidence", queryset=Evidence.objects.order_by("pk"))
            ),
        )
    )


def public_initiative(*, pk: int) -> Initiative | None:
    return _timeline(
        Initiative.objects.filter(pk=pk, edition__result_snapshots__published_at__isnull=False)
    ).first()


def initiative_with_timeline(*, pk: int) -> Initiative | None:
    return _timeline(Initiative.objects.filter(pk=pk)).first()


def evidence_for_download(*, pk: int) -> Evidence | None:
    return Evidence.objects.select_related("event__initiative").filter(pk=pk).first()


def agencies_active() -> QuerySet[Agency]:
    return Agency.objects.filter(is_active=True).order_by("level", "name")
