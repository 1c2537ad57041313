"""RLlib (new API stack, ray 2.60): `ReadRewardCallback` adds the auxiliary reward while sampling.

    from read_reward.shaping import ReadRewardCallback, Shaping
    config.callbacks(ReadRewardCallback.for_card("skiing", Shaping(scale=0.5)))

On every env runner the callback puts a `FrameTap` under each sub-env's emulator (any env creator,
any Atari wrappers: hits are found on every emulator frame on which one can start), and at each
`on_episode_step` turns the step's hits into reward with `episode.set_rewards(...)`, so the learner
trains on game + auxiliary reward. Per episode it logs, under `env_runners/read_reward/`:
`game_score_mean` (the unshaped game score: compare runs with and without shaping on this),
`aux_return_mean`, `hits_mean/<Object>`, and `hits_mean/<Object> (passed)` (gates passed, for the
objects with a card `passing` reward). `episode_return_mean` is RLlib's own and includes the auxiliary reward.
Each episode's `custom_data` holds its `read_reward_tally` (a `Tally`) and `read_reward_events`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ray.rllib.callbacks.callbacks import RLlibCallback

from read_reward.card import GameCard
from read_reward.errors import InputError
from read_reward.hits import DEFAULT_RELEASE, FrameTap, HitDetector
from read_reward.shaping import PASSED, Shaping, Tally, find_card

TALLY, EVENTS = "read_reward_tally", "read_reward_events"


def atari_env(config: dict[str, Any]) -> Any:
    """An env creator for `tune.register_env`: RLlib's Atari stack (`wrap_atari_for_new_api_stack`:
    max-pooled frame skip, no-op starts, a life per episode, FIRE on reset, `dim`x`dim` gray frames)
    on a `frameskip=1` ALE env. `config`: `env_id` (required), `dim` (64), `framestack` (None),
    `frameskip` (4), `frames` (`signed`: pixels in [-1, 1], RLlib's; `unit`: in [0, 1], CleanRL's),
    `stack` (`rllib`; `gymnasium`: `_gymnasium_stack`, CleanRL's); other keys go to `gym.make`, e.g.
    `repeat_action_probability`."""
    import ale_py
    import numpy as np
    import gymnasium as gym
    from ray.rllib.env.wrappers.atari_wrappers import wrap_atari_for_new_api_stack

    gym.register_envs(ale_py)
    own = ("env_id", "dim", "framestack", "frameskip", "frames", "stack", "num_envs")
    env = gym.make(config["env_id"], frameskip=1, **{k: v for k, v in config.items() if k not in own})
    if config.get("stack", "rllib") == "gymnasium":
        return _gymnasium_stack(env, config.get("dim", 64), config.get("frameskip", 4), config.get("framestack"),
                                config.get("frames", "signed"))
    env = wrap_atari_for_new_api_stack(env, dim=config.get("dim", 64), frameskip=config.get("frameskip", 4),
                                       framestack=config.get("framestack"))
    if config.get("frames", "signed") == "unit":
        space = gym.spaces.Box(0.0, 1.0, env.observation_space.shape, np.float32)
        env = gym.wrappers.TransformObservation(env, lambda obs: obs * np.float32(0.5) + np.float32(0.5), space)
    return env


def _gymnasium_stack(env: Any, dim: int, frameskip: int, framestack: int | None, frames: str) -> Any:
    """Gymnasium's AtariPreprocessing (max-pooled frame skip and 30 no-op starts on raw frames, then one
    resize) and FrameStackObservation, as CleanRL and `benchmarks/learning_gym.py`; channels last for RLlib."""
    import gymnasium as gym
    import numpy as np

    env = gym.wrappers.AtariPreprocessing(env, frame_skip=frameskip, screen_size=dim)
    if framestack:
        env = gym.wrappers.FrameStackObservation(env, framestack)
    low, scale, shift = (0.0, 1 / 255, 0.0) if frames == "unit" else (-1.0, 1 / 128, -1.0)

    def channels_last(obs: Any) -> Any:
        pixels = np.asarray(obs, np.float32)
        pixels = np.moveaxis(pixels, 0, -1) if pixels.ndim == 3 else pixels[..., None]
        return pixels * np.float32(scale) + np.float32(shift)

    space = gym.spaces.Box(low, 1.0, (dim, dim, framestack or 1), np.float32)
    return gym.wrappers.TransformObservation(env, channels_last, space)


class ReadRewardCallback(RLlibCallback):
    """Auxiliary reward from the game card; make one with `ReadRewardCallback.for_card(card)`."""

    card_data: dict[str, Any] | None = None  # set by `for_card`: plain data, shipped with the config
    shaping: Shaping = Shaping()
    gap: int | None = None
    release: int = DEFAULT_RELEASE

    @classmethod
    def for_card(cls, card: GameCard | str | Path, shaping: Shaping | None = None, *, gap: int | None = None,
                 release: int = DEFAULT_RELEASE) -> type[ReadRewardCallback]:
        """The callback class for `config.callbacks(...)`: card (a GameCard, .json path or game name),
        shaping rule, contact gap in pixels and release in frames (see `HitDetector`)."""
        card = find_card(card)
        if shaping is not None and shaping.approach_scale > 0:
            raise InputError("approach shaping (approach_scale) is an option of the gymnasium ReadRewardWrapper only; "
                             "set approach_scale to 0 for the RLlib callback")
        # unknown game, nothing to touch, bad options: error here
        HitDetector(card.game, gap, release, passing=card.passing_rewards())
        return type(f"ReadRewardCallback_{card.game}", (cls,), {
            "card_data": card.to_dict(), "shaping": shaping or Shaping(), "gap": gap, "release": release})

    def __init__(self) -> None:
        super().__init__()
        if self.card_data is None:
            raise InputError("register ReadRewardCallback.for_card(<card>) with config.callbacks(...), "
                             "not the bare ReadRewardCallback class")
        self.card = GameCard.from_dict(self.card_data)  # once per env runner, no file access
        self.rewards = self.card.rewards()
        self.passing = self.card.passing_rewards()
        self.taps: dict[int, FrameTap] = {}
        self.steps = 0  # env steps this env runner took, for the decay
        self.num_runners = 1

    def on_environment_created(self, *, env_runner: Any, env: Any, **kwargs: Any) -> None:
        sub_envs = getattr(env, "envs", None)
        if sub_envs is None:
            raise InputError("ReadRewardCallback needs gymnasium's synchronous vector env; keep "
                             "config.env_runners(gym_env_vectorize_mode='SYNC') (RLlib's default)")
        self.taps = {i: FrameTap.install(sub, HitDetector(self.card.game, self.gap, self.release,
                                                          passing=self.passing))
                     for i, sub in enumerate(sub_envs)}
        self.num_runners = max(1, env_runner.config.num_env_runners or 0)

    def on_episode_start(self, *, episode: Any, env_index: int, **kwargs: Any) -> None:
        self.taps[env_index].drain()  # hits during reset steps (no-op starts) earn nothing
        episode.custom_data[TALLY] = Tally()
        episode.custom_data[EVENTS] = []

    def on_episode_step(self, *, episode: Any, env_index: int, **kwargs: Any) -> None:
        tally: Tally = episode.custom_data[TALLY]
        game_reward = float(episode.get_rewards(-1))
        tally.game_score += game_reward
        hits = self.taps[env_index].drain()
        # The decay counts env steps of all runners: this runner's count times the number of runners.
        step = self.steps * self.num_runners
        self.steps += 1
        aux = 0.0
        if hits:
            events = self.shaping.apply(self.rewards, hits, tally, step, self.passing)
            episode.custom_data[EVENTS].extend(events)
            aux = sum(e["reward"] for e in events)
        reward = self.shaping.train_reward(game_reward, aux)
        if reward != game_reward:
            episode.set_rewards(new_data=reward, at_indices=-1)

    def on_episode_end(self, *, episode: Any, env_runner: Any, metrics_logger: Any, **kwargs: Any) -> None:
        tally: Tally = episode.custom_data[TALLY]
        window = env_runner.config.metrics_num_episodes_for_smoothing
        metrics_logger.log_value(("read_reward", "game_score_mean"), tally.game_score, window=window)
        metrics_logger.log_value(("read_reward", "aux_return_mean"), tally.aux_return, window=window)
        for name in self.rewards:
            metrics_logger.log_value(("read_reward", "hits_mean", name), tally.hits.get(name, 0), window=window)
        for name in self.passing:  # gates passed: "Flag (passed)" beside "Flag" (`shaping.count_names`)
            metrics_logger.log_value(("read_reward", "hits_mean", name + PASSED), tally.passes.get(name, 0),
                                     window=window)
