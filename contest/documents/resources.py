"""WeasyPrint objects that are costly to build, kept once per thread.

Building a default URL fetcher (an SSL context), a font configuration (a Fontconfig scan)
and parsing the same stylesheets again for every document costs more than laying out a
one-page certificate. They are reused for the life of the process, but per thread, since
Fontconfig/Pango objects and WeasyPrint's caches are not safe to share between threads.
"""

import threading
from dataclasses import dataclass, field

from weasyprint import CSS
from weasyprint.text.fonts import FontConfiguration

from .fetcher import StaticOnlyURLFetcher, static_root, static_url
from .fonts import load_fonts

# WeasyPrint's image cache is keyed by URL, and every certificate has its own QR data: URI.
# Clearing it past this size keeps a long-lived worker's memory flat while still sharing
# the images that repeat within a batch (seal, signature, static artwork).
IMAGE_CACHE_LIMIT = 256


@dataclass
class Resources:
    url_fetcher: StaticOnlyURLFetcher
    font_config: FontConfiguration
    font_stylesheet: CSS
    image_cache: dict = field(default_factory=dict)
    stylesheets: dict[str, tuple[int, CSS]] = field(default_factory=dict)

    def stylesheet(self, relative_path: str) -> CSS:
        """A stylesheet from ``static/``, parsed again only when the file changes."""
        # One stat() per document lets a designer see CSS edits without restarting the
        # server; the parse it saves is what costs.
        try:
            mtime = (static_root() / relative_path).stat().st_mtime_ns
        except OSError:
            mtime = -1  # let the fetcher below report the problem
        cached = self.stylesheets.get(relative_path)
        if cached is not None and cached[0] == mtime:
            return cached[1]
        # Loaded through the fetcher, like everything else, so a path that strays outside
        # static/ is refused rather than opened.
        css = CSS(
            url=static_url(relative_path),
            font_config=self.font_config,
            url_fetcher=self.url_fetcher,
        )
        self.stylesheets[relative_path] = (mtime, css)
        return css

    def trimmed_image_cache(self) -> dict:
        if len(self.image_cache) > IMAGE_CACHE_LIMIT:
            self.image_cache.clear()
        return self.image_cache


_local = threading.local()


def get_resources() -> Resources:
    resources = getattr(_local, "resources", None)
    if resources is None:
        url_fetcher = StaticOnlyURLFetcher()
        font_config, font_stylesheet = load_fonts(url_fetcher=url_fetcher)
        resources = Resources(
            url_fetcher=url_fetcher, font_config=font_config, font_stylesheet=font_stylesheet
        )
        _local.resources = resources
    return resources


def reset_resources() -> None:
    """Forget this thread's objects (in tests, or to release their memory)."""
    _local.__dict__.pop("resources", None)
