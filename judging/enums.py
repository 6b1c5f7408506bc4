from django.db import models
from django.utils.translation import gettext_lazy as _


class RoundKind(models.TextChoices):
    PRELIMINARY = "preliminary", _("Preliminary round")
    FINAL = "final", _("Final round")


class RoundIntake(models.TextChoices):
    ALL_ELIGIBLE = "eligible", _("All eligible entries")
    ADVANCED = "advanced", _("Entries advanced from the previous round")


class AggregationMethod(models.TextChoices):
    MEAN = "mean", _("Mean")
    TRIMMED_MEAN = "trimmed_mean", _("Trimmed mean (drop highest and lowest from five judges)")
    MEDIAN = "median", _("Median")
    ZSCORE = "zscore", _("Per-judge normalised (z-score)")
    ADJUSTED = "adjusted", _("Mean corrected for lenient and harsh judges (recommended)")


class SheetStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")


class ConflictSource(models.TextChoices):
    AUTOMATIC = "automatic", _("Automatic")
    DECLARED = "declared", _("Declared by the judge")
    SECRETARIAT = "secretariat", _("Added by the secretariat")


class AuditAction(models.TextChoices):
    SCORE_SAVED = "score_saved", _("Score saved")
    SCORE_SUBMITTED = "score_submitted", _("Score submitted")
    SCORE_REOPENED = "score_reopened", _("Score reopened")
    ASSIGNED = "assigned", _("Assigned")
    UNASSIGNED = "unassigned", _("Assignment removed")
    CONFLICT = "conflict", _("Conflict recorded")
    JUDGE_WITHDRAWN = "judge_withdrawn", _("Judge withdrawn")
    ADVANCEMENT_PROPOSED = "advancement_proposed", _("Advancement proposed")
    ADVANCEMENT_CONFIRMED = "advancement_confirmed", _("Advancement confirmed")
    PRIZE_OVERRIDE = "prize_override", _("Prize overridden")
    SNAPSHOT = "snapshot", _("Result snapshot frozen")
    SNAPSHOT_SUPERSEDED = "snapshot_superseded", _("Frozen result reopened for correction")
    REVEALED = "revealed", _("Ranking revealed")
    RESULT_PUBLISHED = "result_published", _("Result published")
    RESULT_UNPUBLISHED = "result_unpublished", _("Result unpublished")
    RESULT_NOTIFIED = "result_notified", _("Entrants told their outcome")
    CERTIFICATE_ISSUED = "certificate_issued", _("Certificate issued")
    CERTIFICATE_REVOKED = "certificate_revoked", _("Certificate revoked")
    CERTIFICATE_REISSUED = "certificate_reissued", _("Certificate reissued")
    TASK_RETRIED = "task_retried", _("Background task run again")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")


class CertificateStanding(models.TextChoices):
    """What a certificate is worth today: its stored status read with its result's publication.

    Suspended is never stored: a valid certificate whose snapshot is not published now.
    """

    VALID = "valid", _("Valid")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")


class BatchStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Rendering")
    FINISHED = "finished", _("Finished")
    FAILED = "failed", _("Finished with errors")


class RoundState(models.TextChoices):
    """Whether a round's result may still change (judging.services.freeze decides)."""

    OPEN = "open", _("Result not yet frozen")
    FROZEN = "frozen", _("Result frozen")
    PUBLISHED = "published", _("Result published")
