"""The staff home's view of one edition: its lifecycle as steps, each with a state, the
figures that say where it stands, the next thing to do and the pages that do it.

Every link is offered only to a user who may use it, so nobody sees a button that ends
in "permission denied"; the same predicates guard the pages themselves.
"""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from cms.models import ContestPage
from contest.enums import EntryStatus
from contest.overview import EntryCounts, Tally, edition_entry_counts
from judging.overview import JudgingOverview, RoundOverview, edition_judging_overview


class State:
    DONE = "done"
    CURRENT = "current"
    TODO = "todo"
    LATER = "later"
    ANY_TIME = "any-time"


STATE_LABELS = {
    State.DONE: gettext_lazy("Done"),
    State.CURRENT: gettext_lazy("In progress"),
    State.TODO: gettext_lazy("To do"),
    State.LATER: gettext_lazy("Later"),
    State.ANY_TIME: gettext_lazy("Any time"),
}


@dataclass(frozen=True)
class Action:
    label: str
    url: str
    primary: bool = False


@dataclass
class Step:
    key: str
    title: str
    state: str
    facts: list[str] = field(default_factory=list)
    next_action: str = ""
    actions: list[Action] = field(default_factory=list)
    tallies: list[tuple[str, list[Tally]]] = field(default_factory=list)
    progress: tuple[int, int] | None = None

    @property
    def state_label(self) -> str:
        return str(STATE_LABELS[self.state])


@dataclass(frozen=True)
class EditionOverview:
    edition: object
    steps: list[Step]
    entries: EntryCounts
    judging: JudgingOverview

    @property
    def current(self) -> Step | None:
        return next((s for s in self.steps if s.state in (State.CURRENT, State.TODO)), None)


class _Links:
    """Adds an action only when the user holds the permission the page checks."""

    def __init__(self, user):
        self.user = user

    def get(self, perm, label, url, *, primary=False) -> list[Action]:
        return [Action(label=label, url=url, primary=primary)] if self.user.has_perm(perm) else []


def _rules_page(edition):
    return ContestPage.objects.filter(edition=edition).order_by("-live", "pk").first()


def _setup(edition, judging: JudgingOverview, links: _Links, user) -> Step:
    sectors = edition.sectors.count()
    page = _rules_page(edition)
    missing = []
    if not sectors:
        missing.append(_("the fields"))
    if not judging.rounds:
        missing.append(_("the rounds"))
    elif any(r.criteria == 0 for r in judging.rounds):
        missing.append(_("a rubric for every round"))
    if not judging.jury:
        missing.append(_("the jury"))
    if not judging.prize_tiers:
        missing.append(_("the prizes"))
    if judging.signer is None:
        missing.append(_("the certificate signer"))
    if page is None or not page.live:
        missing.append(_("a published rules page"))
    facts = [
        ngettext("%(n)s field", "%(n)s fields", sectors) % {"n": sectors},
        ngettext("%(n)s round", "%(n)s rounds", len(judging.rounds)) % {"n": len(judging.rounds)}
        + (
            " ("
            + ", ".join(
                ngettext("%(name)s: %(n)s criterion", "%(name)s: %(n)s criteria", r.criteria)
                % {"name": r.round.name, "n": r.criteria}
                for r in judging.rounds
            )
            + ")"
            if judging.rounds
            else ""
        ),
        ngettext("%(n)s judge on the jury", "%(n)s judges on the jury", judging.jury)
        % {"n": judging.jury},
        ngettext(
            "%(n)s prize in %(tiers)s tiers",
            "%(n)s prizes in %(tiers)s tiers",
            judging.prize_places,
        )
        % {"n": judging.prize_places, "tiers": judging.prize_tiers},
        _("Certificate signer: %(name)s") % {"name": judging.signer.signer_name}
        if judging.signer
        else _("No certificate signer yet"),
        (_("Rules page: published") if page.live else _("Rules page: draft"))
        if page
        else _("No rules page yet"),
    ]
    actions = [
        *links.get(
            "contest.change_edition",
            _("Edition, fields and timeline"),
            reverse("editions:edit", args=[edition.pk]),
            primary=True,
        ),
        *links.get(
            "judging.view_round",
            _("Rounds and rubrics"),
            reverse("rounds:index") + f"?edition={edition.pk}",
        ),
        *links.get(
            "judging.view_jurymember", _("Jury"), reverse("jury:index") + f"?edition={edition.pk}"
        ),
        *links.get("judging.view_conflict", _("Conflicts of interest"), reverse("conflicts:index")),
        *links.get(
            "judging.view_prizetier",
            _("Prizes"),
            reverse("prize-tiers:index") + f"?edition={edition.pk}",
        ),
    ]
    if user.has_perm("judging.manage_certificates"):
        signer_url = (
            reverse("certificate-signers:edit", args=[judging.signer.pk])
            if judging.signer
            else reverse("certificate-signers:add")
        )
        actions.append(Action(label=_("Certificate signer"), url=signer_url))
    if page is not None and page.permissions_for_user(user).can_edit():
        actions.append(
            Action(label=_("Rules page"), url=reverse("wagtailadmin_pages:edit", args=[page.pk]))
        )
    return Step(
        key="setup",
        title=_("Set up the edition"),
        state=State.TODO if missing else State.DONE,
        facts=facts,
        next_action=_("Still to set up: %(items)s.") % {"items": ", ".join(str(m) for m in missing)}
        if missing
        else "",
        actions=actions,
    )


def _submissions(edition, entries: EntryCounts, links: _Links, now) -> Step:
    if now < edition.submission_opens_at:
        state, window = State.LATER, _("Opens %(at)s")
    elif now <= edition.submission_closes_at:
        state, window = State.CURRENT, _("Open until %(at)s")
    else:
        state, window = State.DONE, _("Closed on %(at)s")
    at = edition.submission_closes_at if state != State.LATER else edition.submission_opens_at
    facts = [
        window % {"at": timezone.localtime(at).strftime("%H:%M %d/%m/%Y")},
        _(
            "%(received)s entries received, %(drafts)s drafts not yet submitted, "
            "%(withdrawn)s withdrawn"
        )
        % {
            "received": entries.received,
            "drafts": entries.count(EntryStatus.DRAFT),
            "withdrawn": entries.count(EntryStatus.WITHDRAWN),
        },
    ]
    open_label = _("Open submissions") if state == State.LATER else _("Change the closing time")
    return Step(
        key="submissions",
        title=_("Receive entries"),
        state=state,
        facts=facts,
        next_action=_("Open submissions when the rules page is published.")
        if state == State.LATER
        else "",
        actions=[
            *links.get(
                "contest.change_edition",
                open_label,
                reverse("cms:edition_open", args=[edition.pk]),
                primary=state == State.LATER,
            ),
            *links.get(
                "contest.screen_entries",
                _("All entries"),
                reverse("contest:screening_list") + f"?edition={edition.pk}",
            ),
        ],
        tallies=[
            (_("By field"), entries.by_sector),
            (_("By agency (largest ten)"), entries.by_agency),
        ]
        if entries.received
        else [],
    )


def _screening(edition, entries: EntryCounts, links: _Links, now) -> Step:
    waiting = entries.count(EntryStatus.SUBMITTED)
    decided = entries.received - waiting
    if not entries.received:
        state = State.LATER
    elif waiting:
        state = State.CURRENT
    else:
        state = State.DONE if now > edition.submission_closes_at else State.CURRENT
    return Step(
        key="screening",
        title=_("Screen the entries"),
        state=state,
        facts=[
            _(
                "%(waiting)s waiting, %(eligible)s eligible, %(returned)s returned for changes, "
                "%(ineligible)s ineligible"
            )
            % {
                "waiting": waiting,
                "eligible": entries.count(EntryStatus.ELIGIBLE),
                "returned": entries.count(EntryStatus.RETURNED),
                "ineligible": entries.count(EntryStatus.INELIGIBLE),
            }
        ],
        next_action=ngettext(
            "%(n)s entry waits for screening.", "%(n)s entries wait for screening.", waiting
        )
        % {"n": waiting}
        if waiting
        else "",
        actions=links.get(
            "contest.screen_entries",
            _("Screen entries"),
            reverse("contest:screening_list")
            + f"?edition={edition.pk}&status={EntryStatus.SUBMITTED}",
            primary=bool(waiting),
        ),
        progress=(decided, entries.received) if entries.received else None,
    )


def _round(overview: RoundOverview, links: _Links) -> Step:
    round_ = overview.round
    if overview.entries == 0:
        state = State.LATER
    elif overview.assigned == 0 or overview.assigned < overview.needed:
        state = State.TODO
    elif not overview.scoring_done or not overview.advancement_done:
        state = State.CURRENT
    else:
        state = State.DONE
    facts = [
        ngettext("%(n)s entry in this round", "%(n)s entries in this round", overview.entries)
        % {"n": overview.entries},
        _("%(assigned)s of %(needed)s assignments made (%(per)s judges per entry)")
        % {
            "assigned": overview.assigned,
            "needed": overview.needed,
            "per": round_.judges_per_entry,
        },
        _(
            "%(submitted)s of %(assigned)s score sheets submitted; "
            "%(done)s of %(judges)s judges finished"
        )
        % {
            "submitted": overview.submitted,
            "assigned": overview.assigned,
            "done": overview.judges_done,
            "judges": overview.judges,
        },
    ]
    if overview.next_round is not None:
        facts.append(
            _("Advancement to %(next)s: %(proposed)s proposed, %(confirmed)s confirmed")
            % {
                "next": overview.next_round.name,
                "proposed": overview.proposed,
                "confirmed": overview.confirmed,
            }
        )
    if state == State.LATER:
        next_action = (
            _("Entries arrive once advancement from the previous round is confirmed.")
            if overview.takes_advanced
            else _("Entries arrive once the secretariat has found them eligible.")
        )
    elif state == State.TODO:
        next_action = _("Assign judges to the entries.")
    elif not overview.scoring_done:
        next_action = _("Judges are scoring; remind those who have not finished.")
    elif not overview.advancement_done:
        next_action = _("Propose and confirm who advances to %(next)s.") % {
            "next": overview.next_round.name
        }
    else:
        next_action = ""
    pk = round_.pk
    actions = [
        *links.get(
            "judging.view_progress",
            _("Progress and assignment"),
            reverse("judging:progress", args=[pk]),
            primary=state == State.TODO,
        ),
        *links.get(
            "judging.view_ranking", _("Ranking and charts"), reverse("judging:ranking", args=[pk])
        ),
    ]
    if round_.live:
        actions += links.get(
            "judging.view_progress", _("Live scoring"), reverse("judging:live", args=[pk])
        )
    if overview.next_round is not None:
        actions += links.get(
            "judging.propose_advancement",
            _("Advancement"),
            reverse("judging:advancement", args=[pk]),
            primary=overview.scoring_done and not overview.advancement_done,
        )
    return Step(
        key=f"round-{pk}",
        title=round_.name,
        state=state,
        facts=facts,
        next_action=next_action,
        actions=actions,
        progress=(overview.submitted, overview.assigned) if overview.assigned else None,
    )


def _freeze(judging: JudgingOverview, links: _Links) -> Step:
    final = judging.final_round
    snapshot = judging.latest_snapshot
    ready = final is not None and final.scoring_done
    state = State.DONE if snapshot is not None else (State.TODO if ready else State.LATER)
    facts = (
        [
            _("Version %(version)s frozen on %(at)s")
            % {
                "version": snapshot.version,
                "at": timezone.localtime(snapshot.created_at).strftime("%H:%M %d/%m/%Y"),
            }
        ]
        if snapshot
        else [_("Nothing frozen yet")]
    )
    return Step(
        key="freeze",
        title=_("Freeze the result"),
        state=state,
        facts=facts,
        next_action=_("Check the ranking and prizes of the final round, then freeze them.")
        if state == State.TODO
        else "",
        actions=links.get(
            "judging.confirm_results",
            _("Freeze the result"),
            reverse("judging:freeze", args=[final.round.pk]),
            primary=state == State.TODO,
        )
        if final
        else [],
    )


def _publish(judging: JudgingOverview, links: _Links) -> Step:
    published, latest = judging.published_snapshot, judging.latest_snapshot
    if published is not None:
        state = State.DONE
        facts = [
            _("Version %(version)s is public since %(at)s")
            % {
                "version": published.version,
                "at": timezone.localtime(published.published_at).strftime("%H:%M %d/%m/%Y"),
            }
        ]
    else:
        state = State.TODO if latest else State.LATER
        facts = [_("Not published")]
    actions = []
    if published is not None:
        actions += links.get(
            "judging.publish_results",
            _("Unpublish…"),
            reverse("judging:unpublish", args=[published.pk]),
        )
    elif latest is not None:
        actions += links.get(
            "judging.publish_results",
            _("Publish…"),
            reverse("judging:publish", args=[latest.pk]),
            primary=True,
        )
    if published is not None:
        actions.append(
            Action(
                label=_("Public results page"),
                url=reverse("cms:edition_results", args=[published.edition_id]),
            )
        )
    return Step(
        key="publish",
        title=_("Publish the result"),
        state=state,
        facts=facts,
        next_action=_(
            "Publish the frozen result: winners become public and every entrant is emailed."
        )
        if state == State.TODO
        else "",
        actions=actions,
    )


def _certificates(edition, judging: JudgingOverview, links: _Links) -> Step:
    counts = judging.certificates
    if judging.published_snapshot is None and not counts["valid"]:
        state = State.LATER
    elif not counts["valid"] or counts["rendered"] < counts["valid"]:
        state = State.TODO if not counts["valid"] else State.CURRENT
    else:
        state = State.DONE
    facts = [
        _("%(valid)s valid (%(rendered)s rendered), %(revoked)s revoked") % counts,
    ]
    if counts["failed"]:
        facts.append(
            ngettext(
                "%(n)s certificate failed to render",
                "%(n)s certificates failed to render",
                counts["failed"],
            )
            % {"n": counts["failed"]}
        )
    return Step(
        key="certificates",
        title=_("Issue certificates"),
        state=state,
        facts=facts,
        next_action=_("Issue the certificates of the published result.")
        if state == State.TODO
        else "",
        actions=links.get(
            "judging.view_certificates",
            _("Certificates"),
            reverse("judging:certificates_edition", args=[edition.pk]),
            primary=state == State.TODO,
        ),
    )


def _reports(edition, judging: JudgingOverview, links: _Links) -> Step:
    actions = links.get(
        "judging.view_ranking",
        _("List of award winners (PDF)"),
        reverse("judging:report_results_list_pdf", args=[edition.pk]),
    ) + links.get(
        "judging.view_ranking",
        _("List of award winners (XLSX)"),
        reverse("judging:report_results_list_xlsx", args=[edition.pk]),
    )
    for r in judging.rounds:
        actions += links.get(
            "judging.view_ranking",
            _("Score summary, %(round)s (PDF)") % {"round": r.round.name},
            reverse("judging:report_score_summary_pdf", args=[r.round.pk]),
        )
        actions += links.get(
            "judging.view_ranking",
            _("Score sheets, %(round)s (PDF)") % {"round": r.round.name},
            reverse("judging:report_score_sheets_pdf", args=[r.round.pk]),
        )
    return Step(
        key="reports",
        title=_("Reports"),
        state=State.ANY_TIME,
        facts=[_("Official reports in the layout of Decree 30/2020, as PDF and XLSX.")],
        actions=actions,
    )


def _audit(edition, links: _Links) -> Step:
    return Step(
        key="audit",
        title=_("Audit trail"),
        state=State.ANY_TIME,
        facts=[
            _("Every assignment, score, reopening, decision and publication, with who and when.")
        ],
        actions=links.get("judging.view_audit", _("Audit trail"), reverse("judging:audit"))
        + links.get(
            "judging.view_tasks",
            _("Background work"),
            reverse("judging:tasks", args=[edition.pk]),
        ),
    )


_STEP_PERMISSIONS = {
    "setup": "cms.view_staff_home",
    "submissions": "cms.view_staff_home",
    "screening": "contest.screen_entries",
    "round": "judging.view_progress",
    "freeze": "judging.confirm_results",
    "publish": "judging.publish_results",
    "certificates": "judging.view_certificates",
    "reports": "judging.view_ranking",
    "audit": "judging.view_audit",
}


def edition_overview(*, edition, user, at=None) -> EditionOverview:
    now = at or timezone.now()
    links = _Links(user)
    entries = edition_entry_counts(edition=edition)
    judging = edition_judging_overview(edition=edition)
    steps = [
        _setup(edition, judging, links, user),
        _submissions(edition, entries, links, now),
        _screening(edition, entries, links, now),
        *(_round(r, links) for r in judging.rounds),
        _freeze(judging, links),
        _publish(judging, links),
        _certificates(edition, judging, links),
        _reports(edition, judging, links),
        _audit(edition, links),
    ]
    # What a role may not do is not shown to it: each step needs the permission of its page.
    steps = [s for s in steps if user.has_perm(_STEP_PERMISSIONS.get(s.key.split("-")[0], ""))]
    return EditionOverview(edition=edition, steps=steps, entries=entries, judging=judging)
