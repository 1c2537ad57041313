"""OCR speed: read a 2-page scanned manual cold (Tesseract) and warm (OCR cache).

Run: python benchmarks/ocr_speed.py
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from pdf_factory import scanned_pdf  # noqa: E402

from read_reward.manual import OCR_DPI, read_manual  # noqa: E402

PARAGRAPHS = [
    ("Guide your skier down the mountain and pass between each pair of flags. Every missed gate adds "
     "five seconds to your time. Avoid the trees and moguls, because a crash costs precious seconds."),
    ("Push the joystick left or right to turn, and forward to tuck for more speed. Pull back on the "
     "joystick to slow down before a tight turn. The skier stops when the fire button is held."),
    ("The slalom course has twenty gates and the downhill course has none. Your time appears at the "
     "top of the screen. The game ends when the skier crosses the finish line."),
]
PAGES = [
    [("h", "HOW TO PLAY")] + [("p", p) for p in PARAGRAPHS * 3],
    [("h", "GAME VARIATIONS")] + [("p", f"Game {n}: " + p) for n, p in enumerate(PARAGRAPHS * 3, 1)],
]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "scanned.pdf"
        scanned_pdf(pdf, PAGES, dpi=200)  # two letter-size pages, 11 pt text
        start, cpu = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        cold = read_manual(pdf, cache_dir=Path(tmp) / "cache")
        cold_s = time.perf_counter() - start
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - cpu  # tesseract processes
        start = time.perf_counter()
        warm = read_manual(pdf, cache_dir=Path(tmp) / "cache")
        warm_s = time.perf_counter() - start
    assert warm == cold and cold.ocr_pages == 2
    print(f"pages OCR'd: {cold.ocr_pages} at {OCR_DPI} dpi, {os.cpu_count()} CPUs, "
          f"{len(cold.sentences())} sentences")
    print(f"cold: {cold_s:.2f} s total, {cold_s / cold.ocr_pages:.2f} s per scanned page "
          f"(tesseract CPU {cpu / cold.ocr_pages:.2f} s per page)")
    print(f"warm: {warm_s * 1000:.1f} ms (OCR cache)")
    print(f"cold/warm: {cold_s / warm_s:.0f}x")


if __name__ == "__main__":
    main()
