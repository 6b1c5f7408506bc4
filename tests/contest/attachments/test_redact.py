import io
import re
import zipfile

import defusedxml.ElementTree as SafeET
import pytest
from pypdf import PdfReader

from contest.attachments import AttachmentKind, validate_and_clean
from contest.attachments.enums import RedactionProblem
from contest.attachments.mentions import fold_aligned
from contest.attachments.redact import Problem, find_spans, redact
from tests.contest.attachments import files, hostile

TERMS = [hostile.AUTHOR, hostile.AGENCY]
MARK = "[…]"
W = f"{{{files.W_NS}}}"


def _judges_copy(content):
    return validate_and_clean(
        data=content, filename="x", allowed_kinds=list(AttachmentKind), max_bytes=10**7
    ).anonymised_content


def _pdf_text(content) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def _docx_text(content) -> dict[str, list[str]]:
    """Each part's paragraphs as Word shows them, read with a plain XML parser."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = [n for n in archive.namelist() if re.fullmatch(r"word/\w+\.xml", n)]
        parts = {}
        for name in names:
            root = SafeET.fromstring(archive.read(name))
            parts[name] = [
                "".join(t.text or "" for t in p.iter() if t.tag in (f"{W}t", f"{W}delText"))
                for p in root.iter(f"{W}p")
            ]
    return parts


def _names_left(text: str) -> list[str]:
    folded = " ".join(re.findall(r"[^\W\d_]+", fold_aligned(text)))
    return [
        term for term in TERMS if " ".join(re.findall(r"[^\W\d_]+", fold_aligned(term))) in folded
    ]


def test_redact_pdf_removes_names_from_content_streams_not_covering_them():
    copy = _judges_copy(hostile.pdf_naming_author())
    result = redact(content=copy, kind="pdf", terms=TERMS, mark=MARK)
    assert result.removed == 3
    assert (result.remaining, result.problems) == ([], [])
    assert _pdf_text(result.content) == [
        "Sang kien cai cach\nNhom tac gia:  va cong su\nCo quan: .",
        "Trang hai khong co ten.\nLien he: ",
    ]
    # Gone from the file itself: no old content stream left behind, no black box drawn.
    plain = hostile.plain_bytes(result.content)
    assert hostile.AUTHOR_ASCII.upper().encode() not in plain
    assert hostile.AGENCY_ASCII.encode() not in plain
    assert b" re f" not in plain


def test_redact_pdf_finds_names_cut_across_pieces_operators_fonts_and_lines():
    result = redact(
        content=_judges_copy(hostile.pdf_naming_author_split()),
        kind="pdf",
        terms=TERMS,
        mark=MARK,
    )
    assert result.removed == 3
    assert result.remaining == []
    text = _pdf_text(result.content)[0]
    assert _names_left(text) == []
    for kept in ("Nhom:", "va cong su", "Tac gia", "Don vi:", "Annam giu lai."):
        assert kept in text


def test_redact_pdf_identity_h_fonts_as_weasyprint_writes_them():
    copy = _judges_copy(hostile.pdf_naming_author_weasyprint())
    assert _names_left(_pdf_text(copy)[0]) == TERMS
    result = redact(content=copy, kind="pdf", terms=TERMS, mark=MARK)
    assert (result.removed, result.remaining, result.problems) == (2, [], [])
    text = _pdf_text(result.content)[0]
    assert _names_left(text) == []
    assert "Sáng kiến cải cách thủ tục." in text
    assert "Phần còn lại giữ nguyên." in text


def test_redact_pdf_says_what_it_could_not_remove():
    result = redact(
        content=_judges_copy(hostile.pdf_naming_author_in_cjk_font()),
        kind="pdf",
        terms=TERMS,
        mark=MARK,
    )
    assert result.removed == 0
    assert [(m.where, m.number, m.term) for m in result.remaining] == [("page", 1, hostile.AUTHOR)]
    assert result.problems == [
        Problem(where="page", number=1, term=hostile.AUTHOR, reason=RedactionProblem.FONT)
    ]


def test_redact_pdf_scanned_page_keeps_the_picture_and_says_so():
    result = redact(
        content=_judges_copy(hostile.pdf_scan_with_text_layer()),
        kind="pdf",
        terms=TERMS,
        mark=MARK,
    )
    assert (result.removed, result.remaining) == (1, [])
    assert result.problems == [
        Problem(where="page", number=1, term=hostile.AUTHOR, reason=RedactionProblem.HIDDEN)
    ]


def test_redact_pdf_without_mentions_returns_the_copy_unchanged():
    copy = _judges_copy(hostile.pdf_naming_author())
    result = redact(content=copy, kind="pdf", terms=["Trần Thị Bình"], mark=MARK)
    assert (result.content, result.removed, result.problems) == (copy, 0, [])


def test_redact_docx_removes_names_across_runs_and_nfd():
    result = redact(
        content=_judges_copy(hostile.docx_naming_author()), kind="docx", terms=TERMS, mark=MARK
    )
    assert (result.removed, result.remaining) == (2, [])
    assert _docx_text(result.content)["word/document.xml"] == [
        "Sáng kiến cải cách",
        "Tác giả: […], trưởng phòng.",
        "[…]",
    ]


def test_redact_docx_reaches_headers_notes_deletions_and_tabs():
    result = redact(
        content=_judges_copy(hostile.docx_naming_author_everywhere()),
        kind="docx",
        terms=TERMS,
        mark=MARK,
    )
    assert (result.removed, result.remaining) == (4, [])
    text = _docx_text(result.content)
    assert text["word/document.xml"] == ["Nội dung chính.", "Người viết:[…]", "[…] còn lại."]
    assert text["word/header1.xml"] == ["[…]"]
    assert text["word/footnotes.xml"] == ["Liên hệ […]"]


@pytest.mark.parametrize(
    ("pieces", "found"),
    [
        ([("An", ""), ("nam", "")], []),  # one word, one piece after the other
        ([("An", ""), ("nam", "soft")], [(0, 0)]),  # a move along the line may end a word
        ([("Nguy", ""), ("ễn", "soft"), ("Văn", "soft"), ("A", "soft")], [(0, 3)]),
        ([("Nguyễn", ""), ("Văn", "hard"), ("A", "hard")], [(0, 2)]),
        ([("Nguyễn", ""), ("Văn", ""), ("A", "")], []),
    ],
)
def test_find_spans_soft_gaps_may_split_or_join_words(pieces, found):
    spans = find_spans(pieces, ["An", hostile.AUTHOR])
    assert [(first, last) for first, last, _term in spans] == found


def test_redact_unreadable_copy_is_reported_not_raised():
    result = redact(content=b"%PDF-1.7 broken", kind="pdf", terms=TERMS, mark=MARK)
    assert (result.content, result.removed) == (b"%PDF-1.7 broken", 0)
    assert [(p.place, p.explanation) for p in result.problems] == [
        ("toàn bộ tệp", "không đọc được tệp để xoá tên")
    ]


def test_redact_pdf_reaches_text_drawn_from_a_form_xobject():
    copy = _judges_copy(hostile.pdf_naming_author_in_form())
    assert _names_left(_pdf_text(copy)[0]) == [hostile.AGENCY]
    result = redact(content=copy, kind="pdf", terms=TERMS, mark=MARK)
    assert (result.removed, result.remaining, result.problems) == (1, [], [])
    text = _pdf_text(result.content)[0]
    assert _names_left(text) == []
    assert "Phong Noi vu" in text
    assert "Noi dung." in text
    assert hostile.AGENCY_ASCII.encode() not in hostile.plain_bytes(result.content)
