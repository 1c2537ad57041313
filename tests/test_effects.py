"""What touching an object does, read from sentences (read_reward.effects): cues, owners, negation, conditions."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from read_reward.effects import sentence_cues
from read_reward.verdict import is_shooter, judge
from read_reward.evidence import Mention, gather, names_in
from read_reward.name_runs import lemmas
from read_reward.reasoning import EffectReasoner

OTHERS = ["gem", "bat", "cave", "rope"]
PLAYER = ["explorer"]


def kinds(sentence: str, target: str, carried: bool = False) -> set[str]:
    return {k for k, _ in sentence_cues(sentence, [target], [o for o in OTHERS if o != target], PLAYER, carried)}


@pytest.mark.parametrize("sentence,target,expected", [
    ("If a bat touches the explorer, he loses a life.", "bat", {"loss"}),
    ("Grab the gems for 50 points each.", "gem", {"contact", "gain"}),
    ("Collect the gems but avoid the bats.", "gem", {"contact"}),
    ("Collect the gems but avoid the bats.", "bat", {"loss"}),
    ("Gems are worth 50 points and bats 10 points.", "gem", {"gain"}),
    ("The explorer is knocked down by a bat.", "bat", {"loss"}),
    ("A gem, a bat or a rope sends you tumbling to your death.", "rope", {"loss"}),
    ("Bats are harmless.", "bat", {"harmless"}),
    ("You do not lose a life when you touch a rope.", "rope", {"harmless"}),
    ("Do not touch the bats.", "bat", {"loss"}),
    ("Shoot the bats with your laser for 100 points.", "bat", {"shoot", "gain"}),
    ("Skeletons and bats guard the cave.", "bat", {"loss"}),
    ("Jump over the bats.", "bat", {"over"}),
    ("Jumping a bat: 50 points.", "bat", {"over", "gain"}),  # points for clearing it (judge drops them)
    ("If a bat touches your raft, it is destroyed.", "bat", {"loss"}),
    ("If a missile hits a rope, the rope is destroyed.", "rope", {"shoot"}),  # a projectile no object owns: a shot
    ("The bats can't hurt you.", "bat", {"harmless"}),
    ("The cave is dark and quiet.", "cave", set()),
    ("Enemy bats swarm out of the dark.", "bat", {"loss"}),  # the manual calls it an enemy
    ("The bats swoop down toward you.", "bat", {"loss"}),
    ("Bats drop rocks on the explorer.", "bat", {"loss"}),
    ("Blow the bats away with a gem for bonus points.", "gem", set()),  # the gem is the instrument
    ("Blow the bats away with a gem for bonus points.", "bat", {"gain"}),
    ("A bat that clings to the explorer drains his energy.", "bat", {"loss"}),
    ("You don't lose a life by bumping into a rope.", "rope", {"harmless"}),
    ("If the explorer falls into the cave, he is lost.", "cave", {"loss"}),
    ("A bat that is knocked out of the sky scores points.", "bat", {"shoot", "gain"}),  # knocked out: not touched
    ("Run into the bat to grab it.", "bat", {"contact"}),  # an order to touch it, not a collision
    ("Run into the bat and you lose a life.", "bat", {"loss"}),
    ("Bumping into the rope costs nothing.", "rope", {"harmless", "loss"}),  # harmless cancels the loss
    ("The bat lowers its air line to the explorer.", "bat", set()),  # an air line, not air lost
    ("Shoot the bats before they can land.", "bat", {"shoot", "loss"}),
    ("If you are next to the gem when it blows, you lose your raft.", "gem", {"loss"}),
    ("Don't let the bats catch you.", "bat", {"loss"}),
    ("Don't let the gems distract you from the bats.", "gem", set()),
    ("A bat that is not blue is dangerous.", "bat", {"loss"}),  # "not" belongs to "blue", not to "dangerous"
    ("A bat is not dangerous.", "bat", {"harmless"}),
    ("The only way to get rid of the bats is to trap them.", "bat", {"shoot"}),
    ("Kick the bats off the ledge.", "bat", {"shoot"}),
    ("Stay between the explorer and a bat to get a little distance.", "bat", set()),
    ("Don't eat the gems!", "gem", {"loss"}),
    ("Don't eat the gems too soon.", "gem", set()),  # eat them later
    ("Never take your eyes off the gem.", "gem", set()),
    ("Crash into him and the gem may come loose.", "gem", set()),  # the cue's object is "him"
    ("Don't waste a gem.", "gem", {"gain"}),
    ("Don't waste your time on the bats.", "bat", set()),
    ("Run into a gem and for a few seconds the bats turn blue.", "gem", {"contact"}),  # an order to touch it
    ("Any bat that runs into the rope is caught.", "rope", set()),  # the bat's collision, not the player's
    ("A raft is lost when it collides with a big bat, a gem, a cave or the rope.", "rope", {"loss"}),
])
def test_cues_go_to_the_object_they_belong_to(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_using_something_is_weak_evidence_of_its_worth():
    ride = sum(w for _, w in sentence_cues("Ride the rope down to the cave.", ["rope"], OTHERS[:1], PLAYER))
    grab = sum(w for _, w in sentence_cues("Grab the rope.", ["rope"], OTHERS[:1], PLAYER))
    assert 0 < ride < grab
    twice = [("Ride the rope down to the cave.", "text", False), ("Use the rope to cross the pit.", "text", False)]
    assert judge(twice, ["rope"], ["cave"], PLAYER).verdict == "unknown"


def test_a_class_stays_a_class_beside_a_longer_object_name():
    sentences = ["Goblins and trolls are among the monsters here.", "If a monster touches you, you lose a life.",
                 "The two-headed monster guards the gold."]
    evidence = gather(sentences, ["goblin"], ["troll", "two-headed monster"], PLAYER)
    assert any(m.about == ("monster",) for m in evidence.mentions)
    assert EffectReasoner().decide("goblin", "", evidence).verdict == "no"


def test_a_group_the_lexicon_names_speaks_for_its_members():
    sentences = ["Green biplanes fly in 1910.", "If an enemy aircraft collides with your plane, you lose a life.",
                 "Enemy fire that hits your plane destroys it.", "An enemy satellite fires at you."]
    evidence = gather(sentences, ["biplane"], ["enemy fire", "satellite"], ["plane"], groups=["enemy aircraft", "enemy"])
    about = [m.about for m in evidence.mentions if m.about]
    assert about == [("enemy aircraft",)]  # one mention a sentence; "enemy fire", "enemy satellite" are others'
    assert EffectReasoner(learned=False).decide("biplane", "", evidence).verdict == "no"


def test_a_name_inside_a_longer_name_belongs_to_the_longer_one():
    sentence = "Crush an alien egg and you get 10 points."
    assert sentence_cues(sentence, ["alien"], ["alien egg"], PLAYER) == []
    assert dict(sentence_cues(sentence, ["alien egg"], ["alien"], PLAYER)).get("gain")
    assert judge([("ALIEN EGG: 10 POINTS.", "table", False)], ["alien"], ["alien egg"]).gain == 0
    assert judge([("ALIEN: 500 POINTS.", "table", False)], ["alien"], ["alien egg"]).gain > 0


def test_an_objects_own_fate_is_no_loss_from_touching_it():
    fate = "When all of the installations have been wiped out, the game is over."
    assert sentence_cues(fate, ["installation"], ["beam"], PLAYER) == []
    kamikaze = "The saucer is destroyed when it touches you, and you lose a life."
    assert dict(sentence_cues(kamikaze, ["saucer"], [], PLAYER)).get("loss")  # the player is in it: still a loss


def test_touching_the_player_then_harming_it_is_a_loss():
    assert dict(sentence_cues("A demon that touches your cannon destroys it.", ["demon"], [], ["cannon"]))["loss"] == 1.0
    assert dict(sentence_cues("Keep well clear of the cannons.", ["cannon"], [], PLAYER))["loss"] > 0


@pytest.mark.parametrize("sentence, target, expected", [
    ("The poison it leaves behind is worth remembering.", "poison", set()),  # an idiom, not a price
    ("A fuel depot is worth 80 points as a target.", "fuel depot", {"gain", "shoot"}),
    ("A depot you blow up is a depot you can't use.", "depot", {"shoot"}),  # the player blows it up: no loss
    ("Your jet is lost if you crash or run out of fuel.", "fuel", {"gain"}),  # the crash is not the fuel's
    ("Take out every bridge you find.", "bridge", {"shoot"}),
])
def test_shooting_words_and_idioms(sentence, target, expected):
    assert {k for k, _ in sentence_cues(sentence, [target], [], ["jet"])} == expected


def test_a_missed_shot_says_nothing_about_touching():
    rows = [("Take out every bridge.", "text", False), ("If you miss the bridge, you get no second chance.", "text", False)]
    assert judge(rows, ["bridge"], [], PLAYER).verdict == "unknown"
    assert judge(rows[1:], ["bridge"], [], PLAYER).verdict == "yes"  # no shot: missing it hurts, so reach it


def test_what_the_player_can_lose_is_worth_keeping():
    assert dict(sentence_cues("Crash, and you lose a life.", ["life"], [], PLAYER)) == {"gain": 0.6}
    assert dict(sentence_cues("Losing one diver hurts.", ["diver"], [], PLAYER)).get("gain")
    assert "gain" not in dict(sentence_cues("Touch a ghost and you lose a life.", ["ghost"], ["life"], PLAYER))


@pytest.mark.parametrize("sentence, target, expected", [
    # "do this, and you ...": the consequence belongs to every object the order names
    ("Clip a tree, run over a mogul, or hug a flag, and you will go tumbling.", "mogul", {"loss"}),
    ("Clip a tree, run over a mogul, or hug a flag, and you will go tumbling.", "tree", {"loss"}),
    ("Run into a fence and you're finished.", "fence", {"loss"}),
    ("Catch the eggs, and you will score 50 points.", "egg", {"gain", "contact"}),
    # "do this, or you ...": the loss is what not doing it costs
    ("Grab the fuel cans, or you will crash.", "fuel can", {"gain", "contact"}),
    ("Collect the keys; otherwise you will lose time.", "key", {"gain", "contact"}),
    ("Avoid the mines, or you will lose a life.", "mine", {"loss"}),
])
def test_an_order_and_its_consequence(sentence, target, expected):
    others = [o for o in ("flag", "tree", "mogul") if o != target]
    assert {k for k, _ in sentence_cues(sentence, [target], others, PLAYER)} == expected


@pytest.mark.parametrize("sentence, target, expected", [
    ("The buildings take no part in the fighting except as the saucers' targets.", "saucer", set()),  # "take" is no pick-up
    ("Every few rounds there is a bonus round with no pests.", "pest", set()),  # pests absent
    ("Miss it, and your opponent scores a point.", "opponent", set()),  # the rival's point, not the player's
    ("The computer earns one point each time the ball goes past yours.", "computer", set()),
    ("Each gem scores a point.", "gem", {"gain"}),  # an item's worth
    ("He is not something to hit or chase.", "opponent", set()),  # negation a few words back
    ("Raiders fly back and forth across the sky.", "raider", {"loss"}),  # a name that says it is a foe
    # a loss in an opening clause about someone else, and a participle that is the object's state
    ("When an elf is lost, the damaged and poisoned mushrooms are restored.", "mushroom", set()),
    ("The mushroom is damaged when hit.", "mushroom", set()),  # harm done to it, none it does
    ("The flamethrower will not kill one.", "ball", set()),  # the object is the one spared
    ("The ball will not hurt you.", "ball", {"harmless"}),
])
def test_cues_that_are_not_what_they_seem(sentence, target, expected):
    assert {k for k, _ in sentence_cues(sentence, [target], ["ball", "building"], PLAYER)} == expected


def test_hitting_what_the_manual_says_to_shoot_is_shooting():
    mentions = [("Shoot the shark before it reaches you.", "text", False),
                ("Each shark you hit is worth points.", "text", False)]
    assert judge(mentions, ["shark"], [], PLAYER, shooter=False).gain == 0


def test_he_after_a_sentence_led_by_the_player_is_the_player():
    sentences = ["Pierre earns merit points for finding clues.", "He loses merit points when a thug hits him."]
    evidence = gather(sentences, ["clue"], ["thug"], ["pierre"])
    assert [m.carried for m in evidence.mentions] == [False]
    objects = gather(["The clue is hidden in a window.", "It glows when you are near."], ["clue"], [], ["pierre"])
    assert [m.carried for m in objects.mentions] == [False, True]


def test_he_after_a_sentence_another_object_leads_is_that_object():
    sentences = ["The thug runs down the alley looking for a clue to steal.", "When he shows up, bonk him for 100 points."]
    assert [m.carried for m in gather(sentences, ["clue"], ["thug"], ["pierre"]).mentions] == [False]
    own = ["The thug runs down the alley.", "When he shows up, bonk him for 100 points."]
    assert [m.carried for m in gather(own, ["thug"], ["clue"], ["pierre"]).mentions] == [False, True]


def test_she_after_a_sentence_the_player_leads_after_when_is_the_player():
    sentences = ["When Mother Kangaroo reaches her joey, the bonus is added.", "If the timer runs out, she loses a life."]
    assert [m.carried for m in gather(sentences, ["joey"], [], ["mother kangaroo"]).mentions] == [False]


def test_a_danger_to_something_else_is_no_loss_of_the_players():
    assert kinds("It is the gopher that is the danger to them.", "gopher") == set()
    assert kinds("The gopher is a threat to the carrots.", "gopher") == set()
    assert kinds("The gopher is a danger to you.", "gopher") == {"loss"}


def test_it_after_a_clause_that_opens_on_another_object_is_that_object():
    handed = ["Each time you kick a pest away, a bonus coin slides out.", "Grab it for extra points."]
    assert [m.carried for m in gather(handed, ["pest"], ["bonus coin"], ["mario"]).mentions] == [False]
    kept = ["Wolves throw rocks and stones at Mama.", "If one hits her, you lose a turn."]
    assert [m.carried for m in gather(kept, ["rock"], ["stone", "wolf"], ["mama"]).mentions] == [False, True]


def test_a_condition_halves_a_gain():
    full = sum(w for _, w in sentence_cues("Eat the bats for 200 points.", ["bat"], OTHERS[:1], PLAYER))
    half = sum(w for _, w in sentence_cues("Eat the blue bats for 200 points.", ["bat"], OTHERS[:1], PLAYER))
    assert half == pytest.approx(full / 2)


def test_a_gain_after_for_a_short_time_is_halved():
    sentence = "Eat a gem, and for a short time you can eat the bats for 200 points."
    before = dict(sentence_cues(sentence, ["gem"], ["bat"], PLAYER))
    after = sum(w for _, w in sentence_cues(sentence, ["bat"], ["gem"], PLAYER))
    assert before["contact"] == 0.6  # eating the gem comes before "for a short time": not halved
    assert after == pytest.approx(sum(w for _, w in sentence_cues("Eat the bats for 200 points.", ["bat"], ["gem"],
                                                                  PLAYER)) / 2)


def test_points_for_jumping_over_it_say_nothing_about_touching():
    effect = judge([("JUMPING A BAT: points.", "text", False), ("If a bat hits the explorer, he loses a life.",
                                                                "text", False)], ["bat"])
    assert effect.gain == 0 and effect.verdict == "no"


def test_table_rows_that_are_no_score_of_the_object():
    variations = judge([("GAME 1: 1 player, slow bats.", "table", False)], ["bat"])
    weapon = judge([("Destroying a bat with a gem: 50.", "table", False)], ["gem"])
    assert variations.gain == weapon.gain == 0
    bare = judge([("BAT OR GEM: POINTS.", "table", False)], ["bat"])
    numbered = judge([("BAT: 50 POINTS.", "table", False)], ["bat"])
    assert 0 < bare.gain < numbered.gain  # "points" alone says less than a number


def test_points_for_shooting_say_nothing_about_touching():
    effect = judge([("Shoot the bats for 100 points.", "text", False), ("BAT: 100 POINTS.", "table", False)], ["bat"])
    assert effect.gain == 0 and effect.shot and effect.verdict == "unknown"
    rams = judge([("Shoot the bats before they ram your ship.", "text", False)], ["bat"])
    assert rams.verdict == "no"


def test_a_bare_scoring_row_is_a_gain_except_in_a_shooter():
    row = [("GEM ........ 100", "table", False)]
    assert judge(row, ["gem"]).verdict == "yes"
    assert judge(row, ["gem"], shooter=True).verdict == "unknown"
    reached = [("Reach the widow's chamber: 1,000.", "table", False)]  # a row that says how: by reaching it
    assert judge(reached, ["widow's chamber"], shooter=True).verdict == "yes"
    assert judge([("Destroy the widow's chamber: 1,000.", "table", False)], ["widow's chamber"], shooter=True).verdict == "unknown"
    assert is_shooter(["Press the button to fire.", "Shoot the bats.", "Your laser fires upward.",
                       "Each missile you fire costs fuel."])
    assert not is_shooter(["Hit the ball back.", "Eat the gems."])
    assert is_shooter(["Your wand spits sparks.", "Two sparks stop a flea.", "Zap the spider.", "Bolts fly up."])
    assert not is_shooter(["Take a shot at the goal.", "Block their shots.", "Shots on goal count.", "A hard shot."])


def test_missing_the_object_hurts_so_touching_it_helps():
    effect = judge([("Miss the ball and you lose the point.", "text", False)], ["ball"])
    assert effect.verdict == "yes"
    past = judge([("You lose a point whenever the ball gets past you.", "text", False)], ["ball"])
    assert past.verdict == "yes"


def test_weak_or_conflicting_evidence_abstains():
    assert judge([("The rope hangs from the ceiling.", "text", False)], ["rope"]).verdict == "unknown"
    both = judge([("Touching a rope costs a life.", "text", False), ("Each rope is worth 500 points.", "text", False)],
                 ["rope"])
    assert both.verdict == "unknown"


def test_confidence_grows_with_the_evidence():
    one = judge([("A bat that touches you costs a life.", "text", False)], ["bat"])
    two = judge([("A bat that touches you costs a life.", "text", False), ("Watch out for bats.", "text", False)],
                ["bat"])
    assert one.verdict == two.verdict == "no" and 0.5 < one.confidence < two.confidence < 1


def test_gather_takes_mentions_and_the_sentence_that_refers_back():
    sentences = ["Bats live in the cave.", "If one swoops on you, you lose a life.", "Gems sparkle.",
                 "They are worth points.", "BAT ....... 100"]
    evidence = gather(sentences, ["bat"], ["gem", "cave"])
    assert [(m.sentence, m.kind, m.carried) for m in evidence.mentions] == [
        ("Bats live in the cave.", "text", False), ("If one swoops on you, you lose a life.", "text", True),
        ("BAT ....... 100", "table", False)]
    assert names_in(lemmas("the power pellets and the pellets"), ["pellet", "power pellet"]) == ["power pellet"]  # "pellet" is inside the longer name


def test_reasoner_reads_the_evidence_or_else_the_summary():
    reasoner = EffectReasoner()
    evidence = gather(["If a bat touches you, you lose a life.", "Bats flap about."], ["bat"])
    assert reasoner.decide("bat", "", evidence).verdict == "no"
    assert reasoner.decide("gem", "Scoring: Each gem is worth 50 points.").verdict == "yes"
    assert reasoner.decide("dragon", "Scoring: Each gem is worth 50 points.").verdict == "unknown"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=200), min_size=0, max_size=6),
       st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=3))
def test_reading_any_text_never_fails(sentences, names):
    evidence = gather(sentences, names[:1], ["gem", "bat", *names[2:]], ["explorer"], shooter=bool(len(sentences) % 2),
                      sections=["Hazards"] * len(sentences), groups=[*names[1:2], "enemy"])
    effect = judge(evidence.mentions, evidence.names, evidence.others, evidence.player, evidence.shooter)
    assert effect.verdict in ("yes", "no", "unknown") and 0.5 <= effect.confidence < 1
    if evidence.mentions:
        assert EffectReasoner(learned=False).decide(names[0], "", evidence).verdict == effect.verdict
        learned = EffectReasoner().decide(names[0], "", evidence).verdict  # answers only where the rules abstain
        assert learned == effect.verdict or effect.verdict == "unknown"


def test_names_that_differ_only_in_number_are_one_name():
    assert names_in(lemmas("Knife throwers take two hits."), ["knife thrower", "knife throwers", "dagger"]) \
        == ["knife thrower"]


def test_a_scoring_table_is_one_source_however_many_rows():
    rows = [(f"{n} BAT: {p} POINTS.", "table", False) for n, p in (("1ST", 20), ("2ND", 40), ("3RD", 80), ("4TH", 160))]
    loss = [("If a bat touches the explorer, he loses a life.", "text", False)]
    assert judge(rows, ["bat"]).gain == judge(rows[:1], ["bat"]).gain
    assert judge(rows + loss, ["bat"]).verdict != "yes"  # four rows do not outvote a lost life


def test_ocr_scraps_in_a_scoring_row_keep_it_a_table_row():
    """A photocopied table through OCR: leader dots read as "eee", a scrap before the number."""
    sentences = ["If a bat touches the explorer, he loses a life.", "2ND BAT: Be 40 POINTS.",
                 "3RD BAT: Pes 80 POINTS.", "4TH BAT eee 160 POINTS", "Note: the bat is 40 feet away."]
    kinds = [m.kind for m in gather(sentences, ["bat"]).mentions]
    assert kinds == ["text", "table", "table", "table", "text"]
    assert judge(gather(sentences, ["bat"]).mentions, ["bat"]).verdict != "yes"  # as prose, three gains of 1


def test_passing_through_is_harmless_for_what_is_passed_not_for_who_passes():
    assert kinds("You can safely walk through the cave.", "cave") == {"harmless"}
    assert kinds("The bat runs through its cave.", "bat") == set()


def test_a_pronoun_before_any_other_object_refers_back():
    sentences = ["The gem hangs near the top of the cave.", "Jump up and ring it to make a bat appear.",
                 "It rings for every bat."]
    evidence = gather(sentences, ["gem"], ["bat", "cave"], PLAYER)
    assert [m.carried for m in evidence.mentions] == [False, True]
    assert EffectReasoner().decide("gem", "", evidence).verdict == "yes"


def test_a_characters_first_name_is_his_name():
    from read_reward.read import _short_name

    sentences = ["Harry Hooligan, the notorious crook, has the loot.", "Run into Harry to nab him.",
                 "The map shows where Kelly and Harry are.", "Mother Goose waits.", "The mother goose flies off."]
    assert _short_name("harry hooligan", sentences) == "harry"
    assert _short_name("mother goose", sentences) is None  # "mother" is also a common word here
    toms = ["TOM TOMS. These are the little guys.", "If a Tom Tom reaches Thomas, he hurts him.",
            "Kick a Tom Tom for 200.", "Which kick should you use on a Tom Tom?"]
    assert _short_name("tom tom", toms) is None  # one name said twice, not a first and a last name
    gus = ["Greedy Gus digs his tunnels.", "Catch him before Gus gets a carrot.", "When Gus pops up, bonk him."]
    assert _short_name("greedy gus", gus) == "gus"  # "Greedy" is no name alone
    harry = ["We call him ICE HOUSE HARRY.", "Then Harry builds an igloo.", "Walk Harry home.", "The ice cracks."]
    assert _short_name("ice house harry", harry) == "harry"  # written in capitals; "ice" is a word here


def test_a_harmless_cue_cancels_the_loss_in_its_sentence():
    assert judge([("Bumping into the rope costs nothing.", "text", False)], ["rope"]).verdict == "unknown"


def test_a_player_name_inside_an_objects_name_leaves_the_object_whole():
    """The player flies a "helicopter"; the "enemy helicopter" is still the enemy helicopter."""
    found = dict(sentence_cues("Every enemy helicopter shot down scores points.", ["enemy helicopter"], ["truck"],
                               ["helicopter"]))
    assert found.get("shoot") and found.get("loss") == 0.5  # shot, and called an enemy


@pytest.mark.parametrize("sentence, target, others, expected", [
    # harmless only in a state: it harms the rest of the time
    ("While your ship is inside the zone, the missile can not harm it.", ["missile"], ["zone"],
     [("loss", 0.5), ("loss", 0.5)]),  # a weapon's charge, and harmless only while ...
    ("The ghosts cannot hurt you while they are blue.", ["ghost"], [], [("loss", 0.5)]),
    # the state names the object itself, or is a way of meeting it, or sits in another clause: harmless
    ("While your ship is inside the zone, the missile can not harm it.", ["zone"], ["missile"], [("harmless", 1.0)]),
    ("Logs cannot hurt you when you jump over them.", ["log"], [], [("harmless", 1.0), ("over", 0.5)]),
    ("The duck never hurts you, and she only comes when a carrot is missing.", ["duck"], ["carrot"], [("harmless", 1.0)]),
    ("While they are up, only their shadows show, and you can run through a shadow without harm.", ["shadow"], [],
     [("harmless", 1.0), ("harmless", 1.0)]),
])
def test_harmless_only_while_in_a_state_means_harmful_otherwise(sentence, target, others, expected):
    assert sentence_cues(sentence, target, others) == expected


@pytest.mark.parametrize("sentence, target, others, player, expected", [
    # the player's thing as subject keeps its verb: "your car runs into a truck"
    ("If your car runs into a truck, you lose it.", ["truck"], [], ["your car"], [("loss", 1.0)]),
    # "takes a spill" is no taking; a spill against X is a collision with it
    ("Whenever your skier takes a spill -- against a tree or a flag -- he lies in the snow.", ["tree"], ["flag"],
     ["skier"], [("loss", 1.0)]),
    ("Getting bumped back by a truck is no fun.", ["truck"], [], ["chicken"], [("loss", 1.0)]),
    ("The police come looking for you.", ["police"], [], [], [("loss", 0.6)]),
    # an appearance of harmlessness is none
    ("They look harmless, but clip one and it throws your skier off balance.", ["mogul"], [], ["skier"], [("loss", 0.8)]),
])
def test_more_ways_manuals_say_contact_hurts(sentence, target, others, player, expected):
    assert sentence_cues(sentence, target, others, player, carried=True) == expected


def test_scoring_nothing_and_coming_to_no_harm():
    sentence = "You can bump right up against a rope all day long without coming to any harm, and you score nothing for it."
    assert kinds(sentence, "rope") == {"harmless"}
    assert kinds("Touch a gem and you score.", "gem") == {"contact", "gain"}


def test_never_running_the_player_into_it_is_avoiding_it():
    assert kinds("A gem is worth chasing, but never run the explorer into a bat to get it.", "bat") == {"loss"}


def test_stopping_it_before_it_breathes_on_you_says_it_is_a_threat():
    assert kinds("Hit it quickly, before it can breathe on you.", "bat", carried=True) == {"loss"}


def test_not_harmless_is_harm_and_points_only_when_shot_are_a_shots():
    assert kinds("A bat that reaches the ledge is not harmless company.", "bat") == {"loss"}
    assert kinds("The bat is not harmful.", "bat") == {"harmless"}
    assert kinds("Bats score points only when harpooned.", "bat") == {"gain", "shoot"}


def test_poison_is_harm():
    assert kinds("A bat in its regular color -- red, pink or orange -- is poison.", "bat") == {"loss"}
    assert kinds("The cave's red bats are poisonous.", "bat") == {"loss"}
    assert kinds("Every rope it touches turns poisonous.", "rope") == set()  # a state it is put in, no harm


def test_keeping_your_distance_is_avoiding_it():
    # "your distance", "your eyes" are no things of the player's
    assert kinds("Keep your distance from the bats themselves, and keep your eyes on the cave.", "bat") == {"loss"}
    assert kinds("Keep a safe distance from the bats.", "bat") == {"loss"}


def test_a_carried_she_is_not_the_it_after_her():
    # "she" carries the duck into the sentence; the "it" grabbed is the seed she drops
    sentence = "She is harmless; watch the seed instead, and grab it only when the gopher is deep underground."
    assert sentence_cues(sentence, ["duck"], ["gopher"], ["farmer"], carried=True) == [("harmless", 1.0)]
    assert ("contact", 0.6) in sentence_cues("It is harmless; grab it when the gopher is away.", ["duck"], ["gopher"],
                                             ["farmer"], carried=True)


def test_points_for_destroying_it_say_nothing_of_touching_unless_the_sentence_touches_it():
    blast = judge([("Any police car caught in the blast is blown off the map for bonus points.", "text", False),
                   ("POLICE CAR DESTROYED WITH DYNAMITE: 50 POINTS.", "table", False)], ["police car"])
    assert blast.gain == 0.0
    melee = judge([("Run into a slayer with your sword and the slayer is destroyed, for points.", "text", False)],
                  ["slayer"])
    assert melee.verdict == "yes"


def test_missing_what_the_player_passes_between_is_not_a_missed_contact():
    mentions = [("Each missed gate adds 5 seconds to your time.", "text", False),
                ("Steer clear of the flags.", "text", False)]
    assert judge(mentions, ["flag", "gate"]).verdict == "unknown"  # the miss reads as: reach it
    assert judge(mentions, ["flag", "gate"], passed_between=True).verdict == "no"


def test_a_pronoun_does_not_refer_to_what_its_subject_is_compared_with():
    sentence = "The purple ball bounces down just like a red ball, and it's every bit as deadly if it lands on you."
    assert sentence_cues(sentence, ["purple ball"], ["red ball"]) == [("loss", 1.0), ("loss", 1.0)]
    assert sentence_cues(sentence, ["red ball"], ["purple ball"]) == []


def test_picking_off_is_shooting_picking_up_is_contact():
    assert sentence_cues("You can pick off sharks as they come in.", ["shark"]) == [("shoot", 1.0)]
    assert sentence_cues("Pick up the key.", ["key"]) == [("contact", 0.6)]


def test_filling_up_is_a_gain_and_easy_to_blow_up_is_no_explosion():
    assert sentence_cues("To fill up, fly right over a fuel depot.", ["fuel depot"]) == [("gain", 1.0)]
    assert sentence_cues("A fuel depot is as easy to blow up as anything else.", ["fuel depot"]) == []


@pytest.mark.parametrize("sentence, target, others, expected", [
    ("A gripper hugs you, and while he hangs on your energy drains away.", ["gripper"], [], [("loss", 1.0)]),
    ("A snake that crawls into you takes a bite out of your energy bar.", ["snake"], [], [("loss", 1.0), ("loss", 1.0)]),
    ("Snake (kicked): 200.", ["snake"], [], [("destroyed", 1.0)]),  # points for kicking it, not for touching it
    ("Don't waste jumps on the smoke; save your jumps for the snakes.", ["snake"], ["smoke"], []),
    ("Dragon fire can't be scored at all -- the only thing to do with it is get out of its way.", ["dragon fire"], [],
     [("loss", 0.8)]),
])
def test_fighting_game_phrasings(sentence, target, others, expected):
    assert sentence_cues(sentence, target, others, ["thomas"]) == expected


@pytest.mark.parametrize("sentence, target, others, expected", [
    # the head of a relative clause is the subject, not an object named inside it
    ("A goose that meets Bailey on the ice simply shoves him off the edge.", ["goose"], ["ice"], [("loss", 1.0)]),
    ("A goose that meets Bailey on the ice simply shoves him off the edge.", ["ice"], ["goose"], []),
    ("A rock thrown by a wolf hits Bailey and costs a turn.", ["rock"], ["wolf"], [("loss", 1.0), ("loss", 1.0)]),
    ("A rock thrown by a wolf hits Bailey and costs a turn.", ["wolf"], ["rock"], []),
    ("If the bear catches up to him on shore, he is lost.", ["bear"], [], [("loss", 1.0), ("loss", 1.0)]),
    ("A clam will bump him overboard.", ["clam"], [], [("loss", 1.0)]),
    ("The reverse button can save Bailey from being carried into a goose.", ["goose"], [], []),  # no rescue of the goose
    ("Save the princess from the dragon.", ["princess"], ["dragon"], [("contact", 0.6)]),
])
def test_subjects_and_saves(sentence, target, others, expected):
    assert sentence_cues(sentence, target, others, ["bailey"]) == expected


def test_a_plural_pronoun_after_a_list_stands_for_every_member():
    sentence = "Knives, red balls and dragon fire can't be scored -- the only thing to do with them is get out of their way."
    for target in ("knife", "red ball", "dragon fire"):
        others = [o for o in ("knife", "red ball", "dragon fire") if o != target]
        assert sentence_cues(sentence, [target], others) == [("loss", 0.8)]


def test_energy_taken_and_no_friend_are_losses():
    assert sentence_cues("Touch one and it takes energy.", ["air ball"], carried=True) == [("loss", 1.0)]
    assert sentence_cues("The dragon is no friend to touch.", ["dragon"]) == [("loss", 0.8)]


@pytest.mark.parametrize("sentence, target, others, expected", [
    # a participle after a comma belongs to the clause before it, whose opening names the doer
    ("If a walrus bumps into Pip, it pushes him off his raft and into the sea, costing a life.", ["raft"],
     ["walrus", "sea"], []),
    ("Tread on a landmine and it goes off, costing you a turn.", ["landmine"], [], [("loss", 1.0)]),
    # "it" inside a relative clause of an object is not that object
    ("Leave a bomb behind, and any patrol car that drives over it is blown to bits.", ["patrol car"], ["bomb"], []),
    # the cue's own object comes before a comma: a later name is not it (shaking the cars off is avoiding them)
    ("Grab the cash, shake off the patrol cars, and head for the border.", ["patrol car"], [], [("loss", 0.8)]),
    # passing food up hurts (a miss: `judge` makes reaching it a gain)
    ("If the bird passes up three piles of grain, he grows weak.", ["grain"], [], [("miss", 0.8)]),
    # the player does it: an order after an opening phrase, or "you" right before the verb
    ("In the arena, sneak up on a knight and strike him from behind.", ["knight"], [], []),
    ("The champion studies your moves if you always attack the same way.", ["champion"], [], []),
    # never coming up to attack is harmless; breaking into pieces is no collision
    ("They never come up to attack your boat.", ["frogman"], [], []),
    ("A pot that falls shatters into little pieces.", ["little piece"], ["pot"], []),
    ("Drive straight into a bank to rob it.", ["bank"], [], [("contact", 0.6), ("contact", 0.6)]),  # driving in, robbing
    ("Lava burns your energy away.", ["lava"], [], [("loss", 1.0)]),
    # luring it to its end scores like a shot (`judge` drops the gain), not a touch
    ("Luring the serpent off the cliff scores 500 points.", ["serpent"], [], [("gain", 1.0), ("shoot", 1.0)]),
])
def test_session10_phrasings(sentence, target, others, expected):
    assert sentence_cues(sentence, target, others, ["pip", "player"]) == expected


def test_an_it_that_opens_on_a_judgement_refers_to_nothing():
    from read_reward.evidence import refers_back
    from read_reward.name_runs import lemmas

    assert refers_back(lemmas("It's easy to misjudge, and it costs you a turn.")) == []
    assert refers_back(lemmas("It is best to shoot them early.")) == [5]
    assert refers_back(lemmas("It is worth 50 points.")) == [0]


def test_a_class_is_not_the_start_of_a_longer_known_name():
    from read_reward.evidence import classes_of

    sentences = ["If the runner skips the grain too often he tires, and a tired road runner is a caught road runner.",
                 "The road is long.", "Grain lies on the road."]
    assert "road" not in classes_of(["grain"], sentences, ["road runner", "grain"])


def test_a_direct_word_of_harmlessness_outweighs_what_is_said_of_its_class():
    rows = [Mention("Enemy divers paddle about far below the surface.", "text", False),
            Mention("They never come up to attack your boat.", "text", True),
            Mention("Every enemy is deadly to your boat.", "text", False, "", ("enemy",)),
            Mention("Enemies of all kinds are a danger.", "text", False, "", ("enemy",))]
    effect = judge(rows, ["diver"], [], ["boat"])
    assert effect.harmless and effect.loss == 0.5  # only "enemy divers"; nothing from the class sentences
    assert judge([rows[0], *rows[2:]], ["diver"], [], ["boat"]).loss > 1.0  # without it the class sentences count


def test_a_modal_reach_is_a_contact_only_when_the_player_does_it():
    assert sentence_cues("All of them stay on their rows, and the only thing that can reach them is a pellet.",
                         ["owl"], carried=True) == []
    assert sentence_cues("Pip can reach the owl from the top ledge.", ["owl"], [], ["pip"]) == [("contact", 0.6)]
    assert sentence_cues("You must reach the owl before dawn.", ["owl"]) == [("contact", 0.6)]


@pytest.mark.parametrize("sentence, target, others, expected", [
    # what the player protects is a ward: worth keeping, which says nothing about touching it
    ("Protect the grain silos from the raiders.", ["grain silo"], ["raider"], [("ward", 1.0)]),
    ("Below you sit the grain silos you have vowed to protect.", ["grain silo"], [], [("ward", 1.0)]),
    ("This will protect the electronic parts and lengthen the life of your console.", ["life"], [], []),
    # more ways of saying it hurts
    ("Keep an eye out for a viper on the road.", ["viper"], [], [("loss", 0.8)]),
    ("A stray rock does just as much harm.", ["rock"], [], [("loss", 0.8)]),
    ("Step on the mine and that's the end of Pip.", ["mine"], [], [("loss", 0.5), ("loss", 1.0)]),
    ("Never walk into the troll himself.", ["troll"], [], [("loss", 0.8)]),
    ("While a boulder rests on Pip, points drain away from your score.", ["boulder"], [], [("loss", 1.0)]),
    ("Each second a boulder sits on Pip takes points off your score.", ["boulder"], [], [("loss", 1.0)]),
    ("Nudge a truck and your speed drops to nothing.", ["truck"], [], [("loss", 1.0)]),
    ("A hungry wolf waits by the bridge.", ["wolf"], [], [("loss", 0.5)]),
    # timing advice is no ban; a state the object is in only for a while halves the gain
    ("Don't grab the amulet the moment you see it.", ["amulet"], [], []),
    ("Run into a changed spectre and it vanishes for a bonus.", ["spectre"], [], [("contact", 0.3), ("gain", 0.3)]),
    # whose loss or gain it is
    ("Walk into a lantern and you pocket 50 points, and the ghouls lose their nerve.", ["lantern"], ["ghoul"],
     [("gain", 1.0), ("contact", 0.6)]),  # session 27: an order to walk into it is a touch too
    ("Any of them can be destroyed by the lightning.", ["lightning"], [], []),
    ("If Pip is caught by the lightning, you lose a turn.", ["lightning"], [], [("loss", 1.0), ("loss", 1.0)]),
    ("As you score more points, the wasps grow faster.", ["wasp"], [], []),
])
def test_session11_phrasings(sentence, target, others, expected):
    assert sentence_cues(sentence, target, others, ["pip", "player"]) == expected


def test_a_ward_keeps_its_points_from_counting_as_a_prize():
    said = [("Protect the grain silos from the raiders.", "text", False),
            ("Lost grain silos are rebuilt as a bonus every 10,000 points.", "text", False)]
    assert judge(said, ["grain silo"], ["raider"], ["pip"]).verdict == "unknown"
    assert judge(said[1:], ["grain silo"], ["raider"], ["pip"]).verdict == "yes"


def test_where_the_players_sprite_is_its_shot_a_hit_is_a_touch():
    said = [("A shot that hits a raider destroys it for 100 points.", "text", False)]
    assert judge(said, ["raider"], [], ["shot"], shooter=True).verdict == "yes"
    assert judge(said, ["raider"], [], ["pip"], shooter=True).verdict == "no"  # "raider": a foe, shot, not touched
    calm = [("Don't bother shooting at the beam.", "text", False)]
    assert judge(calm, ["beam"], [], ["shot"], shooter=True).verdict == "unknown"


def test_where_the_players_sprite_is_its_shot_harm_falls_on_the_city_and_a_scoring_row_is_a_hit():
    """The shot is what touches: "the evil raiders ... their deathray" harms the city, not the shot; a row that
    prices the raider prices the shot hitting it (no word of shooting needed); a shot hitting a palace that costs
    points still costs."""
    said = [("The evil raiders are carving up the city with their deathray!", "text", False),
            ("Raider: 500 points.", "table", False)]
    assert judge(said, ["raider"], [], ["shot"], shooter=True).verdict == "yes"
    assert judge(said, ["raider"], [], ["pip"], shooter=True).verdict == "no"  # a cannon the raiders shoot at
    ray = [("When a raider drops low it fires a deathray that destroys whatever lies below.", "text", False)]
    assert judge(ray, ["deathray"], ["raider"], ["shot"], shooter=True).verdict == "unknown"
    palace = [("A shot that hits the palace costs you 100 points.", "text", False)]
    assert judge(palace, ["palace"], [], ["shot"], shooter=True).verdict == "no"


def test_it_after_a_sentence_naming_the_object_as_anothers_is_the_owner():
    sentences = ["A raider cannot fire its deathray until it has sunk to the bottom lane.",
                 "Destroy it while it is still high in the sky."]
    assert [m.carried for m in gather(sentences, ["deathray"], ["raider"], ["shot"]).mentions] == [False]
    assert [m.carried for m in gather(sentences, ["raider"], ["deathray"], ["shot"]).mentions] == [False, True]
    own = ["The deathray is fired by a raider once it sinks low.", "Dodge it."]
    assert [m.carried for m in gather(own, ["deathray"], ["raider"], ["shot"]).mentions] == [False, True]


def test_it_agrees_in_number_with_what_it_stands_for():
    plural = ["Above the ponds hangs a rope.", "Grab it and swing across."]
    assert [m.carried for m in gather(plural, ["pond"], ["rope"], ["pip"]).mentions] == [False]
    single = ["Above the pond hangs a rope.", "Grab it and swing across."]
    assert [m.carried for m in gather(single, ["pond"], ["rope"], ["pip"]).mentions] == [False, True]


@pytest.mark.parametrize("sentence, target, others, expected", [
    # a name that is a weapon's charge hurts what it hits, unless it is a bonus
    ("Land mines are scattered along the road.", ["land mine"], [], [("loss", 0.5)]),
    ("A homing missile follows your plane.", ["homing missile"], [], [("loss", 0.5)]),
    ("Shoot the box of extra bullets to reload.", ["extra bullets"], [], [("shoot", 1.0)]),
    # "its touch", "bump into one": pronouns of contact, never the player ("you")
    ("The spider crawls up the web hunting for Pip, and its touch is fatal.", ["spider"], [],
     [("loss", 1.0), ("loss", 0.6)]),
    ("If you bump into one, your speed drops to nothing and the cars pass you.", ["car"], [],
     [("loss", 1.0), ("loss", 1.0)]),
    # the alternative to shooting it is touching it: that costs
    ("You must blow up the bridge before you reach it, or you will crash into it.", ["bridge"], [],
     [("loss", 1.0), ("shoot", 1.0)]),
    ("Grab the fuel, or you will crash.", ["fuel"], [], [("gain", 0.8), ("contact", 0.6)]),
    # "it" after "A or B" is either of them
    ("Run into any money bag or suitcase you see to pick it up for points.", ["money bag"], ["suitcase"],
     [("contact", 0.6), ("gain", 0.6), ("contact", 0.6)]),
    ("Walk past the money bag to the suitcase and pick it up for points.", ["money bag"], ["suitcase"], []),
    # being too late for it costs, so reaching it helps (a miss, like "miss the ball and lose the point")
    ("If he's too late, the fortress has moved and Pip loses a life.", ["fortress"], [],
     [("loss", 1.0), ("miss", 0.8)]),
])
def test_session12_phrasings(sentence, target, others, expected):
    assert sentence_cues(sentence, target, others, ["pip", "player"]) == expected


@pytest.mark.parametrize("sentence, target, expected", [
    ("A bat that touches the explorer costs him a life just like a rope does.", "rope", {"loss"}),  # likened
    ("A bat costs him a life, but a rope does not.", "rope", set()),
    ("Remember: a bat that is awake is nothing to fool with.", "bat", {"loss"}),
    ("Bats swoop low, and if one catches you, you lose a life.", "bat", {"loss"}),  # "one" is a bat
    ("Wait for the bat to pass rather than jumping into its path.", "bat", {"loss"}),
])
def test_comparisons_idioms_and_one_as_a_pronoun(sentence, target, expected):
    assert kinds(sentence, target) == expected


@pytest.mark.parametrize("sentence, target, expected", [
    ("The flame lasts only a few seconds' worth, so spend it on a bat.", "bat", set()),  # a quantity, not a value
    ("Do not waste the rope on a bat that is far away.", "bat", set()),  # the bat is what the rope is spent on
    ("Don't waste a gem when no bat is near.", "gem", {"gain"}),  # the gem is what is needed
    ("Bats need two hits before they fall asleep.", "bat", set()),  # what the bat needs, not the player
    ("You need a rope to cross the cave.", "rope", {"gain"}),
    ("There is a trail that needs exploring, and the bats would rather you didn't.", "bat", set()),  # a gerund
    ("Bats and snakes can only be avoided.", "bat", {"loss"}),
    ("The bat keeps to the roof, but he's nothing you want to meet.", "bat", {"loss"}),
    ("Bats are the real killers of the cave.", "bat", {"loss"}),
    ("Bump into a rope and the explorer simply stops.", "rope", {"harmless"}),  # the stop is all the bump does
    ("When the last gem falls into place, a rope appears.", "rope", set()),  # an idiom, no fall
    ("Each gem he picks up gives 10 points, and every rope he climbs adds 30 more.", "rope", {"gain"}),
])
def test_quantities_spending_needs_and_idioms(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_cue_inside_another_objects_name_is_no_cue():
    others = ["bonus gem", "cave"]
    assert sentence_cues("Each time a bat is chased off, a bonus gem rolls out.", ["bat"], others, PLAYER) == []
    assert sentence_cues("Each time a bat is chased off, a bonus rolls out.", ["bat"], others, PLAYER) == [("gain", 0.6)]


def test_a_pronoun_chain_keeps_referring_back():
    sentences = ["Bats and gems drift about the cave.", "None of them bites, but they are pushy.",
                 "If one of them runs into the explorer, he loses a life.", "The rope sways."]
    evidence = gather(sentences, ["bat"], ["gem", "cave", "rope"], ["explorer"])
    assert [m.carried for m in evidence.mentions] == [False, True, True]
    assert EffectReasoner().decide("bat", "", evidence).verdict == "no"


def test_it_after_a_sentence_with_the_object_in_the_plural_and_another_in_the_singular():
    sentences = ["A rope hangs over many of the tar pits.", "Grab it and swing across."]
    evidence = gather(sentences, ["tar pit", "tar"], ["rope", "cave"], ["explorer"])
    assert [m.carried for m in evidence.mentions] == [False]  # "it" is the rope, wherever it stands


@pytest.mark.parametrize("sentence, target, expected", [
    ("The bats are the worst of the lot.", "bat", {"loss"}),
    ("The bats sleep all day, but don't let that fool you.", "bat", {"loss"}),
    ("Each time it bumps into a rope, it turns around.", "rope", set()),  # "it" was named before: its collision
    ("If you bump into a rope, you lose.", "rope", {"loss"}),
    ("The cave is under attack!", "cave", set()),  # attacked, not attacking
    ("You can ride safely on a rope's end.", "rope", {"contact"}),  # a safe means, weighed as a contact (0.6)
    ("For every 10,000 points scored, a lost rope is rebuilt.", "rope", set()),  # when it is given, not what it pays
    ("Each rope is worth 100 points.", "rope", {"gain"}),
])
def test_idioms_of_danger_and_collisions_of_others(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_fuel_taken_in_by_touching_counts_in_a_shooter():
    """In a manual about shooting, points with no word of touching are discounted; fuel is no score."""
    sentences = [("To refuel, fly right over a depot.", "text", False), ("Depots can be shot for points.", "text", False)]
    assert judge(sentences, ["depot"], ["bat"], PLAYER, shooter=True).verdict == "yes"
    points = [("Fly right over a depot for points.", "text", False)]
    assert judge(points, ["depot"], ["bat"], PLAYER, shooter=True).verdict == "unknown"


def test_a_possessive_names_its_object():
    assert lemmas("Ride on the bat's back; it's safe.") == ("ride", "on", "the", "bat", "back", "it's", "safe")
    assert kinds("Every punch that lands on the bat's head counts.", "bat") == {"contact"}


def test_its_before_another_objects_name_is_no_list():
    """"Only its spear is deadly": the spear kills, not the one whose spear it is."""
    assert sentence_cues("Only its rope is deadly.", ["bat"], ["rope"], PLAYER, True) == []
    assert kinds("A gem, a rope or the bat knocks him down.", "gem") == {"loss"}  # a list still is one subject


def test_an_object_that_drowns_or_dies_is_its_fate_not_the_players_loss():
    assert kinds("The cave bats would rather see every gem drown.", "gem") == set()
    assert kinds("If the explorer falls into the cave, he drowns.", "cave") == {"loss"}


def test_they_after_a_sentence_with_the_object_in_the_singular_and_another_in_the_plural():
    sentences = ["Touch a gem and the bats turn white.", "While they are white, they are harmless."]
    evidence = gather(sentences, ["gem"], ["bat", "cave"], ["explorer"])
    assert [m.carried for m in evidence.mentions] == [False]  # "they" are the bats


def test_these_and_a_new_noun_refer_back():
    sentences = ["Bats hang in the cave.", "These critters never bite.", "These gems shine."]
    evidence = gather(sentences, ["bat"], ["gem", "cave"], ["explorer"])
    assert [m.carried for m in evidence.mentions] == [False, True]  # "these gems" are the gems
    assert EffectReasoner().decide("bat", "", evidence).verdict == "unknown"  # harmless: nothing to gain or lose


def test_a_table_prices_the_exception_when_contact_hurts_as_a_rule():
    """"If a bat touches you, you lose a life. While they are white you can eat them. Bat: 200." -> avoid."""
    mentions = [("If a bat touches the explorer, he loses a life.", "text", False),
                ("While they are white, the explorer can eat them for points.", "text", True),
                ("Bat: 200 POINTS.", "table", False), ("Once a bat has its color again, keep clear of it.", "text", False)]
    effect = judge(mentions, ["bat"], ["gem"], PLAYER)
    assert effect.verdict == "no"
    assert judge(mentions[1:3], ["bat"], ["gem"], PLAYER).verdict == "yes"  # no rule of harm: the table counts whole


def test_a_price_where_touching_hurts_is_the_price_of_beating_it():
    """"Bumping into a bat hurts. Bat: 500." (a fighting game: the bat is beaten with a kick) -> avoid."""
    mentions = [("And don't think bumping into a bat is any safer -- it hurts just as much as its claws.", "text", False),
                ("Bat: 500.", "table", False)]
    assert judge(mentions, ["bat"], ["gem"], PLAYER).verdict == "no"
    assert judge([("Bats guard the gems.", "text", False), ("Bat: 500.", "table", False)], ["bat"], ["gem"],
                 PLAYER).gain == pytest.approx(0.7)  # hostility alone leaves the price whole
    burn = "The bat bites, and its gem fire will burn a big chunk of your energy bar."
    assert sentence_cues(burn, ["gem fire"], ["bat"], PLAYER) == [("loss", 1.0)]
    assert sentence_cues(burn, ["bat"], ["gem fire"], PLAYER) == [("loss", 0.6)]  # biting is hostile
    assert sentence_cues("The bat bites into a gem.", ["gem"], ["bat"], PLAYER) == []


def test_losing_what_the_player_is_called_is_a_life_not_the_objects_worth():
    """"You lose a submarine" beside "your submarine": no gain for the enemy submarine; "losing a diver" is one."""
    player = ["explorer", "your submarine"]
    assert sentence_cues("If a shark bites, you lose a submarine.", ["submarine"], ["shark"], player) == []
    assert sentence_cues("Losing a diver costs you.", ["diver"], ["shark"], player) == [("gain", 0.6)]


def test_a_row_for_getting_past_an_object_is_no_score_of_it():
    rows = [("BALL GETS PAST THE COMPUTER'S PADDLE: 1 POINT.", "table", False)]
    assert judge(rows, ["computer paddle"], ["ball"], PLAYER).verdict == "unknown"
    assert judge([("BALL HITS THE COMPUTER'S PADDLE: 1 POINT.", "table", False)], ["computer paddle"], ["ball"],
                 PLAYER).verdict == "yes"


@pytest.mark.parametrize("sentence, expected", [
    ("Each gem bounces back toward you after it strikes the rope.", set()),  # the gem's touch
    ("A gem that strikes a rope breaks it.", set()),
    ("Grab the rope after you strike it.", {"contact"}),
])
def test_a_touch_made_by_another_object_is_not_the_players(sentence, expected):
    assert kinds(sentence, "rope") == expected


@pytest.mark.parametrize("sentence, target, expected", [
    ("Each time a spear strikes the tip of a rope, you score points.", "rope", {"shoot", "gain"}),
    ("Each bat hit by an arrow scores points.", "bat", {"shoot", "gain"}),
    ("If a rope strikes the explorer, he loses a life.", "gem", set()),
])
def test_a_projectiles_touch_is_a_shot(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_projectile_named_as_another_object_is_no_shot():
    """"If a spear hits Colwyn ..." where the spear is the Slayers' own object: no shot of the Slayer."""
    assert sentence_cues("Each spear that hits a bat is lost.", ["bat"], ["spear"], PLAYER) == []
    assert ("shoot", 1.0) in sentence_cues("Each spear that hits a bat is lost.", ["bat"], ["gem"], PLAYER)


@pytest.mark.parametrize("sentence, target, expected", [
    ("Bat, cave, gem: life lost.", "cave", {"loss"}),  # every object a row lists
    ("Bats, gems, and pieces of the rope ........ merit points lost", "gem", {"loss"}),
    ("Bats spell trouble.", "bat", {"loss"}),
    ("Swing the shovel and bonk the bats.", "bat", {"contact"}),
])
def test_rows_of_losses_trouble_and_whacking(sentence, target, expected):
    assert kinds(sentence, target) == expected


@pytest.mark.parametrize("sentence, target, expected", [
    ("If a bat gets loose and grabs one of the gems, it flies off with it.", "gem", set()),  # the bat's touch
    ("The explorer grabs a gem.", "gem", {"contact"}),
    ("The caves closest to the ropes are the most dangerous.", "rope", set()),  # the caves are
    ("The caves closest to the ropes are the most dangerous.", "cave", {"loss"}),
    ("Bats, ropes and gems all do the same dirty work, so treat every one as trouble.", "rope", {"loss"}),
])
def test_subjects_a_third_person_verb_a_postmodifier_and_every_one(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_the_player_named_first_does_not_stop_one_referring_back():
    sentences = ["Gems glitter in the cave.", "The explorer catches one just by touching it, and each one is worth 200 points."]
    evidence = gather(sentences, ["gem"], ["explorer", "bat", "cave"], ["explorer"])
    assert [m.carried for m in evidence.mentions] == [False, True]


def test_a_shot_by_another_object_is_not_the_players():
    assert kinds("The cave's beam falls on the gems and destroys whichever rope lies beneath it.", "rope") == set()
    assert kinds("Destroy the ropes for points.", "rope") == {"shoot", "gain"}


def test_an_object_said_harmless_outweighs_its_sections_title():
    """"Houses line the banks; they are only part of the scenery", printed under THE ENEMY: no loss."""
    assert kinds("Ropes hang from the ceiling; they are only part of the scenery.", "rope") == {"harmless"}
    mentions = [Mention("Ropes hang from the ceiling; they are only part of the scenery.", "text", False, "THE ENEMY")]
    assert judge(mentions, ["rope"], ["bat"], PLAYER).verdict == "unknown"
    mentions = [Mention("Ropes hang from the ceiling.", "text", False, "THE ENEMY")]
    assert judge(mentions, ["rope"], ["bat"], PLAYER).verdict == "no"  # the title alone still warns
    assert kinds("Once they hit the ground, gems break into harmless pieces.", "gem") == set()  # the pieces are


def test_a_trailing_too_hands_nothing_on():
    """"Clams crawl along the rows, too. They look silly, but ...": "they" are still the clams."""
    sentences = ["Bats flap along the cave walls, too.",
                 "They look silly, but if one of them runs into the explorer, he loses a life."]
    evidence = gather(sentences, ["bat"], ["explorer", "gem", "cave", "rope"], ["explorer"])
    assert [m.carried for m in evidence.mentions] == [False, True]


def test_a_second_player_name_in_an_or_is_no_alternative():
    """"If a lyre touches Asterix, or Obelix later on, you lose a life": both are the player."""
    player = ["explorer", "guide"]
    assert sentence_cues("If a bat touches the explorer, or the guide later on, you lose a life.", ["bat"], ["gem"],
                         player) == [("loss", 1.0)]
    sentences = ["If a bat touches the explorer, or the guide later on, you lose a life.", "Stay out of their way."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem", *player], player).mentions] == [False, True]


@pytest.mark.parametrize("sentence, target, expected", [
    ("One bite from a bat and he's off the rope, and that costs you a life.", "rope", set()),  # where he falls from
    ("One bite from a bat and he's off the rope, and that costs you a life.", "bat", {"loss"}),
    # running somewhere is no collision
    ("He runs to one side of the cave, and when the explorer follows him, he turns and digs.", "cave", set()),
    ("Only the ropes are worth ignoring.", "rope", {"harmless"}),
    ("The explorer may ignore the ropes.", "rope", {"harmless"}),
    ("A cave is easy to miss until you are in it.", "cave", set()),
    ("The explorer is to keep far from a bat.", "bat", {"loss"}),
    ("When the gem is found, walk him right in through the cave mouth.", "cave", {"contact"}),
    ("When the explorer is back on the ledge, walk him right through the cave mouth.", "cave", {"contact"}),
    ("Once the gem is found, walk the explorer into the doorway of the cave.", "cave", {"contact"}),
    ("Wait for the bat to turn round, then run for the cave.", "cave", {"contact"}),
    ("Wait for the bat to turn round, then run for the cave.", "bat", set()),
    ("When the bat turns round, run for the cave.", "cave", {"contact"}),
    ("The bat runs for the cave.", "cave", set()),
    ("The rope never hurts you: walk through it and keep painting.", "rope", {"harmless"}),  # passing, no reaching
    ("If a bat bumps the explorer, that is a life gone.", "bat", {"loss"}),
    ("Get to the gem before the timer runs out.", "gem", {"contact"}),  # an order, opening the sentence
    ("Get rolled over by a cave and you lose time.", "cave", {"loss"}),  # "get" + a participle is no order to reach
    ("Grab a rebound off a missed shot or pick up a loose gem.", "gem", {"contact"}),  # the shot was missed, not the gem
    ("It is not necessary to go around a cave; the explorer simply walks on.", "cave", {"harmless"}),
    ("But sometimes the bat lets fall a gem.", "bat", set()),  # what it drops falls, not the player
])
def test_orders_places_idioms_and_going_in(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_an_order_after_a_subordinate_clause_and_a_changing_shape():
    assert sentence_cues("As soon as the gem is found, get Rufus back up the rope.", ["gem"], ["rope"], ["rufus"]) == []
    assert sentence_cues("The bat will get Rufus.", ["bat"], ["rope"], ["rufus"]) == [("loss", 1.0)]
    sentence = "While it is a glint it is harmless, and the explorer may pass it, for it will soon take its bat shape again."
    assert kinds(sentence, "gem", carried=True) == {"harmless"}  # taking a shape is no touch


def test_a_name_inside_a_cue_is_not_what_the_cue_is_about():
    """"The ropes are your friend and your enemy": the ropes are meant, not the enemy."""
    assert sentence_cues("The ropes are your friend and your enemy.", ["enemy"], ["rope"], PLAYER) == []
    assert sentence_cues("The bats are your enemy.", ["bat"], ["rope"], PLAYER) == [("loss", 0.5)]


def test_a_touch_told_in_the_passive_with_the_players_tool():
    player = ["explorer", "shovel"]
    assert sentence_cues("When a bat comes close, it is bonked with the shovel.", ["bat"], ["gem"], player) == [("contact", 0.6)]
    assert sentence_cues("A bat is bonked with the rope.", ["bat"], ["rope"], player) == []


def test_a_harmless_object_is_no_prize_for_being_used():
    """"An alley scores nothing and costs nothing ... Take one and you reach another street": neutral."""
    mentions = [Mention("A rope scores nothing and costs nothing.", "text", False),
                Mention("Take one and you will reach another cave.", "text", True)]
    assert judge(mentions, ["rope"], ["bat", "cave"], PLAYER).verdict == "unknown"
    mentions[0] = Mention("A rope hangs in every cave.", "text", False)
    assert judge(mentions, ["rope"], ["bat", "cave"], PLAYER).verdict == "yes"


def test_worth_nothing_and_a_row_of_no_points_are_no_gain():
    assert kinds("It is worth nothing more.", "rope", carried=True) == set()
    mentions = [Mention("Running through a rope: NO POINTS.", "table", False)]
    assert judge(mentions, ["rope"], ["bat"], PLAYER).verdict == "unknown"
    mentions = [Mention("Ringing a rope costs you nothing but a hop.", "text", False),
                Mention("Ring the rope as often as you like.", "text", False),
                Mention("Ring the rope whenever it is safe.", "text", False)]
    assert judge(mentions, ["rope"], ["bat"], PLAYER).verdict == "yes"  # free to touch is no "pays nothing"


def test_a_point_scored_off_an_object_is_not_its_gain():
    assert kinds("Can you score off it?", "bat", carried=True) == set()
    assert kinds("Each bat you catch scores 10 points.", "bat") == {"gain"}


def test_a_ring_of_things_and_an_unnamed_it_are_no_touch():
    assert kinds("A ring of bats is hiding the gems.", "gem") == set()
    assert kinds("It eats some of the gems in its path.", "gem") == set()  # "it" is some other creature
    assert kinds("The explorer rings the gem.", "gem") == {"contact"}


def test_harmless_and_shot_for_points_is_left_at_zero(monkeypatch):
    """"They can't hurt you ... shoot them for points": the learned reader, however sure, is not asked."""
    from read_reward import effect_model
    from read_reward.evidence import Evidence
    monkeypatch.setattr(effect_model, "polarity", lambda evidence: (0.9, "Shoot them with a flare for points."))
    mentions = [Mention("Gems hang in the sky.", "text", False),
                Mention("They can't hurt you and you can't reach them.", "text", True),
                Mention("Shoot them with a flare for points.", "text", True),
                Mention("Every gem is a prize.", "text", False)]
    evidence = Evidence(("gem",), mentions, ("bat",), ("explorer",), True)
    assert EffectReasoner().decide("gem", "", evidence).verdict == "unknown"
    evidence.mentions[1] = Mention("They drift slowly.", "text", True)
    assert EffectReasoner().decide("gem", "", evidence).verdict == "yes"  # not said harmless: the reader is asked


def test_what_bumps_into_the_player_is_the_one_it_bumps():
    """"If a goose bumps into Bailey, he's shoved off the ice, and that's a life gone": not the ice."""
    assert sentence_cues("If a flapper bumps into Rufus, he is knocked off the rope.", ["rope"], ["bat"], ["rufus"]) == []
    assert sentence_cues("If a bat bumps into Rufus, you lose a life.", ["bat"], ["rope"], ["rufus"])


def test_what_a_mishap_costs_you_is_worth_keeping():
    assert kinds("Losing a bat late in a level can cost you the gem.", "gem") == {"gain"}


@pytest.mark.parametrize("sentence, target, expected", [
    # "it" after a fronted clause is that clause's subject, not the last thing named
    ("Should a bat reach all the way down to the gem, it grabs a piece of it and you lose a turn.", "gem", set()),
    ("Should a bat reach all the way down to the gem, it grabs a piece of it and you lose a turn.", "bat", {"loss"}),
    ("As your turns are lost, the gem grows smaller.", "gem", set()),  # when, not what
])
def test_fronted_clauses_and_spears(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_spears_arm_the_player():
    assert is_shooter(["Throw your spear at the bats.", "When you spear one, it sinks.", "Each spear gun costs nothing.",
                       "Aim the harpoon well."])
    assert not is_shooter(["The bats throw spears.", "His spear flies straight up.", "Spears hurt.", "He darts away."])


def test_in_a_shooting_game_a_bare_score_is_weak_however_it_is_worded():
    """"The owls are worth 50 points each": two gain words, one sentence, and no word of touching."""
    mentions = [Mention("The bats are worth 50 points each, so clear them first.", "text", False)]
    assert judge(mentions, ["bat"], ["gem"], PLAYER, shooter=True).verdict == "unknown"
    assert judge(mentions, ["bat"], ["gem"], PLAYER, shooter=False).verdict == "yes"


def test_a_row_worth_nothing_and_a_way_that_costs_nothing():
    assert judge([Mention("Bump into a rope: 0.", "table", False)], ["rope"], ["bat"], PLAYER).verdict == "unknown"
    assert judge([Mention("Bump into a bat: life lost.", "table", False)], ["bat"], ["rope"], PLAYER).verdict == "no"
    assert judge([Mention("Gem: 100, no matter when.", "table", False)], ["gem"], ["rope"], PLAYER).verdict == "yes"
    sentence = "Going into one doesn't score anything and doesn't cost you anything; they just get you where you're going."
    assert kinds(sentence, "cave", carried=True) == {"harmless"}


def test_what_a_sentence_says_is_not_the_cause_is_not_it():
    assert kinds("It's the bank that causes the crash, not the cave.", "cave") == set()
    assert kinds("It's the cave that causes the crash.", "cave") == {"loss"}


@pytest.mark.parametrize("sentence, target, expected", [
    ("Both the bat and its cave hurt the explorer.", "bat", {"loss"}),  # "X and its Y": a list
    ("The best you can do is keep clear of its path and have a rope in mind for later.", "rope", set()),
    ("Guide the explorer into each cave, collect its gem, and get out again.", "gem", {"contact"}),  # its gem is the gem
    ("A: Just run into the bat -- that nabs him!", "bat", {"contact"}),  # an order to touch it
])
def test_lists_with_its_the_object_of_a_cue_and_a_plain_order(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_question_says_nothing_and_a_leave_to_run_into_is_an_order():
    assert kinds("Q: Should I bump into the cave during the wedding?", "cave") == set()
    assert "contact" in kinds("You can also run right into a bat -- it shatters.", "bat")
    sentence = "If a bat reaches Rufus while he is out on the rope, it shoves him off into the water, and a life is lost."
    assert sentence_cues(sentence, ["rope"], ["bat", "water"], ["rufus"]) == []  # "rope, it": no list


@pytest.mark.parametrize("sentence, target, expected", [
    # a power's end is what follows its absence: worth having
    ("When the rope wears off you're back to climbing and you can lose a life in a moment.", "rope", {"gain"}),
    ("When the gem runs out, you lose a life.", "gem", {"gain"}),
    # the object's fate, also at the end of a list
    ("When every cave and every Sentinel Tower has fallen, the city is lost and the game is over.", "cave", set()),
    # a rival's point, and "missing" as an adjective
    ("Four stars; the missing one is for the bland caves.", "cave", set()),
    ("Missing the gem costs you the point.", "gem", {"loss", "miss"}),
])
def test_a_powers_end_a_fate_after_a_list_a_rivals_point_and_the_missing_one(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_point_that_goes_to_the_opponent_is_no_cue_of_the_opponents():
    sentence = "Reach the gem with your racket and you return it; let it get past you and the point goes to your opponent."
    assert sentence_cues(sentence, ["opponent"], ["gem"], PLAYER) == []


def test_contact_that_does_nothing_but_stop_you_is_harmless():
    assert "harmless" in kinds("Caves close off parts of a room, and bumping into a cave does nothing but stop you.", "cave")


def test_what_befalls_the_player_after_a_fronted_clause_is_its_subjects_doing():
    sentence = "If a bat reaches the gem, you will lose a turn."
    assert kinds(sentence, "gem") == set() and kinds(sentence, "bat") == {"loss"}
    assert kinds("If the gem is taken by a bat, you lose a turn.", "gem") == set()  # the gem is acted on
    assert kinds("If you touch the bat, you lose a life.", "bat") == {"loss"}


def test_what_falls_toward_an_object_or_is_allowed_to_fall_is_no_harm_of_its():
    assert sentence_cues("Firedrops fall steadily toward the cave.", ["cave"], ["gem"], PLAYER) == []
    sentence = "The bats' gems, on the other hand, will chip away at the caves if they are allowed to fall."
    assert sentence_cues(sentence, ["cave"], ["gem", "bat"], PLAYER) == []
    assert kinds("A falling rope is deadly.", "rope") == {"loss"}


def test_an_order_before_a_colon_and_a_list_with_slashes():
    sentence = "AVOID: green rope / green bats (1910) AVOID: blue cave / blue gems (1970)"
    others = ["green rope", "green bat", "blue cave", "blue gem"]
    for target in others:
        assert sentence_cues(sentence, [target], [o for o in others if o != target], PLAYER), target
    assert sentence_cues("AVOID: jumping off the edge (no gem) = -1 life.", ["gem"], ["bat"], PLAYER) == []


def test_a_ride_given_or_safe_to_take_is_a_touch():
    assert kinds("Ropes can give the explorer a ride too.", "rope") == {"contact"}
    assert kinds("SAFE to hop on: ropes, caves that are dry, a bat's back.", "rope") == {"contact"}
    assert kinds("NOT SAFE: bats, ropes and caves.", "bat") == {"loss"}


def test_contact_out_of_reach_or_said_to_do_nothing_is_harmless():
    assert kinds("The cannon can never come into contact with the cave.", "cave") == {"harmless"}
    assert kinds("Brushing the cave does nothing by itself.", "cave") == {"harmless"}
    assert kinds("If you do nothing, the bat will catch you.", "bat") == {"loss"}
    assert kinds("Touching a cave earns no points.", "cave") == set()  # no gain, however "earns" reads
    assert kinds("Every gem that falls was knocked over by the rope.", "gem") == set()  # the gem's own fall


def test_a_goal_scored_by_a_rival_is_no_gain_of_its():
    assert kinds("A goal scored by the opposing gems counts against you.", "gem") == set()


def test_sentences_saying_an_object_does_nothing_weigh_against_a_lone_warning():
    harmless = [("Bumping into a rope costs nothing.", "text", False), ("Ropes cannot hurt the explorer.", "text", False)]
    warning = [("Ropes are dangerous.", "text", False)]
    assert judge(warning, ["rope"], ["bat"], PLAYER).verdict == "no"
    assert judge(warning + harmless, ["rope"], ["bat"], PLAYER).verdict == "unknown"
    told_by_pronoun = [("It cannot hurt the explorer.", "text", True)]  # half as sure of what "it" is
    assert judge(warning + told_by_pronoun, ["rope"], ["bat"], PLAYER).verdict == "no"
    while_blue = [("While they are blue, ropes cannot hurt the explorer.", "text", False)]
    assert judge(warning + while_blue, ["rope"], ["bat"], PLAYER).verdict == "no"  # harmless only in a state
    prize = [("Each rope is worth 100 points.", "text", False)]
    assert judge(prize + harmless[1:], ["rope"], ["bat"], PLAYER).verdict == "yes"  # no harm, and it pays
    inert = [("Touching a rope does nothing at all.", "text", False)]
    assert judge(prize + inert, ["rope"], ["bat"], PLAYER).verdict == "unknown"  # it pays, and it does nothing
    without = [("Without a key, a rope won't hurt the explorer.", "text", False)]
    assert judge(warning + without, ["rope"], ["bat"], PLAYER).verdict == "no"  # harmless only on a condition


def test_what_the_players_weapon_cannot_harm_is_spared_not_harmless():
    assert kinds("Your missiles can not harm it, so keep clear of it.", "bat", carried=True) == {"loss"}
    assert kinds("You can't hurt it and it can't hurt you.", "bat", carried=True) == {"harmless"}


def test_a_touch_whose_object_is_a_pronoun_for_something_else_is_not_the_next_names():
    assert kinds("When he eats one, the bats turn blue.", "bat") == set()
    assert kinds("Catch it before it flies away.", "bat", carried=True) == {"contact"}
    assert kinds("Find a bat and eat it.", "bat") == {"contact"}
    sentence = "A shot off the edge angles toward the sideline, and the bat has a long way to run to get to it."
    assert kinds(sentence, "bat") == set()  # "it" is not the clause's own subject
    assert kinds("The bat is slow and you can catch it.", "bat") == {"contact"}


def test_a_level_finished_on_reaching_an_object_and_time_out_before_reaching_it():
    assert kinds("The moment he reaches her, the screen is finished.", "gem", carried=True) == {"gain"}
    sentence = "If the timer reaches zero before the explorer reaches the gem, the explorer loses a life."
    assert kinds(sentence, "gem") == {"gain"}  # the loss is what not reaching it costs
    assert kinds("The explorer is finished if a bat catches him.", "bat") == {"loss"}


def test_what_a_pronoun_named_elsewhere_does_to_an_object_is_no_harm_of_the_objects():
    assert kinds("They also damage caves.", "cave") == set()
    assert kinds("Caves damage the explorer.", "cave") == {"loss"}


def test_a_fallen_object_is_in_a_state_not_a_harm():
    assert kinds("Fallen caves are cleared away after the first roll.", "cave") == set()
    assert kinds("The fallen caves are cleared.", "cave") == set()
    assert kinds("Fallen rocks can crush you.", "rock") == {"loss"}


@pytest.mark.parametrize("sentence,target,expected", [
    ("Bats can pass through caves, so keep an eye on the edges.", "cave", set()),  # the bats pass, not the player
    ("You can pass through caves.", "cave", {"harmless"}),
    ("Your arrows do nothing to these bats, so stay away.", "bat", set()),  # spared, not harmless
    ("Flattening a man who doesn't have the gem gets you nothing.", "gem", set()),  # "gets you" no harm here
    ("Driving into a cave neither adds nor subtracts points; it is simply a short cut.", "cave", {"harmless", "loss"}),
])
def test_who_passes_through_what_a_weapon_cannot_harm_and_what_pays_nothing(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_sentence_that_neither_adds_nor_subtracts_leaves_the_object_at_zero():
    mentions = [("Driving into a cave neither adds nor subtracts points; it is simply a short cut.", "text", False)]
    assert judge(mentions, ["cave"], ["bat"], PLAYER).verdict == "unknown"
    short_cut = [("Driving into a cave neither adds nor subtracts points; it's a short cut when you know the way.", "text", False),
                 ("To take one, push the joystick forward as a cave goes by.", "text", False)]
    assert judge(short_cut, ["cave"], ["bat"], PLAYER).verdict == "unknown"  # "when you know the way" is no condition
    prize = [("Each cave is worth 100 points.", "text", False)]
    while_on = [("While the wedding is on, a cave simply stands there; touching it does nothing at all.", "text", False)]
    assert judge(prize + while_on, ["cave"], ["bat"], PLAYER).verdict == "yes"  # nothing only while ...


@pytest.mark.parametrize("sentence,target,carried,expected", [
    ("Picking it up is worth 3,000 points.", "gem", True, {"gain", "contact"}),
    ("If the bats are quiet, ringing it is a fine way to fatten your score.", "bat", False, set()),  # "it" is no bats
    ("If the bat is quiet, catch it.", "bat", False, {"contact"}),
    ("A slain bat's body stays on the floor, and it is every bit as deadly as a live one.", "bat", False, {"loss"}),
    ("Plenty of you are lost somewhere on the third floor of the caves.", "cave", False, set()),  # lost, not killed
    ("So the thing is, you actually want to run into the bats, that's how you kill them.", "bat", False, {"contact"}),
    ("At the wedding, run into the bats for points.", "bat", False, {"gain", "contact"}),
    ("Run into a bat and you lose a life.", "bat", False, {"loss"}),
])
def test_particles_plural_antecedents_idioms_and_orders_after_an_opener(sentence, target, carried, expected):
    assert kinds(sentence, target, carried) == expected


def test_a_question_signed_or_put_by_a_reader_says_nothing():
    assert kinds("Can I catch bats for points? -- Kim, Peoria, Ill.", "bat") == set()
    assert kinds("Q: My brother told me the bats are harmless.", "bat") == set()
    assert kinds("Quick bats are harmless.", "bat") == {"harmless"}


def test_the_fields_of_a_list_entry_are_about_the_object_it_opens_on():
    sentences = ["3.2 GOBLIN (sprite: GOBLN) Colour: olive.", "Movement: quick, hops in short bursts.",
                 "COLLISION WITH PLAYER: deadly, alive or dead.", "Shoot it.",
                 "3.3 TROLL (sprite: TROLL) Colour: brown.", "COLLISION WITH PLAYER: deadly.",
                 "Notes: the explorer starts in the hall."]
    carried = [m.sentence for m in gather(sentences, ["goblin"], ["troll"], PLAYER).mentions if m.carried]
    assert carried == sentences[1:4]  # up to the next entry
    assert judge(gather(sentences, ["goblin"], ["troll"], PLAYER).mentions, ["goblin"], ["troll"], PLAYER).verdict == "no"
    prose = ["The goblin hops about.", "Points: the explorer scores 10 for each room."]  # not opened on the name
    assert [m.carried for m in gather(prose, ["goblin"], ["troll"], PLAYER).mentions] == [False]
    entry = ["GOBLIN -- hops about.", *prose[1:]]
    assert [m.carried for m in gather(entry, ["goblin"], ["troll"], PLAYER).mentions] == [False, True]
    # a field whose value names another object, and a mention of the object itself, keep the entry open
    more = ["3.2 GOBLIN (sprite: GOBLN) Colour: olive.", "Movement: always between the explorer and the troll.",
            "The team calls them \"the gobs\".", "If the explorer waits too long, more come.",
            "COLLISION WITH PLAYER: deadly.", "3.3 TROLL Colour: brown.", "COLLISION WITH PLAYER: harmless."]
    found = gather(more, ["goblin", "gob"], ["troll"], PLAYER).mentions
    assert [(m.sentence, m.carried) for m in found] == [(more[0], False), (more[1], True), (more[2], False), (more[4], True)]


@pytest.mark.parametrize("sentence,target,carried,expected", [
    ("Land on one and ride it; a cave keeps the explorer alive.", "cave", False, {"gain"}),
    ("Their shells carry the explorer across, except while they are diving.", "bat", True, {"gain"}),
    ("The bats carry you away to their nest.", "bat", False, set()),
    ("If you touch one, the bat flies off.", "bat", False, set()),  # "one" is the last sentence's, not the bat
    ("Catch one and the bat is yours.", "bat", False, {"contact"}),
])
def test_what_the_player_lives_by_and_which_one_is_meant(sentence, target, carried, expected):
    assert kinds(sentence, target, carried) == expected


@pytest.mark.parametrize("sentence,target,expected", [
    ("You lose a life if a bat touches the explorer.", "bat", {"loss"}),  # the clause after names the cause
    ("The explorer loses a life when a bat touches him.", "bat", {"loss"}),
    ("You lose a life when the explorer touches a bat.", "bat", {"loss"}),
    ("You win a point whenever a bat touches the cave.", "bat", set()),  # not the player it touches
    ("Player will be MISS when: A bat touches the explorer.", "bat", {"loss"}),  # a translated booklet's "miss"
    ("If a bat touches the explorer, energy is taken.", "bat", {"loss"}),
])
def test_a_cause_named_after_the_loss_and_a_translated_miss(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_contact_attack_is_a_touch_not_a_shot():
    assert kinds("He can destroy a bat by running straight into him, which scores points.", "bat") == {"gain", "contact"}
    assert kinds("Bats can be run into and destroyed for points.", "bat") == {"gain", "destroyed", "contact"}
    assert kinds("You can destroy a bat by shooting it.", "bat") == {"shoot"}


def test_a_list_item_that_names_the_object_is_read_with_its_lead():
    from read_reward.list_items import list_leads

    tagged = [("MISS", "Player will be MISS when:", "text"), ("MISS", "A bat touches the explorer.", "bullet"),
              ("MISS", "He falls.", "bullet"), ("HINTS", "Watch the bats.", "bullet")]
    leads = list_leads(tagged)
    assert leads == ["", "Player will be MISS when:", "Player will be MISS when:", ""]
    listed = gather([s for _, s, _ in tagged], ["bat"], ["rope"], PLAYER, leads=leads)
    assert listed.mentions[0].sentence == "Player will be MISS when: A bat touches the explorer."
    assert judge(listed.mentions, ["bat"], ["rope"], PLAYER).verdict == "no"
    rope = gather(["The rope hangs there.", *[s for _, s, _ in tagged]], ["rope"], ["bat"], PLAYER, leads=["", *leads])
    assert "Player will be MISS when: He falls." not in [m.sentence for m in rope.mentions]  # the lead's only for its own


def test_a_table_row_is_about_its_first_cell_and_advice_or_mixed_titles_say_nothing():
    rows = ["| Bat || Cave || Costs a life", "| Gem || Cave || Worth 50 points"]
    assert [m.sentence for m in gather(rows, ["cave"], ["bat", "gem"], PLAYER).mentions] == []
    assert [m.sentence for m in gather(rows, ["bat"], ["gem", "cave"], PLAYER).mentions] == rows[:1]
    from read_reward.furniture import table_row
    laid = [table_row(r).text for r in rows]  # as the layout gives a wiki table's rows: cells kept apart
    assert laid[0] == "Bat: Cave; Costs a life."
    assert [m.sentence for m in gather(laid, ["cave"], ["bat", "gem"], PLAYER).mentions] == []
    assert [m.sentence for m in gather(laid, ["bat"], ["gem", "cave"], PLAYER).mentions] == laid[:1]
    across = ["Gem: 2000; Fall into a cave; - 100."]  # a scoring chart's two columns read across: both rows' names
    assert [m.sentence for m in gather(across, ["cave"], ["bat", "gem"], PLAYER).mentions] == across
    for title, verdict in (("TREASURES", "yes"), ("HINTS FROM THE EXPLORER'S FRIENDS", "unknown"),
                           ("Characters, enemies and items", "unknown"), ("ENEMIES", "no")):
        said = [Mention("The bat flaps about.", "text", False, title)]
        assert judge(said, ["bat"], OTHERS, PLAYER).verdict == verdict, title


@pytest.mark.parametrize("sentence,target,carried,expected", [
    ("He does not fear the bat at all; a bat cannot hurt him.", "bat", False, {"harmless"}),
    ("Fear the bat.", "bat", False, {"loss"}),
    ("They never attack you, and you will never run into one.", "bat", True, {"harmless"}),
    ("Never run into a bat.", "bat", False, {"loss"}),  # an order
    ("Bronze trophy: score a point against the bat.", "bat", False, set()),  # the opponent, not touched
    ("Bounce the gem against the bat for 10 points.", "bat", False, {"gain"}),
])
def test_not_fearing_a_statement_that_you_never_meet_it_and_scoring_against_it(sentence, target, carried, expected):
    assert kinds(sentence, target, carried) == expected


@pytest.mark.parametrize("sentence,target,carried,expected", [
    ("The explorer may ride on the bat's back exactly as on a rope.", "bat", False, [("contact", 0.6)]),
    ("You may ride on its back just as you would on a rope.", "bat", True, [("contact", 0.6)]),
    ("Ride the rope down.", "rope", False, [("contact", 0.2)]),  # a means of getting somewhere
    ("If the lamp goes out before the explorer is safely inside the cave, he freezes.", "cave", False, [("gain", 0.8)]),
])
def test_a_ride_on_its_back_and_getting_inside_before_time_runs_out(sentence, target, carried, expected):
    assert sentence_cues(sentence, [target], [o for o in OTHERS if o != target], PLAYER, carried) == expected


def test_a_row_worth_zero_with_a_note_is_worth_nothing():
    for row, verdict in (("Bat: 0 (can't be hit).", "unknown"), ("Bat: 0 -- harmless", "unknown"),
                         ("Bat: 200 (can be hit)", "yes")):
        assert judge([Mention(row, "table", False)], ["bat"], OTHERS, PLAYER).verdict == verdict, row


def test_a_run_in_head_opens_an_entry_for_the_sentences_after_it():
    sentences = ["BATS. Hanging in the dark and not in a good mood.", "Touch the beast and you lose a life.",
                 "Jump over.", "GEMS. Shiny and worth 50 points.", "Touch the beast and you lose a life."]
    bat = gather(sentences, ["bat"], ["gem"], PLAYER)
    assert [m.sentence for m in bat.mentions] == sentences[:3]  # up to the next head
    assert judge(bat.mentions, ["bat"], ["gem"], PLAYER).verdict == "no"
    prose = ["The bat hangs in the dark.", "Touch the beast and you lose a life."]  # no head: no entry
    assert [m.sentence for m in gather(prose, ["bat"], ["gem"], PLAYER).mentions] == prose[:1]
    others = ["BAT HUNTERS. They stalk the cave.", "Touch the beast and you lose a life."]  # another object's head
    assert [m.sentence for m in gather(others, ["bat"], ["bat hunter"], PLAYER).mentions] == others[:1]
    asked = ["What if a flying duck reaches you?", "It eats your bullets!", "Ducks ride the rows."]  # nor what follows
    assert [m.sentence for m in gather(asked, ["duck"], ["flying duck"], PLAYER).mentions] == [asked[0], asked[2]]  # (not "It eats ...")
    mine = ["YOUR BAT: a pet that follows you.", "Touch the beast and you lose a life.",  # the player's own
            "BATS. They flap.", "The explorer must never miss a step; a fall costs a life."]  # the player's mishap
    assert [m.sentence for m in gather(mine, ["bat"], [], PLAYER).mentions] == [mine[2]]


@pytest.mark.parametrize("sentence,target,expected", [
    ("Bats will turn you back now and then, but the distance you cover is worth it.", "bat", set()),
    ("Bats are worth 100 points each.", "bat", {"gain"}),
    ("The explorer moves under them and never runs into the bats.", "bat", set()),  # a statement
    ("Never run into the bats.", "bat", {"loss"}),  # an order
    ("On the first day you need to pass 200 bats.", "bat", set()),
    ("You need the rope to climb out.", "rope", {"gain"}),
])
def test_worth_it_a_negated_statement_and_a_need_to_get_past(sentence, target, expected):
    assert kinds(sentence, target) == expected


@pytest.mark.parametrize("sentence,target,expected", [
    ("A bat that bites the explorer flies off.", "bat", {"loss"}),  # "the explorer": the player with an article
    ("The explorer stays on the ledge and never gets anywhere near the bats.", "bat", {"harmless"}),  # out of reach
    ("Make sure you never get near the bats.", "bat", {"loss"}),  # advice, not out of reach
    ("The rope itself doesn't do anything to you either way.", "rope", {"harmless"}),
    ("Body contact with a bat means nothing either way.", "bat", {"harmless"}),
    ("Contact with a bat costs a life.", "bat", {"loss"}),
    ("No point is ever won by running into a bat.", "bat", set()),  # the means of no gain
    ("You lose a life by running into a bat.", "bat", {"loss"}),
    ("Bats, ropes. That's it: no pickups, nothing worth touching.", "bat", set()),
    ("Each gem you shoot down scores points.", "gem", {"gain", "shoot"}),  # what scores is shooting it
    ("Gems ride along the ledge. Pick them off with your gun for points.", "gem", {"gain", "shoot"}),
    ("A bat gets past the explorer: 1 point for the computer.", "bat", set()),  # the other side's point
])
def test_the_player_with_an_article_out_of_reach_doing_nothing_and_the_other_sides_points(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_manual_defined_name_is_the_objects_name():
    from read_reward.aliases import aliases

    sentences = ['"BB" = bat bomb / bomb.', "-- THE CAVE BAT (a.k.a. the Night Flyer) -- hangs in the dark.",
                 "Drop a BB and run.", "The cave bat bites.", "Gem = 50 points.", "Rope = bonus."]
    found = aliases(sentences, {"Bomb": ["bat bomb", "bomb"], "Bat": ["night flyer"], "Gem": ["gem"], "Rope": ["rope"]})
    assert found == {"Bomb": {"bb": 2}, "Bat": {"cave bat": 2}}  # a price or a word for what it gives is no name


@pytest.mark.parametrize("sentence,target,expected", [
    ("Quick, grab as many gems as you can while everybody's frozen.", "gem", {"contact"}),  # everybody, not the gem
    ("In the harder caves a gem needs two taps before it reaches the target color.", "gem", set()),  # no threat
    ("In the harder caves a gem needs two taps before it reaches the explorer.", "gem", {"loss"}),
    ("Shoot the bats before they reach the explorer.", "bat", {"loss", "shoot"}),
    ("When every gem has changed color, you finish the round!", "gem", {"gain"}),
])
def test_everybodys_state_a_goal_color_and_finishing_the_round(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_bare_head_borrowed_from_another_objects_name_is_that_objects():
    from read_reward.read import _drop_borrowed_heads

    counts = {"Barrier": {"locked door": 3, "door": 2, "gate": 1}, "Beam": {"laser gate": 4},
              "FallingCoconut": {"falling coconut": 2, "coconut": 3}, "ThrownCoconut": {"thrown coconut": 1}}
    _drop_borrowed_heads(counts)
    assert counts["Barrier"] == {"locked door": 3, "door": 2}  # "a gate" near laser gates is a laser gate
    assert "coconut" in counts["FallingCoconut"]  # its own "falling coconut": the bare word stays ambiguous, kept
    counts = {"Enemy": {"demon": 12, "creature": 2}, "EnemyPart": {"small demon": 3}}
    _drop_borrowed_heads(counts)
    assert "demon" in counts["Enemy"]  # the bare name far more common than the other's long one: its own
    counts = {"Pit": {"pit": 2, "hole": 3}, "Tarpit": {"tar pit": 4}}
    _drop_borrowed_heads(counts, {"Pit": "pit", "Tarpit": "tar pit"})
    assert "pit" in counts["Pit"]  # the object's first lexicon name is never another's short form


@pytest.mark.parametrize("sentence,target,expected", [
    ("Robbing a cave is just driving into it.", "cave", {"contact"}),  # what the action is, no crash
    ("Rob the caves and avoid the bats.", "cave", {"contact"}),
    ("If the explorer bumps into a rope, he simply stops moving that way.", "rope", {"harmless"}),
    ("If the explorer bumps into a bat, he loses a life.", "bat", {"loss"}),
])
def test_robbing_what_an_action_is_and_a_bump_that_only_stops(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_nothing_to_be_gained_and_not_getting_anything_weigh_against_a_gain():
    for calm in ("The bat never bothers the explorer, and there is nothing to be gained by chasing it.",
                 "A bat can't hurt the explorer, and you don't get anything for touching it either."):
        mentions = [Mention(calm, "text", False), Mention("Some people chase the bats for points.", "text", False)]
        assert judge(mentions, ["bat"], OTHERS, PLAYER).verdict == "unknown", calm


def test_a_row_for_beating_a_foe_is_a_fight_not_a_touch():
    mentions = [Mention("Touching a bat costs the explorer energy, and so does getting hit by one.", "text", False),
                Mention("Beat a bat: 2,000 and up.", "table", False)]
    assert judge(mentions, ["bat"], OTHERS, PLAYER).verdict == "no"
    assert kinds("Beat the clock to earn a bonus gem.", "gem") == {"gain"}  # beating the clock is no fight with the gem
    assert "shoot" not in kinds("The bat plays a patient game; the only way to beat it is to outlast it.", "bat")  # a match


@pytest.mark.parametrize("sentence,target,expected", [
    ("Don't -> fire at the cave.", "cave", set()),  # a shot it forbids says nothing of what a shot does
    ("You can't shoot the rope down, so don't waste arrows on it.", "rope", set()),
    ("Shoot the bats before they reach the explorer.", "bat", {"loss", "shoot"}),  # an order stays an order
    ("A rope gives no points and costs nothing.", "rope", {"harmless"}),  # the "no" is the points'
    ("A bat is no friend and costs a life.", "bat", {"loss"}),
    ("Brushing a cave wall does absolutely nothing to you.", "cave", {"harmless"}),
    ("Climbing the rope makes no difference to the score.", "rope", {"harmless"}),
    # the preposition said again; the bump's loss goes when the verdict weighs the sentence's "costs nothing"
    ("Bumping into the gem or into the bat costs nothing.", "gem", {"harmless", "loss"}),
    ("If the explorer stumbles against a rope, you do not lose anything.", "rope", {"harmless"}),
])
def test_a_forbidden_shot_a_negation_of_another_verb_and_doing_nothing_to_you(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_shorthand_reads_as_words():
    from read_reward.shorthand import spell_out

    assert spell_out("nail a bat w/ an arrow = 50 PTS; 10pts a gem, 1 pt a rope") == \
        "nail a bat with an arrow = 50 POINTS; 10 points a gem, 1 point a rope"
    assert spell_out("shoot 'em b/c they steal w/o warning") == "shoot them because they steal without warning"
    assert spell_out("see /w/x.txt and the bat's wing") == "see /w/x.txt and the bat's wing"  # no shorthand there
    assert kinds(spell_out("Gem grabbed = 25 pts."), "gem") == {"gain"}
    assert spell_out("U CAN RUN THRU UR OWN BAT") == "you CAN RUN THROUGH YOUR OWN BAT"
    assert spell_out("Press U to pause on a U-boat in the U.S.") == "Press U to pause on a U-boat in the U.S."


@pytest.mark.parametrize("sentence,target,expected", [
    ("The beam shoots down from a bat onto the cave floor.", "bat", set()),  # where it comes from, not a target
    ("Shoot them while they're still high = points + one less rope to cut.", "rope", set()),  # "them" scores
    ("Shoot them while they're still high = points + one less rope to cut.", "bat", set()),  # (named elsewhere)
])
def test_where_a_shot_comes_from_and_a_pronouns_points(sentence, target, expected):
    assert kinds(sentence, target) == expected


def test_a_dont_list_with_leaders_reads_as_orders():
    from read_reward.shorthand import spell_out

    assert spell_out("DON'T ...... fire at the cave.") == "DON'T fire at the cave."
    assert spell_out("DO -> grab every gem") == "DO grab every gem"
    assert kinds(spell_out("DON'T ... shoot at the rope hoping to cut it."), "rope") == set()


def test_a_player_name_after_a_modal_is_a_verb_and_a_player_done_for():
    """The explorer called a "climber" in the story, and "you can climb": "can simply climb" is the verb."""
    player = ["explorer", "climb"]
    got = {k for k, _ in sentence_cues("The wall is built out of gems, and your explorer can simply climb up and grab them.",
                                       ["gem"], ["rope", "bat"], player)}
    assert got == {"contact"}
    assert kinds("The bat swoops; if it connects, that explorer is history.", "bat") == {"loss"}
    assert kinds("Let a bat bite you and you're toast.", "bat") == {"loss"}


@pytest.mark.parametrize("sentence,target,expected", [
    ("The cave sends out deadly bats.", "cave", set()),  # the bats are deadly, not the cave
    ("The cave sends out deadly bats.", "bat", {"loss"}),
    ("The cave is a deadly place.", "cave", {"loss"}),  # said of the cave itself
    ("Beware the deadly bat.", "bat", {"loss"}),
])
def test_a_harmful_adjective_belongs_to_the_noun_it_qualifies(sentence, target, expected):
    assert kinds(sentence, target) == expected


@pytest.mark.parametrize("sentence,target,expected", [
    ("The rope is really handy when bats swarm.", "rope", {"gain"}),
    ("Grab it on the way down - great for getting out of a jam.", "rope", {"contact", "gain"}),
])
def test_what_the_player_is_glad_to_use(sentence, target, expected):
    assert kinds(sentence, target, carried=True) == expected


def test_items_under_a_short_label_are_about_what_it_names():
    from read_reward.list_items import item_heads

    tagged = [("BATS", "GIANT BAT (big, slow)", "text"), ("BATS", "flaps across the cave.", "bullet"),
              ("BATS", "touch one = lose a life.", "bullet"), ("BATS", "ROPE AND GEM", "text"),
              ("BATS", "worth 50 points.", "bullet"), ("BATS", "A gem sparkles.", "text"), ("BATS", "grab it.", "bullet")]
    heads = item_heads(tagged)
    assert heads == ["", "GIANT BAT (big, slow)", "GIANT BAT (big, slow)", "", "ROPE AND GEM", "", ""]
    bat = gather([s for _, s, _ in tagged], ["bat"], ["rope", "gem"], PLAYER, heads=heads)
    assert [m.sentence for m in bat.mentions if m.carried] == ["flaps across the cave.", "touch one = lose a life."]
    assert judge(bat.mentions, ["bat"], ["rope", "gem"], PLAYER).verdict == "no"
    gem = gather([s for _, s, _ in tagged], ["gem"], ["rope", "bat"], PLAYER, heads=heads)
    assert "worth 50 points." not in [m.sentence for m in gem.mentions]  # its label names the rope too


def test_a_section_title_speaks_for_what_its_sentences_are_about_not_what_they_pass():
    passing = [Mention("Guide the explorer past gems, bats and ropes to the exit.", "text", False, "THE CAVE'S TREASURE")]
    assert judge(passing, ["bat"], OTHERS, PLAYER).verdict == "unknown"  # named in passing under a treasure title
    about = [Mention("Bats sparkle in the dark.", "text", False, "TREASURES")]
    assert judge(about, ["bat"], OTHERS, PLAYER).verdict == "yes"
    spoken = [Mention('"It\'s the bats," the old miner said.', "text", False, "THE CASE OF THE LOST TREASURE")]
    assert judge(spoken, ["bat"], OTHERS, PLAYER).verdict == "unknown"  # a story's dialogue under a story's title
    owned = [Mention("The bat's children sparkle in the dark.", "text", False, "TREASURES")]
    assert judge(owned, ["bat"], OTHERS, PLAYER).verdict == "unknown"  # the sentence is about its children
    held = sentence_cues("With a rope in his hands, the explorer can grab a bat for 50 points.", ["bat"], ["rope"], PLAYER)
    assert sorted(held) == [("contact", 0.3), ("gain", 0.5)]  # only while he holds the rope: halved


def test_whichever_it_is_makes_no_difference_to_what_it_does():
    assert kinds("A gem or a bat, it makes no difference: if one hits the explorer, he falls.", "bat") == {"loss"}


def test_a_run_in_head_is_no_object_named_first():
    said = [Mention("BATS. A rope bat hangs in the cave.", "text", False, "TREASURES")]
    assert judge(said, ["rope bat"], OTHERS, PLAYER).verdict == "yes"  # the head names the entry, not a rival


def test_zero_points_is_no_gain():
    assert kinds("A bat touches the explorer: lose a life, 0 points.", "bat") == {"loss"}
    assert kinds("Brushing a rope: no points.", "rope") == set()
    assert kinds("A gem: 10 points.", "gem") == {"gain"}


def test_it_after_a_sentence_that_brings_in_a_new_thing_is_that_thing():
    brought = ["Now and then a vitamin appears below the ghost box.", "Eat it for bonus points before it disappears."]
    assert [m.carried for m in gather(brought, ["ghost"], ["power pill"], ["pac-man"]).mentions] == [False]
    own = ["Now and then a ghost appears below the box.", "Avoid it or you lose a turn."]
    assert [m.carried for m in gather(own, ["ghost"], ["power pill"], ["pac-man"]).mentions] == [False, True]


@pytest.mark.parametrize("sentence", ["A ghost in its regular color -- red or pink -- is poison.",
                                      "If he bumps into Pac-Man, it's just as bad as any other ghost.",
                                      "Ghost = bad, ALWAYS, unless it's blue.",
                                      "A ghost that isn't blue is never worth points -- it's only trouble.",
                                      "The ghost keeps to the top, since none of these pests is a friend to the explorer."])
def test_called_bad_poison_or_trouble_is_a_loss(sentence):
    assert kinds(sentence, "ghost") == {"loss"}


@pytest.mark.parametrize("sentence", ["The ghost is not bad at all.", "Too bad the ghost is slow.",
                                      "The ghost is bad for the fruit."])
def test_bad_for_another_or_not_bad_is_no_loss(sentence):
    assert "loss" not in kinds(sentence, "ghost")


@pytest.mark.parametrize("sentence,target", [
    ("Alligators make fine rafts if you stay behind the head.", "alligator"),
    ("Believe it or not, a gator's back is a perfectly SAFE RIDE.", "gator"),
    ("Logs and alligators are the safest stepping stones on the river.", "alligator"),
    ("You can ride a turtle's shell just like a log.", "turtle")])
def test_something_good_to_ride_or_stand_on_is_a_contact(sentence, target):
    assert kinds(sentence, target) == {"contact"}


def test_harm_in_a_passing_lapse_of_the_object_weighs_half():
    def loss(sentence: str) -> float:
        return sum(w for k, w in sentence_cues(sentence, ["turtle"], ["log"], ["frog"]) if k == "loss")
    assert loss("Turtles that have begun to sink are dangerous.") == pytest.approx(loss("Turtles are dangerous.") / 2)
    assert loss("Treat the turtles with caution - if they begin to sink, get off.") == pytest.approx(
        loss("Treat the turtles with caution.") / 2)
    assert loss("Watch out for the diving turtles.") == pytest.approx(loss("Watch out for the turtles.") / 2)
    assert loss("Watch out for turtles diving at you.") == loss("Watch out for the turtles.")  # an attack, no lapse


def test_jaws_that_snap_shut_on_the_player_are_a_loss():
    assert "loss" in kinds("Land near the gator and its jaws snap shut on the explorer.", "gator")


def test_points_poorer_and_falling_through_are_losses():
    assert kinds("If the explorer drops through a hole he lands below, a little shaken and 100 points poorer.", "hole") == {"loss"}
    assert kinds("Each time the explorer falls through a hole, points go down.", "hole") == {"loss"}


def test_he_again_after_another_object_is_still_the_carried_object():
    sentence = "He scuttles back and forth along the cave floor, and if he gets the explorer, that's a life gone."
    assert "loss" in {k for k, _ in sentence_cues(sentence, ["scorpion"], ["cave floor"], PLAYER, True)}


def test_what_gets_you_nowhere_and_what_is_broken_for_points_is_no_touch():
    assert kinds("Pushing against the wall gets you nowhere and does not hurt.", "wall") == {"harmless"}
    effect = judge([("Each block of cave wall broken: 50.", "table", False)], ["cave wall"], ["glaive"], PLAYER)
    assert effect.gain == 0 and effect.verdict == "unknown"  # points for breaking it, not for touching it
    reached = judge([("Reaching the gem once the wall is broken: 5,000.", "table", False)], ["gem"], ["wall"], PLAYER)
    assert reached.verdict == "yes"  # the wall's state, not the gem's


def test_a_gerund_that_opens_its_own_clause_is_not_the_object_before():
    assert "loss" not in kinds("Flying over the caves scores nothing, and losing a life scores nothing either.", "cave")


def test_a_loss_in_a_fronted_clause_before_the_players_own_clause_is_not_the_object_after():
    sentence = "When a wave is wiped out, you also earn a bonus for every truck that is still rolling."
    assert "loss" not in kinds(sentence, "truck")


def test_the_players_own_mishap_in_an_if_clause_is_nobodys():
    assert kinds("Each cave you clear becomes your restart point if you lose a life.", "cave") == set()  # no points either
    assert kinds("You lose a life if a bat touches the explorer.", "bat") == {"loss"}


def test_taking_it_down_and_getting_there_are_no_touch():
    assert "contact" not in kinds("Take the bats down and the cave is yours.", "bat")
    assert "contact" not in kinds("If the gem is still there when you get there, grab it.", "rope")
    assert "contact" not in kinds("The rope is there to take a pass and put it up, and that is all.", "rope")
    assert "contact" not in kinds("Every bat that strikes a rope eats away a little of it.", "rope")


def test_they_after_a_place_named_in_passing_is_the_plural_subject():
    sentence = "Crabs scuttle along the ice, and they'll push the explorer off into the river, costing a life."
    assert "loss" not in {k for k, _ in sentence_cues(sentence, ["ice"], ["crab"], PLAYER)}
    assert "loss" in {k for k, _ in sentence_cues(sentence, ["crab"], ["ice"], PLAYER)}
    crawls = "The spider crawls up and down the web hunting for the explorer, and its touch is fatal."
    assert "loss" in {k for k, _ in sentence_cues(crawls, ["spider"], ["web"], PLAYER)}
    assert ("loss", 1.0) not in sentence_cues(crawls, ["web"], ["spider"], PLAYER)  # "its touch is fatal": the spider's


def test_an_object_said_harmless_outright_is_not_hostile_through_what_it_throws():
    rows = [Mention("Charge into a bat and it is destroyed, and you score points.", "text", False),
            Mention("The bat itself cannot hurt you.", "text", False),
            Mention("A bat may throw it at you.", "text", False)]
    assert judge(rows, ["bat"], ["rope"], ["you"]).verdict == "yes"
    assert judge([rows[0], rows[2]], ["bat"], ["rope"], ["you"]).loss > 0  # without the word of harmlessness it counts


def test_what_is_carried_is_no_antecedent_of_it():
    sentence = "Walk into the door while carrying a key and it swings open for 300 points."
    assert "gain" in {k for k, _ in sentence_cues(sentence, ["door"], ["key"], PLAYER)}
    assert "gain" not in {k for k, _ in sentence_cues(sentence, ["key"], ["door"], PLAYER)}


@pytest.mark.parametrize("sentence,target,kind", [
    ("Hit a pothole in the road and it costs you.", "pothole", "loss"),
    ("Every time the car bangs into a pothole, merit is lost.", "pothole", "loss"),
    ("An extra life adds one to the reserve, shown at the bottom of the screen.", "extra life", "gain"),
    ("Ride over the extra life and it goes into your reserve.", "extra life", "gain"),
    ("Riding over the extra life adds a spare explorer to the reserve.", "extra life", "gain"),
    ("Extra life: Desert. Adds a life.", "extra life", "gain"),
    ("Widow's chamber reached: 1000.", "widow's chamber", "contact"),
    ("Reaching the widow in the fortress: 5,000.", "widow", "contact")])
def test_costs_you_and_a_spare_for_the_reserve(sentence, target, kind):
    assert kind in kinds(sentence, target)


def test_the_only_way_over_is_to_ride_on_them_and_a_participle_before_its_noun_is_no_gerund():
    assert kinds("Across the river the only way over is to ride on floating gems.", "gem") == {"contact"}
    assert "loss" in kinds("FALLING BATS. In some caves bats drop from the ceiling.", "bat")


def test_a_glossary_entry_glossed_with_a_known_name_is_that_objects_name():
    from read_reward.aliases import aliases

    sentences = ["THE NIGHT FLYERS -- the cave's winged bats.", "Night flyers bite.", "THE LEDGE -- the bat's perch.",
                 "THE PAIR -- a gem and a bat.", "THE HOARD -- where gems pile up.",
                 "COLLISION WITH BAT: gem lost."]  # a field of an entry, no name
    assert aliases(sentences, {"Bat": ["bat"], "Gem": ["gem"]}) == {"Bat": {"night flyers": 2}}


def test_a_re_releases_own_name_is_the_objects_name():
    from read_reward.aliases import aliases

    sentences = ["The makers call this creature simply \"the cave bat.\"", "Here at our store we call him FLAPPY FRED.",
                 "In the first release these are called gems; this edition calls them SPARKLERS.",
                 "Your lamp, called the GLOWER in this edition, lights the way.", "Grab a sparkler before Flappy Fred does!",
                 "Flappy Fred bites.", "The boss calls them FOOLS.", "We call it a day.",
                 "Up in the hills lives a miner the makers called Digger Dan.", "We call him GEM CAVE GUS."]
    found = aliases(sentences, {"Bat": ["cave bat"], "Gem": ["gem"], "Lamp": ["lamp"], "Player": ["digger dan"]})
    # "FOOLS" and "a day": no object the sentence (or the one before) names is called so
    # "gem" inside the new name "GEM CAVE GUS" is no object the sentence names
    assert found == {"Bat": {"flappy fred": 3}, "Gem": {"sparklers": 2}, "Lamp": {"glower": 1},
                     "Player": {"gem cave gus": 1}}


@pytest.mark.parametrize("sentence,expected", [
    ("Touching the bat brings out the magic cannon, the only weapon that can destroy the cave.", {"gain"}),
    ("You can call up the cannon by running into the bat.", {"contact"}),
    ("You lose a life by running into the bat.", {"loss"}),
    ("Open a hole in the wall, fly up to the bat and touch it.", {"contact"}),
])
def test_what_arms_the_player_and_a_touch_that_is_a_means_or_an_order(sentence, expected):
    assert kinds(sentence, "bat") == expected


def test_it_after_a_relative_clause_on_another_object_is_that_object():
    told = ["The cave fires a bat that follows the explorer wherever he goes.", "It moves slowly.",
            "If it touches the explorer, he loses a life."]
    assert [m.carried for m in gather(told, ["cave"], ["bat"], PLAYER).mentions] == [False]
    own = ["The cave hides a gem.", "It glows at night."]
    assert [m.carried for m in gather(own, ["cave"], ["gem"], PLAYER).mentions] == [False, True]


def test_they_or_them_is_a_plural_named_before_not_the_singular_named_last():
    sentence = "The bats' rocks will batter the cave, so stop them before they reach it!"
    assert "loss" not in {k for k, _ in sentence_cues(sentence, ["cave"], ["rock", "bat"], PLAYER)}


def test_an_arrow_that_kills_it_is_a_shot():
    assert "shoot" in kinds("An arrow kills the bat and scores points.", "bat")


def test_an_order_to_charge_at_it_is_a_contact():
    assert "contact" in kinds("To protect the rope, charge straight at the bats and every one that falls scores.", "bat")
    assert kinds("The bat charges at the explorer.", "bat") == {"loss"}


def test_mess_to_forget_is_harmless_and_what_misses_you_is_no_miss():
    sentence = "Anything that misses you smashes to pieces, and that rubble is just mess -- drive over it and forget about it."
    assert kinds(sentence, "rubble") == {"harmless"}


def test_the_game_over_after_a_fronted_clause_is_no_touch():
    sentence = "If the bat runs off with all three gems, the game is over."
    assert kinds(sentence, "gem") == set()
    assert kinds(sentence, "bat") == set()  # its doing, but to the gems, not by touching the player
    assert kinds("If a bat touches the explorer, the game is over.", "bat") == {"loss"}
    assert kinds("But when the bat takes all of the three gems away, it is GAME OVER.", "bat") == set()
    assert kinds("When all three gems are taken by the bat, the game is over.", "bat") == set()


def test_a_clause_with_a_new_subject_of_its_own_is_not_the_objects_doing():
    sentence = "Standing where the bat has just landed, a swing bonks him right on the head."
    assert kinds(sentence, "bat") == set()
    assert kinds("When the bat lands, it bonks him.", "bat") == {"loss"}
    assert kinds("If a bat reaches the explorer, the bite costs a life.", "bat") == {"loss"}


def test_a_count_is_no_carried_object():
    counted = ["Get to the gem before it runs out, and the rest is added to your score.",
               "If it reaches zero, the explorer loses a life."]
    assert [m.carried for m in gather(counted, ["gem"], ["bat"], PLAYER).mentions] == [False]


def test_costing_a_whole_player_is_a_loss():
    assert kinds("A bat hit costs you a whole explorer, not just time.", "bat") == {"loss"}
    assert kinds("BAT HIT: LOSE AN EXPLORER.", "bat") == {"loss"}


def test_open_the_doors_is_a_contact_and_a_dead_end_is_no_class():
    assert kinds("Open the locked caves.", "cave") == {"contact"}
    assert "contact" not in kinds("Open fire on the bats.", "bat")
    assert "contact" not in kinds("Just the open road and a parade of bats hogging it.", "bat")
    from read_reward.evidence import classes_of
    assert classes_of(["cave"], ["A room full of caves is a dead end.", "The game ends when the explorer is lost."],
                      ["gem"]) == []


def test_a_ball_that_bonks_the_player_and_sets_him_back_is_a_loss():
    assert kinds("Harmless-looking -- but a bat that bonks the explorer sets him back a few seconds every time.",
                 "bat") == {"loss"}
    assert kinds("Bonk the bat with your shovel.", "bat") == {"contact"}


def test_a_name_given_twice_is_one_antecedent():
    sentence = "You can not fly over a cave: blow it up before you reach it, or you will crash into it."
    assert sentence_cues(sentence, ["cave", "cave"], ["bat", "gem"], PLAYER) == sentence_cues(sentence, ["cave"], ["bat", "gem"], PLAYER)


def test_they_hit_the_ground_is_still_the_object():
    sentences = ["Bats are thrown down from the windows.", "Once they hit the ground they break into harmless pieces."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER).mentions] == [False, True]


def test_harmless_said_of_another_subject_keeps_the_objects_hostility():
    rows = [Mention("Enemy bats hunt the explorer.", "text", False),
            Mention("Arrows sink gems and bats, but they cannot hurt you.", "text", False)]
    assert judge(rows, ["bat"], ["gem", "arrow"], ["you"]).loss > 0


def test_touching_it_to_beat_it_is_contact_not_harm():
    """"run into a bat and he's knocked out", "the collision destroys him": the touch beats the object; "the collision
    destroys you" still hurts; "sent his bats to crash the party" is no collision with the player."""
    assert kinds("Just run right into a bat and he's knocked out for good.", "bat") == {"contact"}
    assert kinds("You can also run right into a bat -- the collision destroys him and scores points.", "bat") == \
        {"contact", "gain"}
    assert "loss" in kinds("If you run into a bat, the collision destroys you.", "bat")
    assert kinds("The cave king sent his bats to crash the party.", "bat") == set()


def test_harm_in_a_passing_state_weighs_half_in_all():
    cues = sentence_cues("Watch out for the diving bats: a flock sinks below the surface every so often, and an "
                         "explorer riding them when they go under goes down with them.", ["bat"], ["gem"], PLAYER)
    assert 0 < sum(w for k, w in cues if k == "loss") <= 0.5


def test_a_comma_alone_lists_nothing_and_what_is_excepted_is_spared():
    """"when the explorer jumps on the rope, a bat will fall off the ledge": the bat falls, not the rope (two names
    with a comma between are no list); "falls to his doom (anywhere except onto a rope)": the rope is spared."""
    assert "loss" not in kinds("If a bat is close behind when the explorer jumps on the rope, the bat will leap after "
                               "him and fall right off the ledge!", "rope")
    assert kinds("A gem, a cave or the bat knocks him in.", "gem") == {"loss"}  # a list with its "or"
    assert kinds("If he hops off the ledge (anywhere except onto a rope) he falls to his doom.", "rope") == set()



def test_either_condition_shares_its_consequence():
    """"If a bat touches him, or if a rope snaps under him, he loses a life": each condition's subject loses him
    the life, not only the one nearest the outcome."""
    sentence = "If a bat touches the explorer, or if one of the ropes snaps under him, he loses a life."
    assert "loss" in kinds(sentence, "bat")
    assert "loss" in kinds(sentence, "rope")


def test_risk_places_and_pursuits_are_no_harm_of_the_object():
    """"the most dangerous spots" is a place; "than to lose a life for it" is the risk of going after it;
    "everything is frozen" freezes no gem; "nothing to gain by chasing it" is no gain."""
    assert kinds("While everything is frozen, grab the gems in the most dangerous spots.", "gem") == {"contact"}
    assert kinds("Sometimes it is wiser to let a gem fall by than to lose a life for it.", "gem") == set()
    assert "loss" in kinds("If the explorer touches a gem he loses a life.", "gem")
    assert "gain" not in kinds("The bat won't hurt the explorer, and there is nothing to gain by chasing it.", "bat")


def test_a_player_in_the_water_is_harm_and_clitic_pronouns_refer_back():
    """"one nudge and the explorer's in the river" (the player's possessive kept as "PLAYER's"); "They'll push
    him off" is still about the object named before."""
    assert kinds("BATS. One nudge and the explorer's in the river.", "bat") == {"loss"}
    sentences = ["BATS swooping low over the lake.", "They'll push the explorer right off the rope and into the lake!"]
    mentions = gather(sentences, ["bat"], ["rope"], PLAYER).mentions
    assert [m.carried for m in mentions] == [False, True]
    assert judge(mentions, ["bat"], ["rope"], PLAYER).verdict == "no"


def test_an_order_to_run_into_it_to_beat_it_is_contact_and_an_attack_on_another_thing_no_threat():
    assert kinds("Ride or run straight into the bats to cut them down.", "bat") == {"contact"}
    assert "loss" in kinds("Never run into the bats.", "bat")
    assert kinds("The bats attack the village.", "bat") == set()
    assert kinds("The bats attack the explorer.", "bat") == {"loss"}


def test_a_mount_that_neither_hurts_nor_helps_is_no_gain():
    rows = [Mention("ROPES: Vines that carry the explorer across the gorge.", "text", False),
            Mention("The rope is simply a way across; it can't hurt you and it won't help you on its own.", "text", False)]
    assert judge(rows, ["rope"], ["bat"], PLAYER).verdict == "unknown"


def test_a_watch_out_for_section_lists_hazards():
    rows = [Mention("BATS swooping low over the lake.", "text", False, "WATCH OUT FOR")]
    assert judge(rows, ["bat"], ["rope"], PLAYER).verdict == "no"


def test_reaching_the_player_who_is_then_destroyed_and_coming_straight_at_him_are_harm():
    assert kinds("If one of the bats reaches the explorer, he is destroyed as well.", "bat") == {"loss"}
    assert kinds("Be ready for the bats - they come straight down at the explorer.", "bat") == {"loss"}


def test_burning_the_player_is_harm_and_a_ride_back_to_safety_a_gain():
    assert kinds("A bat can burn the explorer from a step away.", "bat") == {"loss"}
    assert "gain" in kinds("Hop onto a rope and it carries the explorer safely back up to the top.", "rope")


def test_they_again_after_a_sentence_they_opened_is_still_them():
    sentences = ["Ropes hang over the canyon.", "They shoot at the ropes, and a rope that is hit is gone.",
                 "They shoot at the explorer too."]
    assert [m.carried for m in gather(sentences, ["rope"], ["bat"], PLAYER).mentions] == [False, False]


def test_an_opening_quote_carries_no_pronoun():
    sentences = ["The ropes stretch across the canyon.", '"They come at you in waves," the guide said.']
    assert [m.carried for m in gather(sentences, ["rope"], ["bat"], PLAYER).mentions] == [False]


def test_an_order_that_opens_on_a_harm_verb_is_the_players_doing():
    assert "loss" not in kinds("Land on her and she hops onto the explorer's back.", "rope", carried=True)
    assert "loss" in kinds("Bats land on the explorer.", "bat")


def test_they_in_apposition_is_the_object_and_nothing_governs_only_its_own_verb():
    sentences = ["Bats hang in the cave.", "They look harmless enough, those little brown bats.",
                 "The instant one of them touches the explorer, he loses a life."]
    assert [m.carried for m in gather(sentences, ["bat"], ["rope"], PLAYER).mentions] == [False, False, True]
    assert kinds("Nothing is scored for dodging a bat.", "bat") == {"loss"}


def test_every_one_you_can_refers_back_and_a_hazards_laser_arms_nobody():
    assert kinds("Grab every one you can.", "gem", carried=True) == {"contact"}
    gates = ["A laser gate blocks the passage.", "Touching a laser gate while it is on is death.",
             "Laser gates blink on and off.", "Time your run past the lasers."]
    assert not is_shooter(gates)
    assert is_shooter([*gates, "Shoot the bats with your laser.", "Fire at the cave when it opens."])


def test_nab_is_a_touch_keeping_it_alive_a_gain_and_a_touchs_gain_counts_in_a_shooter():
    assert "contact" in kinds("Nab the bat before the clock runs out.", "bat")
    assert "gain" in kinds("In the river the explorer lands on a rope. It keeps him alive and carries him along.", "rope")
    assert "gain" in kinds("A rope keeps it alive and carries it along.", "rope")
    rows = [Mention("The cave itself cannot hurt the explorer.", "text", False),
            Mention("Touching the cave also calls up the great cannon.", "text", False)]
    assert judge(rows, ["cave"], ["bat"], PLAYER, shooter=True).verdict == "yes"


def test_the_player_as_the_objects_meal_is_its_harm():
    assert kinds("If the explorer slows down, a slow explorer is a bat's dinner.", "bat") == {"loss"}
    assert kinds("Linger and you'll be the bat's next meal.", "bat") == {"loss"}
    assert kinds("The bat's lunch is a pile of seed.", "bat") == set()


def test_a_foiled_enemys_price_is_no_touch():
    assert kinds("Bat foiled: 1,000.", "bat") == {"destroyed"}


def test_a_gain_word_of_the_next_objects_name_and_another_objects_title_say_nothing_of_it():
    assert kinds("If a bat is between you and the bonus gem, skip it.", "bat") == set()
    rows = [Mention("If a bat is between the explorer and the gem, let the gem go.", "text", False, "THE GEMS")]
    assert not any(c.sentence.startswith("(section)") for c in judge(rows, ["bat"], ["gem"], PLAYER).cues)


def test_shaking_an_object_off_is_avoidance_and_just_as_you_reach_it_a_moment():
    assert "loss" in kinds("Use the side tunnels to shake off a bat that's right behind you.", "bat")
    assert kinds("It may turn back to normal just as you reach it.", "bat", carried=True) == set()


def test_a_hazard_title_that_is_also_another_objects_name_still_counts():
    rows = [Mention("Bats swoop over the cave.", "text", False, "THE ENEMY")]
    assert any(c.sentence.startswith("(section)") for c in judge(rows, ["bat"], ["enemy", "gem"], PLAYER).cues)


def test_no_harm_done_and_before_it_is_rescued():
    """"they can't do you any harm" is harmless (so "you can't bump into them" is no order); "before the gem is
    rescued, a life is lost": the gem is worth reaching."""
    assert "harmless" in kinds("They stay up high, so they can't do you any harm and you can't bump into them.", "bat",
                               carried=True)
    assert kinds("If the clock reaches zero before the gem is rescued, one life is lost.", "gem") == {"gain"}
    # a ride with no word of safety is no gain ("conveyor belts carry Joe along whether he likes it or not")
    assert "gain" not in kinds("Conveyor ropes carry the explorer along whether he likes it or not.", "rope")


def test_minus_points_and_points_that_become_less_are_harm_and_an_objects_own_name_no_gain():
    assert kinds("Rolling rope: minus points, so long as the touch lasts.", "rope") == {"loss"}
    assert "loss" in kinds("When the explorer is tripped by a rolling rope the points become less.", "rope")
    assert kinds("THE TREASURE - The treasure on the bottom shows how many turns you still have.", "treasure") == set()
    rows = [Mention("Rolling ropes cross the path.", "text", False, "THE TREASURES AND THE POINTS")]
    assert not any(c.sentence.startswith("(section)") for c in judge(rows, ["rope"], ["bat"], PLAYER).cues)


def test_them_after_a_list_is_every_item():
    sentences = ["In the cave live a bunch of critters: bats (we called them flappers), gems, and ropes.",
                 "If one runs into the explorer, it knocks him off the ledge and he loses a life."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem", "rope"], PLAYER).mentions] == [False, True]


def test_a_catch_done_by_the_players_move_is_his_touch():
    """"Hopping onto Sam catches him ... and scores 300 points": the hop catches Sam, Sam catches no one."""
    assert sentence_cues("Hopping onto a bat catches him and scores 300 points.", ["bat"], ["gem"], PLAYER) == [
        ("contact", 0.6), ("gain", 1.0)]
    assert sentence_cues("The bat catches him.", ["bat"], ["gem"], PLAYER) == [("loss", 1.0)]


def test_a_collision_that_beats_the_object_is_the_players_attack():
    """"Simply running into a Slayer destroys it for points": the collision destroys the Slayer, not the player."""
    assert sentence_cues("Colliding with a bat destroys it and scores points.", ["bat"], ["gem"], PLAYER) == [
        ("contact", 0.6), ("gain", 1.0), ("shoot", 1.0)]
    assert sentence_cues("Running into a bat kills him.", ["bat"], ["gem"], PLAYER) == [("loss", 1.0), ("loss", 1.0)]
    assert ("loss", 1.0) in sentence_cues("Running into a bat destroys your ship.", ["bat"], ["gem"], PLAYER)


def test_points_that_drop_are_a_loss_and_any_of_these_after_a_list_is_every_item():
    assert sentence_cues("When a bat reaches the explorer, his merit points drop.", ["bat"], ["gem"], PLAYER) == [("loss", 1.0)]
    sentences = ["The explorer will meet:", "- Bats that swoop down.", "- Gems on the ledges.", "- Ropes and ladders.",
                 "Any of these that reaches the explorer costs him points."]
    leads = ["", "The explorer will meet:", "The explorer will meet:", "The explorer will meet:", ""]
    for name in ("bat", "gem"):
        evidence = gather(sentences, [name], ["bat", "gem", "rope", "ladder", "explorer"], PLAYER, leads=leads)
        assert [m.carried for m in evidence.mentions] == [False, True]
    sentences[-1] = "The bat is the worst of these."
    assert [m.carried for m in gather(sentences, ["gem"], ["bat", "rope", "explorer"], PLAYER, leads=leads).mentions] == [False]


def test_a_dash_run_in_head_opens_an_entry_and_becomes_eaten_is_a_loss():
    """"THE SHARK - ... When the man-eater comes down to the diver, then the diver becomes eaten": the shark's."""
    sentences = ["THE BAT - The bat flaps from side to side.", "When the beast swoops down, then the explorer becomes eaten.",
                 "GEMS - Shiny."]
    bat = gather(sentences, ["bat"], ["gem"], PLAYER)
    assert [m.carried for m in bat.mentions] == [False, True]
    assert judge(bat.mentions, ["bat"], ["gem"], PLAYER).verdict == "no"


def test_watch_out_for_what_an_object_turns_into():
    """"Watch out for when the Qotile turns into... the Swirl": the danger is the Swirl."""
    sentence = "The thing you must watch out for is when the bat turns into... the gem."
    assert sentence_cues(sentence, ["bat"], ["gem"], PLAYER) == []
    assert sentence_cues(sentence, ["gem"], ["bat"], PLAYER) == [("loss", 0.8)]
    assert sentence_cues("Watch out for when the bat turns into a fireball.", ["bat"], ["gem"], PLAYER) == []
    assert sentence_cues("Watch out for the bat.", ["bat"], ["gem"], PLAYER) != []


def test_down_you_go_after_an_order_and_the_thing_you_crash_into():
    assert kinds("Run into a bat and down you go.", "bat") == {"loss"}
    assert kinds("Run into a gem to grab it.", "gem") == {"contact"}
    assert kinds("Bats are the most common thing you'll crash into.", "bat") == {"loss"}


def test_your_best_friends_and_a_snakes_touch():
    assert kinds("The ropes are your best friends.", "rope") == {"gain"}
    assert kinds("The ropes are your friend and your enemy.", "rope") == set()
    assert kinds("A bat's touch is death to the explorer.", "bat") == {"loss"}


def test_what_an_object_is_likened_to_is_no_subject():
    """"A gator lies in the river like a log, and his back is as safe to stand on as any log": the gator's back."""
    sentence = "A bat hangs in the cave like a rope, and his back is as safe to stand on as any rope ever was."
    assert sentence_cues(sentence, ["bat"], ["rope"], PLAYER) == [("contact", 0.6)]
    assert sentence_cues(sentence, ["rope"], ["bat"], PLAYER) == []


def test_riding_upon_their_shells_and_hopping_aboard():
    assert kinds("The bats let the explorer ride upon their backs.", "bat") == {"contact"}
    assert kinds("Yes, bats, and yes, you may ride one.", "bat") == {"contact"}
    assert kinds("Hop aboard the bats.", "bat") == {"contact"}


def test_jaws_that_close_over_you():
    assert kinds("Land in front of a bat, and its jaws close over you.", "bat") == {"loss"}


def test_the_other_sides_fate_is_no_word_on_the_players():
    """"The alien doesn't die from it either": ramming does not kill the alien, which says nothing of harmlessness."""
    assert kinds("The bat doesn't die from it either, so don't think of ramming as a strategy.", "bat", carried=True) == set()
    assert kinds("You don't lose a life by bumping into a bat.", "bat") == {"harmless"}


@pytest.mark.parametrize("sentence, expected", [
    ("Dear Game Master, I thought you were supposed to punch the bat when you get up to him.", set()),  # a reader's belief
    ("My brother says you can ride a bat.", set()),
    ("You get to watch the bat fly off with your gem.", set()),  # allowed to watch, no reaching
    ("The catch is, bats take longer to find.", set()),  # a noun, no catching
    ("Get to the bat before the timer runs out.", {"contact"}),
])
def test_beliefs_leave_to_watch_and_the_catch_say_nothing(sentence, expected):
    assert kinds(sentence, "bat") == expected


def test_burned_to_nothing():
    assert kinds("Touch a bat while it is lit and you are burned to nothing.", "bat") == {"loss"}


def test_a_readers_signed_report_and_a_touch_that_is_not_possible():
    assert kinds("Every time I bump into a bat I'm sure I'm going to lose my rope. -- Jason Pettibone, Lansing, Michigan",
                 "bat") == set()
    assert kinds("Never bump into a bat. -- sent in by Terry Ochoa, Pueblo, Colorado", "bat") == {"loss"}  # a club tip
    assert kinds("Bumping into bats isn't possible (they're high above you), so you must hit them with a shot.",
                 "bat") == {"shoot"}


def test_them_is_not_the_singular_subject_of_its_own_verb_and_take_down_is_no_pick_up():
    sentence = "The catch is, they take longer to reel in, and that gives the bat more time to get them."
    assert sentence_cues(sentence, ["bat"], ["gem"], PLAYER) == []
    assert kinds("If you're left with a bat in each corner, take down one and be happy.", "bat") == set()


def test_as_long_as_is_no_likeness():
    sentence = "For as long as a bat stays in contact with the explorer, points drain away from your score."
    assert sentence_cues(sentence, ["bat"], ["gem"], PLAYER) == [("loss", 1.0)]


def test_a_run_in_head_names_its_object_first():
    """"BONUSES ... THE WIDOW'S CHAMBER - at the very top of the web.": the section's title is the chamber's."""
    mentions = [Mention("THE GEM - at the very top of the web.", "text", False, "BONUSES")]
    assert judge(mentions, ["gem"], ["web", "bat"], PLAYER).verdict == "yes"


def test_landing_upon_it_is_safe():
    assert kinds("An explorer who lands upon a rope is safe aboard it and is carried along.", "rope") == {"contact"}
    assert kinds("An explorer who lands upon a bat is safe only while it sleeps.", "bat") != {"contact"}


def test_as_a_conjunction_is_no_likeness():
    assert sentence_cues("As a bat swoops down, it knocks the explorer off the rope.", ["bat"], ["rope"], PLAYER) != []


def test_an_ampersand_list_and_energy_lost():
    assert kinds("Ropes, the bat & its fire all take energy - jump the ropes, kick the bat.", "bat") >= {"loss"}
    assert kinds("A bat that hits = energy lost.", "bat") == {"loss"}


def test_an_orders_purpose_is_no_blow_of_the_object():
    assert kinds("Wedding: just run into a bat to knock him down (points!).", "bat") == {"contact", "gain"}
    assert kinds("The bats try to knock him down.", "bat") == {"loss"}


def test_a_carried_sentence_keeps_the_passing_state_of_the_one_before():
    """"For a few seconds you can eat them. Chase them down for big bonus points.": still only for those seconds."""
    mentions = [Mention("Eat a gem and for a few seconds you can eat the bats.", "text", False),
                Mention("Chase them down for big bonus points.", "text", True)]
    assert {c.weight for c in judge(mentions, ["bat"], ["gem"], PLAYER).cues if c.kind == "gain"} == {0.3}


def test_a_sentence_that_opens_on_a_list_hands_they_to_the_list():
    """"Flocks of snow geese, beds of clams and king crabs travel between the floes. They ...": the creatures."""
    sentences = ["Flocks of cave bats, swarms of moths and gems drift along the ledges between the ropes.",
                 "They are not hunting the explorer, but any one of them that bumps into him costs a life."]
    evidence = gather(sentences, ["bat", "cave bat"], ["moth", "gem", "rope", "explorer"], PLAYER)
    assert [m.carried for m in evidence.mentions] == [False, True]


def test_points_you_were_about_to_score_are_no_gain():
    assert kinds("A bat doesn't care how many points you were about to score.", "bat") == set()
    assert kinds("Touch a gem to score.", "gem") >= {"gain"}


def test_a_score_reached_is_a_time_not_a_prize():
    assert kinds("Around 10,000 points he gets really quick - keep the bats away!", "bat") == set()


def test_untouchable_and_out_of_reach():
    assert kinds("I built it to be untouchable.", "bat", carried=True) == {"harmless"}
    assert kinds("The bat stays out of your reach.", "bat") == {"harmless"}


def test_a_series_of_orders_is_the_players_doing():
    assert "loss" not in kinds("Grab the rope - fill in the bat's cave, bop him on the head and keep that pest away!", "cave")
    assert kinds("In the dark, bats bite him.", "bat") == {"loss"}


def test_an_order_reaches_every_item_after_a_bracket_and_an_ampersand():
    assert kinds("Pick up the ropes (max 5) & any extra gem you see lying in the sand.", "gem") == {"contact"}


def test_a_sentence_after_one_about_a_class_is_about_them_too():
    """"... the river fills with creatures. None of them bites, but if one bumps into Frosty, a life is lost."""
    sentences = ["As the levels go up, the cave fills with critters that flap about.",
                 "None of them bites, but if one bumps into the explorer he falls and loses a life.",
                 "It is worth 10 points."]
    evidence = gather(sentences, ["bat"], ["gem"], PLAYER, groups=["critter"])
    assert [m.carried for m in evidence.mentions] == [False, True]
    assert judge(evidence.mentions, ["bat"], ["gem"], PLAYER).verdict == "no"


def test_what_the_object_says_of_itself_outweighs_its_class():
    mentions = [Mention("The explorer catches a bat just by touching it, and each one is worth 200 points.", "text", False),
                Mention("If one of those critters bumps into the explorer, he loses a life.", "text", False, "", ("critter",))]
    assert judge(mentions, ["bat"], ["gem"], PLAYER).verdict == "yes"
    mentions[0] = Mention("Bats flap about the cave.", "text", False)
    assert judge(mentions, ["bat"], ["gem"], PLAYER).verdict == "no"


def test_the_other_word_of_a_proper_name_is_a_name_too():
    from read_reward.read import _full_names, _short_name
    sentences = ["Meet Dusty Bailey, the explorer.", "Every night Dusty climbs down.", "If a bat meets Dusty, he falls."]
    assert _full_names("bailey", sentences) == ["dusty bailey"]
    assert _short_name("dusty bailey", sentences) == "dusty"
    assert _full_names("dusty bailey", sentences) == []


def test_an_order_to_walk_into_it_and_a_walk_that_is_no_crash():
    assert kinds("Jump up or walk into a bat and the explorer grabs it.", "bat") == {"contact"}
    assert kinds("Walk into a bat.", "bat") == {"contact"}
    assert "loss" not in kinds("If the explorer walks into a gem while carrying a rope, it opens.", "gem")
    assert kinds("Never walk into a bat.", "bat") == {"loss"}


def test_what_an_object_turns_into_takes_the_next_pronoun():
    sentences = ["The bats turn into scared gems and run for their lives!", "Chase them down and catch them for points!"]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER).mentions] == [False]
    assert [m.carried for m in gather(sentences, ["gem"], ["bat"], PLAYER).mentions] == [False, True]


def test_the_things_before_a_colon_are_the_list_after_it():
    sentence = "To cross, the explorer must jump on the things that float: the ropes, the bats and the gems."
    assert kinds(sentence, "bat") == {"contact"}
    assert kinds(sentence, "gem") == {"contact"}


def test_an_order_after_another_order_and_who_is_destroyed():
    assert kinds("Move the explorer with the joystick and run straight into a bat to cut him down.", "bat") == {"contact"}
    assert "loss" in kinds("If you move left and run into a bat, you lose a life.", "bat")
    assert "loss" not in kinds("Every bat you strike is destroyed and you earn points for it.", "bat")
    assert "loss" in kinds("If a bat hits you, you are destroyed.", "bat")


def test_a_bodily_strike_in_a_shooter_is_a_touch():
    mentions = [Mention("Run straight into a bat to cut him down - every bat you strike is destroyed and you earn "
                        "points for it.", "text", False)]
    assert judge(mentions, ["bat"], ["gem"], PLAYER, shooter=True).gain > 0.5


def test_holding_something_is_a_condition_and_a_lapse_told_with_they():
    held = sentence_cues("While he carries it, the explorer can destroy one bat by running straight into it.", ["bat"],
                         ["gem"], PLAYER)
    free = sentence_cues("The explorer can destroy one bat by running straight into it.", ["bat"], ["gem"], PLAYER)
    assert sum(w for _, w in held) < sum(w for _, w in free)
    assert sentence_cues("When they dive under the water they cannot carry him, and the explorer falls in.", ["bat"],
                         ["gem"], PLAYER, carried=True) == [("loss", 0.4)]


def test_safely_after_the_ride_and_two_names_of_the_player():
    assert kinds("His back is strong and the explorer may ride on the bat safely.", "bat") == {"contact"}
    assert sentence_cues("A bat that touches Dusty or Rusty costs a life.", ["bat"], ["gem"], ["dusty", "rusty"]) == [
        ("loss", 1.0)]


def test_a_label_in_capitals_is_the_subject_of_the_sentence_after():
    sentences = ["THE GEM.", "Rolls out of a pipe after each bat is kicked off.", "Run into it to pick it up."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER).mentions] == [False]


def test_out_of_danger_and_what_the_player_cannot_do_without():
    assert "loss" not in kinds("Luckily there are bats ready to whisk you out of danger.", "bat")
    assert kinds("Without it, the explorer will run out of breath!", "rope", carried=True) == {"gain"}
    assert kinds("Without the rope, the explorer drowns.", "rope") == {"gain"}
    mentions = [Mention("Without it, the explorer will run out of breath!", "text", True)]
    assert judge(mentions, ["rope"], ["bat"], PLAYER, shooter=True).verdict == "yes"


def test_before_you_reach_it_is_a_race_only_against_a_loss():
    assert kinds("Always fill up at a gem before you reach a bat.", "bat") == set()
    assert kinds("If the clock hits zero before you get to the bat, the round is over.", "bat") == {"gain"}


def test_a_list_that_opens_on_something_else_and_worth_keeping():
    assert kinds("The explorer is lost when he crashes into the wall, a gem, a rope or a bat.", "bat") == {"loss"}
    assert kinds("Grab the gem, shake the bat and run.", "bat") == set()
    assert kinds("Each bat is worth keeping alive.", "bat") == {"ward"}


def test_what_cannot_or_does_not_happen_is_no_order():
    assert kinds("The explorer floats above them and can never crash into a bat, so sweep as you like.", "bat") == set()
    assert kinds("The explorer slides along beneath the bats, never running into them.", "bat") == set()
    assert kinds("Never crash into a bat.", "bat") == {"loss"}
    assert kinds("Walk into a rope and you simply stop.", "rope") == {"harmless"}


def test_the_players_purpose_after_you_can_and_who_runs_over_what():
    assert kinds("You can skate right into a bat to knock him off his path or slow him down.", "bat") == set()
    assert "loss" in kinds("If a bat skates into you, he can slow you down.", "bat")
    assert kinds("Each gem the explorer runs over is eaten, for 100 points.", "gem") >= {"gain"}
    assert "loss" not in kinds("Each gem the explorer runs over is eaten, for 100 points.", "gem")
    assert kinds("Never let one touch you.", "bat", carried=True) == {"loss"}


def test_in_a_shooter_points_for_a_shot_do_not_outweigh_the_class():
    mentions = [Mention("Bats are the easiest targets, worth 25 points when shot down.", "text", False),
                Mention("If a critter touches the explorer, he loses a life.", "text", False, "", ("critter",))]
    assert judge(mentions, ["bat"], ["gem"], PLAYER, shooter=True).verdict == "no"  # (the class's word stands)


def test_a_hyphenated_word_is_a_name_only_as_a_whole():
    assert names_in(lemmas("Never jump on a bat-cave."), ["bat cave", "bat"]) == ["bat cave"]
    assert names_in(lemmas("Rows of white ice-floes."), ["ice floe"]) == ["ice floe"]
    assert names_in(lemmas("In the light-traffic variations."), ["traffic"]) == []
    assert kinds("The bat-cave must never be jumped upon.", "cave") == set()
    assert sentence_cues("The bat-cave must never be jumped upon.", ["bat cave"], ["bat"], PLAYER) == [("loss", 0.8)]



def test_a_name_in_the_evidence_never_spans_punctuation():
    assert names_in(lemmas("Dodge the bats, caves and rocks."), ["bat cave", "cave"]) == ["cave"]  # no "bat cave"
    assert names_in(lemmas("Dodge the bat cave."), ["bat cave", "cave"]) == ["bat cave"]
    mentions = gather(["Shoot the bats, caves hide gems.", "Bat caves are safe to enter."], ["bat cave"], ["gem"], PLAYER)
    assert [m.sentence for m in mentions.mentions] == ["Bat caves are safe to enter."]

def test_what_must_never_be_jumped_upon_and_a_player_who_touched_it():
    assert kinds("However, the bat must never be jumped upon.", "bat") == {"loss"}
    assert kinds("An explorer who jumps on the bat is swallowed.", "bat") == {"loss"}
    assert kinds("An explorer who reaches the gem is rescued.", "gem") == set()


def test_a_ride_off_the_screen_and_a_landing_upon_it():
    assert "loss" not in kinds("An explorer who is carried by a rope out of the picture at the border is lost.", "rope")
    assert kinds("The river is crossed only by jumping upon the floating ropes.", "rope") == {"contact"}
    assert kinds("The explorer must walk through the gem door into the cave.", "gem") == {"contact"}


def test_a_lead_that_opens_on_a_pronoun_is_not_read_with_its_items():
    sentences = ["They swim or fly over the rows of ropes:", "They push the explorer from his rope into the water."]
    leads = ["", "They swim or fly over the rows of ropes:"]
    evidence = gather(sentences, ["rope"], ["bat", "gem"], PLAYER, leads=leads)
    assert judge(evidence.mentions, ["rope"], ["bat", "gem"], PLAYER).verdict != "no"


def test_a_gauge_that_falls_and_a_bat_that_falls_when_rammed():
    assert kinds("Do not linger too long on the ropes; the temperature is falling.", "rope") == set()
    assert kinds("A bat is no match for the explorer: run right into him and he falls.", "bat") == {"contact"}


def test_touched_by_another_and_a_bump_with_no_foul():
    assert kinds("Every gem touched by it becomes a poisoned gem.", "gem", carried=True) == set()
    assert kinds("You may bump into them as you go; no fouls are called for contact.", "bat", carried=True) == {"harmless"}
    mentions = [Mention("The evil bat itself does no harm to the explorer; he may touch it without danger.", "text", False)]
    assert judge(mentions, ["bat"], ["gem"], PLAYER).verdict != "no"


def test_a_place_after_a_preposition_is_no_subject_of_the_next_verb():
    sentence = "Bats fly over the ropes and push the explorer from the rope into the river."
    assert kinds(sentence, "bat") == {"loss"}
    assert kinds(sentence, "rope") == set()


def test_and_it_drops_them_is_no_fall():
    assert "contact" not in kinds("Every bat carries gems, and it drops them whenever it is over the explorer.", "bat")


def test_a_hyphenated_adjective_is_no_name():
    from read_reward.name_runs import compound
    assert compound("crocodile-head") == ("crocodile", "head")
    assert compound("two-headed") == ()
    assert names_in(lemmas("A two-headed monster."), ["two headed"]) == []


def test_what_an_enemy_fires_and_who_fires_it():
    """"They fire black zaps.": the firer is out to get the player and the shot is a danger; not the player's own."""
    assert kinds("They fire little green zaps.", "bat", carried=True) == {"loss"}
    assert kinds("The bats toss little green gems at the explorer.", "bat") == {"loss"}
    assert kinds("Bats fire zaps.", "zap") == {"loss"}
    assert kinds("You fire zaps at the bats.", "zap") == kinds("The explorer fires zaps.", "zap") == set()
    assert kinds("From its belly the cave launches small attack craft.", "cave") == set()


def test_a_bare_order_and_a_cry_keep_to_the_object_named_before():
    sentences = ["Bats hide in the cave.", "Sh-sh-sh!", "They fire gems.", "A gem is hard to see.", "Duck and dodge!"]
    evidence = gather(sentences, ["gem"], ["bat", "cave"], PLAYER)
    assert [(m.sentence, m.carried) for m in evidence.mentions] == [
        ("They fire gems.", False), ("A gem is hard to see.", False), ("Duck and dodge!", True)]
    assert judge(evidence.mentions, ["gem"], ["bat", "cave"], PLAYER).verdict == "no"
    assert [m.carried for m in gather(sentences, ["bat"], ["gem", "cave"], PLAYER).mentions] == [False, True]


def test_nobody_hurt_no_threat_and_neither_good_nor_harm():
    assert kinds("The explorer can fly right over a gem, and nobody gets hurt.", "gem") == {"harmless"}
    assert kinds("A bat's body is no threat to you.", "bat") == {"harmless"}
    assert "harmless" in kinds("Bumping into the ropes does neither good nor harm.", "rope")
    assert kinds("Don't worry about bumping them.", "rope", carried=True) == {"harmless"}
    assert kinds("Step around them.", "rope", carried=True) == {"loss"}


def test_a_bonus_for_what_is_still_standing_is_a_ward():
    assert kinds("You get bonus points for every gem that is still standing.", "gem") == {"ward", "gain"}
    assert "contact" not in kinds("In the A position it is slower to reach the bats.", "bat")


def test_a_touch_that_knocks_it_down_and_a_state_it_changes_back_from():
    assert kinds("Charge straight into a bat and you knock him down, scoring points.", "bat") == {"contact", "gain"}
    assert judge([Mention("Run into a bat to catch it for 100 points.", "text", False),
                  Mention("When the bats change back, they are ropes again and just as deadly.", "text", False)],
                 ["bat"], ["gem", "rope"], PLAYER).verdict == "yes"
    assert kinds("Their long backs are as good as a rope for a ride across.", "bat", carried=True) == {"contact"}


def test_a_title_in_scare_quotes_is_no_class():
    mentions = [Mention("The worst that can happen is a slow rope.", "text", False, '"ENEMIES"'),
                Mention("Ropes hang in the cave.", "text", False, '"ENEMIES"')]
    assert judge(mentions, ["rope"], ["bat"], PLAYER).loss < judge(
        [m._replace(section="ENEMIES") if hasattr(m, "_replace") else Mention(m.sentence, m.kind, m.carried, "ENEMIES")
         for m in mentions], ["rope"], ["bat"], PLAYER).loss


def test_the_heros_proper_name_and_his_family_are_not_his_things():
    from read_reward.aliases import hero_names
    from read_reward.yours import without_yours
    sentences = ["This is Penny the explorer.", "Can you help Penny?", "Penny is brave.", "A bat bumps into Penny."]
    assert hero_names(sentences, ["explorer", "bat"]) == {"penny": 4}
    assert hero_names(["Help the Bats Get Home!", "The bats fly.", "Bats are Bats."], ["gem"]) == {}
    assert without_yours("Your baby bat waits at the top.") == "Your baby bat waits at the top."
    assert without_yours("Your raft floats.") == "you floats."


def test_an_entry_goes_on_through_sentences_that_open_on_their_verb():
    sentences = ["GIANT BAT: The flyer.", "Sits behind a gem at the cave mouth.", "Can't hurt you.", "Touch it to get a rope."]
    evidence = gather(sentences, ["giant bat"], ["gem", "rope"], PLAYER)
    assert [m.carried for m in evidence.mentions] == [False, True, True, True]


def test_a_warning_in_brackets_and_what_the_player_steers():
    from read_reward.aliases import hero_names
    assert kinds("THE GIANT BAT (Watch out!)", "bat") == {"loss"}
    sentences = ["The player commands a lone space raft.", "A bat that touches the raft sinks it.", "The raft floats.",
                 "Steer the raft left.", "You control the direction with the joystick."]
    assert hero_names(sentences, ["bat"]) == {"raft": 4}


def test_a_switch_setting_and_a_body_that_is_no_threat():
    run_into = Mention("Run straight into a bat and he is knocked out for 100 points.", "text", False)
    setting = Mention("LEFT switch, A position: the bats throw their zaps more often.", "text", False)
    assert judge([run_into, setting], ["bat"], ["gem"], PLAYER).loss == 0
    mentions = [Mention("A bat's body is no threat to you.", "text", False),
                Mention("Every bat carries a zap and may throw it at you.", "text", False)]
    assert judge(mentions, ["bat"], ["gem"], PLAYER).loss == 0


def test_what_is_aimed_at_is_no_subject_and_she_after_the_heroine():
    assert kinds("The bats carry zaps, which they drop at the gems and fire at the explorer.", "gem") == set()
    assert kinds("You get a bonus for every gem still standing.", "gem") >= {"ward"}
    sentences = ["If a bat touches Dusty, she loses a life.", "She begins with three lives."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], ["dusty"]).mentions] == [False]
    sentences = ["If a bat touches your raft, it sinks.", "He flies off, and it is gone."]  # no person: "he" is the bat
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], ["raft"]).mentions] == [False, True]


def test_the_players_own_clause_and_the_player_who_falls():
    # "the explorer gets a bonus turn, the cave is refilled and the bats come out faster": no bonus of the bats
    assert kinds("The explorer gets a bonus turn, the cave is refilled and the bats come out faster.", "bat") == set()
    assert "gain" in kinds("Each bat you catch gets a bonus of 50 points.", "bat")
    # "a rope throws the explorer off balance and he falls": he is the explorer, so the rope is no blow he deals
    assert kinds("Running into a rope throws the explorer off balance and he falls.", "rope") == {"loss"}
    assert kinds("A bat is no match for the explorer: run right into him and he falls.", "bat") == {"contact"}


def test_a_list_after_a_colon_is_what_the_clause_says():
    sentence = "A Hazard is anything in the tunnels that the explorer must not touch: a rope, a bat or a gem."
    assert kinds(sentence, "bat") == {"loss"} and kinds(sentence, "gem") == {"loss"}
    assert kinds("Hazards: bats, ropes, falling rocks.", "rope") == {"loss"}
    assert kinds("Collect the gems: the bats will chase you.", "bat") <= {"loss"}


def test_an_ended_quest_a_landing_upon_you_and_that_thing():
    assert kinds("A bat that touches you ends your brave quest; shoot it, and leave it to rest.", "bat") >= {"loss"}
    assert kinds("It drops like a rock, and it lands just as hard if it lands upon you.", "bat", carried=True) == {"loss"}
    assert kinds("They hang in the dark, so keep well away from that flapping horror!", "bat", carried=True) == {"loss"}
    assert kinds("Keep well away from that cave!", "bat", carried=True) == set()


def test_the_hero_named_first_is_he_and_a_colour_change_makes_a_gain_conditional():
    assert kinds("The explorer fled, grabbing as he went, until his back was to the wall.", "bat", carried=True) == set()
    found = sentence_cues("Once you have taken it, the bats turn blue and flee, and now you can catch them.",
                          ["bat"], ["gem"], PLAYER)
    assert found == [("contact", 0.3)]  # half: only while they are blue


def test_a_fate_dealt_by_another_an_idiom_of_once_and_what_it_is():
    from read_reward.evidence import gather
    assert kinds("Bat flattened by a rope: 1,000 points.", "bat") >= {"destroyed"}
    assert kinds("I also had a second bat at one point, but two villains made the cave too busy.", "bat") == set()
    sentences = ["It's a small stone arrow that the bat sends out.", "If it touches the explorer, he loses a life."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER).mentions] == [False]


def test_a_spent_power_a_cost_of_nothing_and_a_falling_noun():
    found = sentence_cues("He cannot climb or jump while he holds the rope, so use it and move on when its power runs out.",
                          ["rope"], ["bat"], PLAYER)
    assert "loss" not in {k for k, _ in found}
    assert kinds("Running into one costs him nothing, but he must turn back.", "rope", carried=True) >= {"harmless"}
    assert kinds("We talked about gadgets, bats, falling gems, and why the ground is never safe.", "bat") == set()
    assert kinds("Stones that fell in long lines toward the gems of the city.", "gem") == set()


def test_a_label_rules_its_list_only_and_an_ing_word_its_own_noun():
    assert kinds("Harmless: the rope left when a bat breaks.", "bat") == set()
    assert kinds("Harmless: ropes and gems.", "gem") == {"harmless"}
    assert kinds("Whatever is still standing stays up for your second bat.", "bat") >= {"ward"}
    assert kinds("Holding the rope doesn't score you anything or cost you anything.", "rope") == {"harmless"}
    assert kinds("You earn a bonus for each gem still on the screen.", "gem") >= {"ward"}
    assert kinds("Touch a bat while it glows and the explorer is history.", "bat") >= {"loss"}


def test_only_dodged_get_clear_time_lost_but_no_harm_and_a_place_another_goes_over():
    from read_reward.evidence import gather
    assert kinds("The bats can't be beaten for points, only dodged.", "bat") == {"loss"}
    assert kinds("A bat bursts in midair and the pieces fly out - get clear when you see one.", "bat") == set()  # a bare "get clear" names no one
    assert kinds("He is not hurt, but time is wasted, and the clock keeps running.", "rope", carried=True) == {"loss"}
    assert kinds("Keep clear of the ropes, which do not hurt but steal precious time.", "rope") == {"loss"}
    assert kinds("The bats are not dangerous, but the gems are worth points.", "bat") == {"harmless"}
    sentences = ["The giant bat flies over the rope.", "If it touches the explorer, he loses a life."]
    assert [m.carried for m in gather(sentences, ["rope"], ["bat", "gem"], PLAYER).mentions] == [False]


def test_threats_thrown_things_and_a_name_never_spans_a_comma():
    assert kinds("Threats: bats, ropes, falling rocks.", "rope") == {"loss"}
    assert kinds("The bats are a threat to the explorer.", "bat") == {"loss"}
    assert kinds("The bats are a threat to the gems.", "bat") == set()
    assert kinds("Ropes hang in the cave and gems are thrown from the ledges above.", "gem") == {"loss"}
    assert kinds("The gems are dropped from the bat's nest.", "gem") == set()
    found = sentence_cues("Threats: bats, gems, caves, ropes.", ["gem"], ["bat", "gem cave", "rope"], PLAYER)
    assert found == [("loss", 0.8)]  # "gems, caves" is no "gem cave"


def test_a_player_taken_away():
    assert kinds("Should a bat come down on top of the explorer, it takes an explorer away.", "bat") >= {"loss"}
    assert kinds("When the falling bat meets the explorer, the explorer is taken away.", "bat") == {"loss"}


def test_what_an_object_turns_into_is_no_place_and_a_chase_wastes_its_own_time():
    from read_reward.evidence import gather
    sentences = ["Now and then the bat turns into the rope, spins, and leaps at the explorer.", "Don't let it touch you."]
    assert [m.carried for m in gather(sentences, ["rope"], ["bat", "gem"], PLAYER).mentions] == [False, True]
    assert kinds("A gem is worth nothing, and chasing one wastes precious seconds.", "gem") == set()
    assert kinds("Gems won't hurt you, but they do get in your way.", "gem") >= {"harmless"}
    assert kinds("A bat in the face will not hurt you, but it will stagger you and cost you time.", "bat") == {"loss"}


def test_kills_with_no_one_named_an_unreachable_thing_and_no_effect_on_the_object():
    assert kinds("Touching a bat kills.", "bat") == {"loss"}
    assert kinds("Bats kill on contact.", "bat") == {"loss"}
    assert kinds("The explorer must kill.", "bat") == set()
    assert kinds("The gems cannot harm you; the only way to reach them would be to climb down the rope.", "gem") == {"harmless"}
    assert kinds("The only way to reach a gem is to climb the rope.", "gem") == {"contact"}
    assert kinds("This armoured bat cannot be shot down - your spears have no effect on it.", "bat") == set()
    assert kinds("The bat has no effect on you.", "bat") == {"harmless"}


def test_a_ward_whose_loss_ends_the_game_a_prized_thing_and_a_cost_compared():
    # losing the object is the loss, not touching it
    effect = judge([Mention("When the last gem is taken, the game is over.", "text", False)], ["gem"], ["bat"], PLAYER)
    assert effect.loss == 0
    assert kinds("The explorer guards his prize gem collection.", "gem") == set()  # "prize" said of something
    assert kinds("Each gem is a prize.", "gem") == {"gain"}
    assert kinds("Brushing a rope costs you less than hitting a bat, but both cost you.", "rope") == {"loss"}
    assert kinds("A bat right next to the gem pile is the most dangerous.", "gem") == set()
    assert kinds("A bat right next to the gem pile is the most dangerous.", "bat") == {"loss"}


def test_a_name_given_twice_is_one_mention():
    found = sentence_cues("A bat right next to the gem pile is the most dangerous.", ["gem", "gem"], ["bat"], PLAYER)
    assert found == []


def test_a_section_titled_with_the_objects_name_is_about_it():
    sentences = ["Looks like: A black flapping thing.", "Notes: Steer clear, it stings.", "Notes: Gems lie about.",
                 "Looks like: A shiny stone."]
    sections = ["3.1 THE BATS", "3.1 THE BATS", "3.1 THE BATS", "Gem (small)"]
    found = gather(sentences, ["bat"], ["gem"], PLAYER, sections=sections).mentions
    assert [m.sentence for m in found] == sentences[:2]
    assert [m.sentence for m in gather(sentences, ["gem"], ["bat"], PLAYER, sections=sections).mentions] == \
        ["Notes: Gems lie about.", "Looks like: A shiny stone."]


def test_the_end_of_the_player_is_a_death_but_off_the_end_of_it_a_place():
    assert kinds("One bite from a bat and that's the end of the explorer.", "bat") == {"loss"}
    assert kinds("The bat is slow on shots off the end of the explorer's lamp.", "bat") == set()


def test_what_drops_no_bombs_is_no_shooter():
    assert kinds("The bat drops bombs.", "bat") == {"loss"}
    assert kinds("The bat drops no bombs and never comes down to the explorer.", "bat") == set()


def test_what_an_object_releases_when_it_breaks_is_harmless_for_good():
    assert kinds("When it breaks, a bat may release a gem, which does no harm at all.", "gem") == {"harmless"}
    assert kinds("While the explorer is in the cave, the bat can't harm him.", "bat") == {"loss"}


def test_a_long_chapter_titled_with_the_objects_name_is_no_entry():
    sentences = [f"Rule {i}: the explorer keeps walking." for i in range(9)] + ["Steer clear or you lose."]
    found = gather(sentences, ["bat"], ["gem"], PLAYER, sections=["THE BATS"] * len(sentences)).mentions
    assert found == []


def test_a_field_of_no_points_scores_nothing():
    assert kinds("Points: None.", "bat", carried=True) == set()
    assert kinds("Points: 200.", "bat", carried=True) == {"gain"}


def test_driving_into_it_wrecks_the_player():
    assert kinds("Drive into one of those bats, and your explorer is wrecked on the spot.", "bat") == {"loss"}


def test_passing_over_it_without_doing_it_or_yourself_any_damage():
    assert kinds("The explorer can walk right over the ropes without doing them - or himself - the least bit of damage.",
                  "rope") == {"harmless"}


def test_way_out_of_reach_and_a_threat_that_is_what_it_sends():
    assert "harmless" in kinds("It's way out of the explorer's reach, so he can't walk into it.", "bat", carried=True)
    assert kinds("The threat is what it sends down.", "bat", carried=True) == set()
    assert kinds("The bat is a threat.", "bat") == {"loss"}


def test_a_falling_thing_after_a_determiner_and_a_player_who_never_touches_it():
    assert kinds("A popped gem means a falling wolf.", "gem") == set()  # the wolf falls ("wolf" is a verb too)
    assert kinds("The explorer never touches the bats at all.", "bat") == {"harmless"}


def test_its_own_tumble_in_a_carried_sentence():
    assert kinds("He'll tumble right back into his cave.", "bat", carried=True) == set()
    assert kinds("If you bump a bat, you'll tumble.", "bat") == {"loss"}


def test_what_does_no_harm_and_does_nothing_for_you_when_you_pass():
    assert kinds("The gem does no harm at all.", "gem") == {"harmless"}
    assert kinds("The gems don't do anything for you when you walk past them.", "gem") == {"harmless"}


def test_points_for_what_the_player_beats_are_a_kill_not_a_touch():
    assert "destroyed" in kinds("Ropes and caves are worth the least; gems and bats you destroy are worth a bonus.", "bat")
    assert "destroyed" in kinds("Every bat you defeat scores points.", "bat")
    assert not {"shoot", "destroyed"} & kinds("Every gem you take is worth 50 points.", "gem")
    # a touch that beats it keeps its points; where only beating is priced, a price says nothing of a touch
    run_in = [("Run straight into the bats to cut them down; every bat you destroy scores points.", "text", False)]
    assert judge(run_in, ["bat"], ["gem"], PLAYER).verdict == "yes"
    priced = [("Every bat you defeat scores points.", "text", False), ("Bats are worth 50 points.", "text", False),
              ("Walk into a bat and it will hurt you.", "text", False)]
    assert judge(priced, ["bat"], ["gem"], PLAYER).verdict == "no"


def test_what_bites_away_or_drains_the_players_strength():
    assert kinds("The bats will crawl into your shins and bite away your energy.", "bat") == {"loss"}
    assert "loss" in kinds("Let one touch you and it drains you.", "bat", carried=True)


def test_what_is_needed_is_not_what_needs():
    assert kinds("When both are needed, the bat flickers.", "bat") == set()
    assert kinds("The bat needs to be faster.", "bat") == set()
    assert kinds("You will need a rope.", "rope") == {"gain"}


def test_what_the_player_falls_or_trips_over():
    assert kinds("You fell twice on a bat field near the cave.", "bat") == {"loss"}
    assert kinds("If you trip over a rope, you lose time.", "rope") == {"loss"}
    assert kinds("You may fall over the edge of the cave.", "cave") == set()


def test_the_object_of_keeping_away_before_the_verb():
    assert kinds("It's all bats you'll want to keep away from.", "bat") == {"loss"}
    assert kinds("Bats are best avoided.", "bat") == {"loss"}


def test_a_name_and_a_trick_noun_are_no_verbs():
    assert kinds("Skip, tell me about the bats.", "bat") == set()
    assert "shoot" not in kinds("Here's the trick: a bat's back is just like a rope, and you can ride it.", "bat")


def test_a_harmless_clause_before_a_dash_is_not_limited_by_the_next_clause():
    assert kinds("Bats never attack - shoot them for points when nothing else is going on.", "bat") >= {"harmless"}


def test_what_the_players_sprite_cannot_bump_and_need_not_avoid():
    assert "loss" not in kinds("The explorer can't bump into the bats.", "bat")
    assert kinds("You don't have to avoid the bats.", "bat") == {"harmless"}
    assert kinds("Don't bump into the bats.", "bat") == {"loss"}


def test_a_sentence_that_is_only_the_objects_name_heads_what_follows():
    sentences = ["The bats.", "Half your size, quick as squirrels.", "They swoop low and bite you, and you lose a life."]
    evidence = gather(sentences, ["bat"], ["gem"], PLAYER)
    assert [m.carried for m in evidence.mentions] == [False, True, True]
    assert EffectReasoner(learned=False).decide("bat", "", evidence).verdict == "no"


def test_a_pronoun_after_the_player_and_a_subordinator_is_the_player():
    sentences = ["You win a gem each time you beat a bat.", "An explorer is lost when it is touched by a rope."]
    evidence = gather(sentences, ["bat"], ["gem", "rope"], PLAYER)
    assert [m.carried for m in evidence.mentions] == [False]


def test_nothing_happens_to_what_the_player_touched():
    assert kinds("If you touch a bat, nothing happens.", "bat") == {"harmless"}
    assert kinds("If you touch a bat, nothing happens to the gem.", "bat") == set()
    assert kinds("If you and the bat bump into each other, nobody is knocked over or penalized.", "bat") == {"harmless"}
    assert kinds("Bumping the bats got you exactly nothing.", "bat") == set()
    assert kinds("The bats are safe to fly over.", "bat") == {"harmless"}


def test_a_claim_the_manual_takes_back_and_a_catch_that_is_the_players_aim():
    assert kinds("CORRECTION: Page 5 wrongly says that the bat is dangerous.", "bat") == set()
    assert "loss" not in kinds("Hop onto the bat to catch him: catching the bat scores 300 points.", "bat")
    assert kinds("Together they try to score on you.", "bat", carried=True) == set()


def test_it_after_a_sentence_that_names_the_object_only_in_the_plural_is_something_else():
    sentences = ["A square, the prize, appears just below the bats' door.", "Eating it is worth 100 points."]
    evidence = gather(sentences, ["bat"], ["gem"], PLAYER)
    assert [m.carried for m in evidence.mentions] == [False]


def test_a_lift_for_the_player_and_friends_without_your():
    assert kinds("Rows of ropes swim across, and they're happy to give an explorer a lift.", "rope") == {"contact"}
    assert kinds("Ropes are friends too, but fickle ones.", "rope") == {"gain"}
    assert kinds("The bats are friends of the cave.", "bat") == set()


def test_a_participle_is_no_name_and_no_effect_on_the_score_pays_nothing():
    from read_reward.effects import name_spans
    assert name_spans("an owl scores points when shot and does nothing else.", ["shot"]) == []
    assert name_spans("your shot is fast. it was shot.", ["shot"]) == [(5, 9)]
    assert "shoot" in kinds("A gem box may be shot to add gems to your bag.", "gem")
    sentence = "Holding the gem had no effect on the score; it came back without any penalty or reward."
    assert judge([(sentence, "text", False)], ["gem"], ["bat"], PLAYER).gain == 0


def test_no_worry_no_hitbox_and_advice_taken_back():
    assert kinds("The explorer flies above them, so you need not worry about crashing into a rope.", "rope") == {"harmless"}
    assert kinds("Run straight through them.", "rope", carried=True) == {"harmless"}
    assert kinds("Ropes are free: no hitbox against you.", "rope") == {"harmless"}
    assert kinds("Newer players lose time by dodging ropes; don't.", "rope") == set()
    assert kinds("Dodge the ropes; they sting.", "rope") == {"loss"}


def test_a_collision_that_scores_is_the_means_of_a_gain():
    assert kinds("Running into a gem scored points.", "gem") == {"gain", "contact"}  # a touch that scores
    assert kinds("Running into a gem: 50 points.", "gem") == {"gain"}
    assert kinds("Running into a bat costs a life.", "bat") == {"loss"}
    assert kinds("A collision between a gem and a rope makes the gem glow.", "gem") == set()
    assert kinds("Gems change the result of a later collision: a bat vanishes.", "gem") == set()
    assert kinds("The gem is removed and no weight is scored.", "gem") == set()


def test_passing_over_without_harm_or_effect():
    assert kinds("When the explorer passes over a rope, nothing happens.", "rope") == {"harmless"}
    assert kinds("The explorer may walk across the ropes without harming them or itself.", "rope") == {"harmless"}
    assert "harmless" in kinds("The explorer may pass over the ropes without effect upon the explorer.", "rope")
    assert kinds("Swing the ropes without harming the gems.", "gem") == set()
    assert kinds("The explorer is never harmed by bats.", "bat") == {"harmless"}
    assert kinds("The explorer cannot jump high enough to reach the gems.", "gem") == {"harmless"}


def test_the_cue_object_is_the_noun_right_after_it():
    assert "loss" not in kinds("Never fly into a swarm to save a gem.", "gem")
    assert "contact" not in kinds("If you run under it and catch the seed on your shovel then you can plant it.",
                                  "bat", carried=True)
    assert kinds("What is claimed is: the game of claim 1, wherein a gem is shown.", "gem") == set()


def test_a_past_tense_account_of_a_touch():
    assert kinds("When the explorer jumped up and grabbed the gem, he smiled.", "gem") == {"contact"}
    assert kinds("The explorer was grabbed by a bat.", "bat") == {"loss"}
    assert kinds("Once the bats are gone, reach the gem.", "gem") == {"contact"}
    assert kinds("Reach the top of the cave.", "gem") == set()
    assert kinds("A gem you have grabbed turns into a bat.", "bat") == set()
    assert kinds("Together they hunted down anything that moved and gobbled it whole.", "bat", carried=True) == set()
    assert kinds("The explorer jumped up and grabbed it.", "gem", carried=True) == {"contact"}


def test_small_phrases_that_are_no_cue():
    assert kinds("BATS - tossed from windows by Le Fiend's friends.", "bat") == set()
    assert kinds("Save each one for when the bat is close.", "bat") == set()
    assert kinds("Get ready for the bat.", "bat") == set()
    assert kinds("Gems are also your best trick against the bat.", "bat") == set()
    assert kinds("Where a gem hits the explorer matters.", "gem") == set()
    assert kinds("If a gem hits the explorer, he loses a life.", "gem") == {"loss"}


def test_a_cost_after_but_and_the_whole_game():
    assert kinds("A rope that catches the explorer doesn't kill him, but it drags him back down and wastes time.",
                 "rope") == {"loss"}
    assert kinds("Do not run across the ropes.", "rope") == {"loss"}
    assert "gain" in kinds("Touching the gems with your hands is the whole game.", "gem")


def test_a_field_that_says_what_you_did_is_no_entry_of_the_object():
    sentences = ["Bats take time to pass.", "Soft ding: You scored a crossing."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER).mentions] == [False]
    sentences = ["Bats take time to pass.", "Soft ding: the bat is near."]
    assert len(gather(sentences, ["bat"], ["gem"], PLAYER).mentions) == 2
    sentences = ["3.1 BATS (sprite: BAT) Colour: black.", "COLLISION WITH PLAYER: the explorer dies."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER).mentions] == [False, True]


def test_what_the_player_hits_and_an_objects_own_fall():
    assert "loss" not in kinds("When the bat looks up, you hit him on the head with the rope and he goes down.", "bat")
    assert kinds("If a bat bites him, he loses a life.", "bat") == {"loss"}
    assert kinds("The cave shook, and fell, and we walked out into the dawn.", "cave") == set()


def test_an_object_pronoun_is_not_its_verbs_subject():
    assert kinds("It touches the gem -- the bat takes it!", "bat", carried=True) == set()


def test_a_friend_denied_a_fall_idiom_and_a_life_taken_away():
    assert kinds("The bat is NOT your friend.", "bat") == {"loss"}
    assert kinds("Hit a rope and down you go.", "rope") == {"loss"}
    assert kinds("A bat landing on the explorer takes that explorer away.", "bat") == {"loss"}
    assert kinds("Night is falling over the last free cave.", "cave") == set()


def test_what_another_object_can_destroy_is_no_shot():
    assert kinds("Only the bat can destroy a cave.", "cave") == set()
    assert kinds("You can destroy a cave.", "cave") == {"shoot"}


def test_nothing_happening_to_the_player_and_survivors_counted():
    assert kinds("The explorer can walk right through the ropes, with nothing happening to the explorer.",
                 "rope") == {"harmless"}
    assert "ward" in kinds("At the end of each wave, surviving ropes are added up for a bonus.", "rope")


def test_a_collision_that_does_nothing_or_makes_a_capture():
    assert kinds("Bumping into the rope does literally nothing.", "rope") == {"harmless"}
    assert kinds("The explorer bumps into the ropes and that's it.", "rope") == set()
    assert kinds("When the explorer runs into the bat, the bat is nabbed.", "bat") == set()
    assert kinds("It just stops him, but running into the rope does not hurt him.", "rope") == {"harmless"}
    assert kinds("The ropes are just the furniture.", "rope") == {"harmless"}


def test_her_after_another_object_is_not_the_player():
    assert kinds("Touching the gem does nothing, and later the bats drag her off.", "bat") == set()
    assert kinds("The bats drag her off.", "bat") == {"loss"}


def test_a_colour_among_colours_is_no_name():
    assert names_in(lemmas("The bats are red, pink, light blue and orange."), ["orange"]) == []
    assert names_in(lemmas("Cherry, orange and banana come bouncing in."), ["orange"]) == ["orange"]
    assert "loss" not in kinds("Bats come in red, pink, light blue and orange, and they kill.", "orange")


def test_a_quoted_claim_called_wrong_says_nothing():
    assert kinds('So the old booklet\'s "avoid the bat" is wrong.', "bat") == set()
    assert kinds("Avoid the bat.", "bat") == {"loss"}


def test_no_points_either_way_and_two_that_never_meet():
    assert kinds("It is safe; going down does not give or take any points.", "cave", carried=True) == {"harmless"}
    assert kinds("The explorer and the bats never meet.", "bat") == {"harmless"}
    assert kinds("The explorer can walk right past them.", "rope", carried=True) == {"harmless"}


def test_its_escape_costs_the_player():
    assert "miss" in kinds("If the bat gets away, the explorer loses a life.", "bat")
    assert "miss" not in kinds("The bat gets away and flies home.", "bat")


def test_these_before_a_colon_are_the_list_after_it():
    assert kinds("Stay clear of these: bats, caves and ropes.", "cave") == {"loss"}
    assert kinds("Stay clear of these: bats, caves and ropes.", "gem", carried=True) == set()


def test_a_blow_at_what_hurts_to_touch_beats_it_and_is_no_touch_for_gain():
    hurts = ("If a bat touches the explorer, he loses a life.", "text", False)
    punches = [("Punch a bat for 200 points.", "text", False), ("Punching a bat: 200.", "table", False)]
    assert judge([hurts, *punches], ["bat"]).verdict == "no"
    assert judge(punches, ["bat"]).verdict == "yes"  # nothing says its touch hurts: a blow that lands is the score
    blows = ("If the bat hits the explorer, he loses a point.", "text", False)
    assert judge([blows, *punches], ["bat"]).verdict == "yes"  # a boxer's blows hurt, not his touch


def test_a_ring_that_is_a_noun_shorthand_losses_and_what_the_player_guards():
    assert kinds("THE CAVE: the ring and net at the top of the court.", "cave") == set()
    assert kinds("Ring the gem for more fruit.", "gem") == {"contact"}
    assert kinds("A bat touching the explorer = explorer gone.", "bat") == {"loss"}
    assert kinds("The gem isn't a pick-up, it's what you're guarding.", "gem") == {"ward"}
    assert kinds("Bats guard the cave.", "bat") == {"loss"}
    assert kinds("The cave: n/a (out of reach).", "cave") == {"harmless"}


def test_what_shoots_up_moves_and_what_is_reeled_in_is_caught():
    assert kinds("The gem shoots up out of the cave.", "gem") == set()
    assert kinds("The explorer reels in a gem.", "gem") == {"contact"}


def test_what_a_deed_saves_or_what_needs_guarding_is_a_ward():
    assert "ward" in kinds("One good whack is worth 100 points and saves a gem.", "gem")
    assert kinds("The gems only need guarding.", "gem") == {"ward"}
    assert kinds("Save the gem!", "gem") == {"contact"}


def test_it_right_after_every_noun_is_a_relative_clauses_subject():
    assert kinds("Any cave it passes over is poisoned.", "cave") == set()
    assert kinds("Every rope it runs into turns it back toward the explorer.", "rope") == set()


def test_a_study_question_or_exercise_says_nothing_of_the_game():
    assert kinds("Describe what happens when the explorer collides with a bat.", "bat") == set()
    assert kinds("State its point value and defend it against the others.", "gem", carried=True) == set()
    assert sentence_cues("State troopers chase the explorer.", ["trooper"], OTHERS, PLAYER) == [("loss", 0.6)]  # a noun


def test_what_is_lost_before_its_noun_and_a_search_are_no_harm():
    assert "loss" not in kinds("Clear as many gems as you can; the lost rope matters less.", "gem")
    assert "loss" not in kinds('I put "gem" in the score list like it is something to go hunting for.', "gem")
    assert kinds("The bat goes hunting for the explorer.", "bat") == {"loss"}


def test_an_event_row_that_says_nothing_happens_is_harmless():
    found = judge([("The explorer runs into the bat: nothing.", "text", False)], ["bat"])
    assert found.harmless and found.loss == 0 and found.verdict == "unknown"
    assert judge([("The explorer runs into the bat: a life lost.", "text", False)], ["bat"]).verdict == "no"


def test_the_rivals_point_and_what_is_passed_score_nothing_for_touching():
    assert "gain" not in kinds("If it gets behind the explorer, the point is for the bat.", "bat")
    assert "gain" not in kinds("If the ball passes behind the paddle of the bat, the point is for you.", "bat")


def test_a_plural_subject_that_does_not_touch_gives_no_order():
    assert kinds("They hang far apart; the ropes do not touch one to the other.", "rope") == set()
    assert kinds("Do not touch the ropes.", "rope") == {"loss"}


def test_what_misses_the_player_and_what_harms_an_object_are_no_cue_of_its_touch():
    assert "miss" not in kinds("When it misses and hits the ground, it smashes to pieces.", "bat", carried=True)
    assert "loss" not in kinds("If a bat falls on a cave, the cave is damaged.", "cave")
    assert "loss" not in kinds("A cave very damaged disappears.", "cave")
    assert "loss" not in kinds("Any gem has to be hauled up through his patrol lane.", "gem")
    assert "loss" not in kinds("Deep gems = more time in the danger zone.", "gem")


def test_a_label_list_goes_on_past_a_short_place_after_an_item():
    assert kinds("AVOID: bats in the trees, ropes, gems.", "gem") == {"loss"}


def test_a_colon_after_the_verb_that_opens_a_clause_on_the_player_gives_it_no_object():
    sentence = ("Do not worry about the installations when you shoot: the shots pass over the caves, the gems, the bazaar "
                "of the bridges and the ropes without any damage.")
    assert "shoot" not in {k for k, _ in sentence_cues(sentence, ["cave"], [*OTHERS, "bazaar", "bridge"], ["shot"])}
    assert kinds("AVOID: bats, ropes.", "rope") == {"loss"}


def test_ammunition_to_pick_up_is_no_charge_that_hurts():
    assert sentence_cues("A box of bullets appears now and then.", ["box of bullets"], ["bat"], PLAYER) == []
    assert "loss" in kinds("If a bat reaches the explorer, it eats some of your bullets.", "bat")


def test_what_cannot_be_touched_is_out_of_reach_and_what_need_not_be_chased_is_no_need():
    assert kinds("The cave never comes down; it can not be touched, only shot.", "cave") == {"harmless"}
    assert "gain" not in kinds("You need not chase the gems.", "gem")
    assert "harmless" in kinds("There is nothing to gain or lose by bumping into the ropes.", "rope")


def test_a_run_into_one_that_strikes_it_down_beats_it():
    assert "loss" not in kinds("Harmless in themselves; a run into one strikes it down for points.", "bat", carried=True)
    assert "shoot" in kinds("A depth charge will get one, and that is worth points.", "bat", carried=True)


def test_what_another_is_allowed_to_reach_and_what_the_object_itself_dodges():
    assert kinds("A bat that is allowed to reach the gems eats one.", "gem") == set()
    assert "loss" not in kinds("He dodges, he backs away, and he stays out of reach.", "bat", carried=True)
    assert kinds("The explorer dodges the bats.", "bat") == {"loss"}


def test_a_punch_that_scores_for_you_and_the_verb_point_and_a_turn_gone():
    assert "gain" in kinds("Every punch that connects with the bat scores for you.", "bat")
    assert "gain" not in kinds("[Point to the bats leaving the cave.]", "bat")
    assert "loss" in kinds("He's caught, and that's one of your turns gone.", "bat", carried=True)


def test_the_head_of_a_relative_clause_is_what_is_caught_and_a_possessor_is_not_touched():
    assert "loss" not in kinds("A bat that swims into the explorer is caught.", "bat")
    assert kinds("What you must never touch is the bat's glowing rope.", "bat") == set()
    assert kinds("What you must never touch is the bat's glowing rope.", "rope") == {"loss"}


def test_a_strike_at_what_hurts_to_touch_is_a_blow_and_hit_him_is_a_shot():
    hurts = ("The bat is dangerous to touch.", "text", False)
    assert judge([hurts, ("Strike the bat before it bites, for 200 points.", "text", False)], ["bat"]).verdict == "no"
    assert judge([("Hit him to win the wave.", "text", True)], ["bat"], shooter=True).gain == 0


def test_a_collision_rule_and_a_hazard_something_lies_over_are_no_harm_of_its_own():
    assert kinds("Items rewrite collision rules (ropes, gems) - a design tool.", "gem") == set()
    assert kinds("Gems are bait - often placed over a hazard, a classic lure.", "gem") == set()
    assert kinds("The bat is a hazard.", "bat") == {"loss"}


def test_a_bare_nothing_after_a_sentence_about_the_object_says_what_came_of_it():
    found = gather(["Run into a bat.", "Nothing.", "Grab a gem."], ["bat"], ["gem"], PLAYER)
    assert [(m.sentence, m.carried) for m in found.mentions] == [("Run into a bat.", False), ("Nothing.", True)]
    assert kinds("Nothing.", "bat", carried=True) == {"harmless"}
    assert [m.sentence for m in gather(["Grab a gem.", "Nothing.", "Run into a bat."], ["bat"], ["gem"], PLAYER).mentions] == \
        ["Run into a bat."]


def test_touching_it_all_you_want_is_harmless():
    assert kinds("You can fly into it all you want.", "cave", carried=True) == {"harmless"}
    assert kinds("You can fly into it for points.", "cave", carried=True) != {"harmless"}


def test_what_is_reached_by_shooting_through_is_shot():
    assert kinds("To reach the bat you must shoot through the cave, layer by layer:", "bat") == {"shoot"}
    assert kinds("To reach the bat you must climb the rope.", "bat") == {"contact"}


def test_one_hop_short_of_it_is_a_miss_and_the_only_thing_you_want_to_touch_is_a_wish():
    assert kinds("He got me, I was one hop short of the rope.", "rope") == {"miss"}
    assert kinds("The only thing in the room you actually want to touch is the gem.", "gem") == {"contact"}
    assert "loss" not in kinds("The gem is the only thing to chase, first hands on it get it.", "gem")
    assert kinds("The bat chases you.", "bat") == {"loss"}


def test_a_list_after_a_label_runs_past_an_item_that_is_no_object():
    assert kinds("Ends the turn: bats and caves, the water, a rope, the gem.", "gem") == {"loss"}
    assert kinds("Helps: ropes, gems that aren't cracked, the cave.", "gem") == {"gain"}
    assert kinds("To touch: the rope, the gem from the roof, and the cave.", "gem") == {"gain"}
    assert kinds("The rope and the gem are all good to touch.", "gem") == {"gain"}
    assert kinds("It is good to avoid the bat.", "bat") == {"loss"}


def test_one_before_a_noun_is_no_pronoun_and_a_collision_that_takes_it_is_a_touch():
    assert "loss" not in kinds("While he holds it he can run straight into one bat and destroy it.", "gem", carried=True)
    assert "loss" in kinds("Never run into one, it kills you.", "bat", carried=True)
    assert kinds("If the explorer runs into that gem, he picks it up and gets points.", "gem") >= {"contact", "gain"}
    assert "loss" not in kinds("If the explorer runs into that gem, he picks it up and gets points.", "gem")
    assert "loss" in kinds("If you run into a bat, you lose points.", "bat")


def test_an_escape_that_loses_the_round_and_a_deadline_to_reach_it():
    assert "miss" in kinds("If the bat reaches the roof and escapes, the round is lost.", "bat")
    assert "miss" in kinds("Timer expires / bat escapes: life lost.", "bat")
    assert kinds("He has to ride into the cave before sunrise.", "cave") == {"contact"}
    assert kinds("The cave is way out of your reach, you'll never touch it.", "cave") == {"harmless"}
    assert kinds("You'll never touch the cave.", "cave") == {"harmless"}
    assert kinds("You'll basically never touch the cave, but if you did, it would cost a life.", "cave") == {"loss"}
    assert kinds("Never touch the bat.", "bat") == {"loss"}


def test_struck_in_a_shooter_is_a_shot():
    assert judge([("A bat struck while diving is worth 50 points.", "text", False)], ["bat"], shooter=True).gain == 0


def test_what_comes_from_it_is_the_subject_and_a_disputed_claim_says_nothing():
    smoke = "The smoke from a breaking bat does no harm whatever."
    assert sentence_cues(smoke, ["bat"], ["gem", "smoke"], PLAYER) == []
    assert sentence_cues(smoke, ["smoke"], ["gem", "bat"], PLAYER) == [("harmless", 1.0)]
    assert kinds("If one of those bats hits the explorer, you lose it.", "gem", carried=True) == set()  # a bat
    assert kinds("The log claims 40,000 points were earned by riding the rope.", "rope") == set()
    assert "gain" in kinds("The log shows 40,000 points were earned by riding the rope.", "rope")


def test_what_takes_damage_is_harmed_and_you_dont_touch_them_is_no_order():
    assert kinds("The caves take damage when the bats swoop.", "cave") == set()
    assert kinds("Bats damage you.", "bat") == {"loss"}
    assert kinds("You don't touch the bat at all.", "bat") == set()
    assert kinds("Make sure you don't touch the bat.", "bat") == {"loss"}
    assert kinds("Don't touch the bat.", "bat") == {"loss"}


def test_a_glossary_head_of_several_names_names_one_thing():
    from read_reward.aliases import aliases

    sentences = ["flappers / the critters / the swoopers: the cave bats overhead.", "a flapper swoops.",
                 "left / right: walk along the floor."]
    assert aliases(sentences, {"Bat": ["bat"], "Gem": ["gem"]}) == \
        {"Bat": {"flappers": 2, "critters": 1, "swoopers": 1}}


def test_what_is_out_of_reach_gains_nothing_by_a_touch():
    for said in ("The cave is your friend, but you'll never touch it; it is far above you.",
                 "The cave is your friend, but it is out of your reach.", "The cave is your friend; you never reach it."):
        assert judge([(said, "text", False)], ["cave"], ["bat"], PLAYER).verdict == "unknown", said
    assert judge([("The cave is your friend.", "text", False)], ["cave"], ["bat"], PLAYER).verdict == "yes"


def test_study_sheet_phrasings_of_what_a_touch_does():
    # the collision that destroys it and scores is a touch, not a shot's kill
    sentence = "If the explorer runs right into a bat, the bat is destroyed and the explorer scores points."
    assert "contact" in kinds(sentence, "bat")
    assert judge([(sentence, "text", False)], ["bat"], OTHERS, PLAYER).verdict == "yes"
    assert kinds("Touching one doesn't do anything on its own.", "rope", carried=True) == {"harmless"}
    assert kinds("The explorer should climb into the cave before sunset so he can rest.", "cave") == {"contact"}
    assert kinds("Climb into the cave before the sun sets, or it closes.", "cave") == {"contact"}
    assert kinds("It takes two hits, unlike the gems.", "gem") == set()  # what it is unlike
    assert kinds("on collide, explorer: nothing happens.", "rope", carried=True) == {"harmless"}  # a config's event key
    assert kinds("speed up every: 1000 points.", "gem", carried=True) == set()  # when, not a prize


def test_a_tables_row_of_events_is_no_glossary_head_of_names():
    from read_reward.aliases import aliases

    sentences = ["flappers / the night flyers: the cave's bats.", "Flappers bite.",
                 "Lamp goes out / bat escapes: explorer lost.", "Lamp goes out / bat escapes / gem gained: 50."]
    found = aliases(sentences, {"Bat": ["bat"], "Player": ["explorer"], "Gem": ["gem"]})
    assert found.get("Bat", {}).get("flappers") and not found.get("Player")  # "bat escapes" names no explorer


def test_goals_timing_advice_and_escapes():
    assert kinds("And the goal is the gem.", "gem") == {"contact"} and kinds("The gem is your goal.", "gem") == {"contact"}
    assert kinds("The goal is guarded by a bat.", "bat") == set()  # a goal net, not the aim
    assert "loss" not in kinds("The gem: go get her, that's the bonus.", "gem")  # an order, not a gem that gets her
    assert kinds("My strategy: don't grab the gem first.", "gem") == set()  # when, not whether
    assert kinds("Don't grab the gem.", "gem") == {"loss"}
    assert kinds("You run into the gem, everything changes colour, and you chase the bats.", "gem") == {"contact"}
    sentence = "If the lamp runs out, or the bat makes it off the roof, the explorer loses one life."
    assert "miss" in kinds(sentence, "bat")  # the lost life is what the escape costs
    assert judge([(sentence, "text", False)], ["bat"], OTHERS, PLAYER).verdict == "yes"
    assert kinds("Once the explorer reaches the bat, the round ends and the chase timer pays a bonus.", "bat") != {"loss"}


def test_a_gauges_fill_and_fall_and_another_of_the_players_kind():
    assert kinds("Fly over a gem and, as long as you stay above it, fuel pours in.", "gem") == {"gain"}
    assert "gain" in kinds("Hover over the gem and the tank fills.", "gem")
    assert kinds("That is your fuel, and it is falling as you watch.", "fuel") == set()  # the gauge, not the fuel depot
    assert kinds("Grab the fuel before the bats do.", "fuel") == {"contact"}


def test_a_fact_of_never_touching_and_the_place_a_thrower_rides_on():
    assert kinds("Gems sit up high; you shoot them, you never bump into them.", "gem") == {"shoot", "harmless"}  # out of reach
    assert kinds("Never bump into the gems.", "gem") == {"loss"}  # an order still
    sentence = "Some bats, while they're floating down on their rope, will throw a stone at the explorer."
    assert kinds(sentence, "rope") == set() and "loss" in kinds(sentence, "bat")


def test_a_danger_that_comes_from_another():
    assert kinds("All of its menace comes from the bats it hides.", "cave", carried=True) == set()
    assert kinds("All of its menace comes from the bats it hides.", "bat") == {"loss"}


def test_a_shot_that_misses_is_no_miss_of_the_players():
    assert kinds("When a shot misses and bounces off the cave wall, the gem is loose.", "cave") == set()
    assert "miss" in kinds("If you miss the gem, you lose the point.", "gem")


def test_a_must_reach_is_the_goal():
    assert kinds("The hero must reach the gem alive.", "gem") == {"contact"}
    assert "contact" not in kinds("You must not let a bat reach you.", "bat")


def test_an_order_labels_list_names_each_of_them():
    assert kinds("HOP ON: every rope, the caves, the gem, Bat.", "bat") == {"contact"}
    assert kinds("Ropes, caves and gems all made the trip to the new machine.", "gem") == set()  # a journey, no fall


def test_out_of_reach_said_with_an_adverb():
    sentence = "You slide underneath them - they sit above your lamp, and you never actually run into them."
    assert kinds(sentence, "rope", carried=True) == {"harmless"}
    mentions = [("Bats that hit a rope take a bite out of it.", "text", False), (sentence, "text", True)]
    assert judge(mentions, ["rope"], OTHERS, PLAYER).verdict != "yes"


def test_a_notes_subject_left_unsaid_is_safe_to_ride():
    assert kinds("rows of 2-3, also safe to ride", "rope", carried=True) == {"contact"}
    assert kinds("gems: safe to ride.", "rope", carried=True) == set()  # the gems', not the rope's
    assert kinds("it is not safe to ride", "rope", carried=True) == set()


def test_someones_belief_is_no_rule():
    assert kinds("kid thought some bats were bonus items (like gems).", "bat") == set()
    assert kinds("Grab every gem. cllr (son) thought the bats were worth points.", "gem") == {"contact"}
    assert kinds("(do i lose a gem if a bat gets me? presumably)", "bat") == set()  # a question with a guess after it
    assert kinds("Is the bat deadly? Yes, it kills you when it touches you.", "bat") == {"loss"}


def test_a_collision_that_ends_the_object_is_a_touch():
    assert kinds("no, running into a bat kills the bat.", "bat") == {"contact"}
    assert kinds("The explorer runs smack into a bat and collars him.", "bat") == {"contact"}
    assert kinds("Running into a bat kills you.", "bat") == {"loss"}
    assert kinds("Running into a bat kills the explorer.", "bat") == {"loss"}


def test_no_way_to_win_points_is_nothing_gained():
    assert kinds("Bumping into a bat is no way to win points.", "bat") >= {"harmless"}
    mentions = [("Bumping into a bat is no way to win points.", "text", False)]
    assert judge(mentions, ["bat"], OTHERS, PLAYER).verdict == "unknown"


def test_a_chats_bare_contractions_and_questions_that_trail_on():
    from read_reward.shorthand import spell_out

    assert kinds(spell_out("ok so bats cant hurt me"), "bat") == {"harmless"}  # (as the manual's sentences are read)
    assert kinds("can i crash into the bats? like if i jump too high.", "bat") == set()


def test_done_after_a_collision_is_a_life_gone():
    assert kinds("bats are sixty, same deal, fly into one and you're done", "bat") == {"loss"}
    assert kinds("a bat touches the explorer, he's done too", "bat") == {"loss"}
    assert kinds("collect all the gems and you're done", "gem") == {"contact"}  # the level done, no loss


def test_good_and_bad_said_plainly():
    assert kinds("so gems good, obviously", "gem") == {"gain"}
    assert kinds("lol ok gems good, ropes caves bats bad.", "bat") == {"loss"}
    assert kinds("the gems are not good.", "gem") == set() and kinds("bats are pretty good at hiding", "bat") == set()


def test_a_claim_the_manual_tells_you_not_to_believe():
    assert kinds("Don't let anybody tell you it's safe to bump a bat from underneath.", "bat") == set()
    assert kinds("Never believe anyone who says the gems are deadly.", "gem") == set()


def test_finding_it_is_how_the_points_come():
    assert kinds("Merit points: you gain them by finding gems and ropes.", "gem") == {"contact"}
    assert kinds("you will find the bats in the corners", "bat") == set()  # where they are, no touch


def test_loses_you_nothing_is_harmless():
    assert kinds("Walking into it gets you nothing and loses you nothing.", "cave", carried=True) == {"harmless"}
    assert kinds("Walking into a bat loses you a life.", "bat") == {"loss"}


def test_the_answer_to_a_question_about_it_alone_is_about_it():
    asked = ["What happens if a bat lands on the explorer?", "The explorer is lost.", "Then the cave goes dark."]
    assert [m.sentence for m in gather(asked, ["bat"], ["gem"], PLAYER).mentions] == asked[:2]
    both = ["What happens if a bat lands on a gem?", "The gem is lost."]  # (a question about two objects: whose?)
    assert [m.sentence for m in gather(both, ["bat"], ["gem"], PLAYER).mentions] == both[:1]


def test_a_bump_that_does_nothing_is_no_harm():
    assert kinds("If the explorer bumps into a rope, nothing.", "rope") == {"harmless"}
    assert kinds("If the explorer bumps into a rope, nothing happens.", "rope") == {"harmless"}
    assert kinds("If the explorer bumps into a bat, he loses a life.", "bat") == {"loss"}
    assert kinds("If the explorer bumps into a bat, nothing good happens: he loses a life.", "bat") == {"loss"}


def test_a_notes_bare_verdict_on_what_it_is_about():
    assert kinds("GOOD / required.", "gem", carried=True) == {"gain"}
    assert kinds("BAD -MP", "bat", carried=True) == {"loss"} and kinds("bad, lose a turn", "bat", carried=True) == {"loss"}
    assert kinds("Bad news: the bats are back.", "bat", carried=True) == set()
    assert kinds("good. this is the whole game.", "gem", carried=True) == set() and kinds("Good.", "gem", carried=True) == {"gain"}
    assert kinds("GOOD / required.", "gem") == set()  # (about nothing named before)
    assert kinds("so you MUST touch it.", "gem", carried=True) == {"contact"}


def test_a_new_section_ends_an_entry():
    sentences = ["Troll: a big green brute.", "where found: the bridge.", "net: strung across the cave, it costs a point."]
    entry = gather(sentences, ["troll"], ["bat"], PLAYER, sections=["Troll", "Troll", "Troll"])
    assert [m.sentence for m in entry.mentions] == sentences
    rows = gather(sentences, ["troll"], ["bat"], PLAYER, sections=["Troll", "Troll", "Net"])
    assert [m.sentence for m in rows.mentions] == sentences[:2]


def test_what_ends_the_player_is_a_loss():
    assert kinds("A bat that's back to its normal color will end you again.", "bat") == {"loss"}
    assert kinds("The game ends when the explorer's lamp runs out.", "gem") == set()


def test_what_kids_think_is_no_rule_and_a_trip_is_a_journey():
    assert kinds("Also kids think the rope is a bad guy & run away from it.", "rope") == set()
    assert "loss" not in kinds("He carries you across the land, one day and one night per trip.", "rope", carried=True)
    assert kinds("Trip over a rope and you lose a life.", "rope") == {"loss"}


def test_a_pronoun_under_another_objects_heading_is_that_objects():
    sentences = ["Bats roost in every cave.", "Grab one and you score 50 points."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER, sections=["Caves", "Caves"]).mentions] == [False, True]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER, sections=["Gem", "Gem"]).mentions] == [False]
    chapter = [*sentences, *[f"Cave {i} is dark." for i in range(8)]]  # a chapter under the game's name, no entry
    assert [m.carried for m in gather(chapter, ["bat"], ["gem"], PLAYER, sections=["Gem"] * 10).mentions] == [False, True]
    grouped = ["The creatures roost in every cave.", "Grab one and you score 50 points."]  # (a class the lexicon names)
    assert len(gather(grouped, ["bat"], ["gem"], PLAYER, sections=["Caves"] * 2, groups=["creature"]).mentions) == 2
    assert len(gather(grouped, ["bat"], ["gem"], PLAYER, sections=["Gem"] * 2, groups=["creature"]).mentions) == 1


def test_what_costs_one_costs_a_life():
    assert kinds("A bat catching you costs one.", "bat") == {"loss"}
    assert kinds("Each gem costs one to buy back, if you like", "gem") == set()


def test_a_verb_told_with_its_subject_left_out_is_the_objects_doing():
    assert kinds("Eats some as it passes, clearing room in the cave.", "bat", carried=True) == set()
    assert kinds("Eat one for 50 points.", "gem", carried=True) >= {"contact"}  # an order to the player


def test_a_pronoun_said_before_anything_is_named_stays_what_it_was():
    # "it" opens the sentence for something named before it; the later "it" is that thing, not the bat
    assert kinds("Whether it's swinging by or in the bat's grip, it kills the explorer.", "bat") == set()
    assert kinds("Whether it swings past a bat or not, it kills the explorer.", "bat") == set()
    assert kinds("When a bat swoops, it kills the explorer.", "bat") == {"loss"}


def test_a_crossword_notes_entry_heads_what_follows():
    sentences = ["4a BAT - The cave's flier.", "A touch costs the explorer a life.", "10a TUBA - Filler."]
    assert [m.carried for m in gather(sentences, ["bat"], ["gem"], PLAYER).mentions] == [False, True]


def test_one_said_before_the_place_the_player_is_knocked_off_is_not_that_place():
    said = "If one reaches Kim it pushes him off his rope into the pit, and that's a life gone."
    assert sentence_cues(said, ["rope"], ["bat"], ["kim"]) == []
    assert kinds("If you bump into one, you lose a life to the bats.", "bat") == {"loss"}


def test_what_the_object_is_compared_with_is_no_subject():
    said = "They do the same job as the bats and caves: a touch knocks the explorer down and he loses a life."
    assert kinds(said, "rope", carried=True) == {"loss"}
    assert kinds(said, "bat", carried=True) == {"loss"}  # (the same job: theirs too)


def test_a_class_said_of_another_object_is_not_about_this_one():
    sentences = ["The gems are the one creature in the cave you want to meet.", "Catch one for 50 points."]
    assert gather(sentences, ["bat"], ["gem"], PLAYER, groups=["creature"]).mentions == []
    told = ["Every creature in the cave is deadly.", "Catch one and you lose a life."]
    assert len(gather(told, ["bat"], ["gem"], PLAYER, groups=["creature"]).mentions) == 2


def test_the_player_in_a_fronted_clause_is_not_the_subject_of_the_main_one():
    said = "While Kim was climbing past a tall rock, a bat fell from the front wall and hit him."
    assert ("loss", 1.0) in sentence_cues(said, ["bat"], ["wall", "rock"], ["kim"])
    assert sentence_cues(said, ["wall"], ["bat", "rock"], ["kim"]) == []


def test_they_after_one_object_named_with_a_is_not_that_object_and_a_dummy_it_is_nothing():
    said = "The only exception is the short spell after a gem, when they turn blue and it's safe - and fun - to bump into them."
    assert kinds(said, "gem") == set()


def test_an_entry_titled_with_a_longer_name_for_the_object_is_its():
    sentences = ["Pos: bouncing linebacker.", "On contact: hits the explorer, and time comes off the clock."]
    ball = gather(sentences, ["ball"], ["gem"], PLAYER, sections=["#21 BEACH BALL"] * 2)
    assert [m.carried for m in ball.mentions] == [True, True]
    theirs = gather(sentences, ["ball"], ["beach ball"], PLAYER, sections=["#21 BEACH BALL"] * 2)
    assert theirs.mentions == []


def test_what_fills_something_is_not_what_earns_its_bonus():
    said = "When all five caves are filled with gems, a bonus is awarded and the next level begins."
    assert kinds(said, "gem") == set()
    assert kinds(said, "cave") == {"gain"}


def test_it_after_she_is_the_thing_she_dropped():
    sentences = ["THE BAT. A bat flies over the cave.", "She is harmless.", "What matters is the seed she drops.",
                 "Catch it and you score 50 points."]
    assert [m.carried for m in gather(sentences, ["bat"], ["rope"], PLAYER).mentions] == [False, True, True]
    told = ["A bat flies over the cave.", "She never bothers the explorer.", "Now and then she may drop a seed.",
            "Catch it and you score 50 points."]
    assert [m.carried for m in gather(told, ["bat"], ["rope"], PLAYER).mentions] == [False, True, True]
    catch = "Catch the seed as it falls and carry it to the cave."
    assert kinds(catch, "bat", carried=True) == set()


def test_a_clue_lists_next_row_and_another_objects_head_end_the_carry():
    clues = ["2, Bats that knock the explorer off the rope (4).", "3, They fall from the roof; catch them (5)."]
    assert [m.carried for m in gather(clues, ["bat"], ["rope"], PLAYER, groups=[]).mentions if m.sentence == clues[1]] == []
    notes = ["8d GEMS - Gems lie among the bats too.", "They shine and pay 50 points each."]
    assert [m.sentence for m in gather(notes, ["bat"], ["gem"], PLAYER).mentions] == notes[:1]


def test_contact_said_to_be_the_good_thing_is_no_collision():
    said = "Making contact with it is the one and only good thing that can happen to you in this cave."
    assert kinds(said, "gem", carried=True) == {"gain"}


def test_a_possessor_opening_a_line_does_not_open_its_entry():
    sentences = ["Pos: night flier.", "Gem's alter ego.", "Tendencies: swoops down at the explorer.",
                 "On contact: it hits the explorer and he loses a life."]
    gem = gather(sentences, ["gem"], ["bat"], PLAYER, sections=["#2 THE BAT"] * 4)
    assert [m.sentence for m in gem.mentions] == ["Gem's alter ego."]


def test_free_of_charge_frees_nobody():
    assert kinds("Street theatre provided free by a bat called Flappy.", "bat") == set()
    assert "contact" in kinds("Free the bat and you score.", "bat")


def test_a_head_with_the_objects_name_inside_another_name_is_still_its():
    sentences = ["ROPE BATS. Round rope bats drop from above.", "If one lands on the explorer, he loses a life."]
    assert [m.carried for m in gather(sentences, ["rope bat"], ["rope", "gem"], PLAYER).mentions] == [False, True]


def test_a_place_filled_by_something_leaves_it_the_subject():
    said = "An explorer who jumps into a cave already filled by a bat is lost."
    assert "loss" in kinds(said, "bat")


def test_a_cue_after_an_unnamed_thing_that_opens_the_clause_is_that_things():
    said = "But watch what she drops as she flies past the cave: A seed, falling down, as she goes flying by!"
    assert kinds(said, "bat", carried=True) == set()
    assert "loss" in kinds("The bat, falling down, takes a life.", "bat")
