"""The demo shows similar entries on the screening page, across editions."""

import pytest
from django.urls import reverse

from contest.models import Edition, Entry, User
from initiatives.demo import OFFICER_EMAIL
from initiatives.models import SimilarPair

pytestmark = pytest.mark.django_db


def test_demo_near_duplicates_list_the_2024_write_ups(seed_output, client):
    open_edition = Edition.objects.order_by("-year").first()
    retyped = Entry.objects.get(edition=open_edition, title__endswith="(bản mới)")
    client.force_login(User.objects.get(email="thuky@demo.example"))
    body = client.get(reverse("contest:screening_detail", args=[retyped.public_id])).content
    body = body.decode()
    assert body.count('class="card similar-entry"') >= 1
    earlier = Entry.objects.filter(
        edition__year=2024, title=retyped.title.removesuffix(" (bản mới)")
    )
    assert earlier.first().code in body
    assert SimilarPair.objects.filter(score__gte=0.6).count() > 2
    assert OFFICER_EMAIL in seed_output
