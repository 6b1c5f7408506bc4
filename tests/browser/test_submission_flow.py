import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader

from contest.demo import demo_pdf
from contest.enums import EntryStatus, Role
from contest.models import Entry
from tests.browser.axe import assert_accessible
from tests.factories import EditionFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "MatKhau@2024-dai"


@pytest.fixture
def people(transactional_db):
    from contest.accounts.roles import ensure_role_groups

    ensure_role_groups()
    edition = EditionFactory(name="Cuộc thi thử nghiệm trình duyệt", code_prefix="CCHC2026")
    entrant = UserFactory(
        email="thisinh1@demo.example", full_name="Phạm Thu Trang", role=Role.ENTRANT
    )
    secretary = UserFactory(email="thuky@demo.example", role=Role.SECRETARIAT)
    return edition, entrant, secretary


def _sign_in(page, base, email):
    page.goto(base + "/accounts/login/")
    page.get_by_label("Thư điện tử").fill(email)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(base + "/")


def _new_draft(page, base, email):
    """Signed in as ``email``, the entrant creates an entry and lands on its edit page."""
    _sign_in(page, base, email)
    page.goto(base + "/bai-du-thi/")
    page.get_by_role("button", name="Tạo bài dự thi mới").click()
    page.wait_for_url(re.compile(r"/bai-du-thi/[0-9a-f-]+/sua/$"))


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def test_entrant_submits_and_secretariat_marks_eligible(people, live_server, page, tmp_path):
    _edition, entrant, secretary = people
    base = live_server.url
    _new_draft(page, base, entrant.email)
    page.get_by_label("Tên bài dự thi").fill("Đặt lịch hẹn trực tuyến tại bộ phận một cửa")
    page.get_by_label("Lĩnh vực").select_option(label="Cải cách thủ tục hành chính")
    page.get_by_label("Tóm tắt").fill("Người dân đặt lịch trước, không phải xếp hàng.")
    for label, text in [
        ("Vấn đề và thực trạng", "Người dân chờ trung bình 45 phút."),
        ("Nội dung ý tưởng, giải pháp", "Hệ thống đặt lịch gắn với phần mềm một cửa."),
        ("Tính mới, tính sáng tạo", "Lần đầu kết nối lịch hẹn với hồ sơ điện tử."),
        ("Tính khả thi và chi phí", "Chi phí khoảng 60.000.000 đồng."),
        ("Hiệu quả dự kiến", "Giảm một nửa thời gian chờ."),
        ("Khả năng nhân rộng", "Áp dụng cho mọi phường."),
    ]:
        page.get_by_label(label, exact=False).first.fill(text)
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_url(re.compile(r"/sua/$"))

    pdf_path = tmp_path / "thuyet-minh.pdf"
    pdf_path.write_bytes(demo_pdf())
    png_path = tmp_path / "so-do.png"
    png_path.write_bytes(_png())
    for role, path in [("Bản thuyết minh", pdf_path), ("Hình ảnh minh họa", png_path)]:
        page.get_by_label("Loại tệp").select_option(label=role)
        page.locator("input[type=file]").set_input_files(str(path))
        page.get_by_role("button", name="Tải lên").click()
        page.wait_for_url(re.compile(r"/sua/$"))
    assert page.get_by_text("thuyet-minh.pdf").is_visible()
    assert page.get_by_text("so-do.png").is_visible()
    assert_accessible(page, where="entry form with its files")

    page.get_by_role("button", name="Lưu và nộp bài").click()
    page.wait_for_url(re.compile(r"/bien-nhan/$"))
    code = page.locator("#entry-code").inner_text()
    assert code == "CCHC2026-0001"
    assert_accessible(page, where="receipt")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải phiếu tiếp nhận (PDF)").click()
    receipt = PdfReader(download_info.value.path())
    assert code in receipt.pages[0].extract_text()

    secretary_page = page.context.browser.new_page()
    _sign_in(secretary_page, base, secretary.email)
    secretary_page.goto(base + "/thu-ky/bai-du-thi/?q=dat+lich+hen")
    assert_accessible(secretary_page, where="screening list")
    secretary_page.get_by_role("link", name=code).click()
    secretary_page.wait_for_url(re.compile(r"/thu-ky/bai-du-thi/[0-9a-f-]+/$"))
    assert_accessible(secretary_page, where="screening an entry")
    secretary_page.get_by_label("Xác định hợp lệ").check()
    secretary_page.get_by_role("button", name="Lưu kết quả kiểm tra").click()
    secretary_page.wait_for_load_state()
    assert Entry.objects.get(code=code).status == EntryStatus.ELIGIBLE
    secretary_page.close()

    page.goto(base + "/bai-du-thi/")
    assert page.get_by_text("Hợp lệ").first.is_visible()
    assert_accessible(page, where="my entries")


def test_incomplete_submit_shows_error_summary_linking_each_missing_field(
    people, live_server, page
):
    _edition, entrant, _secretary = people
    base = live_server.url
    _new_draft(page, base, entrant.email)
    page.get_by_label("Tên bài dự thi").fill("Một cửa không giấy")
    page.get_by_role("button", name="Lưu và nộp bài").click()
    page.wait_for_load_state()

    summary = page.locator("[data-error-summary]")
    # At the top, before the first field, and focused, so that reading starts there.
    assert summary.evaluate("el => el === document.activeElement")
    assert summary.bounding_box()["y"] < page.locator("#id_title").bounding_box()["y"]
    links = summary.locator("a")
    shown = [
        (links.nth(i).get_attribute("href"), links.nth(i).inner_text().split(":")[0])
        for i in range(links.count())
    ]
    assert shown == [
        ("#id_sector", "Lĩnh vực"),
        ("#id_summary", "Tóm tắt"),
        ("#id_problem", "Vấn đề và thực trạng"),
        ("#id_solution", "Nội dung ý tưởng, giải pháp"),
        ("#id_novelty", "Tính mới, tính sáng tạo"),
        ("#id_feasibility", "Tính khả thi và chi phí"),
        ("#id_effect", "Hiệu quả dự kiến hoặc đã đạt được"),
        ("#id_replication", "Khả năng nhân rộng"),
        ("#files", "Tệp đính kèm"),
    ]
    # Each link leads to the field it names: its label, and its own error beside it.
    for href, name in shown[:-1]:
        field_id = href[1:]
        assert page.locator(f"label[for={field_id}]").inner_text().startswith(name)
        assert page.locator(f"#{field_id}_error").count() == 1
    assert page.locator("#files #files_error").count() == 1
    assert_accessible(page, where="entry form with errors")
    links.nth(1).click()
    assert page.evaluate("location.hash") == "#id_summary"
    assert page.locator("#id_summary").evaluate("el => el.matches(':target')")
