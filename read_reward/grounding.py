"""Grounding: map the game's OCAtari object categories to the words its manual uses for them.

Each (category, manual term) pair is scored by MiniLM similarity of the category's name and of
OCAtari's description of it to the term, plus a bonus for shared words ("PowerPill" ~ "power
pellet"), plus the similarity of the category's name to what the manual says around the term
(the mean embedding of the sentences that mention it: "Enemy" ~ what is said of lyres). Categories are then matched one-to-one to terms (Hungarian assignment), except that a category
takes a lexicon name of its own that scores higher than its assigned term even if another category
has it too (Venture's five treasures are all "treasure"). Categories that differ only by a number or a
colour (Air Raid's Enemy25 ... Enemy100, Time Pilot's Enemy_Green ...) are told apart where the manual
does: a scoring row priced at the number names its category ("Dart: 25."), and the manual's "<colour>
<noun>" phrases name the category of that colour ("green biplane"); where it does not, they share the
term that suits them best together. A category whose best term scores under the threshold stays
unmatched (decision "unknown", reward 0).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from read_reward.embedding import DEFAULT_EMBEDDER, embed
from read_reward.cue_words import SHOT_NOUN
from read_reward.games import Category
from read_reward.key_objects import STOP, singular, tokens

THRESHOLD = 0.5
CONTEXT_WEIGHT = 0.5  # measured on manuals/labels.json: 0 -> 19/28 decisions right, 0.5 -> 23/28
LEXICON_BONUS = 1.0  # the term is one of the lexicon's names for the category
LEXICON_HEAD_BONUS = 0.5  # the term ends in one ("blue ghost" ~ ghost)
GROUP_BONUS = 0.5  # the term names a group the category is in ("enemy fire"); as much off for another's group
VARIANT_BONUS = 0.5  # the term has the colour or size that tells the category from its siblings; as much off for a sibling's
PRICE_WINDOW = 4  # words between a name and its price ("darts are worth only 25")
PRICE_PENALTY = 1.0  # the manual prices the term only at a sibling's number ("Saucer: 100" is not Enemy25)


_SHOT_NAME = re.compile(rf"\b{SHOT_NOUN}")


@dataclass(frozen=True)
class Match:
    category: str
    term: str | None
    score: float


def _words(text: str) -> set[str]:
    return {singular(w) for w in tokens(text) if w not in STOP}


def pair_scores(categories: Sequence[Category], terms: Sequence[str], sentences: Sequence[str] = (),
                model: str = DEFAULT_EMBEDDER, lexicon: dict[str, dict[str, int]] | None = None) -> np.ndarray:
    """Score matrix, one row per category and one column per term. `lexicon`: per category, the
    lexicon's names for it that the manual uses, with how often it uses them; each category's
    `groups` (lexicon) count for it where the manual uses none of its names, and against the others."""
    # OCAtari copies some docstrings between classes (MsPacman's pills are "The collectable
    # fruits"): a description shared by two categories tells them apart from nothing, so drop it.
    descs = [c.description for c in categories]
    descs = [d if descs.count(d) == 1 else "" for d in descs]
    term_emb = embed(list(terms), model)
    name_sim = embed([c.words for c in categories], model) @ term_emb.T
    desc_sim = embed([d or c.words for d, c in zip(descs, categories)], model) @ term_emb.T
    scores = np.maximum(name_sim, 0.8 * desc_sim)
    if sentences and CONTEXT_WEIGHT:
        scores += CONTEXT_WEIGHT * (embed([c.words for c in categories], model) @ _contexts(terms, sentences, model).T)
    for i, cat in enumerate(categories):
        name_words, desc_words = _words(cat.words), _words(descs[i]) - {"player", "game"}
        for j, term in enumerate(terms):
            words = _words(term)
            scores[i, j] += 0.4 * _shares(name_words, words, of=name_words) + 0.2 * _shares(desc_words, words)
            scores[i, j] += _lexicon_bonus(term, (lexicon or {}).get(cat.name, {}))
            if (lexicon or {}).get(cat.name) and not _is_lexicon_name(term, lexicon[cat.name]) and any(
                    _is_lexicon_name(term, names) for c, names in lexicon.items() if c != cat.name):
                scores[i, j] -= LEXICON_BONUS  # another object's name ("phoenix bird" is no Phoenix of the first waves)
    _most_used_first(scores, categories, terms, lexicon or {})
    _variant_scores(scores, categories, terms, sentences)
    group_of: dict[str, set[str]] = {}  # a group name -> the categories in it
    for c in categories:
        for g in c.groups:
            group_of.setdefault(_lemma_key(g), set()).add(c.name)
    for j, term in enumerate(terms):
        members = group_of.get(_lemma_key(term))
        if members:
            for i, cat in enumerate(categories):
                if cat.name in members:
                    scores[i, j] += GROUP_BONUS if not (lexicon or {}).get(cat.name) else 0.0  # a fallback name
                elif not _is_lexicon_name(term, (lexicon or {}).get(cat.name, {})):
                    scores[i, j] -= GROUP_BONUS
    return scores


def _most_used_first(scores: np.ndarray, categories: Sequence[Category], terms: Sequence[str],
                     lexicon: dict[str, dict[str, int]]) -> None:
    """A lexicon name gives way to another of the category's lexicon names that the manual uses clearly more
    often, unless that one is a group word ("treasure" for a gold bar; only the generic class name, "enemy" for
    Enemy, gives way to one) or one name holds the other (its count holds the longer name's uses): Berzerk's
    manual that says "robot" 17 times and "enemy" once calls the Enemy a robot, and one that says "glaive" 12
    times and "sword" once calls Krull's Weapon a glaive, though "enemy" and "sword" are nearer the class names.
    Then a name gives way to a longer one of its own that the manual uses repeatedly ("ice" beside five "ice
    floes")."""
    for i, cat in enumerate(categories):
        counts = {_lemma_key(n): k for n, k in lexicon.get(cat.name, {}).items()}
        own = [j for j, term in enumerate(terms) if _lemma_key(term) in counts]
        groups = {_lemma_key(g) for g in cat.groups}
        plain = {_lemma_key(cat.words), *(_lemma_key(w) for w in cat.words.split())} & groups
        for j in own:
            key = _lemma_key(terms[j])
            better = [scores[i, k] for k in own if _lemma_key(terms[k]) not in (plain if key in plain else groups)
                      and not _holds(key, _lemma_key(terms[k])) and not _holds(_lemma_key(terms[k]), key)
                      and counts[_lemma_key(terms[k])] >= max(4, 3 * counts[key])]  # clearly more, not 4 against 2
            if better:
                scores[i, j] = min(scores[i, j], max(better) - 0.01)
        for j in own:  # then a name gives way to a longer one of its own that the manual uses repeatedly
            key = _lemma_key(terms[j])
            longer = [scores[i, k] for k in own if _lemma_key(terms[k]) != key and _holds(_lemma_key(terms[k]), key)
                      and counts[_lemma_key(terms[k])] >= max(2, counts[key] / 3)]
            if longer:  # "ice" beside five "ice floes", "web" beside "web strands"
                scores[i, j] = min(scores[i, j], max(longer) - 0.01)


def _holds(longer: str, shorter: str) -> bool:
    """Is `shorter` a run of whole words of `longer` ("gorgon" in "gorgon ship")?"""
    return f" {shorter} " in f" {longer} "


def _lexicon_bonus(term: str, names: dict[str, int]) -> float:
    """A bonus for a lexicon name of the category (more for a name the manual uses often)."""
    key = _lemma_key(term)
    for name, count in names.items():
        if _lemma_key(name) == key:
            return LEXICON_BONUS + 0.05 * min(count, 10)
    head = key.rsplit(" ", 1)[-1]
    return LEXICON_HEAD_BONUS if any(_lemma_key(n) == head for n in names) else 0.0


def _is_lexicon_name(term: str, names: dict[str, int]) -> bool:
    return any(_lemma_key(n) == _lemma_key(term) for n in names)


def _lemma_key(text: str) -> str:
    return " ".join(singular(w) for w in tokens(text))


def _contexts(terms: Sequence[str], sentences: Sequence[str], model: str) -> np.ndarray:
    """Per term, the normalised mean embedding of the sentences that use all its words (0 if none)."""
    sentence_words = [{singular(w) for w in tokens(s)} for s in sentences]
    sentence_emb = embed(list(sentences), model)
    out = np.zeros((len(terms), sentence_emb.shape[1]), dtype=np.float32)
    for j, term in enumerate(terms):
        rows = [i for i, words in enumerate(sentence_words) if _words(term) <= words]
        if rows:
            mean = sentence_emb[rows].mean(0)
            out[j] = mean / np.linalg.norm(mean)
    return out


def _shares(description: set[str], words: set[str], of: set[str] | None = None) -> float:
    """Share of `of` (default: the term's words) that the description and the term have in common;
    a word also matches inside a compound or as an abbreviation ("brickwall", "sub" ~ "submarine")."""
    def same(a: str, b: str) -> bool:
        return a == b or (len(a) > 2 and min(len(a), len(b)) > 2 and (a in b or b in a))

    if of is None:
        return sum(any(same(w, d) for d in description) for w in words) / max(len(words), 1)
    return sum(any(same(w, d) for d in words) for w in of) / max(len(of), 1)


_SIZES = frozenset("small big large little".split())
_VARIANT_WORDS = frozenset("green black yellow blue orange red pink grey gray purple white brown".split()) | _SIZES
_NUMBER = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d[\d,]*")
_ROW = re.compile(r"\s*([A-Za-z][A-Za-z' -]{0,40}[A-Za-z])\s*(?:\([^)]*\))?:\s*(\d[\d,]*)\b")  # "Dart (small): 25."


def _families(categories: Sequence[Category]) -> list[list[int]]:
    """Indices of categories that differ only by a number or a colour ("Enemy25", "Enemy50"; "Enemy_Green_Shot",
    "Enemy_Blue_Shot"): variants of one object, which a manual names once."""
    keys: dict[str, list[int]] = {}
    for i, cat in enumerate(categories):
        words = [w for w in cat.words.split() if not w.isdigit() and w not in _VARIANT_WORDS]
        keys.setdefault(" ".join(words), []).append(i)
    return [members for key, members in keys.items() if key and len(members) > 1]


def _variant_scores(scores: np.ndarray, categories: Sequence[Category], terms: Sequence[str],
                    sentences: Sequence[str]) -> None:
    """Within a family of categories that differ by a colour, size or number, prefer the term that carries the
    category's own colour or size ("green biplane" for Enemy_Green), and not one priced at a sibling's number."""
    for (i, j), sign in _variant_signs(categories, terms, sentences).items():
        scores[i, j] += sign * VARIANT_BONUS
    families = [m for m in _families(categories) if any(w.isdigit() for i in m for w in categories[i].words.split())]
    prices = _prices(terms, sentences) if families else []
    for members in families:
        numbers = {w for i in members for w in categories[i].words.split() if w.isdigit()}
        for i in members:
            for j, priced in enumerate(prices):
                if {str(n) for n in priced} & numbers and not {str(n) for n in priced} & set(categories[i].words.split()):
                    scores[i, j] -= PRICE_PENALTY


def _variant_signs(categories: Sequence[Category], terms: Sequence[str],
                   sentences: Sequence[str] = ()) -> dict[tuple[int, int], int]:
    """(category, term) -> +1 where the term has the category's own colour or size, or the manual puts it before
    the term ("the green Emerald Idol"), -1 where a sibling's; a bare colour names nothing, and "green aircraft"
    (another family's word) is no Enemy_Green_Shot."""
    named = [{_lemma_key(n) for n in (*c.terms, *c.groups)} for c in categories]
    signs: dict[tuple[int, int], int] = {}
    families = _families(categories)
    in_family = {i for m in families for i in m}
    text = " ".join(sentences).lower()
    keys = {_lemma_key(t) for t in terms}
    for members in families:
        elsewhere = set().union(*(named[k] for k in range(len(categories)) if k not in members))
        marks = {i: set(categories[i].words.split()) for i in members}
        outside = {w for k, c in enumerate(categories) if k not in in_family for w in c.words.split()}
        variants = set().union(*marks.values()) & _VARIANT_WORDS - outside  # Double Dunk's Player_Big: "big" is no mark
        for j, term in enumerate(terms):
            shown = set(tokens(term)) & variants
            if not shown and variants and sentences:  # unless the manual's "green biplane" is a term itself
                shown = {c for c in re.findall(rf"\b({'|'.join(sorted(variants))})[ -]{re.escape(term.lower())}(?:e?s)?\b",
                                               text) if not any(k == f"{c} {_lemma_key(term)}" or
                                                                k.startswith(f"{c} {_lemma_key(term)} ") for k in keys)}
            rest = " ".join(w for w in tokens(_lemma_key(term)) if w not in _VARIANT_WORDS)
            if not shown or not rest:
                continue
            shot = bool(_SHOT_NAME.search(rest))
            for i in members:  # a shot's name for a shot ("orange missile", "green zaps" are no Enemy_Orange)
                same = shot == bool(_SHOT_NAME.search(categories[i].words))
                signs[i, j] = 1 if shown & marks[i] and same and (rest not in elsewhere or rest in named[i]) else -1
    return signs


def _prices(terms: Sequence[str], sentences: Sequence[str]) -> list[set[int]]:
    """Per term, the numbers the manual puts next to it: each number in a sentence goes to the nearest mention
    of a term (the one before it on a tie: "Dart .... 25", "the 100-point saucers")."""
    keys = [tuple(_lemma_key(t).split()) for t in terms]
    out: list[set[int]] = [set() for _ in terms]
    keyed = {" ".join(key): j for j, key in enumerate(keys)}
    for sentence in sentences:
        row = _ROW.match(sentence)
        if row and _lemma_key(row[1]) in keyed:  # "Scout Marauder (25-point raider): 25.": the row's name
            out[keyed[_lemma_key(row[1])]].add(int(row[2].replace(",", "")))
            continue
        words = _NUMBER.findall(sentence.lower())
        if not any(w[0].isdigit() for w in words):
            continue
        lemmas = [singular(w) for w in words]
        spots = [(k, k + len(key) - 1, j) for j, key in enumerate(keys) if key
                 for k in range(len(lemmas) - len(key) + 1) if tuple(lemmas[k:k + len(key)]) == key]
        for n, word in enumerate(words):
            if not word[0].isdigit() or not spots:
                continue
            unit = 1 if n + 1 < len(words) and words[n + 1] in ("point", "points", "pts", "pt") else 0
            after = [s for s in spots if s[0] == n + 1 + unit]  # "the 100-point saucers"
            near = [s for s in spots if abs(s[0] - n if s[0] > n else n - s[1]) <= PRICE_WINDOW]
            if after or near:  # nearest, then the one before it, then the longest ("scout saucer")
                best = min(after or near, key=lambda s: (s[0] - n if s[0] > n else n - s[1], s[0] > n, s[0] - s[1]))
                out[best[2]].add(int(word.replace(",", "")))
    return out


def _priced(categories: Sequence[Category], terms: Sequence[str], sentences: Sequence[str],
            scores: np.ndarray) -> dict[int, int]:
    """Category -> the best-scoring term the manual prices at the number in its name and at no sibling's."""
    out: dict[int, int] = {}
    prices: list[set[int]] | None = None
    rows: set[str] = set()
    for members in _families(categories):
        numbers = {int(w): i for i in members for w in categories[i].words.split() if w.isdigit()}
        if not numbers:
            continue
        if prices is None:
            prices = _prices(terms, sentences)
            rows = {_lemma_key(row[1]) for row in map(_ROW.match, sentences) if row}
        for n, i in numbers.items():
            named = [j for j, p in enumerate(prices) if p & set(numbers) == {n}]
            if named:  # a table row's name first ("Scout Marauder: 25" over "a humble 25-point scout")
                out[i] = max(named, key=lambda j: (_lemma_key(terms[j]) in rows, scores[i, j]))
    return out


def variant_terms(categories: Sequence[Category], sentences: Sequence[str], terms: Sequence[str] = ()) -> list[str]:
    """Names for the members of a family of categories: the manual's "<colour> <noun>" phrases for the colours
    that tell them apart ("green biplane"; "pink rose pearl" where "rose pearl" is one of `terms`), and the names
    of table rows priced at their numbers ("Dart: 25.")."""
    marks = {w for m in _families(categories) for i in m for w in categories[i].words.split()}
    colours, numbers = marks & (_VARIANT_WORDS - _SIZES), {w for w in marks if w.isdigit()}
    found = []
    longer = sorted({_lemma_key(t) for t in terms if " " in t.strip()}, key=len, reverse=True)
    pattern = rf"(?i:\b({'|'.join(sorted(colours))}))[ -]([A-Za-z]+(?: [A-Za-z]+){{0,2}})"
    for colour, rest in re.findall(pattern, " ".join(sentences)) if colours else ():
        titled = re.match(r"(?:[A-Z][a-z]+ ?){2,3}", rest)  # "the pink Rose Pearl": a name in capitals
        words = [singular(w) for w in rest.lower().split()]
        name = next((t for t in longer if (" ".join(words) + " ").startswith(t + " ")),
                    " ".join(words[:len(titled.group().split())]) if titled else words[0])
        colour = colour.lower()
        if name not in STOP and name not in _VARIANT_WORDS and len(name) > 2:
            found.append(f"{colour} {name}")
    for sentence in sentences if numbers else ():
        row = _ROW.match(sentence)
        if row and row[2].replace(",", "") in numbers:
            words = tokens(re.sub(r"^\s*(?:each|every|any|one|per|a|an|the)\s+", "", row[1], flags=re.IGNORECASE))
            found.append(" ".join([*words[:-1], singular(words[-1])]))
    return list(dict.fromkeys(found))


def ground(categories: Sequence[Category], terms: Sequence[str], sentences: Sequence[str] = (), *,
           threshold: float | None = None, model: str = DEFAULT_EMBEDDER,
           lexicon: dict[str, dict[str, int]] | None = None) -> list[Match]:
    """One Match per category, in the given order. `sentences` (the manual's) add context;
    `lexicon` (category -> {name the manual uses: count}) prefers the lexicon's names."""
    threshold = THRESHOLD if threshold is None else threshold
    if not categories:
        return []
    if not terms:
        return [Match(c.name, None, 0.0) for c in categories]
    scores = pair_scores(categories, terms, sentences, model, lexicon)
    signs = _variant_signs(categories, terms, sentences)  # "green biplane" is Enemy_Green's own name too
    rows, cols = linear_sum_assignment(scores, maximize=True)
    chosen = {r: c for r, c in zip(rows, cols)}
    for i, cat in enumerate(categories):  # a name the lexicon gives several categories goes to each of them
        names = (lexicon or {}).get(cat.name) or {g: 0 for g in cat.groups}  # else a group it is in ("enemy fire")
        own = [j for j, term in enumerate(terms) if _is_lexicon_name(term, names) or signs.get((i, j)) == 1]
        best = max(own, key=lambda j: (signs.get((i, j)) == 1, scores[i, j]), default=None)  # its own colour first
        if best is not None and (i not in chosen or scores[i, best] > scores[i, chosen[i]] or signs.get((i, best)) == 1):
            chosen[i] = best
    for i, j in _priced(categories, terms, sentences, scores).items():  # "Cruiser: 75 points" names Enemy75
        chosen[i] = j
        scores[i, j] = max(scores[i, j], threshold)
    for members in _families(categories):  # Air Raid's Enemy25 ... Enemy100: one kind of object, one name
        family = scores[members].mean(0)
        j = int(family.argmax())
        taken = {chosen[i] for i in chosen if i not in members}
        if family[j] >= threshold and j not in taken:
            for i in members:
                if i not in chosen or scores[i, chosen[i]] < threshold:
                    chosen[i] = j
                    scores[i, j] = max(scores[i, j], family[j])
    matches = []
    for i, cat in enumerate(categories):
        j = chosen.get(i)
        ok = j is not None and scores[i, j] >= threshold
        matches.append(Match(cat.name, terms[j] if ok else None, round(float(scores[i, j]) if ok else
                             float(scores[i].max()), 4)))
    return matches
