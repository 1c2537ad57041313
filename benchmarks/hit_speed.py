"""Env steps per second: raw ALE vs + OCAtari RAM extraction vs + hit detection and shaping.

    python benchmarks/hit_speed.py [--games skiing mspacman breakout] [--steps 250] [--rounds 24]

Every variant plays the same random actions on `ALE/<Game>-v5` (frameskip 4, one process, one
core). Variants run side by side in short interleaved rounds; the median round of each is reported.
  raw        the ALE env alone
  extract@4  OCAtari's RAM extraction once per agent step (what OCAtari itself does; for reference)
  extract    OCAtari's RAM extraction at every emulator frame, nothing else
  every      ReadRewardWrapper reading every frame: extraction + contact test + shaping + info
  full       ReadRewardWrapper as shipped: skips the frames on which no contact can start, for
             games with a measured closing speed (`read_reward.hits.CLOSING_SPEED`)
The detector's own cost is every vs extract; the price of the whole feature is full vs raw, and
full vs extract@4 compares it with OCAtari reading the objects once per agent step. A second table
times OCAtari's extraction and our contact test back to back on the same frames.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import ale_py
import gymnasium as gym
from ocatari.ram import extract_ram_info

from read_reward.card import CardObject, GameCard
from read_reward.games import game_info
from read_reward.hits import FrameTap, HitDetector
from read_reward.shaping import ReadRewardWrapper

gym.register_envs(ale_py)
REWARDS = {"skiing": {"Tree": -5, "Mogul": -5, "Flag": -5}, "mspacman": {"Pill": 5, "PowerPill": 5, "Ghost": -5},
           "breakout": {"Ball": 5, "Block": 5}}


def make_card(game: str, rewards: dict[str, float]) -> GameCard:
    info = game_info(game)
    objects = [CardObject(c.name, None, "unknown", 1.0, rewards.get(c.name, 0.0)) for c in info.touchable]
    return GameCard(info.short, info.env_id, "", {}, [], [], "", objects, player=info.player)


class ExtractOnly(HitDetector):
    """Runs OCAtari's RAM extraction at every frame and nothing else."""

    def step(self, ram: Any, frame: int) -> list:
        extract_ram_info.detect_objects_ram(self.objects, ram, self.info.short, False)
        return []


class ExtractAtSteps(gym.Wrapper):
    """OCAtari's RAM extraction once per agent step."""

    def __init__(self, env: gym.Env, game: str) -> None:
        super().__init__(env)
        self.game, self.objects = game, extract_ram_info.init_objects(game, hud=False)

    def step(self, action):
        result = self.env.step(action)
        extract_ram_info.detect_objects_ram(self.objects, self.env.unwrapped.ale.getRAM(), self.game, False)
        return result


def variants(game: str) -> dict[str, Callable[[], gym.Env]]:
    card = make_card(game, REWARDS.get(game, {}))
    env_id = card.env_id

    def tapped(detector_class: type) -> gym.Env:
        env = gym.make(env_id)
        FrameTap.install(env, detector_class(game))
        return env

    def every_frame() -> gym.Env:
        env = ReadRewardWrapper(gym.make(env_id), card)
        env.tap.detector = HitDetector(game, skip=False)  # env.reset() resets it
        return env

    return {"raw": lambda: gym.make(env_id),
            "extract@4": lambda: ExtractAtSteps(gym.make(env_id), game),
            "extract": lambda: tapped(ExtractOnly),
            "every": every_frame,
            "full": lambda: ReadRewardWrapper(gym.make(env_id), card)}


def play(env: gym.Env, actions: np.ndarray) -> float:
    """Agent steps per CPU second over `actions` (the env keeps playing across calls).

    CPU time of this process, not wall time: other processes on the machine do not count."""
    t = time.process_time()
    for a in actions:
        _, _, terminated, truncated, _ = env.step(a)
        if terminated or truncated:
            env.reset()
    return len(actions) / (time.process_time() - t)


def per_frame_cost(game: str, frames: int = 8000) -> tuple[float, float]:
    """CPU µs per emulator frame of OCAtari's extraction and of our contact test (reading every frame),
    on the same frames (timed back to back, so load on the machine affects both alike)."""
    env = gym.make(make_card(game, {}).env_id, frameskip=1)
    env.reset(seed=0)
    ale, action_set = env.unwrapped.ale, env.unwrapped._action_set
    detector, rng = HitDetector(game, skip=False), np.random.default_rng(1)
    clock = min(-time.process_time() + time.process_time() for _ in range(1000))  # the timer's own cost
    extract, contacts = 0.0, 0.0
    for frame in range(frames):
        if frame % 4 == 0:
            action = action_set[rng.integers(len(action_set))]
        ale.act(action)
        if ale.game_over():
            ale.reset_game()
        ram = ale.getRAM()
        t0 = time.process_time()
        extract_ram_info.detect_objects_ram(detector.objects, ram, game, False)
        t1 = time.process_time()
        detector.contacts_and_hits(frame)
        contacts += time.process_time() - t1 - clock
        extract += t1 - t0 - clock
    return extract / frames * 1e6, contacts / frames * 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--games", nargs="+", default=["skiing", "mspacman", "breakout"])
    ap.add_argument("--steps", type=int, default=250, help="agent steps per variant per round")
    ap.add_argument("--rounds", type=int, default=24)
    args = ap.parse_args()
    print(f"{'game':10} {'raw':>6} {'extract@4':>9} {'extract':>7} {'every':>6} {'full':>6}   every/extract  "
          "full/extract@4  full/raw  (agent steps/s, median of rounds)")
    for game in args.games:
        envs = {name: make() for name, make in variants(game).items()}
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
        print(f"{game:10} {med['raw']:6.0f} {med['extract@4']:9.0f} {med['extract']:7.0f} {med['every']:6.0f} "
              f"{med['full']:6.0f}   {med['every'] / med['extract']:13.3f}  {med['full'] / med['extract@4']:14.3f}  "
              f"{med['full'] / med['raw']:8.3f}")
    print(f"\n{'game':10} {'extraction':>12} {'contact test':>13}  (CPU µs per emulator frame, same frames)")
    for game in args.games:
        extract, contacts = per_frame_cost(game)
        print(f"{game:10} {extract:12.1f} {contacts:13.1f}  = {contacts / extract:.1%} of extraction")
    return 0


if __name__ == "__main__":
    sys.exit(main())
