"""Two-column text (a PDF-to-text tool's layout mode) is read column by column; tables stay whole."""

from __future__ import annotations

import re
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from read_reward.columns import unfold_columns
from read_reward.manual import read_manual
from read_reward.text_layout import paragraphs

LEFT_1 = ["THE HARBOR", "",
          "The patrol boat guards a busy harbor full of piers, buoys and fishing boats. Smugglers sneak their "
          "rafts between the piers and head for the open sea at night, hoping that nobody on the water is "
          "watching them go."]
RIGHT_1 = ["Every smuggler you stop is worth 50 points, and a smuggler who slips out past the lighthouse costs you "
           "one of your three boats.", "", "THE BUOYS", "Red buoys bob between the piers and mark the channel for "
           "the ships. Bumping into a buoy does nothing at all to your patrol boat."]
LEFT_2 = ["THE FISHING BOATS", "", "Fishing boats chug slowly across the harbor all night long. They belong to "
          "friendly folk from the town, but a collision with one of them is no joke: ramming"]
RIGHT_2 = ["a fishing boat sinks your patrol boat, so steer around them and let them pass.", "", "THE LIGHTHOUSE",
           "The lighthouse at the harbor mouth only marks the way out to sea for the ships of the harbor."]


def _page(left: list[str], right: list[str]) -> list[str]:
    """Two columns side by side, 40 characters wide, as a PDF-to-text tool's layout mode writes them."""
    cols = [[line for par in col for line in (textwrap.wrap(par, 40) or [""])] for col in (left, right)]
    rows = max(map(len, cols))
    cols = [c + [""] * (rows - len(c)) for c in cols]
    return [f"{a:<44}{b}".rstrip() for a, b in zip(*cols)]


PAGES = "\n".join(["                 HARBOR PATROL  *  Game Instructions", "", *_page(LEFT_1, RIGHT_1),
                   "  SWITCHES: the left difficulty switch slows the smugglers down in position B.", "",
                   "                                 - 1 -", "", *_page(LEFT_2, RIGHT_2), "",
                   "                                 - 2 -", ""])

TABLES = """\
SCORING

  Smuggler's raft caught        50 points each time
  Smuggler escapes to sea       you lose one patrol boat
  Fishing boat rammed           you lose one patrol boat
  Buoy bumped into              nothing happens at all

KEYS

  Joystick up-right  or  I      the boat turns to the right
  Joystick up-left   or  U      the boat turns to the left
  Fire button  or  SPACE        start a game from the title
  RUN/STOP                      abandon the game and return
"""


def _sentences(tmp_path, text: str) -> list[str]:
    path = tmp_path / "harbor.txt"
    path.write_text(text, encoding="utf-8")
    return [s for _, s in read_manual(path).sentences()]


def test_two_columns_read_one_after_the_other(tmp_path):
    sentences = _sentences(tmp_path, PAGES)
    joined = " | ".join(sentences)
    # a sentence wrapped down the left column, then on into the top of the right column
    assert "Smugglers sneak their rafts between the piers and head for the open sea at night, hoping that nobody " \
           "on the water is watching them go." in sentences, joined
    assert "Every smuggler you stop is worth 50 points, and a smuggler who slips out past the lighthouse costs " \
           "you one of your three boats." in sentences, joined
    assert any(s.startswith("They belong to friendly folk from the town, but a collision with one of them is no "
                            "joke: ramming a fishing boat sinks your patrol boat") for s in sentences), joined
    # a full-width line between the columns stays one line
    assert any("slows the smugglers down in position B" in s for s in sentences), joined


def test_a_page_of_columns_keeps_its_order():
    text = unfold_columns(PAGES)
    order = [text.index(w) for w in ("THE HARBOR", "head for the open sea", "watching them go.", "Every smuggler", "THE BUOYS",
                                     "Red buoys", "SWITCHES:", "THE FISHING BOATS", "ramming", "a fishing boat sinks",
                                     "THE LIGHTHOUSE")]
    assert order == sorted(order)


def test_tables_and_running_heads_stay_as_they_are():
    assert unfold_columns(TABLES) == TABLES
    head = "HARBOR PATROL  -  Game Manual                         Classic Collection\n"
    assert unfold_columns(head + PAGES).startswith(head)


def test_columns_that_touch_are_split_where_they_meet():
    left = ["Smugglers sneak their rafts between the", "piers and head for the open sea, and the",
            "patrol boat goes after them at full speed", "through the night and the fog, hunting",
            "every raft in the harbor before morning.", ""]
    right = ["A smuggler you stop is worth 50 points", "and a raft that gets away costs a boat.",
             "Buoys only mark the channel through", "the harbor and bumping one does nothing.",
             "The lighthouse marks the open sea.", ""]
    lines = [f"{a:<42}  {b}" for a, b in zip(left, right)]
    lines[2] = f"{left[2]} {right[2]}"  # one space between the columns here
    text = unfold_columns("\n".join(lines))
    assert "at full speed\nthrough the night" in text and "bumping one does nothing." in text
    assert text.index("before morning.") < text.index("A smuggler you stop")


def test_a_sentence_cut_by_a_column_or_page_break_goes_on():
    assert paragraphs(["Now get out of the river! When", "\f", "Harry is back, walk him in."]) == \
        [["Now get out of the river! When", "Harry is back, walk him in."]]
    assert paragraphs(["Now get out of the river!", "\f", "Harry is back, walk him in."]) == \
        [["Now get out of the river!"], ["Harry is back, walk him in."]]


_LINE = st.text(alphabet=st.sampled_from("ab .-\t"), max_size=90)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=40))
def test_unfolding_keeps_every_word(lines):
    text = "\n".join(lines)
    out = unfold_columns(text)
    assert sorted(re.findall(r"\S+", out)) == sorted(re.findall(r"\S+", text.expandtabs(8)))
