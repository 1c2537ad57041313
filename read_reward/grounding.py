"""Grounding: map the game's OCAtari object categories to the words its manual uses for them.

Each (category, manual term) pair is scored by MiniLM similarity of the category's name and of
OCAtari's description of it to the term, plus a bonus for shared words ("PowerPill" ~ "power
pellet"), plus the similarity of the category's name to what the manual says around the term
(the mean embedding of the sentences that mention it: "Enemy" ~ what is said of lyres). Categories are then matched one-to-one to terms (Hungarian assignment), except that a category
takes a lexicon name of its own that scores higher than its assigned term even if another category
has it too (Venture's five treasures are all "treasure"), and categories that differ only by a number
or a colour (Air Raid's Enemy25 ... Enemy100) share the term that suits them best together; a category
whose best term scores under the threshold stays unmatched (decision "unknown", reward 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from read_reward.embedding import DEFAULT_EMBEDDER, embed
from read_reward.games import Category
from read_reward.key_objects import STOP, singular, tokens

THRESHOLD = 0.5
CONTEXT_WEIGHT = 0.5  # measured on manuals/labels.json: 0 -> 19/28 decisions right, 0.5 -> 23/28
LEXICON_BONUS = 1.0  # the term is one of the lexicon's names for the category
LEXICON_HEAD_BONUS = 0.5  # the term ends in one ("blue ghost" ~ ghost)
GROUP_BONUS = 0.5  # the term names a group the category is in ("enemy fire"); as much off for another's group


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


_VARIANT_WORDS = frozenset("green black yellow blue orange red pink grey gray purple white brown small big large "
                           "little".split())


def _families(categories: Sequence[Category]) -> list[list[int]]:
    """Indices of categories that differ only by a number or a colour ("Enemy25", "Enemy50"; "Enemy_Green_Shot",
    "Enemy_Blue_Shot"): variants of one object, which a manual names once."""
    keys: dict[str, list[int]] = {}
    for i, cat in enumerate(categories):
        words = [w for w in cat.words.split() if not w.isdigit() and w not in _VARIANT_WORDS]
        keys.setdefault(" ".join(words), []).append(i)
    return [members for key, members in keys.items() if key and len(members) > 1]


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
    rows, cols = linear_sum_assignment(scores, maximize=True)
    chosen = {r: c for r, c in zip(rows, cols)}
    for i, cat in enumerate(categories):  # a name the lexicon gives several categories goes to each of them
        names = (lexicon or {}).get(cat.name) or {g: 0 for g in cat.groups}  # else a group it is in ("enemy fire")
        own = [j for j, term in enumerate(terms) if _is_lexicon_name(term, names)]
        best = max(own, key=lambda j: scores[i, j], default=None)
        if best is not None and (i not in chosen or scores[i, best] > scores[i, chosen[i]]):
            chosen[i] = best
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
