"""The similarity index on its own: accent- and case-insensitive, passages, filters."""

import io
import zipfile

from initiatives.similarity import SHOW_THRESHOLD, SimilarityIndex, matching_passages
from initiatives.similarity.extract import docx_text, pdf_text, writeup_text

ONE_STOP = (
    "Người dân đặt lịch hẹn trực tuyến trước khi đến bộ phận một cửa của phường. "
    "Hồ sơ được số hóa ngay khi tiếp nhận và chuyển thẳng cho cán bộ thụ lý. "
    "Thời gian chờ tại quầy giảm từ 45 phút xuống còn 10 phút."
)
ONE_STOP_TYPED_PLAIN = (
    "NGUOI DAN dat lich hen truc tuyen truoc khi den bo phan mot cua cua phuong. "
    "Ho so duoc so hoa ngay khi tiep nhan va chuyen thang cho can bo thu ly. "
    "Thoi gian cho tai quay giam tu 45 phut xuong con 10 phut."
)
BUDGET = (
    "Công khai dự toán ngân sách xã trên bảng tin điện tử để người dân theo dõi. "
    "Mỗi khoản chi lớn được đăng kèm chứng từ và ý kiến của ban thanh tra nhân dân."
)
PAYROLL = (
    "Đánh giá công chức hằng tháng bằng phần mềm theo kết quả công việc được giao, "
    "thay cho việc bình xét cuối năm dựa vào cảm tính."
)


def test_index_matches_text_typed_without_accents_in_capitals():
    index = SimilarityIndex({1: ONE_STOP, 2: ONE_STOP_TYPED_PLAIN, 3: BUDGET, 4: PAYROLL})
    matches = index.similar(1, threshold=0)
    assert matches[0].key == 2
    assert matches[0].score >= SHOW_THRESHOLD
    assert all(m.score < SHOW_THRESHOLD for m in matches[1:])


def test_index_among_limits_the_candidates():
    index = SimilarityIndex({1: ONE_STOP, 2: ONE_STOP_TYPED_PLAIN, 3: BUDGET})
    assert [m.key for m in index.similar(1, among=[3], threshold=0)] == [3]


def test_index_query_ranks_a_new_text():
    index = SimilarityIndex({1: ONE_STOP, 3: BUDGET, 4: PAYROLL})
    assert index.query(ONE_STOP_TYPED_PLAIN, threshold=SHOW_THRESHOLD)[0].key == 1


def test_passages_pair_the_matching_sentences_once_each():
    passages = matching_passages(ONE_STOP + " " + BUDGET, PAYROLL + " " + ONE_STOP_TYPED_PLAIN)
    assert len(passages) == 3
    assert passages[0]["first"].startswith(("Người dân", "Hồ sơ", "Thời gian"))
    assert len({p["first"] for p in passages}) == 3
    assert all(BUDGET.split(".")[0] not in p["first"] for p in passages)


def test_passages_of_unrelated_texts_are_empty():
    assert matching_passages(BUDGET, PAYROLL) == []


def _docx(paragraphs):
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.'
        f'openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("word/document.xml", xml.encode())
    return buffer.getvalue()


def test_extract_docx_keeps_paragraphs_and_entities():
    data = _docx(["Một cửa &amp; số hóa", "Đặt lịch hẹn"])
    assert docx_text(data) == "\nMột cửa & số hóa\nĐặt lịch hẹn"
    assert writeup_text(data, "docx") == docx_text(data)


def test_extract_pdf_text_and_garbage_is_empty():
    from weasyprint import HTML

    pdf = HTML(string="<p>Đặt lịch hẹn trực tuyến</p>").write_pdf()
    assert "lịch hẹn" in pdf_text(pdf)
    assert pdf_text(b"%PDF-1.7 not really") == ""
    assert writeup_text(b"\x89PNG", "png") == ""
