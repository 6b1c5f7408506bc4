"""Dates in the Wagtail admin: typed and shown as dd/mm/yyyy, refused (never replaced) when
they cannot be read.

Wagtail's date widgets wrap the xdsoft datetimepicker, whose ``validateOnBlur`` option
rewrites a value it cannot parse with the picker's format into *today's date* when the
field loses focus. With Wagtail's default format (``Y-m-d``) the picker could not parse
"16/11/2024", so the signer's date silently became the day it was typed: the server never
saw the text. ``WAGTAIL_DATE_FORMAT`` (settings) now makes the picker's format dd/mm/yyyy,
and the widgets below turn ``validateOnBlur`` off, so whatever is typed reaches the form,
which parses it with ``DATE_INPUT_FORMATS`` and answers a clear message when it cannot.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

DATE_INVALID = _("Enter the date as dd/mm/yyyy, for example 16/11/2024.")
DATETIME_INVALID = _("Enter the date and time as dd/mm/yyyy hh:mm, for example 16/11/2024 08:30.")


class TypedDateInput(AdminDateInput):
    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


class TypedDateTimeInput(AdminDateTimeInput):
    def get_config(self):
        return {**super().get_config(), "validateOnBlur": False}


def register_admin_date_fields() -> None:
    """Replace Wagtail's overrides for date fields in every admin model form (idempotent)."""
    register_form_field_override(
        models.DateField,
        override={"widget": TypedDateInput, "error_messages": {"invalid": DATE_INVALID}},
    )
    register_form_field_override(
        models.DateTimeField,
        override={"widget": TypedDateTimeInput, "error_messages": {"invalid": DATETIME_INVALID}},
    )
