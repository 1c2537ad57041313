"""Cables read as sentences: "BALL THAT HITS KELLY COSTS TIME STOP QUERY IS QOTILE DANGEROUS STOP".

A telegram has no punctuation: STOP ends a sentence and QUERY asks one ("QUERY HOW GAME ENDS" is the question
"HOW GAME ENDS?", which says nothing of the game; the answer does).
"""

from __future__ import annotations

import re

_STOP = re.compile(r"(?<=[A-Z0-9')\"])\s+STOP\b\.?")
_QUERY = re.compile(r"\bQUERY\s+(?P<asked>[^.?]*)\.|(?<![^.?] )(?P<before>\b[^.?]*?)\s+QUERY\.")  # ("CANNONS ROCKS QUERY")
STOPS = 5  # cables have at least this many STOPs in upper-case lines


def _capitals(line: str) -> bool:
    return line.upper() == line and any(c.isalpha() for c in line)


def untelegram(lines: list[str]) -> list[str]:
    """Upper-case lines with STOP between sentences written with periods, QUERY's sentences as questions; text that
    holds no cables is returned as it is."""
    if sum(len(_STOP.findall(line)) for line in lines if _capitals(line)) < STOPS:
        return lines
    out: list[str] = []
    cable = False  # the line before is a cable's, stopped mid-sentence
    for line in lines:
        if cable and _capitals(line) and line.strip():
            out[-1] = f"{out[-1]} {line.strip()}"  # a cable wrapped over lines
        else:
            out.append(line)
        cable = _capitals(out[-1]) and bool(_STOP.search(out[-1])) and not re.search(r"\bSTOP\W*$", out[-1])
    return [_QUERY.sub(lambda m: f"{(m['asked'] or m['before']).rstrip()}?", _STOP.sub(".", line).rstrip())
            if _capitals(line) and _STOP.search(line) else line for line in out]
