from django.core.management.base import BaseCommand, CommandError

from judging.models import ResultSnapshot
from judging.services.results import snapshot_recompute


class Command(BaseCommand):
    help = (
        "Recompute a frozen result from the raw scores in the database (or, with "
        "--from-payload, from the inputs stored in the snapshot) and compare SHA-256 hashes."
    )

    def add_arguments(self, parser):
        parser.add_argument("snapshot_id", type=int)
        parser.add_argument("--from-payload", action="store_true")

    def handle(self, *args, snapshot_id, from_payload, **options):
        frozen = ResultSnapshot.objects.select_related("round").filter(pk=snapshot_id).first()
        if frozen is None:
            raise CommandError(f"No snapshot {snapshot_id}.")
        try:
            recomputed = snapshot_recompute(frozen=frozen, from_database=not from_payload)
        except ValueError as error:  # e.g. a snapshot of an older format
            raise CommandError(f"Cannot recompute snapshot {snapshot_id}: {error}") from error
        self.stdout.write(f"stored     {frozen.sha256}\nrecomputed {recomputed}")
        if recomputed != frozen.sha256:
            raise CommandError("MISMATCH: the scores or inputs differ from the frozen result.")
        self.stdout.write(self.style.SUCCESS("MATCH"))
