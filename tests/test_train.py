"""`read-reward train`: configs, run folders, checkpoints and resume, with real (tiny) PPO runs."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from read_reward.card import save_card
from read_reward.errors import InputError
from read_reward.train import RunSpec, load_config, read_metrics, read_spec, train


@pytest.fixture
def home(tmp_path, monkeypatch, skiing_card):
    monkeypatch.setenv("READ_REWARD_HOME", str(tmp_path / "home"))
    save_card(skiing_card, tmp_path / "home" / "cards" / "skiing.json")  # no manual reading here
    return tmp_path / "home"


@pytest.mark.parametrize("edit, message", [
    (lambda c: c.update(trainig={}), "unknown key 'trainig'"),
    (lambda c: c["training"].update(learning_rate=1e-3), "unknown key 'training.learning_rate' for PPO"),
    (lambda c: c["model"].update(conv_layers=[]), "unknown key 'model.conv_layers'"),
    (lambda c: c["shaping"].update(magnitude=5), "unknown key 'shaping.magnitude'"),
    (lambda c: c.update(algorithm="DQN2"), "'algorithm' must be one of"),
    (lambda c: c.update(env=[1]), "'env' must be a mapping"),
])
def test_invalid_configs_name_the_bad_key(tmp_path, edit, message):
    cfg = copy.deepcopy(load_config("ppo_tiny.yaml"))
    edit(cfg)
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(cfg))
    with pytest.raises(InputError, match=message):
        load_config(path)


def test_bundled_configs_are_valid():
    for name in ("ppo_cpu.yaml", "appo_cluster.yaml", "ppo_tiny.yaml"):
        assert load_config(name)["algorithm"] in ("PPO", "APPO")
    with pytest.raises(InputError, match="pick one of rllib_configs/"):
        load_config("nope.yaml")


def test_run_folder_checkpoint_and_resume(home, tmp_path):
    out = tmp_path / "run"
    lines = []
    train(RunSpec("skiing", load_config("ppo_tiny.yaml"), steps=512), out, say=lines.append)
    assert {p.name for p in out.iterdir()} >= {"run.json", "config.yaml", "card.json", "metrics.csv",
                                               "curve.png", "checkpoint"}
    rows = read_metrics(out)
    assert [r["env_steps"] for r in rows] == [256, 512] and "ETA" in lines[-1] and "512/512" in lines[-1]
    assert json.loads((out / "card.json").read_text())["game"] == "skiing"
    with pytest.raises(InputError, match="--resume"):
        train(RunSpec("skiing", load_config("ppo_tiny.yaml"), steps=512), out)

    spec = read_spec(out)
    spec.steps = 768
    train(spec, out, resume=True, say=lines.append)
    rows = read_metrics(out)
    assert [r["iteration"] for r in rows] == [1, 2, 3] and rows[-1]["env_steps"] == 768  # counts carried over
    assert rows[-1]["seconds"] > rows[1]["seconds"]


def test_resume_needs_a_run_folder(tmp_path):
    with pytest.raises(InputError, match="not a resumable run folder"):
        read_spec(tmp_path)
