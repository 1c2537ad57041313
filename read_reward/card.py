"""The game card: plain data passed from reading the manual to playing the game.

A card is a versioned JSON file. It holds everything the play-time side needs (one reward per
OCAtari object category) and everything a user needs to trust it (QA answers with their sources).
Version 2 adds the game's own evidence (`audit`, from `read-reward audit`); version-1 cards are read
as version 2 without one. Version 3 adds, per object, a reward for *passing between* two objects of its
category (`CardObject.passing`, e.g. +5 for skiing between the two flags of a gate, when the manual
says to; `passing_evidence`: the sentence it rests on); cards of versions 1 and 2 are read as having
none (0.0). Play time: `read_reward.passing`.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from read_reward.errors import InputError

CARD_VERSION = 3  # 3: CardObject.passing; 2: optional `audit`, CardObject.source; versions 1-2 are still read
READ_VERSIONS = (1, 2, 3)
Verdict = Literal["yes", "no", "unknown"]
DECISIONS: tuple[str, ...] = ("yes", "no", "unknown")


@dataclass
class KeyObject:
    term: str
    score: float


@dataclass
class QAItem:
    question: str
    answer: str
    score: float
    source: str  # the manual sentence(s) the answer came from
    section: str = ""


@dataclass
class CardObject:
    name: str  # OCAtari category, e.g. "PowerPill"
    manual_term: str | None  # the manual's word for it, e.g. "power pellet"
    decision: Verdict
    confidence: float
    reward: float
    grounding_score: float = 0.0
    overridden: bool = False  # a user override set manual_term, decision or reward
    auto: dict[str, Any] = field(default_factory=dict)  # what the pipeline decided, before overrides
    source: str = "manual"  # where the decision came from: "manual", or "game" (`read-reward audit --fill-unknown`)
    evidence: str = ""  # what the manual's decision rests on (the reasoner's strongest sentence, or its reply)
    passing: float = 0.0  # reward for passing between two objects of this category (a gate); 0: none
    passing_evidence: str = ""  # the manual sentence `passing` rests on (`read_reward.passes`)


@dataclass
class AuditObject:
    """What the game showed after the player touched objects of one category (`read_reward.audit`)."""

    name: str
    contacts: int
    evidence: str  # helps | hurts | neutral | unseen
    reward: float | None = None  # extra game reward in the window after a contact (vs no contact)
    reward_ci: tuple[float, float] | None = None
    loss: float | None = None  # extra chance of losing a life or the game in that window
    loss_ci: tuple[float, float] | None = None


@dataclass
class Audit:
    """The game's evidence on every touchable object, kept beside the manual's decisions."""

    frames: int
    policy: str  # "random" or the RLlib checkpoint played
    seed: int
    window: int  # frames after a contact
    alpha: float  # family-wise error rate of the audit's helps/hurts
    date: str
    baseline_reward: float | None  # game reward in a window with no contact (None: no such window)
    baseline_loss: float | None  # chance of losing a life or the game in such a window
    objects: list[AuditObject]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Audit:
        objects = [AuditObject(**{**o, **{k: tuple(o[k]) for k in ("reward_ci", "loss_ci") if o.get(k)}})
                   for o in data["objects"]]
        return cls(**{**data, "objects": objects})


@dataclass
class GameCard:
    game: str
    env_id: str
    manual_sha256: str
    models: dict[str, str]
    key_objects: list[KeyObject]
    qa: list[QAItem]
    summary: str
    objects: list[CardObject]
    player: str = "Player"
    unmatched: list[str] = field(default_factory=list)
    version: int = CARD_VERSION
    audit: Audit | None = None  # the game's evidence (`read-reward audit --write-card`), never a decision

    def reward_of(self, category: str) -> float:
        """The auxiliary reward for touching an object of this OCAtari category (0 if unknown)."""
        for obj in self.objects:
            if obj.name == category:
                return obj.reward
        return 0.0

    def rewards(self) -> dict[str, float]:
        return {obj.name: obj.reward for obj in self.objects}

    def passing_rewards(self) -> dict[str, float]:
        """Category -> reward for passing between two of its objects, for the categories that have one."""
        return {obj.name: obj.passing for obj in self.objects if obj.passing}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GameCard:
        if not isinstance(data, dict) or "objects" not in data or "game" not in data:
            raise InputError("not a game card: expected a JSON object with 'game' and 'objects'; "
                             "build one with `read-reward read <manual> --game <game>`")
        version = data.get("version", 0)
        if version not in READ_VERSIONS:
            raise InputError(f"game card version {version} is not supported (this read-reward reads "
                             f"versions {', '.join(map(str, READ_VERSIONS))}); rebuild it with `read-reward read`")
        try:
            return cls(
                game=data["game"], env_id=data["env_id"], manual_sha256=data["manual_sha256"],
                models=dict(data["models"]),
                key_objects=[KeyObject(**k) for k in data["key_objects"]],
                qa=[QAItem(**q) for q in data["qa"]],
                summary=data["summary"],
                objects=[CardObject(**o) for o in data["objects"]],
                player=data.get("player", "Player"),
                unmatched=list(data.get("unmatched", [])),
                audit=Audit.from_dict(data["audit"]) if data.get("audit") and version >= 2 else None,
            )
        except (KeyError, TypeError) as exc:
            raise InputError(f"game card is malformed ({exc}); rebuild it with `read-reward read`") from None


def save_card(card: GameCard, path: str | Path) -> Path:
    """Write the card as JSON atomically (a crash never leaves a half-written card)."""
    path = Path(path)
    write_atomic(path, json.dumps(card.to_dict(), indent=2, ensure_ascii=False) + "\n")
    return path


def load_card(path: str | Path) -> GameCard:
    """Read a card written by `save_card`."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"game card {path} not found; build it with `read-reward read <manual> --game <game>`")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"game card {path} is not valid JSON ({exc.__class__.__name__}); "
                         "rebuild it with `read-reward read`") from None
    return GameCard.from_dict(data)


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
