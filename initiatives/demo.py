"""Demo data of this app: near-duplicates the screening page flags, and a lead agency officer.

The practice edition gets two submitted entries that repeat 2024 write-ups (one retyped
without accents with a few edits, one with its sections reordered and reworded), so that
the secretariat sees "similar entries of earlier editions" on the screening page. The
similarity of the demo editions is computed here, at once, rather than left to the worker.
"""

import datetime
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from contest import demo_entries_content as texts
from contest.demo import demo_pdf
from contest.enums import AttachmentRole, EntrantType, Role
from contest.models import Agency, Edition, Entry, User
from contest.services import attachments as attachment_services
from contest.services import entries as entry_services
from initiatives.services.similarity import similar_entries_compute_editions

OFFICER_EMAIL = "chutri@demo.example"
NEAR_DUPLICATES = (0, 13)  # indexes into IDEAS of the 2024 write-ups repeated


def _unaccented(text: str) -> str:
    from contest.text import fold

    return fold(text).capitalize()


def _retyped(idea: dict, rng: random.Random) -> dict:
    """Typed again without accents, with a few words dropped."""
    out = {}
    for name in entry_services.REQUIRED_FOR_SUBMISSION:
        words = [w for w in idea[name].split() if rng.random() > 0.06]
        out[name] = _unaccented(" ".join(words)) if name != "title" else idea[name] + " (bản mới)"
    return out


def _reordered(idea: dict, rng: random.Random) -> dict:
    """The same sections, their sentences shuffled and a few words changed."""
    out = {}
    for name in entry_services.REQUIRED_FOR_SUBMISSION:
        sentences = [s for s in idea[name].split(". ") if s]
        rng.shuffle(sentences)
        text = ". ".join(sentences)
        for word, other in (
            ("người dân", "công dân"),
            ("hồ sơ", "giấy tờ"),
            ("cán bộ", "công chức"),
        ):
            text = text.replace(word, other)
        out[name] = text
    out["title"] = f"Đề xuất: {idea['title'][0].lower()}{idea['title'][1:]}"
    return out


def _submit(*, edition, owner, idea, data, at):
    sector = edition.sectors.order_by("sort_order")[idea["sector"]]
    entry = entry_services.entry_create_draft(edition=edition, user=owner, at=at)
    entry = entry_services.entry_save(
        entry=entry,
        user=owner,
        data={
            **data,
            "sector": sector.pk,
            "kind": idea["kind"],
            "entrant_type": EntrantType.INDIVIDUAL,
            "authors": [
                {
                    "full_name": owner.full_name,
                    "unit": owner.agency.name if owner.agency else "",
                    "job_title": owner.position,
                    "email": owner.email,
                    "share": 100,
                }
            ],
        },
        version=entry.version,
        at=at,
    )
    attachment_services.attachment_add(
        entry=entry,
        user=owner,
        upload=SimpleUploadedFile("thuyet-minh.pdf", demo_pdf(), "application/pdf"),
        role=AttachmentRole.WRITEUP,
        at=at,
    )
    entry_services.entry_submit(entry=entry, user=owner, at=at, notify=False)


@transaction.atomic
def seed_demo_near_duplicates(*, edition: Edition, seed: int = 2024) -> int:
    """Two entries of ``edition`` repeating 2024 write-ups; returns how many were added."""
    if Entry.objects.filter(edition=edition, title__endswith="(bản mới)").exists():
        return 0
    rng = random.Random(seed + 13)
    owner = User.objects.get(email="thisinh3@demo.example")
    now = timezone.now()
    at = max(now, edition.submission_opens_at + datetime.timedelta(minutes=1))
    first, second = (texts.IDEAS[n] for n in NEAR_DUPLICATES)
    _submit(edition=edition, owner=owner, idea=first, data=_retyped(first, rng), at=at)
    _submit(edition=edition, owner=owner, idea=second, data=_reordered(second, rng), at=at)
    return 2


def seed_demo_officer(*, password: str) -> User:
    """The Sở Nội vụ's officer for initiatives (role Đơn vị chủ trì)."""
    from django.contrib.auth.models import Group

    agency = Agency.objects.filter(name__iexact="Sở Nội vụ").first()
    user, created = User.objects.get_or_create(
        email=OFFICER_EMAIL,
        defaults={"full_name": "Phạm Thị Lan", "agency": agency, "position": "Chuyên viên"},
    )
    if created:
        from allauth.account.models import EmailAddress

        user.set_password(password)
        user.save()
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        user.groups.add(Group.objects.get_or_create(name=Role.LEAD_AGENCY.value)[0])
    return user


def seed_demo_initiatives(*, editions, password: str, seed: int = 2024) -> User:
    open_edition = max(editions, key=lambda e: e.year)
    if open_edition.is_open_for_submission():
        seed_demo_near_duplicates(edition=open_edition, seed=seed)
    similar_entries_compute_editions(edition_ids=[e.pk for e in editions])
    return seed_demo_officer(password=password)
