from pathlib import Path

from django.core.management.base import BaseCommand

from contest.services.agencies import HANOI_AGENCIES_CSV, agencies_import


class Command(BaseCommand):
    help = "Load agencies from a CSV file (level,kind,name). Defaults to Hanoi's 2024 list."

    def add_arguments(self, parser):
        parser.add_argument("csv", nargs="?", type=Path, default=HANOI_AGENCIES_CSV)

    def handle(self, *args, csv, **options):
        created = agencies_import(path=csv)
        self.stdout.write(f"{created} agencies added.")
