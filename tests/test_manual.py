"""Manual parser: text, Markdown, two-column PDFs, scanned PDFs (real Tesseract) and bad input."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from fpdf import FPDF
from pdf_factory import scanned_pdf, two_column_pdf

from read_reward import furniture
from read_reward.errors import InputError
from read_reward.ocr import OCR_CACHE_VERSION
from read_reward.manual import (
    MAX_BYTES,
    MAX_PAGES,
    Manual,
    Section,
    read_manual,
    split_sentences,
)
from read_reward.pdf_layout import margin_rows
from read_reward.text_layout import drop_boilerplate, text_blocks, without_html


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


# ---------------------------------------------------------------- sentences


def test_split_sentences_handles_abbreviations_numbers_ellipses_and_quotes():
    text = ('Mr. Pitfall runs 1.5 screens, e.g. past No. 3 pit. The jungle waits... Then it rains. '
            'Wait... then jump over the log. He yells "Watch out!" The vine swings back. '
            'See Fig. 2 for the map. Ok. 1 2 3.\n'
            '- avoid the rolling logs\n'
            '* Jump\n'
            '• grab the gold bars quickly')
    assert split_sentences(text) == [
        "Mr. Pitfall runs 1.5 screens, e.g. past No. 3 pit.",
        "The jungle waits...",
        "Then it rains.",
        "Wait... then jump over the log.",
        'He yells "Watch out!"',
        "The vine swings back.",
        "See Fig. 2 for the map.",  # "Ok." (1 word) and "1 2 3." (no letters) are dropped
        "avoid the rolling logs",  # bulleted items are sentences; "Jump" is a fragment
        "grab the gold bars quickly",
    ]


def test_a_sentence_a_writer_starts_in_lower_case_is_a_sentence():
    text = "Eat the cells for 169 points each. you can also shoot them away. Mr. you is a name, e.g. it stays."
    assert split_sentences(text) == ["Eat the cells for 169 points each.", "you can also shoot them away.",
                                     "Mr. you is a name, e.g. it stays."]


def test_split_sentences_joins_wrapped_and_hyphenated_lines():
    text = "Dive like a sub-\nmarine to reach\nthe treasure.\n\nThe two-\nplayer game takes turns."
    assert split_sentences(text) == [
        "Dive like a submarine to reach the treasure.",
        "The two-player game takes turns.",
    ]


# ---------------------------------------------------------------- text and Markdown

MARKDOWN = """\ufeff# Pitfall!

Guide **Pitfall Harry** through the *jungle* to find the treasures.
Read the [official guide](https://example.com/guide) for `GAME 1` tips.

## How to Play

- Press the `fire` button to _jump_ over holes.
- **Scorpions.** Touching one costs a life.
- Swing on vines across the tar pits and
  the crocodile ponds.
* Run

```
SCORE = 2000
```

Controls
--------

> Push the joystick left or right to run.

### Scoring ###

Each treasure adds ***2000 points*** to your score. Falling into a hole costs 100 points.
"""


def test_markdown_manual_sections_and_sentences(tmp_path: Path):
    path = tmp_path / "pitfall.md"
    path.write_bytes(MARKDOWN.replace("\n", "\r\n").encode("utf-8"))
    manual = read_manual(path)
    assert manual.title == "Pitfall!"
    assert (manual.pages, manual.ocr_pages) == (0, 0)
    assert manual.sections == (
        Section("Pitfall!", (
            "Guide Pitfall Harry through the jungle to find the treasures.",
            "Read the official guide for GAME 1 tips.",
        )),
        Section("How to Play", (
            "Press the fire button to jump over holes.",
            "Scorpions. Touching one costs a life.",  # a leading label is kept with its sentence
            "Swing on vines across the tar pits and the crocodile ponds.",
        ), ("bullet",) * 3),
        Section("Controls", ("Push the joystick left or right to run.",)),
        Section("Scoring", (
            "Each treasure adds 2000 points to your score.",
            "Falling into a hole costs 100 points.",
        )),
    )
    assert manual.sentences()[2] == ("How to Play", "Press the fire button to jump over holes.")
    assert manual.text.splitlines()[0].startswith("Guide Pitfall Harry")


TEXT = """Freeway is a game about a chicken crossing a busy road.
The chicken is brave.

HOW TO PLAY

Push the joystick forward to move the chicken up the
screen. Each time it reaches the far side you score one
point. Trucks and cars knock the chicken back a lane, and
heavy traffic comes like a sub-
marine wave. The two-
player game runs both chickens at once.

2. SCORING
You score one point for each crossing. The game lasts two minutes and sixteen seconds.

Game Variations

  * Slow traffic for new players
  * Rush hour with trucks in every lane

Press Reset to begin.

Good Luck!
"""


def test_text_manual_sections_paragraphs_and_hyphenation(tmp_path: Path):
    path = tmp_path / "freeway.txt"
    path.write_text(TEXT, encoding="utf-8")
    manual = read_manual(path)
    assert manual.title == "HOW TO PLAY"
    assert [s.title for s in manual.sections] == ["freeway", "HOW TO PLAY", "SCORING", "Game Variations"]
    assert manual.sections[0].sentences == (
        "Freeway is a game about a chicken crossing a busy road.",
        "The chicken is brave.",
    )
    assert manual.sections[1].sentences == (
        "Push the joystick forward to move the chicken up the screen.",
        "Each time it reaches the far side you score one point.",
        "Trucks and cars knock the chicken back a lane, and heavy traffic comes like a submarine wave.",
        "The two-player game runs both chickens at once.",
    )
    assert manual.sections[2].sentences == (
        "You score one point for each crossing.",
        "The game lasts two minutes and sixteen seconds.",
    )
    assert manual.sections[3].sentences == (
        "Slow traffic for new players",
        "Rush hour with trucks in every lane",
        "Press Reset to begin.",
    )


def test_a_caption_files_timestamps_start_sentences(tmp_path: Path):
    """A video's auto-generated captions: unpunctuated lines, each "[mm:ss]" opens a new sentence."""
    path = tmp_path / "freeway.txt"
    path.write_text("[00:00] okay so welcome back\ntoday its freeway\n[00:06] the trucks knock you back a lane\n"
                    "so watch out\n[00:12] every crossing is a point\n", encoding="utf-8")
    sentences = [s for section in read_manual(path).sections for s in section.sentences]
    assert len(sentences) == 3 and sentences[1].startswith("the trucks knock you back a lane")
    assert not any("[00:" in s for s in sentences)


def test_short_lower_case_rows_under_a_row_are_rows_not_its_wrapped_tail(tmp_path: Path):
    path = tmp_path / "asterix.txt"
    path.write_text("My notes:\n\n   cauldron ........  50\n   helmet ..........  100\n   mugs ............ 1500\n\n"
                    "A row that wraps\n\n   Gaul ........ 50\n   each time\n", encoding="utf-8")
    sentences = [s for section in read_manual(path).sections for s in section.sentences]
    assert {"cauldron: 50.", "helmet: 100.", "mugs: 1500."} <= set(sentences)
    assert "Gaul: 50 each time." in sentences  # a short line that is no row goes on the row above


# ---------------------------------------------------------------- PDFs

VERBS = ["ski", "race down", "carve", "glide over", "cross"]
ADJECTIVES = ["steep", "icy", "narrow", "long", "gentle", "fast", "bumpy", "quiet", "windy"]
NOUNS = ["slope", "trail", "run", "course", "piste", "hill", "gate"]


def tips(first: int, last: int) -> str:
    return " ".join(f"Tip {k} says you should {VERBS[k % 5]} the {ADJECTIVES[k % 9]} {NOUNS[k % 7]} "
                    "with care." for k in range(first, last))


def test_two_column_pdf_reading_order_headers_hyphens_headings(tmp_path: Path):
    path = tmp_path / "ski.pdf"
    blocks = [
        ("h", "HOW TO PLAY"), ("p", tips(1, 9)),
        ("p", "Never dive into deep snow like a sub-\nmarine or you lose time. " + tips(9, 15)),
        ("h", "Scoring"), ("p", tips(15, 30)),
        ("p", "The two-\nplayer game alternates turns between the skiers. " + tips(30, 40)),
        ("h", "GAME VARIATIONS"), ("p", tips(40, 60)),
    ]
    pages = two_column_pdf(path, blocks, title="SKI MASTER", header="Ski Master Instruction Manual",
                           footer="Snowfield Games 1983", height=400)
    assert pages >= 3
    manual = read_manual(path, cache_dir=tmp_path / "cache")
    assert (manual.pages, manual.ocr_pages) == (pages, 0)
    assert manual.title == "SKI MASTER"
    assert [s.title for s in manual.sections] == ["HOW TO PLAY", "Scoring", "GAME VARIATIONS"]
    numbers = [int(m) for m in re.findall(r"\bTip (\d+) says", manual.text)]
    assert numbers == list(range(1, 60))  # left column before right, page after page
    assert all(s.startswith("Tip ") or s in (
        "Never dive into deep snow like a submarine or you lose time.",
        "The two-player game alternates turns between the skiers.",
    ) for s in manual.text.splitlines())
    for noise in ("Instruction Manual", "Snowfield", "Page", "1983"):
        assert noise not in manual.text
    assert not (tmp_path / "cache").exists()  # no OCR, nothing cached


def test_margin_rows_drop_running_headers_footers_and_page_numbers():
    pages = [
        ["ENDURO", "Race through day and night.", "Pass cars to stay in the race.", "- 3 -"],
        ["ENDURO", "Fog hides the road at dusk.", "Snow makes the road slippery.", "- 4 -"],
        ["ENDURO", "Keep the odometer running.", "Page 5 of 9", "Activision 1983"],
        ["A new day starts at dawn.", "iv", "Activision 1983"],
    ]
    # a footer on half the pages (e.g. odd pages only) counts as running; body lines never repeat
    assert margin_rows(pages) == [{0, 3}, {0, 3}, {0, 2, 3}, {1, 2}]


SCANNED_PAGE = [
    ("h", "HOW TO PLAY"),
    ("p", ("Guide your skier down the mountain and pass between each pair of flags. "
           "Every missed gate adds five seconds to your time.")),
    ("p", "Avoid the trees and moguls, because a crash costs precious seconds."),
    ("p", "Page 1"),
]


@pytest.fixture
def scanned(tmp_path: Path) -> Path:
    path = tmp_path / "scanned.pdf"
    scanned_pdf(path, [SCANNED_PAGE], width_in=5, height_in=3.5, dpi=150)
    return path


def test_scanned_pdf_is_ocrd_then_cached(scanned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    tesseract = shutil.which("tesseract")
    assert tesseract, "install Tesseract: apt-get install tesseract-ocr"
    monkeypatch.setenv("PATH", str(tmp_path))  # found only through READ_REWARD_TESSERACT
    monkeypatch.setenv("READ_REWARD_TESSERACT", tesseract)
    cache = tmp_path / "cache"
    manual = read_manual(scanned, cache_dir=cache, progress=True)
    assert (manual.pages, manual.ocr_pages) == (1, 1)
    assert [s.title for s in manual.sections] == ["HOW TO PLAY"]
    expected = split_sentences(" ".join(text for kind, text in SCANNED_PAGE[1:3]))
    got = [words(s) for s in manual.sections[0].sentences]
    assert len(got) == len(expected)
    for want, have in zip(map(words, expected), got):  # allow a little OCR noise
        assert len(set(want) & set(have)) >= 0.8 * len(set(want)), (want, have)
    assert "page" not in words(manual.text)
    assert len(list((cache / "ocr").glob("*.json"))) == 1

    # Second read: from the cache. With Tesseract pointing nowhere it would fail if it ran.
    monkeypatch.setenv("READ_REWARD_TESSERACT", str(tmp_path / "no-tesseract"))
    assert read_manual(scanned, cache_dir=cache) == manual
    monkeypatch.setenv("READ_REWARD_CACHE", str(cache))  # the default cache location
    assert read_manual(scanned) == manual


@pytest.mark.parametrize("how", ["no binary on PATH", "READ_REWARD_TESSERACT points nowhere"])
def test_scanned_pdf_without_tesseract(how: str, scanned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    if how == "no binary on PATH":
        monkeypatch.delenv("READ_REWARD_TESSERACT", raising=False)
        monkeypatch.setenv("PATH", str(tmp_path))
        hint = "apt-get install tesseract-ocr"
    else:
        monkeypatch.setenv("READ_REWARD_TESSERACT", str(tmp_path / "missing" / "tesseract"))
        hint = "READ_REWARD_TESSERACT"
    with pytest.raises(InputError) as err:
        read_manual(scanned, cache_dir=tmp_path / "cache")
    assert hint in str(err.value) and "\n" not in str(err.value)
    assert not (tmp_path / "cache").exists()


# ---------------------------------------------------------------- bad input


def pdf_bytes(pages: int = 1, *, password: str | None = None) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_font("Helvetica", size=11)
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for n in range(pages):
        pdf.add_page()
        pdf.text(72, 72, f"Page {n + 1}: push the joystick to move the player around the maze.")
    return bytes(pdf.output())


def make_big(path: Path) -> None:
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: no 50 MiB written


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")

BAD_INPUTS = {
    "missing": ("gone.txt", None, "not found"),
    "directory": ("folder.pdf", "dir", "is a directory"),
    "unsupported extension": ("manual.docx", b"Push the joystick to move.", "supported: .pdf .txt .md"),
    "zero bytes": ("empty.txt", b"", "is empty"),
    "whitespace only": ("blank.md", b" \r\n\t\n\xef\xbb\xbf  \n", "is empty"),
    "random bytes": ("noise.txt", os.urandom(4096), "binary data"),
    "png renamed": ("image.txt", PNG * 20, "binary data"),
    "pdf renamed": ("manual.txt", pdf_bytes(), "rename it to .pdf"),
    "french in latin-1": ("latin.txt", "Le skieur évite les arbres. Café!".encode("latin-1"), "no usable English"),
    "numbers only": ("scores.txt", b"100 200 300\n\n1.5 2.5\n\n42.\n", "no usable English"),
    "foreign script": ("ru.md", "# Лыжник\n\nЛыжник спускается с горы и проходит ворота. Каждый пропуск "
                       "добавляет пять секунд.\n".encode(), "no usable English"),
    "too large": ("huge.txt", make_big, "limit"),
    "not a pdf": ("fake.pdf", b"Push the joystick to move the player.", "not a PDF"),
    "truncated pdf": ("cut.pdf", pdf_bytes(3)[:700], "broken or truncated"),
    "encrypted pdf": ("locked.pdf", pdf_bytes(password="secret"), "qpdf --decrypt"),
    "too many pages": ("long.pdf", pdf_bytes(MAX_PAGES + 1), f"{MAX_PAGES}-page limit"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_raises_one_line_input_error(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    name, content, message = BAD_INPUTS[case]
    monkeypatch.setenv("READ_REWARD_CACHE", str(tmp_path / "cache"))
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif callable(content):
        content(path)
    elif content is not None:
        path.write_bytes(content)
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(InputError) as err:
        read_manual(path)
    assert message in str(err.value)
    assert "\n" not in str(err.value) and len(str(err.value)) < 300
    assert sorted(tmp_path.rglob("*")) == before  # nothing written


def test_manual_is_plain_frozen_data(tmp_path: Path):
    path = tmp_path / "m.txt"
    path.write_text("The player moves the paddle to hit the ball.\n", encoding="utf-8")
    manual = read_manual(path)
    assert isinstance(manual, Manual) and manual.title == "m"
    assert manual.sentences() == [("m", "The player moves the paddle to hit the ball.")]
    with pytest.raises(AttributeError):
        manual.title = "x"  # type: ignore[misc]


# ---------------------------------------------------------------- encodings

PLAIN = ("COBRA CANYON\n\n"
         "Fly your helicopter through the canyon and don't touch the walls.\n"
         "The café at the rim serves coffee to pilots — free of charge.\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "utf-16-le",
                                      "utf-16-be", "utf-32"])
def test_text_encodings_read_alike(encoding: str, tmp_path: Path):
    text = PLAIN if encoding != "latin-1" else PLAIN.replace("—", "-")  # Latin-1 has no em dash
    path = tmp_path / "cobra.txt"
    path.write_bytes(text.encode(encoding))
    manual = read_manual(path)
    assert manual.title == "COBRA CANYON"
    assert manual.sections[0].sentences == (
        "Fly your helicopter through the canyon and don't touch the walls.",
        f"The café at the rim serves coffee to pilots {'—' if encoding != 'latin-1' else '-'} free of charge.",
    )


def test_cp1252_curly_quotes_dos_newlines_and_eof_mark(tmp_path: Path):
    path = tmp_path / "dos.txt"
    path.write_bytes(b"\x93Dive!\x94 shouts the captain\x85 and the sub\x92s engines roar.\r\n"
                     b"Avoid the mines on the sea\xadbed.\r\n\x1a")
    assert read_manual(path).sections[0].sentences == (
        "\"Dive!\" shouts the captain... and the sub's engines roar.",
        "Avoid the mines on the seabed.",
    )


def test_utf8_with_a_stray_cp1252_byte_keeps_both(tmp_path: Path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("The jet’s afterburner glows.\n".encode() + b"Dodge the r\xe9sum\xe9 of missiles now.\n")
    assert read_manual(path).sections[0].sentences == (
        "The jet's afterburner glows.", "Dodge the résumé of missiles now.")


def test_mac_roman_read_as_latin1_is_repaired(tmp_path: Path):
    # a Mac-made booklet's text read as Latin-1: its curly quote shows as "Õ", its quotes as "Ò...Ó", "fi" as "Þ"
    path = tmp_path / "mac.txt"
    path.write_bytes("A shadow canÕt hurt you, and it isnÕt worth anything.\nÒMind the monkeys,Ó she said. Punch "
                     "them Þrst.\n".encode("latin-1"))
    assert read_manual(path).sections[0].sentences == (
        "A shadow can't hurt you, and it isn't worth anything.", "\"Mind the monkeys,\" she said.", "Punch them first.")
    path.write_bytes("Señor Ñandú's café: Õ once.\n".encode("latin-1"))  # Latin-1 letters stay as they are
    assert read_manual(path).sections[0].sentences == ("Señor Ñandú's café: Õ once.",)


def test_characters_are_normalised():
    text = "The \ufb01sh \ufb02ee\u00a0from the\u2009shark\u200b.\tIt\u2019s \u201cfast\u201d\u2026 ｒeally fast."
    assert split_sentences(text) == ["The fish flee from the shark.", "It's \"fast\"... really fast."]


# ---------------------------------------------------------------- headings


def test_short_lines_without_a_leading_letter_are_not_a_crash(tmp_path: Path):
    # every real .txt manual tried crashed here: letters, but no word starting with one
    path = tmp_path / "odd.txt"
    path.write_text("(C)1981\n\n2nd 3rd\n\n#1 (tm)\n\n2600s\n\n"
                    "The frog hops across the river on the backs of turtles.\n", encoding="utf-8")
    manual = read_manual(path)
    assert manual.sentences() == [("odd", "The frog hops across the river on the backs of turtles.")]


def test_caps_headings_with_colons_spaced_letters_and_no_blank_lines(tmp_path: Path):
    path = tmp_path / "heads.txt"
    path.write_text(
        "S C O R I N G\n"
        "Every frog you bring home is worth points.\n"
        "DIFFICULTY SWITCHES:\n"
        "In the A position the turtles dive more often.\n"
        "G A M E   V A R I A T I O N S\n\n"
        "Game 2 has faster logs than game 1.\n", encoding="utf-8")
    manual = read_manual(path)
    assert [(s.title, s.sentences) for s in manual.sections] == [
        ("SCORING", ("Every frog you bring home is worth points.",)),
        ("DIFFICULTY SWITCHES", ("In the A position the turtles dive more often.",)),
        ("GAME VARIATIONS", ("Game 2 has faster logs than game 1.",)),
    ]


def test_a_wiki_pages_headings_are_headings(tmp_path: Path):
    path = tmp_path / "wiki.txt"
    path.write_text("== Gameplay ==\nThe frog crosses the road.\n=== The river ===\nLogs carry the frog home.\n"
                    "== Scoring==\nEvery frog home is worth points.\n", encoding="utf-8")
    assert [(s.title, s.sentences) for s in read_manual(path).sections] == [
        ("Gameplay", ("The frog crosses the road.",)), ("The river", ("Logs carry the frog home.",)),
        ("Scoring", ("Every frog home is worth points.",))]


# ---------------------------------------------------------------- booklet furniture

BOOKLET = """ATARI® VIDEO COMPUTER SYSTEM™
GAME PROGRAM™ INSTRUCTIONS

                          LAVA RUNNER

(C)1982 ATARI, INC.                                 CX2697

Lava Runner(TM) is a trademark of Volcano Games Ltd.
Use your Joystick Controllers with this GAME PROGRAM™.

                              - 1 -
HOW TO PLAY

Run across the cooling rocks before the lava rises. The rocks
sink as you stand on them.
                              - 2 -
                                                     LAVA RUNNER
Keep moving and grab the crystals on the
way, because every crystal adds to your score.

                              Page 3
                                                     LAVA RUNNER
LIMITED WARRANTY
Volcano Games warrants to the original consumer purchaser that this
cartridge is free from defects in material and workmanship. Implied
warranties of merchantability are limited to ninety days.

CARE OF YOUR CARTRIDGE
Keep the cartridge dry and never remove it with the power on.

HELPFUL HINTS
Repair your shield at the base before you dive, and buy a spare
from the dealer: damaged shields cost you a runner.

Volcano Games, Inc., Consumer Division
1198 Magma Ave., Sunnyvale, CA 94086
Printed in U.S.A.                                   C011402-97 REV. 1
                              4
                                                     LAVA RUNNER
"""


def test_booklet_furniture_is_dropped_and_the_game_text_kept(tmp_path: Path):
    path = tmp_path / "lava.txt"
    path.write_text(BOOKLET, encoding="utf-8")
    manual = read_manual(path)
    assert manual.title == "LAVA RUNNER"
    assert [(s.title, s.sentences) for s in manual.sections] == [
        ("HOW TO PLAY", (
            "Run across the cooling rocks before the lava rises.",
            "The rocks sink as you stand on them.",
            "Keep moving and grab the crystals on the way, because every crystal adds to your score.",
        )),
        ("HELPFUL HINTS", (  # game words that sound like a warranty stay
            "Repair your shield at the base before you dive, and buy a spare from the dealer: "
            "damaged shields cost you a runner.",
        )),
    ]


def test_fcc_paragraph_without_a_heading_is_dropped():
    text = ("Shoot the asteroids before they hit your ship.\n\n"
            "This equipment generates radio frequency energy and may cause interference with radio "
            "and television reception. It complies with FCC regulations for a Class B computing device.\n")
    blocks = text_blocks(furniture.normalise(text))
    assert [b.text for b in drop_boilerplate(blocks)] == ["Shoot the asteroids before they hit your ship."]


def test_bullets_and_numbered_steps(tmp_path: Path):
    path = tmp_path / "steps.txt"
    path.write_text(
        "Controls\n\n"
        "o Push the joystick to roll the barrel.\n"
        "• Press the button to jump the gap.\n"
        "* Hold the button for a long jump\n"
        "  over two gaps.\n"
        "- Pull back to duck under birds.\n"
        "> Release to stand up again.\n"
        "1. Pick a game with the Game Select switch.\n"
        "(2) Choose the speed with the difficulty switch.\n"
        "Step 3: Press Game Reset to start.\n", encoding="utf-8")
    section = read_manual(path).sections[0]
    assert section.title == "Controls"
    assert section.sentences == (
        "Push the joystick to roll the barrel.",
        "Press the button to jump the gap.",
        "Hold the button for a long jump over two gaps.",
        "Pull back to duck under birds.",
        "Release to stand up again.",
        "Pick a game with the Game Select switch.",
        "Choose the speed with the difficulty switch.",
        "Press Game Reset to start.",
    )
    assert section.kinds == ("bullet",) * 8


def test_figures_captions_kept_references_dropped(tmp_path: Path):
    path = tmp_path / "figs.txt"
    path.write_text(
        "THE SCREEN\n\n"
        "Your tank sits at the bottom of the screen {Figure 3}. Enemy jets fly\n"
        "overhead (See Figure 2) and drop bombs [Fig. 4].\n\n"
        "Figure 1 - The battlefield with two bunkers\n\n"
        "[Illustration: a jet dropping a bomb on\nthe tank]\n\n"
        "[Illustration]\n\n"
        "See Figure 5.\n", encoding="utf-8")
    section = read_manual(path).sections[0]
    assert list(zip(section.sentences, section.kinds)) == [
        ("Your tank sits at the bottom of the screen.", "text"),
        ("Enemy jets fly overhead and drop bombs.", "text"),
        ("The battlefield with two bunkers.", "caption"),
        ("A jet dropping a bomb on the tank.", "caption"),
    ]


SCORING = """SCORING

Points are scored as follows:

DOT .......... 10 POINTS
Ghost (blue) ... 200, 400, 800, 1600
Enemy sub     20
Each fish - 10 points
Bonus ship\tevery 10,000 points

OBJECT        POINTS
Crab          50
Eel           75

GAME VARIATIONS

GAME NUMBER   1   2   3   4
PLAYERS       1   2   1   2
  1   2   3   4
"""


def test_scoring_and_variation_tables_become_one_sentence_per_row(tmp_path: Path):
    path = tmp_path / "tables.txt"
    path.write_text(SCORING, encoding="utf-8")
    manual = read_manual(path)
    assert manual.tagged_sentences() == [
        ("SCORING", "Points are scored as follows:", "text"),
        ("SCORING", "DOT: 10 POINTS.", "table"),
        ("SCORING", "Ghost (blue): 200, 400, 800, 1600.", "table"),
        ("SCORING", "Enemy sub: 20.", "table"),
        ("SCORING", "Each fish: 10 points.", "table"),
        ("SCORING", "Bonus ship: every 10,000 points.", "table"),
        ("SCORING", "Crab: 50.", "table"),  # the column header row is dropped
        ("SCORING", "Eel: 75.", "table"),
        ("GAME VARIATIONS", "GAME NUMBER: 1, 2, 3, 4.", "table"),  # readable rows stay
        ("GAME VARIATIONS", "PLAYERS: 1, 2, 1, 2.", "table"),  # the number-only row is dropped
    ]


def test_prose_with_wide_spaces_or_ellipses_is_not_a_table():
    text = ("You score 10 points for each dot.  Then the ghosts  turn blue.\n"
            "Wait ... then run. The chase goes on...\n"
            "until the power pill wears off - 10 seconds or so.")
    assert split_sentences(text) == [
        "You score 10 points for each dot.",
        "Then the ghosts turn blue.",
        "Wait ... then run.",
        "The chase goes on... until the power pill wears off - 10 seconds or so.",
    ]


def test_markdown_pipe_table_rows(tmp_path: Path):
    path = tmp_path / "pipes.md"
    path.write_text("# Scoring\n\n| Object | Points |\n|--------|-------:|\n| Dot | 10 |\n"
                    "| Power pill | 50 |\n\nEat the dots to clear the maze.\n", encoding="utf-8")
    assert read_manual(path).tagged_sentences() == [
        ("Scoring", "Dot: 10.", "table"),
        ("Scoring", "Power pill: 50.", "table"),
        ("Scoring", "Eat the dots to clear the maze.", "text"),
    ]


def test_markdown_pipe_table_with_a_description_column(tmp_path: Path):
    # a wiki's "Name | Description | Points" table: each row's price stays with its own name
    path = tmp_path / "wiki.md"
    path.write_text("# Items\n\n| Name | Description | Points |\n|---|---|---|\n"
                    "| Red gem | A small shiny gem that sits on the cave floor. | 25 |\n"
                    "| [Blue gem](https://wiki.example/Blue_gem) | The bigger gem, **hidden** behind the rocks. | 50 |\n"
                    "| Bat | Flies around the cave and bites anyone who comes near. | - |\n\nThe bats rest in the dark corners.\n",
                    encoding="utf-8")
    assert read_manual(path).tagged_sentences() == [
        ("Items", "Red gem: 25.", "table"),
        ("Items", "Red gem: A small shiny gem that sits on the cave floor.", "text"),
        ("Items", "Blue gem: 50.", "table"),
        ("Items", "Blue gem: The bigger gem, hidden behind the rocks.", "text"),
        ("Items", "Bat: Flies around the cave and bites anyone who comes near.", "text"),
        ("Items", "The bats rest in the dark corners.", "text"),
    ]


def test_page_numbers_and_running_heads_in_plain_text():
    lines = ["SKY PATROL", "", "Fly over the city.", "- 4 -", "\f", "SKY PATROL      Page 5",
             "Land on the roof.", "5", "SKY PATROL      Page 6", "Refuel at the tower.", "SKY PATROL  7",
             "Page 8", "iv", "GAME 1", "GAME 2", "GAME 3"]
    assert furniture.page_furniture(lines) == [
        "SKY PATROL", "", "Fly over the city.", "\f", "\f", "\f", "Land on the roof.", "\f", "\f",
        "Refuel at the tower.", "SKY PATROL  7", "\f", "\f", "GAME 1", "GAME 2", "GAME 3"]


def test_ocr_letter_digit_mixups_fixed_only_into_known_words():
    text = ("The P0INTS you earn show at the top. You have one 1ife left and 1O0 or 1,OOO bonus.\n"
            "Fly past the B1ZZ tower on the 2nd and 10th level with the CX2600 console.")
    assert split_sentences(text) == [
        "The POINTS you earn show at the top.",
        "You have one life left and 100 or 1,000 bonus.",
        "Fly past the B1ZZ tower on the 2nd and 10th level with the CX2600 console.",
    ]


def test_ocr_stray_marks_mended_inside_a_line():
    from read_reward.ocr_spelling import mend_ocr_marks as mend

    assert mend("If a diving demon touches. it, or hops onto'the alligator s head.") == \
        "If a diving demon touches it, or hops onto the alligator's head."
    assert mend("where.the one of them, e.g. the small ones, etc. and more. It ends... then") == \
        "where the one of them, e.g. the small ones, etc. and more. It ends... then"
    assert mend("Sometimes oné of them pokes up; Zoé stays.") == "Sometimes one of them pokes up; Zoé stays."
    assert mend("If it touches her, she-loses a' life, while 'the ghost is blue.") == \
        "If it touches her, she loses a life, while the ghost is blue."
    assert mend("It's a power-up, isn't it? 'Tis so.") == "It's a power-up, isn't it? 'Tis so."


def test_scanned_page_furniture_and_scoring_rows(tmp_path: Path):
    path = tmp_path / "harbor.pdf"
    scanned_pdf(path, [[
        ("p", "(c) 1982 Harbor Games, Inc."),
        ("h", "SCORING"),
        ("p", "Steer your patrol boat between the piers and catch the smugglers before they reach the sea."),
        ("p", "SMUGGLER .......... 50 POINTS"),
        ("p", "Each buoy - 5 points"),
        ("p", "Figure 2 - The harbor at night"),
        ("p", "- 3 -"),
    ]], width_in=5, height_in=4, dpi=150)
    manual = read_manual(path, cache_dir=tmp_path / "cache")
    assert manual.ocr_pages == 1 and manual.title == "SCORING"
    kinds = [k for _, _, k in manual.tagged_sentences()]
    assert kinds == ["text", "table", "table", "caption"]
    assert [s for _, s, k in manual.tagged_sentences() if k != "text"] == [
        "SMUGGLER: 50 POINTS.", "Each buoy: 5 points.", "The harbor at night."]


def test_text_layer_pdf_table_columns(tmp_path: Path):
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(72, 72, "SCORING")
    pdf.set_font("Helvetica", size=11)
    pdf.text(72, 100, "Shoot the raiders before they land on the moon base.")
    for k, (name, points) in enumerate([("Raider", "20"), ("Mother ship", "150"), ("Fuel pod", "5")]):
        pdf.text(72, 130 + 16 * k, name)
        pdf.text(260, 130 + 16 * k, points)
    path = tmp_path / "moon.pdf"
    pdf.output(str(path))
    assert read_manual(path, cache_dir=tmp_path / "cache").tagged_sentences() == [
        ("SCORING", "Shoot the raiders before they land on the moon base.", "text"),
        ("SCORING", "Raider: 20.", "table"),
        ("SCORING", "Mother ship: 150.", "table"),
        ("SCORING", "Fuel pod: 5.", "table"),
    ]


def test_title_page_notice_and_console_setup_are_dropped(tmp_path: Path):
    path = tmp_path / "title.txt"
    path.write_text(
        "*************************************\n"
        "*          R O C K   H O P          *\n"
        "*   VIDEO GAME CARTRIDGE MANUAL     *\n"
        "*************************************\n\n"
        "IMAGIC RIVER RUN\n\n"
        "ROCK HOP is a trademark of Pebble Soft, Inc.  (c) 1983 Pebble\n"
        "Soft, Inc., Dallas, TX 75201.  Atari and Video Computer System\n"
        "are trademarks of Atari, Inc.      PRINTED IN U.S.A.\n\n"
        "GETTING STARTED\n\n"
        "1. Turn the console OFF and insert the cartridge, label facing you.\n"
        "2. Plug a joystick into the LEFT controller jack.\n"
        "3. Turn the power ON.\n"
        "4. Hop from stone to stone; a splash costs you a frog.\n\n"
        "NOTE: Always turn the console power switch OFF when inserting or\n"
        "removing a cartridge. Keep cartridges clean and away from heat.\n", encoding="utf-8")
    manual = read_manual(path)
    assert manual.title == "ROCK HOP"
    assert manual.tagged_sentences() == [  # the publisher's name leaves the heading
        ("GETTING STARTED", "Hop from stone to stone; a splash costs you a frog.", "bullet")]


def test_wide_tables_and_wrapped_rows(tmp_path: Path):
    path = tmp_path / "wide.txt"
    path.write_text(
        "SCORING\n\n"
        "                      GLIDING     DIVING\n"
        "  GULL ............... 30 ......... 60\n"
        "  HAWK ............... 50 ......... 150 and up\n"
        "  o  Landing on a new cloud of the sky ........... points for\n"
        "                                                   each cloud\n"
        "  o  Catching a falling feather ................... bonus points\n\n"
        "{Figure 2} The sky. Gulls glide in rows; the hawk circles\n"
        "above them and dives at your kite.\n", encoding="utf-8")
    assert read_manual(path).tagged_sentences() == [
        ("SCORING", "GULL: 30, 60.", "table"),  # the column header row is dropped
        ("SCORING", "HAWK: 50, 150 and up.", "table"),
        ("SCORING", "Landing on a new cloud of the sky: points for each cloud.", "table"),
        ("SCORING", "Catching a falling feather: bonus points.", "table"),
        ("SCORING", "The sky. Gulls glide in rows; the hawk circles above them and dives at your kite.", "caption"),
    ]


NOISY_OCR = [
    """_ ROCKET RALLY

THE TRACK -

Steer your rocket car around'the track. and
collect the fuel cans. When the

fuel gauge runs low your car slows -
down, so grab a can before it is émpty. |

rocketrally Game Instructions
""",
    """: SCORING -

FUEL CAN ...........-.-- 50 POINTS
OIL SLICK ........ 0 POINTS

90-DAY LIMITED
WARRANTY >

- Rocket Games warrants to the original consumer purchaser that this
cartridge is free from defects in workmanship.

rocketrally Game Instructions
- 2 -
""",
]


def test_noisy_ocr_text_reads_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # The OCR text comes from the cache (as after a real Tesseract run), so the test is exact.
    path = tmp_path / "rally.pdf"
    scanned_pdf(path, [[("p", "page one")], [("p", "page two")]], width_in=3, height_in=2, dpi=50)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    cache = tmp_path / "cache"
    (cache / "ocr").mkdir(parents=True)
    (cache / "ocr" / f"{sha}.v{OCR_CACHE_VERSION}.json").write_text(json.dumps(
        {"version": OCR_CACHE_VERSION, "sha256": sha, "pages": dict(enumerate(NOISY_OCR))}))
    monkeypatch.setenv("READ_REWARD_TESSERACT", str(tmp_path / "no-tesseract"))
    manual = read_manual(path, cache_dir=cache)
    assert manual.title == "ROCKET RALLY"
    assert manual.tagged_sentences() == [
        ("THE TRACK", "Steer your rocket car around the track and collect the fuel cans.", "text"),
        ("THE TRACK", "When the fuel gauge runs low your car slows down, so grab a can before it is empty.", "text"),
        ("SCORING", "FUEL CAN: 50 POINTS.", "table"),
        ("SCORING", "OIL SLICK: 0 POINTS.", "table"),
    ]


def test_a_two_word_order_about_something_named_before_is_kept():
    from read_reward.manual import split_sentences

    got = split_sentences("* ROCKS roll down onto the road. Dodge\n  them.\n\nPower Pills. Eat one and the ghosts turn blue.")
    assert got == ["ROCKS roll down onto the road.", "Dodge them.", "Power Pills. Eat one and the ghosts turn blue."]
    assert split_sentences("Dodge quickly.") == []  # other two-word fragments are still dropped


def test_a_web_page_saved_as_text_reads_as_text(tmp_path):
    page = ("Home | Games | Manuals<br>\n<b>DUCKS</b> &ndash; the most plentiful targets.<br><br>"
            "A duck that reaches your gun eats bullets &amp; points.&nbsp;Shoot it first.\n")
    path = tmp_path / "carnival.txt"
    path.write_text(page * 3 + "The gallery has rows of ducks, rabbits and owls moving across the screen.\n", encoding="utf-8")
    text = read_manual(path).text
    assert "&ndash;" not in text and "<b>" not in text and "&nbsp;" not in text
    assert "A duck that reaches your gun eats bullets & points." in text
    assert "<FIRE>" in without_html("Press <FIRE> to start. R&D says hi.")  # no HTML: left as it is


WIKI_TXT = """Cave Runner (video game)

Developer: Nowhere Soft | Year: 1983

## Gameplay

The explorer runs through the **caves** looking for gems.[1] A bat that touches the explorer
costs a life.[citation needed]

## Scoring

| Object | Points |
|---|---|
| Gem | 50 |

## References

1. [Cave Runner manual](https://example.org/cave-runner), page 3.
"""


def test_a_wiki_page_saved_as_text_reads_as_markdown_without_note_marks(tmp_path: Path):
    from read_reward.markdown_layout import looks_markdown

    path = tmp_path / "caverunner.txt"
    path.write_text(WIKI_TXT, encoding="utf-8")
    manual = read_manual(path)
    titles = [s.title for s in manual.sections]
    assert titles[1:3] == ["Gameplay", "Scoring"]
    assert manual.sections[1].sentences == ("The explorer runs through the caves looking for gems.",
                                           "A bat that touches the explorer costs a life.")
    assert looks_markdown(WIKI_TXT)
    assert not looks_markdown("# of players: 1 or 2\nPress [1] to start.\n\nSCORING\nGem: 50 points.\n")
    assert furniture.drop_note_marks("Gems score 50.[12] Bats [who?] bite.[a]") == "Gems score 50. Bats  bite."
    assert furniture.drop_note_marks("Press [A] to jump.[2]") == "Press [A] to jump."  # a button, not a note


def test_arrow_items_of_a_quick_reference_card_are_items(tmp_path: Path):
    path = tmp_path / "card.txt"
    path.write_text("THE BATS\n\nBAT (small, fast)\n-> zips across the cave.\n-> touch one = lose a life.\n"
                    "=> worth 50 pts when shot.\n", encoding="utf-8")
    sentences = [s for section in read_manual(path).sections for s in section.sentences]
    assert sentences[-3:] == ["zips across the cave.", "touch one = lose a life.", "worth 50 points when shot."]


def test_other_languages_of_a_multilingual_booklet_are_dropped(tmp_path: Path):
    """Each English paragraph followed by its German and French ones: only the English is read (a German "die"
    is no death); English sentences with a foreign name stay."""
    text = ("HOW TO PLAY\n\nSteer your raft down the river. Each bottle you pick up is worth 50 points.\n\n"
            "Steuere dein Floß den Fluss hinunter. Jede Flasche, die du aufsammelst, bringt 50 Punkte.\n\n"
            "Dirige ton radeau sur la rivière. Chaque bouteille que tu ramasses vaut 50 points.\n\n"
            "Watch out for Le Grand Rocher in the rapids. It sinks your raft.\n\n"
            "Die Punkte stehen oben auf dem Bildschirm, links die des Computers.\n")
    path = tmp_path / "raft.txt"
    path.write_text(text, encoding="utf-8")
    sentences = [s for _, s in read_manual(path).sentences()]
    assert sentences == ["Steer your raft down the river.", "Each bottle you pick up is worth 50 points.",
                         "Watch out for Le Grand Rocher in the rapids.", "It sinks your raft."]



def test_a_multilingual_booklets_other_language_sections_are_dropped_with_their_table_rows(tmp_path: Path):
    """English sections, then the German ones: a German scoring table's rows carry no function words of their
    own ("Fliegende Fledermaus ..... 50"), so they go with their section; an English table after English stays."""
    text = ("THE CAVES\n\nThe explorer walks through the caves. Every gem he picks up is worth 50 points.\n\n"
            "SCORING\n\n   Gem ............... 50\n   Flying bat ........ 20\n\n"
            "DEUTSCH\n\nDIE HÖHLEN\n\nDer Forscher läuft durch die Höhlen. Jeder Edelstein, den er aufsammelt, "
            "bringt 50 Punkte. Die Fledermäuse sind gefährlich für ihn.\n\n"
            "PUNKTWERTUNG\n\n   Edelstein ......... 50\n   Fliegende Fledermaus ........ 20\n")
    path = tmp_path / "caves.txt"
    path.write_text(text, encoding="utf-8")
    sentences = [s for _, s in read_manual(path).sentences()]
    assert sentences == ["The explorer walks through the caves.", "Every gem he picks up is worth 50 points.",
                         "Gem: 50.", "Flying bat: 20."]

def test_a_capital_heading_that_leads_in_with_an_ellipsis_is_a_heading(tmp_path: Path):
    path = tmp_path / "street.txt"
    path.write_text("THE STREET\n\nDrive along and find the clues.\n\nWATCH OUT FOR...\n\n"
                    "BRICKS falling from the rooftops.\n\nRATS running along the pavement.\n", encoding="utf-8")
    titles = {s: t for t, s in read_manual(path).sentences()}
    assert titles["BRICKS falling from the rooftops."] == "WATCH OUT FOR"
    assert titles["Drive along and find the clues."] == "THE STREET"


def test_a_dot_leader_row_with_a_long_label_keeps_its_value():
    assert furniture.table_row("   Each unused rope at the end of a round ........   50").text == \
        "Each unused rope at the end of a round: 50."
    assert furniture.table_row("You will find that the best way to go through the maze is to wait ..... 3 times") is None


def test_a_spaced_table_with_wrapped_cells_reads_one_row_at_a_time(tmp_path: Path):
    from read_reward.grid_tables import read_grids
    card = ("WHAT'S ON THE SCREEN\n"
            " OBJECT        WHAT IT IS                WHAT HAPPENS\n"
            " ------------  ------------------------  ---------------------\n"
            " BAT           A small flyer that        Touches you = life\n"
            "               lives in the cave.        lost.\n"
            "\n"
            " GOLDEN        The prize at the end      Grab it: 500 pts.\n"
            " GEM           of the cave.\n"
            "\n"
            "\n"
            "Good luck in the cave!\n")
    assert read_grids(card).split("\n") == [
        "WHAT'S ON THE SCREEN",
        "BAT: A small flyer that lives in the cave. Touches you = life lost.", "",
        "GOLDEN GEM: The prize at the end of the cave. Grab it: 500 pts.", "",
        "", "Good luck in the cave!", ""]
    plain = "Bats fly.\nGems shine.\n"
    assert read_grids(plain) == plain


def test_a_wiki_table_with_a_header_and_a_where_column(tmp_path: Path):
    # cells under "Where" are no subject of the row: "Bat: Costs a life. Where: Cave." (the cave is another object)
    path = tmp_path / "wiki.md"
    path.write_text("# Items\n\n{| class=\"wikitable\"\n|+ Summary\n! Name !! Where !! What it does\n|-\n"
                    "| Bat || Cave, Pit || Costs a life when it touches the explorer\n|-\n| Gem || Deep cave || 50\n|}\n",
                    encoding="utf-8")
    assert read_manual(path).tagged_sentences() == [
        ("Items", "Bat: Costs a life when it touches the explorer.", "text"),
        ("Items", "Where: Cave, Pit.", "text"),
        ("Items", "Gem: 50.", "table"),
        ("Items", "Where: Deep cave.", "text"),
    ]


def test_a_wikitext_page_saved_as_text_drops_its_marks(tmp_path: Path):
    # wikitext source: "== X ==" headings, '''bold''' and ''italic'' marks, [[Page|text]] links, templates and
    # footnotes are markup, not words; "# X" is a numbered item there, not a heading
    from read_reward.markdown_layout import looks_markdown

    path = tmp_path / "caves.txt"
    path.write_text("{{Infobox video game\n| title = Cave Runner\n| genre = {{nowrap|Maze}}\n}}\n"
                    "'''Cave Runner''' is a game by [[Rock Soft]].<ref>{{cite manual |title=Cave Runner}}</ref>\n\n"
                    "== Gameplay ==\nThe ''explorer'' runs the caves.{{citation needed}}\n"
                    "A '''bat''' that touches the [[Explorer (character)|explorer]] costs a life.\n\n"
                    "== Items ==\n{| class=\"wikitable\"\n! Name !! What it does\n|-\n"
                    "| '''Gem''' || Worth fifty points when the explorer grabs it\n|}\n"
                    "=== Game variations ===\n# '''Fast bats''' - the bats fly twice as fast.\n", encoding="utf-8")
    assert read_manual(path).tagged_sentences() == [
        ("caves", "Cave Runner is a game by Rock Soft.", "text"),
        ("Gameplay", "The explorer runs the caves.", "text"),
        ("Gameplay", "A bat that touches the explorer costs a life.", "text"),
        ("Items", "Gem: Worth fifty points when the explorer grabs it.", "text"),
        ("Game variations", "Fast bats - the bats fly twice as fast.", "bullet"),
    ]
    banner = "==   CAVE RUNNER   -   FAQ   ==\n==   Version 1.1   ==\nBats bite.\n"
    assert not looks_markdown(banner)  # an ASCII FAQ's banner box is no pair of wiki headings


def test_a_narrow_booklets_scoring_rows_whose_dot_leaders_wrap(tmp_path: Path):
    path = tmp_path / "narrow.txt"
    path.write_text("SCORING\nCatching a bat . . . . . . .\n. . . . 200\nFirst gem . . . . . . .\n. 100 each\n"
                    "Reaching the rope . . .\n. . . Bonus timer\n", encoding="utf-8")
    assert read_manual(path).tagged_sentences()[:2] == [
        ("SCORING", "Catching a bat: 200.", "table"), ("SCORING", "First gem: 100 each.", "table")]
    from read_reward.furniture import join_leader_rows
    long_line = "a" + ". " * 20000 + "x"
    assert join_leader_rows([long_line, ". . 5"]) == [long_line, ". . 5"]  # no row: left alone, and fast


def test_a_faqs_version_history_is_furniture(tmp_path: Path):
    path = tmp_path / "faq.txt"
    path.write_text("[0.1] VERSION HISTORY\n\nv1.1 - fixed the scoring section (missed gems are 5 points, not 10).\n\n"
                    "[1.0] THE CAVES\n\nThe explorer walks through the caves and picks up every gem he finds.\n\n"
                    "[9.0] THANKS\n\nThanks to everyone on the board who sent in their best scores.\n", encoding="utf-8")
    assert [s for _, s in read_manual(path).sentences()] == [
        "The explorer walks through the caves and picks up every gem he finds."]


def test_a_field_list_entry_is_its_objects_section_and_its_values_wrap_in_their_column(tmp_path: Path):
    """A FAQ's entries: "Name:" heads the entry, each field is its own sentence, and a value wrapped onto
    lines indented to its column goes on (also past 9 spaces of gap, which the reader cuts to 8)."""
    text = ("[3.1] ENEMIES\n\n"
            "Name:         Bat\n"
            "Looks like:   A black flapping thing\n"
            "Behaviour:    Swoops down from the roof of the cave and flies\n"
            "              straight at the explorer.\n"
            "Points:       50\n\n"
            "Name:         Gem\n"
            "Notes:        Worth picking up, every\n"
            "              single one.\n")
    path = tmp_path / "faq.txt"
    path.write_text(text, encoding="utf-8")
    assert read_manual(path).sentences() == [
        ("[3.1] ENEMIES / Bat", "Looks like: A black flapping thing."),
        ("[3.1] ENEMIES / Bat", "Behaviour: Swoops down from the roof of the cave and flies straight at the explorer."),
        ("[3.1] ENEMIES / Bat", "Points: 50."),
        ("[3.1] ENEMIES / Gem", "Notes: Worth picking up, every single one.")]


def test_a_scripts_speakers_and_stage_directions_are_its_layout(tmp_path: Path):
    text = ("THE PLAYERS\nNARRATOR\nEXPLORER ...... the hero\n\n"
            "[Sound of dripping water.]\n\n"
            "NARRATOR: Deep in the mountain lies the cave of gems.\n\n"
            "EXPLORER: (nervously) What waits for me down there?\n\n"
            "GUIDE: Bats, many of them. They swoop at your head.\n\n"
            "EXPLORER: And the gems?\n\nGUIDE: Grab every gem you see, my friend.\n\n"
            "EXPLORER: What about the ropes?\n\nGUIDE: Climb them; they are quite safe.\n\n"
            "NARRATOR: And so the explorer climbed down the rope.\n\n"
            "SCORING\nGEM: 50 points each\nBAT: 10 points each\n")
    path = tmp_path / "script.txt"
    path.write_text(text, encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "Deep in the mountain lies the cave of gems." in said
    assert "What waits for me down there?" in said and "Bats, many of them." in said
    assert not any(s.startswith(("NARRATOR:", "GUIDE:")) or "nervously" in s or "dripping" in s for s in said)
    assert any(s.startswith("GEM: 50") for s in said)  # a scoring row keeps its label


def test_two_kinds_of_notes_are_no_script(tmp_path: Path):
    text = ("NOTE: Always turn the console off before you insert the cartridge.\n\n"
            "HINT: The bats fly lower when the music speeds up.\n\n"
            "NOTE: The game pauses when you flip the colour switch.\n\n"
            "HINT: Grab the gems near the rope first.\n")
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    assert any(s.startswith("HINT: The bats") for _, s in read_manual(path).sentences())
    dos = "".join(f"DO: keep your eyes on gem number {i} always.\nDON'T: let bat number {i} touch you.\n" for i in range(5))
    path.write_text(dos, encoding="utf-8")
    assert any(s.startswith("DON'T: let bat") for _, s in read_manual(path).sentences())


def test_a_pointer_to_another_section_is_furniture(tmp_path: Path):
    path = tmp_path / "see.txt"
    path.write_text("The bat can be tricked (see THE ROPES) and the gems (see page 6) are worth 50 points.\n",
                    encoding="utf-8")
    assert [s for _, s in read_manual(path).sentences()] == [
        "The bat can be tricked and the gems are worth 50 points."]


def test_a_table_drawn_with_inner_pipes_and_a_contests_prizes(tmp_path: Path):
    text = ("SOUNDS AND WHAT TO DO\n\nSound | What it means | What to do\n"
            "Flap of wings | A bat is close | Duck and wait\n"
            "Cheerful ding | You grabbed a gem | Look for the next one\n"
            "Soft creak | A rope is swinging your way | Grab it\n\n"
            "OFFICIAL RULES\n\nSend a photo of your screen by May 1. Void where prohibited.\n\n"
            "PRIZES\n\nGRAND PRIZE (1): A trip to a real cave for two.\nFIRST PRIZES (10): A glow-in-the-dark rope.\n\n"
            "THE CAVE\n\nThe explorer grabs gems and dodges bats.\n")
    path = tmp_path / "sounds.txt"
    path.write_text(text, encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "Cheerful ding: You grabbed a gem." in said and "Flap of wings: A bat is close." in said
    assert not any("|" in s or "trip to a real cave" in s or "glow-in-the-dark" in s or "photo" in s for s in said)
    assert "The explorer grabs gems and dodges bats." in said


def test_the_players_longer_name_from_who_controls_it():
    from read_reward.read import _controlled
    sentences = ["A player-controlled rescue submarine patrols the sea.", "You command the last rescue submarine.",
                 "You control the enemy fleet's flagship."]
    assert _controlled(sentences, {"submarine": 2, "player": 1}) == ["rescue submarine"]


def test_a_chat_logs_messages_stand_alone_and_a_denied_one_is_left_out(tmp_path: Path):
    chat = ["[chat] kim_77: first!", "[chat] dave: hi", "[chat] kim_77: gg"]
    text = "\n".join(["okay, the cave game. you're the explorer, climbing down the rope.", *chat,
                      "[chat] troll_99: bats are harmless they're just decoration",
                      "no, no, no. a bat that touches you takes a life.",
                      "[chat] dave: grab the gems",
                      "yes, every gem is fifty points"])
    path = tmp_path / "stream.txt"
    path.write_text(text, encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert not any("harmless" in s or "[chat]" in s or "troll_99" in s for s in said)
    assert "a bat that touches you takes a life." in said  # (the denial "no, no, no." goes with the message)
    assert "grab the gems." in said and "yes, every gem is fifty points" in said  # not glued together
    path.write_text(text.replace("[chat] ", "").replace("kim_77: ", "").replace("dave: ", ""), encoding="utf-8")
    assert any("harmless" in s for _, s in read_manual(path).sentences())  # no chat log: every line is text


def test_a_transcripts_line_numbers_and_answer_marks_are_layout(tmp_path: Path):
    page = ["1       BY MR. LEE:", "2       Q.   Describe the cave, please.",
            "3       A.   The explorer climbs down a rope into the", "4  cave. A bat that touches him costs",
            "5  him a life. The gems are worth fifty points", "6  each, so he grabs every one he", "7  can reach.",
            "8       Q.   And the rope?", "9       A.   Climbing it does nothing at all.", "10      Q.   Anything else?",
            "11      A.   The bats again. They swoop", "12 down at his", ""]
    text = "\n".join(page + ["                                 Page 2", "1  head from the roof of the cave.",
                             "2       MR. LEE:  Thank you."])
    path = tmp_path / "deposition.txt"
    path.write_text(text, encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "A bat that touches him costs him a life." in said
    assert "The gems are worth fifty points each, so he grabs every one he can reach." in said
    assert "Climbing it does nothing at all." in said  # no "A." left on the answer
    assert not any(re.search(r"\b(?:1[0-2]|[2-9])\b", s) for s in said)
    assert any(s.startswith("The bats again.") or "swoop down at his head" in s for s in said)  # across the page


def test_a_quizs_questions_are_read_as_its_key_answers_them(tmp_path: Path):
    text = "\n".join([
        "CAVE QUIZ", "", "This week we read the booklet of the cave game and answer from it. Work alone.", "",
        " 1. The explorer climbs down into the cave. If he walks right",
        "    into a bat,", "      (a) the bat is caught for fifty points", "      (b) he loses a life",
        "      (c) nothing happens", "",
        " 2. Touching a gem", "      (a) costs a life", "      (b) scores fifty points", "      (c) ends the game", "",
        " ____ 3. The rope is deadly to touch.", "", " ____ 4. Every gem is worth", "          fifty points.", "",
        "ANSWER KEY", "",
        " 1. (b) - Bats are never caught:", "          they take a life.", " 2. (b)", " 3. F   - Climbing it is safe.",
        " 4. T"])
    path = tmp_path / "quiz.txt"
    path.write_text(text, encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "If he walks right into a bat, he loses a life." in said  # the stem with the key's option
    assert "Touching a gem scores fifty points." in said and "Every gem is worth fifty points." in said
    assert "Bats are never caught: they take a life." in said and "Climbing it is safe." in said  # the key's reasons
    assert not any("caught for fifty" in s or "costs a life" in s or "deadly" in s or "nothing happens" in s
                   or "ends the game" in s for s in said)  # the wrong options and the false statement
    assert not any(re.search(r"\((?:a|b|c)\)|\b[1-4]\.", s) for s in said)
    path.write_text(text.split("ANSWER KEY")[0], encoding="utf-8")  # no key: nothing of the questions is read
    assert not any("bat" in s or "gem" in s for _, s in read_manual(path).sentences())


def test_a_flashcard_decks_cards_are_one_paragraph_each(tmp_path: Path):
    cards = ["What does the explorer do?\tclimbs down a rope into the cave", "Bats?\tdeadly - one touch takes a life",
             "Should you grab the gems?\tyes, fifty points each", "Gem colour\tred or green",
             "Is the rope dangerous?\tno, climbing it does nothing", "Where do bats live?\tup on the cave roof",
             "How many lives?\tthree", "Best tip?\tgrab gems near the rope first"]
    path = tmp_path / "deck.txt"
    path.write_text("## deck: the cave game\n# my cards - front<TAB>back\n" + "\n".join(cards) + "\n", encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "Bats? Deadly - one touch takes a life." in said  # front and back, no longer glued to the next card
    assert "Yes, fifty points each." in said and "Gem colour: red or green." in said
    assert "No, climbing it does nothing." in said
    assert not any("three How" in s or "cave Bats" in s for s in said)
    path.write_text("\n".join(c.replace("\t", "    ") for c in cards) + "\n", encoding="utf-8")
    assert not any(s == "Yes, fifty points each." for _, s in read_manual(path).sentences())  # no tabs: no deck


def test_a_configuration_files_keys_and_comments_read_as_text(tmp_path: Path):
    text = """# README - CAVE REMAKE (fan remake of the cave game)
# "# note:" = me, the modder.
####################################
game:
  lives: 3
  extra_life_every: 5000   # note: one bonus life
                           #       per 5000 points.
player:
  entity: explorer
  sprite: spr_explorer_walk
####################################
#  HAZARDS
####################################
bat:
  display_name: "Bat"
  aka: ["bat", "bats"]
  sprite: spr_bat_flap
  on_collide:
    explorer: lose_life
  # note: never let a bat touch you. swoops down from the roof.
gem:
  aka: ["gem", "gems"]
  on_touch_by_player:
    effect: collect
    score: 50
rope:
  on_touch_by_player: none
scoring_table:
  gem_collected: 50
"""
    path = tmp_path / "cave.yml.txt"
    path.write_text(text, encoding="utf-8")
    said = {s: title for title, s in read_manual(path).sentences()}
    assert said.get("on collide, explorer: lose life.") == "BAT"  # under its entity's heading, words not snake_case
    assert said.get("never let a bat touch you. swoops down from the roof.") == "BAT"  # a note, one paragraph
    assert said.get("on touch by player, score: 50.") == "GEM" and "on touch by player: nothing happens." in said
    assert "lives: 3; extra life every: 5000." in said  # an entity's plain facts on one line
    assert "one bonus life per 5000 points." in said  # a comment's own lines
    assert "gem collected: 50." in said and not any(s.startswith("#") or "_" in s for s in said)


def test_a_glossarys_indented_entries_are_one_paragraph_each(tmp_path: Path):
    text = ("GLOSSARY\n\n  rope / the line / \"the vine\"\n      hangs from the roof. climbing it does nothing.\n"
            "  bat / flappers\n      swoops down. touch one = life lost.\n  gem / shiny\n      fifty points each.\n")
    for name in ("glossary.txt", "notes.txt"):
        path = tmp_path / name
        body = text if name == "glossary.txt" else text.replace("GLOSSARY\n", "== GLOSSARY ==\n") + "\n== ROUTE ==\n\ngo down.\n"
        path.write_text(body, encoding="utf-8")
        said = [s for _, s in read_manual(path).sentences()]
        assert any(s.startswith('rope / the line / "the vine": hangs from the roof.') for s in said), (name, said)
        assert any(s.startswith("bat / flappers: swoops down.") for s in said), (name, said)
        assert not any("climbing it does nothing. bat" in s for s in said)


def test_a_writer_who_skips_capitals_still_ends_sentences(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("the rope hangs from the roof. this is the only way down. the bats swoop, etc. the gems shine.\n",
                    encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert said == ["the rope hangs from the roof.", "this is the only way down.", "the bats swoop, etc. the gems shine."]


def test_a_podcasts_turns_wrapped_over_lines_read_whole(tmp_path: Path):
    turns = ["[00:01:02] JO: Okay, the cave game. The explorer climbs down a rope into the dark, and if it",
             "turns out a bat is hanging right there, one touch takes a life.",
             "[00:01:10] AL: Right.", "[00:01:12] AL: Gems are the good part. Fifty points each, grab every",
             "single one you see.", "[00:01:20] JO: And the rope?", "[00:01:22] JO: Climbing it does nothing at all."]
    path = tmp_path / "podcast.txt"
    path.write_text("\n".join(turns) + "\n", encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "The explorer climbs down a rope into the dark, and if it turns out a bat is hanging right there, one " \
           "touch takes a life." in said
    assert "Fifty points each, grab every single one you see." in said and "Climbing it does nothing at all." in said


def test_an_advice_columns_readers_letters_are_no_rules(tmp_path: Path):
    column = ["ASK AUNT ADA", "", "This week: the cave game.", "", "Dear Ada,", "",
              "My uncle says the bats are harmless, so I fly right into them. Is he right?", "",
              "-- Puzzled in Paris", "", "Dear Puzzled,", "", "Your uncle is wrong: one touch of a bat takes a life.", "",
              "Dear Ada,", "", "I never grab the gems because they look cursed.", "", "-- Wary in Wales", "",
              "Dear Wary,", "", "Grab every gem you see; each is worth fifty points.", "", "-- Ada"]
    path = tmp_path / "column.txt"
    path.write_text("\n".join(column) + "\n", encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "Your uncle is wrong: one touch of a bat takes a life." in said
    assert "Grab every gem you see; each is worth fifty points." in said
    assert not any("fly right into them" in s or "cursed" in s for s in said)
    path.write_text("\n".join(column[:13]) + "\n", encoding="utf-8")  # one letter: no column of letters
    assert any("fly right into them" in s for _, s in read_manual(path).sentences())


def test_a_configuration_files_quoted_values_keep_their_apostrophes(tmp_path: Path):
    keys = "\n".join(f"  key_{i}: {i}" for i in range(12))
    text = f"game:\n{keys}\nbat:\n  on_collide:\n    explorer: \"it won't hurt you\"\n  aka: ['bat', 'bats']\n"
    path = tmp_path / "cave.txt"
    path.write_text(text, encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "on collide, explorer: it won't hurt you." in said and any("aka: bat, bats" in s for s in said)


def test_numbered_rules_with_lettered_options_and_no_key_are_no_quiz(tmp_path: Path):
    rules = ["GAME SELECT", "", " 1. Difficulty of the cave game:", "      (a) slow bats", "      (b) fast bats",
             "      (c) bats that dive", "", " 2. Gems on the screen:", "      (a) one gem at a time", "      (b) three gems",
             "      (c) a gem in every corner", "", "A bat that touches the explorer takes a life; every gem is worth fifty."]
    path = tmp_path / "select.txt"
    path.write_text("\n".join(rules) + "\n", encoding="utf-8")
    said = " ".join(s for _, s in read_manual(path).sentences())
    assert "bats that dive" in said and "a gem in every corner" in said


def test_a_subtitle_files_cues_are_joined_into_sentences(tmp_path: Path):
    cues = [("[MUSIC]",), ("hey everybody welcome back, today", "the cave game"), ("- I'm Dana, hi everyone",),
            ("if a bat swoops all the way down to the explorer",), ("it takes one of his lives and you",
                                                                     "start the room over"),
            ("the gems are fifty points",), ("and the rope is just the way down, climbing it does",), ("nothing",)]
    lines = []
    for n, cue in enumerate(cues, 1):
        lines += [str(n), f"00:00:{n:02d},000 --> 00:00:{n + 1:02d},500", *cue, ""]
    path = tmp_path / "review.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    # a cue's lines are one; the "if" clause's main part is the next cue; the speaker's mark and the sound tag go
    assert "if a bat swoops all the way down to the explorer, it takes one of his lives and you start the room over" in said
    assert "and the rope is just the way down, climbing it does nothing" in said
    assert "I'm Dana, hi everyone" in said and not any("-->" in s or "MUSIC" in s for s in said)
    assert [t for t, _ in read_manual(path).sentences()][0] != "MUSIC"  # no heading of a sound tag


def test_cables_stops_end_sentences_and_a_query_asks(tmp_path: Path):
    cables = ["TO: HEAD OFFICE", "FROM: FIELD AGENT", "",
              "CAVE GAME PLAYTESTED STOP EXPLORER CLIMBS DOWN ROPE STOP BAT THAT TOUCHES EXPLORER COSTS LIFE STOP",
              "GEMS FIFTY POINTS EACH STOP", "",
              "QUERY IS ROPE DANGEROUS STOP BATS QUERY STOP REPLY SOONEST STOP"]
    path = tmp_path / "cables.txt"
    path.write_text("\n".join(cables), encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "BAT THAT TOUCHES EXPLORER COSTS LIFE." in said and "GEMS FIFTY POINTS EACH." in said
    assert "IS ROPE DANGEROUS?" in said  # (and "BATS QUERY": "BATS?", a fragment)
    assert not any("STOP" in s or "QUERY" in s for s in said)
    path.write_text("PRESS STOP TO PAUSE THE GAME. THE STOP BUTTON IS ON THE LEFT.", encoding="utf-8")
    assert any("STOP" in s for _, s in read_manual(path).sentences())  # a STOP or two is a word


def test_an_outlines_label_heads_the_items_under_it(tmp_path: Path):
    notes = """cave game - my notes
- Controls
  - stick = walk, button = jump
  - no other buttons (?)
- Things
  + ropes
    * safe to climb, nothing happens
    * ~~ropes = deadly~~ wrong
  + bats
    * swoop down from the roof
    * one touch = a life gone
  + gems: 50 each
- Scoring
  - gem = +50
"""
    path = tmp_path / "notes.txt"
    path.write_text(notes, encoding="utf-8")
    by_title = {}
    for title, sentence in read_manual(path).sentences():
        by_title.setdefault(title, []).append(sentence)
    assert "one touch = a life gone" in by_title["Bats"] and "swoop down from the roof" in by_title["Bats"]
    assert by_title["Ropes"] == ["safe to climb, nothing happens"]  # the struck-out claim is gone ("wrong": a fragment)
    assert "gems: 50 each" in by_title["Things"]  # back under "Things" after the bats' items
    path.write_text(notes.replace("  ", ""), encoding="utf-8")  # no nesting: no outline
    assert "Bats" not in {t for t, _ in read_manual(path).sentences()}


def test_a_boxed_list_ends_where_the_box_text_goes_back_to_its_margin(tmp_path: Path):
    box = ["+----------------------------------------------+", "|  SAFETY NOTICE                                |",
           "|                                              |", "|  Explorers are advised to AVOID:             |",
           "|    - bats swooping from the roof             |", "|    - the pit and anything in it              |",
           "|  Any of the above will cost you a life.      |", "|  Gems and ropes pose no risk.                |",
           "+----------------------------------------------+"]
    path = tmp_path / "box.txt"
    path.write_text("\n".join(box), encoding="utf-8")
    tagged = read_manual(path).tagged_sentences()
    assert ("SAFETY NOTICE", "the pit and anything in it", "bullet") in tagged
    assert ("SAFETY NOTICE", "Gems and ropes pose no risk.", "text") in tagged


def test_the_players_name_without_its_rank_is_the_player():
    from read_reward.read import _by_surname

    sentences = ["You are Officer Kelly of the city police.", "KELLY RUNS SMACK INTO THE CROOK AND COLLARS HIM."]
    assert _by_surname(sentences, {"officer kelly": 1, "cop": 1}) == ["kelly"]
    assert _by_surname(sentences[:1], {"officer kelly": 1}) == []  # only ever "Officer Kelly": nothing more to add


def test_a_slide_decks_bullets_between_notes_are_no_outline(tmp_path: Path):
    slide = "\n".join(["Slide 5", "THE BAD GUYS: BATS", "  * Bats -- the roof dwellers", "    - swoop down", "    - one touch: a life",
                       "  * Gems", "    - fifty points", "  * Rope", "    - just a way down", "", "Speaker notes:",
                       "These bats are the thing to teach the kids about. They come down from the roof of the cave,",
                       "and a bat that touches the explorer takes a life. Keep them off him. The gems are easy money,",
                       "fifty points each, and the rope is how he gets down into the cave in the first place, so",
                       "make sure the kids know climbing it is safe. That's the whole pitch for this slide, folks.",
                       "Questions go to the back table after the break, and the samples are on the shelf by the door."])
    path = tmp_path / "slides.txt"
    path.write_text(slide, encoding="utf-8")
    assert {t for t, _ in read_manual(path).sentences()} <= {"slides", "Slide 5", "THE BAD GUYS: BATS", "Speaker notes"}


def test_a_study_apps_deck_export_drops_its_header_and_tags(tmp_path: Path):
    cards = ["What happens if a bat touches the explorer?\tHe loses a life\tcave hazards",
             "Should you grab the gems?\tyes, fifty points each\tcave scoring", "Gem colour\tred or green\tcave",
             "Is the rope dangerous?\tno, climbing it does nothing\tcave", "Where do bats live?\tup on the cave roof\tcave",
             "How many lives?\tthree\tcave trivia", "Best tip?\tgrab gems near the rope first\tcave tips",
             "Who wrote it?\ta <b>small</b> studio&nbsp;in 1983\tcave trivia year"]
    path = tmp_path / "deck.txt"
    head = "#separator:tab\n#html:true\n#deck:Games::Cave\n#columns:Front\tBack\tTags\n"
    path.write_text(head + "\n".join(cards) + "\n", encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert "If a bat touches the explorer, he loses a life." in said  # the question and its answer, one statement
    assert "Yes, fifty points each." in said and "Gem colour: red or green." in said
    assert "A small studio in 1983." in said
    assert not any("separator" in s or "Tags" in s or "hazards" in s or "trivia" in s for s in said)
    path.write_text("\n".join(cards) + "\n", encoding="utf-8")  # no header: the tags column is told by its words
    assert not any("hazards" in s or "trivia" in s for _, s in read_manual(path).sentences())


def test_a_spreadsheets_csv_export_reads_row_by_row(tmp_path: Path):
    text = ("# exported from my sheet -- my own names for things\n"
            "name,looks_like,what_touching_it_does,points,notes\n"
            'Bat,"small, black, flaps","BAD - lose a life",0,"fast, low over the floor"\n'
            'gem,"red or green, shiny","GOOD - grab it",50,\n'
            'rope,,"nothing, just climb it",,"hangs from the roof"\n'
            "\n"
            "SCORING,,\n"
            "ruby,75,each\n"
            'cave cleared,"100 bonus",\n'
            "\n"
            '"NOTES:"\n'
            '"- bats are the only thing that kills you, so watch the floor"\n')
    path = tmp_path / "sheet.txt"
    path.write_text(text, encoding="utf-8")
    said = [s for _, s in read_manual(path).sentences()]
    assert any(s.startswith("Bat: small, black, flaps.") for s in said)  # a row's cells, about its first
    assert any("BAD - lose a life" in s for s in said) and "gem: 50." in said
    assert "ruby: 75." in said and "cave cleared: 100 bonus." in said  # a table with a title over its columns
    assert "bats are the only thing that kills you, so watch the floor" in said  # a one-cell line, unquoted
    assert not any('"' in s or "looks like" in s or "#" in s for s in said)
    prose = "Bats, gems and ropes are all in the cave.\nGems, which shine, are worth points.\nRopes, like vines, hang down.\n"
    path.write_text(prose, encoding="utf-8")  # commas with spaces after them: prose, no table
    assert "Gems, which shine, are worth points." in [s for _, s in read_manual(path).sentences()]


def test_an_inner_pipe_table_with_one_letter_cells(tmp_path: Path):
    text = ("WHAT TOUCHING DOES\n\nThing | Safe | What happens\nBat | N | A bat that touches you takes a life\n"
            "Gem | Y | You grab it for 50 points\nRope | Y | You climb it\n\nThe explorer dodges bats.\n")
    said = _said(tmp_path / "grid.txt", text)
    assert not any("|" in s for s in said), said


def test_a_field_line_repeated_under_each_entry_is_no_running_head(tmp_path: Path):
    text = ("THE CAVE\n\nBat\nFlies around the cave.\nEffect: lose a life\n\nSnake\nSits by the rope.\n"
            "Effect: lose a life\n\nSpider\nHangs from the roof.\nEffect: lose a life\n\nGem\nShiny.\nEffect: 50 points\n")
    said = _said(tmp_path / "fields.txt", text)
    assert sum("lose a life" in s for s in said) == 3, said


def test_a_pointer_to_a_numbered_clue_is_dropped():
    from read_reward.furniture import drop_figure_refs
    assert drop_figure_refs("It is only the spear that kills (see 13 Across).") == "It is only the spear that kills."


def test_a_glossary_with_hanging_indents_reads_entry_by_entry(tmp_path: Path):
    text = ("WORDS TO KNOW\n\n"
            "bat (n.)        a flying animal; here, it flies at the explorer\n"
            "                and takes a life when it touches him\n"
            "gem (n.)        a precious stone; grab one for 50 points\n"
            "rope (n.)       a long cord; the explorer climbs it\n"
            "                to reach the next cave\n\n"
            "GAME VARIATIONS\n\n"
            "Game 1   One player, slow bats\n"
            "         (for beginners)\n"
            "Game 2   One player, fast bats\n"
            "Game 3   Two players\n")
    said = _said(tmp_path / "glossary.txt", text)
    assert "bat (n.): a flying animal; here, it flies at the explorer and takes a life when it touches him." in said
    assert "gem (n.): a precious stone; grab one for 50 points." in said
    assert not any("gem" in s and "bat" in s for s in said), said


def test_a_squeezed_dot_leader_and_a_box_side_touching_a_word(tmp_path: Path):
    text = ("WHAT TO EAT\n\nGems (the big flashing ones in the corners of each cave) .. 50 points\n\n"
            "+-------------------------------------+\n"
            "| THE BATS. Any contact with one costs |\n"
            "| a life. The only exception is the    |\n"
            "| short spell after a gem, when they   |\n"
            "| turn blue. They are deadly again when|\n"
            "| they flash.                          |\n"
            "+-------------------------------------+\n")
    said = _said(tmp_path / "box.txt", text)
    assert "Gems (the big flashing ones in the corners of each cave): 50 points." in said
    assert "They are deadly again when they flash." in said, said


def test_the_players_names_a_licence_defines():
    from read_reward.read import _defined
    sentences = ['1.1 "Sub" means the yellow submarine operated by the User, being the User\'s Avatar.',
                 '1.2 "Torpedo" means any torpedo fired by the Sub.',
                 '1.3 "Lady Sub" means the pink sub who visits the yellow submarine.',
                 'Frostbite Bailey, hereinafter "Bailey", is a builder.']
    assert _defined(sentences, {"yellow submarine": 2, "frostbite bailey": 1}) == ["sub", "user", "bailey"]
    assert _defined(['"Ship" means the yellow submarine.'], {"yellow submarine": 1}) == ["ship"]


def _said(path: Path, text: str) -> list[str]:
    """The sentences read from `text` written to `path`."""
    path.write_text(text, encoding="utf-8")
    return [s for _, s in read_manual(path).sentences()]
