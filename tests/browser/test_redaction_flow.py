"""Names in a write-up, as the secretariat and a judge meet them (issue 11): the screening
page warns that the file names its author and agency; the secretariat removes them from the
judges' copy with one button and reads the re-check; the assigned judge, on a phone,
opens the copy and it names nobody.

Selectors, not wording: the texts are translated separately.
"""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from contest.enums import EntryStatus, Role
from contest.models import Attachment, Entry
from contest.services import entries as entry_services
from contest.text import fold
from tests.browser.axe import assert_accessible
from tests.browser.test_submission_flow import _sign_in
from tests.contest.attachments import hostile
from tests.factories import (
    AgencyFactory,
    AssignmentFactory,
    EditionFactory,
    EntryFactory,
    RoundFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def submitted(transactional_db):
    """An entry whose write-up names its author and agency on the first page, submitted."""
    from contest.accounts.roles import ensure_role_groups

    ensure_role_groups()
    owner = UserFactory(
        full_name=hostile.AUTHOR, agency=AgencyFactory(name=hostile.AGENCY), role=Role.ENTRANT
    )
    entry = EntryFactory(owner=owner, edition=EditionFactory(max_writeup_mb=5))
    client = Client()
    client.force_login(owner)
    client.post(
        reverse("contest:attachment_upload", args=[entry.public_id]),
        {"role": "writeup", "file": SimpleUploadedFile("bai.pdf", hostile.pdf_naming_author())},
    )
    entry_services.entry_submit(entry=entry, user=owner, notify=False)
    return Entry.objects.get(pk=entry.pk)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W\d_]+", fold(text)))


def test_redaction_flow_secretariat_removes_names_and_the_judge_sees_none(
    submitted, live_server, page, phone_page
):
    base = live_server.url
    secretary = UserFactory(email="thuky@demo.example", role=Role.SECRETARIAT)
    _sign_in(page, base, secretary.email)
    page.goto(base + f"/thu-ky/bai-du-thi/{submitted.public_id}/")
    warning = page.locator(".message--warning", has=page.locator("button[name=files]"))
    assert warning.count() == 1
    assert_accessible(page, where="screening page, a file naming its author")
    warning.locator("button[name=files]").click()
    page.wait_for_url(re.compile(r"/thu-ky/bai-du-thi/"))
    # The re-check: the file's block now reports success, and offers no second removal.
    assert page.locator(".message--success").count() >= 1
    assert page.locator("button[name=files]").count() == 0
    assert_accessible(page, where="screening page after the redaction")

    # The assigned judge opens the judges' copy from their score page, on a phone.
    Entry.objects.filter(pk=submitted.pk).update(
        status=EntryStatus.ELIGIBLE, number=1, code="ST-0001"
    )
    assignment = AssignmentFactory(
        entry=Entry.objects.get(pk=submitted.pk),
        round=RoundFactory(edition=submitted.edition),
        judge=UserFactory(email="giamkhao@demo.example", role=Role.JUDGE),
    )
    attachment = Attachment.objects.get(entry=submitted)
    _sign_in(phone_page, base, assignment.judge.email)
    phone_page.goto(base + f"/giam-khao/cham/{assignment.pk}/")
    # The copy opens in the browser's viewer: fetch what the link serves, with the judge's
    # session, to read it.
    link = phone_page.locator(f'a[href="/giam-khao/cham/{assignment.pk}/tep/{attachment.pk}/"]')
    assert link.count() == 1
    response = phone_page.request.get(base + link.get_attribute("href"))
    assert response.status == 200
    copy = response.body()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(copy)).pages)
    for name in (hostile.AUTHOR, hostile.AGENCY):
        assert _words(name) not in _words(text)
    assert "Sang kien cai cach" in text
