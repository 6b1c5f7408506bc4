import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cms.demo import seed_demo_pages
from contest.demo import (
    ENTRANTS_SHOWN,
    seed_demo_entries,
    seed_demo_open_edition,
    seed_demo_people,
)
from contest.enums import Role
from contest.services.agencies import agencies_import
from initiatives.demo import seed_demo_initiatives
from judging.demo import seed_demo_judging


class Command(BaseCommand):
    help = (
        "Load the demo contest (Hanoi 2024): agencies, pages, demo accounts, the 2024 edition "
        "with its entries, and a practice edition open this year. Idempotent; --seed makes the "
        "generated data deterministic."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2024)

    def handle(self, *args, seed, **options):
        # 164 accounts with a published password must never reach a real site.
        if not settings.DEBUG and not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "seed_demo creates accounts with a published password; it runs only with "
                "DEBUG on (development settings), never on a production site."
            )
        password = os.environ.get("DEMO_PASSWORD") or settings.DEMO_PASSWORD_DEFAULT
        agencies_import()
        accounts = seed_demo_people(password=password, seed=seed, judges=12)
        edition_2024 = seed_demo_entries(seed=seed)
        seed_demo_judging(edition=edition_2024, seed=seed)
        open_edition = seed_demo_open_edition(today=timezone.localdate(), seed=seed)
        seed_demo_pages(editions=[edition_2024, open_edition])
        officer = seed_demo_initiatives(editions=[edition_2024, open_edition], password=password)
        self.stdout.write(self.style.SUCCESS("Demo contest ready. Demo accounts:"))
        shown = [a for a in accounts if a.role != Role.ENTRANT] + [
            a for a in accounts if a.role == Role.ENTRANT
        ][:ENTRANTS_SHOWN]
        width = max(len(a.email) for a in shown)
        for account in shown:
            self.stdout.write(
                f"  {account.email.ljust(width)}  {account.role.label!s:<22} {account.full_name}"
            )
        hidden = sum(1 for a in accounts if a.role == Role.ENTRANT) - ENTRANTS_SHOWN
        if hidden > 0:
            self.stdout.write(
                f"  … and {hidden} more entrants, thisinh{ENTRANTS_SHOWN + 1}@demo.example and on"
            )
        self.stdout.write(
            f"  {officer.email.ljust(width)}  {Role.LEAD_AGENCY.label!s:<22} {officer.full_name}"
        )
        self.stdout.write(f"  Password for all: {password}")
