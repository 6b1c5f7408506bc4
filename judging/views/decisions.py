"""Decisions between rounds: the secretariat proposes who advances, the organisers confirm,
freeze the result with any prize overrides (each with its reason), and publish it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from judging.forms import AdvancementForm, PrizeOverrideFormSet, ReasonForm
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


@require_POST
def round_advancement_confirm(request, round_id):
    _require(request, "judging.confirm_results")
    round_ = _round(round_id)
    count = advancement_confirm(round_=round_, actor=request.user)
    messages.success(
        request, _("%(count)s entries confirmed for the next round.") % {"count": count}
    )
    return redirect("judging:advancement", round_id=round_.pk)


def round_freeze(request, round_id):
    _require(request, "judging.confirm_results")
    round_ = _round(round_id)
    tiers = PrizeTier.objects.filter(edition_id=round_.edition_id).order_by("entrant_type", "rank")
    prize_names = list(dict.fromkeys(t.name for t in tiers))
    formset = PrizeOverrideFormSet(
        request.POST or None, form_kwargs={"prize_names": prize_names}, prefix="override"
    )
    errors = []
    if request.method == "POST" and formset.is_valid():
        overrides = [
            {
                "code": form.cleaned_data["code"],
                "prize": form.cleaned_data["prize"] or None,
                "reason": form.cleaned_data["reason"],
            }
            for form in formset
            if form.cleaned_data.get("code")
        ]
        try:
            frozen = snapshot_freeze(round_=round_, actor=request.user, overrides=overrides)
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(
                request,
                _("Result frozen as version %(version)s (SHA-256 %(sha)s…).")
                % {"version": frozen.version, "sha": frozen.sha256[:12]},
            )
            return redirect("judging:freeze", round_id=round_.pk)
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
            "unpublish_form": ReasonForm(),
        },
    )


@require_POST
def snapshot_publish(request, snapshot_id):
    _require(request, "judging.publish_results")
    frozen = get_object_or_404(ResultSnapshot, pk=snapshot_id)
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


@require_POST
def snapshot_unpublish(request, snapshot_id):
    _require(request, "judging.publish_results")
    frozen = get_object_or_404(ResultSnapshot, pk=snapshot_id)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a reason for unpublishing the result."))
        return redirect("judging:freeze", round_id=frozen.round_id)
    try:
        result_unpublish(snapshot=frozen, actor=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Version %(version)s is no longer public.") % {"version": frozen.version}
        )
    return redirect("judging:freeze", round_id=frozen.round_id)
