"""A manual told by its player in the first person (read_reward.narration)."""

from read_reward.effects import sentence_cues
from read_reward.narration import in_first_person, second_person

DIARY = ["I had barely reached the cave when the first bat came at me.", "I lost one of my lives that way.",
         "After that I kept my head low and grabbed every gem I saw.", "My rope held; I climbed on.",
         "I never touched a bat again, and I'm proud of it.", "You need a joystick to play."]


def test_a_diary_is_told_in_the_first_person_and_a_manual_with_quotes_is_not():
    assert in_first_person(DIARY)
    manual = ['"I will get you," the bat king says.', "You lose a life when a bat touches you."] * 6
    assert not in_first_person(manual)


def test_the_first_person_becomes_the_second_outside_quotes():
    assert second_person("I lost one of my lives that way before I understood.") == \
        "You lost one of your lives that way before you understood."
    assert second_person("My rope held; I was safe.") == "Your rope held; you were safe."
    assert second_person('"I will get you," he said, and I ran.') == '"I will get you," he said, and you ran.'


def test_the_players_loss_told_in_the_first_person_is_read():
    told = second_person("Every time a bat bumps into me, I lose a life.")
    assert {k for k, _ in sentence_cues(told, ["bat"], ["gem"], ["explorer"])} == {"loss"}
