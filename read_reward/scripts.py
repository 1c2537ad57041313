"""A manual told as a script ("LI: The knife throwers. Jump the low daggers ..."): the speakers' labels and the
stage directions ("[A hiss. A roar.]", "(sighing)") are the script's layout, not its sentences.
"""

from __future__ import annotations

import re
from collections import Counter

# "MASTER LI:", "MR. X:", "CADET:" at the start of a line, then what is said (words, not a number or a score)
_LINE = re.compile(r"(?P<indent>\s*)(?P<label>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}):[ \t]+"
                   r"(?P<direction>\([^()]{1,80}\)\s*)?(?P<said>.*\S)?\s*$")
# labels that say something themselves ("DON'T: let the ball slip past"), never a speaker's name
_MEANING = frozenset("DO DON'T DONT NEVER ALWAYS AVOID NOTE HINT TIP TIPS WARNING CAUTION DANGER DANGEROUS IMPORTANT "
                     "REMEMBER GOOD BAD YES NO PRO PROS CON CONS BONUS SCORE SCORING POINTS SAFE DEADLY HARMLESS "
                     "BEWARE STRATEGY Q A".split())  # (a Q&A keeps its "Q:", which marks a question)
_STAGE = re.compile(r"\s*\[[^\[\]]+\]\s*")  # a whole line in brackets: "[Sound of a temple gong.]"
SPEAKERS = 2  # a script has this many speakers ...
LINES = 3  # ... each with at least this many lines ...
SPOKEN = 8  # ... and this many spoken lines in all


def _said(match: re.Match[str] | None) -> bool:
    """Is the line a speaker's words: prose of 3+ words with lower case, not a row ("ANT: 100 points")?"""
    if not match or match.group("label") in _MEANING:
        return False
    said = match.group("said") or ""
    return len(said.split()) >= 3 and any(c.islower() for c in said) and not re.match(r"[\d+$-]", said)


def unscript(lines: list[str]) -> list[str]:
    """The lines of a script without speakers' labels and stage directions; any other text as it is."""
    found = [_LINE.match(line) for line in lines]
    speakers = Counter(m.group("label") for m in found if _said(m))
    if sum(n >= LINES for n in speakers.values()) < SPEAKERS or sum(speakers.values()) < SPOKEN:
        return lines
    out = []
    for line, m in zip(lines, found):
        if m and m.group("label") in speakers and (m.group("said") or m.group("direction")):
            out.append(m.group("indent") + (m.group("said") or ""))
        elif _STAGE.fullmatch(line):
            out.append("")
        else:
            out.append(line)
    return out
