"""Asterix's boxes from the RAM, slot for slot as `ocatari.ram.asterix` (OCAtari 2.2.1) lists them.

Slots: 0 the player, then per lane i (0-7): 1 + i a Reward, 9 + i an Enemy, 17 + i a Consumable.
A lane whose RAM 18 - i reads 11 clears only its Reward slot: its Enemy or Consumable stays where
it was, as in OCAtari.
"""

from __future__ import annotations

import numpy as np

from read_reward.readers import Candidates, FastReader


class Reader(FastReader):
    game = "asterix"
    size = 25

    def reset(self) -> None:
        super().reset()
        self.entries[0] = ("Player", 0, 0, 8, 11, True)

    def read(self, ram: np.ndarray) -> None:
        r, e = ram.tobytes(), self.entries
        w = (8 if r[54] < 5 else 6) if r[71] < 82 else 16  # Asterix, Obelix, or dying (wide)
        e[0] = ("Player", r[41], 26 + r[39] * 16, w, 11, True)
        for i in range(8):
            y = 26 + 16 * i
            if r[18 - i] == 11:
                e[1 + i] = None
            elif r[73 + i]:
                if e[1 + i] is None:
                    e[9 + i] = e[17 + i] = None
                e[1 + i] = ("Reward", r[42 + i], y, 8, 11, True)
            elif r[29 + i] % 2 == 1:
                e[1 + i], e[9 + i], e[17 + i] = None, ("Enemy", r[42 + i], y, 7, 11, True), None
            else:
                e[1 + i], e[9 + i], e[17 + i] = None, None, ("Consumable", r[42 + i] + 1, y + 1, 7, 11, True)

    def near(self, x0: int, y0: int, x1: int, y1: int) -> Candidates:
        e, touchable, out = self.entries, self.touchable, []
        for lane in range(max(0, (y0 - 38) // 16), min(7, (y1 - 26) // 16) + 1):  # lane i spans y 26 + 16 i to 38 + 16 i
            for slot in (1 + lane, 9 + lane, 17 + lane):
                box = e[slot]
                if box and box[0] in touchable and box[1] <= x1 and box[1] + box[3] >= x0:
                    out.append((slot, box))
        return out
