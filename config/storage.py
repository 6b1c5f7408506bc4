"""File storage on local disk (the default) or on an S3-compatible object store.

Nothing in the bucket is public. Public media (Wagtail images and documents) are served
under MEDIA_URL by config.media, and entrants' files and certificates only by the views that
check permissions first, so every byte leaves through Django: the object store can sit on a
closed network that browsers never reach, and the site's Content-Security-Policy stays
same-origin.
"""

from django.conf import settings

try:  # the [s3] extra; local disk needs neither package
    from storages.backends.s3 import S3Storage
except ImportError:  # pragma: no cover - only without the extra
    S3Storage = object


class MediaS3Storage(S3Storage):
    """Public media in the bucket, linked under MEDIA_URL rather than the bucket's address."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        return f"{settings.MEDIA_URL}{name.lstrip('/')}"


class PrivateS3Storage(S3Storage):
    """Entrants' files and certificates: no URL at all, like FileSystemStorage(base_url=None)."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("Private files have no URL; serve them through a permission check.")


def s3_storages(env) -> dict:
    """STORAGES["default"] and ["private"] in one bucket under two prefixes, from ``env``."""
    common = {
        "bucket_name": env("S3_BUCKET", required=True),
        "endpoint_url": env("S3_ENDPOINT_URL") or None,
        "region_name": env("S3_REGION", "us-east-1"),
        "access_key": env("S3_ACCESS_KEY_ID") or None,
        "secret_key": env("S3_SECRET_ACCESS_KEY") or None,
        # Private objects; never overwrite: two servers saving the same name keep both.
        "default_acl": None,
        "querystring_auth": True,
        "file_overwrite": False,
        "addressing_style": env("S3_ADDRESSING_STYLE", "path"),
    }
    prefix = env("S3_PREFIX", "").strip("/")
    prefix = f"{prefix}/" if prefix else ""
    return {
        "default": {
            "BACKEND": "config.storage.MediaS3Storage",
            "OPTIONS": {**common, "location": f"{prefix}media"},
        },
        "private": {
            "BACKEND": "config.storage.PrivateS3Storage",
            "OPTIONS": {**common, "location": f"{prefix}private"},
        },
    }
