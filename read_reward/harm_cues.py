"""Cues that touching an object does nothing or hurts the player: harmless, losses, hostility, collisions, avoidance.

Each is (kind, direction, weight, pattern) on the lower-cased sentence in which the player's names read "PLAYER";
`cues.CUES` compiles them in this order, before `reach_cues`.
"""

from __future__ import annotations

from read_reward.cue_words import (CONTACT, FIRED, FOR_IT, GAIN, HARMLESS, HARM_VERB, HEADLONG, KILLS_IT, LEFT, LOSS,
                                   MISS, NEVER_MET, OVER, PATIENT, PLACE_AFTER, PLAYER_WORDS, PROJECTILE, RIGHT, SHOOT,
                                   SHOT_NOUN, SUBJECT, THROWS, TIME_LOST, TO_ANOTHER, WARD)

HARM_CUES: tuple[tuple[str, str, float, str], ...] = (
    # "each shark hit by a spear": a projectile's touch is a shot (before "hit by" reads as harm)
    (SHOOT, LEFT, 1.0, rf"\b(?:hit|struck|speared|skewered|harpooned) by (?:a|an|the) (?:\w+ )?{PROJECTILE}"),
    # harmless: contact does nothing
    (HARMLESS, LEFT, 1.0, r"\b(?:can't|cannot|can not|won't|doesn't|don't|isn't|aren't|never)\s+(?:(?:come|get|go|fly|swim)\s+"
                          r"(?:up |down |near |close )?to\s+)?(?:hurt|harm(?!less)|kill|affect|bother|damage|injure|attack)|(?<!\bnot )(?<!\bnever )(?<!\bfar from )(?<!\banything but )\bharmless(?:ly)?\b|\b(?:can|will|does|do|is|are)(?:\s+not|n't)\s+(?:hurt|harm(?!less)|kill|"
                          r"affect|matter|dangerous|bother)|\bno (?:harm|penalty|danger)\b|\bno effect\b(?!\s+(?:on|against)\s+(?:it|them|this|that|these|those)\b)|\bcosts? (?:you |him |her |them |PLAYER )?nothing\b|"
                          r"\b(?:doesn't|does not|don't|do not|won't|will not) (?:score|cost|give|earn|take)(?: (?:or|nor) (?:score|cost|give|earn|take))?"
                          r"(?: you)? (?:anything|any points?)\b|\bnever (?:meet|touch each other|come into contact)\b|"
                          r"\bnothing (?:happens|bad happens)\b|(?<=, )nothing(?: at all| whatsoever)?(?=[.!]*\s*$)|\bneither (?:adds|gives|helps|scores|earns|costs|hurts)\b[^.;]*\bnor\b|"
                          r"\b(?:does|do|means|brings)\s+neither\s+good\s+nor\s+(?:harm|ill|bad)\b|"
                          r"\b(?:is|are|poses?|pose) (?:no|not a|not any) (?:threat|danger|menace|risk)\b|\b(?:does|do|means?) (?:absolutely |simply |just |(?!only)\w+ly )?nothing\b(?! but\b| to\b)|\bsafe to (?:touch|pass|cross|run|fly|drive|ski|swim|skate|brush|bump)|"
                          r"\b(?:does|do) (?:absolutely )?nothing to (?:you|PLAYER)\b|"
                          # "bumping into your opponent is no way to win points": it wins nothing
                          r"\b(?:is|are|'s) (?:no|not a|not the) way to (?:win|score|earn|get|gain) (?:any |a |more )?(?:points?|anything|score)\b|\bmakes? no difference to (?:you|PLAYER|your \w+|the score)\b|"
                          r"\b(?:you|PLAYER) (?:do not|don't|will not|won't|did not|didn't) lose anything\b|\b(?:you|PLAYER) lose nothing\b|"
                          r"\bloses? (?:you|PLAYER|him|her) nothing\b|"
                          r"\b(?:doesn't|does not|don't|do not|won't|will not) do (?:anything|a thing)(?: (?:to|for|against) (?:you|PLAYER|him|her))?"
                          r"(?: either way)?(?=\s*(?:[-–—.,;:!)]|$|either\b|at all\b|when\b|if\b|on (?:its|their|his|her) own\b|by (?:itself|themselves)\b))|"
                          r"\bwithout (?:(?:coming to|taking|suffering) )?(?:any )?(?:harm|danger|hurting|being hurt|penalty|damage)\b|\bjust (?:for show|decoration)\b|"
                          r"\b(?:only|just|merely|simply) (?:part of the )?(?:scenery|background|decoration)\b"),
    # "fly low over the rigs without doing them - or yourself - the least bit of damage"
    (HARMLESS, LEFT, 1.0, r"\bwithout doing (?:(?:them|it|you|yourself|himself|herself|itself|themselves|PLAYER|or|and|-|–|—)\s*){1,5}"
                          r"(?:any |the (?:least|slightest) (?:bit of )?)?(?:harm|damage)\b|"
                          # "fly over the trucks without harming them or itself", "pass over them without effect upon it"
                          r"\bwithout (?:harming|hurting|damaging) (?:(?:them|it|you|yourself|himself|herself|itself|themselves|"
                          r"PLAYER|either|or|and|-|–|—)\s*){1,5}(?=[.,;:!]|$)|\bwithout (?:any )?effect(?: (?:on|upon)\b|\s*(?=[.,;:!]|$))"),
    # "they can't do you any harm"
    (HARMLESS, LEFT, 1.0, r"\b(?:can't|cannot|can not|won't|will not|doesn't|does not|don't|do not|never) do (?:you|PLAYER|him|her) "
                          r"(?:any |the slightest )?(?:harm|damage)\b"),
    # "only the puffs of smoke are worth ignoring", "the player may ignore them"
    # "the boat itself you never touch", "you never touch it": out of the player's reach (no order: see below)
    # ("... they sit above your cannon, and you never actually run into them")
    (HARMLESS, RIGHT, 1.0, rf"(?<!\bsure )(?<!\bensure )\b(?:you|PLAYER)(?: (?:can |will |\w+ly )?|'ll |'d )never {NEVER_MET}\b"),
    # "fly right over a truck, and nobody gets hurt"
    (HARMLESS, LEFT, 1.0, r"\b(?:nobody|no one|nothing) (?:gets|is|will get|will be|ever gets) (?:hurt|harmed|damaged|killed|"
                          r"knocked (?:over|down)|penali[sz]ed|punished)(?:,? (?:or|nor) (?:hurt|harmed|damaged|killed|"
                          r"knocked (?:over|down)|penali[sz]ed|punished))*\b"),
    # "don't worry about bumping them"
    (HARMLESS, RIGHT, 1.0, r"\b(?:don't|do not|never|no need to|need not|needn't|(?:don't|do not|never) (?:need|have) to) (?:ever )?worry about (?:bumping|touching|brushing|hitting|"
                           r"running|crashing|flying|driving)(?: (?:into|against|over|past))?\b"),
    (HARMLESS, LEFT, 1.0, r"\b(?:(?:is|are) worth ignoring|(?:can|may) (?:safely )?be ignored|(?:is|are) safe to ignore)\b"),
    (HARMLESS, RIGHT, 1.0, r"\b(?:can|may) (?:safely )?ignore\b"),
    (HARMLESS, RIGHT, 1.0, r"\bnothing to (?:gain|win|lose)(?: or (?:gain|win|lose))? (?:by|from|in) (?:\w+ing)(?: (?:into|onto|with|over))?\b"),
    # "the cannon can never come into contact with it": out of reach, so touching it is no question
    (HARMLESS, RIGHT, 1.0, r"\b(?:can|could|will)(?: never|not|n't| not)(?: ever)?\s+(?:come|get|be)\s+"
                           r"(?:into|in) contact with\b"),
    # "your gun never gets near it", "the bowler ... never gets anywhere near them": out of the player's reach
    # ("your gun" reads "you": only in the third person, never "you never get near", which may be advice)
    (HARMLESS, RIGHT, 1.0, r"(?:\bPLAYER\b[^.;:]{0,40}?\b(?:never|can't|cannot|can never|won't|will never|doesn't|does not|"
                           r"could never|couldn't)\s+(?:even\s+)?(?:get|gets|come|comes|go|goes)|"
                           r"\byou\b[^.;:]{0,40}?\b(?:never (?:even )?(?:gets|comes|goes)|(?:doesn't|does not) (?:even )?(?:get|come|go)))"
                           r"\s+(?:anywhere\s+)?(?:near|close to)\b(?![^.;:]*\b(?:without|unless|until)\b)"),
    # "I built it to be untouchable", "the mother ship is out of your reach": no contact to weigh
    (HARMLESS, LEFT, 1.0, r"\bno (?:hit ?box|hit-box)(?:es)?\b|\b(?:cannot|can not|can't|can never) (?:even )?be (?:touched|reached)\b|"  # "Shadows are free: no hitbox against you"
                          r"(?:\b(?:is|are|be|stays?|remains?)|'s)\s+(?:completely\s+|totally\s+|way\s+|well\s+|far\s+)?"
                          r"(?:untouchable|out of (?:your |the player's |(?:the )?PLAYER's )?reach)\b|"
                          # "glides high above, far out of reach of your cannon"
                          r"\b(?:well|far|way|high|safely) out of (?:the )?reach of (?:you|PLAYER)\b|"
                          r"\(\s*out of (?:your |PLAYER's )?reach\s*\)"),  # "Boat / octopus body: n/a (out of reach)"
    # "the vehicle is never harmed by diamonds", "the vehicle cannot jump high enough to reach them": no harm, no reach
    (HARMLESS, RIGHT, 1.0, r"\b(?:you|PLAYER)\s+(?:is|are|will be|can be|gets?)\s+(?:never|not)\s+(?:ever\s+)?(?:harmed|hurt|"
                           r"damaged|killed|endangered|threatened|affected)\s+by\b|\b(?:you|PLAYER)\s+(?:cannot|can't|can not|"
                           r"could not|couldn't|can never)\s+(?:[a-z]+\s+){1,3}?(?:high|far|low|fast|close) enough to (?:reach|touch|"
                           r"get to|catch)\b"),
    # "it is not necessary to go around a shadow": nothing to avoid
    (HARMLESS, RIGHT, 1.0, r"\b(?:(?:is|are) not necessary|(?:there is )?no need|needn't|need not|(?:don't|do not|doesn't|does not|never) (?:need|have)) to "
                           r"(?:go around|avoid|dodge|steer around|jump over|worry about|fear)\b"),
    # "bump into one and Joe simply stops": contact only halts the player
    (HARMLESS, LEFT, 1.0, r"\b(?:simply|just|merely|(?:does|do) nothing but) (?:stops|stop|halts|halt|bounces off|bounces back|"
                          r"blocks?)\b|(?:\b(?:is|are)|'s) (?:just|only|merely|nothing but) (?:a |some |the )?(?:mess|scenery|decoration|background|litter|furniture)\b|"
                          r"\bforget about (?:it|them)\b|"  # "that rubble is just mess in the street -- drive over it and forget about it"
                          # "fly right through the convoy, with nothing happening to the chopper or to the trucks"
                          r"\bnothing (?:at all )?(?:happens|happening|will happen) to (?:the )?(?:you|PLAYER)\b"),
    (HARMLESS, RIGHT, 1.0, r"\b(?:can|may|safely|just|simply)\s+(?:pass|run|walk|go|fly|drive|ski|swim|move)\s+"
                           r"(?:right |straight )?(?:through|past)\b|"
                           # "Run straight through them.": an order to pass through is no danger
                           r"^\s*(?:pass|run|walk|go|fly|drive|ski|swim|move)\s+(?:right|straight)\s+through\b|"

                           # "you may bump into them ...; no fouls are called for contact": allowed, and nothing comes of it
                           r"\b(?:you|PLAYER) (?:may|can) (?:freely |safely )?(?:bump|brush|bang|jostle) (?:into|against)\b"
                           r"(?=[^.]*\b(?:no fouls?|nothing|no penalty|no harm|neither helps nor hurts|is allowed|is legal)\b)"),
    # "you don't lose a life by bumping into a ladder": the thing after is harmless
    # (not "the alien doesn't die from it either": the other side's fate)
    (HARMLESS, RIGHT, 1.0, r"\b(?:you|PLAYER|he|she|we|player)(?:'ll|'d)?\s+(?:\w+\s+)?(?:don't|do not|doesn't|does not|won't|will not|"
                           r"never|can't|cannot)\s+(?:lose|die|"
                           r"get hurt|get killed|crash|hurt yourself)\b(?:\W+\w+){0,4}?\W+(?:by|when|if|from|for)\s+"
                           r"(?:\w+ing\s+(?:into|on|onto|over|through|past|under|off|against)?\s*)?"),
    # "falls into the river": what one falls into hurts; "falls off a ladder": what one falls from does not
    (LOSS, RIGHT, 1.0, r"\b(?:falls?|fell|falling|tumbles?|drops?|slips?|plunges?|sinks?) (?:down )?(?:into|in|through)\b(?! place\b| (?:floor|stage|level|round|wave|area|zone|scene|room|screen) \d)"
                       r"(?! (?:\w+ ){0,2}(?:lines?|rows?|waves?|showers?|streams?|columns?|groups?|pairs?)\b)"),  # "in long lines"
    (LOSS, LEFT, 0.0, r"\b(?:falls?|fell|falling|fall|tumbles?|drops?|slips?|plunges?) (?:down )?(?:off|from|out of)\b"),
    # "a log keeps the frog alive", "their shells carry the frog across": what the player lives by
    (GAIN, LEFT, 0.8, rf"\b(?:keeps?|keeping) (?:the )?{PLAYER_WORDS} (?:alive|safe|afloat)\b|"
                      r"\b(?:keeps?|keeping) (?:it|them) (?:alive|afloat)\b|"
                      rf"\b(?:carry|carries|carried|ferry|ferries) (?:the )?{PLAYER_WORDS} (?:across|over|to safety|home|safely)\b"),
    # "the block is a lifesaver", "great for getting out of a jam": what the player is glad to use
    (GAIN, LEFT, 0.6, r"\b(?:is|are|'s|comes? in) (?:very |really |especially |extremely |so )?(?:useful|handy|helpful|"
                      r"a lifesaver|a life-saver|a big help|(?:(?:your|PLAYER's) |(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))(?:best |good |only |true )?friends?(?! of\b)(?! and (?:your |an? )?(?:enemy|enemies|foes?))(?! only\b))\b|\b(?:great|handy|useful|good) for getting (?:you )?out of "
                      r"(?:a jam|trouble|a tight spot|a fix)\b"),
    # "the moment he reaches her, the screen is finished": a level won, not a life lost
    # "when every cube has changed, you finish the round": what finishes it is worth doing
    (GAIN, LEFT, 0.8, r"\b(?:you|PLAYER)\s+(?:finish|finishes|complete|completes|clear|clears)\s+(?:the|a|this|that|each)\s+"
                      r"(?:screen|level|round|wave|stage|board|rack|maze|sheet)\b"),
    (GAIN, LEFT, 0.8, r"\b(?:screen|level|round|wave|stage|board|rack|maze|sheet)\s+(?:is|are)\s+(?:finished|complete|"
                      r"completed|cleared|done|won)\b"),
    # losses done to the player by the object (the object is the subject, before the cue)
    # "touching a ghost kills", "Sue wanders but touching her still kills": kills, no one named
    (LOSS, SUBJECT, 1.0, r"\bkills?(?=\s*(?:on (?:contact|touch)|instantly|at once|outright|too|as well)?\s*(?:[-–—.!;,)]|$))"),
    # (not "you hit him on the head with the shovel": the player is the one who hits)
    (LOSS, SUBJECT, 1.0, rf"(?<!\byou )(?<!\bPLAYER )(?<!\bgo )(?<!\bgo and )\b{HARM_VERB}\s+{PLAYER_WORDS}(?!\s+(?:(?:exactly|absolutely|precisely|just|only|almost)\s+)?(?:where|there|home|somewhere|nowhere|anywhere|safely|nothing|anything|no|a|an|one|some|more|extra|points?|\d+)\b)"),  # not "get you home"
    # "a ghost that's back to its normal color will end you": the player's life ended
    (LOSS, SUBJECT, 1.0, r"\bends?\s+(?:you|PLAYER)\b(?!')"),
    # "a demon that touches your cannon destroys it": touching the player, then harm to it
    (LOSS, SUBJECT, 1.0, rf"\b(?:touch(?:es)?|reach(?:es)?|meets?)\s+{PLAYER_WORDS}\b[^.;:]{{0,30}}?"
                         rf"\b(?:{HARM_VERB}\s+(?:it|you|him|her|PLAYER)|(?:it|he|she|PLAYER)\s+(?:is|gets|will be)\s+"
                         rf"(?:destroyed|killed|lost|eaten|crushed|blown up|wiped out))\b"),
    # "a slow Road Runner is a Coyote's dinner": the player as the object's meal
    (LOSS, LEFT, 1.0, r"(?<='s )(?:next )?(?:dinner|lunch|supper|breakfast|meal|prey|snack)\b"),
    # "one nudge and Bailey's in the river": the player is in the water
    (LOSS, LEFT, 0.8, r"\b(?:PLAYER|you)(?:'s|'re| is| are| ends? up| winds? up| goes| go| falls?| fell| lands?)\s+"
                      r"(?:right\s+|straight\s+)?(?:in|into)\s+the\s+(?:water|drink|river|lake|sea|ocean|pond|soup)\b"),
    # "if it connects, that Yar is history", "you're toast": the player done for
    # ("fly into one and you're done", "a lyre touches Obelix, he's done too")
    (LOSS, LEFT, 1.0, r"\b(?:(?:(?:the|that|your) )?PLAYER|you) ?(?:is|are|'re|will be|'ll be) (?:history|toast|a goner|done for|dead meat)\b|"
                      r"\b(?:fl(?:y|ies)|run|runs|crash\w*|bump\w*|driv\w*|touch\w*|hits?|lands?|steer\w*|ram|rams|swim\w*)\b"
                      r"[^.;]{0,40}?(?:\band|,)\s+(?:(?:the |that |your )?PLAYER|you|he|she) ?(?:is|are|'re|'s) (?:done|finished)\b"
                      r"(?! (?:with|for the|in)\b)|"
                      # "a phoenix bird touching your cruiser = cruiser gone", "it touches you = dead frog": shorthand
                      r"(?:=|->)\s*(?:(?:(?:the|that|your) )?PLAYER (?:gone|lost|dead|toast|history)|(?:a |one )?dead PLAYER)\b"),
    (LOSS, LEFT, 1.0, r"\b(?:life|lives|turn|man|ship|tank|car) (?:is|are|will be) (?:lost|over|gone)\b|"
                      r"\b(?:a|one|another) (?:life|turn|man) (?:gone|lost)\b|\bone of (?:your|PLAYER's) (?:lives|turns|men) (?:gone|lost)\b"),
    # "you fell twice on a mogul field", "trip over a log": what the player falls over
    (LOSS, RIGHT, 0.8, r"\b(?:PLAYER|you)(?:'ll| will| can| could| may| might)? (?:\w+ )?"
                       r"(?:fall|falls|fell|falling|trip|trips|tripped|tripping|stumble|stumbles|stumbled|stumbling|"
                       r"tumble|tumbles|tumbled|tumbling|spill|spills|spilled|wipe out|wipes out|wiped out)"
                       r"(?: \w+)? (?:on|over|onto)\b(?! (?:the )?(?:edge|side|cliff|ledge|brink)\b)"),
    (LOSS, RIGHT, 1.0, r"\b(?:caught|eaten|killed|destroyed|hit|touched|stung|bitten|crushed|captured|zapped|"
                       r"rammed|squashed|struck|swallowed|grabbed|knocked|shoved|pushed|trapped|tripped|run over|"
                       r"blown up|sunk|dragged|bumped)\s+(?:down |off |over |up |back )?by\b"),
    (LOSS, LEFT, 1.0, rf"\b(?:lose|loses|lost|losing)\s+(?:a|an|one|your|his|her|that|this|\d+|some)\s+\w+\b{FOR_IT}|"
                      r"\b(?:lose|loses|lost|losing)\s+you\b(?!\s+nothing\b)|"  # "you lose your car" reads "you lose you"
                      r"(?<!\bthe )(?<!\ba )(?<!\beach )(?<!\bevery )(?<!\bany )"  # not "the lost ball matters less": which ball
                      r"\b(?:lose|loses|lost|losing|costs?|costing|sacrifices?|forfeits?|gives? up)\s+(?:(?:you|him|her|them|PLAYER)\s+)?(?:a|an|one|"
                      r"your|his|her|the|that|this|\d+|some|valuable|precious)?\s*(?:\w+\s+)?(?:life|lives|PLAYER|"
                      r"turn|turns|man|men|ship|ships|player|point|points|time|seconds?|energy|fuel|oxygen|"
                      r"ball|balls|race|round|game|match|health|strength|power|speed|momentum|bonus|"
                      r"heat|degrees|tank|tanks|car|cars|chance|chances)\b" + FOR_IT),
    (LOSS, LEFT, 1.0, r"\b(?:takes?|scorch(?:es)? off|burns? off|knocks? off|chips? off|steals?) (?:away )?(?:some |a little |a lot of )?"
                      r"(?:your |PLAYER's )?(?:energy|health|strength|a life|lives|oxygen)\b|"
                      r"\b(?:energy|health|strength|power|fuel|oxygen|air|life|speed) (?:bar |meter |gauge )?(?:drains?|runs? (?:down|out|low)|"
                      r"goes down|drops|shrinks|ebbs|(?:is|are|gets?|will be) (?:taken(?: away)?|drained|sapped|reduced|used up|down))\b|\b(?:points?|score) (?:drains?|draining|trickles?|ticks?|bleeds?|slips?) away\b|\b(?:points?|score) (?:go(?:es)?|went|drops?|falls?) down\b|"
                      r"\b(?:takes?|taking|knocks?|knocking|chips?) (?:\w+ ){0,2}?points? off\b|"
                      r"\b(?:burns?|takes?|eats?|drains?|costs?|knocks?|chops?|chips?|tears?|rips?|saps?|steals?)\s+"
                      r"(?:you\s+|PLAYER\s+)?(?:a |an )?(?:\w+\s+)?(?:chunk|bite|piece|slice|part|lot|bit|share) of "
                      r"(?:your |PLAYER's |the )?(?:energy|health|strength|power|fuel|oxygen|air|time|lives|score|bonus|"
                      r"shield|armor)\b|\b(?:bite|chunk|piece|slice) out of (?:your |the |PLAYER's )?\w+|"
                      r"\b(?:eats?|steals?|takes?|destroys?|swallows?)\s+(?:some|one|a few|several|two|three|\d+|part|all)\s+of\s+"
                      r"(?:you\b|PLAYER\b|(?:your|PLAYER's)\s+(?:bullets|ammo|ammunition|shots|missiles|rounds|torpedoes|arrows|fuel|air|points|lives)\b)|"
                      r"\b(?:drains?|draining|saps?|sapping|takes? away|taking away|reduces?|reducing|burns?|burning|bites? away|biting away|"
                      r"squeez(?:e|es|ing)|uses? up|eats? up|eats? into|subtracts?|deducts?)\s+(?:[\w']+\s+){0,2}?(?:energy|health|"
                      r"strength|power|fuel|oxygen|air|time|points?|lives|life|score|bonus|shield|armor)\b|\bdrains? (?:you|PLAYER)\b"),
    (LOSS, LEFT, 1.0, r"\b(?:die|dies|died|dying|death|deadly|fatal|lethal|perish(?:es)?|game (?:is )?over|"
                      r"(?:is|are) (?:pure |deadly |sheer )?(?:poison|poisonous|toxic)|"  # not "turns poisonous": a state
                      r"ends? (?:your|the|his|her) (?:brave |whole |little |short )?(?:turn|game|life|run|quest|journey|adventure|mission)|"
                      r"(?:will be|is|are|becomes?|be) miss|"  # a translated booklet's "player will be MISS": a life lost
                      r"(?<!\boff )(?<!\bat )(?<!\bon )(?<!\bnear )(?<!\bfrom )(?<!\btoward )(?<!\btowards )(?<!\bwith )"  # not "off the end of the paddle"
                      r"the end of (?:the |your |that |this |our )?(?:PLAYER|man|life|turn|game|run|hero))\b"),
    (LOSS, PATIENT, 1.0, r"(?:(?<!everything )(?<!everyone )(?<!everybody )\b(?:is|are|will be|gets?|was|were|be|becomes?)|(?<!everybody)(?<!everyone)(?<!everything)'s|'re) (?:\w+ )?(?:lost(?! somewhere\b)|killed|destroyed|dead|eaten|caught|taken away|"
                         r"crushed|blown up|wiped out|eliminated|knocked out|finished|zapped|stung|frozen|"
                         r"drowned|captured|sunk|squashed|flattened|burned|burnt|fried|vaporized|vaporised|incinerated|"
                         r"electrocuted|poisoned|wrecked|smashed|totalled|totaled)\b|(?<!\bto )(?<!\byou )\b(?:explodes?|blows? up)\b"),
    # "Snake, campfire, scorpion: life lost", "birds, rats ..... merit points lost"
    # "trees are the most common thing you'll crash into": what the player crashes into
    (LOSS, LEFT, 0.8, r"\b(?:thing|things|obstacles?|hazards?)\s+(?:that\s+|which\s+)?(?:you|PLAYER)(?:'ll|'re likely to| will| are "
                      r"likely to| might| may)?\s+(?:crash|run|bump|smash|slam|ski|fly|drive)\s+(?:right\s+)?into\b"),
    # "hit a pothole in the road and it costs you": a cost, however much
    # "clipping a flag costs you less than hitting a tree, but both cost you"
    (LOSS, LEFT, 0.8, r"\bcosts? (?:you|PLAYER)(?: dearly| plenty| big| a lot| something| less| more)?(?=\s*(?:[.!;,]|$|than\b))"),
    # "an alien catching you costs one": one of the player's lives
    (LOSS, LEFT, 1.0, r"\bcosts? (?:you |PLAYER )?one(?=\s*(?:[.!;,)]|$))"),
    # "Rolling log: minus points", "the points become less as long as he touches it"
    (LOSS, LEFT, 1.0, r"\bminus (?:\d[\d,]* )?points?\b|"
                      r"\b(?:points?|score) (?:(?:becomes?|gets?|grows?) (?:less|smaller|lower)|drops?|dropping|falls?|go(?:es)? down|decreases?|"
                      r"shrinks?)\b"),
    (LOSS, LEFT, 1.0, r"\b(?:(?:merit |bonus )?points?|merit|lives|energy|health|strength|stamina|(?:a |one )?(?:life|turn))\s+(?:is |are )?(?:lost|deducted|"
                      r"subtracted|taken away)\b"),
    (LOSS, LEFT, 0.8, rf"\b(?:not|never|far from|anything but) harmless\b|\b(?:dangerous{PLACE_AFTER}|(?<!out of )(?<!away from )(?<!safe from )(?<!\bin the )danger{TO_ANOTHER}|dangers|hazard|hazards|hazardous|harmful|hurts?|injur\w*|"
                      r"(?:is|are|as|means?|spells?|'s|'re) (?:only |just |pure |big |real |serious |nothing but )?trouble|"
                      # "a ghost in its regular color is poison", "Ghost = bad", "it's just as bad as any other"
                      r"(?:is|are|'s|'re| ?=) (?:\w+ )?(?:pure |sheer |deadly |nothing but )?poison\b|"
                      r"(?:(?:is|are|'s|'re| ?=) (?:just |really |very |pretty |always |all )?(?:as )?|\bas |(?<=[a-z]s ))bad\b(?! (?:guys?|ones?|luck)\b)(?! for (?!you\b|your\b|PLAYER\b))|"
                      r"(?:is|are|'s|'re) (?:not|never|no) (?:your |PLAYER's |a )?friends?\b|down (?:you|PLAYER) go(?:es)?\b|down goes (?:you|PLAYER)\b|"
                      r"(?:real |true |worst |biggest |main |chief |silent )?killers?(?! (?:whale|bee)s?\b)|the worst of (?:the )?(?:lot|bunch|them)|"
                      r"(?:don't|do not|never) let (?:that|this|it|them|their \w+) fool you|(?<!\btake )(?<!\btakes )(?<!\btook )(?<!\btaking )damages?|(?<!\bis )(?<!\bare )(?<!\bvery )(?<!\bbadly )(?<!\bheavily )damaged|painful|no friend|none of (?:these |those |the |them )?(?:\w+ )?(?:is|are) (?:a |your )?friends?|nothing to (?:fool|mess|trifle|play) (?:around )?with|not to be (?:fooled|messed|trifled) with|(?:does|do|did|cause[sd]?) (?!no\b|not\b|never\b|little\b)(?:\w+ ){0,3}?harm|penalty|penalties|penali[sz]ed|(?<!\bof a )(?<!\bof the )(?<!\blater )(?<!\bon )(?:crash(?:es|ed)?|collisions?|collides?)(?! with| into| between| (?:the|a|an|his|her|their|its) (?!PLAYER\b)\w| (?:rules?|detection|box(?:es)?|tables?|notes?|checks?|logic|masks?|model)\b)|"
                      r"(?<!\blet )(?<!\blets )(?<!allowed to )(?<!\bnight is )(?<!\bdarkness is )(?<!\bdusk is )(?<!\bsnow is )(?<!\brain is )(?:falls?|fell|fallen|falling)(?! in(?:to)? place\b| asleep\b)|tumbl(?:es?|ed|ing)|(?<!\bthe )(?<!\bper )(?<!\beach )(?<!\bround )(?<!\bone )trips?|wipe ?outs?|slows? (?:you|him|her|PLAYER) down|"
                      rf"(?:knocks?|throws?) (?:you|him|her|PLAYER) (?:down|back|off|over)|sets? (?:you|him|her|PLAYER) back|off balance|(?:threats?|menaces?){TO_ANOTHER}(?! (?:is|are) what\b)|deducted|"
                      r"subtracted|seconds? (?:are |is )?added|adds? \d+ seconds?|drowns?|sinks?|"
                      r"freezes? to death|stuns?|stunned|paralyz\w+)\b"),
    (LOSS, LEFT, 0.5, r"\b(?:is|are) (?:your|the|an?|our|his|her)? ?(?:\w+(?:'s)? )?(?:enemy|enemies|foe|foes|villains?|"
                      r"bad guys?)\b"),
    # hostility: the subject is out to get the player
    # (not "the Slayers attack the wedding": an attack on something else)
    (LOSS, SUBJECT, 0.6, r"(?<!\bthing to )(?<!\bthings to )(?<!\bgo )(?<!\bgoing )(?<!\bunder )(?<!\bneed )(?<!\bneeds )(?<!\byou're )(?<!\byou are )(?<!\byou )(?<!\bPLAYER is )(?<!\bPLAYER )\b(?:guard|guards|guarding|(?:attack|attacks|attacking|chase|chases|chasing|hunt|hunts|"
                         r"hunting|pursue|pursues|pursuing)(?!\s+(?:the|a|an)\s+(?!PLAYER\b)\w+)(?!\s+for\s+(?!(?:the\s+)?(?:PLAYER|you|him|her)\b))"
                         # (not "small attack craft": a noun's word)
                         r"(?!\s+(?:craft|crafts|ships?|planes?|helicopters?|choppers?|boats?|subs?|submarines?|dogs?|"
                         r"squadrons?|formations?|waves?|wings?|fighters?|drones?|pattern|patterns|mode|run|runs|timers?|clocks?|music|scenes?|"
                         r"sequences?|phases?)\b)|(?<!\bhis )(?<!\bits )(?<!\btheir )(?<!\bher )patrol|patrols|patrolling|threaten|threatens|stalk|"
                         r"stalks|lurk|lurks|prowl|prowls|tr(?:y|ies|ying) to (?:stop|catch|get|kill|destroy|"
                         r"eat|ram|hit|crush)|(?:is|are) out to get|swoop down on|dive at|home in on|"
                         r"(?:come|comes|coming|go|goes|going) (?:looking for|after) (?:you|PLAYER)|on (?:your|PLAYER's) tail|"
                         r"(?:bites?|stings?)(?=\s*(?:[,;!]|\.\s*$|$|and\b|you\b|PLAYER\b)))\b"),
    (LOSS, SUBJECT, 0.6, rf"\b(?:{THROWS}|shooting|pelts?|aims?)\s+(?:\w+\s+){{0,3}}?(?:at|on|toward|towards|down on)\s+"
                         rf"(?:the\s+)?{PLAYER_WORDS}|\b(?:comes?|coming|flies|fly|flaps?|heads?|dives?|swoops?|charges?|rushes|"
                         rf"closes?)\s+(?:straight\s+|right\s+|directly\s+)?(?:down\s+|in\s+)?(?:at|toward|towards|on)\s+(?:the\s+)?{PLAYER_WORDS}"),
    # "Bart and his black planes ... They fire black zaps.": what fires shots is out to get the player, and what
    # is fired a danger (see effects)
    (LOSS, SUBJECT, 0.5, rf"(?<!\bto )(?<!\bbutton )(?<!\bpress )"  # (not "press the button to fire a bolt")
                         rf"{FIRED}\s+(?!no\b|none\b)(?:\w+\s+){{0,2}}{SHOT_NOUN}(?!\s+{SHOT_NOUN})"  # not "drops no bombs"
                         # (the shot ends its noun phrase: not "shoot an extra bullet box")
                         r"(?=\s*(?:[.,;:!?)\-]|$)|\s+(?:down|from|and|or|that|which|every|all|when|while|as|if|in|across|"
                         r"more|less|too|again|out|(?:at|on|toward|towards)\s+(?:the\s+)?(?:PLAYER|you)\b)\b)"),
    # "CAPTAIN CRABBY'S PATROL SUB (Watch out!)": a warning in brackets after its name
    (LOSS, LEFT, 0.8, r"\(\s*(?:watch out|look out|danger(?:ous)?|careful|beware|avoid(?: it| them)?|deadly|keep away|"
                      r"stay away|keep clear)\s*!*\s*\)"),
    # "shoot them before they can land": what must be stopped in time is a threat
    (LOSS, RIGHT, 0.8, r"\bbefore(?=\s+(?:they|it|he|she)\s+(?:can\s+|could\s+|gets?\s+a\s+chance\s+to\s+)?"
                       r"(?:lands?|reach|reaches|rams?|hits?|catch|catches|gets?|touch|touches|crash|crashes|"
                       r"destroys?|stings?|bites?|finds?|breathes? (?:fire )?on|burns?|shoots?|fires? at|grabs?)\b"
                       # (not "a cube needs two hops before it reaches the target color": a state, no threat)
                       r"(?!\s+(?:the\s+)?(?:\w+\s+)?(?:colou?r|level|score|size|speed|height|shape|number|count|stage)\b))"),
    # collisions: the object after the cue hurts
    # (not "no point is won by running into him": the means of a gain, or of none; nor "robbing a bank is just
    # driving into it": what an action is)
    (LOSS, RIGHT, 1.0, r"(?<!\bwon by )(?<!scored by )(?<!earned by )(?<!gained by )(?<!is just )(?<!is simply )\b(?:collides?|colliding|collision|crash(?:es|ed|ing)?|smash(?:es|ed|ing)?|slams?|"
                       r"runs?|running|ran|bumps?|bumping|bangs?|banging|flies|fly|flying|steers?|drives?|driving) "
                       rf"{HEADLONG}in ?to\b(?!(?: \w+)? (?:pieces|bits|fragments|smithereens)\b)"
                       # (not "running into a pulsar scored points", "Running into a pulsar: 50 points": a gain's means)
                       r"(?![^.;]*?\b(?:scores?|scored|earns?|earned)\s+(?:you\s+)?(?:\d|points?\b|(?:a\s+)?bonus\b|extra\b))"
                       r"(?!(?:\s+[\w'-]+){1,4}\s*[:=]\s*\d[\d,]*\s*(?:points?|pts)\b)"
                       # (not "if your wand bumps into a mushroom, it simply stops": the harmless halt says it all)
                       r"(?![^.;]*\b(?:simply|just|merely|only) (?:stops?|halts?|bounces? (?:off|back)|blocks?)\b)"
                       # (not "Joe bumps into them and that's it", "does literally nothing": nothing comes of it; nor
                       # "Kelly runs into Harry, Harry is nabbed": the capture it makes)
                       r"(?![^.;]*\band that(?:'s| is) (?:it|all)\b|[^.;]*\b(?:does|do) (?:(?!only)\w+ly )?nothing\b|"
                       r"[^.;]*\b(?:gets?|loses?) (?:you |PLAYER )?nothing\b|"
                       r"[^.;]*\b(?:does not|doesn't|do not|don't|won't|will not|cannot|can't) (?:\w+ )?(?:hurt|harm)\b)"
                       r"(?![^.;]*\b(?!you\b|PLAYER\b)\w+ (?:is|are|gets?) (?:nabbed|arrested|collared|apprehended)\b)"
                       rf"(?!{KILLS_IT})|"
                       r"\b(?:collides?|colliding|collisions?|crash(?:es|ed|ing)?|contact) with\b"
                       r"(?![^.;:]*\b(?:means?|does|do) nothing\b|[^.;:]*\bcosts? nothing\b|[^.;:]*\bis harmless\b|"
                       r"[^.;:]*\b(?:is|are) (?:the |a )?(?:(?:one|only|and|very|really) ){0,4}good\b)|"
                       r"\b(?:spills?|falls?|crash(?:es|ed|ing)?|smash(?:es|ed|ing)?|slams?|bumps?)[\s,\-–—]+against\b"),
    # "if Colwyn runs right into a Slayer, the Slayer is destroyed and Colwyn scores points": the collision is
    # the means of the gain, a touch (not a shot's kill)
    (CONTACT, RIGHT, 0.6, r"(?<!\bwon by )(?<!scored by )(?<!earned by )(?<!gained by )\b(?:runs?|running|ran|bumps?|bumping) "
                          rf"{HEADLONG}into\b(?=[^.;]*?\b(?:scores?|scored|earns?|earned)\s+(?:you\s+)?(?:\d|points?\b|(?:a\s+)?bonus\b)|{KILLS_IT})"),
    # "protect the trucks", "the installations you have sworn to protect:": a ward, not a prize
    (WARD, RIGHT, 1.0, r"\b(?:protect|protects|protecting|defend|defends|defending|safeguard|safeguards|safeguarding)\b"
                       r"(?!\s+(?:yourself|you|PLAYER|your (?:ship|self|life|lives)|themselves|itself|himself|herself)\b)(?=\s+\w)"),
    # "one good whack saves a carrot": what a deed keeps from harm ("saves your neck" is the player's own)
    (WARD, RIGHT, 1.0, r"(?<!\byou )(?<!\bPLAYER )\bsaves\b(?=\s+(?:a|an|the|one|every|each|it|them|all)\b)"),
    (WARD, LEFT, 1.0, r"\bneeds? (?:guarding|protecting|protection|defending)\b|"
                      r"\b(?:to|must|will) (?:protect|defend|guard|safeguard)\s*(?=[.:;!]|$)|"
                      r"\bwhat (?:you're|you are|PLAYER is|you) (?:guarding|protecting|defending|guard|protect|defend)\b|"
                      r"\bworth (?:keeping|protecting|saving|defending|guarding)\b|"  # "each one is worth keeping alive"
                      # "a bonus for every truck that is still rolling at the end": its survival pays
                      r"\b(?:(?:that|which|who) (?:is|are) )?still (?:rolling|alive|standing|intact|afloat|in one piece|on the (?:road|screen|board|field))\b|"
                      r"\b(?:each|every) surviving\b|\bsurviving(?= [\w-]+s (?:are|get) (?:\w+ )?(?:added|counted|tallied|totall?ed|scored)\b)|"
                      # "when the last carrot is taken, the game is over": losing it is the loss
                      r"\b(?:is|are|has been|have been|gets?) (?:taken|stolen|carried off|dragged (?:off|away|down|under)|"
                      r"pulled (?:down|under|away)|gone)\b(?=[^.;]*\b(?:game (?:is |'s )?over|game ends)\b)"),
    (OVER, RIGHT, 0.5, r"\b(?:jump|jumps|jumping|leap|leaps|leaping|hop|hops|hopping|vault|vaults|swing|swings|"
                       r"climb|climbs) (?:over|across)\b|\b(?:duck|ducks|ducking) under\b|"
                       r"\b(?:jump|jumps|jumping|leap|leaps|leaping|hurdle|hurdles|hurdling)(?= (?:a|an|the|each|every|one|it|them)\b)"),
    # avoidance: the object after the cue hurts
    # "it takes a wand away": one of the player's lives gone
    (LOSS, LEFT, 1.0, r"\btakes? (?:a|one|an|that|your) (?:PLAYER|life|turn|man|ship)\s+away\b|"
                      r"\btakes? away (?:a|one|an) (?:PLAYER|life|turn|man|ship)\b"),
    # "flowerpots are thrown from the windows above": a missile (half: the danger is told by what it is)
    (LOSS, LEFT, 0.5, r"\b(?:is|are|get|gets|being) (?:thrown|hurled|tossed|flung|lobbed) "
                      r"(?:down )?(?:from|out of|off|down|at (?:you|PLAYER)\b)"),
    (LOSS, LEFT, 0.8, TIME_LOST),
    # "they can't be beaten for points, only dodged": what is to be avoided
    (LOSS, LEFT, 0.8, r"\b(?:(?:can|must|should|has to|have to) (?:only )?be|only) (?:dodged|avoided|escaped)\b"),
    # (not "players lose time by dodging shadows; don't.": the advice is taken back)
    (LOSS, RIGHT, 0.8, r"(?![^.;]*;\s*(?:just\s+|so\s+)?don't[.!]*\s*$)\b(?:avoid|avoids|avoiding|dodge|dodges|dodging|evade|evading|escape from|shake off|outrun|outruns|"
                       r"run from|flee from|(?:step|walk|steer|go|climb|move) around (?=them\b|it\b)|watch out for|look out for|keep an eye out for|on the lookout for|beware(?: of)?|stay (?:well |far )?(?:away|clear) "
                       r"(?:of|from)|keep (?:well |far )?(?:away|clear) (?:of|from)|(?:keep|stay) (?:well |far |way )+from|steer clear of|keep out of|"
                       r"(?:keep|stay) (?:your |a (?:safe |good )?)?distance (?:from|between you and)|"
                       r"(?:don't|do not|never|must not|careful not to) (?:run|steer|walk|drive|fly|jump|move) "
                       r"(?:(?:the |your )?PLAYER|him|her) into|"
                       # (not "you never touch it": a fact, no order)
                       r"(?:(?<![a-z]s )(?<!\bthey )(?<!\bthat )(?<!\bwhich )(?<!\byou )(?:don't|do not)|(?<=\bsure you )(?:don't|do not)|(?<=\bif you )(?:don't|do not)|(?<!\byou )(?<!\bPLAYER )(?<!\byou'll )(?<!\bPLAYER'll )(?<!\byou will )(?<!\byou can )(?<!\byou'd )never|(?<=\bsure you )never|(?<=\bensure you )never|must not|careful not to) (?:touch|hit|run into|bump into|walk into|step into|"
                       r"run across|walk across|step across|drive across|run over|walk over|step onto|"
                       r"crash into|land on|step on|get near|go near|fall into|let(?=(?:\s+[\w']+){1,3}?\s+(?:touch|catch|get|"
                       r"reach|hit|grab|land|run|eat|crash|ram|bump|near|close|come)))|fear|elude|outrun|"
                       r"steer (?:wide|clear|around) (?:of )?|go around|ski around|stay off|keep off)\b|"
                       # "don't eat it!", but not "don't eat the pills too soon" (eat them later), "... the pulsar first"
                       r"\b(?:don't|do not|never|must not|careful not to) (?:eat|collect|grab|pick up|swallow)\b"
                       r"(?!(?:\s+[\w']+){1,4}?\s+(?:too|until|before|yet|right away|early|the moment|the minute|as soon as|"
                       r"immediately|at once|straight away|first(?!\s+\w))\b)"),
    # "it's all traffic you'll want to keep away from", "cars are best avoided": the verb's object stands before it
    (LOSS, LEFT, 0.8, r"\b(?:you|PLAYER)(?:'ll|'d| will| would| should| must| can| had better| better)?(?: \w+)?(?: to)? "
                      r"(?:(?:keep|stay) (?:well |far )?(?:away|clear) (?:of|from)|steer clear of|avoid|dodge|stay off)"
                      r"(?=\s*(?:[.,;:!?)]|$|at all costs\b|if (?:you|PLAYER) can\b))|"
                      r"\b(?:is|are) best (?:avoided|dodged|left alone)\b"),
    (LOSS, LEFT, 0.8, r"\bto (?:avoid|dodge|evade|watch out for|look out for|steer around|fear|beware of)\b|"
                      r"\b(?:must|should|may) (?:never|not) be (?:touched|jumped (?:up)?on|stepped (?:up)?on|landed (?:up)?on|"
                      r"ridden|run into|bumped into)\b|"  # "the crocodile head must never be jumped upon"
                      r"\b(?:must|should|can only|has to|have to|is to|are to|is best|are best|better) be (?:avoided|dodged|evaded|"
                      r"feared|steered around|kept away from)\b|\bnothing (?:you|PLAYER) (?:want|wants|would want) to "
                      r"(?:meet|touch|run into|bump into|get near|tangle with)\b|"
                      r"\b(?:get|keep|stay|move|jump) (?:out of|clear of) (?:their|its) (?:way|path)\b|"
                      r"\b(?:rather than|instead of|never|don't|do not|without) (?:\w+ing|\w+) (?:into|in front of|across) (?:their|its) (?:way|path)\b"),
)
