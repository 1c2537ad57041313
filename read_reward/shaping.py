"""The auxiliary reward: hits (see `hits.py`) become the card's reward for the object touched, and
passes between two objects (a gate, see `passing.py`) the card's `passing` reward for their category.

One rule (`Shaping`) serves both integrations: the gymnasium `ReadRewardWrapper` here and the RLlib
`ReadRewardCallback` (in `read_reward.rllib`, importable from here too; it loads RLlib, which takes
seconds, so only when asked for). The game's own reward is never changed: the wrapper reports it
in `info["read_reward"]["game_reward"]`, the callback logs the unshaped game score per episode.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, SupportsFloat

import gymnasium as gym

from read_reward.approach import Approach
from read_reward.card import GameCard, load_card
from read_reward.errors import InputError
from read_reward.games import cards_dir, game_info
from read_reward.hits import DEFAULT_RELEASE, FrameTap, Hit, HitDetector
from read_reward.passing import Pass


@dataclass(frozen=True)
class Shaping:
    """How hits become auxiliary reward.

    A hit earns the card's reward for the object × `scale` (a pass between two objects of a category,
    the card's `passing` reward for it × `passing_scale`: the same rule, scale, decay and cap), × a factor that falls linearly from 1
    to 0 over the first `decay_steps` env steps (None: no decay). Per episode, positive rewards
    add up to at most `cap` and negative ones to at least -`cap` (None: no cap). `enabled=False`
    (`Shaping.off()`) adds nothing, for baselines; hits are still detected and reported.
    `clip_game_reward=True` trains on the sign of the game's reward (DeepMind's Atari clipping, as
    in the paper's A2C) plus the auxiliary reward, so a ±5 hit is not lost in large game rewards
    (Skiing: about -7 per step); the game score reported stays unclipped. Unclipped, the game's
    reward is trained on × `game_reward_scale`, then through symlog (sign(r)·ln(1 + |r|)) with
    `symlog_game_reward`: both keep its size (Skiing's missed-gate penalty) where clipping drops it.
    These apply with `enabled` off too, so baselines get the same game reward.
    `approach_scale` > 0 adds potential-based shaping toward the card's targets (`read_reward.approach`):
    `approach_scale` × (`gamma` × Φ(next) - Φ(now)) a step, × the same decay; set `gamma` to the learner's.
    `penalty_ramp_steps`: a negative reward for a hit is × a factor that rises linearly from 0 to 1 over these env
    steps (None: whole from the start), so an agent that has not yet learnt to move is not first taught that
    standing still is safest (Skiing: trees, moguls and flag poles only penalise).
    """

    scale: float = 1.0
    passing_scale: float = 1.0  # Skiing: 4 (+20 a gate against -5 a tree) got agents off the plateau (README)
    cap: float | None = None
    decay_steps: int | None = None
    enabled: bool = True
    clip_game_reward: bool = False
    game_reward_scale: float = 1.0
    symlog_game_reward: bool = False
    approach_scale: float = 0.0
    gamma: float = 0.99
    penalty_ramp_steps: int | None = None

    def __post_init__(self) -> None:
        if self.clip_game_reward and (self.game_reward_scale != 1.0 or self.symlog_game_reward):
            raise InputError("clip_game_reward replaces the game's reward by its sign: drop game_reward_scale "
                             "and symlog_game_reward, or set clip_game_reward to false")
        if self.passing_scale < 0:
            raise InputError(f"shaping passing_scale must be >= 0 (it weighs progress rewards), got {self.passing_scale}")
        if self.approach_scale < 0:
            raise InputError(f"shaping approach_scale must be >= 0 (0: no approach reward), got {self.approach_scale}")
        if not 0 < self.gamma <= 1:
            raise InputError(f"shaping gamma must be the learner's discount, in (0, 1], got {self.gamma}")
        if self.cap is not None and self.cap < 0:
            raise InputError(f"shaping cap must be >= 0, got {self.cap}")
        if self.decay_steps is not None and self.decay_steps <= 0:
            raise InputError(f"shaping decay_steps must be a positive number of env steps, got {self.decay_steps}")
        if self.penalty_ramp_steps is not None and self.penalty_ramp_steps <= 0:
            raise InputError("shaping penalty_ramp_steps must be a positive number of env steps (null: no ramp), "
                             f"got {self.penalty_ramp_steps}")

    @classmethod
    def off(cls, clip_game_reward: bool = False) -> Shaping:
        return cls(enabled=False, clip_game_reward=clip_game_reward)

    def train_reward(self, game_reward: float, aux: float) -> float:
        """The reward the agent trains on: the game's (clipped or rescaled as set) + auxiliary."""
        if self.clip_game_reward:
            game_reward = float((game_reward > 0) - (game_reward < 0))
        else:
            game_reward *= self.game_reward_scale
            if self.symlog_game_reward:
                game_reward = math.copysign(math.log1p(abs(game_reward)), game_reward)
        return game_reward + aux

    def factor(self, step: int) -> float:
        """The multiplier at env step `step` (counted from 0): scale × linear decay; 0 when off."""
        if not self.enabled:
            return 0.0
        if self.decay_steps is None:
            return self.scale
        return self.scale * max(0.0, 1.0 - step / self.decay_steps)

    def approach(self, before: float, after: float, tally: Tally, step: int) -> float:
        """The potential-based reward of a step from potential `before` to `after` (0 past the episode's end)."""
        reward = self.approach_scale * self.factor(step) * (self.gamma * after - before)
        tally.approach += reward
        return reward

    def apply(self, rewards: dict[str, float], hits: list[Hit | Pass], tally: Tally, step: int,
              passing: dict[str, float] | None = None) -> list[dict[str, Any]]:
        """The events of one env step, each with the reward it adds; updates the episode's `tally`.
        `rewards`: per category, for a hit; `passing`: per category, for a pass (`GameCard.passing_rewards`)."""
        factor = self.factor(step)
        events = []
        for hit in hits:
            passed = hit.kind == "pass"
            reward = ((passing or {}).get(hit.object, 0.0) * self.passing_scale if passed
                      else rewards.get(hit.object, 0.0)) * factor
            if reward < 0 and self.penalty_ramp_steps is not None:
                reward *= min(1.0, step / self.penalty_ramp_steps)
            if self.cap is not None:
                reward = min(reward, self.cap - tally.gained) if reward > 0 else max(reward, -self.cap - tally.lost)
            if reward > 0:
                tally.gained += reward
            else:
                tally.lost += reward
            counts = tally.passes if passed else tally.hits
            counts[hit.object] = counts.get(hit.object, 0) + 1
            events.append(hit.as_dict(float(reward)))
        return events


@dataclass
class Tally:
    """One episode so far: the unshaped game score, the auxiliary reward given, hits and passes per object."""

    game_score: float = 0.0
    gained: float = 0.0  # sum of the positive auxiliary rewards
    lost: float = 0.0  # sum of the negative ones (<= 0)
    hits: dict[str, int] = field(default_factory=dict)
    passes: dict[str, int] = field(default_factory=dict)  # gates passed, per category (`passing.py`)
    approach: float = 0.0  # the potential-based reward (`Shaping.approach`)

    @property
    def aux_return(self) -> float:
        return self.gained + self.lost + self.approach


PASSED = " (passed)"  # a category's passes beside its hits in per-object counts: "Flag (passed)"


def event_key(event: dict[str, Any]) -> str:
    """What an event counts as per object: its category for a hit, "<category> (passed)" for a pass."""
    return event["object"] + PASSED if event.get("kind") == "pass" else event["object"]


def count_names(card: GameCard) -> list[str]:
    """The per-object counts of a card's runs: every object's hits, then the passes of those with a
    passing reward (`event_key`)."""
    return [o.name for o in card.objects] + [name + PASSED for name in card.passing_rewards()]


def find_card(card: GameCard | str | Path) -> GameCard:
    """A card given as a `GameCard`, a `.json` path, or a game name (its card in `$READ_REWARD_HOME/cards`)."""
    if isinstance(card, GameCard):
        return card
    path = Path(card)
    if path.suffix != ".json":
        path = cards_dir() / f"{game_info(str(card)).short}.json"
        if not path.is_file():
            raise InputError(f"no card for '{card}' in {path.parent}; build it with "
                             f"`read-reward read <manual> --game {card}` or pass the card's .json path")
    return load_card(path)


class ReadRewardWrapper(gym.Wrapper):
    """Adds the card's reward for each object the player touches to the game's reward.

    Works on any ALE env, with any wrappers below: hits are detected on every emulator frame on
    which a contact can start (`FrameTap`), whatever skips frames. Put it *outermost* (after
    `AtariPreprocessing`, reward clipping, `EpisodicLifeEnv`...), so one of its steps is one agent
    step: `info["read_reward"]` then holds every hit of the frames that step spans, the auxiliary
    reward is not clipped, and hits during reset steps (no-op starts) earn nothing, like those
    steps' game reward.

    `info["read_reward"]`: `events` (object, instance, frame, box, reward, kind: "hit", or "pass" for
    a gate of a category with a `passing` reward on the card), `game_reward` (unshaped), `aux_reward`,
    and the episode's `game_score` and `aux_return` so far.
    """

    def __init__(self, env: gym.Env, card: GameCard | str | Path, shaping: Shaping | None = None, *,
                 gap: int | None = None, release: int = DEFAULT_RELEASE) -> None:
        super().__init__(env)
        self.card = find_card(card)
        self.shaping = shaping or Shaping()
        self.rewards = self.card.rewards()
        self.passing = self.card.passing_rewards()
        self.tap = FrameTap.install(env, HitDetector(self.card.game, gap, release, passing=self.passing))
        approach = Approach(self.rewards, self.passing)  # none without targets, nor for a baseline: nothing to pay
        self.approach = approach if approach and self.shaping.approach_scale > 0 and self.shaping.enabled else None
        self.potential = 0.0
        self.steps = 0  # env steps since construction, for the decay
        self.tally = Tally()

    def reset(self, **kwargs: Any) -> tuple[Any, dict[str, Any]]:
        obs, info = self.env.reset(**kwargs)
        self.tap.drain()
        self.tally = Tally()
        if self.approach is not None:
            self.approach.reset()
            self.potential = self.approach.potential(self.tap.detector.reader)
        return obs, info

    def step(self, action: Any) -> tuple[Any, SupportsFloat, bool, bool, dict[str, Any]]:
        obs, reward, terminated, truncated, info = self.env.step(action)
        events = self.shaping.apply(self.rewards, self.tap.drain(), self.tally, self.steps, self.passing)
        aux = sum(e["reward"] for e in events)
        if self.approach is not None:
            after = 0.0 if terminated else self.approach.potential(self.tap.detector.reader)
            aux += self.shaping.approach(self.potential, after, self.tally, self.steps)
            self.potential = after
        self.steps += 1
        self.tally.game_score += float(reward)
        info = {**info, "read_reward": {"events": events, "game_reward": reward, "aux_reward": aux,
                                        "game_score": self.tally.game_score,
                                        "aux_return": self.tally.aux_return}}
        return obs, self.shaping.train_reward(float(reward), aux), terminated, truncated, info


def make_env(card: GameCard | str | Path, *, frameskip: int = 4, shaping: Shaping | None = None,
             preprocess: bool = False, **make_kwargs: Any) -> gym.Env:
    """The ALE env of the card's game with `ReadRewardWrapper` outermost.

    `preprocess=True` adds gymnasium's `AtariPreprocessing` (84x84x1 gray, max-pooled frame skip,
    up to 30 no-op starts) on a `frameskip=1` base; otherwise ALE skips `frameskip` frames itself.
    `make_kwargs` go to `gym.make` (e.g. `render_mode="rgb_array"`, `repeat_action_probability`).
    """
    import ale_py

    gym.register_envs(ale_py)
    card = find_card(card)
    if preprocess:
        env = gym.make(card.env_id, frameskip=1, **make_kwargs)
        env = gym.wrappers.AtariPreprocessing(env, frame_skip=frameskip, grayscale_newaxis=True)
    else:
        env = gym.make(card.env_id, frameskip=frameskip, **make_kwargs)
    return ReadRewardWrapper(env, card, shaping)


def __getattr__(name: str) -> Any:
    if name == "ReadRewardCallback":  # RLlib loads in seconds: only when asked for
        from read_reward.rllib import ReadRewardCallback

        return ReadRewardCallback
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
