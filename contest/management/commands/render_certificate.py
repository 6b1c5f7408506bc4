"""Preview the certificate template with data typed on the command line.

    python manage.py render_certificate --name "Nguyễn Thị Ánh Tuyết" --prize "Giải Nhất" \\
        --entry-title "Số hóa quy trình một cửa" --out /tmp/gcn.pdf [--pdfa]

Needs no database: organisers and designers can check the layout (long names, long
titles, a new seal) before any award exists.
"""

import argparse
import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from contest.documents.certificate import CertificateData, render_certificate
from contest.documents.images import InvalidImage
from contest.documents.pdf import PDF_ARCHIVE

DEFAULT_ISSUER = "Ban Tổ chức Cuộc thi"
DEFAULT_SIGNER_TITLE = ("TM. Ban Tổ chức", "Trưởng ban")


class Command(BaseCommand):
    help = "Render a preview certificate (Giấy chứng nhận) to a PDF file."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Recipient's full name.")
        parser.add_argument("--prize", required=True, help='e.g. "Giải Nhất".')
        parser.add_argument("--entry-title", required=True)
        parser.add_argument("--out", required=True, type=Path, help="PDF file to write.")
        parser.add_argument("--field", default="", help="Field (lĩnh vực) of the entry.")
        parser.add_argument("--unit", default="", help="Recipient's agency or unit.")
        parser.add_argument("--number", type=int, default=1)
        parser.add_argument("--number-suffix", default="GCN-BTC")
        parser.add_argument("--date", type=parse_date, help="YYYY-MM-DD or DD/MM/YYYY.")
        parser.add_argument("--place", default="Hà Nội")
        parser.add_argument("--issuer", default=DEFAULT_ISSUER)
        parser.add_argument("--issuer-parent", default="")
        parser.add_argument("--contest-name", default="")
        parser.add_argument(
            "--signer-title",
            action="append",
            help="An authority line; repeat for several (default: TM. Ban Tổ chức / Trưởng ban).",
        )
        parser.add_argument("--signer-name", default="")
        parser.add_argument("--signature", type=Path, help="PNG or JPEG of the signature.")
        parser.add_argument("--seal", type=Path, help="PNG (transparent) or JPEG of the seal.")
        parser.add_argument("--verify-url", help="URL in the QR code (default: the site).")
        parser.add_argument("--serial", default="PREVIEW")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE)
        parser.add_argument(
            "--pdfa", action="store_true", help=f"Write {PDF_ARCHIVE.upper()} for archiving."
        )

    def handle(self, *args, **options):
        data = CertificateData(
            issuer=options["issuer"],
            issuer_parent=options["issuer_parent"],
            number=options["number"],
            number_suffix=options["number_suffix"],
            recipient=options["name"],
            recipient_unit=options["unit"],
            prize=options["prize"],
            entry_title=options["entry_title"],
            field=options["field"],
            contest_name=options["contest_name"],
            place=options["place"],
            date=options["date"] or timezone.localdate(),
            signer_title=tuple(options["signer_title"] or DEFAULT_SIGNER_TITLE),
            signer_name=options["signer_name"],
            verify_url=options["verify_url"] or settings.WAGTAILADMIN_BASE_URL,
            serial=options["serial"],
            signature_image=read_optional(options["signature"]),
            seal_image=read_optional(options["seal"]),
        )
        with translation.override(options["language"]):
            try:
                pdf = render_certificate(data, pdf_variant=PDF_ARCHIVE if options["pdfa"] else None)
            except InvalidImage as error:
                raise CommandError(f"Unusable signature or seal image: {error}") from error
        out = options["out"]
        out.write_bytes(pdf)
        self.stdout.write(f"Wrote {out} ({len(pdf):,} bytes)")


def parse_date(value: str) -> datetime.date:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{value!r} is not YYYY-MM-DD or DD/MM/YYYY")


def read_optional(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error}") from error
