"""A subtitle file (SRT or WebVTT) read as text: the cues' numbers, timings and sound tags are its layout.

An auto-captioned video splits its sentences across cues ("if a tentacle makes it all the way down to the
treasure" / "it grabs a piece of it and you" / "lose a turn"): a cue's lines are one line, and a cue that
cannot end there goes on in the next.
"""

from __future__ import annotations

import re

from read_reward.text_layout import OPEN_END

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
_TIMING = re.compile(rf"\s*{_TIME}\s*-->\s*{_TIME}\b.*")
_SOUND = re.compile(r"\[[^\[\]]{1,30}\]|\((?:[A-Z][A-Z' -]*|[a-z][a-z' -]*)\)|[♪♫]+|</?[a-z][^<>]{0,20}>")
_SPEAKER = re.compile(r"\s*(?:-|>>)\s*(?=\S)")  # a caption's mark of another voice: "- I'm Priya"
# a cue that stops where no sentence ends: text_layout's open ends, an auxiliary ("climbing it does" / "nothing"), a comma
_AUXILIARY = re.compile(r"(?:\b(?:do|does|did|has|have|had|would|could|should|may|might)|,)\s*$", re.IGNORECASE)
_OPENS_CLAUSE = re.compile(r"\s*(?:and\s+)?(?:if|when|whenever|once|as soon as|every time|each time)\b[^,;:]*$",
                           re.IGNORECASE)
CUES = 5  # a subtitle file has at least this many timed cues
_JOINED = 40  # words: a sentence joined from cues ends here at the latest


def unsubtitle(lines: list[str]) -> list[str]:
    """The text of a subtitle file, a paragraph per sentence as well as the cues show it; any other text as it is."""
    if sum(bool(_TIMING.fullmatch(line)) for line in lines) < CUES:
        return lines
    cues: list[tuple[bool, str]] = []  # (a new voice, the cue's words)
    cue: list[str] | None = None
    for line in [*lines, ""]:
        if _TIMING.fullmatch(line):
            cue = []
        elif cue is not None and line.strip():
            cue.append(line.strip())
        elif cue is not None:
            said = " ".join(_SOUND.sub(" ", " ".join(cue)).split())
            voice = bool(cue) and bool(_SPEAKER.match(cue[0]))
            said = said[_SPEAKER.match(said).end():] if voice and _SPEAKER.match(said) else said
            if said:
                cues.append((voice, said))
            cue = None
        elif line.strip() and not (line.strip().isdigit() or line.strip().upper() == "WEBVTT"):
            cues.append((True, line.strip()))  # text around the cues: a title, a note
    out: list[str] = []
    sentence, joined = "", 0
    for voice, said in cues:
        # ("if a tentacle makes it down to the treasure" / "it grabs a piece": the clause's main part, once)
        open_end = bool(OPEN_END.search(sentence) or _AUXILIARY.search(sentence))
        goes_on = sentence and not voice and not re.search(r"[.!?:;]$", sentence) and (
            open_end or not joined and _OPENS_CLAUSE.match(sentence)) and len(sentence.split()) < _JOINED
        if goes_on:  # (the cue ended the "if" clause: its main clause follows the comma captions leave out)
            sentence, joined = f"{sentence}{'' if open_end else ','} {said}", joined + 1
            continue
        if sentence:
            out += [sentence, ""]
        sentence, joined = said, 0
    return out + ([sentence] if sentence else [])
