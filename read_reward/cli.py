"""`read-reward` command line: read manuals into game cards and look at them."""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

from read_reward.errors import InputError
from read_reward.games import game_info

EMBEDDED = "embedding"
EMBEDDED_HEAD = "embedding-head"
EFFECTS = "effects"
EFFECTS_RULES = "effects-rules"


def _extractor(name: str):
    from read_reward import qa

    return qa.EmbeddingExtractor() if name == EMBEDDED else qa.SpanQAExtractor(name)


def _reasoner(name: str, url: str | None, key_env: str):
    from read_reward import reasoning

    if url:
        if name in (EMBEDDED, EMBEDDED_HEAD, EFFECTS, EFFECTS_RULES):
            raise InputError("--reasoner-url needs --reasoner <model name on that server>")
        reasoner = reasoning.OpenAIReasoner(url, name, api_key_env=key_env)
        reasoner.check_reachable()  # a dead server fails now, not after the manual is read
        return reasoner
    if name in (EFFECTS, EFFECTS_RULES):
        return reasoning.EffectReasoner(learned=name == EFFECTS)
    if name == EMBEDDED:
        return reasoning.EmbeddingReasoner()
    if name == EMBEDDED_HEAD:
        return reasoning.PolarityHeadReasoner()
    return reasoning.TransformersReasoner(name)


def _progress(quiet: bool):
    if quiet:
        return None
    from rich.console import Console

    console = Console(stderr=True)
    return lambda msg: console.print(f"[dim]· {msg}[/dim]", highlight=False)


def cmd_read(args: argparse.Namespace) -> int:
    from read_reward.card import load_card, save_card
    from read_reward.games import cards_dir, game_info
    from read_reward.read import build_card, load_overrides

    info = game_info(args.game)
    out = Path(args.out) if args.out else cards_dir() / f"{info.short}.json"
    if not Path(args.manual).exists():
        raise InputError(f"manual {args.manual} not found; pass the path of a .pdf, .txt or .md manual")
    if not args.magnitude > 0:
        raise InputError(f"--magnitude must be a positive number, got {args.magnitude}")
    overrides = load_overrides(args.overrides) if args.overrides else None
    previous = None
    if out.is_file() and not args.fresh:
        try:
            previous = load_card(out)
        except InputError as exc:
            raise InputError(f"{exc} (or pass --fresh to overwrite {out})") from None
    card = build_card(args.manual, info.short, _extractor(args.qa_model),
                      _reasoner(args.reasoner, args.reasoner_url, args.api_key_env),
                      magnitude=args.magnitude, overrides=overrides, previous=previous,
                      progress=_progress(args.quiet))
    save_card(card, out)
    from read_reward.view import show_card

    if not args.quiet:
        show_card(card)
    print(f"wrote {out}")
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    from read_reward.card import load_card
    from read_reward.games import cards_dir, short_name
    from read_reward.view import show_card

    path = Path(args.card)
    if not path.suffix == ".json":
        path = cards_dir() / f"{short_name(args.card)}.json"
        if not path.is_file():
            raise InputError(f"no card for '{args.card}' in {path.parent}; build it with "
                             f"`read-reward read <manual> --game {args.card}`")
    show_card(load_card(path), verbose=args.all)
    return 0


def cmd_add_manual(args: argparse.Namespace) -> int:
    from read_reward.games import add_manual

    path = add_manual(args.manual, args.game)
    print(f"registered {path}")
    if args.no_card:
        return 0
    args.manual, args.out, args.overrides, args.fresh = str(path), None, None, False
    return cmd_read(args)


def cmd_replay(args: argparse.Namespace) -> int:
    from read_reward.replay import replay
    from read_reward.shaping import find_card

    card = find_card(args.card or args.game)
    if args.card and card.game != game_info(args.game).short:
        raise InputError(f"--card {args.card} is for '{card.game}', not '{args.game}'; pass that game's card")
    stats = replay(card, args.out, policy=args.policy, steps=args.steps, seed=args.seed, scale=args.scale, fps=args.fps)
    print(f"wrote {args.out}: {stats.steps} steps, {stats.hits} hits, game score {stats.game_score:g}, "
          f"auxiliary reward {stats.aux_return:+g}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    import json

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from read_reward import audit
    from read_reward.card import load_card, save_card, write_atomic
    from read_reward.games import cards_dir, short_name
    from read_reward.view import show_audit

    args.frames = audit.DEFAULT_FRAMES if args.frames is None else args.frames
    args.window = audit.DEFAULT_WINDOW if args.window is None else args.window
    if args.frames <= 0:
        raise InputError(f"--frames must be a positive number of emulator frames, got {args.frames}")
    if args.window < 1:
        raise InputError(f"--window must be at least 1 frame, got {args.window}")
    card_path = Path(args.target) if args.target.endswith(".json") else None
    card = load_card(card_path) if card_path else None
    info = game_info(card.game if card else args.target)
    if card is None and (cards_dir() / f"{info.short}.json").is_file():
        card_path = cards_dir() / f"{info.short}.json"
        card = load_card(card_path)
    if card and (card.game != info.short or short_name(card.env_id) != info.short):
        raise InputError(f"the card {card_path} is for '{card.game}' ({card.env_id}), not '{info.short}'; "
                         f"rebuild it with `read-reward read <manual> --game {info.short}`")
    if (args.write_card or args.fill_unknown) and card is None:
        raise InputError(f"--write-card and --fill-unknown need a card, and '{info.short}' has none; build it with "
                         f"`read-reward read <manual> --game {info.short}` or pass its .json")
    console = Console(stderr=True)
    with Progress(TextColumn(f"auditing {info.short}"), BarColumn(), MofNCompleteColumn(), TextColumn("frames"),
                  TimeRemainingColumn(), console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("", total=args.frames)
        result = audit.run_audit(info, frames=args.frames, policy=args.policy, seed=args.seed, window=args.window,
                                 progress=lambda done: bar.update(task, completed=done))
    show_audit(info.short, result, card)
    if args.json:
        report = audit.report(info, result, card)
        write_atomic(Path(args.json), json.dumps(report, indent=2) + "\n")
        print(f"wrote {args.json}")
    if args.write_card or args.fill_unknown:
        card.audit = result
        filled = audit.fill_unknown(card, result) if args.fill_unknown else []
        save_card(card, card_path)
        print(f"wrote {card_path}" + (f" (decided from the game: {', '.join(filled)})" if filled else ""))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    import dataclasses

    from read_reward import train

    if args.steps is not None and args.steps <= 0:
        raise InputError(f"--steps must be a positive number of env steps, got {args.steps}")
    if args.env_runners is not None and args.env_runners < 0:
        raise InputError(f"--env-runners must be 0 or more, got {args.env_runners}")
    if args.resume:
        out = Path(args.resume)
        spec = train.read_spec(out)
        if args.steps:
            spec = dataclasses.replace(spec, steps=args.steps)
    else:
        if not args.game:
            raise InputError("train needs a game (e.g. `read-reward train skiing`) or --resume DIR")
        config = train.load_config(args.config)
        steps = args.steps or config.get("run", {}).get("steps", 200_000)
        spec = train.RunSpec(train.game_info(args.game).short, config, steps, args.seed, not args.no_shaping,
                             args.env_runners)
        out = Path(args.out) if args.out else Path("runs") / f"{spec.game}-{'unshaped' if args.no_shaping else 'shaped'}-seed{args.seed}"
    try:
        train.train(spec, out, address=args.address, resume=bool(args.resume))
    except KeyboardInterrupt:
        print(f"read-reward: interrupted; checkpoint saved, continue with `read-reward train --resume {out}`",
              file=sys.stderr)
        return 130
    print(f"run folder: {out} (metrics.csv, curve.png, checkpoint/)")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from read_reward.train import plot_runs, read_metrics

    runs = [Path(r) for r in args.runs]
    for run in runs:
        read_metrics(run)  # a clear error for a folder that is not a run
    print(f"wrote {plot_runs(runs, Path(args.out))}")
    return 0


def _model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--qa-model", default=EMBEDDED, metavar="ID|DIR",
                   help="extractive QA model: 'embedding' (offline default: packaged MiniLM retrieval) or "
                        "an HF id / local dir of an AutoModelForQuestionAnswering, e.g. deepset/roberta-large-squad2")
    p.add_argument("--reasoner", default=EFFECTS, metavar="ID|DIR|NAME",
                   help="yes/no reasoner: 'effects' (offline default: what the manual's sentences about the "
                        "object say contact does, by rules, then a learned reader where the rules are unsure), "
                        "'effects-rules' (the rules alone), 'embedding', 'embedding-head' (offline alternatives), "
                        "an HF id / local dir of a seq2seq or "
                        "causal LM, or the model name on the server given by --reasoner-url")
    p.add_argument("--reasoner-url", metavar="URL",
                   help="base URL of an OpenAI-compatible server, e.g. http://localhost:8000/v1 (vLLM, Ollama, llama.cpp)")
    p.add_argument("--api-key-env", default="OPENAI_API_KEY", metavar="VAR",
                   help="environment variable holding the server's API key (default OPENAI_API_KEY)")
    p.add_argument("--magnitude", type=float, default=5.0, help="reward for yes (+) / no (-) objects (default 5)")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the card's path")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="read-reward", description=__doc__)
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("read", help="read a manual and write the game card",
                       description="Read a manual (.pdf, scanned .pdf, .txt, .md) and write the game card.")
    p.add_argument("manual", help="path of the manual")
    p.add_argument("--game", required=True, help="ALE id or short name, e.g. ALE/Skiing-v5 or skiing")
    p.add_argument("--out", help="card path (default: $READ_REWARD_HOME/cards/<game>.json)")
    p.add_argument("--overrides", metavar="FILE",
                   help="YAML/JSON: objects: {Category: {manual_term: ..., decision: yes|no|unknown, reward: N}}")
    p.add_argument("--fresh", action="store_true", help="ignore hand edits in an existing card at --out")
    _model_options(p)
    p.set_defaults(func=cmd_read)

    p = sub.add_parser("card", help="show a game card", description="Show a game card as tables.")
    p.add_argument("card", help="a game name (card in $READ_REWARD_HOME/cards) or a card .json path")
    p.add_argument("--all", action="store_true", help="also list every key object and QA answer")
    p.set_defaults(func=cmd_card)

    p = sub.add_parser("add-manual", help="add a game's manual to your manuals and build its card",
                       description="Copy a manual into $READ_REWARD_HOME/manuals (PDFs are converted to "
                                   "Markdown once), register it for TF-IDF, and build its card.")
    p.add_argument("manual", help="path of the manual (.pdf, .txt, .md)")
    p.add_argument("--game", required=True, help="ALE id or short name")
    p.add_argument("--no-card", action="store_true", help="only register the manual")
    _model_options(p)
    p.set_defaults(func=cmd_add_manual)

    p = sub.add_parser("replay", help="play a game and render the objects and hits the detector sees",
                       description="Play a game and write a video of it with a box around every object the hit "
                                   "detector reads from the RAM, and each hit labelled with its reward.")
    p.add_argument("game", help="ALE id or short name; its card comes from $READ_REWARD_HOME/cards unless --card")
    p.add_argument("--card", help="the game card's .json path")
    p.add_argument("--policy", default="random", metavar="random|CHECKPOINT",
                   help="'random' (default) or an RLlib checkpoint directory (what algo.save() wrote)")
    p.add_argument("--steps", type=int, default=300, help="agent steps to play (default 300)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--fps", type=int, default=15, help="video frames per second (default 15)")
    p.add_argument("--scale", type=int, default=3, help="pixel scale of the video (default 3)")
    p.add_argument("--out", required=True, help="run.gif or run.mp4")
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("audit", help="check a card's decisions against the game itself",
                       description="Play the game (random or a trained policy) with the training hit detector and "
                                   "show, per object, what follows a contact: game reward and lives lost, against "
                                   "windows far from that object, beside the card's decisions. Exit 0 even when "
                                   "they disagree.")
    p.add_argument("target", metavar="GAME|CARD.json",
                   help="a game (its card in $READ_REWARD_HOME/cards is used when there is one) or a card's .json")
    p.add_argument("--frames", type=int, help="emulator frames to play (default 30000)")
    p.add_argument("--policy", default="random", metavar="random|CHECKPOINT",
                   help="'random' (default) or an RLlib checkpoint directory (what algo.save() wrote)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--window", type=int, metavar="FRAMES",
                   help="frames after a contact in which its effect is looked for (default 180, 3 s)")
    p.add_argument("--json", metavar="OUT", help="also write the report as JSON")
    p.add_argument("--write-card", action="store_true", help="store the audit in the card (decisions unchanged)")
    p.add_argument("--fill-unknown", action="store_true",
                   help="also decide the card's 'unknown' objects that the game clearly shows help or hurt "
                        "(marked as from the game); implies --write-card")
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser("train", help="train an Atari agent with RLlib and the manual's auxiliary reward",
                       description="Train with RLlib (PPO/APPO/IMPALA from rllib_configs/), the card's auxiliary "
                                   "reward added by ReadRewardCallback; builds the card if missing (embedded models). "
                                   "Writes a run folder: run.json, config.yaml, card.json, metrics.csv, curve.png, "
                                   "checkpoint/. Ctrl-C saves a checkpoint; --resume continues.")
    p.add_argument("game", nargs="?", help="ALE id or short name (not needed with --resume)")
    p.add_argument("--config", default="ppo_cpu.yaml", help="a YAML file, or a name in rllib_configs/ (default ppo_cpu.yaml)")
    p.add_argument("--steps", type=int, help="env steps to train to (default: the config's run.steps)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-shaping", action="store_true", help="baseline: no auxiliary reward (hits still logged)")
    p.add_argument("--address", help="Ray cluster to join: 'auto' (started with `ray start`) or ray://host:10001")
    p.add_argument("--env-runners", type=int, metavar="K", help="number of env runners (overrides the config)")
    p.add_argument("--out", help="run folder (default runs/<game>-<shaped|unshaped>-seed<S>)")
    p.add_argument("--resume", metavar="DIR", help="continue the run in DIR from its last checkpoint")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("compare", help="overlay the learning curves of runs in one PNG",
                       description="Plot the unshaped game score and auxiliary return of several runs.")
    p.add_argument("runs", nargs="+", help="run folders")
    p.add_argument("--out", default="compare.png", help="PNG to write (default compare.png)")
    p.set_defaults(func=cmd_compare)
    return top


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    args = parser().parse_args(argv)
    try:
        if args.command in ("read", "add-manual"):
            from read_reward.embedding import use_one_thread

            use_one_thread()
        return args.func(args)
    except InputError as exc:
        print(f"read-reward: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("read-reward: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001  (last resort: one line, exit 1)
        print(f"read-reward: internal error: {exc.__class__.__name__}: {exc} "
              "(please report it with the command you ran)", file=sys.stderr)
        if os.environ.get("READ_REWARD_DEBUG"):
            raise
        return 1


if __name__ == "__main__":
    sys.exit(main())
