"""Fonts, colours and paragraph styles of the PDF reports.

DejaVu Sans (shipped inside matplotlib, already a dependency) carries every accent
of the five report languages, and is embedded in each PDF.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

INK = colors.HexColor("#1f3b57")
MUTED = colors.HexColor("#5d6b78")
RULE = colors.HexColor("#c9d3dc")
FAIL_BG = colors.HexColor("#fbe4e1")
FAIL_INK = colors.HexColor("#a12b1f")
PASS_INK = colors.HexColor("#1e7a45")
HEAD_BG = colors.HexColor("#e8eef4")
GRADE_COLOURS = {
    "compliant": "#1e7a45",
    "advisory": "#5a8a2e",
    "surveillance": "#b7791f",
    "sales_limitation": "#c0611f",
    "suspension": "#b03a2e",
    "deregistration": "#7b1f1f",
}
FONT, BOLD = "LabSans", "LabSans-Bold"


@cache
def register_fonts() -> None:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        "muted": ParagraphStyle("muted", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=9, spaceAfter=4
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.2),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=7.5, leading=9.2
        ),
        "grade": ParagraphStyle("grade", parent=body, fontName=BOLD, fontSize=15, leading=18),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=10, bulletIndent=2, spaceAfter=2
        ),
    }
