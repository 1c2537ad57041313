"""RLlib's PPO learner with two options of CleanRL's (and OpenAI Baselines' PPO2) Atari PPO.

`learner:` in a run config (`rllib_configs/README.md`):
- `value_clip`: the value prediction may move at most this far from the one made before the update
  (PPO2's clipped value loss, `max((v - R)^2, (v_old + clip(v - v_old, -c, c) - R)^2)`), instead of
  RLlib's clamp of the value loss itself at `vf_clip_param` (no gradient once ~3 off). With returns of
  hundreds (Skiing under gamma 0.999) the clamp starves the critic, and lifting it lets the value
  loss swamp the policy's gradient in a shared network; PPO2's clip does neither.
- `init: orthogonal`: orthogonal weights (gain sqrt 2 in the hidden layers, 0.01 for the policy's
  logits, 1 for the value), zero biases, as CleanRL; RLlib's default is PyTorch's.
- `adv_norm: minibatch`: advantages standardised in each minibatch (CleanRL), not once per train batch
  (RLlib's GAE connector).
- `adam_eps`: Adam's epsilon (CleanRL: 1e-5; PyTorch's default, RLlib's: 1e-8).
"""

from __future__ import annotations

import math
from typing import Any

import torch
from ray.rllib.algorithms.ppo.torch.ppo_torch_learner import PPOTorchLearner
from ray.rllib.connectors.connector_v2 import ConnectorV2
from ray.rllib.connectors.learner.general_advantage_estimation import GeneralAdvantageEstimation
from ray.rllib.core.columns import Columns
from ray.rllib.evaluation.postprocessing import Postprocessing

OLD_VALUES = "read_reward_old_values"


class OldValues(ConnectorV2):
    """Adds the critic's predictions before the update (after GAE, which does not keep them)."""

    def __call__(self, *, rl_module: Any, batch: dict[str, Any], episodes: Any, **kwargs: Any) -> Any:
        with torch.no_grad():
            for module_id, module_batch in batch.items():
                if Postprocessing.VALUE_TARGETS in module_batch:
                    module_batch[OLD_VALUES] = rl_module[module_id].compute_values(module_batch).detach()
        return batch


def orthogonal_init(module: torch.nn.Module) -> None:
    """CleanRL's init for an RLlib PPO module: every Linear/Conv2d orthogonal, the heads' last layers scaled."""
    layers = [m for m in module.modules() if isinstance(m, (torch.nn.Linear, torch.nn.Conv2d))]
    last_pi = _last_layer(getattr(module, "pi", None))
    last_vf = _last_layer(getattr(module, "vf", None))
    for layer in layers:
        gain = 0.01 if layer is last_pi else 1.0 if layer is last_vf else math.sqrt(2)
        torch.nn.init.orthogonal_(layer.weight, gain)
        torch.nn.init.zeros_(layer.bias)


def _last_layer(head: torch.nn.Module | None) -> torch.nn.Module | None:
    linears = [m for m in head.modules() if isinstance(m, torch.nn.Linear)] if head is not None else []
    return linears[-1] if linears else None


def standardised(values: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
    """`values` with mean 0 and standard deviation 1 over the entries `mask` keeps (all without one)."""
    kept = values[mask] if mask is not None else values
    return (values - kept.mean()) / (kept.std() + 1e-8)


class ReadRewardPPOLearner(PPOTorchLearner):
    """PPOTorchLearner with the `learner:` options above (read from `learner_config_dict`)."""

    def build(self) -> None:
        super().build()
        options = self.config.learner_config_dict
        if options.get("init", "rllib") == "orthogonal":
            for module_id in self.module.keys():
                orthogonal_init(self.module[module_id].unwrapped())
        if options.get("value_clip") is not None and self._learner_connector is not None:
            if not any(isinstance(c, GeneralAdvantageEstimation) for c in self._learner_connector.connectors):
                raise RuntimeError("learner.value_clip needs RLlib's default learner connectors (GAE)")
            self._learner_connector.append(OldValues())

    def configure_optimizers_for_module(self, module_id: str, config: Any = None) -> None:
        eps = self.config.learner_config_dict.get("adam_eps")
        if eps is None:
            return super().configure_optimizers_for_module(module_id, config)
        params = self.get_parameters(self._module[module_id])
        self.register_optimizer(module_id=module_id, optimizer=torch.optim.Adam(params, eps=eps), params=params,
                                lr_or_lr_schedule=config.lr)

    def compute_loss_for_module(self, *, module_id: str, config: Any, batch: dict[str, Any],
                                fwd_out: dict[str, Any]) -> Any:
        if self.config.learner_config_dict.get("adv_norm", "batch") == "minibatch":
            batch = {**batch, Postprocessing.ADVANTAGES: standardised(batch[Postprocessing.ADVANTAGES],
                                                                     batch.get(Columns.LOSS_MASK))}
        clip = self.config.learner_config_dict.get("value_clip")
        if clip is None:
            return super().compute_loss_for_module(module_id=module_id, config=config, batch=batch, fwd_out=fwd_out)
        if OLD_VALUES not in batch:
            raise RuntimeError("learner.value_clip: the batch lacks the critic's old values (OldValues connector)")
        if config.vf_clip_param != float("inf"):  # set by read_reward.train with learner.value_clip
            raise RuntimeError("learner.value_clip needs training.vf_clip_param = inf (RLlib's clamp off)")
        # RLlib's loss (squared value error, unclamped) plus the difference to PPO2's clipped term.
        total = super().compute_loss_for_module(module_id=module_id, config=config, batch=batch, fwd_out=fwd_out)
        module = self.module[module_id].unwrapped()
        values = module.compute_values(batch, embeddings=fwd_out.get(Columns.EMBEDDINGS))
        old, target = batch[OLD_VALUES], batch[Postprocessing.VALUE_TARGETS]
        plain = (values - target) ** 2
        clipped = (old + (values - old).clamp(-clip, clip) - target) ** 2
        extra = torch.maximum(plain, clipped) - plain
        if Columns.LOSS_MASK in batch:
            mask = batch[Columns.LOSS_MASK]
            extra = torch.sum(extra[mask]) / torch.sum(mask)
        else:
            extra = extra.mean()
        return total + config.vf_loss_coeff * extra
