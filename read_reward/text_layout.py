"""Lines of text -> blocks (headings, paragraphs, bullets, table rows, captions) -> sentences.

Shared by plain text, Markdown, PDF text layers and OCR output. Furniture (page numbers,
publisher and legal lines, figure references) is dropped here; see `furniture`.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from read_reward import furniture
from read_reward.hanging_rows import hanging_rows
from read_reward.languages import language
from read_reward.scripts import script_lines


class Block(NamedTuple):
    kind: str  # "heading", "entry" (a field list's "Name: Scorpion"), "text", "bullet", "table" or "caption"
    text: str


def vocab(text: str) -> set[str]:
    """Lower-case words of a document, hyphenated compounds kept whole (to undo line-end hyphens
    and to check OCR fixes)."""
    return set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))


# A page saved from a browser as text: HTML's tags and entities left in ("<b>Ducks</b> &ndash; ...")
_HTML_TAG = re.compile(r"</?(?:b|i|u|em|strong|br|p|div|span|font|center|hr|a|li|ul|ol|dl|dt|dd|h[1-6]|img|sup|sub|small|big|"
                       r"tt|pre|blockquote|code|table|thead|tbody|tr|td|th|caption|nobr|wbr)\b[^<>]*?/?>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<(?:br|p|div|tr|li|h[1-6]|hr|table|blockquote|pre|/p|/div|/tr|/h[1-6]|/table)\b[^<>]*?/?>", re.IGNORECASE)
_HTML_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{2,6}|#x[0-9a-f]{2,5});", re.IGNORECASE)


def without_html(text: str) -> str:
    """Text with the HTML a browser's "save as text" can leave in it read as text: a line break for <br>, <p>
    and the like (two in a row: a blank line), other known tags dropped, entities decoded. Text with fewer
    than three tags or entities is returned as it is (a manual may write "<FIRE>" or "R&D")."""
    if len(_HTML_TAG.findall(text)) + len(_HTML_ENTITY.findall(text)) < 3:
        return text
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_TAG.sub("", text)
    return html.unescape(text).replace("\xa0", " ")


def text_blocks(text: str) -> list[Block]:
    """Plain text: paragraphs between blank lines; a short ALL-CAPS/Title Case line is a heading; a table drawn
    with inner pipes only is read as a pipe table."""
    from read_reward.markdown_layout import inner_pipe_runs, inner_pipe_table  # (a module built on this one)

    text = without_html(text)
    words = vocab(text)
    lines = furniture.page_furniture(furniture.join_leader_rows(hanging_rows(script_lines(text.split("\n")))))
    blocks: list[Block] = []
    for table, run in inner_pipe_runs(lines):
        if table:
            blocks += inner_pipe_table(run)
        else:
            blocks += [b for par in paragraphs(run) for b in paragraph_blocks(par, words, heading_rule=True)]
    return blocks


# ---------------------------------------------------------------- paragraphs and lines

BULLET = re.compile(r"\s*(?:-{1,2}>|=>|→|[-*+•◦▪‣·–—>°■□●○◆◇✓✔]|o(?=\s+['\"]?[A-Za-z(])|\(?\d{1,2}[.)]|\([a-zA-Z]\)|[a-z]\)"
                    r"|(?i:step)\s+\d{1,2}\s*[:.)-]|\[\d{1,2}:\d{2}(?::\d{2})?\])\s+")  # "[03:12]": a caption's time
TERMINAL = re.compile(r"[.!?:][\"')\]]*$")
_UNDERLINES = re.compile(r"\s*[-=_]{2,}(?: +[-=_]{2,})+\s*")
# a field of an entry, its value aligned in a column: "Looks like:   A long bug ...", "Name:         Scorpion"
FIELD = re.compile(r"\s*(?P<label>[A-Z][A-Za-z'/()-]*(?: [A-Za-z'/()-]+){0,2}):(?: {2,}|\t)\s*(?=\S)")
_ENTRY = re.compile(r"(?:name|enemy|object|item|character|creature|monster|foe|thing)$", re.IGNORECASE)


# a line that cannot end a sentence: it stops on a word that needs more after it
OPEN_END = re.compile(r"\b(?:when|if|once|while|until|unless|because|the|a|an|and|or|but|of|to|in|on|at|by|for|from|"
                       r"with|into|onto|that|which|who|your|his|her|their|its|is|are|was|were|will|can|must)\s*$",
                       re.IGNORECASE)


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Runs of lines separated by blank (or punctuation-only) lines. Across a page break ("\\f")
    a sentence that stopped mid-way goes on in the same paragraph."""
    pars: list[list[str]] = [[]]
    gap = page = False
    column = 0  # where the value of the field line before starts ("Notes:        It stays ...")
    head = last = -1  # the indents of the paragraph's first line and of the line before
    indents = [indent_of(line) if line.strip() else -1 for line in lines]
    listed = -1  # the indent of the paragraph's last bulleted line (in a box: inside its frame)
    for i, line in enumerate(lines):
        if line == "\f":
            page = True
        elif _UNDERLINES.fullmatch(line):
            continue  # "----   --------": a table's column rules
        elif any(c.isalnum() for c in line):
            text = line.strip()
            raw = line.expandtabs()
            if column and pars[-1] and not gap and not page and abs(len(raw) - len(raw.lstrip()) - column) <= 1 \
                    and not FIELD.match(raw):
                pars[-1][-1] = f"{pars[-1][-1]} {text}"  # its value wraps on in its own column
                continue
            field = FIELD.match(raw)
            column = field.end() if field else 0
            indent = indents[i]
            inner = _unboxed(line)
            if pars[-1] and (gap or page):
                goes_on = page and not TERMINAL.search(pars[-1][-1]) and (
                    text[:1].islower() or bool(OPEN_END.search(pars[-1][-1])))  # "... When" / "Harry is back"
                if not goes_on:
                    pars.append([])
            elif pars[-1] and next_entry(head, last, indent, indents[i + 1] if i + 1 < len(lines) else -1, text):
                pars.append([])
            elif pars[-1] and 0 <= indent_of(inner) < listed and inner.strip()[:1].isupper() and not BULLET.match(inner):
                pars.append([])  # "    - the satellite and anything it fires" / "  Any of the above will ...": the list ended
            listed = indent_of(inner) if BULLET.match(inner) else listed if pars[-1] else -1
            if len(pars[-1]) == 1:
                pars[-1][0] = entry_name(pars[-1][0], head, indent, text)
            if not pars[-1]:
                head = indent
            pars[-1].append(text)
            last = indent
            gap = page = False
        else:
            gap = True
    return [p for p in pars if p]


_BOX_SIDE = re.compile(r"\s*[|!]")  # a box's left side: "|    - eruptions from the ground      |"


def _unboxed(line: str) -> str:
    """The line inside a box's sides, its indent kept."""
    side = _BOX_SIDE.match(line)
    return line[side.end():] if side and line.rstrip().endswith(line.lstrip()[:1]) else line


def indent_of(line: str) -> int:
    return len(line.expandtabs()) - len(line.expandtabs().lstrip())


def _entry_head(text: str) -> bool:
    """Could the line name a glossary's entry ("boat / the skiff / air boat"): short, open-ended, no bullet?"""
    return len(re.findall(r"\w+", text)) <= 8 and not TERMINAL.search(text) and not re.search(r"[.!?]\s", text) \
        and not BULLET.match(text) and not OPEN_END.search(text) and not text.endswith(",")


def next_entry(head: int, last: int, indent: int, following: int, text: str) -> bool:
    """Does the line `text` (at `indent`; the next line at `following`) open a glossary's next entry: back at the
    left (`head`) of the indented text before it (`last`), with indented text of its own under it?"""
    return indent <= head and last >= head + 2 and following >= indent + 2 and _entry_head(text.strip())


def entry_name(first: str, head: int, indent: int, line: str) -> str:
    """A paragraph's first line (at `head`) with `line` (at `indent`) under it: "boat / the skiff:" when that line is
    indented prose under a name, as a glossary's entry is (not "3.1 HALLMONSTERS" nor a list's lead)."""
    named = indent >= head + 2 and _entry_head(first.strip()) and not heading(first.strip()) and not BULLET.match(line)
    return first.rstrip() + ":" if named else first


def _classify(lines: list[str], words: set[str]) -> list[tuple[str, str]]:
    """One paragraph's lines -> (kind, text): "line" (prose, maybe bulleted), "table" or
    "caption"; in a field list, "entry" (its "Name:") and "text" (a field). Furniture lines are dropped."""
    rows: list[tuple[str, str, str]] = []  # kind ("header": a table's column names), text, prose form
    weak: list[int] = []  # rows found only by column gaps: rows only next to another row
    pending = ""
    legal = [furniture.legal(line) for line in lines]
    if sum(legal) >= max(2, len(lines) / 2):
        return []  # a copyright and trademark notice
    fields = sum(bool(FIELD.match(line)) for line in lines) >= 2
    for k, raw in enumerate(lines):
        if fields and (field := FIELD.match(raw)):
            value = " ".join(raw[field.end():].split())
            if _ENTRY.match(field["label"]) and len(value.split()) <= 5 and not TERMINAL.search(value):
                rows.append(("entry", value, raw))  # the entry's object: what its other fields are about
            else:
                kind = "table" if len(value.split()) <= 4 else "text"  # "Points: 50" is a row of one value
                rows.append((kind, furniture.end_sentence(f"{field['label']}: {value}"), raw))
            continue
        line = furniture.fix_ocr(furniture.unspace(raw), words)
        if pending or furniture.opens_caption(line):
            pending = f"{pending} {line.strip()}".strip()
            if not re.search(r"[\]}]", line) and len(pending) < 300:
                continue
            line, pending = pending, ""
        prev = rows[-1] if rows else None
        if (cap := furniture.caption(line)) is not None:
            rows.append(("caption", cap, line))
            continue
        line = furniture.drop_figure_refs(line)
        text = " ".join(line.split())
        if not any(c.isalnum() for c in text):
            continue
        open_prev = (prev is not None and prev[0] == "line" and not TERMINAL.search(prev[1])
                     and not heading(prev[1]))  # a sentence goes on in this line
        if legal[k] and not open_prev:
            continue
        if furniture.publisher_only(text) and not open_prev and (
                k + 1 == len(lines) or TERMINAL.search(text) or heading(text)):
            continue  # a line of its own, not the start of a sentence (see `_furniture`)
        bullet = BULLET.match(line)
        row = furniture.table_row(line[bullet.end():] if bullet else line)
        if (prev and prev[0] in ("table", "caption") and not bullet and text[:1].islower()
                and (prev[0] == "caption" or len(text.split()) <= 6 and row is None)):  # not "helmet ..... 100"
            rows[-1] = (prev[0], f"{prev[1][:-1]} {text.rstrip('.')}.", f"{prev[2]} {text}")  # wrapped on
            continue
        if row is not None and not (open_prev and not bullet and text[:1].islower()):
            weak += [len(rows)] if row.weak else []
            rows.append(("table" if row.text else "header", row.text, text))
            continue
        if not any(c.isalpha() for c in text) and not open_prev:
            continue  # a row of numbers
        rows.append(("line", text, text))
    if pending:
        rows.append(("line", " ".join(pending.split()), ""))
    tables = {i for i, row in enumerate(rows) if row[0] in ("table", "header")}
    for i in weak:  # a lone gap row is prose with wide spaces
        if i - 1 not in tables and i + 1 not in tables:
            rows[i] = ("line", rows[i][2], rows[i][2])
    return [(kind, text) for kind, text, _ in rows if kind != "header"]


def paragraph_blocks(lines: list[str], words: set[str], heading_rule: bool) -> list[Block]:
    """One paragraph's lines -> blocks: bulleted items, table rows and captions are blocks of
    their own; with `heading_rule`, heading-like lines (see `_heading_at`) are headings."""
    rows = _classify(lines, words)
    joined = " ".join(text for _, text in rows)
    if (heading_rule and 2 <= len(rows) <= 3 and all(k == "line" and t.isupper() for k, t in rows)
            and (found := heading(joined))):
        return [Block("heading", found)]  # a heading in two lines: "90-DAY LIMITED" "WARRANTY"
    blocks: list[Block] = []
    item: list[str] = []
    kind = "text"

    def flush() -> None:
        if item:
            blocks.append(Block(kind, join_lines(item, words)))
            item.clear()

    for i, (row_kind, text) in enumerate(rows):
        title = _heading_at(rows, i) if heading_rule and row_kind == "line" else None
        bullet = BULLET.match(text) if row_kind == "line" else None
        if title or row_kind != "line" or bullet:
            flush()
        if title:
            blocks.append(Block("heading", title))
        elif row_kind != "line":
            blocks.append(Block(row_kind, text))
        elif bullet:
            kind = "bullet"
            item.append(text[bullet.end():])
        else:
            kind = kind if item else "text"
            item.append(text)
    flush()
    return blocks


_SMALL_WORDS = frozenset("a an and as at but by for in of on or the to vs with".split())
_NUMBERING = re.compile(r"\s*(?:\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[IVX]{1,4}\.)\s+")


WIKI_HEADING = re.compile(r"\s*(={2,6})\s*([^=]+?)\s*\1\s*")  # a wiki page's "== Gameplay =="


def heading(line: str) -> str | None:
    """The heading in a short line (no final period, optional "1." numbering) in ALL CAPS
    (<= 8 words) or Title Case (<= 6 words), else None."""
    wiki = WIKI_HEADING.fullmatch(line)
    if wiki:
        return wiki.group(2)
    if re.match(r"\s*(?:[-*+•◦▪‣·–—>°■□●○◆◇✓✔]|o)\s", line):
        return None
    line = _unbalanced(line.strip())
    numbering = _NUMBERING.match(line)
    text = " ".join(line[numbering.end() if numbering else 0:].rstrip().rstrip(":").split())
    if re.search(r"\w(?:\.{3}|…)$", text) and text.isupper():
        text = text.rstrip(".…")  # "WATCH OUT FOR...": a heading that leads into the lines under it
    words = text.split()
    if not 1 <= len(words) <= 8 or text[-1] in ".!?,;" or not any(c.isalpha() for c in text):
        return None
    if sum(any(c.isdigit() for c in w) for w in words) >= max(2, len(words) - 1):
        return None  # "GAME NUMBER 1234 5 6": a table row
    if text.isupper():
        return text if sum(c.isalpha() for c in text) >= 2 else None
    alpha = [w for w in words if w[0].isalpha()]
    if len(words) > 6 or not alpha or not alpha[0][0].isupper():
        return None
    return text if all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in alpha) else None


def _unbalanced(text: str) -> str:
    """Without OCR specks at the ends and a quote or bracket that opens or closes nothing
    ('"2. USING THE' -> '2. USING THE'; "GONE FISHIN'" keeps its apostrophe)."""
    text = text.strip("~_|*°")
    if text.count('"') == 1:
        text = text.strip('"')
    if text.startswith("'") and text.count("'") == 1:
        text = text[1:]
    for opener, closer in ("()", "[]"):
        if text.count(opener) + text.count(closer) == 1:
            text = text.strip(opener + closer)
    return text.strip()


def _heading_at(rows: list[tuple[str, str]], i: int) -> str | None:
    """Row i as a heading: a lone line, or a line after a finished sentence that is ALL CAPS
    or ends with ':' and is not followed by more ALL-CAPS text (capitals-only prose)."""
    text = rows[i][1]
    found = heading(text)
    if not found:
        return None
    prev = rows[i - 1] if i else None
    if prev and prev[0] == "line" and not TERMINAL.search(prev[1]) and not BULLET.match(prev[1]):
        return None  # mid-sentence
    strong = found.isupper() or text.endswith(":") or bool(WIKI_HEADING.fullmatch(text))
    if furniture.boilerplate_heading(found):
        return found  # "90-DAY LIMITED WARRANTY" over "CONSUMER PRODUCT - ATARI, INC."
    if i + 1 == len(rows):
        return found if prev is None or strong else None
    kind, following = rows[i + 1]
    if kind != "line" or BULLET.match(following):
        return found if strong or prev is None else None
    return found if strong and not following.isupper() else None


_HYPHEN_HEADS = frozenset("one two three four five six seven eight nine ten self".split())


def _keep_hyphen(head: str, tail: str, words: set[str]) -> bool:
    """Is `head-` + `tail` at a line break a real hyphen ("two-player") rather than a split word?"""
    head, tail = head.lower(), tail.lower()
    if f"{head}-{tail}" in words:
        return True
    if head + tail in words:
        return False
    return head in _HYPHEN_HEADS or head.isdigit()


def join_lines(lines: list[str], words: set[str]) -> str:
    """Join wrapped lines into one paragraph, undoing hyphenated line breaks."""
    parts: list[str] = []  # lines and the separators between them
    for line in (x.strip() for x in lines):
        if not line:
            continue
        tail = parts[-1][-40:] if parts else ""
        hyphen = re.search(r"([A-Za-z0-9]+)([-\u00ad\u2010])$", tail)
        if hyphen and line[0].islower():
            rest = re.match(r"[A-Za-z]*", line).group()
            keep = hyphen.group(2) != "\u00ad" and _keep_hyphen(hyphen.group(1), rest, words)
            parts[-1] = parts[-1][:-1] + ("-" if keep else "")
        elif not re.search(r"\w[-\u2010–—]$", tail) and parts:  # "X-" + "Ray", "word—" + "word"
            parts.append(" ")
        parts.append(line)
    return "".join(parts).replace("\u00ad", "")


def drop_boilerplate(blocks: list[Block]) -> list[Block]:
    """Without warranty, service, FCC and console-care sections and paragraphs."""
    kept: list[Block] = []
    skipping = False
    for block in blocks:
        if block.kind == "heading":
            skipping = furniture.boilerplate_heading(block.text)
            if skipping or furniture.publisher_only(block.text) or furniture.legal(block.text):
                continue
            block = Block("heading", furniture.strip_publisher(block.text))
        elif skipping or (block.kind == "text" and furniture.boilerplate_paragraph(block.text)):
            continue
        kept.append(block)
    return kept


def drop_foreign_sections(blocks: list[Block]) -> list[Block]:
    """Without the sections of a multi-language booklet written wholly in another language, headings and table
    rows included; a section too short to tell ("PUNKTWERTUNG" and its rows) goes with the section before it.
    (A section of English paragraphs each followed by its translations stays: `foreign` drops those sentences.)"""
    kept: list[Block] = []
    english = True
    starts = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    for start, end in zip([0, *starts], [*starts, len(blocks)]):
        section = blocks[start:end]
        said = {language(b.text) for b in section} - {None}
        english = english if not said else "english" in said
        if english:
            kept += section
    return kept
