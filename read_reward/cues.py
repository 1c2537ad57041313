"""The cue vocabulary of `effects`: generic English of game manuals, as (kind, direction, weight, pattern).

Kinds: what a cue says touching an object does (gain, loss, harmless) or how the object is met (shot,
missed, touched). Directions: where the object a cue belongs to stands in the sentence. Patterns run
on the lower-cased sentence in which the player's names read "PLAYER". No game-specific word.
The words the patterns are built of are in `cue_words`, the table in `harm_cues` and `reach_cues`.
"""

from __future__ import annotations

import re

from read_reward.harm_cues import HARM_CUES
from read_reward.reach_cues import REACH_CUES

CUES: tuple[tuple[str, str, float, re.Pattern[str]], ...] = tuple(
    (kind, direction, weight, re.compile(pattern)) for kind, direction, weight, pattern in (*HARM_CUES, *REACH_CUES))
