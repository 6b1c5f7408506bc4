"""Initiatives: a published winner taken up by an agency, and an officer of that agency."""

import datetime

from contest.enums import Role
from initiatives.services.initiatives import initiative_create
from tests.factories.contest import AgencyFactory, EditionFactory, UserFactory
from tests.factories.judging import EligibleEntryFactory, result_snapshot


def published_winner(*, edition=None, title="Một cửa không chờ", prize="Giải Nhất", **kwargs):
    edition = edition or EditionFactory()
    entry = EligibleEntryFactory(edition=edition, title=title, **kwargs)
    result_snapshot(edition=edition, winners=[(entry, prize)], published=True)
    return entry


def published_winners(*, count, edition=None):
    """``count`` winners of one published result, titled "Sáng kiến 0", "Sáng kiến 1", …"""
    edition = edition or EditionFactory()
    entries = [EligibleEntryFactory(edition=edition, title=f"Sáng kiến {n}") for n in range(count)]
    result_snapshot(edition=edition, winners=[(e, "Giải Nhất") for e in entries], published=True)
    return entries


def lead_officer(*, agency, **kwargs):
    return UserFactory(role=Role.LEAD_AGENCY, agency=agency, **kwargs)


def initiative(*, entry=None, agency=None, actor=None, today=None):
    entry = entry or published_winner()
    agency = agency or AgencyFactory(name="Sở Nội vụ")
    return initiative_create(
        entry=entry,
        owner_agency=agency,
        actor=actor or UserFactory(role=Role.ORGANISER),
        today=today or datetime.date(2025, 1, 10),
    )
