"""What a manual's "your" names: the player's own things read as the player ("your sub" is "you"), the things it
guards or carries that are objects of the game as themselves ("let the gopher eat your carrots")."""

from __future__ import annotations

import re
from typing import Sequence

from lemminflect import getAllLemmas

YOURS = re.compile(r"\byour\s+(?:own\s+)?(?!opponent|enemy|enemies|foe|rival|adversar|challenger|"
                   r"computer|team|teammate|partner|death|doom|end\b|life|lives|turn|score|point|way|game|time|fuel|"
                   r"oxygen|energy|air\b|bonus|supply|supplies|reserve|chance|strength|health|power|speed|"
                   r"ammunition|ammo|goal|mission|task|job|skill|restart|start|checkpoint|respawn)[a-z]+(?:['’-][a-z]+)?\b(?:\s+(?!to\b|and\b|or\b|is\b|are\b|"
                   r"has\b|can\b|will\b|the\b|a\b)[a-z]+s?\b(?=\s+(?:is|are|was|can|will|has|and|or|to|in|on|"
                   r"at|off|into|with|from|for|,|\.|$)))?", re.IGNORECASE)


def without_yours(text: str) -> str:
    """The text with the player's own things ("your sub", "your fighter jet") replaced by "you"; a
    verb after the thing stays ("your car runs into" reads "you runs into")."""
    def you(m: re.Match[str]) -> str:
        words = m.group().split()
        last = words[-1].lower()
        if len(words) > 2 and words[-2].lower() != "own" and last.endswith("s") and "VERB" in getAllLemmas(last):
            return "you " + words[-1]
        return "you"

    return YOURS.sub(you, text)


def theirs_not_yours(text: str, objects: Sequence[str], player: Sequence[str]) -> str:
    """Lower-case `text` with "your carrots" read "the carrots" where the carrots are another object and not what
    the player is called (nor a name the player's ends in: "your jet" beside the player's "fighter jet")."""
    mine = {" ".join(p.lower().split()) for p in player}
    keep = {n for n in objects if n and f"your {n}" not in mine and not any(p == n or p.endswith(" " + n) for p in mine)}
    for name in sorted(keep, key=len, reverse=True):
        text = re.sub(rf"\byour\s+(?:own\s+)?(?={re.escape(name)}(?:e?s)?\b)", "the ", text)
    return text
