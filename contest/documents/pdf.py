"""HTML in, PDF out, with the shared per-thread WeasyPrint objects.

Knows nothing of Django, so batch worker processes can run it without ``django.setup()``.
"""

from collections.abc import Sequence

from weasyprint import Document
from weasyprint.pdf import VARIANTS

from .fetcher import static_base_url
from .resources import get_resources
from .ua import DocumentHTML

# Page defaults and the official-document blocks shared by every document type.
BASE_STYLESHEET = "documents/base.css"

# Long-term archiving format for issued documents (PDF/A-3, level B: visual fidelity).
PDF_ARCHIVE = "pdf/a-3b"


def layout(
    *, html: str, stylesheets: Sequence[str] = (), pdf_variant: str | None = None
) -> Document:
    """Lay out ``html`` with the shared fonts, base.css and the given ``static/`` sheets.

    Stylesheets are named by path under ``static/``, never passed as text, so no data can
    ever become CSS.
    """
    check_variant(pdf_variant)
    resources = get_resources()
    document = DocumentHTML(
        string=html, base_url=static_base_url(), url_fetcher=resources.url_fetcher
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
    check_variant(pdf_variant)
    return document.write_pdf(pdf_variant=pdf_variant, attachments=[])


def html_to_pdf(
    *, html: str, stylesheets: Sequence[str] = (), pdf_variant: str | None = None
) -> bytes:
    document = layout(html=html, stylesheets=stylesheets, pdf_variant=pdf_variant)
    return write_pdf(document, pdf_variant=pdf_variant)


def check_variant(pdf_variant: str | None) -> None:
    if pdf_variant is not None and pdf_variant not in VARIANTS:
        raise ValueError(f"Unknown PDF variant {pdf_variant!r}; known: {sorted(VARIANTS)}")
