"""Reasoners on language models: local transformers LMs (p(yes) vs p(no)) and OpenAI-compatible
chat servers. torch/transformers/requests are imported lazily."""

from __future__ import annotations

import json
import math
import os
import re
import time
from typing import Any
from urllib.parse import urlparse

from read_reward.errors import InputError
from read_reward.evidence import Evidence
from read_reward.reasoning import Decision, reasoning_question, with_evidence

YES_VARIANTS: tuple[str, ...] = ("yes", " yes", "Yes", " Yes")
NO_VARIANTS: tuple[str, ...] = ("no", " no", "No", " No")


def reasoning_prompt(term: str, summary: str) -> str:
    """The user message every model-backed reasoner sends: the summary, then the yes/no question."""
    return f"Game summary: {summary.strip()}\nQuestion: {reasoning_question(term)} Answer yes or no."


def _logsumexp(values: list[float]) -> float:
    m = max(values)
    if m == -math.inf:
        return m
    return m + math.log(sum(math.exp(v - m) for v in values))


def _verdict_from_logprobs(log_yes: float, log_no: float, margin: float) -> tuple[str, float]:
    diff = log_yes - log_no
    if math.isnan(diff):
        return "unknown", 0.5
    verdict = "yes" if diff > margin else "no" if -diff > margin else "unknown"
    # softmax over the two answers = sigmoid(|diff|), in [0.5, 1]
    confidence = 1.0 / (1.0 + math.exp(-abs(diff))) if abs(diff) < 700 else 1.0
    return verdict, confidence


class TransformersReasoner:
    """Yes/no reasoner on a local transformers LM: compares log P("yes") with log P("no").

    Seq2seq models (config.is_encoder_decoder, e.g. flan-t5) are scored at the first decoder step,
    causal LMs at the next token after the prompt (built with the tokenizer's chat template when it has
    one). The yes side is the logsumexp over the single-token spellings in YES_VARIANTS (deduplicated by
    token id), likewise for no. When either side has no single-token spelling, every spelling is scored
    as a full continuation (sum of its token log-probs) instead ("sequence" mode).
    Verdict yes/no when |log P(yes) - log P(no)| > margin, else unknown; confidence = the two-way
    softmax of the winner, in [0.5, 1].
    """

    def __init__(self, model: str, *, device: str = "cpu", margin: float = 0.0) -> None:
        if margin < 0:
            raise InputError(f"reasoner margin must be >= 0 (got {margin}); pass a non-negative margin")
        import torch
        from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

        from read_reward.qa import load_hf_pretrained

        def load(source: str, local: bool) -> tuple[Any, Any, Any]:
            cfg = AutoConfig.from_pretrained(source, local_files_only=local)
            tok = AutoTokenizer.from_pretrained(source, local_files_only=local)
            cls = AutoModelForSeq2SeqLM if getattr(cfg, "is_encoder_decoder", False) else AutoModelForCausalLM
            mdl = cls.from_pretrained(source, local_files_only=local)
            return cfg, tok, mdl

        self.name = model
        self.config, self.tokenizer, self.model = load_hf_pretrained("reasoner", model, load)
        self._torch = torch
        self.device = device
        self.margin = margin
        self.model.to(device).eval()
        self.is_seq2seq = bool(getattr(self.config, "is_encoder_decoder", False))
        self.uses_chat_template = not self.is_seq2seq and bool(getattr(self.tokenizer, "chat_template", None))

        yes_ids, no_ids = self._single_ids(YES_VARIANTS), self._single_ids(NO_VARIANTS)
        self.mode = "next-token" if yes_ids and no_ids else "sequence"
        if self.mode == "next-token":
            self._yes: list[list[int]] = [[i] for i in yes_ids]
            self._no: list[list[int]] = [[i] for i in no_ids]
        else:
            self._yes, self._no = self._sequences(YES_VARIANTS), self._sequences(NO_VARIANTS)
            if not self._yes or not self._no:
                raise InputError(f"reasoner model '{model}': its tokenizer cannot spell 'yes'/'no'; pick another model")
        self._decoder_start = self._decoder_start_id() if self.is_seq2seq else None
        self._max_input = self._input_limit()

    # -- tokens ------------------------------------------------------------------------------
    def _encode(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _single_ids(self, variants: tuple[str, ...]) -> list[int]:
        unk = self.tokenizer.unk_token_id
        ids: list[int] = []
        for v in variants:
            enc = self._encode(v)
            if len(enc) == 1 and enc[0] != unk and enc[0] not in ids:
                ids.append(enc[0])
        return ids

    def _sequences(self, variants: tuple[str, ...]) -> list[list[int]]:
        unk = self.tokenizer.unk_token_id
        seqs: list[list[int]] = []
        for v in variants:
            enc = self._encode(v)
            if enc and unk not in enc and enc not in seqs:
                seqs.append(enc)
        return seqs

    def _decoder_start_id(self) -> int:
        for source in (getattr(self.model, "generation_config", None), self.config):
            value = getattr(source, "decoder_start_token_id", None) if source is not None else None
            if isinstance(value, int):
                return value
        if self.tokenizer.pad_token_id is not None:
            return int(self.tokenizer.pad_token_id)
        raise InputError(f"reasoner model '{self.name}' has no decoder_start_token_id; pick another model")

    def _input_limit(self) -> int | None:
        limits = []
        tok_limit = getattr(self.tokenizer, "model_max_length", None)
        if isinstance(tok_limit, int) and 0 < tok_limit < 100_000:
            limits.append(tok_limit)
        if not self.is_seq2seq:
            for attr in ("max_position_embeddings", "n_positions"):
                value = getattr(self.config, attr, None)
                if isinstance(value, int) and value > 0:
                    limits.append(value)
        if not limits:
            return None
        longest = max(len(s) for s in self._yes + self._no)
        return max(min(limits) - (0 if self.is_seq2seq else longest), 16)

    # -- prompt ------------------------------------------------------------------------------
    def build_prompt(self, term: str, summary: str) -> str:
        user = reasoning_prompt(term, summary)
        if self.uses_chat_template:
            return self.tokenizer.apply_chat_template(
                [{"role": "user", "content": user}], tokenize=False, add_generation_prompt=True
            )
        if self.is_seq2seq:
            return user
        return user + "\nAnswer:"

    def prompt_ids(self, term: str, summary: str) -> list[int]:
        """Token ids of the prompt; a summary too long for the model is cut (its end is dropped)."""
        for _ in range(4):
            prompt = self.build_prompt(term, summary)
            ids = list(self.tokenizer(prompt, add_special_tokens=not self.uses_chat_template)["input_ids"])
            if self._max_input is None or len(ids) <= self._max_input:
                return ids
            summary_ids = self._encode(summary)
            keep = max(len(summary_ids) - (len(ids) - self._max_input) - 8, 0)
            summary = self.tokenizer.decode(summary_ids[:keep], skip_special_tokens=True)
        return ids[-self._max_input :]

    # -- scoring -----------------------------------------------------------------------------
    def _log_probs(self, prompt: list[int], continuation: list[int]) -> Any:
        """log-softmax rows predicting continuation[0..] (continuation may be [] for next-token)."""
        torch = self._torch
        if self.is_seq2seq:
            enc = torch.tensor([prompt], device=self.device)
            dec = torch.tensor([[self._decoder_start] + continuation[:-1] if continuation else [self._decoder_start]],
                               device=self.device)
            out = self.model(input_ids=enc, attention_mask=torch.ones_like(enc), decoder_input_ids=dec)
            logits = out.logits[0]
        else:
            ids = torch.tensor([prompt + continuation[:-1]] if continuation else [prompt], device=self.device)
            out = self.model(input_ids=ids, attention_mask=torch.ones_like(ids))
            logits = out.logits[0, len(prompt) - 1 :]
        return torch.log_softmax(logits.float(), dim=-1)

    def score(self, term: str, summary: str) -> tuple[float, float]:
        """(log P(yes), log P(no)) for the reasoning question."""
        prompt = self.prompt_ids(term, summary)
        with self._torch.inference_mode():
            if self.mode == "next-token":
                row = self._log_probs(prompt, [])[0]
                ly = _logsumexp([float(row[s[0]]) for s in self._yes])
                ln = _logsumexp([float(row[s[0]]) for s in self._no])
                return ly, ln

            def seq_logprob(seq: list[int]) -> float:
                rows = self._log_probs(prompt, seq)
                return float(sum(rows[k, t] for k, t in enumerate(seq)))

            return (_logsumexp([seq_logprob(s) for s in self._yes]),
                    _logsumexp([seq_logprob(s) for s in self._no]))

    def decide(self, term: str, summary: str, evidence: Evidence | None = None) -> Decision:
        ly, ln = self.score(term, with_evidence(summary, evidence))
        verdict, confidence = _verdict_from_logprobs(ly, ln, self.margin)
        return Decision(
            verdict=verdict,  # type: ignore[arg-type]
            confidence=confidence,
            evidence=f"P(yes)={math.exp(ly):.3g} P(no)={math.exp(ln):.3g} ({self.mode})",
        )


# ---------------------------------------------------------------------------------------------


class OpenAIReasoner:
    """Yes/no reasoner on any OpenAI-compatible chat server (vLLM, Ollama, llama.cpp server, ...).

    `base_url` is everything before `/chat/completions`, e.g. `http://localhost:8000/v1` (vLLM,
    llama.cpp) or `http://localhost:11434/v1` (Ollama); a URL that already ends in `/chat/completions`
    is accepted too. The request asks for `logprobs` (top 5); a server that rejects that with HTTP
    400/422 is asked again without, once, and never again by this instance. With logprobs, confidence
    = P(reply word) / (P(yes) + P(no)) over the first token's top candidates; without, 0.9 for a clean
    yes/no reply. A reply that is neither yes nor no gives verdict "unknown" with confidence 0.5.

    Connection errors, timeouts, HTTP 429 and 5xx are retried `retries` times with exponential
    backoff (`backoff`, 2*backoff, ...); other 4xx are not. The API key is read from the environment
    variable `api_key_env` at each call and sent as `Authorization: Bearer ...` when set.
    """

    SYSTEM = (
        "You decide questions about an Atari game from a summary of its manual. "
        "Answer with one word: yes or no."
    )

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key_env: str = "OPENAI_API_KEY",
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 0.5,
    ) -> None:
        url = base_url.strip().rstrip("/")
        if url.endswith("/chat/completions"):
            url = url[: -len("/chat/completions")]
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise InputError(
                f"reasoner URL '{base_url}' is not an http(s) URL; pass the part before /chat/completions, "
                "e.g. --reasoner-url http://localhost:8000/v1"
            )
        if not model:
            raise InputError("reasoner model name is empty; pass the model name the server serves")
        if not timeout > 0:
            raise InputError(f"reasoner timeout must be > 0 seconds (got {timeout}); raise it")
        if retries < 0 or backoff < 0:
            raise InputError(f"reasoner retries/backoff must be >= 0 (got {retries}/{backoff}); fix them")
        import requests

        self._requests = requests
        self._session = requests.Session()
        self.base_url = url
        self.url = url + "/chat/completions"
        self.model = model
        self.name = f"{model}@{url}"
        self.api_key_env = api_key_env
        self.timeout = float(timeout)
        self.retries = int(retries)
        self.backoff = float(backoff)
        self.use_logprobs = True

    def check_reachable(self, timeout: float = 5.0) -> None:
        """Fail in seconds, before any slow work, when nothing answers at the server's address."""
        req = self._requests
        try:
            self._session.get(self.base_url + "/models", headers=self._headers(), timeout=(timeout, timeout))
        except (req.exceptions.ConnectionError, req.exceptions.Timeout) as exc:
            reason = "connection refused" if "refused" in str(exc).lower() else self._excerpt(str(exc), 100)
            raise InputError(f"cannot reach reasoner server at {self.base_url} ({reason}); "
                             "start it or fix --reasoner-url") from None

    def request_body(self, term: str, summary: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [
                {"role": "system", "content": self.SYSTEM},
                {"role": "user", "content": reasoning_prompt(term, summary)},
            ],
            "temperature": 0,
            "max_tokens": 3,
        }
        if self.use_logprobs:
            body["logprobs"] = True
            body["top_logprobs"] = 5
        return body

    # -- HTTP --------------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        key = os.environ.get(self.api_key_env, "").strip()
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return headers

    @staticmethod
    def _excerpt(text: str, limit: int = 160) -> str:
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 3] + "..."

    def _post(self, body: dict[str, Any]) -> Any:
        """POST with retries; returns the response unless it failed for good (InputError/RuntimeError).

        Connection errors, timeouts, 429 and 5xx are retried; 401/403 raise; other statuses are returned.
        """
        req = self._requests
        failure = ""  # why the last try failed
        kind = ""
        tries = self.retries + 1
        for attempt in range(tries):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                resp = self._session.post(
                    self.url, json=body, headers=self._headers(), timeout=(self.timeout, self.timeout)
                )
            except req.exceptions.ConnectTimeout:
                kind, failure = "timeout", "connect timed out"
                continue
            except req.exceptions.ConnectionError as exc:
                text = str(exc)
                kind = "connect"
                failure = (
                    "connection refused" if "refused" in text.lower()
                    else "unknown host" if "name or service not known" in text.lower()
                    or "nodename nor servname" in text.lower()
                    else f"connection failed: {self._excerpt(text, 100)}"
                )
                continue
            except req.exceptions.Timeout:
                kind, failure = "timeout", "read timed out"
                continue
            status = resp.status_code
            if status == 429 or status >= 500:
                kind, failure = "http", f"HTTP {status}: {self._excerpt(resp.text)}"
                continue
            if status in (401, 403):
                have_key = bool(os.environ.get(self.api_key_env, "").strip())
                raise InputError(
                    f"reasoner server at {self.base_url} refused the request (HTTP {status}); "
                    + (f"check the API key in ${self.api_key_env}" if have_key
                       else f"set ${self.api_key_env} to the server's API key")
                )
            return resp
        if kind == "connect":
            raise InputError(
                f"cannot reach reasoner server at {self.base_url} ({failure}); start it or fix --reasoner-url"
            )
        if kind == "timeout":
            raise InputError(
                f"reasoner server at {self.base_url} did not answer within {self.timeout:g}s "
                f"({tries} tries, {failure}); check the server or raise the reasoner timeout"
            )
        raise RuntimeError(f"reasoner server at {self.base_url} failed {tries} tries; last: {failure}")

    def chat(self, term: str, summary: str) -> dict[str, Any]:
        """Send the question; return the decoded JSON reply (status < 400)."""
        body = self.request_body(term, summary)
        resp = self._post(body)
        if resp.status_code in (400, 422) and self.use_logprobs:
            # Probably a server without logprobs support: ask again without, and remember.
            self.use_logprobs = False
            body = self.request_body(term, summary)
            resp = self._post(body)
        if resp.status_code >= 400:
            detail = self._excerpt(resp.text)
            if resp.status_code in (400, 404, 422):
                raise InputError(
                    f"reasoner server at {self.base_url} answered HTTP {resp.status_code} for {self.url} "
                    f"({detail}); check --reasoner-url (the part before /chat/completions) and the model "
                    f"name '{self.model}'"
                )
            raise RuntimeError(f"reasoner server at {self.base_url} answered HTTP {resp.status_code}: {detail}")
        try:
            data = resp.json()
        except ValueError:
            raise RuntimeError(
                f"reasoner server at {self.base_url} sent a reply that is not JSON: {self._excerpt(resp.text, 100)!r}"
            ) from None
        return data

    # -- parsing -----------------------------------------------------------------------------
    @staticmethod
    def parse_reply(text: str) -> str:
        """'yes' / 'no' when the reply's first word is one of them, else 'unknown'."""
        words = re.findall(r"[a-z]+", (text or "").lower())
        return words[0] if words and words[0] in ("yes", "no") else "unknown"

    @staticmethod
    def _yes_no_probs(choice: dict[str, Any]) -> tuple[float, float] | None:
        """P(yes), P(no) from the first non-blank token's top_logprobs, or None when absent."""
        try:
            content = choice["logprobs"]["content"]
            for entry in content:
                if str(entry.get("token", "")).strip():
                    break
            else:
                return None
            seen: dict[str, float] = {}
            for cand in [entry, *(entry.get("top_logprobs") or [])]:
                seen.setdefault(str(cand["token"]), float(cand["logprob"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        p_yes = sum(math.exp(lp) for tok, lp in seen.items() if tok.strip().lower() == "yes")
        p_no = sum(math.exp(lp) for tok, lp in seen.items() if tok.strip().lower() == "no")
        return p_yes, p_no

    def decide(self, term: str, summary: str, evidence: Evidence | None = None) -> Decision:
        data = self.chat(term, with_evidence(summary, evidence))
        try:
            choice = data["choices"][0]
            content = choice["message"]["content"]
            if content is not None and not isinstance(content, str):
                raise TypeError("content is not a string")
        except (KeyError, IndexError, TypeError) as exc:
            raise RuntimeError(
                f"reasoner server at {self.base_url} sent a malformed chat-completions reply "
                f"(no choices[0].message.content: {exc}): {self._excerpt(json.dumps(data), 160)}"
            ) from None
        content = content or ""
        verdict = self.parse_reply(content)
        probs = self._yes_no_probs(choice)
        evidence = f"reply {content.strip()!r}"
        if probs is not None:
            evidence += f"; P(yes)={probs[0]:.3g} P(no)={probs[1]:.3g}"
        if verdict == "unknown":
            confidence = 0.5
        elif probs is not None and probs[0] + probs[1] > 0:
            confidence = (probs[0] if verdict == "yes" else probs[1]) / (probs[0] + probs[1])
        else:
            confidence = 0.9
        return Decision(verdict=verdict, confidence=confidence, evidence=evidence)  # type: ignore[arg-type]
