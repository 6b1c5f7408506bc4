"""A judge's scores: validation, submission, locking, reopening, versions, the frozen rubric."""

from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from judging.enums import AuditAction, SheetStatus
from judging.models import AuditEvent, Criterion, Round, Score, ScoreSheet
from judging.services.rounds import guard_rubric_change, rubric_is_frozen
from judging.services.scoring import SheetConflict, score_reopen, score_save
from tests.factories import AssignmentFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def assignment():
    """Criteria worth 40, 30 and 30 points, scored in steps of 0.5."""
    return AssignmentFactory()


def _criteria(assignment):
    return list(assignment.round.criteria.order_by("sort_order"))


def _save(assignment, points, **kwargs):
    scores = {c.pk: p for c, p in zip(_criteria(assignment), points, strict=True)}
    return score_save(assignment=assignment, judge=assignment.judge, scores=scores, **kwargs)


def _codes(error: ValidationError) -> dict[str, list[str]]:
    return {field: [e.code for e in errors] for field, errors in error.error_dict.items()}


# --- values ------------------------------------------------------------------------------


def test_score_save_above_maximum_is_refused_with_range_code(assignment):
    first = _criteria(assignment)[0]
    with pytest.raises(ValidationError) as caught:
        _save(assignment, ["40.5", "10", "10"])
    assert _codes(caught.value) == {f"criterion_{first.pk}": ["range"]}
    assert Score.objects.count() == 0


def test_score_save_negative_is_refused_with_range_code(assignment):
    second = _criteria(assignment)[1]
    with pytest.raises(ValidationError) as caught:
        _save(assignment, ["10", "-0.5", "10"])
    assert _codes(caught.value) == {f"criterion_{second.pk}": ["range"]}


def test_score_save_not_a_number_is_refused_with_range_code(assignment):
    third = _criteria(assignment)[2]
    with pytest.raises(ValidationError) as caught:
        _save(assignment, ["10", "10", "mười"])
    assert _codes(caught.value) == {f"criterion_{third.pk}": ["range"]}


def test_score_save_off_step_is_refused_with_step_code(assignment):
    first, _, third = _criteria(assignment)
    with pytest.raises(ValidationError) as caught:
        _save(assignment, ["12.3", "10", "7.25"])
    assert _codes(caught.value) == {
        f"criterion_{first.pk}": ["step"],
        f"criterion_{third.pk}": ["step"],
    }


def test_score_save_bounds_and_decimal_comma_are_accepted(assignment):
    sheet = _save(assignment, ["40", "0", "12,5"], submit=True)
    assert sheet.total == Decimal("52.50")
    assert sorted(Score.objects.values_list("points", flat=True)) == [
        Decimal("0"),
        Decimal("12.5"),
        Decimal("40"),
    ]


def test_score_save_total_applies_weights():
    assignment = AssignmentFactory(round__criteria=[("A", 10, "2"), ("B", 10, "0.5")])
    sheet = _save(assignment, ["7.5", "9"], submit=True)
    assert sheet.total == Decimal("19.50")


def test_score_save_draft_may_leave_criteria_empty(assignment):
    sheet = _save(assignment, ["20", "", None])
    assert sheet.status == SheetStatus.DRAFT
    assert sheet.total == Decimal("20.00")
    assert sheet.submitted_at is None
    assert Score.objects.count() == 1


def test_score_submit_requires_every_criterion(assignment):
    _, second, third = _criteria(assignment)
    with pytest.raises(ValidationError) as caught:
        _save(assignment, ["20", "", None], submit=True)
    assert _codes(caught.value) == {
        f"criterion_{second.pk}": ["required"],
        f"criterion_{third.pk}": ["required"],
    }
    assert Score.objects.count() == 0


def test_score_save_by_another_judge_is_refused(assignment):
    with pytest.raises(ValidationError) as caught:
        score_save(assignment=assignment, judge=UserFactory(), scores={}, submit=False)
    assert caught.value.code == "not_assigned"


def test_score_save_on_inactive_assignment_is_refused():
    assignment = AssignmentFactory(active=False)
    with pytest.raises(ValidationError) as caught:
        _save(assignment, ["1", "1", "1"])
    assert caught.value.code == "not_assigned"


# --- comments ----------------------------------------------------------------------------


@pytest.fixture
def strict_assignment():
    return AssignmentFactory(
        round__comment_required_below=Decimal("50"), round__comment_required_above=Decimal("90")
    )


@pytest.mark.parametrize("points", [["20", "14.5", "15"], ["40", "30", "20.5"]])
def test_score_submit_outside_thresholds_requires_comment(strict_assignment, points):
    with pytest.raises(ValidationError) as caught:
        _save(strict_assignment, points, comment="  ", submit=True)
    assert list(caught.value.message_dict) == ["comment"]
    assert not ScoreSheet.objects.filter(assignment=strict_assignment).exists()


@pytest.mark.parametrize(
    ("points", "total"), [(["20", "15", "15"], "50.00"), (["40", "30", "20"], "90.00")]
)
def test_score_submit_at_thresholds_needs_no_comment(strict_assignment, points, total):
    sheet = _save(strict_assignment, points, comment="", submit=True)
    assert sheet.status == SheetStatus.SUBMITTED
    assert sheet.total == Decimal(total)


def test_score_submit_below_threshold_with_comment_is_accepted(strict_assignment):
    sheet = _save(strict_assignment, ["10", "10", "10"], comment=" Chưa khả thi. ", submit=True)
    assert sheet.comment == "Chưa khả thi."
    assert sheet.total == Decimal("30.00")


def test_score_draft_below_threshold_needs_no_comment(strict_assignment):
    sheet = _save(strict_assignment, ["10", "10", "10"])
    assert sheet.status == SheetStatus.DRAFT


# --- submission, lock, audit -------------------------------------------------------------


def test_score_submit_locks_the_sheet(assignment):
    sheet = _save(assignment, ["30", "20", "20"], submit=True)
    assert sheet.status == SheetStatus.SUBMITTED
    assert sheet.submitted_at is not None
    with pytest.raises(ValidationError) as caught:
        _save(assignment, ["40", "30", "30"])
    assert caught.value.code == "locked"
    with pytest.raises(ValidationError) as caught:
        _save(assignment, ["40", "30", "30"], submit=True)
    assert caught.value.code == "locked"
    assert sorted(Score.objects.values_list("points", flat=True)) == [
        Decimal("20"),
        Decimal("20"),
        Decimal("30"),
    ]


def test_score_save_and_submit_are_audited_with_before_and_after(assignment):
    first, second, third = _criteria(assignment)
    _save(assignment, ["10", "", ""])
    _save(assignment, ["30", "20", "20.5"], submit=True)
    saved, submitted = AuditEvent.objects.order_by("pk")
    assert saved.action == AuditAction.SCORE_SAVED
    assert saved.before == {}
    assert saved.after == {str(first.pk): "10", "total": "10.00"}
    assert submitted.action == AuditAction.SCORE_SUBMITTED
    assert (submitted.actor, submitted.judge) == (assignment.judge, assignment.judge)
    assert (submitted.round, submitted.entry) == (assignment.round, assignment.entry)
    assert submitted.before == {str(first.pk): "10.00"}
    assert submitted.after == {
        str(first.pk): "30",
        str(second.pk): "20",
        str(third.pk): "20.5",
        "total": "70.50",
    }


def test_score_save_replaces_cleared_criteria(assignment):
    _save(assignment, ["10", "10", ""])
    sheet = _save(assignment, ["12", "", ""])
    assert list(sheet.scores.values_list("points", flat=True)) == [Decimal("12")]
    assert sheet.total == Decimal("12.00")


# --- versions ----------------------------------------------------------------------------


def test_score_save_bumps_the_version(assignment):
    first = _save(assignment, ["10", "", ""])
    second = _save(assignment, ["11", "", ""], version=first.version)
    assert (first.version, second.version) == (2, 3)


def test_score_save_stale_version_raises_sheet_conflict(assignment):
    loaded = _save(assignment, ["10", "", ""]).version
    _save(assignment, ["20", "", ""], version=loaded)
    with pytest.raises(SheetConflict):
        _save(assignment, ["30", "", ""], version=loaded)
    assert list(Score.objects.values_list("points", flat=True)) == [Decimal("20")]


def test_score_save_with_version_loaded_before_reopen_conflicts(assignment):
    sheet = _save(assignment, ["30", "20", "20"], submit=True)
    reopened = score_reopen(sheet=sheet, actor=UserFactory(), reason="Nhập nhầm điểm.")
    assert reopened.version == sheet.version + 1
    with pytest.raises(SheetConflict):
        _save(assignment, ["31", "20", "20"], version=sheet.version)


# --- reopen ------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_score_reopen_without_reason_is_refused(assignment, reason):
    sheet = _save(assignment, ["30", "20", "20"], submit=True)
    with pytest.raises(ValidationError) as caught:
        score_reopen(sheet=sheet, actor=UserFactory(), reason=reason)
    assert list(caught.value.message_dict) == ["reason"]
    sheet.refresh_from_db()
    assert sheet.status == SheetStatus.SUBMITTED
    assert not AuditEvent.objects.filter(action=AuditAction.SCORE_REOPENED).exists()


def test_score_reopen_records_audit_and_reopens(assignment):
    secretary = UserFactory()
    sheet = _save(assignment, ["30", "20", "20"], submit=True)
    reopened = score_reopen(sheet=sheet, actor=secretary, reason=" Giám khảo nhập nhầm. ")
    assert reopened.status == SheetStatus.DRAFT
    assert reopened.submitted_at is None
    assert reopened.total == Decimal("70.00")
    event = AuditEvent.objects.get(action=AuditAction.SCORE_REOPENED)
    assert event.actor == secretary
    assert (event.judge, event.entry, event.round) == (
        assignment.judge,
        assignment.entry,
        assignment.round,
    )
    assert event.before == {"status": "submitted", "total": "70.00"}
    assert event.after == {"status": "draft"}
    assert event.reason == "Giám khảo nhập nhầm."
    sheet = _save(assignment, ["35", "20", "20"], version=reopened.version, submit=True)
    assert sheet.status == SheetStatus.SUBMITTED
    assert sheet.total == Decimal("75.00")


def test_score_reopen_of_a_draft_is_refused(assignment):
    sheet = _save(assignment, ["30", "", ""])
    with pytest.raises(ValidationError) as caught:
        score_reopen(sheet=sheet, actor=UserFactory(), reason="Lý do.")
    assert caught.value.code == "state"


# --- rubric freeze -----------------------------------------------------------------------


def test_rubric_is_open_until_a_score_is_submitted(assignment):
    _save(assignment, ["30", "20", "20"])
    round_ = Round.objects.get(pk=assignment.round_id)
    assert rubric_is_frozen(round_) is False
    assert round_.rubric_frozen_at is None
    guard_rubric_change(round_)


def test_rubric_is_frozen_after_first_submitted_score(assignment):
    _save(assignment, ["30", "20", "20"], submit=True)
    round_ = Round.objects.get(pk=assignment.round_id)
    assert rubric_is_frozen(round_) is True
    assert round_.rubric_frozen_at is not None
    with pytest.raises(ValidationError) as caught:
        guard_rubric_change(round_)
    assert caught.value.code == "rubric_frozen"


def test_rubric_guard_ignores_an_unsaved_round():
    guard_rubric_change(Round())


class _FormScraper(HTMLParser):
    """The values a browser would post from the page's main form, by field name."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.data = form_id, False, {}
        self._select = self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside or (not attrs.get("name") and tag != "option"):
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[attrs["name"]] = attrs.get("value", "on")
            elif kind not in ("submit", "button", "file"):
                self.data[attrs["name"]] = attrs.get("value") or ""
        elif tag == "select":
            self._select = attrs["name"]
            self.data.setdefault(self._select, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.data[self._textarea] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += (
                data.lstrip("\n") if not self.data[self._textarea] else data
            )


def _admin_form(client, url) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    scraper = _FormScraper("w-editor-form")
    scraper.feed(response.content.decode())
    assert scraper.data, "the edit form was not found"
    return scraper.data


def _max_points_key(data, criterion):
    return next(
        key.replace("-id", "-max_points")
        for key, value in data.items()
        if key.startswith("criteria-") and key.endswith("-id") and value == str(criterion.pk)
    )


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def test_round_admin_edit_changes_rubric_before_scoring(admin_client, assignment):
    first = _criteria(assignment)[0]
    url = reverse("rounds:edit", args=[assignment.round_id])
    data = _admin_form(admin_client, url)
    data[_max_points_key(data, first)] = "45"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.max_points == Decimal("45")


def test_round_admin_edit_refuses_rubric_change_after_scoring(admin_client, assignment):
    first = _criteria(assignment)[0]
    _save(assignment, ["30", "20", "20"], submit=True)
    url = reverse("rounds:edit", args=[assignment.round_id])
    data = _admin_form(admin_client, url)
    data[_max_points_key(data, first)] = "45"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert [e.code for e in response.context["form"].non_field_errors().as_data()] == [
        "rubric_frozen"
    ]
    first.refresh_from_db()
    assert first.max_points == Decimal("40")


def test_round_admin_edit_of_other_fields_is_allowed_after_scoring(admin_client, assignment):
    _save(assignment, ["30", "20", "20"], submit=True)
    url = reverse("rounds:edit", args=[assignment.round_id])
    data = _admin_form(admin_client, url)
    data["name"] = "Vòng sơ khảo (đổi tên)"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert Round.objects.get(pk=assignment.round_id).name == "Vòng sơ khảo (đổi tên)"
    assert list(Criterion.objects.order_by("sort_order").values_list("max_points", flat=True)) == [
        Decimal("40"),
        Decimal("30"),
        Decimal("30"),
    ]
