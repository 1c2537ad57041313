"""Which object a pronoun in the next sentence stands for: this one, or another the sentence brings in or hands
on to ("you kick a pest away, and a coin slides out. Grab it ...": the coin)."""

from __future__ import annotations

import re
from typing import Sequence

from read_reward.name_runs import WORD, first_use, lemmas, masked, runs, uses
from read_reward.yours import without_yours


_TURNS = re.compile(r"turns?|turned|turning|changes?|changed|changing|transforms?|transformed|morphs?|morphed")
_PLACES = frozenset("over across on onto under through along around in into toward towards past behind beside near "
                    "above below between inside".split())


def _a_place(raw: Sequence[str], at: int) -> bool:
    """Is the word at `at` named as a place ("over the Web"; not "turns into the Swirl")?"""
    prep = at - 2 if at > 1 and raw[at - 1] in ("the", "a", "an", "its", "their") else at - 1
    return prep > 0 and raw[prep] in _PLACES and not _TURNS.fullmatch(raw[prep - 1])


def handed_on(sentence: str, names: Sequence[str], others: Sequence[str]) -> bool:
    """Does a later clause of the sentence open on another object ("you kick a pest away, and a coin
    slides out"), or is the object named only as what another object named before it owns ("a Gorgon vessel
    fires its deathray")? Then "it" in the next sentence is that object, not this one."""
    clauses = [lemmas(without_yours(c)) for c in _CLAUSES.split(sentence)]
    mine = [i for i, c in enumerate(clauses) if any(uses(c, n) for n in names)]
    # (nor when the sentence opens on a list with the object in it: "Flocks of snow geese, beds of clams and
    # king crabs travel along the rows between the floes. They ...": they are the list, its subject)
    opening = bool(mine) and mine[-1] == 0 and _only_names(clauses[0], [*names, *others])
    if bool(mine) and not opening and any(first_use(c, others) < min(len(c), 3) and not _only_names(c, others)
                                          for c in clauses[mine[-1] + 1:]):  # not ", too.", nor the rest of a list
        return True
    # "The Qotile fires a Destroyer Missile that follows your Yar.": the thing a relative clause goes on about
    words = lemmas(without_yours(sentence))
    raw = WORD.findall(without_yours(sentence).lower())
    mine = runs(words, names)
    if mine and len(raw) == len(words) and first_use(words, others) < mine[0][0] and all(
            a and (raw[a - 1] in ("its", "their") or raw[a - 1].endswith(("'s", "’s"))) for a, _ in mine):
        return True  # "A Gorgon vessel cannot fire its deathray until it has sunk.": "it" next is the vessel
    # "The Crystal Spider scuttles over the Web.": the object is only where another goes; "it" next is the spider
    if mine and len(raw) == len(words) and first_use(words, others) < mine[0][0] and all(_a_place(raw, a) for a, _ in mine):
        return True
    told = [b for n in others for a, b in runs(words, [n]) if b < len(words) and words[b] in ("that", "which", "who")]
    if told and max(told) > max((b for a, b in runs(words, names)), default=len(words)):
        return True
    # "The pigs turn into scared chickens. Chase them down ...": "them" next is what the object turned into
    low = without_yours(sentence).lower()
    turned = _TURNS_INTO.search(low)
    if turned and any(uses(lemmas(low[:turned.start()]), n) for n in names):
        after = lemmas(low[turned.end():])[:4]
        return first_use(after, others) < len(after) and first_use(after, names) == len(after)
    return False


_TURNS_INTO = re.compile(r"\b(?:turns?|turned|turning|changes?|changed|changing|transforms?|transformed) into\b")


_APPOSED = re.compile(r",\s+(?:those|these|the|all|both)(?:\s+[\w'-]+){0,3}$")  # "They look harmless, those little lyres"


def apposed(sentence: str, at: int) -> bool:
    """Is the word at `at` (a lemma index) in an apposition after a comma ("They look harmless, those lyres")?"""
    tokens, words = [], 0
    for token in re.findall(r"[a-z0-9]+(?:['’-][a-z0-9]+)*|,", sentence.lower()):
        if words == at:
            break
        tokens.append(token)
        words += token != ","
    return bool(_APPOSED.search(" ".join(tokens)))


FAMILY = {"they": ("they", "them", "their"), "it": ("it", "its"), "he": ("he", "him", "his"), "she": ("she", "her")}
_LIST_WORDS = frozenset("and or the a an of flock bed school swarm pack herd group band pair few several many some".split())


def _only_names(clause: Sequence[str], names: Sequence[str]) -> bool:
    """Is the clause (as lemmas) only names joined by and/or, an item of a list?"""
    return not [w for w in masked(clause, names) if w and w not in _LIST_WORDS]


COUNTER = re.compile(r"(?:it|they) (?:(?:reach|reaches|hit|hits|drop to|drops to|get to|gets to|fall to|falls to) (?:zero|0)|"
                      r"run out|runs out|run down|runs down|count down|counts down|tick down|ticks down|expire|expires)\b")
_CLAUSES = re.compile(r"[,;:]|\b(?:but|then)\b")
# "a vitamin appears below the ghost box": the sentence brings in a new thing, and "it" next is that thing
_PRESENTS = re.compile(r"\b(?:a|an|another)\s+(?P<thing>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:\w+ly\s+)?(?:appears?|shows? up|"
                       r"pops? up|turns? up|emerges?|materiali[sz]es?|comes? out|drops? in)\b")

# "It's a small homing missile that the Qotile sends out": what "it" is, and then "it" next
_IT_IS_A = re.compile(r"\b(?:it's|it is|that's|that is|this is|there's|there is|here's|here is)\s+(?:a|an|another)\s+"
                      r"(?P<thing>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:that|which|who)\b")


def brings_in_another(sentence: str, names: Sequence[str]) -> bool:
    """Does the sentence bring in something new that is not the object, ahead of the object's name
    ("Now and then a vitamin appears below the ghost box.")? Then "it" next is that new thing."""
    text = without_yours(sentence).lower()
    new = _PRESENTS.search(text) or _IT_IS_A.search(text)
    if not new or any(uses(lemmas(new.group("thing")), n) for n in names):
        return False
    ahead = lemmas(text[:new.end()])
    return first_use(ahead, names) == len(ahead)


def elsewhere(sentence: str, names: Sequence[str], others: Sequence[str]) -> tuple[bool, bool]:
    """Is "it" in the next sentence something else (the sentence names the object only in the plural: "Above
    the pits hangs a vine.", "a vitamin appears below the ghosts' door."), and is "they" (the object only in
    the singular and another in the plural: "Run into a pulsar, and the aliens change colour.")?"""
    raw = WORD.findall(without_yours(sentence).lower())
    words = lemmas(without_yours(sentence))
    mine = runs(words, names)
    mine = [r for r in mine if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in mine)]  # "tar" in "tar pits"
    theirs = [t for t in runs(words, others) if not any(a <= t[0] < b for a, b in mine)]
    if not mine or len(raw) != len(words):
        return False, False
    plural_mine = [raw[b - 1] != words[b - 1] for _, b in mine]
    plural_theirs = [raw[b - 1] != words[b - 1] for _, b in theirs]
    return (all(plural_mine),
            not any(plural_mine) and any(plural_theirs))


def names_player_last(sentence: str, words: Sequence[str], names: Sequence[str], player: Sequence[str]) -> bool:
    """Is the player named by a proper name after the object's last mention ("If a ghost touches Ms. Pac-Man,
    she loses a life."): a "she" next is the player, not the object (not after "your fish": no person)."""
    mine, yours = runs(words, names), runs(words, player)
    proper = any(re.search(rf"\b{re.escape(p.title())}\b", sentence) for p in player)
    return proper and bool(mine and yours) and max(a for a, _ in yours) > max(a for a, _ in mine)
