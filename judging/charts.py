"""Server-drawn SVG charts: no script, so the strict Content-Security-Policy holds."""

from decimal import Decimal

from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from contest.collation import vietnamese_name_key

WIDTH, ROW, LEFT, RIGHT, TOP = 640, 26, 180, 20, 30
TICKS = 5  # 0, 25%, 50%, 75% and 100% of the highest possible total


def judge_distribution_svg(*, results) -> str:
    """Each judge's range and mean of totals against the jury's mean, with labelled axes.

    With the judge-adjusted method a second mark shows the judge's mean after correction:
    the distance between the two is the judge's leniency removed.
    """
    per_judge = results.totals_by_judge
    if not per_judge:
        return ""
    effects = getattr(results, "judge_effects", None)
    maximum = float(results.round.max_total or Decimal(100))
    every = [float(t) for totals in per_judge.values() for t in totals.values()]
    jury_mean = sum(every) / len(every)

    def x(value: float) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * value / maximum

    judges = sorted(per_judge, key=lambda j: (vietnamese_name_key(results.judges.get(j, "")), j))
    plot_bottom = TOP + ROW * len(judges)
    height = plot_bottom + 58
    rows = []
    for i, judge in enumerate(judges):
        totals = per_judge[judge]
        values = [float(t) for t in totals.values()]
        mean = sum(values) / len(values)
        y = TOP + i * ROW
        adjusted = ""
        if effects is not None and judge in effects.judges:
            # The correction is linear, so the mean of corrected totals is the corrected
            # mean: one step per judge instead of one 50-digit step per sheet.
            effect, centre = effects.judges[judge], float(effects.centre)
            fixed = (
                centre + float(effect.factor) * (mean - centre - float(effect.offset))
                if effect.corrected
                else mean
            )
            adjusted = format_html(
                '<rect x="{}" y="{}" width="8" height="8" class="chart-adjusted">'
                "<title>{}</title></rect>",
                f"{x(fixed) - 4:.1f}",
                y,
                _("%(name)s after correction: %(mean)s")
                % {"name": results.judges.get(judge, str(judge)), "mean": f"{fixed:.1f}"},
            )
        rows.append(
            (
                y + 8,
                results.judges.get(judge, str(judge)),
                f"{x(min(values)):.1f}",
                y,
                f"{max(x(max(values)) - x(min(values)), 2):.1f}",
                f"{x(mean):.1f}",
                y + 4,
                _("%(name)s: mean %(mean)s over %(count)s entries")
                % {
                    "name": results.judges.get(judge, str(judge)),
                    "mean": f"{mean:.1f}",
                    "count": len(values),
                },
                adjusted,
            )
        )
    # format_html escapes every argument to a string first, so numbers come preformatted.
    body = format_html_join(
        "",
        '<text x="4" y="{}" class="chart-label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="8" class="chart-range"/>'
        '<circle cx="{}" cy="{}" r="5" class="chart-mean"><title>{}</title></circle>{}',
        rows,
    )
    ticks = format_html_join(
        "",
        '<line x1="{0}" x2="{0}" y1="{1}" y2="{2}" class="chart-axis"/>'
        '<text x="{0}" y="{3}" text-anchor="middle" class="chart-label">{4}</text>',
        [
            (
                f"{x(maximum * k / (TICKS - 1)):.1f}",
                plot_bottom,
                plot_bottom + 5,
                plot_bottom + 18,
                number_format(round(maximum * k / (TICKS - 1), 1), decimal_pos=0),
            )
            for k in range(TICKS)
        ],
    )
    legend = _("● raw mean") + (_("   ■ mean after correction") if effects is not None else "")
    jury_x = f"{x(jury_mean):.1f}"
    return format_html(
        '<svg viewBox="0 0 {w} {h}" role="img" aria-label="{label}" '
        'xmlns="http://www.w3.org/2000/svg">'
        '<text x="4" y="16" class="chart-label">{judge}</text>'
        '<text x="{left}" y="16" class="chart-label">{legend}</text>'
        '<line x1="{jx}" x2="{jx}" y1="{top}" y2="{bottom}" class="chart-jury"/>'
        '<text x="{jx}" y="{top_label}" text-anchor="middle" class="chart-label">{jury}</text>'
        '<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" class="chart-axis"/>'
        "{ticks}{body}"
        '<text x="{middle}" y="{title_y}" text-anchor="middle" class="chart-label">{axis}</text>'
        "</svg>",
        w=WIDTH,
        h=height,
        label=_("Judges' totals: range, raw mean and mean after correction"),
        judge=_("Judge"),
        legend=legend,
        jx=jury_x,
        top=TOP - 6,
        top_label=plot_bottom + 32,
        bottom=plot_bottom,
        jury=_("jury mean %(mean)s") % {"mean": f"{jury_mean:.1f}"},
        left=LEFT,
        right=WIDTH - RIGHT,
        ticks=ticks,
        body=mark_safe(body),
        middle=(LEFT + WIDTH - RIGHT) // 2,
        title_y=plot_bottom + 50,
        axis=_("Total (points, out of %(max)s)") % {"max": number_format(maximum, 0)},
    )
