"""Public pages for an edition, as an organiser would set them up in Wagtail."""

from cms.models import ContestPage, HomePage, ResultsPage


def contest_with_results(*, edition, slug: str, results: bool = True) -> ContestPage:
    """A live contest page for the edition under the home page, with a live results page."""
    home = HomePage.objects.get()
    contest = home.add_child(
        instance=ContestPage(
            title=edition.name,
            slug=slug,
            year=edition.year,
            organiser="Ủy ban nhân dân Thành phố",
            plan_reference=edition.plan_reference,
            summary="Thể lệ cuộc thi.",
            edition=edition,
        )
    )
    if results:
        contest.add_child(instance=ResultsPage(title="Kết quả", slug="ket-qua"))
    return contest
