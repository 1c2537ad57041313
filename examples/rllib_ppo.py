"""Train RLlib PPO (ray 2.60, new API stack) with the manual's auxiliary reward.

    read-reward read manuals/mspacman.md --game mspacman     # the card, once
    python examples/rllib_ppo.py mspacman --iterations 100 [--no-shaping]

Compare runs on `env_runners/read_reward/game_score_mean` (the unshaped game score);
`episode_return_mean` includes the auxiliary reward.
"""

from __future__ import annotations

import argparse

import ray
import torch
from ray import tune
from ray.rllib.algorithms.ppo import PPOConfig

from read_reward.rllib import atari_env
from read_reward.shaping import ReadRewardCallback, Shaping, find_card


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("game", help="game name (its card in $READ_REWARD_HOME/cards) or a card .json path")
    p.add_argument("--iterations", type=int, default=100)
    p.add_argument("--env-runners", type=int, default=1)
    p.add_argument("--no-shaping", action="store_true", help="baseline: detect and log hits, add no reward")
    p.add_argument("--checkpoint", help="save the trained algorithm here (for `read-reward replay --policy`)")
    args = p.parse_args()

    card = find_card(args.game)
    torch.set_num_threads(1)
    ray.init()
    tune.register_env("atari", atari_env)
    config = (PPOConfig()
              .environment("atari", env_config={"env_id": card.env_id, "dim": 64, "framestack": 4})
              .env_runners(num_env_runners=args.env_runners, num_envs_per_env_runner=4)
              .training(train_batch_size_per_learner=4000, minibatch_size=128, num_epochs=4, lr=2.5e-4)
              .callbacks(ReadRewardCallback.for_card(card, Shaping.off() if args.no_shaping else None)))
    algo = config.build_algo()
    for i in range(args.iterations):
        runners = algo.train()["env_runners"]
        read = runners.get("read_reward", {})
        print(f"{i:4d} game score {read.get('game_score_mean', float('nan')):8.1f}  "
              f"aux {read.get('aux_return_mean', float('nan')):7.1f}  hits {read.get('hits_mean', {})}")
    if args.checkpoint:
        print("saved", algo.save(args.checkpoint))
    algo.stop()


if __name__ == "__main__":
    main()
