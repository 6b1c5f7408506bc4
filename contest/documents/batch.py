"""Rendering many documents of one kind at once (a whole edition's certificates).

Two costs dominate when documents are rendered one by one: per-document set-up inside
WeasyPrint (style cascade set-up, page rules, fonts) and Python's single core. The batch
path attacks both:

* ``render_each`` lays out a chunk of documents as the pages of ONE WeasyPrint document,
  then writes each document's pages to its own PDF (fonts subset per PDF, as usual).
  Templates rendered this way loop over ``documents`` and wrap each one in an element
  with ``id="document-<index>"``; the first page holding that anchor starts the document.
* ``render_parallel`` spreads chunks over worker processes (spawned, so none inherits the
  parent's Fontconfig or Django state), each of which calls ``django.setup()`` itself.
"""

import copy
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

from django.utils import translation

from .renderer import layout, render_html, write_pdf

DEFAULT_CHUNK_SIZE = 25


def anchor_id(index: int) -> str:
    return f"document-{index}"


def render_each(
    *,
    template_name: str,
    contexts: Sequence[Mapping[str, Any]],
    stylesheets: Sequence[str] = (),
    pdf_variant: str | None = None,
    titles: Sequence[str] | None = None,
) -> list[bytes]:
    """One PDF per context, laid out together as a single document.

    The template receives ``documents`` (the contexts, in order). ``titles`` optionally
    replaces the PDF title of each output, which otherwise is the template's ``<title>``.
    """
    if not contexts:
        return []
    html = render_html(template_name=template_name, context={"documents": list(contexts)})
    document = layout(html=html, stylesheets=stylesheets, pdf_variant=pdf_variant)
    pdfs = []
    for index, pages in enumerate(_pages_by_document(document.pages, len(contexts))):
        part = document.copy(pages)
        if titles is not None:
            # Metadata is shared between copies: give each part its own.
            part.metadata = copy.copy(document.metadata)
            part.metadata.title = titles[index]
        pdfs.append(write_pdf(part, pdf_variant=pdf_variant))
    return pdfs


def render_combined(
    *,
    template_name: str,
    contexts: Sequence[Mapping[str, Any]],
    stylesheets: Sequence[str] = (),
    pdf_variant: str | None = None,
) -> bytes:
    """All documents in one PDF, one after another: what a print shop wants."""
    html = render_html(template_name=template_name, context={"documents": list(contexts)})
    return write_pdf(
        layout(html=html, stylesheets=stylesheets, pdf_variant=pdf_variant),
        pdf_variant=pdf_variant,
    )


def render_parallel[T, R](
    *,
    function: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    workers: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> list[R]:
    """``function`` applied to chunks of ``items``, results concatenated in order.

    ``function`` must be importable by name (a module-level function or a
    ``functools.partial`` of one) and items must pickle when ``workers`` > 1. The active
    language is carried over to the workers; settings overrides made at run time are not.
    """
    chunks = [items[start : start + chunk_size] for start in range(0, len(items), chunk_size)]
    language = translation.get_language()
    if workers <= 1 or len(chunks) <= 1:
        return _flatten(_run_chunk(function, language, chunk) for chunk in chunks)
    with ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)),
        mp_context=get_context("spawn"),
        initializer=_init_worker,
        initargs=(os.environ.get("DJANGO_SETTINGS_MODULE", "config.settings.dev"),),
    ) as pool:
        return _flatten(
            pool.map(_run_chunk, [function] * len(chunks), [language] * len(chunks), chunks)
        )


def _pages_by_document(pages, count: int):
    starts = {}
    for page_index, page in enumerate(pages):
        for name in page.anchors:
            if name.startswith("document-"):
                starts.setdefault(int(name.removeprefix("document-")), page_index)
    if sorted(starts) != list(range(count)):
        raise ValueError(
            f"Batch template must wrap each of the {count} documents in "
            f'an element with id="document-<index>"'
        )
    bounds = [starts[index] for index in range(count)] + [len(pages)]
    return [pages[bounds[index] : bounds[index + 1]] for index in range(count)]


def _run_chunk(function, language, chunk):
    with translation.override(language):
        return function(chunk)


def _init_worker(settings_module: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module)
    import django

    django.setup()


def _flatten[R](lists: Iterable[list[R]]) -> list[R]:
    return [item for part in lists for item in part]
