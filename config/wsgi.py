import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# What is loaded by now (Django, Wagtail, every app's code) lives as long as the process.
# Frozen, the cycle collector stops walking those hundreds of thousands of objects on each
# full collection, which a request building a round's results (tens of thousands of rows)
# triggers several times; forked gunicorn workers also keep sharing their pages.
# https://docs.python.org/3/library/gc.html#gc.freeze
gc.collect()
gc.freeze()
