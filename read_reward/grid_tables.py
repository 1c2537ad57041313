"""Tables drawn with spaces whose cells wrap over several lines (a quick-reference card's "OBJECT / WHAT IT
IS / WHAT HAPPENS" chart) read one row at a time: "SWIRL: The Qotile turned into a spinning killer. Hits
the Yar = life lost."

A table is a header line over a rule of dashes with gaps ("--------  ------  ------", three columns at
least); the dash runs give the columns. Its rows run until a line of one long rule, two blank lines, or a
line whose text starts left of the first column. A row is the lines between blank lines (or, where the
table has none, from one line with a first cell to the next); each column's lines join into one cell.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"[ \t]*-{3,}(?:[ \t]{1,}-{3,}){2,}[ \t]*")
_HEADER = re.compile(r"\s*\S.*\S\s*")
_END = re.compile(r"\s*(?:[-=_*]{10,}|[+|].*)\s*")  # one long rule or a boxed table's edge


def read_grids(text: str) -> str:
    """`text` with each spaced table rewritten as one paragraph per row, its cells joined in order."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and _RULE.fullmatch(lines[i + 1]) and _HEADER.fullmatch(lines[i]):
            starts = [m.start() for m in re.finditer(r"-{3,}", lines[i + 1])]
            rows, i = _rows(lines, i + 2, starts)
            for row in rows:
                out += [_sentence(row), ""]
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) if out != lines else text


def _rows(lines: list[str], i: int, starts: list[int]) -> tuple[list[list[str]], int]:
    """The rows of the table whose body starts at line `i`, and the line after it."""
    rows: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    blanks = 0
    spaced = any(not lines[k].strip() for k in range(i + 1, min(len(lines), i + 8)))  # rows between blank lines
    while i < len(lines):
        line = lines[i].expandtabs(8)
        if not line.strip():
            blanks += 1
            current = None
            if blanks >= 2:
                break
            i += 1
            continue
        indent = len(line) - len(line.lstrip())
        if _END.fullmatch(line) or indent < starts[0] - 1 and blanks:
            break
        blanks = 0
        cells = _cells(line, starts)
        if current is None or not spaced and cells[0]:
            current = [[] for _ in starts]
            rows.append(current)
        for column, cell in zip(current, cells):
            if cell:
                column.append(cell)
        i += 1
    return [[" ".join(c) for c in row] for row in rows], i


def _cells(line: str, starts: list[int]) -> list[str]:
    """The line cut at the column starts, a word that runs over a start kept whole in the column it began."""
    bounds = []
    for start in starts[1:]:
        while 0 < start < len(line) and line[start - 1] != " " and line[start] != " ":
            start -= 1
        bounds.append(start)
    edges = [0, *bounds, len(line)]
    return [line[a:b].strip() for a, b in zip(edges, edges[1:])]


def _sentence(row: list[str]) -> str:
    """A row as one line: its first cell as the name, then every other cell as a sentence."""
    name, *rest = row
    said = " ".join(c if re.search(r"[.!?:]$", c) else f"{c}." for c in rest if c)
    return f"{name}: {said}" if name and said else name or said
