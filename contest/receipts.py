"""The receipt (Phiếu tiếp nhận bài dự thi): proof of what was submitted, and when.

A receipt is issued once per submission (`contest.services.receipts.receipt_issue`) with
everything it prints frozen in `Receipt.content`; this module builds that content and
renders it as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
issuing body top left, national motto top right, number, place and date, body, signature
block. It is issued by the system, so the signature block names the issuing unit and says
that no signature is needed, rather than printing a name nobody signed above.
"""

import datetime

from django.utils import timezone

from contest.documents.certificate import date_parts
from contest.documents.renderer import render_pdf
from contest.enums import AttachmentRole, EntrantType, EntryKind
from contest.models import Entry, Receipt

# SHA-256 in hex is 64 characters: printed as eight groups of eight, so a line can only
# ever break between groups, never leave a lone character on a line of its own.
HASH_GROUP = 8


def hash_groups(sha256: str) -> str:
    return " ".join(sha256[i : i + HASH_GROUP] for i in range(0, len(sha256), HASH_GROUP))


def receipt_content(*, entry: Entry) -> dict:
    """What the receipt of ``entry`` prints, as JSON-safe data, read now."""
    edition = entry.edition
    return {
        "code": entry.code,
        "title": entry.title,
        "sector": entry.sector.name if entry.sector_id else "",
        "kind": entry.kind,
        "entrant_type": entry.entrant_type,
        "authors": [
            {"name": a.full_name, "unit": a.unit, "share": a.share}
            for a in entry.authors.order_by("position_in_list", "pk")
        ],
        "files": [
            {"name": f.original_name, "role": f.role, "size": f.size, "sha256": f.sha256}
            for f in entry.attachments.order_by("role", "pk")
        ],
        "video_url": entry.video_url,
        "edition": edition.name,
        "plan_reference": edition.plan_reference,
        "issuer_parent": list(edition.document_issuer_parent_lines),
        "issuer": list(edition.document_issuer_lines),
        "signer": list(edition.receipt_signer_lines),
        "place": edition.document_place,
        "closes_at": edition.submission_closes_at.isoformat(),
        "grace_seconds": edition.submission_grace_seconds,
    }


def receipt_context(*, receipt: Receipt) -> dict:
    content = receipt.content
    received = timezone.localtime(receipt.received_at)
    closes = timezone.localtime(datetime.datetime.fromisoformat(content["closes_at"]))
    return {
        "receipt": receipt,
        "content": content,
        "number": receipt.number_text,
        "date": date_parts(received.date()),
        "received_at": received,
        "closes_at": closes,
        "late": received > closes,
        "kind": _label(EntryKind, content["kind"]),
        "entrant_type": _label(EntrantType, content["entrant_type"]),
        "files": [
            {**f, "role": _label(AttachmentRole, f["role"]), "hash": hash_groups(f["sha256"])}
            for f in content["files"]
        ],
        "title": content["code"],
    }


def _label(choices, value) -> str:
    try:
        return choices(value).label
    except ValueError:  # a choice removed since the receipt was issued: print what it was
        return value


def receipt_pdf(*, receipt: Receipt) -> bytes:
    return render_pdf(
        template_name="contest/receipt_pdf.html",
        context=receipt_context(receipt=receipt),
        stylesheets=["documents/receipt.css"],
    )
