"""Writes on editions that organisers make from the staff home: a new edition copied from
an earlier one, and opening (or extending) the submission window."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from contest.models import Edition, Sector

# Everything an edition says about who may enter and what they send; the copy keeps it.
_RULES_FIELDS = (
    "plan_reference",
    "organiser",
    "document_issuer_parent",
    "document_issuer",
    "document_place",
    "receipt_signer",
    "entry_kinds",
    "entrant_types",
    "max_group_size",
    "entries_per_person",
    "attachment_kinds",
    "max_writeup_mb",
    "max_image_mb",
    "max_illustrations",
    "submission_grace_seconds",
)
_TIMELINE_FIELDS = (
    "submission_opens_at",
    "submission_closes_at",
    "screening_ends_on",
    "judging_starts_at",
    "results_on",
)


def shift_years(value, years: int):
    """The same day and time `years` later; 29 February becomes 28 February."""
    if value is None:
        return None
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)


@transaction.atomic
def edition_copy(*, source: Edition, name: str, year: int, code_prefix: str, actor=None) -> Edition:
    """A new edition with the source's rules, fields and timeline moved to `year`."""
    years = year - source.year
    edition = Edition(name=name, year=year, code_prefix=code_prefix)
    for attr in _RULES_FIELDS:
        setattr(edition, attr, getattr(source, attr))
    for attr in _TIMELINE_FIELDS:
        setattr(edition, attr, shift_years(getattr(source, attr), years))
    edition.full_clean()
    edition.save()
    for sector in source.sectors.order_by("sort_order", "pk"):
        copy = Sector(edition=edition, name=sector.name, sort_order=sector.sort_order)
        copy.full_clean()
        copy.save()
    log(instance=edition, action="wagtail.create", user=actor)
    return edition


@transaction.atomic
def edition_open_submissions(
    *,
    edition: Edition,
    closes_at: datetime.datetime,
    grace_seconds: int | None = None,
    actor=None,
    at=None,
) -> Edition:
    """Accept entries from now until `closes_at`; judging moves later if it would overlap.

    ``grace_seconds``, when given, replaces the edition's grace period after the deadline.
    """
    at = at or timezone.now()
    if closes_at <= at:
        raise ValidationError(
            {"closes_at": _("The closing time must be later than now.")}, code="closes_in_past"
        )
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    if edition.submission_opens_at > at:
        edition.submission_opens_at = at
    edition.submission_closes_at = closes_at
    if grace_seconds is not None:
        edition.submission_grace_seconds = grace_seconds
    if edition.judging_starts_at < closes_at:
        edition.judging_starts_at = closes_at
    edition.full_clean()
    edition.save(
        update_fields=[
            "submission_opens_at",
            "submission_closes_at",
            "submission_grace_seconds",
            "judging_starts_at",
        ]
    )
    log(instance=edition, action="wagtail.edit", user=actor)
    return edition
