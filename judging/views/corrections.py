"""The one way to change a frozen result: an organiser reopens it for correction, with a
reason (judging.services.freeze.snapshot_supersede)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from judging.forms import ReasonForm
from judging.services.freeze import round_state, snapshot_supersede
from judging.views.staff import _require, _round


def round_supersede(request, round_id):
    _require(request, "judging.confirm_results")
    round_ = _round(round_id)
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            superseded = snapshot_supersede(
                round_=round_, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("Version %(versions)s is superseded; the round is open for correction.")
                % {"versions": ", ".join(str(s.version) for s in superseded)},
            )
            return redirect("judging:freeze", round_id=round_.pk)
    return render(
        request,
        "judging/supersede.html",
        {"round": round_, "form": form, "state": round_state(round_=round_)},
    )
