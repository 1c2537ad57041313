"""Whose is a cue: which object mention in a sentence an effect cue belongs to (`effects`).

Regexes on the lower-cased sentence stand in for a parser: clause bounds, subjects of verbs, the
object of an order, a participle's subject. Mentions are (start, end, own): own is True for the
target, False for another object, None for the player or a pronoun for nobody known.
"""

from __future__ import annotations

import re
from typing import Sequence

from lemminflect import getAllLemmas

from read_reward.clause_words import CLAUSE_END, FRONTED_OPENING, FRONTING, LATER_CLAUSE, PRONOUN_WORDS, SUBORDINATE
from read_reward.cue_words import CONTACT_VERB, LEFT, PATIENT, RIGHT, SUBJECT
from read_reward.name_runs import WORD


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the clause around text[pos] (ends: . ; : ! ? but, however, while, unless, ", and")."""
    start = max((m.end() for m in CLAUSE_END.finditer(text, 0, pos)), default=0)
    end = next((m.start() for m in CLAUSE_END.finditer(text, pos)), len(text))
    return start, end


_WHILE = re.compile(r"\b(?:while|whenever|when|as long as|during)\b")
_STOP = re.compile(r"[.!?;]")
_MEETING = re.compile(rf"\b(?:{CONTACT_VERB}|touch\w*|hit\w*|bump\w*|run\w* into|jump\w*|ride\w*|pass\w*|cross\w*|"
                      r"walk\w*|step\w*|fly\w* (?:into|through|over)|go\w* (?:into|through|over))\b")


def only_while(text: str, start: int, end: int, mine: Sequence[tuple[int, int]]) -> bool:
    """Is the harmlessness at text[start:end] limited to a state ("while you are in the zone, the missile
    can't harm you", "... can't hurt you as long as you are invisible")? Then the object hurts the rest
    of the time. Not when the condition is a way of meeting the object ("when you jump over it"), names
    the object itself ("while wearing the amulet, ..."), or belongs to another clause."""
    lead_start = max((m.end() for m in _STOP.finditer(text, 0, start)), default=0)
    opening = re.match(r"\s*(?:but\s+|and\s+)?(?:only\s+)?" + _WHILE.pattern, text[lead_start:start])
    if opening:
        a = lead_start + opening.end()
        b = text.find(",", a, start)
        if b < 0 or re.search(r",\s*(?:and|but|so|or|then|which|who)\b", text[b:start]):
            return False  # (nor "when it breaks, it may release smoke, which does no harm": the smoke's own clause)
    else:
        stop = _STOP.search(text, end)
        after = _WHILE.search(text, end, stop.start() if stop else len(text))
        if not after or re.search(r",|\s(?:-{1,2}|–|—)\s", text[end:after.start()]):
            return False  # (not "they never attack - shoot them when nothing else is going on": another clause's)
        a, b = after.end(), stop.start() if stop else len(text)
        b = text.find(",", a, b) if "," in text[a:b] else b
    return not _MEETING.search(text[a:b]) and not any(a <= s < b for s, _ in mine)


_POSTMODIFIER = re.compile(r"\s+(?:[a-z]+est\s+|right\s+|just\s+)?(?:to|near|by|beside|behind|under|over|on|in|at|around|"
                           r"next to|close to|closest to|nearest)\s+(?:the |a |an |your |any )?")
# (after a noun's own word: "a hole right next to the carrot patch is ...")
_COPULA = re.compile(r"(?:\s+(?!(?:is|are|was|were|can|will|may|become|becomes)\b)[a-z]+)?\s+"
                     r"(?:is|are|was|were|can be|will be|may be|become|becomes)\b")
_ROW_END = re.compile(r"(?:\s*,?\s*(?:and|or)(?:\s+[a-z]+){1,4})?\s*(?::|\.{2,})\s*")  # "..., and members of the gang ...."
_EVERY_ONE = re.compile(r"\b(?:every one|each one|all of them|each of them|any of them)\b")


# "its spear" after a comma is none; "both the dragon and its fire hurt him" is a list
# "bumping into the small opponent or into the tall opponent": the preposition may come again
_IN_LIST = re.compile(r"\s*(?:[,/][\s,]*(?:(?:and|or|nor|&)\s+)?(?:(?:into|onto|with|against|over) )?(?:the |a |an )?|"
                      r"(?:and|or|nor|&)\s+(?:(?:into|onto|with|against|over) )?(?:the |a |an |its |their )?)")
_IN_ROW = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?(?:[a-z]+\s+){0,3}")  # "bricks, daggers, and members of the gang"


def _listed(text: str, last: tuple[int, int, bool | None], earlier: Sequence[tuple[int, int, bool | None]],
            joined: re.Pattern[str] = _IN_LIST) -> list[tuple[int, int, bool | None]]:
    """`last` and the mentions just before it that `joined` links into one list ("a goose, crab or the bear")."""
    group = [last]
    if text[last[0]:last[1]] in PRONOUN_WORDS:
        return group  # "while he is out on the ice, it shoves him": "it" opens a clause, no list
    for m in reversed(earlier):
        if not joined.fullmatch(text[m[1]:group[-1][0]]):
            break
        group.append(m)
    if joined is _IN_LIST and len(group) == 2 and not re.search(r"\b(?:and|or|nor)\b|[/&]", text[group[1][1]:last[0]]) \
            and not re.search(r"\b(?:while|as long as)\b[^,]*$", text[:group[1][0]]):
        # "when he jumps on the disc, Coily will fall": a comma alone ends a clause, it lists nothing (but "while
        # your ship is inside the zone, the missile can't harm it": what holds in the state holds of the zone)
        return [last]
    return group


def other_subject(text: str, mentions: list[tuple[int, int, bool | None]], start: int) -> bool:
    """Is the subject of the verb at `start` another object ("a barrel that runs into ...")?"""
    return any(m[2] is False and text[m[0]:m[1]].lower() not in PRONOUN_WORDS
               and re.fullmatch(r"\s*(?:that |which |who )?(?:(?:is|are|gets?) )?(?:(?:allowed|able|free|permitted|left|trying|about)(?: to)? |"
                                r"(?:manages?|tries|try|gets?|wants?)(?: to)? )?(?:also |then |just )?"
                                r"(?:(?:can|could|will|would|may|might|must|cannot|can't|won't) (?:also |then |just )?)?", text[m[1]:start])
               for m in mentions if m[1] <= start)


_OPENER = re.compile(r"\s*(?:as|when|whenever|if|once|while|each time|every time|after)\s+(?:you|your|PLAYER)\b")
_DETERMINED = re.compile(r"\b(?:the|a|an|any|all|its|their|some|every)\s+(?:[\w-]+\s+)?$")
_IN_STATE = re.compile(r"\s+(?:that|which|who)\s+(?:were|are|was|is|(?:have|has|had) been)\s+")
_ATTRIBUTIVE = re.compile(r"(?:\s*,?\s*(?:and|or)?\s*[\w-]+ed)*\s+")
_ANY_OPENER = re.compile(r"\s*(?:when|whenever|once|each time|every time|after)\s+(?:a|an|the|your|one|each)\s")
YOU_NEXT = r"(?:then\s+)?(?:you|PLAYER)\b"  # "do this, and (then) you ...": what follows is the consequence
_CONSEQUENCE = re.compile(rf"\s*{YOU_NEXT}")  # the clause after ", and"


KNOCKED_OFF = re.compile(r"\boff\s+(?:of\s+)?(?:(?:the|a|an|his|her|its|your|their)\s+)?$")  # "he's off the ice"
_ORDER_AFTER = re.compile(rf"\s*{FRONTING}\b[^,]*,\s*")
_LEAD_WORDS = rf"(?:{FRONTING}|while|before|as)"  # a fronted clause, "while" and "as" too
_LEAD_CLAUSE = re.compile(rf"\s*{_LEAD_WORDS}\b[^,]*,\s*")
_SUBORDINATOR_END = re.compile(rf"(?:^|[.;:!?])\s*{_LEAD_WORDS}\s*$")
_TO_COMMA = re.compile(r"[^,.;:!?]*,\s*")


_NOBODY = (0, 0, None)  # a pick that owns nothing
_PLAYER_WHICH = re.compile(r"\bPLAYER\s+(?:which|that|who)\s+[^,;.:]*$")
_LIST_OPENER = re.compile(r"\s*(?:the|a|an)\s+[\w'-]+(?:\s+[\w'-]+)?\s*,\s*(?:the |a |an )")


def _agents(text: str, mentions: list[tuple[int, int, bool | None]]) -> list[tuple[int, int, bool | None]]:
    """The mentions but those of where the player is knocked from ("he's off the ice")."""
    return [m for m in mentions if not KNOCKED_OFF.search(text, 0, m[0])]


_AIMED_AT = re.compile(r"\b(?:at|toward|towards|around|over|onto|across|along|past|near)\s+"
                       r"(?:(?:the|a|an|his|her|its|their|your)\s+)?$")  # "drop at the trucks", "fly around the ship"
_AND_VERB = re.compile(r"\s+(?:and|then|,)\s+(?:\w+\s+)?")
_PLACE_BEFORE = re.compile(r"\b(?:over|on|onto|across|along|through|under|above|below|around|past|between|near|into|"
                           r"in|from|toward|towards)\s+(?:(?:the|a|an|his|her|its|their)\s+"
                           r"(?:(?!same\b|next\b|other\b|first\b|last\b|only\b)[a-z]+\s+)?)?$")  # "from the front wall"


def _verb_next(text: str, at: int) -> bool:
    """Is the word after `at` a verb ("king crabs move ...")?"""
    word = re.match(r"\s*(\w+)", text[at:])
    return bool(word) and "VERB" in getAllLemmas(word[1])


def imperative(clause: str) -> bool:
    """Does the clause open with a verb in its base form ("Build an igloo ...")?"""
    first = WORD.search(clause)
    if not first:
        return False
    pos = getAllLemmas(first.group())
    return first.group() in pos.get("VERB", ())


_LIST_GAP = re.compile(r"\s*(?:,|;|/|&|and|or)\s*(?:(?:and|or)\s+)?(?:the |a |an )?")
# "cars and trucks, the water, a diving turtle": an item that is no object of the game, between commas
_FILLER = re.compile(r"\s*,\s*(?:the |a |an )?(?P<words>[a-z'-]+(?:\s+[a-z'-]+){0,2}),\s*(?:(?:and|or)\s+)?(?:the |a |an )?")


def _filler(text: str, a: int, b: int) -> bool:
    """Is text[a:b] a gap of a list with items of nouns only between ("..., the water, ...")?"""
    gap = _FILLER.fullmatch(text, a, b)
    return bool(gap) and all({"NOUN", "ADJ"} & set(getAllLemmas(w)) for w in gap["words"].split())


def _list_at(text: str, mentions: list[tuple[int, int, bool | None]], at: int) -> list[tuple[int, int, bool | None]]:
    """The mentions of a list that starts at `at` ("snow geese, clams, king crabs"); none if no mention starts
    there. Only the list: not "the smoke left when a dragon ball breaks"."""
    after = [m for m in mentions if m[0] >= at]
    if not after or after[0][0] != at:
        return []
    items = [after[0]]
    for m in after[1:]:
        if m[0] < items[-1][1]:
            continue  # "geese" inside "snow geese"
        if not _LIST_GAP.fullmatch(text, items[-1][1], m[0]) and not _filler(text, items[-1][1], m[0]):
            break
        items.append(m)
    return items


def owner_of(text: str, mentions: list[tuple[int, int, bool | None]], start: int, end: int,
             direction: str) -> bool | None:
    """Is the cue at text[start:end] the target's (True), another object's (False), or nobody's (None)?"""
    if direction == LEFT and _COMES_FROM.match(text, end):
        # "all of its menace comes from the tentacles it lowers": the danger is theirs
        return next((m[2] for m in mentions if m[0] >= end), None)
    clause_start, clause_end = clause_bounds(text, start)
    named = re.match(r"\s*:\s*(?:the |a |an |all |any |every |each )?", text[end:])  # "AVOID: blue helicopter / blue rockets"
    # "jump on the things that float: the logs, the turtles ...": the list after the colon is what "things" are
    # ("stay clear of these: skulls, spiders, ...")
    things = re.match(r"\s+(?:(?:the |all |any |these |those )?(?:things|objects|ones)\b[^:.;!?]{0,30}|these|those|them|"
                      r"the following)\s*:\s*(?:the |a |an |all |any )?", text[end:])
    if named and not text[clause_start:start].strip(" -*"):  # the cue is a label ("HOP ON: every cube, ..., Sam")
        items = _list_at(text, [m for m in mentions if m[2] is not None], end + named.end())
        if items and (direction != RIGHT or any(m[2] for m in items)):
            return any(m[2] for m in items)  # "Hazards: Snow geese, clams, king crabs, polar bear": each of them
    # "an Obstacle is anything that the Skier must not hit: a Flagpole, a tree or a mogul": a clause that names
    # no object of the game before the colon is about the list after it
    unnamed = not any(m[2] is not None and clause_start <= m[0] < start for m in mentions)
    if direction == RIGHT and (named and (re.fullmatch(r"(?:.*\))?\s*", text[clause_start:start]) or unnamed) or things) and any(
            m[0] == end + (named or things).end() for m in mentions):
        clause_end = clause_bounds(text, end + (named or things).end())[1]
    if direction == PATIENT:  # "the truck is destroyed": harm done to an object is no loss of the player's
        # "a frog which jumps on the crocodile head is swallowed": the player is the patient, its clause the cause
        rel = _PLAYER_WHICH.search(text, 0, start)
        inside = [m for m in mentions if rel and m[2] is not None and rel.start() <= m[0] and m[1] <= start]
        if inside:
            return inside[-1][2]
        if any(m[2] is not None and re.fullmatch(r"\s+(?:that|which|who)\s+[^,;:.]*", text[m[1]:start]) for m in mentions):
            return None  # "a fish that swims into the hook is caught": harm done to the relative clause's object
        near = [m for m in mentions if m[1] <= start and len(text[m[1]:start].split()) <= 2]
        if near and near[-1][2] is not None:
            return None
        # "every Slayer you strike is destroyed": "you strike" only says which; the Slayer is what is destroyed
        if near and any(m[2] is not None and re.fullmatch(r"\s*(?:that\s+|which\s+)?(?:the\s+)?", text[m[1]:near[-1][0]])
                        for m in mentions if m[1] <= near[-1][0]):
            return None
    if text[start:end].endswith(("ed", "en")) and (_DETERMINED.search(text, 0, start) or not text[:start].strip()) and any(
            _ATTRIBUTIVE.fullmatch(text, end, m[0]) for m in mentions if m[2] is not None):
        return None  # "the damaged and poisoned mushrooms", "fallen pins": a state of the thing, not harm it does
    if text[start:end].endswith("ed") and any(m[2] is not None and _IN_STATE.fullmatch(text, m[1], start) for m in mentions):
        return None  # "the mushrooms that were damaged": a state of the thing too
    if direction != RIGHT and re.fullmatch(r"[a-z]+ing", text[start:end]) and (noun := re.match(
            r"\s+(?!(?:them|him|her|it|its|you|your|us|me|my|our|his|their|this|that|these|those|some|any|all|each|"
            r"every|both|no|one|ones|many|few|down|off|over|back|away|out|up|around)\b)([a-z]+)\b",
            text[end:])) and (set(getAllLemmas(noun[1])) == {"NOUN"} or "NOUN" in getAllLemmas(noun[1]) and re.search(
                r"\b(?:a|an|the|each|every|any|some|this|that|these|those)\s+$", text[:start])):  # "a falling wolf"
        # a word of the noun after: "the chasing ghosts" chase; "gadgets, frogmen, falling diamonds" harm nobody
        return next((m[2] for m in mentions if m[0] == end + noun.start(1)), None) if direction == SUBJECT else None
    every = mentions
    mentions = [m for m in mentions if m[2] is not None]  # the player suffers or gains; the object causes
    if direction != RIGHT and re.match(r"(?:nothing|nobody|no one)\b", text[start:end]) and not re.match(r"\s+to\b", text[end:]):
        met = [m for m in mentions if m[1] <= start and _MET.search(text, 0, m[0])]
        if met:
            return met[-1][2]  # "if you touch a bat, nothing happens": what was touched
    listed = [m for m in mentions if m[0] >= end and m[0] <= clause_end + 1]
    after = [m for m in listed if len(text[end:m[0]].split()) <= 8]
    if direction != RIGHT:
        # "you lose a life if a ghost touches Pac-Man": the clause after names what does it to the player
        cause = next((m for m in mentions if m[0] >= end and (
            _IF_IT.fullmatch(text, end, m[0]) and _MEETS_PLAYER.match(text, m[1]) or _IF_YOU_MEET.fullmatch(text, end, m[0]))), None)
        if cause is not None:
            return cause[2]
        # "you win a point whenever your opponent ...": a new clause starts there
        after = [m for m in after if not SUBORDINATE.search(text[end:m[0]])]
    before = [m for m in mentions if m[1] <= start]
    if direction != RIGHT and _IF_YOU.search(text, 0, start):
        return None  # "... becomes your restart point if you lose a jet": the player's own mishap, a condition
    if direction == RIGHT and re.match(r"\s*:", text[end:]) and \
            next((m[2] for m in every if m[0] >= end), False) is None:
        return None  # "when you shoot: the shots pass over the Generators ...": a clause on the player follows the colon
    if direction == RIGHT:
        return _object_owner(text, mentions, listed, after, start, end, bool(things))
    return _subject_owner(text, every, before, after, start, end, direction, clause_start)


def _object_owner(text: str, mentions: list[tuple[int, int, bool | None]], listed: list[tuple[int, int, bool | None]],
                  after: list[tuple[int, int, bool | None]], start: int, end: int, things: bool) -> bool | None:
    """The owner of a cue whose object follows it ("avoid the ghosts"): the first object named after it, or
    every member of the list it opens."""
    it = re.match(r"\s*(?:it|them)\b", text[end:])
    if it and not any(m[0] == end + it.end() - len(it.group().strip()) for m in mentions):
        return None  # "he'll need it, because ...": a pronoun for something named in another sentence
    if re.search(r"\b(?:into|in to|with|against)$", text[start:end]) and re.match(r"\s*(?:the\s+)?(?:PLAYER|you)\b", text[end:]):
        return None  # "if a goose bumps into Bailey": the cue's object is the player
    if re.match(r"\s*(?:him|her|me|us|each other|one another)\b", text[end:]):
        return None  # "crash into him and the puck comes loose": the cue's object is that person
    if text[start:end].endswith("ed") and re.search(r"\b(?:a|an|the|each|every|any)\s+$", text[:start]) and \
            not any(end < m[0] <= end + 1 for m in mentions):
        return None  # "grab a rebound off a missed shot, pick up a loose ball": the shot is what was missed
    owned = re.match(r"\s*(?:its|their|his|her)\s+(?=\w)", text[end:])
    if owned and not any(end < m[0] <= end + owned.end() for m in mentions):
        return None  # "keep clear of its path and have a disk in mind": the cue's object is the path
    pick = after[0] if after else None
    if pick and len(after) > 1 and text[pick[0]:after[1][0]].count("'s") == 1 and \
            re.fullmatch(r"(?:'s)?\s+(?:[a-z-]+\s+){0,2}", text[pick[1]:after[1][0]]) and \
            (text.endswith("'s", 0, pick[1]) or text.startswith("'s", pick[1])):
        pick = after[1]  # "never touch the Slayer's glowing spear": the spear is touched, not the Slayer
    if pick and re.fullmatch(r"\s*(?:the|a|an|some|your|any)\s+[a-z-]+\s+to\s+[a-z]+\s+(?:(?:the|a|an|your|any|one)\s+)?",
                             text[end:pick[0]]):
        return None  # "never fly into a formation to save a truck": the cue's object is the formation; the truck, its aim
    if pick and len(text[end:pick[0]].split()) >= 5 and re.match(r"\s*(?:the|a|an|some|this|that)\s+[a-z]", text[end:]) and \
            not _LIST_OPENER.fullmatch(text, end, pick[0]) and not re.search(r"[:(\u2013\u2014-]", text[end:pick[0]]):
        return None  # "catch the seed on your shovel then you can carry it": the cue's object is the seed
    # (but "crashes into the river bank, a tanker, ...": a list that opens on something no object is called)
    if pick and not things and re.search(r"[,;:]", text[end:pick[0]]) and \
            not _LIST_OPENER.fullmatch(text, end, pick[0]) and re.match(r"\s*(?:the|a|an|some|your|all)\s+\w+", text[end:]):
        return None  # "grab the loot, shake the cops": the cue's object is the loot
    # "watch out for the helicopters and ships": every member of the list after the cue
    for m in listed[listed.index(pick) + 1:] if pick else ():
        # ("pick up the glaives (max 5) & any extra life": a bracket and "&" too)
        if pick[2] or not re.fullmatch(r"(?:\s*\([^()]{0,30}\))?(?:\s+(?:in|on|at|from|near|along)\s+(?:the\s+)?[a-z]+"
                                       r"(?:\s+(?:and|or)\s+[a-z]+)?(?=\s*,))?[\s,/]*(?:(?:and|or|nor|&)\s+)?(?:the |a |an |any |all )?"
                                       r"(?:extra |bonus |spare )?", text[pick[1]:m[0]]):
            break
        pick = m
    return None if pick is None else pick[2]


def _subject_owner(text: str, every: list[tuple[int, int, bool | None]], before: list[tuple[int, int, bool | None]],
                   after: list[tuple[int, int, bool | None]], start: int, end: int, direction: str,
                   clause_start: int) -> bool | None:
    """The owner of an outcome or a harm ("is deadly", "costs a life"): the subject of its clause, or the
    object named after it where the clause has none of its own."""
    pick = None
    if not before and re.search(r"\b(?:its|their)\b", text[start:end]):
        return None  # "keep clear of its path and have a disk ready": "its" is something named before
    # "build an igloo before the temperature falls": the cue is in a new clause with its own subject
    in_clause = [m for m in before if m[0] >= clause_start and not LATER_CLAUSE.search(text[m[1]:start])]
    # "Snake, campfire, scorpion: life lost", "geese, clams and crabs ..., so treat every one as trouble"
    if not in_clause and before and (_ROW_END.fullmatch(text, before[-1][1], clause_start)
                                     or _EVERY_ONE.search(text, clause_start, start)):
        return any(m[2] for m in _listed(text, before[-1], before[:-1], _IN_ROW))
    over = re.search(r",\s*(?:the\s+|your\s+|(?:then\s+)?(?:it is|it's|that's|that is)\s+)?$", text[:start]) and \
        re.match(r"game\b", text[start:], re.IGNORECASE)  # ", the game is over", ", it is GAME OVER"
    if over and before and _FATE_OPENING.search(text, 0, before[0][0]) and not re.search(r"\b(?:you|PLAYER)\b", text[:start]):
        # "if the gopher runs off with all three carrots, the game is over": not the carrots' doing (nor a touch)
        return None
    if not in_clause and before and _CONSEQUENCE.match(text, clause_start) and imperative(text[:clause_start]):
        return any(m[2] for m in before)  # "Clip a tree or run over a mogul, and you will tumble": each of them
    if not in_clause and any(m[0] >= clause_start for m in before):
        return None
    if not in_clause and clause_start and not text[clause_start:start].strip() and re.match(
            r"\w+ing\s+(?:a|an|the|your|his|her|one|some|all|every)\b", text[start:]):
        return None  # "flying over the buildings scores nothing, and losing a ship ...": the gerund is its own subject
    if re.search(r",\s*$", text[:start]) and re.match(r"\w+ing\b", text[start:end]):
        # "it shoves him off his ice, costing a life": the participle's subject opens the clause before
        cut = text.rfind(",", clause_start, text.rfind(",", 0, start)) + 1 or clause_start
        opening = [m for m in every if cut <= m[0] < start]
        if opening:
            return opening[0][2]
    lead = text[clause_start:start]
    if direction == SUBJECT and not lead.strip(" ,;:-") and imperative(text[start:end]):
        return None  # "Land on her and she hops onto your back": an order, the player does it
    if direction == SUBJECT and re.search(r"\b(?:and|then)\s+$", lead) and (
            imperative(lead) or imperative(lead.split(",")[-1])):
        return None  # "build an igloo ... and get Bailey inside": an order to the player, who does it
    if direction == SUBJECT and re.search(r",\s*$", lead) and imperative(text[start:end]) and \
            imperative(lead.split(",")[-2].strip(" -:")):
        return None  # "fill in his holes, bop him on the head": a series of orders to the player
    if direction == SUBJECT and _ORDER_AFTER.fullmatch(lead) and imperative(text[start:end]):
        return None  # "as soon as the igloo is finished, get Bailey inside": an order to the player
    if direction == SUBJECT and re.search(r"\b(?:you|PLAYER)\s+(?:\w+\s+)?$", lead):
        return None  # "if you always attack the same way": the player does it
    if direction == SUBJECT and before and re.search(
            r",\s*(?:a|an|one|each|every)\s+(?:[\w-]+\s+){1,2}$", text[before[-1][1]:start]):
        return None  # "standing where the gopher pops up, a swing bonks him": the clause's own subject names no object
    if in_clause:
        # "while they're floating down on their balloon, will throw a stone": not the place it happens on
        movers = [m for m in _agents(text, in_clause) if not _PLACE_BEFORE.search(text, 0, m[0])]
        pick = _fronted_subject(text, in_clause, start) or (movers or _agents(text, in_clause) or [_NOBODY])[-1]
        if direction == SUBJECT and _AIMED_AT.search(text, 0, pick[0]) and _AND_VERB.fullmatch(text, pick[1], start):
            # "missiles, which they drop at the trucks and fire at you": what is aimed at is no subject
            earlier = [m for m in in_clause if m[1] <= pick[0] and not _AIMED_AT.search(text, 0, m[0])]
            pick = earlier[-1] if earlier else _NOBODY
        # "a goose that meets Bailey on the ice shoves him": the head of a relative clause is the subject
        # so is the head of "a rock thrown by a wolf hits Mama"
        # (and of "the smoke from a breaking dragon ball", but "one of those missiles" is a missile)
        head = next((m for m in in_clause[:-1] if "," not in text[m[1]:start] and (_POSTMODIFIED.match(text, m[1]) or (
            _FROM_OF.match(text, m[1]) and text[m[0]:m[1]].lower() not in PRONOUN_WORDS))), None)
        if head is None and len(in_clause) > 1 and _POSTMODIFIER.fullmatch(text, in_clause[-2][1], in_clause[-1][0]) \
                and _COPULA.match(text, in_clause[-1][1]):
            head = in_clause[-2]  # "the holes closest to the carrots are the most dangerous": the holes are
        if head is not None:
            pick = head
        elif direction == SUBJECT and re.search(r"\b(?:and|then)\s+(?:\w+\s+)?$", text[in_clause[-1][1]:start]):
            # (not "while Pierre was driving, a brick fell ... and hit him": his clause is a fronted one)
            fronted = (_TO_COMMA if _SUBORDINATOR_END.search(text, 0, clause_start) else _LEAD_CLAUSE).match(text, clause_start)
            opens = fronted.end() if fronted and fronted.end() <= in_clause[-1][0] else clause_start
            first = next(m for m in every if m[0] >= opens)  # "it bounces off the walls and heads toward
            if first[0] < in_clause[-1][0] and (re.match(r"\s*\w+s\b", text[first[1]:]) or (  # you": one subject
                    _PLACE_BEFORE.search(text, 0, in_clause[-1][0]) and _verb_next(text, first[1]))):
                return first[2]  # "king crabs move over the floes and push Bailey off": the crabs, not the floes
        # "a goose, crab, clam or the bear knocks him in": every member of a list is the subject
        if any(m[2] for m in _listed(text, pick, in_clause[:-1])):
            return True
    elif direction == SUBJECT:
        pick = None
    elif after and re.fullmatch(r"\s*(?:they|he|she)\s+(?:\w+ly\s+|also\s+|then\s+|just\s+)?", text[clause_start:start]):
        return None  # "they also damage the cities": the pronoun, named in another sentence, does it
    elif after and re.match(r"\s*,\s*(?:you|PLAYER)\b", text[end:]):
        return None  # "when a wave is wiped out, you earn a bonus for every truck": the player's clause follows
    elif after and re.search(r"\b(?:them|they)\b", text[clause_start:start]) and \
            not re.search(r"\b(?:you|PLAYER)\b", text[clause_start:start]):
        return None  # "shoot them while they're high = points + one less deathray": the points are theirs
    elif after and not _PLAYER_DOES.search(text, clause_start, start) and not (
            _OPENER.match(text, clause_start) and re.search(r",\s*(?:the |a |an |all |every )?$", text[end:after[0][0]])) \
            and not (_ANY_OPENER.match(text, clause_start) and re.fullmatch(r",(?:\s*[\w-]+){1,5}\s*", text[end:after[0][0]])):
        # not "as you score more points, the robots ...": a subordinate clause ends at the comma; nor
        # "when an elf is lost, the damaged mushrooms are restored": its loss is not the mushrooms' doing
        pick = after[0]  # not "if you crash or run out of fuel": the player's own mishap
        if _TOWARD.fullmatch(text, end, pick[0]):
            return None  # "firedrops fall steadily toward the city": where it falls, not what falls
    elif before:
        pick = _fronted_subject(text, before, start) or (_agents(text, before) or [_NOBODY])[-1]
    return None if pick is None else pick[2]


# "you lose a life | if a ghost touches Pac-Man", "... | when Pac-Man touches a ghost"
_IF = r"(?i:\s*[,:]?\s*(?:when|whenever|if|once|as soon as|each time|every time)\s*:?\s+)"
_ONE_OF = r"(?:(?:a|an|the|any|one of the|one|a single)\s+)?"
_TOUCHES = (r"(?:ever\s+|so much as\s+|even\s+|just\s+)?(?:touch(?:es)?|hits?|runs? into|bumps? into|collides? with|"
            r"comes? into contact with")
_IF_IT = re.compile(_IF + _ONE_OF)
_MEETS_PLAYER = re.compile(rf"\s+{_TOUCHES}|catch(?:es)?|reach(?:es)?|lands? on|falls? on)\s+(?:the\s+)?(?:you|PLAYER|him|her)\b")
_IF_YOU_MEET = re.compile(rf"{_IF}(?:you|(?:the\s+)?PLAYER)\s+{_TOUCHES}|crash(?:es)? into)\s+{_ONE_OF}")
_MET = re.compile(rf"{_IF}(?:you|(?:the\s+)?PLAYER)\s+{_TOUCHES}|crash(?:es)? into|(?:pass(?:es)?|fl(?:y|ies)|drives?|runs?|go(?:es)?|"
                  rf"walks?|rides?|moves?|steps?)\s+(?:over|across|through|onto|on))\s+(?:your\s+)?{_ONE_OF}$")
_TOWARD = re.compile(r"\s+(?:\w+ly\s+|in (?:\w+ ){0,2}(?:lines?|rows?|waves?|streams?|columns?|showers?)\s+)?"
                     r"(?:toward|towards|at)\s+(?:the\s+|a\s+|your\s+)?")  # "fell in long lines toward the towers"
_FRONTED_SUBJECT = re.compile(rf"{FRONTED_OPENING}$")
_POSTMODIFIED = re.compile(r"\s*(?:that|which|who)\b|\s+(?:thrown|fired|dropped|shot|launched|hurled|tossed|spat|"
                           r"rolled|sent|laid|planted)\s+(?:\w+\s+)?by\b")
_COMES_FROM = re.compile(r"\s+(?:all\s+|only\s+)?(?:comes?|came|stems?|lies|lie)\s+(?:only\s+|all\s+)?(?:from|in)\b")
_FROM_OF = re.compile(r"\s+(?:from|of)\s+(?!(?:PLAYER|you|your)\b)")  # "the smoke from a breaking dragon ball does no harm"
# "but when all three carrots are taken by the gopher, ": a fronted clause up to its subject, with its count
_FATE_OPENING = re.compile(rf"(?:^|[.;:!?])\s*(?:(?:but|and|so)\s+)?{FRONTING}\s+(?:(?:all|both|each|every)\s+(?:of\s+)?)?"
                           r"(?:(?:a|an|the|any|one of the|your)\s+)?(?:(?:two|three|four|five|six|\d+)\s+)?$")
_PASSIVE = re.compile(r"\s+(?:is|are|was|were|gets?|got|has been|have been)\s+\w+(?:ed|en)\b")


# "Pac-Man gets a bonus turn, the maze is refilled and the ghosts ...": the player's own clause, not the next object's
_PLAYER_DOES = re.compile(r"\b(?:you|PLAYER)\s+(?:(?!and\b|or\b|but\b|nor\b|to\b|with\b|from\b|than\b)\w+\s+)?"
                          r"(?:(?:a|an|the|one|another|extra|more)\s+)?$")
_IF_YOU = re.compile(r"\b(?:if|when|whenever|should|once|in case) (?:you|PLAYER) (?:\w+ly )?$")


def _fronted_subject(text: str, before: list[tuple[int, int, bool | None]],
                     start: int) -> tuple[int, int, bool | None] | None:
    """"If a tentacle reaches the treasure, you lose a turn": what befalls the player is the doing of the fronted
    clause's subject (not when that subject is acted on: "if the treasure is stolen, ...")."""
    first = before[0]
    if len(before) > 1 and first[2] is not None and _FRONTED_SUBJECT.search(text, 0, first[0]) and \
            not _PASSIVE.match(text, first[1]) and "," in text[first[1]:start] and \
            re.search(r"\b(?:you|PLAYER)\s+(?:\w+\s+){0,2}$", text[:start]):
        return first
    return None


# a table row whose value counts something else: "GAME 1: 1 player, regular gopher" (a variations table)
