"""`read-reward replay`: play a game and render what the hit detector sees, to check it by eye.

Every agent step becomes one video frame: the screen (scaled up), a box around every object the
detector reads from the RAM (player magenta; other objects green / red / grey for a card reward
> 0 / < 0 / 0), and for each hit its object name and reward ("Tree -5") beside the object, held
for a few frames so it can be read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import gymnasium as gym
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from read_reward.card import GameCard
from read_reward.errors import InputError
from read_reward.shaping import ReadRewardWrapper, Shaping

WHITE, MAGENTA, GREEN, RED, GREY, YELLOW = (255, 255, 255), (255, 0, 255), (40, 220, 40), (255, 40, 40), (150, 150, 150), (255, 230, 0)
HOLD = 8  # video frames a hit's label stays up
FORMATS = (".gif", ".mp4")


@dataclass
class ReplayStats:
    steps: int
    hits: int
    game_score: float
    aux_return: float


def replay(card: GameCard, out: str | Path, *, policy: str = "random", steps: int = 300, seed: int = 0,
           scale: int = 3, fps: int = 15, shaping: Shaping | None = None) -> ReplayStats:
    """Play `steps` agent steps of the card's game and write the annotated video to `out`."""
    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise InputError(f"--out must end in .gif or .mp4, got '{out.name}'")
    if steps < 1 or scale < 1 or fps < 1:
        raise InputError(f"--steps, --scale and --fps must be >= 1, got {steps}, {scale}, {fps}")
    env, act = _env_and_policy(card, policy, seed, shaping)
    labels: list[tuple[int, Any, str, tuple[int, int, int]]] = []  # (frames left, box, text, colour)
    frames, hits, game, aux = [], 0, 0.0, 0.0
    obs, _ = env.reset(seed=seed)
    for _ in range(steps):
        obs, _, terminated, truncated, info = env.step(act(obs))
        objects, read = env.tap.detector.objects, info["read_reward"]
        game, aux = game + read["game_reward"], aux + read["aux_reward"]
        for event in read["events"]:
            hits += 1
            colour = GREEN if event["reward"] > 0 else RED if event["reward"] < 0 else YELLOW
            text = f"{event['object']} {event['reward']:+g}" if event["reward"] else f"{event['object']} 0"
            labels.append((HOLD, event["box"], text, colour))
        frames.append(_draw(env.unwrapped.ale.getScreenRGB(), objects, env, labels, scale,
                            f"game {game:g}  aux {aux:+g}"))
        labels = [(n - 1, box, text, colour) for n, box, text, colour in labels if n > 1]
        if terminated or truncated:
            obs, _ = env.reset()
    stats = ReplayStats(steps, hits, game, aux)
    env.close()
    _write(frames, out, fps)
    return stats


def _env_and_policy(card: GameCard, policy: str, seed: int, shaping: Shaping | None
                    ) -> tuple[ReadRewardWrapper, Callable[[Any], Any]]:
    env, act = policy_env(card.env_id, policy, seed)
    return ReadRewardWrapper(env, card, shaping), act


def policy_env(env_id: str, policy: str, seed: int = 0) -> tuple[gym.Env, Callable[[Any], Any]]:
    """The env a policy plays and its action for an observation: 'random' plays ALE v5 (frameskip 4)
    with seeded random actions; an RLlib checkpoint directory plays greedily on RLlib's Atari stack,
    at the observation size it was trained on."""
    if policy == "random":
        import ale_py

        gym.register_envs(ale_py)
        env = gym.make(env_id)
        env.action_space.seed(seed)
        return env, lambda obs: env.action_space.sample()
    module = _load_module(Path(policy))
    shape = module.observation_space.shape  # (dim, dim, frames) from RLlib's Atari stack
    if len(shape) != 3 or shape[0] != shape[1]:
        raise InputError(f"the checkpoint's policy sees observations of shape {shape}; read-reward plays RLlib's "
                         "Atari stack (dim x dim x frames, read_reward.rllib.atari_env)")
    from read_reward.rllib import atari_env

    env = atari_env({"env_id": env_id, "dim": shape[0], "framestack": shape[2] if shape[2] > 1 else None})
    return env, lambda obs: _greedy(module, obs)


def _load_module(path: Path) -> Any:
    """The RLModule of an RLlib checkpoint: an `algo.save()` directory or an RLModule directory."""
    if not path.is_dir():
        raise InputError(f"--policy must be 'random' or an RLlib checkpoint directory; {path} is not a directory")
    from ray.rllib.core import COMPONENT_LEARNER, COMPONENT_LEARNER_GROUP, COMPONENT_RL_MODULE, DEFAULT_MODULE_ID
    from ray.rllib.core.rl_module.rl_module import RLModule

    for candidate in (path / COMPONENT_LEARNER_GROUP / COMPONENT_LEARNER / COMPONENT_RL_MODULE / DEFAULT_MODULE_ID,
                      path / COMPONENT_RL_MODULE / DEFAULT_MODULE_ID, path / DEFAULT_MODULE_ID, path):
        if (candidate / "class_and_ctor_args.pkl").is_file():
            try:
                return RLModule.from_checkpoint(candidate)
            except Exception as exc:  # noqa: BLE001  (a damaged or foreign checkpoint is bad input)
                raise InputError(f"cannot load the RLlib policy in {candidate} ({exc.__class__.__name__}); "
                                 "pass a checkpoint written by algo.save() with this ray version") from None
    raise InputError(f"no RLlib policy module under {path}; pass the directory `algo.save()` wrote")


def _greedy(module: Any, obs: Any) -> int:
    import torch

    with torch.no_grad():
        out = module.forward_inference({"obs": torch.as_tensor(np.asarray(obs)[None], dtype=torch.float32)})
    return int(out["action_dist_inputs"][0].argmax())


def _draw(screen: np.ndarray, objects: list[Any], env: ReadRewardWrapper, labels: list, scale: int,
          header: str) -> np.ndarray:
    image = Image.fromarray(screen.repeat(scale, axis=0).repeat(scale, axis=1))
    draw = ImageDraw.Draw(image)
    player, rewards = env.tap.detector.info.player, env.rewards
    for obj in objects:
        name = obj.__class__.__name__
        if not obj or not obj.visible or obj.w <= 0 or obj.h <= 0 or name not in rewards and name != player:
            continue
        reward = rewards.get(name, 0.0)
        colour = MAGENTA if name == player else GREEN if reward > 0 else RED if reward < 0 else GREY
        draw.rectangle(_box(obj.xywh, scale), outline=colour)
    font, placed = _font(4 * scale + 2), []
    for _, box, text, colour in labels:  # where the object was when the hit began
        x0, y0, x1, y1 = _box(box, scale)
        draw.rectangle((x0 - 1, y0 - 1, x1 + 1, y1 + 1), outline=colour, width=3)
        width = draw.textlength(text, font=font)
        tx, ty = min(x1 + 4, image.width - width - 4), max(y0 - font.size, 0)
        while any(tx < px1 and tx + width > px0 and ty < py1 and ty + font.size > py0 for px0, py0, px1, py1 in placed):
            ty += font.size + 4  # stack labels that would overlap
        placed.append((tx - 2, ty - 1, tx + width + 2, ty + font.size + 2))
        draw.rectangle(placed[-1], fill=(0, 0, 0))
        draw.text((tx, ty), text, fill=colour, font=font)
    draw.rectangle((0, 0, draw.textlength(header, font=font) + 8, font.size + 4), fill=(0, 0, 0))
    draw.text((4, 1), header, fill=WHITE, font=font)
    return np.asarray(image)


@lru_cache(maxsize=4)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def _box(xywh: tuple[int, int, int, int], scale: int) -> tuple[int, int, int, int]:
    x, y, w, h = xywh
    return x * scale, y * scale, (x + w) * scale - 1, (y + h) * scale - 1


def _write(frames: list[np.ndarray], out: Path, fps: int) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".gif":
        images = [Image.fromarray(f).quantize(method=Image.Quantize.FASTOCTREE) for f in frames]  # 6x faster
        images[0].save(out, save_all=True, append_images=images[1:], duration=round(1000 / fps), loop=0)
        return
    import cv2  # opencv-python-headless (a dependency) writes MPEG-4 without extra packages

    height, width = frames[0].shape[:2]
    writer = cv2.VideoWriter(str(out), cv2.VideoWriter_fourcc(*"mp4v"), fps, (width, height))
    if not writer.isOpened():
        raise InputError(f"OpenCV cannot write {out}; write a .gif instead")
    for frame in frames:
        writer.write(cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
    writer.release()
