"""Scanned-style manuals: a manual's text rendered as image-only PDF pages that look like a
photocopied booklet (title page, two columns, bold headings, running footer and page numbers,
slight rotation, uneven light, speckles, blur, JPEG), the same bytes for the same text and seed.

Tests import it directly; benchmarks put tests/ on sys.path first. `scanned_manual(game, folder)`
renders the bundled manual of a game (SCANNED_GAMES are the ones tested as scans); `ocr_quality`
measures how well they read back.
"""

from __future__ import annotations

import json
import re
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import matplotlib
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

MANUALS = Path(__file__).resolve().parents[1] / "manuals"
FONTS = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf"  # DejaVu, shipped with matplotlib

# The games whose bundled manual is also tested as a scan (the one list; tests and benchmarks read it).
# Five of our Markdown manuals and six plain-text ones in the layout of real booklets (four publishers).
SCANNED_GAMES: tuple[str, ...] = (
    "breakout", "mspacman", "seaquest", "skiing", "tennis",
    "demonattack", "frogger", "pacman", "pitfall", "riverraid", "spaceinvaders",
)


@dataclass(frozen=True)
class Block:
    """A unit of layout: "title", "center" (a cover line; `mark` "title" for the big one), "h"
    (heading), "p" (paragraph), "li" (bulleted item, `mark` its bullet) or "row" (a line kept as it
    is: table rows, scoring lines)."""

    kind: str
    text: str
    mark: str = ""


@dataclass(frozen=True)
class Style:
    """How one booklet is printed and copied; drawn from the seed by `style_for`."""

    page_in: tuple[float, float]
    dpi: int
    font: str  # "Serif" or "Sans"
    body_pt: float
    columns: int  # on pages after the first
    justify: bool
    bullet: str  # what a markdown "-" item is printed as
    rotation: float  # largest |angle| in degrees; each page draws its own
    blur: float  # final blur radius in pixels at 300 dpi
    speckles: float  # dark specks per square inch
    noise: float  # grey-level standard deviation of the grain
    quality: int  # JPEG quality of the page images


def style_for(seed: int) -> Style:
    """A booklet style for this seed: letter, 7x10 or half-letter pages; serif or sans; ragged or
    justified; degradation strong enough to make Tesseract slip now and then."""
    rng = np.random.default_rng(seed)
    page_in, dpi, body_pt = [((8.5, 11.0), 240, 10.5), ((7.0, 10.0), 240, 9.5), ((5.5, 8.5), 300, 8.5)][
        rng.integers(3)]
    return Style(page_in=page_in, dpi=dpi, font=("Serif", "Sans")[rng.integers(2)], body_pt=body_pt,
                 columns=2, justify=bool(rng.integers(2)), bullet=("•", "o", "-")[rng.integers(3)],
                 rotation=float(rng.uniform(0.6, 1.5)), blur=float(rng.uniform(0.4, 0.8)),
                 speckles=float(rng.uniform(30, 80)), noise=float(rng.uniform(4, 9)),
                 quality=int(rng.integers(45, 70)))


# ---------------------------------------------------------------- text -> blocks

_MD_HEADING = re.compile(r"(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"([-*+•o·]|\d{1,2}[.)]|[a-z]\))\s+(?=\S)")
_TABLE = re.compile(r"\.{4,}|\t|\|")  # dot leaders, tabs, table bars
_RULE = re.compile(r"[-=_*~]{3,}")
_PAGE_MARK = re.compile(r"[-–(\[]?\s*(?:page\s*)?\d{1,3}\s*[-–)\]]?", re.IGNORECASE)
_SPACED = re.compile(r"(?:\S ){3,}\S.*")  # "P A C - M A N"


def decode(data: bytes) -> str:
    """Text of a manual file: UTF-16 or UTF-8 (BOM optional), else cp1252."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def text_blocks(text: str, markdown: bool) -> list[Block]:
    """A manual's text -> blocks. Markdown: `#` headings (the first `# ` is the title), `-` items,
    tables as rows, emphasis marks dropped. Plain text: the transcription's page numbers and
    running heads are dropped (the scan prints its own); blank lines part paragraphs; before the
    first paragraph, indented or ALL-CAPS lines are the cover ("center"); later a short ALL-CAPS
    or underlined line is a heading; bulleted lines are items; dot-leader and spaced lines are rows."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").split("\n")
    lines = [_md_inline(x) for x in lines] if markdown else _drop_page_furniture(lines)
    blocks: list[Block] = []
    for para in re.split(r"\n[ \t]*\n", "\n".join(lines)):
        rows = [x.rstrip() for x in para.split("\n") if x.strip()]
        text_lines: list[str] = []  # of the current paragraph or item
        kind, mark = "p", ""

        def flush() -> None:
            if text_lines:
                blocks.append(Block(kind, " ".join(text_lines), mark))
                text_lines.clear()

        for j, line in enumerate(rows):
            s = line.strip()
            heading = _MD_HEADING.fullmatch(s) if markdown else None
            bullet = _BULLET.match(s)
            cover = not markdown and not any(b.kind in ("p", "li") for b in blocks) and not text_lines
            if _RULE.fullmatch(s) or (markdown and re.fullmatch(r"\|?[-:| ]+\|?", s)):
                continue
            if heading:
                flush()
                top = heading.group(1) == "#" and not blocks
                blocks.append(Block("title" if top else "h", heading.group(2)))
            elif _is_row(line, cover):
                flush()
                kind = "p"
                blocks.append(Block("row", " ".join(c.strip() for c in s.strip("|").split("|")) if markdown else s))
            elif not markdown and cover and (_caps_heading(s) or len(line) - len(s) >= 6):
                spaced = bool(_SPACED.fullmatch(s))  # keep the wide gaps between its words
                blocks.append(Block("center", s if spaced else " ".join(s.split()), "title" if spaced else ""))
            elif not markdown and not text_lines and \
                    (_caps_heading(s) or (j + 1 < len(rows) and _RULE.fullmatch(rows[j + 1].strip()))):
                flush()
                kind = "p"
                blocks.append(Block("h", s))
            elif bullet:
                flush()
                kind, mark = "li", bullet.group(1)
                text_lines.append(s[bullet.end():])
            else:
                if kind == "li" and not markdown and not line[:1].isspace() and _ends(text_lines[-1]):
                    flush()
                    kind = "p"
                text_lines.append(s)
        flush()
    return blocks


def _is_row(line: str, cover: bool) -> bool:
    """A table or scoring line; a centred cover line with wide gaps ("S P A C E   I N") is none."""
    s = line.strip()
    return bool(_TABLE.search(s)) or (bool(re.search(r"\S {3,}\S", s)) and not (cover and len(line) - len(s) >= 6))


def _drop_page_furniture(lines: list[str]) -> list[str]:
    """Without page-number lines and running heads (short lines standing alone that repeat, digits
    aside)."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()).lower())

    alone = [bool(x.strip()) and not (lines[i - 1].strip() if i else "") and
             not (lines[i + 1].strip() if i + 1 < len(lines) else "") for i, x in enumerate(lines)]
    counts = Counter(key(x) for x, a in zip(lines, alone) if a)
    return ["" if a and (_PAGE_MARK.fullmatch(x.strip()) or (counts[key(x)] >= 2 and len(x.split()) <= 8))
            else x for x, a in zip(lines, alone)]


def _md_inline(line: str) -> str:
    line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return re.sub(r"(\*\*|__|`)", "", re.sub(r"(?<![\w*])\*(?!\s)([^*]+)\*", r"\1", line))


def _caps_heading(line: str) -> bool:
    return sum(c.isalpha() for c in line) >= 3 and line.isupper() and len(line.split()) <= 8 and line[-1] not in ".,;"


def _ends(line: str) -> bool:
    return line.rstrip()[-1:] in ".!?:"


# ---------------------------------------------------------------- blocks -> clean pages


@dataclass
class _Fonts:
    body: ImageFont.FreeTypeFont
    bold: ImageFont.FreeTypeFont
    heading: ImageFont.FreeTypeFont
    title: ImageFont.FreeTypeFont
    small: ImageFont.FreeTypeFont


def _fonts(style: Style) -> _Fonts:
    px = style.body_pt * style.dpi / 72
    family = "DejaVuSerif" if style.font == "Serif" else "DejaVuSans"

    def font(bold: bool, scale: float) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(FONTS / f"{family}{'-Bold' if bold else ''}.ttf"), round(px * scale))

    return _Fonts(font(False, 1.0), font(True, 1.0), font(True, 1.3), font(True, 2.4), font(False, 0.85))


class _Layout:
    """Flows lines down columns and onto new pages; page 1 opens with the title, full width."""

    def __init__(self, style: Style, footer: str):
        self.style, self.footer, self.fonts = style, footer, _fonts(style)
        self.w, self.h = (round(d * style.dpi) for d in style.page_in)
        self.margin = round(0.55 * style.dpi)
        self.gutter = round(0.3 * style.dpi)
        self.bottom = self.h - self.margin - round(0.25 * style.dpi)
        self.pages: list[Image.Image] = []
        self._new_page(columns=1)

    def _new_page(self, columns: int) -> None:
        self.page = Image.new("L", (self.w, self.h), 255)
        self.pages.append(self.page)
        self.draw = ImageDraw.Draw(self.page)
        number = str(len(self.pages))
        small, y = self.fonts.small, self.h - self.margin
        self.draw.text((self.margin, y), self.footer if len(self.pages) % 2 else number, font=small, fill=0)
        right = number if len(self.pages) % 2 else self.footer
        self.draw.text((self.w - self.margin - self.draw.textlength(right, font=small), y), right, font=small, fill=0)
        self.y = self.margin
        self.set_columns(columns)

    def set_columns(self, columns: int) -> None:
        self.columns, self.col, self.top = columns, 0, self.y
        self.col_w = (self.w - 2 * self.margin - (columns - 1) * self.gutter) // columns

    def room(self, height: int) -> None:
        """Move to the next column or page unless `height` pixels fit below."""
        if self.y + height <= self.bottom or self.y == self.top:
            return
        if self.col + 1 < self.columns:
            self.col += 1
            self.y = self.top
        else:
            self._new_page(self.style.columns)

    def center(self, text: str, font: ImageFont.FreeTypeFont) -> None:
        fits = self.draw.textlength(text, font=font) <= self.col_w
        for words in [[text]] if fits else self.wrap(text, font, self.col_w):
            pitch = round(font.size * 1.4)
            self.room(pitch)
            line = " ".join(words)
            x0 = self.margin + self.col * (self.col_w + self.gutter)
            self.draw.text((x0 + (self.col_w - self.draw.textlength(line, font=font)) / 2, self.y), line,
                           font=font, fill=0)
            self.y += pitch

    def space(self, pixels: int) -> None:
        if self.y > self.top:
            self.y += pixels

    def line(self, words: list[str], font: ImageFont.FreeTypeFont, indent: int, justify: bool, mark: str = "") -> None:
        pitch = round(font.size * 1.32)
        self.room(pitch)
        x0 = self.margin + self.col * (self.col_w + self.gutter)
        if mark:
            self.draw.text((x0 + indent - round(font.size * 1.3), self.y), mark, font=font, fill=0)
        x, gap = x0 + indent, self.draw.textlength(" ", font=font)
        if justify and len(words) > 1:
            ink = sum(self.draw.textlength(w, font=font) for w in words)
            gap = max(gap, (self.col_w - indent - ink) / (len(words) - 1))
        for word in words:
            self.draw.text((round(x), self.y), word, font=font, fill=0)
            x += self.draw.textlength(word, font=font) + gap
        self.y += pitch

    def wrap(self, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[list[str]]:
        """Words per line; a long word that leaves a line under 3/4 full is hyphenated."""
        lines: list[list[str]] = [[]]
        for word in text.split():
            line = lines[-1]
            if not line or self.draw.textlength(" ".join(line + [word]), font=font) <= width:
                line.append(word)
                continue
            used = self.draw.textlength(" ".join(line), font=font)
            cut = _hyphen_point(word)
            if cut and used < 0.75 * width and \
                    self.draw.textlength(" ".join(line + [word[:cut] + "-"]), font=font) <= width:
                line.append(word[:cut] + "-")
                word = word[cut:]
            lines.append([word])
        return [line for line in lines if line]


def _fit_row(text: str, fits: Callable[[str], bool]) -> str:
    """A table row narrowed to fit: its longest run of dots (down to 3) or spaces (down to 2) shortened."""
    while not fits(text):
        runs = [m for m in re.finditer(r"\.{4,}| {3,}", text)]
        if not runs:
            break
        run = max(runs, key=lambda m: m.end() - m.start())
        text = text[:run.start()] + text[run.start() + 1:]
    return text


def _hyphen_point(word: str) -> int:
    """Where to break a long plain word (after a vowel followed by a consonant, near the middle), or 0."""
    if len(word) < 9 or not word.isalpha() or not word.islower():
        return 0
    cuts = [i for i in range(3, len(word) - 3) if word[i - 1] in "aeiou" and word[i] not in "aeiouy"]
    return min(cuts, key=lambda i: abs(i - len(word) / 2)) if cuts else 0


def render_clean(blocks: list[Block], style: Style, footer: str) -> list[Image.Image]:
    """Blocks laid out on white pages (no degradation yet): page 1 full width down to the first
    heading (title, cover lines, notices), then `style.columns` columns."""
    layout = _Layout(style, footer)
    f, body_px = layout.fonts, layout.fonts.body.size
    for block in blocks:
        if block.kind in ("title", "center"):
            big = block.kind == "title" or block.mark == "title"
            layout.center(block.text, f.title if big else f.heading if block.text.isupper() else f.body)
            layout.y += round(body_px * (1.2 if big else 0.3))
        elif block.kind == "h":
            if layout.columns == 1 and len(layout.pages) == 1:
                layout.space(round(body_px * 0.6))
                layout.set_columns(style.columns)
            layout.space(round(body_px * 0.9))
            layout.room(round(f.heading.size * 1.35 + 3 * body_px * 1.32))  # keep with the next lines
            for words in layout.wrap(block.text, f.heading, layout.col_w):
                layout.line(words, f.heading, 0, False)
            layout.y += round(body_px * 0.25)
        elif block.kind == "row":
            for font in (f.body, f.small):  # a wide table is set in smaller type
                text = _fit_row(block.text, lambda t: layout.draw.textlength(t, font=font) <= layout.col_w - body_px)
                if layout.draw.textlength(text, font=font) <= layout.col_w - body_px:
                    layout.line([text], font, body_px, False)  # one "word": its spacing kept
                    break
            else:
                for words in layout.wrap(text, f.body, layout.col_w - body_px):
                    layout.line(words, f.body, body_px, False)
        else:
            indent = round(body_px * 1.6) if block.kind == "li" else 0
            mark = (style.bullet if block.mark in "-*+" else block.mark) if block.kind == "li" else ""
            layout.space(round(body_px * 0.5))
            lines = layout.wrap(block.text, f.body, layout.col_w - indent)
            for k, words in enumerate(lines):
                layout.line(words, f.body, indent, style.justify and k + 1 < len(lines), mark if k == 0 else "")
    return layout.pages


# ---------------------------------------------------------------- clean page -> photocopy


def _smooth_field(rng: np.random.Generator, shape: tuple[int, int], cells: int) -> np.ndarray:
    """A smooth random field in [0, 1] (a coarse random grid scaled up bicubically)."""
    coarse = Image.fromarray((rng.random((cells, cells)) * 255).astype(np.uint8))
    return np.asarray(coarse.resize((shape[1], shape[0]), Image.Resampling.BICUBIC), np.float32) / 255


def degrade(page: Image.Image, style: Style, rng: np.random.Generator) -> Image.Image:
    """A clean page as a worn photocopy: toner spread and unevenness, a tinted paper with uneven
    light and a darker spine side, grain, specks, a slight rotation, blur."""
    scale = style.dpi / 300
    page = page.filter(ImageFilter.GaussianBlur(0.5 * scale))  # toner spread
    ink = 1 - np.asarray(page, np.float32) / 255
    shape = ink.shape
    ink *= 0.75 + 0.25 * _smooth_field(rng, shape, 12)  # patchy toner
    h, w = shape
    spine = np.linspace(1.0, 0.0, w, dtype=np.float32) ** 6  # shadow near the binding
    if rng.integers(2):
        spine = spine[::-1]
    light = (rng.uniform(0.86, 0.95) - 0.10 * _smooth_field(rng, shape, 4) - rng.uniform(0.05, 0.15) * spine)
    gray = light * (1 - 0.92 * ink) * 255
    gray += rng.normal(0, style.noise, shape).astype(np.float32)
    specks = rng.random(shape)  # dust and toner flecks: many dots, a third of them grown to 3x3
    dots = (specks < style.speckles / style.dpi ** 2).astype(np.uint8) * 255
    flecks = Image.fromarray(np.where(specks < style.speckles / 3 / style.dpi ** 2, dots, 0).astype(np.uint8))
    dark = np.maximum(dots, np.asarray(flecks.filter(ImageFilter.MaxFilter(3)))).astype(np.float32)
    gray -= dark * rng.uniform(0.4, 0.8)
    page = Image.fromarray(np.clip(gray, 0, 255).astype(np.uint8))
    angle = float(rng.uniform(0.3, style.rotation)) * (1 if rng.integers(2) else -1)
    page = page.rotate(angle, Image.Resampling.BICUBIC, fillcolor=int(light.mean() * 235))
    return page.filter(ImageFilter.GaussianBlur(style.blur * scale))


# ---------------------------------------------------------------- the PDF


def scan_pdf(text: str, path: Path, *, markdown: bool, footer: str, seed: int) -> int:
    """Write `text` as a scanned-style, image-only PDF at `path`; returns the page count. The same
    arguments give the same bytes."""
    style = style_for(seed)
    rng = np.random.default_rng(seed + 1)
    pages = [degrade(p, style, rng) for p in render_clean(text_blocks(text, markdown), style, footer)]
    fixed = time.gmtime(0)  # no clock in the file
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    pages[0].save(part, "PDF", save_all=True, append_images=pages[1:], resolution=style.dpi,
                  quality=style.quality, creationDate=fixed, modDate=fixed)
    part.replace(path)
    return len(pages)


def manual_path(game: str) -> Path:
    """A game's bundled manual: its manifest entry, else manuals/<game>.txt, else .md."""
    entry = json.loads((MANUALS / "manifest.json").read_text("utf-8"))["games"].get(game)
    if entry:
        return MANUALS / entry["manual"]
    for suffix in (".txt", ".md"):
        if (MANUALS / f"{game}{suffix}").is_file():
            return MANUALS / f"{game}{suffix}"
    raise FileNotFoundError(f"no bundled manual for {game}")


def scanned_manual(game: str, folder: Path, src: Path | None = None) -> Path:
    """Render the bundled manual of `game` (or the manual `src`) as `folder/<game>.pdf`, seeded by
    the game's name."""
    src = src or manual_path(game)
    out = Path(folder) / f"{game}.pdf"
    title = json.loads((MANUALS / "manifest.json").read_text("utf-8"))["games"].get(game, {}).get("title", game.title())
    scan_pdf(decode(src.read_bytes()), out, markdown=src.suffix == ".md",
             footer=f"{title} Game Instructions", seed=zlib.crc32(game.encode()))
    return out
