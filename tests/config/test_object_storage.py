"""Files on a real S3-compatible server (moto on loopback), served only through the views."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from contest.demo import demo_pdf
from contest.models import Attachment
from judging.models import Certificate
from judging.services.certificates import certificates_issue
from tests.factories import EditionFactory, EntryFactory, UserFactory

pytestmark = pytest.mark.django_db


def _keys(client, bucket):
    return sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket).get("Contents", []))


def test_attachment_uploaded_to_s3_downloads_through_the_view(client, s3_bucket):
    s3, bucket = s3_bucket
    entry = EntryFactory(edition=EditionFactory(max_writeup_mb=1))
    client.force_login(entry.owner)
    pdf = demo_pdf()
    client.post(
        reverse("contest:attachment_upload", args=[entry.public_id]),
        {"role": "writeup", "file": SimpleUploadedFile("bai-viet.pdf", pdf)},
    )
    attachment = Attachment.objects.get()
    assert _keys(s3, bucket) == sorted(
        [f"private/{attachment.stored_name}", f"private/{attachment.anonymised_name}"]
    )
    response = client.get(reverse("contest:attachment_download", args=[attachment.pk]))
    assert response.status_code == 200
    assert (
        b"".join(response.streaming_content)
        == s3.get_object(Bucket=bucket, Key=f"private/{attachment.stored_name}")["Body"].read()
    )

    client.force_login(UserFactory())
    url = reverse("contest:attachment_download", args=[attachment.pk])
    assert client.get(url).status_code == 404


def test_certificate_rendered_into_s3_downloads_through_the_view(
    client, s3_bucket, contest, organiser, renderer, committed
):
    s3, bucket = s3_bucket
    _edition, snapshot, first, _second, _group = contest
    committed(certificates_issue, snapshot=snapshot, actor=organiser)
    certificate = Certificate.objects.get(entry=first)
    assert f"private/{certificate.pdf_name}" in _keys(s3, bucket)
    client.force_login(first.owner)
    response = client.get(reverse("judging:certificate_download", args=[certificate.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == (
        f"%PDF-1.7 fake {certificate.display_serial}".encode()
    )


def test_private_s3_files_have_no_url(s3_bucket):
    name = storages["private"].save("x.pdf", ContentFile(b"%PDF"))
    with pytest.raises(ValueError, match="Private files have no URL"):
        storages["private"].url(name)


def test_public_media_in_s3_is_served_under_media_url(client, s3_bucket):
    s3, bucket = s3_bucket
    name = storages["default"].save("images/anh.png", ContentFile(b"\x89PNG fake"))
    assert storages["default"].url(name) == f"/media/{name}"
    assert _keys(s3, bucket) == [f"media/{name}"]
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == b"\x89PNG fake"
    assert client.get("/media/images/missing.png").status_code == 404
