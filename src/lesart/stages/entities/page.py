"""Page-level rules after the document pass (issue 4, from hand-judged extraction dev pages).

Each rule works per entity or per distinct name, never by a search of the whole text per entity:

- ``firm_names``: a name the page writes after a business noun ("the carrier Emirates", "strategist at
  Miller Tabak", "der Onlinemarktplatz Temu") or that ends in a firm's head word ("Balmond Studio",
  "Peter Koros Design", "Helios Kliniken") is an organisation, ORG, in every untagged-by-kb mention
  as PER or LOC on the page, unless the page also has it inside a longer person's name;
- ``common_acronyms``: an acronym the page introduces in brackets after a common noun whose words
  it abbreviates ("Krankenhausinformationssystemen (KIS)", "künstliche Intelligenz (KI)") names no
  body, in any of its mentions;
- ``celestial``: a planet or moon ("Saturn", "Titan", "Jupiter's Ganymede") on a page about space
  (planet, moon, spacecraft, orbit, NASA ...) is a place, LOC;
- ``first_names``: a capitalised word right before a person's surname that the page writes before
  that surname at least twice, or that the first-name list knows, is the person's first name
  ("Rom Braslavski" twice: no Rome; "Imelda Marcos"); a lone first name before a word the page tags
  as a person's surname takes the surname ("Karsten" + "Haustein").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .features import gazetteer_flags
from .merge import US_STATE_CODES

# Nouns for a business right before its name, English and German (a capitalised German compound ending
# in one of the German heads counts too: "der Onlinemarktplatz Temu", "des Onlinehändlers Zalando").
BUSINESS_NOUNS_EN = frozenset(
    "company firm carrier airline retailer brand maker automaker carmaker chipmaker platform developer "
    "publisher startup start-up insurer lender broker website outlet manufacturer supplier distributor "
    "operator subsidiary "
    "conglomerate marketplace chain restaurant hotel venue gallery showroom".split())
_BUSINESS_DE = ("händler", "händlers", "marktplatz", "marktplatzes", "plattform", "hersteller", "herstellers",
                "anbieter", "anbieters", "dienst", "dienstes", "entwickler", "entwicklers", "portal", "portals",
                "netzwerk", "netzwerks", "riese", "riesen", "kette", "marke", "versender", "versenders",
                "discounter", "discounters", "verlag", "verlags", "sender", "senders", "startup", "start-up",
                "fluggesellschaft", "airline", "reederei", "brauerei", "bank", "versicherer", "versicherers")
# Jobs before "at": "equity strategist at Miller Tabak", "portfolio manager at Tocqueville".
_JOB_AT = re.compile(r"\b(?:analyst|strategist|manager|director|economist|officer|chief|head|founder|partner|"
                     r"president|executive|engineer|designer|editor|reporter|researcher|scientist|consultant|"
                     r"chairman|chairwoman|CEO|CFO|CTO|COO|VP|vice president|spokesman|spokeswoman|spokesperson)"
                     r"(?:\s+\w+)?\s+at\s+$")
# The last word of a firm's or a studio's name ("Balmond Studio", "Peter Koros Design", "OGE Group").
FIRM_TAILS = frozenset(
    "Design Designs Studio Studios Group Gruppe Media Labs Lab Kliniken Verlag Partners Capital Ventures "
    "Architects Associates Records Entertainment Productions Pictures Films Games Software Systems Solutions "
    "Consulting Airlines Airways Motors Bank GmbH AG Inc Inc. Ltd Ltd. LLC Corp Corp. Co. SE KG".split())
FIRM_HEADS = frozenset("Groupe Gruppe Studio Atelier".split())

# Planets, dwarf planets and the moons news name; English and German forms.
CELESTIAL = frozenset(
    "Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Ceres Titan Europa Ganymede Callisto Io "
    "Enceladus Triton Phobos Deimos Charon Merkur Erde".split()) | {"Solar System"}
_SPACE_WORDS = frozenset(
    "planet planets moon moons spacecraft orbit orbiter probe rover NASA ESA astronomers astronomer telescope "
    "Planet Planeten Mond Monde Raumsonde Umlaufbahn Sonnensystem Astronomen".split())


def apply(text: str, ents: list[list], lang: str | None, context) -> list[list]:
    """``ents``: [start, end, label, kb_id] lists; ``context``: document._Context of the page."""
    if lang not in ("de", "en") or not ents:
        return ents
    ents = line_breaks(text, ents, context)
    ents = common_acronyms(text, ents, lang)
    ents = standards(text, ents)
    firm_names(text, ents, lang, context)
    lone_firms(text, ents, lang, context)
    org_majority(text, ents, context)
    clubs(text, ents, context)
    named_events(text, ents)
    celestial(text, ents, context)
    first_names(text, ents, context)
    surnames_after(text, ents, context)
    if lang == "en":
        teams_with_plural_verbs(text, ents, context)
    ents = name_particles(text, ents)
    ents = body_names(text, ents, lang)
    titled_names(text, ents, lang)
    if lang == "de":
        ents = genitive_heads(text, ents)
    venues(text, ents)
    ents = month_names(text, ents)
    if lang == "en":
        us_places(text, ents)
        ents = quoted_titles(text, ents)
    ents = work_titles(text, ents, lang)
    if lang == "en":
        titles_by_majority(text, ents)
        hospitals(text, ents)
        missions(text, ents)
        org_first_words(text, ents, context)
    return ents


def _person_words(text: str, ents: list[list]) -> set[str]:
    """The words of the page's multi-word person names."""
    out: set[str] = set()
    for s, e, lab, _ in ents:
        if lab == "PER" and " " in text[s:e]:
            out.update(text[s:e].split())
    return out


def firm_names(text: str, ents: list[list], lang: str, context) -> None:
    firms: set[str] = set()
    for x in ents:
        if x[2] not in ("PER", "LOC", "ORG") or x[3] is not None:
            continue
        surface = text[x[0]:x[1]]
        words = surface.split()
        if x[2] == "PER" and len(words) > 1 and (words[-1] in FIRM_TAILS or words[0] in FIRM_HEADS):
            x[2] = "ORG"                          # "Balmond Studio", "Groupe LAPS"
            continue
        before = text[max(0, x[0] - 40):x[0]]
        prev = before.rstrip().rpartition(" ")[2].lstrip("(\"'„“")
        if not before.endswith(" ") or not prev:
            continue
        if x[2] == "ORG":
            if lang == "en" and prev in BUSINESS_NOUNS_EN or lang == "de" and prev[:1].isupper() \
                    and prev.lower().endswith(_BUSINESS_DE):
                firms.add(surface)                # "energy company Burisma" ORG: its other mentions too
            continue
        if lang == "en" and " " in surface and x[2] == "PER" and not _JOB_AT.search(before):
            continue                              # "developer John Smith": a person's full name stays
        if lang == "en" and (prev in BUSINESS_NOUNS_EN or (x[2] == "PER" and _JOB_AT.search(before))):
            firms.add(surface)                    # "the carrier Emirates", "strategist at Miller Tabak"
        elif lang == "de" and prev[:1].isupper() and prev.lower().endswith(_BUSINESS_DE):
            firms.add(surface)                    # "der Onlinemarktplatz Temu"
    if not firms:
        return
    persons = _person_words(text, ents)
    for x in ents:
        if x[2] in ("PER", "LOC") and x[3] is None:
            surface = text[x[0]:x[1]]
            if surface in firms and not (" " not in surface and surface in persons):
                x[2] = "ORG"


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")


def common_acronyms(text: str, ents: list[list], lang: str) -> list[list]:
    names = {text[x[0]:x[1]] for x in ents if x[3] is None and x[1] - x[0] <= 6}
    common = set()
    for name in names:
        if not _ACRONYM.fullmatch(name):
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
    return [x for x in ents if x[3] is not None or text[x[0]:x[1]] not in common]


def _letters_in_order(letters: str, word: str) -> bool:
    """Each of ``letters`` in ``word``, in order ("kis" in "krankenhausinformationssystemen")."""
    pos = 0
    for ch in letters:
        pos = word.find(ch, pos) + 1
        if not pos:
            return False
    return True


def celestial(text: str, ents: list[list], context) -> None:
    if not any(text[x[0]:x[1]] in CELESTIAL for x in ents) or not (_SPACE_WORDS & context.word_set):
        return
    for x in ents:
        if text[x[0]:x[1]] in CELESTIAL and (x[2] != "LOC" or (x[3] or "").startswith("geonames:")):
            x[2], x[3] = "LOC", None          # (not Jupiter, Florida)


# Titles and forms of address before a name ("Papst Leo", "Herr Voigt", "Prince Andrew"): not the name's.
_TITLES_EN = frozenset("Prince Princess King Queen Pope Lord Lady Sir Dame Duke Duchess Earl Count Emperor Sheikh "
                       "Mr Mrs Ms Dr President Governor Senator Judge Justice Saint Father Brother Sister Uncle "
                       "Aunt Coach Chancellor Minister Premier Mayor General Captain".split())
_TITLE_ENDINGS = ("präsident", "präsidentin", "minister", "ministerin", "chef", "chefin", "kanzler", "kanzlerin",
                  "meister", "meisterin", "regierung", "sprecher", "sprecherin", "direktor", "direktorin")


def _title_or_common(word: str) -> bool:
    """A title or form of address, or a word the English news text writes mostly in lowercase ("Black Friday",
    "Pro Max")."""
    from .merge import OFFICE_TITLES
    from .model import load_casing

    if word in OFFICE_TITLES or word in _TITLES_EN or word.lower().endswith(_TITLE_ENDINGS):
        return True
    counts = load_casing("en").get(word.lower())
    return counts is not None and counts[0] > counts[1]


def first_names(text: str, ents: list[list], context) -> None:
    """See the module's doc. Only words the page does not write in lowercase, no stopwords."""
    pers = [x for x in ents if x[2] == "PER"]
    if not pers:
        return
    words, tokens, start_of = context.words, context.tokens, context.start_of
    flags = gazetteer_flags()
    surnames = {text[x[0]:x[1]] for x in pers if " " not in text[x[0]:x[1]]}
    surnames |= {text[x[0]:x[1]].rpartition(" ")[2] for x in pers if " " in text[x[0]:x[1]]}
    by_start = {x[0]: x for x in ents}
    ends = {x[1] for x in ents}
    # pairs "W S" with S a one-word person: how often the page writes W right before S
    pairs: Counter = Counter()
    cands = []
    for x in pers:
        i = start_of.get(x[0])
        if i is None or i == 0 or " " in text[x[0]:x[1]]:
            continue
        ps, pe = tokens[i - 1]
        if text[pe:x[0]] != " ":
            continue
        w = words[i - 1]
        if not (w[:1].isupper() and w[1:].islower() and w.isalpha()) or context.is_common_word(w) \
                or i - 1 in context.initial and "first" not in flags.get(w, ()) or _title_or_common(w):
            continue
        pairs[(w, text[x[0]:x[1]])] += 1
        cands.append((x, i - 1, w))
    drop = set()
    for x, j, w in cands:
        surname = text[x[0]:x[1]]
        if "first" not in flags.get(w, ()) and (pairs[(w, surname)] < 2 or (
                surname.endswith("s") and surname[:-1] in surnames)):
            continue                  # once only; or a noun before a genitive ("die Festnahme Maduros")
        ps = tokens[j][0]
        other = by_start.get(ps)
        if other is None and tokens[j][1] in ends:
            continue                  # an entity ends on the word: part of another name
        if other is not None:
            if other[1] != tokens[j][1] or other[2] not in ("LOC", "PER") or (other[3] and other[3][:1] != "g"):
                continue              # a country or a longer name before it: leave both
            drop.add(id(other))       # "Rom" (Rome) of "Rom Braslavski"
        x[0] = ps
    # a lone first name right before a surname the page tags as a person's ("Karsten" + "Haustein")
    for x in pers:
        name = text[x[0]:x[1]]
        if " " in name or "first" not in flags.get(name, ()):
            continue
        i = start_of.get(x[0])
        if i is None or i + 1 >= len(words) or text[x[1]:tokens[i + 1][0]] != " ":
            continue
        s = words[i + 1]
        if s in surnames and s != name and tokens[i + 1][0] not in by_start:
            x[1] = tokens[i + 1][1]
    if drop:
        ents[:] = [x for x in ents if id(x) not in drop]


# Technical standards, formats and product classes that news write in capitals: no body, no name (the
# GermEval and CoNLL guidelines tag neither; GermEval dev has none of them tagged).
STANDARDS = frozenset(
    "DICOM XML JSON HTML HTML5 CSS PDF PDFs USB USB-C HDMI LTE 5G 4G 3G 6G GSM UMTS WLAN Wi-Fi WiFi NFC RFID "
    "MP3 MP4 JPEG JPG PNG GIF SVG HTTP HTTPS URL SQL API APIs CPU CPUs GPU GPUs SSD RAM OLED LCD LED "
    "DVD SUV SUVs EV EVs GPS DNA RNA mRNA".split())
_ISO_NORM = re.compile(r"(?:ISO|DIN|EN|IEC)(?:/IEC)?[ -]\d[\d:.-]*")


def standards(text: str, ents: list[list]) -> list[list]:
    """A standard or a format (``STANDARDS``; "ISO 27001", "DIN EN 1090") tagged ORG or MISC names no body."""
    drop = [x for x in ents if x[2] in ("ORG", "MISC") and x[3] is None and x[1] - x[0] <= 16
            and (text[x[0]:x[1]] in STANDARDS or _ISO_NORM.fullmatch(text[x[0]:x[1]]))]
    if not drop:
        return ents
    ids = set(map(id, drop))
    return [x for x in ents if id(x) not in ids]


# Words right after a firm's or an app's name ("Lyft shares", "Facebook's platform", "die Temu-App",
# "Instagram users") and right before it ("CEO of Lyft", "Nutzer von Tiktok", "bei Temu").
_FIRM_AFTER = re.compile(
    r"(?:['’]s)?[ -](?:app|apps|App|Apps|shares|stock|stocks|users|platform|CEO|CFO|founder|co-founder|"
    r"spokesperson|spokesman|spokeswoman|Inc\b|Corp\b|Aktie|Aktien|Chef|Chefin|Konzern|Konzerns|Nutzer|"
    r"Nutzerinnen|Plattform|Gründer|Sprecher|Sprecherin|Mitarbeiter|Kunden|Account|Accounts|Kanal|Konto|"
    r"Profil|algorithm|Algorithmus|website|Webseite|Website|store|Store|subscribers|employees|drivers)\b")
_FIRM_BEFORE = re.compile(
    r"(?:\b(?:CEO|CFO|founder|co-founder|chief|head|shares|users|stock|employees|drivers|spokesperson|"
    r"Chef|Chefin|Gründer|Gründerin|Sprecher|Sprecherin|Nutzer|Nutzerinnen|Aktie|Aktien|Mitarbeiter|Kunden)"
    r" (?:of|at|for|von|bei|der|des)|\b(?:bei|Bei))\s+$")
_LIST_SEP = re.compile(r"\s*(?:,|,? and|,? or|,? und|,? oder|,? sowie|&)\s*")


def _titled_or_first(text: str, ents: list[list], context) -> set[str]:
    """One-word names the page writes after a first name, a title, or inside a longer person's name."""
    out = _person_words(text, ents)
    flags = gazetteer_flags()
    for x in ents:
        if x[2] != "PER" or " " in text[x[0]:x[1]]:
            continue
        i = context.start_of.get(x[0])
        if i:
            w = context.words[i - 1]
            if w[:1].isupper() and ("first" in flags.get(w, ()) or _title_or_common(w)) \
                    and text[context.tokens[i - 1][1]:x[0]] == " ":
                out.add(text[x[0]:x[1]])
    return out


def lone_firms(text: str, ents: list[list], lang: str, context) -> None:
    """A one-word PER that the page never writes with a first name or a title, and that it writes with a
    firm's words (``_FIRM_AFTER``, ``_FIRM_BEFORE``), in a list beside a firm (ORG), or that is a listed
    company, is ORG in all its mentions."""
    pers = [x for x in ents if x[2] == "PER" and x[3] is None and " " not in text[x[0]:x[1]]
            and "-" not in text[x[0]:x[1]]]
    if not pers:
        return
    from .companies import company_names

    listed = company_names()
    ents_sorted = sorted(ents, key=lambda x: x[0])
    pos = {id(x): k for k, x in enumerate(ents_sorted)}
    firm: set[str] = set()
    for x in pers:
        name = text[x[0]:x[1]]
        if name in firm:
            continue
        if name in listed or _FIRM_AFTER.match(text, x[1]) \
                or _FIRM_BEFORE.search(text[max(0, x[0] - 30):x[0]]):
            firm.add(name)
            continue
        k = pos[id(x)]
        for j in (k - 1, k + 1):
            if 0 <= j < len(ents_sorted):
                y = ents_sorted[j]
                gap = text[y[1]:x[0]] if j < k else text[x[1]:y[0]]
                if y[2] == "ORG" and len(gap) <= 8 and _LIST_SEP.fullmatch(gap):
                    firm.add(name)
                    break
    if not firm:
        return
    firm -= _titled_or_first(text, ents, context)
    for x in ents:
        if x[2] == "PER" and x[3] is None and text[x[0]:x[1]] in firm:
            x[2] = "ORG"


# Match words: a one-word PER in a sentence with them that is a place's name, or a LOC right after
# "against"/"gegen"/"beat", is a club ("Arsenal hatte 5:0 gegen Chelsea gewonnen").
_MATCH_WORDS = frozenset(
    "beat beats defeated defeat drew draw match game goal goals scored league season striker coach manager "
    "midfielder defender goalkeeper fixture win won victory Premier Bundesliga Spiel Spiele Tor Tore Trainer "
    "Sieg Niederlage Liga Saison Stürmer Torwart Verteidiger gewonnen verloren besiegt Unentschieden "
    "Champions Tabelle Elf Transfer Heimspiel Auswärtsspiel".split())
_CLUB_BEFORE = re.compile(r"\b(?:against|gegen|beat|beating|defeated|vs\.?|versus|bei)\s+$")


def clubs(text: str, ents: list[list], context) -> None:
    cands = [x for x in ents if x[2] in ("PER", "LOC") and " " not in text[x[0]:x[1]]]
    if not cands or not (_MATCH_WORDS & context.word_set):
        return
    from bisect import bisect_right
    from .gazetteer import load as load_gazetteer

    g = load_gazetteer()
    starts = context.sentence_starts
    persons = None
    for x in cands:
        name = text[x[0]:x[1]]
        if x[2] == "PER":
            entry = g.lookup(name)
            if entry is None or entry.kind != "place":
                continue
        elif not _CLUB_BEFORE.search(text[max(0, x[0] - 12):x[0]]) or getattr(g.lookup(name), "kind", None) == "country":
            continue                          # national teams stay LOC (CoNLL), "gegen Russland"
        k = bisect_right(starts, x[0]) - 1
        s = starts[k] if k >= 0 else 0
        e = starts[k + 1] if k + 1 < len(starts) else len(text)
        if not (_MATCH_WORDS & set(re.findall(r"\w+", text[s:e]))):
            continue
        if persons is None:
            persons = _titled_or_first(text, ents, context)
        if name not in persons:
            x[2], x[3] = "ORG", None


# Last words of a named event ("Milan Design Week", "Filmfestspiele", "World Cup"): MISC (CoNLL), OTH
# (GermEval), not a body.
_EVENT_TAILS = frozenset(
    "Week Festival Fest Fair Expo Summit Cup Olympics Championship Championships Festspiele Filmfestspiele "
    "Woche Biennale Berlinale Triennale Documenta Weltmeisterschaft Europameisterschaft Meisterschaft "
    "Weltcup Pokal Grand-Prix Prix Awards Oscars Olympia".split())


def named_events(text: str, ents: list[list]) -> None:
    for x in ents:
        if x[2] == "ORG" and x[3] is None:
            last = text[x[0]:x[1]].rpartition(" ")[2]
            if last in _EVENT_TAILS:
                x[2] = "MISC"


# Particles between a person's given names and surname ("Fritz Eckart von Weizsäcker", "Vincent van Gogh",
# "Mohammed bin Rashid"): the model and the document pass tag the parts on each side as two PERs.  German
# "von" is also "of" ("Martina Wengatz von Martin Rütter DOGS", "Signa Development von Rene Benko"), so the
# part after it is one word that the page never writes as a surname after a given name ("Relotius" of
# "Claas Relotius" in "Geyer zu Relotius"); "zu" is left out ("kommt Relotius zu Fichtner").
_PARTICLE_GAP = re.compile(r" (?:von der|von dem|van der|van den|de la|de los|von|van|de|da|di|del|della|du|dos|"
                           r"das|ten|ter|bin|ibn|[A-Z]\.(?: [A-Z]\.)?) ")


def name_particles(text: str, ents: list[list]) -> list[list]:
    """Two PERs with only a lowercase name particle between them are one person."""
    pers = sorted((x for x in ents if x[2] == "PER"), key=lambda x: x[0])
    drop = set()
    surnames = None
    for a, b in zip(pers, pers[1:]):
        if id(a) in drop or b[0] - a[1] > 10 or not _PARTICLE_GAP.fullmatch(text, a[1], b[0]):
            continue
        last = text[b[0]:b[1]]
        initial = text[a[1] + 1:a[1] + 2].isupper()
        if " " in last and not initial:
            continue                      # ("Patrick W. Carlineo Jr.": after an initial the rest may be long)
        if surnames is None:
            surnames = set()
            for x in pers:
                head, _, tail = text[x[0]:x[1]].rpartition(" ")
                if head and head.rpartition(" ")[2][:1].isupper():
                    surnames.add(tail)
        if last in surnames and not initial:
            continue
        b[0] = a[0]
        drop.add(id(a))
    return [x for x in ents if id(x) not in drop] if drop else ents


# The last word of a venue's name ("Pepsi Center", "Budweiser Stage", "Ak-Chin Pavilion", "Max-Schmeling-
# Halle"): a place, LOC as CoNLL tags the few it has ("Centre" 7 of 7 LOC in eng.train); the model reads the
# sponsor's or founder's name before it as a person's.  Venues it tags ORG stay ORG (a reading as good).
VENUE_HEADS = frozenset(
    "Center Centre Arena Stadium Pavilion Amphitheatre Amphitheater Theatre Theater Stage Auditorium Coliseum "
    "Colosseum Ballpark Fieldhouse Speedway Raceway".split())
# German venues end in a hyphenated head ("Max-Schmeling-Halle", "Mercedes-Benz-Arena"); as a word of its own
# the head may be a surname ("Gunhild Halle").
VENUE_HEADS_HYPHENATED = frozenset("Halle Arena Stadion Center".split())


def venues(text: str, ents: list[list]) -> None:
    for x in ents:
        if x[2] != "PER" or x[3] is not None:
            continue
        surface = text[x[0]:x[1]]
        head, space, last = surface.rpartition(" ")
        if space and last in VENUE_HEADS or "-" in last and last.rpartition("-")[2] in VENUE_HEADS_HYPHENATED:
            x[2] = "LOC"


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


# US states after a place and a comma: postal codes ("Bristow, VA"), AP abbreviations ("Fla."), full names.

_AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD",
    "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND",
    "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY"}


@lru_cache(maxsize=1)
def _us_states() -> tuple[dict[str, str], re.Pattern]:
    """State name or abbreviation -> postal code, and the pattern of ', <state>' after a place."""
    import pycountry

    names = {sub.name: sub.code[3:] for sub in pycountry.subdivisions.get(country_code="US")
             if sub.code[3:] in US_STATE_CODES}
    states = {**{c: c for c in US_STATE_CODES}, **_AP_STATES, **names}
    alternatives = "|".join(re.escape(k) for k in sorted(states, key=len, reverse=True))
    return states, re.compile(rf",\s(?P<state>{alternatives})(?!\w|\.\w)")


@lru_cache(maxsize=1)
def _us_cities() -> tuple[dict[tuple[str, str], str], frozenset[str]]:
    """(name, state) -> kb_id of the most populous US city so named, and every US city's kb_id."""
    from .gazetteer import _cities

    by: dict[tuple[str, str], str] = {}
    ids = set()
    for city in sorted(_cities()[1].values(), key=lambda c: -c["population"]):
        if city["countrycode"] == "US":
            kb = f"geonames:{city['geonameid']}"
            by.setdefault((city["name"], city.get("admin1code")), kb)
            ids.add(kb)
    return by, frozenset(ids)


_PLACE_NAME = re.compile(r"(?:St\.|[A-Z][\w'’-]*)(?: (?:St\.|[A-Z][\w'’-]*)){0,3}")


def us_places(text: str, ents: list[list]) -> None:
    """A name right before a comma and a US state ("Bristow, VA", "Cuyahoga Falls, OH", "Greenville, South
    Carolina") is that state's town, LOC, linked to the GeoNames city of that name in that state (not
    Mansfield, England, nor Greenville, NC); a venue's, a firm's or a person's full name stays what it is."""
    states, after = None, None
    for x in ents:
        if x[2] == "MISC" or text[x[1]:x[1] + 1] != ",":
            continue
        if after is None:
            states, after = _us_states()
        m = after.match(text, x[1])
        if m is None:
            continue
        surface = text[x[0]:x[1]]
        words = surface.split()
        if not _PLACE_NAME.fullmatch(surface) or words[-1] in VENUE_HEADS or words[-1] in FIRM_TAILS:
            continue
        by, ids = _us_cities()
        kb = by.get((surface, states[m.group("state")]))
        if x[2] == "PER" and len(words) > 1 and kb is None:
            continue                      # "Jane Smith, Calif.": a person and her state
        if x[2] in ("PER", "ORG"):
            x[2], x[3] = "LOC", kb
        elif x[2] == "LOC" and kb is not None:
            x[3] = kb
        elif x[2] == "LOC" and x[3] is not None and x[3].startswith("geonames:") and x[3] not in ids:
            x[3] = None                   # "Mansfield, MA": not the English town


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


def line_breaks(text: str, ents: list[list], context) -> list[list]:
    """A name never spans a line break; the model runs one over it in listings and teasers ("Real Madrid\nKepa
    Arrizabalaga" ORG, "Kepa Arrizabalaga\nThis" ORG).  Each line's part becomes an entity of its own with the
    label the page gives that name on one line, if any, else the model's; a lone stopword ("This") goes."""
    if not any("\n" in text[x[0]:x[1]] for x in ents):
        return ents
    known: dict[str, str] = {}
    for x in ents:
        if "\n" not in text[x[0]:x[1]]:
            known.setdefault(text[x[0]:x[1]], x[2])
    out = []
    for x in ents:
        if "\n" not in text[x[0]:x[1]]:
            out.append(x)
            continue
        pos = x[0]
        for line in text[x[0]:x[1]].split("\n"):
            ps, pe = pos, pos + len(line)
            pos = pe + 1
            while ps < pe and text[ps].isspace():
                ps += 1
            while pe > ps and text[pe - 1].isspace():
                pe -= 1
            piece = text[ps:pe]
            if not any(ch.isalnum() for ch in piece) or piece.lower() in context.stopwords:
                continue
            out.append([ps, pe, known.get(piece, x[2]), None])
    return out


def surnames_after(text: str, ents: list[list], context) -> None:
    """A person's name of several words right before a capitalised word that the page tags alone as a
    person takes it as the surname ("Mary Talley" + "Bowden", when the page says "Bowden" later)."""
    alone = {text[x[0]:x[1]] for x in ents if x[2] == "PER" and " " not in text[x[0]:x[1]]}
    if not alone:
        return
    starts = {x[0] for x in ents}
    for x in ents:
        if x[2] != "PER" or " " not in text[x[0]:x[1]]:
            continue
        i = context.start_of.get(x[0])
        j = i
        while j is not None and j < len(context.tokens) and context.tokens[j][1] < x[1]:
            j += 1
        if j is None or j + 1 >= len(context.tokens) or context.tokens[j][1] != x[1]:
            continue
        s, e = context.tokens[j + 1]
        if s == x[1] + 1 and text[x[1]] == " " and context.words[j + 1] in alone and s not in starts \
                and context.words[j + 1] not in text[x[0]:x[1]].split():
            x[1] = e


# British English takes a team or a firm in the plural ("Chelsea have paid", "Chelsea hope to announce"): a
# one-word PER right before a plural verb is no person; after an auxiliary, "and" or a comma it may be one
# ("did Smith have", "Smith and Jones are").
_PLURAL_VERB_AFTER = re.compile(r" (?:have|are|were|hope|want|need|say|plan)\b")
_NOT_BEFORE_PLURAL = re.compile(r"(?:\b(?:and|or|did|does|do|will|would|could|should|can|may|might|must|let|"
                                r"make|made|help|helped|see|saw|watch|to|nor)|[,&])\s+$", re.IGNORECASE)


def teams_with_plural_verbs(text: str, ents: list[list], context) -> None:
    cands = [x for x in ents if x[2] == "PER" and x[3] is None and " " not in text[x[0]:x[1]]
             and _PLURAL_VERB_AFTER.match(text, x[1]) and not _NOT_BEFORE_PLURAL.search(text, max(0, x[0] - 12), x[0])]
    if not cands:
        return
    persons = _titled_or_first(text, ents, context)
    flags = gazetteer_flags()
    team = {text[x[0]:x[1]] for x in cands} - persons
    team = {name for name in team if "first" not in flags.get(name, ())}
    for x in ents:
        if x[2] == "PER" and x[3] is None and text[x[0]:x[1]] in team:
            x[2] = "ORG"


# German bodies named "<head> für <field>" ("Deutsches Zentrum für Luft- und Raumfahrt", "Bundesamt für
# Migration und Flüchtlinge", "Landesamt für Mess- und Eichwesen"): GermEval tags the whole name ORG (9 of 9
# such heads before "für" and a capitalised word in its training split); the model often stops at the head.
_FUER_HEADS = re.compile(
    r"(?:zentrums?|instituts?|amts?|amtes|ministeriums?|verwaltung|behörde|kommission|anstalt|komitees?|rats?|"
    r"rates|agentur|stiftung|verband|verbands|verbandes|gesellschaft|akademie|hochschule|labors?|zentrale|"
    r"zentralstelle|büros?|fonds|kammer|vereins?|vereinigung|beauftragten?)$")
_FUER_FIELD = re.compile(r" für (?:[A-ZÄÖÜ][\w-]*(?:,? (?:und|sowie) |, | (?=[A-ZÄÖÜ])))*[A-ZÄÖÜ][\w-]*\w")
# A photo credit after a person's name: "Jörg Carstensen/dpa", "Foto: Max Muster/AFP".
_CREDIT_TAIL = re.compile(r"/(?:dpa|AFP|AP|Reuters|REUTERS|epa|EPA|KEYSTONE|Keystone|APA|imago|IMAGO|Getty Images|"
                          r"picture alliance|picture-alliance|ddp|KNA|SID)$")
# Heads of English names of schools and institutes that the model reads as MISC ("College of Public Health
# and Health Professions"): a body, ORG.
_ORG_HEADS_EN = frozenset("College University Institute School Department Faculty Academy Laboratory Center "
                          "Centre Hospital Agency Office Bureau Foundation Council Commission".split())
# A club's or association's name before its place ("Rotary Clubs Liechtenstein-Eschnerberg", "Lions Club
# Bamberg"): the place belongs to the name.
_CLUB_TAILS = frozenset("Club Clubs Verein Vereins Verband Verbands".split())


def body_names(text: str, ents: list[list], lang: str) -> list[list]:
    ents.sort(key=lambda x: x[0])
    drop: set[int] = set()
    add = []
    for k, x in enumerate(ents):
        if id(x) in drop:
            continue
        surface = text[x[0]:x[1]]
        if x[2] == "PER" and "/" in surface:
            m = _CREDIT_TAIL.search(surface)
            if m is not None:
                add.append([x[0] + m.start() + 1, x[1], "ORG", None])
                x[1] = x[0] + m.start()
                continue
        if x[2] == "MISC" and x[3] is None and surface.split()[0] in _ORG_HEADS_EN and " of " in surface:
            x[2] = "ORG"                  # "College of Public Health and Health Professions"
        if x[2] != "ORG":
            continue
        last = surface.rpartition(" ")[2]
        if lang == "de" and last[:1].isupper() and _FUER_HEADS.search(last.lower()):
            m = _FUER_FIELD.match(text, x[1])
            if m is not None and "\n" not in m.group():
                end = m.end()
                for y in ents[k + 1:]:
                    if y[0] >= end:
                        break
                    if y[1] <= end:
                        drop.add(id(y))
                    else:
                        end = -1
                        break
                if end > 0:
                    x[1] = end
                    continue
        if last in _CLUB_TAILS and k + 1 < len(ents):
            y = ents[k + 1]
            if y[2] == "LOC" and y[0] == x[1] + 1 and text[x[1]] == " ":
                x[1] = y[1]
                drop.add(id(y))
    if drop:
        ents = [x for x in ents if id(x) not in drop]
    return ents + add if add else ents


def genitive_heads(text: str, ents: list[list]) -> list[list]:
    """German: a name in the genitive glued to the common noun after it is the name alone ("[Chubas] Drummer",
    "[Irans] Justiz": GermEval tags the genitive name, PER or LOC); a lone common noun tagged PER right after a
    place's genitive goes ("Irans [Justiz] widersprach").  The noun: HanTa does not call it a name (NE) and the
    page does not write it in a person's name; the genitive: the page names the person, or the gazetteer knows
    the place."""
    from .gazetteer import load as load_gazetteer
    from .model import load_word_tags

    tags = None
    g = None
    drop: set[int] = set()
    ents.sort(key=lambda x: x[0])
    for k, x in enumerate(ents):
        if x[2] != "PER" or x[3] is not None:
            continue
        words = text[x[0]:x[1]].split(" ")
        if len(words) == 2 and len(words[0]) > 3 and words[0].endswith("s") and words[1][:1].isupper():
            tags = tags or load_word_tags("de")
            if tags.get(words[1]) == "NE" or not words[1].isalpha() or "first" in gazetteer_flags().get(words[0], ()):
                continue                  # "Andreas Albath": a first name, not a genitive
            surface = text[x[0]:x[1]]
            person_words = _person_words(text, [y for y in ents if text[y[0]:y[1]] != surface]) | {
                text[y[0]:y[1]] for y in ents if y[2] == "PER" and " " not in text[y[0]:y[1]]
                and tags.get(text[y[0]:y[1]]) != "NN"}
            if words[1] in person_words:
                continue
            g = g or load_gazetteer()
            entry = g.lookup(words[0])
            if entry is not None and entry.label == "LOC":
                x[1], x[2], x[3] = x[0] + len(words[0]), "LOC", entry.kb_id
            elif words[0][:-1] in person_words:
                x[1] = x[0] + len(words[0])
        elif len(words) == 1 and k and ents[k - 1][2] == "LOC" and ents[k - 1][1] == x[0] - 1 \
                and text[ents[k - 1][0]:ents[k - 1][1]].endswith("s"):
            tags = tags or load_word_tags("de")
            if tags.get(words[0]) == "NN":
                drop.add(id(x))           # "Irans Justiz"
    seen = set()
    out = []
    for x in ents:                        # a cut name may now repeat an entity of the same span
        if id(x) not in drop and (x[0], x[1]) not in seen:
            seen.add((x[0], x[1]))
            out.append(x)
    return out


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


# Forms of address that the model runs into the name after them (a narrower list than _TITLES_EN:
# "President X" tagged whole may be an office's name).
_ADDRESS_TITLES_EN = frozenset("Mr Mrs Ms Miss Dr Mr. Mrs. Ms. Dr. Sir Dame Lord Lady".split())


def titled_names(text: str, ents: list[list], lang: str) -> None:
    """A name that the model ran together with the title or office before it ("Pressesprecher Reinald
    Achilles" ORG, "Mr Assange" ORG) is the person after the title, PER."""
    from .merge import OFFICE_TITLES

    for x in ents:
        if x[2] == "PER" or x[3] is not None:
            continue
        head, space, rest = text[x[0]:x[1]].partition(" ")
        if not space or not rest[:1].isupper() or not rest.replace(" ", "").replace("-", "").replace(".", "").isalpha():
            continue
        if lang == "en" and head in _ADDRESS_TITLES_EN or lang == "de" and (
                head in OFFICE_TITLES or head.endswith(("sprecher", "sprecherin", "minister", "ministerin",
                                                         "präsident", "präsidentin", "trainer", "trainerin"))):
            x[0] += len(head) + 1
            x[2] = "PER"


def org_majority(text: str, ents: list[list], context) -> None:
    """A one-word PER that the page tags ORG at least twice and at least as often as PER, never writes after a
    first name or a title, and that is no listed first name nor a place the gazetteer knows ("Alfred", "Montauk",
    "Bavaria" the vulture), is ORG in all its mentions ("Wikileaks" ORG twice, PER twice)."""
    counts: dict[str, Counter] = {}
    for x in ents:
        if x[3] is None and x[2] in ("PER", "ORG"):
            surface = text[x[0]:x[1]]
            if " " not in surface:
                counts.setdefault(surface, Counter())[x[2]] += 1
    firms = {name for name, c in counts.items() if c["PER"] and c["ORG"] >= 2 and c["ORG"] >= c["PER"]}
    if not firms:
        return
    firms -= _titled_or_first(text, ents, context)
    from .gazetteer import load as load_gazetteer

    flags, g = gazetteer_flags(), load_gazetteer()
    firms = {name for name in firms if "first" not in flags.get(name, ())
             and getattr(g.exact.get((name,)), "label", None) != "LOC"}
    for x in ents:
        if x[2] == "PER" and x[3] is None and text[x[0]:x[1]] in firms:
            x[2] = "ORG"


_HOSPITAL_AFTER = re.compile(r" (?:hospital|clinic|medical center|medical centre|army hospital)\b")
_CLINIC_TAILS = frozenset("Clinic Clinics Hospital Infirmary".split())


def hospitals(text: str, ents: list[list]) -> None:
    """A person's name that names a hospital ("Walter Reed hospital", "Mayo Clinic") is the hospital, ORG, in
    all its mentions on the page."""
    names = set()
    for x in ents:
        if x[2] == "PER" and x[3] is None:
            surface = text[x[0]:x[1]]
            if surface.rpartition(" ")[2] in _CLINIC_TAILS and " " in surface:
                x[2] = "ORG"              # "Mayo Clinic"
            elif _HOSPITAL_AFTER.match(text, x[1]):
                names.add(surface)        # "Walter Reed hospital"
    if names:
        for x in ents:
            if x[2] == "PER" and x[3] is None and text[x[0]:x[1]] in names:
                x[2] = "ORG"


_MISSION_HEADS = frozenset({"Embassy", "Consulate", "Consulate-General", "Mission"})


def missions(text: str, ents: list[list]) -> None:
    """A country's embassy or consulate named with its demonym or name ("the Ecuadorean Embassy in
    London", "the Saudi Consulate") is a body of that state, ORG, not a demonym (MISC) or a place."""
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[2] in ("MISC", "LOC", "PER") and x[3] is None and " " in surface \
                and surface.rpartition(" ")[2] in _MISSION_HEADS:
            x[2] = "ORG"


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """The names of states, provinces and regions (pycountry ISO 3166-2): "Texas", "Guangdong", "Kentucky"."""
    import pycountry

    return frozenset(sub.name for sub in pycountry.subdivisions)


def org_first_words(text: str, ents: list[list], context) -> None:
    """A one-word LOC or PER that opens a multi-word ORG of the same page ("Emirates" of "Emirates Airline",
    "Coty" of "Coty Inc.") is that body, ORG, unless it is a place the gazetteer knows ("Manchester" of
    "Manchester United"), a state or region ("Texas" of "Texas Instruments", eng.testa), a listed first name,
    or a name the page writes after a first name or title."""
    heads = {text[x[0]:x[1]].split(" ", 1)[0] for x in ents if x[2] == "ORG" and " " in text[x[0]:x[1]]}
    cands = {text[x[0]:x[1]] for x in ents if x[2] in ("LOC", "PER") and x[3] is None} & heads
    if not cands:
        return
    from .gazetteer import load as load_gazetteer

    g, flags, regions = load_gazetteer(), gazetteer_flags(), _subdivisions()
    cands = {name for name in cands if g.lookup(name) is None and "first" not in flags.get(name, ())
             and name not in regions and name[:1].isupper() and not name.isupper()}
    cands -= _titled_or_first(text, ents, context)
    for x in ents:
        if x[2] in ("LOC", "PER") and x[3] is None and text[x[0]:x[1]] in cands:
            x[2] = "ORG"


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
_QUOTED_ANY = re.compile(r"(?:^|(?<=[\s(]))[„“\"»«](?P<q>[^\s„“”\"»«][^„“”\"»«\n]{2,60}?)(?<=\S)[“”\"«»](?!\w)", re.M)
_YEAR_POSSESSIVE = re.compile(r"\b(?:19|20)\d\d['’]s (?P<t>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|(?:a|an|the|and|of|in|"
                              r"on|to|for|with)(?!\w))){0,6})")


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
            bare = [o for o in re.finditer(r"(?<![\w„“\"»«])" + re.escape(q) + r"(?![\w“”\"«»])", text)]
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
        spans = [o.span() for o in re.finditer(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", text)]
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


def _common_tail(text: str, name: str) -> str:
    """The name with the lowercase words (up to 3) that follow every one of its three or more mentions on the
    page, where the word after them differs ("Noli" + "me tangere" + vorlesen/müssen/während)."""
    follows = [text[o.end():o.end() + 60] for o in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
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
