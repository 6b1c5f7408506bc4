from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from contest.admin_forms import EditionAdminForm
from contest.models import Agency, Edition


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "site"
    menu_label = _("Agencies")
    menu_order = 210
    add_to_admin_menu = True
    # A boolean column shows a tick or a cross, not Python's "True".
    list_display = [
        # Sorting by name sorts by the stored Vietnamese key, not the text's code points.
        Column(
            "name", label=capfirst(Agency._meta.get_field("name").verbose_name), sort_key="sort_key"
        ),
        "kind",
        "level",
        BooleanColumn("is_active", label=_("in use"), sort_key="is_active"),
    ]
    list_filter = ["level", "is_active"]
    search_fields = ["name"]
    ordering = ["level", "sort_key"]
    list_export = ["name", "kind", "level", "is_active"]


class EditionViewSet(ModelViewSet):
    model = Edition
    icon = "trophy"
    menu_label = _("Contest editions")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "year", "code_prefix", "submission_opens_at", "submission_closes_at"]
    search_fields = ["name", "plan_reference"]
    inspect_view_enabled = True
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("year"), FieldPanel("code_prefix")]),
                    FieldPanel("plan_reference"),
                    FieldPanel("organiser"),
                ],
                heading=_("Edition"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("document_issuer_parent"), FieldPanel("document_issuer")]
                    ),
                    FieldRowPanel([FieldPanel("document_place"), FieldPanel("receipt_signer")]),
                ],
                heading=_("Entry receipt as printed"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("submission_opens_at"), FieldPanel("submission_closes_at")]
                    ),
                    FieldPanel("submission_grace_seconds"),
                    FieldRowPanel(
                        [FieldPanel("screening_ends_on"), FieldPanel("judging_starts_at")]
                    ),
                    FieldPanel("results_on"),
                ],
                heading=_("Timeline (Hanoi time)"),
            ),
            InlinePanel(
                "sectors",
                heading=pgettext_lazy("sector", "Fields"),
                label=pgettext_lazy("sector", "Field"),
                min_num=1,
            ),
            MultiFieldPanel(
                [
                    FieldPanel("entry_kinds"),
                    FieldPanel("entrant_types"),
                    FieldRowPanel([FieldPanel("max_group_size"), FieldPanel("entries_per_person")]),
                ],
                heading=_("Who may enter"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("attachment_kinds"),
                    FieldRowPanel(
                        [
                            FieldPanel("max_writeup_mb"),
                            FieldPanel("max_image_mb"),
                            FieldPanel("max_illustrations"),
                        ]
                    ),
                ],
                heading=_("Files"),
            ),
        ],
        base_form_class=EditionAdminForm,
    )


register_snippet(AgencyViewSet)


@hooks.register("register_admin_viewset")
def register_edition_viewset():
    return EditionViewSet("editions")


# The way from the admin to the staff home, where each edition is run step by step. --------

from django.urls import reverse_lazy  # noqa: E402
from wagtail.admin.menu import MenuItem  # noqa: E402
from wagtail.admin.ui.components import Component  # noqa: E402


class StaffHomeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("cms.view_staff_home")


@hooks.register("register_admin_menu_item")
def staff_home_menu_item():
    return StaffHomeMenuItem(
        _("Run the contest"), reverse_lazy("cms:staff_home"), icon_name="tasks", order=100
    )


class EditionsPanel(Component):
    """The dashboard's first panel: each edition, with the way to its lifecycle."""

    name = "contest_editions"
    template_name = "contest/admin/editions_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["editions"] = Edition.objects.order_by("-year", "name")[:5]
        return context


@hooks.register("construct_homepage_panels")
def add_editions_panel(request, panels):
    if request.user.has_perm("cms.view_staff_home"):
        panels.insert(0, EditionsPanel())
