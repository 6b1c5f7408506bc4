"""Django template in, PDF out: the one rendering path for receipts, certificates, reports.

Safety rests on three rules kept here rather than in each document type: user text goes
through Django's autoescaping, stylesheets come only from fixed files under ``static/``
(never from data), and every resource is loaded through ``StaticOnlyURLFetcher``.
"""

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from django.template.loader import render_to_string

from .pdf import html_to_pdf
from .text import nfc


def render_html(*, template_name: str, context: Mapping[str, Any]) -> str:
    html = render_to_string(template_name, nfc(context))
    # Context values are composed already; this catches text from translation catalogues
    # and templates, which some editors save decomposed.
    return unicodedata.normalize("NFC", html)


def render_pdf(
    *,
    template_name: str,
    context: Mapping[str, Any],
    stylesheets: Sequence[str] = (),
    pdf_variant: str | None = None,
) -> bytes:
    """Render one document to PDF bytes.

    ``stylesheets`` are paths under ``static/`` added after ``documents/base.css``;
    ``pdf_variant`` is ``None`` for plain PDF or e.g. ``"pdf/a-3b"`` for archiving.
    """
    html = render_html(template_name=template_name, context=context)
    return html_to_pdf(html=html, stylesheets=stylesheets, pdf_variant=pdf_variant)
