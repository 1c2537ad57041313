"""Read a manual into a game card: parse, key objects, QA summary, grounding, reasoning."""

from __future__ import annotations

import importlib.metadata
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

import yaml

from read_reward import __version__
from read_reward.aliases import aliases, hero_names
from read_reward.card import DECISIONS, CardObject, GameCard, QAItem
from read_reward.errors import InputError
from read_reward.verdict import is_shooter
from read_reward.evidence import gather, names_in
from read_reward.narration import in_first_person, second_person
from read_reward.name_runs import lemmas, uses
from read_reward.list_items import item_heads, list_leads
from read_reward.yours import PERSONS, without_yours
from read_reward.games import Category, Game, corpus_manuals, game_info
from read_reward.grounding import ground, variant_terms
from read_reward.key_objects import key_objects
from read_reward.manual import Manual, read_manual
from read_reward.passes import passing_fields
from read_reward.qa import GENERIC_QUESTIONS, OBJECT_LABEL, Extractor, object_question
from read_reward.reasoning import Decision, Reasoner

MAGNITUDE = 5.0  # the paper's +/-5
SURFACE = "a floor, ladder or lift: the player touches it all the time, so touching it is no event to reward"
QUESTION_OBJECTS = 12  # key objects asked about, besides the grounded ones
LABELS = {GENERIC_QUESTIONS[0]: "Goal", GENERIC_QUESTIONS[1]: "Scoring",
          GENERIC_QUESTIONS[2]: "Losing", GENERIC_QUESTIONS[3]: "Game over"}


def build_card(manual_path: str | Path, game: str, extractor: Extractor, reasoner: Reasoner, *,
               magnitude: float = MAGNITUDE, overrides: dict[str, Any] | None = None,
               previous: GameCard | None = None, progress: Callable[[str], None] | None = None) -> GameCard:
    """Build the card of `game` from its manual. `previous` carries over a user's hand edits."""
    info = game_info(game)
    if not info.touchable:
        raise InputError(f"OCAtari lists no object the player can touch in '{info.short}', so a card would "
                         "reward nothing; pick another game")
    say = progress or (lambda _msg: None)
    say("reading manual")
    manual = read_manual(manual_path, progress=progress is not None)
    corpus = [m.text for m in _corpus(exclude=info.short, sha256=manual.sha256)]
    keys = key_objects(manual.text, corpus, top=30)
    sections, sentences = zip(*manual.sentences()) if manual.sentences() else ((), ())
    told = in_first_person(sentences)  # "I lost one of my lives": the player tells it
    sentences = tuple(second_person(s) for s in sentences) if told else sentences
    used = _names_used(info, sentences)
    player = {**used.get(info.player, {}), **{n: k for c in info.categories if c.rides for n, k in used[c.name].items()}}
    riders = {c.name for c in info.categories if c.rides}
    # another object's own name ("Happy Frog"), not one cut from a longer name of its ("sub" of "enemy sub")
    taken = {n for c, names in used.items() if c != info.player and c not in riders for n in names
             if not any(m != n and uses(lemmas(m), n) for m in names)}
    player |= {n: 1 for n in [*_controlled(sentences, player), *_by_surname(sentences, player),
                              *[d for d in _defined(sentences, player) if d not in taken]] if n not in player}
    yours = _yours_in_lexicon(info)
    mine = _players_things(sentences, player) | yours
    naming = _unshared(used, info, mine, yours)
    groups = _groups_used(info, sentences)
    candidates = [k.term for k in keys] + [n for c in info.touchable for n in naming[c.name]] \
        + [g for c in info.touchable if not used[c.name] for g in groups[c.name]]
    candidates = [t for t in dict.fromkeys(candidates + variant_terms(info.touchable, sentences, candidates))
                  if lemmas(t) not in mine or any(t in naming[c.name] for c in info.touchable)]
    matches = ground(info.touchable, candidates, sentences, lexicon=naming)
    if not any(used[c.name] for c in info.touchable) and (
            any(getattr(c, "terms", ()) for c in info.touchable) or not any(m.term for m in matches)):
        looked = "; ".join(f"{c.name} ({', '.join(names(c)[:3])})" for c in info.touchable)
        raise InputError(f"{Path(manual_path).name} names none of {info.short}'s objects (looked for {looked}); "
                         f"pass the manual of {info.short}, or another --game")
    edits = _merge_edits(previous, overrides, {c.name for c in info.touchable})
    terms = {m.category: edits.get(m.category, {}).get("manual_term", m.term) for m in matches}

    asked = [k.term for k in keys[:QUESTION_OBJECTS]]
    asked += [t for t in terms.values() if t and t not in asked]
    questions = [*GENERIC_QUESTIONS, *(object_question(t) for t in asked)]
    qa, lines = [], []
    for i, question in enumerate(questions):
        say(f"question {i + 1}/{len(questions)}")
        ans = extractor.answer(question, sentences, sections)
        qa.append(QAItem(question, ans.text, ans.score, ans.source, ans.section))
        if ans.text:
            label = LABELS.get(question) or f"{OBJECT_LABEL}{asked[i - len(GENERIC_QUESTIONS)]}"
            lines.append(f"{label}: {ans.text}")
    summary = "\n".join(lines)

    shooter = is_shooter(sentences)
    tagged = [(t, second_person(s) if told else s, k) for t, s, k in manual.tagged_sentences()]
    leads, heads = list_leads(tagged), item_heads(tagged)
    surfaces = {c.name for c in info.touchable if c.surface}
    objects = []
    for match in matches:
        term = terms[match.category]
        say(f"deciding {match.category}")
        decision = None
        if term:
            own = [term, *used[match.category]]
            mine = groups[match.category]
            others = [n for c, ns in used.items() if c != match.category for n in [*ns, *([terms.get(c)] if terms.get(c) else [])]]
            others += [g for c, gs in groups.items() if c != match.category for g in gs]  # "enemy fire" is no "enemy"
            evidence = gather(sentences, own, [n for n in dict.fromkeys(others) if n not in own and n not in mine],
                              list(player), shooter, sections, mine, leads, heads)
            decision = reasoner.decide(term, summary, evidence) if match.category not in surfaces else \
                Decision("unknown", 0.5, SURFACE)
        verdict = decision.verdict if decision else "unknown"
        auto = {"manual_term": match.term, "decision": verdict, "reward": _reward(verdict, magnitude)}
        obj = CardObject(match.category, term, verdict, decision.confidence if decision else 0.0,
                         auto["reward"], match.score, False, auto, evidence=decision.evidence if decision else "",
                         **passing_fields(evidence if term else None, magnitude))
        edit = edits.get(match.category, {})
        filled = _filled_from_game(previous, match.category)
        if edit:
            obj.overridden = True
            obj.decision = edit.get("decision", obj.decision)
            obj.reward = float(edit.get("reward", _reward(obj.decision, magnitude)))
        elif filled and verdict == "unknown":  # the manual still says nothing: keep what the game showed
            obj.decision, obj.reward, obj.source = filled.decision, filled.reward, "game"
        objects.append(obj)

    return GameCard(
        game=info.short, env_id=info.env_id, manual_sha256=manual.sha256,
        models={"qa": extractor.name, "reasoner": reasoner.name, "read-reward": __version__,
                "transformers": _version("transformers"), "sentence-transformers": _version("sentence-transformers"),
                "ocatari": _version("ocatari")},
        key_objects=keys, qa=qa, summary=summary, objects=objects, player=info.player,
        unmatched=[m.category for m in matches if terms[m.category] is None],
        audit=previous.audit if previous and previous.game == info.short else None,  # the game's evidence stays
    )


def _filled_from_game(previous: GameCard | None, category: str) -> CardObject | None:
    """The previous card's object, if `read-reward audit --fill-unknown` decided it from the game."""
    for obj in previous.objects if previous else []:
        if obj.name == category and obj.source == "game":
            return obj
    return None


_SIZES = (("small", "little", "tiny"), ("big", "large", "giant", "huge"))


def names(category: Category) -> list[str]:
    """What a manual may call objects of a category: the lexicon's names (a "small demon" is a "little demon"
    too), else the category's words."""
    given = [re.sub(r"^(?:the|a|an)\s+", "", n) for n in [*getattr(category, "terms", ()), category.words]]
    sized = [f"{other} {rest}" for n in given if " " in n for size, rest in [n.split(" ", 1)]
             for group in _SIZES if size in group for other in group if other != size]
    return list(dict.fromkeys([*given, *sized]))  # "the beast" -> "beast"


def _names_used(info: Game, sentences: tuple[str, ...]) -> dict[str, dict[str, int]]:
    """Per category (the player's too), the names the manual uses for it and in how many sentences."""
    counts: dict[str, dict[str, int]] = {c.name: {} for c in info.categories}
    lexicon: dict[tuple[str, ...], set[str]] = {}
    for c in info.categories:
        for t in c.terms:
            lexicon.setdefault(lemmas(t), set()).add(c.name)
    # a class name that is another category's lexicon name is that one's: Phoenix's "Phoenix" (the first waves'
    # small birds) is the manual's "phoenix", the big bird (Bat)
    own = {c.name: [n for n in names(c) if c.name in lexicon.get(lemmas(n), {c.name})] for c in info.categories}
    every = [n for c in info.categories if not c.hud for n in own[c.name]]
    for sentence in sentences:
        raw, objects = lemmas(sentence), lemmas(without_yours(sentence))  # "your sub" is the player's
        # a name inside another object's longer name is that object's ("alien" in "command alien ship")
        found = {True: set(names_in(raw, every)), False: set(names_in(objects, every))}
        for c in info.categories:
            if c.hud:
                continue
            for name in names_in(raw if c.name == info.player else objects, own[c.name]):
                if name in found[c.name == info.player]:
                    counts[c.name][name] = counts[c.name].get(name, 0) + 1
    for category, defined in aliases(sentences, {c: list(u) for c, u in counts.items() if u}).items():
        for name, uses_ in defined.items():  # '"PP" = power pellet': the manual's own short name for it
            counts[category].setdefault(name, uses_)
    taken = {n for used in counts.values() for n in used}
    for category, used in counts.items():  # "Harry Hooligan ... Run into Harry", "Greedy Gus ... Gus": a character's own name
        # (not "Baby Kangaroo" -> "Kangaroo", the lexicon's name of the player's Mother Kangaroo)
        elsewhere = {n for c in info.categories if c.name != category for n in own[c.name]}
        for name in list(used):
            # "Meet Frosty Bailey ... Frosty hops": the other word of a proper name the bare name is part of
            fuller = [short for full in _full_names(name, sentences) if (short := _short_name(full, sentences)) not in taken]
            for short in [_short_name(name, sentences), *fuller]:
                if short and short not in used and short not in elsewhere:
                    used[short] = sum(bool(re.search(rf"\b{short.capitalize()}\b", s)) for s in sentences)
    if info.player in counts:  # "Can you help Penny?": the hero's own name is the player's
        known = [n for c in info.categories for n in (*names(c), *counts[c.name], *c.groups)]  # ("aircraft": a group)
        for name, uses_ in hero_names(sentences, known).items():
            counts[info.player].setdefault(name, uses_)
    _drop_borrowed_heads(counts, {c.name: names(c)[0] for c in info.categories if names(c)})
    return counts


def _drop_borrowed_heads(counts: dict[str, dict[str, int]], primary: dict[str, str] | None = None) -> None:
    """A one-word name of one object that is the head of another's longer name in this manual, where the first
    has a name of its own too and the longer name is used at least as often, is the other's short form:
    "laser gate ... touch a gate" is the laser gate, not the locked door that the lexicon also calls a gate.
    `primary`: each category's first lexicon name, never dropped."""
    heads = lambda used, head: [n for n in used if len(lemmas(n)) > 1 and lemmas(n)[-1:] == head]  # noqa: E731
    for category, used in counts.items():  # never the object's first lexicon name: "pit" beside "tar pit" stays the pit's
        for name in [n for n in used if " " not in n and lemmas(n) != lemmas((primary or {}).get(category, ""))]:
            head = lemmas(name)
            own = [n for n in used if lemmas(n)[-1:] != head]
            longer = sum(u[m] for c, u in counts.items() if c != category for m in heads(u, head))
            # (the other's long name at least as common as the bare one: "demon" beside a few "small demons" stays)
            if own and not heads(used, head) and longer and longer >= used[name]:
                del used[name]


def _unshared(used: dict[str, dict[str, int]], info: Game, mine: set[tuple[str, ...]],
              shots: set[tuple[str, ...]] = frozenset()) -> dict[str, dict[str, int]]:
    """The names to ground on: without a category's name that the player's own things share where the manual also
    uses a longer name of the category that ends in it (River Raid's enemy planes are "enemy jets", the player's
    plane "your jet"), or, for a name the lexicon gives the player's own sprite or shot (`shots`: "your
    torpedo"), any other name of the category (Seaquest's enemy fire is "enemy missiles", the player fires
    "torpedoes"). The evidence still reads both."""
    touchable = {c.name for c in info.touchable}

    def shared(name: str, names_here: dict[str, int]) -> bool:
        others = [o for o in names_here if o != name]
        return lemmas(name) in mine and any(o.endswith(" " + name) for o in others) or \
            lemmas(name) in shots and any(lemmas(o) not in mine for o in others)
    return {c: {n: k for n, k in names_here.items() if c not in touchable or not shared(n, names_here)}
            for c, names_here in used.items()}


def _yours_in_lexicon(info: Game) -> set[tuple[str, ...]]:
    """What the lexicon calls the player's own sprite and shot without "your" ("your torpedo" -> "torpedo")."""
    return {lemmas(re.sub(r"^(?:your|player|player's)\s+", "", n)) for c in info.categories
            if not c.touchable and not c.hud for n in c.terms if re.match(r"(?:your|player|player's)\s", n)}


def _groups_used(info: Game, sentences: tuple[str, ...]) -> dict[str, list[str]]:
    """Per category, the lexicon's names of groups it is in ("enemy aircraft") that the manual uses."""
    words = [lemmas(without_yours(s)) for s in sentences]
    return {c.name: [g for g in c.groups if any(uses(w, g) for w in words)] for c in info.categories}


def _full_names(name: str, sentences: Sequence[str]) -> list[str]:
    """The two-word proper names a one-word name is part of ("Bailey" in "Meet Frosty Bailey"), lower case."""
    if " " in name or not name.isalpha():
        return []
    word = name.capitalize()
    found = [f"{m[1]} {word}" for s in sentences for m in re.finditer(rf"\b([A-Z][a-z]+) {word}\b", s)]
    found += [f"{word} {m[1]}" for s in sentences for m in re.finditer(rf"\b{word} ([A-Z][a-z]+)\b", s)]
    return list(dict.fromkeys(f.lower() for f in found))


def _short_name(name: str, sentences: Sequence[str]) -> str | None:
    """The first or last word of a proper name the manual writes in capitals ("Harry Hooligan" -> "harry",
    "Greedy Gus" -> "gus"), if it also stands alone, capitalised inside sentences, and never in lower case
    ("Tom Tom" is no first name)."""
    words = name.split()
    if len(words) < 2 or not all(w.isalpha() for w in words) or len({w.lower() for w in words}) < len(words):
        return None
    titled = " ".join(w.capitalize() for w in words)
    if not any(titled in s or name.upper() in s for s in sentences):  # "Greedy Gus", "GREEDY GUS"
        return None
    patterns = {words[0]: rf"(?<=[a-z,;:] ){words[0].capitalize()}\b(?! {words[1].capitalize()}\b)",
                words[-1]: rf"(?<=[a-z,;:] )(?<!{words[-2].capitalize()} ){words[-1].capitalize()}\b"}
    for word, pattern in patterns.items():
        alone = sum(bool(re.search(pattern, s)) for s in sentences)
        if alone >= 2 and not any(re.search(rf"\b{word.lower()}\b", s) for s in sentences):
            return word.lower()
    return None


_CONTROLLED = re.compile(r"\b(?:player-controlled|player controlled|you (?:command|control|pilot|steer|drive|guide|fly)"
                         r"(?: (?:the|a|an|your))?(?: last| lone| only| own)?)\s+([a-z-]+\s+[a-z-]+)\b", re.IGNORECASE)


def _controlled(sentences: Sequence[str], player: dict[str, int]) -> list[str]:
    """Longer names the manual gives the player's sprite: "a player-controlled rescue submarine", "you command the
    rescue submarine", where the last word is the head of one of the player's names here ("submarine")."""
    heads = {lemmas(n)[-1] for n in player if lemmas(n)}
    found = dict.fromkeys(m[1].lower() for s in sentences for m in _CONTROLLED.finditer(s))
    return [f for f, words in ((f, lemmas(f)) for f in found) if len(words) == 2 and words[1] in heads and words[0] not in heads]


_DEFINITION = re.compile(r"[\"“]([A-Za-z][\w'-]*(?: [\w'-]+){0,2})[\"”]\s+(?:means|shall mean|refers to|denotes)\s+([^;]{0,200})",
                         re.IGNORECASE)
_HEREINAFTER = re.compile(r"\b(?:hereinafter|hereafter)\s+(?:(?:called|referred to as|known as|the)\s+)?"
                          r"[\"“]([A-Za-z][\w'-]*(?: [\w'-]+){0,2})[\"”]", re.IGNORECASE)
# "the magic wand operated by the User", "being the User's Avatar": what the person at the controls moves
_AVATAR = re.compile(r"\b(?:operated|controlled|played|steered|piloted|driven|guided|moved)\s+by\s+(?:the\s+)?"
                     r"(?P<who>user|player|you)\b|\b(?P<whose>user|player)'s\s+(?:avatar|character|sprite|piece)\b", re.IGNORECASE)
_NOUN_PHRASE_END = re.compile(r"\b(?:operated|controlled|fired|dropped|thrown|which|that|who|being|of|by|in|on|at|from|"
                              r"with|as)\b|[,(]", re.IGNORECASE)


def _defined(sentences: Sequence[str], player: dict[str, int]) -> list[str]:
    """Terms a licence-style text defines as the player's sprite ('"Sub" means the yellow submarine operated by the
    User', 'Frostbite Bailey, hereinafter "Bailey"'), and "user" itself where it is the one at the controls."""
    found: list[str] = []
    for sentence in sentences:
        for m in _DEFINITION.finditer(sentence):
            head = tuple(w for w in lemmas(_NOUN_PHRASE_END.split(m[2], maxsplit=1)[0]) if w not in ("the", "a", "an", "your"))
            avatar = _AVATAR.search(m[2])
            if avatar or any(head == lemmas(n) for n in player):  # (not "the pink female frog": another frog)
                found.append(m[1].lower())
            if avatar:
                found.append((avatar["who"] or avatar["whose"]).lower())
        for m in _HEREINAFTER.finditer(sentence):
            if any(uses(lemmas(sentence[max(0, m.start() - 60):m.start()])[-6:], n) for n in player):
                found.append(m[1].lower())
    return [f for f in dict.fromkeys(found) if f != "you"]


_RANK = re.compile(r"(?:officer|captain|sergeant|agent|detective|inspector|constable|sheriff|deputy|commander|major|"
                   r"lieutenant|colonel|general|admiral|corporal|private|professor|doctor|dr|mr|mrs|ms|miss|sir)\.?\s+"
                   r"(?P<name>[a-z][a-z'-]+)", re.IGNORECASE)


def _by_surname(sentences: Sequence[str], player: dict[str, int]) -> list[str]:
    """The player's name without its rank ("Officer Kelly" -> "Kelly") where the manual writes it so: "KELLY RUNS
    SMACK INTO HOOLIGAN" is the player's doing."""
    bare = {m["name"].lower() for n in player if (m := _RANK.fullmatch(n))}
    alone = " ".join(_RANK.sub(" ", s) for s in sentences).lower()
    return [b for b in bare if re.search(rf"(?<![\w-]){re.escape(b)}(?![\w-])", alone)]


def _players_things(sentences: Sequence[str], player_names: dict[str, int]) -> set[tuple[str, ...]]:
    """The player's names and what the manual calls "your X" ("your defender ship"), as lemmas: never
    another object's term."""
    found = {lemmas(n) for n in player_names}
    for sentence in sentences:
        for m in _YOUR_THING.finditer(sentence):
            found |= {lemmas(m.group(1)), lemmas(m.group(1).split()[0])}
    return found


_YOUR_THING = re.compile(rf"\byour\s+(?:own\s+)?((?!opponent|enemy|enemies|foe|rival|team|{PERSONS})[a-z-]+(?:\s+[a-z-]+)?)",
                         re.IGNORECASE)


def _reward(verdict: str, magnitude: float) -> float:
    return {"yes": magnitude, "no": -magnitude}.get(verdict, 0.0)


def _corpus(exclude: str, sha256: str) -> list[Manual]:
    manuals = []
    for short, path in sorted(corpus_manuals().items()):
        if short != exclude and path.is_file():
            stat = path.stat()
            m = _read_cached(str(path.resolve()), stat.st_size, stat.st_mtime_ns)
            if m.sha256 != sha256:
                manuals.append(m)
    return manuals


@lru_cache(maxsize=512)
def _read_cached(path: str, size: int, mtime_ns: int) -> Manual:
    """A corpus manual, parsed once per process while the file is unchanged."""
    return read_manual(path)


def load_overrides(path: str | Path) -> dict[str, Any]:
    """Read a YAML/JSON overrides file: {"objects": {Category: {manual_term|decision|reward: ...}}}."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"overrides file {path} not found; pass an existing YAML or JSON file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))  # YAML is a superset of JSON
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"overrides file {path} is not valid YAML/JSON ({exc.__class__.__name__}); fix it") from None
    if not isinstance(data, dict) or not isinstance(data.get("objects"), dict):
        raise InputError(f"overrides file {path} needs a top-level 'objects' mapping, "
                         "e.g. objects: {Mogul: {decision: 'no'}}")
    return data


def _merge_edits(previous: GameCard | None, overrides: dict[str, Any] | None,
                 categories: set[str]) -> dict[str, dict[str, Any]]:
    """Per-category edits: hand edits found in the previous card, then the overrides file on top."""
    edits: dict[str, dict[str, Any]] = {}
    for obj in previous.objects if previous else []:
        if obj.auto and obj.name in categories and obj.source != "game":  # filled from the game: not an edit
            changed = {k: getattr(obj, k) for k in ("manual_term", "decision", "reward")
                       if getattr(obj, k) != obj.auto.get(k)}
            if obj.overridden and not changed:  # overrides that still hold
                changed = {k: getattr(obj, k) for k in ("manual_term", "decision", "reward")}
            if changed:
                edits[obj.name] = changed
    for name, edit in (overrides or {}).get("objects", {}).items():
        if name not in categories:
            raise InputError(f"override for unknown object '{name}'; this game's objects are: "
                             f"{', '.join(sorted(categories))}")
        if not isinstance(edit, dict) or set(edit) - {"manual_term", "decision", "reward"}:
            raise InputError(f"override for '{name}' may only set manual_term, decision or reward")
        if "decision" in edit and edit["decision"] not in DECISIONS:
            raise InputError(f"override decision for '{name}' must be one of {', '.join(DECISIONS)}")
        if "reward" in edit and not isinstance(edit["reward"], (int, float)):
            raise InputError(f"override reward for '{name}' must be a number")
        edits.setdefault(name, {}).update(edit)
    return edits


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"
