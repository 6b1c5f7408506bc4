"""What an irreversible action will do, read before it is done, for its confirmation page.

Each function answers from the same code the action runs (the snapshot's own outputs, the
publication's own list of whom to tell, the certificates' own list of what to print), so
what the organiser confirms is what happens. Nothing here writes.
"""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Max
from django.urls import reverse

from contest.enums import EntrantType
from contest.models import Entry
from contest.selectors import entry_emails
from judging import snapshot as snapshots
from judging.enums import AuditAction, CertificateStatus
from judging.models import Advancement, AuditEvent, Certificate, ResultSnapshot, Round
from judging.published import PrizeGroup, snapshot_ranking, snapshot_winners
from judging.ranking import OverrideError
from judging.services.certificates import certificates_to_issue, reissue_printed
from judging.services.publication import entrant_outcomes
from judging.services.results import override_message, snapshot_inputs

# The URL name of an edition's public results address (served by cms).
RESULTS_URL_NAME = "cms:edition_results"


def _type_label(entrant_type: str) -> str:
    return str(EntrantType(entrant_type).label) if entrant_type in EntrantType else entrant_type


# Publishing ------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class EmailGroup:
    """Entrants told one outcome: how many emails (one per entry) to how many addresses."""

    outcome: str  # the prize, or "" for entries that won nothing
    entrant_type: str
    entries: int
    addresses: int

    @property
    def entrant_type_label(self) -> str:
        return _type_label(self.entrant_type)


@dataclass(frozen=True, kw_only=True)
class WinnerTier:
    group: PrizeGroup

    @property
    def prize(self) -> str:
        return self.group.prize

    @property
    def winners(self):
        return self.group.winners

    @property
    def entrant_type_label(self) -> str:
        return _type_label(self.group.entrant_type)


@dataclass(frozen=True, kw_only=True)
class PublishPreview:
    snapshot: ResultSnapshot
    groups: tuple[WinnerTier, ...]  # winners by tier, with code and title
    emails: tuple[EmailGroup, ...]  # prizes first (tier order), then "no prize"
    already_told: int  # entries told about this version before: not emailed again
    without_address: int  # entries nobody can be emailed about
    replaces: ResultSnapshot | None  # the published version this one takes the place of
    results_path: str

    @property
    def email_count(self) -> int:
        return sum(g.entries for g in self.emails)

    @property
    def address_count(self) -> int:
        return sum(g.addresses for g in self.emails)

    @property
    def winner_count(self) -> int:
        return sum(len(g.winners) for g in self.groups)


def _told(snapshot: ResultSnapshot) -> set[int]:
    return set(
        AuditEvent.objects.filter(
            action=AuditAction.RESULT_NOTIFIED, after__snapshot=snapshot.pk
        ).values_list("entry_id", flat=True)
    )


def publish_preview(*, snapshot: ResultSnapshot) -> PublishPreview:
    """Prizes by tier, and the emails ``result_publish`` will send (by outcome), in 7 queries."""
    result = snapshot_winners(snapshot=snapshot)
    tier_order = {(g.entrant_type, g.prize): n for n, g in enumerate(result.groups)}
    told = _told(snapshot)
    entries: Counter = Counter()
    addresses: Counter = Counter()
    already = without = 0
    for outcome in entrant_outcomes(snapshot=snapshot):
        if outcome.entry.pk in told:
            already += 1
        elif not outcome.recipients:
            without += 1
        else:
            key = (outcome.prize, outcome.entry.entrant_type)
            entries[key] += 1
            addresses[key] += len(outcome.recipients)
    emails = sorted(
        (
            EmailGroup(
                outcome=prize, entrant_type=kind, entries=n, addresses=addresses[prize, kind]
            )
            for (prize, kind), n in entries.items()
        ),
        key=lambda g: (not g.outcome, tier_order.get((g.entrant_type, g.outcome), 0), g.outcome),
    )
    replaces = (
        ResultSnapshot.objects.filter(edition_id=snapshot.edition_id, published_at__isnull=False)
        .exclude(pk=snapshot.pk)
        .first()
    )
    return PublishPreview(
        snapshot=snapshot,
        groups=tuple(WinnerTier(group=g) for g in result.groups),
        emails=tuple(emails),
        already_told=already,
        without_address=without,
        replaces=replaces,
        results_path=reverse(RESULTS_URL_NAME, args=[snapshot.edition_id]),
    )


# Unpublishing ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class UnpublishPreview:
    snapshot: ResultSnapshot
    winner_count: int  # names and prizes that leave the public page
    emails_sent: int  # already in entrants' mailboxes: cannot be recalled
    emails_pending: int  # not yet sent: stop at once
    valid_certificates: int  # stay valid and checkable until revoked one by one
    results_path: str


def unpublish_preview(*, snapshot: ResultSnapshot) -> UnpublishPreview:
    told = _told(snapshot)
    pending = sum(
        1
        for outcome in entrant_outcomes(snapshot=snapshot)
        if outcome.recipients and outcome.entry.pk not in told
    )
    return UnpublishPreview(
        snapshot=snapshot,
        winner_count=sum(1 for row in snapshot_ranking(snapshot=snapshot) if row.get("prize")),
        emails_sent=len(told),
        emails_pending=pending,
        valid_certificates=Certificate.objects.filter(
            snapshot=snapshot, status=CertificateStatus.VALID
        ).count(),
        results_path=reverse(RESULTS_URL_NAME, args=[snapshot.edition_id]),
    )


# Freezing --------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class TierAllocation:
    entrant_type: str
    prize: str
    quota: int
    codes: tuple[str, ...]

    @property
    def entrant_type_label(self) -> str:
        return _type_label(self.entrant_type)

    @property
    def vacant(self) -> int:
        return max(self.quota - len(self.codes), 0)


@dataclass(frozen=True, kw_only=True)
class FreezePreview:
    round: Round
    version: int  # the version number the freeze will store
    sha256: str  # of inputs and outputs: the confirmation must match it
    ranking: tuple[dict, ...]  # rank, code, entrant_type, total, prize, prize_overridden
    unranked: tuple[dict, ...]
    tiers: tuple[TierAllocation, ...]
    overrides: tuple[dict, ...]  # code, prize, reason, and the prize the ranking gave
    warnings: tuple[str, ...] = field(default=())


def freeze_preview(*, round_: Round, overrides=()) -> FreezePreview:
    """The ranking and prizes ``snapshot_freeze`` would store now, with the same overrides.

    Raises ValidationError (the freeze's own message) for an override that cannot apply.
    """
    inputs = snapshot_inputs(round_=round_, overrides=overrides)
    try:
        outputs = snapshots.snapshot_outputs(inputs)
        plain = snapshots.snapshot_outputs({**inputs, "overrides": []}) if overrides else outputs
    except OverrideError as error:
        raise ValidationError(override_message(error)) from error
    by_ranking = {row["code"]: row["prize"] for row in plain["ranking"]}
    awarded: dict[tuple[str, str], list[str]] = {}
    for row in outputs["ranking"]:
        if row["prize"]:
            awarded.setdefault((row["entrant_type"], row["prize"]), []).append(row["code"])
    version = (
        ResultSnapshot.objects.filter(edition_id=round_.edition_id).aggregate(v=Max("version"))["v"]
        or 0
    ) + 1
    return FreezePreview(
        round=round_,
        version=version,
        sha256=snapshots.sha256({"inputs": inputs, "outputs": outputs}),
        ranking=tuple(
            {
                **row,
                "total": Decimal(row["total"]),
                "entrant_type_label": _type_label(row["entrant_type"]),
            }
            for row in outputs["ranking"]
        ),
        unranked=tuple(outputs["unranked"]),
        tiers=tuple(
            TierAllocation(
                entrant_type=tier["entrant_type"],
                prize=tier["name"],
                quota=tier["quota"],
                codes=tuple(awarded.get((tier["entrant_type"], tier["name"]), ())),
            )
            for tier in inputs["prize_tiers"]
        ),
        overrides=tuple(
            {**o, "ranking_prize": by_ranking.get(o["code"], "")} for o in inputs["overrides"]
        ),
        warnings=tuple(str(w) for w in outputs["prizes"]["warnings"]),
    )


# Advancement -----------------------------------------------------------------------------


def advancement_preview(*, round_: Round) -> list[Advancement]:
    """The proposed, unconfirmed entries that confirming sends on, in ranking order."""
    return list(
        Advancement.objects.filter(from_round=round_, confirmed=False)
        .select_related("entry", "entry__sector", "to_round")
        .order_by("rank")
    )


# Certificates ----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class EntryCertificates:
    code: str
    title: str
    recipients: tuple[str, ...]  # names as printed, the group's first
    addresses: int  # who the "certificates ready" email goes to


@dataclass(frozen=True, kw_only=True)
class TierCertificates:
    entrant_type: str
    prize: str
    entries: tuple[EntryCertificates, ...]

    @property
    def entrant_type_label(self) -> str:
        return _type_label(self.entrant_type)

    @property
    def certificate_count(self) -> int:
        return sum(len(e.recipients) for e in self.entries)


@dataclass(frozen=True, kw_only=True)
class IssuePreview:
    snapshot: ResultSnapshot
    tiers: tuple[TierCertificates, ...]
    already: int  # certificates of this result that exist: not issued again
    problem: str  # why issuing would be refused now, or ""

    @property
    def certificate_count(self) -> int:
        return sum(t.certificate_count for t in self.tiers)

    @property
    def email_count(self) -> int:
        return sum(1 for t in self.tiers for e in t.entries if e.addresses)

    @property
    def address_count(self) -> int:
        return sum(e.addresses for t in self.tiers for e in t.entries)


def _entry_addresses(entry_ids) -> dict[int, int]:
    entries = (
        Entry.objects.filter(pk__in=list(entry_ids))
        .select_related("owner")
        .prefetch_related("authors")
    )
    return {entry.pk: len(entry_emails(entry=entry)) for entry in entries}


def issue_preview(*, snapshot: ResultSnapshot) -> IssuePreview:
    """The certificates ``certificates_issue`` would number now, by tier and entry."""
    planned = certificates_to_issue(snapshot=snapshot)
    addresses = _entry_addresses({p.entry_id for p in planned.printed})
    winners = {w.entry_id: w for w in snapshot_winners(snapshot=snapshot).winners}
    tiers: dict[tuple[str, str], dict[int, list[str]]] = {}
    for printed in planned.printed:
        winner = winners[printed.entry_id]
        by_entry = tiers.setdefault((winner.entrant_type, winner.prize), {})
        by_entry.setdefault(printed.entry_id, []).append(printed.recipient_name)
    return IssuePreview(
        snapshot=snapshot,
        tiers=tuple(
            TierCertificates(
                entrant_type=kind,
                prize=prize,
                entries=tuple(
                    EntryCertificates(
                        code=winners[entry_id].code,
                        title=winners[entry_id].title,
                        recipients=tuple(names),
                        addresses=addresses.get(entry_id, 0),
                    )
                    for entry_id, names in by_entry.items()
                ),
            )
            for (kind, prize), by_entry in tiers.items()
        ),
        already=planned.already,
        problem=planned.problem,
    )


@dataclass(frozen=True, kw_only=True)
class ReissuePreview:
    certificate: Certificate
    recipient_name: str  # as the new certificate will print it
    entry_title: str
    addresses: int  # the "certificate ready" email, once rendered


def reissue_preview(*, certificate: Certificate) -> ReissuePreview:
    printed = reissue_printed(certificate=certificate)
    return ReissuePreview(
        certificate=certificate,
        recipient_name=printed.recipient_name if printed else "",
        entry_title=printed.entry_title if printed else "",
        addresses=_entry_addresses([certificate.entry_id]).get(certificate.entry_id, 0),
    )
