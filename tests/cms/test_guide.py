"""The organisers' guide at /quan-tri/huong-dan/ and the admin's Help menu that opens it."""

import json
import re

import pytest

from cms import guide
from contest.enums import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GUIDE_URL = "/quan-tri/huong-dan/"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


@pytest.fixture
def image_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(guide, "IMAGE_DIR", tmp_path)
    (tmp_path / "man-hinh.png").write_bytes(PNG)
    (tmp_path / "ghi-chu.txt").write_text("không phải ảnh")
    return tmp_path


@pytest.mark.parametrize("role", [Role.ORGANISER, Role.SECRETARIAT])
def test_staff_guide_renders_markdown_in_site_layout_when_staff_opens_it(client, role):
    client.force_login(UserFactory(role=role))
    response = client.get(GUIDE_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert response.templates[0].name == "cms/staff_guide.html"
    assert "base.html" in [t.name for t in response.templates]
    assert (
        "Hướng dẫn Ban Tổ chức: điều hành một cuộc thi từ thiết lập đến Giấy chứng nhận</h1>"
        in html
    )
    assert "<th>Vai trò</th>" in html
    assert '<div class="toc">' in html
    assert "[TOC]" not in html
    assert 'style="' not in html
    assert "<script>" not in html


def test_staff_guide_sends_anonymous_visitor_to_login(client):
    response = client.get(GUIDE_URL)
    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={GUIDE_URL}"


@pytest.mark.parametrize("role", [Role.ENTRANT, Role.JUDGE])
def test_staff_guide_is_forbidden_when_user_is_not_staff(client, role):
    client.force_login(UserFactory(role=role))
    assert client.get(GUIDE_URL).status_code == 403


def test_staff_guide_image_is_served_when_staff_asks(client, image_dir):
    client.force_login(UserFactory(role=Role.ORGANISER))
    response = client.get(f"{GUIDE_URL}img/man-hinh.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert b"".join(response.streaming_content) == PNG


def test_staff_guide_image_is_forbidden_when_user_is_an_entrant(client, image_dir):
    client.force_login(UserFactory(role=Role.ENTRANT))
    assert client.get(f"{GUIDE_URL}img/man-hinh.png").status_code == 403


@pytest.mark.parametrize(
    "name", ["ghi-chu.txt", "khong-co.png", "../huong-dan-ban-to-chuc.md", "%2e%2e/x.png"]
)
def test_staff_guide_image_is_not_found_when_name_is_not_an_image_inside_img(
    client, image_dir, name
):
    client.force_login(UserFactory(role=Role.ORGANISER))
    assert client.get(f"{GUIDE_URL}img/{name}").status_code == 404


def _help_menu(client):
    html = client.get("/admin/").content.decode()
    props = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S
    )
    menu = json.loads(props.group(1))
    items = {}

    def walk(value):
        if isinstance(value, dict):
            args = value.get("_args") or [{}]
            if isinstance(args[0], dict) and args[0].get("name") == "help":
                items.update({child["_args"][0]["name"]: child["_args"][0] for child in args[1]})
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(menu)
    return items


def test_admin_help_menu_opens_our_guide_instead_of_wagtail_org(client):
    client.force_login(UserFactory(role=Role.ORGANISER))
    items = _help_menu(client)
    assert sorted(items) == ["keyboard-shortcuts-trigger", "staff-guide"]
    assert items["staff-guide"]["label"] == "Hướng dẫn Ban Tổ chức"
    assert items["staff-guide"]["url"] == GUIDE_URL
