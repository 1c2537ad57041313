"""Model-backed reasoners: TransformersReasoner on tiny random local models, OpenAIReasoner against a
real HTTP server process (tests/fake_openai_server.py) that speaks the chat-completions protocol."""

from __future__ import annotations

import math
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import tiny_models as tm
from read_reward.errors import InputError
from read_reward.reasoning import (
    NO_VARIANTS,
    YES_VARIANTS,
    OpenAIReasoner,
    TransformersReasoner,
    _verdict_from_logprobs,
    reasoning_question,
)

SUMMARY = (
    "The player skis down the mountain. Passing a flag gives points. "
    "Hitting a tree makes the skier fall and lose time."
)

# ============================================================ TransformersReasoner


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> dict[str, Path]:
    """Tiny random models written with save_pretrained; tokenizers trained here."""
    root = tmp_path_factory.mktemp("reasoners")
    no_yes = [s for s in tm.CORPUS if "yes" not in s.lower()]
    built = {
        "t5": lambda d: tm.build_t5(d),
        "t5-seq": lambda d: tm.build_t5(d, corpus=no_yes),  # no '▁yes' piece: sequence mode
        "gpt2": lambda d: tm.build_gpt2(d),
        "gpt2-chat": lambda d: tm.build_gpt2(d, chat_template=True),
        "gpt2-seq": lambda d: tm.build_gpt2(d, corpus=no_yes, vocab_size=300),  # 'yes' is split
    }
    out = {}
    for name, build in built.items():
        out[name] = root / name
        build(out[name])
    return out


@pytest.fixture(scope="module")
def reasoners(models) -> dict[str, TransformersReasoner]:
    return {name: TransformersReasoner(str(path)) for name, path in models.items()}


def test_loads_seq2seq_and_causal_from_directories(reasoners, models):
    assert reasoners["t5"].is_seq2seq and not reasoners["gpt2"].is_seq2seq
    assert type(reasoners["t5"].model).__name__ == "T5ForConditionalGeneration"
    assert type(reasoners["gpt2"].model).__name__ == "GPT2LMHeadModel"
    assert reasoners["t5"].name == str(models["t5"])
    for name in models:
        assert (models[name] / "model.safetensors").is_file()
        assert not list(models[name].glob("*.bin"))


def test_scoring_modes(reasoners):
    assert reasoners["t5"].mode == "next-token"
    assert reasoners["gpt2"].mode == "next-token"
    assert reasoners["t5-seq"].mode == "sequence"
    assert reasoners["gpt2-seq"].mode == "sequence"
    tok = reasoners["gpt2-seq"].tokenizer
    assert all(len(tok(v, add_special_tokens=False)["input_ids"]) > 1 for v in YES_VARIANTS)
    # next-token mode deduplicates token ids ("yes" and " yes" are both '▁yes' for T5)
    yes = reasoners["t5"]._yes
    assert len(yes) == len({tuple(s) for s in yes}) and all(len(s) == 1 for s in yes)


@pytest.mark.parametrize("name", ["t5", "t5-seq", "gpt2", "gpt2-chat", "gpt2-seq"])
def test_random_model_gives_a_valid_deterministic_decision(reasoners, models, name):
    r = reasoners[name]
    d1 = r.decide("flag", SUMMARY)
    d2 = r.decide("flag", SUMMARY)
    assert d1.verdict in ("yes", "no")
    assert 0.5 <= d1.confidence <= 1.0
    assert d1 == d2
    assert "P(yes)=" in d1.evidence and "P(no)=" in d1.evidence and r.mode in d1.evidence
    # a fresh load of the same directory decides the same
    assert TransformersReasoner(str(models[name])).decide("flag", SUMMARY) == d1
    # the two probabilities are real probabilities of the answer tokens
    ly, ln = r.score("flag", SUMMARY)
    assert ly < 0 and ln < 0


def _answer_token_ids(r: TransformersReasoner, variants) -> set[int]:
    ids: set[int] = set()
    for v in variants:
        ids.update(r.tokenizer(v, add_special_tokens=False)["input_ids"])
    return ids


@pytest.mark.parametrize("name", ["t5", "t5-seq", "gpt2", "gpt2-chat", "gpt2-seq"])
def test_lm_head_bias_decides_the_verdict(models, name):
    """Bias the LM head towards the 'yes' tokens -> yes; towards the 'no' tokens -> no."""
    r = TransformersReasoner(str(models[name]))
    yes_ids, no_ids = _answer_token_ids(r, YES_VARIANTS), _answer_token_ids(r, NO_VARIANTS)
    if r.mode == "next-token":
        yes_ids = {s[0] for s in r._yes}
        no_ids = {s[0] for s in r._no}
    yes_only, no_only = yes_ids - no_ids, no_ids - yes_ids
    assert yes_only and no_only

    tm.add_lm_head_bias(r.model, {i: 30.0 for i in yes_only})
    d = r.decide("tree", SUMMARY)
    assert d.verdict == "yes" and d.confidence > 0.99, d

    tm.add_lm_head_bias(r.model, {i: 30.0 for i in no_only})
    d = r.decide("tree", SUMMARY)
    assert d.verdict == "no" and d.confidence > 0.99, d

    r.margin = 1e9  # nothing beats this margin
    d = r.decide("tree", SUMMARY)
    assert d.verdict == "unknown" and 0.5 <= d.confidence <= 1.0


def test_prompt_uses_chat_template_when_the_tokenizer_has_one(reasoners):
    chat = reasoners["gpt2-chat"].build_prompt("flag", SUMMARY)
    assert reasoners["gpt2-chat"].uses_chat_template
    assert chat.startswith("<|user|>Game summary: ") and chat.endswith("<|assistant|>")
    assert reasoning_question("flag") in chat and "Answer yes or no." in chat
    plain = reasoners["gpt2"].build_prompt("flag", SUMMARY)
    assert not reasoners["gpt2"].uses_chat_template
    assert plain.startswith("Game summary: ") and plain.endswith("\nAnswer:")
    s2s = reasoners["t5"].build_prompt("flag", SUMMARY)
    assert s2s.endswith("Answer yes or no.")


def test_long_summary_is_cut_to_fit_the_model(reasoners):
    r = reasoners["gpt2"]  # 256 positions
    long_summary = " ".join(["The player skis down the mountain and passes between the flags."] * 200)
    ids = r.prompt_ids("flag", long_summary)
    assert len(ids) <= 256 - max(len(s) for s in r._yes + r._no)
    text = r.tokenizer.decode(ids)
    assert text.rstrip().endswith("Answer:") and reasoning_question("flag") in text
    d = r.decide("flag", long_summary)
    assert d.verdict in ("yes", "no")


def test_verdict_from_logprobs():
    assert _verdict_from_logprobs(-0.1, -3.0, 0.0)[0] == "yes"
    assert _verdict_from_logprobs(-3.0, -0.1, 0.0)[0] == "no"
    assert _verdict_from_logprobs(-1.0, -1.0, 0.0) == ("unknown", 0.5)
    assert _verdict_from_logprobs(-1.0, -1.5, 1.0)[0] == "unknown"
    v, c = _verdict_from_logprobs(math.log(0.6), math.log(0.2), 0.0)
    assert v == "yes" and c == pytest.approx(0.75)
    assert _verdict_from_logprobs(0.0, -math.inf, 0.0) == ("yes", 1.0)


def test_reasoner_load_errors(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="does not exist"):
        TransformersReasoner(str(tmp_path / "missing-model"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="cannot load reasoner model from directory"):
        TransformersReasoner(str(tmp_path / "empty"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    t0 = time.monotonic()
    with pytest.raises(InputError, match=r"no network / not in HF cache.*huggingface-cli download"):
        TransformersReasoner("no-such-org/no-such-model")
    assert time.monotonic() - t0 < 10


# ============================================================ OpenAIReasoner

SERVER = Path(__file__).with_name("fake_openai_server.py")


class FakeServer:
    def __init__(self, mode: str, *extra: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SERVER), "--mode", mode, "--lifetime", "120", *extra],
            stdout=subprocess.PIPE,
            text=True,
        )
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(15)
        if not line or not line[0].startswith("PORT "):
            self.stop()
            raise RuntimeError(f"fake server did not start: {line!r}")
        self.port = int(line[0].split()[1])
        self.base_url = f"http://127.0.0.1:{self.port}/v1"

    def log(self) -> list[dict]:
        import requests

        return requests.get(f"http://127.0.0.1:{self.port}/log", timeout=5).json()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self.proc.stdout:
            self.proc.stdout.close()


@pytest.fixture
def server():
    started: list[FakeServer] = []

    def start(mode: str, *extra: str) -> FakeServer:
        started.append(FakeServer(mode, *extra))
        return started[-1]

    yield start
    for s in started:
        s.stop()


@pytest.fixture(autouse=True)
def _no_api_key(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def fast(base_url: str, **kw) -> OpenAIReasoner:
    kw.setdefault("retries", 3)
    kw.setdefault("backoff", 0.01)
    kw.setdefault("timeout", 5.0)
    return OpenAIReasoner(base_url, "fake-model", **kw)


def test_answers_follow_the_servers_replies(server):
    srv = server("ok")
    r = fast(srv.base_url)
    yes = r.decide("flag", SUMMARY)  # "Passing a flag gives points." -> yes
    assert yes.verdict == "yes"
    assert yes.confidence == pytest.approx(0.8 / 0.95)  # from the reply's logprobs
    assert "reply 'yes'" in yes.evidence and "P(yes)=0.8" in yes.evidence
    no = r.decide("tree", SUMMARY)
    assert no.verdict == "no" and no.confidence == pytest.approx(0.8 / 0.95)
    unknown = r.decide("ghost", SUMMARY)  # no sentence about ghosts: "Not sure."
    assert unknown.verdict == "unknown" and unknown.confidence == 0.5
    assert r.name == f"fake-model@{srv.base_url}"


def test_request_follows_the_chat_completions_protocol(server):
    srv = server("ok")
    fast(srv.base_url).decide("flag", SUMMARY)
    [req] = srv.log()
    assert req["path"] == "/v1/chat/completions"
    body = req["body"]
    assert body["model"] == "fake-model"
    assert body["temperature"] == 0 and body["max_tokens"] == 3
    assert body["logprobs"] is True and body["top_logprobs"] == 5
    system, user = body["messages"]
    assert system["role"] == "system" and "yes or no" in system["content"]
    assert user["role"] == "user" and SUMMARY in user["content"]
    assert reasoning_question("flag") in user["content"]
    assert req["headers"]["Content-Type"] == "application/json"
    assert "Authorization" not in req["headers"]  # no key in the environment


@pytest.mark.parametrize(
    "url",
    ["{base}", "{base}/", "{base}/chat/completions", "  {base}/chat/completions/ "],
)
def test_base_url_forms(server, url):
    srv = server("ok")
    r = fast(url.format(base=srv.base_url))
    assert r.url == srv.base_url + "/chat/completions"
    assert r.decide("flag", SUMMARY).verdict == "yes"


def test_bad_url_is_input_error():
    with pytest.raises(InputError, match="not an http"):
        OpenAIReasoner("localhost:8000/v1", "m")
    with pytest.raises(InputError, match="timeout"):
        OpenAIReasoner("http://127.0.0.1:1/v1", "m", timeout=0)


def test_api_key_is_sent_from_the_named_env_var(server, monkeypatch):
    srv = server("auth")
    with pytest.raises(InputError, match=r"HTTP 401.*set \$OPENAI_API_KEY"):
        fast(srv.base_url).decide("flag", SUMMARY)
    assert len(srv.log()) == 1  # 401 is not retried
    monkeypatch.setenv("OPENAI_API_KEY", "wrong")
    with pytest.raises(InputError, match=r"check the API key in \$OPENAI_API_KEY"):
        fast(srv.base_url).decide("flag", SUMMARY)
    monkeypatch.setenv("MY_REASONER_KEY", "sekrit")
    d = fast(srv.base_url, api_key_env="MY_REASONER_KEY").decide("flag", SUMMARY)
    assert d.verdict == "yes"
    assert srv.log()[-1]["headers"]["Authorization"] == "Bearer sekrit"


@pytest.mark.parametrize("mode", ["flaky", "ratelimit"])
def test_retries_500_and_429_then_succeeds(server, mode):
    srv = server(mode, "--fail-count", "2")
    assert fast(srv.base_url, retries=3).decide("flag", SUMMARY).verdict == "yes"
    assert len(srv.log()) == 3


def test_gives_up_after_the_retries(server):
    srv = server("flaky", "--fail-count", "5")
    with pytest.raises(RuntimeError, match=r"failed 2 tries; last: HTTP 500"):
        fast(srv.base_url, retries=1).decide("flag", SUMMARY)
    assert len(srv.log()) == 2


def test_backoff_is_exponential(server):
    srv = server("flaky", "--fail-count", "2")
    t0 = time.monotonic()
    fast(srv.base_url, retries=2, backoff=0.2).decide("flag", SUMMARY)
    assert time.monotonic() - t0 >= 0.2 + 0.4


def test_404_is_not_retried(server):
    srv = server("notfound")
    with pytest.raises(InputError, match=r"HTTP 404.*check --reasoner-url"):
        fast(srv.base_url).decide("flag", SUMMARY)
    assert len(srv.log()) == 1


def test_server_without_logprobs_is_asked_again_without(server):
    srv = server("nologprobs")
    r = fast(srv.base_url)
    d = r.decide("flag", SUMMARY)
    assert d.verdict == "yes" and d.confidence == 0.9 and "P(yes)" not in d.evidence
    assert not r.use_logprobs
    first, second = srv.log()
    assert first["body"]["logprobs"] is True and "logprobs" not in second["body"]
    r.decide("tree", SUMMARY)
    assert "logprobs" not in srv.log()[-1]["body"]  # remembered


def test_slow_server_times_out(server):
    srv = server("slow", "--delay", "5")
    r = fast(srv.base_url, timeout=0.3, retries=1)
    t0 = time.monotonic()
    with pytest.raises(InputError, match=r"did not answer within 0.3s \(2 tries"):
        r.decide("flag", SUMMARY)
    assert time.monotonic() - t0 < 3


@pytest.mark.parametrize(("mode", "match"), [("malformed", "not JSON"), ("nochoices", "malformed chat-completions")])
def test_malformed_reply_is_a_clear_runtime_error(server, mode, match):
    srv = server(mode)
    with pytest.raises(RuntimeError, match=match):
        fast(srv.base_url).decide("flag", SUMMARY)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_is_input_error_quickly():
    r = fast(f"http://127.0.0.1:{_free_port()}/v1", retries=2)
    t0 = time.monotonic()
    with pytest.raises(InputError, match=r"cannot reach reasoner server at .*connection refused.*--reasoner-url"):
        r.decide("flag", SUMMARY)
    assert time.monotonic() - t0 < 5


@pytest.mark.parametrize(
    ("reply", "verdict"),
    [("yes", "yes"), ("Yes.", "yes"), (" YES!", "yes"), ("No, it", "no"), ("no", "no"),
     ("Maybe", "unknown"), ("", "unknown"), ("Nope", "unknown"), ("yesterday", "unknown")],
)
def test_parse_reply(reply, verdict):
    assert OpenAIReasoner.parse_reply(reply) == verdict


def test_blank_api_key_is_not_sent(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "  ")
    assert "Authorization" not in fast("http://127.0.0.1:1/v1")._headers()
