import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from contest.services.editions import edition_open_submissions, shift_years
from tests.factories.contest import EditionFactory

pytestmark = pytest.mark.django_db


def test_shift_years_keeps_day_and_time_and_folds_29_february():
    assert shift_years(datetime.date(2024, 11, 16), 2) == datetime.date(2026, 11, 16)
    assert shift_years(datetime.date(2024, 2, 29), 1) == datetime.date(2025, 2, 28)
    assert shift_years(None, 1) is None


def test_open_submissions_opens_now_and_moves_judging_after_closing():
    now = timezone.now()
    edition = EditionFactory(
        submission_opens_at=now + datetime.timedelta(days=5),
        submission_closes_at=now + datetime.timedelta(days=10),
        judging_starts_at=now + datetime.timedelta(days=11),
    )
    closes = now + datetime.timedelta(days=20)
    edition = edition_open_submissions(edition=edition, closes_at=closes, at=now)
    assert edition.submission_opens_at == now
    assert edition.submission_closes_at == closes
    assert edition.judging_starts_at == closes
    assert edition.is_open_for_submission(at=now + datetime.timedelta(hours=1))


def test_open_submissions_refuses_a_closing_time_in_the_past():
    edition = EditionFactory()
    before = edition.submission_closes_at
    with pytest.raises(ValidationError) as error:
        edition_open_submissions(
            edition=edition, closes_at=timezone.now() - datetime.timedelta(minutes=1)
        )
    assert error.value.message_dict == {
        "closes_at": ["Thời điểm kết thúc nhận bài phải sau thời điểm hiện tại."]
    }
    edition.refresh_from_db()
    assert edition.submission_closes_at == before
