"""Summary and curves of the learning benchmark's run folders, whichever runner wrote them.

Reads each run's `run.json` and `metrics.csv` (`read-reward train`, `learning_gym.py` and
`learning_sb3.py` write the same columns) and writes, per game and arm (shaped / unshaped), the
mean and spread over seeds of the final score, the area under the curve and the steps to a
threshold score (`summary.csv`; one row per run in `runs.csv`), and one PNG per game: the mean over
seeds as a line, min-max over seeds as a band, random play as a dashed line, the human score as a
label. Random play's score is measured once (`random_play`, seeded) and cached in
`benchmarks/results/random_play.json`.

    python benchmarks/learning_report.py --random         # measure (or show) random play's scores
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from read_reward.card import write_atomic  # noqa: E402
from read_reward.games import game_info  # noqa: E402
from read_reward.train import read_metrics  # noqa: E402

RANDOM_JSON = ROOT / "benchmarks" / "results" / "random_play.json"
# Human scores per game, as used for human-normalised scores: Breakout and Ms. Pac-Man from Mnih et
# al. 2015 (Nature DQN, Extended Data Table 2), Skiing from Badia et al. 2020 (Agent57, appendix
# table of human and random scores), which lists the same values for the first two.
HUMAN = {"skiing": -4_336.9, "breakout": 30.5, "mspacman": 6_951.6}
# Threshold scores for "steps to threshold": (per whole game, per life: RLlib's Atari stack ends an
# episode at each lost life). Skiing: above -25,000 means the agent has left the -30,000 plateau
# where it hardly moves down the slope (random play scores about -15,000 and a plateau run -30,000,
# so the line sits well clear of both). Breakout: 5 points a game, ~3x random play (1.7), a level
# PPO reached within 0.5M steps in the check; 1 a life is the level the RLlib runs reached
# in 150k steps. Ms. Pac-Man: 1,000 points a game, ~3x random play; 350 a life.
THRESHOLDS = {"skiing": (-25_000.0, -25_000.0), "breakout": (5.0, 1.0), "mspacman": (1_000.0, 350.0)}


def random_play(games: list[str], episodes: int = 30, seed: int = 0, path: Path = RANDOM_JSON) -> dict[str, dict]:
    """Random play's mean score per game and per life (ALE v5: frameskip 4, sticky actions 0.25),
    cached in `path`; a game measured with other settings is measured again."""
    import ale_py
    import gymnasium as gym

    cache = json.loads(path.read_text()) if path.is_file() else {}
    for game in games:
        if cache.get(game, {}).get("episodes") == episodes and cache[game].get("seed") == seed:
            continue
        gym.register_envs(ale_py)
        env = gym.make(game_info(game).env_id, repeat_action_probability=0.25)
        env.action_space.seed(seed)
        scores, lives = [], 0
        for episode in range(episodes):
            _, info = env.reset(seed=seed * 1_000 + episode)
            lives += max(int(info.get("lives", 0)), 1)
            score, done = 0.0, False
            while not done:
                _, reward, terminated, truncated, _ = env.step(env.action_space.sample())
                score += float(reward)
                done = terminated or truncated
            scores.append(score)
        env.close()
        cache[game] = {"per_game": round(statistics.fmean(scores), 1), "per_game_std": round(statistics.stdev(scores), 1),
                       "per_life": round(sum(scores) / lives, 1), "episodes": episodes, "seed": seed,
                       "env": f"{game_info(game).env_id}, frameskip 4, repeat_action_probability 0.25, uniform random actions"}
        write_atomic(path, json.dumps(cache, indent=2, sort_keys=True) + "\n")
    return cache


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


def steps_to_threshold(rows: list[dict[str, float]], threshold: float) -> float:
    """The env step from which the curve stays at or above `threshold` to the end of the run
    (nan: it ends below)."""
    scored = [r for r in rows if not math.isnan(r["game_score"])]
    if not scored or scored[-1]["game_score"] < threshold:
        return math.nan
    below = [i for i, r in enumerate(scored) if r["game_score"] < threshold]
    return scored[below[-1] + 1 if below else 0]["env_steps"]


def run_info(run: Path) -> dict[str, Any]:
    """What a run folder says of itself: game, seed, arm, runner, the episode unit."""
    spec = json.loads((run / "run.json").read_text())
    return {"game": spec["game"], "seed": int(spec.get("seed", 0)), "arm": "shaped" if spec.get("shaping", True) else "unshaped",
            "runner": spec.get("runner", "rllib"), "unit": spec.get("episode", "life")}


def run_row(run: Path, threshold: float | None = None) -> dict[str, Any]:
    """One runs.csv row: final score, AUC, steps to the threshold, sampling speed."""
    info, rows = run_info(run), read_metrics(run)
    final, auc = final_and_auc(rows)
    level = threshold if threshold is not None else threshold_for(info["game"], info["unit"])
    rates = [r["steps_per_s"] for r in rows[1:]] or [r["steps_per_s"] for r in rows]  # skip warm-up
    return {**info, "env_steps": int(rows[-1]["env_steps"]) if rows else 0, "final_game_score": round(final, 2),
            "mean_game_score_auc": round(auc, 2), "threshold": level,
            "steps_to_threshold": steps_to_threshold(rows, level) if level is not None else math.nan,
            "steps_per_s": round(statistics.fmean(rates), 1) if rates else math.nan, "run": run.name}


def threshold_for(game: str, unit: str) -> float | None:
    levels = THRESHOLDS.get(game)
    return None if levels is None else levels[0 if unit == "game" else 1]


def spread(values: list[float], name: str) -> dict[str, float]:
    """mean, std, min, max of the finite values (nan when none; std 0 for one)."""
    xs = [v for v in values if not math.isnan(v)]
    if not xs:
        return {f"{name}_{k}": math.nan for k in ("mean", "std", "min", "max")}
    return {f"{name}_mean": round(statistics.fmean(xs), 2), f"{name}_std": round(statistics.pstdev(xs) if len(xs) < 2
            else statistics.stdev(xs), 2), f"{name}_min": round(min(xs), 2), f"{name}_max": round(max(xs), 2)}


def summarize(rows: list[dict[str, Any]], randoms: dict[str, dict]) -> list[dict[str, Any]]:
    """One summary row per game and arm, over seeds."""
    out = []
    for key in dict.fromkeys((r["game"], r["arm"], r["runner"], r["unit"]) for r in rows):
        mine = [r for r in rows if (r["game"], r["arm"], r["runner"], r["unit"]) == key]
        reached = [r["steps_to_threshold"] for r in mine if not math.isnan(r["steps_to_threshold"])]
        rand = randoms.get(key[0], {})
        out.append({"game": key[0], "arm": key[1], "runner": key[2], "episode": key[3], "seeds": len(mine),
                    "env_steps": min(r["env_steps"] for r in mine),
                    **spread([r["final_game_score"] for r in mine], "final"),
                    **spread([r["mean_game_score_auc"] for r in mine], "auc"),
                    "threshold": mine[0]["threshold"], "reached": f"{len(reached)}/{len(mine)}",
                    **spread(reached, "steps_to_threshold"),
                    "steps_per_s": round(statistics.fmean(r["steps_per_s"] for r in mine), 1),
                    "random_score": rand.get("per_game" if key[3] == "game" else "per_life", math.nan),
                    "human_score": HUMAN.get(key[0], math.nan)})
    return out


def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    write_atomic(path, buffer.getvalue())


def plot_game(runs: list[Path], png: Path, random_score: float | None, threshold: float | None) -> Path:
    """Game score and auxiliary return against env steps: mean over seeds per arm, min-max band."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    infos = [run_info(r) for r in runs]
    game, unit = infos[0]["game"], infos[0]["unit"]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 6.5), sharex=True, height_ratios=(2, 1))
    for arm, colour in (("shaped", "C0"), ("unshaped", "C1")):
        mine = [read_metrics(r) for r, i in zip(runs, infos) if i["arm"] == arm]
        for axis, key in ((top, "game_score"), (bottom, "aux_return")):
            curves = [[(r["env_steps"], r[key]) for r in rows if not math.isnan(r[key])] for rows in mine]
            curves = [c for c in curves if len(c) > 1]
            if not curves:
                continue
            grid = np.linspace(max(c[0][0] for c in curves), min(c[-1][0] for c in curves), 200)
            ys = np.array([np.interp(grid, [p[0] for p in c], [p[1] for p in c]) for c in curves])
            axis.plot(grid, ys.mean(0), color=colour, label=f"{arm} (mean of {len(curves)} seed{'s' * (len(curves) > 1)})")
            if len(curves) > 1:
                axis.fill_between(grid, ys.min(0), ys.max(0), color=colour, alpha=0.2, linewidth=0)
    if random_score is not None and not math.isnan(random_score):
        top.axhline(random_score, color="grey", linestyle="--", linewidth=1, label=f"random play ({random_score:,.1f})")
    if threshold is not None:
        top.axhline(threshold, color="grey", linestyle=":", linewidth=1, label=f"threshold ({threshold:,.0f})")
    if game in HUMAN:
        top.text(0.99, 0.02, f"human: {HUMAN[game]:,.1f} per game", transform=top.transAxes, ha="right", va="bottom",
                 fontsize=8, color="dimgrey")
    per = "game" if unit == "game" else "episode (a life)"
    top.set_title(f"{game}: shaped vs unshaped, band = min-max over seeds", fontsize=10)
    top.set_ylabel(f"game score per {per}\n(unshaped)")
    bottom.set_ylabel("auxiliary return\nper episode")
    bottom.set_xlabel("env steps")
    top.legend(fontsize=8, loc="upper left")
    for axis in (top, bottom):
        axis.grid(alpha=0.3)
    from read_reward.train import save_png

    return save_png(fig, png)


def report(runs: list[Path], out_dir: Path, thresholds: dict[str, float] | None = None,
           randoms: dict[str, dict] | None = None) -> list[dict[str, Any]]:
    """runs.csv, summary.csv and one PNG per game for these run folders; prints the summary."""
    thresholds = thresholds or {}
    rows = [run_row(r, thresholds.get(run_info(r)["game"])) for r in runs]
    games = list(dict.fromkeys(r["game"] for r in rows))
    randoms = randoms if randoms is not None else random_play(games)
    summary = summarize(rows, randoms)
    write_csv(out_dir / "runs.csv", rows)
    write_csv(out_dir / "summary.csv", summary)
    for game in games:
        mine = [(run, row) for run, row in zip(runs, rows) if row["game"] == game]
        unit = mine[0][1]["unit"]
        rand = randoms.get(game, {}).get("per_game" if unit == "game" else "per_life")
        plot_game([run for run, _ in mine], out_dir / f"{game}.png", rand, mine[0][1]["threshold"])
    print(f"\n{'game':9} {'arm':9} {'seeds':>5} {'final mean (min..max)':>28} {'AUC mean (min..max)':>28} "
          f"{'threshold':>10} {'reached':>7} {'steps to it (mean)':>18}")
    for s in summary:
        def band(name: str) -> str:
            return f"{s[f'{name}_mean']:,.1f} ({s[f'{name}_min']:,.1f}..{s[f'{name}_max']:,.1f})"
        print(f"{s['game']:9} {s['arm']:9} {s['seeds']:>5} {band('final'):>28} {band('auc'):>28} "
              f"{s['threshold'] if s['threshold'] is not None else '-':>10} {s['reached']:>7} "
              f"{s['steps_to_threshold_mean']:>18,.0f}")
    print(f"(game score per {'game' if rows[0]['unit'] == 'game' else 'episode'}, without the auxiliary reward; "
          f"CSVs and PNGs in {out_dir})", flush=True)
    return summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--random", action="store_true", help="measure random play (cached) and print it")
    ap.add_argument("--games", default="skiing,breakout,mspacman")
    ap.add_argument("--episodes", type=int, default=30)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("runs", nargs="*", type=Path, help="run folders to report (into the first one's parent)")
    args = ap.parse_args()
    if args.random:
        print(json.dumps(random_play(args.games.split(","), args.episodes, args.seed), indent=2))
    missing = [str(r) for r in args.runs if not (r / "run.json").is_file() or not (r / "metrics.csv").is_file()]
    if missing:
        print(f"error: not a run folder (no run.json and metrics.csv): {', '.join(missing)}; pass the folders "
              f"a learning runner wrote", file=sys.stderr)
        return 2
    if args.runs:
        report(args.runs, args.runs[0].parent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
