"""The data of `bench.load`, made in the cluster's database with the test factories.

python -m bench.load_data setup --entrants 300 --judges 50 --per-judge 6   # prints JSON

Entrants each own a complete draft that lacks only its write-up; judges each have assigned
entries in an open round; both are signed in here (sessions in the production session
store), because 350 sign-ins from one loopback address would meet allauth's rate limit
rather than measure the site. One published result gives the readers a page to read.
"""

import argparse
import json

import django


def _session(user) -> str:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.module_loading import import_string

    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return store.session_key


def _after_the_cluster_data():
    """The cluster's own data came from the same factories: start their sequences past it."""
    import factory

    import tests.factories as factories

    for value in vars(factories).values():
        if isinstance(value, type) and issubclass(value, factory.django.DjangoModelFactory):
            value.reset_sequence(20_000, force=True)  # under smallint's 32,767


def setup(*, entrants: int, judges: int, per_judge: int) -> dict:
    from django.urls import reverse

    from contest.enums import Role
    from tests.factories import (
        AssignmentFactory,
        EditionFactory,
        EligibleEntryFactory,
        EntryFactory,
        JudgeFactory,
        RoundFactory,
        UserFactory,
        result_snapshot,
    )

    _after_the_cluster_data()
    open_edition = EditionFactory(name="Cuộc thi giờ chót", code_prefix="GIO")
    drafts = [EntryFactory(edition=open_edition) for _ in range(entrants)]
    judging = EditionFactory(name="Cuộc thi đang chấm", code_prefix="CHA")
    round_ = RoundFactory(edition=judging)
    criteria = [(c.pk, str(c.max_points)) for c in round_.criteria.order_by("sort_order")]
    panel = []
    for _ in range(judges):
        judge = JudgeFactory()
        assignments = [AssignmentFactory(round=round_, judge=judge).pk for _ in range(per_judge)]
        panel.append({"session": _session(judge), "assignments": assignments})
    organiser = UserFactory(role=Role.ORGANISER)
    published = EditionFactory(name="Cuộc thi đã công bố", code_prefix="CBO")
    winners = [EligibleEntryFactory(edition=published) for _ in range(20)]
    result_snapshot(edition=published, winners=[(e, "Giải Ba") for e in winners], actor=organiser)
    return {
        "entrants": [
            {
                "session": _session(entry.owner),
                "entry_id": entry.pk,
                "edit": reverse("contest:entry_edit", args=[entry.public_id]),
                "autosave": reverse("contest:entry_autosave", args=[entry.public_id]),
                "upload": reverse("contest:attachment_upload", args=[entry.public_id]),
                "submit": reverse("contest:entry_submit", args=[entry.public_id]),
                "title": entry.title,
            }
            for entry in drafts
        ],
        "judges": panel,
        "criteria": criteria,
        "score_url": reverse("judging:score", args=[999_999]).replace("999999", "{}"),
        "results_url": reverse("cms:latest_results"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["setup"])
    parser.add_argument("--entrants", type=int, default=300)
    parser.add_argument("--judges", type=int, default=50)
    parser.add_argument("--per-judge", type=int, default=6)
    args = parser.parse_args()
    django.setup()
    print(json.dumps(setup(entrants=args.entrants, judges=args.judges, per_judge=args.per_judge)))


if __name__ == "__main__":
    main()
