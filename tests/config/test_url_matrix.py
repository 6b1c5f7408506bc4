"""The matrix (issue 14): every named URL of ours, for every role and round state, GET and POST, has
an expected status, so that a new view without a check fails here.

Each row reads "GET/POST" for anonymous, entrant, judge, secretariat, organiser and the
owning agency's officer. A row that differs by state is a dict keyed by state. A URL name
with no row fails `test_url_matrix_every_url_has_an_expectation`: add its row when adding
the view. The URLs of /admin/ and allauth's are covered by tests/config/test_admin_access.py.
"""

import pytest
from django.db import transaction

from tests.config.url_scenario import ROLES, STATES, Scenario, our_routes

pytestmark = pytest.mark.django_db

# fmt: off
EXPECTED = {
    # The open-data API and its CSVs: anonymous, GET only. The scenario has no contest page,
    # so no edition is public and no results are listed, whatever the state.
    "api:certificate": {
        "open": "404/405 404/405 404/405 404/405 404/405 404/405",
        "frozen": "404/405 404/405 404/405 404/405 404/405 404/405",
        "published": "200/405 200/405 200/405 200/405 200/405 200/405",
    },
    "api:edition_detail": "404/405 404/405 404/405 404/405 404/405 404/405",
    "api:edition_list": "200/405 200/405 200/405 200/405 200/405 200/405",
    "api:edition_results": "404/405 404/405 404/405 404/405 404/405 404/405",
    "api:initiative_detail": {
        "open": "404/405 404/405 404/405 404/405 404/405 404/405",
        "frozen": "404/405 404/405 404/405 404/405 404/405 404/405",
        "published": "200/405 200/405 200/405 200/405 200/405 200/405",
    },
    "api:initiative_list": "200/405 200/405 200/405 200/405 200/405 200/405",
    "api:schema": "200/405 200/405 200/405 200/405 200/405 200/405",
    "cms:certificate_check": {
        "open": "404/404 404/404 404/404 404/404 404/404 404/404",
        "frozen": "404/404 404/404 404/404 404/404 404/404 404/404",
        "published": "200/200 200/200 200/200 200/200 200/200 200/200",
    },
    "cms:certificate_check_form": "200/200 200/200 200/200 200/200 200/200 200/200",
    "cms:edition_copy": "302/302 403/403 403/403 403/403 200/200 403/403",
    "cms:edition_open": "302/302 403/403 403/403 403/403 200/200 403/403",
    "cms:edition_results": "404/404 404/404 404/404 404/404 404/404 404/404",
    "cms:latest_results": "200/200 200/200 200/200 200/200 200/200 200/200",
    "cms:staff_edition": "302/302 403/403 403/403 200/200 200/200 403/403",
    "cms:staff_guide": "302/302 403/403 403/403 200/200 200/200 403/403",
    "cms:staff_guide_image": "302/302 403/403 403/403 404/404 404/404 403/403",
    "cms:staff_home": "302/302 403/403 403/403 200/200 200/200 403/403",
    "contest:attachment_delete": "302/302 405/404 405/404 405/404 405/404 405/404",
    "contest:attachment_download": "302/302 200/200 404/404 200/200 200/200 404/404",
    "contest:attachment_download_anonymised": "302/302 404/404 404/404 200/200 200/200 404/404",
    "contest:attachment_upload": "302/302 405/302 405/404 405/404 405/404 405/404",
    "contest:coauthor_invitation": "302/302 200/422 403/403 403/403 403/403 403/403",
    "contest:entry_autosave": "302/302 405/400 405/404 405/404 405/404 405/404",
    "contest:entry_create": "302/302 405/302 405/302 405/302 405/302 405/302",
    "contest:entry_detail": "302/302 200/200 404/404 404/404 404/404 404/404",
    "contest:entry_edit": "302/302 200/422 404/404 404/404 404/404 404/404",
    "contest:entry_leave": "302/302 405/302 405/404 405/404 405/404 405/404",
    "contest:entry_list": "302/302 200/200 200/200 200/200 200/200 200/200",
    "contest:entry_receipt": "302/302 404/404 404/404 404/404 404/404 404/404",
    "contest:entry_receipt_pdf": "302/302 404/404 404/404 404/404 404/404 404/404",
    "contest:entry_submit": "302/302 405/422 405/404 405/404 405/404 405/404",
    "contest:entry_withdraw": "302/302 405/302 405/404 405/404 405/404 405/404",
    "contest:profile": "302/302 200/200 200/200 200/200 200/200 200/200",
    "contest:screening_anonymised": "404/404 403/403 403/403 200/200 200/200 403/403",
    "contest:screening_bulk": "405/404 405/403 405/403 405/302 405/302 405/403",
    "contest:screening_detail": "404/404 403/403 403/403 200/200 200/200 403/403",
    "contest:screening_export": "404/404 403/403 403/403 200/200 200/200 403/403",
    "contest:screening_list": "404/404 403/403 403/403 200/200 200/200 403/403",
    "contest:screening_redact": "404/404 403/403 403/403 200/200 200/200 403/403",
    "initiatives:evidence": {
        "open": "302/302 404/404 404/404 404/404 404/404 404/404",
        "frozen": "302/302 404/404 404/404 404/404 404/404 404/404",
        "published": "302/302 404/404 404/404 200/200 200/200 200/200",
    },
    "initiatives:officer_home": "302/302 403/403 403/403 403/403 403/403 200/200",
    "initiatives:pair_mark": "405/302 405/403 405/403 405/302 405/302 405/403",
    "initiatives:public_detail": {
        "open": "404/404 404/404 404/404 404/404 404/404 404/404",
        "frozen": "404/404 404/404 404/404 404/404 404/404 404/404",
        "published": "200/200 200/200 200/200 200/200 200/200 200/200",
    },
    "initiatives:public_edition": {
        "open": "404/404 404/404 404/404 404/404 404/404 404/404",
        "frozen": "404/404 404/404 404/404 404/404 404/404 404/404",
        "published": "200/200 200/200 200/200 200/200 200/200 200/200",
    },
    "initiatives:public_index": "200/200 200/200 200/200 200/200 200/200 200/200",
    "initiatives:report": {
        "open": "302/302 404/404 404/404 404/404 404/404 404/404",
        "frozen": "302/302 404/404 404/404 404/404 404/404 404/404",
        "published": "302/302 403/403 403/403 403/403 200/200 200/200",
    },
    "initiatives:report_download": "302/302 403/403 403/403 200/200 200/200 403/403",
    "initiatives:similar": "302/302 403/403 403/403 200/200 200/200 403/403",
    "initiatives:staff_detail": {
        "open": "302/302 403/403 403/403 404/404 404/404 403/403",
        "frozen": "302/302 403/403 403/403 404/404 404/404 403/403",
        "published": "302/302 403/403 403/403 200/200 200/200 403/403",
    },
    "initiatives:staff_list": "302/302 403/403 403/403 200/403 200/200 403/403",
    "judging:advancement": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:advancement_confirm": "404/404 403/403 403/403 403/403 200/200 403/403",
    "judging:assign": "405/404 405/403 405/403 405/302 405/302 405/403",
    "judging:attachment": "302/302 404/404 200/200 404/404 404/404 404/404",
    "judging:audit": "404/404 403/403 403/403 403/403 200/200 403/403",
    "judging:certificate_detail": {
        "open": "404/404 403/403 403/403 404/404 404/404 403/403",
        "frozen": "404/404 403/403 403/403 404/404 404/404 403/403",
        "published": "404/404 403/403 403/403 200/200 200/200 403/403",
    },
    "judging:certificate_download": {
        "open": "302/302 404/404 404/404 404/404 404/404 404/404",
        "frozen": "302/302 404/404 404/404 404/404 404/404 404/404",
        "published": "302/302 200/200 404/404 200/200 200/200 404/404",
    },
    "judging:certificate_reissue": {
        "open": "405/404 405/403 405/403 405/403 405/404 405/403",
        "frozen": "405/404 405/403 405/403 405/403 405/404 405/403",
        "published": "405/404 405/403 405/403 405/403 405/302 405/403",
    },
    "judging:certificate_revoke": {
        "open": "405/404 405/403 405/403 405/403 405/404 405/403",
        "frozen": "405/404 405/403 405/403 405/403 405/404 405/403",
        "published": "405/404 405/403 405/403 405/403 405/302 405/403",
    },
    "judging:certificates": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:certificates_batch_progress": {
        "open": "404/404 403/403 403/403 404/404 404/404 403/403",
        "frozen": "404/404 403/403 403/403 404/404 404/404 403/403",
        "published": "404/404 403/403 403/403 200/200 200/200 403/403",
    },
    "judging:certificates_batch_retry": {
        "open": "405/404 405/403 405/403 405/403 405/404 405/403",
        "frozen": "405/404 405/403 405/403 405/403 405/404 405/403",
        "published": "405/404 405/403 405/403 405/403 405/302 405/403",
    },
    "judging:certificates_edition": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:certificates_issue": {
        "open": "404/404 403/403 403/403 403/403 302/302 403/403",
        "frozen": "404/404 403/403 403/403 403/403 302/302 403/403",
        "published": "404/404 403/403 403/403 403/403 200/200 403/403",
    },
    "judging:certificates_zip": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:declare_conflict": "302/302 405/404 405/302 405/404 405/404 405/404",
    "judging:export": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:freeze": "404/404 403/403 403/403 403/403 200/200 403/403",
    "judging:home": "302/302 200/200 200/200 200/200 200/200 200/200",
    "judging:live": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:methods": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:my_certificates": "302/302 200/200 200/200 200/200 200/200 200/200",
    "judging:progress": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:publish": {
        "open": "404/404 403/403 403/403 403/403 404/404 403/403",
        "frozen": "404/404 403/403 403/403 403/403 200/200 403/403",
        "published": "404/404 403/403 403/403 403/403 200/200 403/403",
    },
    "judging:queue": "302/302 404/404 200/200 404/404 404/404 404/404",
    "judging:ranking": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:reopen": "405/404 405/403 405/403 405/302 405/302 405/403",
    "judging:report_corrections_pdf": "302/302 403/403 403/403 200/200 200/200 403/403",
    "judging:report_judge_score_sheet": "302/302 403/403 403/403 200/200 200/200 403/403",
    "judging:report_results_list_pdf": {
        "open": "302/302 403/403 403/403 302/302 302/302 403/403",
        "frozen": "302/302 403/403 403/403 200/200 200/200 403/403",
        "published": "302/302 403/403 403/403 200/200 200/200 403/403",
    },
    "judging:report_results_list_xlsx": {
        "open": "302/302 403/403 403/403 302/302 302/302 403/403",
        "frozen": "302/302 403/403 403/403 200/200 200/200 403/403",
        "published": "302/302 403/403 403/403 200/200 200/200 403/403",
    },
    "judging:report_score_sheets_pdf": "302/302 403/403 403/403 200/200 200/200 403/403",
    "judging:report_score_sheets_xlsx": "302/302 403/403 403/403 200/200 200/200 403/403",
    "judging:report_score_summary_pdf": "302/302 403/403 403/403 200/200 200/200 403/403",
    "judging:report_score_summary_xlsx": "302/302 403/403 403/403 200/200 200/200 403/403",
    "judging:reveal": "405/404 405/403 405/403 405/403 405/302 405/403",
    "judging:score": "302/302 404/404 200/200 404/404 404/404 404/404",
    "judging:supersede": "404/404 403/403 403/403 403/403 200/200 403/403",
    "judging:task_retry": "404/404 403/403 403/403 403/403 404/404 403/403",
    "judging:tasks": "404/404 403/403 403/403 200/200 200/200 403/403",
    "judging:unpublish": {
        "open": "404/404 403/403 403/403 403/403 404/404 403/403",
        "frozen": "404/404 403/403 403/403 403/403 200/200 403/403",
        "published": "404/404 403/403 403/403 403/403 200/200 403/403",
    },
    "opendata:initiatives_csv": {
        "open": "404/405 404/405 404/405 404/405 404/405 404/405",
        "frozen": "404/405 404/405 404/405 404/405 404/405 404/405",
        "published": "200/405 200/405 200/405 200/405 200/405 200/405",
    },
    "opendata:results_csv": "404/405 404/405 404/405 404/405 404/405 404/405",
}
# fmt: on


def _expected(name, state, role):
    row = EXPECTED[name]
    row = row[state] if isinstance(row, dict) else row
    get, post = row.split()[ROLES.index(role)].split("/")
    return int(get), int(post)


def test_url_matrix_every_url_has_an_expectation():
    names = {r.name for r in our_routes()}
    assert sorted(names - set(EXPECTED)) == []


def test_url_matrix_has_no_row_for_a_url_that_is_gone():
    names = {r.name for r in our_routes()}
    assert sorted(set(EXPECTED) - names) == []


def _status(client, method, url):
    with transaction.atomic():
        status = getattr(client, method)(url).status_code
        # Each request's writes are undone, so every URL sees the same contest.
        transaction.set_rollback(True)
    return status


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("state", STATES)
def test_url_matrix_status_per_role_and_state(client, renderer, committed, state, role):
    scenario = Scenario(state, renderer_call=committed)
    scenario.login(client, role)
    wrong = []
    for route in our_routes():
        url = scenario.url(route)
        actual = (_status(client, "get", url), _status(client, "post", url))
        if actual != _expected(route.name, state, role):
            wrong.append((route.name, actual, _expected(route.name, state, role)))
    assert wrong == []


EXPORTS = [
    "contest:screening_export",
    "judging:export",
    "judging:certificates_zip",
    "judging:certificate_download",
    "judging:report_corrections_pdf",
    "judging:report_judge_score_sheet",
    "judging:report_results_list_pdf",
    "judging:report_results_list_xlsx",
    "judging:report_score_sheets_pdf",
    "judging:report_score_sheets_xlsx",
    "judging:report_score_summary_pdf",
    "judging:report_score_summary_xlsx",
]


def test_url_matrix_every_export_is_never_cached(client, renderer, committed):
    scenario = Scenario("published", renderer_call=committed)
    scenario.login(client, "organiser")
    routes = {r.name: r for r in our_routes()}
    seen = {}
    for name in EXPORTS:
        response = client.get(scenario.url(routes[name]))
        seen[name] = (response.status_code, "no-store" in response.get("Cache-Control", ""))
    assert seen == {name: (200, True) for name in EXPORTS}
