"""The co-author's side of an entry: the invitation page (accept or decline) and leaving."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from contest import selectors
from contest.forms import InvitationAnswerForm
from contest.services import coauthors as coauthor_services
from contest.services.entries import entries_counted_for


@login_required
def coauthor_invitation(request, token):
    author = selectors.invitation_by_token(token=token)
    if author is None:
        raise Http404
    if not request.user.has_perm("contest.view_invitation", author):
        # Someone else's link, or the right person signed in with another account.
        return render(
            request, "contest/coauthor_invitation.html", {"other_account": True}, status=403
        )
    entry = author.entry
    form = InvitationAnswerForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if not request.user.has_perm("contest.answer_invitation", author):
            messages.error(request, _("This invitation can no longer be answered."))
            return redirect("contest:coauthor_invitation", token=token)
        if form.is_valid():
            answer = form.cleaned_data["answer"]
            service = (
                coauthor_services.coauthor_accept
                if answer == "accept"
                else coauthor_services.coauthor_decline
            )
            try:
                service(author=author, user=request.user)
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
                return redirect("contest:coauthor_invitation", token=token)
            if answer == "accept":
                messages.success(request, _("You are now a co-author of this entry."))
                return redirect("contest:entry_detail", public_id=entry.public_id)
            messages.success(request, _("You have declined the invitation."))
            return redirect("contest:entry_list")
        status = 422
    return render(
        request,
        "contest/coauthor_invitation.html",
        {
            "author": author,
            "entry": entry,
            "form": form,
            "can_answer": request.user.has_perm("contest.answer_invitation", author),
            "taking_part": entries_counted_for(user=request.user, edition=entry.edition),
        },
        status=status,
    )


@login_required
@require_POST
def entry_leave(request, public_id):
    entry = selectors.entry_for_author(user=request.user, public_id=public_id)
    if entry is None:
        raise Http404
    if not request.user.has_perm("contest.leave_entry", entry):
        messages.error(
            request,
            _("The entrant cannot leave their own entry; withdraw it instead.")
            if entry.owner_id == request.user.pk
            else _(
                "The entry has been submitted with your name; you can no longer leave it. "
                "Ask the entrant, or the organisers, if your name must come off."
            ),
        )
        return redirect("contest:entry_detail", public_id=entry.public_id)
    try:
        coauthor_services.coauthor_leave(entry=entry, user=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("contest:entry_detail", public_id=entry.public_id)
    messages.success(
        request,
        _(
            "You have left the entry. The entrant is shown that you left and has to take "
            "your name off before submitting."
        ),
    )
    return redirect("contest:entry_list")
