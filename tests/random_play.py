"""Random play on the real emulator for checks and benchmarks: one generator, one detector comparison.

Benchmarks import it too (they put `tests/` on sys.path, as they do for `scan_factory`).
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

import ale_py
import gymnasium as gym
import numpy as np

from read_reward.games import game_info

gym.register_envs(ale_py)


def random_play(game: str, frames: int, seed: int, sticky: float = 0.25) -> Iterator[tuple[np.ndarray, bool]]:
    """(RAM, restarted) after each emulator frame of random play, a new action every 4 frames with
    sticky actions; `restarted`: the game ended at that frame and the RAM is the new game's."""
    env = gym.make(game_info(game).env_id, frameskip=1, repeat_action_probability=sticky)
    env.reset(seed=seed)
    ale, action_set, rng = env.unwrapped.ale, env.unwrapped._action_set, np.random.default_rng(seed)
    for frame in range(frames):
        if frame % 4 == 0:
            action = action_set[rng.integers(len(action_set))]
        ale.act(action)
        restarted = ale.game_over()
        if restarted:
            ale.reset_game()
        yield ale.getRAM(), restarted


def compare(reference: Any, shipped: Any, frames: int, seed: int, on_read: Callable[[], None] | None = None,
            sticky: float = 0.25) -> tuple[list[tuple], list[tuple], int]:
    """Hits (object, slot, frame, box) of two HitDetectors on the same random play, and how many
    frames `shipped` read (it may skip frames); `on_read` runs after each frame `shipped` read."""
    expected: list[tuple] = []
    found: list[tuple] = []
    read = 0
    for frame, (ram, restarted) in enumerate(random_play(reference.info.short, frames, seed, sticky)):
        if frame == 0 or restarted:
            reference.reset(ram)
            shipped.reset(ram)
            if restarted:
                continue
        expected += [(h.object, h.instance, frame, h.box) for h in reference.step(ram, frame)]
        if not shipped.skip_frame():
            read += 1
            found += [(h.object, h.instance, frame, h.box) for h in shipped.step(ram, frame)]
            if on_read:
                on_read()
    return expected, found, read
