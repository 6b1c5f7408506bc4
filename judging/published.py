"""What the public may read of judging: the published result of an edition, and nothing else.

`cms` (results page, certificate check) and the entrants' emails read results only here,
so that nothing unpublished, and no judge's score, can leak through another path.
Identities (titles, authors, agencies) come from `contest` only once a result is published.
"""

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from contest.selectors import entries_by_code
from judging.enums import CertificateStanding
from judging.models import Certificate, ResultSnapshot
from judging.models.certificates import SERIAL_RE, normalise_serial


@dataclass(frozen=True, kw_only=True)
class Winner:
    entry_id: int
    code: str
    title: str
    sector: str
    entrant_type: str
    agency: str
    authors: tuple[str, ...]  # full names in the order the entrant listed them
    prize: str
    rank: int  # overall position in the frozen ranking
    total: Decimal


@dataclass(frozen=True, kw_only=True)
class PrizeGroup:
    entrant_type: str
    prize: str
    tier_rank: int
    winners: tuple[Winner, ...]


@dataclass(frozen=True, kw_only=True)
class PublishedResult:
    snapshot: ResultSnapshot
    groups: tuple[PrizeGroup, ...]  # by entrant type, then tier order

    @property
    def winners(self) -> list[Winner]:
        return [w for g in self.groups for w in g.winners]


def published_snapshot(*, edition_id: int) -> ResultSnapshot | None:
    return (
        ResultSnapshot.objects.filter(edition_id=edition_id, published_at__isnull=False)
        .select_related("edition", "round")
        .first()
    )


def snapshot_ranking(*, snapshot: ResultSnapshot) -> list[dict]:
    """The frozen ranking rows (code, entrant_type, rank, total, prize, …), best first."""
    return json.loads(snapshot.payload)["outputs"]["ranking"]


def snapshot_winners(*, snapshot: ResultSnapshot) -> PublishedResult:
    """Winners of a snapshot grouped by prize tier, with identities (3 queries)."""
    payload = json.loads(snapshot.payload)
    rows = [r for r in payload["outputs"]["ranking"] if r.get("prize")]
    entries = entries_by_code(edition_id=snapshot.edition_id, codes=[r["code"] for r in rows])
    tiers = {(t["entrant_type"], t["name"]): t["rank"] for t in payload["inputs"]["prize_tiers"]}
    grouped: dict[tuple[str, str], list[Winner]] = {}
    for row in rows:
        entry = entries[row["code"]]
        winner = Winner(
            entry_id=entry.pk,
            code=entry.code,
            title=entry.title,
            sector=entry.sector.name if entry.sector_id else "",
            entrant_type=entry.entrant_type,
            agency=entry.agency_name or (entry.agency.name if entry.agency_id else ""),
            authors=tuple(a.full_name for a in entry.authors.all()),
            prize=row["prize"],
            rank=row["rank"],
            total=Decimal(row["total"]),
        )
        grouped.setdefault((row["entrant_type"], row["prize"]), []).append(winner)
    type_order = {t: i for i, t in enumerate(dict.fromkeys(t for t, _ in tiers))}
    groups = sorted(
        (
            PrizeGroup(
                entrant_type=entrant_type,
                prize=prize,
                tier_rank=tiers.get((entrant_type, prize), len(tiers) + 1),
                winners=tuple(sorted(winners, key=lambda w: w.rank)),
            )
            for (entrant_type, prize), winners in grouped.items()
        ),
        key=lambda g: (type_order.get(g.entrant_type, len(type_order)), g.tier_rank, g.prize),
    )
    return PublishedResult(snapshot=snapshot, groups=tuple(groups))


def published_result(*, edition_id: int) -> PublishedResult | None:
    snapshot = published_snapshot(edition_id=edition_id)
    if snapshot is None:
        return None
    return snapshot_winners(snapshot=snapshot)


@dataclass(frozen=True, kw_only=True)
class CertificateCheck:
    """What the public check of a serial shows: the certificate as printed, and its status.

    The reason for a revocation stays internal (it may concern a person); the date and
    whether a replacement was issued are public.
    """

    serial: str
    standing: str  # CertificateStanding: valid, suspended or revoked
    number: str  # "01/GCN-BTC"
    recipient: str
    recipient_unit: str
    prize: str
    entry_title: str
    field: str
    edition: str
    signed_on: date
    valid: bool
    revoked_at: datetime | None
    replaced: bool

    @property
    def suspended(self) -> bool:
        return self.standing == CertificateStanding.SUSPENDED


def certificate_lookup(*, serial: str) -> CertificateCheck | None:
    """The certificate with this serial (as typed: any case, dashes, spaces), or None.

    One query, by the unique serial only: nothing here answers for ids or partial serials.
    A suspended certificate (its result unpublished) answers with its standing and number
    only: who won what is not public while the result is not.
    """
    serial = normalise_serial(serial)
    if not SERIAL_RE.match(serial):
        return None
    certificate = (
        Certificate.objects.filter(serial=serial)
        .select_related("edition", "snapshot", "replacement")
        .first()
    )
    if certificate is None:
        return None
    replacement = getattr(certificate, "replacement", None)
    standing = certificate.standing
    hidden = standing == CertificateStanding.SUSPENDED
    return CertificateCheck(
        serial=certificate.serial,
        standing=standing,
        number=certificate.number_text,
        recipient="" if hidden else certificate.recipient_name,
        recipient_unit="" if hidden else certificate.recipient_unit,
        prize="" if hidden else certificate.prize,
        entry_title="" if hidden else certificate.entry_title,
        field="" if hidden else certificate.field,
        edition=certificate.edition.name,
        signed_on=certificate.signed_on,
        valid=standing == CertificateStanding.VALID,
        revoked_at=certificate.revoked_at,
        replaced=replacement is not None,
    )
