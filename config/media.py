"""Public media (Wagtail images and documents) under MEDIA_URL, from whatever storage holds them.

With DEBUG off nothing else serves MEDIA_URL. A proxy may serve MEDIA_ROOT itself instead
(SERVE_MEDIA=false); with object storage this view is the way.
"""

import mimetypes

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

# Wagtail never overwrites a stored name, so a day is safe and spares the servers.
MAX_AGE = 24 * 3600


@require_safe
def serve_media(request, path):
    storage = storages["default"]
    try:
        handle = storage.open(path, "rb")
        handle.size  # noqa: B018 - fetches the object now, so a missing one is a 404, not a 500
    except (FileNotFoundError, IsADirectoryError, SuspiciousFileOperation, ValueError) as error:
        raise Http404(path) from error
    content_type, _encoding = mimetypes.guess_type(path)
    response = FileResponse(handle, content_type=content_type or "application/octet-stream")
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["X-Content-Type-Options"] = "nosniff"
    # An uploaded SVG or HTML file opened directly must not run as a page of the site.
    response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    return response
