"""What the public pages of cms show, for the pages themselves and for the open-data API.

The API (`api/`) reads editions and results only here, so it can never show more than the
pages: an edition is public while its contest page is live and unrestricted, and its
winners while its results page is too and its result is published.
"""

from dataclasses import dataclass

from django.db.models import QuerySet

from cms.models import ContestPage, ResultsPage
from judging.published import PrizeGroup, PublishedResult, Winner, published_result


@dataclass(frozen=True, kw_only=True)
class PublicResults:
    page: ResultsPage
    result: PublishedResult
    # As the page lists them: by entrant type, then prize tier, each winner with the jury's
    # rationale ("" when the page has none for it).
    groups: tuple[tuple[PrizeGroup, tuple[tuple[Winner, str], ...]], ...]

    @property
    def winners(self) -> list[tuple[PrizeGroup, Winner, str]]:
        return [(group, w, note) for group, rows in self.groups for w, note in rows]


def contest_pages_public() -> QuerySet[ContestPage]:
    """Live, unrestricted contest pages tied to an edition, newest edition first."""
    return (
        ContestPage.objects.live()
        .public()
        .filter(edition__isnull=False)
        .select_related("edition")
        .order_by("-edition__year", "edition__name", "pk")
    )


def results_page_public(*, edition_id: int) -> ResultsPage | None:
    """The live, unrestricted results page under the edition's live contest page."""
    contest = ContestPage.objects.live().filter(edition_id=edition_id).first()
    if contest is None:
        return None
    return ResultsPage.objects.live().public().child_of(contest).first()


def results_public(*, edition_id: int) -> PublicResults | None:
    """The winners the edition's results page shows now, or None when it shows none."""
    page = results_page_public(edition_id=edition_id)
    if page is None:
        return None
    result = published_result(edition_id=edition_id)
    if result is None:
        return None
    return PublicResults(page=page, result=result, groups=page.groups_with_rationales(result))
