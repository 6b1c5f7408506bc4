"""Production: every secret and address comes from the environment, nothing is defaulted."""

import os

from django.core.exceptions import ImproperlyConfigured

from config.storage import s3_storages

from .base import *  # noqa: F403
from .base import DATABASES


def env(name, default=None, *, required=False):
    value = os.environ.get(name, default)
    if required and not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_bool(name, default):
    return env(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY", required=True)
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be at least 50 random characters.")
ALLOWED_HOSTS = [h.strip() for h in env("ALLOWED_HOSTS", required=True).split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS]
env("DATABASE_URL", required=True)  # parsed in base; production never falls back to SQLite
DATABASES["default"]["CONN_MAX_AGE"] = int(env("DB_CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_URL", required=True),
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env("EMAIL_HOST", required=True),
            "port": int(env("EMAIL_PORT", "587")),
            "username": env("EMAIL_HOST_USER", ""),
            "password": env("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", True),
            "timeout": 20,
        },
    }
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", required=True)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

if env("TASKS_BACKEND", "db") == "rq":
    TASKS = {
        "default": {
            "BACKEND": "django_tasks_rq.RQBackend",
            "QUEUES": ["default", "documents", "email"],
        }
    }
    RQ_QUEUES = {q: {"URL": env("REDIS_URL")} for q in ["default", "documents", "email"]}

# Files: local disk by default (MEDIA_ROOT/PRIVATE_MEDIA_ROOT), or an S3-compatible object
# store shared by every server (STORAGE=s3, see config.storage).
STORAGE = env("STORAGE", "local")
if STORAGE == "s3":
    STORAGES.update(s3_storages(env))  # noqa: F405
elif STORAGE == "local":
    if env("MEDIA_ROOT"):
        MEDIA_ROOT = env("MEDIA_ROOT")
        STORAGES["default"]["OPTIONS"] = {"location": MEDIA_ROOT}  # noqa: F405
    if env("PRIVATE_MEDIA_ROOT"):
        PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT")
        STORAGES["private"]["OPTIONS"] = {"location": PRIVATE_MEDIA_ROOT, "base_url": None}  # noqa: F405
else:
    raise ImproperlyConfigured("STORAGE must be local or s3.")
if env("STATIC_ROOT"):
    STATIC_ROOT = env("STATIC_ROOT")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

WAGTAILADMIN_BASE_URL = env("SITE_URL", required=True)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}
