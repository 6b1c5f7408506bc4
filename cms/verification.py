"""The public certificate check: anyone holding a serial (or the QR code) can verify it.

Every serial that does not exist gets the same answer, and nothing is looked up by number
or id: with 128-bit serials there is nothing to enumerate. A per-address rate limit keeps
the page cheap to serve when someone tries anyway.
"""

import re
import time
import unicodedata

from allauth.account.adapter import get_adapter
from django import forms
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from judging.published import certificate_lookup, normalise_serial

# Lookups per client address and minute; far above what a person checking papers needs.
RATE_LIMIT = 30
_WINDOW_SECONDS = 60


class SerialForm(forms.Form):
    serial = forms.CharField(
        label=_("Serial"),
        max_length=64,
        help_text=_("As printed under the QR code; dashes and spaces may be left out."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}
        ),
    )

    def clean_serial(self):
        """Case, spaces and dashes as typed are fine; a character no serial has is refused.

        0, 1, 8 and 9 are not in a serial's alphabet; guessing O, I or B for them would show
        "unknown" for a serial the person mistyped, with no hint of where.
        """
        typed = unicodedata.normalize("NFKC", self.cleaned_data["serial"])
        cleaned = re.sub(r"[\s.\-\u2010\u2011\u2013\u2014]", "", typed).upper()
        wrong = sorted({c for c in cleaned if not ("A" <= c <= "Z" or "2" <= c <= "7")})
        if wrong:
            raise forms.ValidationError(
                _(
                    "A serial has only the letters A to Z and the digits 2 to 7; it cannot "
                    "contain %(chars)s. Check the printed serial: a round letter is O, a "
                    "straight one I, and B is a letter."
                ),
                code="alphabet",
                params={"chars": ", ".join(f"“{c}”" for c in wrong)},
            )
        return cleaned


def _rate_limited(request) -> bool:
    try:
        address = get_adapter(request).get_client_ip(request)
    except Exception:  # no address at all: share one bucket rather than fail open
        address = "unknown"
    key = f"certificate-check:{address}:{int(time.time() // _WINDOW_SECONDS)}"
    cache.add(key, 0, _WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, _WINDOW_SECONDS * 2)
        count = 1
    return count > RATE_LIMIT


def _too_many(request, form):
    return render(
        request, "cms/certificate_check.html", {"form": form, "rate_limited": True}, status=429
    )


def certificate_check_form(request):
    form = SerialForm(request.GET or None)
    if form.is_valid():
        serial = normalise_serial(form.cleaned_data["serial"])
        if serial:
            return redirect("cms:certificate_check", serial=serial)
    return render(request, "cms/certificate_check.html", {"form": form})


def certificate_check(request, serial):
    form = SerialForm(initial={"serial": serial})
    if _rate_limited(request):
        return _too_many(request, form)
    check = certificate_lookup(serial=serial)
    response = render(
        request,
        "cms/certificate_check.html",
        {"form": form, "check": check, "looked_up": True},
        status=200 if check is not None else 404,
    )
    # A check's answer changes when a certificate is revoked: never serve it from a cache.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
