from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from initiatives.enums import InitiativeStatus


class Initiative(models.Model):
    """A winning entry that the city tries out: who carries it, and where it stands.

    Title and field are copied from the published winner, so later edits of the entry
    (or a rename of its field) do not rewrite what the public was told.
    """

    edition = models.ForeignKey(
        "contest.Edition", on_delete=models.PROTECT, related_name="initiatives"
    )
    entry = models.OneToOneField(
        "contest.Entry", on_delete=models.PROTECT, related_name="initiative"
    )
    title = models.CharField(pgettext_lazy("initiative", "title"), max_length=300)
    field = models.CharField(_("field"), max_length=255, blank=True)
    prize = models.CharField(_("prize"), max_length=255, blank=True)
    owner_agency = models.ForeignKey(
        "contest.Agency",
        verbose_name=_("lead agency"),
        on_delete=models.PROTECT,
        related_name="initiatives_owned",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=InitiativeStatus, default=InitiativeStatus.PROPOSED
    )
    pilot_place = models.CharField(_("pilot site"), max_length=255, blank=True)
    pilot_since = models.DateField(_("piloting since"), null=True, blank=True)
    effect = models.TextField(_("measured effect"), blank=True)
    dropped_reason = models.TextField(_("why it was dropped"), blank=True)
    last_reported_on = models.DateField(_("last report"))
    next_report_due = models.DateField(_("next report due"), null=True, blank=True)
    # The due date a reminder was last sent for: one reminder per due date, however often
    # the scheduled task runs.
    reminded_for = models.DateField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["edition", "title", "pk"]
        indexes = [models.Index(fields=["next_report_due"])]

    def __str__(self):
        return self.title


class InitiativeEvent(models.Model):
    """Append-only: each report or change of an initiative, when it happened and who said so."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=InitiativeStatus)
    happened_on = models.DateField(_("date"))
    note = models.TextField(_("report"), blank=True)
    place = models.CharField(_("pilot site"), max_length=255, blank=True)
    effect = models.TextField(_("measured effect"), blank=True)
    # [{"label": "Thời gian xử lý hồ sơ", "before": "5 ngày", "after": "2 ngày"}, …]
    figures = models.JSONField(default=list, blank=True)
    reason = models.TextField(_("why it was dropped"), blank=True)
    agencies = models.ManyToManyField(
        "contest.Agency", blank=True, related_name="+", verbose_name=_("adopting agencies")
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["happened_on", "at", "pk"]

    def __str__(self):
        return f"{self.initiative_id} {self.status} {self.happened_on}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Initiative events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Initiative events are append-only.")


class Adoption(models.Model):
    """An agency that took the initiative up, from the report that said so."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="adoptions")
    agency = models.ForeignKey("contest.Agency", on_delete=models.PROTECT, related_name="+")
    since = models.DateField(_("since"))
    event = models.ForeignKey(InitiativeEvent, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["since", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["initiative", "agency"], name="adoption_once_per_agency"
            )
        ]

    def __str__(self):
        return f"{self.initiative_id} → {self.agency_id}"


class Evidence(models.Model):
    """A file backing an evaluation, kept in the private storage (it may name people)."""

    event = models.ForeignKey(InitiativeEvent, on_delete=models.CASCADE, related_name="evidence")
    original_name = models.CharField(_("file name"), max_length=255)
    stored_name = models.CharField(max_length=255, unique=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.original_name
