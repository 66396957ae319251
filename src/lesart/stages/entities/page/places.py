"""Page rules for places: planets and moons, venues, US places.

- ``celestial``: a planet or moon ("Saturn", "Titan", "Jupiter's Ganymede") on a page about space
  (planet, moon, spacecraft, orbit, NASA ...) is a place, LOC;
- ``venues``: halls, arenas and stadiums are places;
- ``us_places``: "City, ST" and AP state abbreviations name US places.
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

