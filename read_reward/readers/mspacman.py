"""Ms. Pac-Man's boxes from the RAM, slot for slot as `ocatari.ram.mspacman` (OCAtari 2.2.1) lists them.

Slots: 0 player, 1-4 ghosts, 5 fruit, 6-9 power pills, 10 + 18 * row + column the pills. A new
ghost, fruit or power pill sits at its class's default place until the read after it appeared
(OCAtari positions the object it replaced). The ~150 pills are read only when their 42 RAM bytes
changed, and only the bytes that changed; `near` looks up the few pill cells around the player.
"""

from __future__ import annotations

import importlib
from bisect import bisect_left, bisect_right

import numpy as np

from read_reward.readers import Candidates, FastReader

# (slot, RAM 117 bit, box) of each power pill
POWER_PILLS = ((6, 4, ("PowerPill", 148, 146, 4, 7, True)), (7, 8, ("PowerPill", 148, 14, 4, 7, True)),
               (8, 16, ("PowerPill", 8, 147, 4, 7, True)), (9, 32, ("PowerPill", 8, 15, 4, 7, True)))
# Where OCAtari's new objects sit until the read after they appeared.
NEW_GHOST = ("Ghost", 0, 0, 9, 10, True)
NEW_FRUIT = ("Fruit", 125, 173, 9, 10, True)
NEW_POWER_PILL = ("PowerPill", 125, 173, 4, 7, True)
PILLS_FROM = 59  # RAM 59 + 3 * row + 0/1/2: the pill bits of a maze row
PILL_X = tuple(8 + 8 * c if c <= 8 else 12 + 8 * c for c in range(18))  # x of the pills in each column


def _pill_bits() -> list[list[tuple[int, int, int, bool]]]:
    """For each of the 42 pill bytes: (slot, bit, column, strict) of the pills it holds. A strict pill
    (first and last column) goes when its maze cell holds none; the others then keep their state."""
    table = []
    for row in range(14):
        table.append([(10 + 18 * row + 17, 16, 17, True), (10 + 18 * row, 64, 0, True)])
        table.append([(10 + 18 * row + col, 1 << j, col, False)
                      for j in range(8) for col in [4 - (j >> 1) if j & 1 else 12 - (j >> 1)]])
        table.append([(10 + 18 * row + col, 1 << j, col, False)
                      for j in range(8) for col in [13 + (j >> 1) if j & 1 else 5 + (j >> 1)]])
    return table


PILL_BITS = _pill_bits()
PILL_BOXES = {10 + 18 * row + col: ("Pill", PILL_X[col], 7 + 12 * row, 4, 2, True)
              for row in range(14) for col in range(18)}


def _grids() -> tuple[list[list[int]], list[list[int]]]:
    """OCAtari's two mazes: which cells may hold a pill (RAM 0 == 0: the first)."""
    module = importlib.import_module("ocatari.ram.mspacman")
    module._init_objects_ram(False)  # it (re)defines GRID1 and GRID2, always the same
    return module.GRID1, module.GRID2


class Reader(FastReader):
    game = "mspacman"
    size = 262

    def __init__(self, *args, **kwargs) -> None:
        self.grids = _grids()
        super().__init__(*args, **kwargs)

    def reset(self) -> None:
        super().reset()
        self.entries[0] = ("Player", 78, 103, 9, 10, True)  # OCAtari's player before a read
        self._pill_bytes = b""
        self._maze = -1

    def read(self, ram: np.ndarray) -> None:
        r, e = ram.tobytes(), self.entries
        e[0] = ("Player", r[10] - 13, r[16] + 1, 9, 10, True)
        if r[47] > 0:
            for k in range(1, 5):
                if k == 1 or r[19] >= k - 1:
                    e[k] = ("Ghost", r[5 + k] - 13, r[11 + k] + 1, 9, 10, True) if e[k] else NEW_GHOST
                else:
                    e[k] = None
        else:
            e[1] = e[2] = e[3] = e[4] = None
        if r[11] > 0 and r[17] > 0:
            e[5] = ("Fruit", r[11] - 13, r[17] + 1, 9, 10, True) if e[5] else NEW_FRUIT
        else:
            e[5] = None
        for k, bit, placed in POWER_PILLS:
            e[k] = (placed if e[k] else NEW_POWER_PILL) if r[117] & bit else None
        pills, maze = r[PILLS_FROM:PILLS_FROM + 42], int(r[0] != 0)
        if pills != self._pill_bytes or maze != self._maze:
            self._read_pills(pills, maze)

    def _read_pills(self, pills: bytes, maze: int) -> None:
        e, grid, old = self.entries, self.grids[maze], self._pill_bytes
        for b, value in enumerate(pills):
            if maze == self._maze and old[b] == value:
                continue  # the same byte in the same maze: OCAtari's update would change nothing
            row = grid[b // 3]
            for slot, bit, col, strict in PILL_BITS[b]:
                if value & bit and row[col]:
                    if e[slot] is None:
                        e[slot] = PILL_BOXES[slot]
                elif strict or not value & bit:
                    e[slot] = None
        self._pill_bytes, self._maze = pills, maze

    def near(self, x0: int, y0: int, x1: int, y1: int) -> Candidates:
        e, touchable, out = self.entries, self.touchable, []
        for slot in range(1, 10):
            box = e[slot]
            if box and box[0] in touchable and box[1] <= x1 and box[2] <= y1 and box[1] + box[3] >= x0 \
                    and box[2] + box[4] >= y0:
                out.append((slot, box))
        if "Pill" in touchable:  # pill (row, column) at (PILL_X[column], 7 + 12 * row), 4 x 2 px
            lo, hi = bisect_left(PILL_X, x0 - 4), bisect_right(PILL_X, x1)
            for row in range(max(0, -((9 - y0) // 12)), min(13, (y1 - 7) // 12) + 1):
                for slot in range(10 + 18 * row + lo, 10 + 18 * row + hi):
                    if e[slot]:
                        out.append((slot, e[slot]))
        return out
