"""The offline default models (packaged MiniLM) on their own and on the labelled manuals."""

import json

import pytest

from read_reward.embedding import use_one_thread
from read_reward.games import BUNDLED_MANUALS, game_info, manual_for
from read_reward.qa import EmbeddingExtractor
from read_reward.read import build_card
from read_reward.reasoning import EffectReasoner, EmbeddingReasoner, PolarityHeadReasoner, evidence_lines

use_one_thread()
SUMMARY = "\n".join([
    "Goal: Collect every gem while you avoid the bats.",
    "Scoring: Each gem is worth 50 points.",
    "Hitting a bat: If a bat touches you, you lose a life.",
    "Hitting a gem: Grab a gem and its points are added to your score.",
    "Hitting a cave: The cave is full of gems and bats.",
])


def test_evidence_is_the_objects_own_answer_and_general_mentions():
    assert evidence_lines("bat", SUMMARY) == ["Collect every gem while you avoid the bats.",
                                              "If a bat touches you, you lose a life."]
    assert "The cave is full of gems and bats." not in evidence_lines("gem", SUMMARY)
    assert evidence_lines("dragon", SUMMARY) == []


@pytest.mark.parametrize("reasoner_cls", [EffectReasoner, EmbeddingReasoner, PolarityHeadReasoner])
def test_offline_reasoners_read_help_and_harm(reasoner_cls):
    reasoner = reasoner_cls()
    assert reasoner.decide("gem", SUMMARY).verdict == "yes"
    bat = reasoner.decide("bat", SUMMARY)
    assert bat.verdict == "no" and 0.5 <= bat.confidence <= 1 and bat.evidence
    assert reasoner.decide("dragon", SUMMARY).verdict == "unknown"


def test_extractor_prefers_sentences_about_the_object():
    sentences = ["The cave is dark.", "If a bat touches you, you lose a life.", "Gems are worth 50 points."]
    answer = EmbeddingExtractor().answer("What happens when the player hits a bat?", sentences, ["A", "B", "C"])
    assert answer.text.startswith("If a bat touches you") and answer.section == "B" and answer.score > 0


ORIGINAL = ("asterix", "boxing", "breakout", "freeway", "frostbite", "mspacman", "pong", "seaquest", "skiing", "tennis")


def test_default_accuracy_on_the_first_ten_manuals_does_not_regress():
    """benchmarks/accuracy.py measured 24/28 yes/no right on these ten (2026-11-29, the `effects`
    reasoner with the lexicon); fail if a change loses more than one. All 55 games: the benchmark."""
    labels = json.loads((BUNDLED_MANUALS / "labels.json").read_text())["labels"]
    extractor, reasoner = EmbeddingExtractor(), EffectReasoner()
    right = scored = 0
    for game in ORIGINAL:
        truth = labels[game]
        for obj in build_card(manual_for(game), game, extractor, reasoner).objects:
            if truth[obj.name]["label"] != "neutral":
                scored += 1
                right += obj.decision == truth[obj.name]["label"]
    assert scored == 28 and right >= 23, right


def test_a_surface_is_never_rewarded_whatever_the_manual_says(tmp_path):
    """Floors, ladders and lifts are touched all the time: the card leaves them at 0 and says why."""
    from read_reward.embedding import use_one_thread
    from read_reward.games import game_info
    from read_reward.qa import EmbeddingExtractor
    from read_reward.read import SURFACE, build_card
    from read_reward.reasoning import EffectReasoner

    use_one_thread()
    surfaces = {c.name for c in game_info("kangaroo").touchable if c.surface}
    assert {"Ladder", "Platform"} <= surfaces
    manual = tmp_path / "kangaroo.txt"
    manual.write_text("KANGAROO\n\nClimb every ladder: each ladder you touch is worth 500 points.\n"
                      "The floors are deadly; touching a floor loses a life.\n"
                      "Monkeys throw apples at the mother kangaroo. If an apple hits her, she loses a life.\n"
                      "Punch the monkeys for 200 points.\n", encoding="utf-8")
    card = build_card(manual, "kangaroo", EmbeddingExtractor(), EffectReasoner())
    for obj in card.objects:
        if obj.name in surfaces:
            assert (obj.decision, obj.reward, obj.evidence) == ("unknown", 0.0, SURFACE), obj.name


def test_accuracy_benchmark_refuses_a_set_folder_without_labels_or_manuals(tmp_path, monkeypatch, capsys):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import accuracy

    monkeypatch.setattr(sys, "argv", ["accuracy.py", "--set", str(tmp_path)])
    assert accuracy.main() == 2
    assert "has no labels.json" in capsys.readouterr().err
    (tmp_path / "labels.json").write_text(json.dumps({"labels": {"pong": {"Ball": {"label": "yes", "terms": ["ball"]}}}}))
    assert accuracy.main() == 2
    assert "lacks pong.txt" in capsys.readouterr().err


def test_harm_to_the_players_own_vehicle_is_harm_to_the_player(tmp_path):
    """Private Eye's car is the detective's (lexicon `rides`): a pothole that jolts the car costs him."""
    use_one_thread()
    assert [c.name for c in game_info("privateeye").categories if c.rides] == ["Car"]
    manual = tmp_path / "privateeye.txt"
    manual.write_text("PRIVATE EYE\n\nPierre Touche drives his Model A through the city looking for clues.\n"
                      "A pothole jolts the Model A and costs merit points.\n"
                      "Each clue Pierre picks up is worth 1,000 points.\n", encoding="utf-8")
    card = build_card(manual, "privateeye", EmbeddingExtractor(), EffectReasoner())
    assert {o.name: o.decision for o in card.objects}["Mud"] == "no"
