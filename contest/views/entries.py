"""The entrant's pages: list, create, edit with autosave, submit, receipt, withdraw."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from contest import selectors
from contest.enums import AttachmentRole
from contest.forms import AttachmentUploadForm, AuthorFormSet, EntryForm
from contest.models import Attachment, Edition
from contest.outcomes import entry_journey
from contest.payloads import PayloadError, autosave_payload
from contest.receipts import receipt_pdf
from contest.services import attachments as attachment_services
from contest.services import coauthors as coauthor_services
from contest.services import entries as entry_services
from contest.services import receipts as receipt_services
from contest.services.entries import DraftConflict


def _own_entry(request, public_id):
    entry = selectors.entry_for_author(user=request.user, public_id=public_id)
    if entry is None:
        raise Http404
    return entry


def _messages_of(error: ValidationError) -> list[str]:
    return [str(m) for m in error.messages]


@login_required
def entry_list(request):
    entries = list(selectors.entries_of_author(user=request.user))
    invitations = list(selectors.invitations_pending(user=request.user))
    return render(
        request,
        "contest/entry_list.html",
        {
            "entries": entries,
            "open_editions": list(selectors.editions_open_for_submission()),
            "may_enter": entry_services.may_enter(user=request.user),
            "not_an_entrant": entry_services.NOT_AN_ENTRANT,
            "invitations": invitations,
        },
    )


@login_required
@require_POST
def entry_create(request, edition_id):
    edition = get_object_or_404(Edition, pk=edition_id)
    try:
        entry = entry_services.entry_create_draft(edition=edition, user=request.user)
    except ValidationError as error:
        for message in _messages_of(error):
            messages.error(request, message)
        return redirect("contest:entry_list")
    return redirect("contest:entry_edit", public_id=entry.public_id)


def _author_initial(entry):
    return [
        {
            "full_name": a.full_name,
            "unit": a.unit,
            "job_title": a.job_title,
            "email": a.email,
            "share": a.share,
        }
        for a in entry.authors.all()
    ]


@login_required
def entry_edit(request, public_id):
    entry = _own_entry(request, public_id)
    if entry.owner_id != request.user.pk:
        return redirect("contest:entry_detail", public_id=entry.public_id)
    # Judged by arrival, as the save and submit below are: a "save and submit" sent just
    # before the deadline must not be turned away because it was processed just after.
    if not entry_services.can_edit(entry, _arrived(request)):
        messages.warning(request, _("This entry can no longer be changed."))
        return redirect("contest:entry_detail", public_id=entry.public_id)
    extra_errors = []
    summary_title = None
    if request.method == "POST":
        form = EntryForm(request.POST, entry=entry)
        authors = AuthorFormSet(request.POST, prefix="authors")
        if form.is_valid() and authors.is_valid():
            data = form.to_service_data()
            data["authors"] = _author_rows(authors)
            try:
                entry = entry_services.entry_save(
                    entry=entry,
                    user=request.user,
                    data=data,
                    version=form.cleaned_data["version"],
                    at=_arrived(request),
                )
            except DraftConflict:
                messages.error(
                    request,
                    _(
                        "This entry was saved from another window or device after you opened it. "
                        "Your text is still below: copy what you need, then reload the page."
                    ),
                )
            except ValidationError as error:
                extra_errors = _attach_errors(form, error)
            else:
                # The explicit save, not the autosave, sends invitations: an address is
                # complete when the entrant says so, not at each keystroke.
                if coauthor_services.coauthors_invite(entry=entry, actor=request.user):
                    messages.info(
                        request,
                        _(
                            "The new co-authors have been sent an invitation by email; they "
                            "count as authors once they accept."
                        ),
                    )
                if "submit" not in request.POST:
                    messages.success(request, _("Saved."))
                    return redirect("contest:entry_edit", public_id=entry.public_id)
                try:
                    return _submit(request, entry)
                except ValidationError as error:
                    # Saved, not submitted: show what is missing beside each field, with the
                    # form as typed (and the new version, so the next save is not refused).
                    posted = request.POST.copy()
                    posted["version"] = str(entry.version)
                    form = EntryForm(posted, entry=entry)
                    form.is_valid()
                    extra_errors = _attach_errors(form, error)
                    summary_title = _(
                        "Your changes are saved, but the entry cannot be submitted yet"
                    )
    else:
        form = EntryForm(
            entry=entry,
            initial={
                "version": entry.version,
                **{f: getattr(entry, f) for f in EntryForm.base_fields if f != "version"},
                "sector": entry.sector_id,
            },
        )
        authors = AuthorFormSet(prefix="authors", initial=_author_initial(entry))
    return _render_edit(
        request, entry, form=form, authors=authors, extra_errors=extra_errors, title=summary_title
    )


def _author_rows(authors) -> list[dict]:
    rows = []
    for f in authors.forms:
        if f.cleaned_data and not f.cleaned_data.get("DELETE"):
            rows.append({k: v for k, v in f.cleaned_data.items() if k != "DELETE"})
    return rows


def _render_edit(request, entry, *, form, authors, extra_errors=(), title=None):
    edition = entry.edition
    return render(
        request,
        "contest/entry_form.html",
        {
            "entry": entry,
            "form": form,
            "authors": authors,
            "extra_errors": extra_errors,
            "error_summary_title": title,
            "section_errors": {e["anchor"]: e["message"] for e in extra_errors},
            "upload_form": AttachmentUploadForm(),
            "upload_limits": {
                "writeup": edition.max_writeup_mb * 1024 * 1024,
                "illustration": edition.max_image_mb * 1024 * 1024,
            },
            "writeups": [a for a in entry.attachments.all() if a.role == AttachmentRole.WRITEUP],
            "illustrations": [
                a for a in entry.attachments.all() if a.role == AttachmentRole.ILLUSTRATION
            ],
            "can_submit": request.user.has_perm("contest.submit_entry", entry),
        },
        status=422 if (form.errors or extra_errors) else 200,
    )


# Problems of a whole part of the page: the summary links to that part.
SECTION_LABELS = {"authors": _lazy("Authors"), "attachments": _lazy("Files")}
SECTION_ANCHORS = {"authors": "authors", "attachments": "files"}


def _attach_errors(form, error: ValidationError) -> list[dict]:
    """Put each of the service's errors beside its field; return those of no field."""
    extra = []
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return extra
    for field, errors in error.error_dict.items():
        if field in form.fields:
            for e in errors:
                form.add_error(field, e)
        elif field in SECTION_LABELS:
            extra.extend(
                {
                    "anchor": SECTION_ANCHORS[field],
                    "label": str(SECTION_LABELS[field]),
                    "message": m,
                }
                for e in errors
                for m in e.messages
            )
        else:
            for e in errors:
                form.add_error(None, e)
    return extra


@login_required
@require_POST
def entry_autosave(request, public_id):
    """JSON endpoint the edit page calls as the author types."""
    entry = _own_entry(request, public_id)
    if entry.owner_id != request.user.pk:
        raise Http404
    try:
        version, data = autosave_payload(request)
    except PayloadError as error:
        return JsonResponse({"error": error.message}, status=400)
    allowed = set(EntryForm.base_fields) - {"version"} | {"authors"}
    data = {k: v for k, v in data.items() if k in allowed}
    try:
        entry = entry_services.entry_save(
            entry=entry, user=request.user, data=data, version=version, at=_arrived(request)
        )
    except DraftConflict as conflict:
        return JsonResponse(
            {
                "error": _(
                    "This entry was saved from another window or device. Reload the page to "
                    "see the latest version; your text is kept on this device."
                ),
                "version": conflict.current_version,
            },
            status=409,
        )
    except ValidationError as error:
        return JsonResponse(
            {"error": " ".join(_messages_of(error)), "fields": _field_errors(error)}, status=422
        )
    return JsonResponse({"version": entry.version, "saved_at": entry.updated_at.isoformat()})


def _field_errors(error: ValidationError) -> dict:
    if not hasattr(error, "error_dict"):
        return {}
    return {k: [str(m) for e in v for m in e.messages] for k, v in error.error_dict.items()}


def _arrived(request):
    """When the request reached the server (config.middleware.ArrivalTimeMiddleware)."""
    return getattr(request, "arrived_at", None) or timezone.now()


def _submit(request, entry):
    """Submit, or raise the service's ValidationError for the caller to show."""
    result = entry_services.entry_submit(entry=entry, user=request.user, at=_arrived(request))
    if result.first_submission:
        messages.success(request, _("Your entry has been submitted."))
    return redirect("contest:entry_receipt", public_id=entry.public_id)


@login_required
@require_POST
def entry_submit(request, public_id):
    entry = _own_entry(request, public_id)
    if entry.owner_id != request.user.pk:
        raise Http404
    if request.user.has_perm("contest.edit_entry", entry):
        coauthor_services.coauthors_invite(entry=entry, actor=request.user)
    try:
        return _submit(request, entry)
    except ValidationError as raised:
        error = raised
    if not hasattr(error, "error_dict") or not request.user.has_perm("contest.edit_entry", entry):
        for message in _messages_of(error):
            messages.error(request, message)
        return redirect("contest:entry_detail", public_id=entry.public_id)
    # Incomplete: the edit page, with each missing part named beside its field.
    form = EntryForm(_entry_as_data(entry), entry=entry)
    form.is_valid()
    extra_errors = _attach_errors(form, error)
    authors = AuthorFormSet(prefix="authors", initial=_author_initial(entry))
    return _render_edit(
        request,
        entry,
        form=form,
        authors=authors,
        extra_errors=extra_errors,
        title=_("The entry cannot be submitted yet"),
    )


def _entry_as_data(entry) -> dict:
    data = {f: getattr(entry, f) or "" for f in EntryForm.base_fields if f != "version"}
    data["version"] = entry.version
    data["sector"] = entry.sector_id or ""
    return data


@login_required
def entry_detail(request, public_id):
    entry = _own_entry(request, public_id)
    return render(
        request,
        "contest/entry_detail.html",
        {
            "entry": entry,
            "can_edit": request.user.has_perm("contest.edit_entry", entry),
            "can_submit": request.user.has_perm("contest.submit_entry", entry),
            "can_withdraw": request.user.has_perm("contest.withdraw_entry", entry),
            "can_leave": request.user.has_perm("contest.leave_entry", entry),
            "journey": entry_journey(entry=entry),
        },
    )


@login_required
def entry_receipt(request, public_id):
    entry = _own_entry(request, public_id)
    if not entry.code:
        raise Http404
    return render(request, "contest/entry_receipt.html", {"entry": entry})


@login_required
def entry_receipt_pdf(request, public_id):
    entry = _own_entry(request, public_id)
    if not entry.code:
        raise Http404
    receipt = receipt_services.receipt_latest(entry=entry)
    response = HttpResponse(receipt_pdf(receipt=receipt), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="phieu-tiep-nhan-{entry.code}.pdf"'
    return response


@login_required
@require_POST
def entry_withdraw(request, public_id):
    entry = _own_entry(request, public_id)
    if entry.owner_id != request.user.pk:
        raise Http404
    try:
        entry_services.entry_withdraw(entry=entry, user=request.user)
    except ValidationError as error:
        for message in _messages_of(error):
            messages.error(request, message)
    else:
        messages.success(request, _("Your entry has been withdrawn."))
    return redirect("contest:entry_detail", public_id=entry.public_id)


@login_required
@require_POST
def attachment_upload(request, public_id):
    entry = _own_entry(request, public_id)
    if entry.owner_id != request.user.pk:
        raise Http404
    form = AttachmentUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, _("Choose a file to upload."))
    else:
        try:
            attachment_services.attachment_add(
                entry=entry,
                user=request.user,
                upload=form.cleaned_data["file"],
                role=form.cleaned_data["role"],
                at=_arrived(request),
            )
        except ValidationError as error:
            for message in _messages_of(error):
                messages.error(request, message)
        else:
            messages.success(request, _("The file has been uploaded."))
    return redirect("contest:entry_edit", public_id=entry.public_id)


@login_required
@require_POST
def attachment_delete(request, public_id, pk):
    entry = _own_entry(request, public_id)
    attachment = get_object_or_404(Attachment, pk=pk, entry=entry)
    if entry.owner_id != request.user.pk:
        raise Http404
    try:
        attachment_services.attachment_remove(attachment=attachment, user=request.user)
    except ValidationError as error:
        for message in _messages_of(error):
            messages.error(request, message)
    return redirect("contest:entry_edit", public_id=entry.public_id)
