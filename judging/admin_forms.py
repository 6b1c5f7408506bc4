from wagtail.admin.forms import WagtailAdminModelForm

from judging.services.freeze import pair_require_open
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


class ConflictAdminForm(WagtailAdminModelForm):
    """A conflict added in /admin/ can void the pair's scores: refused once the round is frozen."""

    def clean(self):
        cleaned = super().clean()
        judge, entry = cleaned.get("judge"), cleaned.get("entry")
        if judge is not None and entry is not None:
            pair_require_open(judge=judge, entry=entry)
        return cleaned
