from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel

from judging.aggregation.judge_effects import MIN_ENTRIES
from judging.enums import AggregationMethod, RoundIntake, RoundKind


class Round(ClusterableModel):
    """One round of an edition with its rubric and how its scores are combined."""

    edition = models.ForeignKey(
        "contest.Edition",
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="rounds",
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=RoundKind, default=RoundKind.PRELIMINARY
    )
    position = models.PositiveSmallIntegerField(_("order"), default=1)
    intake = models.CharField(
        _("entries"), max_length=20, choices=RoundIntake, default=RoundIntake.ALL_ELIGIBLE
    )
    judges_per_entry = models.PositiveSmallIntegerField(
        _("judges per entry"), default=3, validators=[MinValueValidator(1)]
    )
    score_step = models.DecimalField(
        _("score step"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("0.5"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    method = models.CharField(
        _("aggregation"),
        max_length=20,
        choices=AggregationMethod,
        default=AggregationMethod.ADJUSTED,
        help_text=_(
            "Recommended: the mean corrected for lenient and harsh judges. Each judge's "
            "leniency (and, from 10 entries, spread) is estimated from the round's own scores "
            "and removed before averaging, so an entry does not win or lose by who judged it. "
            "A judge with fewer scored entries than the minimum below is left uncorrected. "
            "In a simulated jury "
            "it finds the true top entries as often as an unbiased jury; the plain mean misses "
            "about one in eight of them (docs/judging.md)."
        ),
    )
    min_judge_entries = models.PositiveSmallIntegerField(
        _("entries a judge needs to be corrected"),
        default=MIN_ENTRIES,
        validators=[MinValueValidator(2)],
        help_text=_(
            "For the corrected mean: a judge who scored fewer entries of this round is left "
            "uncorrected, since a leniency estimated from so few totals would mostly be noise. "
            "Where no judge reaches it, the scores are the plain mean, and the ranking page "
            "says so."
        ),
    )
    comment_required_below = models.DecimalField(
        _("comment required below (total)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
    )
    comment_required_above = models.DecimalField(
        _("comment required above (total)"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
    )
    disagreement_range = models.DecimalField(
        _("flag when judges' totals differ by more than"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("20"),
    )
    priority_criterion = models.ForeignKey(
        "judging.Criterion",
        verbose_name=_("tie-break criterion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    judges_see_each_other = models.BooleanField(
        _("judges may see each other's scores"), default=False
    )
    live = models.BooleanField(
        _("live scoring"),
        default=False,
        help_text=_("Final round presentations: judges score on phones during the session."),
    )
    revealed_at = models.DateTimeField(_("ranking revealed"), null=True, blank=True)
    rubric_frozen_at = models.DateTimeField(
        _("rubric frozen"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        ordering = ["edition", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "position"], name="round_position_unique_in_edition"
            ),
        ]

    def __str__(self):
        return f"{self.edition} — {self.name}"

    @property
    def max_total(self) -> Decimal:
        return sum((c.max_points * c.weight for c in self.criteria.all()), Decimal(0))


class Criterion(models.Model):
    round = ParentalKey(Round, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("name"), max_length=200)
    guidance = models.TextField(_("guidance for judges"), blank=True)
    max_points = models.DecimalField(
        _("maximum points"),
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.5"))],
    )
    weight = models.DecimalField(
        _("weight"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0"))],
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("guidance"),
        FieldPanel("max_points"),
        FieldPanel("weight"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["round", "sort_order", "pk"]

    def __str__(self):
        return self.name
