"""The paper's claim, measured here: PPO with the manual's auxiliary reward vs without, same seeds,
same env steps. Runs shaped and unshaped PPO per game and seed, then writes `summary.csv` (per game
and arm: mean, std, min, max over seeds of the final score, the area under the curve and the steps
to a threshold score), `runs.csv` (one row per run) and one PNG per game (mean over seeds, min-max
band, random play and the human score) with `learning_report.py`.

    python benchmarks/learning.py [--games skiing,breakout] [--steps 150000] [--seeds 0,1,2]
        [--runner rllib|gym|sb3] [--variant clipped|scaled|symlog|entropy|entfloor|fade|ramp|gamma999|gates|gates4|gates8|contacts|vf|vfsep|cleanrl|nokl|vclip|ortho|cleannet|advmb|eps5|vf25|unitframes|gymstack|rllibnet|freevalue|approach|a2c[,...]]
        [--out DIR]

Runners: `rllib` (`read-reward train`'s PPO, `--config`, one run at a time), `gym` (plain PyTorch
PPO, `learning_gym.py`: `--device cuda`, `--jobs N` runs side by side) and `sb3` (Stable-Baselines3
PPO, `learning_sb3.py`). Runs go seed by seed (every game's seed 0 pair, then seed 1...); a finished
run is kept, an interrupted one resumed, so stop at any time and run the same command again.
`--time-limit` stops (with checkpoints) before a deadline; `--report-only` rewrites the summary.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from read_reward.card import load_card, save_card  # noqa: E402
from read_reward.errors import InputError  # noqa: E402
from read_reward.train import read_metrics  # noqa: E402
from learning_report import report  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
CARDS = RESULTS / "cards"  # the cards the gym and SB3 runs read (built once from the bundled manuals)
# Reward variants for Skiing's plateau, as RLlib config overrides; `gym_flags` turns them into
# learning_gym.py / learning_sb3.py flags. None of them is game-specific. `card.passing` picks the card
# instead (both runners): the frozen card of benchmarks/results/cards with the manual's "pass between"
# rewards (True) or without any (False); see `card_path`.
VARIANTS: dict[str, dict[str, Any]] = {
    "clipped": {},  # today's default: sign(game reward) + auxiliary reward
    "scaled": {"shaping.clip_game_reward": False, "shaping.game_reward_scale": 0.01},  # Skiing: ~-0.07 a step
    "symlog": {"shaping.clip_game_reward": False, "shaping.symlog_game_reward": True},
    "entropy": {"training.entropy_coeff": [[0, 0.05], [250_000, 0.01]]},  # explore more early, then as before
    "entfloor": {"training.entropy_coeff": [[0, 0.05]]},  # explore 5x more the whole run (no fall to 0.01)
    "fade": {"shaping.decay_steps": 250_000},  # the manual's reward fades out over the first 250k steps
    "ramp": {"shaping.penalty_ramp_steps": 250_000},  # the manual's penalties come in over the first 250k steps
    "gamma999": {"training.gamma": 0.999},  # returns that see an episode's end (Skiing: 500-4,500 steps)
    "gates": {"card.passing": True},  # + the manual's reward for passing between objects (Skiing: +5 a gate)
    "gates4": {"card.passing": True, "shaping.passing_scale": 4.0},  # that reward x4 (Skiing: +20 a gate, -5 a tree)
    "gates8": {"card.passing": True, "shaping.passing_scale": 8.0},  # x8 (Skiing: +40 a gate, -5 a tree)
    "contacts": {"card.passing": False},  # the same card with contact rewards only (the card before version 3)
    # RLlib clamps the value loss at vf_clip_param (10): past ~3 off the critic gets no gradient, and Skiing's
    # returns are -100 to -1,000; this lifts the clamp (RLlib only: the other runners have no such clamp)
    "vf": {"training.vf_clip_param": 10_000.0},
    # a critic of its own: the value loss's gradients no longer move the policy's conv features (RLlib only)
    "vfsep": {"model.vf_share_layers": False},
    # the gym runner's PPO settings (CleanRL's Atari PPO, where gates8 got 3 of 3 Skiing agents down) on RLlib:
    # 8 envs x 128 steps, 4 epochs of 4 minibatches, lr 2.5e-4 falling linearly to 0 at 500k env steps
    "cleanrl": {"env_runners.num_envs_per_env_runner": 8, "training.train_batch_size_per_learner": 1024,
                "training.minibatch_size": 256, "training.num_epochs": 4,
                "training.lr": [[0, 2.5e-4], [500_000, 0.0]]},
    # no KL penalty (RLlib's PPO adds one by default, coefficient 0.2, adapted to a 0.01 target; CleanRL has none)
    "nokl": {"training.use_kl_loss": False},
    # PPO2's clipped value loss (CleanRL: the prediction moves at most 0.1 per update) instead of RLlib's
    # clamp of the loss, and CleanRL's orthogonal init (policy logits x0.01): what the gym runner does (RLlib only)
    "vclip": {"learner.value_clip": 0.1},
    "ortho": {"learner.init": "orthogonal"},
    # the gym runner's network in RLlib's config: valid-padded convolutions and a 256-channel 4x4 convolution
    # that is its shared 256-unit layer, linear heads (294,260 weights each; RLlib's for ppo_cpu.yaml: 2.1M)
    "cleannet": {"model.conv_filters": [[16, [8, 8], 4, "valid"], [32, [4, 4], 2, "valid"], [64, [3, 3], 1, "valid"],
                                        [256, [4, 4], 1, "valid"]],
                 "model.head_fcnet_hiddens": []},
    # the rest of CleanRL's PPO that RLlib does otherwise (RLlib only): advantages standardised per minibatch,
    # Adam's epsilon 1e-5, the value loss weighed 0.25 x its squared error (CleanRL's 0.5 x 0.5), frames in [0, 1]
    "advmb": {"learner.adv_norm": "minibatch"},
    "eps5": {"learner.adam_eps": 1e-5},
    "vf25": {"training.vf_loss_coeff": 0.25},
    "unitframes": {"env.frames": "unit"},
    # gymnasium's AtariPreprocessing and frame stack (the gym runner's) instead of RLlib's Atari wrappers
    "gymstack": {"env.stack": "gymnasium"},
    # the other way round (gym runner only): RLlib's CNN for ppo_cpu.yaml's model in the gym runner, "same"
    # padding, frames in [-1, 1], a 256-unit layer in each head (2.1M weights against 0.3M)
    "rllibnet": {"gym.rllib_net": True},
    # potential-based shaping toward what the card rewards (read_reward.approach): up to +10 for nearing the next
    # gate not yet crossed (Skiing), the ball (Breakout), a pill (Ms. Pac-Man), paid back on leaving it
    "approach": {"shaping.approach_scale": 10.0},
    # the gym runner's critic without PPO2's value clipping (a prediction moves <= 0.1 per iteration with it)
    "freevalue": {"gym.unclipped_value": True},
    # SB3's A2C at rl-zoo's Atari settings instead of PPO (sb3 runner only): the paper's algorithm family
    "a2c": {"sb3.algo": "a2c"},
}
CARD_KEY = "card.passing"


def variant(names: str) -> dict[str, Any]:
    """The overrides of one variant or of several joined by commas (`gamma999,scaled`)."""
    merged: dict[str, Any] = {}
    for name in names.split(","):
        if name not in VARIANTS:
            raise InputError(f"unknown variant {name!r}; pick from {', '.join(VARIANTS)} (or join some with commas)")
        merged.update(VARIANTS[name])
    return merged


def gym_flags(overrides: dict[str, Any], runner: str) -> list[str]:
    """A variant's overrides as learning_gym.py / learning_sb3.py flags."""
    flags = []
    for key, value in overrides.items():
        if key == CARD_KEY:  # picks the card (`card_path`), not an option
            continue
        if key.startswith("learner.") and runner == "gym":  # the gym runner always clips and inits so
            continue
        if key == "gym.rllib_net" and runner == "gym":
            flags.append("--rllib-net")
            continue
        if key == "gym.unclipped_value" and runner == "gym":
            flags.append("--unclipped-value")
            continue
        if key == "sb3.algo" and runner == "sb3":
            flags += ["--algo", value]
            continue
        if key == "shaping.clip_game_reward" and not value:
            flags.append("--no-clip-game-reward")
        elif key == "shaping.symlog_game_reward" and value:
            flags.append("--symlog-game-reward")
        elif key == "shaping.game_reward_scale":
            flags += ["--game-reward-scale", str(value)]
        elif key == "training.gamma":
            flags += ["--gamma", str(value)]
        elif key == "shaping.decay_steps":
            flags += ["--aux-decay-steps", str(value)]
        elif key == "shaping.penalty_ramp_steps":
            flags += ["--penalty-ramp-steps", str(value)]
        elif key == "shaping.passing_scale":
            flags += ["--passing-scale", str(value)]
        elif key == "shaping.approach_scale" and runner == "gym":
            flags += ["--approach-scale", str(value)]
        elif key == "training.entropy_coeff" and runner in ("gym", "sb3"):
            flags += ["--ent-coef", ",".join(f"{s}:{v}" for s, v in value)]
        else:
            raise InputError(f"the {runner} runner has no option for {key}; pick another variant or runner")
    return flags


def with_overrides(config: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """A copy of an RLlib config with dotted `section.key` overrides, checked like a config file."""
    from read_reward.train import check_config

    config = {k: dict(v) if isinstance(v, dict) else v for k, v in config.items()}
    for dotted, value in overrides.items():
        if dotted == CARD_KEY:
            continue
        section, key = dotted.split(".")
        if section in ("gym", "sb3"):
            raise InputError(f"{dotted} is an option of the {section} runner only; add --runner {section} or drop the variant")
        config.setdefault(section, {})[key] = value
    check_config(config, "variant")
    return config


def card_path(game: str, passing: bool | None = None) -> Path:
    """The game's card for the gym and SB3 runners: benchmarks/results/cards/<game>.json, built from
    the bundled manual (the card `read-reward train` would build) the first time. `passing` True:
    <game>-gates.json, that card with the "pass between" rewards the bundled manual gives
    (`read_reward.passes`, through `build_card`), the contact rewards unchanged; False:
    <game>-contacts.json, that card without any."""
    path = CARDS / f"{game}.json"
    if not path.is_file():
        from read_reward.train import ensure_card

        save_card(ensure_card(game, lambda m: print(m, flush=True)), path)
    if passing is None:
        return path
    variant = CARDS / f"{game}-{'gates' if passing else 'contacts'}.json"
    if not variant.is_file():
        card = load_card(path)
        read = {o.name: o for o in _built_card(game).objects} if passing else {}
        for obj in card.objects:
            obj.passing = read[obj.name].passing if obj.name in read else 0.0
            obj.passing_evidence = read[obj.name].passing_evidence if obj.name in read else ""
        save_card(card, variant)
    return variant


def _built_card(game: str) -> Any:
    """The card of the bundled manual, read now with the offline models."""
    from read_reward.embedding import use_one_thread
    from read_reward.games import manual_for
    from read_reward.qa import EmbeddingExtractor
    from read_reward.read import build_card
    from read_reward.reasoning import EffectReasoner

    use_one_thread()
    return build_card(manual_for(game), game, EmbeddingExtractor(), EffectReasoner())


@contextlib.contextmanager
def cards_home(home: Path, game: str, card: Path | None) -> Iterator[None]:
    """With `card`: `read-reward train` (the RLlib runner) reads it as the user's card of `game`
    (`$READ_REWARD_HOME` set to `home` meanwhile); without: nothing changes."""
    if card is None:
        yield
        return
    (home / "cards").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(card, home / "cards" / f"{game}.json")
    before = os.environ.get("READ_REWARD_HOME")
    os.environ["READ_REWARD_HOME"] = str(home)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("READ_REWARD_HOME", None)
        else:
            os.environ["READ_REWARD_HOME"] = before


def finished(run: Path, steps: int) -> bool:
    try:
        rows = read_metrics(run)
    except InputError:
        return False
    return bool(rows) and rows[-1]["env_steps"] >= steps


def run_rllib(game: str, seed: int, shaped: bool, config: dict, steps: int, out: Path) -> None:
    """One RLlib run, kept when finished, resumed when interrupted."""
    from read_reward.train import RunSpec, train

    say = lambda m: print(m, flush=True)  # noqa: E731
    spec = RunSpec(game, config, steps, seed, shaped)
    if finished(out, steps):
        return
    if (out / "checkpoint").exists():
        print(f"== {out.name} (resumed)", flush=True)
        train(spec, out, resume=True, say=say)
    else:
        print(f"== {out.name}", flush=True)
        shutil.rmtree(out, ignore_errors=True)
        train(spec, out, say=say)


def command(args: argparse.Namespace, game: str, seed: int, shaped: bool, out: Path, seconds: float | None) -> list[str]:
    """The learning_gym.py / learning_sb3.py command line of one run."""
    script = ROOT / "benchmarks" / f"learning_{args.runner}.py"
    passing = variant(args.variant).get(CARD_KEY)
    cmd = [sys.executable, str(script), game, "--out", str(out), "--card", str(card_path(game, passing)),
           "--seed", str(seed), "--steps", str(args.steps), "--device", args.device, "--num-envs", str(args.num_envs),
           *gym_flags(variant(args.variant), args.runner)]
    if args.runner == "gym":
        cmd += ["--log-every", str(args.log_every)]
    if seconds is not None:
        cmd += ["--time-limit", str(round(seconds))]
    return cmd + ([] if shaped else ["--no-shaping"])


def run_jobs(args: argparse.Namespace, todo: list[tuple[str, int, bool, Path]], deadline: float | None) -> int:
    """Run learning_<runner>.py for each pending run, `args.jobs` at a time, output relayed; exit
    codes other than 0 counted."""
    running: list[subprocess.Popen] = []

    def relay(proc: subprocess.Popen) -> None:
        for line in proc.stdout:
            print(line, end="", flush=True)

    queue = list(todo)
    try:
        return _run_queue(args, queue, running, relay, deadline)
    except KeyboardInterrupt:  # stop every run at a checkpoint (the runners checkpoint on SIGINT), then go
        for proc in running:
            proc.send_signal(signal.SIGINT)
        for proc in running:
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
        print("stopped; run the same command again to go on", flush=True)
        raise


def _run_queue(args: argparse.Namespace, queue: list, running: list, relay: Callable, deadline: float | None) -> int:
    failures = 0
    while queue or running:
        for proc in [p for p in running if p.poll() is not None]:
            running.remove(proc)
            failures += proc.returncode != 0
        left = None if deadline is None else deadline - time.time()
        while queue and len(running) < args.jobs and (left is None or left > 90):
            game, seed, shaped, out = queue.pop(0)
            print(f"== {out.name}{' (resumed)' if (out / 'checkpoint').exists() else ''}", flush=True)
            proc = subprocess.Popen(command(args, game, seed, shaped, out, None if left is None else left - 45),
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            threading.Thread(target=relay, args=(proc,), daemon=True).start()
            running.append(proc)
        if left is not None and left <= 90 and not running:
            if queue:
                print(f"under 90 s left: {', '.join(r[3].name for r in queue)} not started", flush=True)
            break
        time.sleep(1.0)
    return failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--games", default="skiing,breakout")
    ap.add_argument("--steps", type=int, default=150_000, help="env steps per run")
    ap.add_argument("--seeds", default="0", help="comma-separated; all games run seed 0 before any runs seed 1")
    ap.add_argument("--runner", choices=("rllib", "gym", "sb3"), default="rllib")
    ap.add_argument("--variant", default="clipped", help=f"one of {', '.join(VARIANTS)}, or several joined by commas")
    ap.add_argument("--config", default="ppo_cpu.yaml", help="rllib runner: the RLlib config")
    ap.add_argument("--device", default="cpu", help="gym and sb3 runners: cpu or cuda")
    ap.add_argument("--jobs", type=int, default=1, help="gym and sb3 runners: runs side by side")
    ap.add_argument("--num-envs", type=int, default=8, help="gym and sb3 runners: envs per run")
    ap.add_argument("--log-every", type=float, default=60.0, help="gym runner: seconds between progress lines")
    ap.add_argument("--time-limit", type=float, help="gym and sb3 runners: seconds; runs checkpoint and stop by then")
    ap.add_argument("--threshold", action="append", default=[], metavar="GAME=SCORE",
                    help="steps-to-threshold level (default: learning_report.THRESHOLDS)")
    ap.add_argument("--out", type=Path, help="default benchmarks/results/learning[-RUNNER][-VARIANT]")
    ap.add_argument("--report-only", action="store_true", help="no training: summary and PNGs of the runs in --out")
    ap.add_argument("--no-report", action="store_true", help="train only (e.g. where matplotlib is missing)")
    ap.add_argument("--prune-checkpoints", action="store_true",
                    help="delete finished runs' checkpoints (they can no longer be extended), to travel light")
    args = ap.parse_args()
    try:
        return run(args)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def run(args: argparse.Namespace) -> int:
    games, seeds = args.games.split(","), [int(s) for s in args.seeds.split(",")]
    overrides = variant(args.variant)
    suffix = "".join(f"-{part}" for part in (args.runner, *args.variant.split(",")) if part not in ("rllib", "clipped"))
    out_dir = args.out or RESULTS / f"learning{suffix}"
    thresholds = {}
    for item in args.threshold:
        game, _, level = item.partition("=")
        try:
            thresholds[game] = float(level)
        except ValueError:
            raise InputError(f"--threshold {item!r}: write GAME=SCORE, e.g. skiing=-25000") from None
    if args.runner == "rllib" and args.jobs != 1:
        raise InputError("--jobs is for the gym and sb3 runners; RLlib runs one at a time here")
    runs = [(game, seed, shaped, out_dir / f"{game}-{'shaped' if shaped else 'unshaped'}-seed{seed}")
            for seed in seeds for game in games for shaped in (True, False)]
    failures = 0
    if not args.report_only:
        if args.runner == "rllib":
            from read_reward.train import load_config

            config = with_overrides(load_config(args.config), overrides)
            for i, (game, seed, shaped, out) in enumerate(runs):
                card = card_path(game, overrides[CARD_KEY]) if CARD_KEY in overrides else None
                with cards_home(out_dir / "home", game, card):
                    run_rllib(game, seed, shaped, config, args.steps, out)
                if not shaped and not args.no_report:  # a pair done: report what is finished so far
                    _report([r[3] for r in runs[:i + 1]], out_dir, thresholds)
        else:
            gym_flags(overrides, args.runner)  # a variant the runner lacks: error before any run
            deadline = None if args.time_limit is None else time.time() + args.time_limit
            failures = run_jobs(args, [r for r in runs if not finished(r[3], args.steps)], deadline)
    if not args.no_report and (args.report_only or args.runner != "rllib"):  # rllib: reported after each pair
        _report([r[3] for r in runs], out_dir, thresholds)
    if args.prune_checkpoints:
        for *_, out in runs:
            if finished(out, args.steps):
                shutil.rmtree(out / "checkpoint", ignore_errors=True)
    pending = [r[3].name for r in runs if not finished(r[3], args.steps)]
    if pending:
        print(f"not finished: {', '.join(pending)}; run the same command again to go on", flush=True)
    return 1 if failures else 0


def _report(runs: list[Path], out_dir: Path, thresholds: dict[str, float]) -> None:
    have = [r for r in runs if (r / "metrics.csv").is_file() and read_metrics(r)]
    if have:
        report(have, out_dir, thresholds)


if __name__ == "__main__":
    sys.exit(main())
