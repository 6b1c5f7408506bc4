"""The printable explanation of how the judge-adjusted mean corrected each judge."""

from decimal import Decimal

import pytest
from django.urls import reverse

from contest.enums import Role
from judging.enums import AggregationMethod
from judging.reports.corrections import corrections, corrections_pdf
from tests.factories import UserFactory
from tests.judging.test_reports import english, in_order, pdf_text, scored_round  # noqa: F401

# `english` (imported) renders every document of this module in English.
pytestmark = pytest.mark.django_db


def test_corrections_per_judge_in_vietnamese_order_with_their_entries():
    round_, _judges, entries = scored_round(6, method=AggregationMethod.ADJUSTED)

    report = corrections(round_=round_)

    assert report.corrects is True
    assert report.min_entries == 5
    # Judge k gives 20 + k on the last criterion: Nguyễn Văn An (k=0) is the harshest.
    assert [(j.name, j.entries, j.corrected, j.scaled) for j in report.judges] == [
        ("Trần Thị An", 6, True, False),
        ("Nguyễn Văn An", 6, True, False),
        ("Lê Ánh", 6, True, False),
    ]
    offsets = {j.name: j.offset for j in report.judges}
    assert offsets["Nguyễn Văn An"] < offsets["Lê Ánh"] < offsets["Trần Thị An"]
    assert [e.code for e in report.entries] == [e.code for e in entries]
    # Every judge scored every entry: the leniencies cancel out in each entry's mean.
    assert {e.change for e in report.entries} == {Decimal("0.00")}


def test_corrections_pdf_explains_the_formula_and_lists_judges_and_entries():
    round_, _judges, entries = scored_round(6, method=AggregationMethod.ADJUSTED)

    text = pdf_text(corrections_pdf(corrections(round_=round_)))

    flat = " ".join(text.split())
    assert "HOW LENIENT AND HARSH JUDGES WERE CORRECTED" in flat
    assert "Vòng 1" in flat
    assert "least squares" in flat
    assert in_order(flat, ["Trần Thị An", "Nguyễn Văn An", "Lê Ánh", entries[0].code])
    assert flat.count("leniency only (under 10 entries)") == 3
    assert "Chair of the jury".upper() in flat


def test_corrections_of_a_mean_round_say_nothing_is_corrected():
    round_, _judges, entries = scored_round(2, method=AggregationMethod.MEAN)

    report = corrections(round_=round_)
    flat = " ".join(pdf_text(corrections_pdf(report)).split())

    assert (report.corrects, report.judges) == (False, ())
    assert "This round's method corrects no judge" in flat
    assert entries[1].code in flat


def test_corrections_download_for_organisers_as_pdf(client):
    round_, _judges, _entries = scored_round(6, method=AggregationMethod.ADJUSTED)
    client.force_login(UserFactory(role=Role.ORGANISER))

    response = client.get(reverse("judging:report_corrections_pdf", args=[round_.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert 'filename="giai-trinh-hieu-chinh-diem-vong-1.pdf"' in response["Content-Disposition"]


def test_corrections_download_refused_to_judges(client):
    round_, judges, _entries = scored_round(1, method=AggregationMethod.ADJUSTED)
    client.force_login(judges[0])

    response = client.get(reverse("judging:report_corrections_pdf", args=[round_.pk]))

    assert response.status_code == 403
