"""Potential-based shaping toward the card's targets (`read_reward.approach`), on fake frames and real Skiing."""

from __future__ import annotations

import math

import pytest

from read_reward.approach import DIAGONAL, Approach
from read_reward.errors import InputError
from read_reward.shaping import Shaping, Tally, make_env
from test_passing import passing_card


class Frame:
    """A reader's last frame: the player's box and the other objects' (category, x, y, w, h, visible)."""

    def __init__(self, player: tuple, objects: list[tuple]) -> None:
        self.player, self.objects = player, objects

    def players(self) -> list[tuple]:
        return [("Player", *self.player, True)] if self.player else []

    def near(self, *_: int) -> list[tuple]:
        return list(enumerate(self.objects, start=1))


def test_potential_is_one_less_the_distance_to_the_nearest_rewarded_object():
    approach = Approach({"Pill": 5.0, "Ghost": -5.0}, {})
    pill, ghost = ("Pill", 40, 10, 2, 2, True), ("Ghost", 11, 10, 8, 8, True)
    assert approach.potential(Frame((10, 10, 2, 2), [pill, ghost])) == pytest.approx(1 - 30 / DIAGONAL)
    assert approach.potential(Frame((10, 10, 2, 2), [ghost])) == 0.0  # only what the card rewards draws
    assert approach.potential(Frame(None, [pill])) == 0.0  # no player on screen
    hidden = ("Pill", 12, 10, 2, 2, False)
    assert approach.potential(Frame((10, 10, 2, 2), [pill, hidden])) == pytest.approx(1 - 30 / DIAGONAL)
    assert not Approach({"Ghost": -5.0}, {"Flag": 0.0})  # nothing to approach


def test_a_gate_draws_until_it_is_crossed_and_not_after():
    approach = Approach({"Flag": -5.0}, {"Flag": 5.0})
    gate = lambda y: [("Flag", 60, y, 4, 10, True), ("Flag", 90, y, 4, 10, True)]  # noqa: E731
    skier = (70, 60, 8, 18)  # centre (74, 69); the gate's centre (77, y + 5)
    assert approach.potential(Frame(skier, gate(150))) == pytest.approx(1 - math.hypot(3, 86) / DIAGONAL)
    assert approach.potential(Frame(skier, gate(70))) == pytest.approx(1 - math.hypot(3, 6) / DIAGONAL)
    assert approach.potential(Frame(skier, gate(55))) == 0.0  # crossed (scrolled past the skier's top): no pull back
    approach.reset()
    assert approach.potential(Frame(skier, gate(40))) > 0  # a new episode: a gate that came above draws


def test_shaping_checks_its_approach_settings():
    with pytest.raises(InputError, match="approach_scale"):
        Shaping(approach_scale=-1.0)
    with pytest.raises(InputError, match="gamma"):
        Shaping(approach_scale=1.0, gamma=0.0)
    tally = Tally()
    assert Shaping(approach_scale=10.0, gamma=0.5).approach(0.5, 0.8, tally, 0) == pytest.approx(10 * (0.4 - 0.5))
    assert tally.aux_return == pytest.approx(-1.0)
    assert Shaping.off().approach(0.5, 0.8, Tally(), 0) == 0.0


def skier(action: int, steps: int, shaping: Shaping) -> tuple[float, float, bool]:
    """The approach reward of a skier holding `action`, its first potential, whether its game ended."""
    env = make_env(passing_card(), frameskip=4, repeat_action_probability=0.0, shaping=shaping)
    env.reset(seed=0)
    start = env.potential
    for _ in range(steps):
        *_, terminated, truncated, _ = env.step(action)
        if terminated or truncated:
            break
    return env.tally.approach, start, terminated


def test_skiing_down_earns_the_approach_reward_standing_still_does_not():
    shaping = Shaping(approach_scale=10.0, gamma=0.999)
    down, _, _ = skier(0, 100, shaping)  # NOOP: the skier runs straight down through the first gates
    across, _, _ = skier(1, 100, shaping)  # RIGHT: it turns across the slope and stops
    assert down > 1.0 > 0.0 > across


def test_over_a_whole_game_the_approach_reward_adds_up_to_minus_the_first_potential():
    total, start, ended = skier(0, 2_000, Shaping(approach_scale=10.0, gamma=1.0))  # undiscounted: it telescopes
    assert ended and start > 0.5
    assert total == pytest.approx(-10.0 * start)
