"""The line over a run of bulleted items that the items are read with: a lead-in that ends in a colon ("You lose a
life when:") or a short label ("BANDIT BOMBER (small, fast)")."""

from __future__ import annotations

import re
from typing import Callable, Sequence

_LEAD_WORDS = 10  # a lead-in ("You lose a life when:"), not a sentence of its own that ends on a colon
_HEAD_WORDS = 8  # a label over items ("BANDIT BOMBER (small, fast)"), not a line of prose


def _over_items(tagged: Sequence[tuple[str, str, str]], lead: Callable[[str], bool]) -> list[str]:
    """Per (title, sentence, kind) triple, the line before a run of bulleted items, for each item, where
    `lead` accepts that line (within one section), else ""."""
    out: list[str] = []
    over, section = "", None
    for title, sentence, kind in tagged:
        if title != section:
            over, section = "", title
        if kind != "bullet":
            over = sentence.strip() if lead(sentence.strip()) else ""
            out.append("")
        else:
            out.append(over)
    return out


def list_leads(tagged: Sequence[tuple[str, str, str]]) -> list[str]:
    """The lead that ends in a colon over each bulleted item ("Player will be MISS when:" over "A monkey
    touches Mother Kangaroo."), else ""."""
    return _over_items(tagged, lambda line: line.endswith(":") and len(line.split()) <= _LEAD_WORDS)


def item_heads(tagged: Sequence[tuple[str, str, str]]) -> list[str]:
    """The short label line over each bulleted item ("BANDIT BOMBER (small, fast)" over "-> zips across
    quick."), else "": a label with no sentence end, whose items describe it."""
    return _over_items(tagged, lambda line: len(line.split()) <= _HEAD_WORDS and not re.search(r"[.!?:;]$", line))
