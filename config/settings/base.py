"""Settings shared by every environment; dev, test and production refine them."""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from config.logging import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))
# SQLite cannot create its file's directory, and a fresh clone has no var/.
VAR_DIR.mkdir(parents=True, exist_ok=True)

INSTALLED_APPS = [
    "config",
    "contest",
    "judging",
    "cms",
    "initiatives",
    "api",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "contest.accounts.apps.ContestUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks_db",
    "rest_framework",
    "drf_spectacular",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Wagtail's search index uses PostgreSQL's full-text fields there; inert on SQLite.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "config.middleware.ArrivalTimeMiddleware",
    "config.logging.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.AdminAwareCSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "config.middleware.BoundedJSONMiddleware",
    "config.middleware.UnicodeNFCMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite under var/ is the embedded default; DATABASE_URL points anywhere else.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while the task worker writes.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "contest.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: email is the identity, and it must be proven before use.
ACCOUNT_ADAPTER = "contest.accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "contest.accounts.forms.ProfileSignupForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# A new account lands where its next step is: the entries page, with the open contests.
ACCOUNT_SIGNUP_REDIRECT_URL = "/bai-du-thi/"
ACCOUNT_EMAIL_CONFIRMATION_AUTHENTICATED_REDIRECT_URL = "/bai-du-thi/"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
# Failed sign-ins: 10 a minute from one address whatever the account, and 5 in 5 minutes
# against one account from one address (the adapter keys "key" by account and address), so
# a stranger cannot lock the owner out; the owner is emailed (contest.services.sign_in).
# Sign-in attempts of any outcome keep allauth's 30 a minute per address.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
# How many proxies in front of the app append to X-Forwarded-For. Every rate limit (allauth's
# and the certificate check's) reads the client address through allauth with this; 0 means
# REMOTE_ADDR, which behind a proxy is the proxy's own address for everyone.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT", "0"))

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
# The first catalogue holding a msgid wins: the project's, then our complete Vietnamese
# catalogue for Wagtail's admin (Wagtail's own covers a seventh of it), then ours for
# allauth (which ships none). Wagtail comes before allauth so that the admin's few shared
# words ("Usage", "Token") read as the admin means them.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale" / "wagtail",
    BASE_DIR / "locale" / "allauth",
]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["config.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# Entrants' files never sit under MEDIA_URL: only a permission-checking view serves them.
PRIVATE_MEDIA_ROOT = VAR_DIR / "private"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# config.media serves MEDIA_URL from STORAGES["default"]; false when a proxy serves MEDIA_ROOT.
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "true").strip().lower() in {"1", "true", "yes", "on"}
# Documents stream through Wagtail's view (privacy checks) whatever the storage, never a
# redirect to the object store's address.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

TASK_QUEUES = ["default", "documents", "email"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}
# TASKS_BACKEND=rq (the [rq] extra): workers on Redis, `manage.py rqworker --with-scheduler`.
# DBTaskResult stays either way: config.tasks copies rq failures into it.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "db")
if TASKS_BACKEND == "rq":
    INSTALLED_APPS = [*INSTALLED_APPS, "django_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": TASK_QUEUES}}
    # Best a Redis database of its own (REDIS_QUEUE_URL): clearing the cache never drops jobs.
    _queue_url = os.environ.get("REDIS_QUEUE_URL") or os.environ.get(
        "REDIS_URL", "redis://127.0.0.1:6379/0"
    )
    # Rendering a large batch takes minutes; rq's default timeout is three.
    RQ_QUEUES = {q: {"URL": _queue_url, "DEFAULT_TIMEOUT": 3600} for q in TASK_QUEUES}
elif TASKS_BACKEND != "db":
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("TASKS_BACKEND must be db or rq.")

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Ban To chuc <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# The public site runs under a strict policy; /admin/ gets ADMIN_CSP (see config.middleware).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
}
# Wagtail's editor still ships inline scripts and styles without a nonce.
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE, CSP.UNSAFE_EVAL],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "frame-src": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
ADMIN_PATH_PREFIX = "/admin/"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"  # Wagtail lifts it for its own preview frame
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

WAGTAIL_SITE_NAME = "Cuộc thi ý tưởng, giải pháp cải cách hành chính"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars from gravatar.com cannot load on a closed government network.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
# Nobody sets another person's password in /admin/: they reset it through allauth.
WAGTAILUSERS_PASSWORD_ENABLED = False
# Email addresses change through allauth, which verifies the new one.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods"]
# The admin's date pickers show and read dd/mm/yyyy, the first of DATE_INPUT_FORMATS
# (config/formats); config/dates.py stops them replacing what they cannot read by today.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
# JSON bodies (the autosave) are refused above these before anything parses them
# (config.middleware.BoundedJSONMiddleware): an entry's longest texts fit well within.
JSON_MAX_BYTES = 1024 * 1024
JSON_MAX_DEPTH = 16

# The open-data API (api/, docs/api.md): anonymous and read-only, JSON only (the browsable
# API's pages would need inline scripts the CSP forbids), throttled per client address.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.StrictPageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.ScopedRateThrottle",
    ],
    # Per address: plenty for a script paging through everything, and the certificate
    # lookups match the public check page's limit (cms.verification.RATE_LIMIT).
    "DEFAULT_THROTTLE_RATES": {"anon": "120/minute", "certificates": "30/minute"},
    # The same reading of X-Forwarded-For as every other rate limit of the site.
    "NUM_PROXIES": ALLAUTH_TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Open data API",
    "DESCRIPTION": (
        "Read-only data of the contest platform: editions, published results, initiatives and "
        "certificate checks. Only what the public pages show is ever served (docs/api.md)."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "PREPROCESSING_HOOKS": ["api.schema.only_v1"],
    "ENUM_NAME_OVERRIDES": {
        "InitiativeStatusEnum": "initiatives.enums.InitiativeStatus",
        "EntrantTypeEnum": "contest.enums.EntrantType",
        "CertificateStatusEnum": "api.serializers.CERTIFICATE_STATUSES",
        "NotFoundStatusEnum": ["not_found"],
    },
}

DEMO_PASSWORD_DEFAULT = "CuocThi@2024"
# seed_demo runs with DEBUG on, or where this is true (the test settings); never in production.
DEMO_DATA_ALLOWED = False

LOGGING = logging_config(level="WARNING", json_lines=False)
