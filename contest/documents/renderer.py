"""Django template in, PDF out: the one rendering path for receipts, certificates, reports.

Safety rests on three rules kept here rather than in each document type: user text goes
through Django's autoescaping, stylesheets come only from fixed files under ``static/``
(never from data), and every resource is loaded through ``StaticOnlyURLFetcher``.
"""

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from django.template.loader import render_to_string
from weasyprint import HTML, Document
from weasyprint.pdf import VARIANTS

from .fetcher import static_url
from .resources import get_resources
from .text import nfc

# Page defaults and the official-document blocks shared by every document type.
BASE_STYLESHEET = "documents/base.css"

# Long-term archiving format for issued documents (PDF/A-3, level B: visual fidelity).
PDF_ARCHIVE = "pdf/a-3b"


def render_html(*, template_name: str, context: Mapping[str, Any]) -> str:
    html = render_to_string(template_name, nfc(context))
    # Context values are composed already; this catches text from translation catalogues
    # and templates, which can be saved decomposed by some editors.
    return unicodedata.normalize("NFC", html)


def layout(
    *, html: str, stylesheets: Sequence[str] = (), pdf_variant: str | None = None
) -> Document:
    """Lay out ``html`` with the shared fonts and the given ``static/`` stylesheets."""
    _check_variant(pdf_variant)
    resources = get_resources()
    document = HTML(
        string=html, base_url=static_url(""), url_fetcher=resources.url_fetcher
    ).render(
        font_config=resources.font_config,
        stylesheets=[
            resources.font_stylesheet,
            resources.stylesheet(BASE_STYLESHEET),
            *(resources.stylesheet(path) for path in stylesheets),
        ],
        cache=resources.trimmed_image_cache(),
        pdf_variant=pdf_variant,
    )
    # Documents never carry attachments; dropping any that markup declared (through
    # <link rel="attachment"> or <a rel="attachment">) means no template slip can make
    # WeasyPrint fetch a file and embed it.
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]
    return document


def write_pdf(document: Document, *, pdf_variant: str | None = None) -> bytes:
    _check_variant(pdf_variant)
    return document.write_pdf(pdf_variant=pdf_variant, attachments=[])


def render_pdf(
    *,
    template_name: str,
    context: Mapping[str, Any],
    stylesheets: Sequence[str] = (),
    pdf_variant: str | None = None,
) -> bytes:
    """Render one document to PDF bytes."""
    html = render_html(template_name=template_name, context=context)
    document = layout(html=html, stylesheets=stylesheets, pdf_variant=pdf_variant)
    return write_pdf(document, pdf_variant=pdf_variant)


def _check_variant(pdf_variant: str | None) -> None:
    if pdf_variant is not None and pdf_variant not in VARIANTS:
        raise ValueError(f"Unknown PDF variant {pdf_variant!r}; known: {sorted(VARIANTS)}")
