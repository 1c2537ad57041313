"""The cue vocabulary of `effects`: generic English of game manuals, as (kind, direction, weight, pattern).

Kinds: what a cue says touching an object does (gain, loss, harmless) or how the object is met (shot,
missed, touched). Directions: where the object a cue belongs to stands in the sentence. Patterns run
on the lower-cased sentence in which the player's names read "PLAYER". No game-specific word.
"""

from __future__ import annotations

import re

GAIN, LOSS, HARMLESS, SHOOT, MISS, CONTACT = "gain", "loss", "harmless", "shoot", "miss", "contact"
DESTROYED = "destroyed"  # destroyed for points: like shot, unless the sentence says it is touched
WARD = "ward"  # the player protects it: worth keeping, which says nothing about touching it
OVER = "over"  # jumped over: a hurdle; points in its sentence are for clearing it, not for touching it
# where the object a cue belongs to stands: before it (else after it), after it, or strictly before it
LEFT, RIGHT, SUBJECT = "left", "right", "subject"
PATIENT = "patient"  # "... is destroyed": the loss is the player's if the player is what is destroyed

NUM = r"(?!0\b)\d[\d,]*"  # a number of points; "0 points" is none
# taking in fuel, air or the like, and being shielded: gains (a cue) that are no score (`BENEFIT`)
INTAKE = (r"refuels?|refills?|(?:air|oxygen|fuel|gas|energy|tanks?) (?:is |are |gets? )?(?:full|refilled|topped up)\b|"
          r"fills? (?:you |it |PLAYER )?up(?! with (?!fuel|gas|air|oxygen|energy))|tops? (?:you |it )?up|"
          r"takes? on (?:more )?(?:fuel|gas|air|oxygen)|replenish(?:es)?|fills? (?:up )?(?:the|your) tank|(?:the |your )?tank fills|"
          r"(?:fuel|gas|air|oxygen|energy) (?:pours|flows|rushes) (?:in|back)")
SHIELDED = r"invincib\w*|invulnerab\w*"
# after "you never": a meeting that does not happen ("you never actually run into them"): out of the player's reach
NEVER_MET = r"(?:even |actually |really )?(?:touch(?:es)?|reach(?:es)?|gets? near|comes? near|runs? into|bumps? into|collides? with)"
BARE_WEIGHT = 0.6  # "SNAKE, MOTH OR BALL: POINTS."
PROJECTILE = r"(?:spears?|harpoons?|arrows?|bullets?|missiles?|lasers?|torpedo(?:e?s)?|shots?|rockets?|darts?|depth charges?)\b"
_THROWS = r"fires?|firing|shoots?|drops?|dropping|throws?|throwing|hurls?|toss(?:es)?|tossing|lobs?|launch(?:es)?|spits?"
FIRED = rf"\b(?:{_THROWS}|rains?)"  # "they fire black zaps", "rains bombs"
SHOT_NOUN = rf"(?:{PROJECTILE}|(?:zaps?|bolts?|bombs?|beams?|fireballs?|lasers? beams?|laser fire)\b)"  # what is fired
USE_WEIGHT = 0.2  # "ride the elevator", "climb the ladder": a means of getting somewhere
HARM_VERB = (r"(?:kill|kills|killed|destroy|destroys|destroyed|eat|eats|ate|catch(?:es)? up (?:to|with)|catch|catches|caught|crush|crushes|"
              r"crushed|sting|stings|stung|bite|bites|bit|zap|zaps|zapped|burn|burns|burned|burnt|scorch|scorches|scorched|stun|stuns|stunned|hit|hits|knock|"
              r"knocks|knocked|capture|captures|captured|swallow|swallows|swallowed|grab|grabs|grabbed|"
              r"ram|rams|rammed|squash|squashes|squashed|shove|shoves|shoved|push|pushes|pushed|get|gets|got|"
              r"trap|traps|trapped|drag|drags|dragged|sink|sinks|run over|runs over|blows? up|knocks? off|"
              r"snap(?:s|ped)? (?:shut )?(?:on|up)|clamps? (?:down )?on|close (?:over|on|around|upon)|closes (?:over|on|around|upon)|bonks?|bonked|whacks?|whacked|bops?|bopped|conks?|runs? into|ran into|crash(?:es)? into|collides? with|bumps? into|lands? (?:up)?on|falls? (?:up)?on|drops? (?:up)?on|"
              r"(?:crawls?|slithers?|walks?|flies|wanders?|rolls?|bounces?|drifts?|dives?|swoops?|plunges?) into|bump|bumps|bumped)")
# "... but time is wasted", "sticky strands that steal precious time" (not "chasing one wastes seconds": the chase's)
TIME_LOST = r"\btime is (?:wasted|lost)\b|\bcosts? (?:you|him|her|PLAYER) (?:precious |valuable |some )?(?:time|seconds)\b|\b(?:steals?|stealing) (?:\w+ )?(?:precious |valuable )?(?:time|seconds)\b"
HEADLONG = r"(?:(?:straight|right|directly|headlong|head-first|smack|slap) )?"  # "run straight into", "fly right into"
# "running into a slayer kills the slayer": the collision ends the object, not the player
# ("... runs smack into Hooligan and collars him": it catches the object)
_KILLS_IT = (r"[^.;]*?\b(?:(?:kills?|destroys?|defeats?|knocks? out|takes? out|wipes? out|finishes off)\s+(?:it|them|"
             r"(?:the|that|this)\s+(?!PLAYER\b|you\b)\w)|(?:collars?|nabs?|arrests?|captures?|apprehends?|handcuffs?)\s+"
             r"(?:him|her|it|them|(?:the|that|this)\s+(?!PLAYER\b|you\b)\w))")
# "1 point for the computer": a score that goes to the other side
THEIRS = (r"(?!\s+(?:go(?:es)?\s+)?(?:for|to)\s+(?:the\s+|your\s+)?(?:computer|cpu|opponents?|other (?:player|side|team|paddle)|"
          r"rival|them|him|her)\b)")
TO_ANOTHER = r"(?!\s+to\s+(?!you\b|PLAYER\b|your\b|the PLAYER\b)\w+)"
# "better to let a fish go by than to lose a life for it": a life risked going after it, not lost touching it
FOR_IT = (r"(?!\s+(?:for|over|chasing|going after|trying to (?:get|grab|catch|reach)) (?:it|them|one|that|this)\b)"
          r"(?!\s+by\s+(?:dodging|avoiding|going around|steering around|running from|fleeing from)\b)")  # "lose time by dodging X"
# "finish off the cubes in the most dangerous spots": a dangerous place or moment, not a dangerous object
PLACE_AFTER = (r"(?!\s+(?:spots?|places?|areas?|parts?|positions?|corners?|sections?|stretch(?:es)?|moments?|times?|"
               r"situations?|levels?|rounds?|stages?|waves?|screens?|game)\b)")  # not "a danger to them": harm to something else
PLAYER_WORDS = r"(?:you|your\s+\w+(?:\s+\w+)?|him|her|the player|(?:the |our )?PLAYER)"  # "hits the chicken": the PLAYER
CONTACT_VERB = (r"(?:(?:eat|eats|eating)(?! away\b| into\b)|gobble|gobbles|collect|collects|collecting|(?<!the )catch(?!\s+is\b)|catching|grab|grabs|"
                 r"grabbing|pick up|picks up|picking up|gather|gathers|capture|captures|capturing|rescue|"
                 r"rescues|rescuing|retrieve|retrieves|takes?(?! (?:a|an|another) (?:spill|fall|tumble|hit|beating|break|look|"
                 r"chance|turn|moment|second|breath|rest|dive|step|detour|ride|while|pass|shot|swing|seat|bow)\b)"
                 r"(?! (?:no |any |some |a )?(?:part|place|turns|aim|care|cover|off|over|out|time|longer|down)\b)(?! (?:\w+ ){1,2}(?:down|apart)\b)"
                 r"(?! (?:its|their|his|her|the) (?:\w+ )?(?:shape|form|place|position)s?\b)|"
                 r"run over|runs over|running over|jump on|jumps on|jumping on|jump upon|jumps upon|jumping upon|land on|lands on|"
                 r"step on|steps on|"
                 r"hop on|hops on|save(?! (?:your|you|some|it|them|one|a few|up|each|every|those|these|that|this)\b)(?! (?:PLAYER|him|her) from\b)|saving|(?<!\bthe )(?<!\ba )(?<!\blast )(?<!\bonly )(?<!\bfor )free(?! of\b)|frees|pick(?! (?:\w+ )?off\b)|picks(?! (?:\w+ )?off\b)|picking(?! (?:\w+ )?off\b)|scoops?|scooping|"
                 r"recover|recovers|claim(?! \d)|claims(?! \d)|swallow|swallows|munch|munches|hit back|return|returns|"
                 r"returning|punch|punches|punching|strike|strikes|striking|reels? in|reeled in|reeling in|(?<!\bthe )(?<!\ba )(?<!\bgold )(?<!\bgolden )ring(?! of\b)(?! and\b)|rings|ringing|"
                 r"hit (?:it|them) back|hits (?:it|them) back|hitting (?:it|them) back|send (?:it|them) back|"
                 r"nab|nabs|nabbing|arrest|arrests|arresting|bonk|bonks|bonking|whack|whacks|whacking|bop|bops|bopping|swat|swats|swatting|rob|robs|robbing|"
                 r"(?:open|opens|unlock|unlocks)(?= (?:the|a|an|each|every|all|it|them|one|any|that|this)\b)(?! the way\b)|"
                 # a past-tense account ("Mario grabbed the hammer"), not a passive ("was grabbed by a ghost", "got caught")
                 r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgets )(?<!\bgot )"
                 r"(?<!\bgetting )(?:ate|gobbled|collected|caught|grabbed|picked up|gathered|captured|rescued|retrieved|ran over|"
                 r"jumped on|landed on|stepped on|hopped on|freed|scooped|recovered|swallowed|munched|punched|nabbed|arrested|"
                 r"bonked|whacked|bopped|swatted|robbed|(?:opened|unlocked)(?= (?:the|a|an|each|every|all|it|them|one|any|that|this)\b))"
                 # (not "a chicken you have caught turns into a shadow": a relative clause, its object before it)
                 r"(?! (?:by|in|up|off|between|under|turns?|is|are|was|were|will|becomes?|can|goes|stays|remains|"
                 r"disappears?|vanish(?:es)?|counts?)\b)(?!\s*[,.;:!?]))")  # "Open the locked
# doors", not "the door opens", "open fire" nor "the open road"
# using or travelling on something: the object is a means, which says little about its worth
USE_VERB = (r"(?:board|boards|boarding|enter|enters|entering|visit|visits|ride|rides|riding|use|uses|using|"
             r"bring|brings|carry|carries|carrying|walk on|stand on|stands on|step onto|hop onto|jump onto|"
             r"swing on)")

# (kind, direction, weight, pattern) on the lower-cased sentence with the player's names as PLAYER.
CUES: tuple[tuple[str, str, float, re.Pattern[str]], ...] = tuple(
    (kind, direction, weight, re.compile(pattern))
    for kind, direction, weight, pattern in (
        # "each shark hit by a spear": a projectile's touch is a shot (before "hit by" reads as harm)
        (SHOOT, LEFT, 1.0, rf"\b(?:hit|struck|speared|skewered|harpooned) by (?:a|an|the) (?:\w+ )?{PROJECTILE}"),
        # harmless: contact does nothing
        (HARMLESS, LEFT, 1.0, r"\b(?:can't|cannot|can not|won't|doesn't|don't|isn't|aren't|never)\s+(?:(?:come|get|go|fly|swim)\s+"
                              r"(?:up |down |near |close )?to\s+)?(?:hurt|harm(?!less)|kill|affect|bother|damage|injure|attack)|(?<!\bnot )(?<!\bnever )(?<!\bfar from )(?<!\banything but )\bharmless(?:ly)?\b|\b(?:can|will|does|do|is|are)(?:\s+not|n't)\s+(?:hurt|harm(?!less)|kill|"
                              r"affect|matter|dangerous|bother)|\bno (?:harm|penalty|danger)\b|\bno effect\b(?!\s+(?:on|against)\s+(?:it|them|this|that|these|those)\b)|\bcosts? (?:you |him |her |them |PLAYER )?nothing\b|"
                              r"\b(?:doesn't|does not|don't|do not|won't|will not) (?:score|cost|give|earn|take)(?: (?:or|nor) (?:score|cost|give|earn|take))?"
                              r"(?: you)? (?:anything|any points?)\b|\bnever (?:meet|touch each other|come into contact)\b|"
                              r"\bnothing (?:happens|bad happens)\b|\bneither (?:adds|gives|helps|scores|earns|costs|hurts)\b[^.;]*\bnor\b|"
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
                          r"(?<!\blet )(?<!\blets )(?<!allowed to )(?<!\bnight is )(?<!\bdarkness is )(?<!\bdusk is )(?<!\bsnow is )(?<!\brain is )(?:falls?|fell|fallen|falling)(?! in(?:to)? place\b| asleep\b)|tumbl(?:es?|ed|ing)|(?<!\bthe )trips?|wipe ?outs?|slows? (?:you|him|her|PLAYER) down|"
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
        (LOSS, SUBJECT, 0.6, rf"\b(?:{_THROWS}|shooting|pelts?|aims?)\s+(?:\w+\s+){{0,3}}?(?:at|on|toward|towards|down on)\s+"
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
                           rf"(?!{_KILLS_IT})|"
                           r"\b(?:collides?|colliding|collisions?|crash(?:es|ed|ing)?|contact) with\b"
                           r"(?![^.;:]*\b(?:means?|does|do) nothing\b|[^.;:]*\bcosts? nothing\b|[^.;:]*\bis harmless\b)|"
                           r"\b(?:spills?|falls?|crash(?:es|ed|ing)?|smash(?:es|ed|ing)?|slams?|bumps?)[\s,\-–—]+against\b"),
        # "if Colwyn runs right into a Slayer, the Slayer is destroyed and Colwyn scores points": the collision is
        # the means of the gain, a touch (not a shot's kill)
        (CONTACT, RIGHT, 0.6, r"(?<!\bwon by )(?<!scored by )(?<!earned by )(?<!gained by )\b(?:runs?|running|ran|bumps?|bumping) "
                              rf"{HEADLONG}into\b(?=[^.;]*?\b(?:scores?|scored|earns?|earned)\s+(?:you\s+)?(?:\d|points?\b|(?:a\s+)?bonus\b)|{_KILLS_IT})"),
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
        (CONTACT, RIGHT, 0.6, r"\b(?:you|PLAYER)(?:'ll| will)? (?:really |actually |always |definitely )?(?:want|need|have|ought) to "
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
    ))

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
