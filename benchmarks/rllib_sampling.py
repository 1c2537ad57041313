"""RLlib sampling throughput with and without ReadRewardCallback, same PPO config, side by side.

    python benchmarks/rllib_sampling.py [--games mspacman skiing ...] [--steps 500] [--rounds 12] [--before REV]

Local SingleAgentEnvRunners (RLlib's Atari stack, 64x64 gray, PPO's default conv net, torch 1
thread, 1 env each) sample the same number of env steps in short interleaved rounds (median round
reported, CPU time of this process):
  none      no callback
  extract   a callback that only runs OCAtari's RAM extraction at every emulator frame
  before    (with --before REV) ReadRewardCallback with the hit detector of git revision REV
  unshaped  ReadRewardCallback with Shaping.off() (what `--no-shaping` runs: hits detected, no reward)
  callback  ReadRewardCallback: detection + shaping + metrics
The price of the whole feature is callback vs none (aim: >= 0.95); of the shaping itself, callback
vs unshaped (the runners play untrained policies alike; two training runs differ in how their
agents play).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from hit_speed import REWARDS, hits_at, make_card
from ray.rllib.algorithms.ppo import PPOConfig
from ray.rllib.callbacks.callbacks import RLlibCallback
from ray.rllib.env.single_agent_env_runner import SingleAgentEnvRunner

from read_reward.card import GameCard
from read_reward.hits import FrameTap, HitDetector
from read_reward.rllib import ReadRewardCallback, atari_env
from read_reward.shaping import Shaping


class ExtractOnly(HitDetector):
    """The reference detector's reading (OCAtari's extraction at every frame), nothing else."""

    def __init__(self, game: str) -> None:
        super().__init__(game, skip=False)

    def step(self, ram: Any, frame: int) -> list:
        self.reader.read(ram)
        return []


def extract_only(game: str) -> type:
    class ExtractCallback(RLlibCallback):
        def on_environment_created(self, *, env: Any, **kwargs: Any) -> None:
            self.taps = [FrameTap.install(sub, ExtractOnly(game)) for sub in env.envs]

        def on_episode_step(self, *, env_index: int, **kwargs: Any) -> None:
            self.taps[env_index].drain()

    return ExtractCallback


def callback_before(card: GameCard, hits: ModuleType) -> type:
    """ReadRewardCallback (shaping on) whose taps run `hits.FrameTap` and `hits.HitDetector`."""

    class Before(ReadRewardCallback.for_card(card, Shaping(clip_game_reward=True))):
        def on_environment_created(self, *, env: Any, **kwargs: Any) -> None:
            self.taps = {i: hits.FrameTap.install(sub, hits.HitDetector(self.card.game)) for i, sub in enumerate(env.envs)}

    return Before


def runner(env_id: str, callback: type | None) -> SingleAgentEnvRunner:
    config = (PPOConfig()
              .environment(lambda cfg: atari_env({"env_id": env_id, "dim": 64}))
              .env_runners(num_env_runners=0, num_envs_per_env_runner=1))
    if callback:
        config = config.callbacks(callback)
    return SingleAgentEnvRunner(config=config)


def rate(env_runner: SingleAgentEnvRunner, steps: int) -> float:
    """Env steps per CPU second of this process (other processes on the machine do not count)."""
    t = time.process_time()
    env_runner.sample(num_timesteps=steps, explore=True)
    return steps / (time.process_time() - t)


def measure(game: str, steps: int, rounds: int, before: ModuleType | None) -> dict[str, float]:
    card = make_card(game, REWARDS.get(game, {}))
    callbacks: dict[str, type | None] = {"none": None, "extract": extract_only(card.game)}
    if before:
        callbacks["before"] = callback_before(card, before)
    callbacks["unshaped"] = ReadRewardCallback.for_card(card, Shaping.off(clip_game_reward=True))
    callbacks["callback"] = ReadRewardCallback.for_card(card, Shaping(clip_game_reward=True))
    runners = {name: runner(card.env_id, callback) for name, callback in callbacks.items()}
    for env_runner in runners.values():
        rate(env_runner, 200)  # warm up
    rates: dict[str, list[float]] = {name: [] for name in runners}
    for _ in range(rounds):  # short rounds, interleaved: load changes hit every variant alike
        for name, env_runner in runners.items():
            rates[name].append(rate(env_runner, steps))
    for env_runner in runners.values():
        env_runner.stop()
    return {name: statistics.median(r) for name, r in rates.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--games", nargs="+", default=["mspacman"])
    ap.add_argument("--steps", type=int, default=500, help="env steps per variant per round")
    ap.add_argument("--rounds", type=int, default=12)
    ap.add_argument("--before", metavar="REV", help="also run the hit detector of this git revision")
    args = ap.parse_args()
    torch.set_num_threads(1)
    before = hits_at(args.before) if args.before else None
    for game in args.games:
        best = measure(game, args.steps, args.rounds, before)
        print(f"{game}: env steps per CPU second  " + "  ".join(f"{k} {v:.0f}" for k, v in best.items()))
        print(f"{game}: callback/none {best['callback'] / best['none']:.3f}   "
              + (f"before/none {best['before'] / best['none']:.3f}   " if before else "")
              + f"extract/none {best['extract'] / best['none']:.3f}   "
              f"callback/unshaped {best['callback'] / best['unshaped']:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
