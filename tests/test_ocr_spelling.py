"""read_reward.ocr_spelling: one-off OCR misreadings put right, a game's own names left alone."""

from __future__ import annotations

from read_reward.ocr_spelling import correct_ocr_words


def fixed(text: str, other: str = "") -> str:
    return correct_ocr_words({0: text, 1: other})[0]


def test_a_misreading_becomes_the_manuals_own_word():
    other = "The demons fly. Two demons dive at you."
    assert fixed("Small denions split off.", other) == "Small demons split off."


def test_shape_confusions_and_run_together_words():
    assert fixed("Hide urider the shield") == "Hide under the shield"  # "ri" read for "n"
    assert fixed("A dernon dives") == "A demon dives"  # "rn" read for "m"
    assert fixed("Dive fortwo seconds withthe sub") == "Dive for two seconds with the sub"


def test_a_common_word_from_the_dictionary():
    assert fixed("Shoot them perore they land.") == "Shoot them before they land."


def test_names_the_manual_repeats_capitals_and_hyphen_pieces_stay():
    text = "The zorlon fires. Dodge the zorlon. Qotile waits. The aster-\noids come."
    assert fixed(text) == text
    assert fixed("Watch the qotile.") == "Watch the qotile."  # no candidate clearly leads


def test_every_page_is_kept_and_known_words_are_untouched():
    pages = {3: "Fire at the ball.", 7: "the paddle moves"}
    assert correct_ocr_words(pages) == pages
    assert correct_ocr_words({}) == {}


def test_random_text_never_breaks_it():
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.dictionaries(st.integers(0, 5), st.text(alphabet=st.sampled_from("abcdeinrlmot -'\n.,ABé1"), max_size=80)))
    def check(pages):
        out = correct_ocr_words(pages)
        assert out.keys() == pages.keys()
        for page, text in pages.items():
            assert (out[page] == text) or len(out[page].split()) >= len(text.split())

    check()
