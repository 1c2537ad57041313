"""Seaquest's boxes from the RAM, slot for slot as `ocatari.ram.seaquest` (OCAtari 2.2.1) lists them.

Slots: 0 the player's submarine, 1-12 sharks and 13-24 enemy submarines (lane i, position j:
3 * i + j + 1, +12 for a submarine), 25-28 divers, 29-32 enemy missiles, 33 the surface
submarine, 34 the player's missile, 35 the oxygen bar, 36-41 collected divers (HUD). As in
OCAtari, a lane that turns from sharks to submarines (or back) leaves the other kind's slot as it
was, and a submarine that reappears sits at (76, 46) until the next read.
"""

from __future__ import annotations

import numpy as np

from read_reward.readers import FastReader


class Reader(FastReader):
    game = "seaquest"
    size = 42

    def reset(self) -> None:
        super().reset()
        e = self.entries
        e[0], e[35] = ("Player", 76, 46, 16, 11, True), ("OxygenBar", 49, 170, 63, 5, True)
        e[36:42] = [("CollectedDiver", 0, 0, 8, 9, True)] * 6

    def read(self, ram: np.ndarray) -> None:
        r, e = ram.tobytes(), self.entries
        if 0 < r[105] < 15:
            e[0] = None
        else:
            e[0] = ("Player", r[70], r[97] + 33, 16, 11, True) if e[0] else ("Player", 76, 46, 16, 11, True)
        subs = [3 < r[89 + i] % 8 < 7 for i in range(4)]  # lane i holds submarines (else sharks)
        for i in range(4):
            batch, y = r[36 + i], 141 - i * 24
            for j in range(3):
                idx = i * 3 + j + 1
                x = (r[30 + i] + 16 * j) % 256
                if (batch >> (2 - j)) & 1 and -5 <= x <= 165:
                    if subs[i]:
                        e[idx + 12] = ("Submarine", x, y, 8, 11, True)
                    else:
                        e[idx] = ("Shark", x, y + r[93] - 4, 8, 7, True)
                else:
                    e[idx] = e[idx + 12] = None
        for i in range(4):
            x, lane = r[74 - i], 3 - i
            if subs[lane]:
                if 0 < x < 160:
                    e[29 + i], e[25 + i] = ("EnemyMissile", x + 3, 145 - lane * 24, 6, 4, True), None
                else:
                    e[29 + i] = None
            elif 0 < x < 160:
                e[25 + i], e[29 + i] = ("Diver", x, 141 - lane * 24, 8, 11, True), None
            else:
                e[25 + i] = None
        e[33] = ("SurfaceSubmarine", r[118], 45, 8, 11, True) if r[60] >= 2 and r[118] < 160 else None
        e[34] = ("PlayerMissile", r[103], r[97] + 40, 8, 1, True) if 0 < r[103] < 160 else None
        e[35] = ("OxygenBar", 49, 170, min(r[102], 63), 5, True) if r[102] != 0 else None
        for i in range(6):
            if i >= r[62]:
                e[36 + i] = None
            elif e[36 + i] is None:
                e[36 + i] = ("CollectedDiver", 58 + i * 8, 178, 8, 9, True)
