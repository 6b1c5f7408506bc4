"""Nothing of an unpublished result is reachable through the API: not for a result frozen
and never published, not for one published and then withdrawn. The URLs asked are every
route of the api namespace (so a new endpoint is covered without editing this test), with
every seeded object's id in each parameter, every page of every list, and the CSVs."""

import json

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from cms.models import ResultsPage
from judging.published import CertificateCheck
from judging.services.certificates import certificates_issue
from judging.services.publication import result_unpublish
from tests.factories import CertificateSettingsFactory, EligibleEntryFactory, result_snapshot

pytestmark = pytest.mark.django_db

# Keys that would carry a score or a place in the ranking; the public page shows neither.
SCORE_KEYS = {"score", "scores", "total", "rank", "ranking", "points", "mean"}


def api_routes() -> list[tuple[str, tuple[str, ...]]]:
    """(name, parameters) of every named route under /api/v1/, read from the URL conf."""
    routes = []

    def walk(patterns, namespace):
        for p in patterns:
            if isinstance(p, URLResolver):
                walk(p.url_patterns, p.namespace or namespace)
            elif isinstance(p, URLPattern) and p.name and namespace in ("api", "opendata"):
                routes.append((f"{namespace}:{p.name}", tuple(p.pattern.converters)))

    walk(get_resolver().url_patterns, None)
    return sorted(routes)


def _values(open_data, serials):
    editions = [open_data.published, open_data.frozen, open_data.withdrawn]
    return {
        "edition_id": [e.pk for e in editions],
        "key": [e.pk for e in editions] + ["cong-khai", "da-khoa", "rut-lai"],
        "initiative_id": [open_data.initiative.pk, open_data.withdrawn_initiative.pk],
        "serial": serials or ["KHONG-CO"],
    }


def _urls(open_data, serials=()):
    values = _values(open_data, list(serials))
    urls = []
    for name, params in api_routes():
        if not params:
            urls.append(reverse(name))
            continue
        assert len(params) == 1, f"{name}: add a loop for several parameters"
        (param,) = params
        urls += [reverse(name, kwargs={param: v}) for v in values[param]]
    editions = [open_data.published, open_data.frozen, open_data.withdrawn]
    urls += [f"{reverse('api:initiative_list')}?edition={e.pk}" for e in editions]
    return urls


def _walk_keys(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _walk_keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk_keys(item)


def _bodies(client, urls):
    """Every answer, following each list's `next` to its last page."""
    bodies, queue = {}, list(urls)
    while queue:
        url = queue.pop()
        response = client.get(url)
        text = response.content.decode("utf-8-sig")
        bodies[url] = (response.status_code, text)
        if response["Content-Type"].startswith("application/json") and response.status_code == 200:
            data = json.loads(text)
            if isinstance(data, dict) and data.get("next"):
                queue.append(data["next"])
    return bodies


def _leaks(bodies, secrets):
    return sorted(
        (url, secret) for url, (_, text) in bodies.items() for secret in secrets if secret in text
    )


def test_api_routes_are_all_asked(open_data):
    names = {name for name, _ in api_routes()}
    assert names == {
        "api:schema",
        "api:edition_list",
        "api:edition_detail",
        "api:edition_results",
        "api:initiative_list",
        "api:initiative_detail",
        "api:certificate",
        "opendata:results_csv",
        "opendata:initiatives_csv",
    }


def test_unpublished_results_are_in_no_answer(client, open_data):
    bodies = _bodies(client, _urls(open_data))
    assert _leaks(bodies, open_data.secrets) == []
    # The published result is there, so the sweep did read real answers.
    assert (
        open_data.winner.title
        in bodies[reverse("api:edition_results", kwargs={"edition_id": open_data.published.pk})][1]
    )


def test_unpublished_results_answer_404(client, open_data):
    hidden = [open_data.frozen.pk, open_data.withdrawn.pk]
    urls = [
        *(reverse("api:edition_results", kwargs={"edition_id": pk}) for pk in hidden),
        *(reverse("opendata:results_csv", kwargs={"edition_id": pk}) for pk in hidden),
        *(reverse("opendata:initiatives_csv", kwargs={"edition_id": pk}) for pk in hidden),
        reverse(
            "api:initiative_detail", kwargs={"initiative_id": open_data.withdrawn_initiative.pk}
        ),
    ]
    assert {url: client.get(url).status_code for url in urls} == {url: 404 for url in urls}


def test_unpublished_no_answer_carries_a_score_or_rank(client, open_data):
    keys = set()
    for _status, text in _bodies(client, _urls(open_data)).values():
        if text.startswith("{"):
            keys |= set(_walk_keys(json.loads(text)))
    assert keys & SCORE_KEYS == set()


def test_unpublished_editions_list_only_says_not_published(client, open_data):
    rows = client.get(reverse("api:edition_list")).json()["results"]
    assert {r["slug"]: (r["results_published"], r["results_url"]) for r in rows} == {
        "cong-khai": (
            True,
            reverse("api:edition_results", kwargs={"edition_id": open_data.published.pk}),
        ),
        "da-khoa": (False, None),
        "rut-lai": (False, None),
    }


def test_unpublished_results_page_not_public_hides_api_results(client, open_data):
    """Published, but its results page is withdrawn: the API shows no more than the site."""
    ResultsPage.objects.get(url_path__contains="/cong-khai/").unpublish()
    url = reverse("api:edition_results", kwargs={"edition_id": open_data.published.pk})
    response = client.get(url)
    assert response.status_code == 404
    assert open_data.winner.title not in response.content.decode()


@pytest.mark.skipif(
    "standing" not in CertificateCheck.__dataclass_fields__,
    reason="needs the certificate check's suspended standing (branch h/certs)",
)
def test_unpublished_certificates_say_suspended_and_nothing_else(
    client, open_data, renderer, committed
):
    edition = open_data.withdrawn
    CertificateSettingsFactory(edition=edition)
    entry = EligibleEntryFactory(
        edition=edition, title="Giải pháp Rút có chứng nhận", owner__full_name="Người Rút Ba"
    )
    snapshot = result_snapshot(edition=edition, winners=[(entry, "Giải Ba")])
    committed(certificates_issue, snapshot=snapshot, actor=open_data.organiser)
    serials = list(edition.certificates.values_list("serial", flat=True))
    result_unpublish(snapshot=snapshot, actor=open_data.organiser, reason="Rà soát.")
    bodies = _bodies(client, _urls(open_data, serials))
    assert _leaks(bodies, [*open_data.secrets, entry.title, entry.owner.full_name]) == []
    statuses = {
        client.get(reverse("api:certificate", kwargs={"serial": s})).json()["status"]
        for s in serials
    }
    assert statuses == {"suspended"}
