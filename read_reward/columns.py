"""Two columns of text side by side (a booklet page saved by a PDF-to-text tool's layout mode) read one
column after the other.

A stretch of lines is two columns when one character position (the gutter) has blank space in every
line of it and prose on both sides of it in several lines; each stretch ends at a line that crosses the
gutter, a page break or a page number. Tables (short or numeric cells) and glossaries (short terms on the
left) are no columns and stay as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from read_reward.furniture import PAGE_NUMBER

GAP = 3  # blank characters before the right column where the columns come closest
MIN_ROWS = 4  # lines with prose in both columns that make a stretch two columns
MIN_LEFT = 24  # characters from the line start to the right column
MAX_GUTTERS = 3  # the commonest column starts tried (a page's gutter may move a character or two)


def unfold_columns(text: str) -> str:
    """`text` with each two-column stretch rewritten as its left column, then its right column."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(8).split("\n")
    unfolded = lines
    for gutter in _gutters(lines):
        unfolded = _unfold(unfolded, gutter)
    return text if unfolded == lines else "\n".join(unfolded)


def _gutters(lines: list[str]) -> list[int]:
    """The commonest positions where a right column starts in at least MIN_ROWS lines with text to the left."""
    starts: Counter[int] = Counter()
    for line in lines:
        for m in re.finditer(rf"\S {{{GAP},}}(?=\S)", line):
            if m.end() >= MIN_LEFT:
                starts[m.end()] += 1
    return [pos for pos, n in starts.most_common(MAX_GUTTERS) if n >= MIN_ROWS]


def _halves(line: str, gutter: int) -> tuple[str, str] | None:
    """(left, right) of a line split at `gutter`, or None when a word crosses it."""
    if len(line.rstrip()) <= gutter - 2:
        return line.rstrip(), ""
    if not line[gutter - 2:gutter].strip():
        left, right = line[:gutter].rstrip(), line[gutter:]
        indent = len(right) - len(right.lstrip())
        return None if left.strip() and indent > 2 * GAP else (left, right)  # a running head's far end
    for pos in range(gutter - 1, gutter - GAP - 1, -1):  # a right line that starts a little early
        if pos < len(line) and line[pos] != " " and not line[pos - GAP:pos].strip():
            return line[:pos].rstrip(), line[pos:]
    return None


def _jammed(line: str, gutter: int) -> tuple[str, str] | None:
    """A line whose columns touch (one space between them, near the gutter), split at that space."""
    for pos in range(gutter, gutter - GAP - 2, -1):
        if 0 < pos < len(line) and line[pos - 1] == " " and line[pos] != " " and line[pos - 2] != " ":
            return line[:pos].rstrip(), line[pos:]
    return None


def _unfold(lines: list[str], gutter: int) -> list[str]:
    """Each stretch of lines that keeps `gutter` and reads as two columns, unfolded; two columns need
    MIN_ROWS lines of prose on both sides in the document and two in the stretch."""
    stretches: list[list[tuple[str, str, str]]] = [[]]  # line, left half, right half; [] holds a line kept
    for k, line in enumerate(lines):
        halves = _halves(line, gutter)
        run = stretches[-1]
        if halves is None and run and all(run[-1][1:]) and k + 1 < len(lines) and _halves(lines[k + 1], gutter):
            halves = _jammed(line, gutter)  # after a line in both columns, before one that keeps the gutter
        if halves is None or line.strip() == "\f" or PAGE_NUMBER.fullmatch(line.strip()):
            stretches += [[(line, line, "")], []]
        else:
            run.append((line, *halves))
    prose = [_prose_rows([(left, right) for _, left, right in run], gutter) for run in stretches]
    columns = sum(prose) >= MIN_ROWS
    out: list[str] = []
    for run, rows in zip(stretches, prose):
        if columns and rows >= 2:
            lefts, rights = _trimmed([left for _, left, _ in run]), _trimmed([right.rstrip() for _, _, right in run])
            out.extend(["", *lefts, "\f", *rights, ""])  # a sentence may go on from one column into the next
        else:
            out.extend(line for line, _, _ in run)
    return out


def _trimmed(lines: list[str]) -> list[str]:
    """Without the blank lines at either end."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    return lines[filled[0]:filled[-1] + 1] if filled else []


def _prose_rows(halves: list[tuple[str, str]], gutter: int) -> int:
    """Lines with a run of words on both sides (table cells have gaps inside or are short), or 0 where
    under half of the lines with text on both sides are such or the left ones fill little of the column."""
    both = [(left.strip(), right.strip()) for left, right in halves
            if left.strip() and right.strip() and not _heading(left) and not _heading(right)]
    prose = sum(_prose(left) and _prose(right) for left, right in both)
    shaped = both and prose >= 0.5 * len(both) and median(len(left) for left, _ in both) >= 0.6 * gutter
    return prose if shaped else 0


def _heading(text: str) -> bool:
    return text.isupper() and len(text.split()) <= 5


def _prose(text: str) -> bool:
    """Words with single spaces between them (no dot leaders), at least three of them real words."""
    return ("  " not in text and not re.search(r"[._]{3}", text) and len(text.split()) >= 4
            and len(re.findall(r"[A-Za-z]{2,}", text)) >= 3)
