from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contest.models import Agency
from initiatives.enums import NEXT_STATUSES, InitiativeStatus, PairVerdict

FIGURE_ROWS = 3


class InitiativeCreateForm(forms.Form):
    entry = forms.TypedChoiceField(label=_("Winning entry"), coerce=int)
    owner_agency = forms.ModelChoiceField(
        label=_("Lead agency"), queryset=Agency.objects.filter(is_active=True)
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, winners=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].choices = [
            (w.entry_id, f"{w.code} · {w.title} ({w.prize})") for w in winners
        ]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


class InitiativeReportForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"))
    happened_on = forms.DateField(
        label=_("Since (date)"), widget=forms.DateInput(attrs={"type": "date"})
    )
    place = forms.CharField(label=_("Pilot site"), required=False, max_length=255)
    effect = forms.CharField(
        label=_("Measured effect"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    agencies = forms.ModelMultipleChoiceField(
        label=_("Agencies that adopted it"),
        queryset=Agency.objects.filter(is_active=True),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    reason = forms.CharField(
        label=_("Why it was dropped"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    note = forms.CharField(
        label=_("Report"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    files = MultipleFileField(label=_("Evidence files (PDF, Word, images)"), required=False)

    def __init__(self, *args, initiative, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = NEXT_STATUSES[InitiativeStatus(initiative.status)]
        self.fields["status"].choices = [(s.value, s.label) for s in allowed]
        self.fields["happened_on"].initial = timezone.localdate()
        for i in range(FIGURE_ROWS):
            self.fields[f"figure_{i}_label"] = forms.CharField(
                label=_("Figure %(n)s: what was measured") % {"n": i + 1},
                required=False,
                max_length=200,
            )
            self.fields[f"figure_{i}_before"] = forms.CharField(
                label=_("before"), required=False, max_length=200
            )
            self.fields[f"figure_{i}_after"] = forms.CharField(
                label=_("after"), required=False, max_length=200
            )

    def figures(self) -> list[dict]:
        data = self.cleaned_data
        return [
            {
                "label": data.get(f"figure_{i}_label", ""),
                "before": data.get(f"figure_{i}_before", ""),
                "after": data.get(f"figure_{i}_after", ""),
            }
            for i in range(FIGURE_ROWS)
        ]


class PairMarkForm(forms.Form):
    verdict = forms.ChoiceField(
        choices=[
            (PairVerdict.SAME, PairVerdict.SAME.label),
            (PairVerdict.DIFFERENT, PairVerdict.DIFFERENT.label),
        ]
    )
