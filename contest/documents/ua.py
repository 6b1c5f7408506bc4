"""WeasyPrint's HTML user-agent stylesheet, minus the pseudo-elements documents never show.

WeasyPrint's sheet gives every element of every document six pseudo-element styles
(``::marker``, ``::footnote-call``, ``::footnote-marker``, ``::note-call``,
``::note-marker``, ``::note-callback``) through universal selectors, and computes all six
for each element, used or not: on a certificate that is 282 of 343 computed styles, about a
tenth of the CPU it costs. Documents have no footnotes or notes and their only list markers
would be on ``li`` and ``summary``, so here those rules are scoped to where they can apply;
every other rule is WeasyPrint's, unchanged, so documents lay out exactly as before.
"""

import re
from functools import cache
from importlib.resources import files

import weasyprint.css
from weasyprint import CSS, HTML
from weasyprint.css.counters import CounterStyle
from weasyprint.html import UA_STYLESHEET

# Universal pseudo-element rules, and where each can still apply in a document: markers of
# list items, and footnotes or notes only on elements that ask for them by class.
_SCOPES = {
    "marker": "li::marker, summary::marker",
    "footnote-call": ".footnote::footnote-call",
    "footnote-marker": ".footnote::footnote-marker",
    "note-call": ".note::note-call",
    "note-marker": ".note::note-marker",
    "note-callback": ".note::note-callback",
}
_UNIVERSAL_PSEUDO_RULE = re.compile(r"^::([a-z-]+)(?= *\{)", re.MULTILINE)


def documents_ua_css(source: str) -> str:
    """``source`` (WeasyPrint's html5_ua.css) with the universal pseudo-element rules scoped.

    Raises ``LookupError`` if the sheet no longer has exactly these rules, so a WeasyPrint
    upgrade that changes them is noticed (by the tests) rather than silently diverging.
    """
    found = set()

    def scope(match: re.Match) -> str:
        pseudo = match.group(1)
        if pseudo not in _SCOPES:
            raise LookupError(f"unexpected universal rule ::{pseudo} in the UA stylesheet")
        found.add(pseudo)
        return _SCOPES[pseudo]

    scoped = _UNIVERSAL_PSEUDO_RULE.sub(scope, source)
    if found != set(_SCOPES):
        raise LookupError(f"UA stylesheet lacks rules for {sorted(set(_SCOPES) - found)}")
    return scoped


@cache
def documents_ua_stylesheet() -> CSS:
    """Parsed once per process (it is the size of WeasyPrint's own, about 100 ms)."""
    source = (files(weasyprint.css) / "html5_ua.css").read_text("utf-8")
    # Its @counter-style rules are WeasyPrint's own and already registered in the counter
    # styles every render starts from; a throwaway registry keeps them from clashing.
    return CSS(string=documents_ua_css(source), counter_style=CounterStyle())


class DocumentHTML(HTML):
    """An HTML document laid out with ``documents_ua_stylesheet`` instead of WeasyPrint's."""

    def _ua_stylesheets(self, forms=False):
        return [
            documents_ua_stylesheet() if sheet is UA_STYLESHEET else sheet
            for sheet in super()._ua_stylesheets(forms)
        ]
