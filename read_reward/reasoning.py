"""Reasoning: decide whether touching an object helps the player win (yes / no / unknown).

The `Reasoner` protocol and the offline default `EffectReasoner` live here; the backends on models
are in `lm_reasoners` (transformers LMs, OpenAI-compatible servers) and `embedding_reasoners`
(MiniLM statements and head). All are importable from this module."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from read_reward.evidence import Evidence


def reasoning_question(term: str) -> str:
    return f"Should the player hit a {term} to win the game?"


@dataclass
class Decision:
    verdict: Literal["yes", "no", "unknown"]
    confidence: float  # in [0, 1]
    evidence: str = ""  # what the decision rests on (e.g. the summary sentence, or the model's reply)


class Reasoner(Protocol):
    """Answers yes/no/unknown to `reasoning_question(term)` given the game summary."""

    name: str  # model id/path/url recorded in the card

    def decide(self, term: str, summary: str, evidence: Evidence | None = None) -> Decision:
        """`evidence`: every sentence of the manual about the object, when the caller gathered them."""
        ...


def with_evidence(summary: str, evidence: Evidence | None) -> str:
    """The summary followed by what the manual says about the object (for model-backed reasoners)."""
    if not evidence or not evidence.mentions:
        return summary
    names = ", ".join(evidence.names)
    lines = "\n".join(f"- {line}" for line in evidence.lines()[:20])
    return f"{summary.strip()}\nWhat the manual says about the {names}:\n{lines}"


LEARNED_MIN = 0.5  # the learned reader's mean lean (P(gain) - P(loss)) it takes to decide alone


class EffectReasoner:
    """Offline default: reads every sentence of the manual about the object for what touching it
    does (`read_reward.effects`: gains, losses, harmlessness, shooting, negation, conditions). Where
    those rules find the evidence weak or conflicting, the learned reader (`read_reward.effect_model`)
    decides if it leans clearly one way; else `unknown`. Where the rules find no cue at all (the
    manual only names the object), nothing says what touching it does: `unknown`. Without gathered
    evidence it reads the summary's lines about the object. `learned=False`: the rules alone
    (`--reasoner effects-rules`)."""

    def __init__(self, learned: bool = True) -> None:
        self.learned = learned
        self.name = "effects" if learned else "effects-rules"

    def decide(self, term: str, summary: str, evidence: Evidence | None = None) -> Decision:
        from read_reward.verdict import judge
        from read_reward.evidence import Mention

        if evidence is None or not evidence.mentions:
            lines = evidence_lines(term, summary)
            evidence = Evidence((term,), [Mention(line, "text", False) for line in lines])
        if not evidence.mentions:
            return Decision("unknown", 0.0, f"the manual never mentions '{term}'")
        from read_reward.passes import decide_passing

        between = decide_passing(evidence, 1.0).reward > 0  # "ski between the flags": missing one is no miss of contact
        effect = judge(evidence.mentions, evidence.names,
                       evidence.others, evidence.player, evidence.shooter, passed_between=between)
        verdict = effect.verdict
        # "they can't hurt you ... shoot them for points": harmless to touch, and what pays is shooting it
        settled = effect.harmless and effect.shot and not effect.loss
        if verdict == "unknown" and self.learned and (effect.gain or effect.loss) and not settled:
            from read_reward.effect_model import polarity

            lean, sentence = polarity(evidence)
            if abs(lean) >= LEARNED_MIN:
                return Decision("yes" if lean > 0 else "no", round(0.5 + abs(lean) / 2, 4),
                                f"(learned reader) {sentence}")
        return Decision(verdict, effect.confidence if verdict != "unknown" else 0.5,  # type: ignore[arg-type]
                        effect.strongest)


# The backends on models, importable from here as before (they import the protocol above).
from read_reward.embedding_reasoners import (  # noqa: E402
    HELPS, HURTS, POLARITY_DATA, VERDICT_OF, EmbeddingReasoner, PolarityHeadReasoner, evidence_lines)
from read_reward.lm_reasoners import (  # noqa: E402
    NO_VARIANTS, YES_VARIANTS, OpenAIReasoner, TransformersReasoner, _verdict_from_logprobs, reasoning_prompt)

__all__ = ["Decision", "Reasoner", "reasoning_question", "with_evidence", "EffectReasoner", "EmbeddingReasoner",
           "PolarityHeadReasoner", "TransformersReasoner", "OpenAIReasoner", "evidence_lines", "reasoning_prompt",
           "HELPS", "HURTS", "POLARITY_DATA", "VERDICT_OF", "YES_VARIANTS", "NO_VARIANTS", "_verdict_from_logprobs"]
