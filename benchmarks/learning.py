"""The paper's claim, measured here: PPO with the manual's auxiliary reward vs without, same seeds,
same env steps. Writes the runs, summary.csv and one PNG per game; prints final and area-under-curve
game scores (unshaped) side by side.

    python benchmarks/learning.py [--games skiing,breakout] [--steps 150000] [--seeds 0] [--out DIR]

Default budget: about an hour on a 2-core CPU. Longer runs: raise --steps and add seeds.
"""

from __future__ import annotations

import argparse
import csv
import math
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--games", default="skiing,breakout")
    ap.add_argument("--steps", type=int, default=150_000, help="env steps per run")
    ap.add_argument("--seeds", default="0", help="comma-separated")
    ap.add_argument("--config", default="ppo_cpu.yaml")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "learning")
    args = ap.parse_args()
    config = load_config(args.config)
    rows = []
    for game in args.games.split(","):
        runs = []
        for seed in (int(s) for s in args.seeds.split(",")):
            for shaped in (True, False):
                out = args.out / f"{game}-{'shaped' if shaped else 'unshaped'}-seed{seed}"
                say = lambda m: print(m, flush=True)  # noqa: E731
                spec = RunSpec(game, config, args.steps, seed, shaped)
                if not (out / "checkpoint").exists():
                    print(f"== {out.name}", flush=True)
                    shutil.rmtree(out, ignore_errors=True)
                    train(spec, out, say=say)
                elif read_metrics(out)[-1]["env_steps"] < args.steps:  # an interrupted run: continue it
                    print(f"== {out.name} (resumed)", flush=True)
                    train(spec, out, resume=True, say=say)
                metrics = read_metrics(out)
                final, auc = final_and_auc(metrics)
                rate = sum(r["steps_per_s"] for r in metrics[1:]) / max(len(metrics) - 1, 1)  # skip warm-up
                rows.append({"game": game, "seed": seed, "shaping": shaped, "env_steps": args.steps,
                             "final_game_score": round(final, 2), "mean_game_score_auc": round(auc, 2),
                             "steps_per_s": round(rate, 1)})
                runs.append(out)
        plot_runs(runs, args.out / f"{game}.png")
    with (args.out / "summary.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"\n{'game':10} {'seed':>4} {'final shaped':>13} {'final unshaped':>15} {'AUC shaped':>11} "
          f"{'AUC unshaped':>13} {'steps/s shaped/unshaped':>24}")
    for shaped, unshaped in zip(rows[::2], rows[1::2]):
        print(f"{shaped['game']:10} {shaped['seed']:>4} {shaped['final_game_score']:>13} "
              f"{unshaped['final_game_score']:>15} {shaped['mean_game_score_auc']:>11} {unshaped['mean_game_score_auc']:>13} "
              f"{shaped['steps_per_s'] / unshaped['steps_per_s']:>24.2f}")
    print(f"(game score = the game's own reward per episode, without the auxiliary reward; {args.steps:,} env "
          f"steps per run; CSV and PNGs in {args.out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
