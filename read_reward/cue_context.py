"""The phrases around an effect cue that decide whether it counts and whose it is (`read_reward.effects`).

Compiled patterns and word sets only; each comment quotes the manual English a pattern stands for.
"""

from __future__ import annotations

import re

from read_reward.cue_owner import YOU_NEXT
from read_reward.clause_words import FRONTING

SCORED_AGAINST = re.compile(r"\b(?:scor\w*|win\w*|earn\w*|points?|goals?)\b[^.;:]*\bagainst\s+(?:the\s+|your\s+|a\s+|an\s+)?$")
TOLD = re.compile(r"\w{2,}[^s\W]s|\w+ed")  # "runs", "touches", "bumped": a verb that tells, where an order has "run"
FEAR = re.compile(r"(?:fear|be afraid|worry|be scared)\b")
COLLIDE = re.compile(r"(?:colliding with|running into|bumping into|crashing into|ramming|touching|run into|bump into)\b")
UNDOES_IT = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:destroys|kills|defeats|crushes|squashes|catches|captures|stops|knocks out|finishes off|"
                       r"wipes out|eliminates|removes|beats)\s+(?:it|them)\b|(?:strikes|cuts|knocks|takes|brings|mows)\s+(?:it|them)\s+"
                       r"(?:down|out)\b)")  # "running into a Slayer strikes it down for points"
# "if Mario runs into that coin, he picks it up and gets points": what follows the collision is a taking (or a power)
TAKEN_AFTER = re.compile(r"[^.;!?]*?\b(?:(?:picks?|picked) (?:it|them|one) up|(?:collects?|grabs?|catches|nabs?) (?:it|them)|"
                         r"(?:gets?|earns?|scores?|wins?|collects?) (?:\w+ )?(?:points|a bonus|bonus points)|"
                         # "you run into the pulsar, everything changes colour": a power it gives
                         r"(?:everything|they|all of them|the \w+) (?:changes?|turns?) (?:colou?r|blue))\b")
IMPOSSIBLE = re.compile(r"\s+(?:is|are)(?:\s+not|n't)\s+(?:even\s+)?possible\b|\s+(?:is|are)\s+impossible\b|\s+(?:can't|cannot|"
                        r"never)\s+happen\b")
TURNS_INTO = re.compile(r"\s+(?:turns|changes|transforms|morphs)\s+(?:back\s+)?into\W*(?:the\s+|a\s+|an\s+)?")
CATCHES = re.compile(r"(?:catch|catches|captures?|traps?|nabs?|grabs?|stops?)\b")
GERUND_LEAD = re.compile(r"[\s,]*(?:(?:and|but|so|then)\s+)?(?:hopping|jumping|landing|stepping|running|bumping|pouncing)\s+"
                         r"(?:on(?:to)?|upon|into|over|at)\s+(?:the\s+|a\s+|an\s+)?")
# a statement, not an order: "you will never run into one", "slides along, never running into them", "the gun can't
# bump into them" (what the player's sprite cannot do)
NOT_AN_ORDER = re.compile(r"\b(?:will|'ll|would|shall|can|could)\s+(?:not\s+)?(?:never|ever)\b|\bwon't ever\b|"
                          r"\bnever\s+\w+ing\b|\b(?:you|PLAYER)\s+never\s+(?!want|wants|need|needs|should|must|ought)\w+|"  # "you never bump into them"
                          r"\bPLAYER\s+(?:\w+\s+)?(?:can't|cannot|can not|couldn't|could not|doesn't|does not|won't|will not)\b")
AND_DOWN = re.compile(r"\band\s+(?:he|she|it|they)(?:'s|'re| is| are| gets?| will be)\s+(?:\w+\s+)?(?:knocked out|"
                      r"destroyed|defeated|beaten|crushed|flattened|squashed|finished)\b|"
                      r"\band\s+(?:he|she|it|they)\s+(?:falls?|goes down|go down|topples?|collapses?)\b(?! (?:on|onto|upon|into) )|"  # "... and he falls"
                      # "charge straight into a Slayer and you knock him down"
                      r"\band\s+(?:you|PLAYER)\s+(?:\w+\s+)?(?:knock|knocks|flatten|flattens|squash|squashes|crush|crushes|"
                      r"topple|topples)\s+(?:him|her|it|them)\b|"
                      r"\b(?:collision|crash|impact|contact|touch|blow)\s+(?:destroys|knocks out|smashes|shatters|flattens|"
                      r"finishes)\s+(?:him|her|it|them)\b")
BY_CONTACT = re.compile(r"\bby\s+(?:running|ramming|bumping|crashing|riding|driving|flying|walking|charging|touching|"
                        r"colliding|smashing|barging)\s+(?:straight\s+|right\s+|directly\s+|head-on\s+)?(?:into|through|against|"
                        r"with)?\s*(?:him|her|it|them|one)\b|\b(?:can|may|must|should) be (?:run|bumped|rammed|ridden|crashed) into\b")
ATTRIBUTIVE = re.compile(r" (?!to\b|if\b|unless\b|as\b|when\b|while\b|until\b|and\b|or\b|but\b|for\b|in\b|on\b|"
                         r"at\b|by\b|so\b|now\b|then\b|again\b|too\b|enough\b)[a-z]+s?\b")  # "harmless pieces"
HARMFUL = frozenset("deadly dangerous lethal hazardous harmful poisonous venomous fatal".split())
COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|being|looks?|seems?|becomes?|'s|'re)\s+"
                        r"(?:(?:a|an|the|one|\w+ly|very|most|so|quite|more)\s+)*$")
EVERY_POINTS = re.compile(r"\b(?:for |with |at )?(?:every|each):?\s+(?:additional\s+|further\s+)?\d[\d,]*\s+points?"
                          r"(?:\s+(?:scored|earned|you score|you earn))?|"
                          # "around 10,000 points he gets really quick": when, not a prize
                          r"(?:^\s*|[.;:!]\s*|\b(?:and|but)\s+)(?:around|at about|at|after|past|beyond|over|above)\s+\d[\d,]*\s+points?"
                          r"(?=,?\s+(?:he|she|it|they|the|things|everything)\b)")
SUFFERS = re.compile(r"(?:die|dies|died|dying|perish(?:es)?|drowns?|sinks?|falls?|fell|tumbl\w*|freezes? to death)$")
SUBJECT_OF = re.compile(r"\s+(?:(?:that|which|who)\s+)?(?:[a-z]+(?:ed|ook|ent|ew|ang|ank|ore),?\s+(?:and|then)\s+)?"  # "shook, and fell"
                        r"(?:(?:will|would|may|might|can|could|must|should|to|soon|then|also|quickly)\s+)?")

FRONTED_ONE = re.compile(rf"^\W*{FRONTING}\b")
SUBJECT_OPENING = re.compile(r"\s*(?:(?:and|but|so|then)\s+)?(?:(?:the|a|an|each|every|any|this|that)\s+)?")

# "Each time it bumps into ...": a subject named in an earlier sentence
THIRD_PARTY = re.compile(r"^\s*(?:[\w']+\s+){0,2}(?:it|they)\s+(?:also\s+|then\s+|just\s+)?$")
WHEN = re.compile(r".*\b(?:before|until|till|after)\s+(?:\w+\s+){0,2}$")
SPENT_ON = re.compile(r".*\b(?:on|at|upon)\s+(?:\w+\s+){0,2}$")
PERSONAL = frozenset("he him his she her".split())
# "the alligator's (long) back", "a snake's touch is death"
ITS_BODY = re.compile(r"\s+(?:\w+\s+)?(?:backs?|shells?|body|bodies|touch|bite|sting|venom|poison)\b")
LAPSE_BEFORE = re.compile(r"\b(?:diving|sinking|submerging|submerged)\s+$")
LAPSE_AFTER = re.compile(r"s?\s+(?:that\s+|which\s+)?(?:(?:are|is|have|has)\s+)?(?:(?:begun|begin|begins|beginning|start|starts|"
                         r"started|starting)\s+(?:to\s+)?)?(?:sink|sinks|sinking|submerg\w+|go(?:es)? under|dives? (?:under|below)|"
                         r"diving (?:under|below)|diving(?! (?:at|toward|towards|on|down|after|for)\b))\b")
# "when the chickens change back, they are warriors again": the harm is in what it turns back into (see effects)
CHANGE_BACK = re.compile(r"s?\s+(?:(?:change|changes|changed|turn|turns|turned|switch|switches|flip|flips) back|revert|reverts|"
                         r"reverted)\b")
# "turtles that have begun to sink", "a turtle that is diving", not "a shark that dives at you"
LAPSE_THEY = re.compile(r"\b(?:they|it)\s+(?:begins?|starts?|are about|is about)\s+to\s+(?:sink|dive|go under|submerge)\b|"
                        r"\bwhen (?:they|it) (?:sinks?|dives?|go(?:es)? under|submerges?)\b")  # "if they begin to sink, get off"
LIKENED = re.compile(r"\b(?:just |much |exactly )?(?:like|as)\s+(?:a |an |the |any |one of the )?$")
# "like a log", "as safe as any log" (not "as a red ball bounces down", "for as long as a log stays": when)
LIKE = re.compile(r"\b(?:just |much |exactly )?like\s+(?:a |an |the |any |one of the )?$|\bas\s+(?:any|every)\s+$")
# "they do the same job as the crabs and geese: a touch ...": what is compared, with a clause after it
SAME_AS = re.compile(r"\bsame\s+(?:\w+\s+)?as\s+(?:(?:a|an|the)\s+)?(?:[\w-]+(?:\s*,\s*|\s+(?:and|or)\s+))*$")
SAME_AS_END = re.compile(r"(?:\s*,?\s*(?:and|or)\s+(?:the\s+)?[\w-]+)*\s*[:;,-]\s*\w")
CONTENTS = re.compile(r"\b(?:filled|full|packed|stocked|crowded|loaded)\s+(?:up\s+)?(?:with|of)\s+(?:\w+\s+)?$")
LIKENED_END = re.compile(r"\s+(?:does|do|did|would|will|can)\b")
FATE = re.compile(r"(?:\s+(?:and|or)\s+(?:every|each|all|the|its)?\s*[\w-]+(?:\s+[\w-]+)?)?"  # "X and every Y has fallen"
                  r"\s+(?:(?:has|have|had) (?:been\s+|(?=fallen))|(?:is|are|was|were|will be|gets?)\s+(?:all\s+)?)"
                  r"(?:lost|destroyed|wiped out|eliminated|blown up|knocked out|flattened|sunk|captured|gone|stolen|"
                  r"fallen)\b(?! by\b)")
RIVAL = re.compile(r"\s+(?:(?!to\b)\w+\s+)?(?:scores?|earns?|wins?|gets?|takes?)\s+(?:a|one|the)\s+"
                   r"(?:point|goal|run|basket|game|set|serve)\b|\s+(?:(?!to\b)\w+\s+)?scores\b(?=\s*(?:[.,;!]|$|when|if|each))")
SPENT_WEIGHT = 0.6
SPENT = re.compile(r"(?:'s)?\s+(?:power\s+|effect\s+|magic\s+)?(?:wears?|wore|runs?|ran)\s+(?:off|out)\b(?!\s+(?:with|of)\b)|"
                   r"\s+(?:expires?|is used up|are used up)\b")  # a power's end: what follows is its absence
TO_RIVAL = re.compile(r"\b(?:point|points|goal|game|serve)\s+(?:(?:goes|go|went|is awarded|are awarded|is given|are given)\s+to|"
                      r"(?:is|are|goes|go)\s+for)\s+(?:your|the|his|her|their)\s+(?:\w+\s+)?$")  # "the point goes to your opponent", "is for the computer"
# "a goal scored by the opposing players": the rival's score
BY_RIVAL = re.compile(r"\b(?:goal|goals|point|points|basket|baskets|run|runs)\s+(?:is\s+|are\s+|was\s+|were\s+)?"
                      r"(?:scored|won|made)\s+by\s+(?:the\s+|your\s+|an?\s+)?(?:\w+\s+)?$")
HURT_LATER = re.compile(r"\b(?:(?:lose|loses|lost)(?!\s+(?:their|its)\b)|die|dies|dead|death|crash\w*|hurt\w*|over|penalt\w*|wrecked|destroyed|"
                        r"(?:down|over) (?:you|PLAYER|he|she) (?:go|goes)|(?:you|PLAYER|he|she) (?:fall|falls|tumble|tumbles|"
                        r"wipe out|wipes out|spill|spills))\b")

# "blow it up before you reach it, or you will crash into it": the alternative is touching it after all
INTO_IT = re.compile(r"\b(?:crash\w*|run|runs|running|fly|flies|flying|bump\w*|slam\w*|smash\w*)\s+(?:right\s+)?in(?:to)?\s+"
                     r"(?:it|them)\b|\b(?:collid\w*\s+with|touch\w*|hit|hits|hitting)\s+(?:it|them)\b")
# not "if a lyre touches Asterix, or Obelix later on, you lose a life": a list of whom, then the main clause
OR_ELSE = re.compile(r"(?:,\s*|\s)(?:or else|or|otherwise)\s*,?\s+(?:you|PLAYER)\b(?!(?:\s+\w+){0,3}\s*,\s*(?:you|PLAYER)\b)|"
                     r";\s*otherwise\b")
LOSE = re.compile(r"(?:lose|loses|lost|losing|sacrifices?|forfeits?|gives? up)\b")
AND_YOU = re.compile(rf"\band\s+(?:{YOU_NEXT}|(?:it|they|that's|that is|that means)\b)")  # "step on a mine and it blows up, costing a turn"
# "a frog carried by a log out of the picture is lost": the edge of the screen costs, not the ride
OFF_SCREEN = re.compile(r"\b(?:carried|carries|carry|swept|sweeps|taken|takes|pulled|pulls|drifts?|drifting|floats?|floating)\b"
                        r"[^.;]{0,50}?\b(?:off|out of|beyond|past|over)\s+(?:the\s+)?(?:\w+\s+)?(?:picture|screen|edge|border|side)\b")
# "Do not linger on the floes; the temperature is falling": a gauge is the subject of the fall, not an object
GAUGE = (r"(?:temperature|time|clock|timer|air|oxygen|fuel|gas|energy|power|score|counter|thermometer|meter|gauge|supply|"
         r"bar)")  # what a gauge on the screen shows
GAUGE_SUBJECT = re.compile(rf"\b(?:the|its|his|her|your)\s+{GAUGE}\s+(?:is|are|keeps?|starts?|begins?)?\s*(?:\w+ly\s+)?$")
# the player's own body into something: "run straight into a Slayer", "ram into him"
BODILY_INTO = (r"\b(?:run|runs|running|ran|walk|walks|walking|charge|charges|charging|ride|rides|riding|ram|rams|ramming|"
               r"bump|bumps|bumping|crash|crashes)\s+(?:straight\s+|right\s+|headlong\s+|directly\s+)?into\b")
# "... the game is over": what a ward's loss ends (see `verdict`)
ENDS_GAME = re.compile(r"\bgame (?:is |'s )?over\b|\bgame ends\b")
