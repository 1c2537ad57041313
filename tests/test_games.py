import pytest

from read_reward.errors import InputError
from read_reward.games import game_info, short_name, supported_games


@pytest.mark.parametrize("given", ["ALE/MsPacman-v5", "MsPacmanNoFrameskip-v4", "mspacman", "Ms_Pacman"])
def test_short_names(given):
    assert short_name(given) == "mspacman"


def test_categories_come_from_ocatari():
    skiing = game_info("ALE/Skiing-v5")
    assert skiing.env_id == "ALE/Skiing-v5" and skiing.player == "Player"
    assert {c.name for c in skiing.touchable} == {"Tree", "Mogul", "Flag"}  # no Clock/Score (HUD)
    freeway = game_info("freeway")
    assert freeway.player == "Chicken" and [c.name for c in freeway.touchable] == ["Car"]
    pill = next(c for c in game_info("mspacman").categories if c.name == "PowerPill")
    assert pill.words == "power pill" and not pill.hud


def test_every_supported_game_resolves():
    assert {"skiing", "tennis", "mspacman", "breakout", "pong", "freeway", "boxing"} <= set(supported_games())
    for game in supported_games():
        info = game_info(game)
        assert info.env_id.startswith("ALE/") and info.player in {c.name for c in info.categories}


def test_unknown_game_is_an_input_error():
    with pytest.raises(InputError, match="not covered by OCAtari"):
        game_info("zork")
