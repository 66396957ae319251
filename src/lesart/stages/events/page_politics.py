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
# nominees", "job candidates", "tennis courts". Stems are searched in the lower-cased sentence (one pass, no word
# boundaries: compounds hold them), acronyms as words in the sentence as written.
STEMS = re.compile(r"partei|fraktion|koalition|bundestag|landtag|parlament|abgeordnet|generalsekretär|gemeinde|"
                   r"stadtrat|staatsrat|kantonsrat|rathaus|staatsanwalt|wahlkampf|liberalen|"
                   # English words begin a word ("re-election", not "selection")
                   r"\b(?:democrat|republican|congress|senate|senator|lawmaker|legislat|parliament|council|"
                   r"prosecutor|primaries|election|caucus|super pac)")
ACRONYMS = re.compile(r"\b(?:FDP|SPD|CDU|CSU|AfD|BSW|ÖVP|FPÖ|SVP|NEOS|SPÖ|GOP)\b")


def names_politics(text: str) -> bool:
    """The sentence names a party, a parliament, an office, a council, a court or an election."""
    return STEMS.search(text.lower()) is not None or ACRONYMS.search(text) is not None
