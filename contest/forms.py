"""Entrant and secretariat forms. They parse input only; services decide and write."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from contest.enums import AttachmentRole, EntrantType, EntryKind, EntryStatus
from contest.models import Agency, Edition, Entry, Sector
from contest.models.entry import TEXT_LIMITS
from contest.services.entries import REQUIRED_FOR_SUBMISSION

TEXTAREA_ROWS = {"summary": 4}


class EntryForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    title = forms.CharField(
        label=pgettext_lazy("entry", "Title"), required=False, max_length=TEXT_LIMITS["title"]
    )
    sector = forms.ModelChoiceField(
        label=pgettext_lazy("sector", "Field"),
        queryset=Sector.objects.none(),
        required=False,
        empty_label=_("— Choose a field —"),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=EntryKind.choices)
    entrant_type = forms.ChoiceField(label=_("Entrant type"), choices=EntrantType.choices)
    summary = forms.CharField(
        label=_("Summary"),
        required=False,
        max_length=TEXT_LIMITS["summary"],
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    problem = forms.CharField(
        label=_("Problem and current state"),
        required=False,
        max_length=TEXT_LIMITS["problem"],
        widget=forms.Textarea,
    )
    solution = forms.CharField(
        label=_("The idea or solution"),
        required=False,
        max_length=TEXT_LIMITS["solution"],
        widget=forms.Textarea,
    )
    novelty = forms.CharField(
        label=_("What is new"),
        required=False,
        max_length=TEXT_LIMITS["novelty"],
        widget=forms.Textarea,
    )
    feasibility = forms.CharField(
        label=_("Feasibility and cost"),
        required=False,
        max_length=TEXT_LIMITS["feasibility"],
        widget=forms.Textarea,
    )
    effect = forms.CharField(
        label=_("Expected or measured effect"),
        required=False,
        max_length=TEXT_LIMITS["effect"],
        widget=forms.Textarea,
    )
    replication = forms.CharField(
        label=_("Scope for replication"),
        required=False,
        max_length=TEXT_LIMITS["replication"],
        widget=forms.Textarea,
    )
    video_url = forms.URLField(
        label=_("Video link"),
        required=False,
        assume_scheme="https",
        help_text=_("A link to a short video on a public video site."),
    )

    def __init__(self, *args, entry: Entry, **kwargs):
        super().__init__(*args, **kwargs)
        edition = entry.edition
        self.fields["sector"].queryset = Sector.objects.filter(edition=edition)
        self.fields["kind"].choices = [c for c in EntryKind.choices if c[0] in edition.entry_kinds]
        self.fields["entrant_type"].choices = [
            c for c in EntrantType.choices if c[0] in edition.entrant_types
        ]
        for name, limit in TEXT_LIMITS.items():
            self.fields[name].widget.attrs["maxlength"] = limit
        # A draft may be saved half-written, so these are not `required`; the labels still
        # say that the entry cannot be submitted without them.
        for name in [*REQUIRED_FOR_SUBMISSION, "sector"]:
            self.fields[name].required_to_submit = True

    def to_service_data(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version")
        data["sector"] = data["sector"].pk if data["sector"] else None
        return data


class AuthorForm(forms.Form):
    """One author row. Empty rows are dropped; a filled row needs all but the position."""

    full_name = forms.CharField(label=_("Full name"), max_length=150, required=False)
    unit = forms.CharField(label=_("Agency"), max_length=255, required=False)
    job_title = forms.CharField(label=_("Position"), max_length=150, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    share = forms.IntegerField(
        label=_("Contribution (%)"), min_value=1, max_value=100, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("full_name", "unit", "email", "share"):
            self.fields[name].required_to_submit = True


class BaseAuthorFormSet(forms.BaseFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove this author")


# can_delete: without JavaScript an author is removed by ticking the box and saving;
# static/js/authors-formset.js turns the box into a button and adds rows in the page.
AuthorFormSet = forms.formset_factory(
    AuthorForm,
    formset=BaseAuthorFormSet,
    extra=1,
    max_num=50,
    absolute_max=50,
    can_delete=True,
)


class InvitationAnswerForm(forms.Form):
    ANSWERS = [("accept", _("Accept")), ("decline", _("Decline"))]
    answer = forms.ChoiceField(label=_("Your answer"), choices=ANSWERS, widget=forms.RadioSelect)


class AttachmentUploadForm(forms.Form):
    role = forms.ChoiceField(label=_("Kind of file"), choices=AttachmentRole.choices)
    # Empty files reach the service, which names the problem; the default "required"
    # message would tell the entrant to choose a file they did choose.
    file = forms.FileField(label=_("File"), allow_empty_file=True)


class ScreeningDecisionForm(forms.Form):
    ACTIONS = [
        ("eligible", _("Mark eligible")),
        ("ineligible", _("Mark ineligible")),
        ("return", _("Return for changes")),
    ]
    action = forms.ChoiceField(label=_("Decision"), choices=ACTIONS, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Reason (sent to the authors)"),
        required=False,
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    until = forms.DateField(
        label=_("Changes allowed until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].requirement = _("required to mark ineligible or return")
        self.fields["until"].requirement = _("required to return")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") in ("ineligible", "return") and not cleaned.get("reason"):
            self.add_error("reason", _("Give the reason; the authors will read it."))
        if cleaned.get("action") == "return" and not cleaned.get("until"):
            self.add_error("until", _("Choose the last day for changes."))
        return cleaned


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Internal note"), max_length=5_000, widget=forms.Textarea(attrs={"rows": 3})
    )


class ScreeningFilterForm(forms.Form):
    no_optional_mark = True  # every filter may be left empty; saying so on each is noise

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    edition = forms.ModelChoiceField(
        label=_("Edition"),
        queryset=Edition.objects.all(),
        required=False,
        empty_label=_("All editions"),
    )
    sector = forms.ModelChoiceField(
        label=pgettext_lazy("sector", "Field"),
        queryset=Sector.objects.select_related("edition"),
        required=False,
        empty_label=_("All fields"),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *EntryKind.choices]
    )
    entrant_type = forms.ChoiceField(
        label=_("Entrant type"),
        required=False,
        choices=[("", _("All entrant types")), *EntrantType.choices],
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses"))]
        + [c for c in EntryStatus.choices if c[0] != EntryStatus.DRAFT],
    )
    agency = forms.ModelChoiceField(
        label=_("Agency"),
        queryset=Agency.objects.all(),
        required=False,
        empty_label=_("All agencies"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each edition has its own rows for the same fields: group them by edition, so
        # that the list does not show every field once per edition with nothing between.
        groups: dict[str, list] = {}
        for sector in self.fields["sector"].queryset.order_by("-edition__year", "sort_order"):
            groups.setdefault(sector.edition.name, []).append((sector.pk, sector.name))
        self.fields["sector"].choices = [("", _("All fields")), *groups.items()]


class BulkActionForm(forms.Form):
    action = forms.ChoiceField(
        label=_("With the selected entries"),
        choices=[("eligible", _("Mark eligible")), ("ineligible", _("Mark ineligible"))],
    )
    reason = forms.CharField(label=_("Reason"), required=False, max_length=2_000)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "ineligible" and not cleaned.get("reason"):
            raise ValidationError(_("Give the reason; the authors will read it."))
        return cleaned


class RedactionForm(forms.Form):
    def __init__(self, *args, entry: Entry, **kwargs):
        super().__init__(*args, **kwargs)
        for name in TEXT_LIMITS:
            field = Entry._meta.get_field(name)
            self.fields[name] = forms.CharField(
                label=field.verbose_name,
                required=False,
                max_length=TEXT_LIMITS[name],
                initial=entry.redactions.get(name, getattr(entry, name)),
                widget=forms.Textarea(attrs={"rows": 3}) if name != "title" else None,
            )
