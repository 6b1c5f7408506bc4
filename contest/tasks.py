"""Background work: thin wrappers that take ids and hand off to the domain."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from config.tasks import retrying
from contest.enums import AuthorConsent
from contest.models import Author, Entry, EntryEvent, User
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


@task(queue_name="email", takes_context=True)
@retrying(attempts=5)
def send_coauthor_invitation_email(*, author_id: int):
    author = (
        Author.objects.select_related("entry", "entry__edition", "entry__owner")
        .filter(pk=author_id, consent=AuthorConsent.INVITED)
        .first()
    )
    if author is None or not author.invitation_token:
        return  # removed from the entry, or answered, before the email went out
    site_url = settings.WAGTAILADMIN_BASE_URL
    _send(
        subject_template="contest/email/coauthor_invitation_subject.txt",
        body_template="contest/email/coauthor_invitation_body.txt",
        context={
            "author": author,
            "entry": author.entry,
            "has_account": author.user_id is not None
            or User.objects.filter(email__iexact=author.email).exists(),
            "invitation_url": site_url
            + reverse("contest:coauthor_invitation", kwargs={"token": author.invitation_token}),
            "signup_url": site_url + reverse("account_signup"),
            "site_url": site_url,
        },
        to=[author.email],
    )


@task(queue_name="email", takes_context=True)
@retrying(attempts=5)
def send_login_throttled_email(*, user_id: int, address: str):
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return
    site_url = settings.WAGTAILADMIN_BASE_URL
    _send(
        subject_template="contest/email/login_throttled_subject.txt",
        body_template="contest/email/login_throttled_body.txt",
        context={
            "user": user,
            "address": address,
            "reset_url": site_url + reverse("account_reset_password"),
            "site_url": site_url,
        },
        to=[user.email],
    )
