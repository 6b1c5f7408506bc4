"""Similar entries: computed when an entry is submitted, shown to the secretariat, marked."""

import pytest
from django.urls import reverse

from contest.enums import EntryStatus, Role
from contest.services.entries import entry_submit
from initiatives.enums import PairVerdict
from initiatives.models import PairMark, SimilarPair
from initiatives.services.similarity import pair_mark, similar_entries_compute
from tests.contest.helpers import add_writeup_row
from tests.factories import EditionFactory, EntryFactory, UserFactory
from tests.factories.judging import EligibleEntryFactory

pytestmark = pytest.mark.django_db

ONE_STOP = {
    "title": "Đặt lịch hẹn trực tuyến tại bộ phận một cửa",
    "summary": "Người dân đặt lịch hẹn trực tuyến trước khi đến bộ phận một cửa của phường.",
    "solution": "Hồ sơ được số hóa ngay khi tiếp nhận và chuyển thẳng cho cán bộ thụ lý.",
    "effect": "Thời gian chờ tại quầy giảm từ 45 phút xuống còn 10 phút.",
}
ONE_STOP_PLAIN = {
    "title": "DAT LICH HEN TRUC TUYEN tai bo phan mot cua",
    "summary": "Nguoi dan dat lich hen truc tuyen truoc khi den bo phan mot cua cua phuong.",
    "solution": "Ho so duoc so hoa ngay khi tiep nhan va chuyen thang cho can bo thu ly.",
    "effect": "Thoi gian cho tai quay giam tu 45 phut xuong con 10 phut.",
}
BUDGET = {
    "title": "Công khai ngân sách xã trên bảng tin điện tử",
    "summary": "Công khai dự toán ngân sách xã để người dân theo dõi từng khoản chi.",
    "solution": "Mỗi khoản chi lớn được đăng kèm chứng từ và ý kiến ban thanh tra nhân dân.",
    "effect": "Số đơn thư về thu chi ngân sách giảm một nửa sau một năm.",
}
BLANK = dict.fromkeys(["problem", "novelty", "feasibility", "replication"], "")


def _eligible(edition, texts):
    return EligibleEntryFactory(edition=edition, **BLANK, **texts)


def test_submission_computes_similar_entries_of_earlier_editions(
    django_capture_on_commit_callbacks,
):
    earlier = EditionFactory(year=2023)
    old = _eligible(earlier, ONE_STOP)
    _eligible(earlier, BUDGET)
    filled = dict.fromkeys(BLANK, "Không.")  # required to submit, the same in both
    draft = EntryFactory(edition=EditionFactory(year=2024), **filled, **ONE_STOP_PLAIN)
    add_writeup_row(draft)
    with django_capture_on_commit_callbacks(execute=True):
        entry_submit(entry=draft, user=draft.owner)
    pair = SimilarPair.objects.get()
    assert (pair.first_id, pair.second_id) == (old.pk, draft.pk)
    assert pair.score >= 0.6
    assert len(pair.passages) >= 2


def test_compute_keeps_a_marked_pair_and_its_verdict():
    edition = EditionFactory()
    a, b = _eligible(edition, ONE_STOP), _eligible(edition, ONE_STOP_PLAIN)
    similar_entries_compute(entry_ids=[a.pk])
    pair = SimilarPair.objects.get()
    pair_mark(pair=pair, verdict=PairVerdict.DIFFERENT, actor=UserFactory(role=Role.SECRETARIAT))
    assert similar_entries_compute(entry_ids=[a.pk, b.pk]) == 1
    assert SimilarPair.objects.get().verdict == PairVerdict.DIFFERENT


def test_drafts_are_never_compared():
    edition = EditionFactory()
    a = _eligible(edition, ONE_STOP)
    EntryFactory(edition=edition, status=EntryStatus.DRAFT, **BLANK, **ONE_STOP_PLAIN)
    assert similar_entries_compute(entry_ids=[a.pk]) == 0


@pytest.fixture
def pair():
    edition = EditionFactory()
    a, b = _eligible(edition, ONE_STOP), _eligible(edition, ONE_STOP_PLAIN)
    _eligible(edition, BUDGET)
    similar_entries_compute(entry_ids=[a.pk, b.pk])
    return a, b


def test_screening_page_shows_similar_entry_with_score_and_passages(client, pair):
    a, b = pair
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    response = client.get(reverse("contest:screening_detail", args=[a.public_id]))
    body = response.content.decode()
    assert 'id="similar-entries"' in body
    assert b.code in body
    assert body.count('class="card similar-entry"') == 1
    assert "Thời gian chờ tại quầy giảm từ 45 phút xuống còn 10 phút." in body


def test_earlier_edition_page_does_not_list_later_entries(client):
    old = _eligible(EditionFactory(year=2023), ONE_STOP)
    new = _eligible(EditionFactory(year=2024), ONE_STOP_PLAIN)
    similar_entries_compute(entry_ids=[new.pk])
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    old_page = client.get(reverse("initiatives:similar", args=[old.public_id])).content.decode()
    new_page = client.get(reverse("initiatives:similar", args=[new.public_id])).content.decode()
    assert new.code not in old_page
    assert old.code in new_page


def test_mark_is_audited_with_actor_and_shown(client, pair):
    a, _ = pair
    secretary = UserFactory(role=Role.SECRETARIAT)
    client.force_login(secretary)
    screening = reverse("contest:screening_detail", args=[a.public_id])
    similar = SimilarPair.objects.get()
    response = client.post(
        reverse("initiatives:pair_mark", args=[similar.pk]), {"verdict": "same", "next": screening}
    )
    assert response["Location"] == screening
    assert list(PairMark.objects.values_list("verdict", "actor")) == [("same", secretary.pk)]
    assert SimilarPair.objects.get().verdict == "same"
    assert 'class="status status--same"' in client.get(screening).content.decode()


def test_mark_refuses_an_unknown_verdict_and_an_outside_next(client, pair):
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    similar = SimilarPair.objects.get()
    response = client.post(
        reverse("initiatives:pair_mark", args=[similar.pk]),
        {"verdict": "maybe", "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"
    assert PairMark.objects.count() == 0


@pytest.mark.parametrize("role", [Role.JUDGE, Role.ENTRANT, Role.LEAD_AGENCY])
def test_judges_and_others_never_see_or_mark_pairs(client, pair, role):
    a, _ = pair
    client.force_login(UserFactory(role=role))
    assert client.get(reverse("initiatives:similar", args=[a.public_id])).status_code == 403
    similar = SimilarPair.objects.get()
    response = client.post(reverse("initiatives:pair_mark", args=[similar.pk]), {"verdict": "same"})
    assert response.status_code == 403
    assert PairMark.objects.count() == 0


@pytest.mark.parametrize("others", [1, 4])
def test_screening_detail_adds_constant_queries(client, django_assert_num_queries, others):
    edition = EditionFactory()
    a = _eligible(edition, ONE_STOP)
    for n in range(others):
        _eligible(edition, {**ONE_STOP_PLAIN, "title": f"{ONE_STOP_PLAIN['title']} {n}"})
    similar_entries_compute(entry_ids=[a.pk])
    assert SimilarPair.objects.count() == others
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    with django_assert_num_queries(12):
        client.get(reverse("initiatives:similar", args=[a.public_id]))
