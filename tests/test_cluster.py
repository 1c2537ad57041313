"""`read-reward train` on a real two-node Ray cluster (ray.cluster_utils.Cluster on one machine):
env runners on both nodes, and training that goes on when an env runner or a node dies.

Slow (minutes on 2 cores): run with `pytest -m slow tests/test_cluster.py`."""

from __future__ import annotations

import os
import signal

import pytest

from read_reward.card import save_card
from read_reward.train import RunSpec, load_config, read_metrics, train

pytestmark = pytest.mark.slow


@pytest.fixture
def cluster(tmp_path, monkeypatch, mspacman_card):
    import ray
    from ray.cluster_utils import Cluster

    monkeypatch.setenv("READ_REWARD_HOME", str(tmp_path / "home"))
    save_card(mspacman_card, tmp_path / "home" / "cards" / "mspacman.json")
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
    worker = cluster.add_node(num_cpus=2)
    cluster.wait_for_nodes()
    ray.init(address=cluster.address, include_dashboard=False, log_to_driver=False)
    yield cluster, worker
    ray.shutdown()
    cluster.shutdown()


def env_runners() -> list[dict]:
    """The live env runner actors: their node ids and process ids (GCS view; no dashboard needed)."""
    import ray._private.state as state

    return [a for a in state.actors().values()
            if a["ActorClassName"].endswith("SingleAgentEnvRunner") and a["State"] == "ALIVE"]


def spec(steps: int) -> RunSpec:
    config = load_config("ppo_tiny.yaml")
    config["env_runners"]["num_envs_per_env_runner"] = 1
    return RunSpec("mspacman", config, steps, env_runners=3)


def test_env_runners_on_both_nodes_produce_shaped_rewards(cluster, tmp_path):
    seen = []
    train(spec(768), tmp_path / "run", say=lambda line: seen.append({a["Address"]["NodeID"] for a in env_runners()}))
    assert len(seen[0]) == 2  # three env runners: one on the head, two on the worker node
    rows = read_metrics(tmp_path / "run")
    assert rows[-1]["hits_Pill"] > 0 and rows[-1]["aux_return"] != 0


def test_training_goes_on_when_an_env_runner_and_then_a_node_die(cluster, tmp_path):
    _, worker = cluster
    events = []

    def chaos(line: str) -> None:
        events.append(line)
        if len(events) == 1:  # kill one env runner's process
            os.kill(env_runners()[0]["Pid"], signal.SIGKILL)
        elif len(events) == 3:  # then take the whole worker node away
            cluster[0].remove_node(worker)

    train(spec(2048), tmp_path / "run", say=chaos)
    rows = read_metrics(tmp_path / "run")
    assert rows[-1]["env_steps"] >= 2048 and len(rows) >= 6
