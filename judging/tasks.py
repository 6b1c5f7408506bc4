"""Background work for judging: thin wrappers that take ids and hand off to services."""

from django.tasks import task

from config.tasks import retrying


@task(queue_name="documents", takes_context=True)
@retrying(attempts=3, base_delay=60)
def render_certificates(*, batch_id: int) -> None:
    from judging.services.certificates import certificate_batch_render

    certificate_batch_render(batch_id=batch_id)


@task(queue_name="email", takes_context=True)
@retrying(attempts=5)
def send_result_emails(*, snapshot_id: int) -> None:
    from judging.services.publication import entrants_notify

    entrants_notify(snapshot_id=snapshot_id)


@task(queue_name="email", takes_context=True)
@retrying(attempts=5)
def send_certificate_notices(*, batch_id: int) -> None:
    from judging.services.certificate_notices import certificates_ready_notify

    certificates_ready_notify(batch_id=batch_id)
