"""Play-time "pass between" detection: the player goes through a gate made of two objects of one category.

A *gate* is two objects of the category side by side at about the same height (their tops at most
half the lower one's height apart; three in a row make two gates, neighbours in x). A gate is
*crossed* on the first frame on which its top edge is on the other side of the player's top edge than
on the frame before (the gate scrolls past the player, or the player moves past it). The player
*passes* it when, on that frame, the centre of the player's box lies between the centres of the two
objects' boxes. Each gate is decided once, on its first crossing: one `Pass` per gate passed, none
for a gate missed.

A gate keeps its identity while its two objects keep their slots and it moves less than the player's
or its own height (whichever is larger) between two frames; a larger jump is a new gate in the same
slots (e.g. a slot reused at the other end of the screen), whose first frame is no crossing. Only
gates that near the player are followed: one that leaves and comes back is a new gate.

Measured on Skiing against the game's own gate counter (RAM 107 goes down by one for each gate
passed; at the end the game adds 5 s, -500 reward, per gate missed), 24 games of random play (sticky
actions, actions held 4-20 frames): 69 passes found, every one within 12 frames of the counter going
down, none extra; the counter went down 85 times, so 16 passes (19%) were not found. The game tests
its own point on the skier, about 3 px right of the box's centre: a skier whose centre is up to 4 px
beyond the right flag's centre still passes. Deciding on the gate's outer span instead (left edge of
the left object to right edge of the right one) found 80 and 12 extra (centres over the left pole):
the centres are kept, so a pass reward is never given for a gate missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Iterable

Box = tuple[str, int, int, int, int, bool]  # category, x, y, w, h, visible (`read_reward.readers.Entry`)


@dataclass(frozen=True, slots=True)
class Pass:
    """The player passed between two objects of one category (a gate)."""

    kind: ClassVar[str] = "pass"
    object: str  # the category, e.g. "Flag"
    instance: int  # the slot of the gate's left object
    frame: int  # ALE episode frame number of the crossing
    box: tuple[int, int, int, int]  # the gate then: x of its left edge, y, width to its right edge, h

    def as_dict(self, reward: float) -> dict[str, Any]:
        return {"object": self.object, "instance": self.instance, "frame": self.frame, "box": self.box,
                "reward": reward, "kind": self.kind}


class PassDetector:
    """Gates of some categories and the moments the player passes through them (see the module doc)."""

    def __init__(self, categories: Iterable[str]) -> None:
        self.categories = frozenset(categories)
        # (left slot, right slot) -> (gate top y, below the player's top, decided already)
        self._gates: dict[tuple[int, int], tuple[float, bool, bool]] = {}

    def reset(self) -> None:
        """A new episode: no gate known."""
        self._gates = {}

    def step(self, players: list[Box], objects: Iterable[tuple[int, Box | None]], frame: int) -> list[Pass]:
        """The passes at this frame, from the player's box and the (slot, box) of the objects on screen
        (None boxes and other categories than the detector's are ignored)."""
        player = next((p for p in players if p[5] and p[3] > 0 and p[4] > 0), None)
        if player is None:  # no player on screen: nothing moves relative to it; keep the gates as they were
            return []
        _, px, py, pw, ph, _ = player
        # Only objects whose top is within reach of the player's can cross it now or at the next frame
        # (a gate moving farther in one frame is a new gate): the others need no bookkeeping.
        categories = self.categories
        near = [(slot, box) for slot, box in objects if box is not None and box[0] in categories and box[5]
                and box[3] > 0 and 0 < box[4] and abs(box[2] - py) <= max(ph, box[4])]
        if len(near) < 2:
            self._gates = {}
            return []
        centre = px + pw / 2
        gates, passes, known = {}, [], self._gates
        for (left, a), (right, b) in gates_of(near, categories):
            gy, gh = (a[2] + b[2]) / 2, max(a[4], b[4])
            below = gy > py
            key = (left, right)
            decided = False
            old = known.get(key)
            if old is not None and abs(gy - old[0]) <= max(ph, gh):
                decided = old[2]
                if below != old[1] and not decided:
                    decided = True
                    if a[1] + a[3] / 2 <= centre <= b[1] + b[3] / 2:
                        passes.append(Pass(a[0], left, frame, (a[1], int(gy), b[1] + b[3] - a[1], gh)))
            gates[key] = (gy, below, decided)
        self._gates = gates
        return passes


Slotted = tuple[int, Box]  # (slot, box)


def gates_of(objects: Iterable[Slotted], categories: frozenset[str]) -> list[tuple[Slotted, Slotted]]:
    """Neighbouring pairs, left to right, of visible objects of one category at about the same height."""
    rows: dict[str, list[Slotted]] = {}
    for slot, box in objects:
        if box[0] in categories and box[5] and box[3] > 0 and box[4] > 0:
            rows.setdefault(box[0], []).append((slot, box))
    pairs = []
    for found in rows.values():
        if len(found) < 2:
            continue
        found.sort(key=lambda sb: (sb[1][2], sb[1][1]))
        row = [found[0]]
        for item in found[1:] + [None]:
            if item is not None and abs(item[1][2] - row[0][1][2]) <= min(item[1][4], row[0][1][4]) / 2:
                row.append(item)
                continue
            row.sort(key=lambda sb: sb[1][1])
            pairs += [(a, b) for a, b in zip(row, row[1:]) if a[1][1] + a[1][3] <= b[1][1]]
            if item is not None:
                row = [item]
    return pairs
