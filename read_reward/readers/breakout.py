"""Breakout's boxes from the RAM, slot for slot as `ocatari.ram.breakout` (OCAtari 2.2.1) lists them.

Slots: 0 paddle, 1 ball, 2 + 18 * row + column a run of bricks starting at that column. The bricks
are worked out (with OCAtari's own bitmap function) only when their 36 RAM bytes changed, and
`near` looks at them only when the rectangle reaches their rows.
"""

from __future__ import annotations

import importlib

import numpy as np

from read_reward.readers import Candidates, FastReader

BRICKS_Y, BRICK_H = 57, 6  # the top row's y, and each row's height


class Reader(FastReader):
    game = "breakout"
    size = 110

    def reset(self) -> None:
        super().reset()
        e = self.entries
        e[0], e[1] = ("Player", 99, 189, 16, 4, True), ("Ball", 0, 0, 2, 4, True)  # OCAtari's objects before a read
        for row in range(6):
            e[2 + 18 * row] = ("Block", 0, 0, 8, 6, True)
        self._brick_bytes = b""

    def read(self, ram: np.ndarray) -> None:
        r, e = ram.tobytes(), self.entries
        e[0] = ("Player", r[72] - 47, 189, 16, 4, True)
        e[1] = ("Ball", r[99] - 49, r[101] + 9, 2, 4, True) if r[101] + 9 <= 196 and r[101] != 0 else None
        if r[:36] != self._brick_bytes:
            self._read_bricks(ram)
            self._brick_bytes = r[:36]

    def _read_bricks(self, ram: np.ndarray) -> None:
        bitmap = importlib.import_module("ocatari.ram.breakout")._make_block_bitmap(ram).tolist()
        e = self.entries
        for row in range(6):
            bits, y, start = bitmap[row], BRICKS_Y + BRICK_H * row, None
            for col in range(18):
                e[2 + 18 * row + col] = None
                if bits[col] == 1 and start is None:
                    start = col
                if start is not None and (bits[col] == 0 or col == 17):  # the run ends here
                    width = 8 * (col - start + (bits[col] == 1))
                    e[2 + 18 * row + start] = ("Block", 8 + 8 * start, y, width, BRICK_H, True)
                    start = None

    def near(self, x0: int, y0: int, x1: int, y1: int) -> Candidates:
        e, touchable, out = self.entries, self.touchable, []
        ball = e[1]
        if ball and "Ball" in touchable and ball[1] <= x1 and ball[2] <= y1 and ball[1] + 2 >= x0 and ball[2] + 4 >= y0:
            out.append((1, ball))
        if "Block" in touchable and y0 <= BRICKS_Y + 6 * BRICK_H and y1 >= BRICKS_Y:
            out += [(slot, e[slot]) for slot in range(2, 110) if e[slot]]
        return out
