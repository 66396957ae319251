"""Page rules for what is MISC or no entity: titles of works, named events, standards, month names.

- ``common_acronyms``: an acronym the page introduces in brackets after a common noun whose words
  it abbreviates ("Krankenhausinformationssystemen (KIS)", "künstliche Intelligenz (KI)") names no
  body, in any of its mentions;
- ``standards``: technical standards and formats (ISO 9001, USB-C) are no names;
- ``named_events``, ``quoted_titles``, ``work_titles``, ``titles_by_majority``: events, quoted and
  introduced titles of books, films and songs are MISC, one span each;
- ``month_names``: a month's name beside a day number is a date, no entity;
- ``laws``, ``initialisms``: an Act or a code of law is MISC, and an acronym of a longer name of the page
  takes that name's label ("NDAA").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..features import gazetteer_flags

_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")


def common_acronyms(text: str, ents: list[list], lang: str) -> list[list]:
    names = {text[x[0]:x[1]] for x in ents if x[3] is None and x[1] - x[0] <= 6}
    common = set()
    for name in names:
        if not _ACRONYM.fullmatch(name):
            continue
        if lang == "en" and (_explained_after(text, name) or _plural_on_page(text, name)):
            common.add(name)
            continue
        i = text.find("(" + name + ")")
        if i < 2 or text[i - 1] != " ":
            continue
        before = text[max(0, i - 80):i - 1].split()
        if not before:
            continue
        if lang == "de":
            # one capitalised common noun (no entity) whose first letter is the acronym's
            word = before[-1]
            if word[:1] == name[0] and word[1:2].islower() and "-" not in word and len(word) >= 2 * len(name) \
                    and _letters_in_order(name.lower(), word.lower()) \
                    and not (len(before) > 1 and before[-2][:1].isupper()) \
                    and not any(x[0] <= i - 2 < x[1] for x in ents):
                common.add(name)      # "im Praxisverwaltungssystem (PVS)"; not "Schweizer Nachrichtendienstes (NDB)"
        else:
            # lowercase words whose initials spell it ("artificial intelligence (AI)")
            n = len(name)
            words = before[-n:]
            if len(words) == n and all(w[:1].islower() for w in words) \
                    and "".join(w[0] for w in words).upper() == name:
                common.add(name)
    if not common:
        return ents
    out = []
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[3] is None and surface in common:
            continue
        if x[3] is None and x[2] == "ORG" and surface.rpartition(" ")[2] in common:
            x[2] = "MISC"         # a kind of the thing named for someone: "Roth IRA" beside "IRAs"
        out.append(x)
    return out


def _explained_after(text: str, name: str) -> bool:
    """English: the acronym right before brackets of lowercase words whose initials spell it, commas
    allowed ("three FIRE (financial independence, retire early) categories")."""
    i = text.find(name + " (")
    if i < 0:
        return False
    close = text.find(")", i)
    words = re.findall(r"[\w'-]+", text[i + len(name) + 2:close]) if 0 < close - i < 120 else []
    return len(words) == len(name) and all(w[:1].islower() for w in words) \
        and "".join(w[0] for w in words).upper() == name


def _plural_on_page(text: str, name: str) -> bool:
    """English: an acronym the page also counts in the plural ("IRAs provide unparalleled tax advantages",
    "two SPACs") is a common noun's ("a traditional IRA"), no body's: bodies are not counted so.  Three
    letters at least ("MPs" beside the "MP" of a party's name would be no evidence)."""
    return len(name) >= 3 and re.search(r"(?<![\w-])" + name + r"s\b", text) is not None


def _letters_in_order(letters: str, word: str) -> bool:
    """Each of ``letters`` in ``word``, in order ("kis" in "krankenhausinformationssystemen")."""
    pos = 0
    for ch in letters:
        pos = word.find(ch, pos) + 1
        if not pos:
            return False
    return True


# Technical standards, formats and product classes that news write in capitals: no body, no name (the
# GermEval and CoNLL guidelines tag neither; GermEval dev has none of them tagged).
STANDARDS = frozenset(
    "DICOM XML JSON HTML HTML5 CSS PDF PDFs USB USB-C HDMI LTE 5G 4G 3G 6G GSM UMTS WLAN Wi-Fi WiFi NFC RFID "
    "MP3 MP4 JPEG JPG PNG GIF SVG HTTP HTTPS URL SQL API APIs CPU CPUs GPU GPUs SSD RAM OLED LCD LED "
    "DVD SUV SUVs EV EVs GPS DNA RNA mRNA".split()) | frozenset(
    # identifiers and trade terms (fifth reading round: "PZN, AVP/UVP" and "DOI 10.1126/..." ORG on a
    # pharmacy and a science page, "our enhanced AI technology" and "programmatic RTB exchange" ORG)
    "AI RTB DSP DSPs SEO CRM ERP SaaS VPN DOI ISBN ISSN IBAN PZN ATC AVP UVP".split()) | frozenset(
    # device classes, display and network terms, business roles (English reading round on Scrapinghub dev pages:
    # "HD", "RGB", "ECG", "VR", "IPO", "COO" ORG, "PC", "NAS" LOC; CoNLL and GermEval tag none of them alone)
    "PC PCs TV TVs HD HDR UHD VR RGB LAN WAN NAS ECG EKG IPO IPOs CEO CEOs CFO COO CTO".split())
_ISO_NORM = re.compile(r"(?:ISO|DIN|EN|IEC)(?:/IEC)?[ -]\d[\d:.-]*")
# A standard with a code word after it ("ATC Code", "ISBN-Nummer") or several joined by slashes ("AVP/UVP").
_CODE_WORD = re.compile(r"[ -](?:Code|Codes|Nummer|Number|Nr\.?)")


def _standard(surface: str) -> bool:
    if surface in STANDARDS or _ISO_NORM.fullmatch(surface):
        return True
    head, sep, tail = surface.partition(" ") if " " in surface else surface.partition("-")
    if head in STANDARDS and _CODE_WORD.fullmatch(sep + tail):
        return True
    return "/" in surface and all(part in STANDARDS for part in surface.split("/"))


_TICKER_BEFORE = re.compile(r"(?:ticker|symbol|NYSE|NASDAQ|Nasdaq):\s*$", re.IGNORECASE)


def standards(text: str, ents: list[list]) -> list[list]:
    """A standard or a format (``STANDARDS``; "ISO 27001", "DIN EN 1090") tagged ORG or MISC names no body."""
    drop = [x for x in ents if x[3] is None and x[1] - x[0] <= 16 and _standard(text[x[0]:x[1]])
            and (x[2] in ("ORG", "MISC") or text[x[0]:x[1]] in STANDARDS)   # a listed term under any label
            and not _TICKER_BEFORE.search(text, max(0, x[0] - 12), x[0])]   # 'Home Depot (ticker: HD)': a firm
    if not drop:
        return ents
    ids = set(map(id, drop))
    return [x for x in ents if id(x) not in ids]


# Last words of a named event ("Milan Design Week", "Filmfestspiele", "World Cup"): MISC (CoNLL), OTH
# (GermEval), not a body.
_EVENT_TAILS = frozenset(
    "Week Festival Fest Fair Expo Summit Cup Olympics Championship Championships Festspiele Filmfestspiele "
    "Woche Biennale Berlinale Triennale Documenta Weltmeisterschaft Europameisterschaft Meisterschaft "
    "Weltcup Pokal Grand-Prix Prix Awards Oscars Olympia".split())


# Named days and feasts: a holiday, no person nor place ("Black Friday" PER ten times, "Christmas" LOC on
# Scrapinghub dev pages).  A weekday closes a named day only after another word ("Black Friday", "Super
# Tuesday", "Good Friday"); a weekday alone is a date, no entity.
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_FEASTS = frozenset("Christmas Easter Thanksgiving Halloween Hanukkah Ramadan Diwali Passover Pentecost".split())
# A country's leaving a union, named as one word ("Brexit", "Grexit", "Megxit", "Frexit"): a process, no person
# ("Theresa May said Brexit would happen": PER after a verb of saying) nor place.
_EXIT_WORD = re.compile(r"[A-Z][a-z]+(?:exit|xit)(?:s)?")


def named_events(text: str, ents: list[list]) -> None:
    for x in ents:
        if x[3] is not None:
            continue
        surface = text[x[0]:x[1]]
        head, _, last = surface.rpartition(" ")
        if x[2] == "ORG" and last in _EVENT_TAILS:
            x[2] = "MISC"
        elif x[2] in ("PER", "LOC", "ORG") and (surface in _FEASTS or head and last in _WEEKDAYS
                                               or _EXIT_WORD.fullmatch(surface)):
            x[2] = "MISC"


# A month's name before or after a day ("July 2 – Uncasville", "Sept. 5 --", "am 3. Juli"): a date, no name.
_MONTHS = frozenset(
    "January February March April May June July August September October November December Jan Feb Mar Apr "
    "Jun Jul Aug Sep Sept Oct Nov Dec Januar Jänner Februar März Juni Juli Oktober Dezember".split())
_DAY_AFTER = re.compile(r"\s*\.?\s{1,3}\d{1,2}(?!\d)")
_DAY_BEFORE = re.compile(r"\d{1,2}\.?\s{1,3}$")


def month_names(text: str, ents: list[list]) -> list[list]:
    out = []
    for x in ents:
        if "\n" in text[x[0]:x[1]]:
            # the model ran a name over a line break into the next line's date ("Jones Beach Theater\nJuly 2")
            cut = text.rfind("\n", x[0], x[1])
            if text[cut + 1:x[1]].strip().rstrip(".") in _MONTHS and _DAY_AFTER.match(text, x[1]):
                x[1] = cut
        surface = text[x[0]:x[1]].strip()
        if surface.rstrip(".") in _MONTHS and (_DAY_AFTER.match(text, x[1])
                                                or _DAY_BEFORE.search(text, max(0, x[0] - 6), x[0])):
            continue
        out.append(x)
    return out


# A title in quotation marks written in title case ("“Long Train Running,”", "“What A Fool Believes”"):
# a work's name, MISC (CoNLL), where the model tags a name or part of one inside it.
_QUOTE = re.compile(r"“(?P<a>[^”\n]{3,80})”|\"(?P<b>[^\"\n]{3,80})\"")
_SMALL_WORDS = frozenset("a an the and or but nor of in on at to for from with by as into is it".split())


def _title_case(content: str) -> bool:
    words = content.split()
    if not 2 <= len(words) <= 10 or not content[:1].isupper() or re.search(r"[.!?;:]\s", content):
        return False
    for w in words:
        w = w.strip(",.?!’'")
        if not w or (w[:1].islower() and (len(w) >= 4 or w not in _SMALL_WORDS)):
            return False
    return True


def quoted_titles(text: str, ents: list[list]) -> list[list]:
    """The entities inside a quoted title-case title become one MISC, the title ("“What A [Fool Believes]”",
    "“[Long Train Running]”"); not a quoted name that is all one ORG or LOC ("Business Insider", the "Hanoi
    Hilton"), a person's name ("Sheryl Crow"), nor a quote with a person the page names outside titles
    ('"Welcome Jose"' on a page about Jose Mourinho)."""
    if '"' not in text and "“" not in text:
        return ents
    from bisect import bisect_left

    ents.sort(key=lambda x: x[0])
    starts = [x[0] for x in ents]
    flags = None
    titles = []
    for m in _QUOTE.finditer(text):
        group = "a" if m.group("a") is not None else "b"
        qs, qe = m.span(group)
        k = bisect_left(starts, qs)
        inside = []
        while k < len(ents) and ents[k][0] < qe:
            if ents[k][1] <= qe:
                inside.append(ents[k])
            k += 1
        if not inside or any(x[2] == "MISC" or x[3] is not None for x in inside):
            continue
        content = text[qs:qe]
        if not _title_case(content):
            continue
        end = qs + len(content.rstrip(",. "))
        exact = len(inside) == 1 and inside[0][0] == qs and inside[0][1] == end
        if exact and inside[0][2] != "PER":
            continue
        if exact and len(content.split()) == 2:
            flags = flags or gazetteer_flags()
            if "first" in flags.get(content.split()[0], ()):
                continue
        titles.append((qs, end, inside))
    if not titles:
        return ents
    within = {id(x) for _s, _e, inside in titles for x in inside}
    quoted = {text[x[0]:x[1]] for _s, _e, inside in titles for x in inside}
    named = {w for x in ents if x[2] == "PER" and id(x) not in within and text[x[0]:x[1]] not in quoted
             for w in text[x[0]:x[1]].split()}
    drop: set[int] = set()
    add = []
    for qs, end, inside in titles:
        if any(x[2] == "PER" and set(text[x[0]:x[1]].split()) <= named for x in inside):
            continue
        drop.update(id(x) for x in inside)
        add.append([qs, end, "MISC", None])
    return [x for x in ents if id(x) not in drop] + add if add else ents


def titles_by_majority(text: str, ents: list[list]) -> None:
    """A name of several words that the page tags MISC at least twice and more often than any other label is a
    title or another MISC in all its mentions ("Star Trek" MISC 5 times, ORG twice, PER once on a film page)."""
    counts: dict[str, Counter] = {}
    for x in ents:
        if x[3] is None:
            surface = text[x[0]:x[1]]
            if " " in surface:
                counts.setdefault(surface, Counter())[x[2]] += 1
    misc = {name for name, c in counts.items()
            if c["MISC"] >= 2 and all(c["MISC"] > n for label, n in c.items() if label != "MISC")}
    for x in ents:
        if x[2] != "MISC" and x[3] is None and text[x[0]:x[1]] in misc:
            x[2] = "MISC"


# Titles of works (2026-11-27): a noun for a kind of work right before an unquoted name ("his first novel,
# Web of Angels", "der Gesellschaftsroman Noli me tangere").  Not "play", "show", "Spiel", "Bild", "Hit" or
# "Stück": verbs and match words ("play Rose-Lynn Harlan", "show Starmer", "im Spiel gegen Bayern").
_WORK_BEFORE_EN = re.compile(r"\b(?:book|novel|novella|memoir|film|movie|documentary|TV series|series|video game|"
                             r"game|album|LP|EP|song|single|poem|opera|musical|sitcom|TV show|television show)"
                             r",? (?:titled |called |entitled )?[“\"]?$")
_WORK_BEFORE_DE = re.compile(r"\b(?:[A-ZÄÖÜ][\w-]*?(?:film|buch|roman|album|dokumentation|krimi)|"
                             r"(?:[\w]+-|Fernseh|Krimi|Mini|Web|Doku)serie|Film|Buch|"
                             r"Roman|Album|Song|Lied|Gedicht|Oper|Musical|Serie|Dokumentation|Essay|Krimi)"
                             r"(?:e?s|e?n|e)? (?:mit dem Titel )?$")
# A quotation that the page also writes without quotes: „Some People Need Killing“ ... "Wer Some People
# Need Killing in die Hand nimmt"; a speech quote is not repeated word for word.  Two words at least: a
# one-word quote is often a nickname or a brand („Loriot“, „Skoda“).
# Both open on the character they need (the quote, the year's digit) and look back from it, at the text's start
# or a space or bracket before a quote, at no word character before a year: a pattern that opened on the look-back
# was tried at every position of the page, one that opens on a character class is searched for that character.
_QUOTED_ANY = re.compile(r"[„“\"»«](?<![^\s(][„“\"»«])(?P<q>[^\s„“”\"»«][^„“”\"»«\n]{2,60}?)(?<=\S)[“”\"«»](?!\w)")
_YEAR_POSSESSIVE = re.compile(r"(?:19|20)(?<!\w\d\d)\d\d['’]s (?P<t>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|(?:a|an|the|and|of|"
                              r"in|on|to|for|with)(?!\w))){0,6})")


def work_titles(text: str, ents: list[list], lang: str) -> list[list]:
    """Names of works: (1) a name the page writes once in quotes and again without them is a title, one MISC in
    every mention; (2) a name right after a noun for a work (book, novel, film, game, album; Buch, Roman,
    Film, Serie) is the title, MISC, in all its mentions; a lowercase run that follows each of three or more
    mentions the same way belongs to it ("Noli" + "me tangere"); (3) a MISC title before a colon and a name
    takes the name as its subtitle ("Star Wars Jedi: Fallen Order"), and the subtitle alone is the work too;
    (4) a title-case run after a year's possessive ("1972's Toulouse Street", "1973's The Captain and Me")."""
    ents.sort(key=lambda x: x[0])
    titles: dict[str, None] = {}
    # (1) quoted once, unquoted elsewhere
    if any(q in text for q in '„“"»'):
        for m in _QUOTED_ANY.finditer(text):
            q = m["q"].strip(" ,.")
            if not q[:1].isupper() or not 2 <= len(q.split()) <= 8 or q in titles:
                continue
            qs = m.start("q")
            inside = [x for x in ents if qs <= x[0] and x[1] <= qs + len(q)]
            if not inside or any(x[3] is not None for x in inside):
                continue
            if len(inside) == 1 and text[inside[0][0]:inside[0][1]] == q and inside[0][2] in ("ORG", "LOC", "PER"):
                continue            # a name quoted whole ("Business Insider"): the model's label stands
            bare = [o for o in _standing_alone(q, r"[\w„“\"»«]", r"[\w“”\"«»]").finditer(text)]
            # only where the model cuts the bare name or runs it on ('[People Need Killing]'); a bare name it
            # tags whole ("Nordex SE" ORG) keeps its label
            if any(x[0] < o.end() and o.start() < x[1] and (x[0], x[1]) != o.span() for o in bare for x in ents):
                titles[q] = None
    # (2) after a work noun
    before = _WORK_BEFORE_DE if lang == "de" else _WORK_BEFORE_EN
    for x in ents:
        if x[2] in ("PER", "ORG", "LOC", "MISC") and before.search(text, max(0, x[0] - 40), x[0]):
            if text[x[0] - 1:x[0]] in "“\"":
                if re.match(r"[,.]?[”\"]", text[x[1]:x[1] + 2]):
                    x[2], x[3] = "MISC", None       # 'the television show “Nashville,”', 'his book “Musicophilia”'
            elif x[3] is None and not (lang == "de" and x[2] == "LOC"):   # "Fernsehserie Europas": genitive
                titles.setdefault(_common_tail(text, text[x[0]:x[1]]), None)
    # (3) colon subtitle
    by_start = {x[0]: x for x in ents}
    for x in ents:
        if x[2] == "MISC" and x[3] is None and text.startswith(": ", x[1]):
            y = by_start.get(x[1] + 2)
            if y is not None and y[3] is None and not text[y[0]:y[1]].isupper() \
                    and text.count(text[x[0]:y[1]]) >= 2:        # a heading's "Head of Content: NAME" once
                full = text[x[0]:y[1]]
                titles.setdefault(full, None)
                titles.setdefault(text[y[0]:y[1]], None)
    # (4) a year's possessive
    if "'s " in text or "’s " in text:
        for m in _YEAR_POSSESSIVE.finditer(text):
            t = re.sub(r"(?: (?:a|an|the|and|of|in|on|to|for|with))+$", "", m["t"])
            s, e = m.start("t"), m.start("t") + len(t)
            if t[:1].isupper() and any(x[0] < e and s < x[1] and x[3] is None for x in ents):
                titles.setdefault(t, None)
    if not titles:
        return ents
    out = ents
    for t in sorted(titles, key=len, reverse=True):
        spans = [o.span() for o in _standing_alone(t, r"[\w-]", r"[\w-]").finditer(text)]
        spans = [(s, e) for s, e in spans if any(x[0] < e and s < x[1] for x in out)
                 and all(s <= x[0] and x[1] <= e for x in out if x[0] < e and s < x[1])]   # not "Buds [Pro]"
        taken = [x for x in out if x[2] == "MISC" and x[3] is None and x[1] - x[0] > len(t)]
        spans = [(s, e) for s, e in spans if not any(x[0] <= s and e <= x[1] for x in taken)]
        if not spans:
            continue
        if any(x[3] is not None and x[0] < e and s < x[1] for s, e in spans for x in out):
            continue        # a place the gazetteer links ("Nashville") stays
        out = [x for x in out if not any(x[0] < e and s < x[1] for s, e in spans)] + \
            [[s, e, "MISC", None] for s, e in spans]
    out.sort(key=lambda x: x[0])
    return out


def _standing_alone(name: str, before: str, after: str) -> re.Pattern:
    """``name`` where the character before it is none of ``before`` and the one after it none of ``after``
    (character classes).  The pattern opens on the name and looks back from its end over the character before
    it: one that opened on the look-back was tried at every position of the page, one that opens on the name's
    letters is searched for them."""
    escaped = re.escape(name)
    return re.compile(f"{escaped}(?<!{before}{escaped})(?!{after})")


def _common_tail(text: str, name: str) -> str:
    """The name with the lowercase words (up to 3) that follow every one of its three or more mentions on the
    page, where the word after them differs ("Noli" + "me tangere" + vorlesen/müssen/während)."""
    follows = [text[o.end():o.end() + 60] for o in _standing_alone(name, r"[\w-]", r"[\w-]").finditer(text)]
    if len(follows) < 3:
        return name
    runs = [re.match(r"((?: [a-zäöüß]+){0,4})", f)[1].split() for f in follows]
    common = []
    for i in range(3):
        words = {r[i] if i < len(r) else None for r in runs}
        if len(words) != 1 or None in words:
            break
        common.append(words.pop())
    if not common or len({tuple(r[len(common):len(common) + 1]) for r in runs}) < 2:
        return name
    return name + " " + " ".join(common)


# Acts of law: MISC in CoNLL ("Espionage Act", "National Defense Authorization Act"), read as bodies by the model.
_LAW_TAILS = frozenset({"Act", "Acts"})
_CODE_OF_LAW = re.compile(r"(?:U\.S\.|US|Penal|Civil|Criminal|Tax|Commercial|Labor|Labour|Internal Revenue) Code")


def laws(text: str, ents: list[list]) -> None:
    """English: a body whose last word is Act, or a code of law ("U.S. Code"), is a law, MISC."""
    for x in ents:
        if x[2] != "ORG" or x[3] is not None:
            continue
        surface = text[x[0]:x[1]]
        head, space, last = surface.rpartition(" ")
        if space and last in _LAW_TAILS or _CODE_OF_LAW.fullmatch(surface):
            x[2] = "MISC"


_INITIAL_SKIP = frozenset("of and for the on in to de des der und für".split())


def initialisms(text: str, ents: list[list]) -> None:
    """An acronym whose three or more letters are the initials of a longer name of the page takes that name's
    label ("NDAA" ORG beside "National Defense Authorization Act" MISC): one name, one sense.  Runs after the
    rules that relabel the long names ("European Center for ... Human Rights" MISC -> ORG)."""
    if not any(x[3] is None and 3 <= x[1] - x[0] <= 6 and _ACRONYM.fullmatch(text, x[0], x[1]) for x in ents):
        return
    longs: dict[str, set] = {}
    for x in ents:
        if x[1] - x[0] < 8:
            continue
        words = [w for w in text[x[0]:x[1]].split() if w not in _INITIAL_SKIP]
        if len(words) >= 3 and all(w[:1].isupper() for w in words):     # two letters match by chance ("TL", "KS")
            longs.setdefault("".join(w[0] for w in words), set()).add(x[2])
    if not longs:
        return
    for x in ents:
        surface = text[x[0]:x[1]]
        labels = longs.get(surface)
        if labels and len(labels) == 1 and x[3] is None and _ACRONYM.fullmatch(surface):
            x[2] = next(iter(labels))


@lru_cache(maxsize=1)
def _product_words() -> frozenset[str]:
    """The words of the products the gazetteer lists (a quick test before its lookups)."""
    from ..gazetteer import load as load_gazetteer

    return frozenset(w for key, entry in load_gazetteer().exact.items() if entry.kind == "product" for w in key)


def products(text: str, ents: list[list]) -> None:
    """A name that opens with a product the gazetteer lists (names.tsv, kind product) is a product's name too,
    MISC ("Firefox Preview" PER and ORG, "Firefox Monitor" ORG, "Windows Phone", "iPhone 15 Pro"): the model
    reads a product's edition as a firm or a person.  The word before a listed product is its maker ("Mozilla
    Firefox", "Google Chrome"): the maker's one-word mentions and German genitives are a body, ORG ("ein Herz
    für Mozilla" PER, "Mozillas Bemühen" PER)."""
    from ..gazetteer import load as load_gazetteer

    g = None
    makers = set()
    products_in = _product_words()
    for x in ents:
        surface = text[x[0]:x[1]]
        first, space, rest = surface.partition(" ")
        if not space or x[3] is not None or first not in products_in and rest.rpartition(" ")[2] not in products_in:
            continue
        g = g or load_gazetteer()
        entry = g.exact.get((first,))
        if entry is not None and entry.kind == "product" and x[2] != "MISC":
            x[2] = "MISC"
        made = g.exact.get(tuple(rest.split()))
        if made is not None and made.kind == "product" and entry is None and first[:1].isupper():
            makers.add(first)
    if makers:
        for x in ents:
            surface = text[x[0]:x[1]]
            if x[2] in ("PER", "LOC") and x[3] is None and (surface in makers or surface[:-1] in makers
                                                             and surface[-1] == "s"):
                x[2] = "ORG"
