"""Closing speeds for the hit detector's frame skipping (`read_reward.hits.CLOSING_SPEED`), measured.

    python benchmarks/closing_speed.py [--games skiing breakout ...] [--frames 60000]

Only for games read by OCAtari: a game with a fast reader (`read_reward.readers.FAST_GAMES`) is
read at every frame. For each game, random play (a new action every 4 frames) with the detector reading every frame:
the most pixels by which the gap between the player's box and one object's box shrank from one
frame to the next, for objects that stayed in their slot and moved at most JUMP px (a screen wrap,
a respawn or a recycled tree is a jump, not motion; jumps are counted). The suggested speed is 2x
that (headroom for faster play than random play reaches). Then a check on other random play
(another seed): the detector with the suggested speed against the detector reading every frame,
the share of frames it read, and whether the hits
(object, slot, frame) are the same. The printed table (games whose check matched and that read
under 80% of frames) goes into `CLOSING_SPEED`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from unittest.mock import patch


sys.path[:0] = [str(Path(__file__).resolve().parent.parent), str(Path(__file__).resolve().parent.parent / "tests")]

import ale_py
import gymnasium as gym

from read_reward import hits
from read_reward.hits import HitDetector
from random_play import compare, random_play  # noqa: E402  (tests/random_play.py)

gym.register_envs(ale_py)
JUMP = 32  # px an object may move in one frame and still count as moving, not jumping
GAMES = ["boxing", "freeway", "frostbite", "pong", "tennis"]
EVERYWHERE = 10**6  # a rectangle that holds the whole screen


def gaps(detector: HitDetector) -> dict[int, tuple[str, int, int, int]]:
    """slot -> (object, x, y, empty pixels to the player) for every touchable object on screen."""
    out = {}
    for _, px, py, pw, ph, visible in detector.reader.players():
        if not visible:
            continue
        for slot, (name, x, y, w, h, shown) in detector.reader.near(-EVERYWHERE, -EVERYWHERE, EVERYWHERE, EVERYWHERE):
            if w > 0 and h > 0 and shown:
                out[slot] = (name, x, y, max(x - px - pw, px - x - w, y - py - ph, py - y - h))
    return out


def closing(game: str, n: int) -> tuple[int, int]:
    """The most px a gap shrank in one frame, and how many jumps were left out."""
    detector, prev, fastest, jumps, player_at = HitDetector(game, skip=False), {}, 0, 0, None
    for f, (ram, restarted) in enumerate(random_play(game, n, seed=0, sticky=0.0)):
        if restarted:
            detector.reset(ram)
            prev, player_at = {}, None
            continue
        detector.step(ram, f)
        now = gaps(detector)
        player = [(x, y) for _, x, y, *_ in detector.reader.players()]
        player_jumped = player_at is not None and any(
            abs(a[0] - b[0]) + abs(a[1] - b[1]) > JUMP for a, b in zip(player, player_at))
        for slot, (obj, x, y, gap) in now.items():
            if slot in prev and prev[slot][0] == obj:
                _, x0, y0, gap0 = prev[slot]
                if player_jumped or abs(x - x0) + abs(y - y0) > JUMP:
                    jumps += 1
                else:
                    fastest = max(fastest, gap0 - gap)
        prev, player_at = now, player
    return fastest, jumps


def check(game: str, speed: int, n: int) -> tuple[float, int, int, int]:
    """Frames read (share) by the skipping detector, hits of the exact one, hits missed, hits extra."""
    with patch.dict(hits.CLOSING_SPEED, {game: speed}):  # the detector reads its speed when built
        exact, skipping = HitDetector(game, skip=False), HitDetector(game)
    exact_hits, skipping_hits, read = compare(exact, skipping, n, seed=1, sticky=0.0)
    a = {(o, i, f) for o, i, f, _ in exact_hits}
    b = {(o, i, f) for o, i, f, _ in skipping_hits}
    count = n
    return read / count, len(a), len(a - b), len(b - a)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--games", nargs="+", default=GAMES)
    ap.add_argument("--frames", type=int, default=60_000)
    args = ap.parse_args()
    print(f"{'game':10} {'max px/frame':>12} {'jumps':>6} {'speed':>6}   check: {'read':>5} {'hits':>5} "
          f"{'missed':>6} {'extra':>5}")
    table = {}
    for game in args.games:
        fastest, jumps = closing(game, args.frames)
        speed = max(1, 2 * fastest)
        read, n, missed, extra = check(game, speed, args.frames // 2)
        print(f"{game:10} {fastest:12} {jumps:6} {speed:6}   {read:12.0%} {n:5} {missed:6} {extra:5}", flush=True)
        if not missed and not extra and read < 0.8:
            table[game] = speed
    print(f"\nCLOSING_SPEED = {table}  # the check matched and skipping saves reads")
    return 0


if __name__ == "__main__":
    sys.exit(main())
