"""read_reward.ppo_learner: PPO2's clipped value loss and CleanRL's init on RLlib's PPO learner."""

from __future__ import annotations

import copy
import math

import gymnasium as gym
import numpy as np
import pytest
import torch
import yaml

from read_reward.errors import InputError
from read_reward.train import load_config

OBS, ACT = gym.spaces.Box(-1, 1, (4,), np.float32), gym.spaces.Discrete(3)


def build_learner(options):
    from ray.rllib.algorithms.ppo import PPOConfig

    from read_reward.ppo_learner import ReadRewardPPOLearner

    config = (PPOConfig().environment(observation_space=OBS, action_space=ACT)
              .training(learner_class=ReadRewardPPOLearner, vf_clip_param=math.inf, use_kl_loss=False,
                        entropy_coeff=0.0, vf_loss_coeff=0.5)
              .learners(learner_config_dict=options)
              .rl_module(model_config={"fcnet_hiddens": [8], "head_fcnet_hiddens": [8]})
              .debugging(seed=0))
    return config, config.build_learner(env=None, spaces={"default_policy": (OBS, ACT)})


def value_bias_grad(learner, config, old_shift: float) -> float:
    """d loss / d (value head's output bias) on a batch with zero advantages, the targets 10 above the
    current values and the 'old' values `old_shift` below them."""
    from ray.rllib.core.columns import Columns
    from ray.rllib.evaluation.postprocessing import Postprocessing

    from read_reward.ppo_learner import OLD_VALUES

    module = learner.module["default_policy"].unwrapped()
    obs = torch.as_tensor(np.random.default_rng(0).uniform(-1, 1, (16, 4)), dtype=torch.float32)
    batch = {Columns.OBS: obs, Columns.ACTIONS: torch.zeros(16, dtype=torch.long)}
    fwd = module.forward_train(batch)
    values = module.compute_values(batch).detach()
    dist = module.get_train_action_dist_cls().from_logits(fwd[Columns.ACTION_DIST_INPUTS].detach())
    batch.update({Columns.ACTION_DIST_INPUTS: fwd[Columns.ACTION_DIST_INPUTS].detach(),
                  Columns.ACTION_LOGP: dist.logp(batch[Columns.ACTIONS]),
                  Postprocessing.ADVANTAGES: torch.zeros(16), Postprocessing.VALUE_TARGETS: values + 10.0,
                  OLD_VALUES: values - old_shift})
    module.zero_grad()
    loss = learner.compute_loss_for_module(module_id="default_policy", config=config, batch=batch, fwd_out=fwd)
    loss.backward()
    return float(list(module.vf.modules())[-1].bias.grad)


def policy_loss(learner, config, advantages: torch.Tensor) -> float:
    """The learner's loss on a fixed batch of 16 (targets = current values) with these advantages."""
    from ray.rllib.core.columns import Columns
    from ray.rllib.evaluation.postprocessing import Postprocessing

    module = learner.module["default_policy"].unwrapped()
    rng = np.random.default_rng(1)
    obs = torch.as_tensor(rng.uniform(-1, 1, (16, 4)), dtype=torch.float32)
    batch = {Columns.OBS: obs, Columns.ACTIONS: torch.as_tensor(rng.integers(0, 3, 16))}
    with torch.no_grad():
        fwd = module.forward_train(batch)
        logits = fwd[Columns.ACTION_DIST_INPUTS] + 0.3  # old policy != current one: the ratio is not 1
        dist = module.get_train_action_dist_cls().from_logits(logits + torch.as_tensor(rng.normal(0, 0.5, (16, 3)),
                                                                                          dtype=torch.float32))
        batch.update({Columns.ACTION_DIST_INPUTS: logits, Columns.ACTION_LOGP: dist.logp(batch[Columns.ACTIONS]),
                      Postprocessing.ADVANTAGES: advantages,
                      Postprocessing.VALUE_TARGETS: module.compute_values(batch)})
        return float(learner.compute_loss_for_module(module_id="default_policy", config=config, batch=batch,
                                                     fwd_out=fwd))


def test_minibatch_advantage_norm_standardises_each_minibatch():
    raw = torch.as_tensor(np.random.default_rng(2).normal(40.0, 7.0, 16), dtype=torch.float32)
    standard = (raw - raw.mean()) / (raw.std() + 1e-8)
    config, learner = build_learner({"adv_norm": "minibatch"})
    _, plain = build_learner({})  # same seed: the same weights
    assert policy_loss(learner, config, raw) == pytest.approx(policy_loss(plain, config, standard), abs=1e-5)
    assert policy_loss(plain, config, raw) != pytest.approx(policy_loss(plain, config, standard), abs=1e-3)


def test_adam_eps_sets_the_optimizers_epsilon():
    for options, eps in (({"adam_eps": 1e-5}, 1e-5), ({}, 1e-8)):
        _, learner = build_learner(options)
        (optimizer,) = learner.get_optimizers_for_module("default_policy")
        assert optimizer[1].param_groups[0]["eps"] == eps


def test_unit_frames_are_rllibs_frames_moved_to_0_1():
    from read_reward.rllib import atari_env

    frames = {}
    for kind in ("signed", "unit"):
        env = atari_env({"env_id": "ALE/Breakout-v5", "framestack": 4, "frames": kind})
        env.reset(seed=3)
        frames[kind] = env.step(1)[0]
        assert env.observation_space.contains(frames[kind])
        env.close()
    assert frames["unit"].min() >= 0 and frames["signed"].min() < 0
    np.testing.assert_allclose(frames["unit"], (frames["signed"] + 1) / 2, atol=1e-6)


def test_value_clip_stops_the_critic_once_it_moved_past_the_clip():
    config, learner = build_learner({"value_clip": 0.1})
    # inside the clip: the plain squared error's gradient, 0.5 * 2 * (v - R) = -10
    assert value_bias_grad(learner, config, old_shift=0.0) == pytest.approx(-10.0, rel=1e-4)
    # already 1 past the old prediction towards the target: PPO2's clipped term wins, no gradient
    assert value_bias_grad(learner, config, old_shift=1.0) == 0.0
    # past it the other way (away from the target): the plain term is larger, its gradient stays
    assert value_bias_grad(learner, config, old_shift=-1.0) == pytest.approx(-10.0, rel=1e-4)


def test_orthogonal_init_scales_the_heads_as_cleanrl():
    _, learner = build_learner({"init": "orthogonal"})
    module = learner.module["default_policy"].unwrapped()
    pi_last, vf_last = list(module.pi.modules())[-1], list(module.vf.modules())[-1]
    assert torch.allclose(pi_last.weight @ pi_last.weight.T, 1e-4 * torch.eye(3), atol=1e-7)
    assert torch.allclose(vf_last.weight @ vf_last.weight.T, torch.eye(1), atol=1e-5)
    hidden = [m for m in module.modules() if isinstance(m, torch.nn.Linear) and m not in (pi_last, vf_last)]
    assert hidden and all(torch.all(m.bias == 0) for m in hidden)
    for m in hidden:  # gain sqrt(2): the smaller side's singular values are all sqrt(2)
        assert torch.allclose(torch.linalg.svdvals(m.weight), torch.full((min(m.weight.shape),), math.sqrt(2)),
                              atol=1e-4)


@pytest.mark.parametrize("learner, message", [
    ({"value_clip": -0.1}, "'learner.value_clip' must be a positive number"),
    ({"value_clip": True}, "'learner.value_clip' must be a positive number"),
    ({"init": "xavier"}, "'learner.init' must be rllib or orthogonal"),
    ({"clip": 0.1}, "unknown key 'learner.clip'"),
    ({"adv_norm": "episode"}, "'learner.adv_norm' must be batch or minibatch"),
    ({"adam_eps": 0}, "'learner.adam_eps' must be a number between 0 and 1"),
    ({"adam_eps": "1e-5"}, "'learner.adam_eps' must be a number between 0 and 1"),
])
def test_bad_learner_options_name_the_key(tmp_path, learner, message):
    cfg = copy.deepcopy(load_config("ppo_tiny.yaml"))
    cfg["learner"] = learner
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(cfg))
    with pytest.raises(InputError, match=message):
        load_config(path)


@pytest.mark.parametrize("key, value, message", [("frames", "bytes", "'env.frames' must be signed"),
                                                 ("stack", "dopamine", "'env.stack' must be rllib or gymnasium")])
def test_bad_env_options_name_the_key(tmp_path, key, value, message):
    cfg = copy.deepcopy(load_config("ppo_tiny.yaml"))
    cfg["env"][key] = value
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(cfg))
    with pytest.raises(InputError, match=message):
        load_config(path)


def test_learner_options_are_for_ppo_only(tmp_path):
    cfg = copy.deepcopy(load_config("appo_cluster.yaml"))
    cfg["learner"] = {"init": "orthogonal"}
    path = tmp_path / "appo.yaml"
    path.write_text(yaml.safe_dump(cfg))
    with pytest.raises(InputError, match="PPO only"):
        load_config(path)


def test_a_run_uses_the_learner_options(skiing_card):
    from read_reward.train import RunSpec, algorithm_config

    cfg = copy.deepcopy(load_config("ppo_tiny.yaml"))
    cfg["learner"] = {"value_clip": 0.2, "init": "orthogonal"}
    config = algorithm_config(RunSpec("skiing", cfg, steps=256), skiing_card)
    assert config.learner_class.__name__ == "ReadRewardPPOLearner"
    assert config.vf_clip_param == math.inf and config.learner_config_dict["value_clip"] == 0.2


def test_gymnasium_stack_gives_the_gym_runners_frames_channels_last():
    import ale_py

    from read_reward.rllib import atari_env

    gym.register_envs(ale_py)
    ours = atari_env({"env_id": "ALE/Breakout-v5", "framestack": 4, "frames": "unit", "stack": "gymnasium",
                      "repeat_action_probability": 0.0})
    theirs = gym.wrappers.FrameStackObservation(gym.wrappers.AtariPreprocessing(
        gym.make("ALE/Breakout-v5", frameskip=1, repeat_action_probability=0.0), frame_skip=4, screen_size=64), 4)
    a, _ = ours.reset(seed=5)
    b, _ = theirs.reset(seed=5)
    for action in (1, 2, 2, 3, 0):
        a, b = ours.step(action)[0], theirs.step(action)[0]
    assert a.shape == (64, 64, 4) and ours.observation_space.contains(a)
    np.testing.assert_allclose(a, np.moveaxis(b, 0, -1) / 255.0, atol=1e-6)
    ours.close(), theirs.close()
