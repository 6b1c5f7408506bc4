"""The secretariat's pages: screening list, one entry, anonymised preview, export."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from contest import selectors
from contest.exports import screening_workbook
from contest.forms import (
    BulkActionForm,
    NoteForm,
    RedactionForm,
    ScreeningDecisionForm,
    ScreeningFilterForm,
)
from contest.models import Entry
from contest.services import screening as screening_services
from contest.services.attachments import attachment_mentions

PAGE_SIZE = 50


def _require_screener(request):
    if not request.user.is_authenticated:
        raise Http404
    if not request.user.has_perm("contest.screen_entries"):
        raise PermissionDenied


def _filters(request) -> tuple[ScreeningFilterForm, selectors.ScreeningFilters]:
    form = ScreeningFilterForm(request.GET or None)
    values = form.cleaned_data if form.is_valid() else {}
    filters = selectors.ScreeningFilters(
        edition=values["edition"].pk if values.get("edition") else None,
        sector=values["sector"].pk if values.get("sector") else None,
        kind=values.get("kind", ""),
        entrant_type=values.get("entrant_type", ""),
        status=values.get("status", ""),
        agency=values.get("agency").pk if values.get("agency") else None,
        q=values.get("q", ""),
    )
    return form, filters


def screening_list(request):
    _require_screener(request)
    form, filters = _filters(request)
    entries = selectors.entries_for_screening(filters=filters)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "contest/screening/list.html",
        {
            "filter_form": form,
            "page_obj": page,
            "entries": list(page.object_list),
            "query": query.urlencode(),
            "bulk_form": BulkActionForm(),
        },
    )


@never_cache  # exports hold personal data and scores: no copy in any cache
def screening_export(request):
    _require_screener(request)
    _, filters = _filters(request)
    content = screening_workbook(entries=selectors.entries_for_screening(filters=filters))
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="bai-du-thi.xlsx"'
    return response


@require_POST
def screening_bulk(request):
    _require_screener(request)
    form = BulkActionForm(request.POST)
    ids = request.POST.getlist("entries")
    if not form.is_valid() or not ids:
        messages.error(request, _("Choose entries and an action; a reason is needed to refuse."))
    else:
        entries = Entry.objects.filter(public_id__in=ids[:500]).order_by("number")
        done, failed = screening_services.entries_bulk_decide(
            entries=entries,
            actor=request.user,
            action=form.cleaned_data["action"],
            reason=form.cleaned_data["reason"],
        )
        messages.success(request, _("%(n)s entries updated.") % {"n": done})
        for entry, error in failed:
            messages.error(request, f"{entry.code}: {' '.join(error.messages)}")
    return redirect(f"{reverse('contest:screening_list')}?{request.POST.get('query', '')}")


def _entry(public_id):
    entry = selectors.entry_for_staff(public_id=public_id)
    if entry is None:
        raise Http404
    return entry


def screening_detail(request, public_id):
    _require_screener(request)
    entry = _entry(public_id)
    decision_form = ScreeningDecisionForm(prefix="decision")
    note_form = NoteForm(prefix="note")
    if request.method == "POST":
        if "decision-action" in request.POST:
            decision_form = ScreeningDecisionForm(request.POST, prefix="decision")
            if decision_form.is_valid() and _decide(request, entry, decision_form):
                return redirect("contest:screening_detail", public_id=entry.public_id)
        elif "note-text" in request.POST:
            note_form = NoteForm(request.POST, prefix="note")
            if note_form.is_valid():
                screening_services.entry_add_note(
                    entry=entry, actor=request.user, text=note_form.cleaned_data["text"]
                )
                messages.success(request, _("Note added."))
                return redirect("contest:screening_detail", public_id=entry.public_id)
    return render(
        request,
        "contest/screening/detail.html",
        {
            "entry": entry,
            "decision_form": decision_form,
            "note_form": note_form,
            "mentions": selectors.entry_identity_mentions(entry=entry),
            "file_mentions": attachment_mentions(entry=entry),
            "can_decide": request.user.has_perm("contest.screen_entry", entry),
        },
    )


def _decide(request, entry, form) -> bool:
    action = form.cleaned_data["action"]
    reason = form.cleaned_data["reason"]
    try:
        if action == "eligible":
            screening_services.entry_mark_eligible(entry=entry, actor=request.user, reason=reason)
        elif action == "ineligible":
            screening_services.entry_mark_ineligible(entry=entry, actor=request.user, reason=reason)
        else:
            screening_services.entry_return_for_changes(
                entry=entry, actor=request.user, reason=reason, until=form.cleaned_data["until"]
            )
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)
        return False
    messages.success(request, _("Decision saved; the authors are being notified by email."))
    return True


def screening_anonymised(request, public_id):
    """The judges' view of an entry, for the secretariat to check before judging starts."""
    _require_screener(request)
    entry = _entry(public_id)
    return render(
        request,
        "contest/anonymised_entry.html",
        {
            "anonymised": selectors.entry_anonymised(entry=entry),
            "mentions": selectors.entry_identity_mentions(entry=entry),
            "preview_for_staff": True,
        },
    )


def screening_redact(request, public_id):
    _require_screener(request)
    entry = _entry(public_id)
    form = RedactionForm(request.POST or None, entry=entry)
    if request.method == "POST":
        if "files" in request.POST:
            _redact_files(request, entry)
            return redirect("contest:screening_detail", public_id=entry.public_id)
        if "auto" in request.POST:
            screening_services.entry_redact(entry=entry, actor=request.user)
            messages.success(request, _("Names and units were masked in the judges' copy."))
            _redact_files(request, entry)
            return redirect("contest:screening_anonymised", public_id=entry.public_id)
        if form.is_valid():
            screening_services.entry_redact(
                entry=entry, actor=request.user, texts=form.cleaned_data
            )
            messages.success(request, _("The judges' copy has been saved."))
            return redirect("contest:screening_anonymised", public_id=entry.public_id)
    return render(
        request,
        "contest/screening/redact.html",
        {
            "entry": entry,
            "form": form,
            "mentions": selectors.entry_identity_mentions(entry=entry),
            "file_mentions": attachment_mentions(entry=entry),
        },
    )


def _redact_files(request, entry) -> None:
    for item in screening_services.entry_redact_files(entry=entry, actor=request.user):
        name = item.attachment.original_name
        if item.remaining:
            messages.warning(
                request,
                _(
                    "%(name)s: %(removed)s places naming an author or unit were removed from "
                    "the judges' copy. Checked again: %(left)s are still there; see the "
                    "screening page."
                )
                % {"name": name, "removed": item.removed, "left": len(item.remaining)},
            )
        else:
            messages.success(
                request,
                _(
                    "%(name)s: %(removed)s places naming an author or unit were removed from "
                    "the judges' copy. Checked again: none is left."
                )
                % {"name": name, "removed": item.removed},
            )
