"""What real booklets print around the game's text, and how to read it.

Characters (quotes, ligatures, odd spaces), page numbers and running heads, publisher and legal
lines, warranty and console-care boilerplate, figure references and captions, scoring and
variation tables, and OCR letter/digit mix-ups ("P0INTS", "1ife", "5O0").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import NamedTuple

# ---------------------------------------------------------------- characters

_BEFORE_NFKC = str.maketrans({
    "\u2122": "", "\u00ae": "", "\u2120": "",  # ™ ® ℠ (NFKC would spell them out)
    "\t": "    ", "\x0b": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n",
})
_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
})
# controls (but \n and \f), C1 controls, zero-width and bidi marks, private use, lone surrogates
_INVISIBLE = re.compile("[\x00-\x09\x0b\x0d-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
                        "\ufeff\ufff9-\ufffc\ue000-\uf8ff\ud800-\udfff]")
_TRADEMARK = re.compile(r"(?<=\S)\s?\((?:T\s?M|tm|R|EM|rm)\)")  # EM, rm: (TM) through OCR


# A Mac-made file read as Latin-1: Mac Roman's curly quote reads "Õ" ("donÕt", "ItÕs"), its quotes "Ò...Ó" and
# its "fi" ligature "Þ" ("Þrst"); where these show inside words, every character of 0x80-0xFF is Mac Roman's.
_MAC_ROMAN_SIGNS = re.compile(r"[A-Za-z]\u00d5[a-z]|\u00d2[A-Za-z][^\n\u00d3]{0,80}\u00d3|\b\u00de[a-z]{2}")
_MAC_ROMAN = {c: bytes([c]).decode("mac_roman") for c in range(0x80, 0x100)}


def _mac_roman(text: str) -> str:
    """The text with Mac Roman read as Latin-1 repaired, when it shows twice ("isnÕt", "ÒWatch out!Ó")."""
    return text.translate(_MAC_ROMAN) if len(_MAC_ROMAN_SIGNS.findall(text, 0, 1 << 18)) >= 2 else text


_STRUCK = re.compile(r"~~(?=\S)[^~\n]{1,200}?(?<=\S)~~")  # Markdown's strikethrough: a claim taken back


def normalise(text: str) -> str:
    """Unix newlines, compatibility forms (ligatures, full-width, odd spaces), straight quotes,
    no invisible characters or trademark signs, long runs of one punctuation mark or of spaces
    cut to 8 (keeps dot leaders, bounds later regex work; an indent to 40); a form feed becomes a "\\f" line;
    Mac Roman read as Latin-1 repaired ("donÕt" -> "don't"); struck-out text ("~~whole gator = death~~") left out."""
    text = _mac_roman(text.replace("\r\n", "\n").replace("\r", "\n")).translate(_BEFORE_NFKC)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _TRADEMARK.sub("", _INVISIBLE.sub("", text))
    text = _STRUCK.sub(" ", text)
    text = re.sub(r"([^\w\s])\1{8,}", r"\1" * 8, text)
    text = re.sub(r"(?<=\S) {9,}", " " * 8, text)  # (a line's indent stays: it says where a wrapped value goes on)
    text = re.sub(r"^ {41,}", " " * 40, text, flags=re.MULTILINE)
    return text.replace("\f", "\n\f\n")


_FRAME = re.compile(r"\s*([*|#+=])\s+(.*?)\s+\1\s*")
_TIGHT_FRAME = re.compile(r"\s*(\|)\s+([^|]*?[^\s|])\|\s*")  # "| ... the short|": a word that fills the box to its side
_SPACED = re.compile(r"[A-Z0-9'&!?.:-](?: [A-Z0-9'&!?.:-])+(?: {2,}[A-Z0-9'&!?.:-](?: [A-Z0-9'&!?.:-])*)*")


def unspace(line: str) -> str:
    """A boxed line loses its frame ('*   TITLE   *'); spaced-out capitals close up:
    'S C O R I N G' -> 'SCORING', 'P A C - M A N' -> 'PAC-MAN', 'G A M E   O V E R' -> 'GAME OVER'."""
    for _ in range(4):  # '* * *  TITLE  * * *'
        if not (m := _FRAME.fullmatch(line) or _TIGHT_FRAME.fullmatch(line)):
            break
        line = m.group(2)
    text = line.strip()
    if len(text) >= 5 and _SPACED.fullmatch(text) and sum(c.isalpha() for c in text) >= 3:
        return " ".join(group.replace(" ", "") for group in re.split(r" {2,}", text))
    return line


_JUNK = r"[-_.,:;'\"`~|°©*+=<>^/\\()\[\]{}—–]"
_EDGE_JUNK = re.compile(rf"^(?:{_JUNK}{{1,3}}\s+)+|(?:\s+{_JUNK}{{1,3}})+$")


def clean_ocr_line(line: str) -> str:
    """Without the specks OCR reads at a line's edges ('_ There are tunnels -' -> 'There are
    tunnels'); a bullet before a capital stays."""
    text = line.strip()
    bullet = re.match(r"[-*•]\s+(?=[A-Z0-9(])", text)
    keep = bullet.group() if bullet else ""
    text = _EDGE_JUNK.sub("", text[len(keep):])
    return keep + re.sub(r"^(?:[_|~`°,.;:]+(?=\w)|-(?=[a-z])|['\"]+(?=o\s))", "", text)


# ---------------------------------------------------------------- page numbers and running heads

PAGE_NUMBER = re.compile(  # "7", "- 7 -", "(iv)", "Page 7", "p. 7 of 20"; OCR may read "Page 1" as "Page l"
    r"(?:(?:page|pg\.?|p\.)\s*)?[-–—(\[]?\s*(?:\d{1,3}|[ivx]{1,6})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,3})?"
    r"|(?:page|pg\.?)\s*[\dlo]{1,3}",
    re.IGNORECASE,
)
_PAGE_TOKEN = re.compile(r"\b(?i:page|pg\.?)\s*\d{1,3}\b|[-–—]\s*\d{1,3}\s*[-–—]|^\d{1,3}(?= {3})|(?<= {3})\d{1,3}$")
_FIELD = re.compile(r"[^:]{1,30}:\s+.*\b[a-z]")  # "Effect: lose a life" repeats under each entry; a head has no such value


def page_furniture(lines: list[str]) -> list[str]:
    """Page numbers and running heads or feet (a short line seen 3+ times, maybe with a page
    number) become page-break lines ("\\f"). A running title's first sighting near the top stays."""
    keys: list[str | None] = []
    for line in lines:
        text = line.strip()
        if PAGE_NUMBER.fullmatch(text):
            keys.append("#")
            continue
        page = _PAGE_TOKEN.search(text)
        if (not text or len(text.split()) > 8 or text[-1] in ".!?,;" or (not page and any(c.isdigit() for c in text))
                or _FIELD.match(text)):
            keys.append(None)
            continue
        key = re.sub(r"[^a-z]+", "", (_PAGE_TOKEN.sub(" ", text) if page else text).lower())
        keys.append(key or None)
    counts = Counter(k for k in keys if k and k != "#")
    seen: set[str] = set()
    out = []
    for i, (line, key) in enumerate(zip(lines, keys)):
        title = key not in seen and i < 10 and not _PAGE_TOKEN.search(line.strip())
        running = key == "#" or (key is not None and counts[key] >= 3 and not title)
        out.append("\f" if running else line)
        seen.add(key or "")
    return out


# ---------------------------------------------------------------- publisher, legal and boilerplate

_LEGAL = re.compile(
    r"©|(?:\(c\)|@)\s*(?:19|20)\d\d|\bcopyright|\ba[l1i]{2} rights reserved|\btrade\s?marks?\b|\bregistered trade"
    r"|\bprinted in (?:the )?(?:u\.?\s?s\.?\s?a|usa|united states|japan|taiwan|hong kong|korea|china|mexico"
    r"|canada|england|ireland|great britain|u\.?\s?k\b)|\bmade in (?:the )?(?:u\.?\s?s\.?\s?a|usa|taiwan"
    r"|hong kong|japan|china|korea)|\blicen[cs]ed (?:by|from)\b|\bunder licen[cs]e\b|\bp\.?\s?o\.? box\b",
    re.IGNORECASE,
)
_ADDRESS = re.compile(  # a US state and ZIP code (not IN, OR, OK, HI, ME: common words in capitals)
    r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|ID|IL|IA|KS|KY|LA|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
    r"|OH|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\.?,?\s+\d{5}(?:-\d{4})?\b"
)
_CATALOGUE = re.compile(r"[A-Z]{1,3}-?\d{3,}[A-Z]?(?:-\d{1,3})*|C0\d{4,}(?:-\d+)*")
_NAMES = {  # publishers and licensors, as one word each
    **{name: name for name in ("atari activision imagic coleco colecovision mattel intellivision sears telegames "
                               "tigervision konami sega telesys spectravision cbs apollo starpath xonox").split()},
    "parker_brothers": r"parker\s+brothers", "us_games": r"u\.?\s?s\.?\s+games", "data_age": r"data\s+age",
    "century_fox": r"(?:20th|twentieth)\s+century[\s-]+fox", "m_network": r"m\s+network",
}
_NAME_PARTS = frozenset("parker brothers u s games data age 20th twentieth century fox m network".split())
_NAME = re.compile("|".join(rf"\b(?P<{key}>{pattern})\b" for key, pattern in _NAMES.items()), re.IGNORECASE)
_STRONG = frozenset(["vcs", "video", "program", "programs", "instructions", "instruction", "manual", "booklet",
                     "inc", "corp", "corporation", "ltd", "division", "2600", "tm", *_NAMES])
_PUBLISHER = _STRONG | frozenset(
    "system systems computer game games cartridge cartridges arcade compatible book page consumer electronics "
    "entertainment tele co r c rev no part model cat catalog number the for of and a an by use with your "
    "this joystick joysticks controller controllers only owner's owners".split())


def _words(text: str) -> list[str]:
    """Lower-case words; a publisher's name is one word ("parker_brothers")."""
    return re.findall(r"[a-z0-9'_]+", _NAME.sub(lambda m: f" {m.lastgroup} ", text).lower())


_INSTRUCTIONS = re.compile(  # a running title: "Ms. Pac-Man Game Instructions"
    r"^\W*(?:\w\S*\s+){0,4}(?:game\s+instructions|instruction (?:manual|booklet|book)|owner's manual)\W*$",
    re.IGNORECASE)


def publisher_only(text: str) -> bool:
    """Is this a publisher or catalogue line ("ATARI VIDEO COMPUTER SYSTEM", "CX2649", "GAME
    PROGRAM INSTRUCTIONS", "U.S. GAMES")? Every word is furniture and one says so plainly."""
    text = _CATALOGUE.sub(" 2600 ", text)
    if len(text) <= 120 and _INSTRUCTIONS.search(text):  # a title is short; long punctuation runs backtrack
        return True
    if not all(w in _PUBLISHER or w in _NAME_PARTS or w.isdigit() for w in re.findall(r"[a-z0-9']+", text.lower())):
        return False  # quick answer for most lines
    words = _words(text)
    if not words or not all(w in _PUBLISHER or w.isdigit() for w in words):
        return False
    return any(w in _STRONG for w in words) or ("computer" in words and "system" in words)


def strip_publisher(heading: str) -> str:
    """'ACTIVISION BEAMRIDER' -> 'BEAMRIDER'."""
    m = _NAME.match(heading)
    rest = heading[m.end():].strip() if m else ""
    return rest if rest[:1].isalnum() else heading


_DIGIT = re.compile(r"\d")
_LEGAL_CUES = ("©", "(c)", "@", "copyright", "rights", "trade", "printed", "made in", "licen", "box")


def legal(text: str) -> bool:
    """Copyright, trademark, 'printed in', licence or address text."""
    low = text.lower()
    return bool((any(cue in low for cue in _LEGAL_CUES) and _LEGAL.search(text))
                or (_DIGIT.search(text) is not None and _ADDRESS.search(text)))


_BOILER_HEADING = re.compile(
    r"warrant|guarantee|\brepairs?\b|(?:customer|consumer) (?:service|relations)|service cent|\bfcc\b"
    r"|interference|radio and television|\bcare (?:of|for) (?:your|the|this)\b|(?:cartridge|console) care"
    r"|handling (?:the|your|this) (?:cartridge|game|console)|\blegal\b|copyright|trademark|\bcredits\b"
    r"|^(?:table of )?contents$|\b(?:version|revision|update) history\b|^(?:\[?[\d.]+\]?\s*)?(?:changelog|revisions?|thanks|acknowledg(?:e)?ments)$"
    r"|\breturns?\b (?:policy|procedure)|\bofficial rules\b|\bcontest rules\b|\beligibility\b|\bhow to enter\b|sweepstakes",
    re.IGNORECASE,
)
_LEGAL_TERMS = frozenset(
    "warranty warranties warrants warranted merchantability incidental consequential liability liable "
    "jurisdiction jurisdictions purchaser purchase purchased dealer retailer postage prepaid receipt refund "
    "interference fcc reception antenna regulations exclusion exclusions defective defects workmanship "
    "manufacturer statute statutes implied authorized unauthorized negligence insured "
    "sweepstakes entrant entrants eligibility eligible void prohibited notarized affidavit postmarked".split())
# a contest's prize list: "FIRST PRIZES (4): A radio-controlled model racing car"
_PRIZE_ENTRY = re.compile(r"\s*(?:grand|first|second|third|fourth|fifth|sixth|runner-up|consolation)\s+prizes?\s*"
                          r"(?:\(\s*[\d,]+\s*\))?\s*[:.\-\u2013\u2014]", re.IGNORECASE)


def prize_entry(sentence: str) -> bool:
    """A contest's prize-list line ('GRAND PRIZE (1): A trip to ...'): real-world prizes, not the game's."""
    return bool(_PRIZE_ENTRY.match(sentence))


_CARE = re.compile(
    r"\bwarrant|\b(?:insert|remov|plug|hook)\w*\b.{0,60}\b(?:cartridge|console|game program|computer system"
    r"|game system|controller (?:jack|port)|(?:tv|television)(?: set)?)\b|\b(?:cartridge|console|game program"
    r"|computer system|game system)s?\b.{0,60}\b(?:insert|remov|plug|hook)\w*|^turn (?:on |off )?(?:the |your )?"
    r"(?:power|console|system|game system)\b|\b(?:electronic components|manufacturer's instructions)\b"
    r"|\bcartridges?\b.{0,40}\b(?:clean|dry|heat|dust|sunlight|damage)",
    re.IGNORECASE,
)


_CARE_CUES = ("warrant", "insert", "remov", "plug", "hook", "turn", "electronic", "manufacturer", "cartridge")


def console_care(sentence: str) -> bool:
    """Setting up or caring for the console and cartridge ('Insert the cartridge with the power
    OFF.', 'Turn the power ON.'), or a warranty: not the game's own text."""
    low = sentence.lower()
    return any(cue in low for cue in _CARE_CUES) and bool(_CARE.search(sentence))


def boilerplate_heading(title: str) -> bool:
    """A warranty, service, FCC, console-care, legal or credits section heading."""
    return bool(_BOILER_HEADING.search(title))


def boilerplate_paragraph(text: str) -> bool:
    """A paragraph in the language of warranties and FCC notices (3+ distinct such words)."""
    return len(_LEGAL_TERMS.intersection(re.findall(r"[a-z]+", text.lower()))) >= 3


# ---------------------------------------------------------------- figures

_FIG = r"(?:fig(?:ure)?s?\.?|illustrations?|diagrams?|pictures?|photos?|drawings?|plates?|screen ?shots?)"
_NUM = r"(?:\d{1,3}[a-z]?(?:\s*(?:,|and|&|-|–)\s*\d{1,3}[a-z]?)*)"
_FIG_REF = re.compile(rf"\s?[\[{{(]\s*(?:(?:see|refer to)\s+(?:also\s+)?)?(?:the\s+)?{_FIG}\s*{_NUM}?\.?\s*[\]}})]",
                      re.IGNORECASE)
_SEE_FIG = re.compile(rf"\(?\s*(?:see|refer to|look at)\s+(?:also\s+)?(?:the\s+)?{_FIG}\s*{_NUM}?\s*\)?[.!]?",
                      re.IGNORECASE)
_BRACKET_CAPTION = re.compile(rf"[\[{{(]\s*({_FIG})\s*{_NUM}?\s*([:.\-–—]?)\s*(.+?)\s*[\]}})]", re.IGNORECASE)
_CAPTION = re.compile(rf"(?:fig(?:ure)?\.?|illustration|diagram|picture)\s*\d{{1,3}}[a-z]?\s*[:.\-–—]\s*(.+)"
                      rf"|[\[{{(]\s*{_FIG}\s*\d{{1,3}}[a-z]?\.?\s*[\]}})]\s*[:.\-–—]?\s*([A-Za-z].+)", re.IGNORECASE)


def opens_caption(line: str) -> bool:
    """A bracketed caption that goes on in the next line: '[Illustration: the maze with'."""
    return bool(re.match(rf"\s*[\[{{]\s*{_FIG}", line, re.IGNORECASE)) and not re.search(r"[\]}]", line)


def caption(line: str) -> str | None:
    """The text of a figure caption line ("Figure 1 - The playfield", "[Illustration: ...]")."""
    text = line.strip()
    if len(text) > 300:
        return None
    if _FIG_REF.fullmatch(text):
        return None  # "{Figure 1}": a reference
    if (m := _BRACKET_CAPTION.fullmatch(text)) and re.search(r"[A-Za-z]{2}", m.group(3)):
        body = m.group(3) if m.group(2) else f"{m.group(1)} {m.group(3)}"
    elif m := _CAPTION.fullmatch(text):
        body = m.group(1) or m.group(2)
    else:
        return None
    body = " ".join(body.split())
    body = body[:1].upper() + body[1:]
    return end_sentence(body) if len(re.findall(r"[A-Za-z]{2,}", body)) >= 1 else None


# "(see THE SPINNING DISKS)", "(see page 6)", "(See Scoring, below)", "(see 13 Across)": a pointer to another part of the booklet
_SEE_REF = re.compile(r"\s?\(\s*(?i:see|cf\.?|refer to)\s+(?i:also\s+)?(?:(?i:pages?|p\.|pp\.|sections?|chapters?|below|above)\b|"
                      r"(?:the\s+|THE\s+)?[A-Z\"'“\d])[^()]{0,50}\)")


def drop_figure_refs(line: str) -> str:
    """Remove bracketed figure references and pointers: '{Figure 3}', '(See Figure 2)', '[Fig. 4]', '(see
    THE SPINNING DISKS)'."""
    return _SEE_REF.sub("", _FIG_REF.sub("", line)) if "(" in line or "[" in line or "{" in line else line


# a wiki page's note marks: "... 800 points.[3]", "[citation needed]", "[edit]"
# (a lower-case letter only: "press [A] to jump" names a button)
_NOTE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|(?i:note \d{1,3}|citation needed|clarification needed|verification needed|"
                        r"dubious(?: [-–] discuss)?|when\?|who\?|according to whom\?|edit))\]")


def drop_note_marks(line: str) -> str:
    """Remove a wiki page's footnote and editor marks: '800 points.[3]' -> '800 points.'"""
    return _NOTE_MARK.sub("", line) if "[" in line else line


def figure_reference(sentence: str) -> bool:
    """A sentence that only points at a figure: 'See Figure 2.'"""
    return bool(_SEE_FIG.fullmatch(sentence.strip()))


# ---------------------------------------------------------------- tables


class Row(NamedTuple):
    text: str  # normal form "LABEL: VALUE."; "" for a row to drop (a column header)
    weak: bool  # only column gaps and no number: a row only next to another row


_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
                 "|fifty|hundred|thousand|double|triple|half")
_VALUE = re.compile(rf"[+$x×-]?\d|(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_LEADER = re.compile(r"(?: +(?:\. ?){3,}|(?:\. ?){5,}| +\.\.(?= +[$x×]?\d)| +(?:_ ?){3,}| +(?:- ?){3,}| +(?:· ?){3,})"
                     r"(?:[.,:;+~·'_ ]|-(?!\d))*")  # OCR reads the end of a dot leader as "-.--"; ".. 50": a squeezed one
_LEADER_JUNK = re.compile(r"^(?:[-+.,:;~'_0oO]*[-+~_][-+.,:;~'_0oO]*\s+)+")  # "0-- 30": OCR'd dots
_GAP = re.compile(r"(?<=[^\s.!?;,])  +(?=\S)|\s*\|\s*")
_LABEL = r"([A-Za-z][\w'()/&, -]{0,50}?)"
_SEPARATED = re.compile(rf"(?=[A-Z]){_LABEL}(?:\s+[-–—=]\s+|:\s+)(\S.{{0,80}})")  # capitalised: not prose


_LEADER_END = re.compile(r"[A-Za-z].*?(?:\. ?){3,}\s*")  # "Punching a monkey . . . . . . ." (its value below)
_LEADER_START = re.compile(r"\s*(?:\. ?)+\s*\S.*")  # ". . . . 200"


def join_leader_rows(lines: list[str]) -> list[str]:
    """A narrow booklet's scoring row whose dot leader wraps onto the next line ("Punching a monkey . . . . . . ." /
    ". . . . 200") as one line."""
    out: list[str] = []
    for line in lines:
        if out and len(out[-1]) <= 200 and len(line) <= 200 and _LEADER_START.fullmatch(line) and \
                _LEADER_END.fullmatch(out[-1]) and _VALUE.search(line):  # (a row is short; bounds the regex work)
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


_ROW_CUES = ("  ", "|", "..", ". . .", "__", "--", "· ", " -", " –", " —", " =", ":")


def table_row(line: str) -> Row | None:
    """A scoring or variation table row: 'DOT ..... 10 POINTS', 'Enemy sub     20', 'Each fish -
    10 points', 'Ghost (blue) ... 200, 400', '| Dot | 10 |'. None when the line is not one."""
    text = line.strip().strip("|").strip()
    if len(text) > 200 or not text or not any(cue in text for cue in _ROW_CUES):
        return None
    weak = False
    lead = _LEADER.search(text)
    if lead and text[lead.end():].strip(" .:"):
        label, *values = _LEADER.split(text)  # "DRONE ...... 30 ...... 60": two value columns
        values = [_LEADER_JUNK.sub("", v) for v in values]
        if lead.group().count(".") < 5 and not _VALUE.match(values[0]):
            return None  # "Wait ... then run" is prose
    elif len(cells := [c.strip() for c in _GAP.split(text) if c.strip()]) >= 2:
        if not re.search(r"[A-Za-z]{2}", cells[0]):  # "1     The gun     The bag of money"
            words = sum(len(re.findall(r"[A-Za-z]{2,}", c)) for c in cells)
            return Row(end_sentence(", ".join(cells)), True) if 0 < words <= 10 else None
        label, values, weak = cells[0], cells[1:], True
    elif m := _SEPARATED.fullmatch(text):
        label, values = m.group(1), [m.group(2)]
        if not _VALUE.match(values[0]) or len(values[0].split()) > 6:
            return None
    else:
        return None
    label = " ".join(label.split()).rstrip(":").strip()
    values = [" ".join(v.split()).strip(" .:") for v in values]
    values = [v for v in values if v]
    longest = 14 if lead and values and _VALUE.match(values[0]) else 8  # "Each unused disk at the end of a round ... 50"
    if (not values or not re.search(r"[A-Za-z]{2}", label) or len(label.split()) > longest
            or label[-1] in ".!?,;" or sum(len(v.split()) for v in values) > 10
            or any(re.search(r"[.!?] ", v) for v in values)):
        return None
    numeric = any(_VALUE.match(v) for v in values)
    if weak and not numeric and all(len(c.split()) == 1 or c.isupper() for c in (label, *values)):
        return Row("", True)  # a column header: "OBJECT   POINTS"
    joiner = ", " if all(_VALUE.match(v) for v in values) else "; "  # "Beast: Fortress; Costs a life": cells stay apart
    return Row(end_sentence(f"{label}: {joiner.join(values)}"), weak and not numeric)


def end_sentence(text: str) -> str:
    return text if re.search(r"[.!?][\"')\]]*$", text) else text + "."


# ---------------------------------------------------------------- OCR letter/digit mix-ups

ENGLISH = frozenset(
    "a about after again all also always an and any are arrow at attack away back ball balls base be before "
    "begin below bird black block blocks blue boat bolt bomb bombs bonus both bottom bridge bullet bullets "
    "button by can castle catch coin coins collect color control controls controller cross dive diver divers "
    "door dot dots down each eat eaten edge else end enemies enemy energy every extra field fire fish flag "
    "flags floor fly follow for from fruit fuel full game ghost ghosts goal gold hit hits hole holes if in "
    "into is it its jump key keys kill killed ladder left level levels life lives long lose loses lost "
    "lower maze missile missiles more move moves new next of off oil on one only or other out over oxygen "
    "pellet pellets pill pills play player players point points power press prize reach red reset right "
    "road roll round same score scores scoring screen select ship ships shoot shot skill slow so speed "
    "start switch switches the their them then there this time to tool top touch turn until up wall walls "
    "when while will with world you your "
    "able across action alien aliens along also another around bad because been being best big black blow "
    "bonus bottle build called cannot carry close cold color come comes could count course day deep does "
    "done double each early easy eight enough even ever fall far fast few find fire first five follow "
    "found four full get give go goes going gold good great ground half hand hard has have help her here "
    "high him his hold home how important inside just keep kind land large last later lead leave less let "
    "light like line little look looks lose low make many may more most much must near never night no "
    "not now number object often old once open order own part pass place point pole pool powerful quickly "
    "rather right room rule run safe second see seen seven shown side six slowly small some soon still "
    "stop such take than that these they thing think those three through told too toward two under up "
    "upon us used very wait walk want was way we well went were what where which who whole why wild "
    "win wind within without word work would yellow yet zone".split())


def _fix_token(m: re.Match[str], vocab: frozenset[str] | set[str]) -> str:
    token = m.group()
    digits = sum(c.isdigit() for c in token)
    letters = len(token) - digits
    if re.fullmatch(r"[\dOol]+", token) and digits >= letters:
        return token.translate(str.maketrans("Ool", "001"))  # "5O0" -> "500", "l00" -> "100"
    if letters >= digits and set(c for c in token if c.isdigit()) <= {"0", "1"}:
        upper = all(c.isupper() for c in token if c.isalpha())
        if letters >= 3 and "1" not in token:
            return token.replace("0", "O" if upper else "o")  # a zero amid letters: "ACTI0N"
        for one in ("l", "i"):
            word = token.replace("0", "o").replace("1", one)
            if word.lower() in vocab or word.lower() in ENGLISH:
                return word.upper() if upper else word  # "P0INTS" -> "POINTS", "1ife" -> "life"
    return token


_MIXED = re.compile(r"\b(?:[A-Za-z]+\d|\d+[A-Za-z])[A-Za-z0-9]*")
_GROUPED = re.compile(r"\b\d{1,3}(?:,[\dOol]{3})+\b")


def fix_ocr(line: str, vocab: frozenset[str] | set[str]) -> str:
    """Fix l/1 and O/0 mix-ups where the fixed word is in `vocab` or a short English list."""
    if not _DIGIT.search(line):
        return line
    line = _MIXED.sub(lambda m: _fix_token(m, vocab), line)
    return _GROUPED.sub(lambda m: m.group().translate(str.maketrans("Ool", "001")), line)
