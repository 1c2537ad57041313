"""Patterns of a sentence's grammar that the cue reader weighs: negation, conditions, states that pass, clauses and
their openings, pronouns, purposes and instruments, and the section titles that say what their objects are."""

from __future__ import annotations

import re

from read_reward.cue_words import CONTACT_VERB, INTAKE, SHIELDED

# gains that are no score: what the player takes in by touching, not points that a shot also earns
BENEFIT = re.compile(rf"\b(?:{INTAKE}|recharges?|(?:extra|bonus|free) (?:life|lives)|{SHIELDED}|"
                     r"(?:run|runs|ran|running) (?:out|short) of (?:breath|air|oxygen|fuel|gas|energy))\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never|no|without|cannot|nor|neither|none|fail to|fails to|failed to)\b|n't\b")
CONDITION = re.compile(r"\b(?:when|while|after|once|unless|until|only if|only when|as long as|during)\b"
                        r"(?:\W+\w+){0,8}?\W+(?:blue|flash\w*|turns?|turned|power\w*|frozen|stunn?\w*|"
                        r"invincib\w*|white|weak\w*|vulnerable|glow\w*|energi\w*|armed|holding|holds|carrying|carries|wearing|wears|wielding|wields|"
                        r"has|have|had|changes?|change[sd]|eat\w*|touch\w*|got|gets|picked|after|special|"
                        r"shield\w*|magic|sword|hammer|temporar\w*|briefly|short time|few seconds)\b|"
                        # "with a sword in his inventory, Joe can run into a skull": only while he holds it
                        r"\bwith (?:a|an|the) \w+ in (?:his|her|your|its|their) (?:inventory|hands?|possession|pocket)\b")
# a state the object is in only for a while: "blue ghosts", "a flashing bonus"
STATE = re.compile(r"\b(?:blue|flashing|blinking|frightened|frozen|stunned|white|weakened|vulnerable|"
                    r"edible|helpless|dazed|sleeping|asleep|transformed|changed|shrunken)\b")
PASSED_SPAN = 30  # how far before a name PASSED is looked for ("behind the paddle of the computer")
PASSED = re.compile(r"\b(?:between\s+(?:\w+\s+){1,3}(?:and|or)\s+(?:the |a |an )?$)|"
                    r"\b(?:past|beyond|behind|than|between)\s+(?:the |your |his |her |its |a |an )?"
                     r"(?:\w+'s |\w+ of (?:the |your )?)?$")  # (and "behind the paddle of the computer")  # "gets past your opponent": the opponent is not what scores
# a gain that lasts a while only: "for a short time the ghosts turn blue ... eat them"
TEMPORARY = re.compile(r"\b(?:for a (?:short|little|brief|limited) (?:time|while)|for a (?:few|couple of) (?:seconds|moments)|"
                       r"for a while|temporar\w*|briefly|the tables (?:are|turn|have) turned)\b")
# between a negation and its cue, a verb of its own: "a ghost that is not blue is dangerous"
OWN_VERB = re.compile(r"\b(?:is|are|was|were|will|can|could|would|should|may|might|must|has|have|had)\b")
# what opens a clause fronted before the main one ("as soon as the igloo is finished, ...")
FRONTING = r"(?:as soon as|once|when|whenever|if|should|after|each time|every time)"
# a fronted subordinate clause up to its subject: "If a tentacle ", "Should the ", "When "
FRONTED_OPENING = rf"(?:^|[.;:!?])\s*{FRONTING}\s+(?:(?:a|an|the|any|one of the|your)\s+)?"
SUBORDINATE = re.compile(r"\b(?:whenever|when|if|because|while|each time|every time|as soon as|unless|until)\b")
LATER_CLAUSE = re.compile(r"\b(?:before|until|till|because|whenever|unless|although|though)\b")
# "its touch is fatal", "bump into one": a possessive of contact and "one" after a verb of contact are pronouns too
PRONOUN_WORDS = frozenset("it them they its their one".split())  # what PRONOUN's matches can be, out of context
PRONOUN = re.compile(r"\b(?:it|them|they)\b|\b(?:its|their)(?= (?:\w+ )?(?:touch|bite|sting|claws?|jaws|fangs|grip|breath|backs?|shells?)\b)|"
                     # (not "run straight into one creature": a word, not a pronoun, there)
                     r"(?:(?<=\binto )|(?<=\bride )|(?<=\bonto )|(?<=\btouch )|(?<=\bhit )|(?<=\bmeet ))one\b(?!\s+(?!(?:and|or|but|of|"
                     r"to|by|with|at|in|on|as|then|you|PLAYER|while|when|if|before|after|again|yourself|just|first|too|either|"
                     r"directly|accidentally|for|is|are|will|head|that|which|who|from|during|without|unless|until)\b)[a-z]+\b)|"
                     r"(?<=\blet )one\b(?= (?:of (?:them|those|these) )?(?:touch|catch|get|reach|hit|grab)\b)|"  # "never let one touch you"
                     r"(?<=\bif )one\b(?= \w+s (?:you|PLAYER)\b)|(?<=\bwhen )one\b(?= \w+s (?:you|PLAYER)\b)")  # "if one catches you"
CLAUSE_END = re.compile(r"[;:.!?]|\bbut\b|\bhowever\b|\bwhereas\b|\bwhile\b|\bunless\b|,\s+(?:and|so|then|yet)\b")
PURPOSE = re.compile(rf"\bto (?:{CONTACT_VERB}|nab|open|get|stop|tag|trap)\b|\bfor (?:\w+ )?(?:points|a bonus|bonus points)\b")
INSTRUMENT = re.compile(r"\b(?:blow|blows|blowing|blew|destroy\w*|kill\w*|shoot\w*|shot|hit|hits|hitting|"
                         r"knock\w*|defeat\w*|stop\w*|wipe\w*|zap\w*|smash\w*|break\w*|stun\w*|attack\w*|"
                         r"fight\w*|bomb\w*|trap\w*|get rid of)\b(?:\W+\w+){0,5}?\W+(?:with|using)\s+"
                         r"(?:the |a |an |your |his |her |some |its )?$")
FOE = re.compile(r"\b(?:enemy|enemies|enemy's|hostile|deadly|dangerous|evil|killer|attacking|menacing|hungry|vicious|"
                 r"nasty|fierce|ferocious|savage|poisonous|venomous|man-eating)\s+$")
FOE_NAME = re.compile(r"(?:enemy|hostile|killer|evil|raiders?|invaders?|attackers?|marauders?|villains?|foes?|thugs?)\b")
# a name that is a weapon's charge ("land mine", "homing missile", "cannonball"): it hurts what it hits,
# unless it is a bonus ("extra bullets")
HAZARD_NAME = re.compile(r"^(?!.*\b(?:extra|bonus|spare|more|free|(?:box|boxes|crate|crates|case|cases|pack|packs|clip|clips|"
                         r"supply|supplies|belt|belts|bag|bags) of)\b).*\b(?:bombs?|mines?|missiles?|lasers?|bullets?|"
                         r"cannonballs?|fireballs?|bolts?|torpedo(?:e?s)?|grenades?|shots?|explosives?|dynamite|warheads?)$")
HAZARD_TITLE = re.compile(r"\b(?:hazards?|dangers?|enem(?:y|ies)|foes?|obstacles?|villains?|menaces?|threats?|"
                           r"monsters?|perils?|traps?|things to avoid|bad guys|adversaries|(?:watch|look) out for|beware)\b", re.IGNORECASE)
TREASURE_TITLE = re.compile(r"\b(?:treasures?|prizes?|bonus(?:es)?|rewards?|goodies|valuables|collectibles?|"
                             r"power-?ups?|things to collect|items to collect|good guys|friends)\b", re.IGNORECASE)
# "Characters, enemies and items", "Friends and foes": a title over several kinds says no one thing
MIXED_TITLE = re.compile(r"(?:,|\band\b|&|/).*\b(?:characters?|items?|objects?|cast|friends?)\b|"
                         r"\b(?:characters?|items?|objects?|cast|friends?)\b.*(?:,|\band\b|&|/)", re.IGNORECASE)
# "Hints from Q*bert's friends", "Tips for beating the monsters": advice, not a list of what the objects are
ADVICE_TITLE = re.compile(r"\b(?:hints?|tips?|strateg(?:y|ies)|advice|secrets?|tactics|points|scoring)\b", re.IGNORECASE)
