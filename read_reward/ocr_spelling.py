"""OCR'd text put right. `mend_ocr_marks`: stray marks inside a line. `correct_ocr_words`: a word
seen once in a scanned manual and in no dictionary becomes the one candidate that undoes a letter-shape
confusion ("urider" -> "under"), splits off a short word ("fortwo" -> "for two"), is the manual's own
word ("denions" -> "demons", seen twice or more) or a common English word ("perore" -> "before")
within one edit (two from six letters on), when one candidate clearly leads. Capitalised words,
words the manual repeats and hyphen pieces stay as they are: that is where a game's own names live."""

from __future__ import annotations

import importlib.resources
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from lemminflect import getAllLemmas

from read_reward.furniture import ENGLISH

COMMON = 1_000_000  # a dictionary word seen this often (symspellpy's counts) may replace a misreading
LEAD = 5  # ... if it is seen this many times more than the next candidate
# Tesseract's usual confusions of letter shapes: what it read -> what was printed
CONFUSIONS = (("rn", "m"), ("ri", "n"), ("ni", "m"), ("in", "m"), ("li", "h"), ("cl", "d"), ("vv", "w"), ("ii", "u"),
              ("ii", "n"), ("c", "e"), ("e", "c"), ("l", "i"), ("i", "l"), ("h", "b"), ("b", "h"), ("f", "t"))
# words OCR most often runs into their neighbour ("fortwo", "withthe", "picka")
SHORT_WORDS = frozenset("a an the in on at of to if is it for with and or as by".split())
_TOKEN = re.compile(r"[A-Za-z]+")
_MISREAD = re.compile(r"(?<![\w'’-])[a-z]{4,}(?![\w'’-])")


@lru_cache(maxsize=1)
def _dictionary() -> tuple[dict[str, int], object]:
    """symspellpy's English word counts, and a SymSpell index of the common ones."""
    from symspellpy import SymSpell

    path = importlib.resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
    counts = {word: int(n) for word, n in (line.split() for line in path.read_text(encoding="utf-8").splitlines())}
    index = SymSpell(max_dictionary_edit_distance=2)
    for word, n in counts.items():
        if n >= COMMON:
            index.create_dictionary_entry(word, n)
    return counts, index


def _limit(word: str) -> int:
    return 1 if len(word) < 6 else 2


def _known(word: str, seen: Counter[str]) -> bool:
    return _dictionary()[0].get(word, 0) >= COMMON or seen[word] >= 2


def _unconfused(word: str, seen: Counter[str]) -> str | None:
    """The one known word that undoing one of Tesseract's shape confusions gives ("urider" -> "under")."""
    found = {word[:i] + printed + word[i + len(read):]
             for read, printed in CONFUSIONS for i in range(len(word)) if word.startswith(read, i)}
    known = [w for w in found if _known(w, seen)]
    return known[0] if len(known) == 1 else None


def _english(word: str, seen: Counter[str]) -> bool:
    return word in SHORT_WORDS or seen[word] >= 2 or (_known(word, seen) and bool(getAllLemmas(word)))


def _unjoined(word: str, seen: Counter[str]) -> str | None:
    """A short word run into its neighbour ("fortwo" -> "for two"), when only one split works."""
    splits = [f"{head} {tail}" for head, tail in ((word[:i], word[i:]) for i in range(1, len(word)))
              if (head in SHORT_WORDS or tail in SHORT_WORDS) and _english(head, seen) and _english(tail, seen)]
    return splits[0] if len(splits) == 1 else None


def _from_manual(word: str, seen: Counter[str]) -> str | None:
    from symspellpy.editdistance import DistanceAlgorithm, EditDistance

    distance = EditDistance(DistanceAlgorithm.DAMERAU_OSA)
    near = [(d, -n, other) for other, n in seen.items()
            if n >= 2 and len(other) >= 4 and abs(len(other) - len(word)) <= _limit(word)
            and 0 <= (d := distance.compare(word, other, _limit(word)))]
    near.sort()
    if near and (len(near) == 1 or near[0][:2] != near[1][:2]):
        return near[0][2]
    return None


def _from_dictionary(word: str) -> str | None:
    from symspellpy import Verbosity

    found = _dictionary()[1].lookup(word, Verbosity.CLOSEST, max_edit_distance=_limit(word))
    if found and (len(found) == 1 or found[0].count >= LEAD * found[1].count):
        return found[0].term
    return None


def correct_ocr_words(pages: dict[int, str]) -> dict[int, str]:
    """The OCR text of each page with its one-off misreadings replaced (see the module's doc)."""
    if not pages:  # a PDF with a text layer: no dictionary to load
        return {}
    counts = _dictionary()[0]
    seen = Counter(w.lower() for text in pages.values() for w in _TOKEN.findall(text))

    def fix(match: re.Match[str], text: str) -> str:
        word = match.group()
        if seen[word] != 1 or word in counts or getAllLemmas(word):
            return word
        if re.search(r"-\s*$", text[max(0, match.start() - 4):match.start()]):  # "aster-\noids": a piece
            return word
        return (_unconfused(word, seen) or _unjoined(word, seen) or _from_manual(word, seen)
                or _from_dictionary(word) or word)

    return {page: _MISREAD.sub(lambda m, t=text: fix(m, t), text) for page, text in pages.items()}


_ABBREVIATIONS = frozenset("e g i etc vs no nos fig figs approx pts pt min sec mr mrs dr st inc co ltd pp vol ca".split())
_STRAY_STOP = re.compile(r"\b([A-Za-z]+)\.\s*(?=[a-z])")
_GLUED_QUOTE = re.compile(r"(?<=[a-z]{2})['’`](?=(?:the|a|an|and|of|to|in|on|at|it)\b)")
_FUNCTION = r"(?:the|a|an|and|of|to|in|on|at|it|is|about)"
_QUOTE_BEFORE = re.compile(rf"(?<=\s)['‘’`](?={_FUNCTION}\b)")  # "while 'the ghost"
_QUOTE_AFTER = re.compile(rf"\b({_FUNCTION})['’`](?=\s|$)")  # "loses a' life"
_GLUED_PRONOUN = re.compile(r"\b(she|he|you|they|it|we)-(?=[a-z]{3,})")
_LOST_APOSTROPHE = re.compile(r"\b([A-Za-z]{3,}) s\b(?! [A-Z])")
_ACCENTED = re.compile(r"\b\w*[^\W\d_a-zA-Z]\w*\b")


def mend_ocr_marks(line: str) -> str:
    """OCR's stray marks inside a line: a period before a lowercase word ('touches. it' -> 'touches
    it'; not after 'etc.' or 'e.g.'), a quote glued to 'the' ("onto'the"), a possessive's lost
    apostrophe ('alligator s head'), an accent on an English word ('oné'), a quote speck beside a
    short word ("loses a' life", "while 'the ghost") and a pronoun glued to its verb ('she-loses')."""
    line = _STRAY_STOP.sub(lambda m: m.group() if m.group(1).lower() in _ABBREVIATIONS else m.group(1) + " ", line)
    line = _GLUED_QUOTE.sub(" ", line)
    line = _QUOTE_AFTER.sub(r"\1", _QUOTE_BEFORE.sub("", line))
    line = _GLUED_PRONOUN.sub(r"\1 ", line)
    line = _LOST_APOSTROPHE.sub(r"\1's", line)
    return _ACCENTED.sub(_unaccent, line)


def _unaccent(match: re.Match[str]) -> str:
    word = match.group()
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    if plain.isascii() and (plain.lower() in ENGLISH or getAllLemmas(plain.lower())):
        return plain
    return word
