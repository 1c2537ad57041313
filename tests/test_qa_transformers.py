"""SpanQAExtractor on a tiny random RoBERTa QA model (tokenizer trained here), and the span decoder."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import numpy as np
import pytest

import tiny_models as tm
from read_reward.errors import InputError
from read_reward.qa import GENERIC_QUESTIONS, SpanQAExtractor, best_span, object_question

SENTENCES = [
    "The player skis down the mountain and passes between the flags.",
    "Hitting a tree or a mogul makes the skier fall and lose time.",
    "Touch the golden flag to finish the race with a bonus.",
    "A ghost that touches the player takes away one life.",
    "The game ends when the skier crosses the finish line.",
]
SECTIONS = ["Skiing", "Hazards", "Goal", "Ghosts", "End"]
FILLER = "Each gate is a pair of blue flags and missing a gate adds five seconds."
INF = float("inf")


@pytest.fixture(scope="session")
def qa_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tiny-roberta-qa")
    tm.build_roberta_qa(path, max_positions=512)
    return path


@pytest.fixture(scope="module")
def random_qa(qa_dir) -> SpanQAExtractor:
    return SpanQAExtractor(str(qa_dir), no_answer_threshold=INF)


def rigged(qa_dir, start: str = "Ġgolden", end: str = "Ġflag", null_strength: float | None = None, **kw):
    """An extractor whose model favours `start` as the span start and `end` as the span end."""
    x = SpanQAExtractor(str(qa_dir), **kw)
    ids = [x.tokenizer.convert_tokens_to_ids(t) for t in (start, end)]
    assert x.tokenizer.unk_token_id not in ids, "the tokenizer must know both tokens"
    null = x.tokenizer.cls_token_id if null_strength is not None else None
    tm.make_qa_favour_tokens(x.model, *ids, null_token_id=null, null_strength=null_strength or 0.0)
    return x


# ------------------------------------------------------------------ loading


def test_loads_from_a_directory(qa_dir, random_qa):
    assert (qa_dir / "model.safetensors").is_file() and (qa_dir / "tokenizer.json").is_file()
    assert random_qa.name == str(qa_dir)
    assert type(random_qa.model).__name__ == "RobertaForQuestionAnswering"
    assert random_qa.tokenizer.is_fast and not random_qa.model.training


def test_bad_model_is_input_error(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="does not exist"):
        SpanQAExtractor(str(tmp_path / "nope"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="cannot load QA model from directory"):
        SpanQAExtractor(str(tmp_path / "empty"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    t0 = time.monotonic()
    with pytest.raises(InputError) as err:
        SpanQAExtractor("no-such-org/no-such-qa-model")
    assert str(err.value) == (
        "cannot load QA model 'no-such-org/no-such-qa-model' (no network / not in HF cache); pass a local "
        "directory or pre-download it with `huggingface-cli download no-such-org/no-such-qa-model`"
    )
    assert "\n" not in str(err.value) and time.monotonic() - t0 < 10


@pytest.mark.parametrize(
    "kw", [{"stride": 384}, {"stride": -1}, {"max_length": 4}, {"max_answer_tokens": 0}, {"batch_size": 0}]
)
def test_bad_options_are_input_errors(qa_dir, kw):
    with pytest.raises(InputError):
        SpanQAExtractor(str(qa_dir), **kw)


# ------------------------------------------------------------------ answers


@pytest.mark.parametrize("question", [*GENERIC_QUESTIONS, object_question("tree")])
def test_answer_is_a_context_substring_from_its_source_sentence(random_qa, question):
    a = random_qa.answer(question, SENTENCES, SECTIONS)
    assert a.question == question
    assert a.text and a.text == a.text.strip()
    assert a.text in " ".join(SENTENCES) and a.text in a.source
    first = next(i for i, s in enumerate(SENTENCES) if a.source.startswith(s))
    n = sum(1 for s in SENTENCES if s in a.source)
    assert a.source == " ".join(SENTENCES[first : first + n])  # consecutive source sentence(s)
    assert a.section == SECTIONS[first]
    assert 0.0 <= a.score <= 1.0


def test_rigged_model_answer_maps_to_the_right_sentence(qa_dir):
    a = rigged(qa_dir, no_answer_threshold=INF).answer("What is the goal of the game?", SENTENCES, SECTIONS)
    assert a.text == "golden flag"
    assert a.source == SENTENCES[2] and a.section == "Goal"
    assert a.score > 0.9
    # the same tokens in the question are not candidates: only the context is
    x = rigged(qa_dir, no_answer_threshold=INF)
    sentences = ["Skis go fast.", "Touch the golden flag to win."]
    a = x.answer("Where is the golden flag?", sentences, ["a", "b"])
    assert a.text == "golden flag" and a.source == sentences[1] and a.section == "b"


def test_span_across_two_sentences_reports_both_and_the_first_section(qa_dir):
    x = rigged(qa_dir, start="Ġgolden", end="Ġlife", no_answer_threshold=INF)
    a = x.answer("What is the goal?", SENTENCES, SECTIONS)
    assert a.text == "golden flag to finish the race with a bonus. A ghost that touches the player takes away one life"
    assert a.source == SENTENCES[2] + " " + SENTENCES[3] and a.section == "Goal"
    # ... unless the span would be longer than max_answer_tokens
    x.max_answer_tokens = 5
    assert len(x.answer("What is the goal?", SENTENCES, SECTIONS).text.split()) <= 5


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_long_context_is_windowed_and_every_window_is_read(qa_dir, where):
    x = rigged(qa_dir, max_length=48, stride=16, no_answer_threshold=INF, batch_size=3)
    sentences = [FILLER] * 40
    index = {"first": 0, "middle": 20, "last": 39}[where]
    sentences[index] = "Touch the golden flag to finish."
    sections = [f"s{i}" for i in range(40)]
    question = "What is the goal?"
    enc = x.encode(question, " ".join(sentences))
    n = len(enc["input_ids"])
    assert n > 10 and all(len(ids) <= 48 for ids in enc["input_ids"])
    # consecutive windows overlap (stride) in the context
    ctx = [[o for o, sid in zip(enc["offset_mapping"][w], enc.sequence_ids(w)) if sid == 1] for w in range(n)]
    assert all(ctx[w + 1][0][0] < ctx[w][-1][1] for w in range(n - 1))
    a = x.answer(question, sentences, sections)
    assert a.text == "golden flag" and a.source == sentences[index] and a.section == f"s{index}"


def test_batching_does_not_change_the_answer(qa_dir):
    sentences = [FILLER] * 12 + SENTENCES
    sections = ["x"] * 12 + SECTIONS
    answers = [
        SpanQAExtractor(str(qa_dir), max_length=40, stride=10, batch_size=b, no_answer_threshold=INF).answer(
            "What ends the game?", sentences, sections
        )
        for b in (1, 4, 64)
    ]
    assert answers[0].text and all(a.text == answers[0].text for a in answers)
    assert all(a.score == pytest.approx(answers[0].score, rel=1e-4) for a in answers)


def test_no_answer_threshold(qa_dir):
    question = "What is the goal?"
    # The null (<s>) token scores higher than the golden..flag span: SQuAD2-style "no answer".
    x = rigged(qa_dir, null_strength=12.0)
    a = x.answer(question, SENTENCES, SECTIONS)
    assert (a.text, a.score, a.source, a.section) == ("", 0.0, "", "")
    x.no_answer_threshold = 1e6  # the null must win by more than this: it does not
    assert x.answer(question, SENTENCES, SECTIONS).text == "golden flag"
    # Without the null boost the span wins at the default threshold 0.
    assert rigged(qa_dir).answer(question, SENTENCES, SECTIONS).text == "golden flag"
    # -inf: every answer is "no answer"
    assert rigged(qa_dir, no_answer_threshold=-INF).answer(question, SENTENCES, SECTIONS).text == ""


def test_empty_and_mismatched_input(random_qa):
    assert random_qa.answer("What?", [], []).text == ""
    assert random_qa.answer("What?", ["  ", ""], ["a", "b"]).text == ""
    with pytest.raises(ValueError):
        random_qa.answer("What?", ["One."], [])


def test_blank_sentences_are_skipped_but_sources_stay_aligned(qa_dir):
    sentences = ["", SENTENCES[0], "   ", SENTENCES[2]]
    a = rigged(qa_dir, no_answer_threshold=INF).answer("What is the goal?", sentences, ["a", "b", "c", "d"])
    assert a.text == "golden flag" and a.source == SENTENCES[2] and a.section == "d"


# ------------------------------------------------------------------ span decoding (hand-made logits)


def test_best_span_picks_the_best_valid_pair():
    #        CLS  q    q   sep  c4   c5   c6   c7   c8   sep
    start = [0.0, 9.0, 0, 0, 1.0, 2.0, 0.0, 5.0, 0.0, 0]
    end = [0.0, 9.0, 0, 0, 0.0, 4.0, 3.0, 0.0, 1.0, 0]
    mask = [False, False, False, False, True, True, True, True, True, False]
    span = best_span(start, end, mask)
    # the question tokens (9.0) are not context; (7, 5) has start > end; best valid = (7, 8): 5 + 1 = 6
    # ties with (5, 5): 2 + 4 = 6 -> the shorter one wins, then the earlier one
    assert (span.start, span.end) == (5, 5) and span.logit == 6.0
    start[7] = 5.5
    span = best_span(start, end, mask)
    assert (span.start, span.end, span.logit) == (7, 8, 6.5)


def test_best_span_respects_max_answer_tokens():
    start = np.zeros(20)
    end = np.zeros(20)
    start[2], end[12], end[4] = 10.0, 10.0, 3.0
    mask = np.ones(20, dtype=bool)
    assert (best_span(start, end, mask, max_answer_tokens=11).end) == 12
    span = best_span(start, end, mask, max_answer_tokens=10)
    assert (span.start, span.end) == (2, 4)
    span = best_span(start, end, mask, max_answer_tokens=1)
    assert span.start == span.end


def test_best_span_probabilities():
    start = np.array([2.0, 0.0, 1.0, 3.0])
    end = np.array([2.0, 0.0, 3.0, 1.0])
    mask = np.array([False, True, True, True])
    span = best_span(start, end, mask, null_index=0)
    assert (span.start, span.end) == (2, 2)  # (3, 3) = 4, (2, 2) = 4, (2, 3) = 2: tie -> earlier
    softmax = lambda x: np.exp(x) / np.exp(x).sum()  # noqa: E731
    assert span.prob == pytest.approx(softmax(start)[2] * softmax(end)[2])
    no_null = best_span(start, end, mask)
    assert no_null.prob == pytest.approx(softmax(start[1:])[1] * softmax(end[1:])[1])
    assert 0.0 < span.prob < no_null.prob <= 1.0


def test_best_span_edge_cases():
    assert best_span([1.0, 2.0], [1.0, 2.0], [False, False]) is None
    one = best_span([1.0, 2.0, 0.5], [1.0, 2.0, 0.5], [False, False, True])
    assert (one.start, one.end) == (2, 2) and one.prob == pytest.approx(1.0)
    with pytest.raises(ValueError):
        best_span([1.0], [1.0, 2.0], [True, True])


@pytest.mark.parametrize("seed", range(20))
def test_best_span_matches_brute_force(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 40))
    start, end = rng.normal(size=n), rng.normal(size=n)
    mask = np.zeros(n, dtype=bool)
    lo = int(rng.integers(1, n - 2))
    mask[lo : int(rng.integers(lo + 1, n))] = True
    k = int(rng.integers(1, 8))
    span = best_span(start, end, mask, max_answer_tokens=k)
    pairs = [
        (start[i] + end[j], i, j)
        for i, j in itertools.product(range(n), range(n))
        if mask[i] and mask[j] and i <= j < i + k
    ]
    best = max(p[0] for p in pairs)
    assert span.logit == pytest.approx(best)
    assert mask[span.start] and mask[span.end] and span.start <= span.end < span.start + k
    assert 0.0 <= span.prob <= 1.0
