"""Sentence-wide adjustments of an object's effect cues, once each cue has its owner (`read_reward.effects`).

A sentence can recast its cues as a whole: "grab the fuel, or you will crash" (the crash is what not
touching costs), "if time runs out before you reach the door" (a race: worth reaching), "run right
into a Slayer and he's knocked out" (the touch is the attack), "... carried out of the picture" (a
ride gone too far). Each rule below quotes the English it stands for.
"""

from __future__ import annotations

import re

from read_reward.clause_words import CONDITION, FRONTING, STATE
from read_reward.cue_words import CONTACT, GAIN, HARMLESS, LOSS, MISS, SHOOT, TIME_LOST, USE_WEIGHT
from read_reward import cue_context as cx

_UNREACHED = re.compile(r"\bbefore (?:you|(?:the )?PLAYER) (?:can |could )?(?:reach|reaches|gets? to|rescues?|catch(?:es)?|"
                        r"collects?|grabs?|frees?|(?:is|are|gets?) (?:safely |safe |back )?(?:inside|into|in|home to|back to))\s+"
                        r"(?:the |a |an |your |his |her )?$")
_REACHED = re.compile(r"\s+(?:is|are|has been|have been|gets?) (?:safely )?"
                      r"(?:rescued|reached|collected|saved|freed|caught|picked up)\b")
_RAM_HIM = re.compile(cx.BODILY_INTO + r"\s+(?:him|her|it|them)\b")  # "run right into him and he falls"
_RAM_ONE = re.compile(cx.BODILY_INTO + r"\s+(?:a|an|the|one|any)?\s*$")
_RACE = re.compile(r"\b(?:if|when|unless|or|otherwise|runs? out|expires?|hits? zero|reach(?:es)? zero)\b")
_COSTS_YOU = re.compile(r"\b(?:costs?|costing|lose|loses|losing) (?:you|PLAYER) (?:the|your)\s+$")
_IF_CLAUSE = re.compile(rf"\W*{FRONTING}\b[^,;:.!?]*,")  # a fronted clause up to its comma
WITHOUT_LEAD = re.compile(r"\W*without\s+(?:the |an? |your |his |her )?")  # "Without the air line, ...": what it would take


# "it doesn't kill him, but it drags him back down and wastes time": a cost all the same
_SET_BACK = TIME_LOST + (r"|\bwast(?:es?|ing|ed) (?:precious |valuable |a lot of |so much )?(?:time|seconds)\b"
                         r"|\bdrags? (?:PLAYER|him|her|you) (?:all the way )?(?:back )?down\b")


def settle(text: str, cues: list[tuple[str, float, int]], mine: list[tuple[int, int]],
           mentions: list[tuple[int, int, bool | None]], *, fate: bool, spent: bool, rival: bool,
           lapsed: bool) -> list[tuple[str, float]]:
    """The (kind, weight) of `cues` ((kind, weight, where) found in `text`, the target named at `mine`) after
    the rules that read the sentence as a whole. `fate`: the sentence tells the object's own end; `spent`: it
    wears off; `rival`: its gain is the opponent's; `lapsed`: its harm is in a passing state."""
    alt = cx.OR_ELSE.search(text)  # "grab the fuel, or you will crash": the loss is what not touching it costs
    if alt and mine and max(b for _, b in mine) <= alt.start() and not cx.INTO_IT.search(text, alt.end()):
        first = {k for k, _, p in cues if p < alt.start()}
        flip = CONTACT in first and LOSS not in first
        cues = [(GAIN, 0.8, p) if flip and k == LOSS and p >= alt.start() else (k, w, p) for k, w, p in cues
                if flip or k != LOSS or p < alt.start()]
    # (a race against a loss; not "fill up at a depot before you reach a bridge": a moment)
    if any(_COSTS_YOU.search(text, 0, a) for a, _ in mine) or (any(k == LOSS for k, _, _ in cues) or _RACE.search(text)) and any(
            _UNREACHED.search(text, 0, a) or re.search(r"\bbefore (?:the |a |an |your |his |her )?$", text[:a])
            and _REACHED.match(text, b) for a, b in mine):
        # "losing a block can cost you the door", "if time runs out before you reach the door, ...": worth reaching
        cues = [(GAIN, 0.8, 0), *[c for c in cues if c[0] != LOSS]]
    if cx.OFF_SCREEN.search(text) and not fate:  # "... carried by a log out of the picture is lost": a ride gone too far
        cues = [(CONTACT, USE_WEIGHT, at) if k == LOSS else (k, w, at) for k, w, at in cues]
    lacking = WITHOUT_LEAD.match(text)  # "Without the air line, the diver drowns": drowning is what lacking it costs
    if lacking and any(k == GAIN and at < lacking.end() for k, _, at in cues):
        cues = [c for c in cues if c[0] != LOSS]
    fronted = _IF_CLAUSE.match(text)  # "if the wand bumps into a mushroom, nothing happens": the bump is no harm
    if fronted and any(k == HARMLESS and p >= fronted.end() for k, _, p in cues) and \
            not any(k == LOSS and p >= fronted.end() for k, _, p in cues):
        cues = [c for c in cues if not (c[0] == LOSS and c[2] < fronted.end())]
    then = cx.AND_YOU.search(text)  # "run over a mogul, and you will tumble": the contact is what costs
    if then and GAIN not in {k for k, _, _ in cues} and any(k == LOSS and p > then.start() for k, _, p in cues):
        cues = [(k, w, p) for k, w, p in cues if not (k == CONTACT and p < then.start())]
    means = cx.BY_CONTACT.search(text)  # "destroy a Slayer by running into him": touching it is the attack
    ahead = [x for x in mentions if x[1] <= means.start() and x[2] is not None] if means else []
    if ahead and ahead[-1][2]:
        half = 0.5 if CONDITION.search(text, 0, means.start()) else 1.0  # "while he carries it, Joe can destroy one by ..."
        cues = [(CONTACT, w * half, at) if k == SHOOT else (k, w, at) for k, w, at in cues]
        if not any(k == CONTACT for k, _, _ in cues):
            cues.append((CONTACT, 0.6 * half, means.start()))  # "Slayers can be run into and destroyed for points"
    downed = cx.AND_DOWN.search(text)  # "run right into a Slayer and he's knocked out": the touch is what beats it
    last = next((m for m in reversed(mentions) if m[1] <= downed.start()), None) if downed else None
    if last and last[2] is None and not re.match(r"and\s+(?:you|PLAYER)\b", downed.group()) and \
            not re.search(r"\b(?:him|her|it|them)\b", text[last[1]:downed.start()]):
        downed = None  # "a mogul throws the Skier off balance and he falls": "he" is the player, who falls
    # "run right into him and he falls", "charge straight into a Slayer and you knock him down": the touch is the blow
    rammed = downed and (_RAM_HIM.search(text, 0, downed.start()) or next(
        (m for a, _ in mine if a < downed.start() for m in [_RAM_ONE.search(text, 0, a)] if m), None))
    if downed and mine and (any(k in (CONTACT, LOSS) and at < downed.start() for k, _, at in cues) or rammed) and \
            min(a for a, _ in mine) < downed.start():  # "... -- the collision destroys him": so is the collision
        half = 0.5 if STATE.search(text) or CONDITION.search(text) else 1.0  # "run into a changed alien and ..."
        cues = [(CONTACT, w * half, at) if k == SHOOT or k == LOSS and at < downed.start() else (k, w, at)
                for k, w, at in cues if not (k == LOSS and downed.start() <= at < downed.end())]  # its own end is no harm
        if rammed and not any(k == CONTACT for k, _, _ in cues):
            cues.append((CONTACT, 0.6 * half, rammed.start()))
    but = re.search(r"\bbut\b", text)  # "he is not hurt, but time is wasted": no harm, yet a cost
    if but and any(k == HARMLESS and at < but.start() for k, _, at in cues) and re.search(_SET_BACK, text[but.end():]):
        cues = [c for c in cues if not (c[0] == HARMLESS and c[2] < but.start())]
    lost = sum(w for k, w, _ in cues if k == LOSS)
    if lapsed and lost > 0.5:  # "watch out for the diving turtles ... goes down with them": half a loss in all
        cues = [(k, w * 0.5 / lost if k == LOSS else w, at) for k, w, at in cues]
    if spent:  # "when the hammer wears off you're back to jumping": what it is worth having
        cues = [(GAIN, min(w, cx.SPENT_WEIGHT), at) if k == LOSS else (k, w, at) for k, w, at in cues]
    return [(k, w) for k, w, _ in cues if not (fate and k == LOSS or rival and k in (GAIN, MISS))]
