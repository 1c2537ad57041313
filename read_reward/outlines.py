"""Nested notes read as headed text: a bulleted label with items indented under it is their heading.

    - Things
      + turtles
        * rows of 2-3, also safe to ride
        * some dive under -> if i'm on them when they go under = drowned

"rows of 2-3, also safe to ride" is about the turtles: "turtles" heads those items as a section title does
(`evidence` reads the items of a section titled with an object's name as about it). Back out of a label's
items, the label over them heads what follows again.
"""

from __future__ import annotations

import re

from read_reward.text_layout import indent_of

BULLETS = 8  # an outline has at least this many bulleted lines ...
PARENTS = 3  # ... of which this many have items indented under them
MOSTLY = 0.6  # ... and bulleted lines are this share of its lines with text
_LABEL_WORDS = 6  # a label, not a note: "gator head in a bay", not "bay already has a frog sitting in it"
# a note's mark, not a number or a letter ("2. Touching a gem" over "(a) costs a life" is a quiz's question)
BULLET = re.compile(r"\s*(?:[-*+•◦▪‣·–—°■□●○◆◇✓✔]|o(?=\s))\s+")
_NOTE = re.compile(r"[.!?;=]|->|=>|→|\b(?:is|are|was|were|be|can|will|do|does|don't|dont)\b|^\W*$", re.IGNORECASE)


def _label(text: str) -> str | None:
    """The label of a bulleted line: short, no sentence end, no claim ("turtles", "ROAD half (bottom)")."""
    text = text.strip().rstrip(":").strip()
    return text if len(text.split()) <= _LABEL_WORDS and not _NOTE.search(text) else None


def _title(label: str) -> str:
    """The label as a plain-text heading ("lady frog" -> "Lady Frog"); an ALL-CAPS word stays as it is."""
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in label.split())


def unoutline(lines: list[str]) -> list[str]:
    """Lines of nested notes with each label over indented items as a heading of its own (blank lines around it);
    text that is no outline is returned as it is."""
    depth = [indent_of(line) if line.strip() else -1 for line in lines]
    following = [-1] * len(lines)  # the indent of the next line with text
    for i in range(len(lines) - 2, -1, -1):
        following[i] = depth[i + 1] if depth[i + 1] >= 0 else following[i + 1]
    bullets = [i for i, line in enumerate(lines) if BULLET.match(line)]
    parents = [i for i in bullets if following[i] > depth[i]]
    if len(bullets) < BULLETS or len(parents) < PARENTS or len({depth[i] for i in bullets}) < 2 or \
            len(bullets) < MOSTLY * sum(d >= 0 for d in depth):
        return lines  # (a slide deck's bullets between paragraphs of notes are no outline)
    out: list[str] = []
    open_labels: list[tuple[int, str | None]] = []  # (indent, label) of the bulleted lines over this one
    shown = None  # the label heading the lines now
    for i, line in enumerate(lines):
        if depth[i] < 0:
            out.append(line)
            continue
        while open_labels and open_labels[-1][0] >= depth[i]:
            open_labels.pop()
        bullet = BULLET.match(line)
        label = _label(line[bullet.end():]) if bullet and i in parents else None
        if label:
            open_labels.append((depth[i], label))
            out += ["", _title(label), ""]
            shown = label
            continue
        over = next((lab for _, lab in reversed(open_labels) if lab), None)
        if over and over != shown:
            out += ["", _title(over), ""]  # back to the items of the label over these
            shown = over
        if bullet and i in parents:
            open_labels.append((depth[i], None))
        out.append(line)
    return out
