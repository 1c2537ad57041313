"""Every game OCAtari reads from RAM: the shipped detector (fast reader or frame skipping) finds
exactly the hits of the reference (OCAtari's extraction at every frame), and the wrapper plays."""

from __future__ import annotations

import gymnasium as gym
import pytest

from read_reward.card import CardObject, GameCard
from read_reward.errors import InputError
from read_reward.games import game_info, supported_games
from read_reward.hits import HitDetector
from read_reward.readers import FAST_GAMES
from read_reward.shaping import ReadRewardWrapper, make_env
from random_play import compare

GAMES = supported_games()
pytestmark = [pytest.mark.filterwarnings("ignore::RuntimeWarning"),  # OCAtari's own uint8 overflows
              pytest.mark.filterwarnings("ignore::DeprecationWarning:ocatari")]  # and numpy bools as indices


def card_free(game: str) -> GameCard:
    """A card with no manual behind it: every touchable object, reward 0."""
    info = game_info(game)
    return GameCard(game=info.short, env_id=info.env_id, manual_sha256="", models={}, key_objects=[], qa=[],
                    summary="", objects=[CardObject(c.name, None, "unknown", 0.0, 0.0) for c in info.touchable],
                    player=info.player)


def detector_or_start_up_error(game: str) -> HitDetector | None:
    """The shipped detector; None when the game is refused at start-up, with a clear InputError."""
    try:
        return HitDetector(game)
    except InputError as exc:
        assert "OCAtari" in str(exc) and "pick another game" in str(exc)
        with pytest.raises(InputError):
            ReadRewardWrapper(gym.make(game_info(game).env_id), card_free(game))
        return None


@pytest.mark.parametrize("game", GAMES)
def test_shipped_detector_finds_the_reference_hits(game):
    shipped = detector_or_start_up_error(game)
    if shipped is None:
        return
    reference = HitDetector(game, skip=False)
    frames = 8000 if game in FAST_GAMES else 1500
    expected, found, _ = compare(reference, shipped, frames, seed=3)
    assert found == expected
    if game in FAST_GAMES:
        assert len(expected) >= 5  # the comparison saw contacts


@pytest.mark.parametrize("game", GAMES)
def test_wrapper_plays_2000_frames(game):
    if detector_or_start_up_error(game) is None:
        return
    env = make_env(card_free(game), repeat_action_probability=0.25)
    env.reset(seed=0)
    env.action_space.seed(0)
    for _ in range(500):  # 500 agent steps of 4 frames
        _, _, terminated, truncated, info = env.step(env.action_space.sample())
        assert info["read_reward"]["aux_reward"] == 0.0
        if terminated or truncated:
            env.reset()
    assert env.unwrapped.ale.getEpisodeFrameNumber() > 0
