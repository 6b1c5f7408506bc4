import logging
from urllib.parse import urljoin

import pytest

from contest.documents.fetcher import (
    RefusedURL,
    StaticOnlyURLFetcher,
    embed,
    embedded_in,
    inline_embedded,
    static_base_url,
    static_root,
    static_url,
)


@pytest.fixture
def fetcher():
    return StaticOnlyURLFetcher()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/x.png",
        "https://example.com/logo.png",
        "HTTP://127.0.0.1/",
        "ftp://example.com/file.css",
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "file://attacker.example/static/documents/base.css",
        "gopher://127.0.0.1:6379/_INFO",
        "javascript:alert(1)",
        "/etc/passwd",
    ],
)
def test_fetcher_refuses_url_outside_policy(fetcher, url):
    with pytest.raises(RefusedURL):
        fetcher(url)


def test_fetcher_refuses_path_traversal_out_of_static(fetcher):
    url = static_root().as_uri() + "/../config/settings/base.py"

    with pytest.raises(RefusedURL, match="outside static folder"):
        fetcher(url)


def test_fetcher_refuses_encoded_path_traversal(fetcher):
    url = static_root().as_uri() + "/fonts/%2e%2e/%2e%2e/config/settings/base.py"

    with pytest.raises(RefusedURL, match="outside static folder"):
        fetcher(url)


def test_fetcher_refuses_static_file_of_unexpected_type(fetcher):
    with pytest.raises(RefusedURL, match="file type not allowed"):
        fetcher(static_url("fonts/OFL.txt"))


def test_fetcher_refuses_symlink_leading_out_of_static(tmp_path):
    root = tmp_path / "static"
    root.mkdir()
    secret = tmp_path / "secret.css"
    secret.write_text("body { color: red }")
    (root / "innocent.css").symlink_to(secret)
    fetcher = StaticOnlyURLFetcher(root=root)

    with pytest.raises(RefusedURL, match="outside static folder"):
        fetcher((root / "innocent.css").as_uri())


def test_fetcher_logs_refusal(fetcher, caplog):
    with (
        caplog.at_level(logging.WARNING, logger="contest.documents.fetcher"),
        pytest.raises(RefusedURL),
    ):
        fetcher("http://127.0.0.1:9/x.png")

    assert [record.getMessage() for record in caplog.records] == [
        "Document resource refused (scheme not allowed): http://127.0.0.1:9/x.png"
    ]


def test_fetcher_serves_static_font(fetcher):
    response = fetcher(static_url("fonts/LiberationSerif-Regular.ttf"))

    assert response.content_type == "font/ttf"
    assert response.read(4) == b"\x00\x01\x00\x00"


def test_fetcher_serves_base64_data_uri(fetcher):
    response = fetcher("data:image/png;base64,aGVsbG8=")

    assert (response.content_type, response.read()) == ("image/png", b"hello")


def test_fetcher_serves_percent_encoded_data_uri(fetcher):
    response = fetcher("data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E")

    assert (response.content_type, response.read()) == ("image/svg+xml", b"<svg/>")


def test_fetcher_refuses_oversized_data_uri(fetcher):
    with pytest.raises(RefusedURL, match="too large"):
        fetcher("data:image/png;base64," + "A" * (12 * 1024 * 1024))


def test_static_base_url_resolves_relative_references_inside_static():
    assert urljoin(static_base_url(), "fonts/OFL.txt") == static_url("fonts/OFL.txt")


def test_embedded_image_served_by_name_and_unknown_names_refused(fetcher):
    url = embed(b"\xff\xd8jpeg bytes", "image/jpeg")

    response = fetcher.fetch(url)

    assert url.startswith("embedded:")
    assert (response.content_type, response.read()) == ("image/jpeg", b"\xff\xd8jpeg bytes")
    with pytest.raises(RefusedURL):
        fetcher.fetch("embedded:" + "0" * 64)
    with pytest.raises(RefusedURL):
        fetcher.fetch("embedded:../../etc/passwd")


def test_embedded_images_travel_with_html_and_inline_as_data_uris():
    url = embed(b"\x89PNG travelling", "image/png")
    html = f'<img src="{url}">'

    assert embedded_in(html) == {url.partition(":")[2]: ("image/png", b"\x89PNG travelling")}
    assert inline_embedded(html) == '<img src="data:image/png;base64,iVBORyB0cmF2ZWxsaW5n">'


def test_embed_refuses_other_than_images():
    with pytest.raises(ValueError, match="not an image"):
        embed(b"<svg/>", "image/svg+xml")
