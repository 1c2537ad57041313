"""A learned reader of what contact with one object does, sentence by sentence (offline).

The packaged MiniLM reads the sentence; its top layers are fine-tuned here, and the object's words are
pooled from the last layer (their meaning in this sentence: "avoid the bats" vs "catch the bats") beside
the whole sentence; a linear head says gain / loss / harmless / shoot / none for that object.
It is trained only on sentences written for this project about invented games, by eight writers'
voices (`data/effect_sentences/*.jsonl`), and shipped as safetensors (`data/effect_reader.safetensors`);
`python -m read_reward.effect_model` trains it again (about 3 minutes on 2 idle CPU cores).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from read_reward.errors import InputError

from read_reward.embedding import DEFAULT_EMBEDDER, load_embedder

DATA = Path(__file__).parent / "data"
SENTENCES = DATA / "effect_sentences"
WEIGHTS = DATA / "effect_reader.safetensors"
LABELS = ("gain", "loss", "harmless", "shoot", "none")
MAX_TOKENS = 64
TOP_LAYERS = 3  # fine-tuned; the layers below stay the packaged MiniLM's


@dataclass(frozen=True)
class Example:
    sentence: str
    start: int  # the target's characters in the sentence
    end: int
    label: str
    conditional: bool = False
    writer: str = ""


def load_examples(folder: Path = SENTENCES) -> list[Example]:
    """Every labelled (sentence, target) row of the writers' files, the target located in its sentence."""
    out = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                row = json.loads(line)
                m = re.search(rf"(?<![A-Za-z]){re.escape(row['target'])}(?![A-Za-z])", row["sentence"])
                ok = bool(m) and row["label"] in LABELS
            except (json.JSONDecodeError, KeyError, TypeError):
                ok = False
            if not ok:
                raise InputError(f"{path.name} line {number}: needs JSON with a 'sentence', a 'target' found in it "
                                 f"and a 'label' in {', '.join(LABELS)}; fix or remove the row")
            out.append(Example(row["sentence"], m.start(), m.end(), row["label"], bool(row.get("conditional")),
                               path.stem))
    return out


def _torch():
    import torch

    return torch


def _reader_class():
    torch = _torch()

    class Reader(torch.nn.Module):
        """The top MiniLM layers and the head, over the hidden states of the layers below."""

        def __init__(self, layers) -> None:
            super().__init__()
            self.layers = layers
            self.head = torch.nn.Linear(2 * layers[0].output.dense.out_features, len(LABELS))

        def forward(self, hidden, mask, span):
            for layer in self.layers:
                hidden = layer(hidden, attention_mask=_extended(mask))
                hidden = hidden[0] if isinstance(hidden, tuple) else hidden
            m = mask.float()[..., None]
            sentence = (hidden * m).sum(1) / m.sum(1)
            target = (hidden * span[..., None]).sum(1) / span.sum(1, keepdim=True)
            unit = torch.nn.functional.normalize
            return self.head(5.0 * torch.cat([unit(target, dim=-1), unit(sentence, dim=-1)], -1))

    return Reader


def _lower_states(texts: Sequence[str], model: str = DEFAULT_EMBEDDER):
    """Hidden states below the fine-tuned layers, attention masks and token offsets of the texts."""
    torch = _torch()
    st = load_embedder(model)
    bert = st[0].auto_model
    below = len(bert.encoder.layer) - TOP_LAYERS
    enc = st.tokenizer(list(texts), padding=True, truncation=True, max_length=MAX_TOKENS,
                       return_offsets_mapping=True, return_tensors="pt")
    offsets = enc.pop("offset_mapping")
    mask = enc["attention_mask"]
    with torch.no_grad():  # the layers below only: the top ones are the reader's own
        hidden = bert.embeddings(input_ids=enc["input_ids"], token_type_ids=enc.get("token_type_ids"))
        for layer in bert.encoder.layer[:below]:
            hidden = layer(hidden, attention_mask=_extended(mask))
            hidden = hidden[0] if isinstance(hidden, tuple) else hidden
    return hidden, mask, offsets


def _extended(mask):
    """An additive attention mask: 0 where a token is, -1e9 on padding."""
    return (1.0 - mask[:, None, None, :].float()) * -1e9


def _span_masks(mask, offsets, spans: Sequence[tuple[int, int]]):
    """Which tokens are the target's; the whole sentence where the span has none."""
    torch = _torch()
    a, b = offsets[..., 0], offsets[..., 1]
    start = torch.tensor([s for s, _ in spans])[:, None]
    end = torch.tensor([e for _, e in spans])[:, None]
    span = mask.bool() & (b > a) & (a < end) & (b > start)
    empty = ~span.any(1)
    span[empty] = mask.bool()[empty]
    return span.float()


def train(examples: Sequence[Example], *, epochs: int = 4, lr: float = 2e-4, seed: int = 0,
          model: str = DEFAULT_EMBEDDER):
    """Fine-tune the top layers and the head on the examples (class-balanced cross-entropy)."""
    torch = _torch()
    torch.manual_seed(seed)
    bert = load_embedder(model)[0].auto_model
    reader = _reader_class()(copy.deepcopy(bert.encoder.layer[-TOP_LAYERS:]))
    texts = sorted({e.sentence for e in examples})
    row = {t: i for i, t in enumerate(texts)}
    parts = [_lower_states(texts[i:i + 256], model) for i in range(0, len(texts), 256)]
    width = max(p[0].shape[1] for p in parts)
    pad = lambda t: torch.nn.functional.pad(t, (0, 0) * (t.dim() - 2) + (0, width - t.shape[1]))  # noqa: E731
    hidden = torch.cat([pad(p[0]) for p in parts])
    mask = torch.cat([pad(p[1]) for p in parts])
    offsets = torch.cat([pad(p[2]) for p in parts])
    rows = torch.tensor([row[e.sentence] for e in examples])
    span = _span_masks(mask[rows], offsets[rows], [(e.start, e.end) for e in examples])
    y = torch.tensor([LABELS.index(e.label) for e in examples])
    counts = torch.bincount(y, minlength=len(LABELS)).float().clamp(min=1)
    weight = counts.sum() / (len(LABELS) * counts)
    opt = torch.optim.AdamW([{"params": reader.layers.parameters(), "lr": lr},
                             {"params": reader.head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    order = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        reader.train()
        for batch in torch.randperm(len(examples), generator=order).split(32):
            r = rows[batch]
            loss = torch.nn.functional.cross_entropy(reader(hidden[r], mask[r], span[batch]), y[batch], weight=weight)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return reader.eval()


def save(reader, path: Path = WEIGHTS) -> None:
    """The fine-tuned layers and head as float16 safetensors, written atomically."""
    from safetensors.torch import save_file

    tmp = path.with_suffix(".tmp")
    save_file({k: v.detach().half().contiguous() for k, v in reader.state_dict().items()}, str(tmp),
              metadata={"labels": ",".join(LABELS), "embedder": DEFAULT_EMBEDDER, "top_layers": str(TOP_LAYERS)})
    tmp.replace(path)


@lru_cache(maxsize=2)
def load(path: Path = WEIGHTS, model: str = DEFAULT_EMBEDDER):
    from safetensors.torch import load_file

    bert = load_embedder(model)[0].auto_model
    reader = _reader_class()(copy.deepcopy(bert.encoder.layer[-TOP_LAYERS:]))
    reader.load_state_dict({k: v.float() for k, v in load_file(str(path)).items()})
    return reader.eval()


def probabilities(reader, items: Sequence[tuple[str, int, int]]) -> np.ndarray:
    """Probabilities over LABELS from a reader (`train`, `load`), one row per (sentence, start, end)."""
    torch = _torch()
    out = []
    for i in range(0, len(items), 64):
        batch = items[i:i + 64]
        texts = list(dict.fromkeys(s for s, _, _ in batch))
        hidden, mask, offsets = _lower_states(texts)
        rows = torch.tensor([texts.index(s) for s, _, _ in batch])
        span = _span_masks(mask[rows], offsets[rows], [(a, b) for _, a, b in batch])
        with torch.no_grad():
            out.append(torch.softmax(reader(hidden[rows], mask[rows], span), -1).numpy())
    return np.concatenate(out) if out else np.zeros((0, len(LABELS)), dtype=np.float32)


_CACHE: dict[tuple[str, str, int, int], np.ndarray] = {}
_CACHE_SIZE = 50_000


def predict(items: Sequence[tuple[str, int, int]], path: Path = WEIGHTS) -> np.ndarray:
    """Probabilities over LABELS from the shipped reader (or the one saved at `path`), one row per
    (sentence, start, end); each item is read once per process."""
    todo = [it for it in dict.fromkeys(items) if (str(path), *it) not in _CACHE]
    if todo:
        if len(_CACHE) + len(todo) > _CACHE_SIZE:
            _CACHE.clear()
        _CACHE.update({(str(path), *it): p for it, p in zip(todo, probabilities(load(path), todo))})
    return np.stack([_CACHE[(str(path), *it)] for it in items]) if items else np.zeros((0, len(LABELS)), np.float32)


def mention_items(sentence: str, names: Sequence[str], carried: bool = False) -> list[tuple[str, int, int]]:
    """The (sentence, start, end) items of the object's words in a manual sentence (lower-cased: the
    model is uncased): each use of its names, or for a sentence that refers back, its first pronoun."""
    from read_reward.effects import name_spans
    from read_reward.evidence import refers_back
    from read_reward.name_runs import WORD

    text = sentence.lower()
    spans = name_spans(text, names)
    if not spans and carried:
        words = list(WORD.finditer(text))
        back = refers_back([w.group() for w in words])
        spans = [(words[back[0]].start(), words[back[0]].end())] if back else []
    return [(text, a, b) for a, b in spans] or [(text, 0, 0)]


def polarity(evidence) -> tuple[float, str]:
    """The evidence's weighted mean of P(gain) - P(loss) over its mentions (in [-1, 1]) and the
    sentence that leans furthest that way. Mentions are weighed as `effects` weighs them."""
    from read_reward.verdict import CLASS_WEIGHT, TABLE_WEIGHT

    weights, leans = [], []
    for m in evidence.mentions:
        p = predict(mention_items(m.sentence, m.about or evidence.names, m.carried)).mean(0)
        weights.append((TABLE_WEIGHT if m.kind == "table" else 1.0) * (CLASS_WEIGHT if m.about else 1.0))
        leans.append(float(p[0] - p[1]))
    if not leans:
        return 0.0, ""
    mean = float(np.dot(weights, leans) / sum(weights))
    return mean, evidence.mentions[int(np.argmax(np.sign(mean) * np.array(leans)))].sentence


if __name__ == "__main__":
    import sys

    try:
        examples = load_examples()
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    save(train(examples))
    print(f"trained on {len(examples)} examples by {len({e.writer for e in examples})} writers -> {WEIGHTS}")
