"""`read-reward replay`: a real game rendered with the detector's boxes and hit labels."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from read_reward.card import save_card
from read_reward.cli import main


@pytest.fixture
def card_path(tmp_path, mspacman_card):
    return str(save_card(mspacman_card, tmp_path / "mspacman.json"))


def test_replay_random_policy_writes_a_gif_with_boxes_and_hit_labels(tmp_path, card_path, capsys):
    out = tmp_path / "run.gif"
    assert main(["replay", "mspacman", "--card", card_path, "--steps", "120", "--scale", "2", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "120 steps" in printed and " 0 hits" not in printed
    gif = Image.open(out)
    assert gif.n_frames == 120 and gif.size == (320, 420)
    labelled = 0
    for i in range(gif.n_frames):
        gif.seek(i)
        rgb = np.asarray(gif.convert("RGB")).astype(int)
        assert (np.abs(rgb - (255, 0, 255)).sum(axis=2) < 60).any()  # the player's magenta box
        labelled += (np.abs(rgb - (40, 220, 40)).sum(axis=2) < 60).sum() > 150  # a thick green label: a +5 hit
    assert labelled >= 8  # labels stay up for a few frames after each Pill hit


def test_replay_writes_mp4(tmp_path, card_path):
    out = tmp_path / "run.mp4"
    assert main(["replay", "mspacman", "--card", card_path, "--steps", "10", "--out", str(out)]) == 0
    assert out.stat().st_size > 1000


@pytest.mark.parametrize("args, message", [
    (["--steps", "0"], "--steps, --scale and --fps must be >= 1"),
    (["--out", "run.avi"], "--out must end in .gif or .mp4"),
    (["--policy", "no/such/dir"], "--policy must be 'random' or an RLlib checkpoint directory"),
    (["--policy", "."], "no RLlib policy module under"),
])
def test_replay_bad_arguments_exit_2_with_one_line(tmp_path, card_path, capsys, args, message):
    argv = ["replay", "mspacman", "--card", card_path, "--out", str(tmp_path / "run.gif"), *args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_replay_card_of_another_game_or_no_card(tmp_path, card_path, capsys, monkeypatch):
    monkeypatch.setenv("READ_REWARD_HOME", str(tmp_path))
    assert main(["replay", "skiing", "--card", card_path, "--out", str(tmp_path / "r.gif")]) == 2
    assert main(["replay", "skiing", "--out", str(tmp_path / "r.gif")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert "is for 'mspacman', not 'skiing'" in err[0] and "no card for 'skiing'" in err[1]
