"""The learning benchmark's runners and report: plain-PyTorch PPO (`benchmarks/learning_gym.py`) and
Stable-Baselines3 PPO (`benchmarks/learning_sb3.py`) on real Breakout with tiny budgets, resume,
reward variants, and the summary over seeds (`benchmarks/learning_report.py`)."""

from __future__ import annotations

import dataclasses
import json
import math
import os
import sys
from pathlib import Path

import pytest
import torch

from conftest import make_card
from read_reward.errors import InputError
from read_reward.train import FIELDS, read_metrics

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import learning_gym  # noqa: E402
import learning_report  # noqa: E402

BALL = 5.0  # the test card rewards touching the ball only, so a shaped episode's aux return is 5 x its ball hits


@pytest.fixture(scope="module")
def card():
    return make_card("breakout", {"Ball": BALL})


@pytest.fixture(scope="module")
def runs(tmp_path_factory, card):
    """A shaped run stopped by its time limit after one iteration, then resumed to 2,048 steps, and
    an unshaped run of 1,024 steps training on the game's reward / 100: two envs, 256 env steps per
    iteration."""
    torch.set_num_threads(1)
    root = tmp_path_factory.mktemp("learning")
    small = {"num_envs": 2, "steps": 1024, "smoothing": 50, "checkpoint_every": 100}
    shaped = learning_gym.Options("breakout", **{**small, "steps": 2048})
    stopped = learning_gym.train(shaped, root / "shaped", card=card, time_limit=0.0, log_every=1e9)
    first = read_metrics(root / "shaped")
    done = learning_gym.train(shaped, root / "shaped", log_every=1e9)
    scaled = learning_gym.Options("breakout", shaping=False, clip_game_reward=False, game_reward_scale=0.01, **small)
    learning_gym.train(scaled, root / "unshaped", card=card, log_every=1e9)
    return {"root": root, "stopped": stopped, "first": first, "done": done}


def test_gym_runner_stops_at_its_time_limit_and_resumes(runs):
    root = runs["root"]
    assert runs["stopped"] is False and [r["env_steps"] for r in runs["first"]] == [256]
    assert runs["done"] is True and [r["env_steps"] for r in read_metrics(root / "shaped")] == list(range(256, 2049, 256))
    assert sorted(p.name for p in (root / "shaped" / "checkpoint").iterdir()) == ["model.safetensors", "state.json"]
    state = json.loads((root / "shaped" / "checkpoint" / "state.json").read_text())
    assert state["env_steps"] == 2048 and state["iteration"] == 8
    with pytest.raises(InputError, match="other settings.*num_envs=2"):  # resumed only with the same options
        learning_gym.train(learning_gym.Options("breakout", num_envs=4, steps=2048), root / "shaped")


def test_gym_runner_writes_the_columns_of_read_reward_train_with_episode_means(runs):
    shaped, unshaped = read_metrics(runs["root"] / "shaped")[-1], read_metrics(runs["root"] / "unshaped")[-1]
    assert list(shaped) == FIELDS + ["hits_Ball", "hits_Block"]
    # Episodes ended (random Breakout loses its lives within ~200 steps) and their hits came through
    # the vector env's final_info: the shaped arm earned 5 per ball hit, the unshaped arm nothing.
    assert shaped["hits_Ball"] > 0 and shaped["aux_return"] == pytest.approx(BALL * shaped["hits_Ball"])
    assert unshaped["hits_Ball"] > 0 and unshaped["aux_return"] == 0
    # The unshaped arm trained on the game's reward / 100 (the "scaled" variant), not on its sign.
    assert unshaped["game_score"] > 0 and unshaped["episode_return"] == pytest.approx(unshaped["game_score"] / 100)


def test_entropy_schedule_is_piecewise_linear_in_env_steps():
    entropy = learning_gym.schedule("0:0.05,250000:0.01")
    assert [entropy(s) for s in (0, 125_000, 250_000, 10**6)] == pytest.approx([0.05, 0.03, 0.01, 0.01])
    assert learning_gym.schedule("0.02")(10**6) == 0.02
    with pytest.raises(InputError, match="step:value"):
        learning_gym.schedule("0:fast")


def test_report_summarises_over_seeds_with_random_play_and_thresholds(runs, tmp_path):
    root = runs["root"]
    randoms = learning_report.random_play(["breakout"], episodes=2, seed=0, path=tmp_path / "random.json")
    assert randoms["breakout"]["per_game"] >= 0 and randoms["breakout"]["episodes"] == 2
    level = read_metrics(root / "shaped")[-1]["game_score"]  # the last row reaches it: "reached"
    summary = learning_report.report([root / "shaped", root / "unshaped"], tmp_path, {"breakout": level}, randoms)
    by_arm = {row["arm"]: row for row in summary}
    assert by_arm["shaped"]["reached"] == "1/1" and by_arm["shaped"]["steps_to_threshold_max"] <= 2048
    assert by_arm["shaped"]["random_score"] == randoms["breakout"]["per_game"] and by_arm["shaped"]["human_score"] == 30.5
    assert (tmp_path / "breakout.png").stat().st_size > 10_000 and (tmp_path / "runs.csv").is_file()


def test_steps_to_threshold_is_where_the_curve_stays_above_it():
    curve = [{"env_steps": s, "game_score": v} for s, v in
             [(100, math.nan), (200, -30_000), (300, -20_000), (400, -28_000), (500, -16_000), (600, -15_000)]]
    assert learning_report.steps_to_threshold(curve, -25_000) == 500  # left the plateau for good at 500, not 300
    assert math.isnan(learning_report.steps_to_threshold(curve, -10_000))
    final, auc = learning_report.final_and_auc(curve)
    assert final == -15_000 and auc == pytest.approx((-25_000 - 24_000 - 22_000 - 15_500) / 4)


def test_sb3_runner_trains_on_game_plus_aux_and_writes_the_same_columns(tmp_path, card):
    import learning_sb3

    torch.set_num_threads(1)
    opts = learning_sb3.Options("breakout", steps=512, num_envs=2, smoothing=50)
    assert learning_sb3.train(opts, tmp_path / "sb3", card, subproc=False, say=lambda m: None)
    rows = read_metrics(tmp_path / "sb3")
    assert list(rows[-1]) == FIELDS + ["hits_Ball", "hits_Block"] and rows[-1]["env_steps"] == 512
    assert rows[-1]["hits_Ball"] > 0 and rows[-1]["aux_return"] == pytest.approx(BALL * rows[-1]["hits_Ball"])


def test_sb3_runner_stops_at_a_checkpoint_and_resumes_where_it_stopped(tmp_path, card):
    """A time limit of 0 s stops the run between its first two rollouts with a checkpoint; the same
    call goes on from there (the learning-rate schedule too) to the end; other options are refused."""
    import learning_sb3

    torch.set_num_threads(1)
    opts = learning_sb3.Options("breakout", steps=768, num_envs=2, smoothing=50)
    out = tmp_path / "sb3"
    assert not learning_sb3.train(opts, out, card, subproc=False, time_limit=0.0, say=lambda m: None)
    state = json.loads((out / "checkpoint" / "state.json").read_text())
    assert (state["iteration"], state["env_steps"]) == (1, 256) and len(read_metrics(out)) == 1
    with pytest.raises(InputError, match="other settings.*num_envs=2"):
        learning_sb3.train(dataclasses.replace(opts, num_envs=4), out, card, subproc=False, say=lambda m: None)
    assert learning_sb3.train(opts, out, say=lambda m: None, subproc=False)
    rows = read_metrics(out)
    assert [r["env_steps"] for r in rows] == [256, 512, 768] and [r["iteration"] for r in rows] == [1, 2, 3]
    assert json.loads((out / "checkpoint" / "state.json").read_text())["env_steps"] == 768
    assert rows[-1]["seconds"] >= rows[0]["seconds"]


def test_sb3_runner_a2c_writes_rows_of_many_short_rollouts_and_resumes(tmp_path, card):
    """`--algo a2c`: 5 steps an env per update, a metrics row every ~1,024 env steps, and a stop between two
    rollouts resumes with A2C's own optimizer state; the variant reaches only the sb3 runner."""
    import learning
    import learning_sb3
    from read_reward.train import load_config

    torch.set_num_threads(1)
    opts = learning_sb3.Options("breakout", steps=2040, num_envs=2, smoothing=50, algo="a2c")
    assert opts.row_every == 102 and learning_sb3.Options("breakout", num_envs=2).row_every == 1
    out = tmp_path / "a2c"
    assert not learning_sb3.train(opts, out, card, subproc=False, time_limit=0.0, say=lambda m: None)
    state = json.loads((out / "checkpoint" / "state.json").read_text())
    assert (state["iteration"], state["env_steps"]) == (1, 10) and not (out / "metrics.csv").exists()
    with pytest.raises(InputError, match="other settings.*algo='a2c'"):
        learning_sb3.train(dataclasses.replace(opts, algo="ppo"), out, card, subproc=False, say=lambda m: None)
    assert learning_sb3.train(opts, out, say=lambda m: None, subproc=False)
    rows = read_metrics(out)
    assert [r["env_steps"] for r in rows] == [1020, 2040] and [r["iteration"] for r in rows] == [102, 204]
    assert rows[-1]["hits_Ball"] > 0
    assert learning.gym_flags(learning.variant("a2c,gates8"), "sb3") == ["--algo", "a2c", "--passing-scale", "8.0"]
    assert learning.gym_flags(learning.variant("ramp"), "sb3") == ["--penalty-ramp-steps", "250000"]
    assert learning_sb3.Options("skiing", num_envs=8, penalty_ramp_steps=80_000).shaping_rule().penalty_ramp_steps \
        == 10_000  # each env counts its own steps
    with pytest.raises(InputError, match="penalty-ramp-steps"):
        learning_sb3.Options("skiing", penalty_ramp_steps=-1).shaping_rule()
    with pytest.raises(InputError, match="gym runner has no option"):
        learning.gym_flags(learning.variant("a2c"), "gym")
    with pytest.raises(InputError, match="sb3 runner only"):
        learning.with_overrides(load_config("ppo_cpu.yaml"), learning.variant("a2c"))


def test_sb3_runner_fades_the_reward_and_goes_on_with_the_fade_after_a_resume(tmp_path, card, monkeypatch):
    import learning_sb3
    from stable_baselines3.common.vec_env import DummyVecEnv

    rule = learning_sb3.Options("breakout", num_envs=4, aux_decay_steps=1000, passing_scale=4.0).shaping_rule()
    assert rule.decay_steps == 250 and rule.passing_scale == 4.0
    with pytest.raises(InputError, match="aux-decay-steps"):
        learning_sb3.Options("breakout", aux_decay_steps=-5).shaping_rule()
    calls = []
    original = DummyVecEnv.set_attr
    monkeypatch.setattr(DummyVecEnv, "set_attr", lambda self, name, value, indices=None: (
        calls.append((name, value)), original(self, name, value, indices))[1])
    torch.set_num_threads(1)
    opts = learning_sb3.Options("breakout", steps=512, num_envs=2, smoothing=50, aux_decay_steps=4096)
    out = tmp_path / "sb3"
    assert not learning_sb3.train(opts, out, card, subproc=False, time_limit=0.0, say=lambda m: None)
    assert calls == []
    assert learning_sb3.train(opts, out, say=lambda m: None, subproc=False)
    assert calls == [("steps", 128)]


def test_sb3_runner_gives_the_signal_handlers_back_when_learning_raises(tmp_path, card, monkeypatch):
    import signal

    import learning_sb3
    from stable_baselines3 import PPO

    def broken(self, *args, callback=None, **kwargs):
        callback.init_callback(self)
        callback.on_training_start(locals(), globals())
        raise RuntimeError("a broken env")

    monkeypatch.setattr(PPO, "learn", broken)
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(RuntimeError, match="broken env"):
        learning_sb3.train(learning_sb3.Options("breakout", steps=256, num_envs=2), tmp_path / "sb3", card,
                           subproc=False, say=lambda m: None)
    assert signal.getsignal(signal.SIGTERM) is before


def test_game_reward_variants_train_on_rescaled_or_symlog_game_reward():
    from read_reward.shaping import Shaping

    assert Shaping(clip_game_reward=True).train_reward(-7.0, -5.0) == -6.0  # today's default: sign + aux
    assert Shaping(game_reward_scale=0.01).train_reward(-5_505.0, -5.0) == pytest.approx(-60.05)
    assert Shaping(symlog_game_reward=True).train_reward(-7.0, 5.0) == pytest.approx(-math.log(8.0) + 5.0)
    with pytest.raises(InputError, match="clip_game_reward"):
        Shaping(clip_game_reward=True, game_reward_scale=0.01)


def test_gates_variant_reads_the_manuals_passing_reward_into_the_frozen_card(tmp_path, monkeypatch):
    """`--variant gates`: the frozen card plus the manual's "pass between" rewards; `contacts`: without."""
    import learning

    from read_reward.card import load_card, save_card

    frozen = make_card("skiing", {"Tree": -5.0, "Mogul": -5.0, "Flag": -5.0})
    read = make_card("skiing", {"Tree": 5.0})  # the manual's card: only its passing rewards are taken
    read.objects[[o.name for o in read.objects].index("Flag")].passing = 5.0
    monkeypatch.setattr(learning, "CARDS", tmp_path)
    monkeypatch.setattr(learning, "_built_card", lambda game: read)
    save_card(frozen, tmp_path / "skiing.json")
    gates = load_card(learning.card_path("skiing", learning.variant("gates")[learning.CARD_KEY]))
    assert gates.passing_rewards() == {"Flag": 5.0} and gates.rewards() == frozen.rewards()
    assert load_card(learning.card_path("skiing", False)).passing_rewards() == {}
    assert learning.variant("gates4")[learning.CARD_KEY] is True  # the same card, its gates weighed x4:
    assert learning.gym_flags(learning.variant("gates4,gamma999"), "sb3") == ["--passing-scale", "4.0", "--gamma", "0.999"]
    assert learning.card_path("skiing") == tmp_path / "skiing.json"
    assert learning.gym_flags(learning.variant("gates,scaled"), "gym") == [
        "--no-clip-game-reward", "--game-reward-scale", "0.01"]
    from read_reward.train import load_config

    config = learning.with_overrides(load_config("ppo_cpu.yaml"), learning.variant("gates"))
    assert "card" not in config
    home = tmp_path / "home"
    with learning.cards_home(home, "skiing", tmp_path / "skiing-gates.json"):
        from read_reward.train import ensure_card

        assert ensure_card("skiing").passing_rewards() == {"Flag": 5.0}  # what `read-reward train` reads
    assert os.environ.get("READ_REWARD_HOME") != str(home)  # restored afterwards


def test_gym_runner_counts_passes_apart_from_hits():
    from read_reward.shaping import count_names, event_key

    card = make_card("skiing", {"Flag": -5.0})
    card.objects[[o.name for o in card.objects].index("Flag")].passing = 5.0
    assert count_names(card) == ["Tree", "Mogul", "Flag", "Flag (passed)"]
    assert event_key({"object": "Flag", "kind": "pass"}) == "Flag (passed)"
    assert event_key({"object": "Flag", "kind": "hit"}) == event_key({"object": "Flag"}) == "Flag"
    episodes = learning_gym.Episodes(1, count_names(card), 5)
    events = [{"object": "Flag", "kind": "pass"}, {"object": "Flag", "kind": "hit"}, {"object": "Flag", "kind": "pass"}]
    episodes.step(torch.zeros(1).numpy(), torch.tensor([True]).numpy(),
                  {"final_info": {"read_reward": {"events": [events], "game_score": [-3000.0], "aux_return": [5.0]}}})
    means = episodes.means()
    assert means["hits_Flag"] == 1 and means["hits_Flag (passed)"] == 2 and means["aux_return"] == 5.0


def test_fade_variant_spreads_the_decay_over_all_envs_and_resumes_it(tmp_path, card, monkeypatch):
    """`--aux-decay-steps` counts env steps of the whole run: each env's wrapper counts its own, so it
    gets its share, and a resumed run's fresh envs go on from where the run stopped."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import gymnasium as gym
    import learning

    rule = learning_gym.Options("breakout", num_envs=4, aux_decay_steps=1000).shaping_rule()
    assert rule.decay_steps == 250 and rule.factor(125) == pytest.approx(0.5)
    assert learning_gym.Options("breakout").shaping_rule().decay_steps is None
    with pytest.raises(InputError, match="aux-decay-steps"):
        learning_gym.Options("breakout", aux_decay_steps=-5).shaping_rule()
    assert learning.gym_flags(learning.variant("fade"), "gym") == ["--aux-decay-steps", "250000"]
    assert learning.gym_flags(learning.variant("fade"), "sb3") == ["--aux-decay-steps", "250000"]
    with pytest.raises(InputError, match="sb3 runner has no option"):  # the gym runner's potential term only
        learning.gym_flags(learning.variant("approach"), "sb3")
    with pytest.raises(InputError, match="gym runner has no option"):  # RLlib's clamp only
        learning.gym_flags(learning.variant("vf"), "gym")
    from read_reward.train import load_config

    lifted = learning.with_overrides(load_config("ppo_long_horizon.yaml"), learning.variant("vf"))
    assert lifted["training"]["vf_clip_param"] == 10_000.0
    apart = learning.with_overrides(load_config("ppo_long_horizon.yaml"), learning.variant("vf,vfsep"))
    assert apart["model"]["vf_share_layers"] is False and apart["model"]["conv_filters"]  # the rest kept
    with pytest.raises(InputError, match="sb3 runner has no option"):
        learning.gym_flags(learning.variant("vfsep"), "sb3")
    assert learning.gym_flags(learning.variant("gates8,freevalue"), "gym") == ["--passing-scale", "8.0", "--unclipped-value"]
    with pytest.raises(InputError, match="gym runner only"):
        learning.with_overrides(load_config("ppo_long_horizon.yaml"), learning.variant("freevalue"))
    clean = learning.with_overrides(load_config("ppo_long_horizon.yaml"), learning.variant("cleanrl"))
    assert clean["training"]["num_epochs"] == 4 and clean["training"]["lr"][-1] == [500_000, 0.0]
    assert clean["env_runners"]["num_envs_per_env_runner"] * 128 == clean["training"]["train_batch_size_per_learner"]
    assert learning.with_overrides(load_config("ppo_long_horizon.yaml"), learning.variant("nokl"))["training"][
        "use_kl_loss"] is False
    calls = []
    original = gym.vector.AsyncVectorEnv.set_attr
    monkeypatch.setattr(gym.vector.AsyncVectorEnv, "set_attr",
                        lambda self, name, values: (calls.append((name, list(values))), original(self, name, values))[1])
    opts = learning_gym.Options("breakout", num_envs=2, steps=512, aux_decay_steps=4096, checkpoint_every=100)
    learning_gym.train(opts, tmp_path / "fade", card=card, time_limit=0.0, log_every=1e9)  # one iteration: 256 steps
    assert calls == []
    learning_gym.train(opts, tmp_path / "fade", log_every=1e9)
    assert calls == [("steps", [128, 128])]


def test_report_refuses_a_folder_that_is_no_run(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["learning_report.py", str(tmp_path)])
    assert learning_report.main() == 2
    assert "not a run folder" in capsys.readouterr().err


def test_rllib_net_is_rllibs_own_model_for_the_config():
    """`--rllib-net` builds what RLlib builds from ppo_cpu.yaml's model: the same layers, weight for weight."""
    import gymnasium as gym
    import numpy as np
    from ray.rllib.algorithms.ppo import PPOConfig

    import learning
    from read_reward.train import load_config

    space = gym.spaces.Box(-1, 1, (64, 64, 4), np.float32)
    module = (PPOConfig().environment(observation_space=space, action_space=gym.spaces.Discrete(3))
              .rl_module(model_config=load_config("ppo_cpu.yaml")["model"]).get_rl_module_spec().build())
    ours = learning_gym.Agent(3, 4, 64, rllib_net=True)
    shapes = sorted(tuple(p.shape) for p in ours.parameters())
    assert shapes == sorted(tuple(p.shape) for p in module.parameters())
    assert sum(p.numel() for p in learning_gym.Agent(3, 4, 64).parameters()) < sum(p.numel() for p in ours.parameters()) / 4
    logits, values = ours(torch.full((2, 4, 64, 64), 255, dtype=torch.uint8))
    assert logits.shape == (2, 3) and values.shape == (2,)
    assert learning.gym_flags(learning.variant("gates8,rllibnet"), "gym") == ["--passing-scale", "8.0", "--rllib-net"]
    with pytest.raises(InputError, match="gym runner only"):
        learning.with_overrides(load_config("ppo_cpu.yaml"), learning.variant("rllibnet"))


def test_cleannet_variant_is_the_gym_runners_network_in_rllib():
    """`--variant cleannet` on the 64x64 frames: RLlib builds as many weights as the gym runner's `Agent`,
    a 4x4 convolution standing for its 1,024 -> 256 layer."""
    import gymnasium as gym
    import numpy as np
    from ray.rllib.algorithms.ppo import PPOConfig

    import learning
    from read_reward.train import load_config

    config = learning.with_overrides(load_config("ppo_cpu.yaml"), learning.variant("cleannet"))
    space = gym.spaces.Box(-1, 1, (64, 64, 4), np.float32)
    module = (PPOConfig().environment(observation_space=space, action_space=gym.spaces.Discrete(3))
              .rl_module(model_config=config["model"]).get_rl_module_spec().build())
    counts = sorted(p.numel() for p in module.parameters())
    assert counts == sorted(p.numel() for p in learning_gym.Agent(3, 4, 64).parameters())


def test_an_unclipped_critic_moves_further_toward_the_returns_in_one_update():
    """PPO2's value clipping stops the critic's gradient once a prediction has moved `clip`; `unclipped_value`
    lifts it (Adam's momentum and the shared layers still move a clipped critic some way)."""
    moved = {}
    for unclipped in (False, True):
        torch.manual_seed(0)
        agent = learning_gym.Agent(3, 4, 64)
        opts = learning_gym.Options("skiing", lr=1e-4, epochs=20, minibatches=1, ent_coef="0", unclipped_value=unclipped)
        optimizer = torch.optim.Adam(agent.parameters(), lr=opts.lr)
        obs = torch.randint(0, 255, (4, 2, 4, 64, 64)).float()
        with torch.no_grad():
            logits, values = agent(obs.reshape(-1, 4, 64, 64))
        values = values.reshape(4, 2)
        rollout = (obs, torch.zeros(4, 2), torch.full((4, 2), -1.0986), torch.full((4, 2), -10.0),
                   torch.zeros(4, 2), values)
        learning_gym._update(agent, optimizer, opts, 0.0, obs[-1], torch.ones(2), rollout)
        with torch.no_grad():
            moved[unclipped] = (values - agent(obs.reshape(-1, 4, 64, 64))[1].reshape(4, 2)).mean().item()
    assert moved[True] > 3 * moved[False] > 0


def test_sb3_runner_follows_an_entropy_schedule_and_the_entropy_variant_reaches_it(tmp_path, card):
    """`--variant a2c,entropy`: SB3's entropy coefficient follows the schedule by env steps (A2C or PPO)."""
    import learning
    import learning_sb3

    torch.set_num_threads(1)
    assert learning.gym_flags(learning.variant("a2c,entropy"), "sb3") == ["--algo", "a2c", "--ent-coef", "0:0.05,250000:0.01"]
    assert learning.gym_flags(learning.variant("a2c,entfloor"), "sb3") == ["--algo", "a2c", "--ent-coef", "0:0.05"]
    assert learning_sb3.schedule("0:0.05")(10**6) == pytest.approx(0.05)
    seen = []
    opts = learning_sb3.Options("breakout", steps=40, num_envs=2, smoothing=50, algo="a2c", ent_coef="0:0.05,40:0.01")
    from stable_baselines3 import A2C

    train_step = A2C.train
    A2C.train = lambda self: (seen.append(self.ent_coef), train_step(self))[1]
    try:
        assert learning_sb3.train(opts, tmp_path / "sb3", card, subproc=False, say=lambda m: None)
    finally:
        A2C.train = train_step
    assert seen[0] == pytest.approx(0.05) and seen[-1] < seen[0] and all(a >= b for a, b in zip(seen, seen[1:]))


def test_sb3_runner_refuses_a_bad_entropy_schedule_before_writing_anything(tmp_path, card, capsys):
    import learning_sb3

    from read_reward.card import save_card

    save_card(card, tmp_path / "card.json")
    out = tmp_path / "sb3"
    assert learning_sb3.main(["breakout", "--out", str(out), "--card", str(tmp_path / "card.json"), "--ent-coef", "0:x"]) == 2
    assert "schedule '0:x'" in capsys.readouterr().err and not out.exists()
