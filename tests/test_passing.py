"""Passing between two objects (a gate) at play time: geometry, real Skiing against the game's own gate
counter, the wrapper and the RLlib callback emitting pass rewards."""

from __future__ import annotations

import gymnasium as gym
import numpy as np
import pytest
from conftest import make_card

from read_reward.card import GameCard
from read_reward.errors import InputError
from read_reward.hits import Hit, HitDetector
from read_reward.passing import Pass, PassDetector, gates_of
from read_reward.shaping import ReadRewardWrapper, Shaping, Tally, make_env

GATES = 20  # ALE Skiing's default game: 20 gates; the counter (RAM 107, BCD) counts down those passed
MISSED = 500  # the game adds 5 s (500 reward) per gate missed, at the end


def passing_card(passing: float = 5.0) -> GameCard:
    card = make_card("skiing", {"Tree": -5.0, "Mogul": -5.0, "Flag": -5.0})
    for obj in card.objects:
        if obj.name == "Flag":
            obj.passing = passing
    return card


def flag(x: int, y: int) -> tuple[str, int, int, int, int, bool]:
    return ("Flag", x, y, 5, 15, True)


PLAYER = [("Player", 76, 40, 10, 18, True)]  # centre 81


def test_gates_are_neighbours_at_about_the_same_height():
    objects = [(10, flag(40, 100)), (11, flag(72, 101)), (12, flag(50, 160)), (13, flag(82, 160)),
               (1, ("Tree", 60, 100, 16, 30, True)), (5, flag(150, 20))]
    pairs = gates_of(objects, frozenset({"Flag"}))
    assert [(a[0], b[0]) for a, b in pairs] == [(10, 11), (12, 13)]
    three = [(1, flag(10, 50)), (2, flag(40, 50)), (3, flag(70, 50))]
    assert [(a[0], b[0]) for a, b in gates_of(three, frozenset({"Flag"}))] == [(1, 2), (2, 3)]


def scroll(detector: PassDetector, left: int, ys: list[int], slots: tuple[int, int] = (10, 11),
           player: list = PLAYER) -> list[Pass]:
    """The passes while a gate with its left flag at x=`left` (right one 32 px further) is at each y."""
    found = []
    for frame, y in enumerate(ys):
        found += detector.step(player, [(slots[0], flag(left, y)), (slots[1], flag(left + 32, y))], frame)
    return found


def test_a_gate_scrolling_past_is_passed_once_when_the_player_is_between_its_flags():
    ys = list(range(80, 20, -3))
    passes = scroll(PassDetector(["Flag"]), 60, ys)  # flag centres at 62.5 and 94.5: 81 is between
    assert len(passes) == 1
    p = passes[0]
    assert p.object == "Flag" and p.instance == 10 and p.box == (60, p.box[1], 37, 15) and p.box[1] <= 40
    assert ys[p.frame] <= 40 < ys[p.frame - 1]  # on the frame its top passes the player's top
    assert p.as_dict(5.0) == {"object": "Flag", "instance": 10, "frame": p.frame, "box": p.box, "reward": 5.0,
                              "kind": "pass"}
    assert scroll(PassDetector(["Flag"]), 20, ys) == []  # the player is right of both flags: missed
    assert scroll(PassDetector(["Flag"]), 82, ys) == []  # left of both
    assert scroll(PassDetector(["Flag"]), 60, ys, player=[("Player", 76, 40, 10, 18, False)]) == []
    jitter = scroll(PassDetector(["Flag"]), 60, [50, 45, 41, 39, 41, 39, 42, 38, 30])
    assert len(jitter) == 1  # decided once, on the first crossing
    up = scroll(PassDetector(["Flag"]), 60, list(range(10, 80, 3)))  # the other way (the player climbs)
    assert len(up) == 1


def test_a_gate_that_jumps_is_a_new_gate_in_the_same_slots():
    detector = PassDetector(["Flag"])
    assert scroll(detector, 60, [45, 43, 41]) == []
    assert scroll(detector, 60, [20, 19]) == []  # 21 px at once: a new gate appeared above, not a crossing
    assert scroll(detector, 60, [170, 160, 38]) == []  # 160 -> 38 is past the player, but a jump: no crossing
    detector.reset()
    assert len(scroll(detector, 60, [44, 42, 40, 38])) == 1


def test_the_shaping_rule_gives_pass_rewards_with_scale_decay_cap_and_off():
    passes = [Pass("Flag", 10, i, (0, 0, 37, 15)) for i in range(3)]
    hits = [Hit("Flag", 10, 9, (0, 0, 5, 15))]
    tally = Tally()
    events = Shaping(scale=0.5).apply({"Flag": -5.0}, passes + hits, tally, 0, {"Flag": 5.0})
    assert [(e["kind"], e["reward"]) for e in events] == [("pass", 2.5)] * 3 + [("hit", -2.5)]
    assert tally.passes == {"Flag": 3} and tally.hits == {"Flag": 1} and tally.aux_return == 5.0
    assert [e["reward"] for e in Shaping(decay_steps=10).apply({}, passes[:1], Tally(), 5, {"Flag": 5.0})] == [2.5]
    assert [e["reward"] for e in Shaping(cap=6).apply({}, passes, Tally(), 0, {"Flag": 5.0})] == [5, 1, 0]
    off = Tally()
    assert [e["reward"] for e in Shaping.off().apply({}, passes, off, 0, {"Flag": 5.0})] == [0, 0, 0]
    assert off.passes == {"Flag": 3}  # still counted
    assert [e["reward"] for e in Shaping().apply({"Flag": -5.0}, passes[:1], Tally(), 0)] == [0.0]  # no passing: 0
    weighed = Shaping(scale=0.5, passing_scale=4.0).apply({"Flag": -5.0}, passes[:1] + hits, Tally(), 0, {"Flag": 5.0})
    assert [e["reward"] for e in weighed] == [10.0, -2.5]  # progress x4, contacts as they were
    with pytest.raises(InputError, match="passing_scale"):
        Shaping(passing_scale=-1.0)


def steer(step, ale, offset: float, steps: int = 3000) -> dict:
    """Ski to the middle of the next gate + `offset` px (the skis' angle, RAM 15: 8 is straight down) with
    `step(action) -> (game reward, done, events)`; what was reported, and what the game's counter said."""
    detector = ale.detector  # the FrameTap's
    counted, last, events, reward, done = 0, int(ale.getRAM()[107]), [], 0.0, False
    for _ in range(steps):
        player = detector.reader.players()[0]
        below = sorted([e for e in detector.objects if type(e).__name__ == "Flag" and e.y > player[2] - 2],
                       key=lambda e: (e.y, e.x))
        want = 8
        if len(below) >= 2:
            left, right = sorted(below[:2], key=lambda e: e.x)
            target = (left.x + right.x + right.w) / 2 + offset
            want = 8 + max(-3, min(3, round((target - player[1] - player[3] / 2) / 6)))
        angle = int(ale.getRAM()[15])
        reward, done, new = step(1 if angle < want else 2 if angle > want else 0)
        events += new
        now = int(ale.getRAM()[107])
        counted += now != last
        last = now
        if done:
            break
    assert done, "the run did not reach the finish"
    return {"passes": [e for e in events if e["kind"] == "pass"], "hits": [e for e in events if e["kind"] == "hit"],
            "counted": counted, "left": int(f"{last:x}"), "last_reward": reward}


def steer_wrapped(env: ReadRewardWrapper, offset: float) -> dict:
    env.reset(seed=0)

    def step(action: int) -> tuple[float, bool, list]:
        _, _, terminated, truncated, info = env.step(action)
        return info["read_reward"]["game_reward"], terminated or truncated, info["read_reward"]["events"]

    return steer(step, env.unwrapped.ale, offset)


def test_skiing_through_every_gate_is_twenty_passes_and_the_game_agrees():
    env = make_env(passing_card(), frameskip=4, repeat_action_probability=0.0)
    run = steer_wrapped(env, 0)
    assert len(run["passes"]) == GATES == run["counted"] and run["left"] == 0
    assert run["last_reward"] > -MISSED  # no gate missed: no penalty at the end
    assert all(e["reward"] == 5.0 and e["object"] == "Flag" for e in run["passes"])
    assert env.tally.passes == {"Flag": GATES}
    assert env.tally.aux_return == 5.0 * GATES - 5.0 * sum(env.tally.hits.values())


def test_skiing_beside_every_gate_is_no_pass_and_the_game_agrees():
    env = make_env(passing_card(), frameskip=4, repeat_action_probability=0.0)
    run = steer_wrapped(env, 40)  # aim right of every gate's right flag
    assert run["passes"] == [] and run["counted"] == 0 and run["left"] == GATES
    assert run["last_reward"] <= -MISSED * GATES  # the game's end penalty: every gate missed


def test_a_card_without_passing_detects_no_passes(skiing_card):
    env = make_env(skiing_card, frameskip=4, repeat_action_probability=0.0)
    assert env.tap.detector.passes is None
    run = steer_wrapped(env, 0)
    assert run["passes"] == [] and run["counted"] == GATES and env.tally.passes == {}


def test_unshaped_runs_still_count_passes():
    env = make_env(passing_card(), frameskip=4, repeat_action_probability=0.0, shaping=Shaping.off())
    run = steer_wrapped(env, 0)
    assert len(run["passes"]) == GATES and all(e["reward"] == 0 for e in run["passes"])
    assert env.tally.aux_return == 0


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_passes_on_random_play_are_the_games_own(seed):
    """Random play (sticky actions, an action held 4-20 frames), every emulator frame: each pass comes
    within 12 frames of the game's counter going down, and most of the counter's steps have one."""
    env = gym.make("ALE/Skiing-v5", frameskip=1, repeat_action_probability=0.25)
    env.reset(seed=seed)
    ale, actions, rng = env.unwrapped.ale, env.unwrapped._action_set, np.random.default_rng(seed)
    detector = HitDetector("skiing", passing=["Flag"])
    detector.reset(ale.getRAM())
    last, counted, found, frame, hold, action = ale.getRAM()[107], [], [], 0, 0, actions[0]
    total = 0
    while not ale.game_over():
        if hold == 0:
            action = actions[0] if rng.random() < 0.6 else actions[1 + rng.integers(2)]
            hold = int(rng.integers(1, 6)) * 4
        hold -= 1
        total += ale.act(action)
        frame += 1
        ram = ale.getRAM()
        if ram[107] != last:
            counted.append(frame)
            last = ram[107]
        found += [p.frame for p in detector.step(ram, frame) if p.kind == "pass"]
    assert len(counted) == GATES - int(f"{last:x}")
    for f in found:
        assert any(0 <= c - f <= 12 for c in counted), f"pass at frame {f}, the game counted none"
    assert len(found) == len(set(found)) and len(found) >= 0.6 * len(counted)


def test_passing_categories_must_be_touchable():
    with pytest.raises(InputError, match="cannot detect passes between Player"):
        HitDetector("skiing", passing=["Player"])


def test_rllib_callback_emits_and_logs_passes():
    """The callback's hooks on a real vector env, without Ray's sampling loop."""
    from read_reward.rllib import ReadRewardCallback

    class Episode:
        def __init__(self) -> None:
            self.custom_data, self.rewards = {}, []

        def get_rewards(self, index):
            return self.rewards[index]

        def set_rewards(self, *, new_data, at_indices):
            self.rewards[at_indices] = new_data

    class Runner:
        class config:  # noqa: N801
            num_env_runners = 0
            metrics_num_episodes_for_smoothing = 1

    class Logger:
        def __init__(self) -> None:
            self.logged = {}

        def log_value(self, key, value, window):
            self.logged[key] = value

    callback = ReadRewardCallback.for_card(passing_card(), Shaping())()
    vector = gym.vector.SyncVectorEnv([lambda: gym.make("ALE/Skiing-v5", repeat_action_probability=0.0)])
    callback.on_environment_created(env_runner=Runner, env=vector)
    env, episode, trained = vector.envs[0], Episode(), []
    env.reset(seed=0)
    callback.on_episode_start(episode=episode, env_index=0)

    def step(action: int) -> tuple[float, bool, list]:
        _, reward, terminated, truncated, _ = env.step(action)
        episode.rewards.append(float(reward))
        seen = len(episode.custom_data["read_reward_events"])
        callback.on_episode_step(episode=episode, env_index=0)
        trained.append(episode.rewards[-1] - float(reward))
        return float(reward), terminated or truncated, episode.custom_data["read_reward_events"][seen:]

    run = steer(step, env.unwrapped.ale, 0)
    assert len(run["passes"]) == GATES == run["counted"]
    events = episode.custom_data["read_reward_events"]
    assert sum(trained) == sum(e["reward"] for e in events) == 5.0 * GATES - 5.0 * len(run["hits"])
    logger = Logger()
    callback.on_episode_end(episode=episode, env_runner=Runner, metrics_logger=logger)
    assert logger.logged[("read_reward", "hits_mean", "Flag (passed)")] == GATES
    assert logger.logged[("read_reward", "hits_mean", "Flag")] == sum(e["object"] == "Flag" for e in run["hits"])
