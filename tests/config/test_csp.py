import pytest

pytestmark = pytest.mark.django_db


def test_csp_public_pages_forbid_inline_code(client, demo_site):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "object-src 'none'" in policy


def test_csp_public_pages_have_no_inline_scripts_or_styles(client, demo_site):
    body = client.get("/").content.decode()
    assert "<style" not in body
    assert " style=" not in body
    for chunk in body.split("<script")[1:]:
        assert chunk.lstrip().startswith("src=")


def test_csp_admin_is_relaxed_only_under_admin(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response.headers["Content-Security-Policy"]
