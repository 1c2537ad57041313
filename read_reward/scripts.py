"""A manual told as a script ("LI: The knife throwers. Jump the low daggers ..."): the speakers' labels and the
stage directions ("[A hiss. A roar.]", "(sighing)") are the script's layout, not its sentences.
"""

from __future__ import annotations

import re
from collections import Counter

from read_reward.study_sheets import unquiz

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


# a message of a chat log interleaved with a stream's or a meeting's words: "[chat] user123: ...", "[21:04] <kim> ..."
_MESSAGE = re.compile(r"\s*\[[^\[\]]{1,20}\]\s*(?:<[^<>\s]{1,30}>|[\w.@-]{1,30}:)\s+(?P<said>\S.*?)\s*$|"
                      r"\s*<[^<>\s]{1,30}>\s+(?P<said2>\S.*?)\s*$")
MESSAGES = 5  # a chat log has at least this many messages
WRAPPED = 60  # a line this long, or longer, wraps on to the next
# a reply that opens on a denial ("no, no, no. purple ball will kill you"): the message before it is wrong
_DENIAL = re.compile(r"\s*(?:(?:no+|nope|nah|wrong|not true|false|incorrect)(?:[,.!]+\s*|\s*$))+", re.IGNORECASE)


def unchat(lines: list[str]) -> list[str]:
    """A chat log's messages each on a paragraph of their own, without their tags and handles; a message the next
    line denies ("[chat] kim: purple balls are harmless" / "no, no. purple ball will kill you") is left out, and so
    is the denial. Text that is no chat log is returned as it is."""
    found = [_MESSAGE.match(line) for line in lines]
    if sum(m is not None for m in found) < MESSAGES:
        return lines
    out: list[str] = []
    denied = False  # the line before was a message this line denies
    wrapped = set()  # lines that continue a message wrapped over them
    for i, (line, m) in enumerate(zip(lines, found)):
        if i in wrapped:
            continue
        if m is None:
            out.append(line[_DENIAL.match(line).end():] if denied else line)
            denied = False
            continue
        said = m.group("said") or m.group("said2")
        j = i + 1  # "[00:04:25] OWEN: ... Same deal, if it" / "conks you on the head, ...": one message, wrapped
        while j < len(lines) and found[j] is None and lines[j].strip() and len(lines[j - 1].rstrip()) >= WRAPPED and \
                not _DENIAL.match(lines[j]):
            said, j = f"{said} {lines[j].strip()}", j + 1
        wrapped.update(range(i + 1, j))
        denied = j < len(lines) and found[j] is None and bool(_DENIAL.match(lines[j]))
        said = "" if denied else said
        out += ["", said + ("" if not said or said[-1] in ".!?" else "."), ""]  # ("YEEET." is no heading)
    return out


_NUMBERED = re.compile(r"(?P<indent>\s*)(?P<n>\d{1,2})(?=\s|$)")
NUMBERED_RUN = 8  # a transcript numbers at least this many lines in a row: 1, 2, 3, ...


def unnumber(lines: list[str]) -> list[str]:
    """A transcript's or a listing's line numbers ("24  runs into the point, it's deadly.") left out: runs of
    NUMBERED_RUN or more lines in a row that open on 1, 2, 3, ... (each run counting from any number)."""
    found = [_NUMBERED.match(line) for line in lines]
    runs, i = [], 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and found[j - 1] and found[j] and int(found[j]["n"]) == int(found[j - 1]["n"]) + 1:
            j += 1
        if found[i]:
            runs.append((i, j))
        i = j
    if not any(j - i >= NUMBERED_RUN for i, j in runs):
        return lines
    out = list(lines)
    # (a page's last lines, "1  poking up in a home, ..." / "2  snake.", are numbered from 1 too)
    for i, j in runs:
        if j - i >= NUMBERED_RUN or found[i]["n"] == "1" and j - i >= 2:
            for k in range(i, j):
                out[k] = found[k]["indent"] + " " * len(found[k]["n"]) + lines[k][found[k].end():]
    return out


_ANSWER = re.compile(r"(?P<indent>\s*)A\.(?=\s{2,}|\t)")  # a deposition's "A.   Yes. About ninety hours ..."
_ASKED = re.compile(r"\s*Q\.(?=\s{2,}|\t)")
MARKS = 3  # a record of questions and answers has at least this many of each


def unmark_answers(lines: list[str]) -> list[str]:
    """A record of questions and answers ("Q.   Describe ..." / "A.   There are four scenes.") without its
    answers' marks: what the witness says is the text (the questions keep theirs, which mark them asked)."""
    if sum(bool(_ASKED.match(line)) for line in lines) < MARKS or sum(bool(_ANSWER.match(line)) for line in lines) < MARKS:
        return lines
    return [_ANSWER.sub(lambda m: m["indent"] + "  ", line, count=1) for line in lines]


_SALUTATION = re.compile(r"\s*Dear\s+(?P<to>[^,:;.!?]{1,40})[,:]\s*", re.IGNORECASE)
_SIGNED = re.compile(r"\s*(?:--|—|–)\s*(?P<by>[A-Za-z][^.!?]{0,60}?)\s*")
LETTERS = 2  # an advice column answers at least this many readers' letters


def unletter(lines: list[str]) -> list[str]:
    """An advice column without its readers' letters ("Dear Jenny, ... my uncle said the red bricks take points
    away. -- Cautious in Kalamazoo" / "Dear Cautious, ..."): what a reader believes is no rule, the answer is.
    A reader's letter is addressed as LETTERS or more others are, ends signed, and is answered by a letter
    to its signer."""
    heads = [(i, m["to"].strip().lower()) for i, line in enumerate(lines) if (m := _SALUTATION.fullmatch(line))]
    count = Counter(to for _, to in heads)
    asked = []
    for (i, to), (answer, signer) in zip(heads, heads[1:]):
        signed = next((j for j in range(answer - 1, i, -1) if _SIGNED.fullmatch(lines[j])), None)
        by = re.findall(r"[a-z']+", _SIGNED.fullmatch(lines[signed])["by"].lower()) if signed is not None else []
        if count[to] >= LETTERS and signer.split()[:1] and signer.split()[0] in by:
            asked.append((i, signed + 1))
    if len(asked) < LETTERS:
        return lines
    out = list(lines)
    for i, j in asked:
        out[i:j] = [""] * (j - i)
    return out


def script_lines(lines: list[str]) -> list[str]:
    """The lines of a transcript, a script or a chat log as text: without line numbers, answers' marks,
    speakers' labels and stage directions; chat messages each on a paragraph of their own; a quiz's questions
    as its key answers them; an advice column's answers without the readers' letters."""
    return unscript(unmark_answers(unchat(unnumber(unletter(unquiz(lines))))))
