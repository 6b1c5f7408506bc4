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


def invite_coauthor(entry, user, *, share=40, unit="Sở Tư pháp"):
    """Name `user` on `entry` as the entrant's form does, and send the invitation."""
    from django.db.models import F

    from contest.enums import AuthorConsent
    from contest.models import Author
    from contest.services.coauthors import coauthors_invite

    entry.authors.filter(is_lead=True).update(share=F("share") - share)
    author = Author.objects.create(
        entry=entry,
        full_name=user.full_name,
        unit=unit,
        email=user.email,
        share=share,
        position_in_list=entry.authors.count(),
        consent=AuthorConsent.INVITED,
    )
    coauthors_invite(entry=entry, actor=entry.owner)
    author.refresh_from_db()
    return author
