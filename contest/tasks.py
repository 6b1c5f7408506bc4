"""Background work: thin wrappers that take ids and hand off to the domain."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation

from config.tasks import retrying
from contest.models import Entry, EntryEvent
from contest.selectors import entry_emails


def _send(*, subject_template, body_template, context, to, attachments=()):
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    message = EmailMultiAlternatives(subject=subject, body=body, to=to)
    for name, content, mimetype in attachments:
        message.attach(name, content, mimetype)
    message.send()


@task(queue_name="email", takes_context=True)
@retrying(attempts=5)
def send_receipt_email(*, entry_id: int):
    from contest.receipts import receipt_pdf
    from contest.services.receipts import receipt_latest

    entry = Entry.objects.select_related("edition", "sector").get(pk=entry_id)
    recipients = entry_emails(entry=entry)
    with translation.override(settings.LANGUAGE_CODE):
        pdf = receipt_pdf(receipt=receipt_latest(entry=entry))
    _send(
        subject_template="contest/email/receipt_subject.txt",
        body_template="contest/email/receipt_body.txt",
        context={"entry": entry, "site_url": settings.WAGTAILADMIN_BASE_URL},
        to=recipients,
        attachments=[(f"phieu-tiep-nhan-{entry.code}.pdf", pdf, "application/pdf")],
    )


@task(queue_name="email", takes_context=True)
@retrying(attempts=5)
def send_decision_email(*, event_id: int):
    event = EntryEvent.objects.select_related("entry", "entry__edition").get(pk=event_id)
    entry = event.entry
    recipients = entry_emails(entry=entry)
    _send(
        subject_template="contest/email/decision_subject.txt",
        body_template="contest/email/decision_body.txt",
        context={"entry": entry, "event": event, "site_url": settings.WAGTAILADMIN_BASE_URL},
        to=recipients,
    )
