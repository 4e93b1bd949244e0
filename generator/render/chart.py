"""An SVG bar chart of articles per month, coloured by congress, made at build time."""

from __future__ import annotations

from collections import Counter
from html import escape

from ..collect import Archive
from .common import day_of

COLOURS = {"XI": "#8e24aa", "XII": "#1e88e5", "XIII": "#43a047", "XIV": "#e53935", "XV": "#fb8c00"}
OTHER = "#9e9e9e"


def _months(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months, (year, month) = [], first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def render_chart(archive: Archive) -> str | None:
    """The SVG text, or None when no article has a date."""
    counts: Counter[tuple[tuple[int, int], str]] = Counter()
    for article in archive.articles:
        day = day_of(article)
        if day:
            counts[
                ((day.year, day.month), article.card.congress[0] if article.card.congress else "")
            ] += 1
    if not counts:
        return None
    months = _months(min(k[0] for k in counts), max(k[0] for k in counts))
    series = sorted({k[1] for k in counts}, key=lambda r: (r == "", r))
    totals = {m: sum(counts[(m, s)] for s in series) for m in months}
    peak = max(totals.values())
    bar, gap, height, left, top = max(3, min(24, 720 // len(months))), 1, 200, 40, 20
    width = left + len(months) * (bar + gap) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 90}" '
        f'viewBox="0 0 {width} {height + 90}" role="img" aria-labelledby="t">',
        '<title id="t">Số bài viết theo tháng, tô màu theo kỳ Đại hội</title>',
        "<style>text{font:11px sans-serif;fill:#555}</style>",
        f'<line x1="{left}" y1="{top + height}" x2="{width - 10}" y2="{top + height}" stroke="#999"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 6}" y="{top + height}" text-anchor="end">0</text>',
    ]
    for index, month in enumerate(months):
        x, y = left + index * (bar + gap), top + height
        for roman in series:
            n = counts[(month, roman)]
            if not n:
                continue
            h = max(1, round(n / peak * height))
            y -= h
            label = f"Tháng {month[1]}/{month[0]}: {n} bài" + (
                f" (Đại hội {roman})" if roman else ""
            )
            parts.append(
                f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="{COLOURS.get(roman, OTHER)}">'
                f"<title>{escape(label, quote=False)}</title></rect>"
            )
        if month[1] == 1 or index == 0:
            parts.append(f'<text x="{x}" y="{top + height + 14}">{month[1]}/{month[0]}</text>')
    for index, roman in enumerate(series):
        x, y = left + index * 150, top + height + 40
        name = f"Đại hội {roman}" if roman else "Không gắn Đại hội"
        parts.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{COLOURS.get(roman, OTHER)}"/>'
        )
        parts.append(f'<text x="{x + 16}" y="{y}">{escape(name, quote=False)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
