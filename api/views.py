"""The read-only JSON API, /api/v1/: anonymous, GET only, paginated lists.

Views are thin: the selectors decide what is public (the pages' own reads), `rows` shapes
it, the serializers describe it for the schema.
"""

from django.http import JsonResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from api import rows, selectors
from api.serializers import (
    CertificateNotFoundSerializer,
    CertificateSerializer,
    EditionSerializer,
    ErrorSerializer,
    InitiativeDetailSerializer,
    InitiativeSerializer,
    WinnerSerializer,
)

# Ids are bounded so that no number a client sends overflows the database's integers.
MAX_ID = 999_999_999_999_999_999

NOT_FOUND = OpenApiResponse(ErrorSerializer, description="Not found, or not public.")
TOO_MANY = OpenApiResponse(ErrorSerializer, description="Too many requests; retry later.")
ERRORS = {404: NOT_FOUND, 429: TOO_MANY}


ID_SCHEMA = {"type": "integer", "minimum": 1, "maximum": MAX_ID}


def _path_id(name: str) -> OpenApiParameter:
    return OpenApiParameter(name, ID_SCHEMA, OpenApiParameter.PATH)


class ReadOnly:
    # GET (and HEAD) only: anything else is 405 with an Allow header, never a 403 for CSRF.
    http_method_names = ["get", "head"]

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # Unpublishing changes the answers without any edit: no cache may keep old ones.
        response["Cache-Control"] = "no-store"
        return response


@extend_schema(tags=["editions"], responses={200: EditionSerializer(many=True), **ERRORS})
class EditionList(ReadOnly, generics.ListAPIView):
    """Editions whose contest page is public, newest first."""

    serializer_class = EditionSerializer

    def get_queryset(self):
        return [rows.edition_row(e) for e in selectors.editions_public()]


@extend_schema(
    tags=["editions"],
    parameters=[
        OpenApiParameter(
            "key",
            OpenApiTypes.STR,
            OpenApiParameter.PATH,
            description="The edition's id, or its contest page's slug.",
        )
    ],
    responses={200: EditionSerializer, **ERRORS},
)
class EditionDetail(ReadOnly, generics.GenericAPIView):
    """One edition, by id or by its contest page's slug."""

    serializer_class = EditionSerializer

    def get(self, request, key):
        edition = selectors.edition_public(key=key)
        if edition is None:
            raise NotFound
        return Response(EditionSerializer(rows.edition_row(edition)).data)


@extend_schema(
    tags=["results"],
    parameters=[_path_id("edition_id")],
    responses={200: WinnerSerializer(many=True), **ERRORS},
    description=(
        "The winners of an edition's published result, as its public results page lists "
        "them. 404 while the result is not published or the page is not public. Scores and "
        "the ranking of entries that won nothing are never served."
    ),
)
class EditionResults(ReadOnly, generics.ListAPIView):
    """The published winners of an edition."""

    serializer_class = WinnerSerializer

    def get_queryset(self):
        results = selectors.edition_results(edition_id=self.kwargs["edition_id"])
        if results is None:
            raise NotFound
        return rows.winner_rows(results)


@extend_schema(
    tags=["initiatives"],
    parameters=[
        OpenApiParameter(
            "edition",
            ID_SCHEMA,
            OpenApiParameter.QUERY,
            description="Only this edition's initiatives.",
        )
    ],
    responses={200: InitiativeSerializer(many=True), 400: ErrorSerializer, **ERRORS},
)
class InitiativeList(ReadOnly, generics.ListAPIView):
    """Initiatives grown from published winners, with their status."""

    serializer_class = InitiativeSerializer

    def get_queryset(self):
        edition = self.request.query_params.get("edition")
        if edition is not None and not (
            edition.isascii() and edition.isdigit() and 1 <= int(edition) <= MAX_ID
        ):
            raise ValidationError({"detail": _("The edition must be a positive whole number.")})
        return selectors.initiatives_public(edition_id=int(edition) if edition else None)

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(
            InitiativeSerializer([rows.initiative_row(i) for i in page], many=True).data
        )


@extend_schema(
    tags=["initiatives"],
    parameters=[_path_id("initiative_id")],
    responses={200: InitiativeDetailSerializer, **ERRORS},
)
class InitiativeDetail(ReadOnly, generics.GenericAPIView):
    """One initiative and its timeline, as its public page shows them."""

    serializer_class = InitiativeDetailSerializer

    def get(self, request, initiative_id):
        initiative = selectors.initiative_public(pk=initiative_id)
        if initiative is None:
            raise NotFound
        return Response(InitiativeDetailSerializer(rows.initiative_detail_row(initiative)).data)


@extend_schema(
    tags=["certificates"],
    parameters=[
        OpenApiParameter(
            "serial",
            OpenApiTypes.STR,
            OpenApiParameter.PATH,
            description="As printed under the QR code; case, spaces and dashes do not matter.",
        )
    ],
    responses={
        200: CertificateSerializer,
        404: OpenApiResponse(CertificateNotFoundSerializer, description="No such serial."),
        429: TOO_MANY,
    },
    description="The same facts as the public certificate check page (/xac-minh/<serial>/).",
)
class CertificateDetail(ReadOnly, generics.GenericAPIView):
    """Verify a certificate by its serial."""

    serializer_class = CertificateSerializer
    throttle_scope = "certificates"

    def get(self, request, serial):
        check = selectors.certificate_public(serial=serial)
        if check is None:
            return Response(
                {"status": "not_found", "detail": str(_("No certificate has this serial."))},
                status=404,
            )
        response = Response(CertificateSerializer(rows.certificate_row(check)).data)
        response["X-Robots-Tag"] = "noindex"
        return response


@csrf_exempt
def not_found(request, *args, **kwargs):
    """Any other address under /api/v1/ answers in JSON too, whatever the method."""
    return JsonResponse({"detail": str(_("Not found."))}, status=404)
