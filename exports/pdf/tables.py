"""The summary's two kinds of table: label–value pairs, and lists that may run over pages."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import Paragraph, Table, TableStyle

from exports.pdf.fonts import REGULAR
from exports.pdf.page import FRAME_WIDTH
from exports.pdf.styles import CELL, CELL_HEAD, LABEL, VALUE, para

RULE = Color(0.75, 0.75, 0.75)
HEAD_FILL = Color(0.9, 0.9, 0.9)
GROUP_FILL = Color(0.95, 0.95, 0.95)
LABEL_WIDTH = 45 * 72 / 25.4  # 45 mm
# Cells hold paragraphs, but a table still sets its own font per cell: Helvetica, unembedded.
FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


def fields(rows: Sequence[tuple[str, str]]) -> Table:
    """Label on the left, value on the right; rows with an empty value are left out."""
    cells = [[para(label, LABEL), para(value, VALUE)] for label, value in rows if value]
    table = Table(cells, colWidths=[LABEL_WIDTH, FRAME_WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def listing(headers: Sequence[str], rows: Sequence[Sequence[str | Paragraph]],
            widths: Sequence[float], *, groups: Sequence[int] = ()) -> Table:
    """A ruled table whose header row repeats on every page it runs onto. ``groups`` are
    indexes (in ``rows``) of rows that name a group: one bold cell across the table."""
    head = [para(h, CELL_HEAD) for h in headers]
    body = [[cell if isinstance(cell, Paragraph) else para(cell, CELL) for cell in row]
            for row in rows]
    # splitInRow: a very long cell may itself continue on the next page instead of failing.
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for index in groups:
        commands += [("SPAN", (0, index + 1), (-1, index + 1)),
                     ("BACKGROUND", (0, index + 1), (-1, index + 1), GROUP_FILL)]
    table.setStyle(TableStyle(commands))
    return table
