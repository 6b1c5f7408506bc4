"""axe-core on every public page and every role's main pages, on a phone and a laptop.

The demo contest (`seed_demo`), its frozen result first (the organiser's publish preview),
then published, with certificates issued and a winner taken up as an initiative. A page
with a critical or serious violation fails the test, named with its viewport, rule, impact
and elements. With AXE_TABLE=path.md the counts per page, viewport and impact are written
there as a Markdown table.
"""

import datetime
import io
import os
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cms.models import ContestPage, FAQPage, HomePage, NewsIndexPage, NewsPage, ResultsPage
from contest.enums import EntryStatus
from contest.models import Agency, Edition, Entry, User
from initiatives.services.initiatives import initiative_create
from judging.models import Assignment, Certificate, ResultSnapshot, Round, ScoreSheet
from judging.published import snapshot_winners
from judging.services.certificates import certificates_issue
from judging.services.publication import result_publish
from tests.browser.axe import IMPACTS, axe_violations, blocking, describe, impact_counts
from tests.browser.signin import sign_in
from tests.factories import EntryFactory
from tests.factories.judging import CertificateSettingsFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
VIEWPORTS = {
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "laptop": {"viewport": {"width": 1366, "height": 768}},
}
ACCOUNTS = {
    "anonymous": None,
    "entrant": None,  # the winning author, read from the result
    "judge": "giamkhao1@demo.example",
    "secretariat": "thuky@demo.example",
    "organiser": "btc@demo.example",
    "lead agency": "chutri@demo.example",
}


def _password():
    return os.environ.get("DEMO_PASSWORD") or django_settings.DEMO_PASSWORD_DEFAULT


@pytest.fixture
def demo(transactional_db, renderer):
    call_command("seed_demo", "--seed", "7", stdout=io.StringIO())
    edition = Edition.objects.get(year=2024)
    return edition, ResultSnapshot.objects.get(edition=edition)


def _winning_entry(snapshot):
    """The first winner with a single author: its owner is the entrant of the sweep."""
    winner = next(w for w in snapshot_winners(snapshot=snapshot).winners if len(w.authors) == 1)
    return Entry.objects.get(pk=winner.entry_id)


def _publish(*, edition, snapshot, entry):
    """Publish the frozen result, issue its certificates (fake renderer), start an initiative."""
    organiser = User.objects.get(email=ACCOUNTS["organiser"])
    result_publish(snapshot=snapshot, actor=organiser)
    CertificateSettingsFactory(edition=edition)
    certificates_issue(snapshot=snapshot, actor=organiser)
    Round.objects.filter(pk=snapshot.round_id).update(revealed_at=timezone.now())
    return initiative_create(
        entry=entry,
        owner_agency=Agency.objects.get(name__iexact="Sở Nội vụ"),
        actor=organiser,
        today=datetime.date(2025, 1, 10),
    )


def _frozen_pages(*, edition, snapshot):
    """The organiser's pages that exist only before publication."""
    final = snapshot.round
    return [
        ("organiser", "freeze and publish", reverse("judging:freeze", args=[final.pk])),
        ("organiser", "publish preview", reverse("judging:publish", args=[snapshot.pk])),
        ("organiser", "live view", reverse("judging:live", args=[final.pk])),
        ("organiser", "reopen for correction", reverse("judging:supersede", args=[final.pk])),
        ("anonymous", "results page before publication", _page_url(ResultsPage)),
    ]


def _page_url(model):
    return model.objects.live().first().url


def _published_pages(*, edition, snapshot, entry, initiative):
    rounds = list(Round.objects.filter(edition=edition).order_by("position"))
    preliminary, final = rounds[0], rounds[-1]
    judge = User.objects.get(email=ACCOUNTS["judge"])
    unscored = (
        Assignment.objects.filter(round=preliminary, judge=judge)
        .exclude(pk__in=ScoreSheet.objects.values("assignment_id"))
        .first()
    ) or Assignment.objects.filter(round=preliminary, judge=judge).first()
    open_edition = Edition.objects.exclude(pk=edition.pk).get()
    draft = EntryFactory(edition=open_edition, owner=entry.owner, title="Bản nháp thử")
    screened = Entry.objects.filter(edition=edition).exclude(status=EntryStatus.DRAFT).first()
    certificate = Certificate.objects.filter(entry=entry).first()
    home = HomePage.objects.first()
    return [
        ("anonymous", "home", home.url),
        ("anonymous", "contest rules", _page_url(ContestPage)),
        ("anonymous", "news", _page_url(NewsIndexPage)),
        ("anonymous", "news item", _page_url(NewsPage)),
        ("anonymous", "FAQ", _page_url(FAQPage)),
        ("anonymous", "results page", _page_url(ResultsPage)),
        ("anonymous", "certificate check", reverse("cms:certificate_check_form")),
        (
            "anonymous",
            "certificate check result",
            reverse("cms:certificate_check", args=[certificate.serial]),
        ),
        ("anonymous", "initiatives", reverse("initiatives:public_index")),
        (
            "anonymous",
            "initiatives of the edition",
            reverse("initiatives:public_edition", args=[edition.pk]),
        ),
        ("anonymous", "initiative", reverse("initiatives:public_detail", args=[initiative.pk])),
        ("anonymous", "sign in", reverse("account_login")),
        ("anonymous", "sign up", reverse("account_signup")),
        ("anonymous", "password reset", reverse("account_reset_password")),
        ("anonymous", "page not found", "/khong-co-trang-nay/"),
        ("entrant", "my entries", reverse("contest:entry_list")),
        ("entrant", "winning entry", reverse("contest:entry_detail", args=[entry.public_id])),
        ("entrant", "receipt", reverse("contest:entry_receipt", args=[entry.public_id])),
        ("entrant", "draft", reverse("contest:entry_detail", args=[draft.public_id])),
        ("entrant", "edit draft", reverse("contest:entry_edit", args=[draft.public_id])),
        ("entrant", "my certificates", reverse("judging:my_certificates")),
        ("entrant", "profile", reverse("contest:profile")),
        ("entrant", "email addresses", reverse("account_email")),
        ("judge", "assignments", reverse("judging:home")),
        ("judge", "round queue", reverse("judging:queue", args=[preliminary.pk])),
        ("judge", "scoring", reverse("judging:score", args=[unscored.pk])),
        ("secretariat", "staff home", reverse("cms:staff_home")),
        ("secretariat", "edition home", reverse("cms:staff_edition", args=[edition.pk])),
        ("secretariat", "screening", reverse("contest:screening_list")),
        (
            "secretariat",
            "screening an entry",
            reverse("contest:screening_detail", args=[screened.public_id]),
        ),
        (
            "secretariat",
            "similar entries",
            reverse("initiatives:similar", args=[screened.public_id]),
        ),
        ("secretariat", "round progress", reverse("judging:progress", args=[preliminary.pk])),
        ("secretariat", "advancement", reverse("judging:advancement", args=[preliminary.pk])),
        ("secretariat", "ranking", reverse("judging:ranking", args=[final.pk])),
        ("secretariat", "background tasks", reverse("judging:tasks", args=[edition.pk])),
        ("organiser", "staff home", reverse("cms:staff_home")),
        ("organiser", "edition home", reverse("cms:staff_edition", args=[edition.pk])),
        ("organiser", "audit log", reverse("judging:audit")),
        ("organiser", "unpublish preview", reverse("judging:unpublish", args=[snapshot.pk])),
        ("organiser", "ranking and reports", reverse("judging:ranking", args=[final.pk])),
        ("organiser", "method comparison", reverse("judging:methods", args=[final.pk])),
        ("organiser", "live view, revealed", reverse("judging:live", args=[final.pk])),
        ("organiser", "certificates", reverse("judging:certificates")),
        (
            "organiser",
            "certificates of the edition",
            reverse("judging:certificates_edition", args=[edition.pk]),
        ),
        ("organiser", "certificate", reverse("judging:certificate_detail", args=[certificate.pk])),
        (
            "organiser",
            "issue certificates preview",
            reverse("judging:certificates_issue", args=[edition.pk]),
        ),
        ("organiser", "initiatives", reverse("initiatives:staff_list")),
        ("organiser", "initiative", reverse("initiatives:staff_detail", args=[initiative.pk])),
        ("organiser", "staff guide", reverse("cms:staff_guide")),
        ("organiser", "new edition from a previous one", reverse("cms:edition_copy")),
        ("organiser", "admin dashboard", reverse("wagtailadmin_home")),
        ("organiser", "admin pages", reverse("wagtailadmin_explore", args=[home.pk])),
        ("organiser", "admin editions", reverse("editions:index")),
        ("organiser", "admin users", reverse("wagtailusers_users:index")),
        ("organiser", "admin jury", reverse("jury:index")),
        ("organiser", "admin agencies", reverse("wagtailsnippets_contest_agency:list")),
        ("lead agency", "initiatives to report on", reverse("initiatives:officer_home")),
        (
            "lead agency",
            "report on an initiative",
            reverse("initiatives:report", args=[initiative.pk]),
        ),
    ]


class Sweep:
    """A browser context per viewport and role, signed in once; rows of counts."""

    def __init__(self, browser, base, accounts):
        self.base = base
        self.accounts = accounts
        self.rows = []
        self.failures = []
        self.pages = {}
        for viewport, options in VIEWPORTS.items():
            for role, email in accounts.items():
                context = browser.new_context(locale="vi-VN", **options)
                page = context.new_page()
                page.set_default_timeout(30_000)
                if email:
                    sign_in(page, base, email, password=_password())
                self.pages[viewport, role] = page

    def visit(self, pages):
        for viewport in VIEWPORTS:
            for role, name, path in pages:
                page = self.pages[viewport, role]
                response = self._goto(page, role, path)
                label = f"{role}: {name} ({path})"
                expected = 404 if name == "page not found" else 200
                if (response.status, page.url) != (expected, self.base + path):
                    self.failures.append(f"{label} at {viewport}: {response.status} {page.url}")
                violations = axe_violations(page)
                self.rows.append((label, viewport, impact_counts(violations)))
                bad = blocking(violations)
                if bad:
                    self.failures.append(describe(bad, where=f"{label} at {viewport}"))

    def _goto(self, page, role, path):
        response = page.goto(self.base + path)
        login = self.base + reverse("account_login")
        if self.accounts[role] and page.url.startswith(login):
            # The test server shares one SQLite connection between its threads: parallel
            # requests that read the session (the guide's eleven images) can come back with
            # an empty one, and the browser then drops its cookie. Sign in again, once.
            sign_in(page, self.base, self.accounts[role], password=_password())
            response = page.goto(self.base + path)
        return response

    def close(self):
        for page in self.pages.values():
            page.context.close()

    def table(self) -> str:
        lines = [
            "| page | viewport | " + " | ".join(IMPACTS) + " |",
            "| --- | --- | " + " | ".join("---:" for _ in IMPACTS) + " |",
        ]
        for label, viewport, counts in self.rows:
            lines.append(
                f"| {label} | {viewport} | " + " | ".join(str(counts[i]) for i in IMPACTS) + " |"
            )
        totals = {i: sum(counts[i] for _, _, counts in self.rows) for i in IMPACTS}
        lines.append("| **total** | | " + " | ".join(str(totals[i]) for i in IMPACTS) + " |")
        return "\n".join(lines) + "\n"


def test_accessibility_sweep_no_critical_or_serious_violation_on_any_page(
    demo, live_server, browser
):
    edition, snapshot = demo
    entry = _winning_entry(snapshot)
    sweep = Sweep(browser, live_server.url, {**ACCOUNTS, "entrant": entry.owner.email})
    try:
        sweep.visit(_frozen_pages(edition=edition, snapshot=snapshot))
        initiative = _publish(edition=edition, snapshot=snapshot, entry=entry)
        snapshot.refresh_from_db()
        sweep.visit(
            _published_pages(edition=edition, snapshot=snapshot, entry=entry, initiative=initiative)
        )
    finally:
        sweep.close()
    if os.environ.get("AXE_TABLE"):
        Path(os.environ["AXE_TABLE"]).write_text(sweep.table(), encoding="utf-8")
    assert sweep.failures == [], "\n".join(sweep.failures)
