"""The words the cue patterns are built of: the kinds of cue, where a cue's object stands, and shared pieces of
generic game-manual English (projectiles, verbs of harm and contact, ...). No game-specific word."""

from __future__ import annotations

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
THROWS = r"fires?|firing|shoots?|drops?|dropping|throws?|throwing|hurls?|toss(?:es)?|tossing|lobs?|launch(?:es)?|spits?"
FIRED = rf"\b(?:{THROWS}|rains?)"  # "they fire black zaps", "rains bombs"
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
KILLS_IT = (r"[^.;]*?\b(?:(?:kills?|destroys?|defeats?|knocks? out|takes? out|wipes? out|finishes off)\s+(?:it|them|"
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
                 r"hop on|hops on|save(?! (?:your|you|some|it|them|one|a few|up|each|every|those|these|that|this)\b)(?! (?:PLAYER|him|her) from\b)|saving|(?<!\bthe )(?<!\ba )(?<!\blast )(?<!\bonly )(?<!\bfor )(?<!\bprovided )(?<!\bis )(?<!\bare )free(?! of\b| by\b| to\b)|frees|pick(?! (?:\w+ )?off\b)|picks(?! (?:\w+ )?off\b)|picking(?! (?:\w+ )?off\b)|scoops?|scooping|"
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
