"""Plain rows of the open data, shared by the JSON API and the CSV downloads, so the two
can never disagree on what is public."""

from django.urls import reverse

from api.selectors import PublicEdition
from cms.selectors import PublicResults
from initiatives.models import Initiative


def edition_row(item: PublicEdition) -> dict:
    edition = item.edition
    return {
        "id": edition.pk,
        "slug": item.slug,
        "name": edition.name,
        "year": edition.year,
        "organiser": item.organiser,
        "plan_reference": item.plan_reference,
        "submission_opens_at": edition.submission_opens_at,
        "submission_closes_at": edition.submission_closes_at,
        "screening_ends_on": edition.screening_ends_on,
        "judging_starts_at": edition.judging_starts_at,
        "results_on": edition.results_on,
        "page_url": item.page_url,
        "results_published": item.results_published,
        "results_url": (
            reverse("api:edition_results", kwargs={"edition_id": edition.pk})
            if item.results_published
            else None
        ),
    }


def winner_rows(results: PublicResults) -> list[dict]:
    return [
        {
            "position": position,
            "prize": group.prize,
            "entrant_type": group.entrant_type,
            "code": winner.code,
            "title": winner.title,
            "authors": list(winner.authors),
            "agency": winner.agency,
            "field": winner.sector,
            "rationale": rationale,
        }
        for position, (group, winner, rationale) in enumerate(results.winners, start=1)
    ]


def _adoptions(initiative: Initiative) -> list[dict]:
    return [
        {"agency": a.agency.name, "since": a.since.strftime("%Y-%m")}
        for a in initiative.adoptions.all()
    ]


def initiative_row(initiative: Initiative) -> dict:
    edition = initiative.edition
    return {
        "id": initiative.pk,
        "title": initiative.title,
        "edition": {"id": edition.pk, "name": edition.name, "year": edition.year},
        "field": initiative.field,
        "prize": initiative.prize,
        "lead_agency": initiative.owner_agency.name,
        "status": initiative.status,
        "pilot_place": initiative.pilot_place,
        "pilot_since": initiative.pilot_since if initiative.pilot_place else None,
        "adopted_by": _adoptions(initiative),
        "page_url": reverse("initiatives:public_detail", kwargs={"pk": initiative.pk}),
    }


def _figure(figure) -> dict:
    figure = figure if isinstance(figure, dict) else {}
    return {key: str(figure.get(key, "")) for key in ("label", "before", "after")}


def initiative_detail_row(initiative: Initiative) -> dict:
    """The timeline as the public page shows it: no evidence files, no reporter's name."""
    return {
        **initiative_row(initiative),
        "timeline": [
            {
                "date": event.happened_on,
                "status": event.status,
                "place": event.place,
                "effect": event.effect,
                "figures": [_figure(f) for f in event.figures or []],
                "adopted_by": [a.name for a in event.agencies.all()],
                "reason": event.reason,
                "note": event.note,
            }
            for event in initiative.events.all()
        ],
    }


def certificate_row(check) -> dict:
    """The public check's facts. "suspended" comes from the check itself once it knows it
    (a certificate whose result was unpublished); otherwise valid or revoked."""
    status = getattr(check, "standing", None) or ("valid" if check.valid else "revoked")
    return {
        "serial": check.serial,
        "status": str(status),
        "number": check.number or "",
        "recipient": check.recipient or "",
        "recipient_unit": check.recipient_unit or "",
        "prize": check.prize or "",
        "entry_title": check.entry_title or "",
        "field": check.field or "",
        "edition": check.edition or "",
        "signed_on": check.signed_on,
        "revoked_at": check.revoked_at,
        "replaced": bool(check.replaced),
    }
