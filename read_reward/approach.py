"""Potential-based shaping toward what the card wants: nearing a helpful object or a gate not yet crossed.

The potential of a frame is Φ = 1 - d / D: d the distance from the player's centre to the nearest
*target*, D the screen's diagonal; 0 when the player or every target is off screen. Targets are
the objects of the categories the card rewards for a hit (`GameCard.rewards` > 0) and the centres of
the gates (`read_reward.passing`) of the categories it rewards for passing that have not been crossed
since they came on screen (a gate is crossed when it goes from one side of the player's top edge to
the other). `Shaping` pays `approach_scale` × (γ·Φ(next) - Φ(now)) per step (Ng, Harada & Russell
1999: a potential-based term leaves the best policy unchanged, so it can only speed learning up):
the skier heading for the next gate, the paddle moving under the ball, Ms. Pac-Man nearing a pill.
"""

from __future__ import annotations

import math
from typing import Any

from read_reward.hits import FAR
from read_reward.passing import gates_of

DIAGONAL = math.hypot(160, 210)  # the Atari screen, in OCAtari's pixels


class Approach:
    """The potential of the frames of one game (see the module doc); `reset` at each new episode."""

    def __init__(self, rewards: dict[str, float], passing: dict[str, float]) -> None:
        self.targets = frozenset(c for c, r in rewards.items() if r > 0)
        self.gates = frozenset(c for c, r in passing.items() if r > 0)
        self._seen: dict[tuple[int, int], tuple[float, bool]] = {}  # gate -> (its y, below the player when it came)

    def __bool__(self) -> bool:
        return bool(self.targets or self.gates)

    def reset(self) -> None:
        self._seen = {}

    def potential(self, reader: Any) -> float:
        """Φ of the frame `reader` (a `read_reward.readers` reader) read last."""
        player = next((p for p in reader.players() if p[5] and p[3] > 0 and p[4] > 0), None)
        if player is None:
            return 0.0
        _, px, py, pw, ph, _ = player
        cx, cy = px + pw / 2, py + ph / 2
        objects = [(slot, box) for slot, box in reader.near(-FAR, -FAR, FAR, FAR)
                   if box[5] and box[3] > 0 and box[4] > 0]
        points = [(x + w / 2, y + h / 2) for _, (name, x, y, w, h, _) in objects if name in self.targets]
        if self.gates:
            points += self._gates_ahead(objects, py, ph)
        if not points:
            return 0.0
        nearest = min(math.hypot(x - cx, y - cy) for x, y in points)
        return max(0.0, 1.0 - nearest / DIAGONAL)

    def _gates_ahead(self, objects: list, py: float, ph: float) -> list[tuple[float, float]]:
        """Centres of the gates on screen not crossed since they came, and the record of which side they came on."""
        seen, ahead = {}, []
        for (left, a), (right, b) in gates_of(objects, self.gates):
            gy, gh = (a[2] + b[2]) / 2, max(a[4], b[4])
            below = gy > py
            old = self._seen.get((left, right))
            came_below = old[1] if old is not None and abs(gy - old[0]) <= 2 * max(ph, gh) else below
            seen[(left, right)] = (gy, came_below)
            if below == came_below:
                ahead.append(((a[1] + a[3] / 2 + b[1] + b[3] / 2) / 2, gy + gh / 2))
        self._seen = seen
        return ahead
