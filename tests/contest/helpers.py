from contest.enums import AttachmentRole
from contest.models import Attachment


def add_writeup_row(entry, *, name="thuyet-minh.pdf"):
    """An attachment row without going through the upload pipeline (tested elsewhere)."""
    n = Attachment.objects.count() + 1
    return Attachment.objects.create(
        entry=entry,
        role=AttachmentRole.WRITEUP,
        kind="pdf",
        original_name=name,
        stored_name=f"test/{entry.pk}-{n}.pdf",
        anonymised_name=f"test/{entry.pk}-{n}-anon.pdf",
        content_type="application/pdf",
        size=1234,
        sha256="0" * 64,
    )
