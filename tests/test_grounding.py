from read_reward.games import Category, game_info
from read_reward.grounding import ground


def test_mspacman_categories_find_manual_terms():
    cats = game_info("mspacman").touchable
    terms = ["power pellet", "ghost", "maze", "fruit", "dot", "tunnel", "joystick"]
    got = {m.category: m.term for m in ground(cats, terms)}
    pill = got.pop("Pill")
    assert got == {"Ghost": "ghost", "Fruit": "fruit", "PowerPill": "power pellet"}
    assert pill in ("dot", None)  # MiniLM barely links "pill" and "dot": a known limit (README)


def test_synonyms_and_unmatched():
    cats = [Category("Enemy", False, "The enemy tennis player."), Category("Ball", False, "The tennis ball."),
            Category("BallShadow", False, "The shadow cast by the ball onto the ground."),
            Category("Satellite", False, "")]
    got = {m.category: m.term for m in ground(cats, ["opponent", "ball", "shadow", "racket", "court"])}
    assert got == {"Enemy": "opponent", "Ball": "ball", "BallShadow": "shadow", "Satellite": None}


def test_no_terms():
    assert [m.term for m in ground(game_info("pong").touchable, [])] == [None, None]


def test_a_lexicon_name_of_several_categories_goes_to_each():
    cats = [Category(f"{c}_Gem", False, f"A {c.lower()} gem.") for c in ("Red", "Blue", "Green")]
    lexicon = {c.name: {"jewel": 4} for c in cats}
    got = {m.category: m.term for m in ground(cats, ["jewel", "cave", "door"], lexicon=lexicon)}
    assert got == {"Red_Gem": "jewel", "Blue_Gem": "jewel", "Green_Gem": "jewel"}
    kinds = [Category(name, False, f"A {name.lower()}.") for name in ("Ruby", "Sapphire", "Emerald")]
    alone = {m.category: m.term for m in ground(kinds, ["jewel", "cave", "door"])}
    assert list(alone.values()).count("jewel") == 1  # without the lexicon nor one family: one-to-one


def test_a_group_name_is_a_fallback_for_its_members_and_never_another_categorys():
    planes = [Category(f"Enemy_{c}", False, "", ("biplane",) if c == "Green" else (), True, False,
                       ("enemy aircraft",)) for c in ("Green", "Black")]
    shots = [Category(f"Enemy_{c}_Shot", False, "", (), True, False, ("enemy fire",)) for c in ("Green", "Black")]
    lexicon = {"Enemy_Green": {"biplane": 2}}
    got = {m.category: m.term for m in ground([*planes, *shots], ["biplane", "enemy aircraft", "enemy fire", "cloud"],
                                              lexicon=lexicon)}
    assert got == {"Enemy_Green": "biplane", "Enemy_Black": "enemy aircraft",  # its own name first, else its group
                   "Enemy_Green_Shot": "enemy fire", "Enemy_Black_Shot": "enemy fire"}


def test_what_the_manual_calls_yours_is_never_another_objects_term():
    from read_reward.name_runs import lemmas
    from read_reward.read import _players_things

    sentences = ["Your laser cannon slides along the ice.", "Demons drop laser fire on your cannon.",
                 "Your opponent serves first."]
    mine = _players_things(sentences, {"base": 2})
    assert {lemmas("laser cannon"), lemmas("cannon"), lemmas("base")} <= mine
    assert lemmas("opponent") not in mine and lemmas("laser fire") not in mine


def test_variants_that_differ_by_a_number_share_the_manuals_one_name():
    """Enemy25 ... Enemy100: four point values of one enemy the manual calls one thing."""
    cats = [Category(f"Enemy{n}", False, "") for n in (25, 50, 75, 100)] + [Category("Missile", False, "")]
    sentences = ["Enemy raiders fly across the sky and drop bombs on the city.",
                 "Shoot the raiders down: every enemy you hit scores points.", "A bomb that hits your ship destroys it."]
    got = {m.category: m.term for m in ground(cats, ["raider", "bomb", "city", "sky"], sentences)}
    assert got == {"Enemy25": "raider", "Enemy50": "raider", "Enemy75": "raider", "Enemy100": "raider",
                   "Missile": "bomb"}


def test_a_name_inside_another_objects_longer_name_is_not_used_for_it():
    from read_reward.read import _names_used

    info = game_info("spaceinvaders")
    ufo = ("The Command Alien Ship flies across the top.", "Shoot the invaders before they land.")
    used = _names_used(info, ufo)
    assert used["Satellite"] == {"command alien ship": 1} and used["Alien"] == {"invader": 1}
    assert used["Alien"] != _names_used(info, (*ufo, "Each alien is worth 10 points."))["Alien"]  # alone, it counts


def test_a_name_the_players_sprite_shares_gives_way_to_the_longer_name():
    """River Raid: the player flies "your jet", the enemy planes are "enemy jets": ground on the longer name."""
    from read_reward.read import _names_used, _players_things, _unshared

    info = game_info("riverraid")
    sentences = ("Your jet flies up the river.", "Enemy jets cross the river from the banks.",
                 "If an enemy jet hits your jet, you lose it.", "A jet is worth 100 points.")
    used = _names_used(info, sentences)
    assert {"jet", "enemy jet"} <= set(used["Jet"])
    naming = _unshared(used, info, _players_things(sentences, used[info.player]))
    assert "jet" not in naming["Jet"] and "enemy jet" in naming["Jet"]
    assert used["Jet"]["jet"]  # the evidence still reads the short name


def test_a_name_the_players_shot_has_in_the_lexicon_gives_way_to_another_name():
    """Seaquest: the player fires "torpedoes" (the lexicon's "your torpedo"), the enemy subs "enemy missiles": the
    enemy fire is grounded on "enemy missile", however often "torpedo" comes up; alone, "torpedo" stays."""
    from read_reward.read import _names_used, _players_things, _unshared, _yours_in_lexicon

    info = game_info("seaquest")
    assert ("torpedo",) in _yours_in_lexicon(info)
    sentences = ("Fire torpedoes at the sharks.", "A torpedo sinks an enemy sub.", "Aim each torpedo well.",
                 "Enemy missiles fly at your sub.", "Dodge the torpedo.")
    used = _names_used(info, sentences)
    shots = _yours_in_lexicon(info)
    mine = _players_things(sentences, used[info.player]) | shots
    assert "torpedo" not in _unshared(used, info, mine, shots)["EnemyMissile"]
    alone = ("Dodge every torpedo the enemy subs fire.",)
    assert "torpedo" in _unshared(_names_used(info, alone), info, mine, shots)["EnemyMissile"]
    # what the manual alone calls "your X" (an item the player holds) keeps its name beside another
    krull = game_info("krull")
    held = ("Pick up a glaive.", "Your glaive comes back to you.", "Throw the glaive.", "A weapon lies in the sand.")
    used = _names_used(krull, held)
    naming = _unshared(used, krull, _players_things(held, used[krull.player]), _yours_in_lexicon(krull))
    assert "glaive" in naming["Weapon"]


def test_a_priced_name_goes_to_the_category_of_that_value():
    """Enemy25 ... Enemy100 named apart by a scoring table: each takes the name priced at its number, even over a
    lexicon name all four share."""
    cats = [Category(f"Enemy{n}", False, "") for n in (25, 50, 75, 100)]
    sentences = ["Raiders of four kinds fly over the city.", "Dart 25", "Wing 50", "Spinner 75",
                 "Knock the darts down while you line up the 100-point saucers."]
    lexicon = {c.name: {"saucer": 1} for c in cats}
    got = {m.category: m.term for m in ground(cats, ["saucer", "dart", "wing", "spinner", "city"], sentences,
                                              lexicon=lexicon)}
    assert got == {"Enemy25": "dart", "Enemy50": "wing", "Enemy75": "spinner", "Enemy100": "saucer"}


def test_prices_go_to_the_nearest_name():
    from read_reward.grounding import _prices

    got = _prices(["dart", "saucer", "bomb"], ["Darts are worth 25, but line up the 100-point saucers.",
                                               "BOMB ........ 1,000 PTS", "Nothing here is worth 7."])
    assert got == [{25}, {100}, {1000}]


def test_a_colour_names_its_own_category_and_never_a_siblings():
    from read_reward.grounding import variant_terms

    cats = [Category(f"Enemy_{c}", False, "") for c in ("Green", "Yellow")]
    sentences = ["The green biplanes circle slowly.", "Yellow helicopters fire rockets.",
                 "A green light shows the way."]
    terms = variant_terms(cats, sentences)
    assert {"green biplane", "yellow helicopter", "green light"} <= set(terms)
    assert "yellow rocket" not in terms and variant_terms([Category("Ball", False, "")], sentences) == []
    priced = variant_terms([Category(f"Enemy{n}", False, "") for n in (25, 50)], ["Each scout saucer: 25 points",
                                                                              "A wing fighter: 50."])
    assert priced == ["scout saucer", "wing fighter"]  # "each" and "a" are no part of the name
    lexicon = {"Enemy_Green": {"biplane": 1}, "Enemy_Yellow": {"helicopter": 1}}
    got = {m.category: m.term for m in ground(cats, ["biplane", "helicopter", *terms], sentences, lexicon=lexicon)}
    assert got == {"Enemy_Green": "green biplane", "Enemy_Yellow": "yellow helicopter"}


def test_a_colour_or_size_another_category_also_has_tells_nothing_and_a_shot_takes_a_shots_name():
    from read_reward.grounding import _variant_signs

    dunk = [Category(n, False, "") for n in ("Player_Big", "Opponent_Small", "Opponent_Big")]
    assert _variant_signs(dunk, ["big man", "small guard"]) == {(1, 1): 1, (2, 1): -1}  # "big" is no mark
    pilot = [Category(n, False, "") for n in ("Enemy_Orange", "Enemy_Blue", "Enemy_Orange_Shot", "Enemy_Blue_Shot")]
    signs = _variant_signs(pilot, ["orange jet", "orange missile"])
    assert signs[0, 0] == 1 and signs[2, 0] == -1 and signs[2, 1] == 1 and signs[0, 1] == -1


def test_the_lexicon_name_the_manual_uses_most_names_the_category():
    """A name used once ("enemy", "door") gives way to the name the manual uses throughout ("robot", "hatch"),
    though it is nearer the class name; not to one used only a little more."""
    cats = [Category("Enemy", False, "The enemy robots.", groups=("enemy", "machine")),
            Category("Door", False, "A door.", groups=("exit",))]
    lexicon = {"Enemy": {"robot": 12, "enemy": 1, "droid": 2}, "Door": {"door": 3}}
    got = {m.category: m.term for m in ground(cats, ["enemy", "robot", "droid", "door", "maze"], lexicon=lexicon)}
    assert got == {"Enemy": "robot", "Door": "door"}
    even = {"Enemy": {"robot": 2, "enemy": 1}, "Door": {"door": 3}}  # not clearly more: the better-scoring name
    assert ground(cats, ["enemy", "robot", "door"], lexicon=even)[0].term == "enemy"
    doors = {"Enemy": {"robot": 5}, "Door": {"door": 1, "hatch": 9}}
    assert ground(cats, ["robot", "door", "hatch"], lexicon=doors)[1].term == "hatch"
    near = {"Enemy": {"robot": 5}, "Door": {"door": 2, "hatch": 5}}
    assert ground(cats, ["robot", "door", "hatch"], lexicon=near)[1].term == "door"
    raiders = [Category("Enemy", False, "", groups=("enemy", "attacker"))]  # but from the class name itself, it does
    assert ground(raiders, ["enemy", "attacker"], lexicon={"Enemy": {"attacker": 13, "enemy": 1}})[0].term == "attacker"
    bar = [Category("GoldenBar", False, "", groups=("treasure",))]  # a group word never takes over a member's name
    assert ground(bar, ["gold bar", "treasure"], lexicon={"GoldenBar": {"gold bar": 2, "treasure": 9}})[0].term == "gold bar"


def test_another_objects_lexicon_name_is_not_this_ones_though_it_matches_the_class_name():
    """OCAtari's Phoenix is the first waves' small birds; the manual's "phoenix birds" are the big ones (Bat): the
    class name does not take the other's name, and the manual's "phoenix" counts for the Bat, not the Phoenix."""
    from read_reward.read import _names_used

    cats = [Category("Phoenix", False, "Phoenixes of the first 2 rounds"), Category("Bat", False, "")]
    lexicon = {"Phoenix": {"war bird": 4, "bird": 5}, "Bat": {"phoenix bird": 4, "phoenix": 3}}
    got = {m.category: m.term for m in ground(cats, ["phoenix", "war bird", "bird", "phoenix bird"], lexicon=lexicon)}
    assert got == {"Phoenix": "war bird", "Bat": "phoenix bird"}
    used = _names_used(game_info("phoenix"), ("The Phoenix swoops down.", "A phoenix bird flaps its wings."))
    assert "phoenix" not in used["Phoenix"] and {"phoenix", "phoenix bird"} <= set(used["Bat"])


def test_a_longer_name_of_its_own_the_manual_uses_repeatedly_names_the_category():
    """"ice" beside five "ice floes" is the floe's material, "web" beside "web strands" the whole web; a longer
    name used once among many short ones stays the short one's variant."""
    ice = [Category("FloatingBlock", False, "The ice floes.")]
    assert ground(ice, ["ice", "ice floe"], lexicon={"FloatingBlock": {"ice": 12, "ice floe": 5}})[0].term == "ice floe"
    line = [Category("Line", False, "")]
    assert ground(line, ["web", "web strand"], lexicon={"Line": {"web": 6, "web strand": 2}})[0].term == "web strand"
    assert ground(line, ["web", "web strand"], lexicon={"Line": {"web": 9, "web strand": 1}})[0].term == "web"


def test_a_small_thing_of_the_lexicon_is_a_little_one_too():
    from read_reward.read import names

    split = names(Category("EnemyPart", False, "", ("small demon", "demon half")))
    assert {"small demon", "little demon", "tiny demon", "demon half"} <= set(split)
    assert "little half" not in split and "enemy part" in split
    assert {"large rock", "giant rock"} <= set(names(Category("Rock", False, "", ("big rock",))))
