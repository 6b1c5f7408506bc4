"""Demo data for `manage.py seed_demo`: people, the 2024 edition and its entries.

Everything goes through the services, so the demo obeys the same rules as real use;
`seed` makes the generated names, texts and states the same on every machine.
"""

import datetime
import io
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from pypdf import PdfWriter

from contest import demo_entries_content as texts
from contest.accounts.roles import ensure_role_groups
from contest.enums import AttachmentRole, EntrantType, EntryStatus, Role
from contest.models import Agency, Edition, Sector, User
from contest.services import attachments as attachment_services
from contest.services import entries as entry_services
from contest.services import screening as screening_services

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]
MEN = (
    ["Văn", "Đức", "Quốc", "Minh", "Hữu", "Xuân"],
    ["An", "Bình", "Dũng", "Hùng", "Khánh", "Nam", "Phong", "Quân", "Sơn", "Tuấn", "Bảo"],
)
WOMEN = (
    ["Thị", "Thu", "Hồng", "Ngọc", "Thanh", "Minh"],
    ["Chi", "Giang", "Hà", "Lan", "Linh", "Mai", "Nhung", "Tâm", "Thảo", "Trang", "Tuyết"],
)
POSITIONS = ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Công chức"]
ENTRANTS_SHOWN = 10


@dataclass(frozen=True)
class DemoAccount:
    email: str
    role: Role
    full_name: str


def vietnamese_name(rng: random.Random) -> str:
    middles, givens = rng.choice([MEN, WOMEN])
    return f"{rng.choice(FAMILY_NAMES)} {rng.choice(middles)} {rng.choice(givens)}"


def _fixed_accounts(judges: int, entrants: int):
    yield "btc@demo.example", Role.ORGANISER, "Trần Thu Hà", "Sở Nội vụ", "Phó Giám đốc Sở"
    yield "thuky@demo.example", Role.SECRETARIAT, "Lê Minh Tâm", "Sở Nội vụ", "Chuyên viên"
    for n in range(1, judges + 1):
        yield f"giamkhao{n}@demo.example", Role.JUDGE, None, None, "Giám khảo"
    for n in range(1, entrants + 1):
        yield f"thisinh{n}@demo.example", Role.ENTRANT, None, None, None


@transaction.atomic
def seed_demo_people(*, password: str, seed: int = 2024, judges: int = 5, entrants: int = 150):
    """Create or refresh the demo accounts; running it again changes nothing but passwords."""
    ensure_role_groups()
    rng = random.Random(seed)
    agencies = list(Agency.objects.filter(is_active=True).order_by("pk"))
    groups = {role: Group.objects.get(name=role.value) for role in Role}
    # One hash for every demo account: hashing 150 passwords one by one takes a minute.
    hashed = make_password(password)
    existing = {u.email: u for u in User.objects.filter(email__endswith="@demo.example")}
    accounts = []
    for email, role, name, agency_name, position in _fixed_accounts(judges, entrants):
        full_name = name or vietnamese_name(rng)
        agency = (
            next((a for a in agencies if a.name == agency_name), None)
            if agency_name
            else (rng.choice(agencies) if agencies else None)
        )
        position = position or rng.choice(POSITIONS)
        user = existing.get(email)
        if user is None:
            user = User(email=email, full_name=full_name, agency=agency, position=position)
            user.full_clean(exclude=["password"])
        user.password = hashed
        user.save()
        user.groups.add(groups[role])
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        accounts.append(DemoAccount(email=email, role=role, full_name=user.full_name))
    return accounts


def _at(year, month, day, hour=9, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=HANOI)


def _edition(*, year: int, name: str, opens, closes, judging, results, screening_ends):
    edition = Edition.objects.filter(code_prefix=f"CCHC{year}").first()
    if edition is not None:
        return edition, False
    edition = Edition(
        name=name,
        year=year,
        code_prefix=f"CCHC{year}",
        plan_reference=(
            "Kế hoạch số 103/KH-UBND ngày 04/4/2024 của UBND Thành phố Hà Nội"
            if year == 2024
            else f"Kế hoạch tổ chức Cuộc thi năm {year} (bản trình diễn)"
        ),
        organiser="Ủy ban nhân dân Thành phố Hà Nội",
        document_issuer_parent="Ủy ban nhân dân\nThành phố Hà Nội",
        document_issuer="Ban Tổ chức Cuộc thi",
        document_place="Hà Nội",
        receipt_signer="TM. Ban Tổ chức\nTổ Thư ký",
        submission_opens_at=opens,
        submission_closes_at=closes,
        screening_ends_on=screening_ends,
        judging_starts_at=judging,
        results_on=results,
    )
    edition.full_clean()
    edition.save()
    for order, sector_name in enumerate(texts.SECTORS):
        Sector.objects.create(edition=edition, name=sector_name, sort_order=order)
    return edition, True


def demo_pdf(*, pages: int = 2) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Thuyết minh", "/Author": "Tác giả"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _fill(*, entry, owner, idea, rng, co_authors, at):
    sector = entry.edition.sectors.order_by("sort_order")[idea["sector"]]
    authors = [
        {
            "full_name": owner.full_name,
            "unit": owner.agency.name if owner.agency else "",
            "job_title": owner.position,
            "email": owner.email,
        }
    ]
    agencies = list(Agency.objects.order_by("pk").values_list("name", flat=True))
    for n in range(co_authors):
        authors.append(
            {
                "full_name": vietnamese_name(rng),
                "unit": owner.agency.name if rng.random() < 0.7 else rng.choice(agencies),
                "job_title": rng.choice(POSITIONS),
                "email": f"dongtacgia{entry.pk}-{n}@demo.example",
            }
        )
    shares = _shares(len(authors), rng)
    for author, share in zip(authors, shares, strict=True):
        author["share"] = share
    data = {name: idea[name] for name in entry_services.REQUIRED_FOR_SUBMISSION}
    data.update(
        sector=sector.pk,
        kind=idea["kind"],
        entrant_type=EntrantType.GROUP if co_authors else EntrantType.INDIVIDUAL,
        authors=authors,
    )
    return entry_services.entry_save(
        entry=entry, user=owner, data=data, version=entry.version, at=at
    )


def _coauthors_accepted(entry, at):
    """The demo's co-authors have no accounts to answer with: entries about to be submitted
    stand for people who accepted (drafts keep them invited, as the entrant would see)."""
    from contest.enums import AuthorConsent
    from contest.models import Author

    Author.objects.filter(entry=entry, consent=AuthorConsent.INVITED).update(
        consent=AuthorConsent.ACCEPTED, invited_at=at, answered_at=at
    )


def _shares(count: int, rng: random.Random) -> list[int]:
    if count == 1:
        return [100]
    lead = rng.choice([40, 50, 60])
    rest = 100 - lead
    others = [rest // (count - 1)] * (count - 1)
    others[0] += rest - sum(others)
    return [lead, *others]


@transaction.atomic
def seed_demo_entries(*, seed: int = 2024, count: int = 196) -> Edition:
    """The 2024 edition, closed and screened, with `count` entries in realistic states."""
    edition, created = _edition(
        year=2024,
        name="Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính năm 2024",
        opens=_at(2024, 4, 15, 8),
        closes=_at(2024, 8, 31, 17),
        screening_ends=datetime.date(2024, 9, 13),
        judging=_at(2024, 9, 16, 8),
        results=datetime.date(2024, 11, 16),
    )
    if not created:
        return edition
    rng = random.Random(seed)
    secretary = User.objects.get(email="thuky@demo.example")
    owners = list(
        User.objects.filter(groups__name=Role.ENTRANT.value, email__startswith="thisinh")
        .select_related("agency")
        .order_by("pk")
    )
    pdf = demo_pdf()
    ideas = texts.IDEAS
    plan = _states(count, rng)
    for n in range(count):
        owner = owners[n % len(owners)]
        idea = ideas[n % len(ideas)]
        day = _at(2024, 4, 20) + datetime.timedelta(minutes=n * 587)
        entry = entry_services.entry_create_draft(edition=edition, user=owner, at=day)
        co_authors = rng.choice([0, 0, 0, 1, 2, 3, 4])
        entry = _fill(
            entry=entry, owner=owner, idea=_variant(idea, n), rng=rng, co_authors=co_authors, at=day
        )
        if plan[n] == EntryStatus.DRAFT:
            continue
        attachment_services.attachment_add(
            entry=entry,
            user=owner,
            upload=SimpleUploadedFile(f"thuyet-minh-{n + 1}.pdf", pdf, "application/pdf"),
            role=AttachmentRole.WRITEUP,
            at=day,
        )
        _coauthors_accepted(entry, day)
        entry_services.entry_submit(
            entry=entry, user=owner, at=day + datetime.timedelta(hours=1), notify=False
        )
        if plan[n] == EntryStatus.ELIGIBLE:
            screening_services.entry_mark_eligible(entry=entry, actor=secretary, notify=False)
        elif plan[n] == EntryStatus.INELIGIBLE:
            screening_services.entry_mark_ineligible(
                entry=entry,
                actor=secretary,
                reason="Bài dự thi trùng lặp nội dung với giải pháp đã được công nhận trước đó.",
                notify=False,
            )
        elif plan[n] == EntryStatus.WITHDRAWN:
            entry_services.entry_withdraw(entry=entry, user=owner, at=_at(2024, 9, 10))
    return edition


def _variant(idea: dict, n: int) -> dict:
    # 42 texts, ~200 entries: later rounds get a distinguishing scope so titles stay unique.
    round_no = n // len(texts.IDEAS)
    if round_no == 0:
        return idea
    scopes = ["cấp phường", "cấp quận, huyện", "các sở, ngành", "toàn Thành phố"]
    return {**idea, "title": f"{idea['title']} ({scopes[(round_no - 1) % len(scopes)]})"}


def _states(count: int, rng: random.Random) -> list[str]:
    plan = (
        [EntryStatus.INELIGIBLE] * 9
        + [EntryStatus.WITHDRAWN] * 5
        + [EntryStatus.DRAFT] * 6
        + [EntryStatus.SUBMITTED] * 4
    )
    plan += [EntryStatus.ELIGIBLE] * (count - len(plan))
    rng.shuffle(plan)
    return plan


@transaction.atomic
def seed_demo_open_edition(*, today: datetime.date, seed: int = 2024) -> Edition:
    """A practice edition open all of this year, so demo entrants can submit."""
    year = today.year
    edition, created = _edition(
        year=year,
        name=f"Cuộc thi Tìm kiếm ý tưởng, giải pháp cải cách hành chính năm {year}",
        opens=_at(year, 1, 1, 0),
        closes=_at(year, 12, 31, 23, 59),
        screening_ends=datetime.date(year + 1, 1, 10),
        judging=_at(year + 1, 1, 12, 8),
        results=datetime.date(year + 1, 3, 1),
    )
    if not created:
        return edition
    rng = random.Random(seed + 1)
    owner = User.objects.get(email="thisinh2@demo.example")
    secretary = User.objects.get(email="thuky@demo.example")
    now = _at(today.year, today.month, today.day, 0, 1)
    entry = entry_services.entry_create_draft(edition=edition, user=owner, at=now)
    _fill(entry=entry, owner=owner, idea=texts.IDEAS[3], rng=rng, co_authors=0, at=now)
    returned = entry_services.entry_create_draft(edition=edition, user=owner, at=now)
    returned = _fill(
        entry=returned, owner=owner, idea=texts.IDEAS[10], rng=rng, co_authors=1, at=now
    )
    attachment_services.attachment_add(
        entry=returned,
        user=owner,
        upload=SimpleUploadedFile("thuyet-minh.pdf", demo_pdf(), "application/pdf"),
        role=AttachmentRole.WRITEUP,
        at=now,
    )
    _coauthors_accepted(returned, now)
    entry_services.entry_submit(entry=returned, user=owner, at=now, notify=False)
    screening_services.entry_return_for_changes(
        entry=returned,
        actor=secretary,
        reason="Đề nghị bổ sung số liệu về chi phí triển khai tại mục Tính khả thi.",
        until=today + datetime.timedelta(days=14),
        notify=False,
    )
    return edition
