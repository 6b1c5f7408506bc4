"""The entry form says which fields are needed, and an incomplete submit names them."""

import re

import pytest
from django.urls import reverse

from contest.enums import EntryStatus
from contest.models import Entry
from contest.models.entry import TEXT_LIMITS
from tests.factories import EntryFactory

pytestmark = pytest.mark.django_db


def _post_data(entry, **changes):
    data = {
        "version": entry.version,
        "title": entry.title,
        "sector": entry.sector_id or "",
        "kind": entry.kind,
        "entrant_type": entry.entrant_type,
        "summary": entry.summary,
        "problem": entry.problem,
        "solution": entry.solution,
        "novelty": entry.novelty,
        "feasibility": entry.feasibility,
        "effect": entry.effect,
        "replication": entry.replication,
        "video_url": "",
        "authors-TOTAL_FORMS": "1",
        "authors-INITIAL_FORMS": "0",
        "authors-MIN_NUM_FORMS": "0",
        "authors-MAX_NUM_FORMS": "50",
    }
    for i, a in enumerate(entry.authors.all()):
        for f in ("full_name", "unit", "job_title", "email", "share"):
            data[f"authors-{i}-{f}"] = getattr(a, f)
        data["authors-TOTAL_FORMS"] = str(i + 1)
    data.update(changes)
    return data


def test_edit_form_marks_required_to_submit_and_only_video_optional(client):
    entry = EntryFactory()
    client.force_login(entry.owner)
    body = client.get(reverse("contest:entry_edit", args=[entry.public_id])).content.decode()
    # 8 texts and the field; 4 per author row: the lead, the empty row, the JS template
    assert body.count("(bắt buộc khi nộp bài)") == 9 + 4 * 3
    optional = re.findall(r'for="(id_[\w-]+)">[^<]*<span class="muted">\(không bắt buộc\)', body)
    assert optional == [
        "id_video_url",
        "id_authors-0-job_title",
        "id_authors-1-job_title",
        "id_authors-__prefix__-job_title",
    ]
    assert body.count("(không bắt buộc)") == 4


def test_edit_form_shows_the_title_limit_before_typing(client):
    entry = EntryFactory()
    client.force_login(entry.owner)
    body = client.get(reverse("contest:entry_edit", args=[entry.public_id])).content.decode()
    limit = TEXT_LIMITS["title"]
    assert f'data-limit-for="id_title" data-limit="{limit}"' in body
    assert f'maxlength="{limit}"' in body
    assert f"Tối đa {limit:,} ký tự.".replace(",", ".") in body


def test_incomplete_submit_names_each_missing_field_and_links_to_it(client):
    entry = EntryFactory(title="", summary="", novelty="", sector=None)
    client.force_login(entry.owner)
    response = client.post(
        reverse("contest:entry_edit", args=[entry.public_id]),
        _post_data(entry, submit="1"),
    )
    body = response.content.decode()
    assert response.status_code == 422
    summary = body[
        body.index('class="error-summary"') : body.index(
            "</ul>", body.index('class="error-summary"')
        )
    ]
    links = re.findall(r'<a href="#([\w-]+)">([^<:]+):', summary)
    assert links == [
        ("id_title", "Tên bài dự thi"),
        ("id_sector", "Lĩnh vực"),
        ("id_summary", "Tóm tắt"),
        ("id_novelty", "Tính mới, tính sáng tạo"),
        ("files", "Tệp đính kèm"),
    ]
    assert 'id="id_title_error"' in body and 'id="files_error"' in body
    assert "Đã lưu." not in body
    entry.refresh_from_db()
    assert entry.status == EntryStatus.DRAFT
    # The saved version is in the re-shown form, so saving again is not refused as stale.
    assert f'name="version" value="{entry.version}"' in body


def test_author_removed_without_javascript_by_ticking_the_box(client):
    entry = EntryFactory()
    client.force_login(entry.owner)
    data = _post_data(entry, save="1")
    data.update(
        {
            "authors-TOTAL_FORMS": "2",
            "authors-1-full_name": "Trần Thị Hoa",
            "authors-1-unit": "UBND phường Hoàn Kiếm",
            "authors-1-email": "hoa@example.vn",
            "authors-1-share": "10",
            "authors-1-DELETE": "on",
        }
    )
    response = client.post(reverse("contest:entry_edit", args=[entry.public_id]), data)
    assert response.status_code == 302
    assert [a.full_name for a in Entry.objects.get().authors.all()] == [
        a.full_name for a in entry.authors.all()
    ]
    assert Entry.objects.get().authors.count() == 1
