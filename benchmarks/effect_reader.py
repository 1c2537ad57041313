"""How well the learned effect reader reads sentences by writers it was not trained on.

Default: the shipped reader reads `benchmarks/effect-sentences` (four more writers' voices, written like
the training files but never trained on; about a minute). `--folds N`: leave-writers-out over the
training files `read_reward/data/effect_sentences` (eight writers): each fold trains a reader with the
shipped settings on the other writers and reads the held-out ones (about 4 minutes per fold on 2 cores).
Reports five-label accuracy, the gain / loss / other polarity the reasoner uses, and a confusion table.

    python benchmarks/effect_reader.py [--folds 4]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from read_reward import effect_model as em  # noqa: E402

HELD_OUT = Path(__file__).resolve().parent / "effect-sentences"


def polarity(labels: np.ndarray) -> np.ndarray:
    return np.where(labels == "gain", 1, np.where(labels == "loss", -1, 0))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, help="train and test leave-writers-out, writers split into this many groups")
    args = ap.parse_args()
    from read_reward.embedding import use_one_thread

    use_one_thread()
    examples = em.load_examples() if args.folds else em.load_examples(HELD_OUT)
    writers = sorted({e.writer for e in examples})
    if args.folds is not None and not 2 <= args.folds <= len(writers):
        print(f"error: --folds must be 2..{len(writers)} (there are {len(writers)} writers)", file=sys.stderr)
        return 2
    groups = [writers[i::args.folds] for i in range(args.folds)] if args.folds else [writers]
    confusion = np.zeros((len(em.LABELS), len(em.LABELS)), dtype=int)
    print("| held-out writers | rows | five labels | gain/loss/other |\n|---|---|---|---|")
    totals = []
    for held in groups:
        test = [e for e in examples if e.writer in held]
        items = [(e.sentence, e.start, e.end) for e in test]
        if args.folds:
            probs = em.probabilities(em.train([e for e in examples if e.writer not in held]), items)
        else:
            probs = em.predict(items)
        got = np.array(em.LABELS)[probs.argmax(1)]
        want = np.array([e.label for e in test])
        for w, g in zip(want, got):
            confusion[em.LABELS.index(w), em.LABELS.index(g)] += 1
        five, pol = (got == want).mean(), (polarity(got) == polarity(want)).mean()
        totals.append((len(test), five, pol))
        print(f"| {', '.join(held)} | {len(test)} | {five:.1%} | {pol:.1%} |", flush=True)
    n = sum(t[0] for t in totals)
    print(f"| all | {n} | {sum(t[0] * t[1] for t in totals) / n:.1%} | {sum(t[0] * t[2] for t in totals) / n:.1%} |")
    print("\nconfusion (rows: label, columns: read as)\n| | " + " | ".join(em.LABELS) + " |")
    print("|---" * (len(em.LABELS) + 1) + "|")
    for label, counts in zip(em.LABELS, confusion):
        print(f"| {label} | " + " | ".join(str(c) for c in counts) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
