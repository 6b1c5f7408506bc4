import unicodedata

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from contest.enums import Role
from contest.models import Agency, User
from tests.factories import AgencyFactory, UserFactory

pytestmark = pytest.mark.django_db


def _signup_data(chosen_agency, **overrides):
    data = {
        "email": "chuyenvien@hanoi.gov.vn",
        "password1": "CaiCach-HanhChinh-2024",
        "password2": "CaiCach-HanhChinh-2024",
        "full_name": "Phạm Thị Thu Trang",
        "agency": chosen_agency.pk,
        "position": "Chuyên viên",
        "phone": "0912 345 678",
    }
    return {**data, **overrides}


def test_signup_valid_creates_entrant_and_sends_verification(client):
    agency = AgencyFactory()
    response = client.post(reverse("account_signup"), _signup_data(agency))
    assert response.status_code == 302
    user = User.objects.get(email="chuyenvien@hanoi.gov.vn")
    assert user.full_name == "Phạm Thị Thu Trang"
    assert user.agency == agency
    assert list(user.groups.values_list("name", flat=True)) == [Role.ENTRANT.value]
    assert EmailAddress.objects.get(user=user).verified is False
    assert len(mail.outbox) == 1
    assert "chuyenvien@hanoi.gov.vn" in mail.outbox[0].to


def test_signup_unverified_user_cannot_log_in(client):
    agency = AgencyFactory()
    client.post(reverse("account_signup"), _signup_data(agency))
    client.logout()
    response = client.post(
        reverse("account_login"),
        {"login": "chuyenvien@hanoi.gov.vn", "password": "CaiCach-HanhChinh-2024"},
    )
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_signup_invalid_email_gets_vietnamese_message(client):
    response = client.post(
        reverse("account_signup"), _signup_data(AgencyFactory(), email="khong-phai-email")
    )
    assert response.status_code == 200
    assert "Nhập một địa chỉ email hợp lệ." in response.content.decode() or (
        "Nhập một địa chỉ thư điện tử hợp lệ." in response.content.decode()
    )
    assert not User.objects.exists()


def test_signup_weak_password_gets_vietnamese_message(client):
    response = client.post(
        reverse("account_signup"),
        _signup_data(AgencyFactory(), password1="12345678", password2="12345678"),
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Mật khẩu này quá ngắn" in body
    assert "Mật khẩu này chỉ gồm toàn chữ số" in body or "hoàn toàn là số" in body
    assert not User.objects.exists()


def test_signup_duplicate_email_gets_vietnamese_message(client):
    UserFactory(email="chuyenvien@hanoi.gov.vn")
    response = client.post(reverse("account_signup"), _signup_data(AgencyFactory()))
    assert response.status_code == 200
    assert "đã được đăng ký" in response.content.decode()
    assert User.objects.filter(email="chuyenvien@hanoi.gov.vn").count() == 1


def test_signup_decomposed_vietnamese_is_stored_composed(client):
    agency = AgencyFactory()
    nfd_name = unicodedata.normalize("NFD", "Đặng Quốc Bảo")
    nfd_position = unicodedata.normalize("NFD", "Phó Trưởng phòng Cải cách hành chính")
    assert nfd_name != "Đặng Quốc Bảo"
    client.post(
        reverse("account_signup"),
        _signup_data(agency, full_name=nfd_name, position=nfd_position),
    )
    user = User.objects.get()
    assert user.full_name == "Đặng Quốc Bảo"
    assert user.position == "Phó Trưởng phòng Cải cách hành chính"


def test_signup_requires_agency_from_list(client):
    response = client.post(reverse("account_signup"), _signup_data(AgencyFactory(), agency=""))
    assert response.status_code == 200
    assert "Trường này là bắt buộc." in response.content.decode()
    assert not User.objects.exists()


def test_signup_inactive_agency_is_not_offered(client):
    merged = AgencyFactory(name="UBND phường Đã Sáp Nhập", is_active=False)
    response = client.get(reverse("account_signup"))
    assert merged.name not in response.content.decode()
    assert Agency.objects.filter(is_active=True).count() == 0
