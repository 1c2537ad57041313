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
    for obj in skiing_card.objects:  # as the bundled manual has it: ski between the flags
        obj.passing = 5.0 if obj.name == "Flag" else 0.0
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
    for name in ("ppo_cpu.yaml", "appo_cluster.yaml", "ppo_tiny.yaml", "ppo_long_horizon.yaml"):
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
    assert "hits_Flag (passed)" in rows[0] and "hits_Tree" in rows[0]  # the card rewards passing between flags
    with pytest.raises(InputError, match="--resume"):
        train(RunSpec("skiing", load_config("ppo_tiny.yaml"), steps=512), out)

    # A crash after the last checkpoint leaves a row the checkpoint does not have: the resume redoes it.
    with (out / "metrics.csv").open("a") as fh:
        fh.write("3,768,99.0,5.0,nan,nan,nan" + ",nan" * (len(rows[0]) - 7) + "\n")
    spec = read_spec(out)
    spec.steps = 768
    train(spec, out, resume=True, say=lines.append)
    rows = read_metrics(out)
    assert [r["iteration"] for r in rows] == [1, 2, 3] and rows[-1]["env_steps"] == 768  # counts carried over
    assert rows[-1]["seconds"] < 99
    assert rows[-1]["seconds"] > rows[1]["seconds"]


def test_config_rllib_rejects_leaves_no_run_folder(home, tmp_path):
    config = load_config("ppo_tiny.yaml")
    config["training"]["train_batch_size_per_learner"] = 100  # not reachable with 2 envs x 128 steps
    with pytest.raises(InputError, match="RLlib rejected the config"):
        train(RunSpec("skiing", config, steps=256), tmp_path / "run")
    assert not (tmp_path / "run").exists()


def test_resume_needs_a_run_folder(tmp_path):
    with pytest.raises(InputError, match="not a resumable run folder"):
        read_spec(tmp_path)


@pytest.mark.parametrize("argv, message", [
    (["train"], "needs a game"),
    (["train", "skiing", "--steps", "0"], "--steps must be a positive"),
    (["train", "zork"], "not covered by OCAtari"),
    (["train", "skiing", "--config", "nope.yaml"], "pick one of rllib_configs/"),
    (["train", "--resume", "/nonexistent/run"], "not a resumable run folder"),
    (["compare", "/nonexistent/run"], "has no metrics.csv"),
])
def test_train_bad_input_exits_2(argv, message, capsys, home):
    from read_reward.cli import main

    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err


def test_ctrl_c_leaves_a_resumable_run_and_compare_plots_it(home, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "run"
    cmd = [sys.executable, "-m", "read_reward.cli", "train", "skiing", "--config", "ppo_tiny.yaml",
           "--steps", "100000", "--out", str(out)]
    # SIGINT back to its default in the child: a shell's background job (CI) inherits it ignored
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy(),
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.time() + 240
        while time.time() < deadline and not ((out / "metrics.csv").exists() and len(read_metrics(out)) >= 2):
            time.sleep(1)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=300)  # a hang guard: a busy machine can take minutes
    finally:
        proc.kill()  # never leave a 100k-step run going
    assert proc.returncode == 130, err[-2000:]
    assert "--resume" in err and (out / "checkpoint").is_dir() and (out / "curve.png").is_file()
    done = read_metrics(out)[-1]

    resume = subprocess.run([sys.executable, "-m", "read_reward.cli", "train", "--resume", str(out), "--steps",
                             str(int(done["env_steps"]) + 512)], capture_output=True, text=True, timeout=600)  # a hang guard
    assert resume.returncode == 0, resume.stderr[-2000:]
    rows = read_metrics(out)
    # Numbering and step counts carry on (a Ctrl-C inside an iteration may count its sampled steps).
    assert [r["iteration"] for r in rows] == list(range(1, len(rows) + 1)) and len(rows) > done["iteration"]
    steps = [r["env_steps"] for r in rows]
    assert steps == sorted(set(steps)) and done["env_steps"] + 512 <= steps[-1] <= done["env_steps"] + 1024

    from read_reward.cli import main

    assert main(["compare", str(out), str(out), "--out", str(tmp_path / "c.png")]) == 0
    assert (tmp_path / "c.png").stat().st_size > 10_000
