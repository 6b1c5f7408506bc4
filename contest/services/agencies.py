import csv
from pathlib import Path

from django.db import transaction

from contest.enums import AgencyLevel
from contest.models import Agency

HANOI_AGENCIES_CSV = Path(__file__).resolve().parent.parent / "data" / "hanoi-agencies.csv"


@transaction.atomic
def agencies_import(*, path: Path = HANOI_AGENCIES_CSV) -> int:
    """Add the agencies listed in a CSV (columns level, kind, name); return how many were new.

    Existing agencies (same name, any case) are left as organisers edited them.
    """
    existing = {name.casefold() for name in Agency.objects.values_list("name", flat=True)}
    created = 0
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = row["name"].strip()
            if name.casefold() in existing:
                continue
            level = row["level"] if row["level"] in AgencyLevel.values else AgencyLevel.OTHER
            agency = Agency(name=name, level=level, kind=row.get("kind", "").strip())
            agency.full_clean()
            agency.save()
            existing.add(name.casefold())
            created += 1
    return created
