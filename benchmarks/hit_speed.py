"""Env steps per second: raw ALE vs + OCAtari RAM extraction vs + hit detection and shaping.

    python benchmarks/hit_speed.py [--games skiing mspacman ...] [--steps 250] [--rounds 16] [--before REV]

Every variant plays the same random actions on `ALE/<Game>-v5` (frameskip 4, one process, one
core). Variants run side by side in short interleaved rounds; the median round of each is reported.
  raw        the ALE env alone
  extract@4  OCAtari's RAM extraction once per agent step (what OCAtari itself does; for reference)
  reference  ReadRewardWrapper with the reference detector: OCAtari's extraction at every frame
  before     (with --before REV) ReadRewardWrapper with the hit detector of git revision REV
  shipped    ReadRewardWrapper as shipped (a game's fast reader where it has one)
The price of the whole feature is shipped vs raw. A second table times, per emulator frame on the
same recorded frames, OCAtari's extraction alone and the shipped detector's whole work (reading
the RAM, boxes, contact test), in one batch each (no timer call per frame).
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import ale_py
import gymnasium as gym
from ocatari.ram import extract_ram_info

from read_reward.card import CardObject, GameCard
from read_reward.games import game_info
from read_reward.hits import HitDetector
from read_reward.shaping import ReadRewardWrapper
from random_play import random_play  # noqa: E402  (tests/random_play.py)

gym.register_envs(ale_py)
GAMES = ["skiing", "breakout", "mspacman", "spaceinvaders", "seaquest", "asterix"]
REWARDS = {"skiing": {"Tree": -5, "Mogul": -5, "Flag": -5}, "mspacman": {"Pill": 5, "PowerPill": 5, "Ghost": -5},
           "breakout": {"Ball": 5, "Block": 5}, "spaceinvaders": {"Bullet": -5, "Alien": -5},
           "seaquest": {"Shark": -5, "Submarine": -5, "EnemyMissile": -5, "Diver": 5},
           "asterix": {"Enemy": -5, "Reward": 5, "Consumable": 5}}


def make_card(game: str, rewards: dict[str, float]) -> GameCard:
    """A card without a manual: every touchable category, with the given rewards (else 0)."""
    info = game_info(game)
    objects = [CardObject(c.name, None, "unknown", 1.0, rewards.get(c.name, 0.0)) for c in info.touchable]
    return GameCard(info.short, info.env_id, "", {}, [], [], "", objects, player=info.player)


def hits_at(rev: str) -> ModuleType:
    """`read_reward.hits` as it was at git revision `rev` (imported from a copy of the file)."""
    source = subprocess.run(["git", "show", f"{rev}:read_reward/hits.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "hits_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("hits_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["hits_before"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def swap_detector(env: ReadRewardWrapper, hits: ModuleType, **kwargs: Any) -> ReadRewardWrapper:
    """The wrapper with its tap replaced by `hits.FrameTap` around `hits.HitDetector(game, **kwargs)`."""
    env.unwrapped.ale = env.tap._ale
    env.tap = hits.FrameTap.install(env.env, hits.HitDetector(env.card.game, **kwargs))
    return env


class ExtractAtSteps(gym.Wrapper):
    """OCAtari's RAM extraction once per agent step."""

    def __init__(self, env: gym.Env, game: str) -> None:
        super().__init__(env)
        self.game, self.objects = game, extract_ram_info.init_objects(game, hud=False)

    def step(self, action):
        result = self.env.step(action)
        extract_ram_info.detect_objects_ram(self.objects, self.env.unwrapped.ale.getRAM(), self.game, False)
        return result


def variants(game: str, before: ModuleType | None) -> dict[str, Callable[[], gym.Env]]:
    card = make_card(game, REWARDS.get(game, {}))
    env_id = card.env_id
    from read_reward import hits

    out = {"raw": lambda: gym.make(env_id),
           "extract@4": lambda: ExtractAtSteps(gym.make(env_id), game),
           "reference": lambda: swap_detector(ReadRewardWrapper(gym.make(env_id), card), hits, skip=False)}
    if before:
        out["before"] = lambda: swap_detector(ReadRewardWrapper(gym.make(env_id), card), before)
    out["shipped"] = lambda: ReadRewardWrapper(gym.make(env_id), card)
    return out


def play(env: gym.Env, actions: np.ndarray) -> float:
    """Agent steps per CPU second over `actions` (the env keeps playing across calls).

    CPU time of this process, not wall time: other processes on the machine do not count."""
    t = time.process_time()
    for a in actions:
        _, _, terminated, truncated, _ = env.step(a)
        if terminated or truncated:
            env.reset()
    return len(actions) / (time.process_time() - t)


def recorded_frames(game: str, frames: int) -> list[np.ndarray | None]:
    """The RAM after each emulator frame of random play (None where the game restarted)."""
    return [None if restarted else ram for ram, restarted in random_play(game, frames, seed=0)]


def per_frame_cost(game: str, detectors: dict[str, Callable[[], Any]], frames: int = 6000,
                   repeats: int = 5) -> dict[str, float]:
    """CPU µs per emulator frame: OCAtari's extraction, and each detector's whole work (its frame
    skipping included, plus one `getRAM` per frame read); best of `repeats` batches each."""
    rams = recorded_frames(game, frames)
    env = gym.make(game_info(game).env_id, frameskip=1)
    env.reset(seed=0)
    ale = env.unwrapped.ale

    def ocatari() -> None:
        objects = extract_ram_info.init_objects(game, hud=False)
        for ram in rams:
            if ram is None:
                objects = extract_ram_info.init_objects(game, hud=False)
            else:
                extract_ram_info.detect_objects_ram(objects, ram, game, False)

    def detect(make: Callable[[], Any]) -> None:
        detector = make()
        for frame, ram in enumerate(rams):
            if ram is None:
                detector.reset()
            elif not detector.skip_frame():
                ale.getRAM()  # what the tap pays to get the RAM
                detector.step(ram, frame)

    def best(run: Callable[[], None]) -> float:
        times = []
        for _ in range(repeats):
            t = time.process_time()
            run()
            times.append(time.process_time() - t)
        return min(times) / len(rams) * 1e6

    return {"OCAtari": best(ocatari), **{name: best(lambda m=make: detect(m)) for name, make in detectors.items()}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--games", nargs="+", default=GAMES)
    ap.add_argument("--steps", type=int, default=250, help="agent steps per variant per round")
    ap.add_argument("--rounds", type=int, default=16)
    ap.add_argument("--before", metavar="REV", help="also run the hit detector of this git revision")
    args = ap.parse_args()
    before = hits_at(args.before) if args.before else None
    names = list(variants(GAMES[0], before))
    print(f"{'game':14} " + " ".join(f"{n:>9}" for n in names) + "   shipped/raw  reference/raw"
          + ("  before/raw" if before else "") + "  (agent steps per CPU second, median of rounds)")
    for game in args.games:
        envs = {name: make() for name, make in variants(game, before).items()}
        rng = np.random.default_rng(0)
        for env in envs.values():
            env.reset(seed=0)
            play(env, rng.integers(env.action_space.n, size=200))  # warm up
        rates: dict[str, list[float]] = {name: [] for name in envs}
        for _ in range(args.rounds):  # short rounds, interleaved: load changes hit every variant alike
            actions = rng.integers(envs["raw"].action_space.n, size=args.steps)
            for name, env in envs.items():
                rates[name].append(play(env, actions))
        med = {name: statistics.median(r) for name, r in rates.items()}
        print(f"{game:14} " + " ".join(f"{med[n]:9.0f}" for n in names)
              + f"   {med['shipped'] / med['raw']:11.3f}  {med['reference'] / med['raw']:13.3f}"
              + (f"  {med['before'] / med['raw']:10.3f}" if before else ""), flush=True)
    print(f"\n{'game':14} {'OCAtari':>8} " + (f"{'before':>8} " if before else "") + f"{'shipped':>8}"
          "  shipped/OCAtari  (CPU µs per emulator frame, same recorded frames)")
    for game in args.games:
        detectors = {"before": lambda: before.HitDetector(game)} if before else {}
        cost = per_frame_cost(game, {**detectors, "shipped": lambda: HitDetector(game)})
        print(f"{game:14} " + " ".join(f"{v:8.1f}" for v in cost.values())
              + f"  {cost['shipped'] / cost['OCAtari']:15.1%}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
