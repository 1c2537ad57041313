"""Train Stable-Baselines3 PPO with the manual's auxiliary reward (gymnasium wrapper).

    read-reward read manuals/mspacman.md --game mspacman     # the card, once
    python examples/sb3_ppo.py mspacman --steps 100000

`make_env` builds the ALE env with AtariPreprocessing (84x84x1, frame skip 4) and ReadRewardWrapper
outermost; SB3 sees game + auxiliary reward, and each step's `info["read_reward"]` the hits.
"""

from __future__ import annotations

import argparse

from stable_baselines3 import PPO
from stable_baselines3.common.callbacks import BaseCallback

from read_reward.card import GameCard
from read_reward.shaping import Shaping, make_env


class ScoreLog(BaseCallback):
    """Sums the game's (unshaped) reward and the auxiliary reward over training."""

    def __init__(self) -> None:
        super().__init__()
        self.game = self.aux = 0.0
        self.steps_checked = 0

    def _on_step(self) -> bool:
        for reward, info in zip(self.locals["rewards"], self.locals["infos"]):
            rr = info["read_reward"]
            assert abs(reward - (rr["game_reward"] + rr["aux_reward"])) < 1e-6  # PPO trains on both
            self.game += rr["game_reward"]
            self.aux += rr["aux_reward"]
            self.steps_checked += 1
        return True


def train(card: GameCard | str, steps: int, shaping: Shaping | None = None, seed: int = 0) -> tuple[PPO, ScoreLog]:
    env = make_env(card, preprocess=True, shaping=shaping)
    model = PPO("CnnPolicy", env, n_steps=128, batch_size=64, n_epochs=1, seed=seed, device="cpu", verbose=0)
    log = ScoreLog()
    model.learn(steps, callback=log)
    return model, log


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("game", help="game name (its card in $READ_REWARD_HOME/cards) or a card .json path")
    p.add_argument("--steps", type=int, default=100_000)
    p.add_argument("--no-shaping", action="store_true", help="baseline: detect hits, add no reward")
    args = p.parse_args()
    model, log = train(args.game, args.steps, Shaping.off() if args.no_shaping else None)
    print(f"{log.steps_checked} steps: game reward {log.game:.0f}, auxiliary reward {log.aux:.0f}")
