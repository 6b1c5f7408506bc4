"""Certificate pages: the organisers' issue and follow-up, and the winners' own downloads.

Every PDF leaves through here from the private storage where rendering put it; nothing is
rendered at download time.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from contest.models import Edition
from judging import certificate_selectors as selectors
from judging import previews
from judging.forms import ConfirmForm, ReasonForm
from judging.models import CertificateBatch
from judging.published import published_snapshot
from judging.services.certificates import (
    certificate_batch_retry,
    certificate_filename,
    certificate_open,
    certificate_reissue,
    certificate_revoke,
    certificates_issue,
    certificates_zip,
)


def _require(request, perm):
    if not request.user.is_authenticated:
        raise Http404
    if not request.user.has_perm(perm):
        raise PermissionDenied


def _pdf_response(file, *, filename, inline=False):
    response = FileResponse(
        file, content_type="application/pdf", as_attachment=not inline, filename=filename
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


# Organisers and secretariat ---------------------------------------------------------------


def certificate_editions(request):
    _require(request, "judging.view_certificates")
    return render(
        request,
        "judging/certificates/editions.html",
        {"editions": selectors.editions_for_certificates()},
    )


def edition_certificates(request, edition_id):
    _require(request, "judging.view_certificates")
    edition = get_object_or_404(Edition, pk=edition_id)
    batch = selectors.latest_batch(edition_id=edition.pk)
    return render(
        request,
        "judging/certificates/edition.html",
        {
            "edition": edition,
            "snapshot": published_snapshot(edition_id=edition.pk),
            "has_settings": selectors.certificate_settings_exist(edition_id=edition.pk),
            "batch": batch,
            "failures": list(selectors.failed_certificates(batch=batch)) if batch else [],
            "certificates": list(selectors.edition_certificates(edition_id=edition.pk)),
            "can_manage": request.user.has_perm("judging.manage_certificates"),
        },
    )


def certificates_issue_view(request, edition_id):
    """GET: the certificates that issuing numbers, by tier and entry, and the emails that
    follow; POST (ticked): issue them."""
    _require(request, "judging.manage_certificates")
    edition = get_object_or_404(Edition, pk=edition_id)
    snapshot = published_snapshot(edition_id=edition.pk)
    if snapshot is None:
        messages.error(request, _("Certificates can be issued only for a published result."))
        return redirect("judging:certificates_edition", edition_id=edition.pk)
    confirm = ConfirmForm(
        request.POST if request.method == "POST" else None,
        label=_("I have checked the recipients' names and the prizes."),
    )
    if request.method == "POST" and confirm.is_valid():
        return _issue(request, edition=edition, snapshot=snapshot)
    return render(
        request,
        "judging/certificates/issue_confirm.html",
        {
            "edition": edition,
            "preview": previews.issue_preview(snapshot=snapshot),
            "confirm": confirm,
        },
    )


def _issue(request, *, edition, snapshot):
    try:
        report = certificates_issue(snapshot=snapshot, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        count = len(report.created)
        if count:
            messages.success(
                request,
                ngettext(
                    "%(count)s certificate issued; the PDF is being prepared.",
                    "%(count)s certificates issued; their PDFs are being prepared.",
                    count,
                )
                % {"count": count},
            )
        else:
            messages.info(request, _("Every winner already has a certificate."))
    return redirect("judging:certificates_edition", edition_id=edition.pk)


def batch_progress(request, batch_id):
    """The progress of a rendering, polled by static/js/certificate-progress.js."""
    _require(request, "judging.view_certificates")
    batch = get_object_or_404(CertificateBatch, pk=batch_id)
    return JsonResponse(
        {
            "status": batch.status,
            "status_label": batch.get_status_display(),
            "total": batch.total,
            "done": batch.done,
            "failed": batch.failed,
            "active": batch.is_active,
        }
    )


@require_POST
def batch_retry(request, batch_id):
    _require(request, "judging.manage_certificates")
    batch = get_object_or_404(CertificateBatch, pk=batch_id)
    try:
        certificate_batch_retry(batch=batch, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The certificates that failed are being rendered again."))
    return redirect("judging:certificates_edition", edition_id=batch.edition_id)


@never_cache  # exports hold personal data and scores: no copy in any cache
def certificates_zip_view(request, edition_id):
    _require(request, "judging.view_certificates")
    edition = get_object_or_404(Edition, pk=edition_id)
    response = StreamingHttpResponse(
        certificates_zip(selectors.stored_certificates(edition_id=edition.pk).iterator()),
        content_type="application/zip",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="giay-chung-nhan-{edition.code_prefix.lower()}.zip"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def certificate_detail(request, pk):
    _require(request, "judging.view_certificates")
    certificate = selectors.certificate_for_staff(pk=pk)
    if certificate is None:
        raise Http404
    return render(
        request,
        "judging/certificates/detail.html",
        {
            "certificate": certificate,
            "replacement": getattr(certificate, "replacement", None),
            "can_manage": request.user.has_perm("judging.manage_certificates"),
            "revoke_form": ReasonForm(prefix="revoke"),
            "reissue_form": ReasonForm(prefix="reissue"),
        },
    )


def _reason_action(request, pk, *, action, service, missing, done, heading, label):
    """The detail page posts a reason; that shows what will happen; a ticked post acts."""
    _require(request, "judging.manage_certificates")
    certificate = selectors.certificate_for_staff(pk=pk)
    if certificate is None:
        raise Http404
    form = ReasonForm(request.POST, prefix=action)
    if not form.is_valid() or not form.cleaned_data["reason"].strip():
        messages.error(request, missing)
        return redirect("judging:certificate_detail", pk=certificate.pk)
    confirm = ConfirmForm(request.POST if ConfirmForm.posted(request) else None, label=label)
    if confirm.is_valid():
        try:
            result = service(certificate=certificate, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("judging:certificate_detail", pk=certificate.pk)
        messages.success(request, done % {"number": result.number_text})
        return redirect("judging:certificate_detail", pk=result.pk)
    context = {
        "certificate": certificate,
        "action": action,
        "heading": heading,
        "form": form,
        "confirm": confirm,
    }
    if action == "reissue":
        context |= {
            "reissue": previews.reissue_preview(certificate=certificate),
            "next_number": selectors.next_number_text(edition_id=certificate.edition_id),
        }
    return render(request, "judging/certificates/action_confirm.html", context)


@require_POST
def certificate_revoke_view(request, pk):
    return _reason_action(
        request,
        pk,
        action="revoke",
        service=certificate_revoke,
        missing=_("Give the reason for revoking this certificate."),
        done=_("Certificate %(number)s is revoked."),
        heading=_("Revoke this certificate"),
        label=_("I have checked that this is the certificate to revoke."),
    )


@require_POST
def certificate_reissue_view(request, pk):
    return _reason_action(
        request,
        pk,
        action="reissue",
        service=certificate_reissue,
        missing=_("Give the reason for reissuing this certificate."),
        done=_("Certificate %(number)s replaces the old one; its PDF is being prepared."),
        heading=_("Reissue this certificate"),
        label=_("I have checked the name and title the new certificate will print."),
    )


# Winners ----------------------------------------------------------------------------------


@login_required
def my_certificates(request):
    return render(
        request,
        "judging/certificates/mine.html",
        {"certificates": list(selectors.certificates_of_user(user=request.user))},
    )


@login_required
@never_cache  # exports hold personal data and scores: no copy in any cache
def certificate_download(request, pk):
    """The stored PDF, for the staff or the winner it names; 404 for anyone else."""
    certificate = selectors.certificate_for_download(pk=pk)
    if (
        certificate is None
        or not certificate.pdf_name
        or not request.user.has_perm("judging.download_certificate", certificate)
    ):
        raise Http404
    return _pdf_response(
        certificate_open(certificate=certificate),
        filename=certificate_filename(certificate),
        inline=request.GET.get("inline") == "1",
    )
