"""The audit trail is append-only in the database (issue 14): on PostgreSQL a trigger
refuses UPDATE and DELETE, so QuerySet.update()/delete() cannot bypass the model."""

import pytest
from django.db import DatabaseError, connection, transaction

from judging.enums import AuditAction
from judging.models import AuditEvent
from judging.services.audit import audit

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the trigger exists on PostgreSQL only"
    ),
]


def test_audit_queryset_update_is_refused_by_the_database():
    event = audit(action=AuditAction.REVEALED, reason="Công bố xếp hạng.")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(reason="Đã sửa.")
    event.refresh_from_db()
    assert event.reason == "Công bố xếp hạng."


def test_audit_queryset_delete_is_refused_by_the_database():
    event = audit(action=AuditAction.REVEALED)
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()
