import base64
import dataclasses
import io
import unicodedata

import pytest
from PIL import Image

from contest.documents.images import InvalidImage, image_data_uri, qr_data_uri
from contest.documents.text import nfc

from .conftest import png_bytes

NAME = "Lê Thị Hồng Nhung"
DECOMPOSED = unicodedata.normalize("NFD", NAME)


@dataclasses.dataclass(frozen=True)
class Person:
    name: str
    photo: bytes


def test_nfc_composes_strings_inside_containers_and_dataclasses():
    context = {
        DECOMPOSED: [DECOMPOSED, (DECOMPOSED,)],
        "person": Person(name=DECOMPOSED, photo=b"\x00"),
        "count": 3,
    }

    assert nfc(context) == {
        NAME: [NAME, (NAME,)],
        "person": Person(name=NAME, photo=b"\x00"),
        "count": 3,
    }


def test_image_data_uri_png_kept_png():
    uri = image_data_uri(png_bytes())

    assert uri.startswith("data:image/png;base64,")


def test_image_data_uri_large_image_downscaled():
    uri = image_data_uri(png_bytes(size=(2400, 1200)))

    data = base64.b64decode(uri.partition(",")[2])
    assert Image.open(io.BytesIO(data)).size == (600, 300)


def test_image_data_uri_jpeg_metadata_stripped():
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "secret description"
    Image.new("RGB", (50, 50), "red").save(buffer, "JPEG", exif=exif)

    uri = image_data_uri(buffer.getvalue())

    assert uri.startswith("data:image/jpeg;base64,")
    assert b"secret description" not in base64.b64decode(uri.partition(",")[2])


@pytest.mark.parametrize(
    "data",
    [
        b"not an image",
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
    ],
)
def test_image_data_uri_refuses_other_than_png_or_jpeg(data):
    with pytest.raises(InvalidImage):
        image_data_uri(data)


def test_qr_data_uri_one_pixel_per_module_png():
    uri = qr_data_uri("https://cuocthi.example.vn/xac-minh/7Q2K-9XWD")

    image = Image.open(io.BytesIO(base64.b64decode(uri.partition(",")[2])))
    assert (uri[:22], image.size) == ("data:image/png;base64,", (33, 33))
