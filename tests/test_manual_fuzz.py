"""Fuzz the manual parser: random and mutated manuals never raise anything but InputError.

Seeds are the bundled manuals (and any .txt manuals beside them) plus a messy booklet-style
text and one text of each whole-file layout; mutations shuffle, truncate, re-encode and inject noise. `-m slow` runs a larger budget.
"""

from __future__ import annotations

import random
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_factory import two_column_pdf

from read_reward.errors import InputError
from read_reward.manual import KINDS, Manual, read_manual, split_sentences

MANUALS = Path(__file__).resolve().parent.parent / "manuals"

BOOKLET = """ATARI VIDEO COMPUTER SYSTEM(TM)
GAME PROGRAM INSTRUCTIONS

                      HARBOR PATROL

(C)1983 ATARI, INC.                              CX2688

                         - 1 -
S C O R I N G

Guide your patrol boat between the piers {Figure 2} and catch the
smugglers before they reach the open sea (See Figure 3).

Figure 2 - The harbor at night
[Illustration: a smuggler's raft drifting past a buoy]

o Push the joystick to steer.
o Press the red button to drop a net.
1. Insert the cartridge.
(2) Turn the console on.
Step 3: Press GAME RESET.

SMUGGLER ........... 50 POINTS
Raft (empty) ... 10, 20, 40
Buoy     0
Each net - 5 points

GAME NUMBER   1  2  3  4
  1  2  1  2

LIMITED WARRANTY
Atari warrants to the original consumer purchaser that this cartridge is
free from defects in workmanship; implied warranties of merchantability apply.
The b0at has one 1ife. You get 1O0 P0INTS.
"""

SEEDS = sorted(p.read_text("utf-8", errors="replace") for p in (*MANUALS.glob("*.md"), *MANUALS.glob("*.txt")))
SEEDS.append(BOOKLET)
# the layouts read as a whole file (`manual._decode`): a subtitle file, cables, an outline, a study deck, a CSV export;
# and a hanging-indent glossary
SEEDS += [
    "".join(f"{i}\n00:00:{i:02d},000 --> 00:00:{i + 1:02d},500\n[music] the boat catches\nsmugglers for fifty points\n\n"
            for i in range(1, 8)),
    "THE BOAT CATCHES THE SMUGGLERS FOR FIFTY POINTS STOP IT IS\nSAFE TO PASS THE BUOYS STOP ARE RAFTS WORTH POINTS QUERY\n"
    "CORRECTION RAFTS ARE WORTH TEN POINTS STOP\n" * 3,
    "- boat\n  - steer w/ stick\n  - ~~nets are free~~\n- smugglers\n  * catch = 50\n  * they escape -> lose\n" * 3,
    "#separator:tab\n#html:true\n#columns:Front\tBack\tTags\n" + "What happens if the boat hits a buoy?\tnothing\tharbor\n"
    "Smuggler points?\t<b>50</b>&nbsp;each\tharbor scoring\n" * 5,
    "# exported from sheet\nname,looks_like,what_touching_it_does,points\n" + 'smuggler,"raft, small","GOOD - catch it",50\n'
    'buoy,,"nothing, it bobs",\n"NOTES:"\n"- nets are free"\n' * 3,
    "smuggler (n.)      a thief on a raft; catch one\n                   for fifty points\nbuoy (n.)          a float; "
    "touching it does nothing\n" * 3,  # a glossary with hanging indents (`hanging_rows`)
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1", "utf-32"]
NOISE = ["\x00", "\x01", "\x1a", "\x7f", "\x85", "\ufeff", "\u200b", "\u202e", "\ud800", "\f", "\t", "\v",
         "\r", "\r\n", "\u2028", "©", "™", "ﬁ", "…", "“", "’", "\u00ad", "-\n", "•", "o ", "|", "[Figure",
         "{Figure 3}", "......", "SCORING:", "شاشة اللعبة", "游戏说明书", "P0INTS", "1ife", "l00", "\\", "**", "`"]


@st.composite
def manuals(draw: st.DrawFn) -> tuple[bytes, str]:
    """(file bytes, suffix): a seed manual or random text, mutated a few times."""
    if draw(st.integers(0, 9)) == 0:
        text = draw(st.text(max_size=400))
    else:
        text = draw(st.sampled_from(SEEDS))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(0, 4))):
        text = _mutate(text, rng, draw(st.integers(0, 9)))
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace" if "utf" not in encoding else "surrogatepass")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut]
    if draw(st.integers(0, 4)) == 0:
        data = _inject_bytes(data, rng)
    return data, draw(st.sampled_from([".txt", ".md"]))


def _mutate(text: str, rng: random.Random, how: int) -> str:
    lines = text.split("\n")
    if how == 0:
        rng.shuffle(lines)
    elif how == 1:  # noise at random places
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(NOISE) + text[i:]
        return text
    elif how == 2:  # a giant line
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines) * rng.randint(50, 400))
    elif how == 3:
        lines = ["".join(rng.choice(".,;:!?-=_*#()[]{}\"'/\\|") for _ in range(rng.randint(0, 60)))
                 for _ in lines]
    elif how == 4:
        lines = [" ".join(str(rng.randint(0, 10**rng.randint(1, 6))) for _ in range(rng.randint(0, 8)))
                 for _ in lines]
    elif how == 5:  # mixed newlines
        return "".join(line + rng.choice(["\n", "\r\n", "\r", "\n\n", "\f"]) for line in lines)
    elif how == 6:  # drop or duplicate lines
        lines = [line for line in lines for _ in range(rng.choice([0, 1, 1, 2]))]
    elif how == 7:  # another script
        lines = [line + rng.choice(NOISE[-12:-9]) if rng.random() < 0.3 else line for line in lines]
    elif how == 8:  # case
        lines = [line.upper() if rng.random() < 0.5 else line for line in lines]
    else:  # spaced-out or indented lines
        lines = [(" ".join(line) if rng.random() < 0.1 else " " * rng.randint(0, 12) + line) for line in lines]
    return "\n".join(lines)


def _inject_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        out.insert(rng.randrange(len(out) + 1), rng.randrange(256))
    return bytes(out)


def check_manual(manual: Manual) -> None:
    assert manual.sections
    for section in manual.sections:
        assert len(section.kinds) == len(section.sentences) > 0
        assert set(section.kinds) <= set(KINDS)
        for sentence in section.sentences:
            assert sentence == sentence.strip() and sentence
            assert not re.search(r"[\x00-\x1f\x7f-\x9f\ufeff\ud800-\udfff]", sentence), repr(sentence)


FUZZ = settings(max_examples=1500, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_SLOW = settings(max_examples=20000, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
WORK = Path(tempfile.mkdtemp(prefix="manual-fuzz-"))


@pytest.fixture(scope="module", autouse=True)
def _remove_work_dir():
    yield
    shutil.rmtree(WORK, ignore_errors=True)


def _read(case: tuple[bytes, str]) -> None:
    data, suffix = case
    path = WORK / f"manual{suffix}"
    path.write_bytes(data)
    try:
        manual = read_manual(path, cache_dir=WORK / "cache")
    except InputError as err:
        message = str(err)
        assert message and "\n" not in message and len(message) < 300
        return
    check_manual(manual)


@FUZZ
@given(manuals())
def test_mutated_manuals_raise_only_input_error(case: tuple[bytes, str]):
    _read(case)


@pytest.mark.slow
@FUZZ_SLOW
@given(manuals())
def test_mutated_manuals_raise_only_input_error_long(case: tuple[bytes, str]):
    _read(case)


@settings(max_examples=2000, deadline=None, database=None)
@given(st.text(max_size=2000))
def test_split_sentences_takes_any_text(text: str):
    sentences = split_sentences(text)
    assert all(isinstance(s, str) and s == s.strip() and s for s in sentences)


@settings(max_examples=40, deadline=None, database=None)
@given(st.binary(max_size=2000), st.sampled_from([b"%PDF-1.4\n", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"]))
def test_random_pdf_bytes_raise_input_error(body: bytes, header: bytes):
    path = WORK / "random.pdf"
    path.write_bytes(header + body)
    with pytest.raises(InputError):
        read_manual(path, cache_dir=WORK / "cache")


def _small_pdf() -> bytes:
    path = WORK / "small.pdf"
    two_column_pdf(path, [("h", "SCORING"), ("p", "Catch the smugglers before they reach the sea. " * 6)],
                   title="HARBOR PATROL", header="Harbor Patrol", footer="Booklet", height=300)
    return path.read_bytes()


SMALL_PDF = _small_pdf()


@settings(max_examples=40, deadline=None, database=None)
@given(st.integers(0, len(SMALL_PDF)), st.integers(0, 2**32 - 1))
def test_damaged_pdfs_raise_only_input_error(cut: int, seed: int):
    rng = random.Random(seed)
    data = bytearray(SMALL_PDF[:max(cut, 16)])
    for _ in range(rng.randint(0, 10)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path = WORK / "damaged.pdf"
    path.write_bytes(bytes(data))
    try:
        check_manual(read_manual(path, cache_dir=WORK / "cache"))
    except InputError:
        pass



def test_a_huge_line_of_symbols_is_checked_in_linear_time():
    """The running-title check was quadratic in a line's length (a fuzzed manual hung the suite:
    300,000 symbols took minutes); a hang guard, not a speed target: it takes milliseconds here."""
    import subprocess
    import sys

    code = "from read_reward.furniture import publisher_only; publisher_only('\u25a0' * 300_000 + ' x')"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


_TABLE_BITS = st.sampled_from(["---", "------", "  ", " ", "|", "||", "!!", "! ", "|-", "{|", "|}", "\n", "\n\n",
                               "BAT", "gem", "25", "Where", "Touch it", ".", ":", "\t", "\f", "é", "-"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TABLE_BITS, max_size=80).map("".join))
def test_spaced_and_wiki_tables_never_break_the_readers(text: str):
    from read_reward.grid_tables import read_grids
    from read_reward.markdown_layout import markdown_blocks

    assert isinstance(read_grids(text), str)
    assert all(b.kind in ("heading", "text", "bullet", "table", "caption") for b in markdown_blocks(text))
