from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from judging.admin_forms import RoundAdminForm
from judging.models import Conflict, JuryMember, PrizeTier, Round


class RoundViewSet(ModelViewSet):
    model = Round
    icon = "list-ol"
    menu_label = _("Rounds and rubrics")
    list_display = ["name", "edition", "position", "method", "judges_per_entry"]
    list_filter = ["edition"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("edition"),
                    FieldPanel("name"),
                    FieldRowPanel([FieldPanel("kind"), FieldPanel("position")]),
                    FieldPanel("intake"),
                ],
                heading=_("Round"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("judges_per_entry"), FieldPanel("score_step")]),
                    FieldPanel("method"),
                    FieldPanel("priority_criterion"),
                    FieldRowPanel(
                        [FieldPanel("comment_required_below"), FieldPanel("comment_required_above")]
                    ),
                    FieldPanel("disagreement_range"),
                    FieldPanel("judges_see_each_other"),
                    FieldPanel("live"),
                ],
                heading=_("Scoring"),
            ),
            InlinePanel("criteria", heading=_("Rubric"), label=_("Criterion"), min_num=1),
        ],
        base_form_class=RoundAdminForm,
    )


class JuryViewSet(ModelViewSet):
    model = JuryMember
    icon = "group"
    menu_label = _("Jury")
    list_display = ["user", "edition", "max_entries", "withdrawn_at"]
    list_filter = ["edition"]
    form_fields = ["edition", "user", "sectors", "max_entries"]


class ConflictViewSet(ModelViewSet):
    model = Conflict
    icon = "warning"
    menu_label = _("Conflicts of interest")
    list_display = ["judge", "entry", "source", "created_at"]
    form_fields = ["judge", "entry", "source", "reason"]


class PrizeTierViewSet(ModelViewSet):
    model = PrizeTier
    icon = "trophy"
    menu_label = _("Prizes")
    list_display = ["name", "edition", "entrant_type", "rank", "quota"]
    list_filter = ["edition", "entrant_type"]
    form_fields = ["edition", "entrant_type", "rank", "name", "quota"]


class JudgingGroup(ViewSetGroup):
    menu_label = _("Judging")
    menu_icon = "tasks"
    menu_order = 220
    items = (
        RoundViewSet("rounds"),
        JuryViewSet("jury"),
        ConflictViewSet("conflicts"),
        PrizeTierViewSet("prize-tiers"),
    )


@hooks.register("register_admin_viewset")
def register_judging():
    return JudgingGroup()
