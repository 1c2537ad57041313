"""`read-reward audit`: does touching an object help or hurt in the game itself?

The game is played (seeded random actions or an RLlib checkpoint) under the training hit detector
(`HitDetector` + `FrameTap`). A `Recorder` above the tap writes down, per emulated frame, the game's
reward, whether a life was lost or the game ended, and the contacts that began: frame-exact timing
whatever skips frames above it (ALE's frameskip, RLlib's Atari stack).

`analyse` compares windows. A contact's window is the `window` frames after it, from the next frame
on (an outcome on the contact's own frame can be its cause: a respawn puts Ms. Pac-Man on pills in
the frame a life is lost). Outcomes: the game reward summed over the window, and whether a life was
lost or the game ended in it. Per category, windows that start with a contact are compared with
windows far from any contact of that category (none at the start, inside or in the window before);
contacts of the other categories inside and before the window are adjusted for by least squares (an
indicator each), so pills eaten just before a ghost's touch do not share the blame for the life.

Each effect's standard error is measured on the game itself: the category's contact times are shifted
in time (circularly, by at least two windows) `SHIFTS` times, which keeps their spacing but cuts any
link to what follows, and the spread of these placebo effects is the standard error (never below the
two-sample one of independent windows). Intervals are Bonferroni-corrected over the audit's tests (two
per category with at least `MIN_CONTACTS` contacts): a false helps/hurts in one audit has probability
at most `alpha`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from statistics import NormalDist
from typing import Any

import numpy as np

from read_reward.card import Audit, AuditObject, CardObject, GameCard
from read_reward.errors import InputError
from read_reward.games import Game, game_info

DEFAULT_FRAMES = 30_000
DEFAULT_WINDOW = 180  # 3 s: lives() drops 80-132 frames after the fatal touch (Ms. Pac-Man, Seaquest, Asterix)
MIN_CONTACTS = 10  # fewer contacts, or fewer windows far from any: `unseen`
THIN_CONTACTS = 30  # fewer: evidence flagged as thin
ALPHA = 0.01  # family-wise error rate of one audit
BLOCK_WINDOWS = 4  # cluster size of the robust standard errors, in windows
SHIFTS = 100  # circularly shifted copies of a category's contact times that calibrate its standard error
PROGRESS_EVERY = 2_000  # frames between progress updates


@dataclass
class Recording:
    """Per emulated frame: game reward, life lost or game over, game over, episode index; contact onsets."""

    reward: np.ndarray
    loss: np.ndarray
    over: np.ndarray
    episode: np.ndarray
    contacts: dict[str, np.ndarray]  # category -> frame indices at which its contacts began

    @property
    def frames(self) -> int:
        return len(self.reward)


class Recorder:
    """Stands above a `FrameTap` (in `env.unwrapped.ale`): after each frame, logs what `Recording` holds."""

    def __init__(self, tap: Any) -> None:
        self._tap = tap
        self.reward: list[float] = []
        self.loss: list[bool] = []
        self.over: list[bool] = []
        self.episode: list[int] = []
        self.contacts: list[tuple[int, str]] = []
        self._episode = 0
        self._lives = tap.lives()

    def act(self, *args: Any, **kwargs: Any) -> int:
        reward = self._tap.act(*args, **kwargs)
        frame = len(self.reward)
        lives, over = self._tap.lives(), self._tap.game_over(with_truncation=False)
        self.reward.append(reward)
        self.loss.append(lives < self._lives or over)
        self.over.append(over)
        self.episode.append(self._episode)
        self._lives = lives
        for hit in self._tap.drain():
            self.contacts.append((frame, hit.object))
        return reward

    def _new_episode(self) -> None:
        self._episode += 1
        self._lives = self._tap.lives()

    def reset_game(self) -> None:
        self._tap.reset_game()
        self._new_episode()

    def restoreState(self, *args: Any, **kwargs: Any) -> None:
        self._tap.restoreState(*args, **kwargs)
        self._new_episode()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tap, name)

    def recording(self, frames: int) -> Recording:
        contacts: dict[str, list[int]] = {}
        for frame, name in self.contacts:
            if frame < frames:
                contacts.setdefault(name, []).append(frame)
        return Recording(np.asarray(self.reward[:frames], dtype=float), np.asarray(self.loss[:frames], dtype=float),
                         np.asarray(self.over[:frames], dtype=bool),
                         np.asarray(self.episode[:frames]), {k: np.asarray(v) for k, v in contacts.items()})


def record(game: str | Game, frames: int, *, policy: str = "random", seed: int = 0,
           progress: Callable[[int], None] | None = None) -> Recording:
    """Play `frames` emulated frames of `game` with `policy` ('random' or an RLlib checkpoint dir)."""
    from read_reward.hits import FrameTap, HitDetector
    from read_reward.replay import policy_env

    info = game if isinstance(game, Game) else game_info(game)
    if frames <= 0:
        raise InputError(f"--frames must be a positive number of emulator frames, got {frames}")
    env, act = policy_env(info.env_id, policy, seed)
    tap = FrameTap.install(env, HitDetector(info))
    recorder = Recorder(tap)
    env.unwrapped.ale = recorder
    try:
        obs, _ = env.reset(seed=seed)
        shown = 0
        while len(recorder.reward) < frames:
            obs, _, terminated, truncated, _ = env.step(act(obs))
            if terminated or truncated:
                obs, _ = env.reset()
            if progress and len(recorder.reward) - shown >= PROGRESS_EVERY:
                shown = len(recorder.reward)
                progress(min(shown, frames))
    finally:
        env.close()
    return recorder.recording(frames)


def analyse(rec: Recording, categories: list[str], *, window: int = DEFAULT_WINDOW, alpha: float = ALPHA,
            seed: int = 0, policy: str = "random", only: list[str] | None = None) -> Audit:
    """Each category's evidence (of the `only` ones, when given; all take part in the adjustments and the
    error rate), and the outcome of windows with no contact at all (the baseline). `seed` draws the
    shifted placebo copies; `policy` is only written down."""
    if window < 1:
        raise InputError(f"--window must be at least 1 frame, got {window}")
    n, start = rec.frames, _episode_starts(rec.episode)
    rows = _complete_windows(rec, start, window)
    if np.count_nonzero(rows) < 4 * window:
        raise InputError(f"{n} frames are too few for a window of {window} frames; pass more --frames")
    outcomes = np.column_stack([_window_sum(rec.reward, start, window), _window_sum(rec.loss, start, window) > 0])
    frames = {c: np.unique(rec.contacts.get(c, np.zeros(0, int))) for c in categories}
    zones = {c: _zones(f, n, start, window) for c, f in frames.items()}
    counts = {c: int(np.count_nonzero(rows[f])) for c, f in frames.items()}
    far = {c: np.count_nonzero(rows & ~(after | before)) / window for c, (_, after, before) in zones.items()}
    tested = [c for c in categories if counts[c] >= MIN_CONTACTS and far[c] >= MIN_CONTACTS]
    z = NormalDist().inv_cdf(1 - alpha / (2 * max(1, 2 * len(tested))))
    near_any = np.logical_or.reduce([after | before for _, after, before in zones.values()])
    clean = rows & ~near_any
    baseline = [round(float(outcomes[clean, i].mean()), 4) if clean.any() else None for i in range(2)]
    rng = np.random.default_rng(seed)
    evidence = []
    for c in only or categories:
        contacts = len(rec.contacts.get(c, ()))
        others = [m for o in categories if o != c and counts[o] for m in zones[o][1:]]
        effect = _estimate(zones[c], others, rows, outcomes) if far[c] >= MIN_CONTACTS else None
        if counts[c] == 0 or effect is None:  # no contact, or no baseline: the player is always near one
            evidence.append(AuditObject(c, contacts, "unseen"))
            continue
        placebo = [_estimate(_zones(np.sort((frames[c] + shift) % n), n, start, window), others, rows, outcomes)
                   for shift in rng.integers(2 * window, max(2 * window + 1, n - 2 * window), SHIFTS)]
        placebo = np.array([p for p in placebo if p is not None])
        floor = outcomes[rows].std(axis=0) * math.sqrt(1 / _runs(frames[c][rows[frames[c]]], window) + 1 / far[c])
        se = np.maximum(placebo.std(axis=0) if len(placebo) > 1 else np.inf, floor)
        (gain, lost), (gain_ci, lost_ci) = effect, [(e - z * s, e + z * s) for e, s in zip(effect, se)]
        lost_ci = (max(lost_ci[0], -1.0), min(lost_ci[1], 1.0))  # a difference of two chances
        evidence.append(AuditObject(c, contacts, _verdict(counts[c], gain_ci, lost_ci), round(float(gain), 4),
                                    _r(gain_ci), round(float(lost), 4), _r(lost_ci)))
    return Audit(frames=n, policy=policy, seed=seed, window=window, alpha=alpha,
                 date=datetime.now(timezone.utc).isoformat(timespec="seconds"), baseline_reward=baseline[0],
                 baseline_loss=baseline[1], objects=evidence)


def _zones(frames: np.ndarray, n: int, start: np.ndarray, window: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per frame: a contact begins here; one begins here or in the window after; one began in the window before."""
    x = np.bincount(frames, minlength=n)[:n].astype(float)
    onset = x > 0
    return onset, onset | (_window_sum(x, start, window) > 0), _lagged_sum(x, start, 1, window) > 0


def _estimate(zones: tuple[np.ndarray, np.ndarray, np.ndarray], others: list[np.ndarray], rows: np.ndarray,
              outcomes: np.ndarray) -> np.ndarray | None:
    """Outcomes of the windows that start with a contact minus those of windows far from any (no contact
    in, at the start of or in the window before), adjusted by least squares for other categories'
    contacts in and before the window. None without both kinds of windows."""
    onset, here_or_after, before = zones
    treated, control = rows & onset, rows & ~(here_or_after | before)
    if not treated.any() or not control.any():
        return None
    used = treated | control
    X = np.column_stack([np.ones(np.count_nonzero(used)), treated[used], *(m[used] for m in others)])
    beta, *_ = np.linalg.lstsq(X.astype(float), outcomes[used], rcond=None)
    return beta[1]


def _runs(frames: np.ndarray, window: int) -> int:
    """Contacts closer than a window to the one before count once: the number of independent windows."""
    return 1 + int(np.count_nonzero(np.diff(frames) > window)) if len(frames) else 0


def _verdict(contacts: int, reward_ci: tuple[float, float], loss_ci: tuple[float, float]) -> str:
    """helps: more reward or fewer lives lost after a contact; hurts: more lives lost or less reward.
    Lives outrank points: a contact that costs lives hurts whatever it scores."""
    if contacts < MIN_CONTACTS:
        return "unseen"
    if loss_ci[0] > 0:
        return "hurts"
    if loss_ci[1] < 0 or reward_ci[0] > 0:
        return "helps"
    if reward_ci[1] < 0:
        return "hurts"
    return "neutral"


def _r(ci: tuple[float, float]) -> tuple[float, float]:
    return round(ci[0], 4), round(ci[1], 4)


def _episode_starts(episode: np.ndarray) -> np.ndarray:
    """For each frame, the index of the first frame of its episode."""
    n = len(episode)
    first = np.flatnonzero(np.r_[True, episode[1:] != episode[:-1]]) if n else np.zeros(0, int)
    return np.repeat(first, np.diff(np.r_[first, n]))


def _episode_stops(start: np.ndarray) -> np.ndarray:
    """For each frame, the index one past the last frame of its episode."""
    last = np.flatnonzero(np.r_[start[1:] != start[:-1], True])
    return np.repeat(last + 1, np.diff(np.r_[0, last + 1]))


def _lagged_sum(x: np.ndarray, start: np.ndarray, a: int, b: int) -> np.ndarray:
    """sum(x[s - l] for l in a..b-1) per frame s, within its episode."""
    cs = np.r_[0.0, np.cumsum(x)]
    s = np.arange(len(x))
    return cs[np.maximum(s - a + 1, start)] - cs[np.maximum(s - b + 1, start)]


def _window_sum(x: np.ndarray, start: np.ndarray, window: int) -> np.ndarray:
    """sum(x[s + 1 .. s + window]) per frame s, within its episode."""
    cs = np.r_[0.0, np.cumsum(x)]
    s, stop = np.arange(len(x)), _episode_stops(start)
    return cs[np.minimum(s + window + 1, stop)] - cs[np.minimum(s + 1, stop)]


def _complete_windows(rec: Recording, start: np.ndarray, window: int) -> np.ndarray:
    """Frames whose window was played out: `window` frames follow in the episode, or the game ended."""
    stop = _episode_stops(start)
    ended = rec.over[stop - 1] if rec.frames else np.zeros(0, bool)
    return (np.arange(rec.frames) + window < stop) | ended


def run_audit(game: str | Game, *, frames: int = DEFAULT_FRAMES, policy: str = "random", seed: int = 0,
              window: int = DEFAULT_WINDOW, alpha: float = ALPHA,
              progress: Callable[[int], None] | None = None) -> Audit:
    """Play the game with `policy` and return each touchable category's evidence."""
    info = game if isinstance(game, Game) else game_info(game)
    if window < 1:
        raise InputError(f"--window must be at least 1 frame, got {window}")
    if 0 < frames < 4 * window:
        raise InputError(f"{frames} frames are too few for a window of {window} frames; pass more --frames")
    rec = record(info, frames, policy=policy, seed=seed, progress=progress)
    return analyse(rec, [c.name for c in info.touchable], window=window, alpha=alpha, seed=seed,
                   policy=policy if policy == "random" else str(Path(policy).resolve()))


AGREES = {"yes": "helps", "no": "hurts", "unknown": "neutral"}


def agreement(decision: str | None, evidence: str) -> bool | None:
    """True/False: the card's decision matches the game's evidence or not; None: nothing to compare."""
    if decision is None or evidence == "unseen":
        return None
    return AGREES[decision] == evidence


def fill_unknown(card: GameCard, audit: Audit, magnitude: float | None = None) -> list[str]:
    """Decide the card's `unknown` objects (not the user's overrides) that the game shows help or hurt, with
    the card's reward size (`magnitude`: by default the largest reward on the card, else 5)."""
    magnitude = magnitude or max((abs(o.reward) for o in card.objects), default=0.0) or 5.0
    found = {e.name: e for e in audit.objects}
    filled = []
    for obj in card.objects:
        ev = found.get(obj.name)
        if obj.decision != "unknown" or obj.overridden or ev is None or ev.evidence not in ("helps", "hurts"):
            continue
        obj.decision = "yes" if ev.evidence == "helps" else "no"
        obj.reward = magnitude if ev.evidence == "helps" else -magnitude
        obj.source = "game"
        filled.append(obj.name)
    return filled


def report(game: Game, audit: Audit, card: GameCard | None) -> dict[str, Any]:
    """The audit as plain data (`--json`): each object's evidence beside the card's decision."""
    decisions: dict[str, CardObject] = {o.name: o for o in card.objects} if card else {}
    objects = []
    for ev in audit.objects:
        obj = decisions.get(ev.name)
        decision = obj.decision if obj else None
        objects.append({"name": ev.name, "contacts": ev.contacts, "evidence": ev.evidence,
                        "card_decision": decision, "card_source": obj.source if obj else None,
                        "agree": agreement(decision, ev.evidence),
                        "thin": ev.contacts < THIN_CONTACTS, "reward_effect": ev.reward, "reward_ci": ev.reward_ci,
                        "loss_effect": ev.loss, "loss_ci": ev.loss_ci})
    return {"game": game.short, "env_id": game.env_id, "frames": audit.frames, "window": audit.window,
            "policy": audit.policy, "seed": audit.seed, "alpha": audit.alpha, "date": audit.date,
            "baseline": {"reward": audit.baseline_reward, "loss": audit.baseline_loss}, "objects": objects}
