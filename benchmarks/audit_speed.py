"""How fast `read-reward audit` plays: emulator frames per second, side by side in one run.

    python benchmarks/audit_speed.py [--game mspacman] [--frames 30000] [--seed 0]

  raw       the policy's env alone (ALE v5, frameskip 4, random actions), frames counted
  detector  the same with the training hit detector under it (`FrameTap`), hits drained each step
  audit     `read_reward.audit.record`: detector + the audit's per-frame recorder
  analyse   the statistics on that recording (seconds)
The aim: 30,000 frames of Ms. Pac-Man within about a minute on the 2-core build machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from read_reward.audit import DEFAULT_WINDOW, analyse, record  # noqa: E402
from read_reward.games import game_info  # noqa: E402
from read_reward.hits import FrameTap, HitDetector  # noqa: E402
from read_reward.replay import policy_env  # noqa: E402


def play(game: str, frames: int, seed: int, detector: bool) -> float:
    """Frames per second of random play, with or without the hit detector under the env."""
    info = game_info(game)
    env, act = policy_env(info.env_id, "random", seed)
    tap = FrameTap.install(env, HitDetector(info)) if detector else None
    ale = env.unwrapped.ale
    obs, _ = env.reset(seed=seed)
    begin, done = time.perf_counter(), 0
    first = ale.getFrameNumber()
    while done < frames:
        obs, _, terminated, truncated, _ = env.step(act(obs))
        if tap:
            tap.drain()
        if terminated or truncated:
            obs, _ = env.reset()
        done = ale.getFrameNumber() - first
    seconds = time.perf_counter() - begin
    env.close()
    return done / seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--game", default="mspacman")
    ap.add_argument("--frames", type=int, default=30_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    info = game_info(args.game)
    raw = play(info.short, args.frames, args.seed, detector=False)
    tapped = play(info.short, args.frames, args.seed, detector=True)
    begin = time.perf_counter()
    rec = record(info, args.frames, seed=args.seed)
    recorded = time.perf_counter() - begin
    begin = time.perf_counter()
    analyse(rec, [c.name for c in info.touchable], window=DEFAULT_WINDOW, seed=args.seed)
    analysed = time.perf_counter() - begin
    print(f"{info.short}, {args.frames:,} frames, random policy, seed {args.seed}")
    print(f"{'raw env':>10}: {raw:8.0f} frames/s")
    print(f"{'detector':>10}: {tapped:8.0f} frames/s  ({tapped / raw:.2f}x raw)")
    print(f"{'audit':>10}: {args.frames / recorded:8.0f} frames/s  ({args.frames / recorded / tapped:.2f}x detector)")
    print(f"{'analyse':>10}: {analysed:8.2f} s")
    print(f"{'total':>10}: {recorded + analysed:8.1f} s for {args.frames:,} frames")
    return 0


if __name__ == "__main__":
    sys.exit(main())
