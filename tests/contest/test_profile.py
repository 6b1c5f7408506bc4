import unicodedata

import pytest
from django.urls import reverse

from tests.factories import AgencyFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_profile_requires_login(client):
    response = client.get(reverse("contest:profile"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_profile_edit_saves_composed_text(client):
    user = UserFactory()
    other_agency = AgencyFactory(name="UBND quận Hoàn Kiếm")
    client.force_login(user)
    response = client.post(
        reverse("contest:profile"),
        {
            "full_name": unicodedata.normalize("NFD", "Lê Thị Hồng Nhung"),
            "agency": other_agency.pk,
            "position": unicodedata.normalize("NFD", "Chuyên viên chính"),
            "phone": "+84 24 3825 3536",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.full_name == "Lê Thị Hồng Nhung"
    assert unicodedata.is_normalized("NFC", user.position)
    assert user.agency == other_agency


def test_profile_rejects_bad_phone_in_vietnamese(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        reverse("contest:profile"),
        {"full_name": "Lê Văn An", "agency": user.agency.pk, "phone": "gọi tôi"},
    )
    assert response.status_code == 200
    assert "Số điện thoại chỉ gồm chữ số" in response.content.decode()
    user.refresh_from_db()
    assert user.phone == ""
