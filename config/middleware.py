"""Request plumbing that every app relies on."""

import json
import unicodedata

from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware


def to_nfc(value):
    """Compose text, recursing through the containers JSON can produce."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
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
            data = json.loads(request.body)
        except ValueError:
            return  # the view reports malformed JSON in its own words
        request._body = json.dumps(to_nfc(data), ensure_ascii=False).encode()


class AdminAwareCSPMiddleware(ContentSecurityPolicyMiddleware):
    """The strict site-wide policy, relaxed only where Wagtail's editor needs it."""

    def process_response(self, request, response):
        if request.path.startswith(settings.ADMIN_PATH_PREFIX) and not hasattr(
            response, "_csp_config"
        ):
            response._csp_config = settings.ADMIN_CSP
        return super().process_response(request, response)
