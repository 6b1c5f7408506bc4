from django.core.management.base import BaseCommand

from initiatives.tasks import send_initiative_reminders


class Command(BaseCommand):
    help = (
        "Queue the reminder to owning agencies whose initiative report is due. Run it daily "
        "from cron (or a scheduler); the worker sends the emails, once per due date."
    )

    def handle(self, *args, **options):
        result = send_initiative_reminders.enqueue()
        self.stdout.write(f"Queued {result.id}.")
