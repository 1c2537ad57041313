"""`read-reward audit`: the real game, under the training hit detector, checks a card's decisions.

The checkpoint test is `slow` (Ray and a tiny PPO run): `pytest -m slow tests/test_audit.py`.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from rich.console import Console

from read_reward import audit
from read_reward.card import CARD_VERSION, CardObject, load_card, save_card
from read_reward.cli import main
from read_reward.view import show_audit
from conftest import make_card

FRAMES = 30_000  # seed 0: ~70 ghost contacts, ~470 pill contacts and ~15 windows far from any pill


@pytest.fixture(scope="module")
def mspacman() -> audit.Recording:
    return audit.record("mspacman", FRAMES, seed=0)


def test_recording_is_frame_exact(mspacman):
    rec = mspacman
    assert rec.frames == FRAMES == len(rec.loss) == len(rec.over) == len(rec.episode)
    assert set(rec.contacts) <= {"Ghost", "Pill", "PowerPill", "Fruit"}
    assert np.all(np.diff(rec.contacts["Pill"]) >= 0) and rec.contacts["Pill"].max() < FRAMES
    assert set(np.unique(rec.reward)) >= {0.0, 10.0}  # a pill is worth 10
    ends = np.flatnonzero(np.diff(rec.episode))  # the last frame of each finished episode
    assert len(ends) >= 3 and rec.over[ends].all()  # a new episode only after a game over
    losses = np.flatnonzero(np.diff(np.r_[0.0, rec.loss]) > 0)
    assert len(losses) >= 3 * len(ends)  # Ms. Pac-Man has three lives


def test_pills_help_and_ghosts_hurt(mspacman):
    result = audit.analyse(mspacman, ["Ghost", "Pill", "PowerPill", "Fruit"], seed=0)
    found = {e.name: e for e in result.objects}
    assert found["Pill"].evidence == "helps" and found["Pill"].reward_ci[0] > 0
    assert found["Ghost"].evidence == "hurts" and found["Ghost"].loss_ci[0] > 0
    assert found["Ghost"].loss > 0.5  # most ghost touches cost a life in the 3 s after
    assert found["Fruit"].evidence == "unseen" and found["Fruit"].contacts < audit.MIN_CONTACTS
    assert result.frames == FRAMES and result.window == audit.DEFAULT_WINDOW


@pytest.mark.parametrize("kind", ["random", "shifted"])
def test_contacts_that_do_nothing_never_help_or_hurt(mspacman, kind):
    """Placebo contacts: random frames, or real ghost and pill contacts moved in time, which then do nothing."""
    rng = np.random.default_rng(7)
    found = []
    for i in range(6):
        if kind == "random":
            frames = rng.choice(FRAMES, size=int(rng.integers(20, 150)), replace=False)
        else:
            real = mspacman.contacts["Ghost" if i % 2 else "Pill"]
            frames = (real + rng.integers(2 * audit.DEFAULT_WINDOW, FRAMES - 2 * audit.DEFAULT_WINDOW)) % FRAMES
        mspacman.contacts["Placebo"] = np.sort(frames)
        try:
            result = audit.analyse(mspacman, ["Ghost", "Pill", "Placebo"], seed=i, only=["Placebo"])
        finally:
            del mspacman.contacts["Placebo"]
        placebo = result.objects[-1]
        assert placebo.contacts >= audit.MIN_CONTACTS
        found.append(placebo.evidence)
    assert set(found) <= {"neutral", "unseen"} and found.count("neutral") >= 4, found


def test_table_shows_evidence_beside_decisions_and_highlights_disagreement(mspacman):
    card = make_card("mspacman", {"Pill": 5.0, "Ghost": 5.0})  # Ghost +5: the game disagrees
    result = audit.analyse(mspacman, [o.name for o in card.objects], seed=0)
    console = Console(record=True, width=200)
    show_audit("mspacman", result, card, console=console)
    rows = {line.split("│")[1].strip(): line for line in console.export_text().splitlines() if line.count("│") > 3}
    assert "hurts" in rows["Ghost"] and "disagree" in rows["Ghost"]
    assert "helps" in rows["Pill"] and "agree" in rows["Pill"] and "disagree" not in rows["Pill"]
    assert "unseen" in rows["Fruit"] and "no evidence" in rows["Fruit"]


def test_json_report_and_card_field(tmp_path, capsys):
    card = make_card("mspacman", {"Pill": 5.0, "Ghost": 5.0})
    path = save_card(card, tmp_path / "mspacman.json")
    out = tmp_path / "sub" / "audit.json"
    assert main(["audit", str(path), "--frames", "4000", "--json", str(out), "--write-card"]) == 0
    assert "Audit of mspacman" in capsys.readouterr().out
    report = json.loads(out.read_text())
    assert {"game", "frames", "objects"} <= set(report) and report["game"] == "mspacman" and report["frames"] == 4000
    assert [o["name"] for o in report["objects"]] == [o.name for o in card.objects]
    for obj in report["objects"]:
        assert {"name", "contacts", "evidence", "card_decision", "agree"} <= set(obj)
        assert obj["evidence"] in ("helps", "hurts", "neutral", "unseen")
        assert obj["agree"] is None if obj["evidence"] == "unseen" else isinstance(obj["agree"], bool)
    assert {o["name"]: o["card_decision"] for o in report["objects"]}["Ghost"] == "yes"
    saved = load_card(path)
    assert saved.version == CARD_VERSION and saved.audit is not None and saved.audit.frames == 4000
    assert [o.decision for o in saved.objects] == [o.decision for o in card.objects]  # decisions stay the manual's
    assert [(o.name, o.evidence) for o in saved.audit.objects] == [(o["name"], o["evidence"]) for o in report["objects"]]
    assert main(["card", str(path)]) == 0
    assert "Audit of mspacman" in capsys.readouterr().out


def test_fill_unknown_decides_from_clear_evidence_and_marks_it(mspacman, tmp_path, capsys):
    card = make_card("mspacman", {})  # every object unknown
    pinned = next(o for o in card.objects if o.name == "Pill")
    pinned.overridden = True  # a user's explicit "unknown" stands
    result = audit.analyse(mspacman, [o.name for o in card.objects], seed=0)
    assert audit.fill_unknown(card, result) == ["Ghost"]
    ghost = next(o for o in card.objects if o.name == "Ghost")
    assert (ghost.decision, ghost.reward, ghost.source) == ("no", -5.0, "game")
    assert pinned.decision == "unknown" and pinned.source == "manual"
    card.audit = result
    loaded = load_card(save_card(card, tmp_path / "c.json"))
    assert loaded == card
    assert main(["card", str(tmp_path / "c.json")]) == 0
    assert "(from game)" in capsys.readouterr().out


def test_version_1_card_is_read_without_audit(tmp_path):
    data = make_card("skiing", {"Tree": -5.0}).to_dict()
    del data["audit"]
    for obj in data["objects"]:
        del obj["source"]
    data["version"] = 1
    (tmp_path / "v1.json").write_text(json.dumps(data))
    card = load_card(tmp_path / "v1.json")
    assert card.audit is None and card.version == CARD_VERSION and {o.source for o in card.objects} == {"manual"}


def test_game_without_card_is_audited_with_no_decisions(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("READ_REWARD_HOME", str(tmp_path))
    out = tmp_path / "a.json"
    assert main(["audit", "freeway", "--frames", "1500", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["objects"] and all(o["card_decision"] is None and o["agree"] is None for o in report["objects"])


@pytest.mark.parametrize("args, message", [
    (["notagame"], "is not covered by OCAtari"),
    (["mspacman", "--frames", "0"], "--frames must be a positive number"),
    (["mspacman", "--window", "0"], "--window must be at least 1 frame"),
    (["mspacman", "--frames", "100"], "too few for a window"),
    (["mspacman", "--write-card"], "need a card"),
    (["skiing"], "is for 'mspacman'"),
    (["nope.json"], "not found"),
    (["mspacman", "--policy", "no/such/dir"], "--policy must be 'random' or an RLlib checkpoint directory"),
    (["mspacman", "--policy", "{broken}"], "cannot load the RLlib policy"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.setenv("READ_REWARD_HOME", str(tmp_path))
    save_card(make_card("mspacman", {"Pill": 5.0}), tmp_path / "cards" / "skiing.json")  # a card of another game
    broken = tmp_path / "ckpt"
    broken.mkdir()
    (broken / "class_and_ctor_args.pkl").write_bytes(b"not a pickle")
    argv = ["audit", *(str(broken) if a == "{broken}" else a for a in args)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cards", "ckpt"]  # nothing written


def test_card_object_source_defaults_to_manual():
    assert CardObject("Tree", "tree", "no", 1.0, -5.0).source == "manual"


def test_ctrl_c_writes_nothing(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    path = save_card(make_card("mspacman", {"Pill": 5.0}), tmp_path / "mspacman.json")
    before = path.read_bytes()
    cmd = [sys.executable, "-m", "read_reward.cli", "audit", str(path), "--frames", "10000000", "--json",
           str(tmp_path / "a.json"), "--write-card"]
    # A shell's background job inherits SIGINT ignored, and Python then never raises KeyboardInterrupt:
    # the child gets the default back, as at a terminal.
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy(),
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        while "Arcade Learning Environment" not in proc.stderr.readline():  # the emulator is up: it is playing
            assert proc.poll() is None
        time.sleep(2)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=300)  # a hang guard: a busy machine can take minutes
    finally:
        proc.kill()  # never leave a 10-million-frame audit running
    assert proc.returncode == 130 and "interrupted" in err
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["mspacman.json"]


@pytest.mark.slow
def test_trained_policy_checkpoint_plays_the_audit(tmp_path, monkeypatch):
    from read_reward.train import RunSpec, load_config, train

    monkeypatch.setenv("READ_REWARD_HOME", str(tmp_path / "home"))
    card = save_card(make_card("mspacman", {"Pill": 5.0, "Ghost": -5.0}), tmp_path / "home" / "cards" / "mspacman.json")
    train(RunSpec("mspacman", load_config("ppo_tiny.yaml"), steps=256), tmp_path / "run")
    out = tmp_path / "a.json"
    assert main(["audit", "mspacman", "--policy", str(tmp_path / "run" / "checkpoint"), "--frames", "2000",
                 "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["policy"] == str((tmp_path / "run" / "checkpoint").resolve()) and report["frames"] == 2000
    assert sum(o["contacts"] for o in report["objects"]) > 0 and load_card(card).audit is None


def test_rebuilding_a_card_keeps_its_audit_and_what_the_game_filled(mspacman, tmp_path):
    from read_reward.qa import EmbeddingExtractor
    from read_reward.read import build_card
    from read_reward.reasoning import EffectReasoner

    manual = tmp_path / "maze.txt"
    manual.write_text("MAZE CHASE\n\nGuide Ms. Pac-Man through the maze. Each dot she eats is worth 10 points.\n"
                      "A power pellet is worth 50 points. The ghosts wander the corridors of the maze.\n")
    build = lambda previous=None: build_card(manual, "mspacman", EmbeddingExtractor(), EffectReasoner(),  # noqa: E731
                                             previous=previous)
    card = build()
    assert next(o for o in card.objects if o.name == "Ghost").decision == "unknown"
    result = audit.analyse(mspacman, [o.name for o in card.objects], seed=0)
    assert "Ghost" in audit.fill_unknown(card, result)
    card.audit = result
    rebuilt = build(previous=card)
    ghost = next(o for o in rebuilt.objects if o.name == "Ghost")
    assert (ghost.decision, ghost.source, ghost.overridden) == ("no", "game", False)
    assert rebuilt.audit == result
