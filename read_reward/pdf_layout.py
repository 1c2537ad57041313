"""PDF pages -> text blocks in reading order.

Text layers are read with pdfplumber: two-column pages in reading order, running headers,
footers and page numbers dropped, headings found by font size, wide gaps between words kept
as column gaps (for tables). Pages with no text layer are OCR'd (see `ocr`).
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
from collections import Counter
from pathlib import Path
from statistics import median
from typing import Any, NamedTuple

from read_reward import furniture
from read_reward.errors import InputError
from read_reward.ocr import ocr_pages
from read_reward.ocr_spelling import correct_ocr_words, mend_ocr_marks
from read_reward.text_layout import Block, paragraph_blocks, vocab

MAX_PAGES = 200
HEADING_SCALE = 1.2  # a PDF line this much larger than the body text is a heading
COLUMN_GAP = 1.0  # ems between two words of a row that make a column gap
_HALF_GUTTER = 4.0  # points: a gutter is a white stripe at least twice this wide

Word = dict[str, Any]  # a pdfplumber word: text, x0, x1, top, bottom, size


class Line(NamedTuple):
    text: str
    size: float = 0.0  # font size; 0 when unknown (OCR)
    start: bool = False  # first line of a column or page: a paragraph ends here only after . ! ? :
    para: bool = False  # a blank line or a wide gap comes before this line


def pdf_blocks(path: Path, data: bytes, sha: str, cache_dir: Path, progress: bool) -> tuple[list[Block], int, int]:
    """Blocks of a PDF in reading order, its page count and how many pages needed OCR."""
    pages = _pdf_words(path, data)
    scanned = [i for i, (_, words) in enumerate(pages) if words is None]
    ocr = correct_ocr_words(ocr_pages(path, data, sha, scanned, cache_dir, progress))
    page_rows: list[list[Any]] = [
        _rows(words) if words is not None else _ocr_lines(ocr[i]) for i, (_, words) in enumerate(pages)
    ]
    drops = margin_rows([[_row_text(row) for row in rows] for rows in page_rows],
                        anywhere=[words is None for _, words in pages])
    sizes = Counter(round(w["size"], 1) for _, words in pages for w in words or [] for _ in w["text"])
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    lines: list[Line] = []
    for (width, words), rows, drop in zip(pages, page_rows, drops):
        kept = [row for j, row in enumerate(rows) if j not in drop]
        lines += kept if words is None else _layout_lines(kept, width)
    return _line_blocks(lines, body_size), len(pages), len(scanned)


def _pdf_words(path: Path, data: bytes) -> list[tuple[float, list[Word] | None]]:
    """(width, words) per page; words is None for a page with no text layer (to OCR)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if b"%PDF-" not in data[:1024]:
        raise InputError(f"{path.name} is not a PDF (no %PDF header); pass a real PDF, "
                         "or the manual's text as .txt/.md")
    pages = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise InputError(f"{path.name} has {len(pdf.pages)} pages, over the {MAX_PAGES}-page "
                                 "limit; keep only the manual, e.g. qpdf in.pdf --pages . 1-50 -- out.pdf")
            for page in pdf.pages:
                words = [w for w in page.dedupe_chars().extract_words(extra_attrs=["size"]) if w["upright"]]
                letters = sum(c.isalpha() for w in words for c in w["text"])
                pages.append((float(page.width), None if letters < 20 and page.images else words))
                page.close()
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many exception types on damaged files
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(f"{path.name} is encrypted; decrypt it first, "
                             "e.g. qpdf --decrypt in.pdf out.pdf") from exc
        reason = " ".join(str(cause).split())[:120] or type(cause).__name__
        raise InputError(f"cannot read {path.name}, the PDF is broken or truncated ({reason}); "
                         "re-download it or repair it, e.g. qpdf in.pdf fixed.pdf") from exc
    if not pages:
        raise InputError(f"{path.name} has no pages; pass the full manual PDF")
    return pages


def _rows(words: list[Word]) -> list[list[Word]]:
    """Page-wide rows of words sharing a baseline, each sorted left to right."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w["bottom"], w["x0"])):
        if rows and abs(w["bottom"] - rows[-1][0]["bottom"]) <= 0.3 * w["size"]:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _row_text(row: list[Word] | Line) -> str:
    """A row's text; two spaces mark a column gap (a table's)."""
    if isinstance(row, Line):
        return row.text
    parts = [row[0]["text"]]
    for a, b in itertools.pairwise(row):
        parts += ["  " if b["x0"] - a["x1"] > COLUMN_GAP * max(a["size"], 1.0) else " ", b["text"]]
    return furniture.normalise("".join(parts)).replace("\n", " ")


def margin_rows(pages: list[list[str]], anywhere: list[bool] | None = None) -> list[set[int]]:
    """Per page, the rows to drop: page numbers, and running headers and footers (text repeated
    among the first two or last two rows of most pages; digits are ignored when comparing).
    On pages marked `anywhere` (OCR'd: columns may put a footer mid-text) a short line of 2+
    words repeated on most pages goes wherever it is."""

    def key(rows: list[str], i: int) -> str:
        side = "top" if i < len(rows) / 2 else "bottom"
        return side + re.sub(r"[^a-z#]+", "", re.sub(r"\d+", "#", rows[i].lower()))

    def edges(rows: list[str]) -> set[int]:
        return {i for i in (0, 1, len(rows) - 2, len(rows) - 1) if 0 <= i < len(rows)}

    def loose(text: str) -> str:  # letters only, accents off: OCR reads "Game" as "Gamé" on one page
        text = unicodedata.normalize("NFKD", text).lower()
        return re.sub(r"[^a-z]+", "", text) if 2 <= len(text.split()) <= 8 else ""

    counts = Counter(k for rows in pages for k in {key(rows, i) for i in edges(rows)})
    repeated = Counter(k for rows in pages for k in {loose(text) for text in rows} if k)
    need = max(2, (len(pages) + 1) // 2)
    anywhere = anywhere or [False] * len(pages)
    return [
        {i for i in edges(rows) if counts[key(rows, i)] >= need}
        | {i for i, text in enumerate(rows) if furniture.PAGE_NUMBER.fullmatch(text.strip())}
        | ({i for i, text in enumerate(rows) if repeated[loose(text)] >= need} if ocr else set())
        for rows, ocr in zip(pages, anywhere)
    ]


def _gutter(rows: list[list[Word]], width: float) -> float | None:
    """x of the white stripe between two text columns, or None for a single-column page."""
    if len(rows) < 6:
        return None
    blocked = [0] * (int(width) + 2)  # rows with a word within _HALF_GUTTER of each x
    for row in rows:
        xs: set[int] = set()
        for w in row:
            xs.update(range(max(0, int(w["x0"] - _HALF_GUTTER)), min(len(blocked), int(w["x1"] + _HALF_GUTTER) + 1)))
        for x in xs:
            blocked[x] += 1
    middle = range(int(0.3 * width), int(0.7 * width))
    if not middle:
        return None
    least = min(blocked[x] for x in middle)
    if least > 0.1 * len(rows):
        return None
    runs: list[list[int]] = []  # runs of x where the fewest rows are blocked
    for x in middle:
        if blocked[x] == least:
            if runs and runs[-1][-1] == x - 1:
                runs[-1].append(x)
            else:
                runs.append([x])
    widest = max(runs, key=len)
    gutter = (widest[0] + widest[-1]) / 2
    words = [w for row in rows for w in row]
    left = sum(w["x1"] <= gutter for w in words)
    right = sum(w["x0"] >= gutter for w in words)
    return gutter if min(left, right) >= 0.15 * len(words) else None


def _columns(rows: list[list[Word]], gutter: float | None) -> list[list[list[Word]]]:
    """Runs of rows in reading order: full-width rows in place, column rows left then right."""
    if gutter is None:
        return [rows]
    runs: list[list[list[Word]]] = []
    left: list[list[Word]] = []
    right: list[list[Word]] = []
    span: list[list[Word]] = []
    for row in rows:
        if any(w["x0"] < gutter + _HALF_GUTTER and w["x1"] > gutter - _HALF_GUTTER for w in row):
            runs += [left, right]
            left, right = [], []
            span.append(row)
        else:
            runs.append(span)
            span = []
            left_part = [w for w in row if w["x1"] <= gutter]
            right_part = [w for w in row if w["x0"] >= gutter]
            left += [left_part] if left_part else []
            right += [right_part] if right_part else []
    return [run for run in (*runs, span, left, right) if run]


def _layout_lines(rows: list[list[Word]], width: float) -> list[Line]:
    """A text page's lines in reading order; a gap wider than usual between lines ends a paragraph."""
    runs = _columns(rows, _gutter(rows, width))
    tops = [[min(w["top"] for w in row) for row in run] for run in runs]
    pitches = [b - a for t in tops for a, b in itertools.pairwise(t) if b > a]
    pitch = median(pitches) if pitches else 0.0
    return [
        Line(_row_text(row), median(w["size"] for w in row), start=j == 0,
             para=j > 0 and t[j] - t[j - 1] > 1.3 * pitch)
        for run, t in zip(runs, tops)
        for j, row in enumerate(run)
    ]


def _ocr_lines(text: str) -> list[Line]:
    """Tesseract output -> lines. A blank line ends a paragraph after . ! ? : or before a line
    that starts with a capital, a digit or a bullet (on a skewed scan OCR puts blank lines
    inside paragraphs too)."""
    lines: list[Line] = []
    blank = False
    for raw in furniture.normalise(text).splitlines():
        line = " ".join(mend_ocr_marks(furniture.clean_ocr_line(raw)).split())
        if line and any(c.isalnum() for c in line):
            ends = bool(lines) and bool(re.search(r"[.!?:][\"')\]]*$", lines[-1].text))
            first = re.search(r"[A-Za-z0-9]", line)
            para = blank and bool(lines) and (ends or not (first and first.group().islower()))
            lines.append(Line(line, start=not lines, para=para))
        blank = not line
    return lines


def _line_blocks(lines: list[Line], body_size: float) -> list[Block]:
    """Lines -> blocks: a line in a clearly larger font is a heading (adjacent ones of one size
    merge); a paragraph ends at a gap, or at a column or page start after . ! ? :"""
    words = vocab("\n".join(line.text for line in lines))
    blocks: list[Block] = []
    par: list[str] = []
    prev: Line | None = None
    for line in lines:
        big = bool(body_size) and line.size >= HEADING_SCALE * body_size
        if par and (big or line.para or (line.start and re.search(r"[.!?:][\"')\]]*$", par[-1]))):
            blocks += paragraph_blocks(par, words, heading_rule=True)
            par = []
        if not big:
            par.append(line.text)
        elif prev and prev.size == line.size and not line.start and blocks and blocks[-1].kind == "heading":
            blocks[-1] = Block("heading", f"{blocks[-1].text} {line.text}")  # a heading's second line
        else:
            blocks.append(Block("heading", " ".join(line.text.split())))
        prev = line
    blocks += paragraph_blocks(par, words, heading_rule=True) if par else []
    return [Block("text" if b.kind == "heading" and len(b.text.split()) > 15 else b.kind, b.text)
            for b in blocks]  # large print is text
