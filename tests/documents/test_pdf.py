import io
import unicodedata

import pytest
from pypdf import PdfReader
from weasyprint.urls import URLFetchingError

from contest.documents.pdf import html_to_pdf
from contest.documents.renderer import render_html
from contest.documents.resources import get_resources

from .conftest import pdf_text


def test_html_to_pdf_refuses_stylesheet_outside_static():
    with pytest.raises(URLFetchingError, match="outside static folder"):
        html_to_pdf(html="<p>x</p>", stylesheets=["../config/settings/base.py"])


def test_html_to_pdf_drops_attachment_links_in_markup():
    html = (
        '<link rel="attachment" href="documents/base.css">'
        '<p><a rel="attachment" href="documents/base.css">file</a></p>'
    )

    reader = PdfReader(io.BytesIO(html_to_pdf(html=html)))

    assert dict(reader.attachments) == {}


def test_html_to_pdf_ignores_remote_image_in_markup():
    pdf = html_to_pdf(html='<p>before<img src="http://127.0.0.1:9/x.png">after</p>')

    assert "beforeafter" in pdf_text(pdf)


def test_render_html_composes_decomposed_context_text():
    name = "Nguyễn Thị Ánh Tuyết"

    html = render_html(
        template_name="documents/base.html",
        context={"title": unicodedata.normalize("NFD", name)},
    )

    assert f"<title>{name}</title>" in html


def test_resources_same_objects_reused_within_thread():
    first, second = get_resources(), get_resources()

    assert first is second
    assert first.stylesheet("documents/base.css") is second.stylesheet("documents/base.css")
