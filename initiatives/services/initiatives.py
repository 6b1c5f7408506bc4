"""Initiatives: a published winner taken up by an agency, and its reports over time."""

import datetime
import hashlib
import secrets
from collections.abc import Iterable, Sequence

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contest.attachments.sniff import sniff
from contest.models import Agency, Entry
from initiatives.enums import NEXT_STATUSES, InitiativeStatus
from initiatives.models import Adoption, Evidence, Initiative, InitiativeEvent
from judging.published import published_result

# Owners report each quarter; the reminder goes out once the quarter has passed.
REPORT_INTERVAL = datetime.timedelta(days=90)
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
MAX_EVIDENCE_FILES = 10
EVIDENCE_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
}


def private_storage():
    return storages["private"]


@transaction.atomic
def initiative_create(
    *, entry: Entry, owner_agency: Agency, actor, note: str = "", today=None
) -> Initiative:
    """Turn a published winner into an initiative carried by ``owner_agency``."""
    today = today or timezone.localdate()
    result = published_result(edition_id=entry.edition_id)
    winner = next((w for w in result.winners if w.entry_id == entry.pk), None) if result else None
    if winner is None:
        raise ValidationError(
            {"entry": _("Only an entry that won a prize in a published result can be chosen.")}
        )
    if Initiative.objects.filter(entry=entry).exists():
        raise ValidationError({"entry": _("This entry is already an initiative.")})
    initiative = Initiative(
        edition_id=entry.edition_id,
        entry=entry,
        title=winner.title,
        field=winner.sector,
        prize=winner.prize,
        owner_agency=owner_agency,
        status=InitiativeStatus.PROPOSED,
        last_reported_on=today,
        next_report_due=today + REPORT_INTERVAL,
    )
    initiative.full_clean()
    initiative.save()
    _record(
        initiative=initiative,
        actor=actor,
        status=InitiativeStatus.PROPOSED,
        happened_on=today,
        note=note.strip(),
    )
    return initiative


def _record(*, initiative, actor, status, happened_on, **fields) -> InitiativeEvent:
    event = InitiativeEvent(
        initiative=initiative, actor=actor, status=status, happened_on=happened_on, **fields
    )
    event.full_clean()
    event.save()
    return event


def _clean_figures(figures: Iterable[dict]) -> list[dict]:
    cleaned = []
    for figure in figures:
        row = {k: str(figure.get(k, "")).strip()[:200] for k in ("label", "before", "after")}
        if not any(row.values()):
            continue
        if not row["label"] or not (row["before"] or row["after"]):
            raise ValidationError(
                {"figures": _("Each figure needs what was measured and a value before or after.")}
            )
        cleaned.append(row)
    return cleaned


def _check_files(files: Sequence) -> list[tuple[object, str]]:
    if len(files) > MAX_EVIDENCE_FILES:
        raise ValidationError(
            {"files": _("Attach at most %(n)s files.") % {"n": MAX_EVIDENCE_FILES}}
        )
    checked = []
    for upload in files:
        if upload.size > MAX_EVIDENCE_BYTES:
            raise ValidationError(
                {"files": _("%(name)s is larger than 20 MB.") % {"name": upload.name}}
            )
        upload.seek(0)
        try:
            kind = sniff(data=upload.read())
        except ValidationError as error:
            raise ValidationError({"files": f"{upload.name}: {' '.join(error.messages)}"}) from None
        checked.append((upload, str(kind)))
    return checked


def _validate(*, initiative, status, happened_on, place, effect, agencies, reason, today):
    errors = {}
    if status not in NEXT_STATUSES[InitiativeStatus(initiative.status)]:
        errors["status"] = _("An initiative that is “%(current)s” cannot become “%(new)s”.") % {
            "current": InitiativeStatus(initiative.status).label,
            "new": InitiativeStatus(status).label,
        }
    previous = initiative.events.order_by("-happened_on").values_list("happened_on", flat=True)
    previous = previous.first()
    if happened_on > today:
        errors["happened_on"] = _("The date cannot be in the future.")
    elif previous and happened_on < previous:
        # The timeline reads in date order; an earlier date would rewrite its past.
        errors["happened_on"] = _("The date cannot be before the last report (%(date)s).") % {
            "date": previous.strftime("%d/%m/%Y")
        }
    if status == InitiativeStatus.PILOTING and not place:
        errors["place"] = _("Say where the pilot runs.")
    if status == InitiativeStatus.EVALUATED and not effect:
        errors["effect"] = _("Describe the measured effect.")
    if status == InitiativeStatus.DROPPED and not reason:
        errors["reason"] = _("Say why the initiative was dropped.")
    if status == InitiativeStatus.REPLICATED:
        adopted = set(initiative.adoptions.values_list("agency_id", flat=True))
        new = [a for a in agencies if a.pk not in adopted and a.pk != initiative.owner_agency_id]
        if not new:
            errors["agencies"] = _("Choose at least one agency that has not adopted it yet.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def initiative_report(
    *,
    initiative: Initiative,
    actor,
    status: str,
    happened_on: datetime.date,
    note: str = "",
    place: str = "",
    effect: str = "",
    figures: Iterable[dict] = (),
    agencies: Sequence[Agency] = (),
    reason: str = "",
    files: Sequence = (),
    today=None,
) -> InitiativeEvent:
    """Record the owner's report: a new status, or news of the current one."""
    today = today or timezone.localdate()
    initiative = Initiative.objects.select_for_update().get(pk=initiative.pk)
    place, effect, reason, note = place.strip(), effect.strip(), reason.strip(), note.strip()
    _validate(
        initiative=initiative,
        status=status,
        happened_on=happened_on,
        place=place,
        effect=effect,
        agencies=agencies,
        reason=reason,
        today=today,
    )
    cleaned_figures = _clean_figures(figures)
    checked_files = _check_files(files)
    event = _record(
        initiative=initiative,
        actor=actor,
        status=status,
        happened_on=happened_on,
        note=note,
        place=place,
        effect=effect,
        figures=cleaned_figures,
        reason=reason,
    )
    if status == InitiativeStatus.REPLICATED:
        adopted = set(initiative.adoptions.values_list("agency_id", flat=True))
        new = [a for a in agencies if a.pk not in adopted and a.pk != initiative.owner_agency_id]
        event.agencies.set(new)
        Adoption.objects.bulk_create(
            Adoption(initiative=initiative, agency=a, since=happened_on, event=event) for a in new
        )
    for upload, kind in checked_files:
        upload.seek(0)
        content = upload.read()
        stored = private_storage().save(
            f"initiatives/{secrets.token_hex(16)}.{kind}", ContentFile(content)
        )
        Evidence.objects.create(
            event=event,
            original_name=(upload.name or "minh-chung")[:255],
            stored_name=stored,
            content_type=EVIDENCE_CONTENT_TYPES[kind],
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
        )
    initiative.status = status
    if status == InitiativeStatus.PILOTING:
        initiative.pilot_place = place
        initiative.pilot_since = happened_on
    if status == InitiativeStatus.EVALUATED:
        initiative.effect = effect
    if status == InitiativeStatus.DROPPED:
        initiative.dropped_reason = reason
        initiative.next_report_due = None
    else:
        initiative.next_report_due = today + REPORT_INTERVAL
    initiative.last_reported_on = today
    initiative.full_clean()
    initiative.save()
    return event
