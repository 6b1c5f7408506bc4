"""Conflicts of interest: automatic rules plus declared ones, as one lookup."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from contest.text import fold
from judging.enums import AuditAction, ConflictSource, SheetStatus
from judging.models import Assignment, Conflict
from judging.services.audit import audit
from judging.services.freeze import pair_require_open


@dataclass(frozen=True)
class JudgeIdentity:
    user_id: int
    email: str
    agency_id: int | None
    agency_name: str


@dataclass(frozen=True)
class EntryIdentity:
    entry_id: int
    agency_id: int | None
    agency_name: str
    author_emails: frozenset[str]
    author_user_ids: frozenset[int]
    author_units: frozenset[str]


def automatic_conflict_reason(judge: JudgeIdentity, entry: EntryIdentity) -> str | None:
    """Why a judge may not score an entry, by the contest's hard rules, or None."""
    if judge.user_id in entry.author_user_ids or judge.email.lower() in entry.author_emails:
        return "author"
    if judge.agency_id is not None and judge.agency_id == entry.agency_id:
        return "same_agency"
    if judge.agency_name and fold(judge.agency_name) in {
        fold(u) for u in entry.author_units | {entry.agency_name}
    }:
        return "author_unit"
    return None


class ConflictSet:
    """Answers `(judge_id, entry_id) in conflicts` for the assigner without listing pairs."""

    def __init__(
        self,
        *,
        judges: dict[int, JudgeIdentity],
        entries: dict[int, EntryIdentity],
        declared: set[tuple[int, int]],
    ):
        self.judges = judges
        self.entries = entries
        self.declared = declared
        # Index by agency so the common rule is a dictionary lookup, not a scan.
        self._entries_by_unit: dict[str, set[int]] = {}
        for entry in entries.values():
            for unit in entry.author_units | {entry.agency_name}:
                if unit:
                    self._entries_by_unit.setdefault(fold(unit), set()).add(entry.entry_id)

    def __contains__(self, pair) -> bool:
        judge_id, entry_id = pair
        if (judge_id, entry_id) in self.declared:
            return True
        judge, entry = self.judges.get(judge_id), self.entries.get(entry_id)
        if judge is None or entry is None:
            return False
        return automatic_conflict_reason(judge, entry) is not None

    def count_for_entry(self, entry_id: int) -> int:
        return sum(1 for j in self.judges if (j, entry_id) in self)


@transaction.atomic
def conflict_declare(*, judge, entry, reason: str, actor, source=ConflictSource.DECLARED):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why there is a conflict of interest.")})
    pair_require_open(judge=judge, entry=entry)
    conflict, created = Conflict.objects.get_or_create(
        judge=judge,
        entry=entry,
        defaults={"source": source, "reason": reason[:2000], "created_by": actor},
    )
    if created:
        after = {"source": source, "reason": conflict.reason}
        if voided := release_conflicted(
            assignments=Assignment.objects.filter(judge=judge, entry=entry)
        ):
            after["scores_voided"] = voided
        audit(
            action=AuditAction.CONFLICT,
            actor=actor,
            entry=entry,
            judge=judge,
            after=after,
            reason=conflict.reason,
        )
    return conflict


def release_conflicted(*, assignments) -> int:
    """Take conflicted assignments off the jury's work; returns the scores voided.

    A conflicted pair is never left assigned, finished or not: a score given in a conflict of
    interest must not count. Its sheet stays, for the audit trail, but only active
    assignments count in results, and the entry goes back to the pool for another judge.
    """
    assignments = assignments.filter(active=True)
    voided = assignments.filter(sheet__status=SheetStatus.SUBMITTED).count()
    assignments.update(active=False)
    return voided
