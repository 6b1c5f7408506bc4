"""Images placed in documents, always as ``data:`` URIs built here.

Passing bytes rather than paths or URLs keeps the fetcher's rule simple (nothing outside
``static/`` is ever read) and lets storage backends other than the local disk work alike.
"""

import base64
import io
import warnings
from functools import lru_cache

import segno
from PIL import Image, ImageOps

# Seals and signatures are small scans; a larger upload is refused rather than decoded.
MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_IMAGE_PIXELS = 6000 * 6000
# A seal prints about 32 mm wide: 600 px is over 450 dpi. WeasyPrint re-encodes PNG images
# into every PDF it writes, so extra pixels cost time on each certificate of a batch.
MAX_SIDE_PX = 600
_FORMATS = ("PNG", "JPEG")


class InvalidImage(ValueError):
    """Bytes that are not a reasonably sized PNG or JPEG image."""


@lru_cache(maxsize=8)  # one seal and one signature are repeated across a whole batch
def image_data_uri(data: bytes) -> str:
    """A ``data:`` URI for PNG or JPEG bytes, checked, downscaled and stripped of metadata."""
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidImage("image file too large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=_FORMATS) as probe:
                if probe.width * probe.height > MAX_IMAGE_PIXELS:
                    raise InvalidImage("image has too many pixels")
                probe.verify()
            # verify() leaves the image unusable: decode again to re-encode.
            with Image.open(io.BytesIO(data), formats=_FORMATS) as image:
                return _reencoded_data_uri(image)
    except (OSError, SyntaxError, Image.DecompressionBombWarning) as error:
        raise InvalidImage(str(error)) from error


def _reencoded_data_uri(image: Image.Image) -> str:
    # Saving anew drops EXIF (GPS included) and anything hidden after the image data.
    source_format = image.format
    image = ImageOps.exif_transpose(image)
    image.thumbnail((MAX_SIDE_PX, MAX_SIDE_PX))
    buffer = io.BytesIO()
    if source_format == "JPEG":
        # JPEG is embedded in the PDF as is, without re-encoding: keep it JPEG.
        image.convert("RGB").save(buffer, "JPEG", quality=92)
        media_type = "image/jpeg"
    else:
        # PNG keeps transparency, so a seal overprints the signature like real ink.
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        image.save(buffer, "PNG")
        media_type = "image/png"
    return f"data:{media_type};base64,{base64.b64encode(buffer.getvalue()).decode('ascii')}"


def qr_data_uri(text: str) -> str:
    """A QR code for ``text`` as a one-pixel-per-module PNG.

    Styled with ``image-rendering: pixelated`` it prints with sharp module edges at any
    size, and unlike an SVG it costs nothing to draw (a QR SVG path is ~25 ms per page).
    """
    # Level M survives the scuffs and folds of a paper certificate. No border: the layout
    # supplies the quiet zone.
    code = segno.make(text, error="m", micro=False)
    return code.png_data_uri(scale=1, border=0)
