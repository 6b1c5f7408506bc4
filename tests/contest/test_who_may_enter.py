"""Who may enter is enforced in the service, for every path (issue 14): judges, the
secretariat and organisers run the contest and cannot compete in it."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from contest.enums import EntryStatus, Role
from contest.models import Entry
from contest.services import entries as services
from tests.contest.helpers import add_writeup_row
from tests.factories import EditionFactory, EntryFactory, UserFactory
from tests.i18n import vi

pytestmark = pytest.mark.django_db

OFFICIALS = [Role.JUDGE, Role.SECRETARIAT, Role.ORGANISER]
MESSAGE = (
    "Giám khảo, Tổ thư ký và Ban Tổ chức điều hành cuộc thi nên không thể dự thi. Để tham "
    "gia, vui lòng đề nghị Ban Tổ chức dùng một tài khoản thí sinh riêng."
)


@pytest.mark.parametrize("role", OFFICIALS)
def test_who_may_enter_officials_cannot_create_a_draft(role):
    with pytest.raises(ValidationError) as caught:
        services.entry_create_draft(edition=EditionFactory(), user=UserFactory(role=role))
    assert caught.value.code == "not_entrant"
    assert vi(caught.value.messages[0]) == MESSAGE
    assert Entry.objects.count() == 0


def test_who_may_enter_superuser_cannot_create_a_draft():
    with pytest.raises(ValidationError):
        services.entry_create_draft(edition=EditionFactory(), user=UserFactory(is_superuser=True))


@pytest.mark.parametrize("role", OFFICIALS)
def test_who_may_enter_officials_cannot_submit(role):
    # A draft made before its owner joined the jury stays a draft.
    entry = EntryFactory()
    add_writeup_row(entry)
    entry.owner.groups.add(*UserFactory(role=role).groups.all())
    with pytest.raises(ValidationError) as caught:
        services.entry_submit(entry=entry, user=entry.owner)
    assert caught.value.code == "not_entrant"
    entry.refresh_from_db()
    assert entry.status == EntryStatus.DRAFT


def test_who_may_enter_entrant_creates_a_draft():
    entry = services.entry_create_draft(
        edition=EditionFactory(), user=UserFactory(role=Role.ENTRANT)
    )
    assert entry.status == EntryStatus.DRAFT


@pytest.mark.parametrize("role", OFFICIALS)
def test_who_may_enter_page_shows_message_instead_of_create_button(client, role):
    edition = EditionFactory()
    client.force_login(UserFactory(role=role))

    html = client.get(reverse("contest:entry_list")).content.decode()

    assert reverse("contest:entry_create", args=[edition.pk]) not in html
    assert MESSAGE in html


@pytest.mark.parametrize("role", OFFICIALS)
def test_who_may_enter_create_post_is_refused_with_message(client, role):
    edition = EditionFactory()
    client.force_login(UserFactory(role=role))

    response = client.post(reverse("contest:entry_create", args=[edition.pk]), follow=True)

    assert Entry.objects.count() == 0
    assert MESSAGE in response.content.decode()


def test_who_may_enter_entrant_sees_create_button(client):
    edition = EditionFactory()
    client.force_login(UserFactory(role=Role.ENTRANT))
    html = client.get(reverse("contest:entry_list")).content.decode()
    assert reverse("contest:entry_create", args=[edition.pk]) in html
