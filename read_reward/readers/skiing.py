"""Skiing's boxes from the RAM, slot for slot as `ocatari.ram.skiing` (OCAtari 2.2.1) lists them.

Slots: 0 skier, 1-6 trees, 7-9 moguls, 10-13 flags (in pairs). The RAM holds 8 object slots
(type, x, y, height) that move up by one as the slope scrolls; each of OCAtari's objects follows
its RAM slot, and new RAM objects take the first free slots of their kind. This is OCAtari's
update step for step (a tree keeps the x it was created with; a flag pair's right pole is the one
in the even slot), on plain ints.
"""

from __future__ import annotations

import numpy as np

from read_reward.readers import FastReader

TREE, MOGUL, FLAG = 85, 5, 2  # RAM 70 + i: the type of RAM object i


class Reader(FastReader):
    game = "skiing"
    size = 14

    def reset(self) -> None:
        super().reset()
        self.entries[0] = ("Player", 0, 0, 10, 18, True)
        self.ram_i = [0] * 14  # the RAM slot each object follows
        self.ram_90 = 255  # RAM 90 at the last read: when it drops, every RAM slot moved up by one

    def read(self, ram: np.ndarray) -> None:
        r, e, ram_i = ram.tobytes(), self.entries, self.ram_i
        e[0] = ("Player", r[25], r[26] - 80, 10, 18, True)
        free: list[int] = []  # OCAtari's slots with no object, in order
        unseen = list(range(8))  # RAM slots no object follows
        scrolled = self.ram_90 > r[90]
        for slot in range(1, 14):
            obj = e[slot]
            if obj is None:
                free.append(slot)
                continue
            if scrolled:
                ram_i[slot] -= 1
            i = ram_i[slot]
            kind, height, x, y = r[70 + i], r[54 + i], r[62 + i], 178 - r[86 + i]
            name = obj[0]
            if height == 0 or height == 255:
                e[slot] = None
                free.append(slot)
            elif kind == TREE and name == "Tree":
                unseen.remove(i)
                w, tx = obj[3], obj[1]  # a tree keeps its x (OCAtari's Tree.xy setter only sets y)
                if x > 154:
                    w, tx = min(164 - x, 16), 8
                elif x > 145:
                    w = min(155 - x, 30)
                e[slot] = ("Tree", tx, y + 4, w, min(175 - y, height), True)
            elif kind == MOGUL and name == "Mogul":
                unseen.remove(i)
                e[slot] = ("Mogul", x + 2, y + 3, obj[3], min(176 - y, height), True)
            elif kind == FLAG and name == "Flag":
                offset = 3 * (r[78 + i] == 4)
                if (slot - 1) & 1:
                    x += 1 + offset
                else:
                    unseen.remove(i)
                    x += 1 + offset + 32
                e[slot] = ("Flag", x, y + 4, obj[3], min(177 - y, height), True)
            else:
                e[slot] = None
                free.append(slot)
        self.ram_90 = r[90]
        for i in unseen:
            kind, subtype, height, x, y = r[70 + i], r[78 + i], r[54 + i], r[62 + i], 178 - r[86 + i]
            if y > 177 or y < 0 or height == 255 or height == 0:
                continue
            if kind == TREE:
                if free[0] < 7:
                    slot = free.pop(0)
                    w = min(164 - x, 16) if x > 154 else min(155 - x, 30) if x > 145 else min(155 - x, 16)
                    e[slot], ram_i[slot] = ("Tree", x - 3, y + 4, w, min(175 - y, 30), True), i
            elif kind == MOGUL:
                for j, slot in enumerate(free):
                    if 6 < slot < 10:
                        free.pop(j)
                        e[slot], ram_i[slot] = ("Mogul", x + 2, y + 3, 16, min(176 - y, 7, y - 23), True), i
                        break
            elif kind == FLAG:
                if free[-1] > 9:
                    right, left = free.pop(), free.pop()
                    e[left], ram_i[left] = self._flag(x, y, subtype), i
                    e[right], ram_i[right] = self._flag(x + 32, y, subtype), i

    @staticmethod
    def _flag(x: int, y: int, subtype: int) -> tuple:
        """A new Flag as OCAtari builds it."""
        fy = y + 4
        return ("Flag", x + 1 if subtype == 0 else x + 10, fy, 5, min(177 - fy, 14, fy - 22), True)
