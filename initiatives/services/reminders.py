"""Asking owning agencies for a report once one is due: once per due date."""

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from contest.enums import Role
from contest.models import User
from initiatives.models import Initiative


def officers_of(*, agency_id: int) -> list[str]:
    return list(
        User.objects.filter(
            agency_id=agency_id, is_active=True, groups__name=Role.LEAD_AGENCY.value
        )
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def reminders_send(*, today=None) -> int:
    """Email the officers of each agency whose report is due; return how many were asked."""
    today = today or timezone.localdate()
    due = (
        Initiative.objects.filter(next_report_due__lte=today)
        .exclude(reminded_for=F("next_report_due"))
        .select_related("owner_agency", "edition")
        .order_by("pk")
    )
    sent = 0
    for initiative in due:
        recipients = officers_of(agency_id=initiative.owner_agency_id)
        if not recipients:
            continue
        context = {
            "initiative": initiative,
            "url": settings.WAGTAILADMIN_BASE_URL
            + reverse("initiatives:report", args=[initiative.pk]),
        }
        with translation.override(settings.LANGUAGE_CODE):
            subject = " ".join(
                render_to_string("initiatives/email/reminder_subject.txt", context).split()
            )
            body = render_to_string("initiatives/email/reminder_body.txt", context)
        send_mail(subject, body, None, recipients)
        # Marked per initiative: a failure after some emails does not resend those.
        Initiative.objects.filter(pk=initiative.pk).update(reminded_for=initiative.next_report_due)
        sent += 1
    return sent
