"""Build tiny random transformers models with locally trained tokenizers, for tests.

No hub access is needed: each tokenizer is trained here with the `tokenizers` library on a few
sentences, each model is built from a config with random weights, and both are written with
`save_pretrained` (safetensors) so the code under test goes through the real loading path.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch

# Atari-manual-like sentences: enough text for BPE/Unigram to learn whole-word tokens for the
# words the tests rely on ("golden", "flag", "yes", "no", ...).
CORPUS: list[str] = [
    "The player skis down the mountain and passes between the flags.",
    "Each gate is a pair of blue flags; missing a gate adds five seconds.",
    "Hitting a tree or a mogul makes the skier fall and lose time.",
    "The game ends when the skier crosses the finish line.",
    "Eat the power pill to turn the ghosts blue, then eat a ghost for points.",
    "A ghost that touches the player takes away one life.",
    "Fruit appears twice in each maze and gives bonus points.",
    "Hit the ball past the enemy player to win the point.",
    "The golden flag at the end of the course is worth extra points.",
    "Touch the golden flag to finish the race with a bonus.",
    "Break every brick in the wall with the ball to clear the level.",
    "You lose a life when the ball falls below the paddle.",
    "Should the player hit a tree to win the game? no",
    "Should the player hit a flag to win the game? yes",
    "Answer yes or no. Yes. No. yes no yes no",
    "Question: Game summary: Answer:",
]


def _repeat(corpus: list[str], times: int = 20) -> list[str]:
    return [s for _ in range(times) for s in corpus]


def train_byte_level_bpe(
    corpus: list[str], vocab_size: int, special_tokens: list[str]
) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Train a byte-level BPE (GPT-2/RoBERTa style); return (vocab, merges)."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=special_tokens,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_repeat(corpus), trainer)
    model = json.loads(tok.to_str())["model"]
    merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model["merges"]]
    return dict(model["vocab"]), merges


def train_unigram(corpus: list[str], vocab_size: int, special_tokens: list[str]) -> list[tuple[str, float]]:
    """Train a SentencePiece-style Unigram model (T5 style, metaspace); return [(piece, score)]."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.Unigram())
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    trainer = trainers.UnigramTrainer(
        vocab_size=vocab_size, special_tokens=special_tokens, unk_token="<unk>", show_progress=False
    )
    tok.train_from_iterator(_repeat(corpus), trainer)
    return [(p, float(s)) for p, s in json.loads(tok.to_str())["model"]["vocab"]]


# ---------------------------------------------------------------- extractive QA (RoBERTa)


def roberta_tokenizer(corpus: list[str] | None = None, vocab_size: int = 700, model_max_length: int = 512):
    from transformers import RobertaTokenizerFast

    vocab, merges = train_byte_level_bpe(
        corpus or CORPUS, vocab_size, ["<s>", "<pad>", "</s>", "<unk>", "<mask>"]
    )
    return RobertaTokenizerFast(vocab=vocab, merges=merges, model_max_length=model_max_length)


def build_roberta_qa(directory: str | Path, *, max_positions: int = 512, seed: int = 0):
    """A 2-layer RoBERTa with a random QA head, saved to `directory`. Returns (model, tokenizer)."""
    from transformers import RobertaConfig, RobertaForQuestionAnswering

    torch.manual_seed(seed)
    tok = roberta_tokenizer(model_max_length=max_positions)
    config = RobertaConfig(
        vocab_size=len(tok),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=max_positions + 2,  # RoBERTa positions start after padding_idx
        type_vocab_size=1,
        pad_token_id=tok.pad_token_id,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
    )
    model = RobertaForQuestionAnswering(config).eval()
    model.save_pretrained(directory)
    tok.save_pretrained(directory)
    return model, tok


@torch.no_grad()
def make_qa_favour_tokens(model, start_token_id: int, end_token_id: int, null_token_id: int | None = None,
                          null_strength: float = 0.0) -> None:
    """Rig a RoBERTa QA model so answers are predictable, keeping the real forward and decoding path.

    Every encoder layer's residual branches are zeroed, so each token's final hidden state is the
    (layer-normed) embedding of that token alone; positions and token types are zeroed too. Hidden
    dimension 0 flags `start_token_id`, dimension 1 flags `end_token_id`, dimension 2 flags
    `null_token_id` (usually <s>) with `null_strength`; the QA head reads start logits from dims 0 and 2
    and end logits from dims 1 and 2. All other tokens get -2 in those dimensions.
    """
    emb = model.roberta.embeddings
    emb.position_embeddings.weight.zero_()
    emb.token_type_embeddings.weight.zero_()
    w = emb.word_embeddings.weight
    w.normal_(0.0, 1.0)
    w[:, :3] = -2.0
    w[start_token_id, 0] = 8.0
    w[end_token_id, 1] = 8.0
    if null_token_id is not None:
        w[null_token_id] = 0.0
        w[null_token_id, 2] = null_strength
    for layer in model.roberta.encoder.layer:
        layer.attention.output.dense.weight.zero_()
        layer.attention.output.dense.bias.zero_()
        layer.output.dense.weight.zero_()
        layer.output.dense.bias.zero_()
    head = model.qa_outputs
    head.weight.zero_()
    head.bias.zero_()
    head.weight[0, 0] = head.weight[0, 2] = 3.0  # start logits
    head.weight[1, 1] = head.weight[1, 2] = 3.0  # end logits


# ---------------------------------------------------------------- reasoners (T5, GPT-2)

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)


# Makes the Unigram trainer keep '▁yes', '▁Yes' and '▁no' as whole pieces.
YES_NO_LINES: list[str] = ["yes. no. Yes, no, yes or no?"] * 3


def build_t5(directory: str | Path, *, seed: int = 0, corpus: list[str] | None = None):
    """A tiny random T5 (seq2seq) with a Unigram tokenizer (by default with '▁yes' and '▁no' pieces)."""
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    torch.manual_seed(seed)
    vocab = train_unigram(corpus or CORPUS + YES_NO_LINES, 400, ["<pad>", "</s>", "<unk>"])
    tok = T5Tokenizer(vocab=vocab, extra_ids=0, model_max_length=512)
    config = T5Config(
        vocab_size=len(tok),
        d_model=32,
        d_kv=8,
        d_ff=64,
        num_layers=2,
        num_decoder_layers=2,
        num_heads=2,
        pad_token_id=tok.pad_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=tok.pad_token_id,
    )
    model = T5ForConditionalGeneration(config).eval()
    model.save_pretrained(directory)
    tok.save_pretrained(directory)
    return model, tok


def build_gpt2(directory: str | Path, *, seed: int = 0, vocab_size: int = 700, chat_template: bool = False,
               corpus: list[str] | None = None):
    """A tiny random GPT-2 (causal) with a byte-level BPE tokenizer, optionally with a chat template."""
    from transformers import GPT2Config, GPT2LMHeadModel, GPT2TokenizerFast

    torch.manual_seed(seed)
    vocab, merges = train_byte_level_bpe(corpus or CORPUS, vocab_size, ["<|endoftext|>"])
    tok = GPT2TokenizerFast(vocab=vocab, merges=merges, model_max_length=256)
    if chat_template:
        tok.chat_template = CHAT_TEMPLATE
    config = GPT2Config(
        vocab_size=len(tok),
        n_positions=256,
        n_embd=32,
        n_layer=2,
        n_head=2,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
    )
    model = GPT2LMHeadModel(config).eval()
    model.save_pretrained(directory)
    tok.save_pretrained(directory)
    return model, tok


@torch.no_grad()
def add_lm_head_bias(model, bias_by_token: dict[int, float]) -> None:
    """Give the model's LM head (bias-free in GPT-2/T5) a bias vector favouring some tokens."""
    head = model.get_output_embeddings()
    vocab = head.weight.shape[0]
    if head.bias is None:
        head.bias = torch.nn.Parameter(torch.zeros(vocab))
    head.bias.zero_()
    for token_id, value in bias_by_token.items():
        head.bias[token_id] = value
