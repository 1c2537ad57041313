"""Space Invaders' boxes from the RAM, slot for slot as `ocatari.ram.spaceinvaders` (OCAtari 2.2.1)
lists them.

Slots: 0 the player's cannon, 1-3 shields, 4-6 bullets, 7 the satellite, 8 + 6 * row + column
the aliens. OCAtari's quirks, kept: an alien slot's presence comes from the mirrored cell of the
RAM's alien bitmap (row 5 - row, column 5 - column); a new alien sits at (0, 0) until the next
read; the shields turn invisible (all three) when an alien present at the start of a read reaches
y + h >= 157, and visible again when all 36 aliens are back; a bullet slot shows a bullet when the
object last held there (a bullet, or OCAtari's empty placeholder, which it keeps moving) was
between y 20 and 195.
"""

from __future__ import annotations

import importlib

import numpy as np

from read_reward.readers import FastReader

NO_OBJECT = (0, 0, 0, 0)  # x, y, w, h of OCAtari's fresh empty placeholder


class Reader(FastReader):
    game = "spaceinvaders"
    size = 44

    def reset(self) -> None:
        super().reset()
        e = self.entries
        e[0] = ("Player", 0, 185, 7, 10, True)
        e[1:4] = [("Shield", 42 + 32 * i, 157, 8, 18, True) for i in range(3)]
        e[4:7] = [("Bullet", 0, 0, 1, 10, True)] * 3
        e[8:44] = [("Alien", 0, 0, 8, 10, True)] * 36
        self.held = [(0, 0, 1, 10)] * 3  # x, y, w, h of the object each bullet slot held last
        self.shields_visible = True
        self._alien_bytes, self._bitmap, self._emptc = b"", [], 0
        self._alien_key: tuple | None = None
        self._shield_bytes, self._shields = b"", [(0, 18)] * 3

    def read(self, ram: np.ndarray) -> None:
        r, e = ram.tobytes(), self.entries
        e[0] = ("Player", r[28] - 1, 185, 7, 10, True)
        states = r[18:24]
        if states != self._alien_bytes:
            self._alien_bytes = states
            self._bitmap, self._emptc = importlib.import_module("ocatari.ram.spaceinvaders").make_bitmap(list(states))
        key = (states, r[26], r[16])
        if key != self._alien_key:  # else the same aliens at the same places: OCAtari's update changes nothing
            self._alien_key = key if self._read_aliens(r[26], r[16], sum(states) == 378) else None
        visible = self.shields_visible
        if r[43:70] != self._shield_bytes:
            self._shield_bytes = r[43:70]
            self._shields = [self._shield(r[43 + 9 * i:52 + 9 * i]) for i in range(3)]
        for i, (top, h) in enumerate(self._shields):
            e[1 + i] = ("Shield", 42 + 32 * i, 157 + top, 8, h, visible)
        for i in range(3):
            self._bullet(i, r)
        e[7] = ("Satellite", r[30] - 1, 12, 7, 8, True) if r[30] and r[30] != 180 else None

    def _read_aliens(self, x: int, y: int, full: bool) -> bool:
        """OCAtari's alien update; whether it created none (then the same RAM would change nothing)."""
        e, bitmap, emptc = self.entries, self._bitmap, self._emptc
        visible, settled = True if full else self.shields_visible, True
        for row in range(6):
            ay, bits = 31 + y * 2 + row * 18, bitmap[5 - row]
            for col in range(6):
                slot = 8 + 6 * row + col
                was = e[slot] is not None
                if int(bits[5 - col]):
                    if was:
                        e[slot] = ("Alien", x - 1 + (col - emptc) * 16, ay, 8, 10, True)
                    else:
                        e[slot], settled = ("Alien", 0, 0, 8, 10, True), False
                else:
                    e[slot] = None
                if was and ay + 10 >= 157:
                    visible = False
        self.shields_visible = visible
        return settled

    def _bullet(self, i: int, r: bytes) -> None:
        """OCAtari's bullet update of slot 4 + i, and the object that slot holds afterwards."""
        e, (_, held_y, w, h) = self.entries, self.held[i]
        present = e[4 + i] is not None
        if 20 < held_y < 195:
            if not present:
                present, w, h = True, 1, 10  # a new Bullet
            gone = False
        else:
            gone, present = present, False  # a bullet leaves: the slot gets a fresh placeholder
        if i < 2:
            bx, by = r[83 + i] - 2, 2 * r[81 + i] + 3
            if by < 194:
                w, h = (w, 195 - by - 1) if by + h > 195 else (1, 10)
        else:
            bx, by = r[87] - 2, 2 * r[85] + 3
        e[4 + i] = ("Bullet", bx, by, w, h, True) if present else None
        self.held[i] = NO_OBJECT if gone else (bx, by, w, h)

    @staticmethod
    def _shield(cells: bytes) -> tuple[int, int]:
        """A shield's y offset and height from its 9 RAM bytes (rows of two pixels)."""
        top = next((2 * j for j, v in enumerate(cells) if v), 0)
        bottom = next((2 * j for j, v in enumerate(reversed(cells)) if v), 16)
        return top, 18 - top - bottom
