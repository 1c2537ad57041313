"""Study sheets read as statements: a quiz worksheet through its answer key, a flashcard deck card by card.

A multiple-choice question's options are mostly wrong ("If Colwyn runs into a Slayer, (a) Colwyn loses a life
(b) the Slayer is destroyed ..."), and so are half of its true-or-false statements. Where a text has numbered
questions with lettered options (or "____ 15." statements to mark T or F) and a key after them ("1. (b) - Running
into a Slayer knocks it out."), each question is read as the key answers it: the stem with the chosen option, a
statement marked true; the others are left out. The key's explanations are read as plain text. A flashcard deck
exported as text ("Bandit bomber points?<TAB>the most points of any target") is one card a paragraph: the front, then
the back as its answer.
"""

from __future__ import annotations

import re
from html import unescape
from typing import NamedTuple

_ITEM = re.compile(r"(?P<indent>\s*)(?P<blank>_{2,}\s*)?(?P<n>\d{1,2})[.)]\s+(?P<text>\S.*?)\s*$")
_OPTION = re.compile(r"(?P<indent>\s*)(?:\((?P<p>[a-eA-E])\)|(?P<b>[a-eA-E])[).])\s+(?P<text>\S.*?)\s*$")
_MARK = r"(?:\s*[-–—:.)]+\s*|\s{2,}|\s*$)"  # what follows the key's letter: "1. (b) - ...", "15. T   - ..."
_KEY = re.compile(rf"(?P<indent>\s*)(?P<n>\d{{1,2}})[.)]\s+(?:\((?P<p>[a-eA-E])\)\s*[-–—:.]*\s*|(?P<b>[a-eA-E]){_MARK}|"
                  rf"(?P<tf>T|F|TRUE|FALSE|True|False){_MARK})(?P<text>.*?)\s*$")
_QUIZ = re.compile(r"\b(?:quiz(?:zes)?|worksheet|circle (?:one|the)|multiple[- ]choice|true or false|answer key)\b", re.IGNORECASE)
CHOICES = 3  # a multiple-choice question has at least this many options (a), (b), (c), ...
QUESTIONS = 2  # a quiz has at least this many of them, or this many statements to mark true or false


class _Question(NamedTuple):
    n: int
    start: int  # the lines it spans
    end: int
    stem: str
    options: dict[str, str]  # letter -> option; none for a statement to mark true or false


def _more(lines: list[str], i: int, indent: int) -> int:
    """Where the lines continuing the one before `i` (indented deeper than `indent`, not new items) end."""
    while i < len(lines) and lines[i].strip() and len(lines[i]) - len(lines[i].lstrip()) > indent and \
            not _OPTION.match(lines[i]) and not _ITEM.match(lines[i]):
        i += 1
    return i


def _joined(lines: list[str], first: str, start: int, end: int) -> str:
    return " ".join([first, *(line.strip() for line in lines[start:end])])


def _question(lines: list[str], i: int) -> _Question | None:
    item = _ITEM.match(lines[i])
    if not item or _KEY.match(lines[i]) and not item["blank"]:
        return None
    j = _more(lines, i + 1, len(item["indent"]))
    stem = _joined(lines, item["text"], i + 1, j)
    if item["blank"]:  # "____ 15. Colwyn should ride into the Black Fortress ...": true or false
        return _Question(int(item["n"]), i, j, stem, {})
    options: dict[str, str] = {}
    while j < len(lines) and (option := _OPTION.match(lines[j])):
        letter = (option["p"] or option["b"]).lower()
        if ord(letter) - ord("a") != len(options):
            break
        k = _more(lines, j + 1, len(option["indent"]))
        options[letter] = _joined(lines, option["text"], j + 1, k)
        j = k
    return _Question(int(item["n"]), i, j, stem, options) if len(options) >= CHOICES else None


def unquiz(lines: list[str]) -> list[str]:
    """`lines` with a quiz's questions read through its key (see the module's docstring); other text as it is."""
    questions, i = [], 0
    while i < len(lines):
        q = _question(lines, i)
        questions += [q] if q else []
        i = q.end if q else i + 1
    chosen = [q for q in questions if q.options]
    marked = [q for q in questions if not q.options]
    if len(chosen) < QUESTIONS and len(marked) < QUESTIONS:
        return lines
    answers: dict[int, str] = {}  # question -> its letter, or "t"/"f"
    spans: list[tuple[int, int, list[str]]] = []  # lines start:end read as these
    i = max(q.end for q in questions)
    while i < len(lines):
        key = _KEY.match(lines[i])
        if not key:
            i += 1
            continue
        j = _more(lines, i + 1, len(key["indent"]))
        answers.setdefault(int(key["n"]), (key["p"] or key["b"] or key["tf"][0]).lower())
        explained = _joined(lines, key["text"], i + 1, j)  # "1. (b) - Running into a Slayer knocks it out ..."
        spans.append((i, j, ["", key["indent"] + explained, ""] if explained else [""]))
        i = j
    if not answers and not marked and not any(_QUIZ.search(line) for line in lines):
        return lines  # numbered rules with lettered sub-items ("1. Game options: (a) ... (b) ...") and no key: no quiz
    for q in questions:
        answer = answers.get(q.n, "")
        said = (f"{q.stem} {q.options[answer]}" if answer in q.options else "") if q.options else \
            (q.stem if answer == "t" else "")
        indent = lines[q.start][:len(lines[q.start]) - len(lines[q.start].lstrip())]
        said += "." if said and not re.search(r"[.!?][\"')]*$", said) else ""
        spans.append((q.start, q.end, ["", indent + said, ""] if said else [""]))
    out = list(lines)
    for start, end, said_lines in sorted(spans, reverse=True):
        out[start:end] = said_lines
    return out


_CARD = re.compile(r"(?P<indent>[ ]*)(?P<front>[^\s#>|][^\t]*?[A-Za-z][^\t]*?)[ ]*\t+[ ]*(?P<back>\S[^\t]*?)"
                   r"(?:[ ]*\t+[ ]*[^\t]*)*?\s*")  # (more columns: see `_fields`)
CARDS = 8  # a deck has at least this many cards (lines "front<TAB>back") ...
ASKED = 3  # ... at least one in this many with a question on its front
# a study app's export header ("#separator:tab", "#columns:Front<TAB>Back<TAB>Tags", "#tags column:3")
_EXPORT_HEADER = re.compile(r"#(?P<key>separator|html|notetype|deck|columns|tags column|guid column|notetype column|"
                            r"deck column)\s*:\s*(?P<value>.*?)\s*", re.IGNORECASE)
_TAGS = re.compile(r"[\w:./-]+(?: [\w:./-]+)*")  # "centipede atari2600 enemies hazards": words, no sentence
_HTML = re.compile(r"<[A-Za-z/][^>]*>")
# "What happens if a flea lands on your wand?" / "The wand is lost.": the card says "If a flea lands ..., the wand is lost."
_WHAT_HAPPENS = re.compile(r"what (?:happens|will happen|would happen)\s+(?P<sub>if|when|whenever|once|as soon as|after)\s+"
                           r"(?P<cond>[^?]+?)\s*\?", re.IGNORECASE)


def _tag_column(header: dict[str, str], cards: list[re.Match[str]]) -> int | None:
    """The index of a deck's tags column among a card's fields: named in its header, else a last column that is
    every card's space-separated lower-case words."""
    if "tags column" in header and header["tags column"].isdigit():
        return int(header["tags column"]) - 1
    names = [name.strip().lower() for name in header.get("columns", "").split("\t")]
    if "tags" in names:
        return names.index("tags")
    widths = {len(_fields(card)) for card in cards}
    last = widths.pop() - 1 if len(widths) == 1 else 0
    if last >= 2 and all(_TAGS.fullmatch(f := _fields(card)[last]) and f == f.lower() for card in cards):
        return last
    return None


def _fields(card: re.Match[str]) -> list[str]:
    """A card's fields in their columns (an empty one stays, so a column's index is the header's)."""
    return [f.strip() for f in card.group().strip().split("\t")]


def uncard(lines: list[str]) -> list[str]:
    """A flashcard deck's cards each a paragraph of its own (the raw lines, tabs and all): "Who are the
    attackers?<TAB>the Gorgons" reads "Who are the attackers? The Gorgons.", "Bandit bomber<TAB>a small ship"
    reads "Bandit bomber: a small ship."; a study app's export header and tags column are left out;
    `lines` itself where there is no deck."""
    cards = [_CARD.fullmatch(line) for line in lines]
    found = [c for c in cards if c]
    if len(found) < CARDS or ASKED * sum(c["front"].rstrip().endswith("?") for c in found) < len(found):
        return lines
    header = {m["key"].lower(): m["value"] for line in lines if (m := _EXPORT_HEADER.fullmatch(line.strip()))}
    tags = _tag_column(header, found)
    html = header.get("html", "").lower() == "true"
    out: list[str] = []
    for line, card in zip(lines, cards):
        if not card:
            out += [] if _EXPORT_HEADER.fullmatch(line.strip()) else [line]
            continue
        fields = [f for i, f in enumerate(_fields(card)) if i != tags]
        if html:
            fields = [" ".join(_HTML.sub(" ", unescape(f)).split()) for f in fields]
        front, back = fields[0], " ".join(f for f in fields[1:] if f)
        if not front or not back:
            continue
        if asked := _WHAT_HAPPENS.fullmatch(front):
            said = f"{asked['sub'].capitalize()} {asked['cond']}, {back[:1].lower()}{back[1:]}"
        elif front.endswith("?"):
            said = f"{front} {back[:1].upper()}{back[1:]}"
        else:
            said = f"{front.rstrip(':')}: {back}"
        out += ["", card["indent"] + said + ("" if re.search(r"[.!?:][\"')]*$", said) else "."), ""]
    return out
