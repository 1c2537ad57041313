"""Does the manual tell the player to pass *between* (or *through*) objects of one category?

Some games score what is not a contact: skiing between the two flags of a gate, flying through the
gap between two pillars. This reads the object's evidence (`read_reward.evidence.Evidence`: the
sentences naming it under any of its names, and those that refer back to it) for a cue: a motion
verb ("pass", "go", "ski", "fly", "steer"...) with "between" or "through" whose object is the
object's name ("ski between the flags", "go through every gate", "each gate you fail to pass
through", "fly through the gap between the pillars", "slip between them" after a sentence about it).

A cue counts only as something the manual asks for or scores:
- an instruction: the verb opens its clause ("Slip between the two flags"), or follows "must",
  "should", "try to", "so that", "your job is to"...; or the sentence gives points for it;
- a failure that costs ("five seconds for each gate you fail to pass through") asks for it too;
- a prohibition ("do not fly between the towers") or a loss ("if you drive through it, you lose a
  life") is a cue against it; "you cannot pass through walls" and "you can fly through clouds
  without harm" say what the game allows, not what to do, and are not cues.
Cues for and against together: no decision. The reward is ±`magnitude` (the card's hit size).
Generic English only: no game's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from read_reward.evidence import Evidence
from read_reward.name_runs import WORD, lemmas, uses

# Motion verbs, every inflection a manual uses (lemmas would turn "passes" into the noun "pass").
_VERBS = frozenset("""pass passes passed passing go goes went going gone ski skis skied skiing slip slips slipped
slipping steer steers steered steering fly flies flew flying flown drive drives drove driving driven ride rides rode
riding ridden run runs ran running move moves moved moving guide guides guided guiding get gets got getting thread
threads threaded threading skate skates skated skating swim swims swam swimming sail sails sailed sailing navigate
navigates navigated navigating squeeze squeezes squeezed squeezing maneuver maneuvers maneuvered maneuvering
manoeuvre manoeuvres manoeuvred manoeuvring travel travels traveled travelled traveling travelling head heads
headed heading make makes made making cross crosses crossed crossing""".split())
_PREPOSITIONS = frozenset(("between", "through", "thru", "betwixt"))
_GAPS = frozenset("gap gaps opening openings hole holes space spaces passage passages channel channels".split())
_PRONOUNS = frozenset("it them they each one ones both".split())
_NOT = frozenset("not don't dont never avoid avoiding mustn't shouldn't no nor".split())
_CANNOT = frozenset("cannot can't cant unable impossible".split())
_FAIL = frozenset("fail fails failed failing miss misses missed missing".split())
_ASKED = ("must", "should", "need to", "needs to", "have to", "has to", "try to", "trying to", "want to",
          "is to", "are to", "there to be", "meant to be", "supposed to be", "so that", "in order to", "sure to", "remember to", "be sure", "make sure", "always",
          "goal", "job", "task", "aim", "objective")
_STOPS = frozenset("and or to then so that if when while until before after as".split())  # ends a phrase
_ENTER = frozenset("in into inside out back".split())
_SEVERAL = frozenset("two both pair pairs each every".split())
_OPENERS = frozenset("and then just simply carefully always now also so or but".split())
_GAIN = frozenset("point points score scores scored scoring bonus earn earns earned award awards awarded "
                  "reward rewards rewarded extra".split())
_LOSS = frozenset("penalty penalties lose loses lost losing cost costs costing added crash crashes destroy destroyed "
                  "destroys explode explodes die dies dead killed kills".split())
_HARMLESS = re.compile(r"\b(?:no|without(?: a| any)?)\s+(?:time\s+)?(?:penalty|harm|cost|loss)\b")
_CLAUSE = re.compile(r"[,;:()\[\]—–]|\s-\s|\bwhile\b|\bbut\b|\bunless\b")
_VERB_REACH = 3  # words between the verb and the preposition ("steer your skier between")
_OBJECT_REACH = 8  # words after the preposition that may hold the object's name
_RELATIVE_REACH = 6  # "each gate you fail to pass through": the name up to this many words before the verb


@dataclass(frozen=True)
class Passing:
    """The manual's word on passing between objects of one category."""

    reward: float  # +magnitude: pass between them; -magnitude: do not; 0: the manual does not say
    sentence: str = ""  # the first sentence of the deciding side


def decide_passing(evidence: Evidence, magnitude: float = 5.0) -> Passing:
    """The passing reward of one object from its evidence: ±`magnitude`, or 0 without a cue (or with
    cues both ways)."""
    found: dict[int, str] = {}
    for mention in evidence.mentions:
        names = [*evidence.names, *mention.about]
        sign = sentence_cue(mention.sentence, names, pronouns=mention.carried)
        if sign:
            found.setdefault(sign, mention.sentence)
    if len(found) != 1:
        return Passing(0.0)
    sign, sentence = next(iter(found.items()))
    return Passing(sign * float(magnitude), sentence)


def sentence_cue(sentence: str, names: Sequence[str], pronouns: bool = False) -> int:
    """+1 if the sentence asks the player to pass between/through an object called one of `names`,
    -1 if it forbids it or makes it cost, 0 otherwise. `pronouns`: "them"/"it" may stand for the object
    (the sentence follows one about it)."""
    low = sentence.lower().replace("’", "'")
    gain_loss = _HARMLESS.sub(" ", low)
    words_all = set(WORD.findall(gain_loss))
    gain, loss = bool(words_all & _GAIN), bool(words_all & _LOSS)
    whole = lemmas(low)
    signs = set()
    for clause in _CLAUSE.split(low):
        words = WORD.findall(clause)
        lem = lemmas(clause)
        for i, word in enumerate(words):
            if word not in _VERBS:
                continue
            j = _preposition_after(words, i)
            if j is None or not _names_object(words, lem, whole, i, j, names, pronouns):
                continue
            before = words[max(0, i - 3):i]
            if set(before) & _CANNOT or (set(before) & {"can", "could", "may"} and not gain):
                continue  # what the game allows, not what to do
            failed = bool(set(before) & _FAIL)
            if set(before) & _NOT and not failed:
                signs.add(-1)
            elif failed:
                signs.add(-1 if gain and not loss else 1)
            elif loss and not _asked(words, i):
                signs.add(-1)
            elif _asked(words, i) or gain:
                signs.add(1)
    return signs.pop() if len(signs) == 1 else 0


def _preposition_after(words: list[str], i: int) -> int | None:
    """The index of "between"/"through" within reach after the verb at `i`; none past another verb, a
    conjunction, or a particle of entering ("goes in through the door" enters one object)."""
    for j in range(i + 1, min(len(words), i + 2 + _VERB_REACH)):
        if words[j] in _PREPOSITIONS:
            return j
        if words[j] in _VERBS or words[j] in _STOPS or words[j] in _ENTER:
            return None
    return None


def _names_object(words: list[str], lem: tuple[str, ...], whole: tuple[str, ...], i: int, j: int,
                  names: Sequence[str], pronouns: bool) -> bool:
    """Is what lies between/through (after `j`, or before the verb `i` when the preposition ends the
    clause) the object, a pronoun for it, or a gap next to it? "Between A and B" needs the object at
    both ends unless A is several of them ("between the two flags and ..."): "get between him and the
    carrot" is a place, not a way through."""
    end = j + 1
    while end < len(words) and end < j + 1 + _OBJECT_REACH and words[end] not in _STOPS:
        end += 1
    after = lem[j + 1:end]
    if not after:  # "each gate you fail to pass through": a stranded preposition
        return j + 1 == len(words) and any(uses(lem[max(0, i - _RELATIVE_REACH):i], n) for n in names)
    named = any(uses(after, n) for n in names)
    if named and words[j] != "through" and end < len(words) and words[end] in ("and", "or"):
        heads = {lemmas(n)[-1] for n in names if lemmas(n)}
        several = set(words[j + 1:end]) & _SEVERAL or any(
            w != lemma for w, lemma in zip(words[j + 1:end], after) if lemma in heads)  # "the two flags", "posts"
        return several or any(uses(lem[end + 1:end + 1 + _OBJECT_REACH], n) for n in names)
    if named:
        return True
    head = words[j + 1:j + 4]
    if pronouns and set(head) & _PRONOUNS:
        return True
    # "ski through the gap between them" after a sentence about them
    return bool(set(head) & _GAPS) and (any(uses(whole, n) for n in names) or pronouns and bool(set(after) & _PRONOUNS))


def _asked(words: list[str], i: int) -> bool:
    """Is the verb at `i` an instruction: first in its clause (after "and", "then"...), or after a
    "must", "try to", "so that", "your job is to"?"""
    k = 0
    while k < i and words[k] in _OPENERS:
        k += 1
    if k == i:
        return True
    before = " ".join(words[:i])
    return any(re.search(rf"\b{cue}\b", before) for cue in _ASKED)


def passing_fields(evidence: Evidence | None, magnitude: float = 5.0) -> dict[str, float | str]:
    """`CardObject` keyword arguments (`passing`, `passing_evidence`) from an object's evidence (None:
    the object was not found in the manual, so no passing reward)."""
    if evidence is None:
        return {"passing": 0.0, "passing_evidence": ""}
    decided = decide_passing(evidence, magnitude)
    return {"passing": decided.reward, "passing_evidence": decided.sentence}
