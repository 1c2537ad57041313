"""Reading "pass between" goals from a manual (`read_reward.passes`): cues, negations, absence."""

from __future__ import annotations

import pytest

from read_reward.evidence import Evidence, Mention, gather
from read_reward.games import corpus_manuals, game_info
from read_reward.manual import read_manual
from read_reward.passes import decide_passing, passing_fields, sentence_cue
from read_reward.read import names


@pytest.mark.parametrize("sentence, words", [
    ("Steer your buggy between the two cones to score 50 points.", ["cone"]),
    ("Pass through each gate before the timer runs out.", ["gate"]),
    ("Go between the two poles, then turn for the next pair.", ["pole"]),
    ("Fly through the gap between the pillars.", ["pillar"]),
    ("You must guide the boat between the buoys.", ["buoy"]),
    ("A point is scored each time your car passes between the markers.", ["marker"]),
    ("Ten seconds are added for every arch you fail to ride through.", ["arch"]),
    ("Slip between the two posts and the counter drops by one, with no penalty.", ["post"]),
    ("The poles marking each gate are there to be passed between, never hit.", ["pole", "gate"]),
])
def test_cues_to_pass_between(sentence, words):
    assert sentence_cue(sentence, words) == 1


@pytest.mark.parametrize("sentence, words", [
    ("Do not fly between the towers.", ["tower"]),
    ("Never drive through a roadblock.", ["roadblock"]),
    ("If you fly through a storm cloud, you lose a life.", ["storm cloud"]),
    ("Don't pass between the two guards or you lose a life.", ["guard"]),
])
def test_cues_against_passing(sentence, words):
    assert sentence_cue(sentence, words) == -1


@pytest.mark.parametrize("sentence, words", [
    ("You cannot walk through the walls.", ["wall"]),
    ("You can fly through the clouds without harm.", ["cloud"]),  # what the game allows, not a goal
    ("The river flows between the banks.", ["bank"]),  # no motion of the player's asked for
    ("Only one defender stands between the raiders and the city.", ["raider"]),
    ("Keep him between the puck and the net.", ["puck"]),
    ("Get between him and the carrot.", ["carrot"]),  # a place between two different things
    ("Guide the hero through the maze and eat every dot in it.", ["dot"]),  # the maze is passed, not the dots
    ("He then goes in through the door to finish the level.", ["door"]),  # entering one object
    ("The cones are placed between the lanes.", ["cone"]),
    ("Steer between the two cones to score.", ["tree"]),  # about another object
])
def test_no_cue(sentence, words):
    assert sentence_cue(sentence, words) == 0


def evidence(*sentences: str, names: tuple[str, ...] = ("flag", "gate")) -> Evidence:
    return Evidence(names, [Mention(s, "text", False) for s in sentences])


def test_decision_reward_sentence_and_conflicts():
    decided = decide_passing(evidence("The flags mark each gate.", "Ski between the flags of every gate."))
    assert decided.reward == 5.0 and decided.sentence == "Ski between the flags of every gate."
    assert decide_passing(evidence("Never ski between the flags."), magnitude=2).reward == -2.0
    assert decide_passing(evidence("The flags mark each gate.", "A flag knocks you down.")).reward == 0.0
    both = evidence("Ski between the flags of every gate.", "Never ski between the flags.")
    assert decide_passing(both).reward == 0.0  # the manual contradicts itself: no decision
    assert passing_fields(None) == {"passing": 0.0, "passing_evidence": ""}
    assert passing_fields(evidence("Go through every gate."))["passing"] == 5.0


def test_a_sentence_that_refers_back_may_use_a_pronoun():
    carried = Evidence(("pylon",), [Mention("Watch for the pylons.", "text", False),
                                    Mention("Fly between them to score.", "text", True)])
    assert decide_passing(carried).reward == 5.0
    uncarried = Evidence(("pylon",), [Mention("Fly between them to score.", "text", False)])
    assert decide_passing(uncarried).reward == 0.0
    gap = Evidence(("pylon",), [Mention("A gate is two pylons.", "text", False),
                                Mention("Fly through the gap between them.", "text", True)])
    assert decide_passing(gap).reward == 5.0


def test_bundled_manuals_only_skiing_asks_to_pass_between():
    """Every bundled manual, every touchable category, with the names the lexicon gives it: only
    Skiing's flags (gates) get a passing reward."""
    found = {}
    for short, path in sorted(corpus_manuals().items()):
        try:
            info = game_info(short)
        except Exception:  # noqa: BLE001 (a game OCAtari cannot build: no card either)
            continue
        sections, sentences = zip(*read_manual(path).sentences())
        for category in info.touchable:
            decided = decide_passing(gather(sentences, names(category), sections=sections))
            if decided.reward:
                found[(short, category.name)] = decided
    assert list(found) == [("skiing", "Flag")]
    assert found["skiing", "Flag"].reward == 5.0


def test_build_card_gives_the_passing_reward_only_where_the_manual_says(tmp_path):
    from read_reward.card import load_card, save_card
    from read_reward.embedding import use_one_thread
    from read_reward.games import manual_for
    from read_reward.qa import EmbeddingExtractor
    from read_reward.read import build_card
    from read_reward.reasoning import EffectReasoner

    use_one_thread()
    extractor, reasoner = EmbeddingExtractor(), EffectReasoner()
    skiing = build_card(manual_for("skiing"), "skiing", extractor, reasoner)
    assert skiing.passing_rewards() == {"Flag": 5.0}
    flag = next(o for o in skiing.objects if o.name == "Flag")
    assert "between" in flag.passing_evidence or "through" in flag.passing_evidence
    assert load_card(save_card(skiing, tmp_path / "skiing.json")) == skiing
    breakout = build_card(manual_for("breakout"), "breakout", extractor, reasoner)
    assert breakout.passing_rewards() == {} and all(o.passing == 0.0 for o in breakout.objects)
