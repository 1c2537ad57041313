"""Object readers: each game's fast reader against OCAtari's extraction on every frame of random play,
OCAtari's module state kept per reader, and games OCAtari cannot run refused at start-up."""

from __future__ import annotations

import pytest
from ocatari.ram.game_objects import NoObject

from read_reward.errors import InputError
from read_reward.games import game_info
from read_reward.hits import HitDetector
from read_reward.readers import FAST_GAMES, OCAtariReader, fast_readers
from random_play import random_play


def boxes(objects: list) -> list[tuple]:
    """(slot, category, x, y, w, h, visible) of every object in an OCAtari-style list."""
    return [(i, type(o).__name__, int(o.x), int(o.y), int(o.w), int(o.h), bool(o.visible))
            for i, o in enumerate(objects) if o is not None and not isinstance(o, NoObject)]


@pytest.mark.parametrize("game", FAST_GAMES)
def test_fast_reader_lists_ocatari_boxes_in_ocatari_slots(game):
    info = game_info(game)
    every = frozenset(c.name for c in info.categories)  # not only the touchable ones: the whole list
    ocatari, fast = OCAtariReader(info, every), fast_readers()[game](info, every)
    assert boxes(fast.objects) == boxes(ocatari.objects)  # before any read too
    seen: set[str] = set()
    for frame, (ram, restarted) in enumerate(random_play(game, 5000, seed=11)):
        if restarted:
            ocatari.reset()
            fast.reset()
            continue
        ocatari.read(ram)
        fast.read(ram)
        expected = boxes(ocatari.objects)
        assert [(i, *e) for i, e in enumerate(fast.entries) if e] == expected, f"frame {frame}"
        seen.update(name for _, name, *_ in expected)
    assert boxes(fast.objects) == expected  # the entries as OCAtari objects
    assert {c.name for c in info.touchable} & seen  # the play met touchable objects


def test_fast_reader_near_finds_every_object_near_a_rectangle():
    info = game_info("mspacman")
    touchable = frozenset(c.name for c in info.touchable)
    reader = fast_readers()["mspacman"](info, touchable)
    for ram, restarted in random_play("mspacman", 400, seed=2):
        if not restarted:
            reader.read(ram)
    on_screen = [(slot, e) for slot, e in enumerate(reader.entries) if e and e[0] in touchable]
    for x0, y0 in [(0, 0), (40, 30), (100, 120), (140, 160)]:
        x1, y1 = x0 + 20, y0 + 20
        within = {slot for slot, (_, x, y, w, h, _) in on_screen if x <= x1 and y <= y1 and x + w >= x0 and y + h >= y0}
        assert within <= {slot for slot, _ in reader.near(x0, y0, x1, y1)}
        assert within  # pills everywhere on the maze


def test_two_ocatari_readers_of_one_game_keep_their_own_module_state():
    """Q*bert's OCAtari module keeps positions in module globals: two envs in one process (RLlib's
    sub-envs) each see what one alone would."""
    info = game_info("qbert")
    every = frozenset(c.name for c in info.categories)
    alone, first, second = (OCAtariReader(info, every) for _ in range(3))
    rams = [ram for ram, restarted in random_play("qbert", 3000, seed=5) if not restarted]
    for ram in rams:
        alone.read(ram)
    for ram in rams:  # `second` reads frames of its own while `first` plays
        first.read(ram)
        second.read(rams[0])
    assert boxes(first.objects) == boxes(alone.objects)


@pytest.mark.parametrize("game, problem", [("roadrunner", "undefined names"), ("timepilot", "IndexError")])
def test_a_game_ocatari_cannot_run_is_refused_at_start_up(game, problem):
    with pytest.raises(InputError, match=f"cannot read the objects of '{game}'.*{problem}"):
        HitDetector(game)
