"""From an object's cues to a decision: every sentence's cues add up (each sentence clamped to [-1, 1], a
scoring table counting once), shooting and warding drop the gains they explain, and a weak or conflicting
total abstains (`unknown`, reward 0). The cues themselves come from `read_reward.effects.sentence_cues`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Sequence

from read_reward.clause_words import (ADVICE_TITLE, BENEFIT, CONDITION, HAZARD_TITLE, INSTRUMENT, MIXED_TITLE, PASSED,
                                      PASSED_SPAN, STATE, TEMPORARY, TREASURE_TITLE)
from read_reward.cue_words import (BARE_WEIGHT, CONTACT, DESTROYED, GAIN, HARMLESS, LOSS, MISS, NEVER_MET, OVER, SHOOT,
                                   WARD)
from read_reward.effects import inside_longer, name_spans, sentence_cues
from read_reward.entries import run_in_head, without_run_in
from read_reward.evidence import ROW_SEPARATOR, Mention
from read_reward.name_runs import WORD, first_use, lemmas, runs, uses
from read_reward.yours import without_yours
from read_reward import cue_context as cx

TABLE_WEIGHT = 0.7
CLASS_WEIGHT = 0.7  # a sentence about a class the object is in ("if a monster touches you")
SECTION_WEIGHT = 0.6
SECTION = "(section) "  # a section title's cue is given as this and the title
SHOOTER_SCORE = 0.3  # a scoring-table row: a gain, but without saying how it is earned
ABSTAIN_BELOW = 0.45  # a total weaker than this is no evidence
CONFLICT = 0.7  # abstain when the weaker side is this share of the stronger one
CARRIED_CALM = 0.5  # "it can't hurt you": a harmless sentence that names the object only by a pronoun


@dataclass
class Cue:
    """One effect cue given to the object, in one sentence."""

    kind: str
    weight: float
    sentence: str
    table: bool = False


@dataclass
class Effect:
    """What the manual says touching one object does."""

    score: float  # > 0 helps, < 0 hurts
    gain: float
    loss: float
    harmless: bool
    shot: bool  # the manual says the object is shot
    cues: list[Cue] = field(default_factory=list)
    calm: float = 0.0  # sentences saying, with no condition, that touching it does no harm: weighs against a loss
    inert: float = 0.0  # ... that it does nothing at all ("no effect", "scores nothing"): weighs against a gain too


    @property
    def verdict(self) -> str:
        strong = max(self.gain, self.loss)
        weak = max(min(self.gain, self.loss), self.calm if self.loss >= self.gain else self.inert)
        if abs(self.score) < ABSTAIN_BELOW or (weak >= CONFLICT * strong):
            return "unknown"
        return "yes" if self.score > 0 else "no"

    @property
    def confidence(self) -> float:
        """A monotone map of the net evidence to [0.5, 1): 0.5 = none, 0.84 at 1, 0.95 at 2."""
        return round(1.0 - 0.5 * math.exp(-0.8 * abs(self.score) - 0.15 * abs(self.score) ** 2), 4)

    @property
    def strongest(self) -> str:
        want = (GAIN, CONTACT) if self.score > 0 else (LOSS,)
        best = max((c for c in self.cues if c.kind in want), key=lambda c: c.weight, default=None)
        return best.sentence if best else (self.cues[0].sentence if self.cues else "")


# a switch or variation's sentence says how the game changes, so its weak cues (hostility) are no evidence
_SETTING = re.compile(r"\b(?:[AB][ -]position|(?:left|right) (?:difficulty )?switch|difficulty switch|"
                      r"(?:games?|variations?) \d+(?:\s*(?:-|to|and|&)\s*\d+)?\s*[:,-])", re.IGNORECASE)
HOSTILE_WEIGHT = 0.6  # a hostile act or an enemy's name, not harm said outright (`read_reward.cues`)
_SPOKEN = re.compile(r"\s*[\"“”]")  # a line of dialogue


def _passing(sentence: str) -> bool:
    """Does the sentence speak of a passing state ("while they are blue", "for a few seconds")?"""
    low = sentence.lower()
    return bool(STATE.search(low) or TEMPORARY.search(low))


def _exception_to_harm(cues: Sequence[Cue]) -> bool:
    """Does the prose say contact hurts as a rule and pays only in a passing state ("while they are blue")?"""
    prose = [c for c in cues if not c.table]
    return any(c.kind == GAIN and _passing(c.sentence) for c in prose) and \
        any(c.kind == LOSS and not _passing(c.sentence) for c in prose)


_TOUCH = re.compile(r"\b(?:touch|touches|touched|touching|reach|reaches|reached|gets? to|catch|catches|caught|grabs?|grabbed|"
                    r"(?:bumps?|runs?|ran|walks?|crash(?:es)?) into)\b", re.IGNORECASE)
_BLOW = re.compile(r"\b(?:punch|punches|punched|punching|kick|kicks|kicked|kicking|jab|jabs|jabbed|uppercuts?|"
                   r"strike|strikes|striking)\b", re.IGNORECASE)


def _touch_hurts(cues: Sequence[Cue]) -> bool:
    """Does prose say its touch hurts ("a monkey that touches her costs a life"; not "he hits you" or "his punches
    cost you", a boxer's blows)?"""
    return any(c.kind == LOSS and not c.table and c.weight >= 0.8 and _TOUCH.search(c.sentence) for c in cues)


def _harm_said_outright(cues: Sequence[Cue]) -> bool:
    """Does a sentence of prose say, not in a passing state, that the object itself hurts (not a class it is in,
    a section title or its hostility alone)?"""
    return any(c.kind == LOSS and not c.table and c.weight >= 1.0 and not c.sentence.startswith(SECTION)
               and not _passing(c.sentence) for c in cues)


# "without a key, the door won't hurt you": harmless on a condition
_EXCEPT = re.compile(r"\b(?:without(?!\s+(?:any\s+)?(?:danger|harm|risk|fear|penalty|damage|worry|trouble|problems?)\b)|"
                     r"unless|except|until|if|while|during|as long as)\b")  # (not "may touch it without danger")
# contact does nothing at all, not only no harm ("it won't hurt you" may still pay)
_INERT = re.compile(r"\bno (?:effect|points?|score|bonus)\b|\bnothing (?:happens|at all)\b|\b(?:does|do|means?) nothing\b|"
                    r"\b(?:doesn't|does not|don't|do not|won't|will not) do (?:anything|a thing)\b(?! (?:but|until|unless|if|when)\b)|"
                    r"\b(?:don't|do not|won't|will not|never) (?:get|score|earn|win) (?:you )?anything\b|"
                    r"\bnothing to (?:be )?(?:gained|gain|won|win)\b|\b(?:won't|will not|doesn't|does not) help (?:you|PLAYER)\b|"
                    r"\b(?:scores?|earns?|gets?|gives?|pays?|wins?|costs?) (?:you )?nothing\b|\bworth nothing\b|"
                    r"\bneither\b.*\bnor\b|\bno way to (?:win|score|earn|get|gain)\b|"
                    r"\b(?:for show|decoration|scenery|background|ignored?)\b|\bcontact with\b|"
                    # out of reach: no touch, so nothing gained by one ("the boat is your friend, but you'll never touch it")
                    rf"\b(?:you|player)(?:'ll| will| can)? never {NEVER_MET}\b|"
                    r"\bout of (?:your |the player's )?reach\b")
_ZERO = re.compile(r"\s*(?:0|zero|no points?|nothing|none)\s*(?:points?|pts\.?)?\s*(?:\([^()\d]*\)|(?:--|[-–—])\s*[^\d]*)?\s*[.!]?\s*$",
                   re.IGNORECASE)  # "0 (can't be hit)", "0 -- harmless"
_NOTHING_HAPPENS = re.compile(r"\s*(?:nothing(?: happens)?|no effect|harmless|no harm(?: done)?)\s*[.!]?\s*", re.IGNORECASE)
_NO_PAY = re.compile(r"\b(?:scores? nothing|(?:does|do|will|can)(?: not|n't) score|no points|worth nothing|(?:earns?|gives?|pays?) "
                     r"(?:you )?nothing|(?:has|had|have) no effect on (?:the|your) score|(?:without|with no|no) (?:any )?"
                     r"(?:penalty or reward|reward or penalty)|neither (?:a )?(?:penalty|reward) nor)\b", re.IGNORECASE)
_NOT_A_SCORE = re.compile(r"\b(?:players?|games?|levels?|skill|speed|difficulty|rounds?|minutes?|seconds?|lives|"
                          r"balls?|joysticks?|controllers?|paddles?|variations?)\b", re.IGNORECASE)


def _scores_it(row: str, target: Sequence[str], others: Sequence[str] = ()) -> bool:
    """Does a table row give the target's own score ("KEY: 100"), not a variation ("GAME 1: 1 player,
    regular gopher"), a score won with it ("Destroying a police car with dynamite: 50") nor another
    object's whose name holds the target's ("Alien egg: 10" is no score of the alien)?"""
    parts = re.split(ROW_SEPARATOR, row, maxsplit=1)
    name, value = " " + parts[0].lower() + " ", parts[-1]
    longer = name_spans(name, others)
    return not _NOT_A_SCORE.search(value) and any(
        not INSTRUMENT.search(name[max(0, a - 60):a]) and not inside_longer(a, b, longer)
        and not PASSED.search(name[max(0, a - PASSED_SPAN):a])  # "ball gets past the computer's paddle: 1 point"
        for a, b in name_spans(name, target))


_TOUCHED = re.compile(r"\btouch(?:es|ed|ing)?\b", re.IGNORECASE)  # "touching the Qotile calls up the cannon": a touch's gain
# the act, not only the word ("touches a laser gate", "press the fire button to jump" arm nobody)
_SHOOTING = re.compile(r"\b(?:shoot|shoots|shooting|shot (?:at|down)|blast|blasts|blasting|zap|zaps|zapping|spits?|spitting|"
                       r"(?:fire|fires|firing)(?! button)|launch(?:es)?|harpoons?|spears?)\b", re.IGNORECASE)
_WEAPONS = re.compile(r"\b(?:shoot|shoots|shooting|fire|fires|firing|zap|zaps|zapping|missiles?|lasers?|sparks?|beams?|bolts?|torpedo(?:e?s)?|bullets?|"
                      r"harpoons?|spear ?guns?|your (?:\w+ )?spears?|(?<=you )spear|"
                      r"cannons?|guns?|blasters?|arrows?)\b", re.IGNORECASE)


_PROJECTILE = re.compile(r"(?:\w+ )*(?:shots?|missiles?|projectiles?|bullets?|torpedo(?:e?s)?|lasers?|bolts?|arrows?)")
_HIT_IN_SHOOTER = re.compile(r"\b(?:you|to|can|must|and) (?:hit|strike|knock out|knock down)\b|\bhitting\b|\bstruck\b|"
                             r"\bhit (?:it|them|one|each|him|her)\b", re.IGNORECASE)

# "run straight into a Slayer to cut him down - every Slayer you strike ...": struck in person, not by a shot
_BODILY = re.compile(cx.BODILY_INTO, re.IGNORECASE)


def is_shooter(sentences: Sequence[str]) -> bool:
    """Does the manual arm the player (4+ sentences about weapons, 2+ of them saying the act)? Then points are
    mostly won by shooting, and a score says nothing about touching unless a contact verb says so."""
    return sum(bool(_WEAPONS.search(s)) for s in sentences) >= 4 and sum(bool(_SHOOTING.search(s)) for s in sentences) >= 2


def _named_first(sentence: str, target: Sequence[str], others: Sequence[str]) -> bool:
    """Is the object the first thing the sentence names (the player and a run-in head aside: "DRAGONS. A
    dragon ball breaks open ...")?"""
    head = lemmas(run_in_head(sentence))
    if head and first_use(head, target) < len(head) and first_use(head, others) == len(head):
        return True  # "THE WIDOW'S CHAMBER - at the very top of the web.": its own head names it
    text = without_yours(without_run_in(sentence))
    words, raw = lemmas(text), WORD.findall(text.lower())
    first = first_use(words, target)
    owned = next((raw[b - 1].endswith(("'s", "’s")) and raw[b:b + 1] not in (["body"], ["bodies"])
                  for a, b in runs(words, target) if a == first), False)
    return first <= first_use(words, others) and not owned  # not "Le Fiend's men were waiting" (but "a Slayer's body")


def judge(mentions: Sequence[Mention | tuple[str, str, bool]], target: Sequence[str], others: Sequence[str] = (),
          player: Sequence[str] = (), shooter: bool = False, passed_between: bool = False) -> Effect:
    """Add up the cues of every (sentence, kind, carried) mention of the object named `target`.

    `kind` is "table" for a scoring-table row, anything else for prose; `shooter`: see `is_shooter`;
    `player`: the player's names; if they all name a projectile (a game whose player sprite is its shot), a
    shot hitting an object is the player touching it.
    `passed_between`: the manual asks the player to pass between these objects (`read_reward.passes`),
    so a sentence about missing one ("each missed gate adds 5 seconds") is about passing, not touching.
    """
    fired = bool(player) and all(_PROJECTILE.fullmatch(p) for p in player)  # the player's sprite is its shot
    rivals = [o for o in others if o not in player]
    cues: list[Cue] = []
    titles: dict[str, None] = {}
    classed: set[str] = set()  # sentences about a class the object is in
    said_harmless = False  # a sentence about the object itself says it does no harm
    outright = False  # ... one that names it first, with no condition
    quiet: dict[str, tuple[float, bool]] = {}  # ... with no condition; less sure of a pronoun's; does nothing at all
    unpaid = False  # ... and that it pays nothing
    passing = False  # the last sentence naming the object says a passing state ("for a few seconds", "blue")
    for mention in mentions:
        m = mention if isinstance(mention, Mention) else Mention(*mention)
        found = sentence_cues(m.sentence, m.about or target, others, player, m.carried)
        if m.kind == "table" and not m.carried and not {k for k, _ in found} & {GAIN, LOSS, SHOOT, HARMLESS} \
                and _scores_it(m.sentence, m.about or target, others):
            # "KEY: 100.", "Catching the bell: 100.": a scoring-table row is worth its points
            found.append((GAIN, 1.0 if re.search(r"\d", m.sentence) else BARE_WEIGHT))
        row = re.split(ROW_SEPARATOR, m.sentence, maxsplit=1)
        if m.kind != "table" and len(row) == 2 and _NOTHING_HAPPENS.fullmatch(row[1]) and len(row[0].split()) <= 8 \
                and not any(k == SHOOT for k, _ in found):
            found = [(HARMLESS, 1.0)]  # "You run into the opponent: nothing.": an event table says contact does nothing
        if m.kind == "table" and _ZERO.match(row[-1]):
            found = []  # "Bump into brick wall: 0.": the row says contact is worth nothing
        weight = (TABLE_WEIGHT if m.kind == "table" else 1.0) * (CLASS_WEIGHT if m.about else 1.0)
        if _SETTING.search(m.sentence):  # "LEFT switch, A position: the Slayers throw their spears more often"
            found = [(k, w) for k, w in found if w > HOSTILE_WEIGHT]  # (its hostility is the setting's)
        if m.carried and passing:  # "... for a few seconds you can eat them. Chase them down for points.": still then
            found = [(k, w * 0.5 if k in (GAIN, CONTACT) else w) for k, w in found]
        low = m.sentence.lower()
        passing = bool(TEMPORARY.search(low) or STATE.search(low)) if not m.carried else passing
        if fired:  # "a shot that hits a Gorgon vessel destroys it": the player's shot is what touches
            calm = any(k == HARMLESS for k, _ in found)  # "don't bother shooting at the beam": a shot does nothing
            found = [(CONTACT if k == SHOOT else k, w) for k, w in found if not (calm and k == SHOOT)]
        cues += [Cue(k, w * weight, m.sentence, m.kind == "table") for k, w in found]
        if m.about:
            classed.add(m.sentence)
        elif any(k == HARMLESS for k, _ in found):
            said_harmless = True
            if not (STATE.search(low) or TEMPORARY.search(low) or CONDITION.search(low) or _EXCEPT.search(low)):
                weight = max(quiet.get(m.sentence, (0.0, False))[0], CARRIED_CALM if m.carried else 1.0)
                quiet[m.sentence] = (weight, bool(_INERT.search(low)))
                outright = outright or (not m.carried and _named_first(m.sentence, target, rivals))
            unpaid = unpaid or bool(_NO_PAY.search(m.sentence))
        # not "past rolling skulls, snakes and spiders" in passing under "THE TREASURE"
        # nor a story's dialogue ('"It's Le Fiend," the Inspector said') under "THE CASE OF THE VANISHING VALUABLES"
        if m.section and not m.about and not _SPOKEN.match(m.sentence) and (
                m.carried or _named_first(m.sentence, target, rivals)):
            titles[m.section] = None
    for title in titles:  # a section called "Hazards" or "Treasures" says what its objects do
        if re.fullmatch(r"\s*[\"'\u201c\u2018].*[\"'\u201d\u2019]\s*", title):
            continue  # '"ENEMIES" -- Ha. There aren't any.': a title in scare quotes is no class
        said = lemmas(title)
        if any(uses(said, r) and not HAZARD_TITLE.fullmatch(r) and not TREASURE_TITLE.fullmatch(r) for r in rivals) \
                and not any(uses(said, t) for t in target):
            continue  # not "BONUS FRUIT" for a ghost in the way of the fruit: the title is another object's
        for kind, pattern in ((LOSS, HAZARD_TITLE), (GAIN, TREASURE_TITLE)):
            if pattern.search(title) and not ADVICE_TITLE.search(title) and not MIXED_TITLE.search(title):
                cues.append(Cue(kind, SECTION_WEIGHT, f"{SECTION}{title}"))
    # what the manual says of the object itself, one way only, outweighs what it says of a class it is in the other way
    # ("Bailey catches one just by touching it" against "if one of those pesky critters bumps into Bailey ...")
    own = [c for c in cues if c.sentence not in classed and not c.table and not c.sentence.startswith(SECTION)]
    if shooter or any(c.kind == SHOOT for c in cues):  # (in a shooter, points said without a touch are a shot's)
        touched = {c.sentence for c in own if c.kind == CONTACT}
        own = [c for c in own if c.kind not in (GAIN, CONTACT) or c.sentence in touched]
    own_gain, own_loss = (sum(c.weight for c in own if c.kind in kinds) for kinds in ((GAIN, CONTACT), (LOSS,)))
    if own_gain >= 1.0 and not own_loss or own_loss >= 1.0 and not own_gain:
        against = (LOSS,) if own_gain else (GAIN, CONTACT)
        cues = [c for c in cues if not (c.sentence in classed and c.kind in against)]
    if said_harmless:  # "they never come up to attack you" outweighs what the manual says of enemies in general
        cues = [c for c in cues if not (c.sentence in classed or c.kind == LOSS and c.sentence.startswith(SECTION))]
        if outright:  # "the Slayer itself cannot hurt you" (named first, not "they sink sharks and enemy subs, but
            # they cannot hurt you"): its hostility ("may throw it at you") harms through something else
            cues = [c for c in cues if not (c.kind == LOSS and c.weight <= HOSTILE_WEIGHT)]

    if fired:  # the player's sprite is its shot: harm said of an object falls on the city or the guns, not on the shot
        touched = {c.sentence for c in cues if c.kind == CONTACT}
        touched |= {t for t in {c.sentence for c in cues} - touched if any(uses(lemmas(t), p) for p in player)}
        cues = [c for c in cues if c.kind != LOSS or c.sentence in touched]  # unless a shot hitting it costs
    if unpaid and not fired:  # "going into one scores nothing ... Take one and you reach another street": a way, no prize
        paid = {c.sentence for c in cues if c.kind == GAIN}
        cues = [c for c in cues if c.kind != CONTACT or c.sentence in paid]
    shot = any(c.kind in (SHOOT, DESTROYED) for c in cues)  # points for beating it
    ward = any(c.kind == WARD for c in cues) and not any(c.kind == CONTACT for c in cues)
    # the player's shot hits it: its points are won by touching it
    shooter = shooter and not (fired and any(c.kind == CONTACT and not c.table for c in cues))
    gain = loss = 0.0
    by_sentence: dict[str, list[Cue]] = {}
    for c in cues:
        by_sentence.setdefault(c.sentence, []).append(c)
    harmless = False
    table = 0.0
    hurts = _touch_hurts(cues)
    for sentence, found in by_sentence.items():
        kinds = {c.kind for c in found}
        g = min(1.0, sum(c.weight for c in found if c.kind in (GAIN, CONTACT)))  # one sentence says it once
        if hurts and _BLOW.search(sentence) and LOSS not in kinds:
            g = 0.0  # "punch a monkey: 200" where a monkey's touch costs a life: beaten like a shot, not touched for gain
        if ward or SHOOT in kinds or OVER in kinds or (DESTROYED in kinds and CONTACT not in kinds) or (
                (shot or shooter) and all(c.table for c in found) and CONTACT not in kinds and not fired):
            g = 0.0  # points for shooting it, jumping over it or keeping it safe, not for touching it ("Reach X: 1,000" is)
        elif (shooter or shot) and _HIT_IN_SHOOTER.search(sentence) and not (CONTACT in kinds and _BODILY.search(sentence)):
            g = 0.0  # "each shark you hit is worth points": hit by a shot
        elif (shooter or shot) and CONTACT not in kinds and not BENEFIT.search(sentence) and not _TOUCHED.search(sentence) \
                and not (fired and all(c.table for c in found)):  # where the sprite is the shot, a row prices its hit
            g *= SHOOTER_SCORE  # a score for what is shot, with no word of touching (fuel or a life is no score)
        loss_here = sum(c.weight for c in found if c.kind in (LOSS, OVER))
        if MISS in kinds and (passed_between or shot):
            continue  # missed while passing between them, or a missed shot: nothing about touching it
        if MISS in kinds:  # "miss the ball and lose the point": missing it hurts, so reaching it helps
            g, loss_here = g + max(loss_here, 0.5), 0.0
        if WARD in kinds and CONTACT not in kinds and cx.ENDS_GAME.search(sentence):
            loss_here = 0.0  # "when the last carrot is taken, the game is over": the harm is done to it
        if HARMLESS in kinds:
            harmless = True
            g, loss_here = min(g, 0.5), 0.0
        net = max(-1.0, min(1.0, g - loss_here))
        if all(c.table for c in found):  # a scoring table is one source, however many rows it gives the object
            table = net if abs(net) > abs(table) else table
            continue
        gain += max(net, 0.0)
        loss += max(-net, 0.0)
    if table > 0 and _exception_to_harm(cues):
        table *= 0.5  # "Blue ghost: 200": the table prices the exception ("while they are blue, eat them")
    elif table > 0 and loss >= 1.0 and gain == 0 and _harm_said_outright(cues):
        table *= SHOOTER_SCORE  # "Knife thrower: 500" where bumping into one hurts: the price of beating it, not of a touch
    gain, loss = gain + max(table, 0.0), loss + max(-table, 0.0)
    return Effect(round(gain - loss, 4), round(gain, 4), round(loss, 4), harmless, shot, cues,
                  sum(w for w, _ in quiet.values()), sum(w for w, inert in quiet.values() if inert))
