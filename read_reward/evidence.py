"""Evidence: every place a manual speaks of one object, under any of its names.

An object's names are the manual term it was grounded to and the lexicon's words for its category
that the manual uses. A mention is a sentence with one of those names, or the sentence right after
one that names no object but refers back to it ("Watch out for crabs. If one touches you, ...").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from lemminflect import getAllLemmas

from read_reward.entries import (FIELD, NUMBERED_ROW, NUMBERING, RUN_IN, RUN_IN_SPAN, bare_name, entry_of, subjectless,
                                  titled)
from read_reward.hand_off import COUNTER, FAMILY, apposed, brings_in_another, elsewhere, handed_on, names_player_last
from read_reward.key_objects import singular
from read_reward.name_runs import alone, first_use, lemmas, masked, uses
from read_reward.yours import without_yours

REFERS_BACK = frozenset("it its they them their these those this one ones such he she".split())
_DETERMINERS = frozenset("this these those one ones such".split())  # "this one", but also "one extra life"
# never a determiner's noun ("every one you can": "you" is no noun of "one")
_NOT_NOUNS = frozenset("just only simply now again too first more also still even then you he she it they we that which who".split())
# "DOT: 10 POINTS.", "Enemy sub ... 20 points", "Blue ghost - 200, 400, 800" (the parser's table rows)
ROW_SEPARATOR = r":|\.{2,}|\s[-–—]\s|\s{2,}"  # between a row's name and its value
# OCR of a row: leader dots read as "eee" or "ooo", a stray capitalised scrap before the number ("ghost: Be 40")
_OCR_LEADER = r"\s(?:e{3,}|o{3,}|c{3,})\s"
_OCR_SCRAP = r"(?:(?-i:[A-Z][a-z]{0,2})\s+){0,2}"
_TABLE_ROW = re.compile(rf"^[^.!?]{{1,60}}?(?:{ROW_SEPARATOR}|{_OCR_LEADER})\s*{_OCR_SCRAP}(?:\d[\d,]*|one|two|five|ten|fifty|"
                        r"hundred|thousand)\b[^!?]{0,60}$|"
                        r"^[^.!?:]{1,60}:\s*(?:[a-z]+\s+){0,3}(?:points?|pts|bonus)\b[^!?]{0,40}$",  # "HEAD: more points."
                        re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    sentence: str
    kind: str  # "table" (a scoring-table row) or "text"
    carried: bool  # names no object: it follows a sentence about this one and refers back to it
    section: str = ""  # the title of the manual section it is in
    about: tuple[str, ...] = ()  # the name it uses, when that is a class the object belongs to ("monsters")


@dataclass
class Evidence:
    """What the reasoner gets about one object besides the summary."""

    names: tuple[str, ...]  # the object's names in this manual, the grounded term first
    mentions: list[Mention] = field(default_factory=list)
    others: tuple[str, ...] = ()  # names of the game's other objects
    player: tuple[str, ...] = ()  # names of the player's own sprite
    shooter: bool = False  # the manual arms the player (`verdict.is_shooter`)

    def lines(self) -> list[str]:
        return [m.sentence for m in self.mentions]


# an order with no object, right after a sentence about one: "Duck and dodge!", "Watch out!", "Careful, careful!"
BARE_AVOID = re.compile(r"\s*(?:(?:duck|dodge|swerve|hide|flee|look out|watch out|beware|careful|steer clear|keep clear|"
                        r"stay clear|keep away|stay away|keep your distance)(?:\s*,\s*|\s+and\s+|\s+)?)+(?:now)?[\s.!]*",
                        re.IGNORECASE)


# "your sub", "your own torpedoes": the player's own things, never another object (but "your opponent" is)
def refers_back(words: Sequence[str]) -> list[int]:
    """Where the words stand for something named before: "it", "they"; "this" or "one" only when no
    noun or adjective follows ("one is worth 50", not "one extra life")."""
    out = []
    # "It's easy to misjudge, and it costs you a turn": an "it" that opens on a judgement is no object
    expletive = bool(words) and (words[0] == "it's" or words[:2] in (("it", "is"), ("it", "was"))) and "to" in words[1:5]
    for i, word in enumerate(words):
        if word not in REFERS_BACK or expletive and word == "it":
            continue
        if word in _DETERMINERS and i + 1 < len(words) and words[i + 1] not in _NOT_NOUNS:  # "catches one just by"
            pos = getAllLemmas(words[i + 1])
            if pos and not {"VERB", "AUX"} & set(pos) and {"NOUN", "ADJ"} & set(pos):
                continue
        out.append(i)
    return out



def names_in(text_lemmas: Sequence[str], names: Sequence[str]) -> list[str]:
    """The names the text uses, longest first; a name inside a longer one it uses is left out."""
    distinct = {lemmas(n): n for n in sorted(set(names), reverse=True)}.values()  # "knife thrower(s)": one name
    found = [n for n in sorted(distinct, key=lambda n: (-len(lemmas(n)), n)) if uses(text_lemmas, n)]
    return [n for n in found if not any(lemmas(n) != lemmas(m) and uses(lemmas(m), n) for m in found)]


def gather(sentences: Sequence[str], names: Sequence[str], others: Sequence[str] = (),
           player: Sequence[str] = (), shooter: bool = False, sections: Sequence[str] = (),
           groups: Sequence[str] = (), leads: Sequence[str] = (), heads: Sequence[str] = ()) -> Evidence:
    """The mentions of the object called `names` among the manual's `sentences` (in reading order),
    then the sentences about the classes it is in: those the manual puts it in ("goblins ... are among
    the monsters") and the `groups` the lexicon names ("if an enemy aircraft collides with you").
    `leads` (see `list_leads`): a list item that names the object is read with its lead, as the list says;
    `heads` (see `item_heads`): an item under a label that names only the object is about it."""
    mentions: list[Mention] = []
    previous = it_elsewhere = they_elsewhere = False
    led_by_player = False  # the last sentence about the object starts with the player ("Pierre earns ...")
    player_last = False  # ... names the player after the object
    led_by_other = False  # ... names another object before it
    opened_on = ""  # ... opens on a pronoun for something else
    entry = False  # the last sentence opened on the object's name, as an entry of a list does ("3.2 GOBLIN ...")
    titles = list(sections) or [""] * len(sentences)
    sizes = Counter(titles)  # sentences per section: a short one titled with a name is an entry about it
    last_title = titles[0] if titles else ""
    things = [o for o in others if o not in player]  # "Bailey catches one just by touching it": the player is no rival
    # "if a flying duck reaches the gun? It eats ...": a name inside another object's longer name hands "it" on
    longer = [o for o in things if any(lemmas(o) != lemmas(n) and uses(lemmas(o), n) for n in names)]
    run_in = 0  # sentences left under a run-in head that names the object ("RATTLESNAKES. Coiled up ...")
    listed = ""  # the lead of the list an item of which named the object ("... your child will meet:")
    labelled = False  # the sentence before is a label in capitals for another object
    asked = False  # the sentence before is a question about the object alone ("What happens if a flea lands on you?")
    gendered = False  # the sentence before was carried by "he" or "she"
    leads, heads = ([*given, *[""] * (len(sentences) - len(given))] for given in (leads, heads))
    for sentence, title, list_lead, item_head in zip(sentences, titles, leads, heads):
        if _PRONOUN_LEAD.match(list_lead):
            list_lead = ""  # "They swim over the rows of floes:" over "They push Bailey from his floe": theirs, not the floes'
        words = lemmas(without_yours(sentence))
        if len(words) <= 3 and sentence.rstrip().endswith("!") and not BARE_AVOID.fullmatch(sentence) and \
                not refers_back(words) and \
                first_use(words, [*names, *others]) == len(words) and title == last_title:
            continue  # "Sh-sh-sh!", "Zoom! Zoom!": a cry between two sentences about the object keeps them together
        kind = "table" if _TABLE_ROW.match(sentence.strip()) else "text"
        if title != last_title:
            previous, last_title, run_in, entry = False, title, 0, False  # "TREASURES. Collect these ...": a new subject
        head = RUN_IN.match(sentence)
        if any(uses(words, n) for n in names) and not _anothers_row(sentence, names, things):
            mentions.append(Mention(f"{list_lead} {sentence}" if list_lead else sentence, kind, False, title))
            listed = list_lead
            gendered = False
            anothers_head = False  # "8d CLAMS - Clams drift among the floes too. They ...": the clams
            if head:  # a head of its own opens the entry; a mention inside the entry keeps it open
                own_head = masked(lemmas(head.group("head")), things)  # not "THE KNIFE THROWERS." for the knife
                run_in = RUN_IN_SPAN if any(uses(own_head, n) for n in names) else 0
                said = lemmas(head.group("head"))
                anothers_head = not any(uses(said, n) for n in names) and first_use(said, things) < len(said)
            elif bare_name(words, names):
                run_in = RUN_IN_SPAN  # "The Tom Toms. Half your size. They roll in low ...": a head of its own
            # "you kick a pest away, and a coin slides out. Grab it ...": "it" is the last object named
            previous = not handed_on(sentence, names, things) and not brings_in_another(sentence, names) and not (
                labelled and first_use(words, names) > 0) and not (  # "THE BONUS COIN. Rolls out after ...": the coin's
                longer and not any(uses(masked(words, longer), n) for n in names)) and not anothers_head  # (nor its name inside "flying duck")
            labelled = False
            asked = sentence.rstrip().endswith("?") and first_use(words, things) == len(words)
            it_elsewhere, they_elsewhere = elsewhere(sentence, names, others)
            # "When Mother Kangaroo reaches her joey ...": the player leads it, after a subordinator
            lead = 1 if words and words[0] in ("when", "if", "once", "after", "as", "while") else 0
            led_by_player = any(first_use(words, [p]) <= lead for p in player)
            player_last = names_player_last(sentence, words, names, player)
            led_by_other = first_use(words, things) < first_use(words, names)
            # "They shoot at the trucks. They'll shoot at you too.": "they" again is whoever opened the sentence
            at = first_use(words, names)
            opened_on = words[0] if words and words[0] in FAMILY and 0 < at < len(words) and \
                not apposed(sentence, at) else ""
            # (a mention inside the entry that names nothing else keeps it open: "The team calls them "the snakes".")
            opening = NUMBERING.sub("", sentence, count=1)  # (not "Qotile's alter ego.": another's entry, his in name)
            entry = first_use(lemmas(opening), names) == 0 and not re.match(r"[^\s']+(?: [^\s']+)?'s\b", opening.strip()) or (
                entry and first_use(words, things) == len(words))
            continue
        # a label in capitals that names another object ("THE BONUS COIN."): the subject of what follows
        labelled = sentence.isupper() and len(words) <= 5 and first_use(words, things) < len(words)
        if listed and not list_lead and _WHOLE_LIST.match(sentence) and first_use(words, things) == len(words):
            listed = ""  # "* Bricks ... * Birds ... Any of these that reaches Pierre costs him": every item of the list
            mentions.append(Mention(sentence, kind, True, title))
            continue
        listed = listed if list_lead == listed else ""
        if item_head and first_use(words, things) == len(words):
            label = lemmas(without_yours(item_head))
            if any(uses(label, n) for n in names) and first_use(masked(label, names), things) == len(label):
                mentions.append(Mention(sentence, kind, True, title))  # "BANDIT BOMBER (small)" / "-> nail one ..."
                continue
        refs = [words[i] for i in refers_back(words) if i < 6]
        if run_in and not head and (first_use(words, things) == len(words) or subjectless(sentence)) and not (
                words[:1] == ("you",) or any(first_use(words, [p]) == (words[:1] == ("the",)) for p in player)) and not (
                gendered and refs[:1] in (["it"], ["its"])):  # "THE DUCK. ... the seed she drops. Catch it": the seed
            # not "Bailey must never miss his landing ...": the player's own mishap
            run_in -= 1  # "Touch a rattler and you lose a life.": still the entry's
            mentions.append(Mention(sentence, kind, True, title))
            gendered = gendered or any(r in _PERSONAL for r in refs)
            continue
        run_in = 0
        entry_titled = entry_of(title, sizes, names[:1], things)
        if entry_titled and first_use(words, things) == len(words) and not (
                words[:1] == ("you",) or any(first_use(words, [p]) == (words[:1] == ("the",)) for p in player)):
            mentions.append(Mention(sentence, kind, True, title))  # "Looks like: a long bug ..." under "Scorpion"
            continue
        field = FIELD.match(sentence)  # its label names no other object ("Movement: between Winky and the treasure")
        own_field = bool(field) and first_use(label := lemmas(field.group()), things) == len(label)
        if entry and own_field and not re.match(r"\s*you\b", sentence[field.end():], re.IGNORECASE):
            # (not "Cheerful ding: You scored a crossing.": the player's own doing, whatever the label)
            mentions.append(Mention(sentence, kind, True, title))  # "COLLISION WITH PLAYER: deadly." under its entry
            continue
        entry = entry and not field and first_use(words, things) == len(words)  # "If Winky hangs around ...": still its
        back = [i for i in refers_back(words) if i < 6] or _this_kind(words, [*names, *others, *player]) \
            or ([0] if BARE_AVOID.fullmatch(sentence) else [])  # "Their blue zaps come fast. Duck and dodge!"
        if (led_by_player or led_by_other) and back and words[back[0]] in ("he", "she"):
            back = []  # "He loses merit points ...": the player again, not the object; "The gopher ... looking for
            # a carrot to grab. When he shows his head ...": the gopher, named first, not the object
        elif player_last and back:  # "If a ghost touches Ms. Pac-Man, she loses a life. She begins with ...": the
            back = [i for i in back if words[i] not in _PERSONAL]  # player again (but "He cannot walk through it")
        if opened_on and back and words[back[0]] in FAMILY[opened_on] or sentence.lstrip()[:1] in "\"“":
            back = []  # (nor does a quote that opens: '"They'll come at you in waves," the Major said.')
        if back and COUNTER.match(" ".join(words[back[0]:back[0] + 4])):
            back = []  # "If it reaches zero, Mother runs out of time": a count (the bonus timer), not the object
        if it_elsewhere and back and words[back[0]] == "it":
            back = []  # "Above the pits hangs a vine. Catch it ...": the vine
        if they_elsewhere and back and words[back[0]] in ("they", "them", "their"):
            back = []  # "Touch a pulsar and the aliens change colour. While they are changed ...": the aliens
        if back and 0 < back[0] and words[back[0] - 1] in _SUBORDINATORS and any(
                first_use(words, [p]) < back[0] for p in player):
            back = []  # "A Yar is lost when it is touched by ...": the player, the subject before it
        if asked and first_use(words, things) == len(words) and not sentence.rstrip().endswith("?"):
            asked = False  # "What happens if a flea falls on your wand? The wand is lost.": the answer is about it
            mentions.append(Mention(sentence, kind, True, title))
            continue
        asked = False
        if previous and NOTHING_CAME.fullmatch(sentence):
            mentions.append(Mention(sentence, kind, True, title))  # "Run into their big guy. Nothing.": what came of it
            previous = False
            continue
        if previous and back and back[0] < first_use(words, things) and not NUMBERED_ROW.match(sentence) and not (
                entry_of(title, sizes, things) and not titled(title, names)) and not (  # (under "Chicken", "one" is a chicken)
                gendered and words[back[0]] in ("it", "its")):  # "She drops a seed. Catch it ...": the seed
            # "Jump up and ring it to make fruit appear."
            mentions.append(Mention(sentence, kind, True, title))
            gendered = any(words[i] in _PERSONAL for i in back)
            # "None of them bites, but they are pushy. If one of them runs into Bailey ...": still them
            previous = first_use(words, things) == len(words)
            continue
        previous = False
    own = {m.sentence for m in mentions}
    known = [*names, *others, *player]
    taken = {lemmas(k) for k in known}
    found = classes_of(names, sentences, known)
    groups = [g for g in groups if lemmas(g) not in taken and g not in found]
    last: tuple[str, ...] = ()  # the classes the sentence before was about, in this section
    last_title = ""
    for sentence, title in zip(sentences, titles):
        words = masked(lemmas(without_yours(sentence)), others)
        about = [c for c in names_in(words, [*found, *groups]) if alone(words, c) and not _said_of_another(words, c)]
        if sentence not in own and about:
            mentions.append(Mention(sentence, "text", False, title, tuple(about)))
        elif sentence not in own and last and title == last_title and first_use(words, [*names, *things]) == len(words) and \
                not entry_of(title, sizes, things) and \
                [words[i] for i in refers_back(words) if i < 6][:1] in (["they"], ["them"], ["their"], ["one"]):
            # "... the river fills with creatures. None of them bites, but if one bumps into you ...": still them
            mentions.append(Mention(sentence, "text", True, title, last))
        last, last_title = (tuple(about) if about and sentence not in own else ()), title
    return Evidence(tuple(names), mentions, tuple(others), tuple(player), shooter)


def _said_of_another(words: Sequence[str], group: str) -> bool:
    """Is the class said of another object named before it ("the little fish are the one creature you want to
    meet": the fish, not every creature)? `words`: lemmas with the other objects masked ("")."""
    want = lemmas(group)
    for i in range(len(words) - len(want) + 1):
        if tuple(words[i:i + len(want)]) != want:
            continue
        j = i - 1
        while j > 0 and words[j] in ("one", "only", "single", "the", "a", "an"):
            j -= 1
        if j > 0 and words[j] in ("is", "are", "was", "were") and "" in words[:j]:
            return True
    return False


NOTHING_CAME = re.compile(r"\W*nothing(?: at all| happens| whatsoever)?[.!]*\s*", re.IGNORECASE)
_CELL = re.compile(r"\s*\|\|?\s*")


def _anothers_row(sentence: str, names: Sequence[str], others: Sequence[str]) -> bool:
    """Is the sentence a table row of cells ("| Beast || Fortress || Costs a life", "Beast: Fortress; Costs a
    life.") whose first cell names another object and not this one (named in a later cell, such as where it is
    found)?"""
    cells = _CELL.split(sentence.strip().strip("|").strip())
    if len(cells) < 3:  # a row as the layout gives it: "Beast: Fortress; Costs a life."
        cells = re.split(r"\s*(?::\s|;)\s*", sentence.strip()) if re.match(r"[^:;.]{1,40}:\s", sentence) else cells
        if len(cells) < 3 or len(cells[0].split()) > 4 or any(re.match(r"[-+]?\s*\d", c) for c in cells):
            return False  # (not a scoring chart's two columns read across: "Money bag: 2000; Fall into a hole; -100")
    first = lemmas(cells[0])
    return not any(uses(first, n) for n in names) and any(uses(first, o) for o in others)


_WHOLE_LIST = re.compile(r"\s*(?:(?:any|all|each|every one|none|either|both)\s+(?:\w+\s+)?of\s+(?:these|those|them)|all (?:of )?these|"
                         r"these|such things)\b(?!\s+(?:is|are|was|were)\s+(?:the\s+)?only\b)", re.I)
_PERSONAL = ("he", "she", "him", "her", "his", "hers")
_SUBORDINATORS = frozenset("when if once whenever while as until unless because before after".split())
_PRONOUN_LEAD = re.compile(r"\s*(?:they|it|he|she)\b", re.IGNORECASE)  # a lead about something named before it
def _this_kind(words: Sequence[str], known: Sequence[str]) -> list[int]:
    """Where "these" or "those" opens on a noun no object is called by ("These fellows never attack"):
    a name for what the last sentence named."""
    for i, word in enumerate(words[:6]):
        if word in ("these", "those") and i + 1 < len(words):
            noun = words[i + 1]
            if noun not in _NOT_CLASSES and "NOUN" in getAllLemmas(noun) and \
                    not any(lemmas(k)[:1] == (noun,) for k in known):
                return [i]
    return []


_DET = r"(?:the|your|a|an|all|some|many|several|these|those|his|her|their)"
_MEMBER_OF = (  # "X and Y are among the monsters", "X is a deadly enemy", "monsters such as X"
    re.compile(rf"\bare\s+(?:all\s+|among\s+|some\s+of\s+|just\s+|also\s+|only\s+)?(?:{_DET}\s+)?(?:[a-z-]+\s+)?"
               r"(?P<cls>[a-z]+s)\b"),
    re.compile(r"\bis\s+(?:also\s+|just\s+)?(?:a|an|one of the|another)\s+(?:[a-z-]+\s+)?(?P<cls>[a-z]+)\b"),
)
_CLASS_OF = re.compile(r"\b(?P<cls>[a-z]+s)\s*,?\s+(?:such as|like|including|for example|e\.g\.)\s")
_NOT_CLASSES = frozenset("one way thing part kind type lot game player you it that this there here same "
                         "only first last next other more most point bonus score life time end place spot idea "
                         "problem matter bit piece help must start".split())  # "a room of doors is a dead end"


def _starts_name(low: str, at: int, known: Sequence[str]) -> bool:
    """Does a longer known name start at `at` ("is a caught road runner": "road" is the player's name)?"""
    return any(" " in k and low.startswith(k.lower(), at) for k in known)


def classes_of(names: Sequence[str], sentences: Sequence[str], known: Sequence[str]) -> list[str]:
    """The classes a manual puts the object in: "X, Y and Z are among the monsters", "monsters such
    as X and Y", "X is a deadly enemy". A class is a plural-able noun the manual uses again, that is
    not itself the whole name of an object it knows."""
    found: list[str] = []
    for sentence in sentences:
        low = sentence.lower()
        words = lemmas(low)
        if not any(uses(words, n) for n in names):
            continue
        for pattern in _MEMBER_OF:
            for m in pattern.finditer(low):
                if any(uses(lemmas(low[:m.start()]), n) for n in names) and not _starts_name(low, m.start("cls"), known):
                    found.append(m.group("cls"))
        for m in _CLASS_OF.finditer(low):
            if any(uses(lemmas(low[m.end():]), n) for n in names):
                found.append(m.group("cls"))
    out = []
    for cls in dict.fromkeys(singular(c) for c in found):
        if (cls in _NOT_CLASSES or len(cls) < 3 or "NOUN" not in getAllLemmas(cls) or set(getAllLemmas(cls)) & {"ADJ", "ADV"}
                or any(lemmas(k) == lemmas(cls) for k in known)  # "monster" stays a class beside "two-headed monster"
                or sum(uses(lemmas(s), cls) for s in sentences) < 2):
            continue
        out.append(cls)
    return out
