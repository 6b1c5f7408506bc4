import os

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
SECRET_KEY = "dev-only-not-secret-6a1b0c"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
INTERNAL_IPS = ["127.0.0.1"]

MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

VAR_DIR.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Links in emails and under certificates' QR codes follow the port the server runs on
# (`PORT=8001 make run`), unless SITE_URL says otherwise.
SITE_URL = os.environ.get("SITE_URL") or f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
WAGTAILADMIN_BASE_URL = SITE_URL
