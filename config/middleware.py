"""Request plumbing that every app relies on."""

import json
import re

from django.conf import settings
from django.http import JsonResponse
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.utils import timezone
from django.utils.translation import gettext as _

from contest.text import nfc

# A JSON string (possessive, so no backtracking), a bracket, or the quote of an unclosed
# string: one left-to-right pass, linear in the body's size whatever it holds.
_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*+"|[\[\]{}]|"', re.DOTALL)


def json_depth(body: bytes, *, stop_above: int | None = None) -> int:
    """How deeply a JSON text nests, found without parsing (so without recursion).

    With stop_above, the count stops as soon as it is passed: the answer is then only
    "deeper than that", and a hostile body costs no more than a legitimate one.
    """
    depth = deepest = 0
    for match in _JSON_TOKEN.finditer(body):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
            if stop_above is not None and deepest > stop_above:
                break
        elif token in (b"]", b"}"):
            depth -= 1
        elif token == b'"':
            break  # an unclosed string: the parser stops here too, so nothing after counts
    return deepest


class ArrivalTimeMiddleware:
    """Stamp ``request.arrived_at`` the moment the request reaches Django.

    Deadlines are judged by it (`contest.services.entries.entry_submit`), not by the time a
    view gets to run: under a deadline rush the wait in the queue, the body's parsing and
    the locks are the server's delay, not the entrant's. First in MIDDLEWARE so that nothing
    before it adds to that delay.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.arrived_at = timezone.now()
        return self.get_response(request)


class BoundedJSONMiddleware:
    """Refuse JSON bodies too large or too deep before anything parses them.

    Python's json module recurses once per nesting level: 100,000 `[` raised
    RecursionError in the first middleware that parsed it, a 500 for anyone, signed in or
    not. Nothing we accept nests deeper than a few levels or weighs more than a form.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in {"POST", "PUT", "PATCH"} and _is_json(request):
            limit = settings.JSON_MAX_BYTES
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > limit or len(request.body) > limit:
                return JsonResponse({"error": _("The data sent is too large.")}, status=413)
            depth_limit = settings.JSON_MAX_DEPTH
            if json_depth(request.body, stop_above=depth_limit) > depth_limit:
                return JsonResponse(
                    {"error": _("The data sent is nested too deeply to be read.")}, status=400
                )
        return self.get_response(request)


def _is_json(request) -> bool:
    return request.content_type == "application/json" or request.content_type.endswith("+json")


def to_nfc(value):
    """Compose text and drop format characters (contest.text.nfc), recursing through the
    containers JSON can produce."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [to_nfc(v) for v in value]
    if isinstance(value, dict):
        return {to_nfc(k): to_nfc(v) for k, v in value.items()}
    return value


class UnicodeNFCMiddleware:
    """Store Vietnamese in one form whatever keyboard or word processor typed it.

    Text pasted from Word or typed with some input methods arrives decomposed (NFD), and
    would then neither match nor sort with the same words typed elsewhere. Normalising at
    the request boundary covers every form, the admin and JSON autosaves in one place.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.GET:
            request.GET = self._normalised(request.GET)
        if request.method in {"POST", "PUT", "PATCH"}:
            if request.content_type == "application/json":
                self._normalise_json_body(request)
            elif request.POST:
                request.POST = self._normalised(request.POST)
        return self.get_response(request)

    @staticmethod
    def _normalised(querydict):
        copy = querydict.copy()
        for key in list(copy.keys()):
            copy.setlist(to_nfc(key), [to_nfc(v) for v in copy.getlist(key)])
        copy._mutable = False
        return copy

    @staticmethod
    def _normalise_json_body(request):
        try:
            # BoundedJSONMiddleware, earlier in the chain, has bounded size and depth.
            data = json.loads(request.body)
        except ValueError:
            return  # the view reports malformed JSON in its own words
        try:
            # allow_nan=False: 1e999 parses as infinity, which must not come back as the
            # non-JSON "Infinity"; such a body goes to the view as sent, to be refused there.
            request._body = json.dumps(to_nfc(data), ensure_ascii=False, allow_nan=False).encode()
        except ValueError:
            return


class AdminAwareCSPMiddleware(ContentSecurityPolicyMiddleware):
    """The strict site-wide policy, relaxed only where Wagtail's editor needs it."""

    def process_response(self, request, response):
        if request.path.startswith(settings.ADMIN_PATH_PREFIX) and not hasattr(
            response, "_csp_config"
        ):
            response._csp_config = settings.ADMIN_CSP
        return super().process_response(request, response)
