"""Accuracy of the Read pipeline on the labelled development set (manuals/labels.json).

Every bundled game with a touchable object is read from its manual (text), and the games in
`tests/scan_factory.SCANNED_GAMES` also from a scanned-style PDF (image pages through Tesseract);
the two forms are scored apart. Leave-one-game-out: a game's own manual is never in the TF-IDF
corpus it is ranked against, and no part of the default reasoner is fit to any manual (its cues are
generic English; the lexicon names objects only). Per object, against its label:
- decision: yes/no labels scored; "neutral" objects are right when left at `unknown` (reward 0);
- grounded: the manual term is one of the label's acceptable `terms` (compared as noun lemmas, so
  "goblin" matches "goblins"; before session 11 the strings had to be equal); both: decision and grounded;
- abstained: `unknown` on a yes/no object; right when answering = decisions right / not abstained.

    python benchmarks/accuracy.py [--reasoners effects,embedding] [--games skiing,pong] [--no-scans] [--show]
    python benchmarks/accuracy.py --set benchmarks/manual-sets/writers-b [--scans] [--show]

`--set DIR`: another labelled set instead (DIR/labels.json, DIR/manuals/<game>.txt; text, and with
`--scans` each manual also rendered as a photocopied booklet and read through Tesseract):
benchmarks/manual-sets holds further sets (writers-a..z, za..zp; ze..zp each cover all 54 games) written by other
writers who never saw the development manuals, their labels' wording or the code's word lists. Each
was read once untouched when written (README); writers-a..f, i (session 14: a transcribed booklet,
a chatty third-party booklet, a home-computer port's manual), j and k (session 15: a transcribed
console-maker booklet, an arcade conversion's booklet, an uncorrected OCR text layer; a designer's own
company booklet, a stiff budget re-release, a hobbyist's retyped page) are development sets now. `writers-g`
(session 11: a collection's help text, a translated booklet, a magazine guide) and `writers-h`
(session 12: a fan FAQ, an OCR'd multi-language booklet, box copy with a quick-reference card) are
held out: nothing is tuned on them (only their score lines are read), they measure how far the
development numbers carry to manuals the reader was not built against.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from read_reward.cli import _extractor, _reasoner  # noqa: E402
from read_reward.games import BUNDLED_MANUALS, game_info, manual_for  # noqa: E402
from read_reward.name_runs import compound, lemmas  # noqa: E402
from read_reward.read import build_card  # noqa: E402

COUNTS = ("scored", "decision", "grounding", "both", "abstained", "neutral", "neutral_right")


BINS = (0.5, 0.7, 0.8, 0.9, 0.97, 1.0001)


def grounded_in(term: str | None, terms: list[str]) -> bool:
    """Is the card's manual term one of the label's terms, word for word as noun lemmas, articles aside
    ("goblin" = "goblins", "ape" = "the ape")?"""
    # ("polar-bear" = "polar bear": a hyphenated word is its words)
    bare = lambda t: tuple(p for w in lemmas(t) if w not in ("the", "a", "an") for p in compound(w) or (w,))  # noqa: E731
    return term is not None and bare(term) in {bare(t) for t in terms}


def score(labels: dict, manuals: dict[str, Path], extractor, reasoner, show: bool) -> dict[str, int]:
    counts: dict = dict.fromkeys(COUNTS, 0)
    counts["answers"] = []  # (confidence, right) of every yes/no answer on a yes/no object
    for game, path in manuals.items():
        card = build_card(path, game, extractor, reasoner)
        for obj in card.objects:
            truth = labels[game].get(obj.name)
            if truth is None:
                continue
            if truth["label"] == "neutral":
                ok = obj.decision == "unknown"
                counts["neutral"] += 1
                counts["neutral_right"] += ok
            else:
                grounded = grounded_in(obj.manual_term, truth["terms"])
                ok = obj.decision == truth["label"]
                counts["scored"] += 1
                counts["decision"] += ok
                counts["grounding"] += grounded
                counts["both"] += ok and grounded
                counts["abstained"] += obj.decision == "unknown"
                if obj.decision != "unknown":
                    counts["answers"].append((obj.confidence, ok))
            if show:
                mark = ("ok" if ok else "XX") + ("" if grounded_in(obj.manual_term, truth["terms"]) else " (term)")
                print(f"{game:16} {obj.name:22} {str(obj.manual_term)[:20]:20} {truth['label']:8} "
                      f"{obj.decision:8} {obj.confidence:.2f}  {mark}", flush=True)
    return counts


def calibration(c: dict) -> str:
    """Share of answers right per confidence bin: is the card's confidence worth reading?"""
    cells = []
    for lo, hi in zip(BINS, BINS[1:]):
        got = [ok for conf, ok in c["answers"] if lo <= conf < hi]
        cells.append(f"{lo:.2f}-{min(hi, 1):.2f}: {sum(got)}/{len(got)}" if got else f"{lo:.2f}-{min(hi, 1):.2f}: -")
    return "  calibration (right/answered by confidence): " + ", ".join(cells)


def row(name: str, form: str, c: dict[str, int]) -> str:
    n, answered = c["scored"], c["scored"] - c["abstained"]
    pct = lambda a, b: f"{a}/{b} ({a / b:.0%})" if b else "-"  # noqa: E731
    return (f"| {name} | {form} | {pct(c['decision'], n)} | {pct(c['grounding'], n)} | {pct(c['both'], n)} | "
            f"{pct(c['decision'], answered)} | {pct(c['abstained'], n)} | {pct(c['neutral_right'], c['neutral'])} |")


def main() -> int:
    from read_reward.embedding import use_one_thread

    use_one_thread()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--qa-model", default="embedding")
    ap.add_argument("--reasoners", default="effects,embedding", help="comma-separated candidates")
    ap.add_argument("--games", help="comma-separated subset")
    ap.add_argument("--no-scans", action="store_true", help="text manuals only (no OCR)")
    ap.add_argument("--show", action="store_true", help="print every object of the first candidate")
    ap.add_argument("--set", type=Path, help="a labelled set folder (labels.json, manuals/<game>.txt); text only")
    ap.add_argument("--scans", action="store_true", help="with --set: also read every manual of the set rendered as a scan")
    args = ap.parse_args()
    source = args.set or BUNDLED_MANUALS
    if not (source / "labels.json").is_file():
        print(f"error: {source} has no labels.json; pass a set folder with labels.json and manuals/<game>.txt",
              file=sys.stderr)
        return 2
    labels = json.loads((source / "labels.json").read_text())["labels"]
    games = args.games.split(",") if args.games else sorted(labels)
    games = [g for g in games if game_info(g).touchable and labels.get(g)]
    missing = [g for g in games if args.set and not (args.set / "manuals" / f"{g}.txt").is_file()]
    if missing:
        print(f"error: {args.set / 'manuals'} lacks {', '.join(m + '.txt' for m in missing)}; add them or pass --games",
              file=sys.stderr)
        return 2
    forms = {"text": {g: args.set / "manuals" / f"{g}.txt" if args.set else manual_for(g) for g in games}}
    if (args.scans or not args.set) and not args.no_scans:
        from scan_factory import SCANNED_GAMES, scanned_manual

        folder = Path(tempfile.mkdtemp(prefix="read-reward-scans-"))
        forms["scanned PDF"] = {g: scanned_manual(g, folder, forms["text"][g] if args.set else None)
                                for g in games if args.set or g in SCANNED_GAMES}
    extractor = _extractor(args.qa_model)
    print(f"qa={extractor.name}; {len(games)} games; scanned: {len(forms.get('scanned PDF', {}))}")
    print("| reasoner | form | yes/no right | grounded | both | right when answering | abstained | neutral at 0 |")
    print("|---|---|---|---|---|---|---|---|")
    notes: list[str] = []
    for i, name in enumerate(args.reasoners.split(",")):
        reasoner = _reasoner(name, None, "")
        for form, manuals in forms.items():
            if manuals:
                counts = score(labels, manuals, extractor, reasoner, show=args.show and i == 0)
                print(row(name, form, counts), flush=True)
                notes.append(f"{name} {form}:{calibration(counts)}")
    print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
