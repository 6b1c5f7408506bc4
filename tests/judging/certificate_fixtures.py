"""Shared fixtures of the certificate tests: a published result and a fake renderer."""

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from contest.documents.certificate import CertificateData
from contest.enums import Role
from judging.models import Certificate, CertificateBatch
from judging.services import certificates as service
from tests.factories import (
    CertificateSettingsFactory,
    EditionFactory,
    EligibleEntryFactory,
    UserFactory,
    group_entry,
    result_snapshot,
)


class FakeRenderer:
    """Stands in for WeasyPrint: one small "PDF" per certificate, naming its serial.

    ``fail_for`` holds recipients whose rendering raises; ``calls`` records every
    certificate rendered, in order, and ``progress`` the batch's saved progress seen at
    each call of the batch path.
    """

    def __init__(self):
        self.fail_for: set[str] = set()
        self.calls: list[str] = []
        self.progress: list[tuple[int, int]] = []

    def one(self, data: CertificateData, *, pdf_variant=None) -> bytes:
        assert pdf_variant == "pdf/a-3b"
        self.calls.append(data.recipient)
        if data.recipient in self.fail_for:
            raise RuntimeError(f"font missing for {data.recipient}")
        return f"%PDF-1.7 fake {data.serial}".encode()

    def batch(self, datas, *, pdf_variant=None, workers=1) -> list[bytes]:
        batch = CertificateBatch.objects.order_by("-pk").first()
        self.progress.append((batch.done, batch.failed))
        if any(d.recipient in self.fail_for for d in datas):
            raise RuntimeError("one certificate in this chunk failed")
        return [self.one(d, pdf_variant=pdf_variant) for d in datas]


@pytest.fixture
def renderer(monkeypatch):
    fake = FakeRenderer()
    monkeypatch.setattr(service, "render_certificate", fake.one)
    monkeypatch.setattr(service, "render_certificates", fake.batch)
    return fake


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Call a service and run what it queued for after the commit (the rendering)."""

    def call(service_function, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return service_function(**kwargs)

    return call


@pytest.fixture
def organiser():
    return UserFactory(role=Role.ORGANISER, full_name="Lê Văn Tổ Chức")


@pytest.fixture
def contest(organiser):
    """Two individual winners and a group of three, with the result published."""
    edition = EditionFactory(name="Cuộc thi CCHC 2024", code_prefix="GCN24")
    CertificateSettingsFactory(edition=edition)
    first = EligibleEntryFactory(
        edition=edition, owner__full_name="Nguyễn Văn An", title="Một cửa số hóa"
    )
    second = EligibleEntryFactory(
        edition=edition, owner__full_name="Đặng Quốc Bảo", title="Hẹn giờ trực tuyến"
    )
    group = group_entry(
        edition=edition,
        members=["Trần Thị Bình", "Phạm Minh Châu"],
        owner__full_name="Lê Thị Hồng Nhung",
        title="Chính quyền số cấp phường",
    )
    snapshot = result_snapshot(
        edition=edition,
        winners=[(first, "Giải Nhất"), (second, "Giải Nhì"), (group, "Giải Nhất")],
        actor=organiser,
    )
    return edition, snapshot, first, second, group


def group_name(names):
    with translation.override(settings.LANGUAGE_CODE):
        return gettext("Group of authors: %(names)s") % {"names": ", ".join(names)}


GROUP = ["Lê Thị Hồng Nhung", "Trần Thị Bình", "Phạm Minh Châu"]


def numbered(edition):
    return [
        (c.number, c.recipient_name, c.prize)
        for c in Certificate.objects.filter(edition=edition).order_by("number")
    ]
