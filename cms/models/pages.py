from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import FAQStreamBlock, RulesStreamBlock
from cms.models.results import ResultsPage
from contest import selectors
from judging.published import published_snapshot


class HomePage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    featured_contest = models.ForeignKey(
        "cms.ContestPage",
        verbose_name=_("featured contest"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("featured_contest")]
    subpage_types = ["cms.ContestPage", "cms.NewsIndexPage", "cms.FAQPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsPage.objects.live().public().order_by("-date", "-pk")[:3]
        context["contests"] = ContestPage.objects.live().public().order_by("-year")
        return context


class ContestPage(Page):
    """The public rules of one contest edition, published under its plan."""

    year = models.PositiveIntegerField(_("year"))
    organiser = models.CharField(_("organising body"), max_length=255)
    plan_reference = models.CharField(
        _("plan reference"),
        max_length=255,
        help_text=_("For example: Kế hoạch số 103/KH-UBND ngày 04/4/2024 của UBND Thành phố."),
    )
    summary = models.TextField(_("summary"), max_length=600)
    body = StreamField(RulesStreamBlock(), verbose_name=_("rules"), blank=True)
    contact = RichTextField(_("contact"), blank=True, features=["bold", "italic", "link"])
    edition = models.ForeignKey(
        "contest.Edition",
        verbose_name=_("contest edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shows the live timeline and the submission button of this edition."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("year"),
                FieldPanel("organiser"),
                FieldPanel("plan_reference"),
                FieldPanel("edition"),
            ],
            heading=_("Plan"),
        ),
        FieldPanel("summary"),
        InlinePanel("timeline_items", label=pgettext_lazy("contest", "Timeline")),
        FieldPanel("body"),
        FieldPanel("contact"),
    ]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsIndexPage", "cms.FAQPage", "cms.ResultsPage"]

    class Meta:
        verbose_name = _("contest rules page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["timeline"] = self.timeline_items.all()
        if self.edition_id:
            edition = self.edition
            context["edition"] = edition
            context["stages"] = selectors.edition_stages(edition=edition)
            context["submissions_open"] = edition.is_open_for_submission()
            if published_snapshot(edition_id=edition.pk) is not None:
                context["results_page"] = self.get_children().live().type(ResultsPage).first()
        return context


class TimelineItem(Orderable):
    page = ParentalKey(ContestPage, on_delete=models.CASCADE, related_name="timeline_items")
    label = models.CharField(_("stage"), max_length=200)
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until"), null=True, blank=True)

    panels = [FieldPanel("label"), FieldPanel("starts_on"), FieldPanel("ends_on")]

    class Meta(Orderable.Meta):
        verbose_name = _("timeline stage")


class NewsIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["cms.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news_items"] = (
            NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")
        )
        return context


class NewsPage(Page):
    date = models.DateField(_("date"))
    lead = models.TextField(_("lead"), max_length=500)
    body = RichTextField(
        _("body"), features=["bold", "italic", "link", "ol", "ul", "h2", "h3", "image"]
    )

    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("body"),
    ]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")


class FAQPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    questions = StreamField(FAQStreamBlock(), verbose_name=_("questions"), blank=True)

    search_fields = [*Page.search_fields, index.SearchField("questions")]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("questions")]
    subpage_types = []

    class Meta:
        verbose_name = _("FAQ page")
