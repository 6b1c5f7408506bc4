from contest.attachments import AttachmentKind


def test_attachment_kind_extensions_and_content_types():
    assert [(kind.value, kind.extension, kind.content_type) for kind in AttachmentKind] == [
        ("pdf", "pdf", "application/pdf"),
        (
            "docx",
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("jpeg", "jpg", "image/jpeg"),
        ("png", "png", "image/png"),
        ("webp", "webp", "image/webp"),
    ]
