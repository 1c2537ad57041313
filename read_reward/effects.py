"""What touching an object does, read from every sentence of the manual about it (offline default).

For each sentence the reader finds effect cues and gives each cue to the object mention it belongs to:
- outcomes ("10 points", "loses a life", "is deadly", "falls") belong to the nearest object before
  them (the subject; "Dots are worth 10 points and pellets 50");
- actions ("eat", "collect", "avoid", "watch out for", "shoot") belong to the next object after them;
- harm done to the player ("the ghost catches you", "eaten by a shark") to the one who does it.
Gains done by shooting an object ("shoot the saucer for 100 points") say nothing about touching it and
are dropped for that object; losses are kept ("shoot them before they ram you"). A negation before a
cue cancels it ("you do not lose a life"); a state condition ("when they turn blue", "after eating a
power pill", "unless") halves it. Scoring-table rows ("DOT: 10 POINTS.") are gains, unless the
manual says the object is shot. Sentences add up, each clamped to [-1, 1]; a weak or conflicting total
abstains (`unknown`, reward 0). No game-specific rule: every cue is generic English of manuals.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Sequence

from lemminflect import getAllLemmas

from read_reward.evidence import WORD, Mention, refers_back, without_yours
from read_reward.key_objects import singular

GAIN, LOSS, HARMLESS, SHOOT, MISS, CONTACT = "gain", "loss", "harmless", "shoot", "miss", "contact"
# where the object a cue belongs to stands: before it (else after it), after it, or strictly before it
LEFT, RIGHT, SUBJECT = "left", "right", "subject"
PATIENT = "patient"  # "... is destroyed": the loss is the player's if the player is what is destroyed

_NUM = r"\d[\d,]*"
USE_WEIGHT = 0.2  # "ride the elevator", "climb the ladder": a means of getting somewhere
_HARM_VERB = (r"(?:kill|kills|killed|destroy|destroys|destroyed|eat|eats|ate|catch|catches|caught|crush|crushes|"
              r"crushed|sting|stings|stung|bite|bites|bit|zap|zaps|zapped|stun|stuns|stunned|hit|hits|knock|"
              r"knocks|knocked|capture|captures|captured|swallow|swallows|swallowed|grab|grabs|grabbed|"
              r"ram|rams|rammed|squash|squashes|squashed|shove|shoves|shoved|push|pushes|pushed|get|gets|got|"
              r"trap|traps|trapped|drag|drags|dragged|sink|sinks|run over|runs over|blows? up|knocks? off|"
              r"runs? into|ran into|crash(?:es)? into|collides? with|bumps? into|lands? on|falls? on|drops? on)")
_PLAYER = r"(?:you|your\s+\w+(?:\s+\w+)?|him|her|the player|PLAYER)"
_CONTACT_VERB = (r"(?:eat|eats|eating|gobble|gobbles|collect|collects|collecting|catch|catching|grab|grabs|"
                 r"grabbing|pick up|picks up|picking up|gather|gathers|capture|captures|capturing|rescue|"
                 r"rescues|rescuing|retrieve|retrieves|take|takes|"
                 r"run over|runs over|running over|jump on|jumps on|land on|lands on|step on|steps on|"
                 r"hop on|hops on|save|saves|saving|free|frees|pick|picks|"
                 r"recover|recovers|claim|claims|swallow|swallows|munch|munches|hit back|return|returns|"
                 r"returning|punch|punches|punching|strike|strikes|striking|ring|rings|ringing|"
                 r"hit (?:it|them) back|hits (?:it|them) back|hitting (?:it|them) back|send (?:it|them) back)")
# using or travelling on something: the object is a means, which says little about its worth
_USE_VERB = (r"(?:board|boards|boarding|enter|enters|entering|visit|visits|ride|rides|riding|use|uses|using|"
             r"bring|brings|carry|carries|carrying|walk on|stand on|stands on|step onto|hop onto|jump onto|"
             r"swing on)")

# (kind, direction, weight, pattern) on the lower-cased sentence with the player's names as PLAYER.
CUES: tuple[tuple[str, str, float, re.Pattern[str]], ...] = tuple(
    (kind, direction, weight, re.compile(pattern))
    for kind, direction, weight, pattern in (
        # harmless: contact does nothing
        (HARMLESS, LEFT, 1.0, r"\b(?:can't|cannot|can not|won't|doesn't|don't|isn't|aren't|never)\s+(?:hurt|harm|"
                              r"kill|affect|bother|damage|injure)|\bharmless\b|\b(?:can|will|does|do|is|are)(?:\s+not|n't)\s+(?:hurt|harm|kill|"
                              r"affect|matter|dangerous|bother)|\bno (?:effect|harm|penalty|danger)\b|\bcosts? (?:you )?nothing\b|"
                              r"\bnothing (?:happens|bad happens)\b|\bsafe to (?:touch|pass|cross|run)|"
                              r"\bwithout (?:harm|danger|hurting|being hurt|penalty)\b|\bjust (?:for show|decoration)\b"),
        (HARMLESS, RIGHT, 1.0, r"\b(?:can|may|safely|just|simply)\s+(?:pass|run|walk|go|fly|drive|ski|swim|move)\s+"
                               r"(?:right |straight )?through\b"),
        # "you don't lose a life by bumping into a ladder": the thing after is harmless
        (HARMLESS, RIGHT, 1.0, r"\b(?:don't|do not|doesn't|does not|won't|will not|never|can't|cannot)\s+(?:lose|die|"
                               r"get hurt|get killed|crash|hurt yourself)\b(?:\W+\w+){0,4}?\W+(?:by|when|if|from|for)\s+"
                               r"(?:\w+ing\s+(?:into|on|onto|over|through|past|under|off|against)?\s*)?"),
        # "falls into the river": what one falls into hurts; "falls off a ladder": what one falls from does not
        (LOSS, RIGHT, 1.0, r"\b(?:falls?|fell|falling|tumbles?|drops?|slips?|plunges?|sinks?) (?:down )?(?:into|in)\b"),
        (LOSS, LEFT, 0.0, r"\b(?:falls?|fell|falling|fall|tumbles?|drops?|slips?|plunges?) (?:down )?(?:off|from|out of)\b"),
        # losses done to the player by the object (the object is the subject, before the cue)
        (LOSS, SUBJECT, 1.0, rf"\b{_HARM_VERB}\s+{_PLAYER}"),
        (LOSS, LEFT, 1.0, r"\b(?:life|lives|turn|man|ship|tank|car) (?:is|are|will be) (?:lost|over|gone)\b"),
        (LOSS, RIGHT, 1.0, r"\b(?:caught|eaten|killed|destroyed|hit|touched|stung|bitten|crushed|captured|zapped|"
                           r"rammed|squashed|struck|swallowed|grabbed|knocked|shoved|pushed|trapped|run over|"
                           r"blown up|sunk|dragged)\s+(?:down |off |over |up )?by\b"),
        (LOSS, LEFT, 1.0, r"\b(?:lose|loses|lost|losing)\s+(?:a|an|one|your|his|her|that|this|\d+|some)\s+\w+|"
                          r"\b(?:lose|loses|lost|losing|costs?|sacrifices?|forfeits?|gives? up)\s+(?:a|an|one|"
                          r"your|his|her|the|that|this|\d+|some|valuable|precious)?\s*(?:\w+\s+)?(?:life|lives|"
                          r"turn|turns|man|men|ship|ships|player|point|points|time|seconds?|energy|fuel|oxygen|"
                          r"ball|balls|race|round|game|match|health|strength|power|speed|momentum|bonus|"
                          r"heat|degrees|tank|tanks|car|cars|chance|chances)\b"),
        (LOSS, LEFT, 1.0, r"\b(?:drains?|draining|saps?|sapping|takes? away|taking away|reduces?|reducing|"
                          r"uses? up|eats? up|eats? into|subtracts?|deducts?)\s+(?:\w+\s+){0,2}?(?:energy|health|"
                          r"strength|power|fuel|oxygen|air|time|points?|lives|life|score|bonus|shield|armor)\b"),
        (LOSS, LEFT, 1.0, r"\b(?:die|dies|died|dying|death|deadly|fatal|lethal|perish(?:es)?|game (?:is )?over|"
                          r"ends? (?:your|the|his|her) (?:turn|game|life|run))\b"),
        (LOSS, PATIENT, 1.0, r"(?:\b(?:is|are|will be|gets?|was|were|be)|'s) (?:\w+ )?(?:lost|killed|destroyed|dead|eaten|caught|"
                             r"crushed|blown up|wiped out|eliminated|knocked out|finished|zapped|stung|frozen|"
                             r"drowned|captured|sunk|squashed|flattened)\b|\b(?:explodes?|blows? up)\b"),
        (LOSS, LEFT, 0.8, r"\b(?:dangerous|danger|dangers|hazard|hazards|hazardous|harmful|hurts?|injur\w*|"
                          r"damage[sd]?|penalty|penalties|penali[sz]ed|crash(?:es|ed)?|collisions?|collides?|"
                          r"falls?|fell|fallen|tumbles?|trips?|slows? (?:you|him|her|PLAYER) down|"
                          r"knocks? (?:you|him|her|PLAYER) (?:down|back|off|over)|threat|menace|deducted|"
                          r"subtracted|seconds? (?:are |is )?added|adds? \d+ seconds?|drowns?|sinks?|"
                          r"freezes? to death|stuns?|stunned|paralyz\w+)\b"),
        (LOSS, LEFT, 0.5, r"\b(?:is|are) (?:your|the|an?|our|his|her)? ?(?:\w+(?:'s)? )?(?:enemy|enemies|foe|foes|villains?|"
                          r"bad guys?)\b"),
        # hostility: the subject is out to get the player
        (LOSS, SUBJECT, 0.6, r"\b(?:guard|guards|guarding|attack|attacks|attacking|chase|chases|chasing|hunt|hunts|"
                             r"hunting|pursue|pursues|pursuing|patrol|patrols|patrolling|threaten|threatens|stalk|"
                             r"stalks|lurk|lurks|prowl|prowls|tr(?:y|ies|ying) to (?:stop|catch|get|kill|destroy|"
                             r"eat|ram|hit|crush)|(?:is|are) out to get|swoop down on|dive at|home in on)\b"),
        (LOSS, SUBJECT, 0.6, rf"\b(?:fires?|firing|shoots?|shooting|drops?|dropping|throws?|throwing|hurls?|"
                             rf"launch(?:es)?|spits?|pelts?|aims?)\s+(?:\w+\s+){{0,2}}?(?:at|on|toward|towards|down on)\s+"
                             rf"(?:the\s+)?{_PLAYER}|\b(?:comes?|coming|flies|fly|flaps?|heads?|dives?|swoops?|charges?|rushes|"
                             rf"closes?)\s+(?:down\s+|in\s+)?(?:at|toward|towards|on)\s+(?:the\s+)?{_PLAYER}"),
        # "shoot them before they can land": what must be stopped in time is a threat
        (LOSS, RIGHT, 0.8, r"\bbefore(?=\s+(?:they|it|he|she)\s+(?:can\s+|could\s+|gets?\s+a\s+chance\s+to\s+)?"
                           r"(?:lands?|reach|reaches|rams?|hits?|catch|catches|gets?|touch|touches|crash|crashes|"
                           r"destroys?|stings?|bites?|finds?)\b)"),
        # collisions: the object after the cue hurts
        (LOSS, RIGHT, 1.0, r"\b(?:collides?|colliding|collision|crash(?:es|ed|ing)?|smash(?:es|ed|ing)?|slams?|"
                           r"runs?|running|ran|bumps?|bumping|flies|fly|flying|steers?|drives?|driving) (?:in)?to\b|"
                           r"\b(?:collides?|colliding|collisions?|crash(?:es|ed|ing)?|contact) with\b"),
        (LOSS, RIGHT, 0.5, r"\b(?:jump|jumps|jumping|leap|leaps|leaping|hop|hops|hopping|vault|vaults|swing|swings|"
                           r"climb|climbs) (?:over|across)\b|\b(?:duck|ducks|ducking) under\b"),
        # avoidance: the object after the cue hurts
        (LOSS, RIGHT, 0.8, r"\b(?:avoid|avoids|avoiding|dodge|dodges|dodging|evade|evading|escape from|"
                           r"run from|flee from|watch out for|look out for|beware(?: of)?|stay (?:away|clear) "
                           r"(?:of|from)|keep (?:away|clear) (?:of|from)|steer clear of|keep out of|"
                           r"(?:don't|do not|never|must not|careful not to) (?:touch|hit|run into|bump into|"
                           r"crash into|land on|step on|get near|go near|fall into|let(?=(?:\s+[\w']+){1,3}?\s+(?:touch|catch|get|"
                           r"reach|hit|grab|land|run|eat|crash|ram|bump|near|close|come)))|fear|elude|outrun|"
                           r"steer (?:wide|clear|around) (?:of )?|go around|ski around|stay off|keep off)\b"),
        (LOSS, LEFT, 0.8, r"\bto (?:avoid|dodge|evade|watch out for|look out for|steer around|fear|beware of)\b"),
        # gains: the object before them is worth them
        (GAIN, LEFT, 1.0, rf"\b{_NUM}\s+(?:bonus\s+|extra\s+)?points?\b|\bpoints? (?:each|apiece)\b|"
                          r"\b(?:extra|bonus|free|additional) (?:life|lives|man|men|ship|ships|turn|turns|"
                          r"player|players|car|cars|tank|tanks|chef|chefs)\b|\bbonus\b|\bworth\b|"
                          r"\b(?:earns?|awards?|rewards?|gains?|wins?|adds? to your score|(?:you |to |and )score|"
                          r"scores? (?:a |one |\d+ |big |more |extra )?(?:points?|goals?|baskets?|runs?|bonus)|scored|"
                          r"refuels?|refills?|replenish(?:es)?|restores?|recharges?|powers? up|"
                          r"invincib\w*|invulnerab\w*|advances? (?:you )?to|points?|treasures?|prize|"
                          r"valuable)\b"),
        # what the player needs: "if you run out of fuel", "you need a key"
        (GAIN, RIGHT, 0.8, r"\b(?:run|runs|running|ran) (?:out|short) of\b|\b(?:low|short) on\b|\b(?:need|needs|needed)\b"),
        # contact actions done to the object after them (eat, collect, catch, ...)
        (CONTACT, RIGHT, 0.6, rf"\b{_CONTACT_VERB}\b"),
        (CONTACT, RIGHT, USE_WEIGHT, rf"\b{_USE_VERB}\b"),
        (CONTACT, RIGHT, 0.6, r"\b(?:you|to|and|then|must|can|will|should)\s+(?:reach|get to|make it to|get|grab)\b"),
        (MISS, LEFT, 0.8, r"\b(?:gets?|goes|slips?|sails?) (?:past|by) (?:you|PLAYER)\b"),
        (MISS, RIGHT, 0.8, r"\b(?:miss|misses|missed|missing|fail to (?:hit|return|catch|reach)|fails to "
                           r"(?:hit|return|catch|reach))\b"),
        # shooting: how an enemy is scored, not what touching it does
        (SHOOT, RIGHT, 1.0, r"\b(?:shoot|shoots|shooting|fire at|fires at|firing at|fire on|blast|"
                            r"blasts|blasting|zap|zaps|destroy|destroys|destroying|gun down|guns down|aim at|"
                            r"aims at|blow up|blows up|knock down|knocks down|pick off|picks off)\b"),
        (SHOOT, LEFT, 1.0, r"\b(?:shot|blasted|zapped|torpedoed|bombed|gunned) (?:down|out)\b|\bshot (?:by|with) (?:your|a)\b|"
                           r"\bknocked (?:down|over|out)\b"),
        (SHOOT, LEFT, 1.0, r"\b(?:with|using) (?:your|a|the|an|his|her) (?:\w+ )?(?:missiles?|lasers?|shots?|bullets?|"
                           r"torpedo(?:e?s)?|cannons?|guns?|arrows?|bombs?|rockets?|rays?|beams?|blasters?|fire|"
                           r"fireballs?|weapons?|sword|hammer|axe|spear|rocks?|stones?|boomerang)\b"),
    ))

_NEGATION = re.compile(r"\b(?:not|never|no|without|cannot|nor|neither|none|fail to|fails to|failed to)\b|n't\b")
_CONDITION = re.compile(r"\b(?:when|while|after|once|unless|until|only if|only when|as long as|during)\b"
                        r"(?:\W+\w+){0,8}?\W+(?:blue|flash\w*|turns?|turned|power\w*|frozen|stunn?\w*|"
                        r"invincib\w*|white|weak\w*|vulnerable|glow\w*|energi\w*|armed|holding|carrying|"
                        r"has|have|had|changes?|change[sd]|eat\w*|touch\w*|got|gets|picked|after|special|"
                        r"shield\w*|magic|sword|hammer|temporar\w*|briefly|short time|few seconds)\b")
# a state the object is in only for a while: "blue ghosts", "a flashing bonus"
_STATE = re.compile(r"\b(?:blue|flashing|blinking|frightened|frozen|stunned|white|weakened|vulnerable|"
                    r"edible|helpless|dazed|sleeping|asleep|transformed|shrunken)\b")
_PASSED = re.compile(r"\b(?:past|beyond|behind|than|between)\s+(?:the |your |his |her |its |a |an )?"
                     r"(?:\w+'s )?$")  # "gets past your opponent": the opponent is not what scores
_SUBORDINATE = re.compile(r"\b(?:whenever|when|if|because|while|each time|every time|as soon as|unless|until)\b")
_LATER_CLAUSE = re.compile(r"\b(?:before|until|till|because|whenever|unless|although|though)\b")
_PRONOUN = re.compile(r"\b(?:it|them|they)\b")
_CLAUSE_END = re.compile(r"[;:.!?]|\bbut\b|\bhowever\b|\bwhereas\b|\bwhile\b|\bunless\b|,\s+(?:and|so|then|yet)\b")
_PURPOSE = re.compile(rf"\bto (?:{_CONTACT_VERB}|nab|open|get|stop|tag|trap)\b")
_INSTRUMENT = re.compile(r"\b(?:blow|blows|blowing|blew|destroy\w*|kill\w*|shoot\w*|shot|hit|hits|hitting|"
                         r"knock\w*|defeat\w*|stop\w*|wipe\w*|zap\w*|smash\w*|break\w*|stun\w*|attack\w*|"
                         r"fight\w*|bomb\w*|trap\w*|get rid of)\b(?:\W+\w+){0,5}?\W+(?:with|using)\s+"
                         r"(?:the |a |an |your |his |her |some |its )?$")
_FOE = re.compile(r"\b(?:enemy|enemies|enemy's|hostile|deadly|dangerous|evil|killer|attacking|menacing)\s+$")
_FOE_NAME = re.compile(r"(?:enemy|hostile|killer|evil)\b")
FOE_WEIGHT = 0.5
TABLE_WEIGHT = 0.7
CLASS_WEIGHT = 0.7  # a sentence about a class the object is in ("if a monster touches you")
SECTION_WEIGHT = 0.6
_HAZARD_TITLE = re.compile(r"\b(?:hazards?|dangers?|enem(?:y|ies)|foes?|obstacles?|villains?|menaces?|threats?|"
                           r"monsters?|perils?|traps?|things to avoid|bad guys|adversaries)\b", re.IGNORECASE)
_TREASURE_TITLE = re.compile(r"\b(?:treasures?|prizes?|bonus(?:es)?|rewards?|goodies|valuables|collectibles?|"
                             r"power-?ups?|things to collect|items to collect|good guys|friends)\b", re.IGNORECASE)
SHOOTER_SCORE = 0.3  # a scoring-table row: a gain, but without saying how it is earned
ABSTAIN_BELOW = 0.45  # a total weaker than this is no evidence
CONFLICT = 0.7  # abstain when the weaker side is this share of the stronger one


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

    @property
    def verdict(self) -> str:
        strong, weak = max(self.gain, self.loss), min(self.gain, self.loss)
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


def _lemmas(text: str) -> list[tuple[str, int, int]]:
    return [(singular(m.group().replace("’", "'")), m.start(), m.end()) for m in WORD.finditer(text)]


def _spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of `names` in the lower-cased `text`, matched word by word on noun lemmas."""
    words = _lemmas(text)
    lemmas = [w for w, _, _ in words]
    out = []
    for name in names:
        want = [w for w, _, _ in _lemmas(name.lower())]
        n = len(want)
        if not n:
            continue
        for i in range(len(words) - n + 1):
            if lemmas[i:i + n] == want:
                out.append((words[i][1], words[i + n - 1][2]))
    return out


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, pos)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, pos)), len(text))
    return start, end


def sentence_cues(sentence: str, target: Sequence[str], others: Sequence[str] = (),
                  player: Sequence[str] = (), carried: bool = False) -> list[tuple[str, float]]:
    """(kind, weight) of the cues in `sentence` that belong to the object named `target`.

    `others` names the game's other objects (a cue nearer to one of them is theirs); `player` names
    the player's sprite. `carried`: the sentence follows one about the target and names no object,
    so its pronouns refer to the target.
    """
    text = " " + " ".join(without_yours(sentence.lower().replace("’", "'")).split()) + " "
    for span in sorted(_spans(text, player), reverse=True):
        text = text[:span[0]] + "PLAYER" + text[span[1]:]
    # "blow them up with dynamite": what the player fights with is not what the cues are about
    mine = [(a, b) for a, b in _spans(text, target) if not _INSTRUMENT.search(text[max(0, a - 60):a])]
    theirs = [s for s in _spans(text, others) if not any(a <= s[0] < b for a, b in mine)
              and not _INSTRUMENT.search(text[max(0, s[0] - 60):s[0]])]
    mentions: list[tuple[int, int, bool | None]] = sorted(
        (a, b, own) for spans, own in ((mine, True), (theirs, False)) for a, b in spans
        if not _PASSED.search(text[max(0, a - 20):a]))
    mentions += [(m.start(), m.end(), None) for m in re.finditer(r"\b(?:you|PLAYER)\b", text)]
    mentions.sort(key=lambda m: m[:2])
    if any(m[2] is not None for m in mentions):  # "hit it back": a pronoun is the object last named before it
        for m in _PRONOUN.finditer(text):
            last = [x for x in mentions if x[1] <= m.start()]
            if last:
                mentions.append((m.start(), m.end(), last[-1][2]))
        mentions.sort(key=lambda m: m[:2])
    if not any(m[2] for m in mentions if m[2] is not None) and not mine:
        first_other = min((a for a, _ in theirs), default=len(text))
        if not carried or first_other < len(text) and not re.search(
                r"\b(?:it|they|them|its|their|this|these|those|one)\b", text[:first_other]):
            return []
        # it follows a sentence about the target: its pronouns before any other object are the target
        words = list(WORD.finditer(text))
        back = [(words[i].start(), words[i].end(), True) for i in refers_back([w.group() for w in words])
                if words[i].start() < first_other]
        mentions = sorted([(0, 0, True), *back, *[m for m in mentions if m[2] is not True]], key=lambda m: m[:2])
    taken: list[tuple[int, int]] = []  # cue spans already used (a stronger pattern matched there)
    cues: list[tuple[str, float]] = []
    if any(_FOE.search(text[max(0, a - 16):a]) or _FOE_NAME.match(text[a:b]) for a, b in mine):
        cues.append((LOSS, FOE_WEIGHT))  # the manual calls it an enemy ("enemy helicopters")
    for kind, direction, weight, pattern in CUES:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            owner = _owner(text, mentions, m.start(), m.end(), direction)
            if owner is None:
                continue
            taken.append((m.start(), m.end()))
            if not owner:
                continue
            start, end = _clause_bounds(text, m.start())
            before = " ".join(text[start:m.start()].split(",")[-1].split()[-4:])
            if kind != SHOOT and _NEGATION.search(before) and not (
                    kind == LOSS and direction == RIGHT):  # "do not touch X" is itself the cue
                continue
            if kind == LOSS and direction == RIGHT and not text[start:m.start()].strip(" ,") and \
                    re.match(r"(?:run|walk|move|step) (?:in)?to\b", m.group()) and _PURPOSE.search(text[m.end():end]):
                kind, weight = CONTACT, 0.6  # "Run into Harry to nab him.": an order to touch it
            conditional = (bool(_CONDITION.search(text[start:end])) or "unless" in text[max(0, start - 8):start]
                           or _STATE.search(text[max(0, start - 1):end]) is not None)
            cues.append((kind, weight * (0.5 if conditional and kind in (GAIN, CONTACT) else 1.0)))
    return cues


def _imperative(clause: str) -> bool:
    """Does the clause open with a verb in its base form ("Build an igloo ...")?"""
    first = WORD.search(clause)
    if not first:
        return False
    pos = getAllLemmas(first.group())
    return first.group() in pos.get("VERB", ())


def _owner(text: str, mentions: list[tuple[int, int, bool | None]], start: int, end: int,
           direction: str) -> bool | None:
    """Is the cue at text[start:end] the target's (True), another object's (False), or nobody's (None)?"""
    clause_start, clause_end = _clause_bounds(text, start)
    if direction == PATIENT:  # "the truck is destroyed": harm done to an object is no loss of the player's
        near = [m for m in mentions if m[1] <= start and len(text[m[1]:start].split()) <= 2]
        if near and near[-1][2] is not None:
            return None
    mentions = [m for m in mentions if m[2] is not None]  # the player suffers or gains; the object causes
    after = [m for m in mentions if m[0] >= end and m[0] <= clause_end + 1 and len(text[end:m[0]].split()) <= 8]
    if direction != RIGHT:  # "you win a point whenever your opponent ...": a new clause starts there
        after = [m for m in after if not _SUBORDINATE.search(text[end:m[0]])]
    before = [m for m in mentions if m[1] <= start]
    pick = None
    if direction == RIGHT:
        it = re.match(r"\s*(?:it|them)\b", text[end:])
        if it and not any(m[0] == end + it.end() - len(it.group().strip()) for m in mentions):
            return None  # "he'll need it, because ...": a pronoun for something named in another sentence
        pick = after[0] if after else None
        # "watch out for the helicopters and ships": every member of the list after the cue
        for m in after[1:]:
            if pick[2] or not re.fullmatch(r"[\s,]*(?:(?:and|or|nor)\s+)?(?:the |a |an |any |all )?", text[pick[1]:m[0]]):
                break
            pick = m
    else:
        # "build an igloo before the temperature falls": the cue is in a new clause with its own subject
        in_clause = [m for m in before if m[0] >= clause_start and not _LATER_CLAUSE.search(text[m[1]:start])]
        if not in_clause and any(m[0] >= clause_start for m in before):
            return None
        if direction == SUBJECT and re.search(r"\b(?:and|then)\s+$", text[clause_start:start]) and \
                _imperative(text[clause_start:start]):
            return None  # "build an igloo ... and get Bailey inside": an order to the player, who does it
        if in_clause:
            pick = in_clause[-1]
            # "a goose, crab, clam or the bear knocks him in": every member of a list is the subject
            group = [pick]
            for m in reversed(in_clause[:-1]):
                if re.fullmatch(r"[\s,]*(?:(?:and|or|nor)\s+)?(?:the |a |an )?", text[m[1]:group[-1][0]]):
                    group.append(m)
                else:
                    break
            if any(m[2] for m in group):
                return True
        elif direction == SUBJECT:
            pick = None
        elif after:
            pick = after[0]
        elif before:
            pick = before[-1]
    return None if pick is None else pick[2]


_WEAPONS = re.compile(r"\b(?:shoot|shoots|shooting|fire|fires|firing|missiles?|lasers?|torpedo(?:e?s)?|bullets?|"
                      r"cannons?|guns?|blasters?|arrows?)\b", re.IGNORECASE)


_HIT_IN_SHOOTER = re.compile(r"\b(?:you|to|can|must|and) (?:hit|strike|knock out|knock down)\b|\bhitting\b|"
                             r"\bhit (?:it|them|one|each)\b", re.IGNORECASE)


def is_shooter(sentences: Sequence[str]) -> bool:
    """Does the manual arm the player (4+ sentences about shooting)? Then points are mostly won by
    shooting, and a score says nothing about touching unless a contact verb says so."""
    return sum(bool(_WEAPONS.search(s)) for s in sentences) >= 4


def judge(mentions: Sequence[Mention | tuple[str, str, bool]], target: Sequence[str], others: Sequence[str] = (),
          player: Sequence[str] = (), shooter: bool = False) -> Effect:
    """Add up the cues of every (sentence, kind, carried) mention of the object named `target`.

    `kind` is "table" for a scoring-table row, anything else for prose; `shooter`: see `is_shooter`.
    """
    cues: list[Cue] = []
    titles: dict[str, None] = {}
    for mention in mentions:
        m = mention if isinstance(mention, Mention) else Mention(*mention)
        found = sentence_cues(m.sentence, m.about or target, others, player, m.carried)
        if m.kind == "table" and not m.carried and not {k for k, _ in found} & {GAIN, LOSS, SHOOT, HARMLESS}:
            found.append((GAIN, 1.0))  # "KEY: 100.", "Catching the bell: 100.": a scoring-table row is worth its points
        weight = (TABLE_WEIGHT if m.kind == "table" else 1.0) * (CLASS_WEIGHT if m.about else 1.0)
        cues += [Cue(k, w * weight, m.sentence, m.kind == "table") for k, w in found]
        if m.section and not m.about:
            titles[m.section] = None
    for title in titles:  # a section called "Hazards" or "Treasures" says what its objects do
        for kind, pattern in ((LOSS, _HAZARD_TITLE), (GAIN, _TREASURE_TITLE)):
            if pattern.search(title):
                cues.append(Cue(kind, SECTION_WEIGHT, f"(section) {title}"))
    shot = any(c.kind == SHOOT for c in cues)
    gain = loss = 0.0
    by_sentence: dict[str, list[Cue]] = {}
    for c in cues:
        by_sentence.setdefault(c.sentence, []).append(c)
    harmless = False
    table = 0.0
    for sentence, found in by_sentence.items():
        kinds = {c.kind for c in found}
        g = sum(c.weight for c in found if c.kind in (GAIN, CONTACT))
        if SHOOT in kinds or ((shot or shooter) and all(c.table for c in found)):
            g = 0.0  # points for shooting it, not for touching it
        elif shooter and _HIT_IN_SHOOTER.search(sentence):
            g = 0.0  # "each shark you hit is worth points": hit by a shot
        elif shooter and CONTACT not in kinds:
            g *= SHOOTER_SCORE  # a score in a shooter, with no word of touching
        loss_here = sum(c.weight for c in found if c.kind == LOSS)
        if MISS in kinds:  # "miss the ball and lose the point": missing it hurts, so reaching it helps
            g, loss_here = g + max(loss_here, 0.5), 0.0
        if HARMLESS in kinds:
            harmless = True
            g, loss_here = min(g, 0.5), 0.0
        net = max(-1.0, min(1.0, g - loss_here))
        if all(c.table for c in found):  # a scoring table is one source, however many rows it gives the object
            table = net if abs(net) > abs(table) else table
            continue
        gain += max(net, 0.0)
        loss += max(-net, 0.0)
    gain, loss = gain + max(table, 0.0), loss + max(-table, 0.0)
    return Effect(round(gain - loss, 4), round(gain, 4), round(loss, 4), harmless, shot, cues)
