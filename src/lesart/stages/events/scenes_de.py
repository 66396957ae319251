"""German scenes whose words of force or agreement name no political act (dev8 round, 2026-11-28):

- a match report: "Auch der letzte Angriff der Ghanaer in der 91. Minute ... wurde von Torhüter Schwarzer abgewehrt",
  "sah ein Schuss von Jonathan Mensah wie das Ausgleichstor aus": an attack, a shot or a counter-attack in a game is
  no ASSAULT;
- a contract of employment: "der bei Ajax Amsterdam unter Vertrag stehende Rommedahl" is no AGREE;
- a traffic accident: "kam es ... zu einem folgeschweren Zusammenstoß eines Busses mit einem Zug" is no ASSAULT (a
  clash with the police, "Zusammenstöße mit der Polizei", stays a riot);
- a warning of a natural danger: "Die äthiopische Regierung warnt vor möglichen weiteren Überschwemmungen" warns
  nobody off and accuses nobody (the THREATEN reading was already left out by not_acts.no_threat; this leaves out
  "warnen vor" as disapproval);
- a participle used as an adjective with no article before it: "Auch bereits wieder freigelassene Demonstranten
  seien erneut inhaftiert worden" names the state of the demonstrators, the arrest is the act (not_acts.attributive
  reads only the participle after an article).
"""
from __future__ import annotations

from . import lexicon
from .tokens import Token

# words only a match report uses (a "Minute" needs its number: "in der 91. Minute")
_MATCH_WORDS = {"torhüter", "torwart", "keeper", "elfmeter", "strafraum", "halbzeit", "anpfiff", "abpfiff",
                "wiederanpfiff", "führungstor", "ausgleichstor", "siegtor", "eigentor", "anschlusstor", "ehrentreffer",
                "kopfballtreffer", "torchance", "torchancen", "großchance", "großchancen", "tormöglichkeit",
                "tormöglichkeiten", "eckball", "freistoß", "abseits", "nachspielzeit", "verlängerung", "ball"}
_GAME_FORCE = ("angriff", "angriffe", "angreif", "konter", "schuss", "schüsse", "schoss", "geschossen", "attacke",
               "attackier", "schlug", "schlag", "geschlagen", "verletzt")
# words of other sports reports (dev9: a cycling race, a tennis match, a derby, a pitch invasion): "den entscheidenden
# Angriff wagte", "wehrte ... die Attacken anderer Fahrer ab", "schlug den an Nummer 23 gesetzten Ugo Humbert",
# "Gyamerah vom Platz geschossen"; a word, or a compound's head or first part ("Bundesliga", "HSV-Profi")
_SPORTS_WORDS = {"derby", "stadtderby", "liga", "bundesliga", "weltcup", "etappe", "peloton", "podest", "saison",
                 "spieltag", "tabelle", "torschütze", "stürmer", "mittelfeld", "mittelfeldspieler", "olympiasieger",
                 "olympiasiegerin", "weltmeister", "weltmeisterin", "titelverteidiger", "meisterschaft",
                 "meisterschaften", "landesmeisterschaft", "landesmeisterschaften", "grand", "tennis", "wimbledon",
                 "platzsturm", "platzsturms", "zielgerade", "zielsprint", "ausreißer", "ausreißergruppe",
                 "rennen", "rennens", "trainer", "cheftrainer", "abfahrt", "fahrer", "radprofi", "radprofis",
                 "tennisprofi", "fußball", "handball", "eishockey", "basketball", "volleyball", "formel", "supercup",
                 "pokal", "nationalmannschaft", "teamkollege", "teamkollegen", "kurzbahn-em", "em", "wm", "sätzen",
                 "gesetzten", "gesetzte"}
_SPORTS_ENDS = ("profi", "profis", "liga", "meister", "meisterin", "derby", "rennen", "etappe", "trainer", "spieler",
                "spielerin", "läufer", "läuferin", "fahrer", "fahrerin", "sportler", "sportlerin", "turnier", "pokal",
                "-em", "-wm", "finale", "halbfinale", "marathon")
# who stands on a pitch or a course to keep order: force against them is no move of a game ("Fans attackierten
# Ordner und Polizisten nach dem Derby")
_ORDER_FORCES = ("polizei", "polizist", "ordner", "sicherheitskräft", "soldat", "beamte", "demonstrant")


def _match_report(toks: list[Token]) -> bool:
    if any(t.lower in _MATCH_WORDS for t in toks):
        return True
    return any(t.lower in ("minute", "minuten") and k > 0 and toks[k - 1].text.isdigit()
               and k > 1 and toks[k - 2].lower in ("der", "die") for k, t in enumerate(toks))


def _sports_report(toks: list[Token]) -> bool:
    words = [t.lower for t in toks]
    if any(w.startswith(_ORDER_FORCES) for w in words):
        return False
    return any(w in _SPORTS_WORDS or (len(w) > 6 and w.endswith(_SPORTS_ENDS)) for w in words)


def given_up_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"sich geschlagen geben" (to concede defeat) is never a beating."""
    return h.entry.type == "ASSAULT" and toks[h.head].lower == "geschlagen" and h.head + 1 < len(toks) \
        and toks[h.head + 1].lemma == "geben"


def game_move_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """An attack or a shot in a match report is a move of the game; "traf ... über das Tor" hit, met no one. An
    attack, a blow, a shot or a wound in another sports report (a race, a tennis match, a derby) is play too, unless
    the police or stewards are there (given_up_de: "sich geschlagen geben" in any report)."""
    if given_up_de(toks, h):
        return True
    game = (h.entry.type == "ASSAULT" and toks[h.head].lower.startswith(_GAME_FORCE)
            or h.entry.type == "CONSULT" and toks[h.head].lemma == "treffen")
    # (dev10: "trifft die deutsche Nationalmannschaft in Mönchengladbach auf die Auswahl Italiens", a match, no meeting)
    return game and (_match_report(toks) or _sports_report(toks))


def under_contract_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"unter Vertrag stehen/nehmen": employed by a club or firm, no agreement between parties."""
    return h.entry.type == "AGREE" and h.first == h.last and toks[h.head].lower == "vertrag" and h.head > 0 \
        and toks[h.head - 1].lower == "unter"


_COLLISION = ("zusammenstoß", "zusammenstöß", "zusammengestoßen", "zusammenstieß", "kollision", "kollidier",
              "zusammenprall", "zusammengeprallt", "auffahrunfall", "frontalzusammenstoß")
_VEHICLES = ("bus", "busse", "zug", "züge", "auto", "pkw", "lkw", "lastwagen", "laster", "fahrzeug", "wagen", "kleinbus",
             "reisebus", "straßenbahn", "tram", "motorrad", "fahrrad", "radfahrer", "flugzeug", "maschine", "schiff",
             "boot", "fähre", "frachter", "tanker", "hubschrauber", "bahnübergang", "sattelzug", "transporter",
             "güterzug", "regionalzug", "intercity", "taxi", "geisterfahrer")


def traffic_collision_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """A collision of vehicles is an accident, no attack."""
    if h.entry.type != "ASSAULT" or not toks[h.head].lower.startswith(_COLLISION):
        return False
    words = [t.lower for t in toks]
    if any(w.startswith(("polizei", "polizist", "demonstrant", "sicherheitskräft", "soldat")) for w in words):
        return False
    return any(vehicle_de(w.rsplit("-", 1)[-1]) for w in words)


_CASE_ENDINGS = ("", "s", "es", "e", "en", "n", "ses", "se", "ns")


def vehicle_de(w: str) -> bool:
    """A vehicle noun, inflected ("eines Busses", "mit einem Zug") or as a compound's head ("Reisebus")."""
    return any(w.startswith(v) and w[len(v):] in _CASE_ENDINGS or len(w) > len(v) + 3 and w.endswith(v)
               for v in _VEHICLES)


# dangers of nature, weather and health, warned of after "vor" ("warnt vor möglichen weiteren Überschwemmungen")
_DANGERS = ("überschwemmung", "hochwasser", "flut", "sturm", "stürm", "unwetter", "orkan", "gewitter", "lawine",
            "hitze", "dürre", "glätte", "glatteis", "erdbeben", "nachbeben", "tsunami", "waldbr", "buschbr",
            "starkregen", "regen", "schnee", "frost", "kälte", "vulkan", "erdrutsch", "schlammlawine", "taifun",
            "hurrikan", "zyklon", "wirbelsturm", "tornado", "smog", "seuche", "epidemie", "pandemie", "virus", "viren",
            "grippe", "infektion", "ansteckung", "krankheit", "dengue", "cholera", "malaria", "mücken", "zecken",
            "pollen", "ozon", "feinstaub", "steinschlag", "sturmflut", "wellen", "verkehrsbehinderung", "staus",
            "stau", "rauchgas")


def natural_danger_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """A warning of a danger of nature or health: no threat and no accusation."""
    word = toks[h.head].lower
    if not word.startswith(("warn", "gewarnt")):
        return False
    for k in range(h.head + 1, min(len(toks), h.head + 3)):
        if toks[k].lower in ("vor", "davor"):
            for t in toks[k + 1:min(len(toks), k + 6)]:
                if t.text in lexicon.CLAUSE_BREAKS:
                    break
                if t.text[:1].isupper() and t.lower.rsplit("-", 1)[-1].startswith(_DANGERS):
                    return True
            return False
    return False


_SEPARABLE_DE = ("", "ab", "an", "auf", "aus", "ein", "fest", "frei", "vor", "nach", "zurück", "zu", "mit", "los",
                 "weg", "hin", "her", "um", "nieder", "zusammen", "tot")
_ATTRIBUTIVE_END = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")
# words that may stand before an attributive participle with no article: adverbs and counts
_BEFORE_BARE = {"auch", "bereits", "wieder", "erneut", "schon", "erst", "zuvor", "kurz", "inzwischen", "mehrere",
                "zahlreiche", "viele", "einige", "etliche", "weitere", "zwei", "drei", "vier", "fünf", "sechs", "zehn",
                "dutzende", "hunderte", "tausende", "alle", "beide", "sogar", "nur"}


def bare_attributive_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"Auch bereits wieder freigelassene Demonstranten seien erneut inhaftiert worden": a lower-case participle
    with an adjective ending before a noun, opening its clause with nothing but adverbs and counts before it, while a
    verb follows (not the noun phrase of a headline: "Freigelassene Geiseln")."""
    if h.first != h.last or h.head + 2 >= len(toks):
        return False
    tok, nxt = toks[h.head], toks[h.head + 1]
    if not (tok.text[:1].islower() and tok.lower.endswith(_ATTRIBUTIVE_END) and tok.lower != tok.lemma
            and nxt.text[:1].isupper()):
        return False
    # a past participle by its form ("freigelassene", "festgenommenen", "getötete"): a weak form without "ge"
    # ("verhaftete", "kritisierte") is also the finite past ("Auch würdigte Merkel ...", "..., kritisierte Lucke")
    stem = tok.lemma
    if not any(stem.startswith(p + "ge") for p in _SEPARABLE_DE):
        return False
    # the sentence opens with it, after adverbs and counts only
    if any(not (t.lower in _BEFORE_BARE or t.text.isdigit()) for t in toks[:h.head]):
        return False
    # the clause goes on with a verb in lower case after the noun ("seien erneut inhaftiert worden")
    return any(t.text[:1].islower() and t.text.isalpha() for t in toks[h.head + 2:])


# "schlagen" is a blow only with someone to strike: not with a separable particle ending its clause ("schlug ... vor"
# proposed, "schlug fehl" failed, "schlug ein" struck, "schlug ... aus" refused, "schlug zu" is kept), not with the
# object of a fixed phrase ("Alarm schlagen", "Wellen schlagen", "Kapital schlagen", "eine Brücke schlagen", "zu
# Buche schlagen", "einen Weg einschlagen", "Wurzeln schlagen"), not reflexive ("schlug sich auf die Seite",
# "hat sich gut geschlagen"), not a heart, a clock, a bell or lightning
_BLOW_PARTICLES = {"vor", "fehl", "ein", "aus", "ab", "auf", "um", "nach", "durch", "los", "an", "kaputt", "breit",
                   "vorgeschlagen"}
_FIXED_OBJECTS = ("alarm", "welle", "wellen", "brücke", "kapital", "buche", "weg", "wurzel", "seite", "bresche", "krach",
                  "lärm", "töne", "ton", "purzelbaum", "schlacht", "rad", "sahne", "eier", "flügel", "takt", "zeit",
                  "funken", "profit", "vorteil", "haken", "kurs", "richtung", "bogen", "herz", "uhr", "blitz", "glocke",
                  "stunde", "nagel", "schaum", "nägel", "kreuz", "zelt", "zelte", "lager", "feuer", "wind", "bilanz",
                  "rekord", "gegner", "konkurrenz", "favorit", "favoriten", "flammen", "flamme", "flucht")


def no_blow_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """The verb "schlagen" (ASSAULT beat) where it strikes no one (see above); sports reports: game_move_de."""
    if h.entry.type != "ASSAULT" or h.first != h.last or toks[h.head].lemma != "schlagen" \
            or not toks[h.head].text[:1].islower():
        return False
    i = h.head
    if (i > 0 and toks[i - 1].lower == "sich") or (i + 1 < len(toks) and toks[i + 1].lower == "sich") \
            or any(t.lower == "sich" for t in toks[max(0, i - 4):i]) and toks[i].lower == "geschlagen":
        return True
    lo, hi = i, i
    while lo > 0 and toks[lo - 1].text not in lexicon.CLAUSE_BREAKS:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].text not in lexicon.CLAUSE_BREAKS:
        hi += 1
    while hi > i and not toks[hi].text[:1].isalnum():
        hi -= 1          # the full stop or a closing quote
    if hi > i and toks[hi].lower in _BLOW_PARTICLES:
        return True
    # or the particle closes the sentence after an apposition ("schlug ... den SPD-Obmann, Thomas Oppermann, als
    # Nachfolger vor")
    last = len(toks) - 1
    while last > hi and not toks[last].text[:1].isalnum():
        last -= 1
    if last > hi and toks[last].lower in _BLOW_PARTICLES:
        return True
    return any(t.lower in _FIXED_OBJECTS for t in toks[lo:hi + 1] if t.text[:1].isupper())


# A picture caption marked as a symbol or archive picture ("Polizisten nehmen einen Mann fest (Symbolbild)", "Ein
# Notarzt konnte den Arbeiter nicht mehr retten (Symbolfoto)"): it says what a stock picture shows, not what the page
# reports happened (whole-page reading, dev9)
_PICTURE_MARKS = ("symbolfoto", "symbolbild", "archivbild", "archivfoto", "symbolfotos", "symbolbilder")


def symbol_picture_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """Any trigger of a sentence marked as a symbol or archive picture."""
    return any(t.lower.startswith(_PICTURE_MARKS) for t in toks)


# Everyday scenes of the dev9 batch:
# - protecting oneself ("viele Bewohner schützen sich mit Decken") is no aid given to anyone;
# - disregarding a red light or a right of way is a traffic offence, no rejection of a party;
# - a gas or boiler explosion, or the explosion "of" a house, is an accident (an explosion near a bus or in a metro
#   station stays an attack: the gold codes those as ASSAULT).
_TRAFFIC_RULES = ("ampel", "rotlicht", "vorfahrt", "stoppschild", "stopschild", "tempolimit", "geschwindigkeit",
                  "verkehrsregel", "sperrlinie", "halteverbot", "überholverbot")
_ACCIDENT_EXPLOSIONS = ("gasexplosion", "kesselexplosion", "staubexplosion", "gasverpuffung", "verpuffung")
_EXPLODED_THINGS = ("einfamilienhaus", "mehrfamilienhaus", "wohnhaus", "hauses", "gebäudes", "gastank", "tanks",
                    "kessels", "heizkessel", "akkus", "trafos", "transformators", "gasflasche", "boilers")


def everyday_scene_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """Protecting oneself, a traffic offence, an accidental explosion (see above)."""
    i = h.head
    word = toks[i].lower
    if h.entry.type == "AID" and toks[i].lemma in ("schützen", "beschützen") and (
            i + 1 < len(toks) and toks[i + 1].lower == "sich" or i > 0 and toks[i - 1].lower == "sich"):
        return True
    if h.entry.type == "REJECT" and word.startswith(("missacht", "überfuhr", "überfahren")):
        return any(t.lower.startswith(_TRAFFIC_RULES) for t in toks[i + 1:i + 8])
    if h.entry.type == "ASSAULT":
        # the explosion, and the wounds and deaths it caused ("Bei der Explosion eines Einfamilienhauses sind zwei
        # Menschen verletzt worden")
        return any(_accidental_explosion(toks, k) for k in range(len(toks)))
    return False


def _accidental_explosion(toks: list[Token], k: int) -> bool:
    word = toks[k].lower
    if word.startswith(_ACCIDENT_EXPLOSIONS):
        return True
    return word.startswith("explosion") and k + 2 < len(toks) and toks[k + 1].lower in ("eines", "des", "einer", "der") \
        and any(t.lower.startswith(_EXPLODED_THINGS) for t in toks[k + 2:k + 4])
