"""The Vietnamese catalogue for django-allauth (locale/allauth/vi) and the pages using it."""

import re
from pathlib import Path

import allauth
import polib
import pytest
from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings
from django.contrib.auth.password_validation import (
    CommonPasswordValidator,
    MinimumLengthValidator,
    NumericPasswordValidator,
)
from django.core.exceptions import ValidationError
from django.utils import translation

CATALOGUE_DIR = Path(settings.BASE_DIR) / "locale" / "allauth" / "vi" / "LC_MESSAGES"
PO_PATH = CATALOGUE_DIR / "django.po"
MO_PATH = CATALOGUE_DIR / "django.mo"
# allauth's English catalogue is its msgid template: every string allauth can show.
ALLAUTH_TEMPLATE_PO = Path(allauth.__file__).parent / "locale" / "en" / "LC_MESSAGES" / "django.po"

# %(name)s, %s, %d and {name} placeholders must survive translation unchanged.
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]*\}")


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(PO_PATH))


def _key(entry):
    return (entry.msgctxt or "", entry.msgid)


def _translations(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def test_catalogue_header_is_vietnamese_utf8_with_one_plural_form(po):
    assert po.metadata["Language"] == "vi"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"


def test_catalogue_has_no_untranslated_entries(po):
    assert [e.msgid for e in po.untranslated_entries()] == []


def test_catalogue_has_no_fuzzy_or_obsolete_entries(po):
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po.obsolete_entries()] == []


def test_catalogue_covers_every_msgid_of_installed_allauth():
    allauth_keys = {_key(e) for e in polib.pofile(str(ALLAUTH_TEMPLATE_PO)) if not e.obsolete}
    our_keys = {_key(e) for e in polib.pofile(str(PO_PATH))}
    assert sorted(allauth_keys - our_keys) == []


def test_catalogue_plural_entries_have_exactly_one_form(po):
    plural_entries = [e for e in po if e.msgid_plural]
    assert plural_entries
    assert [e.msgid for e in plural_entries if sorted(e.msgstr_plural) != [0]] == []


def test_catalogue_placeholders_are_unchanged_in_every_translation(po):
    broken = [
        e.msgid
        for e in po
        for msgstr in _translations(e)
        if sorted(PLACEHOLDER.findall(msgstr)) != sorted(PLACEHOLDER.findall(e.msgid))
    ]
    assert broken == []


def test_compiled_catalogue_matches_po_source(po):
    compiled = {(_key(e), tuple(_translations(e))) for e in polib.mofile(str(MO_PATH))}
    source = {(_key(e), tuple(_translations(e))) for e in po.translated_entries()}
    assert source - compiled == set()


def test_sign_in_is_vietnamese_when_vi_is_active():
    with translation.override("vi"):
        assert translation.gettext("Sign In") == "Đăng nhập"
        assert translation.gettext("Sign Up") == "Đăng ký"
        assert translation.gettext("Sign Out") == "Đăng xuất"
        assert translation.gettext("Forgot your password?") == "Quên mật khẩu?"


def test_sign_in_stays_english_when_en_is_active():
    with translation.override("en"):
        assert translation.gettext("Sign In") == "Sign In"


def test_duplicate_email_error_is_vietnamese_when_vi_is_active():
    with translation.override("vi"):
        assert str(DefaultAccountAdapter.error_messages["email_taken"]) == (
            "Địa chỉ thư điện tử này đã được đăng ký."
        )


def test_wrong_credentials_error_is_vietnamese_when_vi_is_active():
    with translation.override("vi"):
        assert str(DefaultAccountAdapter.error_messages["email_password_mismatch"]) == (
            "Địa chỉ thư điện tử hoặc mật khẩu không đúng."
        )


def test_rate_limit_errors_are_vietnamese_when_vi_is_active():
    with translation.override("vi"):
        assert str(DefaultAccountAdapter.error_messages["too_many_login_attempts"]) == (
            "Đăng nhập không thành công quá nhiều lần. Vui lòng thử lại sau."
        )
        assert str(DefaultAccountAdapter.error_messages["rate_limited"]) == (
            "Quý vị đang gửi quá nhiều yêu cầu. Vui lòng chờ trong giây lát rồi thử lại."
        )


def test_invalid_email_error_is_vietnamese_when_vi_is_active():
    with translation.override("vi"), pytest.raises(ValidationError) as excinfo:
        forms.EmailField().clean("khong-phai-email")
    assert excinfo.value.messages == ["Nhập một địa chỉ thư điện tử hợp lệ."]


def test_password_too_short_error_is_vietnamese_when_vi_is_active():
    with translation.override("vi"), pytest.raises(ValidationError) as excinfo:
        MinimumLengthValidator(10).validate("ngan")
    assert excinfo.value.messages == ["Mật khẩu này quá ngắn. Mật khẩu phải có ít nhất 10 ký tự."]


def test_password_length_help_text_is_vietnamese_when_vi_is_active():
    with translation.override("vi"):
        assert MinimumLengthValidator(10).get_help_text() == "Mật khẩu phải có ít nhất 10 ký tự."


def test_common_and_numeric_password_errors_are_vietnamese_when_vi_is_active():
    with translation.override("vi"):
        with pytest.raises(ValidationError) as common:
            CommonPasswordValidator().validate("password123")
        with pytest.raises(ValidationError) as numeric:
            NumericPasswordValidator().validate("0123456789")
    assert common.value.messages == ["Mật khẩu này quá phổ biến, dễ bị đoán ra."]
    assert numeric.value.messages == ["Mật khẩu này chỉ gồm toàn chữ số."]


def test_confirmation_email_subject_is_vietnamese_when_vi_is_active():
    with translation.override("vi"):
        assert translation.gettext("Please Confirm Your Email Address") == (
            "Vui lòng xác nhận địa chỉ thư điện tử"
        )
        assert translation.gettext("Password Reset Email") == "Thư đặt lại mật khẩu"


@pytest.mark.django_db
def test_login_page_renders_vietnamese_form_in_card_when_language_is_vi(client):
    response = client.get("/accounts/login/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<div class="narrow card">' in html
    assert "<h1>Đăng nhập</h1>" in html
    assert (
        '<label for="id_login">Thư điện tử <span class="form-field__mark">(bắt buộc)</span>' in html
    )
    assert '<a href="/accounts/password/reset/">Quên mật khẩu?</a>' in html
    assert '<button class="button button--block" type="submit">Đăng nhập</button>' in html
    for english in ("Sign In", "Forgot your password?", "Remember Me", "Password"):
        assert english not in html


@pytest.mark.django_db
def test_login_page_shows_vietnamese_alert_when_credentials_are_wrong(client):
    response = client.post("/accounts/login/", {"login": "ai@example.org", "password": "sai"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<ul class="form-errors" role="alert">' in html
    assert "<li>Địa chỉ thư điện tử hoặc mật khẩu không đúng.</li>" in html


@pytest.mark.django_db
def test_password_reset_page_ties_field_error_to_input_when_email_is_invalid(client):
    response = client.post("/accounts/password/reset/", {"email": "khong-hop-le"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true" aria-describedby="id_email_error"' in html
    assert '<ul class="form-field__error" id="id_email_error">' in html
    assert "Nhập một địa chỉ thư điện tử hợp lệ." in html


@pytest.mark.django_db
def test_email_page_lists_addresses_in_fieldset_when_user_is_signed_in(client):
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email="ai@example.org", password="x")
    EmailAddress.objects.create(user=user, email="ai@example.org", verified=True, primary=True)
    client.force_login(user)
    response = client.get("/accounts/email/")
    html = response.content.decode()
    assert response.status_code == 200
    legend = "Các địa chỉ thư điện tử sau đây đang gắn với tài khoản của Quý vị:"
    assert f"<legend>{legend}</legend>" in html
    assert '<span class="meta">· Đã xác minh</span>' in html
    assert '<nav class="meta" aria-label="Thiết lập tài khoản">' in html
    assert '<script src="/static/account/js/onload.js" defer></script>' in html
    assert 'style="' not in html


@pytest.mark.django_db
def test_password_reset_from_key_page_shows_vietnamese_form_when_token_is_valid(client):
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(email="ai@example.org", password="x")
    key = default_token_generator.make_token(user)
    url = f"/accounts/password/reset/key/{user_pk_to_url_str(user)}-{key}/"
    response = client.get(url, follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Đổi mật khẩu</h1>" in html
    assert (
        '<label for="id_password1">Mật khẩu mới <span class="form-field__mark">(bắt buộc)</span>'
        in html
    )
    assert (
        '<label for="id_password2">Nhập lại mật khẩu mới '
        '<span class="form-field__mark">(bắt buộc)</span>' in html
    )
    cancel = '<button class="link-button" type="submit" form="logout-from-stage">Hủy bỏ</button>'
    assert cancel in html
    assert '<form id="logout-from-stage" method="post" action="/accounts/logout/" hidden>' in html
