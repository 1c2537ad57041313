"""Manual parser: turn an instruction manual (.pdf, .txt, .md) into titled sections of sentences.

Text files may be UTF-8 (with or without BOM), UTF-16 (with or without BOM) or cp1252/Latin-1.
Layout lives in `text_layout` (paragraphs, headings, lists, tables), `furniture` (what booklets
print around the text), `pdf_layout` (PDF text layers) and `ocr` (scanned pages).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from read_reward import furniture
from read_reward.columns import unfold_columns
from read_reward.config_layout import unconfig
from read_reward.grid_tables import read_grids
from read_reward.errors import InputError
from read_reward.study_sheets import uncard
from read_reward.spreadsheets import uncsv
from read_reward.subtitles import unsubtitle
from read_reward.telegrams import untelegram
from read_reward.markdown_layout import looks_markdown, markdown_blocks
from read_reward.outlines import unoutline
from read_reward.ocr import OCR_DPI, default_cache_dir  # noqa: F401  (OCR_DPI: part of the API)
from read_reward.pdf_layout import MAX_PAGES, pdf_blocks  # noqa: F401
from read_reward.sentences import block_sentences
from read_reward.text_layout import (
    Block,
    drop_boilerplate,
    drop_foreign_sections,
    paragraph_blocks,
    paragraphs,
    text_blocks,
    vocab,
)

MAX_BYTES = 50 * 2**20
SUPPORTED = (".pdf", ".txt", ".md")
KINDS = ("text", "bullet", "table", "caption")


@dataclass(frozen=True)
class Section:
    """A titled run of sentences. `kinds` says per sentence where it came from: "text" (a
    paragraph), "bullet" (a list item), "table" (a table row, as "LABEL: VALUE.") or "caption"
    (a figure caption); left out, every sentence is "text"."""

    title: str
    sentences: tuple[str, ...]
    kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.kinds:
            object.__setattr__(self, "kinds", ("text",) * len(self.sentences))


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

    def tagged_sentences(self) -> list[tuple[str, str, str]]:
        """(section title, sentence, kind) in reading order; kind as in `Section.kinds`."""
        return [(s.title, t, k) for s in self.sections for t, k in zip(s.sentences, s.kinds)]

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
        cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        blocks, pages, ocr_pages = pdf_blocks(path, data, sha, cache_dir, progress)
    else:
        text = _decode(data, path)
        markdown = path.suffix.lower() == ".md" or looks_markdown(text)  # a wiki page or README saved as .txt
        blocks = markdown_blocks(text) if markdown else text_blocks(text)
    blocks = drop_foreign_sections(drop_boilerplate(blocks))
    sections = _sections(blocks, path.stem)
    _check_english(sections, path)
    title = next((b.text for b in blocks if b.kind == "heading"), path.stem)
    return Manual(str(path), sha, title, sections, pages, ocr_pages)


def split_sentences(text: str) -> list[str]:
    """Split text into sentences. Blank lines separate paragraphs, bulleted lines are items of
    their own, table rows become "LABEL: VALUE.", wrapped lines are joined; fragments (under 3
    words, or no letters) and furniture (copyright lines, figure references) are dropped."""
    text = furniture.normalise(text)
    words = vocab(text)
    return [
        sentence
        for lines in paragraphs(text.split("\n"))
        for block in paragraph_blocks(lines, words, heading_rule=False)
        for sentence in block_sentences(block)
    ]


def _sections(blocks: list[Block], preface: str) -> tuple[Section, ...]:
    """Group blocks into sections; text before the first heading goes under `preface`."""
    sections: list[Section] = []
    title, sentences, kinds = preface, [], []
    parent = ""
    for block in [*blocks, Block("heading", "")]:
        if block.kind in ("heading", "entry"):
            if sentences:
                sections.append(Section(title, tuple(sentences), tuple(kinds)))
            parent = block.text if block.kind == "heading" else parent
            # an entry keeps its chapter's title: "[3.1] OBSTACLES / Mogul"
            title, sentences, kinds = f"{parent} / {block.text}" if block.kind == "entry" and parent else block.text, [], []
        else:
            found = block_sentences(block)
            sentences += found
            kinds += [block.kind] * len(found)
    return tuple(sections)


# ---------------------------------------------------------------- input checks and decoding


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


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def _decode(data: bytes, path: Path) -> str:
    """Normalised text of a .txt/.md file: UTF-8/16/32 by BOM, UTF-16 without BOM by its NUL bytes, else
    UTF-8 with any byte that is not UTF-8 read as cp1252 (so Latin-1 and cp1252 files read
    right, and so do UTF-8 files with a few stray cp1252 bytes)."""
    binary = InputError(f"{path.name} holds binary data, not text; pass the manual as .txt/.md text "
                        "(UTF-8, UTF-16 or Latin-1) or as a .pdf")
    if data.lstrip()[:5] == b"%PDF-":
        raise InputError(f"{path.name} is a PDF with a {path.suffix} extension; rename it to .pdf")
    bom, encoding = next(((b, e) for b, e in _BOMS if data.startswith(b)), (b"", _utf16_by_nuls(data)))
    if encoding:
        text = data[len(bom):].decode(encoding, errors="replace")
    else:
        data = data.rstrip(b"\x00\x1a")  # NUL padding, DOS end-of-file mark
        head = data[:1 << 16]
        if sum(b < 32 and b not in b"\t\n\r\f\x1a\x1b" for b in head) > 0.01 * len(head):
            raise binary
        text = data.decode("utf-8", errors="surrogateescape")
        text = re.sub("[\udc80-\udcff]+", lambda m: bytes(ord(c) - 0xDC00 for c in m.group()).decode(
            "cp1252", errors="ignore"), text)
    if len(_CONTROL.findall(text[:1 << 16])) > 0.01 * len(text[:1 << 16]):
        raise binary
    lines = text.split("\n")
    # (before a deck's tabs, a spreadsheet's commas or a file's comments read as columns; a config file's lists are no outline)
    if (read := unoutline(unconfig(uncsv(uncard(untelegram(unsubtitle(lines))))))) is not lines:
        text = "\n".join(read)
    text = furniture.normalise(unfold_columns(read_grids(text)))
    if not text.strip():
        raise InputError(f"{path.name} is empty; pass a manual that has text in it")
    return text


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM: in English text every other byte is NUL."""
    head = data[:1 << 16]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0) / len(head[0::2]), head[1::2].count(0) / len(head[1::2])
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


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
