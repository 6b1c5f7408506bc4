"""backup and restore round-trip the database and the stored files; the result still matches."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import CommandError, call_command

from contest.enums import EntrantType, Role
from contest.models import User
from judging.services.results import snapshot_freeze
from tests.factories import (
    AssignmentFactory,
    EligibleEntryFactory,
    JudgeFactory,
    PrizeTierFactory,
    RoundFactory,
    UserFactory,
    score_assignment,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def disk_storages(settings, tmp_path):
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


@pytest.fixture
def frozen():
    round_ = RoundFactory(criteria=[("Điểm", 100)], position=1)
    judges = JudgeFactory.create_batch(2)
    for number, points in enumerate((90, 80, 70), start=1):
        entry = EligibleEntryFactory(
            edition=round_.edition, number=number, entrant_type=EntrantType.INDIVIDUAL
        )
        for judge in judges:
            score_assignment(AssignmentFactory(round=round_, entry=entry, judge=judge), [points])
    PrizeTierFactory(
        edition=round_.edition, entrant_type=EntrantType.INDIVIDUAL, rank=1, name="Giải Nhất"
    )
    return snapshot_freeze(round_=round_, actor=UserFactory(role=Role.ORGANISER))


def _call(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_backup_and_restore_round_trip_database_and_files(disk_storages, frozen):
    private = storages["private"].save("entries/bai-viet.pdf", ContentFile(b"%PDF entrant"))
    public = storages["default"].save("original_images/anh.png", ContentFile(b"\x89PNG"))
    users = User.objects.count()
    archive = disk_storages / "backup.tar.gz"

    assert "database, 1 private, 1 default." in _call("backup", str(archive))

    UserFactory(email="after-backup@example.com")
    storages["private"].delete(private)
    storages["default"].delete(public)

    assert "database, 1 private, 1 default." in _call("restore", str(archive), "--no-input")

    assert User.objects.count() == users
    assert not User.objects.filter(email="after-backup@example.com").exists()
    with storages["private"].open(private) as handle:
        assert handle.read() == b"%PDF entrant"
    with storages["default"].open(public) as handle:
        assert handle.read() == b"\x89PNG"
    assert _call("recompute_snapshot", str(frozen.pk)).splitlines()[-1] == "MATCH"


def test_restore_without_an_archive_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="No backup at"):
        call_command("restore", str(tmp_path / "none.tar.gz"), "--no-input")
