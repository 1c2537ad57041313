"""ReadRewardCallback in real PPO runs (ray 2.60, new API stack): tiny batches, 2 CPUs."""

from __future__ import annotations

import sys

import numpy as np
import pytest
import torch

from read_reward.card import save_card
from read_reward.cli import main
from read_reward.errors import InputError
from read_reward.shaping import ReadRewardCallback, Shaping

ENV = "read-reward-test-mspacman"


@pytest.fixture(scope="module")
def ray_started():
    import ray
    from ray import tune

    from read_reward.rllib import atari_env

    torch.set_num_threads(1)
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # env runners cannot import tests/
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    tune.register_env(ENV, atari_env)
    yield
    ray.shutdown()


def probe(callback: type) -> type:
    """The callback, plus a check on what the learner gets: the sampled episodes' rewards must be
    the game's rewards (their signs with `clip_game_reward`) plus the auxiliary rewards, every step."""

    class Probe(callback):
        expected = aux = 0.0

        def on_episode_step(self, *, episode, **kwargs):
            events = episode.custom_data["read_reward_events"]
            before, game = len(events), float(episode.get_rewards(-1))
            super().on_episode_step(episode=episode, **kwargs)
            aux = sum(e["reward"] for e in events[before:])
            self.expected += float(np.sign(game)) + aux if self.shaping.clip_game_reward else game + aux
            self.aux += aux

        def on_sample_end(self, *, samples, metrics_logger, **kwargs):
            trained = sum(float(np.sum(ep.get_rewards())) for ep in samples)
            metrics_logger.log_value(("probe", "residual"), abs(trained - self.expected), reduce="max",
                                     window=1000)
            metrics_logger.log_value(("probe", "aux"), self.aux, reduce="sum")
            self.expected = self.aux = 0.0

    return Probe


def ppo_config(callback: type):
    from ray.rllib.algorithms.ppo import PPOConfig

    return (PPOConfig()
            .environment(ENV, env_config={"env_id": "ALE/MsPacman-v5", "dim": 42, "repeat_action_probability": 0.0})
            .env_runners(num_env_runners=1, num_envs_per_env_runner=2, rollout_fragment_length=128)
            .training(train_batch_size_per_learner=256, minibatch_size=64, num_epochs=1)
            .rl_module(model_config={"conv_filters": [[16, [4, 4], 2], [32, [4, 4], 2], [64, [6, 6], 1]],
                                     "head_fcnet_hiddens": [64]})
            .callbacks(callback))


def finished(result: dict) -> bool:
    """Whether an iteration's result holds episode metrics (episodes that ended in it or its window)."""
    hits = result["env_runners"].get("read_reward", {}).get("hits_mean", {})
    return bool(np.isfinite(hits.get("Pill", np.nan)))


def test_ppo_learner_trains_on_game_plus_aux_reward_and_logs_the_game_score(ray_started, mspacman_card, tmp_path):
    algo = ppo_config(probe(ReadRewardCallback.for_card(mspacman_card))).build_algo()
    try:
        results = [algo.train() for _ in range(4)]
        while len(results) < 10 and not any(finished(r) for r in results):  # Ms. Pac-Man episodes are long
            results.append(algo.train())
        checkpoint = algo.save(str(tmp_path / "checkpoint")).checkpoint.path
    finally:
        algo.stop()
    # a busy machine can leave one iteration's runner metrics for the next (empty windows read nan):
    # check the whole run, and the episode metrics of the last iteration that reported finished episodes
    reported = [r["env_runners"] for r in results if finished(r)]
    assert reported, [sorted(r["env_runners"]) for r in results]
    runners = reported[-1]
    read = runners["read_reward"]
    checked = [r["env_runners"]["probe"] for r in results if "probe" in r["env_runners"]]
    assert any(c["aux"] != 0 for c in checked), checked  # hits were rewarded...
    assert all(c["residual"] < 1e-6 for c in checked), checked  # ...in the episodes handed to the learner
    assert set(read["hits_mean"]) == {"Ghost", "Fruit", "PowerPill", "Pill"}
    # a window can hold only episodes that lost a life before the first pill (CI saw 0.0): any window
    assert any(r["read_reward"]["hits_mean"]["Pill"] > 0 for r in reported), [r["read_reward"] for r in reported]
    # RLlib's return includes the auxiliary reward; the logged game score excludes it.
    assert runners["episode_return_mean"] == pytest.approx(read["game_score_mean"] + read["aux_return_mean"]), read
    # ...and the logged auxiliary return is what those hits earn (a window whose pills and ghosts cancel
    # out reads 0, so check the sum, not that it is non-zero)
    earned = sum(reward * read["hits_mean"][name] for name, reward in mspacman_card.rewards().items())
    assert read["aux_return_mean"] == pytest.approx(earned), read

    # The trained policy plays in `read-reward replay` (RLModule restored from the checkpoint).
    card = str(save_card(mspacman_card, tmp_path / "mspacman.json"))
    out = tmp_path / "trained.gif"
    assert main(["replay", "mspacman", "--card", card, "--policy", checkpoint, "--steps", "40", "--out", str(out)]) == 0
    assert out.stat().st_size > 10_000


@pytest.mark.parametrize("shaping", [Shaping(clip_game_reward=True), Shaping.off(clip_game_reward=True)])
def test_clip_game_reward_trains_on_its_sign_plus_aux(ray_started, mspacman_card, shaping):
    from ray.rllib.env.single_agent_env_runner import SingleAgentEnvRunner

    config = ppo_config(probe(ReadRewardCallback.for_card(mspacman_card, shaping))).env_runners(num_env_runners=0)
    runner = SingleAgentEnvRunner(config=config)
    try:
        episodes = runner.sample(num_timesteps=600, random_actions=True)
        checked = runner.get_metrics()["probe"]
    finally:
        runner.stop()
    assert checked["residual"] < 1e-6, checked
    assert (checked["aux"] != 0) is shaping.enabled, checked
    trained = np.concatenate([ep.get_rewards() for ep in episodes])
    # the game's sign plus the step's hits: pills 10 -> 1 (+5), up to two ghosts met in one step (-5 each)
    allowed = {float(sign + 5 * k) for sign in (-1, 0, 1) for k in (-2, -1, 0, 1)}
    assert trained.max() > 0 and set(np.unique(trained)) <= allowed and not {10.0, 15.0} & set(np.unique(trained))


def test_callback_errors_early(mspacman_card, breakout_card):
    with pytest.raises(InputError, match="not covered by OCAtari"):
        ReadRewardCallback.for_card(mspacman_card.__class__(**{**mspacman_card.__dict__, "game": "nogame"}))
    with pytest.raises(InputError, match="for_card"):
        ReadRewardCallback()
    assert ReadRewardCallback.for_card(breakout_card, Shaping.off())().shaping == Shaping.off()
    with pytest.raises(InputError, match="approach_scale"):  # the wrapper's option only: never silently ignored
        ReadRewardCallback.for_card(breakout_card, Shaping(approach_scale=10.0))


@pytest.mark.slow
def test_card_of_another_game_fails_at_start_up(ray_started, breakout_card):
    # RLlib's default fault tolerance logs an env runner's start-up error (this message) and then
    # fails with its own; without it, ours is the exception.
    config = ppo_config(ReadRewardCallback.for_card(breakout_card)).fault_tolerance(restart_failed_env_runners=False)
    with pytest.raises(Exception, match="card is for 'breakout' but the env plays 'mspacman'"):
        config.build_algo()
