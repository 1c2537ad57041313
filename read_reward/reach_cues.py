"""Cues that the player is to touch, reach or ride an object, gains by it, or shoots it (and a few losses told
after the player's move: "a frog which jumps on the crocodile head is swallowed").

Each is (kind, direction, weight, pattern) on the lower-cased sentence in which the player's names read "PLAYER";
`cues.CUES` compiles them in this order, after `harm_cues`.
"""

from __future__ import annotations

from read_reward.cue_words import (BARE_WEIGHT, CONTACT, CONTACT_VERB, DESTROYED, GAIN, INTAKE, LEFT, LOSS, MISS, NUM,
                                   PROJECTILE, RIGHT, SHIELDED, SHOOT, THEIRS, USE_VERB, USE_WEIGHT)

REACH_CUES: tuple[tuple[str, str, float, str], ...] = (
    # "a frog which jumps on the crocodile head is swallowed": what the player touched before his end
    (LOSS, RIGHT, 1.0, r"\bPLAYER (?:which|that|who) (?=(?:[\w'-]+ ){1,6}?(?:is|gets|will be) (?:swallowed|eaten|lost|killed|"
                       r"destroyed|crushed|drowned|squashed|zapped|burned|burnt)\b)[a-z]+(?: (?:on|into|onto|upon|against))?\b"),
    # "he lands in the tunnel, 100 points poorer": points the player is short of
    (LOSS, LEFT, 1.0, rf"\b{NUM}\s+points?\s+(?:poorer|lighter|down|fewer|less)\b"),
    # "ride over it and it goes into your reserve": a spare kept for later
    (GAIN, LEFT, 0.8, r"\b(?:goes|go|is added|are added|adds? (?:\w+ ){0,3}?)(?:in)?to (?:your|the|PLAYER's) "
                      r"(?:reserves?|stock|spares?|supply|inventory)\b|\badds? (?:an? |one )?(?:extra |spare )?(?:life|man|ship|turn)\b"),
    # "touching it brings out the Zorlon Cannon", "the contact brings your big gun into play": it arms the player
    (GAIN, LEFT, 0.8, r"\b(?:brings?|bringing|calls?|calling|summons?|summoning) (?:out |up |in |forth )?(?:(?:the|your|a|an|its) )?"
                      r"(?:[\w-]+ ){0,2}?(?:cannon|gun|weapon|artillery|laser)s?\b"),
    # "To protect your bride, charge straight at the Slayers": an order to go at it
    (CONTACT, RIGHT, 0.6, r"(?:^|(?<=^ )|(?<=[,;:] )|(?<=-- )|(?<=\band )|(?<=\bthen ))(?:charge|rush|run|go|head)\s+"
                          r"(?:straight\s+|right\s+|directly\s+)?at\b"),
    # "fly up to the Qotile and touch it": an order to touch it
    (CONTACT, RIGHT, 0.6, r"(?:^\s*|\b(?:and|then)\s+)(?:touch|tag)\b(?=\s+(?:it|them|him|her|the|a|an|each|every)\b)|"
                          # "Once the barrier is broken, reach Lyssa.": an order to get to it
                          r"(?:^\s*|^\s*(?:once|when|after|as soon as)\b[^,;]{3,60},\s*|\b(?:and|then)\s+)reach\b(?!\s+(?:for|out|up|down|the (?:top|bottom|end|edge|next|last|goal|level|round|stage|screen|surface|shore|other side)\b|zero\b|\d))"),
    # a scoring row that says how it is won: "WIDOW'S CHAMBER REACHED: 1000", "FLAG CAPTURED ... 500"
    (CONTACT, LEFT, 0.6, r"\b(?:reached|collected|caught|captured|rescued|grabbed|picked up|eaten|touched)(?=[\s):.-]*\d)"),
    (CONTACT, RIGHT, 0.6, r"^\s*reaching\b(?![^.;:]*\b(?:costs?|lose|loses|kills?|ends?)\b)"),  # "Reaching Lyssa in the Fortress: 5,000."
    # "you gain merit points by finding clues": finding it is how the points come
    (CONTACT, RIGHT, 0.6, r"\b(?:gain|gains|earn|earns|score|scores|get|gets|win|wins)\s+(?:\w+\s+){0,3}?by\s+"
                          r"(?:finding|uncovering|discovering|turning up)\b"),
    # "so fish good, obviously", "the green balls are good.": good for the player, said plainly
    (GAIN, LEFT, 0.6, r"(?:\b(?:is|are|'s|'re)\s+|=\s*|(?<=[a-z] ))(?<!\bnot )(?<!\bno )(?<!\bso )(?<!\btoo )(?<!\bfor )good\b"
                      r"(?=\s*(?:[,.;!)]|$))"),
    # "making contact with it is the one and only good thing that can happen to you"
    (GAIN, LEFT, 0.6, r"\b(?:is|are|'s|'re)\s+(?:the\s+|a\s+)?(?:(?:one|only|and|very|really)\s+){0,4}good thing\b"),
    # "green ball, Sam, disks: all good to touch", "Helps: logs, turtles that aren't diving, ...": worth touching
    (GAIN, LEFT, 0.8, r"\b(?:good|great|worth it|safe and good|fine) to (?:touch|grab|catch|collect|hit|eat|get|take|reach|"
                      r"hop on|land on|run into|ride)\b|^\W*(?:helps?|helpful|good(?: stuff| things)?|friends?|friendly|(?:things |what )?to (?:touch|grab|get|collect))(?=\s*:)"),
    # "the PC must reach the lady alive", "you have to rescue the girl": what the player is to get to
    (CONTACT, RIGHT, 0.6, r"(?<!\bnot )\b(?:must|has to|have to|needs? to|should)\s+(?:(?:\w+ly|then|still)\s+)?(?:reach|rescue|save|get to)\b"),
    # "the goal is the girl", "the objective is to rescue the girl", "she is your goal": what to reach
    (CONTACT, RIGHT, 0.6, r"\b(?:the|your|our)\s+(?:(?:main|only|real|whole|final|ultimate|big)\s+)?(?:goal|objective)\s+"
                          r"(?:is|was)\s+(?=(?:the|a|an|your|to\s+(?:reach|rescue|save|get to|grab|collect|catch|free))\b)"),
    (CONTACT, LEFT, 0.6, r"\b(?:is|are|'s|'re)\s+(?:your|our)\s+(?:(?:main|only|real|whole|final|ultimate|big)\s+)?(?:goal|objective)\b"),
    # "he has to ride into the Black Fortress before sunrise": getting there in time is the goal
    # ("Ride into the Fortress before the sun rises, or ...": the order itself)
    (CONTACT, RIGHT, 0.6, r"(?:\b(?:must|has to|have to|needs? to|should)\s+|^\W*)(?:(?:ride|run|go|get|fly|drive|walk|swim|climb|race|hurry|"
                          r"make it)\s+(?:in)?to|reach)\b(?=[^.;:!?]*\b(?:before|in time)\b)"),
    # "the only thing you actually want to touch is the ball", "you'll want to reach the door": a wish to touch it
    (CONTACT, RIGHT, 0.6, r"\b(?:you|PLAYER)(?:'ll| will)? (?:really |actually |always |definitely )?(?:(?:want|need|have|ought) to|must) "
                          r"(?:touch|reach|get to|get your hands on|go for)\b(?!\s+(?:the )?(?:top|bottom|end|edge|next|last|"
                          r"goal|level|round|stage|screen|surface|shore|other side)\b)"),
    # "touching the ball with your paddle is the whole game": reaching it is the point of playing
    (GAIN, RIGHT, 0.8, r"\b(?:touching|hitting|reaching|catching|getting to|returning|collecting|grabbing|rescuing)\b"
                       r"(?=[^.;:]{0,50}\b(?:is|are) (?:the )?(?:whole |main |only |real |entire )?(?:game|point|idea|goal|"
                       r"object|aim|purpose|mission)\b)"),
    # gains: the object before them is worth them
    # (not "1 point for the computer": the opponent's score)
    (GAIN, LEFT, 1.0, rf"\b{NUM}\s+(?:bonus\s+|extra\s+)?points?\b{THEIRS}|\bpoints? (?:each|apiece)\b|\badds? (?:another )?{NUM}\b|"
                      r"\b(?:extra|bonus|free|additional) (?:life|lives|man|men|ship|ships|turn|turns|"
                      r"player|players|car|cars|tank|tanks|chef|chefs)\b|\b(?<!' )(?<!'s )(?<!nothing )(?<!\bno )worth\b(?! (?:nothing|no\b|zero\b|remembering|noting|knowing|trying|ignoring|avoiding|dodging|watching|a try|a look|it\b|the (?:effort|trouble|risk|wait)|keeping|protecting|saving|defending|guarding))|"
                      r"\b(?<!nothing to )(?<!nothing to be )(?:(?:earns?|awards?|rewards?|gains?|wins?)(?! (?:no|nothing|zero)\b)|adds? to your score|(?:is|are|gets?|get) added to (?:your|the) score|(?:you |(?<!about )to |and )score(?! (?:nothing|no\b|zero\b|(?:on|against) (?:you|PLAYER)\b))|"
                      r"scores? (?:a |one |\d+ |big |more |extra )?(?:points?|goals?|baskets?|runs?|bonus)|scores? for (?:you|PLAYER)\b|"
                      r"(?<!\bno weight is )(?<!\bno points are )(?<!\bno point is )(?<!\bnothing is )(?<!\bno bonus is )scored|"
                      rf"{INTAKE}|restores?|recharges?|powers? up|{SHIELDED}|advances? (?:you )?to|valuable)\b"),
    # a bare "points" or "bonus" says it scores, not how much nor how it is earned
    (GAIN, LEFT, BARE_WEIGHT, rf"(?<!\b0 )(?<!\bno )(?<!\bany )(?<!\bzero )(?<!minus )(?<!how many )(?<!starting )(?<!restart )(?<!turning )(?<!check)(?<!check )"
                              rf"(?<!\bat one )(?<!\bat some )(?<!\bat that )(?<!\bat this )(?<!\blost )"  # "at one point": once; "a lost point"
                              rf"\b(?:points?(?! of\b)(?!:?\s*(?:none|nil|nothing|zero|n/a|0)\b){THEIRS}(?<!\bpoint(?= (?:to|at|out)\b))|bonus|treasures?|"  # not "Points: None"
                              # not "his prize carrot patch": prized, said of something else
                              r"(?<!his )(?<!her )(?<!their )(?<!our )(?<!my )prize|prize(?! (?!(?:is|are|was|for|of|and|or|to|in|on|at|when|if)\b)[a-z]+))\b"),
    # what the player needs: "if you run out of fuel", "you need a key", "don't waste a pulsar"
    (GAIN, RIGHT, 0.8, r"\b(?:run|runs|running|ran) (?:out|short) of\b|\b(?:low|short) on\b|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )\b(?:need|needs|needed)\b(?!\s+not\b)(?!\s+to\s+be\b)(?!\s+\w+ing\b)(?!\s+to\s+(?:pass|get past|get by|overtake|avoid|dodge|beat|outrun|jump|shoot|destroy|kill)\b)|"
                       r"\b(?:don't|do not|never|try not to) waste\b(?!\s+(?:\w+\s+)?(?:time|effort|energy|moves?|shots?|ammunition|ammo|"
                       r"fuel|bullets?|missiles?|you)\b)"),
    # "without it, our hero will run out of breath": what the player cannot do without
    (GAIN, RIGHT, 0.8, r"^\W*without(?=\s+(?:it|them|one|the\s+[\w' -]{1,30}?|an?\s+[\w' -]{1,30}?)\s*,[^.;]*?\b"
                       r"(?:(?:run|runs|will run) (?:out|short)|drown|drowns|suffocate|suffocates|starve|starves|"
                       r"freeze|freezes|will die|dies)\b)"),
    # "each time a spear strikes a tentacle", "a depth charge will get one": a projectile's touch is a shot
    (SHOOT, RIGHT, 1.0, rf"\b(?:a|an|the|each|every|your|one)\s+(?:\w+\s+)?{PROJECTILE}\s+(?:that\s+)?"
                        r"(?:strikes?|hits?|touches|reaches|finds|meets|kills|destroys|zaps|stops|"
                        r"(?:will |can |may )(?:get|take|hit|strike|reach|kill|destroy|stop)(?= (?:one|it|them)\b))\b"),
    # contact actions done to the object after them (eat, collect, catch, ...)
    (CONTACT, RIGHT, 0.6, rf"\b{CONTACT_VERB}\b"),
    # "walk through the igloo door into the igloo": going in through a door is reaching it
    (CONTACT, RIGHT, 0.6, r"\b(?:walk|walks|walking|go|goes|going|hurry|hurries|run|runs|step|steps|get|gets)\s+(?:in\s+)?through"
                          r"(?=\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:\w+[\s-]+)?(?:door|doorway|entrance|opening|gate)s?\b)"),
    # "jump up or walk into a hammer": an order to walk into it (walking into a thing is no crash)
    (CONTACT, RIGHT, 0.6, r"(?:^\W*|[,;:]\s*|\b(?:and|or|then|just|simply)\s+)walk\s+(?:right\s+|straight\s+)?into\b"
                          r"(?![^.;]*\b(?:simply|just|merely|only) (?:stops?|halts?|bounces? (?:off|back)|blocks?)\b)"),
    # "walk him right in through the door", "getting inside it": going in is reaching it
    (CONTACT, RIGHT, 0.6, r"\b(?:walk|walks|walking|go|goes|going|get|gets|getting|head|heads|march|marches|step|steps)\s+"
                          r"(?:(?:PLAYER|him|her)\s+)?(?:(?:right|straight|safely|back)\s+)?(?:inside|in through)\b|"
                          r"\b(?:walk|walks|walking|march|marches|lead|leads|steer|steers)\s+(?:PLAYER|him|her)\s+"
                          r"(?:(?:right|straight|safely|back)\s+)?through\b|"  # not "walk through it": passing
                          # "walk Bailey into the doorway of the igloo", "run for the igloo": going to it
                          r"\b(?:walk|walks|walking|go|goes|going|get|gets|getting|head|heads|march|marches|step|steps)\s+"
                          r"(?:(?:(?:the\s+)?PLAYER|him|her)\s+)?(?:(?:right|straight|safely|back)\s+)?into the (?:doorway|door|entrance|opening) of\b|"
                          r"(?:^\s*|[,:;]\s*|\b(?:you|PLAYER|then|and|to)\s+)(?:head|run|race|dash|hurry|make a (?:run|dash|break))\s+(?:back\s+)?for(?=\s+(?:the|your|his|her)\b)"),
    # "he is to be hit on the head with the shovel": the player's touch, told in the passive
    (CONTACT, LEFT, 0.6, r"\b(?:bonked|whacked|bopped|swatted|punched|hit|smacked|clobbered|stomped|kicked)\b(?:\s+\w+){0,4}?"
                         r"\s+(?:with|by)\s+(?:the |your |a )?PLAYER\b(?!'s)"),
    # "you can ride safely on an alligator's back": a means of getting somewhere that is safe to touch
    (CONTACT, RIGHT, 0.6, rf"\b(?:safely\s+{USE_VERB}|{USE_VERB}\s+safely(?:\s+on)?)\b|"
                          # "the frog may ride on the crocodile safely"
                          rf"\b{USE_VERB}(?:\s+on|\s+upon)?(?=\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'-]+\s+){{1,3}}safely\b)"),
    # "turtles can give Freddie a ride", "SAFE to hop on: logs, turtles": a ride that is safe to take
    (CONTACT, LEFT, 0.6, r"\b(?:give|gives|giving|offer|offers)\s+(?:the\s+|an?\s+)?(?:PLAYER|you|him|her)\s+a\s+(?:free\s+)?(?:ride|lift)\b"),
    # "the frog may ride on the alligator's back": carried on it, as on a log
    (CONTACT, RIGHT, 0.6, r"\b(?:ride|rides|riding|hop|hops|hopping|stand|stands|standing)\s+(?:safely\s+)?(?:on|upon)(?=\s+(?:the\s+|an?\s+|its\s+|"
                          r"their\s+)?(?:[\w-]+'s?\s+)?(?:backs?|shells?)\b)"),
    (CONTACT, RIGHT, 0.6, r"\b(?:ride|rides|riding)\s+(?:safely\s+)?(?=(?:the\s+|an?\s+|its\s+|their\s+)?[\w-]+'s?\s+(?:backs?|shells?)\b)"),
    # "his long scaly back is as safe to stand on as any log": the subject is safe to stand on
    (CONTACT, LEFT, 0.6, r"\b(?:is|are)\s+(?:as\s+|just as\s+|perfectly\s+|quite\s+|completely\s+)?safe to "
                         r"(?:hop|jump|land|stand|step|walk|ride)(?: on(?:to)?| onto| upon)?(?=\s+as\b|\s*[.;,!]|\s*$)|"
                         # "turtles / rows of 2-3, also safe to ride": a note's subject left unsaid
                         r"(?:^|(?<=[,;:=]))\s*(?:also\s+|just\s+|perfectly\s+|quite\s+|totally\s+)?safe to "
                         r"(?:hop|jump|land|stand|step|walk|ride)(?: on(?:to)?| onto| upon)?(?=\s*[.;,!]|\s*$)"),
    (CONTACT, RIGHT, 0.6, r"(?<!not )\bsafe to (?:hop|jump|land|stand|step|walk|ride)(?: on(?:to)?| onto)?\b"),
    (CONTACT, RIGHT, 0.6, r"\b(?:hop|hops|hopping|jump|jumps|jumping|climb|climbs|climbing|step|steps|leap|leaps)\s+aboard\b"),
    # "a frog who lands upon a log is safe aboard it": where landing is safe
    (CONTACT, RIGHT, 0.6, r"\b(?:lands?|hops?|jumps?|steps?|leaps?)\s+(?:up)?on(?:to)?\b(?=[^.;:]{1,40}?\b(?:is|are)\s+"
                          r"(?:perfectly\s+|quite\s+)?safe\b(?!\s+(?:from|only|as long|while|until)\b))"),
    # "the only way over is to ride on floating logs, turtles and ...": what the player must use
    (CONTACT, RIGHT, 0.6, r"\bthe only way (?:\w+ ){0,3}?is (?:to |by )?(?:ride|riding|hop|hopping|jump|jumping|stand|standing|"
                          r"climb|climbing|use|using|step|stepping)(?: (?:on(?:to)?|across|along|up))?\b"),
    # "alligators make fine rafts", "a gator's back is a perfectly safe ride": something good to stand on
    (CONTACT, LEFT, 0.6, r"\b(?:make|makes|making|are|is)\s+(?:an?\s+|the\s+)?(?:\w+ly\s+)?(?:good|fine|great|safe|handy|useful|"
                         r"excellent|perfect|sturdy|safest|best)\s+(?:rafts?|stepping[ -]stones?|platforms?|boats?|rides?|footholds?)\b|"
                         # "their backs are as good as a log for a ride across"
                         r"\b(?:is|are)\s+(?:just\s+)?as (?:good|safe|solid) as (?:a|an|any)\s+[\w-]+\s+(?:for a ride|to ride|to stand on)\b"),
    # "NOT SAFE: cars and trucks, the snake": what is listed after it
    (LOSS, RIGHT, 0.8, r"\bnot safe(?: to (?:hop|jump|land|stand|step|walk|ride|touch)(?: on(?:to)?| onto)?)?(?=\s*:)"),
    (CONTACT, RIGHT, USE_WEIGHT, rf"\b{USE_VERB}\b"),
    # (not "slower to reach the demons", "hardest to reach": how quickly a shot gets there)
    (CONTACT, RIGHT, 0.6, r"(?:^\s*|(?<!slower )(?<!faster )(?<!quicker )(?<!longer )(?<!harder )(?<!hardest )(?<!easier )"
                          r"(?<!easiest )\b(?:you|to|and|then|(?:you|PLAYER)\s+(?:must|can|will|should))\s+)(?:reach|get to(?!\s+(?:watch|see|play|keep|choose|pick|try|be|do|know|hear|decide|start|enjoy|have|take|make|use|control|"
                          r"steer|shoot|fire|fly|drive|ride|go|move|sit|stand|spend)\b)|make it to|grab|get(?!\s+(?:to|rid|away|out|past|around|there|here|"
                          r"back|off|through|clear|behind|close|near|caught|hit|hurt|killed|a little|some|\w+ed|eaten|bitten|taken|ready|set|going|"
                          r"(?:an?\s+|extra\s+)?(?:bonus|bonuses)|"  # "you get bonus points for every truck ...": a score, no touch
                          r"beaten|frozen|thrown|blown|stung)\b))\b"),
    (MISS, LEFT, 0.8, r"\b(?:gets?|goes|slips?|sails?) (?:past|by) (?:you|PLAYER)\b"),
    # "if he's too late, the fortress has moved": being late for it costs, so reaching it helps
    (MISS, RIGHT, 0.8, r"(?:\b(?:is|are|am|was|were|arrives?|gets? there)|'s|'re) too (?:late|slow)\b"),
    # "if Harry makes it off the roof, Harry gets away and Kelly loses a life": its escape is the player's loss
    (MISS, LEFT, 0.8, r"\b(?:gets? away|got away|escapes|escaped|makes? (?:a |his |her |its )?(?:clean )?(?:getaway|escape)|makes? it (?:off|out|away))\b"
                      # ("... reaches the roof and escapes, the round is lost", "Harry escapes: life lost")
                      r"(?=[^.;]*\b(?:(?:you|PLAYER) (?:lose|loses|lost)|\w+ (?:loses|lost) (?:a|an|one|your|his|her)|(?:is|are) lost|"
                      r"(?:life|lives|turn|round) (?:is )?lost)\b)"),
    # "I was one hop short of the disk. life lost.": not reaching it cost, so reaching it helps
    (MISS, RIGHT, 0.8, r"\b(?:(?:a|an|one|two|\w+ly|just) (?:hops?|steps?|jumps?|moves?|inch(?:es)?|feet|foot|pixels?|seconds?|"
                       r"squares?|cubes?|tiles?|spaces?) short of|(?:fall|falls|fell|come|comes|came|land|lands|landed) "
                       r"(?:up )?(?:just )?short of)\b"),
    (MISS, RIGHT, 0.8, r"(?<!easy to )(?<!hard to )(?<!\bit )(?<!\bthey )(?<!\bshot )(?<!\bshots )(?<!\bpass )(?<!\bthrow )\b(?:miss|misses|missed|(?<!the )(?<!a )(?<!one )missing|fail to (?:hit|return|catch|reach)|fails to "
                       r"(?:hit|return|catch|reach)|pass(?:es|ed|ing)? up|skip(?:s|ped|ping)?(?! over| across| past)(?!\s*,))\b(?!\s+(?:you|PLAYER)\b)"),
    # shooting: how an enemy is scored, not what touching it does
    (SHOOT, RIGHT, 1.0, r"\b(?:shoot|shoots(?!\s+(?:up|across|past|by|along|toward|towards|away|forward)\b)|shooting|fire at|fires at|firing at|fire on|blast|"
                        r"blasts|blasting|zap|zaps|destroy|destroys|destroying|gun down|guns down|aim at|"
                        r"aims at|blow up|blows up|blowing up|take out|takes out|taking out|knock down|knocks down|pick off|picks off|kick|kicks|kicking|get rid of|gets rid of|getting rid of|"
                        # a foe beaten ("beat a guardian"), not a match won ("the only way to beat it", "beat the computer")
                        r"(?:beat|beats|beating|defeat|defeats|defeating)(?= (?:a|an|each|every|the) (?!(?:clock|timer|time|record|game|level|"
                        r"round|stage|high score|score|odds|rush|heat|computer|other|opponents?|rivals?)\b))|"
                        r"lure|lures|luring|lured|(?<!the )(?<!a )(?<!one )(?<!this )(?<!that )(?<!neat )(?<!best )(?<!good )(?<!only )(?<!favorite )(?<!favourite )(?:trick|tricks|tricking|tricked)(?! against\b))\b"
                        r"(?!\s+(?:(?:down|up|out)\s+)?from\b)"),  # "shoots down from a ship": where it comes from
    # "each pipe you shoot down scores points": what the player shoots is what scores
    (SHOOT, LEFT, 1.0, r"\b(?:that |which )?(?:you|PLAYER) (?:shoot|blast|zap|gun|knock|pick) (?:down |out |off )?"
                       r"(?=(?:scores?|earns?|is worth|are worth|gives?|pays?|counts?|adds?)\b)"),
    # "every Slayer you destroy scores points": the points are for beating it, by whatever means
    (DESTROYED, LEFT, 1.0, r"\b(?:that |which )?(?:you|PLAYER) (?:(?:destroy|defeat|kill|beat|kick|punch|knock) (?:down |out |off )?|"
                           r"take out |blow up )(?=(?:scores?|earns?|is worth|are worth|gives?|pays?|counts?|adds?)\b)"),
    # "pick them off with your gun": shooting them one by one
    (SHOOT, RIGHT, 1.0, r"\b(?:pick|picks|picking) (?=(?:them|it|him|her|one|each|a few) off\b)"),
    (SHOOT, LEFT, 1.0, r"\b(?:shot|blasted|zapped|torpedoed|bombed|gunned) (?:down|out)\b|\bshot (?:by|with) (?:your|a)\b|"
                       r"\b(?:only )?(?:when|if|once) (?:it is |they are |it's |they're )?"
                       r"(?:shot|harpooned|speared|blasted|"
                       r"zapped|torpedoed|lasered)\b|"  # "sharks score points only when harpooned"
                       r"\b(?:may|can|must|will) be (?:shot|harpooned|blasted|zapped|torpedoed)\b|"  # "a box may be shot to add bullets"
                       r"\bknocked (?:down|over|out)\b|\bas a target\b"),
    # "POLICE CAR DESTROYED WITH DYNAMITE: 50", "a car caught in the blast ... for points": points for
    # destroying it, which say nothing about touching it unless the sentence says it is touched
    (DESTROYED, LEFT, 1.0, r"\b(?:destroyed|(?<!is )(?<!are )(?<!was )(?<!been )(?:broken|smashed|shattered|demolished)|kicked|punched|knocked out|defeated|beaten|foiled|outwitted|outsmarted|blown (?:up|away|apart|off)|caught in the (?:blast|explosion)|(?:flattened|squashed|squished|run over|crushed|trampled) by (?:a|an|the|one) \w+)(?= (?:with|by|for)\b|[\s):]*\d|"
                       r"(?:\s+[\w']+){0,8}?\s+(?:\d+ )?(?:bonus )?points?\b)"),
    (SHOOT, LEFT, 1.0, r"\b(?:with|using) (?:your|a|the|an|his|her) (?:\w+ )?(?:missiles?|lasers?|shots?|bullets?|"
                       r"torpedo(?:e?s)?|cannons?|guns?|arrows?|bombs?|rockets?|rays?|beams?|blasters?|fire|"
                       r"fireballs?|weapons?|sword|hammer|axe|spear|rocks?|stones?|boomerang)\b"),
)
