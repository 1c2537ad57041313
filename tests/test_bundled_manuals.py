"""Every bundled manual reads in each of its forms: the text as written, and for SCANNED_GAMES an
image-only scan rendered from it that goes through Tesseract.

OCR costs seconds a page: the default run OCRs two scans (one Markdown, one real-booklet text);
`pytest -m slow tests/test_bundled_manuals.py` OCRs them all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest
from ocr_quality import content_words, ocr_quality
from scan_factory import MANUALS, SCANNED_GAMES, decode, manual_path, scanned_manual, text_blocks

from read_reward.manual import read_manual

MANIFEST = json.loads((MANUALS / "manifest.json").read_text("utf-8"))["games"]
# Manifest entries and every manual file present (new ones may not be in the manifest yet).
FILES = sorted({MANUALS / e["manual"] for e in MANIFEST.values()}
               | {*MANUALS.glob("*.txt"), *MANUALS.glob("*.md")})
DEFAULT_OCR = ("breakout", "riverraid")  # two-page scans: one of our Markdown manuals, one booklet text

# Floors, with margin, under the worst seen over the 11 scans with Tesseract 5.3 (recall 0.91,
# precision 0.89, matched 0.90, order 0.96; `python tests/ocr_quality.py` prints them per game).
MIN_RECALL, MIN_PRECISION, MIN_MATCHED, MIN_ORDER = 0.85, 0.80, 0.80, 0.90


def test_manifest_names_files_that_exist():
    missing = [f"{game}: {e['manual']}" for game, e in MANIFEST.items() if not (MANUALS / e["manual"]).is_file()]
    assert not missing, f"manifest entries without a manual file: {missing}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_bundled_manual_reads(path: Path):
    manual = read_manual(path)
    sentences = [s for _, s in manual.sentences()]
    assert 25 <= len(sentences) <= 400, f"{path.name}: {len(sentences)} sentences"
    assert len(manual.sections) >= 3, f"{path.name}: sections {[s.title for s in manual.sections]}"
    longest = max(sentences, key=lambda s: len(s.split()))
    assert len(longest.split()) <= 80, f"{path.name}: paragraphs run together: {longest[:200]}"
    # The body survives; only furniture (cover, legal lines, page heads, tables) may be dropped.
    source, kept = content_words(decode(path.read_bytes())), content_words(manual.text)
    share = sum((source & kept).values()) / sum(source.values())
    assert share >= 0.5, f"{path.name}: only {share:.0%} of its words reached the sentences"


def test_scanned_games_have_manuals():
    assert len(SCANNED_GAMES) >= 10
    assert sum(manual_path(g).suffix == ".txt" for g in SCANNED_GAMES) >= 5  # real-booklet layout


def test_scan_is_image_only_and_byte_deterministic(tmp_path: Path):
    game = SCANNED_GAMES[0]
    first = scanned_manual(game, tmp_path / "a").read_bytes()
    again = scanned_manual(game, tmp_path / "b")
    assert again.read_bytes() == first  # the OCR cache is keyed by these bytes
    with pdfplumber.open(again) as pdf:
        assert len(pdf.pages) >= 2
        assert all(not page.chars and len(page.images) == 1 for page in pdf.pages)


def test_booklet_text_becomes_cover_headings_items_and_rows():
    text = ("\n                P A C - M A N\n\n          GAME PROGRAM(TM) INSTRUCTIONS\n\n"
            "Use your joystick with this game.\n\n                - 1 -\n\nGAME PLAY\n\n"
            "Eat every wafer in the maze before\nthe ghosts catch you.\n\n"
            "o Press GAME RESET to start the\n  game.\no Push the joystick to move.\n\n"
            "     WAFER .................... 1 POINT\n\n                - 2 -\n")
    blocks = [(b.kind, b.text) for b in text_blocks(text, markdown=False)]
    assert blocks == [
        ("center", "P A C - M A N"), ("center", "GAME PROGRAM(TM) INSTRUCTIONS"),
        ("p", "Use your joystick with this game."), ("h", "GAME PLAY"),
        ("p", "Eat every wafer in the maze before the ghosts catch you."),
        ("li", "Press GAME RESET to start the game."), ("li", "Push the joystick to move."),
        ("row", "WAFER .................... 1 POINT"),
    ]


def _check_scan(game: str, folder: Path) -> None:
    pdf = scanned_manual(game, folder)
    scan = read_manual(pdf, cache_dir=folder / "cache")
    text = read_manual(manual_path(game))
    assert scan.ocr_pages == scan.pages >= 2
    q = ocr_quality([s for _, s in text.sentences()], [s for _, s in scan.sentences()])
    assert q.recall >= MIN_RECALL and q.precision >= MIN_PRECISION, f"{game}: {q}"
    assert q.matched >= MIN_MATCHED and q.order >= MIN_ORDER, f"{game}: {q}"


@pytest.mark.parametrize("game", DEFAULT_OCR)
def test_scanned_manual_reads_back(game: str, tmp_path: Path):
    _check_scan(game, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("game", [g for g in SCANNED_GAMES if g not in DEFAULT_OCR])
def test_every_scanned_manual_reads_back(game: str, tmp_path: Path):
    _check_scan(game, tmp_path)
