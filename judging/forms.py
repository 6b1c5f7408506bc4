from django import forms
from django.utils.translation import gettext_lazy as _


class ScoreForm(forms.Form):
    """One number field per criterion, built from the round's rubric."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=5_000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, criteria, step, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            self.fields[f"criterion_{criterion.pk}"] = forms.DecimalField(
                label=criterion.name,
                required=False,
                min_value=0,
                max_value=criterion.max_points,
                decimal_places=2,
                help_text=criterion.guidance,
                widget=forms.NumberInput(
                    attrs={
                        "step": str(step),
                        "min": "0",
                        "max": str(criterion.max_points),
                        "inputmode": "decimal",
                    }
                ),
            )
        self.order_fields([*(f"criterion_{c.pk}" for c in self.criteria), "comment", "version"])

    def scores(self) -> dict:
        return {c.pk: self.cleaned_data.get(f"criterion_{c.pk}") for c in self.criteria}


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=2_000, widget=forms.Textarea(attrs={"rows": 2})
    )


class ConflictForm(forms.Form):
    reason = forms.CharField(
        label=_("Why you cannot judge this entry"),
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
