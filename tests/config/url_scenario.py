"""A contest in one of three states, every role, and every named URL of ours with its
arguments: shared by the role-by-state-by-URL matrix and the hostile-body sweep (issue 14)."""

import datetime
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver

from contest.enums import Role
from initiatives.enums import InitiativeStatus
from initiatives.models import SimilarPair
from initiatives.services.initiatives import initiative_create, initiative_report
from tests.contest.helpers import add_writeup_row, invite_coauthor
from tests.factories import (
    AgencyFactory,
    AssignmentFactory,
    CertificateSettingsFactory,
    EligibleEntryFactory,
    EntryFactory,
    JuryMemberFactory,
    PrizeTierFactory,
    RoundFactory,
    UserFactory,
    score_assignment,
)

# "officer": the owning agency's officer (Đơn vị chủ trì) of the scenario's initiative.
ROLES = ["anonymous", "entrant", "judge", "secretariat", "organiser", "officer"]
STATES = ["open", "frozen", "published"]
# Wagtail's admin and documents, allauth, and Wagtail's page tree are the lead's matrix.
EXCLUDED_PREFIXES = ("admin/", "documents/", "accounts/")
OUR_NAMESPACES = {"contest", "judging", "cms", "initiatives", "api", "opendata"}


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name"
    pattern: str
    params: tuple[str, ...]


def _walk(patterns, prefix="", namespace=None):
    for p in patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            ns = p.namespace if p.namespace else namespace
            if namespace and p.namespace:
                ns = f"{namespace}:{p.namespace}"
            yield from _walk(p.url_patterns, route, ns)
        elif isinstance(p, URLPattern) and p.name:
            yield route, (f"{namespace}:{p.name}" if namespace else p.name), p


def our_routes() -> list[Route]:
    """Every named URL of the apps we write (contest, judging, cms, initiatives, api)."""
    seen, routes = set(), []
    for route, name, pattern in _walk(get_resolver().url_patterns):
        if route.startswith(EXCLUDED_PREFIXES) or name.split(":")[0] not in OUR_NAMESPACES:
            continue
        if name in seen:
            continue
        seen.add(name)
        params = tuple(pattern.pattern.converters) + tuple(
            k for k in (pattern.default_args or {}) if k not in ("fmt", "anonymised")
        )
        routes.append(Route(name=name, pattern=route, params=params))
    return sorted(routes, key=lambda r: r.name)


def all_paths_for_bodies(scenario) -> list[str]:
    """Every URL the site answers, ours with real arguments, plus allauth's and the page
    tree's entry points: the hostile-body sweep spares none."""
    from django.urls import reverse

    paths = [scenario.url(r) for r in our_routes()]
    for name in [
        "account_login",
        "account_signup",
        "account_logout",
        "account_reset_password",
        "account_email",
        "account_change_password",
    ]:
        paths.append(reverse(name))
    return [*paths, "/", "/en/", "/khong-co-trang-nay/", "/admin/login/"]


def _file(name):
    storages["private"].save(name, ContentFile(b"%PDF-1.4\n% matrix\n%%EOF\n"))


class Scenario:
    """One edition with a scored round, in the given state, and a user per role."""

    def __init__(self, state, *, renderer_call=None):
        from judging.services.publication import result_publish
        from judging.services.results import snapshot_freeze

        self.state = state
        self.users = {
            "entrant": UserFactory(role=Role.ENTRANT),
            "judge": UserFactory(role=Role.JUDGE),
            "secretariat": UserFactory(role=Role.SECRETARIAT),
            "organiser": UserFactory(role=Role.ORGANISER),
            "officer": UserFactory(role=Role.LEAD_AGENCY, agency=AgencyFactory(name="Sở Nội vụ")),
        }
        entrant = self.users["entrant"]
        self.round = RoundFactory(criteria=[("Điểm", 100)], position=1, judges_per_entry=1)
        self.edition = self.round.edition
        PrizeTierFactory(edition=self.edition, rank=1, name="Giải Nhất")
        self.draft = EntryFactory(edition=self.edition, owner=entrant)
        # Someone else's draft naming the entrant, the invitation sent and not answered.
        self.invitation = invite_coauthor(EntryFactory(edition=self.edition), entrant)
        self.eligible = EligibleEntryFactory(edition=self.edition, owner=entrant, code="MT-1")
        self.attachment = add_writeup_row(self.eligible)
        _file(self.attachment.stored_name)
        _file(self.attachment.anonymised_name)
        JuryMemberFactory(edition=self.edition, user=self.users["judge"])
        self.assignment = AssignmentFactory(
            round=self.round, entry=self.eligible, judge=self.users["judge"]
        )
        score_assignment(self.assignment, [80])
        self.sheet = self.assignment.sheet
        self.pair = SimilarPair.objects.create(
            first=min(self.draft, self.eligible, key=lambda e: e.pk),
            second=max(self.draft, self.eligible, key=lambda e: e.pk),
            score=0.9,
        )
        self.snapshot = self.certificate = self.batch = self.initiative = self.evidence = None
        if state in ("frozen", "published"):
            self.snapshot = snapshot_freeze(round_=self.round, actor=self.users["organiser"])
        if state == "published":
            result_publish(snapshot=self.snapshot, actor=self.users["organiser"])
            self._take_up_as_initiative()
            if renderer_call is not None:
                from judging.services.certificates import certificates_issue

                CertificateSettingsFactory(edition=self.edition)
                renderer_call(
                    certificates_issue, snapshot=self.snapshot, actor=self.users["organiser"]
                )
                self.certificate = self.edition.certificates.first()
                self.batch = self.edition.certificate_batches.first()

    def _take_up_as_initiative(self):
        """The winner carried by the officer's agency, with one report backed by a file."""
        officer = self.users["officer"]
        self.initiative = initiative_create(
            entry=self.eligible,
            owner_agency=officer.agency,
            actor=self.users["organiser"],
            today=datetime.date(2025, 1, 10),
        )
        evidence = SimpleUploadedFile(
            "minh-chung.pdf", b"%PDF-1.4\n% matrix\n%%EOF\n", content_type="application/pdf"
        )
        event = initiative_report(
            initiative=self.initiative,
            actor=officer,
            status=InitiativeStatus.PILOTING,
            happened_on=datetime.date(2025, 2, 1),
            place="Phường Hàng Bạc",
            files=[evidence],
            today=datetime.date(2025, 2, 1),
        )
        self.evidence = event.evidence.get()

    def login(self, client, role):
        client.logout()
        if role != "anonymous":
            client.force_login(self.users[role])

    def kwargs(self, route: Route) -> dict:
        entrant_pages = route.name.startswith("contest:entry_") or route.name.startswith(
            "contest:attachment_"
        )
        certificate_pages = route.name.startswith("judging:certificate")
        missing = 999_999
        initiative = self.initiative.pk if self.initiative else missing
        initiative_pks = {
            "initiatives:staff_detail": initiative,
            "initiatives:report": initiative,
            "initiatives:public_detail": initiative,
            "initiatives:evidence": self.evidence.pk if self.evidence else missing,
            "initiatives:pair_mark": self.pair.pk,
        }
        values = {
            "round_id": self.round.pk,
            "assignment_id": self.assignment.pk,
            "sheet_id": self.sheet.pk,
            "snapshot_id": self.snapshot.pk if self.snapshot else 999_999,
            "edition_id": self.edition.pk,
            "key": self.edition.pk,
            "initiative_id": initiative,
            "public_id": (self.draft if entrant_pages else self.eligible).public_id,
            "pk": initiative_pks.get(
                route.name,
                (self.certificate.pk if self.certificate else missing)
                if certificate_pages
                else self.attachment.pk,
            ),
            "batch_id": self.batch.pk if self.batch else 999_999,
            "attachment_id": self.attachment.pk,
            "judge_id": self.users["judge"].pk,
            "kind": "xep-hang",
            "serial": self.certificate.serial if self.certificate else "KHONG-CO",
            # No task has this id: the page answers 404 to those who may open it.
            "task_id": "00000000-0000-4000-8000-000000000000",
            "name": "khong-co.jpg",
            "fmt": "xlsx",
            "token": self.invitation.invitation_token,
        }
        return {p: values[p] for p in route.params}

    def url(self, route: Route) -> str:
        from django.urls import reverse

        return reverse(route.name, kwargs=self.kwargs(route))
