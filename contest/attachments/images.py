"""Re-encoding uploaded images so that only their pixels survive.

Re-encoding (rather than deleting known metadata blocks) also discards whatever a crafted
file hides after its image data, such as an HTML or ZIP polyglot tail.

Colour profiles: pixels are converted to sRGB and the profile is dropped. Keeping the profile
would preserve colours too, but profiles carry free-text descriptions (device, maker, and
for custom calibrations sometimes a person's name); dropping it unconverted would shift the
colours of every phone photo taken in Display P3.
"""

import io
import logging
import warnings
import zlib

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, features

from contest.attachments.enums import AttachmentKind
from contest.attachments.errors import RefusalCode
from contest.attachments.limits import Limits

logger = logging.getLogger(__name__)

_PIL_FORMATS = {
    AttachmentKind.JPEG: "JPEG",
    AttachmentKind.PNG: "PNG",
    AttachmentKind.WEBP: "WEBP",
}
_JPEG_MODES = frozenset({"L", "RGB"})
_PNG_MODES = frozenset({"1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"})
_STRUCTURE_CHECKS = {}  # filled below, once the checks are defined
_SRGB = ImageCms.createProfile("sRGB") if features.check("littlecms2") else None


def clean_image(
    *, content: bytes, kind: AttachmentKind, limits: Limits, transpose: bool = True
) -> bytes:
    """``content`` decoded and re-encoded in the same format with no metadata at all.

    ``transpose`` applies the EXIF orientation to the pixels, since the orientation tag goes
    with the rest of EXIF. Images inside Word documents pass False: Word has already sized
    their frame, and turning the pixels would stretch them into it.
    """
    kind = AttachmentKind(kind)  # a plain "jpeg" string would fail the identity checks below
    pil_format = _PIL_FORMATS[kind]
    try:
        # The warnings filter is process-wide and not thread-safe, which is why the explicit
        # pixel cap below, not Pillow's warning, is the defence we rely on.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(content), formats=[pil_format]) as image:
                _check_pixels(image, limits)
                image.verify()
            # Pillow pads truncated images (grey JPEGs, black PNGs) instead of failing when
            # any code in the process has set ImageFile.LOAD_TRUNCATED_IMAGES, and
            # WeasyPrint does so on import. That flag is process-wide, so each format's
            # completeness is checked here from its own structure, never from the flag.
            if not _STRUCTURE_CHECKS[kind](content):
                raise corrupt_image()
            with Image.open(io.BytesIO(content), formats=[pil_format]) as image:
                _check_pixels(image, limits)
                image.load()
                lossless = kind is AttachmentKind.WEBP and _webp_is_lossless(content)
                if transpose:
                    image = ImageOps.exif_transpose(image)
                return _encode(_to_srgb(image), kind=kind, lossless=lossless)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_many_pixels(limits) from error
    except Exception as error:
        # Decoders fed hostile bytes raise almost anything (OSError, SyntaxError, ValueError,
        # struct.error, EOFError...); every one of them means we cannot vouch for the file.
        logger.info("Refused an unreadable %s image", pil_format, exc_info=True)
        raise corrupt_image() from error


def corrupt_image() -> ValidationError:
    return ValidationError(_("The image is damaged or cannot be read."), code=RefusalCode.CORRUPT)


def _check_pixels(image: Image.Image, limits: Limits) -> None:
    width, height = image.size
    if width <= 0 or height <= 0:
        raise corrupt_image()
    if width * height > limits.max_pixels:
        raise _too_many_pixels(limits)


def _too_many_pixels(limits: Limits) -> ValidationError:
    return ValidationError(
        _("The image has too many pixels: at most %(limit)s megapixels are accepted."),
        code=RefusalCode.DECOMPRESSION_BOMB,
        params={"limit": limits.max_pixels // 1_000_000},
    )


def _to_srgb(image: Image.Image) -> Image.Image:
    profile = image.info.get("icc_profile")
    if profile and _SRGB is not None and image.mode in ("RGB", "RGBA", "CMYK"):
        output_mode = "RGB" if image.mode == "CMYK" else image.mode
        try:
            converted = ImageCms.profileToProfile(
                image, ImageCms.ImageCmsProfile(io.BytesIO(profile)), _SRGB, outputMode=output_mode
            )
        except (ImageCms.PyCMSError, OSError, ValueError):
            # A broken or mismatched profile costs colour accuracy, not the upload.
            converted = None
        if converted is not None:
            image = converted
    # Nothing from the source's info dict may reach the encoder: PNG and JPEG writers fall
    # back to it for the ICC profile and comments. Transparency is pixel data, so it stays.
    transparency = image.info.get("transparency")
    image.info = {} if transparency is None else {"transparency": transparency}
    return image


def _encode(image: Image.Image, *, kind: AttachmentKind, lossless: bool) -> bytes:
    out = io.BytesIO()
    if kind is AttachmentKind.JPEG:
        if image.mode not in _JPEG_MODES:
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=90, optimize=True)
    elif kind is AttachmentKind.PNG:
        if image.mode not in _PNG_MODES:
            image = image.convert("RGBA" if _has_alpha(image) else "RGB")
        image.save(out, "PNG", optimize=True)
    else:
        image = image.convert("RGBA" if _has_alpha(image) else "RGB")
        if lossless:
            image.save(out, "WEBP", lossless=True)
        else:
            image.save(out, "WEBP", quality=90)
    return out.getvalue()


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("LA", "RGBA", "PA", "La", "RGBa") or "transparency" in image.info


def _webp_is_lossless(content: bytes) -> bool:
    # Screenshots are often lossless WebP; re-encoding them lossy would blur their text.
    # Only the simple layout is recognised; extended files are re-encoded at quality 90.
    return content[12:16] == b"VP8L"


def _png_is_complete(content: bytes) -> bool:
    """Every chunk whole with a matching CRC up to IEND, and the image data inflating to
    exactly the size the header promises (inflated a chunk at a time, capped at that size).
    """
    position = 8
    header = None
    inflater = zlib.decompressobj()
    expected = produced = 0
    while position + 12 <= len(content):
        length = int.from_bytes(content[position : position + 4], "big")
        kind = content[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(content):
            return False
        data = content[position + 8 : end - 4]
        if zlib.crc32(kind + data) != int.from_bytes(content[end - 4 : end], "big"):
            return False
        if header is None:
            if kind != b"IHDR" or length != 13:
                return False
            header = data
            expected = _png_raw_size(header)
            if expected is None:
                return False
        elif kind == b"IDAT":
            # The cap is the promised size plus one byte, so a bomb stops within a chunk.
            while data:
                produced += len(inflater.decompress(data, expected + 1 - produced))
                if produced > expected:
                    return False
                data = inflater.unconsumed_tail
        elif kind == b"IEND":
            # Bytes after IEND are a polyglot's tail, discarded by re-encoding.
            return inflater.eof and produced == expected
        position = end
    return False


_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# Adam7 passes: (first column, first row, column step, row step).
_ADAM7 = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)


def _png_raw_size(header: bytes) -> int | None:
    """Bytes of filtered scanlines the header implies, or None for an invalid header."""
    width = int.from_bytes(header[0:4], "big")
    height = int.from_bytes(header[4:8], "big")
    depth, colour, _compression, _filter, interlace = header[8:13]
    channels = _PNG_CHANNELS.get(colour)
    if channels is None or depth not in (1, 2, 4, 8, 16) or interlace not in (0, 1):
        return None

    def rows(w: int, h: int) -> int:
        return 0 if w == 0 or h == 0 else h * (1 + (w * channels * depth + 7) // 8)

    if not interlace:
        return rows(width, height)
    return sum(
        rows((width - x + dx - 1) // dx, (height - y + dy - 1) // dy) for x, y, dx, dy in _ADAM7
    )


def _webp_is_complete(content: bytes) -> bool:
    """The file holds all the RIFF size promises, and every chunk lies wholly inside it."""
    riff_end = int.from_bytes(content[4:8], "little") + 8
    if riff_end > len(content):
        return False
    position = 12
    while position + 8 <= riff_end:
        length = int.from_bytes(content[position + 4 : position + 8], "little")
        position += 8 + length + (length & 1)
    return position == riff_end


def _jpeg_has_end(content: bytes) -> bool:
    """Whether an end-of-image marker follows the first scan, walking segment by segment.

    Walking matters: an EXIF thumbnail holds its own end marker before the first scan.
    """
    position = 2
    while position + 4 <= len(content):
        if content[position] != 0xFF:
            return False
        marker = content[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xD9:
            return False
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # markers without a length
            position += 2
            continue
        length = int.from_bytes(content[position + 2 : position + 4], "big")
        if length < 2:
            return False
        if marker == 0xDA:  # start of scan: entropy-coded data never contains FF D9
            return content.find(b"\xff\xd9", position + 2 + length) != -1
        position += 2 + length
    return False


# APP0 (JFIF) says how to read the pixels and APP14 (Adobe) how to convert CMYK; every other
# application segment and comment is somebody's metadata: EXIF (APP1), XMP (APP1), ICC
# profiles with free-text descriptions (APP2), IPTC/Photoshop (APP13).
_KEPT_JPEG_SEGMENTS = frozenset({0xE0, 0xEE})


def strip_jpeg_metadata(content: bytes) -> bytes | None:
    """``content`` without metadata segments, or None if its header cannot be walked.

    Used where the JPEG must stay byte-identical in its pixels (a stream inside a PDF, whose
    dictionary states the dimensions and components), so it is not re-encoded.
    """
    if not content.startswith(b"\xff\xd8"):
        return None
    kept = [b"\xff\xd8"]
    position = 2
    while position + 4 <= len(content):
        if content[position] != 0xFF:
            return None
        marker = content[position + 1]
        if marker == 0xFF:
            position += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            kept.append(content[position : position + 2])
            position += 2
            continue
        length = int.from_bytes(content[position + 2 : position + 4], "big")
        if length < 2 or position + 2 + length > len(content):
            return None
        if marker == 0xDA:
            # Scans never contain FF D9, so the first one ends the image; whatever follows
            # (a polyglot's tail) is dropped with the metadata.
            end = content.find(b"\xff\xd9", position + 2 + length)
            if end == -1:
                return None
            kept.append(content[position : end + 2])
            return b"".join(kept)
        is_metadata = (0xE0 <= marker <= 0xEF and marker not in _KEPT_JPEG_SEGMENTS) or (
            marker == 0xFE
        )
        if not is_metadata:
            kept.append(content[position : position + 2 + length])
        position += 2 + length
    return None


_STRUCTURE_CHECKS.update(
    {
        AttachmentKind.JPEG: _jpeg_has_end,
        AttachmentKind.PNG: _png_is_complete,
        AttachmentKind.WEBP: _webp_is_complete,
    }
)
