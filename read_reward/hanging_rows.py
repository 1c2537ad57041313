"""A glossary laid out in two columns with hanging indents: each entry's term at the margin, its definition after
a gap, and the definition's further lines indented to the definition's column:

    clue (n.)          a piece of information that helps to solve a crime;
                       here, hidden behind a window with a question mark
    gang (n.)          a group of criminals

Read line by line, the wrapped lines run into the next entry; joined, each entry is a paragraph "term: definition."
"""

from __future__ import annotations

import re

from read_reward.furniture import end_sentence

_ENTRY = re.compile(r"(?P<indent> {0,3})(?P<term>[A-Za-z(](?:.*?\S)?) {2,}(?P<text>[^\s=>\-–—].*?)\s*$")
_NOT_A_TERM = re.compile(r"[:\d]|\.\s?\.")  # "Game 1", "Name:", "Key ......": a variations table, fields, a chart
_COLUMNS = re.compile(r"\S {2,}\S|\.\s\.\s\.|\.{4,}")  # more columns, or a dot leader
_MIN_ENTRIES = 3
_MAX_TERM_WORDS = 4
_MIN_COLUMN = 8


def _entry(line: str) -> tuple[str, str, str] | None:
    """(indent, term, definition) of an entry line, or None."""
    m = _ENTRY.fullmatch(line)
    if not m or _NOT_A_TERM.search(m["term"]) or len(m["term"].split()) > _MAX_TERM_WORDS or \
            m.start("text") < _MIN_COLUMN or not re.search(r"[A-Za-z]{2}", m["text"]) or _COLUMNS.search(m["text"]):
        return None
    return m["indent"], m["term"], m["text"]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _run(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The joined entries of a glossary run starting at line `i` and the line after it; None if none starts there.
    (The gap after a term may have been cut to 8 spaces, so entries need not align; wrapped lines do.)"""
    if _entry(lines[i]) is None:
        return None
    entries: list[list[str]] = []
    column = 0  # the indent of wrapped lines
    j = i
    while j < len(lines):
        found = _entry(lines[j])
        indent = _indent(lines[j])
        if found and indent < _MIN_COLUMN:
            entries.append([found[0], found[1], found[2]])
        elif entries and lines[j].strip() and indent > len(entries[-1][0]) + len(entries[-1][1]) + 1 and \
                indent >= _MIN_COLUMN and (not column or abs(indent - column) <= 1) and not _COLUMNS.search(lines[j].strip()):
            entries[-1][2] += " " + lines[j].strip()
            column = column or indent
        else:
            break
        j += 1
    if len(entries) < _MIN_ENTRIES or not column:
        return None
    # a paragraph each: an entry's term may open in lower case ("him. gem (n.) ..." would not split)
    return [row for indent, term, text in entries for row in (f"{indent}{term}: {end_sentence(text)}", "")], j


def hanging_rows(lines: list[str]) -> list[str]:
    """The lines with each glossary entry of a hanging-indent run joined into one line ("clue (n.): a piece of ...
    crime; here, hidden behind a window ..."); other lines as they are."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        run = _run(lines, i) if len(lines[i]) <= 200 else None
        if run:
            out += run[0]
            i = run[1]
        else:
            out.append(lines[i])
            i += 1
    return out
