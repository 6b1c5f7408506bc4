"""Telling an account's owner that failed sign-ins against it are being refused."""

from django.core.cache import cache
from django.db import transaction

from contest.models import User

# One email an hour at most, however long the attempts go on.
NOTICE_INTERVAL_SECONDS = 60 * 60


def login_throttled_notify(*, email: str, address: str) -> bool:
    """Queue the owner's email unless one went out within the hour; True if queued."""
    user = User.objects.filter(email__iexact=email.strip()).first() if email else None
    if user is None:
        return False
    if not cache.add(f"login-throttled-notice:{user.pk}", True, NOTICE_INTERVAL_SECONDS):
        return False
    from contest.tasks import send_login_throttled_email

    user_id = user.pk
    transaction.on_commit(
        lambda: send_login_throttled_email.enqueue(user_id=user_id, address=address)
    )
    return True
