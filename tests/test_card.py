import json
from pathlib import Path

import pytest

from read_reward.card import CardObject, GameCard, KeyObject, QAItem, load_card, save_card, write_atomic
from read_reward.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


def make_card() -> GameCard:
    return GameCard(
        game="skiing", env_id="ALE/Skiing-v5", manual_sha256="ab" * 32, models={"qa": "x"},
        key_objects=[KeyObject("tree", 0.5)], qa=[QAItem("q?", "a.", 0.7, "a.", "Intro")],
        summary="Goal: a.", objects=[CardObject("Tree", "tree", "no", 0.9, -5.0, 0.8)],
    )


def test_roundtrip_and_rewards(tmp_path):
    path = save_card(make_card(), tmp_path / "sub" / "card.json")
    card = load_card(path)
    assert card == make_card()
    assert card.reward_of("Tree") == -5.0 and card.reward_of("Mogul") == 0.0
    assert card.rewards() == {"Tree": -5.0}


def test_bad_cards_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_card(tmp_path / "nope.json")
    (tmp_path / "bad.json").write_text("{oops")
    with pytest.raises(InputError, match="not valid JSON"):
        load_card(tmp_path / "bad.json")
    data = make_card().to_dict() | {"version": 99}
    (tmp_path / "v.json").write_text(json.dumps(data))
    with pytest.raises(InputError, match="version 99"):
        load_card(tmp_path / "v.json")
    (tmp_path / "m.json").write_text(json.dumps({"game": "x", "objects": [], "version": 1}))
    with pytest.raises(InputError, match="malformed"):
        load_card(tmp_path / "m.json")


def test_write_atomic_keeps_old_file_on_failure(tmp_path):
    target = tmp_path / "card.json"
    target.write_text("old")

    class Boom:  # not str/bytes: fails while writing
        pass

    with pytest.raises(TypeError):
        write_atomic(target, Boom())  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["card.json"]


def test_passing_reward_round_trips_and_older_versions_have_none(tmp_path):
    card = make_card()
    card.objects.append(CardObject("Flag", "gate", "no", 0.9, -5.0, 0.7, passing=5.0,
                                   passing_evidence="Ski between the flags."))
    data = json.loads(save_card(card, tmp_path / "v3.json").read_text())
    assert data["version"] == 3 and data["objects"][1]["passing"] == 5.0
    loaded = load_card(tmp_path / "v3.json")
    assert loaded == card and loaded.passing_rewards() == {"Flag": 5.0}
    assert loaded.rewards() == {"Tree": -5.0, "Flag": -5.0}  # the contact reward stays apart
    for version in (1, 2):  # written before passing existed: no such keys
        old = make_card().to_dict() | {"version": version}
        for obj in old["objects"]:
            del obj["passing"], obj["passing_evidence"]
        if version == 1:
            del old["audit"]
            for obj in old["objects"]:
                del obj["source"], obj["evidence"]
        (tmp_path / f"v{version}.json").write_text(json.dumps(old))
        read = load_card(tmp_path / f"v{version}.json")
        assert read.passing_rewards() == {} and read.objects[0].passing == 0.0 and read.rewards() == {"Tree": -5.0}
        assert load_card(save_card(read, tmp_path / f"again{version}.json")).version == 3


def test_the_card_view_shows_the_passing_reward():
    import io

    from rich.console import Console

    from read_reward.view import show_card

    out = io.StringIO()
    show_card(load_card(ROOT / "benchmarks" / "results" / "cards" / "skiing-gates.json"), console=Console(file=out, width=200))
    assert "Passing between two flags: +5" in out.getvalue()
    out = io.StringIO()
    show_card(load_card(ROOT / "benchmarks" / "results" / "cards" / "breakout.json"), console=Console(file=out, width=200))
    assert "Passing" not in out.getvalue()
