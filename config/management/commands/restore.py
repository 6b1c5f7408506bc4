from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from config.backup import restore


class Command(BaseCommand):
    help = (
        "Replace the database and put back the stored files from an archive made by `backup`. "
        "Stop the app servers and workers first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--no-input", action="store_false", dest="interactive", help="do not ask to confirm"
        )

    def handle(self, *args, path, interactive, **options):
        if not path.is_file():
            raise CommandError(f"No backup at {path}.")
        if (
            interactive
            and input("This replaces the whole database with the backup's. Type 'yes' to go on: ")
            != "yes"
        ):
            raise CommandError("Restore cancelled.")
        try:
            manifest = restore(path)
        except ValueError as error:
            raise CommandError(str(error)) from error
        files = ", ".join(f"{n} {alias}" for alias, n in manifest["files"].items())
        self.stdout.write(
            self.style.SUCCESS(f"Restored the backup of {manifest['created']}: database, {files}.")
        )
