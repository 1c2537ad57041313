"""Small test manuals: a two-column text-layer PDF and a scanned (image-only) PDF."""

from __future__ import annotations

from pathlib import Path

import matplotlib
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"


def two_column_pdf(path: Path, blocks: list[tuple[str, str]], *, title: str, header: str, footer: str,
                   width: float = 420, height: float = 560, body: float = 10, heading: float = 16) -> int:
    """Write `blocks` ("h", text) / ("p", text) in two columns; "\\n" in a paragraph forces a line
    break. Every page gets `header` at the top and `footer` + "Page N" at the bottom; page 1
    starts with `title` centred across both columns. Returns the number of pages."""
    margin, gutter, top, bottom = 36.0, 24.0, 60.0, height - 50
    col_w = (width - 2 * margin - gutter) / 2
    pdf = FPDF(unit="pt", format=(width, height))
    pdf.set_auto_page_break(False)
    state = {"col": 0, "y": top, "top": top}

    def new_page() -> None:
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(margin, 30, header)
        pdf.text(margin, height - 24, footer)
        pdf.text(width - margin - 30, height - 24, f"Page {pdf.page_no()}")
        state.update(col=0, y=top, top=top)

    def line(text: str, size: float, style: str = "") -> None:
        if state["y"] + size > bottom:
            if state["col"] == 0:
                state.update(col=1, y=state["top"])
            else:
                new_page()
        pdf.set_font("Helvetica", style, size)
        pdf.text(margin + state["col"] * (col_w + gutter), state["y"] + size, text)
        state["y"] += size * 1.3

    new_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text((width - pdf.get_string_width(title)) / 2, top + 20, title)
    state.update(y=top + 40, top=top + 40)
    for kind, text in blocks:
        size, style = (heading, "B") if kind == "h" else (body, "")
        state["y"] += size * 0.6  # space before a block
        pdf.set_font("Helvetica", style, size)
        for part in text.split("\n"):
            for wrapped in _wrap(pdf, part, col_w):
                line(wrapped, size, style)
    pdf.output(str(path))
    return pdf.page_no()


def _wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and pdf.get_string_width(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def scanned_pdf(path: Path, pages: list[list[tuple[str, str]]], *, width_in: float = 8.5,
                height_in: float = 11.0, dpi: int = 150, font_pt: float = 11) -> None:
    """A PDF of page images (no text layer). Each page is a list of ("h", text) headings and
    ("p", text) paragraphs, drawn with DejaVuSans as a scanner would see them."""
    pdf = FPDF(unit="pt", format=(width_in * 72, height_in * 72))
    size = round(font_pt * dpi / 72)
    body, head = ImageFont.truetype(str(FONT), size), ImageFont.truetype(str(FONT), round(size * 1.4))
    width, height, margin = int(width_in * dpi), int(height_in * dpi), int(0.6 * dpi)
    for blocks in pages:
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        y = margin
        for kind, text in blocks:
            font = head if kind == "h" else body
            for line in _wrap_px(draw, text, font, width - 2 * margin):
                draw.text((margin, y), line, font=font, fill=0)
                y += int(font.size * 1.4)
            y += size
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=width_in * 72, h=height_in * 72)
    pdf.output(str(path))


def _wrap_px(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines
