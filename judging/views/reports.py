"""Downloads of the official reports, for organisers and the secretariat only.

Thin: check the permission, build the report (judging.reports), render, send it with a
Vietnamese file name and an ASCII fallback for clients that do not read RFC 6266's
``filename*``. Anonymous visitors are sent to sign in; other roles get 403.
"""

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from contest.models import Edition
from judging.models import Round
from judging.reports import xlsx
from judging.reports.context import ascii_file_name, display_file_name
from judging.reports.corrections import corrections, corrections_pdf
from judging.reports.results_list import results_list, results_list_pdf
from judging.reports.score_sheets import score_sheets, score_sheets_pdf
from judging.reports.score_summary import score_summary, score_summary_pdf

# Reports name judges and entrants: the ranking's audience (organisers and secretariat).
PERMISSION = "judging.view_ranking"

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _denied(request):
    """None when the user may download reports, else the response to send."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    return None


def _round(round_id) -> Round:
    return get_object_or_404(Round.objects.select_related("edition"), pk=round_id)


def content_disposition(*, title: str, ascii_name: str, extension: str) -> str:
    """``attachment`` with the Vietnamese name (``filename*``) and an ASCII fallback."""
    name = display_file_name(title)
    fallback = ascii_file_name(ascii_name)
    return (
        f'attachment; filename="{fallback}.{extension}"; '
        f"filename*=UTF-8''{quote(f'{name}.{extension}', safe='')}"
    )


def _download(content: bytes, *, fmt: str, title: str, ascii_name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = content_disposition(
        title=title, ascii_name=ascii_name, extension=fmt
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _check_format(fmt: str) -> None:
    if fmt not in CONTENT_TYPES:
        raise Http404


def results_list_download(request, edition_id, fmt):
    """The list of award winners from the edition's latest frozen result."""
    if denied := _denied(request):
        return denied
    _check_format(fmt)
    edition = get_object_or_404(Edition, pk=edition_id)
    report = results_list(edition=edition)
    if report is None:
        messages.warning(
            request, _("No result of this edition has been frozen yet: there is no list to print.")
        )
        last_round = edition.rounds.order_by("-position").first()
        if last_round is None:
            raise Http404
        return redirect("judging:ranking", round_id=last_round.pk)
    content = results_list_pdf(report) if fmt == "pdf" else xlsx.results_list_workbook(report)
    return _download(
        content,
        fmt=fmt,
        title=f"{report.title} - {edition.name}",
        ascii_name=f"danh-sach-dat-giai-{edition.code_prefix}",
    )


def score_summary_download(request, round_id, fmt):
    if denied := _denied(request):
        return denied
    _check_format(fmt)
    round_ = _round(round_id)
    summary = score_summary(round_=round_)
    content = score_summary_pdf(summary) if fmt == "pdf" else xlsx.score_summary_workbook(summary)
    return _download(
        content,
        fmt=fmt,
        title=f"{summary.title} - {round_.name}",
        ascii_name=f"bang-tong-hop-diem-vong-{round_.position}",
    )


def score_sheets_download(request, round_id, fmt):
    """Every judge's sheet of the round: one PDF (a sheet per page run) or one workbook."""
    if denied := _denied(request):
        return denied
    _check_format(fmt)
    round_ = _round(round_id)
    report = score_sheets(round_=round_)
    content = score_sheets_pdf(report) if fmt == "pdf" else xlsx.score_sheets_workbook(report)
    return _download(
        content,
        fmt=fmt,
        title=f"{report.title} - {round_.name}",
        ascii_name=f"phieu-cham-diem-vong-{round_.position}",
    )


def judge_score_sheet_download(request, round_id, judge_id):
    """One judge's sheet of the round, as PDF; 404 for a judge without assignments."""
    if denied := _denied(request):
        return denied
    round_ = _round(round_id)
    report = score_sheets(round_=round_, judge_id=judge_id)
    if not report.sheets:
        raise Http404
    name = report.sheets[0].judge_name
    return _download(
        score_sheets_pdf(report),
        fmt="pdf",
        title=f"{report.title} - {round_.name} - {name}",
        ascii_name=f"phieu-cham-diem-vong-{round_.position}-{name}",
    )


def corrections_download(request, round_id):
    """How the round's method corrected lenient and harsh judges: the chair signs it."""
    if denied := _denied(request):
        return denied
    round_ = _round(round_id)
    report = corrections(round_=round_)
    return _download(
        corrections_pdf(report),
        fmt="pdf",
        title=f"{report.title} - {round_.name}",
        ascii_name=f"giai-trinh-hieu-chinh-diem-vong-{round_.position}",
    )
