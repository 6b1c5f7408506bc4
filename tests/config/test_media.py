"""MEDIA_URL is served with DEBUG off (Wagtail images were 404 before), from the public storage."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages

pytestmark = pytest.mark.django_db


@pytest.fixture
def local_media(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "media"},
        },
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }
    return tmp_path


def test_media_served_from_local_disk_with_debug_off(client, settings, local_media):
    assert settings.DEBUG is False
    name = storages["default"].save("original_images/anh.jpg", ContentFile(b"\xff\xd8 jpeg"))
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "public, max-age=86400"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"\xff\xd8 jpeg"


def test_media_never_reaches_private_files(client, local_media):
    storages["private"].save("entries/bai.pdf", ContentFile(b"%PDF secret"))
    assert client.get("/media/../private/entries/bai.pdf").status_code == 404
    assert client.get("/media/%2e%2e/private/entries/bai.pdf").status_code == 404


def test_media_missing_file_is_404(client, local_media):
    assert client.get("/media/original_images/none.jpg").status_code == 404


def test_media_refuses_writes(client, local_media):
    storages["default"].save("a.txt", ContentFile(b"x"))
    assert client.post("/media/a.txt").status_code == 405
