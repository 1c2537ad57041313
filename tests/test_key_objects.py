from read_reward.key_objects import candidates, key_objects, singular

SKI = ("Guide your skier down the slope. Watch out for the trees and moguls. If the skier hits a tree, "
       "he falls. Pass between the two flags of each gate. Use the joystick to turn. The game ends at the "
       "last gate. Each missed gate adds five seconds. Trees are dangerous. Moguls slow you down.")
PAC = ("Guide Ms. Pac-Man through the maze. Eat the dots and the power pellets. When she eats a power "
       "pellet the ghosts turn blue. Use the joystick to move. The game ends when no lives remain. "
       "A power pellet is worth 50 points. The pellets flash. Avoid the ghosts.")
BALL = "Use the joystick to move the paddle. Hit the ball back. The game ends at 21 points. Miss the ball and lose."


def test_singular():
    assert [singular(w) for w in ["trees", "cherries", "boxes", "moguls", "bus", "floes", "gas"]] == [
        "tree", "cherry", "box", "mogul", "bus", "floe", "gas"]


def test_candidates_follow_determiners_and_lists():
    found = candidates(SKI)
    assert {"tree", "mogul", "flag", "gate", "skier"} <= set(found)
    assert "watch" not in found and "guide" not in found
    assert candidates(PAC)["power pellet"] == 3


def test_tfidf_ranks_game_words_above_shared_words():
    terms = [k.term for k in key_objects(SKI, [PAC, BALL])]
    assert "joystick" not in terms  # in every manual, and not an object
    assert terms.index("tree") < 3 and "mogul" in terms and "flag" in terms
    pac = [k.term for k in key_objects(PAC, [SKI, BALL])]
    assert "power pellet" in pac[:4] and "ghost" in pac
    scores = [k.score for k in key_objects(PAC, [SKI, BALL])]
    assert scores == sorted(scores, reverse=True)


def test_a_one_off_non_word_is_no_key_object_but_a_repeated_name_is():
    text = SKI + " If you hop onto the head, the aligciee snaps. The zarg chases you. Outrun the zarg."
    terms = [k.term for k in key_objects(text, [PAC, BALL])]
    assert "aligciee" not in terms  # an OCR misreading, seen once
    assert "zarg" in terms  # the manual names it twice
