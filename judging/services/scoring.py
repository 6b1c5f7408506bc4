"""A judge's scores: save a draft, submit (then locked), and a recorded reopen."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from judging.enums import AuditAction, SheetStatus
from judging.models import Assignment, Score, ScoreSheet
from judging.services.audit import audit
from judging.services.freeze import round_require_open
from judging.services.rounds import step_ok


class SheetConflict(Exception):
    """The sheet changed since the judge loaded it (another device, or a reopen)."""


def _parse(raw) -> Decimal | None:
    if raw in (None, ""):
        return None
    try:
        value = Decimal(str(raw).replace(",", "."))
    except InvalidOperation:
        return Decimal("NaN")
    return value


def _clean_scores(*, assignment: Assignment, scores: dict, require_all: bool) -> dict:
    round_ = assignment.round
    errors, cleaned = {}, {}
    for criterion in round_.criteria.all():
        value = _parse(scores.get(criterion.pk, scores.get(str(criterion.pk))))
        key = f"criterion_{criterion.pk}"
        if value is None:
            if require_all:
                errors[key] = ValidationError(
                    _("Give a score for every criterion."), code="required"
                )
            continue
        if value.is_nan() or not (0 <= value <= criterion.max_points):
            errors[key] = ValidationError(
                _("Enter a number from 0 to %(max)s."),
                code="range",
                params={"max": criterion.max_points.normalize()},
            )
        elif not step_ok(value, round_.score_step):
            errors[key] = ValidationError(
                _("Scores go in steps of %(step)s."),
                code="step",
                params={"step": round_.score_step.normalize()},
            )
        else:
            cleaned[criterion.pk] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def _weighted_total(assignment, cleaned) -> Decimal:
    weights = {c.pk: c.weight for c in assignment.round.criteria.all()}
    return sum((points * weights[pk] for pk, points in cleaned.items()), Decimal(0)).quantize(
        Decimal("0.01")
    )


def _comment_required(round_, total: Decimal) -> bool:
    below, above = round_.comment_required_below, round_.comment_required_above
    return (below is not None and total < below) or (above is not None and total > above)


@transaction.atomic
def score_save(
    *,
    assignment: Assignment,
    judge,
    scores: dict,
    comment: str = "",
    version: int | None = None,
    submit: bool = False,
) -> ScoreSheet:
    """Save the judge's scores; with submit, check completeness and lock the sheet."""
    if assignment.judge_id != judge.pk or not assignment.active:
        raise ValidationError(_("This entry is not assigned to you."), code="not_assigned")
    round_require_open(round_=assignment.round)
    sheet, _created = ScoreSheet.objects.get_or_create(assignment=assignment)
    sheet = ScoreSheet.objects.select_for_update().get(pk=sheet.pk)
    if sheet.status == SheetStatus.SUBMITTED:
        raise ValidationError(
            _("These scores were submitted and are locked. Ask the secretariat to reopen them."),
            code="locked",
        )
    if version is not None and sheet.version != version:
        raise SheetConflict
    cleaned = _clean_scores(assignment=assignment, scores=scores, require_all=submit)
    comment = (comment or "").strip()
    if len(comment) > 5000:
        raise ValidationError({"comment": _("Keep the comment under 5000 characters.")})
    total = _weighted_total(assignment, cleaned) if cleaned else None
    if submit and _comment_required(assignment.round, total) and not comment:
        raise ValidationError(
            {"comment": _("A comment is required for a total this high or this low.")}
        )
    before = {str(s.criterion_id): str(s.points) for s in sheet.scores.all()}
    Score.objects.filter(sheet=sheet).exclude(criterion_id__in=cleaned).delete()
    for criterion_id, points in cleaned.items():
        Score.objects.update_or_create(
            sheet=sheet, criterion_id=criterion_id, defaults={"points": points}
        )
    updated = ScoreSheet.objects.filter(pk=sheet.pk, version=sheet.version).update(
        comment=comment,
        total=total,
        status=SheetStatus.SUBMITTED if submit else SheetStatus.DRAFT,
        submitted_at=timezone.now() if submit else None,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    if not updated:
        raise SheetConflict
    if submit and assignment.round.rubric_frozen_at is None:
        type(assignment.round).objects.filter(
            pk=assignment.round_id, rubric_frozen_at__isnull=True
        ).update(rubric_frozen_at=timezone.now())
    _audit_score(assignment, judge, before, cleaned, total, submit)
    sheet.refresh_from_db()
    return sheet


def _audit_score(assignment, judge, before, cleaned, total, submit):
    audit(
        action=AuditAction.SCORE_SUBMITTED if submit else AuditAction.SCORE_SAVED,
        actor=judge,
        round=assignment.round,
        entry=assignment.entry,
        judge=judge,
        before=before,
        after={**{str(k): str(v) for k, v in cleaned.items()}, "total": str(total)},
    )


@transaction.atomic
def score_reopen(*, sheet: ScoreSheet, actor, reason: str) -> ScoreSheet:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give the reason for reopening these scores.")})
    round_require_open(round_=sheet.assignment.round)
    sheet = (
        ScoreSheet.objects.select_for_update()
        .select_related("assignment__round", "assignment__entry", "assignment__judge")
        .get(pk=sheet.pk)
    )
    if sheet.status != SheetStatus.SUBMITTED:
        raise ValidationError(_("Only submitted scores can be reopened."), code="state")
    ScoreSheet.objects.filter(pk=sheet.pk).update(
        status=SheetStatus.DRAFT, submitted_at=None, version=F("version") + 1
    )
    audit(
        action=AuditAction.SCORE_REOPENED,
        actor=actor,
        round=sheet.assignment.round,
        entry=sheet.assignment.entry,
        judge=sheet.assignment.judge,
        before={"status": "submitted", "total": str(sheet.total)},
        after={"status": "draft"},
        reason=reason,
    )
    sheet.refresh_from_db()
    return sheet
