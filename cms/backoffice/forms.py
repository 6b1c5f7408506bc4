from django import forms
from django.core.validators import MinValueValidator, RegexValidator
from django.utils.translation import gettext_lazy as _

from contest.models import Edition


class EditionCopyForm(forms.Form):
    """A new edition from an earlier one: only what must differ is asked for."""

    source = forms.ModelChoiceField(
        label=_("Copy from"), queryset=Edition.objects.order_by("-year", "name"), empty_label=None
    )
    name = forms.CharField(label=_("Name of the new edition"), max_length=255)
    year = forms.IntegerField(label=_("Year"), validators=[MinValueValidator(2000)])
    code_prefix = forms.CharField(
        label=_("Entry code prefix"),
        max_length=20,
        validators=[RegexValidator(r"^[A-Z0-9]+$", _("Use capital letters and digits only."))],
        help_text=_("Entry codes are this prefix, a dash and a number: CCHC2026-0001."),
    )

    def clean_code_prefix(self):
        prefix = self.cleaned_data["code_prefix"]
        if Edition.objects.filter(code_prefix=prefix).exists():
            raise forms.ValidationError(
                _("Another edition already uses the prefix %(prefix)s."), params={"prefix": prefix}
            )
        return prefix

    @classmethod
    def suggested(cls, source: Edition | None) -> dict:
        if source is None:
            return {}
        year = source.year + 1
        return {
            "source": source,
            "name": source.name.replace(str(source.year), str(year)),
            "year": year,
            "code_prefix": source.code_prefix.replace(str(source.year), str(year)),
        }


class OpenSubmissionsForm(forms.Form):
    closes_at = forms.DateTimeField(
        label=_("Entries accepted until"),
        help_text=_(
            "Day and time in Hanoi time, as dd/mm/yyyy hh:mm, for example 30/06/2026 17:00."
        ),
        input_formats=["%d/%m/%Y %H:%M", "%d/%m/%Y"],
        widget=forms.DateTimeInput(format="%d/%m/%Y %H:%M"),
        error_messages={
            "invalid": _(
                "Write the closing time as dd/mm/yyyy hh:mm, for example 30/06/2026 17:00."
            )
        },
    )
    grace_seconds = forms.IntegerField(
        label=_("Grace period (seconds)"),
        required=False,  # empty keeps the edition's current grace
        min_value=0,
        max_value=3600,
        help_text=_(
            "Submissions that reach the server this many seconds after the closing time are "
            "still accepted; the published closing time does not change. 0 means none."
        ),
    )
    confirm = forms.BooleanField(
        label=_("I have checked the rules page and the timeline; entrants may submit from now on.")
    )
