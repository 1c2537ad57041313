"""Which object a pronoun in a sentence stands for ("hit it back", "its touch", "stop them").

A pronoun is the object last named before it, with English's preferences: not a thing it is compared with
("just like a red ball, it ..."), not what the player carries ("while carrying a key ... it swings open"), a plural
for "they" ("the raiders' bombs ... stop them"), the one that moves rather than the place it moves on ("crawls up
and down the web ..., and its touch"), a fronted clause's subject ("should a tentacle reach the treasure, it
grabs ..."), and a whole list or either member of an "or" ("knives, red balls and dragon fire ... their way").
"""

from __future__ import annotations

import re

from read_reward.clause_words import FRONTED_OPENING, PRONOUN
from read_reward.cue_owner import KNOCKED_OFF
from read_reward.hand_off import FAMILY
from read_reward.name_runs import word_lemma

# a clause fronted by a subordinator, its subject (at "at"), then the comma before "it"
_FRONTED = re.compile(rf"{FRONTED_OPENING}(?P<at>)[^,.;:!?]*,\s*$")
_HELD = re.compile(r"\b(?:while|when|if|as long as)\s+(?:(?:you|PLAYER|he|she)(?:'re|'s| are| is)?\s+)?"
                   r"(?:carrying|holding|having|with)\s+(?:a |an |the |your |his |her |one |some )?$")  # what is carried
_PLACE = re.compile(r"\b(?:along|on|onto|across|over|under|in|into|through|near|beside|behind|from|off|up|down|around|"
                    r"round|about|inside|within|among|past)\s+(?:the\s+|a\s+|an\s+)?$")  # a place named after a preposition
_OR_LISTED = re.compile(r"\s*,?\s*or\s+(?:the |a |an |any |some )?")  # between the two members of an "or"
_LISTED = re.compile(r"\s*,?\s*(?:(?:and|or|nor)\s+)?(?:the |a |an |\w+ )?")  # between two members of a list
_RELATIVE_OBJECT = re.compile(r"\s+(?:that|which|who)\s+(?:\w+\s+){1,3}")
_SUBJECT_BEFORE = re.compile(r"\s+(?:\w+\s+){0,3}?to\s+(?:\w+\s+)?")  # "the shark (more time) to get them"
# "the shark takes it": the object of a verb is not that verb's subject (which would be "itself")
_ITS_VERB = re.compile(r"\s+(?!(?:is|was|has|does|as|this|his|its|us|thus|plus|yes|unless|always|perhaps|less|needed|used|called|named)\s)"
                       r"\w+(?:s|ed)\s+$")
_EVERY = re.compile(r"\b(?:every|each|any|whatever|whichever)\s+(?:[\w-]+\s+)?$")
# "a shot that hits a raider destroys it", "colliding with a bat destroys it": the name is no subject
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:\w+\s+){1,3}$|\b(?:with|into|onto|of|on|at|to|from|by|for|in|over|"
                              r"against|under|through)\s+(?:the |a |an |your |his |her |its |their |one |each |every |any )?$")
_COMPARED = re.compile(r"\b(?:like|unlike|than|as|except|besides)\s+(?:a|an|the|any|every)?\s*$")


def plural(name: str) -> bool:
    """Is a mention a plural noun ("monkeys", not "it", "glass" or "octopus")?"""
    last = (name.split() or [name])[-1].replace("’", "'")
    return last.endswith("s") and not last.endswith("'s") and word_lemma(last) != last


_KIN = {word: head for head, words in FAMILY.items() for word in words}  # "its" -> "it", "them" -> "they"
_DUMMY_IT = re.compile(r"(?:'s|\s+is|\s+was|\s+will be)\s+(?:(?:also|always|often|usually|quite|very|perfectly|then|now)\s+)?"
                       r"(?:safe|easy|hard|best|better|wise|fine|ok|okay|possible|impossible|important|smart|tempting|"
                       r"worth it)\b(?=[^.;:!?]*?\bto\s+\w)")


def resolve_pronouns(text: str, mentions: list[tuple[int, int, bool | None]], said_you: set[int],
                     only_target: bool) -> list[tuple[int, int, bool | None]]:
    """`mentions` (sorted (start, end, own) spans of the target, True, other objects, False, and the player,
    None) with each pronoun of `text` added as a mention of what it stands for. `said_you`: where the manual
    itself says "you" (never an antecedent); `only_target`: the target is the one object named."""
    mentions = list(mentions)
    outside: set[str] = set()  # pronouns said before anything is named: something named in another sentence
    for m in PRONOUN.finditer(text):  # not a thing it is compared with ("just like a red ball, it ...")
        kin = _KIN.get(m.group(), m.group())
        if m.group() == "it" and _DUMMY_IT.match(text, m.end()):
            continue  # "it's safe - and profitable - to bump into them": "it" stands for nothing
        if not any(x[1] <= m.start() and x[2] is not None for x in mentions) and len(text[:m.start()].split()) <= 2:
            outside.add(kin)  # ("Whether it's ...", "It ...": not "catch the seed as it falls", after a noun)
        last = [x for x in mentions if x[1] <= m.start() and not _COMPARED.search(text, 0, x[0])
                # "whether it's flying or in the Slayer's grip, it kills you": still that thing, not the Slayer
                and not (kin in outside and (text.startswith("'s", x[1]) or text.endswith("'s", 0, x[1])))
                and x[0] not in said_you  # "it" or "them" is never the manual's "you"
                and not (m.group() == "it" and plural(text[x[0]:x[1]]))]  # "if the monkeys are quiet, ring it"
        # "walk into the door while carrying a key and it swings open": what is carried is no antecedent
        last = [x for x in last if not _HELD.search(text, 0, x[0])] or last
        things = list(dict.fromkeys(x for x in last if x[2] is not None))
        if m.group() in ("they", "them") and any(plural(text[x[0]:x[1]]) for x in things):
            # "the raiders' bombs will batter the city, so stop them": a plural, not the singular named last
            # (unless it ends a list with plurals: "knives, red balls and dragon fire ... them")
            while len(things) > 1 and not plural(text[things[-1][0]:things[-1][1]]) and not _LISTED.fullmatch(
                    text[things[-2][1]:things[-1][0]]):
                last = [x for x in last if x != things[-1]]
                things = things[:-1]
        elif m.group() in ("they", "them") and things and re.search(r"\b(?:a|an)\s+$", text[:things[-1][0]]):
            continue  # "the short spell after a power pellet, when they turn blue": not the one pellet
        elif m.group() in ("they", "them") and things and re.search(r"\b(?:the|your)\s+$", text[:things[-1][0]]) and \
                _SUBJECT_BEFORE.fullmatch(text, things[-1][1], m.start()):
            continue  # "that gives the shark more time to get them": not "the shark", the subject of its own verb
        if m.group() in ("it", "they") and things and re.fullmatch(r"\s+", text[things[-1][1]:m.start()]) and \
                _EVERY.search(text, 0, things[-1][0]):
            last = [x for x in last if x[0] < things[-1][0]]  # "every mushroom it runs into": a relative clause's subject
            things = things[:-1]
            if not [x for x in last if x[2] is not None]:
                mentions.append((m.start(), m.end(), False))  # something named before this sentence, not the noun
                continue
        if m.group() in ("it", "them") and things and things[-1][2] is not None and \
                _ITS_VERB.fullmatch(text, things[-1][1], m.start()) and not _RELATIVE_BEFORE.search(text, 0, things[-1][0]):
            last = [x for x in last if x[0] < things[-1][0]]
            things = things[:-1]
        moving = [x for x in things if not _PLACE.search(text, 0, x[0])]
        if moving and _PLACE.search(text, 0, things[-1][0]) and (
                m.group() in ("it", "its") and not plural(text[moving[-1][0]:moving[-1][1]])
                or m.group() in ("they", "them") and not plural(text[things[-1][0]:things[-1][1]])
                and any(plural(text[x[0]:x[1]]) for x in moving)):
            # "king crabs scuttle along the ice, and they ...", "the spider crawls up and down the web ..., and its
            # touch is fatal": the one that moves, not the place it moves on
            last = [x for x in last if x[2] is None or not _PLACE.search(text, 0, x[0])]
        if last and m.group() != "they" and _RELATIVE_OBJECT.fullmatch(text, last[-1][1], m.start()):
            last = [x for x in last if x[0] < last[-1][0]]  # "any police car that runs over it": not the car
        fronted = _FRONTED.search(text, 0, m.start()) if m.group() in ("it", "they") and not re.match(
            r"\s+(?:is|are|was|were|gets?|will be)\b", text[m.end():]) else None  # "..., it is destroyed": the one touched
        if fronted:  # "should a tentacle reach the treasure, it grabs ...": the subordinate clause's subject
            subject = [x for x in last if x[0] == fronted.start("at") and x[2] is not None]
            last = subject or last
        if m.group() in ("its", "their", "one"):  # "hunting for PLAYER, and its touch": the player is "you"
            last = [x for x in last if x[2] is not None]
            if not last and only_target and not all(KNOCKED_OFF.search(text, 0, x[0]) for x in mentions if x[2]):
                # "if you bump into one, ... the cars": the only object named (not "off his floe": where he falls from)
                mentions.append((m.start(), m.end(), True))
                continue
        if last:
            own = last[-1][2]
            # "knives, red balls and air balls ... get out of their way": the whole list; "any money bag or
            # suitcase ... pick it up": "it" is either member of an "or"
            listed = _LISTED if m.group() not in ("it", "its", "one") else _OR_LISTED
            group = [last[-1]]
            for x in reversed(last[:-1]):
                if x[2] is None or not listed.fullmatch(text[x[1]:group[-1][0]]):
                    break
                group.append(x)
            own = True if any(x[2] for x in group) else own
            mentions.append((m.start(), m.end(), own))
    mentions.sort(key=lambda m: m[:2])
    return mentions
