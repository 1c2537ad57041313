"""Accuracy of the default Read pipeline on the labelled set (manuals/labels.json).

For every bundled game: build the card with the chosen extractor and reasoner, compare each
object's decision with its label. Labels "yes"/"no" are scored; "neutral" objects (touching them
does nothing) are listed with what the card decided, and count as right when the card says
"unknown" (reward 0). Prints a table and the totals.

    python benchmarks/accuracy.py [--qa-model embedding] [--reasoner embedding] [--games skiing,pong]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from read_reward.cli import _extractor, _reasoner  # noqa: E402
from read_reward.games import BUNDLED_MANUALS, manual_for  # noqa: E402
from read_reward.read import build_card  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--qa-model", default="embedding")
    ap.add_argument("--reasoner", default="embedding")
    ap.add_argument("--games", help="comma-separated subset")
    args = ap.parse_args()
    labels = json.loads((BUNDLED_MANUALS / "labels.json").read_text())["labels"]
    games = args.games.split(",") if args.games else sorted(labels)
    extractor, reasoner = _extractor(args.qa_model), _reasoner(args.reasoner, None, "")

    right = scored = neutral_right = neutral = 0
    print(f"{'game':10} {'object':16} {'manual term':18} {'label':8} {'decision':8} ok")
    for game in games:
        start = time.perf_counter()
        card = build_card(manual_for(game), game, extractor, reasoner)
        for obj in card.objects:
            label = labels[game].get(obj.name, {}).get("label")
            if label is None:
                continue
            ok = obj.decision == label if label != "neutral" else obj.decision == "unknown"
            if label == "neutral":
                neutral, neutral_right = neutral + 1, neutral_right + ok
            else:
                scored, right = scored + 1, right + ok
            print(f"{game:10} {obj.name:16} {str(obj.manual_term):18} {label:8} {obj.decision:8} "
                  f"{'✓' if ok else '✗'}")
        print(f"{'':10} ({time.perf_counter() - start:.1f} s)")
    print(f"\nyes/no objects right: {right}/{scored} = {right / max(scored, 1):.1%}   "
          f"neutral objects left at 0: {neutral_right}/{neutral}   "
          f"(qa={extractor.name}, reasoner={reasoner.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
