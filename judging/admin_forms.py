from wagtail.admin.forms import WagtailAdminModelForm

from judging.services.rounds import guard_rubric_change


class RoundAdminForm(WagtailAdminModelForm):
    """Refuses rubric edits once a score has been submitted in the round."""

    def clean(self):
        cleaned = super().clean()
        criteria_changed = (
            any(form.has_changed() for form in self.formsets.get("criteria", []).forms)
            if "criteria" in self.formsets
            else False
        )
        rubric_fields = {"score_step", "method", "priority_criterion"}
        if self.instance.pk and (criteria_changed or rubric_fields & set(self.changed_data)):
            guard_rubric_change(self.instance)
        return cleaned
