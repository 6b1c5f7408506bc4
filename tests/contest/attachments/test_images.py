import io
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from PIL import ExifTags, Image, ImageCms, ImageFile, PngImagePlugin

from contest.attachments import AttachmentKind, Limits
from contest.attachments.images import clean_image, strip_jpeg_metadata
from tests.contest.attachments import files, hostile

LIMITS = Limits()


def _clean(content, kind, **limits):
    return clean_image(content=content, kind=kind, limits=Limits(**limits))


def test_clean_image_jpeg_loses_exif_gps_comment_and_xmp():
    original = files.jpeg_with_gps()
    cleaned = _clean(original, AttachmentKind.JPEG)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert dict(image.getexif()) == {}
        assert image.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert sorted(image.info) == ["jfif", "jfif_density", "jfif_unit", "jfif_version"]
    assert b"Exif" not in cleaned
    assert b"GPS" not in cleaned
    assert b"Nguyen" not in cleaned
    assert b"Canon" not in cleaned
    # The fixture really carried what the copy lacks.
    assert b"Exif" in original
    assert b"Nguyen" in original


def test_clean_image_jpeg_orientation_is_applied_to_the_pixels():
    cleaned = _clean(files.jpeg_with_gps(size=(40, 20), orientation=6), AttachmentKind.JPEG)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.size == (20, 40)


def test_clean_image_without_transpose_keeps_the_stored_orientation():
    original = files.jpeg_with_gps(size=(40, 20), orientation=6)
    cleaned = clean_image(
        content=original, kind=AttachmentKind.JPEG, limits=LIMITS, transpose=False
    )
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.size == (40, 20)


def test_clean_image_png_loses_text_chunks_and_exif():
    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "Nguyen Van A")
    text.add_itxt("Description", "Nguyễn Văn A")
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "Nguyen Van A"
    original = files.image_bytes("PNG", pnginfo=text, exif=exif)
    cleaned = _clean(original, AttachmentKind.PNG)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info == {}
        assert dict(image.getexif()) == {}
    assert b"Nguyen" not in cleaned
    assert "Nguyễn".encode() not in cleaned
    assert b"Nguyen" in original


def test_clean_image_colour_profile_is_converted_and_dropped():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    original = files.image_bytes("JPEG", icc_profile=profile)
    cleaned = _clean(original, AttachmentKind.JPEG)
    with Image.open(io.BytesIO(original)) as image:
        assert image.info["icc_profile"] == profile
    with Image.open(io.BytesIO(cleaned)) as image:
        assert "icc_profile" not in image.info


def test_clean_image_cmyk_jpeg_becomes_rgb():
    cleaned = _clean(
        files.image_bytes("JPEG", mode="CMYK", color=(0, 255, 255, 0)), AttachmentKind.JPEG
    )
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.mode == "RGB"


def test_clean_image_png_palette_transparency_survives():
    image = Image.new("P", (4, 4), 1)
    image.putpalette([0, 0, 0, 255, 0, 0])
    out = io.BytesIO()
    image.save(out, "PNG", transparency=1)
    cleaned = _clean(out.getvalue(), AttachmentKind.PNG)
    with Image.open(io.BytesIO(cleaned)) as reopened:
        assert reopened.mode == "P"
        assert reopened.info == {"transparency": 1}


def test_clean_image_lossless_webp_stays_lossless():
    cleaned = _clean(files.image_bytes("WEBP", lossless=True), AttachmentKind.WEBP)
    assert cleaned[12:16] == b"VP8L"


def test_clean_image_lossy_webp_is_reencoded_lossy():
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "Nguyen Van A"
    cleaned = _clean(files.image_bytes("WEBP", exif=exif), AttachmentKind.WEBP)
    assert cleaned[12:16] == b"VP8 "
    assert b"Nguyen" not in cleaned


def test_clean_image_declared_30000_square_png_is_a_decompression_bomb():
    with pytest.raises(ValidationError) as raised:
        _clean(files.png_declaring(30_000, 30_000), AttachmentKind.PNG)
    assert raised.value.code == "decompression_bomb"
    assert raised.value.params == {"limit": 40}


def test_clean_image_below_pillow_threshold_but_over_our_cap_is_refused():
    # 48 MP: Pillow would only warn above 89 MP, so this is our own cap at work.
    with pytest.raises(ValidationError) as raised:
        _clean(files.png_declaring(8_000, 6_000), AttachmentKind.PNG)
    assert raised.value.code == "decompression_bomb"


def test_clean_image_pixel_cap_is_a_parameter():
    small = files.image_bytes("PNG", size=(20, 20))
    assert _clean(small, AttachmentKind.PNG, max_pixels=400)
    with pytest.raises(ValidationError) as raised:
        _clean(small, AttachmentKind.PNG, max_pixels=399)
    assert raised.value.code == "decompression_bomb"


@pytest.mark.parametrize("load_truncated", [False, True])
def test_clean_image_truncated_jpeg_is_corrupt(monkeypatch, load_truncated):
    # WeasyPrint turns LOAD_TRUNCATED_IMAGES on for the whole process when imported.
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", load_truncated)
    original = files.image_bytes("JPEG", size=(64, 64))
    with pytest.raises(ValidationError) as raised:
        _clean(original[: len(original) // 2], AttachmentKind.JPEG)
    assert raised.value.code == "corrupt"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"\xff\xd8\xff\xe0garbage that is not a jpeg at all", AttachmentKind.JPEG),
        (files.image_bytes("PNG")[:40], AttachmentKind.PNG),
        (files.image_bytes("WEBP")[:30], AttachmentKind.WEBP),
        (files.image_bytes("PNG"), AttachmentKind.JPEG),  # decoders limited to the sniffed kind
    ],
    ids=["jpeg-garbage", "png-truncated", "webp-truncated", "png-as-jpeg"],
)
def test_clean_image_unreadable_content_is_corrupt(content, kind):
    with pytest.raises(ValidationError) as raised:
        _clean(content, kind)
    assert raised.value.code == "corrupt"


def test_clean_image_trailing_payload_is_discarded():
    original = files.image_bytes("PNG") + b"<html><script>alert(1)</script></html>"
    cleaned = _clean(original, AttachmentKind.PNG)
    assert b"<script>" not in cleaned


@pytest.mark.parametrize("load_truncated", [False, True])
@pytest.mark.parametrize(
    ("builder", "kind"),
    [
        (hostile.png_truncated, AttachmentKind.PNG),
        (hostile.png_bad_crc, AttachmentKind.PNG),
        (hostile.png_idat_bomb, AttachmentKind.PNG),
        (hostile.webp_truncated, AttachmentKind.WEBP),
        (hostile.jpeg_truncated, AttachmentKind.JPEG),
    ],
    ids=["png-truncated", "png-bad-crc", "png-idat-bomb", "webp-truncated", "jpeg-truncated"],
)
def test_clean_image_incomplete_is_corrupt_whatever_pillow_global(
    monkeypatch, load_truncated, builder, kind
):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", load_truncated)
    with pytest.raises(ValidationError) as raised:
        _clean(builder(), kind)
    assert raised.value.code == "corrupt"


def _interlaced_grey_png(width, height):
    """Pillow writes no interlaced PNGs, so this one is assembled pass by pass."""
    passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4))
    passes += ((1, 0, 2, 2), (0, 1, 1, 2))
    raw = b""
    for x, y, dx, dy in passes:
        columns = len(range(x, width, dx))
        for _row in range(y, height, dy):
            if columns:
                raw += b"\0" + b"\x80" * columns

    def chunk(kind, data):
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 1)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_clean_image_interlaced_png_is_accepted():
    original = _interlaced_grey_png(37, 19)
    with Image.open(io.BytesIO(original)) as image:
        assert image.info.get("interlace") == 1
    assert Image.open(io.BytesIO(_clean(original, AttachmentKind.PNG))).size == (37, 19)


def test_strip_jpeg_metadata_keeps_pixels_drops_exif_xmp_iptc_and_tail():
    original = hostile.jpeg_with_identity()
    stripped = strip_jpeg_metadata(original)
    assert hostile.SECRET.encode() in original
    assert hostile.SECRET.encode() not in stripped
    assert stripped.endswith(b"\xff\xd9")
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(stripped)) as after:
        assert before.tobytes() == after.tobytes()


def test_strip_jpeg_metadata_unwalkable_header_is_none():
    assert strip_jpeg_metadata(b"\xff\xd8\xff\xe1\x00") is None
