"""Names a manual defines for an object itself: a glossary's abbreviation ('"PP" = power pellet / energizer'),
a second name in brackets ("the Bomb Ship (a.k.a. the Bomb Thrower)", "rocks (also called asteroids)"), after
"also known as", or a glossary entry's head glossed with a known name ("THE FLUTTERBUGS -- Boomski's alien
fighters."). A defined name of one object's known name becomes that object's name too."""

from __future__ import annotations

import re
from typing import Sequence

from read_reward.evidence import names_in
from read_reward.name_runs import lemmas

# 'PP = power pellet', '"1UP" = extra life': a short name on the left, what it stands for on the right
_EQUALS = re.compile(r"^[\W_]*[\"'“‘]?(?P<a>[A-Za-z0-9][\w'\- ]{0,24}?)[\"'”’]?\s*=\s*(?P<b>[^=<>]{2,80}?)[\s.;]*$")
_BRACKETED = re.compile(r"(?P<a>[A-Za-z][\w'\- ]{1,40}?)\s*\(\s*(?:a\.?k\.?a\.?|also (?:called|known as)|called|"
                        r"nicknamed)\s+(?P<b>[^()]{2,40}?)\s*\)", re.IGNORECASE)
_KNOWN_AS = re.compile(r"(?P<a>[A-Za-z][\w'\- ]{1,40}?),?\s+(?:also known as|a\.k\.a\.?|better known as)\s+"
                       r"(?P<b>[A-Za-z][\w'\- ]{1,40}?)(?=[,.;:)!]|$)", re.IGNORECASE)
# "THE FLUTTERBUGS -- Boomski's alien fighters.": a glossary entry's head, glossed by a short phrase with a known name in it
_GLOSSED = re.compile(r"^\s*(?:THE\s+)?(?P<a>[A-Z][A-Z'\- ]{2,30}[A-Z])\s*(?:--|—|–|:)\s*(?:[\w'-]+(?:'s|’s)\s+)?"
                      r"(?P<b>[A-Za-z][\w'\- ]{1,40}?)[\s.!]*$")
# "opp / CPU / the bot / the other guy: the opponent boxer.": a glossary entry's head of several names for one thing
_SLASHED = re.compile(r"^[\W_]*(?P<a>[^/:.;!?]{1,30}(?:\s+/\s+[^/:.;!?]{1,30})+?)\s*(?::|--|—|–)\s*(?P<b>[^.;:!?]{2,80})")
# a re-release's or translation's own name: 'this edition calls them SEA WOLVES', 'we call him GREEDY GUS', 'a
# cannon, called the STINGER in this edition', 'call this pest simply "the gopher"', 'these are called killer sharks;'
_CALLED = re.compile(
    r"\bcall(?:s|ed)?\s+(?:(?:him|her|it|them|these|those|this|that)(?:\s+[a-z]+)?\s+)?(?:simply\s+|just\s+)?"
    r"(?:(?:the|a|an)\s+)?(?P<y>\"[A-Za-z][^\"]{1,40}\"|[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+){0,3}\b)"
    r"|\b(?:is|are)\s+called\s+(?:(?:the|a|an)\s+)?(?P<z>[a-z][a-z'\-]+(?:\s+[a-z][a-z'\-]+){0,2})(?=\s*[;,.:)]|$)")
_PRONOUN = re.compile(r"\bcall(?:s|ed)?\s+(?:him|her|it|them|these|those)\b"
                      r"|\b(?:these|those|they|it|he|she)\s+(?:is|are)\s+called\b")
_ARTICLE = re.compile(r"^(?:the|a|an|your|our)\s+", re.IGNORECASE)
MAX_WORDS = 4
_OUTCOME = re.compile(r"\b(?:lost|loses?|gain(?:s|ed)?|wins?|won|di(?:es|ed)|destroyed|killed|ends?|over|scores?|scored)\b",
                      re.IGNORECASE)  # what happens, not what a thing is
_NOT_A_NAME = re.compile(r"\d\s|^\d+$|\b(?:points?|pts|score|bonus)\b", re.IGNORECASE)  # "Bat = 50 points": a price


def _bare(text: str) -> str:
    return _ARTICLE.sub("", re.sub(r"[\"'“”‘’]", "", text).strip(" -–—:*.,;!?")).strip()


def defined_pairs(sentence: str) -> list[tuple[str, str]]:
    """(name, other name) pairs a sentence defines as names of one thing, each as written, articles off."""
    pairs = []  # (new name, known name, either way)
    match = _EQUALS.match(sentence)
    if match:  # the defined name is the left one: "Fruit = bonus" makes no name of "bonus"
        pairs += [(match["a"], part, False) for part in re.split(r"\s*(?:/|,|\bor\b)\s*", match["b"])]
    for pattern in (_BRACKETED, _KNOWN_AS):
        for m in pattern.finditer(sentence):
            words = re.findall(r"[\w'-]+", m["a"])
            pairs.append((" ".join(words[-MAX_WORDS:]), m["b"], True))  # "-- THE BOMB SHIP (a.k.a. ..." -> its last words
    slashed = _SLASHED.match(sentence)
    if slashed and not _OUTCOME.search(slashed["b"]):  # not "Timer runs out / Harry escapes: Kop lost": a table's row
        names = [n for n in re.split(r"\s+/\s+", slashed["a"]) if n.strip()]
        gloss = re.split(r"(?:^|\s+)(?:of|with|that|who|which|where|when|from|in|on|at|for|to)\b",
                         _ARTICLE.sub("", slashed["b"].strip()))[0].split()[:MAX_WORDS]
        said = [" ".join(gloss[i:j]) for i in range(len(gloss)) for j in range(i + 1, len(gloss) + 1)]
        pairs += [(a, b, False) for a in names for b in [*names, *said] if a != b]
    glossed = _GLOSSED.match(sentence)
    # any known name in the gloss ("alien" in "alien fighters") will do: the head is that object (not a field
    # label such as "COLLISION WITH PLAYER: Winky dies.")
    if glossed and not re.search(r"\b(?:WITH|AGAINST|BETWEEN|WHEN|IF|ON|INTO)\b", glossed["a"]):
        words = re.split(r"(?:^|\s+)(?:of|with|that|who|which|where|when|from|in|on|at|for|to)\b",
                         _ARTICLE.sub("", glossed["b"].strip()))[0].split()
        spans = [(i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
        pairs += [(glossed["a"], " ".join(words[i:j]), False) for i, j in spans
                  if len(words) <= MAX_WORDS and not re.search(r"['’]s?$", words[j - 1])]  # not "the Qotile's wall"
    out = []
    for a, b, both in pairs:
        a, b = _bare(a), _bare(b)
        if a and b and a.lower() != b.lower() and len(a.split()) <= MAX_WORDS and len(b.split()) <= MAX_WORDS:
            out += [(a, b), (b, a)] if both else [(a, b)]
    return out


def called(sentence: str) -> list[str]:
    """The names a sentence says something is called ('this edition calls them SEA WOLVES'), articles off."""
    found = [m["y"] or m["z"] for m in _CALLED.finditer(sentence)]
    return [_bare(n) for n in found if sum(c.isalpha() for c in n) >= 2 and len(n.split()) <= MAX_WORDS]


def _renamed(sentence: str, previous: str, known: Sequence[str]) -> list[tuple[str, str]]:
    """(name, known name) pairs where a sentence gives something a name of its own: two names it is called by
    ("these are called killer sharks; this edition calls them SEA WOLVES"), or one, of the one known object the
    sentence names ("the trapped divers -- Kessler's calls them AQUANAUTS") or, called "him"/"it"/"them", the one
    the sentence before names or calls ("... simply "the gopher." Here we call him GREEDY GUS.")."""
    names = called(sentence)
    if len(names) >= 2:
        return [(a, b) for a in names for b in names if a != b]
    if not names:
        return []
    rest = _CALLED.sub(" ", sentence)  # not "house" inside "we call him ICE HOUSE HARRY"
    named = names_in(lemmas(rest), known)
    if not named and _PRONOUN.search(sentence):
        named = called(previous) or names_in(lemmas(previous), known)
    return [(names[0], old) for old in named] if len(named) == 1 else []


def aliases(sentences: Sequence[str], known: dict[str, Sequence[str]]) -> dict[str, dict[str, int]]:
    """Per category of `known` (category -> names it already has in this manual): the new names the manual
    defines for exactly one of them, with the number of sentences that use each."""
    every = {lemmas(n): c for c, names in known.items() for n in names}
    all_known = [n for names in known.values() for n in names]
    found: dict[str, dict[str, int]] = {}
    for k, sentence in enumerate(sentences):
        renamed = _renamed(sentence, sentences[k - 1] if k else "", all_known)
        pairs = [(new, every.get(lemmas(old))) for new, old in [*defined_pairs(sentence), *renamed]]
        for new, owner in pairs:
            if owner is None or lemmas(new) in every or not re.search(r"[A-Za-z]", new) or _NOT_A_NAME.search(new) or \
                    len({o for n, o in pairs if n == new and o is not None}) > 1:  # a gloss naming two objects: neither's
                continue
            found.setdefault(owner, {})[new.lower()] = 0
    taken = [n for names in found.values() for n in names]
    for names in found.values():
        for name in [n for n in names if taken.count(n) > 1]:  # defined for two objects: no one's
            del names[name]
        for name in names:
            names[name] = sum(bool(names_in(lemmas(s), [name])) for s in sentences)
    return {c: names for c, names in found.items() if names}


# "Can you help Penny?", "you play Zack", "our hero, Pierre": the proper name of the one the player steers
_HERO = re.compile(r"\b(?:[Hh]elp|[Gg]uide|you (?:are|play(?: as)?|control|become|guide|steer)|(?:[Oo]ur|[Yy]our) hero,?)\s+"
                   r"(?P<name>[A-Z][a-z]{2,})\b(?!\s+[A-Z])")


# "The player commands a lone space cruiser", "you pilot a small jet": what the player steers
_STEERED = re.compile(r"\b(?:you|the player)\s+(?:command|commands|control|controls|pilot|pilots|steer|steers|fly|flies|"
                      r"drive|drives)\s+(?:a|an|the|your|his|her)\s+(?:(?:lone|single|little|small|brave|tiny|trusty|"
                      r"mighty)\s+)?(?P<name>[a-z]+(?:\s+[a-z]+)?)\b")
_NO_SPRITE = re.compile(r"(?:joystick|controller|button|knob|direction|speed|game|screen|action|movement|difficulty|"
                        r"ship's|team|player)s?\b")
# what a player steers is a vehicle ("a lone space cruiser"), not "the defenses of the city"
_VEHICLE = re.compile(r"(?:.* )?(?:ship|spaceship|starship|cruiser|fighter|jet|plane|sub|submarine|tank|car|truck|boat|raft|"
                      r"helicopter|chopper|craft|rocket|saucer|bike|buggy|racer|starfighter|gunship|hovercraft)")


def hero_names(sentences: Sequence[str], known: Sequence[str]) -> dict[str, int]:
    """Names the manual gives the player's character: a proper name ("Can you help Penny?") never written in
    lower case, or what the player steers ("the player commands a lone space cruiser"); used in three
    sentences at least and naming no known object nor the head of one ("paddle" beside "computer's paddle");
    with its sentence count."""
    text = " ".join(sentences)
    taken = {lemmas(n) for n in known}
    found: dict[str, int] = {}
    proper = {m["name"] for s in sentences for m in _HERO.finditer(s)}
    steered = {m["name"] for s in sentences for m in _STEERED.finditer(s.lower())}
    for name in proper | steered:
        if name in proper and re.search(rf"\b{name.lower()}\b", text) or lemmas(name) in taken or _NO_SPRITE.match(name) \
                or name not in proper and not _VEHICLE.fullmatch(name):
            continue
        if name in steered and " " in name and lemmas(name.split()[-1]) not in taken:
            name = name.split()[-1]  # "space cruiser": the cruiser, named alone too
        uses_ = sum(bool(names_in(lemmas(s), [name])) for s in sentences)
        if uses_ >= 3 and lemmas(name) not in taken and not any(t[-1:] == lemmas(name)[-1:] for t in taken):
            found[name.lower()] = uses_
    return found

