"""Key objects: the game's things, ranked by TF-IDF of the manual against the corpus of all manuals.

Candidates are the words and two-word phrases that a manual uses like nouns: the word (or phrase)
comes right after a determiner ("the", "a", "each", "your", ...) or after "and"/"or" following one.
TF-IDF against the other manuals then pushes down words every manual shares ("game", "joystick").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Sequence

from lemminflect import getAllLemmas, getLemma
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from read_reward.card import KeyObject

DETERMINERS = frozenset(
    "a an the each every any your his her its their our my this that these those another other "
    "some all both no two three four five six seven eight nine ten several many few".split())
# Words a manual uses after a determiner that are not things on the screen.
NOT_OBJECTS = frozenset(
    "way time times end start beginning number left right top bottom side sides middle center "
    "same first second third last next one ones kind kinds type types lot rest more most less "
    "only use game games play player players screen joystick controller button buttons switch "
    "switches difficulty variation variations version mode modes round rounds level levels "
    "point points score scores number numbers total goal object objective direction directions "
    "move moves moment chance fun action speed amount part parts set sets new own whole "
    "instant trick tricks hint hints key keys thing things course place places area areas "
    "reset select console cartridge television tv button color colors".split())
# The furniture of instruction booklets: makers, hardware, warranty and legal text. Never game objects.
BOILERPLATE = frozenset(
    "atari activision imagic parker coleco mattel sears tele-games telegames intellivision vcs cx "
    "video computer system systems cartridge cartridges console consoles controller controllers "
    "paddle-controller joystick-controller keyboard television tv set sets antenna channel "
    "warranty warranties warrant guarantee consumer purchaser purchase purchased dealer retailer "
    "repair repairs service servicing defect defects defective material materials workmanship "
    "replacement refund receipt proof postage shipping address zip state states law laws rights "
    "liability damage damages accident misuse neglect modification date dates period days months "
    "applicable implied merchantability fitness particular purpose jurisdiction inc corporation "
    "company co ltd trademark trademarks copyright copyrights registered manual manuals booklet "
    "instructions instruction program programs printed usa u.s.a page pages figure figures diagram "
    "illustration customer customers dept department hotline phone telephone call "
    "interference reception fcc equipment switch switches plug adapter care "
    "moisture sunlight cleaner edition version catalog catalogue number".split())
STOP = frozenset(ENGLISH_STOP_WORDS) | DETERMINERS
WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """The noun lemma of a lower-case word: "trees" -> "tree", "mazes" -> "maze", "geese" -> "goose"."""
    if len(word) < 3 or not word.isalpha():
        return word
    return getLemma(word, upos="NOUN")[0].lower()


def tokens(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def _content(word: str) -> bool:
    return (word not in STOP and word not in NOT_OBJECTS and word not in BOILERPLATE and len(word) > 2
            and "'" not in word and singular(word) not in BOILERPLATE)


def candidates(text: str) -> Counter:
    """Noun-like terms (singular unigrams and bigrams) with how often they follow a determiner.

    A plural word that opens a sentence ("Clams drift by.") counts too. A bigram needs a second
    word that is a candidate on its own ("power pellet", not "ball bounces").
    """
    found: Counter = Counter()
    for sentence in re.split(r"[.!?;:()\n]+", text):
        words = tokens(sentence) + [""]
        # armed: after a determiner, after "and"/"or" that follows a found noun, or a plural opener
        armed = words[0].endswith("s") and not words[0].endswith("ss")
        i = 0
        while i < len(words) - 1:
            word, nxt = words[i], words[i + 1]
            if armed and _content(word):
                found[singular(word)] += 1
                if _content(nxt):
                    found[f"{word} {singular(nxt)}"] += 1
                    i += 1
                armed = words[i + 1] in ("and", "or")
                i += 1 + armed
                continue
            armed = word in DETERMINERS
            i += 1
    return _nouns_only(found)


def _nouns_only(found: Counter) -> Counter:
    """Keep bigrams whose second word is a noun candidate; drop words used only as modifiers."""
    out = Counter({t: n for t, n in found.items() if " " not in t or singular(t.split()[1]) in found})
    for word in [t for t in out if " " not in t]:
        as_modifier = sum(n for t, n in out.items() if t.startswith(word + " "))
        if as_modifier >= 0.8 * found[word] > 0:
            del out[word]
    return out


def analyzer(text: str) -> list[str]:
    """Singular unigrams and bigrams, the same forms `candidates` produces."""
    words = [w for w in tokens(text)]
    grams = [singular(w) for w in words]
    grams += [f"{a} {singular(b)}" for a, b in zip(words, words[1:])]
    return grams


def key_objects(text: str, corpus: Iterable[str], top: int = 20) -> list[KeyObject]:
    """The `top` candidate terms of `text`, scored by TF-IDF against `corpus` (the other manuals)."""
    counts = candidates(text)
    seen = Counter(singular(w) for w in tokens(text))
    # a bigram must recur, or it is usually a noun followed by a verb ("ball bounces"); a word seen
    # once that no English dictionary knows is usually a misreading ("aligciee" in an OCR'd manual)
    vocab = sorted(t for t, n in counts.items() if (n >= 2 if " " in t else seen[t] >= 2 or getAllLemmas(t)))
    if not vocab:
        return []
    docs: Sequence[str] = [text, *corpus]
    tfidf = TfidfVectorizer(analyzer=analyzer, vocabulary=vocab, sublinear_tf=True, norm="l2")
    row = tfidf.fit_transform(docs)[0].toarray()[0]
    ranked = sorted(zip(vocab, row), key=lambda kv: (-kv[1], kv[0]))
    return [KeyObject(term, round(float(score), 4)) for term, score in ranked[:top] if score > 0]

