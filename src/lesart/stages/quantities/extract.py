"""Turn pattern matches into ``Quantity`` spans: value, unit, approximation."""
from __future__ import annotations

import re
from collections.abc import Iterator

from text_to_num import text2num

from ...model import Quantity
from ..token_memo import TokenMemo
from . import lexicon as lx
from .rules import DATE_AFTER, FRACTION, FRACTION_CUE, MAIN, MONTH_BEFORE_EN, UNIT_AFTER, VAGUE, VAGUE_CUE, WORD




def parse_number(text: str, lang: str) -> float | None:
    t = text.strip().lower()
    words = lx.NUMBER_WORDS[lang]
    if t in words:
        return float(words[t])
    if t[:1].isalpha():
        return _written_number(t, lang)
    if lang == "de":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
            t = t.replace(".", "").replace(",", ".")
        else:
            t = t.replace(",", ".")
    else:
        t = t.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def _written_number(word: str, lang: str) -> float | None:
    """A number written as one word ("fünfundzwanzig", "twenty-five"), halves too
    ("anderthalb", "dreieinhalb"); None for a word that is no number."""
    if lang == "de" and word.endswith("halb"):
        if word == "anderthalb":
            return 1.5
        whole = _written_number(word[:-len("einhalb")], lang) if word.endswith("einhalb") else None
        return None if whole is None else whole + 0.5
    try:
        return float(text2num(word, lang))
    except ValueError:
        return None


_ORDINAL_BEFORE = re.compile(r"(?:\b(?:der|des|dem|den|die|das|am|im|zum|zur|vom|beim|ihr|sein|seinem|ihrem)\s+)$",
                             re.IGNORECASE)
_AGE_BETWEEN_COMMAS = re.compile(r"[^\W\d][\w.]*,\s$")
# A score or a record: "they lost 24-17", "At 4-7, including 2-6 in the AFC".
_SCORE = re.compile(r"\d+[-–]\d+(?!\d|[.,]\d)")
_CLOCK_AFTER = re.compile(r"\s*(?:[ap]\.\s?m\.|[ap]m\b)", re.IGNORECASE)
_RANGE_OF_TIME = re.compile(r"\s*[-–]\s*\d+\s*(\w+)")
_LIST_MARK = re.compile(r"[.)]\s")
# An age: 'at age 51', 'aged 26 or above', 'aged between 12 to 17', 'im Alter von 43 (bis 50)'.
_AGE_BEFORE = {"en": re.compile(r"\b(?:[Aa]ged?|[Aa]ges)\s+(?:of\s+|between\s+)?(?:\d+\s*(?:to|and|-|–)\s*)?$"),
               "de": re.compile(r"\bAlter\s+(?:von\s+)?(?:\d+\s*(?:bis|und|-|–)\s*)?$")}
# A race time or an angle in primes: '3.14‘47‘‘', '(41‘‘)', "5'11"": minutes and seconds, feet and inches.
_PRIMES_AFTER = re.compile(r"(?:[‘’′'`]{2}|″|[‘’′'](?=\d))")
# A letter in brackets after the number names a plan or a clause: '401(k)', '§ 219(a)'.
_CLAUSE_AFTER = re.compile(r"\([a-z]\)")
_LABEL_WORD = re.compile(r"([^\W\d][\w.]*)\s+$")
_AGE_CLUB_AFTER = re.compile(r"\s?/\s?[A-ZÄÖÜ]")
_PARAGRAPH_BEFORE = re.compile(r"§§?\s?$")
# Adjectives between a number and a time word that keep it a duration: 'four straight years'.
_DURATION_ADJECTIVES = {"en": {"straight", "consecutive", "successive", "full", "long", "whole"},
                        "de": {"volle", "vollen", "ganze", "ganzen", "lange", "langen", "weitere", "weiteren"}}


def nxt_is_duration(text: str, pos: int, lang: str) -> bool:
    first = WORD.match(text, pos)
    if not first or first.group(1).lower() not in _DURATION_ADJECTIVES[lang]:
        return False
    second = WORD.match(text, first.end())
    return bool(second) and second.group(1).lower() in lx.TIME_WORDS[lang]


# Dollars named after their country: '176 Hong Kong dollars', '5 Australian dollars'.
_DOLLAR_COUNTRIES = {"hong kong": "HKD", "australian": "AUD", "canadian": "CAD", "singapore": "SGD",
                     "new zealand": "NZD", "taiwan": "TWD", "taiwanese": "TWD", "namibian": "NAD",
                     "jamaican": "JMD", "zimbabwe": "ZWL", "zimbabwean": "ZWL", "liberian": "LRD",
                     "fijian": "FJD", "bahamian": "BSD", "brunei": "BND"}
_DOLLARS_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?P<country>hong kong|new zealand|[a-z]+)\s+dollars?\b",
                            re.IGNORECASE)


# The town after a German postal code (which opens its line or follows a comma), closing the line or followed by
# a comma, a bracket or a phone label.
_TOWN_AFTER_POSTCODE = re.compile(
    r"[ \t]+[A-ZÄÖÜ][\wäöüß-]*(?:\.[\wäöüß-]+)*(?:[ \t]+(?:am|an der|im|in der|bei|ob der)[ \t]+[A-ZÄÖÜ][\wäöüß-]*)?"
    r"[ \t]*(?:$|[\n,(/|]|Tel\b|Fon\b|Telefon\b)", re.MULTILINE)


_STREET_BEFORE = re.compile(r"\w(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|chaussee)[ \t]+$|"
                            r"\b(?:Straße|Strasse|Weg|Platz|Allee|Gasse)[ \t]+$")
_STREET_AFTER_EN = re.compile(r"(?:[ \t]+(?:[NSEW]\.?|North|South|East|West))?(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+"
                              r"(?:(?:Street|Avenue|Road|Boulevard|Place|Lane|Drive|Court)\b|(?:St|Ave|Rd|Blvd)\.)")
_ERA_AFTER = re.compile(r"[ \t]*(?:BCE?|AD|CE|v\.\s?Chr\.|n\.\s?Chr\.)(?![\w])")
_PHONE_LABEL_BEFORE = re.compile(r"\b(?:Tel|Telefon|Phone|Fax|Fon|Mobil|Handy|Hotline)\.?:?[ \t]*[\d \t/+()-]*$",
                                 re.IGNORECASE)


def _not_an_amount(text: str, m: re.Match, lang: str) -> bool:
    """Dates, clock times, ordinals, ages and durations that look like numbers."""
    s, num_end = m.start(), m.end("num")
    plain = not (m.group("unit") or m.group("scale") or m.group("cur"))
    after = text[num_end:num_end + 12]
    if plain and DATE_AFTER[lang].match(after):
        return True             # '25. Februar', '3rd'
    if lang == "en" and MONTH_BEFORE_EN.search(text[max(0, s - 12):s]):
        return True             # 'Nov. 18'
    if plain and lang == "de" and after.startswith(".") and not after[1:2].isdigit() \
            and _ORDINAL_BEFORE.search(text[max(0, s - 8):s]):
        return True             # 'des 20. Jahrhunderts', 'der 50. Berlin-Marathon'
    if (plain or m.group("unit") in ("p", "P")) and _CLOCK_AFTER.match(text, num_end):
        return True             # '4 p.m.' (the 'p' of which is no pence)
    if plain and _AGE_BETWEEN_COMMAS.search(text[max(0, s - 30):s]) and text[num_end:num_end + 1] == "," \
            and len(m.group("num")) <= 3:
        return True             # 'Noel, 31, is charged', 'The former star, 42, was voted off'
    nxt = WORD.match(text, m.end())
    if plain and nxt and nxt.group(1).lower() in lx.TIME_WORDS[lang]:
        return True             # '20 Uhr', 'zwei Jahre': the times layer has them
    if plain and (after.startswith("/") and after[1:2].isdigit()
                  or re.fullmatch(r"\d{7,}", m.group("num"))):
        return True             # '1/4', '030 46644664': ratios and phone numbers
    if plain and _LIST_MARK.match(text, num_end) and not text[text.rfind("\n", 0, s) + 1:s].strip(" \t\"'„“»-–•*#"):
        return True             # '2. Never urged Ukraine ...', '3) Die Kosten': a list item's number
    if plain and (_AGE_BEFORE[lang].search(text, max(0, s - 24), s)
                  or _PRIMES_AFTER.match(text, num_end) or re.match(r"\d[‘’′']", text[max(0, s - 2):s])
                  or _CLAUSE_AFTER.match(text, num_end)):
        return True             # 'at age 51', '3.14‘47‘‘', '401(k)'
    if plain and lang == "de" and re.fullmatch(r"\d{5}", m.group("num")) and _TOWN_AFTER_POSTCODE.match(text, num_end) \
            and (s == 0 or text[s - 1] == "\n" or text[max(0, s - 2):s] in (", ", "D-")):
        return True             # '53333 Meckenheim', '60313 Frankfurt am Main,': a postal code in an address
    if plain and lang == "de" and len(m.group("num")) <= 4 and _STREET_BEFORE.search(text, max(0, s - 24), s):
        return True             # 'Musterstraße 5', 'Hauptstr. 12': a house number
    digits = re.match(r"\d+", text[m.start("num"):m.start("num") + 8])
    if lang == "en" and digits and _STREET_AFTER_EN.match(text, m.start("num") + digits.end()):
        return True             # '520 Third Street' (no fraction), '2134 Main St.': a house number
    if plain and _ERA_AFTER.match(text, num_end):
        return True             # '590 BC', '79 AD': a year
    if plain and _PHONE_LABEL_BEFORE.search(text, max(0, s - 30), s):
        return True             # 'Tel. 0221 12345', 'Fax: +49 (0)30 123 45': a telephone number's groups
    if plain and _PARAGRAPH_BEFORE.search(text, max(0, s - 4), s):
        return True             # '§ 68 SGB V': a paragraph's number
    if plain and nxt_is_duration(text, m.end(), lang):
        return True             # 'four straight years', 'drei volle Jahre': a duration
    if plain and text[s - 1:s] == "(" and _AGE_CLUB_AFTER.match(text, num_end):
        return True             # 'Katharina Steinruck (34/Eintracht Frankfurt)': an athlete's age and club
    if (plain or m.group("unit") and len(m.group("unit")) == 1) and not m.group("approx"):
        label = _LABEL_WORD.search(text, max(0, s - 16), s)
        if label and label.group(1).lower() in lx.LABEL_BEFORE[lang] and (plain or label.group(1) == "Az."):
            return True         # 'Nummer Zwei hinter Rea', 'page 5', 'Game 7'
    rng = _RANGE_OF_TIME.match(text, num_end)
    if plain and rng and rng.group(1).lower() in lx.TIME_WORDS[lang]:
        return True             # '24-48 hours'
    return False


def _after_label(text: str, s: int) -> bool:
    """A bare number right after a capitalised word mid-sentence names something."""
    before = re.search(r"(\S+)\s$", text[max(0, s - 30):s])
    if not before:
        return False
    word = before.group(1)
    prev = text[max(0, s - len(word) - 3):s - len(word) - 1]
    return word[:1].isupper() and not any(c.isdigit() for c in word) and not re.search(r"[.!?:]\s?$|^$", prev)


def _is_year(num: str, m: re.Match, text: str, lang: str) -> bool:
    """'im Jahr 2002'; 'since at least 2002', 'seit mindestens 2015 in Kraft' too: a bound on a
    year that counts nothing ('at least 2002 people' counts)."""
    if re.fullmatch(r"(?:1[89]|20)\d\d", num) is None or m.group("scale") or m.group("unit") or m.group("cur"):
        return False
    return not m.group("approx") or _TIME_PREP_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None \
        or counted_noun(text, m.end(), lang)[0] is None


_TIME_PREP_BEFORE = re.compile(r"\b(?:[Ss]eit|[Ss]ince|[Bb]is|[Uu]ntil|[Aa]b|[Ff]rom|[Bb]efore|[Aa]fter)\s+$")


_DE_ADJECTIVE = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)|[a-zäöüß]{3,}(?:lich|ig|isch)")
# An initialism with dots before the counted noun modifies it: 'Some 200 U.S. military personnel'.
_DOTTED_INITIALISM = re.compile(r"\s+(?:[A-Z]\.){2,}(?=\s+[a-z])")


def counted_noun(text: str, pos: int, lang: str) -> tuple[str | None, int]:
    """The noun a bare number counts: 'etwa 10.000 Soldaten' -> Soldaten.

    German: the first capitalised word within the next three (adjectives between
    are lower case).  English: the last word of the run of content words that
    follows, up to three, ending before a function word or punctuation.
    """
    words = []
    p = pos
    if lang == "en":
        dotted = _DOTTED_INITIALISM.match(text, pos)
        if dotted:
            p = dotted.end()
    for _ in range(4 if lang == "de" else 6):
        m = WORD.match(text, p)
        if not m:
            break
        if lang == "en" and "\n" in text[p:m.start(1)]:
            break                   # a line break ends the phrase: a table's last score counts no name below
        words.append((m.group(1), m.end(1)))
        p = m.end()
    if lang == "de":
        reach = 3
        if len(words) >= 3 and words[1][0] == "," and len(words[2][0]) >= 5 and _DE_ADJECTIVE.fullmatch(words[0][0]) \
                and _DE_ADJECTIVE.fullmatch(words[2][0]):
            # adjectives in a row with a comma: '42.000 unschuldige, völlig unbewaffnete Demonstranten'
            words = [words[0]] + words[2:]
            m = WORD.match(text, p)
            if m:
                words.append((m.group(1), m.end(1)))
            reach = 4
        for i, (w, end) in enumerate(words[:reach]):
            if not w[:1].isalpha():
                return None, pos
            if w[:1].isupper():
                if w in lx.DE_NOT_UNIT or w.lower() in lx.TIME_WORDS["de"]:
                    return None, pos
                return w, end
            if not _DE_ADJECTIVE.fullmatch(w):
                return None, pos        # a verb or function word: nothing counted
            # (an uninflected adjective as an adverb before the noun too: 'rund 80 lebensbedrohlich Verletzte')
        return None, pos
    unit, end = None, pos
    demonym = None
    reach = 3
    k = 0
    while k < min(reach, len(words)):
        w, e = words[k]
        lw = w.lower().strip("“”\"'")
        if lw in ("and", "or") and (unit is None and k > 0 or unit is not None and not _en_plural(unit.lower())) \
                and any(_en_plural(x.lower()) for x, _ in words[k + 1:k + 3]):
            reach = k + 3           # 'four national security and diplomatic officials': modifiers joined
            k += 1
            continue
        if (not lw[:1].isalpha() or lw in lx.EN_STOP or lw in lx.TIME_WORDS["en"]
                or lw.endswith(("ed", "ing")) or lw in lx.EN_VERBS_ADVERBS):
            break                   # function word, verb or punctuation ends the noun phrase
        k += 1
        if lw in lx.EN_NOT_UNIT:
            continue
        bare = w.strip("“”\"'")
        if _en_adverb(lw) or bare[:1].isupper() and _EN_NAME_ADJECTIVE.search(lw):
            # an adverb counts nothing ('from 16 currently to', '35 randomly selected precincts'), nor does a
            # capitalised adjective ('389 Democratic or Democratic-leaning voters'); neither takes a word of
            # the reach: 'five reasonably viable Republican candidates'
            reach = min(reach + 1, 5)
            if lw.endswith("ese"):
                demonym = (bare, e)     # counted if nothing follows: 'millions of Chinese'
            continue
        if any(c.isdigit() for c in bare):
            continue                # a model number is no counted noun: '50 Airbus A350-900 jets'
        if bare.isupper() and len(bare) > 1 and text.startswith(" (", e):
            continue                # an acronym its brackets explain modifies what follows: 'three FIRE
            #                         (financial independence, retire early) categories'
        unit, end = bare, e
        nxt = words[k][0].lower() if k < min(reach, len(words)) else ""
        if _en_plural(lw) and not (_en_plural(nxt) and nxt.isalpha() and nxt not in lx.EN_STOP):
            break                   # a plural noun is the head: '5 million face masks' ('police officers' go on)
    if unit is None and demonym is not None:
        return demonym
    return unit, end


# Adverbs by their suffix: six letters or more in -ly ('currently', 'randomly', 'solidly', 'barely'), not the
# nouns in -ly a number counts ('two family homes' counts homes either way).
_LY_NOUNS = frozenset("family assembly supply monopoly anomaly butterfly homily melancholy".split())
# Capitalised adjectives of parties and nations ('Democratic', 'Republican', 'Chinese', 'British').
_EN_NAME_ADJECTIVE = re.compile(r"(?:ic|an|ese|ish)$")


def _en_adverb(word: str) -> bool:
    return len(word) >= 6 and word.endswith("ly") and word.isalpha() and word not in _LY_NOUNS


# The line counts of video formats, written with a 'p' (progressive) as pence are: '720p', '1080p', '2160p'.
_VIDEO_LINES = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})
_VIDEO_WORDS = re.compile(r"(?i)\b(?:video|videos|resolution|display|screen|monitor|stream\w*|HDR?|[48]K|fps|laptop|"
                          r"TV|camera|\d+Hz|GTX|RTX|pixels?|YouTube|webcam)\b")


def _en_plural(word: str) -> bool:
    return word in lx.EN_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us")) and word != "news")


# What a score counts ('a 2-3 loss'): a hyphen between two numbers before these is no range.
_SCORE_NOUNS = frozenset({"win", "loss", "victory", "defeat", "lead", "draw", "tie", "record", "vote", "decision",
                          "Sieg", "Niederlage", "Erfolg", "Führung", "Heimsieg", "Auswärtssieg"})

_ARTICLES = {"de": {"ein", "eine", "einen", "einem", "einer"}, "en": {"one", "a", "an"}}

_TOKEN = re.compile(r"\d+|[^\W\d_]+|[€$£¥]")
# Articles ('ein', 'a') are too frequent to trigger on; the word after them does
# ('ein Drittel', 'eine Million', 'ein Kilo', 'a dozen').
_TRIGGER_WORDS = {
    lang: ({w for table in (lx.NUMBER_WORDS[lang], lx.VAGUE[lang], lx.FRACTIONS[lang],
                            lx.SCALES[lang])
            for phrase in table for w in phrase.split() if len(w) > 2}
           | {"hälfte", "half", "kilo"}) - _ARTICLES[lang]
    for lang in ("de", "en")}
# Words that may be a written compound number ("fünfundzwanzig"): one search per word.
_WRITTEN_PARTS = {lang: re.compile("|".join(parts), re.IGNORECASE) if parts else None
                  for lang, parts in lx.WRITTEN_NUMBER_PARTS.items()}
# How far a quantity reaches before its number ('schätzungsweise mehr als') and after it.
_BEFORE, _AFTER = 30, 45


def _is_trigger(tok: str, lang: str) -> bool:
    """A digit, a currency sign, a number word or a word that may be a written compound number."""
    parts = _WRITTEN_PARTS[lang]
    return bool(tok[0].isdigit() or tok in "€$£¥" or tok.lower() in _TRIGGER_WORDS[lang]
                or parts is not None and parts.search(tok))


# token -> whether it triggers a window, for the languages with written compound numbers (German):
# news repeat their words, so each is tested once (the test was a lowercasing, a set lookup and a
# regex search per token: 40 % of the window scan).  English has no regex in its test, and there the memo
# was slower in the full pipeline (bench_stages: 0.96 -> 1.06 ms/page), where a table of every word
# seen is not in the CPU's cache: its three tests stay per token.
_MEMOISED = frozenset(lang for lang, parts in _WRITTEN_PARTS.items() if parts is not None)
_IS_TRIGGER: TokenMemo[bool] = TokenMemo(_is_trigger)


def _trigger_spans(text: str, lang: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the digits, currency signs and number words in text[start:end]."""
    if lang not in _MEMOISED:
        words = _TRIGGER_WORDS[lang]
        for m in _TOKEN.finditer(text, start, end):
            tok = m.group()
            if tok[0].isdigit() or tok in "€$£¥" or tok.lower() in words:
                yield m.span()
        return
    for span, _ in _IS_TRIGGER.hits(_TOKEN, text, lang, start, end):
        yield span


def _windows(text: str, lang: str, start: int, end: int) -> list[tuple[int, int]]:
    """Short stretches around digits and number words: the only places a quantity can be.

    Running the patterns there instead of over the whole text keeps the stage at
    well under a millisecond per 1,000 characters.
    """
    out: list[tuple[int, int]] = []
    for s, e in _trigger_spans(text, lang, start, end):
        s, e = max(start, s - _BEFORE), min(end, e + _AFTER)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def find(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    end = len(text) if end is None else end
    out: list[Quantity] = []
    windows = _windows(text, lang, start, end)
    if windows:
        # the fraction and vague-amount patterns only where text[start:end] has their words
        fractions = FRACTION_CUE[lang].search(text, start, end) is not None
        vague = VAGUE_CUE[lang].search(text, start, end) is not None
        for ws, we in windows:
            out.extend(_find(text, lang, ws, we, fractions, vague))
    return out


def _find(text: str, lang: str, start: int, end: int, fractions: bool = True, vague: bool = True) -> list[Quantity]:
    """The quantities in text[start:end]; ``fractions``, ``vague``: False where the text has no word
    that the fraction or vague-amount pattern needs."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    scaled: dict[tuple[int, int], float] = {}      # the span of a number written with a scale word: its factor

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for m in FRACTION[lang].finditer(text, start, end) if fractions else ():
        e = m.end()
        if m.groupdict().get("whole"):     # 'two and a half million', 'age 59 and a half'
            taken.append(m.span())
            nxt = WORD.match(text, e)
            if (_AGE_BEFORE[lang].search(text, max(0, m.start() - 24), m.start())
                    or nxt and nxt.group(1).lower() in lx.TIME_WORDS[lang]):
                continue                   # an age or a duration: 'two and a half years'
            value = (parse_number(m.group("whole"), lang) or 0) + 0.5
            if m.group("wscale"):
                value *= lx.SCALES[lang][m.group("wscale").lower()]
            after = UNIT_AFTER[lang].match(text, e, end)
            if after:
                e = after.end()
                unit = lx.UNITS[lang][re.sub(r"\s+", " ", after.group("unit").lower())]
            else:
                unit, _ = counted_noun(text, e, lang)
            out.append(Quantity(start=m.start(), end=e, text=text[m.start():e], value=value, unit=unit,
                                approx=bool(m.group("approx"))))
            taken[-1] = (m.start(), e)
            continue
        if m.group("hscale"):   # 'eine halbe Million Euro', 'half a million dollars'
            value = 0.5 * lx.SCALES[lang][m.group("hscale").lower()]
            after = UNIT_AFTER[lang].match(text, e, end)
            if after:
                e = after.end()
                out.append(Quantity(start=m.start(), end=e, text=text[m.start():e], value=value,
                                    unit=lx.UNITS[lang][re.sub(r"\s+", " ", after.group("unit").lower())],
                                    approx=bool(m.group("approx"))))
                taken.append((m.start(), e))
                continue
        elif m.group("half"):
            value = 0.5
        else:
            nxt = WORD.match(text, m.end())
            if nxt and nxt.group(1).lower() in lx.TIME_WORDS[lang]:
                taken.append(m.span())
                continue                   # a duration: 'a half century', 'nearly a quarter century'
            if lang == "en" and m.group("frac")[:1].isupper() and m.group("num")[:1].isdigit():
                taken.append(m.span())
                continue                   # a name's ordinal: '520 Third Street', no fraction
            if lang == "en" and m.group("num").lower() == "a" and m.group("frac").lower() in ("third", "fifth", "tenth") \
                    and nxt and nxt.group(1).isalpha() \
                    and nxt.group(1).islower() and nxt.group(1) not in lx.EN_STOP \
                    and nxt.group(1) not in lx.UNITS[lang] and nxt.group(1) + "s" not in lx.UNITS[lang]:
                taken.append(m.span())
                continue                   # an ordinal: 'a third undisclosed buyer', 'a third party'

            n = parse_number(m.group("num"), lang) if m.group("num").lower() != "a" else 1.0
            value = (n or 1) * lx.FRACTIONS[lang][m.group("frac").lower()]
        unit, _ = counted_noun(text, m.end(), lang)
        if unit:
            unit = lx.UNITS[lang].get(unit.lower(), unit)
        out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=round(value, 4),
                            unit=unit, approx=bool(m.group("approx"))))
        taken.append(m.span())
    for m in MAIN[lang].finditer(text, start, end):
        s, e = m.span()
        num = m.group("num")
        if not free(s, e) or _is_year(num, m, text, lang) or _not_an_amount(text, m, lang):
            continue
        value = parse_number(num, lang)
        if value is None:
            continue
        if text[s - 1:s] == "-" and not (out and out[-1].end == s - 1 and out[-1].value is not None
                                         and out[-1].value < value
                                         and counted_noun(text, e, lang)[0] not in _SCORE_NOUNS):
            continue        # after 'digit-' only a range's higher second end ('$40-50 billion'): not '24-17',
            #                 '2019-20', 'a 2-3 loss'
        scale, unit = m.group("scale"), None
        if scale and scale.lower() in ("m", "b", "k") and not (m.group("cur") or m.group("unit")):
            # A bare letter after a number is a scale only with a currency ('$5m'):
            # '5m' is a length, '1B' a model name.
            if scale.lower() != "m":
                continue
            scale, unit = None, "m"
        if scale:
            value *= lx.SCALES[lang][scale.lower()]
            scaled[(s, e)] = lx.SCALES[lang][scale.lower()]
        if re.match(r"-?[A-Za-zÄÖÜäöü]", text[e:e + 2]):
            continue        # '37-Jährige', '2-Zimmer', '4Motion', '777x'
        if m.group("cur"):
            unit = lx.CURRENCY_BEFORE[m.group("cur").lower()]
        if m.group("unit"):
            unit = lx.UNITS[lang][re.sub(r"\s+", " ", m.group("unit").lower())]
            if unit == "GBP-pence" and value in _VIDEO_LINES and not m.group("cur") \
                    and _VIDEO_WORDS.search(text, max(0, s - 60), min(len(text), e + 60)):
                continue    # a display's or a video's lines ('15" 1080p GTX 1660 Ti Laptop'), no pence
                #             ('Shares rose 12p to 480p' stays: no word of screens or video near)
        elif unit is None:
            noun, _ = counted_noun(text, e, lang)
            unit = lx.UNITS[lang].get(noun.lower(), noun) if noun else None
            if unit == "USD" and lang == "en":
                d = _DOLLARS_AFTER.match(text, e)
                if d and d.group("country").lower() in _DOLLAR_COUNTRIES:
                    unit = _DOLLAR_COUNTRIES[d.group("country").lower()]   # '176 Hong Kong dollars'
            elif unit is None and lang == "en":
                d = _DOLLARS_AFTER.match(text, e)
                if d and d.group("country").lower() in _DOLLAR_COUNTRIES:
                    unit = _DOLLAR_COUNTRIES[d.group("country").lower()]
        if num.lower() in _ARTICLES[lang] and not (m.group("scale") or m.group("unit")):
            continue        # 'eine Kolonne', 'the one picture': articles and pronouns
        score = _SCORE.match(text, s) if unit is None and not m.group("approx") else None
        if score is not None and counted_noun(text, score.end(), lang)[0] is None \
                and not text[score.end():score.end() + 1].strip(" ").startswith(("%", "‰")):
            continue        # 'they lost 24-17', 'At 4-7': a score or a record counts nothing
        if (lang == "en" and unit is not None and num.isdigit() and not m.group("approx")
                and not (m.group("cur") or m.group("unit") or m.group("scale"))
                and (unit[:1].isupper() or len(num) >= 3)
                and _after_label(text, s) and not re.search(r"['’]s\s$", text[max(0, s - 4):s])):
            continue        # 'Resident Evil 2 Remake', 'Boeing 787 jets', 'Fortune 500 company': a name's number
        if unit is None and (num.lower() in lx.NUMBER_WORDS[lang]
                             or not m.group("approx") and _after_label(text, s)):
            continue        # 'Channel 13', 'Platz 93', a bare number word: not an amount ('Monaten mindestens
            #                 42.000' is one: no label takes an approximation word)
        out.append(Quantity(start=s, end=e, text=text[s:e], value=value, unit=unit,
                            approx=bool(m.group("approx"))))
        taken.append((s, e))
    for m in VAGUE[lang].finditer(text, start, end) if vague else ():
        if not free(*m.span()):
            continue
        value = float(lx.VAGUE[lang][re.sub(r"\s+", " ", m.group("vague").lower())])
        after = re.match(r"\s+(?:of\s+|von\s+)?", text[m.end():])
        unit, _ = counted_noun(text, m.end() + (after.end() if after else 0), lang)
        unit = lx.UNITS[lang].get(unit.lower(), unit) if unit else None
        out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=value,
                            unit=unit, approx=True))
        taken.append(m.span())
    out.sort(key=lambda q: q.start)
    return _range_units(text, out, lang, scaled)


# What joins the two ends of a range: "550 bis 600 Kinder", "zwischen 20 und 30 Menschen",
# "10 to 15 soldiers", "between 200 and 300 people", "3.000-4.000 Demonstranten".
_RANGE_JOIN = {"de": re.compile(r"\s*(?:bis(?:\s+zu)?|[-–])\s*$"), "en": re.compile(r"\s*(?:to|[-–])\s*$")}
_BETWEEN = {"de": re.compile(r"(?i)\bzwischen\s+$"), "en": re.compile(r"(?i)\bbetween\s+$")}
_AND = {"de": re.compile(r"\s*und\s*$"), "en": re.compile(r"\s*and\s*$")}
# A change: 'von 110 auf 10 Prozent' (German 'auf' joins only after 'von').
_FROM = {"de": re.compile(r"\bvon\s+$"), "en": re.compile(r"(?!)")}
_ON = {"de": re.compile(r"\s*auf\s*$"), "en": re.compile(r"(?!)")}


def _range_units(text: str, found: list[Quantity], lang: str,
                 scaled: dict[tuple[int, int], float] | None = None) -> list[Quantity]:
    """The first end of a range counts what the second counts: "mindestens 550 bis 600 Kinder" is
    550 Kinder, not a bare 550 (the noun stands only after the second number). The scale word, too,
    stands only after the second: "$40-50 billion", "between $40 and $50 billion" is 40 billion to
    50 billion (the first end takes the factor where it has none and is no larger than the second's
    number); and a currency written only before the first end is the second's: "$40-50 billion"."""
    scaled = scaled or {}
    for first, second in zip(found, found[1:]):
        if first.unit is not None and second.unit is not None and (
                first.unit != second.unit or (first.start, first.end) in scaled):
            continue        # '3.5 percent to $27.2 billion': two amounts, no range
        gap = text[first.end:second.start]
        if len(gap) > 12:
            continue
        joined = _RANGE_JOIN[lang].match(gap) or (
            _AND[lang].match(gap) and _BETWEEN[lang].search(text, max(0, first.start - 12), first.start)) or (
            _ON[lang].match(gap) and _FROM[lang].search(text, max(0, first.start - 6), first.start))
        if not joined:
            continue
        factor = scaled.get((second.start, second.end))
        if factor and (first.start, first.end) not in scaled and first.value is not None \
                and first.value <= second.value / factor:
            first.value *= factor
        if first.unit is None and second.unit is not None:
            first.unit = second.unit
        elif second.unit is None and first.unit is not None:
            second.unit = first.unit
    return found
