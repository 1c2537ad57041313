"""A second framework: Stable-Baselines3 PPO trains with ReadRewardWrapper (examples/sb3_ppo.py)."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path

import torch

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "sb3_ppo.py"


def test_sb3_ppo_trains_on_the_auxiliary_reward(mspacman_card, monkeypatch, tmp_path):
    torch.set_num_threads(1)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # SB3's default logger makes an SB3-<time> folder there
    spec = importlib.util.spec_from_file_location("sb3_ppo", EXAMPLE)
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    model, log = example.train(mspacman_card, steps=256)
    assert model.num_timesteps == 256 and log.steps_checked == 256  # every step checked: reward = game + aux
    assert log.aux > 0  # Ms. Pac-Man touched pills, and PPO's rewards included them
