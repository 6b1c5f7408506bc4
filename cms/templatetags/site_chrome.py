"""Header, menu and footer data from the site's Wagtail settings, fetched once per request."""

from django import template
from django.conf import settings as django_settings
from django.urls import translate_url
from wagtail.models import Site

from cms.models import SiteSettings

register = template.Library()


def _site_settings(context):
    request = context.get("request")
    if request is None:
        return None
    cached = getattr(request, "_cms_site_settings", None)
    if cached is None:
        site = Site.find_for_request(request)
        cached = (
            SiteSettings.objects.filter(site=site).first() if site is not None else None
        ) or SiteSettings(site_title=django_settings.WAGTAIL_SITE_NAME)
        request._cms_site_settings = cached
    return cached


@register.simple_tag(takes_context=True)
def site_settings(context):
    return _site_settings(context)


@register.simple_tag(takes_context=True)
def site_title(context):
    settings_obj = _site_settings(context)
    return settings_obj.site_title if settings_obj else django_settings.WAGTAIL_SITE_NAME


def _links(context, relation):
    settings_obj = _site_settings(context)
    if settings_obj is None or settings_obj.pk is None:
        return []
    return list(getattr(settings_obj, relation).select_related("page").order_by("sort_order"))


@register.simple_tag(takes_context=True)
def main_menu_items(context):
    return _links(context, "menu_items")


@register.simple_tag(takes_context=True)
def footer_links(context):
    return _links(context, "footer_links")


@register.simple_tag(takes_context=True)
def language_url(context, language_code):
    """The current page in another language (Vietnamese unprefixed, English under /en/)."""
    request = context["request"]
    return translate_url(request.get_full_path(), language_code)


@register.simple_tag(takes_context=True)
def user_roles(context):
    """Which role menus to show; group names are read once per request and cached on the user."""
    from contest.rules import is_judge, is_staff_role

    user = context["request"].user
    if not user.is_authenticated:
        return {}
    return {"judge": is_judge(user), "staff": is_staff_role(user)}
