"""The labelled manual sets of benchmarks/manual-sets: every manual reads, every label names one of the game's categories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from read_reward.games import lexicon
from read_reward.manual import read_manual

SETS = sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "manual-sets").glob("writers-*"))


@pytest.mark.parametrize("folder", SETS, ids=[s.name for s in SETS])
def test_every_manual_reads_and_every_label_is_a_touchable_category(folder, tmp_path):
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["labels"]
    assert {p.stem for p in (folder / "manuals").glob("*.txt")} == set(labels)
    known = lexicon()
    for game, objects in labels.items():
        text = read_manual(folder / "manuals" / f"{game}.txt", cache_dir=tmp_path).text.lower()
        assert text.strip()
        for category, truth in objects.items():
            assert category in known[game], (game, category)
            assert truth["label"] in ("yes", "no", "neutral"), (game, category)
            assert truth["terms"], (game, category)
