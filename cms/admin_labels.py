"""Labels that Wagtail 8 builds outside gettext, given their Vietnamese at start-up.

Two admin forms declare a `page` field without a label (so Django shows the field name,
"Page") and label the page permission checkboxes with the permission's stored English name;
the inspect view prints an unset value as "None".
Setting the labels here, rather than copying Wagtail's templates, leaves its markup alone.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


def page_permission_label(permission):
    """Wagtail's own translated description of a page permission, by its codename."""
    from wagtail.models import PAGE_PERMISSION_TYPES

    for action, _short, long_label in PAGE_PERMISSION_TYPES:
        if permission.codename == f"{action}_page":
            return long_label
    return gettext(permission.name)


def _empty_as_dash(get_field_display_value):
    """The inspect view prints an unset field (a date not yet fixed) as Python's "None"."""

    def display_value(self, field_name, field):
        value = get_field_display_value(self, field_name, field)
        return "—" if value is None else value

    return display_value


def apply():
    from wagtail.admin.forms.workflows import WorkflowPageForm
    from wagtail.admin.views.generic.models import InspectView
    from wagtail.users.forms import PagePermissionsForm

    InspectView.get_field_display_value = _empty_as_dash(InspectView.get_field_display_value)

    WorkflowPageForm.base_fields["page"].label = _("Page")
    PagePermissionsForm.base_fields["page"].label = _("Page")
    PagePermissionsForm.base_fields["permissions"].label_from_instance = page_permission_label
