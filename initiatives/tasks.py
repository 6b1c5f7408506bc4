"""Background work: thin wrappers that take ids and hand off to services."""

from django.tasks import task


@task(queue_name="email")
def send_initiative_reminders() -> int:
    from initiatives.services.reminders import reminders_send

    return reminders_send()


@task(queue_name="default")
def index_similar_entries(*, entry_ids: list[int]) -> int:
    from initiatives.services.similarity import similar_entries_compute

    return similar_entries_compute(entry_ids=entry_ids)
