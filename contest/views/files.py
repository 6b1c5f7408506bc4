"""Private files leave storage only through here, after a permission check."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from contest import selectors
from contest.rules import is_staff_role
from contest.services.attachments import attachment_open


@login_required
def attachment_download(request, pk, anonymised=False):
    attachment = selectors.attachment_for_download(user=request.user, pk=pk)
    if attachment is None or (anonymised and not is_staff_role(request.user)):
        raise Http404
    if anonymised:
        entry = attachment.entry
        filename = f"{entry.code or 'draft'}-{attachment.role}-{attachment.pk}.{attachment.kind}"
    else:
        filename = attachment.original_name
    response = FileResponse(
        attachment_open(attachment=attachment, anonymised=anonymised),
        content_type=attachment.content_type,
        as_attachment=request.GET.get("inline") != "1",
        filename=filename,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
