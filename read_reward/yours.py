"""What a manual's "your" names: the player's own things, read as the player ("your sub" is "you"; so is what it
guards or catches: harm to "your carrots" or "your fish" is the player's loss)."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

# "your baby kangaroo waits at the top", "rescue your bride": a person of the hero's, not the hero
PERSONS = (r"bab(?:y|ies)\b|child|kids?\b|sons?\b|daughters?\b|joeys?\b|brides?\b|wife\b|husband\b|sweetheart|"
           r"girlfriend|boyfriend|princess|prince\b|mother\b|father\b|mom\b|dad\b|family\b")
YOURS = re.compile(r"\byour\s+(?:own\s+)?(?!opponent|enemy|enemies|foe|rival|adversar|challenger|"
                   r"computer|team|teammate|partner|death|doom|end\b|life|lives|turn|score|point|way|game|time|fuel|"
                   r"oxygen|energy|air\b|bonus|supply|supplies|reserve|chance|strength|health|power|speed|"
                   r"ammunition|ammo|goal|mission|task|job|skill|restart|start|checkpoint|respawn|quest|journey|adventure|career|"
                   r"voyage|run\b|trip\b|brave\b|whole\b|"
                   r"distance|eyes?\b|step\b|guard\b|wits|nerve|cool\b|breath\b|fingers?\b|hands?\b|"
                   r"(?:best |good |only |true )?friends?\b|ally\b|allies\b|reach\b|" + PERSONS + r")[a-z]+(?:['’-][a-z]+)?\b(?:\s+(?!to\b|and\b|or\b|is\b|are\b|"
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
