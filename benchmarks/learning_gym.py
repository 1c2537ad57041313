"""PPO on one Atari game with or without the manual's auxiliary reward, in plain PyTorch (no RLlib).

    python benchmarks/learning_gym.py skiing --card benchmarks/results/cards/skiing.json --out runs/ski \
        [--no-shaping] [--steps 500000] [--seed 0] [--num-envs 8] [--device cuda] [--time-limit 540]

CleanRL's PPO for Atari in one file: gymnasium's AsyncVectorEnv of N envs, each ALE (frameskip 1) ->
AtariPreprocessing (max-pooled frame skip 4, no-op starts, `dim`x`dim` gray) -> ReadRewardWrapper
(outermost of the reward-changing wrappers) -> a 4-frame stack; the conv net of `ppo_cpu.yaml`. An
episode is a whole game; a lost life ends the return PPO bootstraps over (`--life-loss-terminal`,
as CleanRL's EpisodicLifeEnv), not the episode. The run folder has what `read-reward train` writes:
`run.json`, `card.json`, `metrics.csv` (same columns: env steps, unshaped game score, auxiliary
return, trained-on return, hits per object; means over the last `--smoothing` episodes), and
`checkpoint/` (`model.safetensors`: weights, Adam moments, RNG; `state.json`: counters and the
recent episodes; no pickle). Run the same command again to resume; `--time-limit` stops and
checkpoints at an iteration boundary (exit 0). Resuming is not bit-exact: envs restart fresh games.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import shutil
import signal
import sys
import time
from collections import deque
from pathlib import Path
from typing import Any, Callable

import gymnasium as gym
import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from read_reward.card import GameCard, load_card, save_card, write_atomic  # noqa: E402
from read_reward.errors import InputError  # noqa: E402
from read_reward.shaping import ReadRewardWrapper, Shaping, count_names, event_key, find_card  # noqa: E402
from read_reward.train import _append_row, _drop_rows_after, progress_line, read_metrics  # noqa: E402


@dataclasses.dataclass
class Options:
    """One run's settings (saved in run.json; a resumed run keeps them, except `steps`)."""

    game: str
    steps: int = 500_000
    seed: int = 0
    shaping: bool = True
    num_envs: int = 8
    num_steps: int = 128  # env steps per env per iteration
    dim: int = 64
    framestack: int = 4
    sticky: float = 0.25  # ALE v5's repeat_action_probability
    lr: float = 2.5e-4  # annealed linearly to 0 over `steps`
    gamma: float = 0.99
    gae_lambda: float = 0.95
    minibatches: int = 4
    epochs: int = 4
    clip: float = 0.1
    ent_coef: str = "0.01"  # a number, or a schedule "step:value,step:value" (linear between, RLlib-style)
    vf_coef: float = 0.5
    max_grad_norm: float = 0.5
    life_loss_terminal: bool = True
    clip_game_reward: bool = True  # the Shaping options: today's default trains on sign(game reward) + aux
    game_reward_scale: float = 1.0
    symlog_game_reward: bool = False
    aux_scale: float = 1.0
    passing_scale: float = 1.0  # x the card's rewards for passing between objects (Skiing's gates)
    approach_scale: float = 0.0  # potential-based shaping toward the card's targets (read_reward.approach); 0: none
    aux_decay_steps: int = 0  # the auxiliary reward fades linearly to 0 over this many env steps (all envs); 0: never
    penalty_ramp_steps: int = 0  # the manual's penalties come in linearly over this many env steps (all envs); 0: whole
    smoothing: int = 20  # episodes in the metrics' running means
    checkpoint_every: int = 20  # iterations
    rllib_net: bool = False  # RLlib's CNN for the same config: "same" padding, frames in [-1, 1] (`Agent`)
    # no PPO2 value clipping: the clipped loss lets a prediction move only `clip` (0.1) per iteration, far too
    # little for Skiing's returns (-600 to -1,000 at gamma 0.999) in 500 iterations; SB3 does not clip either
    unclipped_value: bool = False

    def shaping_rule(self) -> Shaping:
        if self.aux_decay_steps < 0:
            raise InputError(f"--aux-decay-steps must be 0 (no decay) or a number of env steps, got {self.aux_decay_steps}")
        if self.penalty_ramp_steps < 0:
            raise InputError("--penalty-ramp-steps must be 0 (no ramp) or a number of env steps, "
                             f"got {self.penalty_ramp_steps}")
        per_env = max(1, self.aux_decay_steps // self.num_envs) if self.aux_decay_steps else None  # each env counts
        ramp = max(1, self.penalty_ramp_steps // self.num_envs) if self.penalty_ramp_steps else None
        rule = Shaping(scale=self.aux_scale, passing_scale=self.passing_scale, decay_steps=per_env,
                       penalty_ramp_steps=ramp, approach_scale=self.approach_scale, gamma=self.gamma,
                       clip_game_reward=self.clip_game_reward,
                       game_reward_scale=self.game_reward_scale, symlog_game_reward=self.symlog_game_reward)
        return rule if self.shaping else dataclasses.replace(rule, enabled=False)


def schedule(spec: str) -> Callable[[int], float]:
    """`"0.01"` -> constant; `"0:0.05,250000:0.01"` -> piecewise linear in env steps, flat outside."""
    try:
        points = sorted((int(s), float(v)) for s, v in (p.split(":") for p in spec.split(","))) if ":" in spec \
            else [(0, float(spec))]
    except ValueError:
        raise InputError(f"schedule {spec!r}: give a number or 'step:value,step:value' (e.g. 0:0.05,250000:0.01)") from None
    steps, values = [p[0] for p in points], [p[1] for p in points]
    return lambda step: float(np.interp(step, steps, values))


def make_env(card: GameCard, opts: Options, index: int) -> Callable[[], gym.Env]:
    """A thunk for the vector env: one sub-env with the run's preprocessing and reward rule."""

    def thunk() -> gym.Env:
        import ale_py

        gym.register_envs(ale_py)
        env = gym.make(card.env_id, frameskip=1, repeat_action_probability=opts.sticky)
        env = gym.wrappers.AtariPreprocessing(env, frame_skip=4, screen_size=opts.dim)
        env = ReadRewardWrapper(env, card, opts.shaping_rule())
        return gym.wrappers.FrameStackObservation(env, opts.framestack)

    return thunk


def layer(module: nn.Module, std: float = math.sqrt(2)) -> nn.Module:
    nn.init.orthogonal_(module.weight, std)
    nn.init.constant_(module.bias, 0.0)
    return module


class Agent(nn.Module):
    """`ppo_cpu.yaml`'s model: conv [16, 8, 4], [32, 4, 2], [64, 3, 1] -> 256, shared by policy and value.
    `rllib_net`: as RLlib builds it from that config (vf_share_layers: the convolutions shared, a 256-unit
    layer in each head), "same"-padded convolutions (4,096 wide at 64x64 instead of 1,024) on frames
    scaled to [-1, 1] instead of [0, 1]."""

    def __init__(self, actions: int, framestack: int, dim: int, rllib_net: bool = False) -> None:
        super().__init__()
        self.rllib_net = rllib_net
        layers: list[nn.Module] = []
        size, channels = dim, framestack
        for out, kernel, stride in ((16, 8, 4), (32, 4, 2), (64, 3, 1)):
            if rllib_net:
                pad = max((math.ceil(size / stride) - 1) * stride + kernel - size, 0)
                layers.append(nn.ZeroPad2d((pad // 2, pad - pad // 2, pad // 2, pad - pad // 2)))
                size += pad
            layers += [layer(nn.Conv2d(channels, out, kernel, stride)), nn.ReLU()]
            size, channels = (size - kernel) // stride + 1, out
        convs = nn.Sequential(*layers, nn.Flatten())
        flat = convs(torch.zeros(1, framestack, dim, dim)).shape[1]
        if rllib_net:  # RLlib shares the convolutions only: each head has its own 256-unit layer
            self.trunk = convs
            self.actor = nn.Sequential(layer(nn.Linear(flat, 256)), nn.ReLU(), layer(nn.Linear(256, actions), 0.01))
            self.critic = nn.Sequential(layer(nn.Linear(flat, 256)), nn.ReLU(), layer(nn.Linear(256, 1), 1.0))
            return
        self.trunk = nn.Sequential(convs, layer(nn.Linear(flat, 256)), nn.ReLU())
        self.actor = layer(nn.Linear(256, actions), 0.01)
        self.critic = layer(nn.Linear(256, 1), 1.0)

    def forward(self, obs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Action logits and values for uint8 frames (batch, stack, dim, dim)."""
        frames = obs.float() / 128.0 - 1.0 if self.rllib_net else obs.float() / 255.0
        hidden = self.trunk(frames)
        return self.actor(hidden), self.critic(hidden).squeeze(-1)


class Episodes:
    """Per-env running totals, and the last `window` finished episodes' means for metrics.csv."""

    def __init__(self, num_envs: int, names: list[str], window: int) -> None:
        self.names = names
        self.returns = np.zeros(num_envs)
        self.hits = [dict.fromkeys(names, 0) for _ in range(num_envs)]
        self.done: deque[dict[str, float]] = deque(maxlen=window)

    def step(self, rewards: np.ndarray, ended: np.ndarray, info: dict[str, Any]) -> None:
        self.returns += rewards
        final = info.get("final_info", {})
        for i in range(len(rewards)):
            read = final.get("read_reward") if ended[i] else info.get("read_reward")
            for event in read["events"][i] if read is not None else ():
                self.hits[i][event_key(event)] = self.hits[i].get(event_key(event), 0) + 1
            if ended[i]:
                self.done.append({"game_score": float(read["game_score"][i]), "aux_return": float(read["aux_return"][i]),
                                  "episode_return": float(self.returns[i]),
                                  **{f"hits_{n}": float(self.hits[i].get(n, 0)) for n in self.names}})
                self.returns[i] = 0.0
                self.hits[i] = dict.fromkeys(self.names, 0)

    def means(self) -> dict[str, float]:
        keys = ["game_score", "aux_return", "episode_return", *(f"hits_{n}" for n in self.names)]
        return {k: float(np.mean([e[k] for e in self.done])) if self.done else math.nan for k in keys}


def save_checkpoint(out: Path, agent: Agent, optimizer: torch.optim.Optimizer, state: dict[str, Any]) -> None:
    """model.safetensors (weights, the optimizer's per-weight state, RNG) + state.json, swapped in whole."""
    from safetensors.torch import save_file

    # clones: a model may share one tensor under several names (SB3's policy does), which safetensors refuses
    tensors = {f"model.{k}": v.detach().cpu().clone() for k, v in agent.state_dict().items()}
    for i, param in enumerate(agent.parameters()):
        for key, value in optimizer.state.get(param, {}).items():
            tensors[f"adam.{i}.{key}"] = torch.as_tensor(value).detach().cpu().float().reshape(-1 if key == "step" else value.shape)
    tensors["rng.cpu"] = torch.get_rng_state()
    if torch.cuda.is_available() and next(agent.parameters()).is_cuda:
        tensors["rng.cuda"] = torch.cuda.get_rng_state()
    final, tmp, old = out / "checkpoint", out / "checkpoint.tmp", out / "checkpoint.old"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    save_file(tensors, str(tmp / "model.safetensors"))
    write_atomic(tmp / "state.json", json.dumps(state) + "\n")
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def load_checkpoint(out: Path, agent: Agent, optimizer: torch.optim.Optimizer) -> dict[str, Any]:
    from safetensors.torch import load_file

    tensors = load_file(str(out / "checkpoint" / "model.safetensors"))
    device = next(agent.parameters()).device
    agent.load_state_dict({k[6:]: v for k, v in tensors.items() if k.startswith("model.")})
    for i, param in enumerate(agent.parameters()):
        state = {k.split(".")[2]: v for k, v in tensors.items() if k.startswith(f"adam.{i}.")}
        if state:  # Adam's (exp_avg, exp_avg_sq, step) or RMSprop's (square_avg, step): "step" is a count
            optimizer.state[param] = {k: v.reshape(()) if k == "step" else v.to(device) for k, v in state.items()}
    torch.set_rng_state(tensors["rng.cpu"])
    if "rng.cuda" in tensors and device.type == "cuda":
        torch.cuda.set_rng_state(tensors["rng.cuda"])
    return json.loads((out / "checkpoint" / "state.json").read_text())


def start_or_resume(opts: Any, card: GameCard | str | Path | None, out: Path, runner: str = "gym") -> tuple[Any, GameCard]:
    """A new run folder (run.json, card.json), or the saved options and card of the one in `out`.
    `opts` is this runner's Options dataclass (learning_sb3.py passes its own and runner="sb3")."""
    if (out / "run.json").is_file():
        saved = json.loads((out / "run.json").read_text())
        if saved.get("runner") != runner:
            raise InputError(f"{out} holds a run of another runner ({saved.get('runner', 'rllib')}); pick another --out")
        mine = dataclasses.replace(type(opts)(**saved["config"]), steps=opts.steps)
        differ = [k for k, v in dataclasses.asdict(mine).items() if getattr(opts, k) != v]
        if differ:
            raise InputError(f"{out} holds a run with other settings ({', '.join(f'{k}={getattr(mine, k)!r}' for k in differ)}); "
                             "resume it with the same options, or pick another --out")
        return mine, load_card(out / "card.json")
    if card is None:
        raise InputError("a new run needs the game's card: pass --card PATH.json (e.g. from `read-reward read`)")
    card = find_card(card)
    if card.game != opts.game:
        raise InputError(f"the card is for {card.game}, not {opts.game}; pass {opts.game}'s card")
    out.mkdir(parents=True, exist_ok=True)
    save_card(card, out / "card.json")
    spec = {"game": opts.game, "steps": opts.steps, "seed": opts.seed, "shaping": opts.shaping, "runner": runner,
            "episode": "game", "config": dataclasses.asdict(opts)}
    write_atomic(out / "run.json", json.dumps(spec, indent=2) + "\n")
    return opts, card


def train(opts: Options, out: Path, *, card: GameCard | str | Path | None = None, device: str = "cpu",
          time_limit: float | None = None, log_every: float = 30.0, say: Callable[[str], None] = print) -> bool:
    """Train (or resume) until `opts.steps` env steps; True when done, False when stopped by the time limit."""
    opts, card = start_or_resume(opts, card, out)
    names = count_names(card)  # hits per object, and gates passed for objects with a passing reward
    torch.manual_seed(opts.seed)
    envs = gym.vector.AsyncVectorEnv([make_env(card, opts, i) for i in range(opts.num_envs)],
                                     autoreset_mode=gym.vector.AutoresetMode.SAME_STEP)
    try:
        return _loop(opts, out, card, names, envs, torch.device(device), time_limit, log_every, say)
    finally:
        envs.close()


def _loop(opts: Options, out: Path, card: GameCard, names: list[str], envs: gym.vector.VectorEnv,
          device: torch.device, time_limit: float | None, log_every: float, say: Callable[[str], None]) -> bool:
    agent = Agent(int(envs.single_action_space.n), opts.framestack, opts.dim, opts.rllib_net).to(device)
    optimizer = torch.optim.Adam(agent.parameters(), lr=opts.lr, eps=1e-5)
    episodes = Episodes(opts.num_envs, names, opts.smoothing)
    state = {"env_steps": 0, "iteration": 0, "seconds": 0.0, "episodes": []}
    if (out / "checkpoint").is_dir():
        state = load_checkpoint(out, agent, optimizer)
        episodes.done.extend(state["episodes"])
    _drop_rows_after(out / "metrics.csv", state["env_steps"])  # rows a crash left past the checkpoint
    if state["env_steps"]:  # a resumed run's fresh envs go on with the decay where the run stopped
        envs.set_attr("steps", [state["env_steps"] // opts.num_envs] * opts.num_envs)
    entropy = schedule(opts.ent_coef)
    n, t_len = opts.num_envs, opts.num_steps
    obs_buf = torch.zeros((t_len, n, opts.framestack, opts.dim, opts.dim), dtype=torch.uint8, device=device)
    act_buf, logp_buf, rew_buf, done_buf, val_buf = (torch.zeros((t_len, n), device=device) for _ in range(5))
    seeds = [opts.seed * 10_000 + state["iteration"] * n + i for i in range(n)]  # fresh games on resume
    next_obs, info = envs.reset(seed=seeds)
    next_obs = torch.as_tensor(next_obs.reshape(n, opts.framestack, opts.dim, opts.dim), device=device)
    lives = np.asarray(info.get("lives", np.zeros(n)))
    next_done = torch.zeros(n, device=device)
    start, last_log, stop = time.perf_counter() - state["seconds"], 0.0, False

    def halt(*_: Any) -> None:  # SIGTERM: finish the iteration, checkpoint, exit
        nonlocal stop
        stop = True

    previous = signal.signal(signal.SIGTERM, halt)
    began = time.perf_counter()
    try:
        while state["env_steps"] < opts.steps and not stop:
            tick = time.perf_counter()
            for group in optimizer.param_groups:
                group["lr"] = opts.lr * max(0.0, 1.0 - state["env_steps"] / opts.steps)
            for t in range(t_len):
                obs_buf[t], done_buf[t] = next_obs, next_done
                with torch.no_grad():
                    logits, value = agent(next_obs)
                    dist = torch.distributions.Categorical(logits=logits)
                    action = dist.sample()
                act_buf[t], logp_buf[t], val_buf[t] = action, dist.log_prob(action), value
                obs, reward, term, trunc, info = envs.step(action.cpu().numpy())
                ended = term | trunc
                episodes.step(reward, ended, info)
                now_lives = np.asarray(info.get("lives", lives))
                cut = ended | (opts.life_loss_terminal & (now_lives < lives))
                lives = now_lives
                rew_buf[t] = torch.as_tensor(reward, dtype=torch.float32, device=device)
                next_obs = torch.as_tensor(obs.reshape(n, opts.framestack, opts.dim, opts.dim), device=device)
                next_done = torch.as_tensor(cut, dtype=torch.float32, device=device)
            state["env_steps"] += n * t_len
            _update(agent, optimizer, opts, entropy(state["env_steps"]), next_obs, next_done,
                    (obs_buf, act_buf, logp_buf, rew_buf, done_buf, val_buf))
            state["iteration"] += 1
            state["seconds"] = round(time.perf_counter() - start, 2)
            row = {"iteration": state["iteration"], "env_steps": state["env_steps"], "seconds": state["seconds"],
                   "steps_per_s": round(n * t_len / (time.perf_counter() - tick), 1), **episodes.means()}
            _append_row(out / "metrics.csv", row, names)
            if time.perf_counter() - last_log >= log_every or state["env_steps"] >= opts.steps:
                last_log = time.perf_counter()
                say(progress_line(row, opts.steps, names))
            if time_limit is not None and time.perf_counter() - began >= time_limit:
                stop = True
            if state["iteration"] % opts.checkpoint_every == 0 or stop or state["env_steps"] >= opts.steps:
                save_checkpoint(out, agent, optimizer, {**state, "episodes": list(episodes.done)})
    except KeyboardInterrupt:
        save_checkpoint(out, agent, optimizer, {**state, "episodes": list(episodes.done)})
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)
    return state["env_steps"] >= opts.steps


def _update(agent: Agent, optimizer: torch.optim.Optimizer, opts: Options, ent_coef: float,
            next_obs: torch.Tensor, next_done: torch.Tensor, rollout: tuple[torch.Tensor, ...]) -> None:
    """GAE, then `epochs` passes of clipped PPO over shuffled minibatches (CleanRL's update)."""
    obs, actions, logps, rewards, dones, values = rollout
    t_len, n = rewards.shape
    with torch.no_grad():
        next_value = agent(next_obs)[1]
        advantages = torch.zeros_like(rewards)
        last = torch.zeros(n, device=rewards.device)
        for t in reversed(range(t_len)):
            not_done = 1.0 - (next_done if t == t_len - 1 else dones[t + 1])
            following = next_value if t == t_len - 1 else values[t + 1]
            delta = rewards[t] + opts.gamma * following * not_done - values[t]
            last = delta + opts.gamma * opts.gae_lambda * not_done * last
            advantages[t] = last
        returns = advantages + values
    b_obs = obs.reshape(-1, *obs.shape[2:])
    b_act, b_logp, b_adv, b_ret, b_val = (x.reshape(-1) for x in (actions, logps, advantages, returns, values))
    size = t_len * n
    mb = size // opts.minibatches
    for _ in range(opts.epochs):
        order = torch.randperm(size, device=rewards.device)
        for first in range(0, size, mb):
            idx = order[first:first + mb]
            logits, value = agent(b_obs[idx])
            dist = torch.distributions.Categorical(logits=logits)
            ratio = (dist.log_prob(b_act[idx].long()) - b_logp[idx]).exp()
            adv = (b_adv[idx] - b_adv[idx].mean()) / (b_adv[idx].std() + 1e-8)
            pg_loss = torch.max(-adv * ratio, -adv * ratio.clamp(1 - opts.clip, 1 + opts.clip)).mean()
            v_loss = (value - b_ret[idx]) ** 2
            if not opts.unclipped_value:
                clipped = b_val[idx] + (value - b_val[idx]).clamp(-opts.clip, opts.clip)
                v_loss = torch.max(v_loss, (clipped - b_ret[idx]) ** 2)
            v_loss = 0.5 * v_loss.mean()
            loss = pg_loss - ent_coef * dist.entropy().mean() + opts.vf_coef * v_loss
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(agent.parameters(), opts.max_grad_norm)
            optimizer.step()


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("game", help="short name, e.g. skiing")
    ap.add_argument("--out", type=Path, required=True, help="the run folder (an existing one is resumed)")
    ap.add_argument("--card", help="the card (.json path or game name); needed for a new run")
    ap.add_argument("--no-shaping", action="store_true", help="baseline: hits detected, no auxiliary reward")
    ap.add_argument("--device", default="cpu", help="cpu or cuda")
    ap.add_argument("--time-limit", type=float, help="seconds; then checkpoint and exit 0 (run again to resume)")
    ap.add_argument("--log-every", type=float, default=30.0, help="seconds between progress lines")
    ap.add_argument("--torch-threads", type=int, default=1)
    ap.add_argument("--no-clip-game-reward", action="store_true",
                    help="train on the game's reward itself (x --game-reward-scale, symlog) instead of its sign")
    ap.add_argument("--no-life-loss-terminal", action="store_true", help="a lost life does not cut the returns")
    defaults = Options("")
    for f in dataclasses.fields(Options):
        if f.name in ("game", "shaping", "clip_game_reward", "life_loss_terminal"):
            continue
        default = getattr(defaults, f.name)
        if isinstance(default, bool):
            ap.add_argument(f"--{f.name.replace('_', '-')}", action="store_true")
        else:
            ap.add_argument(f"--{f.name.replace('_', '-')}", type=type(default), default=default,
                            help=f"default {default}")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    skip = {"game", "shaping", "clip_game_reward", "life_loss_terminal"}
    opts = Options(args.game, shaping=not args.no_shaping, clip_game_reward=not args.no_clip_game_reward,
                   life_loss_terminal=not args.no_life_loss_terminal,
                   **{f.name: getattr(args, f.name) for f in dataclasses.fields(Options) if f.name not in skip})
    torch.set_num_threads(args.torch_threads)
    try:
        schedule(opts.ent_coef)
        opts.shaping_rule()  # bad reward options fail here, not inside the env workers
        finished = train(opts, args.out, card=args.card, device=args.device, time_limit=args.time_limit,
                         log_every=args.log_every, say=lambda m: print(f"{args.out.name}: {m}", flush=True))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    rows = read_metrics(args.out)
    print(f"{args.out.name}: {'done' if finished else 'stopped (run again to resume)'} at "
          f"{int(rows[-1]['env_steps']) if rows else 0:,} env steps", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
