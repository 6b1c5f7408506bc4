import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from contest.attachments import AttachmentKind, validate_and_clean
from contest.attachments.mentions import find_in_text, find_mentions
from contest.enums import Role
from contest.services import attachments as attachment_services
from contest.services import entries as entry_services
from tests.contest.attachments import hostile
from tests.factories import AgencyFactory, EntryFactory, UserFactory

TERMS = [hostile.AUTHOR, hostile.AGENCY]


def _judges_copy(content):
    return validate_and_clean(
        data=content, filename="x", allowed_kinds=list(AttachmentKind), max_bytes=10**7
    ).anonymised_content


@pytest.mark.parametrize(
    "text",
    [
        "NGUYEN-VAN  a đã viết",
        unicodedata.normalize("NFD", "tác giả nguyễn văn A."),
        "x/Nguyễn_Văn_A",
    ],
)
def test_find_in_text_is_accent_case_nfd_and_separator_insensitive(text):
    assert [term for term, _snippet in find_in_text(text, TERMS)] == [hostile.AUTHOR]


def test_find_in_text_needs_whole_words():
    assert find_in_text("Nguyễn Văn Anh và Annam", ["Nguyễn Văn A", "An"]) == []


def test_find_mentions_pdf_gives_page_and_snippet():
    mentions = find_mentions(
        content=_judges_copy(hostile.pdf_naming_author()), kind="pdf", terms=TERMS
    )
    assert [(m.where, m.number, m.term) for m in mentions] == [
        ("page", 1, hostile.AUTHOR),
        ("page", 1, hostile.AGENCY),
        ("page", 2, hostile.AUTHOR),
    ]
    assert "Lien he: Nguyen Van A" in mentions[2].snippet


def test_find_mentions_docx_gives_paragraph_across_runs():
    mentions = find_mentions(
        content=_judges_copy(hostile.docx_naming_author()), kind="docx", terms=TERMS
    )
    assert [(m.where, m.number, m.term) for m in mentions] == [
        ("paragraph", 2, hostile.AUTHOR),
        ("paragraph", 3, hostile.AGENCY),
    ]
    assert mentions[0].snippet == "Tác giả: Nguyễn Văn A, trưởng phòng."


@pytest.mark.django_db
def test_screening_detail_warns_where_a_file_names_the_author(client):
    owner = UserFactory(full_name=hostile.AUTHOR, agency=AgencyFactory(name=hostile.AGENCY))
    entry = EntryFactory(owner=owner)
    attachment_services.attachment_add(
        entry=entry,
        user=owner,
        upload=SimpleUploadedFile("bai.pdf", hostile.pdf_naming_author()),
        role="writeup",
    )
    entry_services.entry_submit(entry=entry, user=owner, notify=False)
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    response = client.get(reverse("contest:screening_detail", args=[entry.public_id]))
    found = [(check.attachment, check.mentions) for check in response.context["file_mentions"]]
    # The terms come from a set, so only the places, not their order, are fixed.
    assert sorted((m.number, m.term) for _attachment, mentions in found for m in mentions) == [
        (1, hostile.AUTHOR),
        (1, hostile.AGENCY),
        (2, hostile.AUTHOR),
    ]
    assert "bai.pdf, trang 1: “Nguyễn Văn A”" in response.content.decode()
