"""The game checks the cards: audit every game with a bundled manual against its card and its labels.

    python benchmarks/audit_agreement.py [--frames 30000] [--seed 0] [--games skiing,pong] [--placebos 20]
                                         [--out results.json]
    python benchmarks/audit_agreement.py --rows results.json [--evidence-only]   # the table again, no play

For each game in manuals/manifest.json: build the card (offline default models: MiniLM QA and the
`embedding` reasoner, or --reasoner), audit the game with random play (`read_reward.audit`), and
print one markdown table with, per object, the label (manuals/labels.json), the card's decision and
the game's evidence, then agreement rates among objects the game has evidence on (not `unseen`):
label vs game, card vs game, and card vs label for reference.

`--placebos K` also counts false verdicts on each recording: K placebo objects whose contacts do
nothing (half at random frames, half a real object's contacts moved in time), each audited beside
the real ones; any `helps`/`hurts` among them is a false one.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np  # noqa: E402

from read_reward.audit import AGREES, DEFAULT_WINDOW, MIN_CONTACTS, THIN_CONTACTS, analyse, record  # noqa: E402
from read_reward.card import write_atomic  # noqa: E402
from read_reward.errors import InputError  # noqa: E402
from read_reward.cli import _extractor, _reasoner  # noqa: E402
from read_reward.games import BUNDLED_MANUALS, game_info, manual_for, read_manifest  # noqa: E402
from read_reward.read import build_card  # noqa: E402

LABEL_TO_EVIDENCE = {"yes": "helps", "no": "hurts", "neutral": "neutral"}


def audit_game(game: str, labels: dict, extractor, reasoner, frames: int, seed: int,
               placebos: int) -> tuple[list[dict], list[str]]:
    """Rows of the table for one game, and the verdicts on its placebo objects."""
    try:
        decisions = {o.name: o.decision for o in build_card(manual_for(game), game, extractor, reasoner).objects}
    except Exception as exc:  # noqa: BLE001  (report it and audit the game anyway)
        print(f"{game}: no card ({exc.__class__.__name__}: {exc})", file=sys.stderr)
        decisions = {}
    categories = [c.name for c in game_info(game).touchable]
    rec = record(game, frames, seed=seed)
    result = analyse(rec, categories, seed=seed)
    rows = []
    for ev in result.objects:
        rows.append({"game": game, "object": ev.name, "label": labels.get(ev.name, {}).get("label"),
                     "card": decisions.get(ev.name), "evidence": ev.evidence, "contacts": ev.contacts,
                     "reward": ev.reward, "reward_ci": ev.reward_ci, "loss": ev.loss, "loss_ci": ev.loss_ci})
    return rows, placebo_verdicts(rec, categories, placebos, seed)


def placebo_verdicts(rec, categories: list[str], k: int, seed: int) -> list[str]:
    """Audit `k` objects whose contacts do nothing: random frames, or a real object's contacts shifted in time."""
    rng = np.random.default_rng(seed)
    real = [c for c in categories if len(rec.contacts.get(c, ())) >= MIN_CONTACTS]
    verdicts = []
    for i in range(k):
        if i % 2 == 0 or not real:
            frames = rng.choice(rec.frames, size=int(rng.integers(MIN_CONTACTS, 200)), replace=False)
        else:
            shift = rng.integers(2 * DEFAULT_WINDOW, rec.frames - 2 * DEFAULT_WINDOW)
            frames = (rec.contacts[real[i // 2 % len(real)]] + shift) % rec.frames
        rec.contacts["Placebo"] = np.sort(frames)
        verdicts.append(analyse(rec, [*categories, "Placebo"], seed=seed + i, only=["Placebo"]).objects[0].evidence)
    rec.contacts.pop("Placebo", None)
    return verdicts


def _same(a: str | None, evidence: str, mapping: dict[str, str]) -> str:
    if a is None or evidence == "unseen":
        return ""
    return "✓" if mapping[a] == evidence else "✗"


def _fmt(value: float | None, ci, pct: bool = False) -> str:
    if value is None:
        return "—"
    f = "{:+.0%}" if pct else "{:+.3g}"
    return f"{f.format(value)} [{f.format(ci[0])}, {f.format(ci[1])}]"


def table(rows: list[dict]) -> str:
    lines = ["| game | object | label | card | game evidence | contacts | reward after contact | life lost | "
             "label vs game | card vs game |", "|" + "---|" * 10]
    for r in rows:
        thin = " (thin)" if r["evidence"] != "unseen" and r["contacts"] < THIN_CONTACTS else ""
        lines.append(f"| {r['game']} | {r['object']} | {r['label'] or '—'} | {r['card'] or '—'} | **{r['evidence']}** | "
                     f"{r['contacts']}{thin} | {_fmt(r['reward'], r['reward_ci'])} | "
                     f"{_fmt(r['loss'], r['loss_ci'], pct=True)} | "
                     f"{_same(r['label'], r['evidence'], LABEL_TO_EVIDENCE)} | {_same(r['card'], r['evidence'], AGREES)} |")
    return "\n".join(lines)


def rates(rows: list[dict]) -> str:
    seen = [r for r in rows if r["evidence"] != "unseen"]
    clear = [r for r in seen if r["evidence"] in ("helps", "hurts")]
    crowded = sum(r["evidence"] == "unseen" and r["contacts"] >= MIN_CONTACTS for r in rows)
    out = [f"objects: {len(rows)}; with game evidence: {len(seen)}, of which clear (helps/hurts) {len(clear)}; "
           f"unseen: {len(rows) - len(seen)} ({crowded} of them touched often but never far from the player)"]
    for name, key, mapping in (("label vs game", "label", LABEL_TO_EVIDENCE), ("card vs game", "card", AGREES)):
        for which, subset in (("with evidence", seen), ("clear", clear)):
            pairs = [r for r in subset if r[key]]
            agree = sum(mapping[r[key]] == r["evidence"] for r in pairs)
            out.append(f"{name} ({which}): {agree}/{len(pairs)}" + (f" ({agree / len(pairs):.0%})" if pairs else ""))
    both = [r for r in rows if r["label"] in ("yes", "no", "neutral") and r["card"]]
    agree = sum(r["card"] == {"neutral": "unknown"}.get(r["label"], r["label"]) for r in both)
    out.append(f"card vs label (all objects): {agree}/{len(both)}")
    return "\n".join(out)


def main() -> int:
    from read_reward.embedding import use_one_thread

    use_one_thread()
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=30_000, help="emulator frames per game (default 30000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--games", help="comma-separated subset of the bundled games")
    ap.add_argument("--qa-model", default="embedding")
    ap.add_argument("--reasoner", default="effects")
    ap.add_argument("--placebos", type=int, default=0, help="placebo objects audited per game (default 0)")
    ap.add_argument("--out", help="also write the rows as JSON")
    ap.add_argument("--rows", metavar="JSON", help="print the table and rates of rows written by --out (no play)")
    ap.add_argument("--evidence-only", action="store_true", help="leave `unseen` objects out of the table")
    ap.add_argument("--recard", action="store_true",
                    help="with --rows: rebuild the card column with --reasoner (no play; the game evidence is kept)")
    args = ap.parse_args()
    if args.rows:
        rows = json.loads(Path(args.rows).read_text())
        if args.recard:
            extractor, reasoner = _extractor(args.qa_model), _reasoner(args.reasoner, None, "")
            cards = {g: {o.name: o.decision for o in build_card(manual_for(g), g, extractor, reasoner).objects}
                     for g in sorted({r["game"] for r in rows})}
            for r in rows:
                r["card"] = cards[r["game"]].get(r["object"])
            print(f"card column rebuilt with reasoner {reasoner.name}\n")
        shown = [r for r in rows if r["evidence"] != "unseen"] if args.evidence_only else rows
        print(table(shown) + "\n\n" + rates(rows))
        return 0
    labels = json.loads((BUNDLED_MANUALS / "labels.json").read_text())["labels"]
    games = args.games.split(",") if args.games else sorted(read_manifest(BUNDLED_MANUALS)["games"])
    extractor, reasoner = _extractor(args.qa_model), _reasoner(args.reasoner, None, "")
    rows: list[dict] = []
    placebo: dict[str, list[str]] = {}
    for game in games:
        if not game_info(game).touchable:
            print(f"{game}: OCAtari lists no object the player can touch; skipped", file=sys.stderr)
            continue
        begin = time.perf_counter()
        try:
            game_rows, placebo[game] = audit_game(game_info(game).short, labels.get(game, {}), extractor, reasoner,
                                                  args.frames, args.seed, args.placebos)
        except InputError as exc:  # e.g. OCAtari cannot read the game's objects
            print(f"{game}: skipped ({exc})", file=sys.stderr)
            continue
        rows += game_rows
        print(f"{game}: {', '.join(r['object'] + ' ' + r['evidence'] for r in game_rows)}; placebos "
              f"{' '.join(placebo[game])} ({time.perf_counter() - begin:.0f} s)", file=sys.stderr, flush=True)
    print(f"{args.frames:,} frames of random play per game, seed {args.seed}; reasoner {reasoner.name}\n")
    print(table([r for r in rows if r["evidence"] != "unseen"] if args.evidence_only else rows))
    print()
    print(rates(rows))
    if args.placebos:
        verdicts = [v for vs in placebo.values() for v in vs]
        false = sum(v in ("helps", "hurts") for v in verdicts)
        print(f"placebo objects: {len(verdicts)}, neutral {verdicts.count('neutral')}, unseen "
              f"{verdicts.count('unseen')}, false helps/hurts {false}"
              + "".join(f"; {g}: {sum(v in ('helps', 'hurts') for v in vs)}" for g, vs in placebo.items() if vs))
    if args.out:
        write_atomic(Path(args.out), json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
