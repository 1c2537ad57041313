"""OCR quality of the scanned-style manuals: how much of a manual's text survives rendering,
degradation, Tesseract and the manual reader.

    python tests/ocr_quality.py [--out DIR] [GAME ...]   # render, OCR, print the numbers per game
"""

from __future__ import annotations

import argparse
import bisect
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scan_factory import SCANNED_GAMES, manual_path, scanned_manual

_STOP = frozenset("""a an the and or but if of to in on at by for with from as is are was were be been it its this that
these those you your he his she her they them their we our not no can will into than then so up out over""".split())


def content_words(text: str) -> Counter[str]:
    """Lower-case words of 3+ letters that are not stop words, with counts."""
    return Counter(w for w in re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower()) if len(w) >= 3 and w not in _STOP)


@dataclass(frozen=True)
class Quality:
    recall: float  # share of the text's content words (with counts) found in the OCR'd sentences
    precision: float  # share of the OCR'd content words that are in the text
    matched: float  # share of the text's sentences (3+ content words) with an OCR'd one holding 60% of their words
    order: float  # share of matched sentences already in reading order (longest increasing run)


def ocr_quality(source: list[str], scanned: list[str]) -> Quality:
    """Compare the sentences read from a manual's text with those OCR'd from its scan."""
    src, ocr = content_words(" ".join(source)), content_words(" ".join(scanned))
    common = sum((src & ocr).values())
    ocr_sets = [set(content_words(s)) for s in scanned]
    found: list[int] = []
    for sentence in source:
        words = set(content_words(sentence))
        if len(words) < 3:
            continue
        overlap = [len(words & o) / len(words) for o in ocr_sets]
        best = int(np.argmax(overlap)) if overlap else -1
        found.append(best if best >= 0 and overlap[best] >= 0.6 else -1)
    hits = [i for i in found if i >= 0]
    return Quality(recall=common / max(1, sum(src.values())), precision=common / max(1, sum(ocr.values())),
                   matched=len(hits) / max(1, len(found)), order=_increasing(hits) / max(1, len(hits)))


def _increasing(xs: list[int]) -> int:
    """Length of the longest non-decreasing subsequence."""
    tails: list[int] = []
    for x in xs:
        k = bisect.bisect_right(tails, x)
        tails[k:k + 1] = [x]
    return len(tails)


def main() -> None:
    from read_reward.manual import read_manual

    ap = argparse.ArgumentParser(description="Render bundled manuals as scans, OCR them, print word recall.")
    ap.add_argument("games", nargs="*", default=list(SCANNED_GAMES))
    ap.add_argument("--out", type=Path, default=Path("/tmp/read-reward-scans"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{'game':13} {'source':17} pages  KB/page  render_s  ocr_s  sentences  recall  precision  matched  order")
    for game in args.games:
        start = time.perf_counter()
        pdf = scanned_manual(game, args.out)
        render_s = time.perf_counter() - start
        text = read_manual(manual_path(game))
        start = time.perf_counter()
        scan = read_manual(pdf, cache_dir=args.out / "cache")
        ocr_s = time.perf_counter() - start
        q = ocr_quality([s for _, s in text.sentences()], [s for _, s in scan.sentences()])
        print(f"{game:13} {manual_path(game).name:17} {scan.pages:5}  {pdf.stat().st_size / 1024 / scan.pages:7.0f}"
              f"  {render_s:8.1f}  {ocr_s:5.0f}  {len(scan.sentences()):4}/{len(text.sentences()):<4}  {q.recall:6.3f}"
              f"  {q.precision:9.3f}  {q.matched:7.3f}  {q.order:5.3f}", flush=True)


if __name__ == "__main__":
    main()
