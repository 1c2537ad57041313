"""QA extractor: ask questions of a manual and join the answers into a game summary."""

from __future__ import annotations

import math
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol, Sequence, TypeVar
from urllib.parse import urlparse

import numpy as np

from read_reward.embedding import DEFAULT_EMBEDDER, embed
from read_reward.errors import InputError
from read_reward.key_objects import STOP, singular, tokens

GENERIC_QUESTIONS: tuple[str, ...] = (
    "What is the goal of the game?",
    "How does the player score points?",
    "How does the player lose a life or time?",
    "What ends the game?",
)


OBJECT_LABEL = "Hitting a "  # summary lines answering object_question(term) read "Hitting a <term>: ..."


def object_question(term: str) -> str:
    return f"What happens when the player hits a {term}?"


@dataclass
class Answer:
    question: str
    text: str  # the answer span or sentence(s); "" when the model found no answer
    score: float  # the model's confidence in [0, 1] (span: softmax prob; embedding: cosine)
    source: str  # the manual sentence(s) that hold the answer
    section: str = ""  # title of the manual section the source came from


class Extractor(Protocol):
    """Answers questions from the sentences of one manual."""

    name: str  # model id/path recorded in the card

    def answer(self, question: str, sentences: Sequence[str], sections: Sequence[str]) -> Answer:
        """`sentences[i]` belongs to the manual section titled `sections[i]`."""
        ...


# ---------------------------------------------------------------------------------------------
# Extractive (span) QA with any transformers `AutoModelForQuestionAnswering`.
#
# transformers 5 has no question-answering pipeline, so the windowing (long manuals are split
# into overlapping windows) and the span decoding are done here. torch/transformers are imported
# lazily so that importing this module stays cheap for extractors that do not need them.




_T = TypeVar("_T")

_TRUE = {"1", "true", "yes", "on"}


def _one_line(exc: BaseException, limit: int = 200) -> str:
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    text = lines[0] if lines else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _hub_reachable(timeout: float = 3.0) -> bool:
    """Quick check (one TCP connect) before letting transformers try the hub.

    Without it an unreachable hub costs ~30 s of retries inside huggingface_hub.
    """
    if any(os.environ.get(v, "").lower() in _TRUE for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")):
        return False
    url = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    if not url.hostname:
        return False
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        socket.create_connection((url.hostname, port), timeout=timeout).close()
        return True
    except OSError:
        return False


def load_hf_pretrained(what: str, model: str, load: Callable[[str, bool], _T]) -> _T:
    """Load an HF model with `load(source, local_files_only)`; every failure becomes a one-line InputError.

    `model` is a local directory (as written by `save_pretrained`; loaded with local_files_only) or a
    hub id, which is looked up in the HF cache first and on the hub only if the hub answers.
    `what` names the model's role in messages ("QA", "reasoner").
    """
    path = Path(model).expanduser()
    if path.is_dir():
        try:
            return load(str(path), True)
        except Exception as exc:  # noqa: BLE001 - any loader failure is a bad directory
            raise InputError(
                f"cannot load {what} model from directory '{model}' ({_one_line(exc)}); it must hold the "
                "config, safetensors weights and tokenizer files written by save_pretrained"
            ) from exc
    if path.exists() or model.startswith((".", "/", "~")) or model.count("/") > 1 or "\\" in model:
        raise InputError(
            f"{what} model directory '{model}' does not exist; pass a directory written by "
            "save_pretrained or an HF model id"
        )
    try:
        return load(model, True)  # the HF cache
    except Exception:  # noqa: BLE001 - not cached (or a broken cache entry): try the hub below
        pass
    reason = "no network / not in HF cache"
    if _hub_reachable():
        try:
            return load(model, False)
        except Exception as exc:  # noqa: BLE001
            reason = f"not in HF cache; hub: {_one_line(exc, 120)}"
    raise InputError(
        f"cannot load {what} model '{model}' ({reason}); pass a local directory or pre-download it "
        f"with `huggingface-cli download {model}`"
    )


@dataclass
class SpanScore:
    """The best answer span of one window (token indices, `end` inclusive)."""

    start: int
    end: int
    logit: float  # start_logit + end_logit (comparable across windows)
    prob: float  # p(start) * p(end), softmax over the window's context tokens (+ the null token)


def best_span(
    start_logits: Any,
    end_logits: Any,
    context_mask: Any,
    *,
    max_answer_tokens: int = 30,
    null_index: int | None = None,
) -> SpanScore | None:
    """Best valid span of one window, or None when the window has no context token.

    Valid: start <= end < start + max_answer_tokens, both tokens in the context (`context_mask`).
    The search is exact (every valid pair), which is what top-k candidate search approximates.
    Ties go to the shorter, then the earlier span. Probabilities are softmaxes over the context tokens
    plus `null_index` (the CLS/"no answer" token) when given, so `prob` is in [0, 1].
    """
    s = np.asarray(start_logits, dtype=np.float64).reshape(-1)
    e = np.asarray(end_logits, dtype=np.float64).reshape(-1)
    mask = np.asarray(context_mask, dtype=bool).reshape(-1)
    if not (len(s) == len(e) == len(mask)):
        raise ValueError(f"logits/mask lengths differ: {len(s)}, {len(e)}, {len(mask)}")
    if max_answer_tokens < 1:
        raise ValueError("max_answer_tokens must be >= 1")
    if not mask.any():
        return None
    n = len(s)
    best: tuple[float, int, int] | None = None
    for d in range(min(max_answer_tokens, n)):
        valid = mask[: n - d] & mask[d:]
        if not valid.any():
            continue
        scores = np.where(valid, s[: n - d] + e[d:], -np.inf)
        i = int(np.argmax(scores))
        if best is None or scores[i] > best[0]:
            best = (float(scores[i]), i, i + d)
    if best is None:
        return None
    allowed = mask.copy()
    if null_index is not None:
        allowed[null_index] = True

    def log_softmax(x: np.ndarray) -> np.ndarray:
        x = np.where(allowed, x, -np.inf)
        m = x.max()
        return x - (m + math.log(np.exp(x - m).sum()))

    logit, i, j = best
    prob = float(np.exp(log_softmax(s)[i] + log_softmax(e)[j]))
    return SpanScore(start=i, end=j, logit=logit, prob=min(max(prob, 0.0), 1.0))


class SpanQAExtractor:
    """Extractive QA over a whole manual with any `AutoModelForQuestionAnswering` (e.g. a SQuAD2 model).

    The sentences are joined with single spaces into one context, which is cut into windows of
    `max_length` tokens overlapping by `stride` tokens; every window is scored and the best span over
    all windows (by start+end logit) is returned. SQuAD2-style "no answer": when the null (CLS) score
    start_logit[CLS] + end_logit[CLS], taken as its minimum over windows, beats the best span's score by
    more than `no_answer_threshold`, the answer is "" (use `float("inf")` to always answer).
    """

    def __init__(
        self,
        model: str,
        *,
        device: str = "cpu",
        max_length: int = 384,
        stride: int = 128,
        max_answer_tokens: int = 30,
        no_answer_threshold: float = 0.0,
        batch_size: int = 8,
    ) -> None:
        if max_length < 16:
            raise InputError(f"QA max_length must be >= 16 tokens (got {max_length}); raise it")
        if not 0 <= stride < max_length:
            raise InputError(f"QA stride must be in [0, max_length) (got {stride}); lower it")
        if max_answer_tokens < 1:
            raise InputError(f"QA max_answer_tokens must be >= 1 (got {max_answer_tokens}); raise it")
        if batch_size < 1:
            raise InputError(f"QA batch_size must be >= 1 (got {batch_size}); raise it")

        import torch
        from transformers import AutoModelForQuestionAnswering, AutoTokenizer

        def load(source: str, local: bool) -> tuple[Any, Any]:
            tok = AutoTokenizer.from_pretrained(source, local_files_only=local)
            mdl = AutoModelForQuestionAnswering.from_pretrained(source, local_files_only=local)
            return tok, mdl

        self.name = model
        self.tokenizer, self.model = load_hf_pretrained("QA", model, load)
        if not getattr(self.tokenizer, "is_fast", False):
            raise InputError(
                f"QA model '{model}' has no fast tokenizer (tokenizer.json), which span QA needs for "
                "character offsets; pick a model that ships tokenizer.json or convert its tokenizer"
            )
        self._torch = torch
        self.device = device
        self.model.to(device).eval()
        limit = getattr(self.tokenizer, "model_max_length", None)
        self.max_length = min(max_length, limit) if isinstance(limit, int) and 0 < limit < 100_000 else max_length
        self.stride = stride
        self.max_answer_tokens = max_answer_tokens
        self.no_answer_threshold = no_answer_threshold
        self.batch_size = batch_size
        # Question first (and truncate the context) unless the tokenizer pads on the left.
        self._question_first = getattr(self.tokenizer, "padding_side", "right") != "left"

    def encode(self, question: str, context: str) -> Any:
        """Tokenise into overlapping windows (a fast-tokenizer BatchEncoding, one row per window)."""
        tok = self.tokenizer
        q_len = len(tok(question, add_special_tokens=False)["input_ids"])
        room = self.max_length - q_len - tok.num_special_tokens_to_add(pair=True)
        if room < 8:
            raise InputError(
                f"question has {q_len} tokens, too long for QA max_length {self.max_length}; "
                "shorten it or raise max_length"
            )
        pair = (question, context) if self._question_first else (context, question)
        return tok(
            *pair,
            truncation="only_second" if self._question_first else "only_first",
            max_length=self.max_length,
            stride=min(self.stride, room // 2),
            return_overflowing_tokens=True,
            return_offsets_mapping=True,
            padding=False,
        )

    def _forward(self, rows: list[dict[str, list[int]]]) -> tuple[np.ndarray, np.ndarray]:
        torch = self._torch
        width = max(len(r["input_ids"]) for r in rows)
        pad_id = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        batch: dict[str, Any] = {}
        for key in rows[0]:
            fill = pad_id if key == "input_ids" else 0
            batch[key] = torch.tensor(
                [r[key] + [fill] * (width - len(r[key])) for r in rows], dtype=torch.long, device=self.device
            )
        with torch.inference_mode():
            out = self.model(**batch)
        return out.start_logits.float().cpu().numpy(), out.end_logits.float().cpu().numpy()

    def answer(self, question: str, sentences: Sequence[str], sections: Sequence[str]) -> Answer:
        if len(sentences) != len(sections):
            raise ValueError(f"{len(sentences)} sentences but {len(sections)} sections")
        empty = Answer(question=question, text="", score=0.0, source="", section="")
        # Context = non-empty sentences joined by one space; remember where each one starts.
        parts: list[tuple[int, int, int]] = []  # (char start, char end, index into sentences)
        pieces: list[str] = []
        pos = 0
        for idx, sent in enumerate(sentences):
            sent = sent.strip()
            if not sent:
                continue
            if pieces:
                pos += 1
            parts.append((pos, pos + len(sent), idx))
            pieces.append(sent)
            pos += len(sent)
        if not pieces:
            return empty
        context = " ".join(pieces)

        enc = self.encode(question, context)
        ctx_seq = 1 if self._question_first else 0
        keys = [k for k in self.tokenizer.model_input_names if k in enc]
        cls_id = self.tokenizer.cls_token_id
        best: tuple[SpanScore, int, int] | None = None  # (span, char start, char end)
        min_null = math.inf
        n_windows = len(enc["input_ids"])
        for lo in range(0, n_windows, self.batch_size):
            rows = [{k: list(enc[k][w]) for k in keys} for w in range(lo, min(lo + self.batch_size, n_windows))]
            starts, ends = self._forward(rows)
            for b, row in enumerate(rows):
                w = lo + b
                length = len(row["input_ids"])
                seq_ids = enc.sequence_ids(w)
                mask = [sid == ctx_seq for sid in seq_ids]
                null_index = row["input_ids"].index(cls_id) if cls_id in row["input_ids"] else None
                span = best_span(
                    starts[b, :length], ends[b, :length], mask,
                    max_answer_tokens=self.max_answer_tokens, null_index=null_index,
                )
                if null_index is not None:
                    min_null = min(min_null, float(starts[b, null_index] + ends[b, null_index]))
                if span is None or (best is not None and span.logit <= best[0].logit):
                    continue
                offsets = enc["offset_mapping"][w]
                best = (span, offsets[span.start][0], offsets[span.end][1])
        if best is None:
            return empty
        span, c0, c1 = best
        if min_null - span.logit > self.no_answer_threshold:
            return empty
        raw = context[c0:c1]
        c0 += len(raw) - len(raw.lstrip())
        c1 -= len(raw) - len(raw.rstrip())
        if c1 <= c0:
            return empty
        hit = [idx for (a, b, idx) in parts if a < c1 and b > c0]
        return Answer(
            question=question,
            text=context[c0:c1],
            score=span.prob,
            source=" ".join(sentences[i].strip() for i in hit),
            section=sections[hit[0]] if hit else "",
        )


# --- offline default -------------------------------------------------------------------------

REFERS_BACK = frozenset("it its they them their one ones this these he him she her".split())
GENERIC_QUESTION_WORDS = frozenset("what happens when player hits hit game does how goal".split())


def content_terms(text: str) -> set[str]:
    """Singular content words of a question or sentence, without question boilerplate."""
    return {singular(w) for w in tokens(text) if w not in STOP and w not in GENERIC_QUESTION_WORDS}


class EmbeddingExtractor:
    """Offline default: answers a question with the manual sentence that best matches it.

    Ranking = cosine similarity of MiniLM embeddings + a bonus for sharing the question's content
    words (so "What happens when the player hits a tree?" prefers sentences that mention trees).
    """

    def __init__(self, model: str = DEFAULT_EMBEDDER, *, lexical_weight: float = 0.3,
                 min_score: float = 0.2) -> None:
        self.name = f"embedding:{model}"
        self.model = model
        self.lexical_weight = lexical_weight
        self.min_score = min_score
        self._cache: tuple[tuple[str, ...], np.ndarray] | None = None

    def _sentence_embeddings(self, sentences: Sequence[str]) -> np.ndarray:
        key = tuple(sentences)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, embed(list(key), self.model))
        return self._cache[1]

    def answer(self, question: str, sentences: Sequence[str], sections: Sequence[str]) -> Answer:
        if not sentences:
            return Answer(question, "", 0.0, "")
        sims = self._sentence_embeddings(sentences) @ embed([question], self.model)[0]
        wanted = content_terms(question)
        overlap = np.array([len(wanted & content_terms(s)) / max(len(wanted), 1) for s in sentences])
        ranking = sims + self.lexical_weight * overlap
        best = int(np.argmax(ranking))
        score = float(np.clip(sims[best], 0.0, 1.0))
        if ranking[best] < self.min_score:
            return Answer(question, "", score, "")
        text = sentences[best]
        nxt = best + 1
        # Manuals name a thing, then say what it does: "Crabs scuttle along. Touch one and ..."
        if nxt < len(sentences) and sections[nxt] == sections[best] and REFERS_BACK & set(tokens(sentences[nxt])):
            text = f"{text} {sentences[nxt]}"
        return Answer(question, text, round(score, 4), text, sections[best])
