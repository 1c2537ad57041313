"""The paper's claim, measured here: PPO with the manual's auxiliary reward vs without, same seeds,
same env steps. Writes the runs, summary.csv and one PNG per game; prints final and area-under-curve
game scores (unshaped) side by side.

    python benchmarks/learning.py [--games skiing,breakout] [--steps 150000] [--seeds 0] [--out DIR]

Default budget: about an hour on a 2-core CPU. Longer runs: raise --steps and add seeds. The runs go
seed by seed (every game's seed 0 pair, then seed 1...), and the summary, PNGs and table are written
after each finished pair, so a run stopped early still reports what it finished; run the same
command again to resume it.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import shutil
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from read_reward.card import write_atomic  # noqa: E402
from read_reward.train import RunSpec, load_config, plot_runs, read_metrics, train  # noqa: E402


def final_and_auc(rows: list[dict[str, float]], last: float = 0.2) -> tuple[float, float]:
    """Mean game score over the last `last` share of rows, and the mean score over all env steps
    (area under the curve / steps; iterations without a finished episode yet are skipped)."""
    scored = [r for r in rows if not math.isnan(r["game_score"])]
    if not scored:
        return math.nan, math.nan
    tail = scored[-max(1, int(len(scored) * last)):]
    final = sum(r["game_score"] for r in tail) / len(tail)
    area = sum((b["env_steps"] - a["env_steps"]) * (a["game_score"] + b["game_score"]) / 2
               for a, b in zip(scored, scored[1:]))
    span = scored[-1]["env_steps"] - scored[0]["env_steps"]
    return final, area / span if span else scored[0]["game_score"]


def run_pair(game: str, seed: int, config: dict, steps: int, out_dir: Path) -> list[dict]:
    """The shaped and the unshaped run of one game and seed (finished runs are kept, interrupted
    ones resumed); their summary rows."""
    rows = []
    for shaped in (True, False):
        out = out_dir / f"{game}-{'shaped' if shaped else 'unshaped'}-seed{seed}"
        say = lambda m: print(m, flush=True)  # noqa: E731
        spec = RunSpec(game, config, steps, seed, shaped)
        if not (out / "checkpoint").exists():
            print(f"== {out.name}", flush=True)
            shutil.rmtree(out, ignore_errors=True)
            train(spec, out, say=say)
        elif read_metrics(out)[-1]["env_steps"] < steps:  # an interrupted run: continue it
            print(f"== {out.name} (resumed)", flush=True)
            train(spec, out, resume=True, say=say)
        metrics = read_metrics(out)
        final, auc = final_and_auc(metrics)
        rate = sum(r["steps_per_s"] for r in metrics[1:]) / max(len(metrics) - 1, 1)  # skip warm-up
        rows.append({"game": game, "seed": seed, "shaping": shaped, "env_steps": steps,
                     "final_game_score": round(final, 2), "mean_game_score_auc": round(auc, 2),
                     "steps_per_s": round(rate, 1), "run": out.name})
    return rows


def report(rows: list[dict], out_dir: Path, steps: int) -> None:
    """summary.csv, one PNG per game, and the table, for the pairs finished so far."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    write_atomic(out_dir / "summary.csv", buffer.getvalue())
    for game in dict.fromkeys(r["game"] for r in rows):
        plot_runs([out_dir / r["run"] for r in rows if r["game"] == game], out_dir / f"{game}.png")
    print(f"\n{'game':10} {'seed':>4} {'final shaped':>13} {'final unshaped':>15} {'AUC shaped':>11} "
          f"{'AUC unshaped':>13} {'steps/s shaped/unshaped':>24}")
    pairs = list(zip(rows[::2], rows[1::2]))
    for game in dict.fromkeys(r["game"] for r in rows):
        mine = [(a, b) for a, b in pairs if a["game"] == game]
        lines = [(str(a["seed"]), a, b) for a, b in mine]
        if len(mine) > 1:
            keys = ("final_game_score", "mean_game_score_auc", "steps_per_s")
            lines.append(("mean", *({k: round(statistics.fmean(pair[i][k] for pair in mine), 2) for k in keys}
                                    for i in (0, 1))))
        for seed, a, b in lines:
            print(f"{game:10} {seed:>4} {a['final_game_score']:>13} {b['final_game_score']:>15} "
                  f"{a['mean_game_score_auc']:>11} {b['mean_game_score_auc']:>13} "
                  f"{a['steps_per_s'] / b['steps_per_s']:>24.2f}")
    print(f"(game score = the game's own reward per episode, without the auxiliary reward; {steps:,} env "
          f"steps per run; CSV and PNGs in {out_dir})", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--games", default="skiing,breakout")
    ap.add_argument("--steps", type=int, default=150_000, help="env steps per run")
    ap.add_argument("--seeds", default="0", help="comma-separated; all games run seed 0 before any runs seed 1")
    ap.add_argument("--config", default="ppo_cpu.yaml")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "learning")
    args = ap.parse_args()
    config = load_config(args.config)
    games, rows = args.games.split(","), []
    for seed in (int(s) for s in args.seeds.split(",")):
        for game in games:
            rows += run_pair(game, seed, config, args.steps, args.out)
            report(sorted(rows, key=lambda r: (games.index(r["game"]), r["seed"])), args.out, args.steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
