"""The staff home: every edition, and for each its lifecycle with the next thing to do."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.backoffice.forms import EditionCopyForm, OpenSubmissionsForm
from cms.backoffice.pages import rules_page_copy
from cms.backoffice.steps import edition_overview
from contest.models import Edition
from contest.services.editions import edition_open_submissions
from judging.services.setup import edition_copy_with_setup


def _require(request, perm):
    if not request.user.has_perm(perm):
        raise PermissionDenied


@login_required
def staff_home(request):
    _require(request, "cms.view_staff_home")
    editions = Edition.objects.order_by("-year", "name")
    now = timezone.now()
    return render(
        request,
        "cms/backoffice/home.html",
        {
            "editions": [(edition, _window_state(edition, now)) for edition in editions],
            "can_copy": request.user.has_perm("contest.add_edition"),
        },
    )


def _window_state(edition, now) -> str:
    if now < edition.submission_opens_at:
        return _("Submissions not yet open")
    if now <= edition.submission_closes_at:
        return _("Receiving entries")
    return _("Submissions closed")


@login_required
def edition_home(request, edition_id):
    _require(request, "cms.view_staff_home")
    edition = get_object_or_404(Edition, pk=edition_id)
    return render(
        request,
        "cms/backoffice/edition.html",
        {"overview": edition_overview(edition=edition, user=request.user), "edition": edition},
    )


@login_required
def edition_copy(request):
    _require(request, "contest.add_edition")
    latest = Edition.objects.order_by("-year", "-pk").first()
    form = EditionCopyForm(request.POST or None, initial=EditionCopyForm.suggested(latest))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            edition = edition_copy_with_setup(
                source=data["source"],
                name=data["name"],
                year=data["year"],
                code_prefix=data["code_prefix"],
                actor=request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            page = rules_page_copy(source=data["source"], target=edition, user=request.user)
            messages.success(
                request,
                _(
                    "%(name)s is created from %(source)s: fields, timeline, rounds and rubrics, "
                    "prizes, jury and signer. Check each of them below."
                )
                % {"name": edition.name, "source": data["source"].name},
            )
            if page is not None:
                messages.info(
                    request,
                    _("A draft of the rules page was copied too; publish it once it is edited."),
                )
            return redirect("cms:staff_edition", edition_id=edition.pk)
    return render(request, "cms/backoffice/copy.html", {"form": form})


@login_required
def edition_open(request, edition_id):
    _require(request, "contest.change_edition")
    edition = get_object_or_404(Edition, pk=edition_id)
    initial = {
        "closes_at": timezone.localtime(edition.submission_closes_at),
        "grace_seconds": edition.submission_grace_seconds,
    }
    form = OpenSubmissionsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            edition = edition_open_submissions(
                edition=edition,
                closes_at=form.cleaned_data["closes_at"],
                grace_seconds=form.cleaned_data["grace_seconds"],
                actor=request.user,
            )
        except ValidationError as error:
            form.add_error("closes_at" if "closes_at" in error.message_dict else None, error)
        else:
            messages.success(
                request,
                _("Entries are accepted until %(at)s.")
                % {
                    "at": timezone.localtime(edition.submission_closes_at).strftime(
                        "%H:%M %d/%m/%Y"
                    )
                },
            )
            return redirect("cms:staff_edition", edition_id=edition.pk)
    return render(
        request,
        "cms/backoffice/open.html",
        {"form": form, "edition": edition, "now": timezone.now()},
    )
