"""Sentences of a block of text: a paragraph split at its full stops (abbreviations, ellipses and writers who skip
capitals), fragments and furniture left out, shorthand spelt out."""

from __future__ import annotations

import re

from read_reward import furniture
from read_reward.languages import foreign
from read_reward.shorthand import spell_out
from read_reward.text_layout import Block

_ABBREVIATIONS = frozenset("mr mrs ms dr prof sr jr st mt vs cf viz approx ca fig figs vol pp p ch etc pts pt min sec hr".split())
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*\s+")
_LOWER_START = re.compile(r"(?:you|i|it|they|we|he|she|if|when|don't|never|always|just)\s")
# after a plain full stop (not "Wait... then jump"), more words open a sentence of a writer who skips capitals
_LOWER_AFTER_STOP = re.compile(r"(?:this|that|these|those|there|the|your|each|every|so|then|now|once|only|also)\s")


def split_paragraph(text: str) -> list[str]:
    """Split one paragraph at . ! ? followed by a capital, a digit or a lower-case pronoun ("... the cannon. you
    can also ..."), except after abbreviations.
    Fragments are dropped, except a leading label, which joins the sentence after it."""
    text = " ".join(text.split())
    sentences, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        following = text[m.end():m.end() + 4].lstrip("\"'([")[:1]
        if not (following.isupper() or following.isdigit() or _LOWER_START.match(text, m.end())
                or m.group().rstrip() == "." and _LOWER_AFTER_STOP.match(text, m.end())):
            continue  # "... calls up the cannon. you can also shoot them": a writer who skips capitals
        word = text[max(start, m.start() - 30):m.start()].rsplit(" ", 1)[-1].lstrip("\"'([").lower()
        if m.group()[:2] in (". ", ".\"", ".'", ".)", ".]") and (
            word in _ABBREVIATIONS
            or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)  # e.g. i.e. U.S.
            or (word == "no" and following.isdigit())  # No. 5
        ):
            continue
        sentences.append(text[start:m.end()].strip())
        start = m.end()
    sentences.append(text[start:].strip())
    if len(sentences) > 1 and not _is_sentence(sentences[0]) and any(c.isalpha() for c in sentences[0]):
        label = sentences.pop(0)  # "Power Pills. Eat one and the ghosts turn blue."
        sentences[0] = f"{label} {sentences[0]}"
    return [s for s in sentences if _is_sentence(s) and not _furniture(s)]


def _is_sentence(text: str) -> bool:
    """Three words or more, or an order about something named before ("Dodge them.", "Eat it!")."""
    words = re.findall(r"\w+", text)
    if len(words) == 2 and text.rstrip()[-1:] in ".!" and words[1].lower() in _OBJECT_PRONOUNS:
        return True
    return len(words) >= 3 and any(c.isalpha() for c in text)


_OBJECT_PRONOUNS = frozenset("it them him her these those this that one ones everything".split())


def _furniture(sentence: str) -> bool:
    return (furniture.legal(sentence) or furniture.publisher_only(sentence)
            or furniture.figure_reference(sentence) or furniture.console_care(sentence) or furniture.prize_entry(sentence)
            or foreign(sentence))


def block_sentences(block: Block) -> list[str]:
    """The sentences of a non-heading block, shorthand spelt out; a table row or caption is one sentence."""
    if block.kind == "table":
        found = [furniture.drop_note_marks(block.text)] if not _furniture(block.text) else []
    elif block.kind == "caption":
        found = split_paragraph(block.text) or ([block.text] if not _furniture(block.text) else [])
    else:
        found = split_paragraph(furniture.drop_note_marks(furniture.drop_figure_refs(block.text)))
    return [spell_out(s) for s in found]
