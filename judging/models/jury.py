from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from judging.enums import ConflictSource


class JuryMember(models.Model):
    """A judge on an edition's jury, optionally on a field's panel, with a workload cap."""

    edition = models.ForeignKey(
        "contest.Edition",
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="jury",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("judge"),
        on_delete=models.PROTECT,
        related_name="jury_memberships",
    )
    sectors = models.ManyToManyField(
        "contest.Sector", blank=True, related_name="panel", verbose_name=_("panel fields")
    )
    max_entries = models.PositiveIntegerField(_("most entries per round"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    class Meta:
        verbose_name = _("jury member")
        verbose_name_plural = _("jury members")
        constraints = [
            models.UniqueConstraint(fields=["edition", "user"], name="jury_member_once"),
        ]

    def __str__(self):
        return str(self.user)


class Conflict(models.Model):
    """A judge who must not score an entry; automatic ones are recomputed, others declared."""

    judge = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("judge"),
        on_delete=models.CASCADE,
        related_name="judging_conflicts",
    )
    entry = models.ForeignKey(
        "contest.Entry",
        verbose_name=_("entry"),
        on_delete=models.CASCADE,
        related_name="conflicts",
    )
    source = models.CharField(max_length=20, choices=ConflictSource)
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        constraints = [
            models.UniqueConstraint(fields=["judge", "entry"], name="conflict_once_per_pair"),
        ]

    def __str__(self):
        return f"{self.judge_id} x {self.entry_id}"
