import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from config.health import healthz
from config.media import serve_media
from contest.accounts.admin_account import ContestAccountView
from contest.accounts.admin_entry import admin_entry

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Admin sign-in goes through allauth so its rate limits guard /admin/ too; signed-in
    # users without admin access get a page of their own rather than a redirect loop.
    path("admin/login/", admin_entry, name="wagtailadmin_login"),
    # Before Wagtail's own: its account page edits first and last names we do not have.
    path(
        "admin/account/",
        require_admin_access(ContestAccountView.as_view()),
        name="wagtailadmin_account",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The open-data API (docs/api.md): one address in every language, versioned.
    path("api/v1/", include("api.urls")),
]

# Vietnamese pages have no prefix; English lives under /en/.
urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("contest.urls")),
    path("", include("judging.urls")),
    path("", include("cms.urls")),
    path("", include("initiatives.urls")),
    path("", include("api.download_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.SERVE_MEDIA:
    # Wagtail images and documents, from local disk or the object store (config.media).
    urlpatterns = [
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_media),
        *urlpatterns,
    ]
