from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from judging.published import PublishedResult, published_result


class ResultsPageForm(WagtailAdminPageForm):
    """Rationales must name winners of the published result, so none is shown orphaned."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets["rationales"]
        if not formset.is_valid():
            return cleaned
        parent = self.instance.get_parent() if self.instance.pk else self.parent_page
        edition_id = parent.specific.edition_id if parent else None
        result = published_result(edition_id=edition_id) if edition_id else None
        winners = {w.code for w in result.winners} if result else None
        seen = set()
        for form in formset.forms:
            code = (form.cleaned_data.get("entry_code") or "").strip().upper()
            if not code or form.cleaned_data.get("DELETE"):
                continue
            form.instance.entry_code = code
            if code in seen:
                form.add_error(
                    "entry_code", _("%(code)s already has a rationale.") % {"code": code}
                )
            elif winners is not None and code not in winners:
                form.add_error(
                    "entry_code",
                    _("%(code)s is not among the winners of the published result.")
                    % {"code": code},
                )
            seen.add(code)
        return cleaned


class ResultsPage(Page):
    """The published result of its contest page's edition: winners by tier, with the jury's
    rationale. Identities appear only while a result is published; nothing is cached."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("rationales", label=_("Jury's rationale per winner")),
    ]
    base_form_class = ResultsPageForm
    parent_page_types = ["cms.ContestPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("results page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        edition_id = self.get_parent().specific.edition_id
        result = published_result(edition_id=edition_id) if edition_id else None
        context["result"] = result
        if result is not None:
            context["groups"] = self.groups_with_rationales(result)
            context["edition_id"] = edition_id
        return context

    def groups_with_rationales(self, result: PublishedResult):
        """The winners as this page lists them: by entrant type, then prize tier, each with
        the jury's rationale ("" when there is none). The open-data API serves exactly this."""
        notes = {r.entry_code: r.rationale for r in self.rationales.all()}
        return tuple(
            (group, tuple((winner, notes.get(winner.code, "")) for winner in group.winners))
            for group in result.groups
        )

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Publishing or unpublishing changes this page without editing it: no cache may
        # keep identities the organisers have withdrawn.
        response["Cache-Control"] = "no-store"
        return response


class WinnerRationale(Orderable):
    page = ParentalKey(ResultsPage, on_delete=models.CASCADE, related_name="rationales")
    entry_code = models.CharField(_("entry code"), max_length=40)
    rationale = models.TextField(_("jury's rationale"), max_length=2_000)

    panels = [FieldPanel("entry_code"), FieldPanel("rationale")]

    class Meta(Orderable.Meta):
        verbose_name = _("rationale")
