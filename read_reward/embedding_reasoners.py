"""Offline reasoners on the packaged MiniLM: help/harm statements (`embedding`) and a logistic
head fit on generic statements (`embedding-head`). Alternatives to the default `effects`."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from read_reward.embedding import DEFAULT_EMBEDDER, embed
from read_reward.evidence import Evidence
from read_reward.qa import OBJECT_LABEL, content_terms
from read_reward.reasoning import Decision

# What touching a thing does, said in a manual's words. Generic across games.
HELPS = (
    "You score points when you get it.",
    "Collect it to earn bonus points.",
    "Eating it gives you points.",
    "You must hit it back to win the point.",
    "Hitting it scores points for you.",
    "Catching it adds to your score.",
)
HURTS = (
    "You lose a life when it touches you.",
    "Crashing into it makes you fall and lose time.",
    "Avoid it or you will lose a turn.",
    "It knocks you off and costs you a life.",
    "Touching it is dangerous.",
    "Running into it is a penalty.",
)


class EmbeddingReasoner:
    """Offline default: reads the summary's evidence about the object and compares it with short
    statements of help ("you score points") and harm ("you lose a life") in MiniLM's space.

    Chosen over `PolarityHeadReasoner` by measured accuracy (benchmarks/accuracy.py, README)."""

    def __init__(self, model: str = DEFAULT_EMBEDDER, *, margin: float = 0.02) -> None:
        self.name = f"embedding:{model}"
        self.model = model
        self.margin = margin
        self._protos = embed(list(HELPS + HURTS), model)

    def decide(self, term: str, summary: str, evidence: Evidence | None = None) -> Decision:
        lines = evidence.lines() if evidence and evidence.mentions else evidence_lines(term, summary)
        if not lines:
            return Decision("unknown", 0.0, f"the summary never mentions '{term}'")
        sims = embed(lines, self.model) @ self._protos.T
        polarity = sims[:, : len(HELPS)].max(1) - sims[:, len(HELPS):].max(1)
        strongest = int(np.argmax(np.abs(polarity)))
        p = float(polarity.mean())
        confidence = round(float(1 / (1 + np.exp(-abs(p) * 20))), 4)
        verdict = "yes" if p > self.margin else "no" if p < -self.margin else "unknown"
        return Decision(verdict, confidence if verdict != "unknown" else 0.5, lines[strongest])


def evidence_lines(term: str, summary: str) -> list[str]:
    """The summary lines that speak of `term`: its own answer ("Hitting a tree: ...") and the
    general answers that mention it, but not the answers about other objects that mention it."""
    wanted = content_terms(term)
    lines = []
    for line in summary.splitlines():
        label, _, answer = line.partition(": ")
        if label.startswith(OBJECT_LABEL):
            if content_terms(label.removeprefix(OBJECT_LABEL)) == wanted:
                lines.append(answer)
        elif wanted <= content_terms(answer):
            lines.append(answer)
    return lines


POLARITY_DATA = Path(__file__).parent / "data" / "polarity.tsv"
VERDICT_OF = {"helps": "yes", "hurts": "no", "neutral": "unknown"}


class PolarityHeadReasoner:
    """Offline alternative: a logistic-regression head on MiniLM embeddings, fit at start-up on
    `data/polarity.tsv` (generic help/hurt/neutral statements about games that are not bundled),
    then averaged over the object's evidence lines."""

    def __init__(self, model: str = DEFAULT_EMBEDDER, *, c: float = 1.0) -> None:
        from sklearn.linear_model import LogisticRegression

        self.name = f"embedding-head:{model}"
        self.model = model
        rows = [line.split("\t", 1) for line in POLARITY_DATA.read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
        labels, texts = zip(*rows)
        self._head = LogisticRegression(C=c, max_iter=2000).fit(embed(list(texts), model), labels)

    def decide(self, term: str, summary: str, evidence: Evidence | None = None) -> Decision:
        lines = evidence.lines() if evidence and evidence.mentions else evidence_lines(term, summary)
        if not lines:
            return Decision("unknown", 0.0, f"the summary never mentions '{term}'")
        probs = self._head.predict_proba(embed(lines, self.model))
        mean = probs.mean(0)
        best = int(np.argmax(mean))
        strongest = int(np.argmax(probs[:, best]))
        return Decision(VERDICT_OF[self._head.classes_[best]], round(float(mean[best]), 4), lines[strongest])
