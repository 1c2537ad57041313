"""The `read-reward` CLI end to end on the bundled manuals, with the embedded default models."""

import json
import subprocess
import sys

import pytest

from read_reward.card import load_card, save_card
from read_reward.cli import main


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("READ_REWARD_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_read_writes_a_card_and_card_shows_it(tmp_path, capsys):
    out = tmp_path / "skiing.json"
    assert main(["read", "manuals/skiing.md", "--game", "ALE/Skiing-v5", "--out", str(out), "-q"]) == 0
    card = load_card(out)
    assert card.env_id == "ALE/Skiing-v5" and card.player == "Player"
    objects = {o.name: (o.manual_term, o.decision, o.reward) for o in card.objects}
    assert objects["Tree"] == ("tree", "no", -5.0) and objects["Mogul"] == ("mogul", "no", -5.0)
    # the manual says to pass between the flags and that a missed gate costs time: no clear contact effect
    # (named by what the manual calls them most: "gate" is one of the lexicon's names for a flag)
    assert objects["Flag"][0] in ("flag", "gate") and objects["Flag"][1:] in {("no", -5.0), ("unknown", 0.0)}
    tree = next(o for o in card.objects if o.name == "Tree")
    assert "tree" in tree.evidence.lower()  # the card says which sentence the decision rests on
    assert card.summary and all(q.source for q in card.qa if q.answer)
    assert [k.term for k in card.key_objects][:8].count("tree") == 1
    capsys.readouterr()
    assert main(["card", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "Tree" in shown and "-5" in shown and "goal of the game" in shown


def test_reasoner_choice_is_recorded_and_the_rules_alone_never_cite_the_learned_reader(tmp_path):
    cards = {}
    for name in ("effects", "effects-rules"):
        out = tmp_path / f"{name}.json"
        assert main(["read", "manuals/roadrunner.txt", "--game", "roadrunner", "--reasoner", name, "--out", str(out), "-q"]) == 0
        cards[name] = load_card(out)
        assert cards[name].models["reasoner"] == name
    assert not any(o.evidence.startswith("(learned reader)") for o in cards["effects-rules"].objects)
    rules = {o.name: o.decision for o in cards["effects-rules"].objects}
    learned = [o for o in cards["effects"].objects if o.evidence.startswith("(learned reader)")]
    assert learned  # Road Runner's truck: the rules find its cues weak or conflicting, the reader reads a loss
    for obj in cards["effects"].objects:  # the reader only answers where the rules abstained
        if obj in learned:
            assert rules[obj.name] == "unknown" and obj.decision in ("yes", "no")
        else:
            assert obj.decision == rules[obj.name]


def test_overrides_and_hand_edits_survive_a_rebuild(tmp_path):
    out = tmp_path / "card.json"
    overrides = tmp_path / "o.yaml"
    overrides.write_text("objects:\n  Mogul: {decision: 'yes'}\n")
    args = ["read", "manuals/skiing.md", "--game", "skiing", "--out", str(out), "-q"]
    assert main([*args, "--overrides", str(overrides)]) == 0
    mogul = next(o for o in load_card(out).objects if o.name == "Mogul")
    assert (mogul.decision, mogul.reward, mogul.overridden) == ("yes", 5.0, True)

    card = load_card(out)  # a user edits the card by hand
    next(o for o in card.objects if o.name == "Tree").reward = -2.0
    save_card(card, out)
    assert main(args) == 0
    rebuilt = {o.name: o for o in load_card(out).objects}
    assert rebuilt["Mogul"].decision == "yes" and rebuilt["Tree"].reward == -2.0
    assert rebuilt["Tree"].overridden and not rebuilt["Flag"].overridden
    assert main([*args, "--fresh"]) == 0
    assert {o.name: o.reward for o in load_card(out).objects}["Tree"] == -5.0


@pytest.mark.parametrize("argv, message", [
    (["read", "nope.md", "--game", "skiing"], "not found"),
    (["read", "manuals/skiing.md", "--game", "zork"], "not covered by OCAtari"),
    (["card", "pong"], "no card for 'pong'"),
    (["read", "manuals/skiing.md", "--game", "skiing", "--magnitude", "-1"], "--magnitude must be a positive"),
    (["read", "manuals/skiing.md", "--game", "skiing", "--overrides", "manuals/manifest.json"], "'objects'"),
])
def test_bad_input_exits_2_with_one_line(argv, message, capsys, home):
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err
    assert not (home / "cards").exists()


def test_corrupt_card_at_out_names_fresh(tmp_path, capsys):
    out = tmp_path / "card.json"
    out.write_text("{broken")
    args = ["read", "manuals/pong.md", "--game", "pong", "--out", str(out), "-q"]
    assert main(args) == 2
    assert "--fresh" in capsys.readouterr().err and out.read_text() == "{broken"
    assert main([*args, "--fresh"]) == 0
    assert load_card(out).game == "pong"


def test_add_manual_registers_and_builds(tmp_path, home, capsys):
    manual = tmp_path / "my_pong.txt"
    manual.write_text(open("manuals/pong.md").read().replace("#", ""))
    assert main(["add-manual", str(manual), "--game", "pong", "-q"]) == 0
    manifest = json.loads((home / "manuals" / "manifest.json").read_text())
    assert manifest["games"]["pong"]["env_id"] == "ALE/Pong-v5"
    assert (home / "manuals" / "pong.md").is_file()
    card = load_card(home / "cards" / "pong.json")
    assert next(o for o in card.objects if o.name == "Ball").decision == "yes"


def test_unreachable_reasoner_server_is_a_clear_error_before_any_reading(capsys, monkeypatch):
    import read_reward.read

    def never(*args, **kwargs):
        raise AssertionError("the manual was read before the server was reached")

    monkeypatch.setattr(read_reward.read, "build_card", never)
    argv = ["read", "manuals/pong.md", "--game", "pong", "-q", "--reasoner", "some-model",
            "--reasoner-url", "http://127.0.0.1:9/v1"]
    assert main(argv) == 2
    assert "cannot reach" in capsys.readouterr().err


def test_console_script_exit_codes():
    run = subprocess.run([sys.executable, "-m", "read_reward.cli", "read", "--help"], capture_output=True, text=True)
    assert run.returncode == 0 and "--qa-model" in run.stdout
    run = subprocess.run([sys.executable, "-m", "read_reward.cli", "read"], capture_output=True, text=True)
    assert run.returncode == 2 and "--game" in run.stderr


def _blocks(markdown: str) -> list[tuple[str, str]]:
    """("h"|"p", text) blocks of a bundled Markdown manual, markup removed, for PDF makers."""
    blocks = []
    for para in markdown.split("\n\n"):
        para = para.strip().replace("**", "").replace("\n- ", " ").lstrip("- ")
        if para:
            blocks.append(("h", para.lstrip("# ")) if para.startswith("#") else ("p", para))
    return blocks


def test_two_column_pdf_manual_to_card(tmp_path):
    from pdf_factory import two_column_pdf

    pdf = tmp_path / "freeway.pdf"
    blocks = _blocks(open("manuals/freeway.md").read())
    two_column_pdf(pdf, blocks[1:], title=blocks[0][1], header="FREEWAY", footer="Game Program Instructions")
    out = tmp_path / "card.json"
    assert main(["read", str(pdf), "--game", "freeway", "--out", str(out), "-q"]) == 0
    car = load_card(out).objects[0]
    assert (car.name, car.manual_term, car.decision, car.reward) == ("Car", "car", "no", -5.0)


def test_scanned_manual_added_end_to_end(tmp_path, home, monkeypatch):
    from pdf_factory import scanned_pdf

    monkeypatch.setenv("READ_REWARD_CACHE", str(tmp_path / "cache"))
    blocks = _blocks(open("manuals/freeway.md").read())
    pdf = tmp_path / "scan.pdf"
    scanned_pdf(pdf, [blocks[: len(blocks) // 2], blocks[len(blocks) // 2:]], font_pt=9)
    assert main(["add-manual", str(pdf), "--game", "ALE/Freeway-v5", "-q"]) == 0
    assert "chicken" in (home / "manuals" / "freeway.md").read_text().lower()
    car = load_card(home / "cards" / "freeway.json").objects[0]
    assert (car.name, car.decision) == ("Car", "no")
