"""Official reports: the list of award winners, a round's score summary, judges' sheets.

Content is read back from the PDFs with pypdf and from the workbooks with openpyxl.
Labels are checked in English (the new strings are not yet in the Vietnamese catalogue);
names, titles and legal formulae are Vietnamese whatever the language.
"""

import hashlib
import io
import json
import unicodedata
from decimal import Decimal

import pytest
from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from pypdf import PdfReader

from contest.documents import fetcher as fetcher_module
from contest.documents.renderer import render_html
from contest.documents.resources import reset_resources
from contest.enums import Role
from contest.models import Author
from judging.enums import AggregationMethod
from judging.models import ResultSnapshot
from judging.reports import xlsx
from judging.reports.context import ascii_file_name
from judging.reports.results_list import TEMPLATE as RESULTS_TEMPLATE
from judging.reports.results_list import results_list, results_list_pdf
from judging.reports.score_sheets import score_sheets, score_sheets_pdf
from judging.reports.score_summary import score_summary, score_summary_pdf
from judging.reports.sources import frozen_result
from judging.services.results import prize_tiers_create_default, snapshot_freeze
from judging.views.reports import content_disposition
from tests.factories import (
    AssignmentFactory,
    CertificateSettingsFactory,
    EditionFactory,
    EligibleEntryFactory,
    JudgeFactory,
    RoundFactory,
    UserFactory,
    group_entry,
    score_assignment,
)

pytestmark = pytest.mark.django_db

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
HOSTILE_TITLE = '<img src="file:///etc/passwd">'
FIELD = "Cải cách thủ tục hành chính"  # the factories' first field

# Created in this order; printed in Vietnamese order (given name, middle, family).
JUDGE_NAMES = ["Nguyễn Văn An", "Lê Ánh", "Trần Thị An"]
JUDGES_SORTED = ["Trần Thị An", "Nguyễn Văn An", "Lê Ánh"]


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def pdf_pages(content: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def pdf_text(content: bytes) -> str:
    return "\n".join(pdf_pages(content))


def workbook(content: bytes):
    return load_workbook(io.BytesIO(content))


def rows_of(sheet, first_row: int) -> list[list]:
    return [list(row) for row in sheet.iter_rows(min_row=first_row, values_only=True)]


def in_order(text: str, needles) -> bool:
    """Every needle is in ``text``, each after the one before."""
    start = 0
    for needle in needles:
        found = text.find(needle, start)
        if found < 0:
            return False
        start = found + len(needle)
    return True


# --- a scored round ------------------------------------------------------------------------


def scored_round(n_entries=3, *, method=AggregationMethod.MEAN, titles=None):
    """A round "Vòng 1" judged by three judges; entry i's judge k gives 30-i, 20, 20+k.

    Judge totals are 70-i+k, criterion means (30-i, 20, 21), the final mean 71-i: the
    first entry ranks first.
    """
    round_ = RoundFactory(name="Vòng 1", position=1, method=method)
    judges = [JudgeFactory(full_name=name) for name in JUDGE_NAMES]
    entries = [
        EligibleEntryFactory(
            edition=round_.edition,
            title=titles[i] if titles else f"Giải pháp số {i + 1}",
        )
        for i in range(n_entries)
    ]
    for i, entry in enumerate(entries):
        for k, judge in enumerate(judges):
            score_assignment(
                AssignmentFactory(round=round_, entry=entry, judge=judge),
                [str(30 - i), "20", str(20 + k)],
                comment=f"Nhận xét {i + 1}-{k + 1}.",
            )
    return round_, judges, entries


FINAL, PRELIMINARY = "Vòng chung khảo", "Vòng sơ khảo"


def frozen(edition, *, ranking, tiers, vacant=(), actor=None):
    """A snapshot with a hand-written payload in the format of judging.snapshot."""
    payload = {
        "inputs": {
            "prize_tiers": [
                {"entrant_type": t, "rank": r, "name": n, "quota": 5} for t, r, n in tiers
            ]
        },
        "outputs": {
            "ranking": [
                {
                    "code": entry.code,
                    "entrant_type": entry.entrant_type,
                    "rank": rank,
                    "total": total,
                    "prize": prize,
                    "round": round_name,
                }
                for rank, (entry, prize, total, *named) in enumerate(ranking, start=1)
                for round_name in [named[0] if named else FINAL]
            ],
            "prizes": {
                "vacant": [{"entrant_type": t, "prize": p, "count": c} for t, p, c in vacant],
                "warnings": [],
            },
        },
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return ResultSnapshot.objects.create(
        edition=edition,
        round=edition.rounds.order_by("-position").first()
        or RoundFactory(edition=edition, criteria=[]),
        version=ResultSnapshot.objects.filter(edition=edition).count() + 1,
        payload=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        created_by=actor or UserFactory(role=Role.ORGANISER),
    )


INDIVIDUAL_TIERS = [("individual", 1, "Giải Nhất"), ("individual", 2, "Giải Nhì")]
TIERS = [*INDIVIDUAL_TIERS, ("individual", 3, "Giải Ba"), ("group", 1, "Giải Nhất")]


@pytest.fixture
def prize_edition():
    """Three individual winners and a group, frozen; the ranking order is not tier order."""
    edition = EditionFactory(name="Cuộc thi CCHC 2024")
    third = EligibleEntryFactory(edition=edition, title="Ý tưởng giải Ba")
    first = EligibleEntryFactory(edition=edition, title="Ý tưởng giải Nhất")
    second = EligibleEntryFactory(edition=edition, title="Ý tưởng giải Nhì")
    owner = UserFactory(role=Role.ENTRANT, full_name="Đỗ Minh Đức")
    group = group_entry(
        edition=edition,
        members=["Nguyễn Văn An", unicodedata.normalize("NFD", "Lê Ánh"), "Trần Thị An"],
        owner=owner,
        title="Giải pháp của nhóm",
    )
    loser = EligibleEntryFactory(edition=edition, title="Không đạt giải")
    # A prize override put the third prize first in the ranking.
    snapshot = frozen(
        edition,
        ranking=[
            (third, "Giải Ba", "95.00", PRELIMINARY),
            (group, "Giải Nhất", "92.50"),
            (first, "Giải Nhất", "90.00"),
            (second, "Giải Nhì", "85.25"),
            (loser, "", "60.00"),
        ],
        tiers=TIERS,
        vacant=[("group", "Giải Nhì", 1)],
    )
    return edition, snapshot, {"first": first, "second": second, "third": third, "group": group}


# --- sources: reading the frozen result defensively ----------------------------------------


def test_frozen_result_reads_snapshot_format(prize_edition):
    _edition, snapshot, entries = prize_edition

    result = frozen_result(snapshot)

    assert [(r.code, r.rank, r.total, r.prize) for r in result.winners] == [
        (entries["third"].code, 1, Decimal("95.00"), "Giải Ba"),
        (entries["group"].code, 2, Decimal("92.50"), "Giải Nhất"),
        (entries["first"].code, 3, Decimal("90.00"), "Giải Nhất"),
        (entries["second"].code, 4, Decimal("85.25"), "Giải Nhì"),
    ]
    assert len(result.rows) == 5
    assert [(t.entrant_type, t.rank, t.name) for t in result.tiers] == TIERS
    assert [(v.entrant_type, v.prize, v.count) for v in result.vacant] == [("group", "Giải Nhì", 1)]


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        "null",
        "[]",
        '{"outputs": null}',
        '{"outputs": {"ranking": "x"}, "inputs": {"prize_tiers": 3}}',
        '{"outputs": {"ranking": [null, 4, {"prize": "Giải Ba"}], "prizes": []}}',
    ],
)
def test_frozen_result_malformed_payload_is_empty(payload):
    snapshot = ResultSnapshot(payload=payload)

    result = frozen_result(snapshot)

    assert (result.rows, result.tiers, result.vacant) == ((), (), ())


def test_frozen_result_bad_numbers_become_none():
    snapshot = ResultSnapshot(
        payload=json.dumps(
            {"outputs": {"ranking": [{"code": "A-1", "rank": "x", "total": "abc", "prize": 0}]}}
        )
    )

    (row,) = frozen_result(snapshot).rows

    assert (row.code, row.rank, row.total, row.prize, row.entrant_type) == (
        "A-1",
        None,
        None,
        "",
        "",
    )


def test_frozen_result_reads_a_snapshot_frozen_by_the_service():
    round_, _judges, entries = scored_round(3)
    prize_tiers_create_default(edition=round_.edition)
    organiser = UserFactory(role=Role.ORGANISER)

    snapshot = snapshot_freeze(round_=round_, actor=organiser)
    result = frozen_result(snapshot)

    assert [(r.code, r.rank, r.total, r.prize, r.round_name) for r in result.rows] == [
        (entries[0].code, 1, Decimal("71.00"), "Giải Nhất", round_.name),
        (entries[1].code, 2, Decimal("70.00"), "Giải Nhì", round_.name),
        (entries[2].code, 3, Decimal("69.00"), "Giải Nhì", round_.name),
    ]
    assert ("individual", 4, "Giải Khuyến khích") in [
        (t.entrant_type, t.rank, t.name) for t in result.tiers
    ]


# --- the list of award winners -------------------------------------------------------------


def test_results_list_groups_by_entrant_type_then_tier_order(prize_edition):
    edition, _snapshot, entries = prize_edition

    report = results_list(edition=edition)

    assert [(g.entrant_type, g.prize, [w.code for w in g.winners]) for g in report.groups] == [
        ("individual", "Giải Nhất", [entries["first"].code]),
        ("individual", "Giải Nhì", [entries["second"].code]),
        ("individual", "Giải Ba", [entries["third"].code]),
        ("group", "Giải Nhất", [entries["group"].code]),
    ]
    assert [w.number for g in report.groups for w in g.winners] == [1, 2, 3, 4]
    assert report.winner_count == 4


def test_results_list_none_without_snapshot():
    assert results_list(edition=EditionFactory()) is None


def test_results_list_uses_latest_snapshot(prize_edition):
    edition, _snapshot, entries = prize_edition
    newer = frozen(edition, ranking=[(entries["second"], "Giải Nhất", "99.00")], tiers=TIERS)

    report = results_list(edition=edition)

    assert report.version == newer.version == 2
    assert [w.code for g in report.groups for w in g.winners] == [entries["second"].code]


def test_results_list_pdf_content_in_tier_order(prize_edition):
    edition, snapshot, _entries = prize_edition

    text = pdf_text(results_list_pdf(results_list(edition=edition)))

    assert MOTTO in text
    assert "LIST OF AWARD WINNERS" in text
    assert "Cuộc thi CCHC 2024" in text
    flat = text.replace("\n", " ")
    assert in_order(
        flat,
        [
            "INDIVIDUAL",
            "Giải Nhất (1)",
            "Ý tưởng giải Nhất",
            "Giải Nhì (1)",
            "Ý tưởng giải Nhì",
            "Giải Ba (1)",
            "Ý tưởng giải Ba",
            "GROUP",
            "Giải Nhất (1)",
            "Giải pháp của nhóm",
        ],
    )
    assert "Không đạt giải" not in text
    # Vietnamese decimal comma in both languages (config/formats).
    for score in ("90,00", "85,25", "95,00", "92,50"):
        assert score in text
    assert "Prizes not awarded: Giải Nhì (Group): 1" in flat
    assert "4 award-winning entries." in text
    assert f"SHA-256{snapshot.sha256}." in text.replace("\n", "").replace(" ", "")


def test_results_list_pdf_names_the_round_of_each_score(prize_edition):
    edition, _snapshot, _entries = prize_edition

    flat = pdf_text(results_list_pdf(results_list(edition=edition))).replace("\n", " ")

    assert "Scored in round" in flat
    assert in_order(flat, ["Ý tưởng giải Ba", "95,00", PRELIMINARY, "GROUP"])
    assert in_order(flat, ["Giải pháp của nhóm", "92,50", FINAL])
    assert flat.count(PRELIMINARY) == 1
    assert flat.count(FINAL) == 3


def test_results_list_pdf_group_members_in_vietnamese_order_nfc(prize_edition):
    edition, _snapshot, _entries = prize_edition

    text = pdf_text(results_list_pdf(results_list(edition=edition)))

    assert "Trần Thị An\nNguyễn Văn An\nLê Ánh\nĐỗ Minh Đức" in text
    assert unicodedata.normalize("NFD", "Lê Ánh") not in text


def test_results_list_pdf_signature_block_of_organisers_settings(prize_edition):
    edition, _snapshot, _entries = prize_edition
    CertificateSettingsFactory(edition=edition)

    with translation.override("vi"):
        text = pdf_text(results_list_pdf(results_list(edition=edition)))

    assert "UBND THÀNH PHỐ HÀ NỘI\nBAN TỔ CHỨC CUỘC THI" in text
    assert "Hà Nội, ngày 16 tháng 11 năm 2024" in text
    assert "TM. BAN TỔ CHỨC\nTRƯỞNG BAN" in text
    assert "Trần Văn Minh" in text


def test_results_list_pdf_blank_signature_without_settings(prize_edition):
    edition, _snapshot, _entries = prize_edition

    text = pdf_text(results_list_pdf(results_list(edition=edition)))

    assert "UBND THÀNH PHỐ HÀ NỘI\nORGANISING COMMITTEE" in text
    assert "ON BEHALF OF THE ORGANISING COMMITTEE\nCHAIR\n(Signature and full name)" in text


def test_results_list_xlsx_cells(prize_edition):
    edition, snapshot, entries = prize_edition

    sheet = workbook(xlsx.results_list_workbook(results_list(edition=edition))).active

    assert sheet.title == "List of award winners"
    assert sheet["A1"].value == "List of award winners"
    assert sheet["A2"].value == "Cuộc thi CCHC 2024"
    assert sheet["A3"].value.startswith("From the frozen result version 1 of ")
    assert sheet["A3"].value.endswith(f"SHA-256 {snapshot.sha256}.")
    group = entries["group"]
    assert rows_of(sheet, 5) == [
        [
            "No.",
            "Entrant type",
            "Prize",
            "Entry code",
            "Title",
            "Authors",
            "Agency",
            "Field",
            "Score",
            "Scored in round",
            "Rank",
        ],
        [
            1,
            "Individual",
            "Giải Nhất",
            entries["first"].code,
            "Ý tưởng giải Nhất",
            entries["first"].owner.full_name,
            entries["first"].agency_name,
            "Cải cách thủ tục hành chính",
            90,
            FINAL,
            3,
        ],
        [
            2,
            "Individual",
            "Giải Nhì",
            entries["second"].code,
            "Ý tưởng giải Nhì",
            entries["second"].owner.full_name,
            entries["second"].agency_name,
            "Cải cách thủ tục hành chính",
            85.25,
            FINAL,
            4,
        ],
        [
            3,
            "Individual",
            "Giải Ba",
            entries["third"].code,
            "Ý tưởng giải Ba",
            entries["third"].owner.full_name,
            entries["third"].agency_name,
            "Cải cách thủ tục hành chính",
            95,
            PRELIMINARY,
            1,
        ],
        [
            4,
            "Group",
            "Giải Nhất",
            group.code,
            "Giải pháp của nhóm",
            "Trần Thị An; Nguyễn Văn An; Lê Ánh; Đỗ Minh Đức",
            group.agency_name,
            "Cải cách thủ tục hành chính",
            92.5,
            FINAL,
            2,
        ],
    ]
    assert sheet["I6"].number_format == "0.00"


def test_results_list_xlsx_formula_text_kept_as_text():
    edition = EditionFactory()
    entry = EligibleEntryFactory(edition=edition, title='=HYPERLINK("http://x")')
    Author.objects.filter(entry=entry).update(full_name="@Nguyễn Văn An")
    frozen(edition, ranking=[(entry, "Giải Nhất", "90")], tiers=INDIVIDUAL_TIERS)

    sheet = workbook(xlsx.results_list_workbook(results_list(edition=edition))).active

    assert sheet["E6"].value == '\'=HYPERLINK("http://x")'
    assert sheet["E6"].data_type == "s"
    assert sheet["F6"].value == "'@Nguyễn Văn An"


# --- the score summary ------------------------------------------------------------------------


def test_score_summary_rows_means_and_judges_in_vietnamese_order():
    round_, _judges, entries = scored_round(3)

    summary = score_summary(round_=round_)

    assert [(j.label, j.name) for j in summary.judges] == [
        ("J1", "Trần Thị An"),
        ("J2", "Nguyễn Văn An"),
        ("J3", "Lê Ánh"),
    ]
    assert [(r.rank, r.code, r.criterion_means, r.judge_totals, r.total) for r in summary.rows] == [
        (
            i + 1,
            entries[i].code,
            (Decimal(30 - i), Decimal(20), Decimal(21)),
            # J1 is Trần Thị An, the third judge created (k=2); J3 is Lê Ánh (k=1).
            (Decimal(72 - i), Decimal(70 - i), Decimal(71 - i)),
            Decimal(71 - i),
        )
        for i in range(3)
    ]
    assert summary.method_label == "Mean"
    assert summary.max_total == Decimal(100)


def test_score_summary_pdf_content():
    round_, _judges, entries = scored_round(3)

    text = pdf_text(score_summary_pdf(score_summary(round_=round_)))

    assert MOTTO in text
    assert "SCORE SUMMARY\nVòng 1" in text
    assert "Aggregation method: Mean" in text
    assert "Judges: J1: Trần Thị An; J2: Nguyễn Văn An; J3: Lê Ánh" in text.replace("\n", " ")
    assert (
        f"1 {entries[0].code} Giải pháp số 1 Cải cách thủ tục hành chính "
        "30,00 20,00 21,00 72,00 70,00 71,00 71,00"
    ) in text.replace("\n", " ")
    assert "PREPARED BY" in text
    assert "ON BEHALF OF THE JURY\nCHAIR OF THE JURY" in text


def test_score_summary_judge_name_typed_decomposed_sorts_and_prints_composed():
    round_, judges, _entries = scored_round(1)
    decomposed = unicodedata.normalize("NFD", "Đặng Thị Ánh")
    type(judges[0]).objects.filter(pk=judges[0].pk).update(full_name=decomposed)

    summary = score_summary(round_=round_)
    text = pdf_text(score_summary_pdf(summary)).replace("\n", " ")

    # Two Ánh after the An; Lê Ánh, with no middle name, first of them.
    assert [j.name for j in summary.judges] == ["Trần Thị An", "Lê Ánh", decomposed]
    assert "J1: Trần Thị An; J2: Lê Ánh; J3: Đặng Thị Ánh" in text
    assert decomposed not in text


def test_score_summary_pdf_names_the_method():
    round_, _judges, _entries = scored_round(2, method=AggregationMethod.MEDIAN)

    summary = score_summary(round_=round_)
    text = pdf_text(score_summary_pdf(summary))
    sheet = workbook(xlsx.score_summary_workbook(summary)).active

    assert "Aggregation method: Median" in text
    assert sheet["A3"].value == "Aggregation method: Median"


def test_score_summary_missing_mark_listed_last_unranked():
    round_, judges, entries = scored_round(2)
    late = EligibleEntryFactory(edition=round_.edition, title="Chưa chấm xong")
    score_assignment(AssignmentFactory(round=round_, entry=late, judge=judges[0]), [40, 30, 30])
    AssignmentFactory(round=round_, entry=late, judge=judges[1])  # never scored

    summary = score_summary(round_=round_)
    text = pdf_text(score_summary_pdf(summary)).replace("\n", " ")

    assert [(r.code, r.rank, r.total, r.missing) for r in summary.rows] == [
        (entries[0].code, 1, Decimal("71.00"), False),
        (entries[1].code, 2, Decimal("70.00"), False),
        (late.code, None, None, True),
    ]
    assert summary.rows[2].judge_totals == (None, Decimal(100), None)
    assert f"— {late.code} Chưa chấm xong" in text
    assert "missing marks" in text


def test_score_summary_xlsx_cells():
    round_, _judges, entries = scored_round(2)

    sheet = workbook(xlsx.score_summary_workbook(score_summary(round_=round_))).active

    assert sheet["A1"].value == "Score summary: Vòng 1"
    assert rows_of(sheet, 5) == [
        [
            "Rank",
            "Entry code",
            "Title",
            "Field",
            "Tính mới (40)",
            "Tính khả thi (30)",
            "Hiệu quả (30)",
            "Trần Thị An",
            "Nguyễn Văn An",
            "Lê Ánh",
            "Judges",
            "Final score",
        ],
        [1, entries[0].code, "Giải pháp số 1", FIELD, 30, 20, 21, 72, 70, 71, "3/3", 71],
        [2, entries[1].code, "Giải pháp số 2", FIELD, 29, 20, 21, 71, 69, 70, "3/3", 70],
    ]
    assert sheet["L6"].number_format == "0.00"


# --- score sheets ------------------------------------------------------------------------


def test_score_sheets_one_per_judge_in_vietnamese_order():
    round_, _judges, entries = scored_round(2)

    report = score_sheets(round_=round_)

    assert [s.judge_name for s in report.sheets] == JUDGES_SORTED
    first = report.sheets[0]  # Trần Thị An, who gave 20 + 2 on the third criterion
    assert [(r.code, r.marks, r.total, r.submitted) for r in first.rows] == [
        (entries[0].code, (Decimal(30), Decimal(20), Decimal(22)), Decimal(72), True),
        (entries[1].code, (Decimal(29), Decimal(20), Decimal(22)), Decimal(71), True),
    ]


def test_score_sheets_pdf_each_judge_on_own_pages_with_signature():
    round_, _judges, _entries = scored_round(2)

    pages = pdf_pages(score_sheets_pdf(score_sheets(round_=round_)))

    starts = [i for i, page in enumerate(pages) if "SCORE SHEET" in page]
    assert len(starts) == 3
    assert [pages[i].split("Judge: ")[1].split("\n")[0] for i in starts] == JUDGES_SORTED
    for i, name in zip(starts, JUDGES_SORTED, strict=True):
        assert MOTTO in pages[i]
        end = [*starts, len(pages)][starts.index(i) + 1]
        sheet_text = "\n".join(pages[i:end])
        assert f"SCORED BY\n(Signature and full name)\n{name}" in sheet_text
        assert "Tính mới" in sheet_text
        assert "Sheets submitted: 2 of 2." in sheet_text


def test_score_sheets_pdf_vietnamese_signature_line_names_the_judge():
    round_, judges, _entries = scored_round(1)

    with translation.override("vi"):
        report = score_sheets(round_=round_, judge_id=judges[1].pk)
        text = pdf_text(score_sheets_pdf(report))

    assert "NGƯỜI CHẤM" in text
    assert text.rstrip().endswith("Lê Ánh")


def test_score_sheets_pdf_marks_and_comments():
    round_, _judges, entries = scored_round(1)

    text = pdf_text(score_sheets_pdf(score_sheets(round_=round_)))

    assert f"1 {entries[0].code} Giải pháp số 1 30,00 20,00 22,00 72,00" in text
    assert "Nhận xét 1-3." in text


def test_score_sheets_draft_prints_no_marks():
    round_, judges, entries = scored_round(1)
    draft = EligibleEntryFactory(edition=round_.edition, title="Bản nháp")
    score_assignment(
        AssignmentFactory(round=round_, entry=draft, judge=judges[2]), [1, 2, 3], submit=False
    )

    report = score_sheets(round_=round_, judge_id=judges[2].pk)
    text = pdf_text(score_sheets_pdf(report))

    assert [(r.code, r.marks, r.total, r.submitted) for r in report.sheets[0].rows] == [
        (entries[0].code, (Decimal(30), Decimal(20), Decimal(22)), Decimal(72), True),
        (draft.code, (None, None, None), None, False),
    ]
    assert f"2 {draft.code} Bản nháp not submitted" in text
    assert "Sheets submitted: 1 of 2." in text


def test_score_sheets_show_judges_copy_of_title():
    round_, _judges, entries = scored_round(1)
    entries[0].redactions = {"title": "Giải pháp của [đã ẩn]"}
    entries[0].save(update_fields=["redactions"])

    report = score_sheets(round_=round_)

    assert {row.title for sheet in report.sheets for row in sheet.rows} == {"Giải pháp của [đã ẩn]"}


def test_score_sheets_xlsx_one_worksheet_per_judge():
    round_, _judges, entries = scored_round(1)

    book = workbook(xlsx.score_sheets_workbook(score_sheets(round_=round_)))

    assert book.sheetnames == JUDGES_SORTED
    sheet = book["Trần Thị An"]
    assert sheet["A3"].value == "Judge: Trần Thị An"
    assert rows_of(sheet, 5) == [
        [
            "No.",
            "Entry code",
            "Title",
            "Tính mới (40)",
            "Tính khả thi (30)",
            "Hiệu quả (30)",
            "Total",
            "Status",
            "Comment",
        ],
        [1, entries[0].code, "Giải pháp số 1", 30, 20, 22, 72, "Submitted", "Nhận xét 1-3."],
    ]


def test_score_sheets_xlsx_sheet_names_valid_and_unique():
    round_ = RoundFactory()
    for name in ["Nguyễn Văn An", "Nguyễn Văn An", "A/B: [x]*?", "X" * 40]:
        AssignmentFactory(round=round_, judge=JudgeFactory(full_name=name))

    book = workbook(xlsx.score_sheets_workbook(score_sheets(round_=round_)))

    assert sorted(book.sheetnames) == sorted(
        ["Nguyễn Văn An", "Nguyễn Văn An (2)", "A B x", "X" * 31]
    )


# --- untrusted text --------------------------------------------------------------------------


@pytest.fixture
def fetch_spy(monkeypatch):
    requested = []
    original = fetcher_module.StaticOnlyURLFetcher.fetch

    def spying_fetch(self, url, headers=None):
        requested.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(fetcher_module.StaticOnlyURLFetcher, "fetch", spying_fetch)
    reset_resources()  # fresh objects, so fonts and stylesheets are fetched through the spy
    yield requested
    reset_resources()


def test_reports_hostile_title_escaped_and_nothing_fetched(fetch_spy):
    round_, _judges, entries = scored_round(1, titles=[HOSTILE_TITLE])
    frozen(round_.edition, ranking=[(entries[0], "Giải Nhất", "71")], tiers=INDIVIDUAL_TIERS)
    report = results_list(edition=round_.edition)

    pdfs = [
        results_list_pdf(report),
        score_summary_pdf(score_summary(round_=round_)),
        score_sheets_pdf(score_sheets(round_=round_)),
    ]

    static_prefix = fetcher_module.static_root().as_uri() + "/"
    assert fetch_spy  # fonts and stylesheets at least
    assert [url for url in fetch_spy if not url.startswith(("data:", static_prefix))] == []
    for pdf in pdfs:
        assert HOSTILE_TITLE in pdf_text(pdf).replace("\n", " ")
        assert b"/EmbeddedFile" not in pdf
    html = render_html(template_name=RESULTS_TEMPLATE, context={"report": report})
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    assert HOSTILE_TITLE not in html


# --- views: who may download ------------------------------------------------------------------


@pytest.fixture
def world():
    round_, judges, entries = scored_round(3)
    frozen(round_.edition, ranking=[(entries[0], "Giải Nhất", "71")], tiers=INDIVIDUAL_TIERS)
    return round_, judges, entries


def report_urls(round_, judge):
    edition_id = round_.edition_id
    return {
        "results_list_pdf": reverse("judging:report_results_list_pdf", args=[edition_id]),
        "results_list_xlsx": reverse("judging:report_results_list_xlsx", args=[edition_id]),
        "score_summary_pdf": reverse("judging:report_score_summary_pdf", args=[round_.pk]),
        "score_summary_xlsx": reverse("judging:report_score_summary_xlsx", args=[round_.pk]),
        "score_sheets_pdf": reverse("judging:report_score_sheets_pdf", args=[round_.pk]),
        "score_sheets_xlsx": reverse("judging:report_score_sheets_xlsx", args=[round_.pk]),
        "judge_sheet": reverse("judging:report_judge_score_sheet", args=[round_.pk, judge.pk]),
    }


REPORTS = [
    "results_list_pdf",
    "results_list_xlsx",
    "score_summary_pdf",
    "score_summary_xlsx",
    "score_sheets_pdf",
    "score_sheets_xlsx",
    "judge_sheet",
]
PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.mark.parametrize("report", REPORTS)
def test_report_view_anonymous_redirected_to_login(client, world, report):
    round_, judges, _entries = world
    url = report_urls(round_, judges[0])[report]

    response = client.get(url)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


@pytest.mark.parametrize("role", ["entrant", "judge"])
@pytest.mark.parametrize("report", REPORTS)
def test_report_view_forbidden_for_entrant_and_judge(client, world, report, role):
    round_, judges, _entries = world
    user = judges[0] if role == "judge" else UserFactory(role=Role.ENTRANT)
    client.force_login(user)

    response = client.get(report_urls(round_, judges[0])[report])

    assert response.status_code == 403


@pytest.mark.parametrize("role", [Role.SECRETARIAT, Role.ORGANISER])
@pytest.mark.parametrize("report", REPORTS)
def test_report_view_downloads_for_secretariat_and_organiser(client, world, report, role):
    round_, judges, _entries = world
    client.force_login(UserFactory(role=role))

    response = client.get(report_urls(round_, judges[0])[report])

    assert response.status_code == 200
    expected = PDF if report.endswith(("pdf", "sheet")) else XLSX
    assert response["Content-Type"] == expected
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["Cache-Control"] == "private, no-store"
    if expected == PDF:
        assert response.content.startswith(b"%PDF-")
    else:
        assert workbook(response.content).sheetnames


def test_report_view_vietnamese_file_name_with_ascii_fallback(client, world):
    round_, _judges, _entries = world
    client.force_login(UserFactory(role=Role.ORGANISER))

    response = client.get(reverse("judging:report_score_summary_pdf", args=[round_.pk]))

    assert response["Content-Disposition"] == (
        'attachment; filename="bang-tong-hop-diem-vong-1.pdf"; '
        "filename*=UTF-8''Score%20summary%20-%20V%C3%B2ng%201.pdf"
    )


def test_report_view_judge_sheet_file_name_names_the_judge(client, world):
    round_, judges, _entries = world
    client.force_login(UserFactory(role=Role.SECRETARIAT))

    response = client.get(
        reverse("judging:report_judge_score_sheet", args=[round_.pk, judges[1].pk])
    )

    assert response["Content-Disposition"].startswith(
        'attachment; filename="phieu-cham-diem-vong-1-le-anh.pdf"; '
    )
    assert pdf_text(response.content).count("SCORE SHEET") == 1
    assert "Judge: Lê Ánh" in pdf_text(response.content)


def test_content_disposition_strips_unsafe_characters():
    header = content_disposition(
        title='Phiếu "chấm"/điểm\r\n: vòng 1', ascii_name="Phiếu/chấm điểm", extension="pdf"
    )

    assert header == (
        'attachment; filename="phieu-cham-diem.pdf"; '
        "filename*=UTF-8''Phi%E1%BA%BFu%20ch%E1%BA%A5m%20%C4%91i%E1%BB%83m%20v%C3%B2ng%201.pdf"
    )


def test_report_view_judge_without_assignment_is_404(client, world):
    round_, _judges, _entries = world
    client.force_login(UserFactory(role=Role.ORGANISER))
    outsider = JudgeFactory()

    response = client.get(
        reverse("judging:report_judge_score_sheet", args=[round_.pk, outsider.pk])
    )

    assert response.status_code == 404


def test_report_view_unknown_round_or_edition_is_404(client, world):
    client.force_login(UserFactory(role=Role.ORGANISER))

    assert (
        client.get(reverse("judging:report_score_summary_pdf", args=[999_999])).status_code == 404
    )
    assert client.get(reverse("judging:report_results_list_pdf", args=[999_999])).status_code == 404


def test_report_view_results_list_without_snapshot_redirects_with_warning(client):
    round_, _judges, _entries = scored_round(1)
    client.force_login(UserFactory(role=Role.ORGANISER))

    response = client.get(reverse("judging:report_results_list_pdf", args=[round_.edition_id]))

    assert response.status_code == 302
    assert response.url == reverse("judging:ranking", args=[round_.pk])
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "No result of this edition has been frozen yet: there is no list to print."
    ]


@pytest.mark.parametrize("page", ["ranking", "progress"])
def test_round_pages_link_to_reports(client, world, page):
    round_, judges, _entries = world
    client.force_login(UserFactory(role=Role.SECRETARIAT))

    body = client.get(reverse(f"judging:{page}", args=[round_.pk])).content.decode()

    for name, url in report_urls(round_, judges[0]).items():
        if name == "judge_sheet":
            assert (url in body) == (page == "progress")
        else:
            assert f'href="{url}"' in body


# --- constant queries ------------------------------------------------------------------------

# session, user, the user's groups (permission), then per report:
QUERIES = {
    # edition, signer settings, latest snapshot, entries, their authors
    "results_list_pdf": 8,
    "results_list_xlsx": 8,
    # round with edition, signer settings, round_results (criteria, entries, assignments
    # with their sheets, judges, marks per sheet)
    "score_summary_pdf": 10,
    "score_summary_xlsx": 10,
    # round with edition, signer settings, criteria, assignments, marks
    "score_sheets_pdf": 8,
    "score_sheets_xlsx": 8,
    "judge_sheet": 8,
}


@pytest.mark.parametrize("size", [3, 12])
@pytest.mark.parametrize("report", REPORTS)
def test_report_view_query_count_constant(client, django_assert_num_queries, report, size):
    round_, judges, entries = scored_round(size)
    frozen(
        round_.edition,
        ranking=[(entry, "Giải Nhất", "71") for entry in entries],
        tiers=INDIVIDUAL_TIERS,
    )
    client.force_login(UserFactory(role=Role.ORGANISER))
    url = report_urls(round_, judges[0])[report]

    with django_assert_num_queries(QUERIES[report]):
        response = client.get(url)

    assert response.status_code == 200


def test_query_counts_cover_every_report():
    assert sorted(QUERIES) == sorted(REPORTS)


# --- the management command ---------------------------------------------------------------


def test_render_reports_command_writes_every_report(world, tmp_path):
    round_, judges, _entries = world
    out = io.StringIO()

    call_command(
        "render_reports",
        f"--edition={round_.edition_id}",
        f"--out={tmp_path}",
        "--language=en",
        stdout=out,
    )

    prefix = round_.edition.code_prefix.lower()
    judge_files = sorted(
        f"phieu-cham-diem-vong-1-{ascii_file_name(j.full_name)}-{j.pk}.pdf" for j in judges
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [
            f"danh-sach-dat-giai-{prefix}.pdf",
            f"danh-sach-dat-giai-{prefix}.xlsx",
            "bang-tong-hop-diem-vong-1.pdf",
            "bang-tong-hop-diem-vong-1.xlsx",
            "phieu-cham-diem-vong-1.pdf",
            "phieu-cham-diem-vong-1.xlsx",
            *judge_files,
        ]
    )
    assert out.getvalue().endswith(f"9 files written to {tmp_path}\n")
    single = (tmp_path / judge_files[0]).read_bytes()
    assert pdf_text(single).count("SCORE SHEET") == 1


def test_render_reports_command_unknown_edition_fails(tmp_path):
    with pytest.raises(CommandError, match="No edition 999999"):
        call_command("render_reports", "--edition", "999999", "--out", str(tmp_path))
