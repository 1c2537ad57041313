"""The long check behind the fast readers and frame skipping: the shipped detector against the reference.

    python benchmarks/hit_exactness.py [--games skiing ... | --all] [--frames 50000] [--seed 21]

For each game, random play with sticky actions (a new action every 4 frames, the game restarted when
over), the RAM of every frame given to the reference detector (OCAtari's extraction at every frame)
and to the shipped one (the game's fast reader, or OCAtari with frame skipping): the hits (object,
slot, frame, box) must be the same. For a game with a fast reader, its boxes must also equal
OCAtari's, slot for slot, on every frame. `tests/test_hits_all_games.py` runs the same check,
shorter, on every game.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path


sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent.parent / "tests")]

import ale_py
import gymnasium as gym
from ocatari.ram.game_objects import NoObject

from read_reward.errors import InputError
from read_reward.games import supported_games
from read_reward.hits import HitDetector
from read_reward.readers import FAST_GAMES, FastReader
from random_play import compare  # noqa: E402  (tests/random_play.py)

gym.register_envs(ale_py)
warnings.filterwarnings("ignore", category=RuntimeWarning)  # OCAtari's own uint8 overflows


def boxes(objects: list) -> list[tuple]:
    return [(i, type(o).__name__, int(o.x), int(o.y), int(o.w), int(o.h), bool(o.visible))
            for i, o in enumerate(objects) if o is not None and not isinstance(o, NoObject)]


def check(game: str, frames: int, seed: int) -> tuple[int, int, int, float, int]:
    """(reference hits, missed, extra, share of frames read, frames whose boxes differ)."""
    reference, shipped = HitDetector(game, skip=False), HitDetector(game)
    fast = isinstance(shipped.reader, FastReader)
    differ = 0

    def boxes_differ() -> None:
        nonlocal differ
        if fast:
            differ += [(i, *e) for i, e in enumerate(shipped.reader.entries) if e] != boxes(reference.objects)

    hits, shipped_hits, read = compare(reference, shipped, frames, seed, on_read=boxes_differ)
    expected, found = set(hits), set(shipped_hits)
    return len(expected), len(expected - found), len(found - expected), read / frames, differ


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--games", nargs="+", default=list(FAST_GAMES))
    ap.add_argument("--all", action="store_true", help="every game OCAtari reads from RAM")
    ap.add_argument("--frames", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=21)
    args = ap.parse_args()
    print(f"{'game':17} {'reader':8} {'hits':>6} {'missed':>6} {'extra':>6} {'read':>6} {'boxes differ':>12}")
    failed = False
    for game in supported_games() if args.all else args.games:
        try:
            n, missed, extra, read, differ = check(game, args.frames, args.seed)
        except InputError as exc:
            print(f"{game:17} refused at start-up: {exc}")
            continue
        reader = "fast" if game in FAST_GAMES else "OCAtari"
        print(f"{game:17} {reader:8} {n:6} {missed:6} {extra:6} {read:6.0%} {differ:12}", flush=True)
        failed |= bool(missed or extra or differ)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
