"""Production settings as `make cluster` runs them on loopback: plain HTTP, no mail server."""

from config.settings.production import *  # noqa: F403
from config.settings.production import STORAGES

# No mail server on loopback: the certificate notices go nowhere.
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}
# No collectstatic for a throwaway cluster: whitenoise serves from the finders.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
