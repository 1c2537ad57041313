"""Shared helpers: game cards built in code (no manual reading), ALE envs on the real emulator."""

from __future__ import annotations

import ale_py
import gymnasium as gym
import pytest

from read_reward.card import CardObject, GameCard
from read_reward.games import game_info

gym.register_envs(ale_py)


def make_card(game: str, rewards: dict[str, float]) -> GameCard:
    """A card with these rewards (every other touchable object: 0), as `read-reward read` would write it."""
    info = game_info(game)
    objects = [CardObject(c.name, c.words, "yes" if rewards.get(c.name, 0) > 0 else
                          "no" if rewards.get(c.name, 0) < 0 else "unknown", 1.0, rewards.get(c.name, 0.0))
               for c in info.touchable]
    return GameCard(game=info.short, env_id=info.env_id, manual_sha256="", models={}, key_objects=[], qa=[],
                    summary="", objects=objects, player=info.player)


@pytest.fixture
def skiing_card() -> GameCard:
    return make_card("skiing", {"Tree": -5.0, "Mogul": -5.0, "Flag": -5.0})


@pytest.fixture
def mspacman_card() -> GameCard:
    return make_card("mspacman", {"Pill": 5.0, "PowerPill": 5.0, "Fruit": 5.0, "Ghost": -5.0})


@pytest.fixture
def breakout_card() -> GameCard:
    return make_card("breakout", {"Ball": 5.0, "Block": 5.0})
