"""Where an object's entry in a manual begins and ends: a booklet's run-in head ("THE SHARK - The shark swims
..."), a section titled with the object's name ("#21 BEACH BALL"), a sentence that is only its name, a line that
opens on its verb with the entry's subject left out, and the numbering and fields of list entries."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from lemminflect import getAllLemmas

from read_reward.name_runs import WORD, lemmas, uses

# a booklet's run-in head: "RATTLESNAKES. Coiled up ...", "TAR PITS AND QUICKSAND.", "THE WAR BIRDS -- Small ...",
# "THE SHARK - The shark swims ...", a crossword's notes: "13a LOG - Logs roll ..."
# (not "YOUR FUEL:": the player's own things)
RUN_IN = re.compile(r"^\s*(?:\d+[.)]\s*|\d{1,3}[a-z]\s+)?(?!(?:YOUR|MY|OUR)\b)(?!(?:YOU|AND|THE|BUT|FOR|NOT)(?:[.:!]|\s+-))(?P<head>[A-Z][A-Z'&/ -]{1,40}[A-Z])(?:[.:!]|\s+--?)(?:\s|$)")


def run_in_head(sentence: str) -> str:
    """A booklet's run-in head opening the sentence ("THE SHARK - The shark swims ..." -> "THE SHARK"), or ""."""
    head = RUN_IN.match(sentence)
    return head.group("head") if head else ""


def without_run_in(sentence: str) -> str:
    """The sentence without a booklet's run-in head ("DRAGONS. A dragon ball ..." -> "A dragon ball ...")."""
    head = RUN_IN.match(sentence)
    return sentence[head.end():] if head else sentence


_LEAD_IN = frozenset("the a an first next then and now finally last also these those".split())


def bare_name(words: tuple[str, ...], names: Sequence[str]) -> bool:
    """Is the sentence the object's name and nothing more ("The Tom Toms.", "First, the henchmen.")?"""
    lead = next((i for i, w in enumerate(words) if w not in _LEAD_IN), len(words))
    return any(words[lead:] == lemmas(n) for n in names)


RUN_IN_SPAN = 4  # sentences at most, and only those that name no other object (or have no subject of their own)
_NO_SUBJECT = re.compile(r"\s*(?:can't|cannot|won't|never|doesn't|does not|always|also)\b", re.IGNORECASE)


def subjectless(sentence: str) -> bool:
    """Does the sentence open on its verb, its subject the entry's ("QOTILE: The enemy. Sits behind its shield.
    Can't hurt you.")?"""
    first = WORD.match(sentence.lstrip().lower())
    if _NO_SUBJECT.match(sentence) or not first:
        return bool(first)
    word = first.group()
    lemma = getAllLemmas(word).get("VERB", ())
    if not (word.endswith("s") and lemma and word not in lemma):
        return False
    # "Chases the Yar", "Rides up & down" (not "Bats fly"): a word both noun and verb is a verb before these
    return "NOUN" not in getAllLemmas(word) or bool(re.match(
        r"\s+(?:the|a|an|it|them|you|your|his|her|its|their|up|down|around|back|along|across|over|through)\b",
        sentence.lstrip().lower()[first.end():]))


ENTRY_SPAN = 8  # sentences: a section titled with the object's name is an entry about it, not a chapter


def titled(title: str, names: Sequence[str], others: Sequence[str] | None = None) -> bool:
    """Is the section's title the object's name and nothing more ("Scorpion", "3.1 THE SCORPIONS")? Given the
    `others`' names, a title of one or two words before the name that name no other object is its too ("#21 BEACH
    BALL" for the ball)."""
    entry = title.rsplit(" / ", 1)[-1]  # "[3.1] OBSTACLES / Mogul": a field list's entry under its chapter
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", NUMBERING.sub("", entry.strip("[] ")))  # "(the alligator's head)"
    words = tuple(w for w in lemmas(bare) if w not in ("the", "a", "an"))
    if any(words == lemmas(n) for n in names):
        return True
    return others is not None and any(
        (want := lemmas(n)) and 1 <= len(words) - len(want) <= 2 and words[-len(want):] == want for n in names) and \
        not any(uses(words, o) for o in others if lemmas(o) not in {lemmas(n) for n in names})


def entry_of(title: str, sizes: Counter[str], names: Sequence[str], others: Sequence[str] | None = None) -> bool:
    """Is the section an entry about one of `names` (titled with its name, and no longer than an entry)?"""
    return bool(title) and sizes[title] <= ENTRY_SPAN and titled(title, names, others)


NUMBERED_ROW = re.compile(r"\s*\d{1,3}, ")  # "3, They fall from 45 ...": a clue list's next row, its own answer
NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|\d{1,3}[a-z]|#\d{1,3}|[(\[]?[a-z0-9][)\]]|[-*•o])\s+", re.IGNORECASE)
# a field of a list entry: "Movement: slow.", "COLLISION WITH PLAYER: deadly."
FIELD = re.compile(r"^\s*[A-Za-z][A-Za-z /'-]{0,30}:\s")
