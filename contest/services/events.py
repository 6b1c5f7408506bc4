from contest.models import Entry, EntryEvent


def entry_event_record(
    *, entry: Entry, actor, kind, from_status="", to_status="", reason=""
) -> EntryEvent:
    """Append to an entry's history; every status change of an entry goes through here."""
    return EntryEvent.objects.create(
        entry=entry,
        actor=actor,
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )
