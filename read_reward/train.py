"""Train an Atari agent with RLlib and the card's auxiliary reward; one machine or a Ray cluster.

A run folder holds everything needed to read, compare and resume a run:
`run.json` (what was asked), `config.yaml` (the RLlib config used), `card.json`, `metrics.csv`
(one row per training iteration), `curve.png`, and `checkpoint/` (the latest, replaced atomically).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import shutil
import time
from pathlib import Path
from typing import Any, Callable

import yaml

from read_reward.card import GameCard, load_card, save_card, write_atomic
from read_reward.errors import InputError
from read_reward.games import cards_dir, game_info, manual_for

CONFIGS = Path(__file__).resolve().parent.parent / "rllib_configs"
DEFAULT_CONFIG = CONFIGS / "ppo_cpu.yaml"
ENV_NAME = "read_reward_atari"
ALGORITHMS = {"PPO": ("ray.rllib.algorithms.ppo", "PPOConfig"),
              "APPO": ("ray.rllib.algorithms.appo", "APPOConfig"),
              "IMPALA": ("ray.rllib.algorithms.impala", "IMPALAConfig")}
# Sections passed to the AlgorithmConfig method of the same name; their keys are its attributes.
RLLIB_SECTIONS = ("env_runners", "training", "learners", "fault_tolerance")
OWN_KEYS = {"env": {"dim", "framestack", "frameskip", "repeat_action_probability", "frames", "stack"},
            "shaping": {"scale", "passing_scale", "cap", "decay_steps", "clip_game_reward", "game_reward_scale", "symlog_game_reward",
                        "penalty_ramp_steps"},
            "run": {"steps", "checkpoint_every", "torch_threads"},
            "learner": {"value_clip", "init", "adv_norm", "adam_eps"}}  # PPO only: read_reward.ppo_learner
SECTIONS = {"algorithm", "model", *RLLIB_SECTIONS, *OWN_KEYS}
FIELDS = ["iteration", "env_steps", "seconds", "steps_per_s", "game_score", "aux_return", "episode_return"]


@dataclasses.dataclass
class RunSpec:
    """What a run was asked to do (saved as run.json, read back by --resume)."""

    game: str
    config: dict[str, Any]
    steps: int
    seed: int = 0
    shaping: bool = True
    env_runners: int | None = None


def load_config(path: str | Path) -> dict[str, Any]:
    """Read and check an RLlib config YAML; a bad key is an InputError that names it."""
    path = Path(path)
    if not path.is_file() and (CONFIGS / path).is_file():
        path = CONFIGS / path
    if not path.is_file():
        raise InputError(f"config {path} not found; pick one of rllib_configs/: "
                         f"{', '.join(p.name for p in sorted(CONFIGS.glob('*.yaml')))}")
    try:
        cfg = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputError(f"config {path} is not valid YAML ({exc.__class__.__name__}); fix it") from None
    check_config(cfg, str(path))
    return cfg


def check_config(cfg: Any, where: str = "config") -> None:
    """Every section and key must be known: typos fail here, not after Ray has started."""
    if not isinstance(cfg, dict):
        raise InputError(f"{where}: expected a mapping of sections ({', '.join(sorted(SECTIONS))})")
    for section in cfg:
        if section not in SECTIONS:
            raise InputError(f"{where}: unknown key '{section}'; sections are {', '.join(sorted(SECTIONS))}")
    if cfg.get("algorithm") not in ALGORITHMS:
        raise InputError(f"{where}: 'algorithm' must be one of {', '.join(ALGORITHMS)}, got {cfg.get('algorithm')!r}")
    for section in SECTIONS - {"algorithm"}:
        if not isinstance(cfg.get(section, {}), dict):
            raise InputError(f"{where}: '{section}' must be a mapping")
    for section, keys in OWN_KEYS.items():
        for key in cfg.get(section, {}):
            if key not in keys:
                raise InputError(f"{where}: unknown key '{section}.{key}'; allowed: {', '.join(sorted(keys))}")
    algo_config = _algo_config_class(cfg["algorithm"])()
    for section in RLLIB_SECTIONS:
        for key in cfg.get(section, {}):
            if not hasattr(algo_config, key):
                raise InputError(f"{where}: unknown key '{section}.{key}' for {cfg['algorithm']} "
                                 f"(see AlgorithmConfig.{section}() in the RLlib docs)")
    _check_learner(cfg.get("learner", {}), cfg["algorithm"], where)
    if cfg.get("env", {}).get("frames", "signed") not in ("signed", "unit"):
        raise InputError(f"{where}: 'env.frames' must be signed ([-1, 1], RLlib's) or unit ([0, 1]), "
                         f"got {cfg['env']['frames']!r}")
    if cfg.get("env", {}).get("stack", "rllib") not in ("rllib", "gymnasium"):
        raise InputError(f"{where}: 'env.stack' must be rllib or gymnasium (CleanRL's), got {cfg['env']['stack']!r}")
    from ray.rllib.core.rl_module.default_model_config import DefaultModelConfig

    model_keys = {f.name for f in dataclasses.fields(DefaultModelConfig)}
    for key in cfg.get("model", {}):
        if key not in model_keys:
            raise InputError(f"{where}: unknown key 'model.{key}' (see RLlib's DefaultModelConfig)")


def _check_learner(options: dict[str, Any], algorithm: str, where: str) -> None:
    if options and algorithm != "PPO":
        raise InputError(f"{where}: 'learner' options are for PPO only; remove them or use algorithm: PPO")
    clip = options.get("value_clip")
    if clip is not None and (isinstance(clip, bool) or not isinstance(clip, (int, float)) or not 0 < clip < math.inf):
        raise InputError(f"{where}: 'learner.value_clip' must be a positive number (CleanRL: 0.1) or null, got {clip!r}")
    if options.get("init", "rllib") not in ("rllib", "orthogonal"):
        raise InputError(f"{where}: 'learner.init' must be rllib or orthogonal, got {options.get('init')!r}")
    if options.get("adv_norm", "batch") not in ("batch", "minibatch"):
        raise InputError(f"{where}: 'learner.adv_norm' must be batch or minibatch, got {options.get('adv_norm')!r}")
    eps = options.get("adam_eps")
    if eps is not None and (isinstance(eps, bool) or not isinstance(eps, (int, float)) or not 0 < eps < 1):
        raise InputError(f"{where}: 'learner.adam_eps' must be a number between 0 and 1 (CleanRL: 1e-5) or null, got {eps!r}")


def _algo_config_class(name: str) -> type:
    import importlib

    module, cls = ALGORITHMS[name]
    return getattr(importlib.import_module(module), cls)


def ensure_card(game: str, progress: Callable[[str], None] | None = None) -> GameCard:
    """The user's card for `game`, built from its registered manual with the embedded models if missing."""
    info = game_info(game)
    path = cards_dir() / f"{info.short}.json"
    if path.is_file():
        return load_card(path)
    from read_reward.embedding import use_one_thread
    from read_reward.qa import EmbeddingExtractor
    from read_reward.read import build_card
    from read_reward.reasoning import EffectReasoner

    use_one_thread()
    card = build_card(manual_for(info.short), info.short, EmbeddingExtractor(), EffectReasoner(), progress=progress)
    save_card(card, path)
    return card


def algorithm_config(spec: RunSpec, card: GameCard) -> Any:
    """The RLlib AlgorithmConfig of a run: env, runners, model, callback with the card."""
    from read_reward.shaping import ReadRewardCallback, Shaping

    cfg = spec.config
    options = cfg.get("shaping") or {}
    shaping = Shaping(**options)
    if not spec.shaping:  # baselines: no auxiliary reward, the same game reward
        shaping = dataclasses.replace(shaping, enabled=False)
    config = (_algo_config_class(cfg["algorithm"])()
              .environment(ENV_NAME, env_config={"env_id": card.env_id, **cfg.get("env", {})})
              .callbacks(ReadRewardCallback.for_card(card, shaping))
              .debugging(seed=spec.seed))
    for section in RLLIB_SECTIONS:
        if cfg.get(section):
            getattr(config, section)(**cfg[section])
    if spec.env_runners is not None:  # the config's fragment length was sized for its own runner count
        config.env_runners(num_env_runners=spec.env_runners, rollout_fragment_length="auto")
    if cfg.get("model"):
        config.rl_module(model_config=cfg["model"])
    if cfg.get("learner"):  # checked: PPO only
        from read_reward.ppo_learner import ReadRewardPPOLearner

        config.learners(learner_class=ReadRewardPPOLearner, learner_config_dict=dict(cfg["learner"]))
        if cfg["learner"].get("value_clip") is not None:  # PPO2's clip replaces RLlib's clamp of the loss
            config.training(vf_clip_param=math.inf)
    return config


def train(spec: RunSpec, out: Path, *, address: str | None = None, resume: bool = False,
          say: Callable[[str], None] = print) -> Path:
    """Train until `spec.steps` env steps, checkpointing into `out`. Ctrl-C saves and re-raises."""
    import ray
    import torch
    from ray import tune

    from read_reward.rllib import atari_env

    torch.set_num_threads(spec.config.get("run", {}).get("torch_threads", 1))
    if not resume and (out / "run.json").exists():
        raise InputError(f"{out} already holds a run; pass --resume {out} to continue it, or another --out")
    card = load_card(out / "card.json") if resume else ensure_card(spec.game, say)
    started_ray = not ray.is_initialized()
    if started_ray:
        try:
            ray.init(address=address, include_dashboard=False, log_to_driver=False,
                     runtime_env={"env_vars": {"PYTHONWARNINGS": "ignore"}})
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise InputError(f"cannot connect to the Ray cluster at {address!r} ({exc.__class__.__name__}); start "
                             "it with `ray start --head` (then --address auto) or fix --address") from None
    try:
        tune.register_env(ENV_NAME, atari_env)
        try:
            algo = algorithm_config(spec, card).build_algo()
        except ValueError as exc:  # RLlib's own config validation
            raise InputError(f"RLlib rejected the config: {str(exc).splitlines()[0]}") from None
        if not resume:  # written only once RLlib accepted the config: no half-made run folders
            _start_run_folder(spec, card, out)
        try:
            if resume:
                algo.restore_from_path(str((out / "checkpoint").resolve()))
            _loop(algo, spec, out, card, say)
        finally:
            algo.stop()
    finally:
        if started_ray:
            ray.shutdown()
    return out


def _start_run_folder(spec: RunSpec, card: GameCard, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / "run.json", json.dumps(dataclasses.asdict(spec), indent=2) + "\n")
    write_atomic(out / "config.yaml", yaml.safe_dump(spec.config, sort_keys=False))
    save_card(card, out / "card.json")


def read_spec(out: Path) -> RunSpec:
    """The RunSpec of an existing run folder (for --resume)."""
    path = out / "run.json"
    if not path.is_file() or not (out / "checkpoint").is_dir():
        raise InputError(f"{out} is not a resumable run folder (needs run.json and checkpoint/); "
                         "start one with `read-reward train <game> --out DIR`")
    return RunSpec(**json.loads(path.read_text()))


def _loop(algo: Any, spec: RunSpec, out: Path, card: GameCard, say: Callable[[str], None]) -> None:
    from read_reward.shaping import count_names

    every = spec.config.get("run", {}).get("checkpoint_every", 5)
    names = count_names(card)  # hits per object, and gates passed where the card rewards passing
    steps = _env_steps(algo)
    kept = _drop_rows_after(out / "metrics.csv", steps)
    done = kept[-1] if kept else {"iteration": 0, "seconds": 0.0}
    iteration = int(done["iteration"])
    start = time.perf_counter() - done["seconds"]  # a resumed run keeps counting its wall time
    recent: dict[str, Any] = {}
    try:
        while steps < spec.steps:
            result = algo.train()
            iteration += 1
            row = metrics_row(result, iteration, names, time.perf_counter() - start)
            steps = row["env_steps"]
            _append_row(out / "metrics.csv", row, names)
            # Most iterations end no episode (a Skiing run is ~4,000 steps): show the latest known values.
            recent.update({k: v for k, v in row.items() if not (isinstance(v, float) and math.isnan(v))})
            say(progress_line({**row, **recent}, spec.steps, names))
            if iteration % every == 0:
                save_checkpoint(algo, out)
    except KeyboardInterrupt:
        save_checkpoint(algo, out)
        plot_runs([out], out / "curve.png")
        raise
    save_checkpoint(algo, out)
    plot_runs([out], out / "curve.png")


def _env_steps(algo: Any) -> int:
    """Env steps sampled so far (restored with a checkpoint; it counts an iteration cut by Ctrl-C)."""
    try:
        return int(algo.metrics.peek(("env_runners", "num_env_steps_sampled_lifetime"), default=0))
    except Exception:  # noqa: BLE001  (an algorithm without a metrics logger starts from 0)
        return 0


def metrics_row(result: dict[str, Any], iteration: int, names: list[str], seconds: float) -> dict[str, Any]:
    """One metrics.csv row from an RLlib result dict."""
    runners = result.get("env_runners", {})
    read = runners.get("read_reward", {})
    steps = int(runners.get("num_env_steps_sampled_lifetime", result.get("num_env_steps_sampled_lifetime", 0)))
    row = {"iteration": iteration, "env_steps": steps, "seconds": round(seconds, 2),
           "steps_per_s": round(runners.get("num_env_steps_sampled", 0) / max(result.get("time_this_iter_s", 0), 1e-9), 1),
           "game_score": read.get("game_score_mean", math.nan), "aux_return": read.get("aux_return_mean", math.nan),
           "episode_return": runners.get("episode_return_mean", math.nan)}
    for name in names:
        row[f"hits_{name}"] = read.get("hits_mean", {}).get(name, math.nan)
    return row


def progress_line(row: dict[str, Any], target: int, names: list[str]) -> str:
    """One line of training progress: steps / target, speed, recent scores and hits, ETA."""
    steps, rate = row["env_steps"], row["steps_per_s"]
    eta = (target - steps) / rate if rate > 0 else math.inf
    hits = " ".join(f"{n} {row[f'hits_{n}']:.1f}" for n in names if not math.isnan(row[f"hits_{n}"]))
    return (f"[{min(steps / target, 1):4.0%}] {steps:,}/{target:,} env steps | {rate:,.0f} steps/s | "
            f"game score {row['game_score']:.1f} | aux {row['aux_return']:.1f} | hits {hits or '-'} | "
            f"ETA {_duration(eta)}")


def _duration(seconds: float) -> str:
    if math.isinf(seconds):
        return "?"
    minutes, secs = divmod(int(max(seconds, 0)), 60)
    return f"{minutes // 60}h{minutes % 60:02d}m" if minutes >= 60 else f"{minutes}m{secs:02d}s"


def _append_row(path: Path, row: dict[str, Any], names: list[str]) -> None:
    fields = FIELDS + [f"hits_{n}" for n in names]
    new = not path.exists()
    with path.open("a", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        if new:
            writer.writeheader()
        writer.writerow(row)


def _drop_rows_after(path: Path, steps: int) -> list[dict[str, float]]:
    """Keep the metrics rows up to `steps` env steps (the checkpoint's): a run that crashed after its
    last checkpoint wrote rows that the resumed run will redo. Returns the rows kept."""
    if not path.is_file():
        return []
    with path.open(newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames or [], list(reader)
    kept = [row for row in rows if float(row["env_steps"]) <= steps]
    if len(kept) < len(rows):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
        write_atomic(path, buffer.getvalue())
    return read_metrics(path.parent)


def read_metrics(run: Path) -> list[dict[str, float]]:
    path = run / "metrics.csv"
    if not path.is_file():
        raise InputError(f"{run} has no metrics.csv; is it a run folder from `read-reward train`?")
    with path.open() as fh:
        return [{k: float(v) if v not in ("", "nan") else math.nan for k, v in row.items()} for row in csv.DictReader(fh)]


def save_checkpoint(algo: Any, out: Path) -> Path:
    """Save into checkpoint.tmp, then swap it in: an interrupted save leaves the previous one intact."""
    final, tmp, old = out / "checkpoint", out / "checkpoint.tmp", out / "checkpoint.old"
    shutil.rmtree(tmp, ignore_errors=True)
    algo.save_to_path(str(tmp.resolve()))
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    return final


def plot_runs(runs: list[Path], png: Path) -> Path:
    """Game score (unshaped) and auxiliary return against env steps, one line per run."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 6), sharex=True)
    specs = [json.loads((run / "run.json").read_text()) if (run / "run.json").exists() else {} for run in runs]
    shaped = [spec.get("shaping", True) for spec in specs]
    by_kind = len(set(shaped)) == 2  # shaped vs unshaped: one colour each, one line style per run of a kind
    seen = {True: 0, False: 0}
    for run, kind in zip(runs, shaped):
        rows = read_metrics(run)
        label = f"{run.name} ({'shaped' if kind else 'unshaped'})"
        style = {}
        if by_kind:
            style = {"color": "C0" if kind else "C1", "linestyle": ("-", "--", ":", "-.")[seen[kind] % 4]}
            seen[kind] += 1
        for axis, key in ((top, "game_score"), (bottom, "aux_return")):
            points = [(r["env_steps"], r[key]) for r in rows if not math.isnan(r[key])]  # nan: no episode ended
            axis.plot([p[0] for p in points], [p[1] for p in points], marker="o", markersize=3, label=label, **style)
    top.set_ylabel("game score per episode\n(unshaped)")
    bottom.set_ylabel("auxiliary return\nper episode")
    bottom.set_xlabel("env steps")
    top.legend(fontsize=8)
    top.grid(alpha=0.3)
    bottom.grid(alpha=0.3)
    return save_png(fig, png)


def save_png(fig: Any, png: Path) -> Path:
    """Write a matplotlib figure atomically (a reader never sees half a PNG) and close it."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    tmp = png.with_name(f".{png.name}.tmp.png")
    fig.savefig(tmp, dpi=110)
    plt.close(fig)
    tmp.replace(png)
    return png
