import os

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.demo import seed_demo_pages
from contest.demo import seed_demo_people
from contest.services.agencies import agencies_import


class Command(BaseCommand):
    help = (
        "Load the demo contest (Hanoi 2024): agencies, pages and demo accounts. "
        "Idempotent; --seed makes the generated data deterministic."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2024)

    def handle(self, *args, seed, **options):
        password = os.environ.get("DEMO_PASSWORD") or settings.DEMO_PASSWORD_DEFAULT
        agencies_import()
        seed_demo_pages()
        accounts = seed_demo_people(password=password, seed=seed)
        self.stdout.write(self.style.SUCCESS("Demo contest ready. Demo accounts:"))
        width = max(len(a.email) for a in accounts)
        for account in accounts:
            self.stdout.write(
                f"  {account.email.ljust(width)}  {account.role.label!s:<22} {account.full_name}"
            )
        self.stdout.write(f"  Password for all: {password}")
