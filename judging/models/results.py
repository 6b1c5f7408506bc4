from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from contest.enums import EntrantType


class Advancement(models.Model):
    """An entry moving into a later round: proposed by the secretariat, confirmed by organisers."""

    entry = models.ForeignKey(
        "contest.Entry", on_delete=models.PROTECT, related_name="advancements"
    )
    from_round = models.ForeignKey("judging.Round", on_delete=models.PROTECT, related_name="+")
    to_round = models.ForeignKey(
        "judging.Round", on_delete=models.PROTECT, related_name="advanced_entries"
    )
    rank = models.PositiveIntegerField()
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    confirmed = models.BooleanField(default=False)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "to_round"], name="advance_once"),
        ]

    def __str__(self):
        return f"{self.entry_id} → {self.to_round_id}"


class PrizeTier(models.Model):
    edition = models.ForeignKey(
        "contest.Edition",
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="prize_tiers",
    )
    entrant_type = models.CharField(_("entrant type"), max_length=20, choices=EntrantType)
    rank = models.PositiveSmallIntegerField(_("rank"))
    name = models.CharField(_("name"), max_length=100)
    quota = models.PositiveSmallIntegerField(_("number of prizes"))

    class Meta:
        verbose_name = _("prize tier")
        ordering = ["edition", "entrant_type", "rank"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "entrant_type", "rank"], name="prize_tier_rank_unique"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.get_entrant_type_display()})"


# What may change on a frozen snapshot: whether the public sees it and whether it still holds.
MUTABLE_SNAPSHOT_FIELDS = {
    "published_at",
    "published_by",
    "superseded_at",
    "superseded_by",
    "superseded_reason",
}


class ResultSnapshot(models.Model):
    """A frozen result: inputs, method, weights and outputs, with a SHA-256 of all of it."""

    edition = models.ForeignKey(
        "contest.Edition", on_delete=models.PROTECT, related_name="result_snapshots"
    )
    round = models.ForeignKey("judging.Round", on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField()
    payload = models.TextField(help_text="Canonical JSON; never edited.")
    sha256 = models.CharField(max_length=64)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Publication is the one state a frozen snapshot may change: it says whether the public
    # sees it, never what it says. Each change is also an AuditEvent.
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # An organiser's reasoned correction after the freeze marks the snapshot superseded: it
    # stays, word for word, but no longer holds the round frozen (judging.services.freeze).
    superseded_at = models.DateTimeField(null=True, blank=True)
    superseded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    superseded_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["edition", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "version"], name="snapshot_version_once"),
            models.UniqueConstraint(
                fields=["edition"],
                condition=models.Q(published_at__isnull=False),
                name="one_published_result_per_edition",
            ),
        ]

    def __str__(self):
        return f"{self.edition} v{self.version}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            changed = set(kwargs.get("update_fields") or []) - MUTABLE_SNAPSHOT_FIELDS
            if changed or not kwargs.get("update_fields"):
                raise ValueError("A frozen snapshot never changes; freeze a new version.")
        super().save(*args, **kwargs)
