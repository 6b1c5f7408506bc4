"""Three editions seen from outside: one published, one frozen but never published, one
published and then withdrawn. Each has a live contest page and results page, so only the
publication decides what the public may read."""

import datetime
from dataclasses import dataclass

import pytest

from cms.models import ResultsPage, WinnerRationale
from contest.enums import Role
from initiatives.enums import InitiativeStatus
from initiatives.services.initiatives import initiative_create, initiative_report
from judging.services.publication import result_unpublish
from tests.factories import (
    AgencyFactory,
    EditionFactory,
    EligibleEntryFactory,
    UserFactory,
    result_snapshot,
)
from tests.factories.cms import contest_with_results


@dataclass
class OpenData:
    published: object  # edition
    frozen: object
    withdrawn: object
    winner: object  # the published edition's winning entry
    initiative: object
    withdrawn_initiative: object
    # Every identity of the two unpublished results: none may appear in any answer.
    secrets: list[str]
    organiser: object


def _secret_entry(edition, n, word):
    return EligibleEntryFactory(
        edition=edition,
        title=f"Giải pháp {word} số {n}",
        owner__full_name=f"Người {word} {n}",
        agency_name=f"Phòng {word} {n}",
    )


@pytest.fixture
def open_data(demo_site):
    organiser = UserFactory(role=Role.ORGANISER)
    agency = AgencyFactory(name="Sở Thông tin và Truyền thông")
    published = EditionFactory(name="Cuộc thi công khai", code_prefix="CONGKHAI")
    frozen = EditionFactory(name="Cuộc thi đã khóa", code_prefix="DAKHOA")
    withdrawn = EditionFactory(name="Cuộc thi rút lại", code_prefix="RUTLAI")
    for edition, slug in [(published, "cong-khai"), (frozen, "da-khoa"), (withdrawn, "rut-lai")]:
        contest_with_results(edition=edition, slug=slug)

    winner = EligibleEntryFactory(
        edition=published,
        title="Một cửa không chờ",
        owner__full_name="Nguyễn Văn Công",
        agency_name="UBND phường Hàng Bạc",
    )
    result_snapshot(edition=published, winners=[(winner, "Giải Nhất")], actor=organiser)
    WinnerRationale.objects.create(
        page=ResultsPage.objects.get(slug="ket-qua", url_path__contains="/cong-khai/"),
        entry_code=winner.code,
        rationale="Chi phí thấp, nhân rộng ngay được.",
    )
    initiative = initiative_create(
        entry=winner, owner_agency=agency, actor=organiser, today=datetime.date(2025, 1, 10)
    )
    initiative_report(
        initiative=initiative,
        actor=organiser,
        status=InitiativeStatus.PILOTING,
        happened_on=datetime.date(2025, 2, 1),
        place="Phường Hàng Bạc",
        figures=[{"label": "Thời gian chờ", "before": "5 ngày", "after": "2 ngày"}],
        today=datetime.date(2025, 2, 1),
    )

    hidden = [_secret_entry(frozen, 1, "Khóa"), _secret_entry(frozen, 2, "Khóa")]
    result_snapshot(edition=frozen, winners=[(e, "Giải Nhì") for e in hidden], published=False)
    taken_back = [_secret_entry(withdrawn, 1, "Rút"), _secret_entry(withdrawn, 2, "Rút")]
    snapshot = result_snapshot(
        edition=withdrawn, winners=[(e, "Giải Ba") for e in taken_back], actor=organiser
    )
    withdrawn_initiative = initiative_create(
        entry=taken_back[0], owner_agency=agency, actor=organiser
    )
    result_unpublish(snapshot=snapshot, actor=organiser, reason="Rà soát lại.")

    secrets = []
    for entry in [*hidden, *taken_back]:
        secrets += [entry.title, entry.code, entry.owner.full_name, entry.agency_name]
    return OpenData(
        published=published,
        frozen=frozen,
        withdrawn=withdrawn,
        winner=winner,
        initiative=initiative,
        withdrawn_initiative=withdrawn_initiative,
        secrets=secrets,
        organiser=organiser,
    )
