"""The shapes the API serves. Field names are English and stable within a version: adding a
field is allowed in v1, renaming or removing one needs /api/v2/ (docs/api.md)."""

from rest_framework import serializers

from contest.enums import EntrantType
from initiatives.enums import InitiativeStatus

# The certificate check's answers; "suspended" is a certificate whose result was unpublished.
CERTIFICATE_STATUSES = ["valid", "suspended", "revoked"]


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class EditionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.CharField(help_text="The contest page's slug; also accepted as the id.")
    name = serializers.CharField()
    year = serializers.IntegerField()
    organiser = serializers.CharField(allow_blank=True)
    plan_reference = serializers.CharField(allow_blank=True)
    submission_opens_at = serializers.DateTimeField()
    submission_closes_at = serializers.DateTimeField()
    screening_ends_on = serializers.DateField(allow_null=True)
    judging_starts_at = serializers.DateTimeField()
    results_on = serializers.DateField(allow_null=True)
    page_url = serializers.CharField(allow_blank=True)
    results_published = serializers.BooleanField()
    results_url = serializers.CharField(allow_null=True, help_text="Null until published.")


class WinnerSerializer(serializers.Serializer):
    position = serializers.IntegerField(help_text="Order on the results page, from 1.")
    prize = serializers.CharField()
    entrant_type = serializers.ChoiceField(choices=EntrantType.choices)
    code = serializers.CharField()
    title = serializers.CharField()
    authors = serializers.ListField(child=serializers.CharField())
    agency = serializers.CharField(allow_blank=True)
    field = serializers.CharField(allow_blank=True)
    rationale = serializers.CharField(allow_blank=True, help_text="The jury's rationale.")


class EditionRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    year = serializers.IntegerField()


class AdoptionSerializer(serializers.Serializer):
    agency = serializers.CharField()
    since = serializers.CharField(help_text="Month, as the page shows it: YYYY-MM.")


class InitiativeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    edition = EditionRefSerializer()
    field = serializers.CharField(allow_blank=True)
    prize = serializers.CharField(allow_blank=True)
    lead_agency = serializers.CharField()
    status = serializers.ChoiceField(choices=InitiativeStatus.choices)
    pilot_place = serializers.CharField(allow_blank=True)
    pilot_since = serializers.DateField(allow_null=True)
    adopted_by = AdoptionSerializer(many=True)
    page_url = serializers.CharField()


class FigureSerializer(serializers.Serializer):
    label = serializers.CharField(allow_blank=True)
    before = serializers.CharField(allow_blank=True)
    after = serializers.CharField(allow_blank=True)


class EventSerializer(serializers.Serializer):
    date = serializers.DateField()
    status = serializers.ChoiceField(choices=InitiativeStatus.choices)
    place = serializers.CharField(allow_blank=True)
    effect = serializers.CharField(allow_blank=True)
    figures = FigureSerializer(many=True)
    adopted_by = serializers.ListField(child=serializers.CharField())
    reason = serializers.CharField(allow_blank=True, help_text="Why it was dropped.")
    note = serializers.CharField(allow_blank=True)


class InitiativeDetailSerializer(InitiativeSerializer):
    timeline = EventSerializer(many=True)


class CertificateSerializer(serializers.Serializer):
    serial = serializers.CharField()
    status = serializers.ChoiceField(choices=CERTIFICATE_STATUSES)
    number = serializers.CharField(allow_blank=True)
    recipient = serializers.CharField(allow_blank=True)
    recipient_unit = serializers.CharField(allow_blank=True)
    prize = serializers.CharField(allow_blank=True)
    entry_title = serializers.CharField(allow_blank=True)
    field = serializers.CharField(allow_blank=True)
    edition = serializers.CharField(allow_blank=True)
    signed_on = serializers.DateField(allow_null=True)
    revoked_at = serializers.DateTimeField(allow_null=True)
    replaced = serializers.BooleanField()


class CertificateNotFoundSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["not_found"])
    detail = serializers.CharField()
