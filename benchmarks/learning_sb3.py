"""The second-framework check: Stable-Baselines3 PPO (or A2C) with or without the manual's auxiliary reward.

    python benchmarks/learning_sb3.py skiing --card benchmarks/results/cards/skiing.json --out runs/sb3-ski \
        [--no-shaping] [--steps 500000] [--seed 0] [--num-envs 8] [--device cpu] [--algo ppo|a2c]

SB3's own PPO and NatureCNN at its Atari settings (rl-zoo: 8 envs x 128 steps, 4 epochs, batches of
256, lr 2.5e-4 and clip 0.1 annealed, entropy 0.01), or `--algo a2c` at rl-zoo's Atari A2C settings (5
steps an env per update, lr 7e-4, RMSprop as TF's with eps 1e-5, value loss 0.25, entropy 0.01), on
envs built like `learning_gym.py`'s: ALE (frameskip 1) -> AtariPreprocessing (84x84) ->
ReadRewardWrapper -> SB3's 4-frame stack; whole games are episodes. Writes `run.json`, `card.json` and
`metrics.csv` with the columns of `read-reward train` (means over the last `--smoothing` episodes, one
row per PPO rollout, or per ~1,024 env steps of A2C's short ones). Resumable like
`learning_gym.py`: every 20 rollouts, at `--time-limit`, on Ctrl-C or SIGTERM it saves `checkpoint/`
(policy weights, Adam state, RNG in safetensors; counters in state.json) between two rollouts, and the
same command goes on from there (envs restart fresh games; the schedules go on where they stopped).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import signal
import sys
import time
from collections import deque
from pathlib import Path
from typing import Any, Callable

import gymnasium as gym
import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from learning_gym import load_checkpoint, save_checkpoint, schedule, start_or_resume  # noqa: E402
from read_reward.card import GameCard  # noqa: E402
from read_reward.errors import InputError  # noqa: E402
from read_reward.shaping import ReadRewardWrapper, Shaping, count_names, event_key  # noqa: E402
from read_reward.train import _append_row, _drop_rows_after, progress_line, read_metrics  # noqa: E402


@dataclasses.dataclass
class Options:
    game: str
    steps: int = 500_000
    seed: int = 0
    shaping: bool = True
    num_envs: int = 8
    sticky: float = 0.25
    gamma: float = 0.99
    clip_game_reward: bool = True
    game_reward_scale: float = 1.0
    symlog_game_reward: bool = False
    passing_scale: float = 1.0  # x the card's rewards for passing between objects (Skiing's gates)
    aux_decay_steps: int = 0  # the auxiliary reward fades linearly to 0 over this many env steps (all envs); 0: never
    penalty_ramp_steps: int = 0  # the manual's penalties come in linearly over this many env steps (all envs); 0: whole
    ent_coef: str = "0.01"  # a number, or a schedule "step:value,step:value" (linear between, as learning_gym.py's)
    smoothing: int = 20
    checkpoint_every: int = 20  # metrics rows
    algo: str = "ppo"  # or "a2c"

    @property
    def row_every(self) -> int:
        """Rollouts per metrics row: one PPO rollout (128 steps an env), or A2C's 5-step ones up to ~1,024 env steps."""
        return 1 if self.algo == "ppo" else max(1, 1024 // (5 * self.num_envs))

    def shaping_rule(self) -> Shaping:
        if self.aux_decay_steps < 0:
            raise InputError(f"--aux-decay-steps must be 0 (no decay) or a number of env steps, got {self.aux_decay_steps}")
        if self.penalty_ramp_steps < 0:
            raise InputError("--penalty-ramp-steps must be 0 (no ramp) or a number of env steps, "
                             f"got {self.penalty_ramp_steps}")
        per_env = max(1, self.aux_decay_steps // self.num_envs) if self.aux_decay_steps else None  # each env counts
        ramp = max(1, self.penalty_ramp_steps // self.num_envs) if self.penalty_ramp_steps else None
        rule = Shaping(passing_scale=self.passing_scale, decay_steps=per_env, penalty_ramp_steps=ramp,
                       clip_game_reward=self.clip_game_reward,
                       game_reward_scale=self.game_reward_scale, symlog_game_reward=self.symlog_game_reward)
        return rule if self.shaping else dataclasses.replace(rule, enabled=False)


def env_maker(card: GameCard, opts: Options, worker: bool = False) -> Any:
    """A thunk building one env; `worker`: it runs in its own process, which leaves Ctrl-C to the trainer
    (so the trainer can checkpoint with its envs still alive)."""
    def thunk() -> gym.Env:
        import ale_py

        if worker:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        gym.register_envs(ale_py)
        env = gym.make(card.env_id, frameskip=1, repeat_action_probability=opts.sticky)
        env = gym.wrappers.AtariPreprocessing(env, frame_skip=4, grayscale_newaxis=True)
        return ReadRewardWrapper(env, card, opts.shaping_rule())

    return thunk


def metrics_callback(out: Path, names: list[str], opts: Options, state: dict[str, Any], time_limit: float | None,
                     say: Any, entropy: Callable[[int], float]) -> Any:
    """An SB3 callback writing a metrics.csv row every `opts.row_every` rollouts and `state` (env steps,
    rollouts, seconds, recent episodes) as it goes; between two rollouts it checkpoints every
    `opts.checkpoint_every` rows, and stops (after checkpointing) at the time limit or on Ctrl-C / SIGTERM."""
    from stable_baselines3.common.callbacks import BaseCallback

    class Metrics(BaseCallback):
        def _on_training_start(self) -> None:
            self.began = time.perf_counter()
            self.tick, self.last_steps = self.began, self.num_timesteps
            self.offset = self.began - state["seconds"]
            self.saved, self.stop = state["iteration"], False
            self.returns = np.zeros(opts.num_envs)
            self.hits = [dict.fromkeys(names, 0) for _ in range(opts.num_envs)]
            self.done: deque[dict[str, float]] = deque(state["episodes"], maxlen=opts.smoothing)
            self.previous = {sig: signal.signal(sig, self.halt) for sig in (signal.SIGINT, signal.SIGTERM)}

        def halt(self, *_: Any) -> None:
            self.stop = True

        def _on_training_end(self) -> None:
            self.restore()

        def restore(self) -> None:
            """Give SIGINT/SIGTERM back to whoever had them (also when learning raised)."""
            for sig, handler in getattr(self, "previous", {}).items():
                signal.signal(sig, handler)
            self.previous = {}

        def _on_rollout_start(self) -> None:  # the policy has learnt from every step counted so far
            self.model.ent_coef = entropy(self.num_timesteps)  # the schedule's value for the next update
            if state["iteration"] == self.saved:  # nothing new since the start or the last checkpoint
                return
            if time_limit is not None and time.perf_counter() - self.began >= time_limit:
                self.stop = True
            if self.stop or state["iteration"] % (opts.checkpoint_every * opts.row_every) == 0:
                self.checkpoint()

        def checkpoint(self) -> None:
            save_checkpoint(out, self.model.policy, self.model.policy.optimizer, {**state, "episodes": list(self.done)})
            self.saved = state["iteration"]

        def _on_step(self) -> bool:
            if self.stop:
                return False
            self.returns += self.locals["rewards"]
            for i, (info, ended) in enumerate(zip(self.locals["infos"], self.locals["dones"])):
                read = info["read_reward"]
                for event in read["events"]:
                    self.hits[i][event_key(event)] = self.hits[i].get(event_key(event), 0) + 1
                if ended:
                    self.done.append({"game_score": read["game_score"], "aux_return": read["aux_return"],
                                      "episode_return": float(self.returns[i]),
                                      **{f"hits_{n}": float(self.hits[i].get(n, 0)) for n in names}})
                    self.returns[i] = 0.0
                    self.hits[i] = dict.fromkeys(names, 0)
            return True

        def _on_rollout_end(self) -> None:
            if self.stop:  # cut short: nothing of it is kept
                return
            now, steps = time.perf_counter(), self.num_timesteps
            state.update(iteration=state["iteration"] + 1, env_steps=steps, seconds=round(now - self.offset, 2))
            if state["iteration"] % opts.row_every:
                return
            keys = ["game_score", "aux_return", "episode_return", *(f"hits_{n}" for n in names)]
            row = {"iteration": state["iteration"], "env_steps": steps, "seconds": state["seconds"],
                   "steps_per_s": round((steps - self.last_steps) / max(now - self.tick, 1e-9), 1),
                   **{k: float(np.mean([e[k] for e in self.done])) if self.done else math.nan for k in keys}}
            self.tick, self.last_steps = now, steps
            _append_row(out / "metrics.csv", row, names)
            if state["iteration"] % 10 == 0:
                say(progress_line(row, opts.steps, names))

    return Metrics()


def train(opts: Options, out: Path, card: GameCard | str | Path | None = None, *, device: str = "cpu",
          subproc: bool = True, time_limit: float | None = None, say: Any = print) -> bool:
    """Train (or resume) one SB3 run in `out` until `opts.steps` env steps; True when done, False when
    stopped (time limit, Ctrl-C, SIGTERM) after a checkpoint."""
    from stable_baselines3 import A2C, PPO
    from stable_baselines3.common.logger import Logger
    from stable_baselines3.common.utils import LinearSchedule
    from stable_baselines3.common.vec_env import DummyVecEnv, SubprocVecEnv, VecFrameStack

    opts, card = start_or_resume(opts, card, out, runner="sb3")
    entropy = schedule(opts.ent_coef)
    thunks = [env_maker(card, opts, worker=subproc)] * opts.num_envs
    venv = SubprocVecEnv(thunks, start_method="fork") if subproc else DummyVecEnv(thunks)
    venv = VecFrameStack(venv, 4)
    try:
        if opts.algo == "ppo":
            model = PPO("CnnPolicy", venv, n_steps=128, n_epochs=4, batch_size=256,
                        learning_rate=LinearSchedule(2.5e-4, 0.0, 1.0), clip_range=LinearSchedule(0.1, 0.0, 1.0),
                        ent_coef=entropy(0), vf_coef=0.5, gamma=opts.gamma, seed=opts.seed, device=device, verbose=0)
        else:
            from stable_baselines3.common.sb2_compat.rmsprop_tf_like import RMSpropTFLike

            model = A2C("CnnPolicy", venv, n_steps=5, learning_rate=7e-4, ent_coef=entropy(0), vf_coef=0.25, gamma=opts.gamma,
                        policy_kwargs={"optimizer_class": RMSpropTFLike, "optimizer_kwargs": {"eps": 1e-5}},
                        seed=opts.seed, device=device, verbose=0)
        model.set_logger(Logger(folder=None, output_formats=[]))  # SB3's default makes an empty /tmp/SB3-<time> per run
        state: dict[str, Any] = {"env_steps": 0, "iteration": 0, "seconds": 0.0, "episodes": []}
        if (out / "checkpoint").is_dir():
            state = load_checkpoint(out, model.policy, model.policy.optimizer)
            model.num_timesteps = state["env_steps"]
            venv.seed(opts.seed * 10_000 + state["iteration"])  # fresh games on resume
            venv.set_attr("steps", state["env_steps"] // opts.num_envs)  # the decay goes on
        _drop_rows_after(out / "metrics.csv", state["env_steps"])  # rows a crash left past the checkpoint
        names = count_names(card)  # hits per object, and gates passed for objects with a passing reward
        callback = metrics_callback(out, names, opts, state, time_limit, say, entropy)
        if state["env_steps"] < opts.steps:
            try:
                model.learn(opts.steps - state["env_steps"], callback=callback, reset_num_timesteps=False)
            finally:
                callback.restore()
        if callback.saved < state["iteration"]:  # the end, or a stop in the middle of a rollout (nothing of it kept)
            callback.checkpoint()
        return state["env_steps"] >= opts.steps
    finally:
        venv.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("game")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--card", required=True, help="the card (.json path or game name)")
    ap.add_argument("--no-shaping", action="store_true", help="baseline: hits detected, no auxiliary reward")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--steps", type=int, default=500_000)
    ap.add_argument("--num-envs", type=int, default=8)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--gamma", type=float, default=0.99)
    ap.add_argument("--no-clip-game-reward", action="store_true")
    ap.add_argument("--game-reward-scale", type=float, default=1.0)
    ap.add_argument("--symlog-game-reward", action="store_true")
    ap.add_argument("--passing-scale", type=float, default=1.0, help="x the card's rewards for passing between objects")
    ap.add_argument("--aux-decay-steps", type=int, default=0, help="the auxiliary reward fades to 0 over this many env steps")
    ap.add_argument("--penalty-ramp-steps", type=int, default=0,
                    help="the manual's penalties (negative rewards) come in linearly over this many env steps; 0: whole")
    ap.add_argument("--time-limit", type=float, help="seconds; then checkpoint and exit 0 (run again to resume)")
    ap.add_argument("--torch-threads", type=int, default=1)
    ap.add_argument("--algo", choices=("ppo", "a2c"), default="ppo", help="SB3's PPO or A2C (rl-zoo's Atari settings)")
    ap.add_argument("--ent-coef", default="0.01", help="entropy coefficient: a number or 'step:value,...' (linear between)")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.torch_threads)
    opts = Options(args.game, steps=args.steps, seed=args.seed, shaping=not args.no_shaping, num_envs=args.num_envs,
                   gamma=args.gamma, clip_game_reward=not args.no_clip_game_reward,
                   game_reward_scale=args.game_reward_scale, symlog_game_reward=args.symlog_game_reward,
                   passing_scale=args.passing_scale, aux_decay_steps=args.aux_decay_steps,
                   penalty_ramp_steps=args.penalty_ramp_steps, algo=args.algo,
                   ent_coef=args.ent_coef)
    say = lambda m: print(f"{args.out.name}: {m}", flush=True)  # noqa: E731
    rows = read_metrics(args.out) if (args.out / "metrics.csv").is_file() else []
    if rows and rows[-1]["env_steps"] >= args.steps:
        say("already finished")
        return 0
    try:
        schedule(opts.ent_coef)  # a bad --ent-coef fails here, before the run folder is written
        done = train(opts, args.out, args.card, device=args.device, time_limit=args.time_limit, say=say)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    say("done" if done else "stopped at a checkpoint; run the same command again to go on")
    return 0


if __name__ == "__main__":
    sys.exit(main())
