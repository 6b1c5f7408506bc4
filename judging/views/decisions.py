"""Decisions between rounds: the secretariat proposes who advances, the organisers confirm,
freeze the result with any prize overrides (each with its reason), and publish it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from judging import previews
from judging.forms import AdvancementForm, ConfirmForm, PrizeOverrideFormSet, ReasonForm
from judging.models import Advancement, PrizeTier, ResultSnapshot, Round
from judging.services.publication import result_publish, result_unpublish
from judging.services.results import advancement_confirm, advancement_propose, snapshot_freeze
from judging.views.staff import _require, _round


def _next_round(round_):
    return (
        Round.objects.filter(edition_id=round_.edition_id, position__gt=round_.position)
        .order_by("position")
        .first()
    )


def round_advancement(request, round_id):
    _require(request, "judging.propose_advancement")
    round_ = _round(round_id)
    next_round = _next_round(round_)
    form = AdvancementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            proposed = advancement_propose(
                round_=round_,
                actor=request.user,
                top_n=form.cleaned_data["top_n"],
                threshold=form.cleaned_data["threshold"],
                per_sector=form.cleaned_data["per_sector"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(count)s entries proposed for the next round.") % {"count": len(proposed)},
            )
            return redirect("judging:advancement", round_id=round_.pk)
    advancements = (
        Advancement.objects.filter(from_round=round_)
        .select_related("entry", "entry__sector")
        .order_by("rank")
    )
    return render(
        request,
        "judging/advancement.html",
        {
            "round": round_,
            "next_round": next_round,
            "form": form,
            "advancements": advancements,
            "pending": any(not a.confirmed for a in advancements),
        },
    )


def _ids(values) -> set[int]:
    return {int(v) for v in values if str(v).isdigit()}


def round_advancement_confirm(request, round_id):
    """GET: the entries that confirming sends to the next round; POST (ticked): confirm."""
    _require(request, "judging.confirm_results")
    round_ = _round(round_id)
    confirm = ConfirmForm(
        request.POST if request.method == "POST" else None,
        label=_("I have checked the list of entries that go on to the next round."),
    )
    if request.method == "POST" and confirm.is_valid():
        try:
            count = advancement_confirm(
                round_=round_,
                actor=request.user,
                expected=_ids(request.POST.getlist("advancement")),
            )
        except ValidationError as error:
            confirm.add_error(None, error)
        else:
            messages.success(
                request, _("%(count)s entries confirmed for the next round.") % {"count": count}
            )
            return redirect("judging:advancement", round_id=round_.pk)
    return render(
        request,
        "judging/confirm/advancement.html",
        {
            "round": round_,
            "advancements": previews.advancement_preview(round_=round_),
            "confirm": confirm,
        },
    )


def _overrides(formset) -> list[dict]:
    return [
        {
            "code": form.cleaned_data["code"],
            "prize": form.cleaned_data["prize"] or None,
            "reason": form.cleaned_data["reason"],
        }
        for form in formset
        if form.cleaned_data.get("code")
    ]


def round_freeze(request, round_id):
    """The overrides form; its post shows what will be frozen; a ticked confirmation freezes.

    The confirmation carries the preview's SHA-256, so a score changed meanwhile refuses
    the freeze and shows the new result instead of freezing one nobody checked.
    """
    _require(request, "judging.confirm_results")
    round_ = _round(round_id)
    tiers = PrizeTier.objects.filter(edition_id=round_.edition_id).order_by("entrant_type", "rank")
    prize_names = list(dict.fromkeys(t.name for t in tiers))
    formset = PrizeOverrideFormSet(
        request.POST or None, form_kwargs={"prize_names": prize_names}, prefix="override"
    )
    label = _("I have checked the ranking, the prizes and the reasons for every override.")
    errors, preview, confirm = [], None, None
    if request.method == "POST" and formset.is_valid():
        overrides = _overrides(formset)
        try:
            preview = previews.freeze_preview(round_=round_, overrides=overrides)
        except ValidationError as error:
            errors = error.messages
        if preview is not None and request.POST.get("step") == "edit":
            preview = None
        elif preview is not None and ConfirmForm.posted(request):
            confirm = ConfirmForm(request.POST, label=label)
            if confirm.is_valid():
                try:
                    frozen = snapshot_freeze(
                        round_=round_,
                        actor=request.user,
                        overrides=overrides,
                        expected_sha256=request.POST.get("sha256", ""),
                    )
                except ValidationError as error:
                    confirm.add_error(None, error)
                    preview = previews.freeze_preview(round_=round_, overrides=overrides)
                else:
                    messages.success(
                        request,
                        _("Result frozen as version %(version)s (SHA-256 %(sha)s…).")
                        % {"version": frozen.version, "sha": frozen.sha256[:12]},
                    )
                    return redirect("judging:freeze", round_id=round_.pk)
        elif preview is not None:
            confirm = ConfirmForm(label=label)
    snapshots = ResultSnapshot.objects.filter(edition_id=round_.edition_id).select_related(
        "round", "created_by"
    )
    return render(
        request,
        "judging/freeze.html",
        {
            "round": round_,
            "formset": formset,
            "tiers": tiers,
            "snapshots": snapshots,
            "errors": errors,
            "preview": preview,
            "confirm": confirm,
        },
    )


def _snapshot(snapshot_id):
    return get_object_or_404(
        ResultSnapshot.objects.select_related("edition", "round"), pk=snapshot_id
    )


def snapshot_publish(request, snapshot_id):
    """GET: prizes by tier, the emails that will go out, the page that becomes public;
    POST (ticked): publish."""
    _require(request, "judging.publish_results")
    frozen = _snapshot(snapshot_id)
    confirm = ConfirmForm(
        request.POST if request.method == "POST" else None,
        label=_("I have checked the prizes and the emails that will be sent."),
    )
    if request.method == "POST" and confirm.is_valid():
        try:
            result_publish(snapshot=frozen, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Version %(version)s is published; every entrant is being told their outcome.")
                % {"version": frozen.version},
            )
        return redirect("judging:freeze", round_id=frozen.round_id)
    return render(
        request,
        "judging/confirm/publish.html",
        {"preview": previews.publish_preview(snapshot=frozen), "confirm": confirm},
    )


def snapshot_unpublish(request, snapshot_id):
    """GET: what leaves the public page and what cannot be undone; POST (reason, ticked)."""
    _require(request, "judging.publish_results")
    frozen = _snapshot(snapshot_id)
    posted = request.POST if request.method == "POST" else None
    form = ReasonForm(posted)
    confirm = ConfirmForm(
        posted, label=_("I have checked what unpublishing removes and what it cannot undo.")
    )
    if request.method == "POST" and form.is_valid() and confirm.is_valid():
        try:
            result_unpublish(
                snapshot=frozen, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Version %(version)s is no longer public.") % {"version": frozen.version},
            )
        return redirect("judging:freeze", round_id=frozen.round_id)
    return render(
        request,
        "judging/confirm/unpublish.html",
        {
            "preview": previews.unpublish_preview(snapshot=frozen),
            "form": form,
            "confirm": confirm,
        },
    )
