"""Markdown manuals (a README, a wiki page saved as Markdown) -> the blocks of `text_layout`.

A `.md` file is Markdown; a `.txt` file is read as Markdown when it looks like one (`looks_markdown`).
"""

from __future__ import annotations

import re

from read_reward import furniture
from read_reward.hanging_rows import hanging_rows
from read_reward.scripts import script_lines
from read_reward.text_layout import BULLET, WIKI_HEADING, Block, entry_name, indent_of, next_entry, paragraph_blocks, vocab

_MD_HEADING = re.compile(r" {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_SETEXT = re.compile(r" {0,3}(?:=+|-+)\s*$")
_MD_RULE = re.compile(r" {0,3}([-*_])(?:\s*\1){2,}\s*$")
_MD_FENCE = re.compile(r" {0,3}(?:```|~~~)")
_MD_LINKDEF = re.compile(r" {0,3}\[[^\]]+\]:\s*\S")
_MD_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")
_MD_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])"), r"\1"),  # link -> its text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolink
    (re.compile(r"<ref\b[^>]*?(?:/>|>.*?</ref>)", re.IGNORECASE), ""),  # a wiki's footnote
    (re.compile(r"\{\{[^{}]*\}\}"), ""),  # a wiki template ("{{cite manual |title=...}}", "{{citation needed}}")
    (re.compile(r"</?[A-Za-z!][^>]*>"), ""),  # HTML tag or comment
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # code
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # _em_
    (re.compile(r"~~(.+?)~~"), r"\1"),  # strikethrough
    (re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]"), r"\1"),  # wikitext link "[[Page|text]]" -> its text
    (re.compile(r"('{2,5})(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # wikitext bold and italic marks
)


def _md_inline(text: str) -> str:
    """Remove inline Markdown; backslash-escaped punctuation is kept literally."""
    text = re.sub(r"\\([!-/:-@\[-`{-~])", lambda m: chr(0xE000 + ord(m.group(1))), text)
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - 0xE000), text)


_EMPTY_CELL = re.compile(r"[-\u2013\u2014/]*|n/?a|none", re.IGNORECASE)
_LONG_CELL = 6  # words: a cell this long is a description, not a value
_VALUE_CELL = re.compile(r"[^a-z]*\d[\d,]*\b(?:\s*(?:points?|pts\.?|each|ea\.?|x))?[^a-z]*", re.IGNORECASE)  # "25", "50 - 800"
# a column that says where or when, not what touching does ("Where", "Level", "Appears in")
_PLACE_HEAD = re.compile(r"\b(?:where|location|place|level|stage|wave|screen|scene|room|area|zone|appears?|found|when)\b",
                         re.IGNORECASE)
_WIKI_ROW = re.compile(r"\s*\|[-+}]")  # a wiki table's row rule, caption or end ("|-", "|+ Summary", "|}")

_WIKI_SOURCE_HEADING = re.compile(r"(={2,6}) ?[^\s=](?:[^=]*?[^\s=])? ?\1\s*")  # "== Gameplay ==", not a banner


def _cells(line: str) -> list[str]:
    """The cells of a pipe-table row ("| a | b |") or a wiki table's row or header ("| a || b", "! a !! b")."""
    line = line.strip()
    parts = re.split(r"\s*(?:\|\||!!)\s*", line[1:]) if line[:1] in "|!" and ("||" in line or "!!" in line) \
        else line.strip("|").split("|")
    return [" ".join(_md_inline(c).split()) for c in parts]


def described_row(cells: list[str], header: list[str]) -> list[Block]:
    """A table row with a description cell ("| Saucer raider | The lowest raider ... | 25 |") -> its values as
    one table row ("Saucer raider: 25."), its descriptions as one sentence about the row's name, and a cell under
    a where-or-when header as a sentence of its own ("Where: Fortress."), so no place stands between a name
    and what it does."""
    name, out, said, places, values = cells[0], [], [], [], []
    for head, cell in zip([*header[1:], *[""] * len(cells)], cells[1:]):
        if _EMPTY_CELL.fullmatch(cell):
            continue
        if _VALUE_CELL.fullmatch(cell):
            values.append(cell)
        elif _PLACE_HEAD.search(head) and len(cell.split()) < _LONG_CELL:
            places.append(f"{head}: {cell}" if re.search(r"[.!?]$", cell) else f"{head}: {cell}.")
        else:
            said.append(cell if re.search(r"[.!?]$", cell) else f"{cell}.")
    if name and values:
        out.append(Block("table", f"{name}: {', '.join(values)}."))
    if said:
        out.append(Block("text", f"{name}: {' '.join(said)}" if name else " ".join(said)))
    return out + [Block("text", place) for place in places]


_INNER_PIPE = re.compile(r"(?<=\S)\s+\|\s+(?=\S)")


def inner_pipe_runs(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """The lines cut into runs: three or more lines in a row with the same number of inner pipes and none at the
    edges ("Cue | What it means | What to do") are a table (True); the rest are text."""
    runs: list[tuple[bool, list[str]]] = []
    pipes = [0 if line.strip()[:1] == "|" or line.strip()[-1:] == "|" else len(_INNER_PIPE.findall(line)) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while pipes[i] and j < len(lines) and pipes[j] == pipes[i]:
            j += 1
        if j - i >= 3:
            runs.append((True, lines[i:j]))
            i = j
            continue
        if runs and not runs[-1][0]:
            runs[-1][1].append(lines[i])
        else:
            runs.append((False, [lines[i]]))
        i += 1
    return runs


def inner_pipe_table(lines: list[str]) -> list[Block]:
    """A table drawn with inner pipes only ("Cue | What it means | What to do"), a row a line: each row read as
    a pipe table's row, the first as the header where it has no number."""
    rows = [_cells(line) for line in lines]
    head, body = (rows[0], rows[1:]) if not re.search(r"\d", lines[0]) else ([], rows)
    return [block for row in body for block in described_row(row, head)]


def markdown_blocks(text: str) -> list[Block]:
    """Markdown: `#` headings (and setext underlines) start sections; inline markup is removed;
    pipe-table rows are table rows (a row with a description: its values a row, its description a sentence)."""
    words = vocab(text)
    blocks: list[Block] = []
    par: list[str] = []
    in_code = False
    table: list[list[str]] = []  # the rows of a pipe table read so far
    header: list[str] = []  # a wiki table's header ("! Name !! Where !! Points")

    def flush() -> None:
        if par:
            blocks.extend(paragraph_blocks(par, words, heading_rule=False))
            par.clear()

    def flush_table() -> None:
        head, rows = (header, table) if header else (table[0], table[1:])  # (a pipe table's first row is its header)
        if any(len(c.split()) >= _LONG_CELL for row in rows for c in row[1:]):
            for row in rows:
                blocks.extend(described_row(row, head))
        else:
            par.extend("  ".join(row) for row in table)  # short cells: column gaps, a row per line
            flush()
        table.clear()
        header.clear()

    wikitext = sum(1 for line in text.split("\n") if _WIKI_SOURCE_HEADING.fullmatch(line)) >= 2
    template = 0  # the depth of a wiki template over several lines ("{{Infobox video game" ... "}}")
    head = last = -1  # the indents of the paragraph's first line and of the line before
    lines = furniture.page_furniture(furniture.join_leader_rows(hanging_rows(script_lines(text.split("\n")))))
    for i, line in enumerate(lines):
        if wikitext and re.match(r"\s*#+\s", line):
            line = re.sub(r"\s*#+", "-", line, count=1)  # wikitext's numbered item ("# Timed game"), not a heading
        if template or line.lstrip().startswith("{{"):
            inside, template = template, max(0, template + line.count("{{") - line.count("}}"))
            if inside or template:
                continue  # (a template that closes on its own line is inline markup)
        wiki = bool(_WIKI_ROW.match(line)) or line.lstrip().startswith("{|")
        if table and not wiki and not line.lstrip().startswith(("|", "!")) and not _MD_TABLE_RULE.fullmatch(line):
            flush_table()
        if wiki:
            flush()
            continue
        if line.lstrip().startswith("!") and "!!" in line:  # a wiki table's header
            flush()
            header[:] = _cells(line)
        elif line.lstrip().startswith("|") and not _MD_TABLE_RULE.fullmatch(line):
            if not table:
                flush()
            table.append(_cells(line))
        elif table and _MD_TABLE_RULE.fullmatch(line):
            continue
        elif _MD_FENCE.match(line):
            flush()
            in_code = not in_code
        elif in_code:
            continue
        elif m := _MD_HEADING.match(line) or WIKI_HEADING.fullmatch(line):
            flush()
            heading = " ".join(_md_inline(m.group(m.lastindex)).split())
            if heading and not furniture.publisher_only(heading) and not furniture.legal(heading):
                blocks.append(Block("heading", heading))
        elif _MD_SETEXT.match(line) and len(par) == 1 and not BULLET.match(par[0]):
            blocks.append(Block("heading", " ".join(par.pop().split())))
        elif not line.strip() or _MD_RULE.match(line) or _MD_LINKDEF.match(line) or _MD_TABLE_RULE.fullmatch(line):
            flush()
        else:
            line = re.sub(r"^\s*(?:>\s?)+", "", line)  # block quote
            indent = indent_of(line)
            following = indent_of(lines[i + 1]) if i + 1 < len(lines) and lines[i + 1].strip() else -1
            if par and next_entry(head, last, indent, following, line):
                flush()
            if len(par) == 1:
                par[0] = entry_name(par[0], head, indent, line.strip())
            head, last = indent if not par else head, indent
            bullet = BULLET.match(line)
            marker = bullet.group() if bullet else ""
            par.append(marker + _md_inline(line[len(marker):]))
    if table:
        flush_table()
    flush()
    return blocks


_MD_LINK = re.compile(r"\[[^\]\n]+\]\((?:https?://|/|#)[^)\s]*\)|\[\[[^\]\n]+\]\]")


def looks_markdown(text: str) -> bool:
    """Does plain text carry Markdown or wikitext markup: two `#` (or `==`) headings, a pipe table's rule under a
    heading, or two links? (A transcription's "# of players" or one "[1]" is no Markdown.)"""
    lines = text.split("\n")
    headings = sum(1 for line in lines if line.startswith("#") and _MD_HEADING.match(line)
                   or _WIKI_SOURCE_HEADING.fullmatch(line))
    tables = sum(1 for line in lines if "|" in line and _MD_TABLE_RULE.fullmatch(line))
    return headings >= 2 or (headings >= 1 and tables >= 1) or len(_MD_LINK.findall(text)) >= 2
