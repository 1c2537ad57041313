"""Manual parser: turn an instruction manual (.pdf, .txt, .md) into titled sections of sentences.

Text-layer PDFs are read with pdfplumber: two-column pages in reading order, running headers,
footers and page numbers dropped, headings found by font size. Pages with no text layer are
rendered with pypdfium2 and OCR'd with Tesseract; OCR text is cached by the file's sha256.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import re
import shutil
import subprocess
import warnings
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any, NamedTuple

from read_reward.card import write_atomic
from read_reward.errors import InputError

MAX_BYTES = 50 * 2**20
MAX_PAGES = 200
SUPPORTED = (".pdf", ".txt", ".md")
OCR_DPI = 300
OCR_CACHE_VERSION = 1
HEADING_SCALE = 1.2  # a PDF line this much larger than the body text is a heading

Block = tuple[bool, str]  # (is_heading, text)
Word = dict[str, Any]  # a pdfplumber word: text, x0, x1, top, bottom, size


@dataclass(frozen=True)
class Section:
    """A titled run of sentences."""

    title: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Manual:
    """A parsed manual: its sections of sentences in reading order."""

    path: str
    sha256: str  # of the file bytes
    title: str  # first heading or file stem
    sections: tuple[Section, ...]
    pages: int  # 0 for text files
    ocr_pages: int  # pages that went through OCR

    def sentences(self) -> list[tuple[str, str]]:
        """(section title, sentence) pairs in reading order."""
        return [(s.title, t) for s in self.sections for t in s.sentences]

    @property
    def text(self) -> str:
        """All sentences, one per line (for TF-IDF)."""
        return "\n".join(t for s in self.sections for t in s.sentences)


def read_manual(path: str | Path, *, cache_dir: Path | None = None, progress: bool = False) -> Manual:
    """Read a .pdf, .txt or .md manual. Raises InputError for anything that is not a usable manual.

    `cache_dir` holds OCR results (default `$READ_REWARD_CACHE` or `~/.cache/read-reward`);
    `progress` shows a progress bar on stderr while pages are OCR'd.
    """
    path = Path(path)
    data = _read_bytes(path)
    sha = hashlib.sha256(data).hexdigest()
    pages = ocr_pages = 0
    if path.suffix.lower() == ".pdf":
        cache_dir = Path(cache_dir) if cache_dir else _default_cache_dir()
        blocks, pages, ocr_pages = _pdf_blocks(path, data, sha, cache_dir, progress)
    elif path.suffix.lower() == ".md":
        blocks = _markdown_blocks(_decode(data, path))
    else:
        blocks = _text_blocks(_decode(data, path))
    sections = _sections(blocks, path.stem)
    _check_english(sections, path)
    title = next((text for is_heading, text in blocks if is_heading), path.stem)
    return Manual(str(path), sha, title, sections, pages, ocr_pages)


def split_sentences(text: str) -> list[str]:
    """Split text into sentences. Blank lines separate paragraphs, bulleted lines are items of
    their own, wrapped lines are joined; fragments (under 3 words, or no letters) are dropped."""
    vocab = _vocab(text)
    return [
        sentence
        for lines in _paragraphs(text.splitlines())
        for _, block in _paragraph_blocks(lines, vocab, heading_rule=False)
        for sentence in _split_paragraph(block)
    ]


# ---------------------------------------------------------------- input checks


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"manual not found: {path}; check the path")
    if path.is_dir():
        raise InputError(f"{path} is a directory; pass a manual file (.pdf, .txt or .md)")
    if path.suffix.lower() not in SUPPORTED:
        kind = repr(path.suffix) if path.suffix else "without an extension"
        raise InputError(f"unsupported manual type {kind} ({path.name}); supported: .pdf .txt .md")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise InputError(f"{path.name} is {size / 2**20:.0f} MiB, over the {MAX_BYTES // 2**20} MiB "
                         "limit; pass only the manual's own pages")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}; check its permissions") from exc
    if not data.strip():
        raise InputError(f"{path.name} is empty; pass a manual that has text in it")
    return data


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 text (BOM and CRLF tolerated) with Unix newlines."""
    if data.startswith(b"%PDF-"):
        raise InputError(f"{path.name} is a PDF with a {path.suffix} extension; rename it to .pdf")
    head = data[: 1 << 16]
    controls = sum(b < 32 and b not in b"\t\n\r\f" for b in head)
    if b"\x00" in head or controls > 0.01 * len(head):
        raise InputError(f"{path.name} holds binary data, not text; pass the manual as UTF-8 "
                         ".txt/.md or as a .pdf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path.name} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset "
                         f"{exc.start}); convert it, e.g. iconv -f latin1 -t utf-8") from exc
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path.name} is empty; pass a manual that has text in it")
    return text


_STOPWORDS = frozenset(
    "a an the and or but if of to in on at by for from with as is are be it its this that you your "
    "he she they we can will not no when then there".split()
)


def _check_english(sections: tuple[Section, ...], path: Path) -> None:
    """Reject manuals without English prose (only numbers, another script, another language)."""
    text = " ".join(s for section in sections for s in section.sentences)
    letters = [c for c in text if c.isalpha()]
    words = re.findall(r"[A-Za-z]+", text)
    stops = sum(w.lower() in _STOPWORDS for w in words)
    if len(words) < 3 or sum(c.isascii() for c in letters) < 0.5 * len(letters) or stops < 0.05 * len(words):
        raise InputError(f"no usable English sentences found in {path.name}; "
                         "pass an English manual with readable text")


# ---------------------------------------------------------------- text and Markdown


def _text_blocks(text: str) -> list[Block]:
    """Plain text: paragraphs between blank lines; a lone short ALL-CAPS/Title Case line is a heading."""
    vocab = _vocab(text)
    return [b for lines in _paragraphs(text.split("\n")) for b in _paragraph_blocks(lines, vocab, True)]


_MD_HEADING = re.compile(r" {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_SETEXT = re.compile(r" {0,3}(?:=+|-+)\s*$")
_MD_RULE = re.compile(r" {0,3}([-*_])(?:\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r" {0,3}(?:```|~~~)")
_MD_LINKDEF = re.compile(r" {0,3}\[[^\]]+\]:\s*\S")
_MD_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])"), r"\1"),  # link -> its text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolink
    (re.compile(r"</?[A-Za-z!][^>]*>"), ""),  # HTML tag or comment
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # _em_
    (re.compile(r"~~(.+?)~~"), r"\1"),  # strikethrough
)


def _md_inline(text: str) -> str:
    """Remove inline Markdown; backslash-escaped punctuation is kept literally."""
    text = re.sub(r"\\([!-/:-@\[-`{-~])", lambda m: chr(0xE000 + ord(m.group(1))), text)
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - 0xE000), text)


def _markdown_blocks(text: str) -> list[Block]:
    """Markdown: `#` headings (and setext underlines) start sections; inline markup is removed."""
    vocab = _vocab(text)
    blocks: list[Block] = []
    par: list[str] = []
    in_code = False

    def flush() -> None:
        if par:
            blocks.extend(_paragraph_blocks(par, vocab, heading_rule=False))
            par.clear()

    for line in text.split("\n"):
        if _MD_FENCE.match(line):
            flush()
            in_code = not in_code
        elif in_code:
            continue
        elif m := _MD_HEADING.match(line):
            flush()
            blocks += [(True, heading)] if (heading := _md_inline(m.group(1)).strip()) else []
        elif _MD_SETEXT.match(line) and len(par) == 1 and not _BULLET.match(par[0]):
            blocks.append((True, par.pop()))
        elif not line.strip() or _MD_RULE.match(line) or _MD_LINKDEF.match(line):
            flush()
        else:
            line = re.sub(r"^\s*(?:>\s?)+", "", line)  # block quote
            bullet = _BULLET.match(line)
            marker = bullet.group() if bullet else ""
            par.append(marker + _md_inline(line[len(marker):]))
    flush()
    return blocks


# ---------------------------------------------------------------- paragraphs, headings, sections

_BULLET = re.compile(r"\s*(?:[-*+•◦▪‣·–]|\d{1,2}[.)]|[a-z]\))\s+")
_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to vs with".split())
_HYPHEN_HEADS = frozenset("one two three four five six seven eight nine ten self".split())
_TERMINAL = re.compile(r"[.!?…:][\"'”’)\]]*$")


def _paragraphs(lines: list[str]) -> list[list[str]]:
    """Runs of lines separated by blank (or punctuation-only) lines."""
    pars: list[list[str]] = [[]]
    for line in lines:
        if any(c.isalnum() for c in line):
            pars[-1].append(line.strip())
        elif pars[-1]:
            pars.append([])
    return [p for p in pars if p]


def _paragraph_blocks(lines: list[str], vocab: set[str], heading_rule: bool) -> list[Block]:
    """One paragraph's lines -> text blocks (each bulleted item is its own block). With
    `heading_rule`, a lone heading-like line is a heading, and so is an ALL-CAPS first line
    followed by an ordinary line."""
    blocks: list[Block] = []
    heading = _heading(lines[0]) if heading_rule else None
    if heading and (len(lines) == 1 or (heading.isupper() and lines[1][:1].isupper() and not lines[1].isupper())):
        blocks.append((True, heading))
        lines = lines[1:]
    items: list[list[str]] = []
    for line in lines:
        bullet = _BULLET.match(line)
        if bullet or not items:
            items.append([line[bullet.end():] if bullet else line])
        else:
            items[-1].append(line)
    return blocks + [(False, _join(item, vocab)) for item in items]


_NUMBERING = re.compile(r"\s*(?:\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[IVX]{1,4}\.)\s+")


def _heading(line: str) -> str | None:
    """The heading in a short line (<= 6 words, no final period, optional "1." numbering) in
    ALL CAPS or Title Case, else None."""
    if re.match(r"\s*[-*+•◦▪‣·–]\s", line):
        return None
    numbering = _NUMBERING.match(line)
    text = " ".join(line[numbering.end() if numbering else 0:].rstrip().rstrip(":").split())
    words = text.split()
    if not 1 <= len(words) <= 6 or text[-1] in ".!?,;" or not any(c.isalpha() for c in text):
        return None
    if text.isupper():
        return text if sum(c.isalpha() for c in text) >= 2 else None
    alpha = [w for w in words if w[0].isalpha()]
    title_case = alpha[0][0].isupper() and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in alpha)
    return text if title_case else None


def _vocab(text: str) -> set[str]:
    """Lower-case words of a document, hyphenated compounds kept whole (to undo line-end hyphens)."""
    return set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))


def _keep_hyphen(head: str, tail: str, vocab: set[str]) -> bool:
    """Is `head-` + `tail` at a line break a real hyphen ("two-player") rather than a split word?"""
    head, tail = head.lower(), tail.lower()
    if f"{head}-{tail}" in vocab:
        return True
    if head + tail in vocab:
        return False
    return head in _HYPHEN_HEADS or head.isdigit()


def _join(lines: list[str], vocab: set[str]) -> str:
    """Join wrapped lines into one paragraph, undoing hyphenated line breaks."""
    out = ""
    for line in (x.strip() for x in lines):
        if not line:
            continue
        hyphen = re.search(r"([A-Za-z0-9]+)([-\u00ad\u2010])$", out)
        if hyphen and line[0].islower():
            tail = re.match(r"[A-Za-z]*", line).group()
            keep = hyphen.group(2) != "\u00ad" and _keep_hyphen(hyphen.group(1), tail, vocab)
            out = out[: hyphen.start(2)] + ("-" if keep else "") + line
        elif re.search(r"\w[-\u2010–—]$", out):
            out += line  # "X-" + "Ray", "word—" + "word"
        else:
            out = f"{out} {line}" if out else line
    return out.replace("\u00ad", "")


_ABBREVIATIONS = frozenset("mr mrs ms dr prof sr jr st mt vs cf viz approx ca fig figs vol pp p ch".split())
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+")


def _split_paragraph(text: str) -> list[str]:
    """Split one paragraph at . ! ? … followed by a capital or a digit, except after abbreviations.
    Fragments are dropped, except a leading label, which joins the sentence after it."""
    text = " ".join(text.split())
    sentences, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        following = text[m.end():].lstrip("\"'“‘([")[:1]
        if not (following.isupper() or following.isdigit()):
            continue
        word = text[start:m.start()].rsplit(" ", 1)[-1].lstrip("\"'“‘([").lower()
        if m.group()[:2] in (". ", ".\"", ".'", ".”", ".’", ".)", ".]") and (
            word in _ABBREVIATIONS
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)  # e.g. i.e. U.S.
            or (word == "no" and following.isdigit())  # No. 5
        ):
            continue
        sentences.append(text[start:m.end()].strip())
        start = m.end()
    sentences.append(text[start:].strip())
    if len(sentences) > 1 and not _is_sentence(sentences[0]) and any(c.isalpha() for c in sentences[0]):
        label = sentences.pop(0)  # "Power Pills. Eat one and the ghosts turn blue."
        sentences[0] = f"{label} {sentences[0]}"
    return [s for s in sentences if _is_sentence(s)]


def _is_sentence(text: str) -> bool:
    return len(re.findall(r"\w+", text)) >= 3 and any(c.isalpha() for c in text)


def _sections(blocks: list[Block], preface: str) -> tuple[Section, ...]:
    """Group blocks into sections; text before the first heading goes under `preface`."""
    sections: list[Section] = []
    title, sentences = preface, []
    for is_heading, text in blocks + [(True, "")]:
        if is_heading:
            if sentences:
                sections.append(Section(title, tuple(sentences)))
            title, sentences = text, []
        else:
            sentences += _split_paragraph(text)
    return tuple(sections)


# ---------------------------------------------------------------- PDF text layer


class _Line(NamedTuple):
    text: str
    size: float = 0.0  # font size; 0 when unknown (OCR)
    start: bool = False  # first line of a column or page: a paragraph ends here only after . ! ? :
    para: bool = False  # a blank line or a wide gap comes before this line


_PAGE_NUMBER = re.compile(  # "7", "- 7 -", "(iv)", "Page 7", "p. 7 of 20"; OCR may read "Page 1" as "Page l"
    r"(?:(?:page|pg\.?|p\.)\s*)?[-–—(\[]?\s*(?:\d{1,3}|[ivx]{1,6})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,3})?"
    r"|(?:page|pg\.?)\s*[\dlo]{1,3}",
    re.IGNORECASE,
)
_HALF_GUTTER = 4.0  # points: a gutter is a white stripe at least twice this wide


def _pdf_blocks(path: Path, data: bytes, sha: str, cache_dir: Path, progress: bool) -> tuple[list[Block], int, int]:
    """Blocks of a PDF in reading order, its page count and how many pages needed OCR."""
    pages = _pdf_words(path, data)
    scanned = [i for i, (_, words) in enumerate(pages) if words is None]
    ocr = _ocr(path, data, sha, scanned, cache_dir, progress)
    page_rows: list[list[Any]] = [
        _rows(words) if words is not None else _ocr_lines(ocr[i]) for i, (_, words) in enumerate(pages)
    ]
    drops = _margin_rows([[_row_text(row) for row in rows] for rows in page_rows])
    sizes = Counter(round(w["size"], 1) for _, words in pages for w in words or [] for _ in w["text"])
    body_size = sizes.most_common(1)[0][0] if sizes else 0.0
    lines: list[_Line] = []
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


def _row_text(row: list[Word] | _Line) -> str:
    return row.text if isinstance(row, _Line) else " ".join(w["text"] for w in row)


def _margin_rows(pages: list[list[str]]) -> list[set[int]]:
    """Per page, the rows to drop: page numbers, and running headers and footers (text repeated
    among the first two or last two rows of most pages; digits are ignored when comparing)."""

    def key(rows: list[str], i: int) -> str:
        side = "top" if i < len(rows) / 2 else "bottom"
        return side + re.sub(r"[^a-z#]+", "", re.sub(r"\d+", "#", rows[i].lower()))

    def edges(rows: list[str]) -> set[int]:
        return {i for i in (0, 1, len(rows) - 2, len(rows) - 1) if 0 <= i < len(rows)}

    counts = Counter(k for rows in pages for k in {key(rows, i) for i in edges(rows)})
    need = max(2, (len(pages) + 1) // 2)
    return [
        {i for i in edges(rows) if counts[key(rows, i)] >= need}
        | {i for i, text in enumerate(rows) if _PAGE_NUMBER.fullmatch(text.strip())}
        for rows in pages
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


def _layout_lines(rows: list[list[Word]], width: float) -> list[_Line]:
    """A text page's lines in reading order; a gap wider than usual between lines ends a paragraph."""
    runs = _columns(rows, _gutter(rows, width))
    tops = [[min(w["top"] for w in row) for row in run] for run in runs]
    pitches = [b - a for t in tops for a, b in itertools.pairwise(t) if b > a]
    pitch = median(pitches) if pitches else 0.0
    return [
        _Line(_row_text(row), median(w["size"] for w in row), start=j == 0,
              para=j > 0 and t[j] - t[j - 1] > 1.3 * pitch)
        for run, t in zip(runs, tops)
        for j, row in enumerate(run)
    ]


def _line_blocks(lines: list[_Line], body_size: float) -> list[Block]:
    """Lines -> blocks: a line in a clearly larger font is a heading (adjacent ones of one size
    merge); a paragraph ends at a gap, or at a column or page start after . ! ? :"""
    vocab = _vocab("\n".join(line.text for line in lines))
    blocks: list[Block] = []
    par: list[str] = []
    prev: _Line | None = None
    for line in lines:
        big = bool(body_size) and line.size >= HEADING_SCALE * body_size
        if par and (big or line.para or (line.start and _TERMINAL.search(par[-1]))):
            blocks += _paragraph_blocks(par, vocab, heading_rule=True)
            par = []
        if not big:
            par.append(line.text)
        elif prev and prev.size == line.size and not line.start:  # a heading's second line
            blocks[-1] = (True, f"{blocks[-1][1]} {line.text}")
        else:
            blocks.append((True, line.text))
        prev = line
    blocks += _paragraph_blocks(par, vocab, heading_rule=True) if par else []
    return [(is_heading and len(text.split()) <= 15, text) for is_heading, text in blocks]  # large print is text


# ---------------------------------------------------------------- OCR


def _default_cache_dir() -> Path:
    return Path(os.environ.get("READ_REWARD_CACHE") or "~/.cache/read-reward").expanduser()


def _ocr_lines(text: str) -> list[_Line]:
    """Tesseract output -> lines; a blank line ends a paragraph."""
    lines: list[_Line] = []
    blank = False
    for raw in text.splitlines():
        if raw.strip():
            lines.append(_Line(" ".join(raw.split()), start=not lines, para=blank and bool(lines)))
        blank = not raw.strip()
    return lines


def _ocr(path: Path, data: bytes, sha: str, pages: list[int], cache_dir: Path, progress: bool) -> dict[int, str]:
    """OCR text of the given pages (0-based), from the cache when present."""
    if not pages:
        return {}
    cache = cache_dir / "ocr" / f"{sha}.v{OCR_CACHE_VERSION}.json"
    done = _load_ocr_cache(cache, sha)
    todo = [i for i in pages if i not in done]
    if not todo:
        return done
    exe = _tesseract(path)
    import pypdfium2
    from rich.console import Console
    from rich.progress import Progress

    pdf = pypdfium2.PdfDocument(data)
    batch = 2 * (os.cpu_count() or 1)  # one single-threaded tesseract per CPU; few pages in memory
    try:
        with ThreadPoolExecutor(batch // 2) as pool, \
                Progress(console=Console(stderr=True), disable=not progress, transient=True) as bar:
            task = bar.add_task(f"OCR {path.name}", total=len(todo))
            for k in range(0, len(todo), batch):
                # pdfium is not thread-safe: render here, OCR in the pool
                jobs = {pool.submit(_run_tesseract, exe, _render(pdf, i), i, path): i for i in todo[k:k + batch]}
                for job in as_completed(jobs):
                    done[jobs[job]] = job.result()
                    _save_ocr_cache(cache, sha, done)  # after every page: an interrupted run resumes
                    bar.advance(task)
    finally:
        pdf.close()
    return done


def _load_ocr_cache(cache: Path, sha: str) -> dict[int, str]:
    try:
        data = json.loads(cache.read_text("utf-8"))
        if data["version"] != OCR_CACHE_VERSION or data["sha256"] != sha:
            return {}
        return {int(k): v for k, v in data["pages"].items() if isinstance(v, str)}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # missing or unreadable: OCR again


def _save_ocr_cache(cache: Path, sha: str, pages: dict[int, str]) -> None:
    record = {"version": OCR_CACHE_VERSION, "sha256": sha, "dpi": OCR_DPI,
              "pages": {str(i): pages[i] for i in sorted(pages)}}
    try:
        write_atomic(cache, json.dumps(record, ensure_ascii=False))
    except OSError as exc:
        warnings.warn(f"cannot write the OCR cache {cache}: {exc}", stacklevel=2)


def _tesseract(path: Path) -> str:
    """The Tesseract binary: $READ_REWARD_TESSERACT, else `tesseract` on PATH."""
    configured = os.environ.get("READ_REWARD_TESSERACT")
    if configured:
        exe = shutil.which(configured)
        if exe is None:
            raise InputError(f"READ_REWARD_TESSERACT={configured} is not an executable; "
                             "point it at the tesseract binary or unset it")
        return exe
    exe = shutil.which("tesseract")
    if exe is None:
        raise InputError(f"{path.name} has scanned pages but Tesseract OCR is not installed; install it "
                         "(apt-get install tesseract-ocr, or brew install tesseract) or set "
                         "READ_REWARD_TESSERACT to the path of the tesseract binary")
    return exe


def _render(pdf: Any, index: int) -> bytes:
    """A page as a grayscale PNG at OCR_DPI."""
    image = pdf[index].render(scale=OCR_DPI / 72, grayscale=True).to_pil()
    buf = io.BytesIO()
    image.save(buf, format="PNG", dpi=(OCR_DPI, OCR_DPI))
    return buf.getvalue()


def _run_tesseract(exe: str, png: bytes, index: int, path: Path) -> str:
    # OMP_THREAD_LIMIT=1: Tesseract's OpenMP threads made a page ~4x slower on 2 cores; we run
    # pages in parallel instead. Default page segmentation (--psm 3) keeps columns in order.
    cmd = [exe, "stdin", "stdout", "-l", "eng", "--psm", "3", "--dpi", str(OCR_DPI)]
    try:
        proc = subprocess.run(cmd, input=png, capture_output=True, timeout=600, check=False,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(f"cannot run Tesseract ({exe}) on page {index + 1} of {path.name}: "
                         f"{' '.join(str(exc).split())}; check it with `tesseract --version`") from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"]
        raise InputError(f"Tesseract failed on page {index + 1} of {path.name} ({err[-1]}); "
                         "check that `tesseract --list-langs` includes eng")
    return proc.stdout.decode("utf-8", "replace")
