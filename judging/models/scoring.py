from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from judging.enums import SheetStatus


class Assignment(models.Model):
    round = models.ForeignKey("judging.Round", on_delete=models.CASCADE, related_name="assignments")
    entry = models.ForeignKey("contest.Entry", on_delete=models.PROTECT, related_name="assignments")
    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["round", "entry", "judge"], name="assignment_once_per_judge_entry_round"
            ),
        ]
        indexes = [models.Index(fields=["round", "judge", "active"])]

    def __str__(self):
        return f"{self.round_id}: {self.judge_id} → {self.entry_id}"


class ScoreSheet(models.Model):
    """One judge's scores for one entry in one round; locked once submitted."""

    assignment = models.OneToOneField(Assignment, on_delete=models.PROTECT, related_name="sheet")
    status = models.CharField(max_length=20, choices=SheetStatus, default=SheetStatus.DRAFT)
    comment = models.TextField(_("comment"), blank=True, max_length=5_000)
    total = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    submitted_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status=SheetStatus.DRAFT)
                | models.Q(submitted_at__isnull=False, total__isnull=False),
                name="sheet_submitted_has_total",
            ),
        ]

    def __str__(self):
        return f"{self.assignment_id} {self.status}"


class Score(models.Model):
    sheet = models.ForeignKey(ScoreSheet, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        "judging.Criterion", on_delete=models.PROTECT, related_name="scores"
    )
    points = models.DecimalField(max_digits=6, decimal_places=2)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["sheet", "criterion"], name="score_once_per_sheet_criterion"
            ),
            models.CheckConstraint(condition=models.Q(points__gte=0), name="score_not_negative"),
        ]

    def __str__(self):
        return f"{self.criterion_id}: {self.points}"
