"""Markdown manuals (a README, a wiki page saved as Markdown) -> the blocks of `text_layout`.

A `.md` file is Markdown; a `.txt` file is read as Markdown when it looks like one (`looks_markdown`).
"""

from __future__ import annotations

import re

from read_reward import furniture
from read_reward.text_layout import BULLET, Block, paragraph_blocks, vocab

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


def markdown_blocks(text: str) -> list[Block]:
    """Markdown: `#` headings (and setext underlines) start sections; inline markup is removed;
    pipe-table rows are table rows."""
    words = vocab(text)
    blocks: list[Block] = []
    par: list[str] = []
    in_code = False

    def flush() -> None:
        if par:
            blocks.extend(paragraph_blocks(par, words, heading_rule=False))
            par.clear()

    for line in furniture.page_furniture(text.split("\n")):
        if _MD_FENCE.match(line):
            flush()
            in_code = not in_code
        elif in_code:
            continue
        elif m := _MD_HEADING.match(line):
            flush()
            heading = " ".join(_md_inline(m.group(1)).split())
            if heading and not furniture.publisher_only(heading) and not furniture.legal(heading):
                blocks.append(Block("heading", heading))
        elif _MD_SETEXT.match(line) and len(par) == 1 and not BULLET.match(par[0]):
            blocks.append(Block("heading", " ".join(par.pop().split())))
        elif not line.strip() or _MD_RULE.match(line) or _MD_LINKDEF.match(line) or _MD_TABLE_RULE.fullmatch(line):
            flush()
        else:
            line = re.sub(r"^\s*(?:>\s?)+", "", line)  # block quote
            if line.lstrip().startswith("|"):
                line = re.sub(r"\s*\|\s*", "  ", line.strip().strip("|"))  # pipe table -> column gaps
            bullet = BULLET.match(line)
            marker = bullet.group() if bullet else ""
            par.append(marker + _md_inline(line[len(marker):]))
    flush()
    return blocks


_MD_LINK = re.compile(r"\[[^\]\n]+\]\((?:https?://|/|#)[^)\s]*\)")


def looks_markdown(text: str) -> bool:
    """Does plain text carry Markdown markup: two `#` headings, a pipe table's rule under a heading, or
    two inline links? (A transcription's "# of players" or one "[1]" is no Markdown.)"""
    lines = text.split("\n")
    headings = sum(1 for line in lines if line.startswith("#") and _MD_HEADING.match(line))
    tables = sum(1 for line in lines if "|" in line and _MD_TABLE_RULE.fullmatch(line))
    return headings >= 2 or (headings >= 1 and tables >= 1) or len(_MD_LINK.findall(text)) >= 2
