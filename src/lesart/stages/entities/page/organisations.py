"""Page rules for organisations: firms, clubs, bodies, hospitals, embassies.

- ``firm_names``: a name the page writes after a business noun ("the carrier Emirates", "strategist at
  Miller Tabak", "der Onlinemarktplatz Temu") or that ends in a firm's head word ("Balmond Studio",
  "Peter Koros Design", "Helios Kliniken") is an organisation, ORG, in every untagged-by-kb mention
  as PER or LOC on the page, unless the page also has it inside a longer person's name;
- ``lone_firms``, ``org_majority``, ``org_first_words``: listed companies and names the page mostly tags
  ORG stay ORG in every mention;
- ``clubs``, ``teams_with_plural_verbs``: sports clubs named by their city ("against Berlin");
- ``body_names``, ``hospitals``, ``missions``: bodies run on over "für"/"for" and their field, hospitals
  and embassies are organisations.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..features import gazetteer_flags
from .people import _person_words, _titled_or_first

# Nouns for a business right before its name, English and German (a capitalised German compound ending
# in one of the German heads counts too: "der Onlinemarktplatz Temu", "des Onlinehändlers Zalando").
BUSINESS_NOUNS_EN = frozenset(
    "company firm carrier airline retailer brand maker automaker carmaker chipmaker platform developer "
    "publisher startup start-up insurer lender broker website outlet manufacturer supplier distributor "
    "operator subsidiary "
    "conglomerate marketplace chain restaurant hotel venue gallery showroom "
    "journal magazine newspaper tabloid".split())
_BUSINESS_DE = ("händler", "händlers", "marktplatz", "marktplatzes", "plattform", "hersteller", "herstellers",
                "anbieter", "anbieters", "dienst", "dienstes", "entwickler", "entwicklers", "portal", "portals",
                "netzwerk", "netzwerks", "riese", "riesen", "kette", "marke", "versender", "versenders",
                "discounter", "discounters", "verlag", "verlags", "sender", "senders", "startup", "start-up",
                "fluggesellschaft", "airline", "reederei", "brauerei", "bank", "versicherer", "versicherers",
                "zeitschrift", "zeitung", "magazin", "magazins", "fachblatt", "fachblatts", "konzern", "konzerns",
                "unternehmen", "unternehmens")
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
_LIST_SEP = re.compile(r"(?:['’]s)?\s*(?:,|,? and|,? or|,? und|,? oder|,? sowie|&)\s*")    # "Macy’s, Kellogg’s"


def lone_firms(text: str, ents: list[list], lang: str, context) -> None:
    """A one-word PER that the page never writes with a first name or a title, and that it writes with a
    firm's words (``_FIRM_AFTER``, ``_FIRM_BEFORE``), in a list beside a firm (ORG), or that is a listed
    company, is ORG in all its mentions."""
    pers = [x for x in ents if x[2] == "PER" and x[3] is None and " " not in text[x[0]:x[1]]
            and "-" not in text[x[0]:x[1]]]
    if not pers:
        return
    from ..companies import company_names

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
    from ..gazetteer import load as load_gazetteer

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


_BODY_WORDS_EN = _ORG_HEADS_EN | frozenset("Centers Centres Institutes Senate Parliament Ministry Committee".split())


def _english_body(surface: str) -> bool:
    """An English body's name: a head word that ends it ("Nigerian Senate") or that "of"/"for" follows
    ("Center for Nuclear Physics", "RIKEN Nishina Centers for Accelerator-Based Science")."""
    words = surface.split()
    return len(words) > 1 and any(w in _BODY_WORDS_EN and (k == len(words) - 1 or words[k + 1] in ("of", "for"))
                                  for k, w in enumerate(words))


def ampersand_firms(text: str, ents: list[list]) -> list[list]:
    """Two one-word names joined by "&" with nothing else between, at least one of them read as a body, are
    one firm ("Ernst" ORG + "Young" ORG for "Ernst & Young"); two persons only where the name repeats
    ("Johnson & Johnson"; "Gasly & Tsunoda" are two drivers), two acronyms never ("ETH & EPFL")."""
    ents.sort(key=lambda x: x[0])
    drop = set()
    for x, y in zip(ents, ents[1:]):
        if x[3] is not None or y[3] is not None or id(x) in drop or text[x[1]:y[0]] != " & ":
            continue
        a, b = text[x[0]:x[1]], text[y[0]:y[1]]
        if " " in a or " " in b or a.isupper() or b.isupper():
            continue
        if x[2] in ("ORG", "PER") and y[2] in ("ORG", "PER") and ("ORG" in (x[2], y[2]) or a == b):
            y[0], y[2] = x[0], "ORG"
            drop.add(id(x))
    return [x for x in ents if id(x) not in drop] if drop else ents


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
        if x[2] == "MISC" and x[3] is None and _english_body(surface):
            x[2] = "ORG"                  # "College of Public Health and Health Professions", "Nigerian Senate"
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


_PLACE_NOUN_BEFORE = re.compile(r"\b(?:Stadtteil|Ortsteil|Stadtbezirk|Bezirk|Stadt|Dorf|Gemeinde|Region|Provinz|"
                                r"Lager|Stützpunkt|district|town|village|city|suburb|province|base|camp)"
                                r"(?: (?:in|of|near|bei|von|im|in der))? $")


def _after_place_nouns(text: str, ents: list[list]) -> set[str]:
    """The names the page tags LOC right after a place noun ("im Londoner Stadtteil Holborn", "the military
    base in al-Tanf"): places, whatever else the page calls them."""
    return {text[x[0]:x[1]] for x in ents
            if x[2] == "LOC" and _PLACE_NOUN_BEFORE.search(text, max(0, x[0] - 40), x[0])}


def org_majority(text: str, ents: list[list], context) -> None:
    """A one-word PER or LOC that the page tags ORG at least twice and at least as often as PER and LOC
    together, never writes after a first name or a title, and that is no listed first name nor a place the
    gazetteer knows ("Alfred", "Montauk", "Bavaria" the vulture), is ORG in all its mentions ("Wikileaks" ORG
    twice, PER twice; "Alibaba" ORG eight times, LOC once)."""
    counts: dict[str, Counter] = {}
    for x in ents:
        if x[3] is None and x[2] in ("PER", "ORG", "LOC"):
            surface = text[x[0]:x[1]]
            if " " not in surface:
                counts.setdefault(surface, Counter())[x[2]] += 1
    firms = {name for name, c in counts.items()
             if (c["PER"] or c["LOC"]) and c["ORG"] >= 2 and c["ORG"] >= c["PER"] + c["LOC"]}
    firms -= _after_place_nouns(text, ents)
    if not firms:
        return
    firms -= _titled_or_first(text, ents, context)
    from ..gazetteer import load as load_gazetteer

    flags, g = gazetteer_flags(), load_gazetteer()
    firms = {name for name in firms if "first" not in flags.get(name, ())
             and getattr(g.exact.get((name,)), "label", None) != "LOC"}
    for x in ents:
        if x[2] in ("PER", "LOC") and x[3] is None and text[x[0]:x[1]] in firms:
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
    "Coty" of "Coty Inc.", German "Diehl" of "Diehl Metal Applications", "Real" of "Real Madrid") is that
    body, ORG, unless it is a place the gazetteer knows ("Manchester" of
    "Manchester United"), a state or region ("Texas" of "Texas Instruments", eng.testa), a listed first name,
    or a name the page writes after a first name or title."""
    heads = {text[x[0]:x[1]].split(" ", 1)[0] for x in ents if x[2] == "ORG" and " " in text[x[0]:x[1]]}
    cands = {text[x[0]:x[1]] for x in ents if x[2] in ("LOC", "PER") and x[3] is None} & heads
    if not cands:
        return
    from ..gazetteer import load as load_gazetteer

    g, flags, regions = load_gazetteer(), gazetteer_flags(), _subdivisions()
    cands = {name for name in cands if g.lookup(name) is None and "first" not in flags.get(name, ())
             and name not in regions and name[:1].isupper() and not name.isupper()}
    cands -= _titled_or_first(text, ents, context)
    cands -= _after_place_nouns(text, ents)       # "Stadtteil Holborn" beside "Holborn Community Center"
    for x in ents:
        if x[2] in ("LOC", "PER") and x[3] is None and text[x[0]:x[1]] in cands:
            x[2] = "ORG"


# A site named by its domain: 'Polygraph.info', 'Golem.de', 't-online.de', 'Amazon.com' (not inside an
# address: no 'www.', '//', '@' or further dot-parts before or after).
_SITE = re.compile(r"(?<![\w@/.:-])(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\."
                   r"(?:de|com|info|org|net|at|ch|eu|uk|fr|it|io|tv|news)(?![\w@/-]|\.\w)")


def websites(text: str, ents: list[list], lang: str) -> list[list]:
    """A site named by its domain is one name, the whole domain: the tokenizer cut 'Polygraph.info' at the
    dot and the model read 'Polygraph' as a person; 'Golem.de', 't-online.de' were no names at all.
    GermEval 2014 labels such sites OTH (14 of 16 in its files: 'Blick.ch', 'stern.de', 't-online.de'), so
    German MISC; in English a site named in the news is the outlet, ORG. In English a lowercase name is
    taken only with a hyphen ('t-online.de'), German takes it too ('stern.de', 'rmv.de'); the name has two
    letters at least ('A.de Silva' in CoNLL is an initial and a particle)."""
    if "." not in text:
        return ents
    found = []
    for m in _SITE.finditer(text):
        name = m.group("name")
        if len(name) < 2 or not (name[:1].isupper() or "-" in name or lang == "de"):
            continue            # ('A.de Silva', CoNLL: an initial and a name particle)
        found.append((m.start(), m.end()))
    if not found:
        return ents
    keep = [x for x in ents if not any(x[0] < e and s < x[1] for s, e in found)]
    label = "MISC" if lang == "de" else "ORG"
    keep += [[s, e, label, None] for s, e in found]
    keep.sort(key=lambda x: (x[0], x[1]))
    return keep
