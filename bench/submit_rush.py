"""The deadline rush: many entrants press "submit" at once.

    python -m bench.submit_rush --entries 1000 --threads 16

Runs on PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/cuocthi_bench),
in a throwaway test database. Every submission goes through contest.services.entry_submit,
each thread with its own connection, as web workers would. Prints one JSON line: entries,
unique_codes, lost (must be 0), gaps (must be 0), per_second, and the same rate for one
thread over a quarter of the entries (the baseline) with their ratio.
"""

import argparse
import json
import time
from concurrent.futures import ThreadPoolExecutor

from bench import _django


def _prepare(*, entries: int, label: str):
    import datetime

    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from contest.enums import AttachmentRole, EntrantType, EntryKind
    from contest.models import Agency, Attachment, Author, Edition, Entry, Sector, User

    now = timezone.now()
    edition = Edition.objects.create(
        name=f"Bench {label}",
        year=2024,
        code_prefix=f"BENCH{label}",
        plan_reference="Bench",
        submission_opens_at=now - datetime.timedelta(days=1),
        submission_closes_at=now + datetime.timedelta(days=1),
        judging_starts_at=now + datetime.timedelta(days=2),
    )
    sector = Sector.objects.create(edition=edition, name="Cải cách thủ tục hành chính")
    agency, _ = Agency.objects.get_or_create(name="Sở Nội vụ")
    password = make_password("bench-password-2024")
    users = User.objects.bulk_create(
        User(
            email=f"bench-{label}-{n}@example.vn",
            full_name=f"Người thi {n}",
            agency=agency,
            password=password,
        )
        for n in range(entries)
    )
    drafts = Entry.objects.bulk_create(
        Entry(
            edition=edition,
            owner=user,
            agency=agency,
            sector=sector,
            entrant_type=EntrantType.INDIVIDUAL,
            kind=EntryKind.IDEA,
            title=f"Ý tưởng số {n}",
            summary="Tóm tắt",
            problem="Thực trạng",
            solution="Giải pháp",
            novelty="Điểm mới",
            feasibility="Khả thi",
            effect="Hiệu quả",
            replication="Nhân rộng",
        )
        for n, user in enumerate(users)
    )
    Author.objects.bulk_create(
        Author(
            entry=entry,
            user=entry.owner,
            is_lead=True,
            full_name=entry.owner.full_name,
            unit=agency.name,
            email=entry.owner.email,
            share=100,
        )
        for entry in drafts
    )
    Attachment.objects.bulk_create(
        Attachment(
            entry=entry,
            role=AttachmentRole.WRITEUP,
            kind="pdf",
            original_name="thuyet-minh.pdf",
            stored_name=f"bench/{label}/{entry.pk}.pdf",
            anonymised_name=f"bench/{label}/{entry.pk}-a.pdf",
            content_type="application/pdf",
            size=1,
            sha256="0" * 64,
        )
        for entry in drafts
    )
    return edition, [entry.pk for entry in drafts]


def _submit_one(entry_id: int) -> str:
    from django.db import OperationalError

    from contest.models import Entry
    from contest.services.entries import entry_submit

    # Each pool thread keeps its own connection, as a web worker does between requests.
    for attempt in range(5):
        try:
            entry = Entry.objects.select_related("owner").get(pk=entry_id)
            return entry_submit(entry=entry, user=entry.owner, notify=False).entry.code
        except OperationalError:
            # A deadlock or serialisation failure is retried, as a user would press again.
            if attempt == 4:
                raise
    return ""


def _rush(*, entry_ids: list[int], threads: int) -> float:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(_submit_one, entry_ids))
    return time.perf_counter() - started


def _check(edition, count: int) -> dict:
    from contest.enums import EntryStatus
    from contest.models import Entry

    rows = list(Entry.objects.filter(edition=edition).values_list("status", "number", "code"))
    numbers = sorted(n for _, n, _ in rows if n is not None)
    codes = {c for _, _, c in rows if c}
    return {
        "entries": count,
        "unique_codes": len(codes),
        "lost": sum(1 for s, _, _ in rows if s != EntryStatus.SUBMITTED),
        "gaps": (numbers[-1] - len(numbers)) if numbers else 0,
        "duplicates": len(numbers) - len(set(numbers)),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args(argv)
    _django.setup(database_url=args.database_url)
    from django.db import connection

    if connection.vendor != "postgresql":
        raise SystemExit("submit_rush measures row locking: point DATABASE_URL at PostgreSQL.")
    with _django.throwaway_database():
        baseline_count = max(args.entries // 4, 1)
        base_edition, base_ids = _prepare(entries=baseline_count, label="A")
        connection.close()
        baseline_seconds = _rush(entry_ids=base_ids, threads=1)
        edition, ids = _prepare(entries=args.entries, label="B")
        connection.close()
        seconds = _rush(entry_ids=ids, threads=args.threads)
        result = _check(edition, args.entries)
        per_second = args.entries / seconds
        baseline_per_second = baseline_count / baseline_seconds
        result.update(
            threads=args.threads,
            seconds=round(seconds, 3),
            per_second=round(per_second, 1),
            baseline_threads=1,
            baseline_entries=baseline_count,
            baseline_per_second=round(baseline_per_second, 1),
            ratio=round(per_second / baseline_per_second, 2),
            baseline_ok=_check(base_edition, baseline_count)["lost"] == 0,
        )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
