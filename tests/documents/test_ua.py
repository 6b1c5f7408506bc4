import pytest
from weasyprint import HTML
from weasyprint.formatting_structure import boxes

from contest.documents.certificate import STYLESHEETS, TEMPLATE, template_context
from contest.documents.fetcher import static_base_url
from contest.documents.pdf import BASE_STYLESHEET
from contest.documents.renderer import render_html
from contest.documents.resources import get_resources
from contest.documents.ua import DocumentHTML, documents_ua_css, documents_ua_stylesheet

from .conftest import png_bytes


def test_documents_ua_scopes_every_universal_pseudo_element_rule():
    scoped = documents_ua_css("::marker { x: 1 }\n::footnote-call { y: 2 }\n" + _NOTES)

    assert "\n::" not in "\n" + scoped
    assert scoped.startswith("li::marker, summary::marker { x: 1 }")


def test_documents_ua_refuses_a_sheet_whose_rules_changed():
    with pytest.raises(LookupError, match="unexpected"):
        documents_ua_css("::marker {}\n::selection {}\n")
    with pytest.raises(LookupError, match="lacks"):
        documents_ua_css("::marker {}\n")


def test_documents_ua_stylesheet_parses_weasyprints_current_sheet():
    assert documents_ua_stylesheet() is documents_ua_stylesheet()


def test_certificate_lays_out_the_same_with_documents_ua(certificate):
    data = certificate(signature_image=png_bytes(size=(300, 120)), seal_image=png_bytes())
    html = render_html(template_name=TEMPLATE, context=template_context([data]))

    assert _geometry(DocumentHTML, html) == _geometry(HTML, html)


_NOTES = "".join(
    f"::{name} {{ z: 3 }}\n"
    for name in ("footnote-marker", "note-call", "note-marker", "note-callback")
)


def _geometry(html_class, html):
    resources = get_resources()
    document = html_class(
        string=html, base_url=static_base_url(), url_fetcher=resources.url_fetcher
    ).render(
        font_config=resources.font_config,
        stylesheets=[
            resources.font_stylesheet,
            *(resources.stylesheet(path) for path in (BASE_STYLESHEET, *STYLESHEETS)),
        ],
    )
    found = []

    def walk(box):
        if isinstance(box, boxes.TextBox):
            found.append((box.text, box.position_x, box.position_y, box.width))
        elif isinstance(box, boxes.ReplacedBox):
            found.append(("img", box.position_x, box.position_y, box.width, box.height))
        for child in getattr(box, "children", ()):
            walk(child)

    for page in document.pages:
        walk(page._page_box)
    return found
