"""An SVG bar chart of articles per month, coloured by congress, made at build time."""

from __future__ import annotations

from collections import Counter
from html import escape
from itertools import pairwise

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


WIDTH, LEFT, RIGHT, TOP, HEIGHT = 640, 44, 12, 16, 200
"""The drawing's own units. The page scales it to its column (about 350 px on a 390 px phone,
740 px on a desktop), so text is drawn at 19 units: 10 px on a phone, 22 on a desktop."""
FONT = 19
LABEL_GAP = {True: 70, False: 104}
"""The least space between two axis labels: "2021" (by year), "12/2020" (by month)."""


def _ticks(months: list[tuple[int, int]], step: float) -> list[tuple[int, str]]:
    """(month index, label) of the axis labels, thinned so that no two overlap: years when
    the chart spans more than two years, else months; every k-th one that fits."""
    by_year = len(months) > 24
    marks = [
        (i, str(y) if by_year else f"{m}/{y}")
        for i, (y, m) in enumerate(months)
        if (m == 1 if by_year else True)
    ]
    if by_year and months[0][1] != 1:
        marks.insert(0, (0, str(months[0][0])))
        if len(marks) > 1 and (marks[1][0] - marks[0][0]) * step < LABEL_GAP[by_year]:
            marks.pop(0)  # the first year's label would overlap the next January's
    every = 1
    while len(marks) > every and _closest(marks, every) * step < LABEL_GAP[by_year]:
        every += 1
    return marks[::every]


def _closest(marks: list[tuple[int, str]], every: int) -> int:
    kept = [i for i, _ in marks[::every]]
    return min((b - a for a, b in pairwise(kept)), default=10**6)


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
    step = (WIDTH - LEFT - RIGHT) / len(months)
    bar = max(1.0, step * 0.8)
    per_row = 3
    rows = (len(series) + per_row - 1) // per_row
    total_height = TOP + HEIGHT + 36 + rows * 28
    base = TOP + HEIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{total_height}" '
        f'viewBox="0 0 {WIDTH} {total_height}" role="img" aria-labelledby="t">',
        '<title id="t">Số bài viết theo tháng, tô màu theo kỳ Đại hội</title>',
        f"<style>text{{font:{FONT}px sans-serif;fill:#555}}</style>",
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" stroke="#999"/>',
        f'<text x="{LEFT - 6}" y="{TOP + 6}" text-anchor="end">{peak}</text>',
        f'<text x="{LEFT - 6}" y="{base}" text-anchor="end">0</text>',
    ]
    for index, month in enumerate(months):
        x, y = LEFT + index * step, base
        for roman in series:
            n = counts[(month, roman)]
            if not n:
                continue
            h = max(1, round(n / peak * HEIGHT))
            y -= h
            label = f"Tháng {month[1]}/{month[0]}: {n} bài" + (
                f" (Đại hội {roman})" if roman else ""
            )
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{bar:.1f}" height="{h}" '
                f'fill="{COLOURS.get(roman, OTHER)}"><title>{escape(label, quote=False)}</title></rect>'
            )
    for index, text in _ticks(months, step):
        x = LEFT + (index + 0.4) * step
        if x + len(text) * FONT * 0.3 > WIDTH:
            continue  # it would be cut at the edge
        parts.append(f'<line x1="{x:.1f}" y1="{base}" x2="{x:.1f}" y2="{base + 5}" stroke="#999"/>')
        parts.append(f'<text x="{x:.1f}" y="{base + 24}" text-anchor="middle">{text}</text>')
    for index, roman in enumerate(series):
        x = LEFT + (index % per_row) * 196
        y = base + 60 + (index // per_row) * 28
        name = f"Đại hội {roman}" if roman else "Không gắn Đại hội"
        parts.append(
            f'<rect x="{x}" y="{y - 14}" width="16" height="16" fill="{COLOURS.get(roman, OTHER)}"/>'
        )
        parts.append(f'<text x="{x + 22}" y="{y}">{escape(name, quote=False)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
