from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from contest.collation import text_sort_key
from contest.enums import AgencyLevel


class Agency(models.Model):
    """An administrative unit people work for.

    Units are renamed and merged over time, so they are data organisers edit; an entry
    copies the name it was submitted under instead of following later renames.
    """

    name = models.CharField(_("name"), max_length=255)
    level = models.CharField(
        _("level"), max_length=20, choices=AgencyLevel, default=AgencyLevel.OTHER
    )
    kind = models.CharField(
        _("kind of unit"),
        max_length=50,
        blank=True,
        help_text=_("For example: sở, quận, huyện, phường."),
    )
    # contest.collation.text_sort_key(name), kept by save(): ORDER BY gives Vietnamese order.
    sort_key = models.TextField(editable=False, default="", db_index=False)
    is_active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("Untick when the unit is merged or renamed; existing records keep its name."),
    )

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["level", "sort_key"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="agency_name_unique_ci"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.sort_key = text_sort_key(self.name)
        if kwargs.get("update_fields") is not None and "name" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "sort_key"}
        super().save(*args, **kwargs)
