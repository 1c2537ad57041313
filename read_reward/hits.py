"""Play-time hit detection: the onset of contact between the player's box and another object's box.

Boxes come from the RAM, never from the screen: OCAtari's RAM extraction defines them, and
`read_reward.readers` reads them (a game's fast reader, or OCAtari's extraction itself).
`FrameTap` stands in for the ALE emulator of an env (`env.unwrapped.ale`), forwards every call to
it, and after each emulated frame (`ale.act`) reads the RAM and looks for new contacts. Any frame
skipping above it (ALE v5's `frameskip=4`, gymnasium's `AtariPreprocessing`, RLlib's
`MaxAndSkipEnv`) goes through `ale.act` once per frame, so no contact can hide between two agent
steps, whatever the wrapper order.

A fast reader costs a few µs a frame and reads every frame. OCAtari's extraction costs 5-30x an
emulated frame, so for games it reads that have a measured closing speed (the most pixels per frame
by which the gap between the player and an object shrinks, `CLOSING_SPEED`, measured by
`benchmarks/closing_speed.py`) the detector skips the frames on which no contact can start: with the
nearest object `d` pixels away, none can touch the player for `d / speed` frames. Either way the
hits (object, slot, frame) are those of the reference, OCAtari's extraction at every frame
(`skip=False`; `tests/test_hits_all_games.py` compares them on every game). Hits wait in
`FrameTap.pending` until the layer that owns the agent step drains them.

With `passing` categories (the card's `passing` rewards), the detector also reports each gate of two
such objects the player passes between (`read_reward.passing.Pass`, in the same list as the hits),
and then reads every frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar, Iterable

import gymnasium as gym

from read_reward.errors import InputError
from read_reward.games import Game, game_info, short_name
from read_reward.passing import Pass, PassDetector
from read_reward.readers import Entry, FastReader, make_reader

DEFAULT_GAP = 0  # empty pixels allowed between the boxes: 0 = overlapping or touching edges
GAPS: dict[str, int] = {}  # per-game thresholds, for games whose RAM boxes need slack
DEFAULT_RELEASE = 4  # frames apart that end a contact (one agent step at the usual frameskip of 4)
# Pixels per frame by which the gap between the player's box and an object's box can shrink: twice the
# most seen in 60,000 frames of random play (jumps such as a screen wrap or a respawn left out), from
# `benchmarks/closing_speed.py`, for games read by OCAtari (no fast reader) where skipping then found
# the same hits as reading every frame and read under 80% of frames.
CLOSING_SPEED: dict[str, int] = {"boxing": 4, "freeway": 2, "pong": 28}
MAX_SKIP = 8  # frames skipped at most in a row, whatever the distance
FAR = 1 << 20  # a rectangle that holds the whole screen


@dataclass(frozen=True, slots=True)
class Hit:
    """The player started touching one object."""

    kind: ClassVar[str] = "hit"
    object: str  # OCAtari category, e.g. "Tree"
    instance: int  # the object's slot in OCAtari's object list (two ghosts: two slots)
    frame: int  # ALE episode frame number of the first frame in contact
    box: tuple[int, int, int, int]  # the object's x, y, w, h then (screen pixels)

    def as_dict(self, reward: float) -> dict[str, Any]:
        return {"object": self.object, "instance": self.instance, "frame": self.frame, "box": self.box,
                "reward": reward, "kind": self.kind}


class HitDetector:
    """Contact onsets between the player and every touchable object of one game, from the RAM.

    A contact is the player's box within `gap` pixels of a touchable object's box. One event per
    contact: an object that stays in contact over many frames is hit once, and again only after
    the boxes were apart for `release` frames in a row (RAM positions jitter by a pixel or two from
    frame to frame, e.g. a ghost trailing Ms. Pac-Man). Objects are told apart by their slot in
    OCAtari's object list: two ghosts in contact are two hits.

    Boxes come from the game's fast reader (`read_reward.readers`: a few RAM bytes, the same boxes
    in the same slots as OCAtari) where it has one, else from OCAtari's extraction; for games in
    `CLOSING_SPEED` read by OCAtari, the detector knows after each read how many frames no contact
    can start (`skip_frame`). `skip=False` is the reference: OCAtari's extraction at every frame.
    `passing`: categories whose gates (two objects side by side) the player may pass between
    (`read_reward.passing`); their `Pass` events come in the same list as the hits.
    """

    def __init__(self, game: str | Game, gap: int | None = None, release: int = DEFAULT_RELEASE,
                 skip: bool = True, passing: Iterable[str] = ()) -> None:
        self.info = game if isinstance(game, Game) else game_info(game)
        self.touchable = frozenset(c.name for c in self.info.touchable)
        if not self.touchable:
            raise InputError(f"OCAtari lists no object the player can touch in '{self.info.short}', so there "
                             "is nothing to reward; pick another game")
        self.gap = GAPS.get(self.info.short, DEFAULT_GAP) if gap is None else int(gap)
        self.release = int(release)
        if self.gap < 0 or self.release < 1:
            raise InputError(f"need gap >= 0 pixels and release >= 1 frame, got gap={gap}, release={release}")
        passing = frozenset(passing)
        if passing - self.touchable:
            raise InputError(f"cannot detect passes between {', '.join(sorted(passing - self.touchable))}: not a "
                             f"touchable object of '{self.info.short}' ({', '.join(sorted(self.touchable))})")
        self.passes = PassDetector(passing) if passing else None
        self.reader = make_reader(self.info, self.touchable, reference=not skip)
        fast = self._fast = isinstance(self.reader, FastReader)
        # A gate can be passed far from any contact: with passes to find, every frame is read.
        self.closing = CLOSING_SPEED.get(self.info.short) if skip and not fast and not passing else None
        # Objects farther than this cannot touch the player within MAX_SKIP frames: the loop skips them.
        self._reach = self.gap + MAX_SKIP * self.closing if self.closing else self.gap
        self.idle = 0  # frames from now on which no contact can start (see `skip_frame`)
        self._last_contact: dict[int, int] = {}  # slot -> the detector's frame count at its last contact
        self._frame = 0
        self.reset()

    @property
    def objects(self) -> list[Any]:
        """The objects as of the last read, as OCAtari's list (`hud=False`) holds them."""
        return self.reader.objects

    def reset(self, ram: Any = None) -> None:
        """Start a new episode; with `ram`, read the objects now and count present contacts as old."""
        self.reader.reset()
        if self.passes is not None:
            self.passes.reset()
        self._last_contact, self._frame, self.idle = {}, 0, 0
        if ram is not None:  # twice: OCAtari places some new objects one read after creating them
            self.step(ram, 0)
            self.step(ram, 0)

    def skip_frame(self) -> bool:
        """True if no contact can start at the next frame, which then counts as read without a read."""
        if self.idle:
            self.idle -= 1
            self._frame += 1
            return True
        return False

    def step(self, ram: Any, frame: int) -> list[Hit | Pass]:
        """Read this frame's objects from `ram`; return the contacts that started at this frame (and,
        with `passing` categories, the gates passed at it)."""
        self.reader.read(ram)
        hits: list[Hit | Pass] = self.contacts_and_hits(frame)
        if self.passes is not None:
            reader = self.reader
            objects = enumerate(reader.entries) if self._fast else reader.near(-FAR, -FAR, FAR, FAR)
            passes = self.passes.step(reader.players(), objects, frame)
            if passes:
                hits = hits + passes
        return hits

    def contacts_and_hits(self, frame: int) -> list[Hit]:
        """The contact test on the objects as read last (`step` without reading the RAM)."""
        contacts: list[tuple[int, Entry]] = []
        g, reach, nearest = self.gap, self._reach, math.inf
        players = self.reader.players()
        for _, px, py, pw, ph, visible in players:
            if not visible:
                nearest = -math.inf  # it may reappear anywhere: read the next frame
                continue
            px1, py1 = px + pw, py + ph
            for slot, box in self.reader.near(px - reach, py - reach, px1 + reach, py1 + reach):
                _, x, y, w, h, shown = box
                if w <= 0 or h <= 0 or not shown:
                    continue
                apart = max(x - px1, px - x - w, y - py1, py - y - h)  # empty pixels between the boxes
                if apart < nearest:
                    nearest = apart
                if apart <= g:
                    contacts.append((slot, box))
        self._frame += 1
        if self.closing and players:
            self.idle = self._frames_without_contact(nearest)
        if not contacts:
            return []
        now, last, release, hits = self._frame, self._last_contact, self.release, []
        for slot, (name, x, y, w, h, _) in sorted(contacts):
            if now - last.get(slot, -release) > release:  # apart for `release` frames: a new contact
                hits.append(Hit(name, slot, frame, (int(x), int(y), int(w), int(h))))
            last[slot] = now
        return hits

    def _frames_without_contact(self, nearest: float) -> int:
        """How many frames after this one no contact can start, with the nearest object `nearest` px away."""
        if nearest == math.inf:  # nothing to touch on screen
            return MAX_SKIP
        if nearest == -math.inf:
            return 0
        return min(MAX_SKIP, max(0, math.ceil((nearest - self.gap) / self.closing) - 1))


class FrameTap:
    """Stands in for an ALE env's emulator: forwards every call, detects hits after every frame (or
    skips it when the detector knows no contact can start there, see `HitDetector.skip_frame`).

    Install it with `FrameTap.install(env, detector)`. `drain()` returns the hits since the last
    drain. A new game (`reset_game`) or a restored state (`restoreState`) re-reads the objects and
    starts from the contacts present then, without events.
    """

    def __init__(self, ale: Any, detector: HitDetector) -> None:
        self._ale = ale
        self.detector = detector
        self.pending: list[Hit | Pass] = []
        detector.reset(ale.getRAM())

    @classmethod
    def install(cls, env: gym.Env, detector: HitDetector) -> FrameTap:
        """Put a tap between `env`'s ALE env and its emulator; error if `env` is not that game."""
        base = env.unwrapped
        ale = getattr(base, "ale", None)
        if ale is None or not hasattr(ale, "getRAM"):
            raise InputError(f"{base!r} is not an ALE environment; build it with gym.make('ALE/<Game>-v5')")
        if isinstance(ale, FrameTap):
            raise InputError("this env already has a read-reward hit detector; use one ReadRewardWrapper "
                             "or one ReadRewardCallback per env, not both")
        env_game = short_name(getattr(base, "_game", "") or getattr(base.spec, "id", ""))
        if env_game != detector.info.short:
            raise InputError(f"the card is for '{detector.info.short}' but the env plays '{env_game}'; "
                             f"load the card of {env_game} or make the env of {detector.info.short}")
        tap = cls(ale, detector)
        base.ale = tap
        return tap

    def drain(self) -> list[Hit | Pass]:
        """The hits (and passes) since the last call, oldest first."""
        hits, self.pending = self.pending, []
        return hits

    def act(self, *args: Any, **kwargs: Any) -> int:
        reward = self._ale.act(*args, **kwargs)
        if self.detector.skip_frame():
            return reward
        hits = self.detector.step(self._ale.getRAM(), self._ale.getEpisodeFrameNumber())
        if hits:
            self.pending.extend(hits)
        return reward

    def reset_game(self) -> None:
        self._ale.reset_game()
        self.pending.clear()
        self.detector.reset(self._ale.getRAM())

    def setRAM(self, *args: Any, **kwargs: Any) -> None:
        self._ale.setRAM(*args, **kwargs)
        self.detector.idle = 0  # an edited RAM may move anything anywhere: read the next frame

    def restoreState(self, *args: Any, **kwargs: Any) -> None:
        self._ale.restoreState(*args, **kwargs)
        self.pending.clear()
        self.detector.reset(self._ale.getRAM())

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._ale, name)
        if callable(value):
            setattr(self, name, value)  # bind once: later calls skip __getattr__
        return value
