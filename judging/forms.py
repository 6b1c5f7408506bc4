from decimal import Decimal

from django import forms
from django.utils.formats import number_format
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _


def points(value: Decimal) -> str:
    """30.00 as "30", 7.50 as "7,5": points as people write them, in the active language."""
    value = Decimal(value)
    places = 0 if value == value.to_integral() else max(0, -value.normalize().as_tuple().exponent)
    return number_format(value, decimal_pos=places, use_l10n=True)


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
            most = points(criterion.max_points)
            field = forms.DecimalField(
                label=gettext("%(name)s (out of %(max)s points)")
                % {"name": criterion.name, "max": most},
                required=False,
                min_value=0,
                max_value=criterion.max_points,
                decimal_places=2,
                help_text=criterion.guidance,
                # Django's own message prints the limit as "30.00 ." (point, space).
                error_messages={
                    "max_value": gettext("At most %(max)s points.") % {"max": most},
                    "min_value": gettext("At least 0 points."),
                },
                widget=forms.NumberInput(
                    attrs={
                        "step": str(step),
                        "min": "0",
                        "max": str(criterion.max_points),
                        "inputmode": "decimal",
                        "data-weight": str(criterion.weight),
                        "data-score": "",
                    }
                ),
            )
            field.required_to_submit = True  # a draft may leave it empty
            self.fields[f"criterion_{criterion.pk}"] = field
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


class AdvancementForm(forms.Form):
    top_n = forms.IntegerField(
        label=_("Number of entries"),
        required=False,
        min_value=1,
        help_text=_("The best N entries (in each field, if ticked below)."),
    )
    threshold = forms.DecimalField(
        label=_("Minimum score"),
        required=False,
        min_value=0,
        decimal_places=2,
        help_text=_("Entries at or above this score. With a number too: the best N of them."),
    )
    per_sector = forms.BooleanField(label=_("Within each field"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("top_n") is None and cleaned.get("threshold") is None:
            raise forms.ValidationError(_("Choose a number of entries, a threshold, or both."))
        return cleaned


class MethodsTopForm(forms.Form):
    """How many top entries the method comparison sets side by side: from 1 to the number
    the round's method ranks; when none is asked, 10, or every entry when fewer are ranked."""

    no_optional_mark = True  # left empty, the default applies: saying "optional" is noise

    top = forms.IntegerField(label=_("Number of top entries to compare"), required=False)

    def __init__(self, *args, ranked, **kwargs):
        super().__init__(*args, **kwargs)
        self.most = max(1, ranked)
        self.default = min(10, ranked)
        field = self.fields["top"]
        field.initial = self.default
        field.help_text = gettext("From 1 to %(most)s.") % {"most": self.most}
        field.widget.attrs.update({"min": 1, "max": self.most, "inputmode": "numeric"})
        typed = Truncator(str(self.data.get(self.add_prefix("top"), ""))).chars(20)
        field.error_messages["invalid"] = gettext(
            "“%(value)s” is not a whole number: enter a number from 1 to %(most)s."
        ) % {"value": typed, "most": self.most}

    def clean_top(self):
        value = self.cleaned_data["top"]
        if value is None:
            return self.default
        if value < 1:
            raise forms.ValidationError(
                gettext(
                    "At least 1 entry is needed, not %(value)s: enter a number from 1 to %(most)s."
                )
                % {"value": value, "most": self.most},
                code="min_value",
            )
        if value > self.most:
            raise forms.ValidationError(
                ngettext(
                    "Only %(most)s entry is ranked, fewer than %(value)s: enter a number "
                    "from 1 to %(most)s.",
                    "Only %(most)s entries are ranked, fewer than %(value)s: enter a number "
                    "from 1 to %(most)s.",
                    self.most,
                )
                % {"value": value, "most": self.most},
                code="max_value",
            )
        return value

    def chosen(self) -> int:
        """The number asked for when it is allowed, else the default."""
        return self.cleaned_data["top"] if self.is_bound and self.is_valid() else self.default


class PrizeOverrideForm(forms.Form):
    code = forms.CharField(label=_("Entry code"), max_length=40, required=False)
    prize = forms.ChoiceField(label=_("Prize"), required=False)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2_000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, prize_names, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["prize"].choices = [("", _("No prize")), *((n, n) for n in prize_names)]

    def clean(self):
        cleaned = super().clean()
        code = (cleaned.get("code") or "").strip()
        cleaned["code"] = code
        if code and not (cleaned.get("reason") or "").strip():
            self.add_error("reason", _("A prize override needs a reason."))
        return cleaned


PrizeOverrideFormSet = forms.formset_factory(PrizeOverrideForm, extra=3, max_num=50)


class ConfirmForm(forms.Form):
    """The explicit "I have checked" that an irreversible action's confirmation page asks.

    ``step`` tells the confirmation apart from the first post of a form that leads to it
    (a freeze's overrides, a revocation's reason): only a post with ``step=confirm`` acts.
    """

    STEP = "confirm"

    step = forms.CharField(widget=forms.HiddenInput, initial=STEP)
    confirm = forms.BooleanField(
        error_messages={"required": _("Tick the box to say you have checked what will happen.")}
    )

    def __init__(self, *args, label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirm"].label = label

    @classmethod
    def posted(cls, request) -> bool:
        return request.method == "POST" and request.POST.get("step") == cls.STEP
