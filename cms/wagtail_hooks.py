"""The admin's Help menu opens the organisers' guide served by the site itself.

Wagtail's own items ("What's new", "Editor Guide") and its dashboard's "what's new" panel
point at wagtail.org, which a closed government network cannot reach.
"""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

OUTSIDE_HELP_ITEMS = ("editor-guide",)
OUTSIDE_HELP_PREFIX = "whats-new-in-wagtail-"
OUTSIDE_PANELS = ("whats_new_in_wagtail_version",)


class StaffGuideMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("cms.view_staff_guide")


@hooks.register("register_help_menu_item")
def staff_guide_menu_item():
    return StaffGuideMenuItem(
        _("Organiser guide"),
        reverse_lazy("cms:staff_guide"),
        name="staff-guide",
        icon_name="help",
        order=100,
    )


@hooks.register("construct_help_menu")
def remove_outside_help(request, menu_items):
    menu_items[:] = [
        item
        for item in menu_items
        if item.name not in OUTSIDE_HELP_ITEMS and not item.name.startswith(OUTSIDE_HELP_PREFIX)
    ]


@hooks.register("construct_homepage_panels")
def remove_outside_panels(request, panels):
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") not in OUTSIDE_PANELS]
