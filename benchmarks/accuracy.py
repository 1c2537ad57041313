"""Accuracy of the Read pipeline on the labelled set (manuals/labels.json), per candidate model.

For every bundled game, build the card and compare each object with its label:
- decision: "yes"/"no" labels are scored; "neutral" objects (touching does nothing) count as right
  when the card leaves them at "unknown" (reward 0);
- grounding: the manual term chosen for the object is one of the label's acceptable `terms`;
- right for the right reason: both.
Candidates are compared side by side in one run; the table of objects is printed for the first.

    python benchmarks/accuracy.py [--reasoners embedding,embedding-head] [--qa-model embedding] [--games skiing,pong]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from read_reward.cli import _extractor, _reasoner  # noqa: E402
from read_reward.games import BUNDLED_MANUALS, manual_for  # noqa: E402
from read_reward.read import build_card  # noqa: E402


def score(labels: dict, games: list[str], extractor, reasoner, show: bool) -> dict[str, int]:
    counts = dict.fromkeys(["decision", "grounding", "both", "scored", "neutral_right", "neutral"], 0)
    if show:
        print(f"{'game':10} {'object':16} {'manual term':16} {'label':8} {'decision':8} conf  ok")
    for game in games:
        card = build_card(manual_for(game), game, extractor, reasoner)
        for obj in card.objects:
            truth = labels[game][obj.name]
            if truth["label"] == "neutral":
                ok = obj.decision == "unknown"
                counts["neutral"] += 1
                counts["neutral_right"] += ok
            else:
                grounded = obj.manual_term in truth["terms"]
                ok = obj.decision == truth["label"]
                counts["scored"] += 1
                counts["decision"] += ok
                counts["grounding"] += grounded
                counts["both"] += ok and grounded
            if show:
                mark = ("✓" if ok else "✗") + ("" if obj.manual_term in truth["terms"] else " (term)")
                print(f"{game:10} {obj.name:16} {str(obj.manual_term):16} {truth['label']:8} {obj.decision:8} "
                      f"{obj.confidence:.2f}  {mark}")
    return counts


def main() -> int:
    from read_reward.embedding import use_one_thread

    use_one_thread()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--qa-model", default="embedding")
    ap.add_argument("--reasoners", default="embedding,embedding-head", help="comma-separated candidates")
    ap.add_argument("--games", help="comma-separated subset")
    args = ap.parse_args()
    labels = json.loads((BUNDLED_MANUALS / "labels.json").read_text())["labels"]
    games = args.games.split(",") if args.games else sorted(labels)
    extractor = _extractor(args.qa_model)
    results = {}
    for i, name in enumerate(args.reasoners.split(",")):
        results[name] = score(labels, games, extractor, _reasoner(name, None, ""), show=i == 0)
    print(f"\nqa={extractor.name}; {len(games)} games")
    print(f"{'reasoner':16} {'yes/no right':>14} {'grounded':>10} {'both':>8} {'neutral at 0':>13}")
    for name, c in results.items():
        n = c["scored"]
        print(f"{name:16} {c['decision']:>5}/{n} {c['decision'] / n:5.1%} {c['grounding']:>6}/{n} "
              f"{c['both']:>5}/{n} {c['neutral_right']:>9}/{c['neutral']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
