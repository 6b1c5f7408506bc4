"""Typed reading of the JSON the entry edit page sends: bad input is a 400 naming what is
wrong, never a 500 (issue 14: `version: 1e999`, `authors: "abc"`)."""

import json

from django.utils.translation import gettext as _

MAX_VERSION = 2**31 - 1


class PayloadError(ValueError):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _scalar(value) -> bool:
    # Whole numbers arrive for the field's id and the contributions; nothing else but text.
    return (
        value is None
        or isinstance(value, str)
        or (isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_VERSION)
    )


def _reject_constant(name):
    raise PayloadError(_("The saved data could not be read."))


def autosave_payload(request) -> tuple[int, dict]:
    """`{"version": int, "fields": {name: text, "authors": [{name: text}]}}` or PayloadError."""
    if request.content_type != "application/json":
        # A form post's body was already read as form data; it is not ours to read again.
        raise PayloadError(_("The saved data could not be read."))
    try:
        payload = json.loads(request.body, parse_constant=_reject_constant)
    except PayloadError:
        raise
    except ValueError as error:  # malformed JSON, or bytes that are not UTF-8
        raise PayloadError(_("The saved data could not be read.")) from error
    if not isinstance(payload, dict):
        raise PayloadError(_("The saved data could not be read."))
    version = payload.get("version")
    if (
        isinstance(version, bool)
        or not isinstance(version, int)
        or not (0 <= version <= MAX_VERSION)
    ):
        raise PayloadError(_("The version of the saved data must be a whole number."))
    fields = payload.get("fields")
    if not isinstance(fields, dict):
        raise PayloadError(_("The saved data has no fields to save."))
    for name, value in fields.items():
        if name == "authors":
            _check_authors(value)
        elif not _scalar(value):
            raise PayloadError(_("The field “%(field)s” must be text.") % {"field": name})
    return version, fields


def _check_authors(value) -> None:
    if not isinstance(value, list):
        raise PayloadError(_("The list of authors could not be read."))
    for index, row in enumerate(value, start=1):
        if not isinstance(row, dict) or not all(
            isinstance(k, str) and _scalar(v) for k, v in row.items()
        ):
            raise PayloadError(
                _("Author %(n)s could not be read: each author is a set of text fields.")
                % {"n": index}
            )
