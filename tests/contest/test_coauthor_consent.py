"""Co-authors' consent (issue 14): invited, counted once they accept, may decline or leave."""

import pytest
from allauth.account.models import EmailAddress
from allauth.account.signals import email_confirmed
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from contest.enums import AuthorConsent, EntrantType, EntryEventKind, EntryStatus, Role
from contest.models import Author, Entry
from contest.services import coauthors as services
from contest.services import entries as entry_services
from tests.contest.helpers import add_writeup_row, invite_coauthor
from tests.factories import EditionFactory, EntryFactory, UserFactory

pytestmark = pytest.mark.django_db


def _group_entry(**kwargs):
    return EntryFactory(entrant_type=EntrantType.GROUP, **kwargs)


def _authors(entry, *people):
    owner = entry.owner
    rows = [
        {
            "full_name": owner.full_name,
            "unit": "Sở Nội vụ",
            "email": owner.email,
            "share": 100 - 20 * len(people),
        }
    ]
    rows += [
        {"full_name": p.full_name, "unit": "Sở Tư pháp", "email": p.email, "share": 20}
        for p in people
    ]
    return rows


def _save(entry, *people):
    entry.refresh_from_db()
    return entry_services.entry_save(
        entry=entry,
        user=entry.owner,
        data={"authors": _authors(entry, *people)},
        version=entry.version,
    )


def _kinds(entry):
    return list(entry.events.values_list("kind", flat=True))


# Naming and inviting


def test_coauthor_named_by_a_save_is_invited_but_not_emailed_until_the_explicit_save(
    django_capture_on_commit_callbacks,
):
    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    _save(entry, person)
    row = entry.authors.get(email=person.email)
    assert (row.consent, row.invited_at, row.invitation_token) == (
        AuthorConsent.INVITED,
        None,
        None,
    )
    assert entry.authors.get(email=entry.owner.email).consent == AuthorConsent.ACCEPTED
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        invited = services.coauthors_invite(entry=entry, actor=entry.owner)
    row.refresh_from_db()
    assert invited == [row]
    assert len(row.invitation_token) == 43
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [person.email]
    assert mail.outbox[0].subject == (
        f"{entry.owner.full_name} mời Quý vị làm đồng tác giả một bài dự thi"
    )
    assert f"/bai-du-thi/loi-moi/{row.invitation_token}/" in mail.outbox[0].body
    assert _kinds(entry) == [EntryEventKind.COAUTHOR_INVITED]
    assert entry.events.get(kind=EntryEventKind.COAUTHOR_INVITED).reason == (
        f"{person.full_name} <{person.email}>"
    )
    # Sent once: the next explicit save invites nobody again.
    assert services.coauthors_invite(entry=entry, actor=entry.owner) == []


def test_invitation_to_an_address_without_account_asks_to_register_with_it(
    django_capture_on_commit_callbacks,
):
    entry = _group_entry()
    rows = _authors(entry)
    rows[0]["share"] = 70
    rows.append(
        {"full_name": "Đỗ Thị Mai", "unit": "UBND phường", "email": "mai@x.vn", "share": 30}
    )
    entry_services.entry_save(
        entry=entry, user=entry.owner, data={"authors": rows}, version=entry.version
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.coauthors_invite(entry=entry, actor=entry.owner)
    body = mail.outbox[0].body
    assert "Quý vị chưa có tài khoản. Hãy tạo tài khoản bằng chính địa chỉ email này" in body
    assert "(mai@x.vn)" in body
    assert "/accounts/signup/" in body


def test_confirming_the_invited_address_links_the_invitation_to_the_new_account():
    entry = _group_entry()
    row = Author.objects.create(
        entry=entry,
        full_name="Đỗ Thị Mai",
        unit="UBND phường",
        email="mai@x.vn",
        share=30,
        position_in_list=1,
        consent=AuthorConsent.INVITED,
    )
    user = UserFactory(email="mai@x.vn", verified=False)
    address = EmailAddress.objects.create(user=user, email="mai@x.vn", primary=True)
    email_confirmed.send(sender=EmailAddress, request=None, email_address=address)
    row.refresh_from_db()
    assert (row.user, row.consent) == (user, AuthorConsent.INVITED)


def test_autosave_keeps_each_persons_consent():
    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(entry, person)
    services.coauthor_accept(author=author, user=person)
    rows = _authors(entry, person)
    rows[1]["unit"] = "Sở Tài chính"
    entry.refresh_from_db()
    entry_services.entry_save(
        entry=entry, user=entry.owner, data={"authors": list(reversed(rows))}, version=entry.version
    )
    row = entry.authors.get(email=person.email)
    assert (row.pk, row.consent, row.unit, row.is_lead) == (
        author.pk,
        AuthorConsent.ACCEPTED,
        "Sở Tài chính",
        True,
    )


def test_removing_an_invited_coauthor_is_an_event():
    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    invite_coauthor(entry, person)
    _save(entry)
    assert list(entry.authors.values_list("email", flat=True)) == [entry.owner.email]
    assert _kinds(entry) == [EntryEventKind.COAUTHOR_INVITED, EntryEventKind.COAUTHOR_REMOVED]


def test_the_same_email_twice_is_refused():
    entry = _group_entry()
    person = UserFactory()
    rows = _authors(entry, person, person)
    with pytest.raises(ValidationError) as error:
        entry_services.entry_save(
            entry=entry, user=entry.owner, data={"authors": rows}, version=entry.version
        )
    assert [e.code for e in error.value.error_dict["authors"]] == ["duplicate_email"]
    assert error.value.error_dict["authors"][0].messages == [
        "Tác giả 3: email này đã được ghi cho một tác giả khác."
    ]


# Quota


def test_being_named_on_drafts_uses_up_nothing_until_accepted():
    edition = EditionFactory(entries_per_person=2)
    person = UserFactory(role=Role.ENTRANT)
    first = invite_coauthor(_group_entry(edition=edition), person)
    invite_coauthor(_group_entry(edition=edition), person)
    assert entry_services.entries_counted_for(user=person, edition=edition) == 0
    entry_services.entry_create_draft(edition=edition, user=person)
    services.coauthor_accept(author=first, user=person)
    assert entry_services.entries_counted_for(user=person, edition=edition) == 2


def test_accepting_beyond_the_quota_is_refused():
    edition = EditionFactory(entries_per_person=1)
    person = UserFactory(role=Role.ENTRANT)
    EntryFactory(edition=edition, owner=person)
    author = invite_coauthor(_group_entry(edition=edition), person)
    with pytest.raises(ValidationError) as error:
        services.coauthor_accept(author=author, user=person)
    assert error.value.messages == [
        "Quý vị đã tham gia 1 bài dự thi, bằng số lượng tối đa cuộc thi cho phép. "
        "Hãy rút khỏi một bài, hoặc từ chối lời mời này."
    ]
    author.refresh_from_db()
    assert author.consent == AuthorConsent.INVITED


def test_declined_and_left_coauthorships_do_not_count():
    edition = EditionFactory(entries_per_person=1)
    person = UserFactory(role=Role.ENTRANT)
    declined = invite_coauthor(_group_entry(edition=edition), person)
    services.coauthor_decline(author=declined, user=person)
    left = invite_coauthor(_group_entry(edition=edition), person)
    services.coauthor_accept(author=left, user=person)
    services.coauthor_leave(entry=left.entry, user=person)
    assert entry_services.entries_counted_for(user=person, edition=edition) == 0


# Answers


def test_accept_records_the_event_and_links_the_account():
    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(entry, person)
    services.coauthor_accept(author=author, user=person)
    author.refresh_from_db()
    assert (author.consent, author.user, author.answered_at is not None) == (
        AuthorConsent.ACCEPTED,
        person,
        True,
    )
    event = entry.events.get(kind=EntryEventKind.COAUTHOR_ACCEPTED)
    assert (event.actor, event.reason) == (person, f"{person.full_name} <{person.email}>")


def test_someone_else_cannot_answer_an_invitation():
    author = invite_coauthor(_group_entry(), UserFactory(role=Role.ENTRANT))
    stranger = UserFactory(role=Role.ENTRANT)
    for service in (services.coauthor_accept, services.coauthor_decline):
        with pytest.raises(ValidationError) as error:
            service(author=author, user=stranger)
        assert error.value.code == "not_invited"
    author.refresh_from_db()
    assert author.consent == AuthorConsent.INVITED


def test_an_invitation_is_answered_once():
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(_group_entry(), person)
    services.coauthor_decline(author=author, user=person)
    with pytest.raises(ValidationError) as error:
        services.coauthor_accept(author=author, user=person)
    assert error.value.code == "answered"


def test_a_judge_named_as_coauthor_may_decline_but_not_accept():
    judge = UserFactory(role=Role.JUDGE)
    author = invite_coauthor(_group_entry(), judge)
    with pytest.raises(ValidationError) as error:
        services.coauthor_accept(author=author, user=judge)
    assert error.value.code == "not_entrant"
    services.coauthor_decline(author=author, user=judge)
    author.refresh_from_db()
    assert author.consent == AuthorConsent.DECLINED


# Submission


def test_submission_waits_for_every_coauthor_and_names_them():
    entry = _group_entry()
    add_writeup_row(entry)
    accepted, waiting, declined = (UserFactory(role=Role.ENTRANT) for _ in range(3))
    services.coauthor_accept(author=invite_coauthor(entry, accepted, share=10), user=accepted)
    invite_coauthor(entry, waiting, share=10)
    services.coauthor_decline(author=invite_coauthor(entry, declined, share=10), user=declined)
    entry.authors.filter(email=entry.owner.email).update(share=70)
    with pytest.raises(ValidationError) as error:
        entry_services.entry_submit(entry=entry, user=entry.owner)
    assert [e.code for e in error.value.error_dict["authors"]] == ["consent"]
    assert error.value.error_dict["authors"][0].messages == [
        "Chưa phải mọi đồng tác giả đều đã đồng ý: "
        f"{waiting.full_name} (Đã mời, chưa trả lời); {declined.full_name} (Đã từ chối). "
        "Bài dự thi chỉ nộp được khi từng người đã đồng ý; hãy bỏ tên những người đã từ chối "
        "hoặc đã rút khỏi bài."
    ]
    entry.refresh_from_db()
    assert entry.status == EntryStatus.DRAFT


def test_submission_goes_through_once_all_accepted():
    entry = _group_entry()
    add_writeup_row(entry)
    person = UserFactory(role=Role.ENTRANT)
    services.coauthor_accept(author=invite_coauthor(entry, person), user=person)
    result = entry_services.entry_submit(entry=entry, user=entry.owner, notify=False)
    assert result.entry.status == EntryStatus.SUBMITTED


def test_a_submitted_entry_cannot_name_a_new_person():
    entry = _group_entry()
    add_writeup_row(entry)
    person = UserFactory(role=Role.ENTRANT)
    services.coauthor_accept(author=invite_coauthor(entry, person), user=person)
    entry_services.entry_submit(entry=entry, user=entry.owner, notify=False)
    newcomer = UserFactory(role=Role.ENTRANT)
    rows = _authors(entry, person, newcomer)
    entry.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        entry_services.entry_save(
            entry=entry, user=entry.owner, data={"authors": rows}, version=entry.version
        )
    assert [e.code for e in error.value.error_dict["authors"]] == ["consent_after_submission"]
    assert not entry.authors.filter(email=newcomer.email).exists()


# Leaving


def test_leaving_a_draft_marks_the_row_and_records_it():
    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(entry, person)
    services.coauthor_accept(author=author, user=person)
    services.coauthor_leave(entry=entry, user=person)
    author.refresh_from_db()
    assert author.consent == AuthorConsent.LEFT
    assert _kinds(entry)[-1] == EntryEventKind.COAUTHOR_LEFT


def test_leaving_a_submitted_entry_is_refused():
    entry = _group_entry()
    add_writeup_row(entry)
    person = UserFactory(role=Role.ENTRANT)
    services.coauthor_accept(author=invite_coauthor(entry, person), user=person)
    entry_services.entry_submit(entry=entry, user=entry.owner, notify=False)
    with pytest.raises(ValidationError) as error:
        services.coauthor_leave(entry=entry, user=person)
    assert error.value.code == "submitted"


def test_the_entrant_cannot_leave_their_own_entry():
    entry = _group_entry()
    with pytest.raises(ValidationError) as error:
        services.coauthor_leave(entry=entry, user=entry.owner)
    assert error.value.code == "owner"


# Pages


def test_invitation_page_accept_opens_the_entry(client):
    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(entry, person)
    client.force_login(person)
    url = reverse("contest:coauthor_invitation", args=[author.invitation_token])
    page = client.get(url)
    assert page.status_code == 200
    assert "Đã mời, chưa trả lời" in page.content.decode()
    response = client.post(url, {"answer": "accept"})
    assert response.status_code == 302
    assert response.url == reverse("contest:entry_detail", args=[entry.public_id])
    detail = client.get(response.url).content.decode()
    assert "Quý vị đã là đồng tác giả của bài dự thi này." in detail
    assert "Đã đồng ý" in detail
    assert "Rời khỏi bài dự thi" in detail


def test_invitation_page_decline_returns_to_my_entries(client):
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(_group_entry(), person)
    client.force_login(person)
    response = client.post(
        reverse("contest:coauthor_invitation", args=[author.invitation_token]),
        {"answer": "decline"},
    )
    assert (response.status_code, response.url) == (302, reverse("contest:entry_list"))
    author.refresh_from_db()
    assert author.consent == AuthorConsent.DECLINED


def test_invitation_page_for_another_account_explains_and_changes_nothing(client):
    author = invite_coauthor(_group_entry(), UserFactory(role=Role.ENTRANT))
    client.force_login(UserFactory(role=Role.ENTRANT))
    url = reverse("contest:coauthor_invitation", args=[author.invitation_token])
    assert client.post(url, {"answer": "accept"}).status_code == 403
    page = client.get(url)
    assert page.status_code == 403
    assert "Lời mời này được gửi tới một địa chỉ email khác" in page.content.decode()
    author.refresh_from_db()
    assert author.consent == AuthorConsent.INVITED


def test_invited_person_does_not_see_the_entry_until_accepting(client):
    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(entry, person)
    client.force_login(person)
    assert client.get(reverse("contest:entry_detail", args=[entry.public_id])).status_code == 404
    listing = client.get(reverse("contest:entry_list")).content.decode()
    assert "Lời mời làm đồng tác giả" in listing
    assert f"/bai-du-thi/loi-moi/{author.invitation_token}/" in listing


def test_entry_page_shows_each_coauthors_state_in_vietnamese(client):
    entry = _group_entry()
    waiting, accepted, declined = (UserFactory(role=Role.ENTRANT) for _ in range(3))
    invite_coauthor(entry, waiting, share=10)
    services.coauthor_accept(author=invite_coauthor(entry, accepted, share=10), user=accepted)
    services.coauthor_decline(author=invite_coauthor(entry, declined, share=10), user=declined)
    Author.objects.create(
        entry=entry,
        full_name="Chưa gửi",
        unit="Sở Y tế",
        email="chua-gui@x.vn",
        share=10,
        position_in_list=9,
        consent=AuthorConsent.INVITED,
    )
    client.force_login(entry.owner)
    body = client.get(reverse("contest:entry_detail", args=[entry.public_id])).content.decode()
    states = {a.full_name: a.pk for a in entry.authors.all()}
    for name, label in [
        (waiting.full_name, "Đã mời, chưa trả lời"),
        (accepted.full_name, "Đã đồng ý"),
        (declined.full_name, "Đã từ chối"),
        ("Chưa gửi", "Chưa gửi lời mời"),
        (entry.owner.full_name, "Đã đồng ý"),
    ]:
        row = body.split(f'id="author-{states[name]}"')[1].split("</tr>")[0]
        assert f">{label}</span>" in row


def test_explicit_save_sends_invitations_and_autosave_does_not(
    client, django_capture_on_commit_callbacks
):
    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    client.force_login(entry.owner)
    fields = {"authors": _authors(entry, person)}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("contest:entry_autosave", args=[entry.public_id]),
            {"version": entry.version, "fields": fields},
            content_type="application/json",
        )
    assert response.status_code == 200
    assert mail.outbox == []
    entry.refresh_from_db()
    form = {
        "version": entry.version,
        "title": entry.title,
        "kind": entry.kind,
        "entrant_type": entry.entrant_type,
        "sector": entry.sector_id,
        "authors-TOTAL_FORMS": 2,
        "authors-INITIAL_FORMS": 0,
    }
    for n, row in enumerate(fields["authors"]):
        form.update({f"authors-{n}-{k}": v for k, v in row.items()})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("contest:entry_edit", args=[entry.public_id]), form)
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [[person.email]]


def test_leave_view_refuses_after_submission(client):
    entry = _group_entry()
    add_writeup_row(entry)
    person = UserFactory(role=Role.ENTRANT)
    services.coauthor_accept(author=invite_coauthor(entry, person), user=person)
    entry_services.entry_submit(entry=entry, user=entry.owner, notify=False)
    client.force_login(person)
    response = client.post(reverse("contest:entry_leave", args=[entry.public_id]))
    assert response.status_code == 302
    assert Entry.objects.get(pk=entry.pk).authors.get(email=person.email).consent == (
        AuthorConsent.ACCEPTED
    )


# Predicates, every role


def _role_user(role, author):
    if role == "invitee":
        return UserFactory(role=Role.ENTRANT, email=author.email)
    if role == "owner":
        return author.entry.owner
    return UserFactory(
        role={
            "other_entrant": Role.ENTRANT,
            "judge": Role.JUDGE,
            "secretariat": Role.SECRETARIAT,
            "organiser": Role.ORGANISER,
            "lead_agency": Role.LEAD_AGENCY,
        }[role]
    )


INVITATION_ROLES = [
    "invitee",
    "owner",
    "other_entrant",
    "judge",
    "secretariat",
    "organiser",
    "lead_agency",
]


@pytest.mark.parametrize("role", INVITATION_ROLES)
@pytest.mark.parametrize(
    "consent", [AuthorConsent.INVITED, AuthorConsent.ACCEPTED, AuthorConsent.DECLINED]
)
def test_invitation_permissions_for_role(role, consent):
    entry = _group_entry()
    author = Author.objects.create(
        entry=entry,
        full_name="Lê Văn Mời",
        unit="Sở Tư pháp",
        email="moi@x.vn",
        share=20,
        position_in_list=1,
        consent=AuthorConsent.INVITED,
    )
    services.coauthors_invite(entry=entry, actor=entry.owner)
    Author.objects.filter(pk=author.pk).update(consent=consent)
    author.refresh_from_db()
    user = _role_user(role, author)
    held = {
        perm
        for perm in ("view_invitation", "answer_invitation")
        if user.has_perm(f"contest.{perm}", author)
    }
    expected = set()
    if role == "invitee":
        expected = {"view_invitation"} | (
            {"answer_invitation"} if consent == AuthorConsent.INVITED else set()
        )
    assert held == expected


def test_invitation_permissions_for_anonymous():
    from django.contrib.auth.models import AnonymousUser

    author = invite_coauthor(_group_entry(), UserFactory(role=Role.ENTRANT))
    assert not AnonymousUser().has_perm("contest.view_invitation", author)
    assert not AnonymousUser().has_perm("contest.answer_invitation", author)


def test_invitation_of_a_submitted_entry_cannot_be_answered():
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(_group_entry(), person)
    Entry.objects.filter(pk=author.entry_id).update(
        status=EntryStatus.SUBMITTED, number=1, code="T-0001"
    )
    author = Author.objects.select_related("entry").get(pk=author.pk)
    assert person.has_perm("contest.view_invitation", author)
    assert not person.has_perm("contest.answer_invitation", author)


def test_migration_invites_the_coauthors_of_drafts_only():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("contest.migrations.0009_author_consent_and_invitations")
    draft = _group_entry()
    submitted = _group_entry(status=EntryStatus.SUBMITTED, number=1, code="T-0001")
    for entry in (draft, submitted):
        Author.objects.create(
            entry=entry,
            full_name="Lê Văn Cũ",
            unit="Sở Y tế",
            email="cu@x.vn",
            share=10,
            position_in_list=1,
        )
    migration.drafts_coauthors_invited(apps, None)
    consent = dict(Author.objects.filter(email="cu@x.vn").values_list("entry_id", "consent"))
    assert consent == {draft.pk: AuthorConsent.INVITED, submitted.pk: AuthorConsent.ACCEPTED}
    assert draft.authors.get(is_lead=True).consent == AuthorConsent.ACCEPTED


def test_files_of_an_entry_reach_a_coauthor_only_once_accepted():
    from contest.selectors import attachment_for_download

    entry = _group_entry()
    person = UserFactory(role=Role.ENTRANT)
    author = invite_coauthor(entry, person)
    writeup = add_writeup_row(entry)

    assert attachment_for_download(user=person, pk=writeup.pk) is None
    services.coauthor_accept(author=author, user=person)
    assert attachment_for_download(user=person, pk=writeup.pk) == writeup
    services.coauthor_leave(entry=entry, user=person)
    assert attachment_for_download(user=person, pk=writeup.pk) is None
