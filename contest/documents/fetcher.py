"""The only door through which a rendered document may load anything.

Documents carry text typed by entrants. Even though templates autoescape it, a renderer
that would follow any URL is one template mistake away from reading server files or
probing the internal network (SSRF). This fetcher therefore allows exactly three kinds of
resource and refuses everything else, logging each refusal:

* ``data:`` URIs, which the code builds itself (QR codes, seal and signature images);
* ``embedded:`` names of images the code composed and registered in this process with
  ``embed`` (the signature block): a short name in place of a data: URI of ~60 kB, which
  the HTML parser would otherwise scan again for every certificate of a batch;
* ``file:`` URLs that resolve, symlinks and ``..`` included, to a file of an expected
  type under the project's own ``static/`` folder (fonts, document CSS, fixed images).
"""

import base64
import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import unquote, unquote_to_bytes, urlsplit
from urllib.request import url2pathname

from django.conf import settings
from weasyprint.urls import URLFetcher, URLFetcherResponse

logger = logging.getLogger(__name__)

# Enough for a scanned seal at print resolution; anything bigger is a mistake or an attack.
MAX_DATA_URI_BYTES = 8 * 1024 * 1024

# static/ also serves the site's JavaScript and the like, which no document needs.
ALLOWED_STATIC_SUFFIXES = frozenset(
    {".css", ".ttf", ".otf", ".woff", ".woff2", ".png", ".jpg", ".jpeg", ".svg"}
)

# MIME types by suffix, so the answer does not depend on the host's mimetypes database.
_CONTENT_TYPES = {
    ".css": "text/css",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
}


# Registered images kept per process, least recently used dropped first: a batch needs one
# signature block per edition, and callers re-register what they use (``embed``).
EMBEDDED_LIMIT = 32
EMBEDDED_SCHEME = "embedded"
_EMBEDDED_NAME = re.compile(rf"{EMBEDDED_SCHEME}:([0-9a-f]{{64}})")
_embedded: OrderedDict[str, tuple[str, bytes]] = OrderedDict()
_embedded_lock = threading.Lock()


def embed(data: bytes, media_type: str) -> str:
    """Register image bytes built by the code; returns the short URL documents use."""
    if media_type not in ("image/png", "image/jpeg"):
        raise ValueError(f"not an image type: {media_type}")
    if len(data) > MAX_DATA_URI_BYTES:
        raise ValueError("embedded image too large")
    key = hashlib.sha256(data).hexdigest()
    register_embedded({key: (media_type, data)})
    return f"{EMBEDDED_SCHEME}:{key}"


def register_embedded(images: Mapping[str, tuple[str, bytes]]) -> None:
    """Register images by name, as returned by ``embedded_in`` (worker processes)."""
    with _embedded_lock:
        for key, value in images.items():
            _embedded[key] = value
            _embedded.move_to_end(key)
        while len(_embedded) > EMBEDDED_LIMIT:
            _embedded.popitem(last=False)


def embedded_in(html: str) -> dict[str, tuple[str, bytes]]:
    """The registered images ``html`` refers to, to render it in another process."""
    with _embedded_lock:
        return {
            key: _embedded[key] for key in set(_EMBEDDED_NAME.findall(html)) if key in _embedded
        }


def inline_embedded(html: str) -> str:
    """``html`` with registered images as data: URIs, for a renderer without this fetcher."""

    return _EMBEDDED_NAME.sub(lambda match: _data_uri(match.group(1)), html)


@lru_cache(maxsize=8)
def _data_uri(key: str) -> str:
    with _embedded_lock:
        media_type, data = _embedded[key]
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


class RefusedURL(ValueError):
    """A document asked for a resource it may not have."""


_static_root_override: Path | None = None


def static_root() -> Path:
    """The project's own static folder, resolved so containment checks are exact."""
    return _static_root_override or _settings_static_root()


@cache
def _settings_static_root() -> Path:
    return (Path(settings.BASE_DIR) / "static").resolve()


def use_static_root(path: Path) -> None:
    """Set the static folder in a process that renders without Django settings.

    Batch worker processes only run WeasyPrint; skipping ``django.setup()`` there saves
    seconds of start-up per worker.
    """
    global _static_root_override
    _static_root_override = Path(path).resolve()


def static_url(relative_path: str) -> str:
    """The ``file:`` URL of a file under ``static/``."""
    return (static_root() / relative_path).as_uri()


def static_base_url() -> str:
    """Base URL of documents: relative references resolve inside ``static/``."""
    # The trailing slash matters: without it "fonts/x.ttf" would resolve beside static/.
    return static_root().as_uri() + "/"


class StaticOnlyURLFetcher(URLFetcher):
    """A WeasyPrint fetcher that serves ``data:`` and project static files, nothing else.

    The base class is subclassed only because WeasyPrint reads ``_fail_on_errors`` from it;
    its ``__init__`` is skipped on purpose, since it builds urllib handlers (an SSL context
    among them), which are the costliest part of a default fetcher and are never used here.
    """

    def __init__(self, *, root: Path | None = None):
        self._root = (root or static_root()).resolve()
        # A refused resource leaves a gap in the document rather than aborting it: the
        # refusal is logged, and templates only reference resources that are allowed.
        self._fail_on_errors = False

    def fetch(self, url, headers=None):
        scheme = url.partition(":")[0].lower()
        if scheme == "data":
            return self._fetch_data(url)
        if scheme == "file":
            return self._fetch_static_file(url)
        if scheme == EMBEDDED_SCHEME:
            return self._fetch_embedded(url)
        raise self._refuse(url, "scheme not allowed")

    def __call__(self, url):
        return self.fetch(url)

    def _fetch_data(self, url: str) -> URLFetcherResponse:
        header, comma, payload = url[5:].partition(",")
        if not comma:
            raise self._refuse(url, "malformed data URI")
        # Cheap bound before decoding: base64 is 4/3 of the payload it carries.
        if len(payload) > MAX_DATA_URI_BYTES * 4 // 3 + 4:
            raise self._refuse(url, "data URI too large")
        raw = unquote_to_bytes(payload)
        media_type = header
        if header.lower().endswith(";base64"):
            media_type = header[:-7]
            try:
                raw = base64.b64decode(raw, validate=False)
            except ValueError as error:
                raise self._refuse(url, "invalid base64") from error
        return URLFetcherResponse(
            url, raw, {"Content-Type": media_type or "text/plain;charset=US-ASCII"}
        )

    def _fetch_embedded(self, url: str) -> URLFetcherResponse:
        match = _EMBEDDED_NAME.fullmatch(url)
        with _embedded_lock:
            found = _embedded.get(match.group(1)) if match else None
        if found is None:
            raise self._refuse(url, "no such embedded image")
        media_type, data = found
        return URLFetcherResponse(url, data, {"Content-Type": media_type})

    def _fetch_static_file(self, url: str) -> URLFetcherResponse:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise self._refuse(url, "remote file host")
        # resolve() collapses ".." and follows symlinks, so the containment test below
        # judges the file that would really be opened.
        path = Path(url2pathname(unquote(parts.path))).resolve()
        if not path.is_relative_to(self._root):
            raise self._refuse(url, "outside static folder")
        suffix = path.suffix.lower()
        if suffix not in ALLOWED_STATIC_SUFFIXES:
            raise self._refuse(url, "file type not allowed")
        if not path.is_file():
            raise self._refuse(url, "no such static file")
        return URLFetcherResponse(
            path.as_uri(), path.read_bytes(), {"Content-Type": _CONTENT_TYPES[suffix]}
        )

    @staticmethod
    def _refuse(url: str, reason: str) -> RefusedURL:
        # Data URIs can be megabytes long; the head is enough to identify them.
        shown = url if len(url) <= 200 else f"{url[:200]}…"
        logger.warning("Document resource refused (%s): %s", reason, shown)
        return RefusedURL(f"{reason}: {shown}")
