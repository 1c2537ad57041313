"""What touching an object does, read from every sentence of the manual about it (offline default).

For each sentence the reader finds effect cues and gives each cue to the object mention it belongs to:
- outcomes ("10 points", "loses a life", "is deadly", "falls") belong to the nearest object before
  them (the subject; "Dots are worth 10 points and pellets 50");
- actions ("eat", "collect", "avoid", "watch out for", "shoot") belong to the next object after them;
- harm done to the player ("the ghost catches you", "eaten by a shark") to the one who does it.
Gains done by shooting an object ("shoot the saucer for 100 points") say nothing about touching it and
are dropped for that object; losses are kept ("shoot them before they ram you"). Points for what the
player protects ("protect the trucks": a ward) are dropped too. Where the player's sprite is its own
shot (OCAtari's player category is a projectile), a shot hitting an object is a touch. An enemy word
or a weapon's charge as the name ("enemy helicopter", "land mine") is a weak loss. A negation before a
cue cancels it ("you do not lose a life"); a state condition ("when they turn blue", "after eating a
power pill", "unless") halves it. Scoring-table rows ("DOT: 10 POINTS.") are gains, unless the
manual says the object is shot. `read_reward.verdict.judge` adds the cues up into a decision. No
game-specific rule: every cue is generic English of manuals.
"""

from __future__ import annotations

import re
from typing import Sequence

from lemminflect import getAllLemmas

from read_reward.clause_words import (CONDITION, FOE, FOE_NAME, HAZARD_NAME, INSTRUMENT, NEGATION, OWN_VERB, PASSED,
                                      PASSED_SPAN, PURPOSE, STATE, TEMPORARY)
from read_reward.cue_words import (BARE_WEIGHT, CONTACT, FIRED, GAIN, HARMLESS, HEADLONG, LEFT, LOSS, RIGHT, SHOOT,
                                   SUBJECT, WARD)
from read_reward.cues import CUES
from read_reward.cue_settle import WITHOUT_LEAD, settle
from read_reward.cue_owner import clause_bounds, imperative, only_while, other_subject, owner_of
from read_reward.evidence import BARE_AVOID, NOTHING_CAME, refers_back
from read_reward.name_runs import WORD, lemmas as lemmas_of, name_spans  # noqa: F401 (name_spans: re-exported)
from read_reward.yours import without_yours
from read_reward.pronouns import resolve_pronouns
from read_reward import cue_context as cx

FOE_WEIGHT = 0.5


# "the ropes are your friend and your enemy": a word for what the subject is, not a mention of the enemy
_PREDICATE = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:your|the|an?|our)\s+)?(?:\w+\s+(?:and|or)\s+(?:your|the|an?|our)\s+)?$")
_AGAINST = re.compile(r"\s+(?:off|against|past|on)\s+(?:it|them|him|her)\b")
_AND_ORDER = re.compile(r"\s*(?:[\w']+\s+){1,6}?and\s+")  # "move Colwyn with the joystick and run into a Slayer"
# before "run into X": nothing, or a word that keeps it an order or a leave ("you can also run right into a Slayer")
_ORDER_LEAD = re.compile(r"[\s,]*(?:(?:you|PLAYER)\s+(?:\w+ly\s+)?(?:can|may|should|must|could|(?:want|need|have|ought|will want) to)\s+)?"
                         # "ride or run into", "jump up or walk into"
                         r"(?:(?:also|just|simply|now|then|so|try to)\s+)*(?:[a-z]+\s+(?:(?:up|down|over|on)\s+)?or\s+)?")
# "run straight into the Slayers to cut them down": touching is how it is beaten
_TO_BEAT = re.compile(r"\bto (?:(?:cut|knock|take|mow|chop|bring) (?:it|them|him|her) (?:down|out)|defeat|destroy|slay|beat|"
                      r"(?:catch|capture|nab|trap) (?:it|them|him|her)\b|"
                      r"squash|crush|flatten|knock out|finish off|knock (?:it|them|him|her) (?:off|over|aside|away|back)|"
                      r"(?:slow|shove|push) (?:it|them|him|her) (?:down|aside|away|back))\b")
# the cue ends a purpose: "... to knock him off his path or slow him down"
_AIM = re.compile(r"\bto\s+(?:[\w']+\s+){0,6}?(?:(?:or|and)\s+)?$")
_YOU_MAY = re.compile(r"\W*(?:you|PLAYER)\s+(?:can|may|could|should|must)\s")  # "you can skate right into one to ..."
_NOTHING_DOES = re.compile(r"\b(?:nothing|nobody|no one|none of (?:it|them|these|those))\b"
                           r"(?:\s+(?:in|on|about|inside|of|from)\s+(?:it|them|this|that|these|those|the\s+\w+))?"
                           r"(?:\s+(?:will|can|could|would|does|do|is|are|ever))?\s*$")
_PLACED_BY = re.compile(r"\b(?:over|near|beside|by|under|past|around|above|below|behind|next to|in front of|close to)\s+"
                        r"(?:a|an|the|some|any|each|every)\s+(?:[\w-]+\s+)?$")
_DODGES = re.compile(r"(?:avoids|dodges|evades|escapes|outruns|flees)\b")
_PAST_TOUCH = re.compile(r"ate|caught|ran over|\w+ed(?: up| on| over)?")
_WHERE_IT = re.compile(r"\s*(?:where|wherever|exactly where|just where)\s+(?:the|a|an|it|each|your)\b[^,;]*$")
_MEAL = re.compile(r"(?:next )?(?:dinner|lunch|supper|breakfast|meal|prey|snack)\b")
_MADE_MEAL = re.compile(r"\b(?:is|are|'s|'re|becomes?|be|as|into)\s+(?:(?:a|an|the|just|only)\s+)*"
                        r"[\w-]+(?:\s[\w-]+)?'s\s+$")
_OR_IF = re.compile(r"(?P<lead>\s*(?:if|when|whenever|should)\s+)(?P<first>[^,;]+?),\s*or\s+(?:if|when|whenever|should)\s+"
                    r"(?P<second>[^,;]+?),\s*(?P<main>[^;]+)", re.IGNORECASE)
# a reader's signed report of his own play ("Every time I bump into one I'm sure I'm going to lose my wand. -- Jason P.,
# Lansing"): what he believes, not the rules (a "sent in by" tip is the club's)
_DISOWNED = re.compile(r"\b(?:wrongly|incorrectly|mistakenly|falsely|erroneously) (?:says?|said|states?|stated|claims?|"
                       r"claimed|shows?|showed|lists?|listed|reads?|calls?|called)\b|\bit is not true that\b|"
                       # "Don't let anybody tell you it's safe to bump a chopper": a claim the manual denies
                       r"\b(?:don't|do not|never) (?:let (?:anybody|anyone|people|them|others|the \w+) (?:tell|convince) you|"
                       r"believe (?:anybody|anyone|people|those|the \w+) who (?:says?|tells? you))\b", re.IGNORECASE)
_QUOTE_CALLED_WRONG = re.compile(r"[\"“'‘][^\"“”'‘’]{2,120}[\"”'’](?=\s*(?:is|was|are|were) (?:just |simply |plain )?(?:wrong|incorrect|"
                                 r"a mistake|an error|false|not true|a misprint|a typo)\b)")
_SIGNED_BELIEF = re.compile(r"^(?=.*\b(?:I|I'm|I've|I'd|me|my)\b).*\s--\s*(?!sent in by\b)[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,\s*[A-Z][\w .,'-]*$")
# a question, signed ("? -- Kim, Peoria") or not; a reader's belief ("Dear Game Master, I thought you were supposed to ...")
_BELIEVED = (r"\W*(?:also |and |but |so )?(?:the |a |one |this |that |some |many |most )?"
             r"(?:kid|kids|caller|callers|cllr|child|boy|girl|reader|"
             r"readers|customer|customers|newbie|newcomer|beginner|beginners|people|folks?|players|he|she|they|someone|"
             r"somebody|everyone|everybody)(?:\s*\([^()]{1,20}\))? (?:always |really |first |originally |often )?"
             r"(?:thought|thinks|think|"
             r"figured|figures|assumed|assumes|believed|believes|was sure|were sure|is sure|are sure)\b")
# "Your job: hit the ball back every time. cllr thought touching opponent paddle scored.": a belief after the rule
_BELIEF_AFTER = re.compile(rf"(?<=[.!?;])\s+{_BELIEVED}", re.IGNORECASE)
# a note's bare verdict on what it is about ("GOOD / required.", "BAD -MP", "bad, lose a turn")
# (not "good. this is the whole game.": a word of a longer remark)
_BARE_VERDICT = re.compile(r"\W*(?:(?P<good>good)|bad|deadly)\b(?=\s*(?:[-/,:;(]|[.!]*\s*$))", re.IGNORECASE)
_QUESTION = re.compile(r"\?[\s\"')\]]*(?:--.*|\(?(?:[\w']+\s*){1,3}[.!]?\)?)?[\s)]*$|"
                       r"\?\s+(?:like|i mean|as in|or like|you know)\b[^.!?]*[.!?]?\s*$|^\s*Q\s*[:.]\s|"
                       r"^\s*(?:dear [^,]{1,40},\s*)?(?:i|we) (?:always |really )?(?:thought|"
                       r"figured|assumed|believed|was told|were told|heard)\b|"
                       # "kid thought some balls were bonus items": someone's belief, not the rule
                       rf"^{_BELIEVED}|^\s*(?:dear [^,]{1,40},\s*)?my (?:big |little |older |"
                       r"younger )?(?:brother|sister|friend|dad|mom|mum|cousin|uncle|neighbou?r)s? (?:says?|said|thinks?|told me|swears?)\b|"
                       # "the plaintiff's log claims 40,000 points were earned by ...": a claim in dispute
                       r"\b(?:claims?|claimed|alleges?|alleged)\s+(?:that\b|\d)",
                       re.IGNORECASE)
# a study question or exercise ("Describe what happens when you collide with ...", "State its point value and defend
# it"): it asks the reader, it says nothing of the game
_EXERCISE = re.compile(r"^\W*(?:\(?[\w ]{0,20}\)\s*)?(?:explain|describe|discuss|justify|evaluate|analy[sz]e|critique|classify|"
                       r"(?:state|compare|contrast|argue|propose)(?=\s+(?:what|how|why|which|whether|its|their|the|this|these|"
                       r"one|each|two|three)\b))\b", re.IGNORECASE)  # (not "State troopers ...")
# "it's the bank that does it, not the house", "hops off the pyramid (anywhere except onto a disc)"
_NOT_THIS = re.compile(r"(?:(?:,|\bbut)\s+not|\b(?:except|other than|apart from|unlike)(?:\s+(?:onto|on|into|to|at|for))?)\s+"
                       r"(?:the |a |an |your |any )?$")
_ABSENT = re.compile(r"\b(?:with no|without|there (?:are|is) no|free of)\s+(?:\w+\s+)?$")  # "a round with no pests"


def inside_longer(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Is text[a:b] part of a longer name at `spans` ("alien" in "alien egg")?"""
    return any(c <= a and b <= d and d - c > b - a for c, d in spans)


_ITS_POWER_SPENT = re.compile(rf"\bits(?={cx.SPENT.pattern})")  # "... while he holds the hammer, ... when its power runs out"
_TURNED = re.compile(rf"\b(?:turns?|turned|becomes?|became|goes|go|went)\s+(?:\w+\s+)?{STATE.pattern}")
_THAT_THING = re.compile(r"\b(?:from|of|at|near|into|onto|avoid|dodge|past|around)\s+(that|this|these|those)\s+"
                         r"(?!one\b|ones\b|way\b|time\b|point\b)[\w-]+")


def sentence_cues(sentence: str, target: Sequence[str], others: Sequence[str] = (),
                  player: Sequence[str] = (), carried: bool = False) -> list[tuple[str, float]]:
    """(kind, weight) of the cues in `sentence` that belong to the object named `target`.

    `others` names the game's other objects (a cue nearer to one of them is theirs); `player` names
    the player's sprite. `carried`: the sentence follows one about the target and names no object,
    so its pronouns refer to the target.
    """
    if carried and NOTHING_CAME.fullmatch(sentence):
        return [(HARMLESS, 1.0)]  # "Run into their big guy. Nothing.": the answer to what touching it does
    if carried and (verdict := _BARE_VERDICT.match(sentence)):
        return [(GAIN if verdict["good"] else LOSS, 0.8)]  # "Chicken ... GOOD - grab it", "thug ... BAD -MP": a note's verdict
    if carried and BARE_AVOID.fullmatch(sentence):
        return [(LOSS, 0.8)]  # "Their blue zaps come fast. Duck and dodge!": keep away from what was just named
    if _QUESTION.search(sentence) or _SIGNED_BELIEF.match(sentence) or _EXERCISE.match(sentence):
        return []  # "Q: Should I bump into Lyssa?", "Q: My brother says ...": a question says nothing; its answer does
    sentence = _QUOTE_CALLED_WRONG.sub(" ", sentence)  # "so the original's \"avoid the Qotile\" is wrong"
    if belief := _BELIEF_AFTER.search(sentence):
        sentence = sentence[:belief.start()]
    disowned = _DISOWNED.search(sentence)
    if disowned:  # "Page 5 wrongly says that Sam is dangerous": a claim the manual takes back
        sentence = sentence[:disowned.start()]
    either = _OR_IF.match(sentence)  # "If a monkey touches her, or if an apple hits her, she loses a life": both do
    if either:
        first, second = (bool(name_spans(either[k].lower(), target)) for k in ("first", "second"))
        if first != second:
            sentence = f"{either['lead']}{either['first'] if first else either['second']}, {either['main']}"
    # the manual's own "you" marked "yoU", apart from the player's things read as "you" ("your raft")
    marked = " " + " ".join(without_yours(re.sub(r"\byou\b", "yoU", sentence.lower().replace("’", "'"))).split()) + " "
    text = marked.replace("yoU", "you")
    yours = name_spans(text, player)
    names = name_spans(text, [*target, *others]) if yours else []  # "enemy helicopter" stays whole though the player
    for span in sorted(yours, reverse=True):  # is "helicopter"
        if not any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in names):
            end = span[1] - 2 if text.endswith("'s", 0, span[1]) else span[1]  # "Bailey's in the river": PLAYER's
            text = text[:span[0]] + "PLAYER" + text[end:]
            marked = marked[:span[0]] + "PLAYER" + marked[end:]
    # "touches Mario or Luigi": two names of the player's sprite (two players' men) are one
    text, marked = (re.sub(r"\bPLAYER (?:or|and|&) PLAYER\b", "PLAYER", t) for t in (text, marked))
    said_you = {m.start() for m in re.finditer(r"\byoU\b", marked)}
    # "blow them up with dynamite": what the player fights with is not what the cues are about
    # "alien" in "alien egg" is the egg; "in the slayer's hand" names the hand, no other subject
    named = [(a, b) for a, b in name_spans(text, others) if not text.endswith("'s", 0, b)]
    mine = [(a, b) for a, b in name_spans(text, target) if not INSTRUMENT.search(text[max(0, a - 60):a])
            and not cx.SCORED_AGAINST.search(text, 0, a)  # "score a point against the computer": the opponent
            and not inside_longer(a, b, named) and not _NOT_THIS.search(text, 0, a)
            and not (_ABSENT.search(text, 0, a) and not WITHOUT_LEAD.fullmatch(text, 0, a))
            and not (text.endswith("your ", 0, a) and re.fullmatch(cx.GAUGE, text[a:b]))]  # "your fuel ... is falling": a gauge
    theirs = [s for s in named if not any(a <= s[0] < b for a, b in mine)
              and not INSTRUMENT.search(text[max(0, s[0] - 60):s[0]])]
    mentions: list[tuple[int, int, bool | None]] = sorted(
        (a, b, own) for spans, own in ((mine, True), (theirs, False)) for a, b in spans
        if not PASSED.search(text[max(0, a - PASSED_SPAN):a]))
    mentions += [(m.start(), m.end(), None) for m in re.finditer(r"\b(?:you|PLAYER)\b", text)]
    mentions.sort(key=lambda m: m[:2])
    if any(m[2] is not None for m in mentions):  # "hit it back": a pronoun is the object last named before it
        mentions = resolve_pronouns(text, mentions, said_you, bool(mine) and not theirs)
    if not any(m[2] for m in mentions if m[2] is not None) and not mine:
        first_other = min((a for a, _ in theirs), default=len(text))
        if (lead := _ORDER_ON_A_THING.match(text)) and "NOUN" in getAllLemmas(lead[1]) and imperative(text.strip()) and \
                not any(a < lead.end() for a, _, own in mentions if own is not None) and \
                re.search(r"\b(?:it|its|they|them)\b", text[lead.end():first_other]):
            first_other = min(first_other, lead.start(1))  # "Catch the seed as it falls, carry it ...": the seed's "it"
        # it follows a sentence about the target: its pronouns before any other object are the target
        words = list(WORD.finditer(text))
        said = [w.group() for w in words]
        hero = text.find("PLAYER")  # "Pac-Man fled, eating as he went": after the hero is named, "he" is the hero
        early = [i for i in refers_back(said) if words[i].start() < first_other
                 and not (0 <= hero < words[i].start() and said[i] in cx.PERSONAL)]
        if early and said[early[0]] in cx.PERSONAL:  # "She is harmless; watch the seed and grab it": "it" is not she
            early = [i for i in early if said[i] in cx.PERSONAL]
        # "Stay clear of these: skulls, spiders, ...": what the colon lists, not what was named before
        early = [i for i in early if not re.match(r"\s*:", text[words[i].end():])]
        back = [(words[i].start(), words[i].end(), True) for i in early]
        # "..., so keep well away from that gun-toting machine!": a demonstrative's noun is the object named before
        back += [m.span(1) + (True,) for m in _THAT_THING.finditer(text, 0, first_other)]
        if any(said[i] in cx.PERSONAL for i in early):
            # "He scuttles along the tunnel floor, and if he gets Harry, ...": "he" again is still the object
            back += [(w.start(), w.end(), True) for w in words if w.group() in cx.PERSONAL and w.start() > first_other]
        if not carried or first_other < len(text) and not re.search(
                r"\b(?:it|they|them|its|their|this|these|those|one|he|she)\b", text[:first_other]):
            return []
        mentions = sorted([(0, 0, True), *back, *[m for m in mentions if m[2] is not True]], key=lambda m: m[:2])
    # "when all the installations have been wiped out, the game is over": the object's fate, not a touch
    fate = any(cx.FATE.match(text, b) for _, b in mine) and not re.search(r"\b(?:you|PLAYER)\b", text)
    spent = any(cx.SPENT.match(text, b) for _, b in mine) or bool(mine) and bool(_ITS_POWER_SPENT.search(text))
    rival = any(cx.RIVAL.match(text, b) and re.search(r"\b(?:your|the|his|her|their)\s+(?:\w+\s+)?$", text[:a])
                or cx.TO_RIVAL.search(text, 0, a) or cx.BY_RIVAL.search(text, 0, a)
                for a, b in mine)  # "your opponent scores a point", "a goal scored by them": its gain, not the player's
    heads = {lemmas_of(p)[-1:] for p in player if p.startswith("your ")}  # "your submarine": a bare "submarine" is a life
    # "in the slayer's hand, Colwyn loses a life": a possessive is touched ("ride on the alligator's back") but is no subject
    # ("the gator's back is a safe ride": its back is the object itself)
    # "a gator lies in the river like a log, and his back is safe": what it is likened to is no subject either
    # "when all five bays are filled with happy frogs, a bonus ...": nor what fills something
    subjects = [x for x in mentions if not (x[2] and text.endswith("'s", 0, x[1]) and not cx.ITS_BODY.match(text, x[1]))
                and not (x[2] is not None and cx.LIKE.search(text, 0, x[0]) and not cx.LIKENED_END.match(text, x[1]))
                and not (x[2] is not None and cx.CONTENTS.search(text, 0, x[0]))
                and not (x[2] is False and cx.SAME_AS.search(text, 0, x[0]) and cx.SAME_AS_END.match(text, x[1]))]
    # "Diving turtles are shown sinking ...": harm in a passing state of the object weighs half
    found = [*(cx.LAPSE_AFTER.match(text, b) for _, b in mine),
             # (a change back into another object named after it: "..., they are warriors or pigs again")
             *(back for _, b in mine if (back := cx.CHANGE_BACK.match(text, b))
               and any(own is False and a > back.end() for a, _, own in mentions)),
             *(cx.LAPSE_THEY.finditer(text) if mine or any(m[2] for m in mentions) else ())]  # (or a carried "they")
    lapses = [x.span() for x in found if x]
    lapsed = bool(lapses) or any(cx.LAPSE_BEFORE.search(text, 0, a) for a, _ in mine)
    # cue spans already used (a stronger pattern matched there); "every 10,000 points" is when, not what, it pays
    taken: list[tuple[int, int]] = [m.span() for m in cx.EVERY_POINTS.finditer(text)] + lapses  # its sinking is no loss cue
    cues: list[tuple[str, float, int]] = []  # (kind, weight, where the cue starts)
    if any(FOE.search(text[max(0, a - 16):a]) or (FOE_NAME.match(text[a:b]) and not _PREDICATE.search(text, 0, a))
           or HAZARD_NAME.match(text[a:b]) for a, b in mine):
        cues.append((LOSS, FOE_WEIGHT, 0))  # the manual calls it an enemy ("enemy helicopters") or a weapon's charge
    for base_kind, direction, base_weight, pattern in CUES:
        for m in pattern.finditer(text):
            kind, weight = base_kind, base_weight  # (a rule below may change them for this match only)
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind == LOSS and cx.LOSE.match(m.group()) and any(m.start() < a and b <= m.end() for a, b in mine):
                taken.append((m.start(), m.end()))  # "losing one diver costs more": it is worth keeping
                if not any(lemmas_of(text[a:b]) in heads for a, b in mine if m.start() < a and b <= m.end()):
                    cues.append((GAIN, 0.6, m.start()))  # not "you lose a submarine" beside "your submarine": a life
                continue
            if kind == LOSS and direction == SUBJECT and re.match(FIRED, m.group()) and \
                    any(m.start() < a and b <= m.end() for a, b in mine):
                taken.append((m.start(), m.end()))  # "they fire black zaps": what is fired, unless the player fires it
                lead = text[clause_bounds(text, m.start())[0]:m.start()]  # (not "you fire zaps", "fire a zap")
                if not re.search(r"\b(?:you|PLAYER)\b", lead) and (lead.strip(" ,;:-") or not imperative(text[m.start():])):
                    cues.append((LOSS, weight, m.start()))
                continue
            if any(a <= m.start() and m.end() <= b and own is False for a, b, own in mentions):
                continue  # "bonus" in "a bonus coin rolls out": another object's name, not a cue
            if kind == GAIN and any(a == m.end() + 1 and own is False for a, _, own in mentions):
                continue  # "between you and the bonus fruit": a word of the next object's name
            if kind == LOSS and direction == LEFT and any(m.start() <= a and b <= m.end() for a, b in mine):
                continue  # "the ropes are your friend and your enemy": the name is the cue's word for something else
            if kind == GAIN and weight == BARE_WEIGHT and any(a <= m.start() and m.end() <= b for a, b in mine):
                continue  # "THE TREASURE - the treasure shows your turns left": its name is no cue
            if kind == SHOOT and "your " not in m.group() and any(
                    own is False and m.start() <= a < m.end() for a, _, own in mentions):
                continue  # "a spear strikes Colwyn", the spear being a Slayer's: another object's touch, no shot
            if kind == GAIN and direction == RIGHT and re.match(r"needs?\b", m.group()) and any(
                    own is not None and b <= m.start() and not text[b:m.start()].strip() for a, b, own in mentions):
                continue  # "crabs need two bumps": what an object needs, not what the player needs
            if kind == GAIN and _AGAINST.match(text, m.end()):
                continue  # "can you score off it?": what the point is won against
            if kind == LOSS and m.group() in cx.HARMFUL and cx.ATTRIBUTIVE.match(text, m.end()) and \
                    not cx.COPULA_END.search(text, 0, m.start()):
                # "the mother ship launches deadly attackers": the attackers are deadly, not the ship
                if any(own and a == m.end() + 1 for a, _, own in mentions):
                    cues.append((kind, weight, m.start()))
                continue
            if kind == LOSS and direction == LEFT and (thing := _THING_THEN_CUE.search(text, 0, m.start())) and \
                    "NOUN" in getAllLemmas(thing[1]) and not any(a <= thing.start(1) < b for a, b, _ in mentions):
                continue  # "... past the sky: A seed, falling down": the cue is the unnamed thing's, said first
            if kind == LOSS and direction == LEFT and _PLACED_BY.search(text, 0, m.start()) and \
                    re.fullmatch(r"(?:hazards?|dangers?|threats?|menaces?|perils?)", m.group()):
                continue  # "jewels are often placed over a hazard": another thing, where it lies
            if kind == LOSS and direction == SUBJECT and _WHERE_IT.match(text[clause_bounds(text, m.start())[0]:m.start()]):
                continue  # "where the ball hits your paddle matters": where it touches, not that it harms
            if kind == LOSS and direction == SUBJECT and m.group().endswith(" her") and _third_person_named(
                    mentions, m.start()):
                continue  # "bumping into your bride ...; the Slayers drag her off": "her" is the bride, not the player
            owner = owner_of(text, mentions if direction == RIGHT else subjects, m.start(), m.end(), direction)
            if _MEAL.match(m.group()):  # "a slow Road Runner is a Coyote's dinner": the possessor eats
                owner = next((own for _, b, own in mentions if b == m.start() - 1 and text.endswith("'s", 0, b)), None) \
                    if _MADE_MEAL.search(text, 0, m.start()) else None
            after = [x for x in mentions if x[0] >= m.end()][:2] if kind == LOSS and direction == RIGHT else []
            if after and cx.TURNS_INTO.match(text, after[0][1]):
                # "watch out for when the Qotile turns into the Swirl": the danger is what it becomes
                owner = after[1][2] if len(after) == 2 and cx.TURNS_INTO.fullmatch(text, after[0][1], after[1][0]) else False
            if owner is None:
                continue
            if kind == GAIN and direction == LEFT and not any(b <= m.start() for _, b, own in mentions if own) and \
                    cx.WHEN.match(text, m.end(), _next_mention(mentions, m.end(), own_only=True)):
                continue  # "fill up before every bridge": the bridge says when, not what fills
            if kind == GAIN and "waste" in m.group() and cx.SPENT_ON.match(text, m.end(), _next_mention(mentions, m.end())):
                continue  # "do not waste the flame thrower on an alien": the alien is what it is spent on
            if kind == WARD and direction == RIGHT and not any(
                    m.end() <= a and len(text[m.end():a].split()) <= 2 for a, _, own in mentions if own):
                continue  # "protect the electronic parts and lengthen the life of ...": the ward is what follows
            taken.append((m.start(), m.end()))
            if owner is False and kind in (LOSS, GAIN) and any(
                    m.end() <= a and cx.LIKENED.search(text, 0, a) and cx.LIKENED_END.match(text, b) for a, b in mine):
                owner = True  # "a fireball that touches Mario costs him a life just like a pest does"
            if not owner:
                continue
            if kind == LOSS and direction == LEFT and cx.SUFFERS.match(m.group()) and (any(
                    own and cx.SUBJECT_OF.fullmatch(text, b, m.start()) for _, b, own in mentions)
                    or carried and re.fullmatch(r"\s*(?:he|she|it|they)(?:'ll|'d)\s+", text[:m.start()], re.IGNORECASE)):
                continue  # "they would rather see every diver drown", "He'll tumble back to his tunnel": its own fate
            if kind == CONTACT and direction == RIGHT and carried and _PAST_TOUCH.fullmatch(m.group()) and \
                    re.search(r"\b(?:they|it)\b", text[:m.start()]) and not re.search(r"\b(?:you|PLAYER)\b", text[:m.start()]):
                continue  # "together they hunted down anything that moved and gobbled it whole": what the object did
            if kind == CONTACT and direction == RIGHT and _object_elsewhere(text, mentions, m.start(), m.end()):
                continue  # "when he eats one, the ghosts turn blue": the verb's object is a pronoun for something else
            if direction == RIGHT and (kind in (CONTACT, SHOOT) and _made_by_another(text, mentions, m.start())
                                       or kind == HARMLESS and other_subject(text, mentions, m.start())):
                continue  # "the glaive bounces back after it strikes the wall", "bats can pass through walls": not the player's
            if kind == LOSS and direction == RIGHT and _DODGES.match(m.group()) and any(
                    own and b <= m.start() and re.fullmatch(r"\s*(?:also |then |just )?", text[b:m.start()]) for _, b, own in mentions):
                continue  # "He dodges, he backs away": the object itself dodges, no order to the player
            if kind == LOSS and direction == RIGHT and (other_subject(text, mentions, m.start()) or (
                    cx.THIRD_PARTY.search(text, 0, m.start()) and not any(a < m.start() for a, _, _ in mentions))):
                continue  # "any barrel that runs into the hammer", "each time it bumps into a mushroom": another's collision
            start, end = clause_bounds(text, m.start())
            if kind == LOSS and direction == LEFT and cx.GAUGE_SUBJECT.search(text, start, m.start()):
                continue  # "... the temperature is falling": the gauge falls
            if kind == LOSS and direction == LEFT and re.match(r"\s*(?:losing|dropping|wasting)\b", text[start:m.start()]):
                continue  # "losing a diver costs you": the cost is the losing, not the diver's doing
            if kind == LOSS and direction == RIGHT and m.group().endswith(" by") and (
                    any(start <= a and b <= m.start() and own is False for a, b, own in mentions)
                    or re.search(r"\b(?:they|them)\b", text[start:m.start()])
                    # "every mushroom touched by it becomes ...": the object itself is what is touched
                    or any(own and b <= m.start() and not text[b:m.start()].strip() for a, b, own in mentions)) and \
                    not re.search(r"\b(?:you|PLAYER)\b", text[start:m.start()]):
                continue  # "any of them can be destroyed by the deathray": harm to something else
            if kind == CONTACT and re.search(r"\bway\s+to\s+$", text[start:m.start()] + re.match(r"\s*(?:to\s+)?", m.group()).group()) and re.match(
                    r"(?:\s+\w+){1,3}?\s+would\b", text[m.end():]):
                continue  # "the only way to reach them would be to fly into the bank": out of reach
            if kind == CONTACT and re.search(r"\b(?:before|until|till|just as)\s+(?:\w+\s+){0,2}$", text[start:m.start()]):
                continue  # "line up well before you reach it": a moment, not an order
            before = " ".join(text[start:m.start()].split(",")[-1].split()[-(7 if direction == SUBJECT else 4):])
            if kind == HARMLESS:  # "gives no points and costs nothing": the negation is the other verb's
                before = re.split(r"\b(?:and|but)\b", before)[-1]
            if kind in (GAIN, LOSS) and _NOTHING_DOES.search(before):
                continue  # "nothing in them will cost you a point": what does it is nothing
            negated = [n for n in NEGATION.finditer(before)]
            if negated and not OWN_VERB.search(before[negated[-1].end():]) and not (
                    kind == LOSS and direction == RIGHT and not cx.NOT_AN_ORDER.search(f"{before} {m.group()}")
                    and not cx.FEAR.match(m.group()) and not cx.TOLD.fullmatch(m.group().split()[0])):
                # "do not touch X" is itself the cue; not "does not fear X" nor "the cannon never runs into them"
                continue
            one = re.match(r"\s+(?:one|it|them)\b", text[m.end():]) if carried else None
            if kind == LOSS and direction == RIGHT and cx.COLLIDE.match(m.group()) and (any(
                    own and m.end() <= a and cx.UNDOES_IT.match(text, b) for a, b, own in mentions
                    if not text[m.end():a].strip(" ,") or len(text[m.end():a].split()) <= 2)
                    or one and cx.UNDOES_IT.match(text, m.end() + one.end())):  # "a run into one strikes it down"
                kind, weight = CONTACT, 0.6  # "running into a Slayer destroys it for points": the collision beats it
            if kind == LOSS and direction == RIGHT and re.search(r"\b(?:into|with)$|^(?:collid|ram)", m.group()) and \
                    cx.TAKEN_AFTER.match(text, m.end()) and \
                    not cx.HURT_LATER.search(text, m.end()):
                kind, weight = CONTACT, 0.6  # "if Mario runs into that coin, he picks it up and gets points": taken
            if kind in (LOSS, CONTACT) and cx.IMPOSSIBLE.match(text, next((b for a, b, own in mentions if a >= m.end()), m.end())):
                continue  # "bumping into them isn't possible (they're high above you)": out of reach
            aim = _AIM.search(text, start, m.start())
            if kind == LOSS and direction in (SUBJECT, LEFT) and aim and _TO_BEAT.match(text, aim.start()) and (
                    imperative(re.sub(r"^\W*(?:just|simply|then|now)\s+", "", text[start:])) or _YOU_MAY.match(text, start)):
                continue  # "just run into a Slayer to knock him down": the player's purpose, not the Slayer's blow
            if kind == LOSS and direction == SUBJECT and cx.CATCHES.match(m.group()) and any(
                    own and cx.GERUND_LEAD.fullmatch(text, start, a) for a, _, own in mentions):
                kind, weight = CONTACT, 0.6  # "hopping onto Sam catches him": the player's move does the catching
            if kind == LOSS and direction == RIGHT and re.search(r"\bby\s+$", text[start:m.start()]) and not (
                    cx.HURT_LATER.search(text[start:m.start()]) or cx.HURT_LATER.search(text[m.end():end])):
                kind, weight = CONTACT, 0.6  # "call the cannon up by flying straight into the Qotile": a means, not a crash
            lead = text[start:m.start()].split(",")[-1]
            ordered = _ORDER_LEAD.fullmatch(lead) or _AND_ORDER.fullmatch(lead) and imperative(lead)
            if kind == LOSS and direction == RIGHT and ordered and \
                    re.match(rf"(?:run|walk|move|step|drive|fly|swim|steer|ski) {HEADLONG}(?:in)?to\b", m.group()) and (
                    PURPOSE.search(text[m.end():end]) or _TO_BEAT.search(text[m.end():end])
                    or not cx.HURT_LATER.search(text[m.end():])):
                kind, weight = CONTACT, 0.6  # "Run into Harry to nab him.": an order to touch it
            if kind == CONTACT and re.fullmatch(r"\W*(?:in order\s+)?(?:to\s+)?", text[:m.start()]) and m.group().startswith(
                    ("to ", "reach", "get")) and re.search(r"\b(?:shoot|blast|fire|zap)\b", text[m.end():]):
                kind, weight = SHOOT, 1.0  # "To reach the Commander you must shoot through the ship": reached by a shot
            if kind == CONTACT and re.match(r"\s+(?:it|them|one|these|those)\s+(?:all|as much as|as often as) you (?:want|like|please)\b",
                                            text[m.end():]):
                kind, weight = HARMLESS, 1.0  # "you can fly into it all you want": it does nothing either way
            conditional = (bool(CONDITION.search(text[max(0, start - 6):end])) or "unless" in text[max(0, start - 8):start]
                           or STATE.search(text[max(0, start - 1):end]) is not None
                           or TEMPORARY.search(text, 0, m.start()) is not None
                           or _TURNED.search(text, 0, m.start()) is not None)  # "they turn blue ..., now catch them"
            if kind == CONTACT and carried and not text[:m.start()].strip(" -") and \
                    re.fullmatch(r"\w{2,}[^s\W]s", m.group().split()[0]):
                continue  # "What does the spider do to mushrooms? Eats some as it passes.": its own doing, subject unsaid
            if kind == HARMLESS and re.search(r"\b(?:looks?|looking|seems?|appears?)\s+(?:\w+\s+)?$", text[:m.start()]):
                continue  # "they look harmless, but ...": an appearance
            if kind == HARMLESS and m.group() == "harmless" and cx.ATTRIBUTIVE.match(text, m.end()) and not any(
                    own and a == m.end() + 1 for a, _, own in mentions):
                continue  # "they break into harmless pieces": the pieces are harmless, not what broke
            if kind == HARMLESS and re.search(r"(?:kill|hurt|harm|destroy|damage|injure)\w*$", m.group()) and any(
                    own and m.end() <= a and len(text[m.end():a].split()) <= 1 and (
                        text[a:b] not in ("it", "them", "they") or re.search(r"\b(?:your|you|PLAYER)\b", text[:m.start()].split(",")[-1]))
                    for a, b, own in mentions):
                continue  # "the flamethrower will not kill one", "your missiles can't harm it": it is spared, not harmless
            if kind == HARMLESS and only_while(text, m.start(), m.end(), mine):
                kind, weight = LOSS, 0.5  # "while your ship is in the zone, the missile can't harm it": it harms elsewhere
            half = conditional and kind in (GAIN, CONTACT) or lapsed and kind == LOSS
            cues.append((kind, weight * (0.5 if half else 1.0), m.start()))
    return settle(text, cues, mine, mentions, fate=fate, spent=spent, rival=rival, lapsed=lapsed)


_THING_THEN_CUE = re.compile(r"(?:^|[:;.!?])\s*(?:a|an|the)\s+([a-z]+),\s*$")
_ORDER_ON_A_THING = re.compile(r"\s*(?:then\s+|now\s+|just\s+)?[a-z]+\s+(?:the|a|an)\s+([a-z]+)\b(?!\s*(?:'s|of)\b)")


def _third_person_named(mentions: list[tuple[int, int, bool | None]], start: int) -> bool:
    """Is the object last named before `start`, other than the subject right before it, another object (and the player
    named nowhere before it)?"""
    before = [m for m in mentions if m[1] <= start]
    prior = [own for _, b, own in before if b <= before[-1][0]]  # (not a shorter name inside the subject's)
    return bool(prior) and prior[-1] is False and None not in prior  # (the player named first: "her" is she)


def _made_by_another(text: str, mentions: list[tuple[int, int, bool | None]], start: int) -> bool:
    """Is the subject of the verb at `start` another object, named or a pronoun for one ("after it strikes"),
    or, for a verb in the third person, the last thing named in its clause ("the gopher ... reaches a carrot")?"""
    if other_subject(text, mentions, start) or any(
            own is False and text[a:b] in ("it", "they") and re.fullmatch(r"\s*(?:also |then |just )?", text[b:start])
            for a, b, own in mentions):
        return True
    if not re.match(r"[a-z]+(?<!s)s\b", text[start:]):
        return False
    lead = text[:start]
    if re.search(r"\bit\s+(?:also\s+|then\s+|just\s+)?$", lead) and not any(
            a >= len(lead) - 12 for a, _, own in mentions if a < start and own is not False) and \
            not re.search(r"\b(?:you|PLAYER)\b", lead):
        return True  # "It eats some of the mushrooms": "it", named in no way here, is not the player
    clause_start = clause_bounds(text, start)[0]
    subject = [own for a, b, own in mentions if clause_start <= a and b <= start]
    return bool(subject) and subject[-1] is False


def _object_elsewhere(text: str, mentions: list[tuple[int, int, bool | None]], start: int, end: int) -> bool:
    """Is the object of the verb at `start:end` a pronoun that is not the target: one named in no way here ("when
    he eats one, the ghosts turn blue") or the clause's own subject ("the opponent has far to run to get to it")?"""
    pronoun = re.match(r"\s+(one|it|them)\b", text[end:])
    if not pronoun:
        return False
    if not any(a == end + pronoun.start(1) and own for a, _, own in mentions):
        # "one" is mostly one of the target ("land on one and ride it; a log ..."), unless a fronted clause
        # ends before the target is named: "when he eats one, the ghosts turn blue"
        return pronoun.group(1) != "one" or bool(cx.FRONTED_ONE.search(text, 0, start)) and \
            "," in text[end:_next_mention(mentions, end, own_only=True)]
    clause_start = clause_bounds(text, start)[0]
    return any(own and clause_start <= a < b <= start and cx.SUBJECT_OPENING.fullmatch(text, clause_start, a)
               and text[a:b] not in ("it", "they", "them", "one") and not re.search(r"\b(?:you|PLAYER)\b", text[b:start])
               for a, b, own in mentions)


def _next_mention(mentions: list[tuple[int, int, bool | None]], pos: int, own_only: bool = False) -> int:
    """Where the first mention from `pos` on starts (the target's only, with `own_only`); `pos` if none."""
    return min((a for a, _, own in mentions if a >= pos and (own or not own_only)), default=pos)
