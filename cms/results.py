from django.http import Http404
from django.shortcuts import redirect, render

from cms.models import ResultsPage
from cms.selectors import results_page_public


def edition_results(request, edition_id):
    """A stable address for an edition's results (used in emails, which judging writes
    without knowing the page tree): redirects to the live results page under its contest."""
    page = results_page_public(edition_id=edition_id)
    if page is None:
        raise Http404
    return redirect(page.url)


def latest_results(request):
    """The results link in every page's footer: the newest live results page, or a page
    saying none is out yet (never a 404 for a link the site itself shows)."""
    page = ResultsPage.objects.live().public().order_by("-first_published_at").first()
    if page is not None:
        return redirect(page.url)
    return render(request, "cms/no_results.html", status=200)
