"""Background work for judging: thin wrappers that take ids and hand off to services."""

from django.tasks import task


@task(queue_name="documents")
def render_certificates(*, batch_id: int) -> None:
    from judging.services.certificates import certificate_batch_render

    certificate_batch_render(batch_id=batch_id)


@task(queue_name="email")
def send_result_emails(*, snapshot_id: int) -> None:
    from judging.services.publication import entrants_notify

    entrants_notify(snapshot_id=snapshot_id)


@task(queue_name="email")
def send_certificate_notices(*, batch_id: int) -> None:
    from judging.services.certificate_notices import certificates_ready_notify

    certificates_ready_notify(batch_id=batch_id)
