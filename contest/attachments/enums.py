from django.db import models
from django.utils.translation import gettext_lazy as _


class AttachmentKind(models.TextChoices):
    """What an upload is, decided from its bytes; never from its name or the browser's word."""

    PDF = "pdf", _("PDF")
    DOCX = "docx", _("Word (.docx)")
    JPEG = "jpeg", _("JPEG image")
    PNG = "png", _("PNG image")
    WEBP = "webp", _("WebP image")

    @property
    def extension(self) -> str:
        return _EXTENSIONS[self]

    @property
    def content_type(self) -> str:
        return _CONTENT_TYPES[self]

    @property
    def is_image(self) -> bool:
        return self in _IMAGES


_EXTENSIONS = {
    AttachmentKind.PDF: "pdf",
    AttachmentKind.DOCX: "docx",
    AttachmentKind.JPEG: "jpg",
    AttachmentKind.PNG: "png",
    AttachmentKind.WEBP: "webp",
}
_CONTENT_TYPES = {
    AttachmentKind.PDF: "application/pdf",
    AttachmentKind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    AttachmentKind.JPEG: "image/jpeg",
    AttachmentKind.PNG: "image/png",
    AttachmentKind.WEBP: "image/webp",
}
_IMAGES = frozenset({AttachmentKind.JPEG, AttachmentKind.PNG, AttachmentKind.WEBP})


class RedactionProblem(models.TextChoices):
    """Why a place naming an author is still there after redaction, or cannot be checked."""

    NOT_LOCATED = (
        "not_located",
        _("the text could not be matched to what the page draws"),
    )
    UNREADABLE = "unreadable", _("the file could not be read to remove the names")
    FONT = "font", _("the text uses a font whose characters cannot be read")
    SCANNED = "scanned", _("the page is a picture (a scan); text in pictures cannot be read")
    HIDDEN = (
        "hidden",
        _(
            "the page is a picture with a hidden text layer; the hidden text was removed but "
            "the picture still shows the name"
        ),
    )
