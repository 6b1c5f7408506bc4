"""Hooks of the OpenAPI schema: /api/v1/ only (Wagtail's admin has a DRF API of its own,
which is no part of the open data)."""


def only_v1(endpoints):
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
