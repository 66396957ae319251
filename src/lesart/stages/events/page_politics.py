"""Words of party, parliamentary, local and judicial politics, for the page's sense of politics (stage.py).

The actor table names states, IGOs and the sectors of PLOVER's actors; a page of party politics ("Djir-Sarai tritt
zurück", "Rücktritt bei den Liberalen", "FDP-Bundesgeschäftsführer"), of a town council after a fire ("Der
Gemeinderat hat beschlossen, ... zu verbieten") or of US campaigns names few of them, and would read as an everyday
page. A sentence with one of these words is political for the rule that drops every event of a sentence without a
political party on an everyday page (README 2026-11-28: on the extraction dev pages that rule without these words
dropped about 20 real German acts on party and local news pages).
"""
from __future__ import annotations

import re

# German parties, parliaments, party and council offices, towns and prosecutors, also inside compounds ("FDP-Chef",
# "Bundestagsabgeordneter", "Gemeinderat", "Staatsanwaltschaft"); English parties, legislatures and elections.
# Governments, ministers, courts and police are parties of the sector table already. Left out for their everyday
# senses: "im Grünen", "mit der linken Hand", "Gericht" (a dish), "Vereinsvorsitzender", "primary school", "Oscar
# nominees", "job candidates", "tennis courts".
# German stems anywhere in the lower-cased sentence (compounds hold them); acronyms as words, as written
STEMS_DE = ("partei", "fraktion", "koalition", "bundestag", "landtag", "parlament", "abgeordnet", "generalsekretär",
            "gemeinde", "stadtrat", "staatsrat", "kantonsrat", "rathaus", "staatsanwalt", "wahlkampf", "liberalen")
# English words begin a word ("re-election", not "selection")
STEMS_EN = ("democrat", "republican", "congress", "senate", "senator", "lawmaker", "legislat", "parliament", "council",
            "prosecutor", "primaries", "election", "caucus", "super pac")
_WORD_START = {stem: re.compile(r"\b" + stem) for stem in STEMS_EN}
ACRONYMS = ("FDP", "SPD", "CDU", "CSU", "AfD", "BSW", "ÖVP", "FPÖ", "SVP", "NEOS", "SPÖ", "GOP")
_ACRONYM = re.compile(r"\b(?:" + "|".join(ACRONYMS) + r")\b")


def names_politics(text: str) -> bool:
    """The sentence names a party, a parliament, a council, a prosecutor or an election. Substring tests first (the
    stage asks this of every sentence with a trigger on an everyday page), a regex only to confirm a word start."""
    low = text.lower()
    # plain loops: a generator for each test cost more than the substring tests themselves
    for stem in STEMS_DE:
        if stem in low:
            return True
    for stem in STEMS_EN:
        if stem in low and _WORD_START[stem].search(low):
            return True
    for acronym in ACRONYMS:
        if acronym in text:
            return _ACRONYM.search(text) is not None
    return False
