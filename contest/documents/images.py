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

from .fetcher import embed

# Seals and signatures are small scans; a larger upload is refused rather than decoded.
MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_IMAGE_PIXELS = 6000 * 6000
# Long side of images embedded as they are: a 30 mm seal at 600 px is over 500 dpi.
MAX_SIDE_PX = 600
_FORMATS = ("PNG", "JPEG")

# The signature block (signature with the seal over its left third) as one picture.
# Sizes in millimetres; static/documents/certificate.css gives the image the same size.
SIGNATURE_BLOCK_MM = (64, 30)
_SIGNATURE_BOX_MM = (18, 4, 44, 22)  # left, top, width, height
_SEAL_BOX_MM = (4, 0, 30, 30)
_PX_PER_MM = 12  # about 300 dpi


class InvalidImage(ValueError):
    """Bytes that are not a reasonably sized PNG or JPEG image."""


@lru_cache(maxsize=8)  # the same images recur on every document of a batch
def image_data_uri(data: bytes) -> str:
    """A ``data:`` URI for PNG or JPEG bytes, checked, downscaled and stripped of metadata."""
    # Saving anew drops EXIF (GPS included) and anything hidden after the image data.
    image, source_format = open_checked(data)
    image.thumbnail((MAX_SIDE_PX, MAX_SIDE_PX))
    if source_format == "JPEG":
        # JPEG goes into the PDF as it is; PNG would be re-encoded for every PDF written.
        return _data_uri(image.convert("RGB"), "JPEG", quality=92)
    return _data_uri(image, "PNG")


def signature_block_uri(signature: bytes | None, seal: bytes | None) -> str:
    """The signature and the seal stamped over its left third, as one JPEG on white.

    Returned as an ``embedded:`` name (see ``fetcher.embed``) rather than a data: URI: the
    ~60 kB of base64 would otherwise be parsed again in every certificate's HTML (about
    3 ms each). Registered again on every call, so a name is never stale.
    """
    return embed(_signature_block_jpeg(signature, seal), "image/jpeg")


@lru_cache(maxsize=8)
def _signature_block_jpeg(signature: bytes | None, seal: bytes | None) -> bytes:
    """The signature block's JPEG bytes.

    Composed once per batch rather than overlaid by the PDF: WeasyPrint re-encodes
    transparent PNGs into every PDF it writes (about 15 ms per certificate for a seal
    and a signature), whereas JPEG is embedded untouched. White is invisible on the
    certificate's white paper, and the block overlaps no text.
    """
    width, height = (side * _PX_PER_MM for side in SIGNATURE_BLOCK_MM)
    canvas = Image.new("RGB", (width, height), "white")
    # The seal goes on last, over the signature, as the stamp is applied after signing.
    for data, box in ((signature, _SIGNATURE_BOX_MM), (seal, _SEAL_BOX_MM)):
        if data:
            image = open_checked(data)[0].convert("RGBA")
            left, top, box_width, box_height = (value * _PX_PER_MM for value in box)
            image.thumbnail((box_width, box_height))
            offset = (
                left + (box_width - image.width) // 2,
                top + (box_height - image.height) // 2,
            )
            canvas.paste(image, offset, image)
    # 4:4:4 chroma keeps the thin red rings of a seal free of colour fringes.
    return _encoded(canvas, "JPEG", quality=88, subsampling=0)


def open_checked(data: bytes) -> tuple[Image.Image, str]:
    """Decode PNG or JPEG bytes after checking size and structure; upright, no metadata."""
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidImage("image file too large")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=_FORMATS) as probe:
                if probe.width * probe.height > MAX_IMAGE_PIXELS:
                    raise InvalidImage("image has too many pixels")
                probe.verify()
            # verify() leaves the image unusable: decode again.
            with Image.open(io.BytesIO(data), formats=_FORMATS) as image:
                source_format = image.format
                image.load()
                image = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, Image.DecompressionBombWarning) as error:
        raise InvalidImage(str(error)) from error
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    return image, source_format


def qr_data_uri(text: str) -> str:
    """A QR code for ``text`` as a one-pixel-per-module PNG.

    Styled with ``image-rendering: pixelated`` it prints with sharp module edges at any
    size, and unlike an SVG it costs nothing to draw (a QR SVG path is ~25 ms per page).
    """
    # Level M survives the scuffs and folds of a paper certificate. No border: the layout
    # supplies the quiet zone.
    code = segno.make(text, error="m", micro=False)
    return code.png_data_uri(scale=1, border=0)


def _data_uri(image: Image.Image, image_format: str, **options) -> str:
    media_type = "image/jpeg" if image_format == "JPEG" else "image/png"
    data = base64.b64encode(_encoded(image, image_format, **options)).decode("ascii")
    return f"data:{media_type};base64,{data}"


def _encoded(image: Image.Image, image_format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()
