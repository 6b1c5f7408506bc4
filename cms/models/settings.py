from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="list-ul")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Menus, footer and contacts, edited by organisers instead of hard-coded."""

    site_title = models.CharField(_("site title"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    footer_note = models.TextField(_("footer note"), blank=True)

    panels = [
        FieldPanel("site_title"),
        InlinePanel("menu_items", label=_("Main menu")),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("footer_note"),
            ],
            heading=_("Footer"),
        ),
        InlinePanel("footer_links", label=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("site settings")


class LinkFields(models.Model):
    label = models.CharField(_("label"), max_length=100)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    url = models.CharField(
        _("address"), max_length=255, blank=True, help_text=_("Used when no page is chosen.")
    )

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]

    class Meta:
        abstract = True

    @property
    def href(self):
        return self.page.url if self.page_id else self.url


class MenuItem(Orderable, LinkFields):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="menu_items")

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")

    def __str__(self):
        return self.label


class FooterLink(Orderable, LinkFields):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")

    def __str__(self):
        return self.label
