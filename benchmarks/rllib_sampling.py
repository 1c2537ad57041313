"""RLlib sampling throughput with and without ReadRewardCallback, same PPO config, side by side.

    python benchmarks/rllib_sampling.py [--game mspacman] [--steps 500] [--rounds 12]

Four local SingleAgentEnvRunners (RLlib's Atari stack, 64x64 gray, PPO's default conv net,
torch 1 thread, 1 env each) sample the same number of env steps in short interleaved rounds
(median round reported, CPU time of this process):
  none      no callback
  extract   a callback that only runs OCAtari's RAM extraction at every emulator frame
  unshaped  ReadRewardCallback with Shaping.off() (what `--no-shaping` runs: hits detected, no reward)
  callback  ReadRewardCallback: detection (skipping frames where it can) + shaping + metrics
The price of the whole feature is callback vs none; of the shaping itself, callback vs unshaped
(the runners play untrained policies alike; two training runs differ in how their agents play).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from hit_speed import REWARDS, ExtractOnly, make_card
from ray.rllib.algorithms.ppo import PPOConfig
from ray.rllib.callbacks.callbacks import RLlibCallback
from ray.rllib.env.single_agent_env_runner import SingleAgentEnvRunner

from read_reward.hits import FrameTap
from read_reward.rllib import ReadRewardCallback, atari_env
from read_reward.shaping import Shaping


def extract_only(game: str) -> type:
    class ExtractCallback(RLlibCallback):
        def on_environment_created(self, *, env: Any, **kwargs: Any) -> None:
            self.taps = [FrameTap.install(sub, ExtractOnly(game)) for sub in env.envs]

        def on_episode_step(self, *, env_index: int, **kwargs: Any) -> None:
            self.taps[env_index].drain()

    return ExtractCallback


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--game", default="mspacman")
    ap.add_argument("--steps", type=int, default=500, help="env steps per variant per round")
    ap.add_argument("--rounds", type=int, default=12)
    args = ap.parse_args()
    torch.set_num_threads(1)
    card = make_card(args.game, REWARDS.get(args.game, {}))
    runners = {"none": runner(card.env_id, None), "extract": runner(card.env_id, extract_only(card.game)),
               "unshaped": runner(card.env_id, ReadRewardCallback.for_card(card, Shaping.off(clip_game_reward=True))),
               "callback": runner(card.env_id, ReadRewardCallback.for_card(card, Shaping(clip_game_reward=True)))}
    for env_runner in runners.values():
        rate(env_runner, 200)  # warm up
    rates: dict[str, list[float]] = {name: [] for name in runners}
    for _ in range(args.rounds):  # short rounds, interleaved: load changes hit every variant alike
        for name, env_runner in runners.items():
            rates[name].append(rate(env_runner, args.steps))
    best = {name: statistics.median(r) for name, r in rates.items()}
    print(f"{args.game}: env steps per CPU second  " + "  ".join(f"{k} {v:.0f}" for k, v in best.items()))
    print(f"callback/extract {best['callback'] / best['extract']:.3f}   callback/none {best['callback'] / best['none']:.3f}"
          f"   callback/unshaped {best['callback'] / best['unshaped']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
