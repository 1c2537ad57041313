"""Sentences in another language: European booklets print each paragraph in English, German, French, ...

The reader keeps English sentences only; a German sentence's "die" is no death and a French "bonus"
row in prose is said twice. A sentence is foreign when function words of German, French, Italian,
Spanish, Dutch or Portuguese outnumber English ones (two at least; "a" and "in" are both), so names
such as "Le Fiend" or "Don Pedro" in English prose stay.
"""

from __future__ import annotations

import re

# Function words of other languages that are not English words themselves ("die", "son", "me" are left out).
_FOREIGN = frozenset("""
der den dem des das ein eine einen einem einer eines und ist sind nicht mit auf für fur von zu zum zur im
sie er es ich du dich dir ihr ihn ihm wenn oder aber auch noch nur wird werden kann kannst musst deine deinen
deinem deiner deines dein sein seine seinen seines einen wie bei nach aus über uber unter durch wieder jeder jede jedes
dieser diese dieses diesem diesen kein keine keinen dann denn doch schon sehr hier dort alle alles beim vom ins
le la les et est un une des du au aux pour avec dans sur ne pas que qui il elle ils elles vous tu ton ta tes
sa ses ce cet cette ces sont leur leurs mais ou où quand chaque très tres votre vos
il lo gli della dello delle degli del una di da per con nel nella che non tua tuo sono ogni quando anche
sul sullo sulla alla allo alle quello quella questo questa dei
el los las y del para en que una es se su sus por como al lo más mas cuando cada
het een van en niet met voor op zijn je jouw wordt worden bij naar ook
o os um uma não nao com para você voce seu sua quando cada
""".split()) - frozenset("a an am as be by do go he in is it me my no of on or so to up us we "
                         "van per ton um o y met non com er".split())
_ENGLISH = frozenset("""
the and or but if of to on at by for from with as is are was were be been it its this that these those
you your he she his her they them their we our can will would not no when then there what which who each
every all any has have had do does into onto out up down over off just only must should may one
""".split())
_WORD = re.compile(r"[^\W\d_]+")
_ACCENTED = re.compile(r"[äöüßéèêàâçëïîôûùœ]", re.IGNORECASE)


def language(text: str) -> str | None:
    """"foreign" (another European language), "english", or None where the text has too few function words
    to tell (a table row "Orange fliegende Untertasse ..... 500")."""
    words = [w.lower() for w in _WORD.findall(text)]
    other = sum(w in _FOREIGN for w in words) + (1 if _ACCENTED.search(text) else 0)
    english = sum(w in _ENGLISH for w in words)
    if other >= 2 and other > english:
        return "foreign"
    return "english" if english >= 2 else None


def foreign(sentence: str) -> bool:
    """Is `sentence` written in another European language, not English?"""
    return language(sentence) == "foreign"
