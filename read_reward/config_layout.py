"""A game-data configuration file (YAML-like) read as text.

A fan remake's entity file says what touching each thing does in keys and values ("falling_coconut:" /
"on_collide:" / "mother_kangaroo: lose_life"), and its comments say it in prose ("# note: lands on her head =
life gone."). Each top-level key is read as a heading, each value as a line "on collide, mother kangaroo: lose
life." under it (snake_case words spelled out), each run of comments as a paragraph, and separator rules left out.
"""

from __future__ import annotations

import re

_KEY = re.compile(r"(?P<indent>[ ]*)(?:-[ ]+)?(?P<key>[A-Za-z_][\w.-]*)[ ]*:(?:[ ]+(?P<value>[^#\s][^#]*?))?[ ]*"
                  r"(?:#+[ ]*(?P<comment>.*?))?\s*")
_ITEM = re.compile(r"(?P<indent>[ ]*)-[ ]+(?P<value>[^#]*?)[ ]*(?:#+[ ]*(?P<comment>.*?))?\s*")
_COMMENT = re.compile(r"(?P<indent>[ ]*)#+[ ]?(?P<comment>.*?)\s*")
_RULE = re.compile(r"[\s#=*~_-]*")  # "#####...", "# ---", "#" alone
KEYS = 12  # a configuration file has at least this many keys ...
SHARE = 0.6  # ... that (with list items) make up at least this share of its lines that are not comments
SNAKE = 3  # ... and at least this many snake_case keys, or nesting
_NONE = frozenset(["none", "null", "nil", "nothing", "~", "no effect"])


def _words(value: str) -> str:
    """A value as words: `lose_life` -> "lose life", `["monkey", "monkeys"]` -> "monkey, monkeys"."""
    value = re.sub(r"[\[\]{}\"]|(?<![A-Za-z])'|'(?![A-Za-z])", "", value.strip())  # (an apostrophe stays: "won't")
    return re.sub(r"(?<=[A-Za-z])_(?=[A-Za-z0-9])", " ", value).strip(" ,")


def is_config(lines: list[str]) -> bool:
    """Is the text a YAML-like configuration file (see KEYS, SHARE, SNAKE)?"""
    code = [line for line in lines if line.strip() and not _COMMENT.fullmatch(line)]
    keys = [m for line in code if (m := _KEY.fullmatch(line))]
    items = sum(bool(_ITEM.fullmatch(line)) for line in code)
    nested = len({len(m["indent"]) for m in keys}) >= 3
    return len(keys) >= KEYS and len(keys) + items >= SHARE * len(code) and (
        sum("_" in m["key"] for m in keys) >= SNAKE or nested)


def unconfig(lines: list[str]) -> list[str]:
    """The lines of a configuration file as headings, key lines and comment paragraphs; `lines` itself if
    the text is no configuration file."""
    if not is_config(lines):
        return lines
    out: list[str] = []
    path: list[tuple[int, str]] = []  # the keys enclosing the current line: (indent, key)
    commenting = False  # the last line was a comment: the next one continues its paragraph
    facts = -1  # where in `out` the entity's line of plain facts is, while the next fact may join it

    def comment(text: str) -> None:
        nonlocal commenting
        noted = re.match(r"\s*note\s*:\s*", text, flags=re.IGNORECASE)  # "# note: ..." opens a note of its own
        text = text[noted.end():] if noted else text.strip()
        if _RULE.fullmatch(text):
            commenting = False
            return
        if not commenting or noted:
            out.append("")
        out.append(text)
        commenting = True

    for line in lines:
        if not line.strip():
            out.append("")
            commenting = False
            continue
        if (found := _COMMENT.fullmatch(line)):
            comment(found["comment"])
            continue
        commenting = False
        key, item = _KEY.fullmatch(line), _ITEM.fullmatch(line)
        found = key or item
        if not found:
            out += ["", line.strip(), ""]
            continue
        indent = len(found["indent"])
        while path and path[-1][0] >= indent:
            path.pop()
        if key and not key["value"] and indent == 0:
            out += ["", _words(key["key"]).upper(), ""]  # "falling_coconut:" heads what follows
        elif key and key["value"]:
            keys = [k for _, k in path[1:]] + [key["key"]]
            value = _words(key["value"])
            event = any(re.match(r"on_", k) for k in keys)
            if value.lower() in _NONE and event:
                value = "nothing happens"  # "on_collide: none": an event that does nothing
            said = f"{', '.join(_words(k) for k in keys)}: {value}"
            fact = not event and len(keys) == 1  # a plain fact of the entity, not what an event does
            if fact and facts == len(out) - 1:
                out[-1] = f"{out[-1][:-1]}; {said}."  # "sprite: ...; fall speed: 3.": one line of facts
            else:
                out += ["", f"{said}."]
            facts = len(out) - 1 if fact else -1
        elif item and item["value"]:
            out += ["", f"- {_words(item['value'])}"]
        if key and not key["value"]:
            path.append((indent, key["key"]))
        if found["comment"]:
            comment(found["comment"])
    return out
