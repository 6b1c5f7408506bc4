"""The data of `make cluster`, made in its database with the test factories.

python -m bench.cluster_data setup --winners 40   # prints one JSON object
python -m bench.cluster_data issue SNAPSHOT_ID ACTOR_ID
"""

import argparse
import json

import django

PASSWORD = "MatKhau@2024-dai"  # the factories' password


def setup(winners: int, pdf: str) -> dict:
    from django.urls import reverse

    from contest.demo import demo_pdf
    from contest.enums import Role
    from tests.factories import (
        CertificateSettingsFactory,
        EditionFactory,
        EligibleEntryFactory,
        EntryFactory,
        UserFactory,
        result_snapshot,
    )

    organiser = UserFactory(role=Role.ORGANISER, email="btc@cluster.example")
    entry = EntryFactory(edition=EditionFactory(max_writeup_mb=1))
    edition = EditionFactory(name="Cuộc thi cụm máy chủ", code_prefix="CUM")
    CertificateSettingsFactory(edition=edition)
    entries = [EligibleEntryFactory(edition=edition) for _ in range(winners)]
    snapshot = result_snapshot(
        edition=edition, winners=[(e, "Giải Nhất") for e in entries], actor=organiser
    )
    with open(pdf, "wb") as handle:
        handle.write(demo_pdf())
    certificate_url = reverse("judging:certificate_download", args=[999_999])
    return {
        "certificate_url": certificate_url.replace("999999", "{}"),
        "organiser": {"id": organiser.pk, "email": organiser.email, "password": PASSWORD},
        "entrant": {"email": entry.owner.email, "password": PASSWORD},
        "upload_url": reverse("contest:attachment_upload", args=[entry.public_id]),
        "entry_id": entry.pk,
        "snapshot_id": snapshot.pk,
        "edition_id": edition.pk,
        "login_url": reverse("account_login"),
        "private_url": reverse("judging:my_certificates"),
    }


def issue(snapshot_id: int, actor_id: int) -> dict:
    from django.db import transaction

    from contest.models import User
    from judging.models import ResultSnapshot
    from judging.services.certificates import certificates_issue

    with transaction.atomic():  # the batch is enqueued on commit, to the rq workers
        report = certificates_issue(
            snapshot=ResultSnapshot.objects.get(pk=snapshot_id),
            actor=User.objects.get(pk=actor_id),
        )
    return {"issued": len(report.created)}


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    setting_up = sub.add_parser("setup")
    setting_up.add_argument("--winners", type=int, default=40)
    setting_up.add_argument("--pdf", required=True, help="where to write a PDF to upload")
    issuing = sub.add_parser("issue")
    issuing.add_argument("snapshot_id", type=int)
    issuing.add_argument("actor_id", type=int)
    args = parser.parse_args()
    django.setup()
    if args.command == "setup":
        print(json.dumps(setup(args.winners, args.pdf)))
    else:
        print(json.dumps(issue(args.snapshot_id, args.actor_id)))


if __name__ == "__main__":
    main()
