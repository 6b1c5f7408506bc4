"""Rendering many documents of one kind at once (a whole edition's certificates).

Rendered one by one with WeasyPrint's defaults, a certificate spends most of its time on
set-up (URL fetcher, font configuration, stylesheet parsing) and uses one core. Here every
document reuses the per-thread objects of ``resources``, and with ``workers`` > 1 the
WeasyPrint work is spread over spawned worker processes. The parent keeps the Django work
(context, template, translations) and feeds workers HTML as it goes, so workers import
only WeasyPrint and never pay for ``django.setup()``.

Laying out a chunk of certificates as pages of one document and splitting it afterwards
was measured too: per-page cost stayed the same (layout and PDF writing dominate, not
per-document set-up), so documents are kept separate, which is simpler.
"""

import itertools
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

from .fetcher import embedded_in, register_embedded, static_root, use_static_root
from .pdf import check_variant, html_to_pdf
from .renderer import render_html

# Documents sent to a worker at a time: enough to make inter-process traffic negligible,
# few enough that workers start while the parent is still rendering templates.
CHUNK_SIZE = 10


def render_batch(
    *,
    template_name: str,
    contexts: Iterable[Mapping[str, Any]],
    stylesheets: Sequence[str] = (),
    pdf_variant: str | None = None,
    workers: int = 1,
) -> list[bytes]:
    """One PDF per context, in order.

    ``contexts`` may be a generator; it is consumed as workers are fed. Worker processes
    are spawned, so the calling program's main module must be import-safe (guarded by
    ``if __name__ == "__main__"``, as ``manage.py`` is).
    """
    check_variant(pdf_variant)
    htmls = (render_html(template_name=template_name, context=context) for context in contexts)
    if workers <= 1:
        # Each document is laid out as soon as its HTML exists, while the images it names
        # are certainly still registered.
        return _html_to_pdfs(htmls, tuple(stylesheets), pdf_variant)
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=use_static_root,
        initargs=(static_root(),),
    ) as pool:
        futures = [
            pool.submit(_html_to_pdfs, chunk, tuple(stylesheets), pdf_variant, _embedded(chunk))
            for chunk in itertools.batched(htmls, CHUNK_SIZE)
        ]
        return [pdf for future in futures for pdf in future.result()]


def _embedded(htmls: Sequence[str]) -> dict:
    """The registered images a chunk names: a worker process has its own registry."""
    found = {}
    for html in htmls:
        found.update(embedded_in(html))
    return found


def _html_to_pdfs(
    htmls: Iterable[str],
    stylesheets: Sequence[str],
    pdf_variant: str | None,
    embedded: Mapping | None = None,
) -> list[bytes]:
    if embedded:
        register_embedded(embedded)
    return [
        html_to_pdf(html=html, stylesheets=stylesheets, pdf_variant=pdf_variant) for html in htmls
    ]
