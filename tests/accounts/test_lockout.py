"""Login lockout a stranger cannot cause (issue 14), with the production rate limits on:
config/settings/test.py turns them off for the rest of the suite."""

import pytest
from django.core import mail
from django.urls import reverse

from config.settings import base
from contest.services import sign_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "MatKhau@2024-dai"
STRANGER = "203.0.113.9"
OWNER = "198.51.100.4"
REFUSED = "Đăng nhập không thành công quá nhiều lần. Vui lòng thử lại sau."


@pytest.fixture(autouse=True)
def _rate_limits_on(settings):
    settings.ACCOUNT_RATE_LIMITS = base.ACCOUNT_RATE_LIMITS


@pytest.fixture
def owner():
    return UserFactory(email="chu.tai.khoan@hanoi.gov.vn")


def _login(client, email, password, address):
    client.logout()
    return client.post(
        reverse("account_login"), {"login": email, "password": password}, REMOTE_ADDR=address
    )


def _signed_in(response, client):
    return response.status_code == 302 and "_auth_user_id" in client.session


def test_lockout_settings_count_account_and_address_separately_from_address():
    assert base.ACCOUNT_RATE_LIMITS == {"login_failed": "10/m/ip,5/5m/key"}


def test_lockout_five_wrong_passwords_refuse_even_the_right_one_from_that_address(client, owner):
    for _ in range(5):
        response = _login(client, owner.email, "sai-mat-khau", STRANGER)
        assert response.status_code == 200
        assert REFUSED not in response.content.decode()
    response = _login(client, owner.email, PASSWORD, STRANGER)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_lockout_by_a_stranger_does_not_lock_the_owner_out(client, owner):
    for _ in range(6):
        _login(client, owner.email, "sai-mat-khau", STRANGER)
    assert _signed_in(_login(client, owner.email, PASSWORD, OWNER), client)


def test_lockout_keeps_a_limit_per_address_over_all_accounts(client):
    accounts = [UserFactory() for _ in range(11)]
    for account in accounts[:10]:
        response = _login(client, account.email, "sai-mat-khau", STRANGER)
        assert REFUSED not in response.content.decode()
    response = _login(client, accounts[10].email, PASSWORD, STRANGER)
    assert REFUSED in response.content.decode()
    assert _signed_in(_login(client, accounts[10].email, PASSWORD, OWNER), client)


def test_lockout_ipv6_addresses_of_one_network_share_a_count(client, owner):
    for n in range(5):
        _login(client, owner.email, "sai-mat-khau", f"2001:db8:1:2::{n + 1}")
    response = _login(client, owner.email, PASSWORD, "2001:db8:1:2::ff")
    assert REFUSED in response.content.decode()


def test_lockout_owner_is_emailed_once_an_hour(client, owner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(8):
            _login(client, owner.email, "sai-mat-khau", STRANGER)
        for _ in range(6):
            _login(client, owner.email, "sai-mat-khau", "203.0.113.10")
    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == [owner.email]
    assert notice.subject == "Tài khoản của Quý vị bị đăng nhập sai nhiều lần"
    assert f"Các lần thử tiếp theo từ địa chỉ {STRANGER} bị từ chối trong vài phút." in (
        notice.body
    )
    assert "/accounts/password/reset/" in notice.body


def test_lockout_notice_again_after_the_hour(owner, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    with django_capture_on_commit_callbacks(execute=True):
        assert sign_in.login_throttled_notify(email=owner.email, address=STRANGER) is True
        assert sign_in.login_throttled_notify(email=owner.email, address=STRANGER) is False
        cache.delete(f"login-throttled-notice:{owner.pk}")  # what the hour's expiry does
        assert sign_in.login_throttled_notify(email=owner.email, address=STRANGER) is True
    assert len(mail.outbox) == 2


def test_lockout_of_an_address_with_no_account_emails_nobody(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(7):
            _login(client, "khong-ai@hanoi.gov.vn", "sai-mat-khau", STRANGER)
    assert mail.outbox == []


def test_lockout_successful_sign_in_does_not_use_up_the_count(client, owner):
    for _ in range(4):
        _login(client, owner.email, "sai-mat-khau", OWNER)
    for _ in range(3):
        assert _signed_in(_login(client, owner.email, PASSWORD, OWNER), client)
    response = _login(client, owner.email, "sai-mat-khau", OWNER)
    assert REFUSED not in response.content.decode()
