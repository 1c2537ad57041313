"""Time from a text manual to a game card, cold (new process: imports + model load) and warm.

    python benchmarks/card_speed.py [--game skiing] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLD = """
import time; t = time.perf_counter()
from read_reward.cli import _extractor, _reasoner
from read_reward.embedding import use_one_thread
from read_reward.read import build_card
use_one_thread()
build_card({manual!r}, {game!r}, _extractor("embedding"), _reasoner("effects", None, ""))
print(time.perf_counter() - t)
"""


def main() -> int:
    from read_reward.embedding import use_one_thread

    use_one_thread()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--game", default="skiing")
    ap.add_argument("--repeats", type=int, default=3, choices=range(1, 6))
    args = ap.parse_args()
    from read_reward.games import manual_for

    manual = str(manual_for(args.game))

    cold = [float(subprocess.run([sys.executable, "-c", COLD.format(manual=manual, game=args.game)], cwd=ROOT,
                                 capture_output=True, text=True, check=True).stdout.split()[-1])
            for _ in range(args.repeats)]

    from read_reward.cli import _extractor, _reasoner
    from read_reward.read import build_card

    extractor, reasoner = _extractor("embedding"), _reasoner("effects", None, "")
    build_card(manual_for("boxing"), "boxing", extractor, reasoner)  # load models
    warm = []
    for game in [args.game, "pong", "tennis", "seaquest", "breakout"][: args.repeats]:  # no sentence cache hit
        start = time.perf_counter()
        build_card(manual_for(game), game, extractor, reasoner)
        warm.append(time.perf_counter() - start)
    c, w = statistics.median(cold), statistics.median(warm)
    print(f"{args.game}: manual -> card, median of {args.repeats}: cold {c:.2f} s (new process, imports + "
          f"model load), warm {w:.2f} s (models loaded); cold/warm = {c / w:.1f}x; target warm < 3 s: "
          f"{'met' if w < 3 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
