"""A co-author's consent, as the two people meet it (issue 14): the entrant names a colleague
and saves; the colleague, on a phone, follows the emailed link, accepts, and reaches the
entry; the entrant's page then says they accepted.

Selectors, not wording, except where the wording is what the person reads to act.
"""

import re

import pytest
from django.core import mail

from contest.enums import AuthorConsent, Role
from contest.models import Author, Entry
from tests.browser.axe import assert_accessible
from tests.browser.test_submission_flow import _new_draft, _sign_in
from tests.factories import EditionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def people(transactional_db):
    from contest.accounts.roles import ensure_role_groups

    ensure_role_groups()
    EditionFactory(name="Cuộc thi thử nghiệm đồng tác giả", code_prefix="CCHC2026")
    entrant = UserFactory(
        email="truongnhom@demo.example", full_name="Phạm Thu Trang", role=Role.ENTRANT
    )
    colleague = UserFactory(
        email="dongtacgia@demo.example", full_name="Lê Văn Bình", role=Role.ENTRANT
    )
    return entrant, colleague


def test_coauthor_flow_colleague_accepts_on_a_phone(people, live_server, page, phone_page):
    entrant, colleague = people
    base = live_server.url

    _new_draft(page, base, entrant.email)
    entry = Entry.objects.get(owner=entrant)
    page.locator("select[name=entrant_type]").select_option(value="group")
    page.locator("input[name=authors-0-share]").fill("60")
    page.locator("input[name=authors-1-full_name]").fill(colleague.full_name)
    page.locator("input[name=authors-1-unit]").fill("Sở Tư pháp")
    page.locator("input[name=authors-1-email]").fill(colleague.email)
    page.locator("input[name=authors-1-share]").fill("40")
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_load_state()
    author = Author.objects.get(entry=entry, email=colleague.email)
    assert author.consent == AuthorConsent.INVITED

    (invitation,) = [m for m in mail.outbox if colleague.email in m.to]
    (link,) = re.findall(r"https?://[^\s]+/bai-du-thi/loi-moi/[^\s/]+/", invitation.body)
    path = re.sub(r"^https?://[^/]+", "", link)

    _sign_in(phone_page, base, colleague.email)
    phone_page.goto(base + path)
    assert phone_page.locator("#invitation-state .consent--invited").count() == 1
    assert_accessible(phone_page, where="co-author invitation, phone")
    phone_page.locator("input[name=answer][value=accept]").check()
    phone_page.locator("main form button[type=submit]").click()
    phone_page.wait_for_url(base + f"/bai-du-thi/{entry.public_id}/")
    author.refresh_from_db()
    assert author.consent == AuthorConsent.ACCEPTED
    assert_accessible(phone_page, where="co-authored entry, phone")

    page.goto(base + f"/bai-du-thi/{entry.public_id}/")
    assert page.locator(f"#author-{author.pk} .consent--accepted").count() == 1
