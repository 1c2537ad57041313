"""Note-taking shorthand spelt out, so the cues read a quick-reference card as they read prose.

"nail one w/ a shot = TOP pts", "SHOOT 'EM", "avoid b/c it's deadly", "U CAN RUN THRU UR OWN TORPEDO":
"pts" is points, "w/" with, "'em" them, "u" you, "ur" your. Only forms that mean nothing else in a game manual; the case of the word is kept.
"""

from __future__ import annotations

import re

_WORDS = {"pts": "points", "pt": "point", "w/o": "without", "w/": "with", "b/c": "because", "'em": "them",
          "u": "you", "ur": "your", "thru": "through"}
# "pt" alone only after a number ("1 pt"); "w/" before a word, not in "w/o" or a path; "U" and "UR" as words ("U CAN RUN
# RIGHT THRU UR OWN TORPEDO"), not a key ("press U") nor an initial ("U.S.", "U-boat")
_SHORT = re.compile(r"(?:(?<![\w/'])(?:pts|w/o|w/(?=\s*[a-z(])|b/c|'em|thru|ur)|(?<=\d)pts?|(?<=\d )pt|"
                    r"(?<!press )(?<!key )(?<!button )(?<!letter )(?<![\w/'.-])u(?![.\-]\w))(?![\w/'])", re.IGNORECASE)


def _spelt(m: re.Match[str]) -> str:
    word = _WORDS[m.group().lower()]
    if m.start() and m.string[m.start() - 1].isdigit():
        word = " " + word  # "10pts" -> "10 points"
    if m.group().isupper() and len(m.group().strip("/'")) > 1:
        return word.upper()
    if m.group().startswith("w/") and not m.group().startswith("w/o"):
        return word + (" " if not m.string[m.end():m.end() + 1].isspace() else "")
    return word


# "DON'T ...... shoot the beam", "DO -> watch the lowest lane": a leader between a list's DO / DON'T and its verb
_LEADER = re.compile(r"\b(do|don't|do not|never)\s*(?:\.{2,}|…|-+>|=>|→)\s*(?=[a-z])", re.IGNORECASE)


# a chat's contractions without their apostrophes ("cant hurt me", "dont touch it"): only forms that are no other word
_BARE = re.compile(r"\b(can|don|doesn|didn|isn|aren|wasn|weren|won|shouldn|couldn|wouldn|hasn|haven|hadn)t\b|"
                   r"\b(you|they)(re|ll|ve)\b", re.IGNORECASE)


def _apostrophe(m: re.Match[str]) -> str:
    return f"{m[1]}'{m.group()[-1]}" if m[1] else f"{m[2]}'{m[3]}"


def spell_out(sentence: str) -> str:
    """`sentence` with its shorthand in full words ("w/ a shot = 50 pts" -> "with a shot = 50 points"; "cant" ->
    "can't")."""
    return _BARE.sub(_apostrophe, _LEADER.sub(r"\1 ", _SHORT.sub(_spelt, sentence)))
