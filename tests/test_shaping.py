"""The shaping rule and the gymnasium wrapper, on real games."""

from __future__ import annotations

import gymnasium as gym
import pytest

from read_reward.errors import InputError
from read_reward.hits import Hit
from read_reward.shaping import ReadRewardWrapper, Shaping, Tally, find_card, make_env

REWARDS = {"Pill": 5.0, "Ghost": -5.0}


def rewards_of(shaping: Shaping, hits: list[str], step: int = 0, tally: Tally | None = None) -> list[float]:
    tally = tally or Tally()
    hits = [Hit(name, i, i, (0, 0, 1, 1)) for i, name in enumerate(hits)]
    return [e["reward"] for e in shaping.apply(REWARDS, hits, tally, step)]


def test_rule_scale_cap_decay_and_off():
    assert rewards_of(Shaping(), ["Pill", "Ghost", "Fruit"]) == [5.0, -5.0, 0.0]  # not on the card: 0
    assert rewards_of(Shaping(scale=0.2), ["Pill", "Ghost"]) == [1.0, -1.0]
    assert rewards_of(Shaping(cap=12), ["Pill"] * 4 + ["Ghost"] * 3) == [5, 5, 2, 0, -5, -5, -2]
    decay = Shaping(decay_steps=100)
    assert [rewards_of(decay, ["Pill"], step)[0] for step in (0, 50, 100, 500)] == [5.0, 2.5, 0.0, 0.0]
    tally = Tally()
    assert rewards_of(Shaping.off(), ["Pill", "Ghost"], tally=tally) == [0.0, 0.0]
    assert tally.hits == {"Pill": 1, "Ghost": 1} and tally.aux_return == 0  # still detected and counted
    with pytest.raises(InputError):
        Shaping(decay_steps=0)


def test_penalties_ramp_in_while_gains_stay_whole():
    ramp = Shaping(penalty_ramp_steps=100)
    assert [rewards_of(ramp, ["Pill", "Ghost"], step) for step in (0, 50, 100, 500)] == [
        [5.0, 0.0], [5.0, -2.5], [5.0, -5.0], [5.0, -5.0]]
    with_decay = Shaping(penalty_ramp_steps=100, decay_steps=200)  # both: the ramp on top of the fade
    assert rewards_of(with_decay, ["Pill", "Ghost"], 50) == [3.75, -1.875]
    with pytest.raises(InputError, match="penalty_ramp_steps"):
        Shaping(penalty_ramp_steps=0)


def play_until_hits(env: gym.Env, min_hits: int, steps: int = 3000, action: int | None = None) -> list[tuple]:
    """(reward, info) of every step with events, until `min_hits` events; random actions if `action` is None."""
    env.reset(seed=0)
    env.action_space.seed(0)
    seen, n = [], 0
    for _ in range(steps):
        _, reward, terminated, truncated, info = env.step(env.action_space.sample() if action is None else action)
        if info["read_reward"]["events"]:
            seen.append((reward, info["read_reward"]))
            n += len(info["read_reward"]["events"])
            if n >= min_hits:
                break
        assert terminated is False and truncated is False
    return seen


def test_wrapper_adds_the_cards_reward_and_reports_events(mspacman_card):
    env = ReadRewardWrapper(gym.make("ALE/MsPacman-v5", repeat_action_probability=0.0), mspacman_card)
    seen = play_until_hits(env, 5, action=3)
    assert sum(len(rr["events"]) for _, rr in seen) >= 5
    for reward, rr in seen:
        card_total = sum(mspacman_card.reward_of(e["object"]) for e in rr["events"])
        assert rr["aux_reward"] == card_total and reward == rr["game_reward"] + card_total
        for e in rr["events"]:
            assert set(e) == {"object", "instance", "frame", "box", "reward", "kind"} and e["object"] == "Pill"
            assert e["kind"] == "hit"
    assert env.tally.aux_return == 5.0 * len([e for _, rr in seen for e in rr["events"]])
    assert env.tally.game_score == seen[-1][1]["game_score"]


def test_wrapper_shaping_off_adds_nothing(mspacman_card):
    env = ReadRewardWrapper(gym.make("ALE/MsPacman-v5", repeat_action_probability=0.0), mspacman_card, Shaping.off())
    seen = play_until_hits(env, 3, action=3)
    assert seen and all(reward == rr["game_reward"] and rr["aux_reward"] == 0 for reward, rr in seen)
    assert all(e["reward"] == 0 for _, rr in seen for e in rr["events"])


def test_make_env_with_preprocessing_keeps_every_hit(skiing_card):
    env = make_env(skiing_card, preprocess=True, repeat_action_probability=0.0)
    assert isinstance(env.env, gym.wrappers.AtariPreprocessing) and env.observation_space.shape == (84, 84, 1)
    seen = play_until_hits(env, 1)
    assert seen[0][1]["events"][0]["reward"] == -5.0  # every object of this card is -5
    assert seen[0][0] == seen[0][1]["game_reward"] - 5.0


@pytest.mark.parametrize("shaping", [Shaping(clip_game_reward=True), Shaping.off(clip_game_reward=True)])
def test_clip_game_reward_trains_on_its_sign_and_reports_it_unclipped(skiing_card, shaping):
    env = make_env(skiing_card, shaping=shaping, repeat_action_probability=0.0)
    env.reset(seed=0)
    env.action_space.seed(0)
    game, hits = [], 0
    for _ in range(600):
        _, reward, _, _, info = env.step(env.action_space.sample())
        rr = info["read_reward"]
        assert reward == (rr["game_reward"] > 0) - (rr["game_reward"] < 0) + rr["aux_reward"]
        game.append(rr["game_reward"])
        hits += len(rr["events"])
    assert min(game) < -1 and hits  # Skiing's time penalty is several points a step, and the skier hits things
    assert env.tally.game_score == pytest.approx(sum(game))


def test_find_card_by_path_and_by_game(tmp_path, monkeypatch, skiing_card):
    from read_reward.card import save_card

    monkeypatch.setenv("READ_REWARD_HOME", str(tmp_path))
    with pytest.raises(InputError, match="no card for 'skiing'"):
        find_card("skiing")
    save_card(skiing_card, tmp_path / "cards" / "skiing.json")
    assert find_card("ALE/Skiing-v5").rewards() == skiing_card.rewards()
    assert find_card(str(tmp_path / "cards" / "skiing.json")).game == "skiing"
