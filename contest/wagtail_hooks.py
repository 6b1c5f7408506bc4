from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from contest.models import Agency


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "site"
    menu_label = _("Agencies")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "level", "is_active"]
    list_filter = ["level", "is_active"]
    search_fields = ["name"]
    ordering = ["level", "name"]
    list_export = ["name", "kind", "level", "is_active"]


register_snippet(AgencyViewSet)
