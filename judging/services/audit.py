from judging.models import AuditEvent


def audit(
    *, action, actor=None, round=None, entry=None, judge=None, before=None, after=None, reason=""
):
    return AuditEvent.objects.create(
        action=action,
        actor=actor,
        round=round,
        entry=entry,
        judge=judge,
        before=before,
        after=after,
        reason=reason,
    )
