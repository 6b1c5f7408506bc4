"""Server-drawn SVG charts: no script, so the strict Content-Security-Policy holds."""

from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

WIDTH, ROW, LEFT = 640, 26, 180


def judge_distribution_svg(*, results) -> str:
    """Each judge's range and mean of totals against the jury's mean: harsh and lenient show."""
    per_judge = results.totals_by_judge
    if not per_judge:
        return ""
    maximum = float(results.round.max_total or Decimal(100))
    every = [float(t) for totals in per_judge.values() for t in totals.values()]
    jury_mean = sum(every) / len(every)

    def x(value: float) -> float:
        return LEFT + (WIDTH - LEFT - 20) * value / maximum

    judges = sorted(per_judge, key=lambda j: results.judges.get(j, ""))
    height = ROW * len(judges) + 30
    rows = []
    for i, judge in enumerate(judges):
        values = [float(t) for t in per_judge[judge].values()]
        mean = sum(values) / len(values)
        y = 20 + i * ROW
        rows.append(
            (
                y + 4,
                results.judges.get(judge, str(judge)),
                f"{x(min(values)):.1f}",
                y,
                f"{max(x(max(values)) - x(min(values)), 2):.1f}",
                f"{x(mean):.1f}",
                y - 2,
                f"{mean:.1f}",
            )
        )
    # format_html escapes every argument to a string first, so numbers come preformatted.
    body = format_html_join(
        "",
        '<text x="4" y="{}" class="chart-label">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="8" class="chart-range"/>'
        '<circle cx="{}" cy="{}" r="5" class="chart-mean"><title>{}</title></circle>',
        [
            (ly, name, rx, ry + 0, rw, cx, cy + 6, title)
            for ly, name, rx, ry, rw, cx, cy, title in rows
        ],
    )
    jury_x = f"{x(jury_mean):.1f}"
    return format_html(
        '<svg viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">'
        '<line x1="{}" x2="{}" y1="10" y2="{}" class="chart-jury"/>{}</svg>',
        WIDTH,
        height,
        "judge score distribution",
        jury_x,
        jury_x,
        height - 5,
        mark_safe(body),
    )
