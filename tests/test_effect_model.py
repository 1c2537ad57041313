"""The learned effect reader: its training data, the shipped weights, training and the reasoner's use."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest

from read_reward import effect_model as em
from read_reward.evidence import Evidence, Mention
from read_reward.reasoning import EffectReasoner

# Sentences written for this test, not in the training files: (sentence, target, label).
NEW = [("Snatch up every glowing acorn you find; each one adds 40 to your total.", "acorn", "gain"),
       ("One sting from a hornet and your beekeeper is out of the game.", "hornet", "loss"),
       ("Line up under the blimps and fire away to blast them out of the sky.", "blimps", "shoot"),
       ("The weeds along the riverbank won't slow your canoe at all.", "weeds", "harmless"),
       ("Fill your basket with plums, but the wasps guarding the orchard are bad news.", "plums", "gain"),
       ("Fill your basket with plums, but the wasps guarding the orchard are bad news.", "wasps", "loss"),
       ("The lighthouse stands on the northern cliff and flashes every few seconds.", "lighthouse", "none"),
       ("Keep well away from the lava pools.", "lava pools", "loss")]


def _item(sentence: str, target: str) -> tuple[str, int, int]:
    start = sentence.lower().find(target)
    return sentence.lower(), start, start + len(target)


def test_training_data_is_many_writers_every_label_and_no_bundled_game():
    examples = em.load_examples()
    assert len(examples) > 4000
    assert len({e.writer for e in examples}) >= 8
    assert set(Counter(e.label for e in examples)) == set(em.LABELS)
    assert all(e.sentence[e.start:e.end] for e in examples)
    text = " ".join(e.sentence.lower() for e in examples)
    for title in ("pac-man", "pitfall", "frogger", "space invaders", "river raid", "breakout", "seaquest"):
        assert title not in text


def test_held_out_writers_parse_and_share_no_sentence_with_training():
    from pathlib import Path

    held = em.load_examples(Path(__file__).resolve().parent.parent / "benchmarks" / "effect-sentences")
    assert len({e.writer for e in held}) >= 4 and set(e.label for e in held) == set(em.LABELS)
    assert not {e.sentence for e in held} & {e.sentence for e in em.load_examples()}


@pytest.mark.parametrize("row", ['{"sentence": "Eat a pie.", "target": "cake", "label": "gain"}',
                                 '{"sentence": "Eat a pie.", "target": "pie", "label": "yummy"}',
                                 '{"sentence": "Eat a pie."', '["a list"]', '{"target": "pie"}'])
def test_bad_training_row_names_the_file_and_line(tmp_path, row):
    good = json.dumps({"sentence": "Eat a pie.", "target": "pie", "label": "gain"})
    (tmp_path / "w.jsonl").write_text(f"{good}\n{row}\n", encoding="utf-8")
    with pytest.raises(em.InputError, match="w.jsonl line 2"):
        em.load_examples(tmp_path)


def test_shipped_reader_reads_new_sentences():
    probs = em.predict([_item(s, t) for s, t, _ in NEW])
    got = [em.LABELS[i] for i in probs.argmax(1)]
    assert np.allclose(probs.sum(1), 1.0, atol=1e-4)
    assert sum(g == want for g, (_, _, want) in zip(got, NEW)) >= 7, got


def test_the_object_decides_the_reading_in_a_sentence_with_two():
    s = "Grab the golden keys but keep clear of the spinning blades."
    keys, blades = em.predict([_item(s, "keys"), _item(s, "blades")])
    assert keys[0] > 0.5 > keys[1]
    assert blades[1] > 0.5 > blades[0]


def test_train_save_load_round_trip(tmp_path):
    examples = em.load_examples()[::80]
    reader = em.train(examples, epochs=1)
    path = tmp_path / "reader.safetensors"
    em.save(reader, path)
    assert not list(tmp_path.glob("*.tmp"))
    items = [_item(s, t) for s, t, _ in NEW[:3]]
    probs = em.predict(items, path)
    assert probs.shape == (3, len(em.LABELS))
    assert np.allclose(probs, em.probabilities(reader, items), atol=2e-2)  # float16 weights


def test_mention_items_find_names_and_pronouns():
    assert em.mention_items("Avoid the Killer Bees!", ["killer bee"]) == [("avoid the killer bees!", 10, 21)]
    text, a, b = em.mention_items("If one stings you, you lose a life.", ["wasp"], carried=True)[0]
    assert text[a:b] == "one"
    assert em.mention_items("Nothing here.", ["wasp"]) == [("nothing here.", 0, 0)]


def test_reasoner_asks_the_learned_reader_only_where_the_rules_are_unsure(monkeypatch):
    asked = []
    real = em.polarity
    monkeypatch.setattr(em, "polarity", lambda evidence: asked.append(evidence.names) or real(evidence))
    torn = Evidence(("vampire bat",), [Mention("Each vampire bat is worth 100 points.", "text", False),
                                      Mention("Vampire bats lurk in the caves.", "text", False),
                                      Mention("Vampire bats attack anyone who lingers.", "text", False)])
    assert EffectReasoner(learned=False).decide("vampire bat", "", torn).verdict == "unknown"  # conflicting
    decision = EffectReasoner().decide("vampire bat", "", torn)
    assert asked == [("vampire bat",)]
    assert decision.verdict == "unknown" or decision.evidence.startswith("(learned reader)")
    plain = Evidence(("ruby",), [Mention("Each ruby you pick up is worth 500 points.", "text", False)])
    decided = EffectReasoner().decide("ruby", "", plain)
    assert decided.verdict == "yes" and not decided.evidence.startswith("(learned reader)")
    # no cue at all: the manual only names it, however the reader would lean
    scenery = Evidence(("house",), [Mention("On the land beside the river you'll pass little houses.", "text", False)])
    assert EffectReasoner().decide("house", "", scenery).verdict == "unknown"
    assert asked == [("vampire bat",)]
