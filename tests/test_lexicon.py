"""The grounding lexicon (read_reward/data/lexicon.json): names for every OCAtari category, never effects."""

import json
import re

import pytest

from read_reward.games import LEXICON, game_info, lexicon, supported_games

# Words that say what contact does (or judge it): a lexicon entry names objects, so these never appear in a
# term unless the category itself is named so (berzerk's BonusPoints, asterix's Reward, a Lives display).
EFFECT_WORDS = {
    "avoid", "bad", "bonus", "catch", "collect", "collectable", "collectible", "danger", "dangerous", "dead",
    "deadly", "death", "die", "dies", "eat", "extra", "fatal", "free", "gain", "good", "harmful", "harmless",
    "hazard", "hit", "kill", "killed", "kills", "lethal", "life", "lose", "no", "obstacle", "penalty", "point",
    "points", "poison", "poisoned", "poisonous", "prize", "reward", "safe", "score", "touch", "trap", "yes",
}
TERM = re.compile(r"[a-z]+(?:['-][a-z]+)*(?: [a-z]+(?:['-][a-z]+)*){0,3}")


def _life(text: str) -> str:
    return re.sub(r"\b(lives|live)\b", "life", text)


def _entries():
    return [(game, name, entry) for game, cats in lexicon().items() for name, entry in cats.items()]


def test_file_has_version_and_only_known_fields():
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    assert data["version"] == 1 and set(data) == {"version", "games"}
    for game, name, entry in _entries():
        assert set(entry) <= {"terms", "touchable", "surface", "why", "groups", "rides"}, (game, name)
        assert not entry.get("rides") or not entry["touchable"], (game, name)  # the player's vehicle is never a prize
        assert not entry.get("groups") or entry["touchable"] and not entry.get("surface"), (game, name)
        assert isinstance(entry["touchable"], bool), (game, name)
        assert entry["terms"] and len(set(entry["terms"])) == len(entry["terms"]), (game, name)


@pytest.mark.parametrize("game", supported_games())
def test_every_category_of_every_game_is_covered(game):
    info = game_info(game)
    assert set(lexicon()[game]) == {c.name for c in info.categories}
    for category in info.categories:
        assert category.terms == tuple(lexicon()[game][category.name]["terms"])
        assert category.groups == tuple(lexicon()[game][category.name].get("groups", ()))


def test_terms_are_lower_case_noun_phrases():
    bad = [(game, name, term) for game, name, entry in _entries() for term in [*entry["terms"], *entry.get("groups", ())]
           if not TERM.fullmatch(term)]
    assert not bad


def test_terms_name_objects_never_effects():
    bad = []
    for game, name, entry in _entries():
        allowed = _life(name.lower().replace("_", ""))
        for term in [*entry["terms"], *entry.get("groups", ())]:
            bad += [(game, name, term) for word in _life(term).split()
                    if word in EFFECT_WORDS and word not in allowed]
    assert not bad


def test_non_touchable_categories_say_why():
    for game, name, entry in _entries():
        assert ("why" in entry) == (not entry["touchable"] or entry.get("surface", False)), (game, name)
        assert not entry.get("surface") or entry["touchable"], (game, name)
        assert entry["touchable"] or len(entry["why"]) > 10, (game, name)


@pytest.mark.parametrize("game", supported_games())
def test_hud_player_and_untouchable_are_left_out(game):
    info = game_info(game)
    names = {c.name for c in info.touchable}
    for category in info.categories:
        entry = lexicon()[game][category.name]
        if category.hud or category.name == info.player:
            assert not entry["touchable"], (game, category.name)
        assert (category.name in names) == entry["touchable"], (game, category.name)


def test_known_examples():
    """Spot checks the brief asked for: names a manual uses, displays and the player's own shots left out."""
    mspacman = {c.name: c for c in game_info("mspacman").categories}
    assert {"power pill", "energizer", "power pellet"} <= set(mspacman["PowerPill"].terms)
    assert {"blinky", "pinky", "inky", "sue"} <= set(mspacman["Ghost"].terms)
    assert {"gate", "slalom gate"} <= set(next(c for c in game_info("skiing").categories if c.name == "Flag").terms)
    timepilot = {c.name: c for c in game_info("timepilot").categories}
    assert "enemy aircraft" in timepilot["Enemy_Green"].groups and "enemy" not in timepilot["Enemy_Green_Shot"].groups
    left_out = {("choppercommand", "MiniEnemy"), ("battlezone", "Radar"), ("seaquest", "PlayerMissile"),
                ("montezumarevenge", "Key_HUD"), ("alien", "Score"), ("tennis", "BallShadow")}
    for game, name in left_out:
        assert name not in {c.name for c in game_info(game).touchable}, (game, name)
    assert {c.name for c in game_info("seaquest").touchable} == {
        "Shark", "Submarine", "Diver", "EnemyMissile", "SurfaceSubmarine"}
