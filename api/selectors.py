"""The open data: what the public pages show, read through the apps' public functions.

Editions and results come from `cms.selectors` (the pages' own reads), initiatives from
`initiatives.selectors`, certificates from `judging.published`. Nothing here queries a model
of another app directly, so a rule that hides something from a page hides it here too.
"""

from dataclasses import dataclass

from django.db.models import QuerySet

from cms.selectors import PublicResults, contest_pages_public, results_public
from contest.models import Edition
from initiatives.models import Initiative
from initiatives.selectors import public_initiative, public_initiatives
from judging.published import CertificateCheck, certificate_lookup


@dataclass(frozen=True, kw_only=True)
class PublicEdition:
    edition: Edition
    slug: str  # the contest page's slug, stable in its address
    organiser: str
    plan_reference: str
    page_url: str
    results_published: bool


def _public_edition(page) -> PublicEdition:
    edition = page.edition
    return PublicEdition(
        edition=edition,
        slug=page.slug,
        organiser=page.organiser or edition.organiser,
        plan_reference=page.plan_reference or edition.plan_reference,
        page_url=page.url or "",
        results_published=results_public(edition_id=edition.pk) is not None,
    )


def editions_public() -> list[PublicEdition]:
    """Every edition whose contest page is public, newest first, one per edition."""
    seen, editions = set(), []
    for page in contest_pages_public():
        if page.edition_id in seen:
            continue
        seen.add(page.edition_id)
        editions.append(_public_edition(page))
    return editions


def edition_public(*, key: str) -> PublicEdition | None:
    """An edition by id or by its contest page's slug, if its contest page is public."""
    pages = contest_pages_public()
    page = None
    if key.isascii() and key.isdigit() and len(key) <= 18:
        page = pages.filter(edition_id=int(key)).first()
    if page is None:
        page = pages.filter(slug=key).first()
    return _public_edition(page) if page is not None else None


def edition_results(*, edition_id: int) -> PublicResults | None:
    """The winners the edition's results page shows now, or None."""
    if not contest_pages_public().filter(edition_id=edition_id).exists():
        return None
    return results_public(edition_id=edition_id)


def initiatives_public(*, edition_id: int | None = None) -> QuerySet[Initiative]:
    return public_initiatives(edition_id=edition_id).order_by(
        "-edition__year", "edition_id", "title", "pk"
    )


def initiative_public(*, pk: int) -> Initiative | None:
    return public_initiative(pk=pk)


def certificate_public(*, serial: str) -> CertificateCheck | None:
    return certificate_lookup(serial=serial)
