"""How lenient and harsh judges were corrected (giải trình hiệu chỉnh điểm), for print.

The jury chair signs this beside the result: per judge, the leniency and spread that the
judge-adjusted mean estimated and how many totals each rests on; per entry, its raw mean,
its corrected score and how far the correction moved it. Built from the round's live
results, which are the frozen result once the round is frozen (judging.services.freeze).
A round ranked by another method prints that it corrects nothing, and its raw means.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext, pgettext

from judging.enums import AggregationMethod
from judging.models import Round
from judging.reports.context import (
    Header,
    Signer,
    document_header,
    edition_settings,
    render_report,
    signature_note,
)
from judging.reports.score_summary import method_label
from judging.results import round_results

TEMPLATE = "judging/reports/corrections.html"


@dataclass(frozen=True, kw_only=True)
class JudgeCorrection:
    name: str
    entries: int
    offset: Decimal
    scale: Decimal
    factor: Decimal
    corrected: bool
    scaled: bool


@dataclass(frozen=True, kw_only=True)
class EntryCorrection:
    rank: int | None
    code: str
    raw_mean: Decimal | None
    total: Decimal | None
    change: Decimal | None


@dataclass(frozen=True, kw_only=True)
class Corrections:
    title: str
    header: Header
    round_name: str
    method_label: str
    corrects: bool  # False: the round's method corrects no judge
    centre: Decimal | None
    min_entries: int | None
    judges: tuple[JudgeCorrection, ...]
    entries: tuple[EntryCorrection, ...]
    signers: tuple[Signer, ...]


def corrections(*, round_: Round) -> Corrections:
    """The explanation of ``round_`` (its edition loaded with it)."""
    results = round_results(round_=round_)
    effects = results.judge_effects
    judges = tuple(
        JudgeCorrection(
            name=name,
            entries=effect.entries,
            offset=effect.offset,
            scale=effect.scale,
            factor=effect.factor,
            corrected=effect.corrected,
            scaled=effect.scaled,
        )
        for name, effect in results.judge_effect_rows
    )
    entries = tuple(
        EntryCorrection(
            rank=row.rank,
            code=row.code,
            raw_mean=row.raw_mean,
            total=row.total,
            change=row.adjustment,
        )
        for row in results.rows
    )
    return Corrections(
        title=gettext("How lenient and harsh judges were corrected"),
        header=document_header(edition=round_.edition, settings=edition_settings(round_.edition)),
        round_name=round_.name,
        method_label=method_label(results.method),
        corrects=results.method == AggregationMethod.ADJUSTED and effects is not None,
        centre=effects.centre if effects else None,
        min_entries=effects.min_entries if effects else None,
        judges=judges,
        entries=entries,
        signers=(
            Signer(title_lines=(pgettext("signature", "Prepared by"),), note=signature_note()),
            Signer(
                title_lines=(
                    pgettext("signature", "On behalf of the jury"),
                    pgettext("signature", "Chair of the jury"),
                ),
                note=signature_note(),
            ),
        ),
    )


def corrections_pdf(report: Corrections) -> bytes:
    return render_report(template_name=TEMPLATE, context={"report": report, "title": report.title})
