"""Write an edition's official reports to a folder, as the staff pages would serve them.

    python manage.py render_reports --edition 1 --out /tmp/bao-cao [--language vi]

Writes the list of award winners (if a result is frozen), and for every round its score
summary, all judges' score sheets and one sheet per judge, each as PDF and XLSX (judges'
single sheets as PDF), under ASCII file names.
"""

import dataclasses
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from contest.models import Edition
from judging.reports import xlsx
from judging.reports.context import ascii_file_name
from judging.reports.results_list import results_list, results_list_pdf
from judging.reports.score_sheets import score_sheets, score_sheets_pdf
from judging.reports.score_summary import score_summary, score_summary_pdf


class Command(BaseCommand):
    help = "Write an edition's results list, score summaries and score sheets (PDF and XLSX)."

    def add_arguments(self, parser):
        parser.add_argument("--edition", required=True, type=int, help="Edition id.")
        parser.add_argument("--out", required=True, type=Path, help="Folder to write into.")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE)

    def handle(self, *args, edition, out, language, **options):
        found = Edition.objects.filter(pk=edition).first()
        if found is None:
            raise CommandError(f"No edition {edition}.")
        out.mkdir(parents=True, exist_ok=True)
        with translation.override(language):
            written = self._render(found, out)
        for path in written:
            self.stdout.write(str(path))
        self.stdout.write(self.style.SUCCESS(f"{len(written)} files written to {out}"))

    def _render(self, edition: Edition, out: Path) -> list[Path]:
        written = []

        def write(name: str, extension: str, content: bytes):
            path = out / f"{ascii_file_name(name)}.{extension}"
            path.write_bytes(content)
            written.append(path)

        report = results_list(edition=edition)
        if report is None:
            self.stderr.write("No frozen result yet: no results list.")
        else:
            name = f"danh-sach-dat-giai-{edition.code_prefix}"
            write(name, "pdf", results_list_pdf(report))
            write(name, "xlsx", xlsx.results_list_workbook(report))
        for round_ in edition.rounds.select_related("edition").order_by("position"):
            summary = score_summary(round_=round_)
            name = f"bang-tong-hop-diem-vong-{round_.position}"
            write(name, "pdf", score_summary_pdf(summary))
            write(name, "xlsx", xlsx.score_summary_workbook(summary))
            sheets = score_sheets(round_=round_)
            name = f"phieu-cham-diem-vong-{round_.position}"
            write(name, "pdf", score_sheets_pdf(sheets))
            write(name, "xlsx", xlsx.score_sheets_workbook(sheets))
            for sheet in sheets.sheets:
                single = dataclasses.replace(sheets, sheets=(sheet,))
                judge_name = f"{name}-{sheet.judge_name}-{sheet.judge_id}"
                write(judge_name, "pdf", score_sheets_pdf(single))
        return written
