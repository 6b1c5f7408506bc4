"""The API's answers for what is public: shapes, the certificate check, the CSV files."""

import pytest
from django.urls import reverse

from judging.models import Certificate
from judging.services.certificates import certificate_revoke

pytestmark = pytest.mark.django_db


def test_views_results_are_what_the_page_lists(client, open_data):
    url = reverse("api:edition_results", kwargs={"edition_id": open_data.published.pk})
    response = client.get(url)
    assert response["Cache-Control"] == "no-store"
    assert response.json()["results"] == [
        {
            "position": 1,
            "prize": "Giải Nhất",
            "entrant_type": "individual",
            "code": open_data.winner.code,
            "title": "Một cửa không chờ",
            "authors": ["Nguyễn Văn Công"],
            "agency": "UBND phường Hàng Bạc",
            "field": open_data.winner.sector.name,
            "rationale": "Chi phí thấp, nhân rộng ngay được.",
        }
    ]


def test_views_edition_by_slug_and_by_id_is_the_same(client, open_data):
    by_id = client.get(reverse("api:edition_detail", kwargs={"key": open_data.published.pk}))
    by_slug = client.get(reverse("api:edition_detail", kwargs={"key": "cong-khai"}))
    assert by_id.json() == by_slug.json()
    assert by_id.json()["name"] == "Cuộc thi công khai"


def test_views_initiative_timeline_has_no_reporter_or_file(client, open_data):
    url = reverse("api:initiative_detail", kwargs={"initiative_id": open_data.initiative.pk})
    data = client.get(url).json()
    assert [(e["date"], e["status"], e["place"]) for e in data["timeline"]] == [
        ("2025-01-10", "proposed", ""),
        ("2025-02-01", "piloting", "Phường Hàng Bạc"),
    ]
    assert data["timeline"][1]["figures"] == [
        {"label": "Thời gian chờ", "before": "5 ngày", "after": "2 ngày"}
    ]
    assert open_data.organiser.full_name not in str(data)


def test_views_initiatives_filter_by_edition(client, open_data):
    url = reverse("api:initiative_list")
    assert client.get(url, {"edition": open_data.published.pk}).json()["count"] == 1
    assert client.get(url, {"edition": open_data.frozen.pk}).json()["count"] == 0
    assert client.get(url, {"edition": "x"}).status_code == 400


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_views_refuse_every_method_but_get(client, open_data, method):
    response = getattr(client, method)(reverse("api:edition_list"))
    assert (response.status_code, response["Allow"]) == (405, "GET, HEAD")


def test_views_unknown_api_address_answers_json_404(client):
    response = client.post("/api/v1/khong-co/")
    assert (response.status_code, response["Content-Type"]) == (404, "application/json")


def test_views_certificate_check_valid_then_revoked(client, contest, renderer, committed):
    _edition, snapshot, *_ = contest
    from judging.services.certificates import certificates_issue

    committed(certificates_issue, snapshot=snapshot, actor=snapshot.created_by)
    certificate = Certificate.objects.filter(author__isnull=False).order_by("number").first()
    url = reverse("api:certificate", kwargs={"serial": certificate.serial.lower()})
    data = client.get(url).json()
    assert (data["status"], data["recipient"], data["prize"]) == (
        "valid",
        certificate.recipient_name,
        certificate.prize,
    )
    committed(
        certificate_revoke,
        certificate=certificate,
        actor=snapshot.created_by,
        reason="Cấp nhầm.",
    )
    assert client.get(url).json()["status"] == "revoked"


def test_views_certificate_unknown_serial(client):
    response = client.get(reverse("api:certificate", kwargs={"serial": "A" * 26}))
    assert (response.status_code, response.json()["status"]) == (404, "not_found")


def test_views_results_csv_opens_in_excel(client, open_data):
    url = reverse("opendata:results_csv", kwargs={"edition_id": open_data.published.pk})
    response = client.get(url)
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert response["Content-Disposition"] == (
        f'attachment; filename="ket-qua-{open_data.published.pk}.csv"'
    )
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == (
        "STT,Giải thưởng,Hình thức dự thi,Mã bài dự thi,Tên bài dự thi,Tác giả,"
        "Đơn vị công tác,Lĩnh vực,Lý do của Ban Giám khảo"
    )
    assert lines[1].startswith(f"1,Giải Nhất,Cá nhân,{open_data.winner.code},Một cửa không chờ,")


def test_views_initiatives_csv_in_vietnamese(client, open_data):
    url = reverse("opendata:initiatives_csv", kwargs={"edition_id": open_data.published.pk})
    lines = client.get(url).content.decode("utf-8-sig").splitlines()
    assert lines == [
        "Sáng kiến,Lĩnh vực,Giải thưởng,Đơn vị chủ trì,Trạng thái,Nơi thí điểm,"
        "Thí điểm từ ngày,Đơn vị áp dụng",
        f"Một cửa không chờ,{open_data.winner.sector.name},Giải Nhất,"
        "Sở Thông tin và Truyền thông,Đang thí điểm,Phường Hàng Bạc,01/02/2025,",
    ]


def test_views_public_pages_link_their_csv(client, open_data):
    edition = open_data.published.pk
    results = client.get("/cong-khai/ket-qua/").content.decode()
    initiatives = client.get(reverse("initiatives:public_edition", args=[edition])).content
    assert reverse("opendata:results_csv", kwargs={"edition_id": edition}) in results
    assert reverse("opendata:initiatives_csv", kwargs={"edition_id": edition}) in (
        initiatives.decode()
    )


def test_views_certificate_lookups_are_throttled_per_address(client, monkeypatch):
    """The test settings turn throttling off; production's classes and rates, put back on
    this one view, refuse the 31st lookup of a minute."""
    from rest_framework.throttling import ScopedRateThrottle

    from api.views import CertificateDetail
    from config.settings import base

    assert base.REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"] == [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.ScopedRateThrottle",
    ]
    monkeypatch.setattr(CertificateDetail, "throttle_classes", [ScopedRateThrottle])
    url = reverse("api:certificate", kwargs={"serial": "A" * 26})
    statuses = [client.get(url).status_code for _ in range(31)]
    assert statuses == [404] * 30 + [429]
    assert int(client.get(url)["Retry-After"]) > 0


@pytest.mark.parametrize("page", ["", "abc", "-1", "1.5"])
def test_api_list_refuses_a_page_that_is_not_a_page_number(client, page):
    response = client.get("/api/v1/editions/", {"page": page})

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
