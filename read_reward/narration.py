"""A manual told by the player in the first person ("I lost one of my lives that way"): its "I" is the manual's
"you", so the reader sees "you lost one of your lives that way". Quoted speech keeps its own "I".
"""

from __future__ import annotations

import re
from typing import Sequence

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_FIRST = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
_SECOND = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
FIRST_AT_LEAST = 10  # first-person words outside quotes ...
OVER_SECOND = 1.5  # ... and this many times as many as the manual's "you"
_AS_YOU = {"i am": "you are", "i'm": "you're", "i was": "you were", "i": "you", "me": "you", "my": "your",
           "mine": "yours", "myself": "yourself"}
_WORD = re.compile(r"\bI(?: am| was)\b|\bI'm\b|\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def in_first_person(sentences: Sequence[str]) -> bool:
    """Is the manual told by its player ("I", "my") far more than it speaks to the reader ("you")?"""
    text = _unquoted(" ".join(sentences))
    first = len(_FIRST.findall(text))
    return first >= FIRST_AT_LEAST and first >= OVER_SECOND * len(_SECOND.findall(text))


def second_person(sentence: str) -> str:
    """The sentence with its first person, outside quotes, as the second ("I was struck" -> "you were struck")."""
    quoted = [q.span() for q in _QUOTED.finditer(sentence)]

    def you(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in quoted):
            return m.group()
        said = _AS_YOU[m.group().lower()]
        return said.capitalize() if not sentence[:m.start()].strip(" \t'(") else said

    return _WORD.sub(you, sentence)
