"""Forms Wagtail's admin uses for contest models (declared fields override model ones)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from contest.enums import EntrantType, EntryKind
from contest.models.edition import ATTACHMENT_KINDS

ATTACHMENT_KIND_CHOICES = [
    ("pdf", "PDF"),
    ("docx", "DOCX (Word)"),
    ("jpeg", "JPEG"),
    ("png", "PNG"),
    ("webp", "WebP"),
]
assert [c for c, _label in ATTACHMENT_KIND_CHOICES] == ATTACHMENT_KINDS


class EditionAdminForm(WagtailAdminModelForm):
    entry_kinds = forms.MultipleChoiceField(
        label=_("entry kinds"), choices=EntryKind.choices, widget=forms.CheckboxSelectMultiple
    )
    entrant_types = forms.MultipleChoiceField(
        label=_("entrant types"), choices=EntrantType.choices, widget=forms.CheckboxSelectMultiple
    )
    attachment_kinds = forms.MultipleChoiceField(
        label=_("allowed attachment types"),
        choices=ATTACHMENT_KIND_CHOICES,
        widget=forms.CheckboxSelectMultiple,
    )
