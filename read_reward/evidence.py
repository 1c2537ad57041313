"""Evidence: every place a manual speaks of one object, under any of its names.

An object's names are the manual term it was grounded to and the lexicon's words for its category
that the manual uses. A mention is a sentence with one of those names, or the sentence right after
one that names no object but refers back to it ("Watch out for crabs. If one touches you, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from read_reward.key_objects import singular

_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_REFERS_BACK = frozenset("it its they them their these those this one ones such he she".split())
# "DOT: 10 POINTS.", "Enemy sub ... 20 points", "Blue ghost - 200, 400, 800" (the parser's table rows)
_TABLE_ROW = re.compile(r"^[^.!?]{1,60}?(?::|\.{2,}|\s[-–—]\s|\s{2,})\s*(?:\d[\d,]*|one|two|five|ten|fifty|"
                        r"hundred|thousand)\b[^!?]{0,60}$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    sentence: str
    kind: str  # "table" (a scoring-table row) or "text"
    carried: bool  # names no object: it follows a sentence about this one and refers back to it


@dataclass
class Evidence:
    """What the reasoner gets about one object besides the summary."""

    names: tuple[str, ...]  # the object's names in this manual, the grounded term first
    mentions: list[Mention] = field(default_factory=list)
    others: tuple[str, ...] = ()  # names of the game's other objects
    player: tuple[str, ...] = ()  # names of the player's own sprite
    shooter: bool = False  # the manual arms the player (`effects.is_shooter`)

    def lines(self) -> list[str]:
        return [m.sentence for m in self.mentions]


# "your sub", "your own torpedoes": the player's own things, never another object (but "your opponent" is)
YOURS = re.compile(r"\byour\s+(?:own\s+)?(?!opponent|enemy|enemies|foe|rival|adversar|challenger|"
                   r"computer|team|teammate|partner|death|doom|end\b|life|lives|turn|score|point|way|game|time|fuel|"
                   r"oxygen|energy|air\b|bonus|supply|supplies|reserve|chance|strength|health|power|speed|"
                   r"ammunition|ammo|goal|mission|task|job|skill)[a-z]+(?:['’-][a-z]+)?\b(?:\s+(?!to\b|and\b|or\b|is\b|are\b|"
                   r"has\b|can\b|will\b|the\b|a\b)[a-z]+s?\b(?=\s+(?:is|are|was|can|will|has|and|or|to|in|on|"
                   r"at|off|into|with|from|for|,|\.|$)))?", re.IGNORECASE)


def without_yours(text: str) -> str:
    """The text with the player's own things ("your sub") replaced by "you"."""
    return YOURS.sub("you", text)


@lru_cache(maxsize=8192)
def lemmas(text: str) -> tuple[str, ...]:
    return tuple(singular(w.replace("’", "'")) for w in _WORD.findall(text.lower()))


def uses(text_lemmas: Sequence[str], name: str) -> bool:
    """Does a text (as noun lemmas) contain the name (as a run of noun lemmas)?"""
    want = lemmas(name)
    n = len(want)
    return bool(n) and any(tuple(text_lemmas[i:i + n]) == want for i in range(len(text_lemmas) - n + 1))


def names_in(text_lemmas: Sequence[str], names: Sequence[str]) -> list[str]:
    """The names the text uses, longest first; a name inside a longer one it uses is left out."""
    found = [n for n in sorted(set(names), key=lambda n: (-len(lemmas(n)), n)) if uses(text_lemmas, n)]
    return [n for n in found if not any(n != m and uses(lemmas(m), n) for m in found)]


def gather(sentences: Sequence[str], names: Sequence[str], others: Sequence[str] = (),
           player: Sequence[str] = (), shooter: bool = False) -> Evidence:
    """The mentions of the object called `names` among the manual's `sentences` (in reading order)."""
    mentions: list[Mention] = []
    previous = False
    for sentence in sentences:
        words = lemmas(without_yours(sentence))
        kind = "table" if _TABLE_ROW.match(sentence.strip()) else "text"
        if any(uses(words, n) for n in names):
            mentions.append(Mention(sentence, kind, False))
            previous = True
            continue
        if previous and not any(uses(words, n) for n in others) and _REFERS_BACK & set(words[:6]):
            mentions.append(Mention(sentence, kind, True))
        previous = False
    return Evidence(tuple(names), mentions, tuple(others), tuple(player), shooter)
