from pathlib import Path

from django.core.management.base import BaseCommand

from config.backup import backup


class Command(BaseCommand):
    help = (
        "Write the database and every stored file (private and public storage) to one "
        "tar.gz archive; `restore` puts them back."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path, help="the archive to write, e.g. backup.tar.gz")

    def handle(self, *args, path, **options):
        manifest = backup(path)
        files = ", ".join(f"{n} {alias}" for alias, n in manifest["files"].items())
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}: database, {files}."))
