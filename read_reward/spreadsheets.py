"""A spreadsheet saved as CSV, read as the table it is.

A fan's object list exported from a spreadsheet ("name,looks_like,what_touching_it_does,points" over rows such as
`Warrior,"small stick guy, spear",BAD - lose a turn,0`) is a table whose cells are split by bare commas and quoted
where they hold one. Each row is read as a Markdown table's row under its header (`described_row`: its values
as a table row, its descriptions as text about its first cell), under its first cell as a heading. The file's
"# comment" lines and one-cell notes ("\"- the shadows are safe\"") are plain text. A file without such a table is
left as it is.
"""

from __future__ import annotations

import csv
import re

from read_reward.markdown_layout import described_row
from read_reward.text_layout import Block

ROWS = 2  # a table has a header and at least this many rows ...
_HEAD_WORDS = 4  # ... a header's cells are names of at most this many words
_JOINED = 6  # a quoted cell may go on over at most this many lines
_COMMENT = re.compile(r"\s*#+\s?(?P<text>.*)")
_ONE_CELL = re.compile(r'\s*"(?P<text>(?:[^"]|"")*)"\s*,*\s*')


def _cells(line: str) -> list[str] | None:
    """The cells of a line split by bare commas (a quoted cell may hold commas), or None where it is no such line."""
    if "," not in line or re.search(r",\s+\S", _unquoted(line)):
        return None  # "red, green or blue": prose, whose commas have spaces after them
    try:
        rows = list(csv.reader([line], strict=True))
    except csv.Error:
        return None
    return [" ".join(cell.split()) for cell in rows[0]] if len(rows) == 1 else None


def _unquoted(line: str) -> str:
    """The line without its quoted cells."""
    return re.sub(r'"(?:[^"]|"")*"', '""', line)


def _header(line: str) -> list[str] | None:
    """The column names of a header line ("name,looks_like,where_found,points"), or None."""
    cells = _cells(line)
    named = [c for c in cells or [] if c]  # "SCORING,,": a table's title over its columns
    if not cells or len(cells) < 3 or not cells[0] or not all(
            re.search(r"[A-Za-z]", c) and len(c.split()) <= _HEAD_WORDS and not re.search(r"[.!?]$", c) for c in named):
        return None
    return [c.replace("_", " ") for c in cells]


def _row(lines: list[str], i: int, width: int) -> tuple[list[str], int] | None:
    """The row starting at lines[i] (its quoted cells may go on over the next lines) and the line after it."""
    for j in range(i + 1, min(i + 1 + _JOINED, len(lines) + 1)):
        text = " ".join(line.strip() for line in lines[i:j])
        if _unquoted(text).count('"') % 2 == 0:
            cells = _cells(text)
            return (cells + [""] * (width - len(cells)), j) if cells and 2 <= len(cells) <= width else None
    return None


def uncsv(lines: list[str]) -> list[str]:
    """`lines` with each CSV table (a header of short names, then ROWS or more rows) as its rows' paragraphs and, in a
    file that has one, its comment lines and one-cell lines as text; `lines` itself where there is no table."""
    out: list[str] = []
    tables = 0
    i = 0
    while i < len(lines):
        head = _header(lines[i]) if not _COMMENT.match(lines[i]) else None
        rows: list[list[str]] = []
        j = i + 1
        while head and j < len(lines) and lines[j].strip() and (row := _row(lines, j, len(head))):
            rows.append(row[0])
            j = row[1]
        if len(rows) < ROWS:
            out.append(_plain(lines[i]))
            i += 1
            continue
        tables += 1
        for cells in rows:
            blocks = described_row(cells, head)
            if any(block.kind == "text" for block in blocks):  # a row that describes its thing: a section about it
                out += ["", " ".join(w[:1].upper() + w[1:] for w in cells[0].split())]
            out += [part for block in blocks for part in ("", _as_line(block))]
        out.append("")
        i = j
    return out if tables else lines


def _as_line(block: Block) -> str:
    """A row's block as a line of text: its values as a scoring table's row ("Bat ...... 0"), so they stay a row."""
    name, _, values = block.text.partition(": ")
    return f"{name} ...... {values.rstrip('.')}" if block.kind == "table" and values else block.text


def _plain(line: str) -> str:
    """A comment line's text, a one-cell line's text unquoted, each a paragraph of its own; other lines as they are."""
    if (found := _COMMENT.fullmatch(line)) or (found := _ONE_CELL.fullmatch(line)):
        return f"\n{found['text'].replace(chr(34) * 2, chr(34))}\n" if found["text"].strip() else ""
    return line
