"""A manual's words as noun lemmas, and where a text uses an object's names ("the alligator's back" is the
alligator's; "crocodile-head" is the crocodile head)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from lemminflect import getAllLemmas

from read_reward.key_objects import singular

WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")  # a word, numbers and inner hyphens/apostrophes kept

_CONTRACTED = frozenset("it's that's there's here's he's she's what's who's where's let's one's".split())
_CLITIC = re.compile(r"^(he|she|they|it)(?:'ll|'re|'ve|'d)$|^(he|she)'s$")  # "they'll shove you": they


def word_lemma(word: str) -> str:
    """A lower-case word's noun lemma, a possessive read as its noun ("the alligator's back": alligator)."""
    word = _CLITIC.sub(lambda m: m.group(1) or m.group(2), word.replace("’", "'"))
    if word.endswith("'s") and len(word) > 4 and word not in _CONTRACTED:
        word = word[:-2]
    return singular(word)


class Lemmas(tuple):
    """A text's noun lemmas, remembering before which of them punctuation stood (a name never spans it)."""
    breaks: frozenset[int] = frozenset()


_BREAK = re.compile(r"[,;:.!?()]")


@lru_cache(maxsize=8192)
def lemmas(text: str) -> tuple[str, ...]:
    low = text.lower()
    found = list(WORD.finditer(low))
    out = Lemmas(word_lemma(m.group()) for m in found)
    out.breaks = frozenset(i for i in range(1, len(found)) if _BREAK.search(low, found[i - 1].end(), found[i].start()))
    return out


def compound(word: str) -> tuple[str, ...]:
    """A hyphenated noun as the words of a name ("crocodile-head", "ice-floes": ice floe); () for a plain word or a
    hyphenated adjective ("two-headed")."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return ()
    pos = getAllLemmas(parts[-1])
    return (*parts[:-1], word_lemma(parts[-1])) if not pos or "NOUN" in pos or singular(parts[-1]) != parts[-1] else ()


_COLOURS = frozenset("red orange yellow green blue purple pink white black brown grey gray violet cyan magenta".split())


def _among_colours(lemmas: Sequence[str], i: int) -> bool:
    """Is the word at `i` a colour in a run of colours ("red, pink, light blue, orange": no orange there)?"""
    if lemmas[i] not in _COLOURS:
        return False
    near = [lemmas[j] if 0 <= j < len(lemmas) else "" for j in (i - 2, i - 1, i + 1, i + 2)]
    joins = ("and", "or", "light", "dark")  # "blue and orange", "light blue, orange"
    return near[1] in _COLOURS or near[2] in _COLOURS or (near[1] in joins and near[0] in _COLOURS) or (
        near[2] in joins and near[3] in _COLOURS)


def runs(text_lemmas: Sequence[str], names: Sequence[str]) -> list[tuple[int, int]]:
    """The (start, end) word spans where a text (as noun lemmas) uses one of the names; a hyphenated word is
    one of its names only as a whole ("crocodile-head" is the crocodile head, not the crocodile)."""
    breaks = getattr(text_lemmas, "breaks", frozenset())  # "craters, eruptions" is no "crater eruption"
    return [(i, i + len(want)) for n in names if (want := lemmas(n))
            for i in range(len(text_lemmas) - len(want) + 1) if tuple(text_lemmas[i:i + len(want)]) == want
            and not any(i < b < i + len(want) for b in breaks) and not (len(want) == 1 and _among_colours(text_lemmas, i))] + \
        [(i, i + 1) for n in names if len(want := lemmas(n)) > 1
         for i, word in enumerate(text_lemmas) if "-" in word and compound(word) == want]


def uses(text_lemmas: Sequence[str], name: str) -> bool:
    """Does a text (as noun lemmas) contain the name (as a run of noun lemmas)?"""
    return bool(runs(text_lemmas, [name]))


def masked(text_lemmas: Sequence[str], names: Sequence[str]) -> Lemmas:
    """The text's lemmas with every use of a name blanked ("enemy fire" leaves no "enemy")."""
    out = list(text_lemmas)
    breaks = getattr(text_lemmas, "breaks", frozenset())
    for want in sorted({lemmas(n) for n in names} - {()}, key=len, reverse=True):  # "snow goose" before "goose"
        for i in range(len(out) - len(want) + 1):
            if tuple(out[i:i + len(want)]) == want and not any(i < b < i + len(want) for b in breaks):
                out[i:i + len(want)] = [""] * len(want)
    result = Lemmas(out)
    result.breaks = breaks
    return result


def alone(words: Sequence[str], name: str) -> bool:
    """Does the name stand in the (masked) text as itself, not as a word before another object's
    masked name ("an enemy satellite" is the satellite)?"""
    want = lemmas(name)
    return any(tuple(words[i:i + len(want)]) == want and (i + len(want) == len(words) or words[i + len(want)])
               for i in range(len(words) - len(want) + 1))


def first_use(text_lemmas: Sequence[str], names: Sequence[str]) -> int:
    """Where the text first uses one of the names (its length if it uses none)."""
    return min((i for i, _ in runs(text_lemmas, names)), default=len(text_lemmas))


def _lemmas(text: str) -> list[tuple[str, int, int]]:
    return [(word_lemma(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]


def name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
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
            if lemmas[i:i + n] == want and not (n == 1 and (_after_modal(lemmas, i) or _passive(text, words, i)
                                                             or _among_colours(lemmas, i))) and not (
                    n > 1 and re.search(r"[,;:.!?()]", text[words[i][2]:words[i + n - 1][1]])):  # not "craters, eruptions"
                out.append((words[i][1], words[i + n - 1][2]))
        if n > 1:  # "crocodile-head": the crocodile head
            out += [(start, end) for word, start, end in words if "-" in word and list(compound(word)) == want]
    return list(dict.fromkeys(out))  # a name given twice ("carrot", "carrot") is one mention


_PASSIVE_LEAD = re.compile(r"(?:when|whenever|if|once|unless|until|after|before|is|are|was|were|be|been|being|get|gets|got|getting)")
_PARTICIPLE = re.compile(r"shot|hit|struck|caught|bitten|eaten|blown|thrown|beaten|taken|\w+ed")


def _passive(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """Is the word at `i` a participle after a subordinator or be/get ("an owl scores when shot": no shot there)?"""
    j = i - 1
    if j >= 0 and _ADVERB.fullmatch(words[j][0]):
        j -= 1
    return (j >= 0 and bool(_PASSIVE_LEAD.fullmatch(text[words[j][1]:words[j][2]]))
            and bool(_PARTICIPLE.fullmatch(text[words[i][1]:words[i][2]])))


_MODAL = re.compile(r"(?:can|could|will|would|shall|should|may|might|must|cannot|can't|won't|wouldn't|couldn't|"
                    r"shouldn't|mustn't|\w+'ll|\w+'d)")
_ADVERB = re.compile(r"\w+ly|just|also|then|still|even|only|never|always|not|safely|easily")


def _after_modal(lemmas: list[str], i: int) -> bool:
    """Is the word at `i` a verb after a modal ("your Yar can simply fly up": no fly there)?"""
    j = i - 1
    if j >= 0 and _ADVERB.fullmatch(lemmas[j]):
        j -= 1
    return j >= 0 and bool(_MODAL.fullmatch(lemmas[j]))
