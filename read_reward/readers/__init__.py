"""Object boxes from the RAM, for the hit detector: OCAtari's own extraction (the reference), or a
reader written for one game that lists the same boxes in the same slots from a few RAM bytes.

A reader holds one game's objects slot for slot as OCAtari's object list (`hud=False`) holds them
after the same sequence of reads, quirks included (e.g. an object that OCAtari creates at its
default position and places one read later). A box is an `Entry`: (category, x, y, w, h, visible).
`tests/test_readers.py` compares every game's fast reader with OCAtari on every frame of random play.
"""

from __future__ import annotations

import builtins
import copy
import dis
import importlib
import types
from functools import lru_cache
from typing import Any

import numpy as np
from ocatari.ram import extract_ram_info
from ocatari.ram.game_objects import GameObject, NoObject

from read_reward.errors import InputError
from read_reward.games import Game

Entry = tuple[str, int, int, int, int, bool]  # category, x, y, w, h, visible
Candidates = list[tuple[int, Entry]]  # (slot, box) of touchable objects that may meet a rectangle


class Reader:
    """The interface: `reset`, `read` a frame's RAM, the player's boxes, touchable boxes near a rectangle."""

    objects: list[Any]  # OCAtari-style object list (for drawing and tests), as of the last read

    def reset(self) -> None:
        raise NotImplementedError

    def read(self, ram: np.ndarray) -> None:
        raise NotImplementedError

    def players(self) -> list[Entry]:
        raise NotImplementedError

    def near(self, x0: int, y0: int, x1: int, y1: int) -> Candidates:
        """Touchable objects on screen whose boxes may meet the rectangle (a superset is fine)."""
        raise NotImplementedError


class OCAtariReader(Reader):
    """OCAtari's RAM extraction (`detect_objects_ram`) at every read: the reference for every game.

    Some OCAtari modules keep state in module globals (Q*bert's last positions, Centipede's list of
    segment x): each reader swaps its own copy in around every call, so two envs of one game in one
    process (RLlib's sub-envs) do not read each other's state.
    """

    def __init__(self, info: Game, touchable: frozenset[str]) -> None:
        self.game, self.player, self.touchable = info.short, info.player, touchable
        self.module = importlib.import_module(f"ocatari.ram.{self.game}")
        self._pristine = _module_state(self.module)
        self.reset()

    def reset(self) -> None:
        self._state = copy.deepcopy(self._pristine)
        self._swap_in()
        self.objects = extract_ram_info.init_objects(self.game, hud=False)
        self._swap_out()
        self._classes: list[type] = []  # the objects' classes when the slots were last sorted
        self._player_slots: list[int] = []
        self._target_slots: list[int] = []

    def read(self, ram: np.ndarray) -> None:
        if self._state:
            self._swap_in()
            extract_ram_info.detect_objects_ram(self.objects, ram, self.game, False)
            self._swap_out()
        else:
            extract_ram_info.detect_objects_ram(self.objects, ram, self.game, False)
        classes = list(map(type, self.objects))
        if classes != self._classes:  # an object appeared, went, or changed class: sort the slots again
            self._classes = classes
            names = [cls.__name__ for cls in classes]
            self._player_slots = [i for i, name in enumerate(names) if name == self.player]
            self._target_slots = [i for i, name in enumerate(names) if name in self.touchable]

    def _swap_in(self) -> None:
        module = vars(self.module)
        for name, value in self._state.items():
            if value is _UNSET:
                module.pop(name, None)
            else:
                module[name] = value

    def _swap_out(self) -> None:
        module = vars(self.module)
        for name in self._state:
            self._state[name] = module.get(name, _UNSET)

    def players(self) -> list[Entry]:
        objects = self.objects
        return [(self.player, *objects[p]._xy, *objects[p].wh, objects[p]._visible) for p in self._player_slots]

    def near(self, x0: int, y0: int, x1: int, y1: int) -> Candidates:
        objects, out = self.objects, []
        for slot in self._target_slots:  # the attributes behind OCAtari's properties: no call per object
            obj = objects[slot]
            x, y = obj._xy
            if x > x1 or y > y1:
                continue
            w, h = obj.wh
            if x + w < x0 or y + h < y0 or obj.hud:
                continue
            out.append((slot, (obj.__class__.__name__, x, y, w, h, obj._visible)))
        return out


class _Unset:
    """Marks a module global that is not defined (yet); survives `copy.deepcopy` as itself."""

    def __deepcopy__(self, memo: dict) -> _Unset:
        return self


_UNSET = _Unset()
_PRISTINE: dict[str, dict[str, Any]] = {}


def _module_state(module: types.ModuleType) -> dict[str, Any]:
    """The module's globals that its functions assign (`global x`) or that are containers they may
    change in place, as they were when read-reward first saw the module."""
    if module.__name__ not in _PRISTINE:
        stored, loaded = _global_names(module)
        names = stored | {n for n in loaded if isinstance(vars(module).get(n), (list, dict, set))
                          and not n.startswith("MAX_")}
        _PRISTINE[module.__name__] = copy.deepcopy({n: vars(module).get(n, _UNSET) for n in sorted(names)})
    return _PRISTINE[module.__name__]


class FastReader(Reader):
    """Base of the per-game readers: `entries` (one `Entry` or None per OCAtari slot), filled by `read`.

    Subclasses set `game` and `size`, fill `entries` in `read(ram)` from `ram.tobytes()` (Python ints:
    with numpy 1.26, OCAtari's uint8 - int arithmetic gives the same numbers), and may override `near`.
    """

    game = ""
    size = 0
    player_slots: tuple[int, ...] = (0,)

    def __init__(self, info: Game, touchable: frozenset[str]) -> None:
        self.player, self.touchable = info.player, touchable
        self.module = importlib.import_module(f"ocatari.ram.{self.game}")
        self._hud = {c.name: c.hud for c in info.categories}
        self.reset()

    def reset(self) -> None:
        self.entries: list[Entry | None] = [None] * self.size

    def players(self) -> list[Entry]:
        entries = self.entries
        return [entries[p] for p in self.player_slots if entries[p] is not None and entries[p][0] == self.player]

    def near(self, x0: int, y0: int, x1: int, y1: int) -> Candidates:
        touchable = self.touchable
        return [(slot, e) for slot, e in enumerate(self.entries)
                if e is not None and e[0] in touchable and e[1] <= x1 and e[2] <= y1
                and e[1] + e[3] >= x0 and e[2] + e[4] >= y0]

    @property
    def objects(self) -> list[Any]:
        """The entries as OCAtari objects of the game's classes (NoObject for empty slots)."""
        out: list[Any] = []
        for entry in self.entries:
            if entry is None:
                out.append(NoObject())
                continue
            name, x, y, w, h, visible = entry
            obj = object.__new__(getattr(self.module, name))
            GameObject.__init__(obj)
            obj._xy, obj.wh, obj._visible, obj.hud = (x, y), (w, h), visible, self._hud.get(name, False)
            out.append(obj)
        return out


# Games with a reader module of their own in this package.
FAST_GAMES = ("asterix", "breakout", "mspacman", "seaquest", "skiing", "spaceinvaders")


def fast_readers() -> dict[str, type[FastReader]]:
    """game -> its fast reader class."""
    return {game: importlib.import_module(f"read_reward.readers.{game}").Reader for game in FAST_GAMES}


def make_reader(info: Game, touchable: frozenset[str], reference: bool = False) -> Reader:
    """The game's fast reader if it has one (and not `reference`), else OCAtari's extraction."""
    check_ocatari(info.short)
    fast = None if reference else fast_readers().get(info.short)
    return (fast or OCAtariReader)(info, touchable)


def check_ocatari(game: str) -> None:
    """Error at start-up if OCAtari's RAM module for `game` cannot run: a name its code uses is not
    defined, or it fails on a blank RAM."""
    problem = _ocatari_problem(game)
    if problem:
        from importlib.metadata import version

        raise InputError(f"OCAtari {version('ocatari')} cannot read the objects of '{game}' ({problem}); "
                         "pick another game")


@lru_cache(maxsize=None)
def _ocatari_problem(game: str) -> str:
    module = importlib.import_module(f"ocatari.ram.{game}")
    missing = sorted(_undefined_globals(module))
    if missing:
        return f"its code uses undefined names ({', '.join(missing)})"
    pristine = _module_state(module)
    try:
        extract_ram_info.detect_objects_ram(extract_ram_info.init_objects(game, hud=False),
                                            np.zeros(128, np.uint8), game, False)
    except Exception as exc:  # noqa: BLE001 (any failure of OCAtari's code means it cannot read the game)
        return f"{type(exc).__name__}: {exc}"
    finally:
        for name, value in copy.deepcopy(pristine).items():  # leave the module as it was
            if value is _UNSET:
                vars(module).pop(name, None)
            else:
                vars(module)[name] = value
    return ""


def _undefined_globals(module: types.ModuleType) -> set[str]:
    """Global names that the module's functions load but that neither the module, its functions
    (`global x`) nor builtins define."""
    stored, loaded = _global_names(module)
    return loaded - stored - set(vars(module)) - set(vars(builtins))


def _global_names(module: types.ModuleType) -> tuple[set[str], set[str]]:
    """(names assigned with `global`, names loaded as globals) by the module's functions and methods."""
    functions = [f for f in vars(module).values() if isinstance(f, types.FunctionType)]
    for cls in vars(module).values():
        if isinstance(cls, type) and cls.__module__ == module.__name__:
            functions += [f for f in vars(cls).values() if isinstance(f, types.FunctionType)]
    codes = [f.__code__ for f in functions if f.__module__ == module.__name__]
    stored: set[str] = set()
    loaded: set[str] = set()
    while codes:
        code = codes.pop()
        codes += [c for c in code.co_consts if isinstance(c, types.CodeType)]
        for i in dis.get_instructions(code):
            if i.opname == "LOAD_GLOBAL":
                loaded.add(i.argval)
            elif i.opname == "STORE_GLOBAL":
                stored.add(i.argval)
    return stored, loaded
