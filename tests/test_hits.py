"""Hit detection on the real emulator: scripted scenarios, RAM edits, and frame-skip equivalence."""

from __future__ import annotations

import gymnasium as gym
import numpy as np
import pytest

from read_reward.errors import InputError
from read_reward.hits import CLOSING_SPEED, FrameTap, Hit, HitDetector
from read_reward.shaping import ReadRewardWrapper
from random_play import compare

NOOP = 0


def tapped(game: str, env_id: str, frameskip: int = 1, **kwargs) -> tuple[gym.Env, FrameTap]:
    env = gym.make(env_id, frameskip=frameskip, repeat_action_probability=0.0, **kwargs)
    tap = FrameTap.install(env, HitDetector(game))
    env.reset(seed=0)
    return env, tap


def category(obj) -> str:
    return obj.__class__.__name__


def gap(a, b) -> int:
    """Empty pixels between two OCAtari boxes (0 when touching or overlapping)."""
    return max(0, b.x - (a.x + a.w), a.x - (b.x + b.w), b.y - (a.y + a.h), a.y - (b.y + b.h))


def test_skiing_tree_collision_fires_one_tree_hit():
    env, tap = tapped("skiing", "ALE/Skiing-v5")
    ale, objects = env.unwrapped.ale, lambda: tap.detector.objects
    for _ in range(3000):  # ski straight down until a tree comes up below, away from the screen edges
        env.step(NOOP)
        trees = [(i, o) for i, o in enumerate(objects()) if category(o) == "Tree" and o.y > 100 and 20 < o.x < 130]
        if trees:
            break
    slot, tree = trees[0]
    ale.setRAM(25, tree.x + 3)  # RAM 25 is the skier's x: put him right above the tree
    tap.drain()
    hits, in_contact, tree_y = [], 0, []
    for _ in range(300):
        env.step(NOOP)
        hits += tap.drain()
        if objects()[slot] and gap(objects()[0], objects()[slot]) == 0:
            in_contact += 1
            tree_y.append(objects()[slot].y)
    assert [(h.object, h.instance) for h in hits] == [("Tree", slot)]
    assert in_contact > 50  # one hit for a long contact: no double counting
    assert max(tree_y[-30:]) - min(tree_y[-30:]) <= 2  # the game saw the crash: the slope stopped scrolling


def test_breakout_paddle_touching_ball_fires_a_ball_hit_per_bounce():
    env, tap = tapped("breakout", "ALE/Breakout-v5")
    fire, right, left = 1, 2, 3
    hits, bounces, last_y, falling = [], [], None, False
    for frame in range(4000):
        paddle, ball = tap.detector.objects[:2]
        if not ball:
            action = fire
        else:  # follow the ball with the paddle's centre
            action = right if ball.x + 1 > paddle.x + 8 else left if ball.x + 1 < paddle.x + 6 else NOOP
        _, _, terminated, _, _ = env.step(action)
        hits += [(frame, h) for h in tap.drain()]
        ball = tap.detector.objects[1]
        y = ball.y if ball else None
        if y is not None and last_y is not None:
            if falling and y < last_y and y > 150:
                bounces.append(frame)
            falling = y > last_y if y != last_y else falling
        last_y = y
        if terminated:
            break
    assert len(bounces) >= 5
    assert all(h.object == "Ball" for _, h in hits)
    for bounce in bounces:  # every bounce off the paddle had exactly one Ball hit just before
        assert len([f for f, _ in hits if bounce - 8 <= f <= bounce]) == 1, (bounce, hits)
    assert len(hits) <= len(bounces) + 2  # and (almost) no hit without a bounce: misses graze the paddle


def test_mspacman_eating_pills_fires_pill_hits():
    env, tap = tapped("mspacman", "ALE/MsPacman-v5")
    left = 3
    pills = lambda: {i for i, o in enumerate(tap.detector.objects) if category(o) == "Pill"}
    touching_at_start = {h for h in tap.detector._last_contact}
    hits, eaten, score = {}, [], 0.0
    for _ in range(400):
        before = pills()
        _, reward, _, _, _ = env.step(left)
        score += reward
        for h in tap.drain():
            hits.setdefault(h.instance, []).append(h)
        eaten += sorted(before - pills())
    assert len(eaten) >= 5 and score == 10 * len(eaten)  # each pill is worth 10 points
    for slot in eaten:  # every pill eaten had one Pill hit first (unless touching when the game began)
        assert slot in touching_at_start or [h.object for h in hits[slot]] == ["Pill"]


def test_two_ghosts_are_two_hits():
    env, tap = tapped("mspacman", "ALE/MsPacman-v5")
    for _ in range(300):
        env.step(3)
    ale = env.unwrapped.ale
    ram = ale.getRAM()
    for ghost in (0, 1):  # RAM 6-9 / 12-15: ghosts' x / y; RAM 10 / 16: Ms. Pac-Man's
        ale.setRAM(6 + ghost, int(ram[10]))
        ale.setRAM(12 + ghost, int(ram[16]))
    tap.drain()
    hits = []
    for _ in range(30):
        env.step(NOOP)
        hits += tap.drain()
    assert sorted((h.object, h.instance) for h in hits) == [("Ghost", 1), ("Ghost", 2)]


def test_restored_state_in_contact_fires_nothing_until_a_new_contact():
    env, tap = tapped("mspacman", "ALE/MsPacman-v5")
    ale = env.unwrapped.ale
    for _ in range(300):
        env.step(3)
    tap.drain()
    ale.setRAM(6, int(ale.getRAM()[10]))
    ale.setRAM(12, int(ale.getRAM()[16]))
    env.step(NOOP)
    assert [h.object for h in tap.drain()] == ["Ghost"]
    state = ale.cloneState()
    for _ in range(3):
        ale.restoreState(state)
        env.step(NOOP)
        assert tap.drain() == []


def breakout_actions(n: int) -> list[int]:
    """Agent actions (frameskip 4) of a player that keeps the paddle under the ball."""
    env, tap = tapped("breakout", "ALE/Breakout-v5", frameskip=4)
    actions = []
    for _ in range(n):
        paddle, ball = tap.detector.objects[0], tap.detector.objects[1]
        actions.append(1 if not ball else 2 if ball.x + 1 > paddle.x + 8 else 3 if ball.x + 1 < paddle.x + 6 else 0)
        env.step(actions[-1])
    return actions


@pytest.mark.parametrize("game, env_id, seed", [("breakout", "ALE/Breakout-v5", 3),
                                               ("mspacman", "ALE/MsPacman-v5", 0),
                                               ("skiing", "ALE/Skiing-v5", 0)])
def test_frame_skipping_hides_no_hit(game, env_id, seed):
    """The same actions give the same hits whoever skips frames; checking only at agent steps misses some."""
    rng = np.random.default_rng(seed)
    actions = [int(a) for a in rng.integers(gym.make(env_id).action_space.n, size=600)]
    if game == "breakout":
        actions = breakout_actions(900)

    def run(env: gym.Env, repeat: int, skip: bool = True) -> list[Hit]:
        tap = FrameTap.install(env, HitDetector(game, skip=skip))
        env.reset(seed=seed)
        hits = []
        for a in actions:
            for _ in range(repeat):
                env.step(a)
                hits += tap.drain()
        return hits

    def base(frameskip: int) -> gym.Env:
        return gym.make(env_id, frameskip=frameskip, repeat_action_probability=0.0)

    every_frame = run(base(1), repeat=4, skip=False)  # we step each emulator frame, the detector reads each
    assert len(every_frame) >= 3
    assert run(base(1), repeat=4) == every_frame  # the shipped detector skips frames far from everything
    assert run(base(4), repeat=1) == every_frame  # ALE v5 skips 4 frames inside one step
    preprocessed = gym.wrappers.AtariPreprocessing(base(1), frame_skip=4, noop_max=0)
    assert run(preprocessed, repeat=1) == every_frame  # gymnasium's max-pooling frame skip

    # What a detector that only saw the RAM at agent steps would find: a subset, on these games.
    env, detector, at_steps = base(4), HitDetector(game), []
    env.reset(seed=seed)
    detector.reset(env.unwrapped.ale.getRAM())
    for i, a in enumerate(actions):
        env.step(a)
        at_steps += detector.step(env.unwrapped.ale.getRAM(), i)
    if game != "skiing":  # fast balls and pills: the contact often begins and ends between two agent steps
        assert len(at_steps) < len(every_frame)


@pytest.mark.parametrize("game", sorted(CLOSING_SPEED))
def test_skipping_frames_far_from_everything_finds_the_same_hits(game):
    """With a closing speed, the detector reads only the frames on which a contact can start, and
    finds the hits (object, slot, frame) that reading every frame finds, on random play."""
    exact, skipping = HitDetector(game, skip=False), HitDetector(game)
    a, b, read = compare(exact, skipping, 12_000, seed=7)
    assert len(a) >= 5 and b == a
    assert read < 0.8 * 12_000  # it did skip


def test_a_ram_edit_makes_the_detector_read_the_next_frame():
    env, tap = tapped("pong", "ALE/Pong-v5")
    env.step(NOOP)  # no ball served yet, the other paddle far away: the detector may skip frames
    assert tap.detector.idle > 0
    env.unwrapped.ale.setRAM(51, 100)  # the player's paddle y
    assert tap.detector.idle == 0


def test_errors_are_clear_at_construction(skiing_card):
    with pytest.raises(InputError, match="not covered by OCAtari"):
        HitDetector("notagame")
    with pytest.raises(InputError, match="no object the player can touch"):
        HitDetector("upndown")
    with pytest.raises(InputError, match="card is for 'skiing' but the env plays 'breakout'"):
        ReadRewardWrapper(gym.make("ALE/Breakout-v5"), skiing_card)
    with pytest.raises(InputError, match="not an ALE environment"):
        ReadRewardWrapper(gym.make("CartPole-v1"), skiing_card)
    env = gym.make("ALE/Skiing-v5")
    ReadRewardWrapper(env, skiing_card)
    with pytest.raises(InputError, match="already has a read-reward hit detector"):
        ReadRewardWrapper(env, skiing_card)
    with pytest.raises(InputError, match="gap >= 0"):
        HitDetector("skiing", gap=-1)
