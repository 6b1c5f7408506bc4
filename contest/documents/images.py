"""Images placed in documents, always as ``data:`` URIs built here.

Passing bytes rather than paths or URLs keeps the fetcher's rule simple (nothing outside
``static/`` is ever read) and lets storage backends other than the local disk work alike.
"""

import base64
import io
import warnings
from functools import lru_cache

import segno
from PIL import Image

# Seals and signatures are small scans; a larger upload is refused rather than shrunk.
MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_IMAGE_PIXELS = 4000 * 4000
_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


class InvalidImage(ValueError):
    """Bytes that are not a small PNG or JPEG image."""


@lru_cache(maxsize=16)  # one seal and one signature are repeated across a whole batch
def image_data_uri(data: bytes) -> str:
    """A ``data:`` URI for PNG or JPEG bytes, after checking they are what they claim."""
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidImage("image too large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(_FORMATS)) as image:
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    raise InvalidImage("image has too many pixels")
                media_type = _FORMATS[image.format]
                image.verify()
    except (OSError, SyntaxError, Image.DecompressionBombWarning) as error:
        raise InvalidImage(str(error)) from error
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


def qr_data_uri(text: str) -> str:
    """An SVG QR code for ``text``: vector, so it prints sharp at any size."""
    # Level M survives the scuffs and folds of a paper certificate. No border, since the
    # layout supplies the quiet zone, and no fixed size (a viewBox only): CSS sizes it.
    code = segno.make(text, error="m", micro=False)
    return code.svg_data_uri(border=0, omitsize=True)
