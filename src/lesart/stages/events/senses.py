"""When a trigger names another type than its lexicon line: verbal attacks and protests are accusations,
German support with arms is aid, a negated offer is a refusal, an act after "talks on" is their topic."""
from __future__ import annotations

from . import actors, lexicon
from .shared import DETERMINERS_EN, FORCE_CUES
from .clauses import punctuation_clause
from .tokens import Token


_MATERIAL_DE = ("waffe", "geld", "milliard", "million", "euro", "dollar", "kredit", "hilfsgüter", "lieferung",
                "ausrüstung", "munition", "soldat", "truppe", "panzer", "lebensmittel", "medikament", "darlehen",
                "zahlung", "finanzhilfe", "rakete", "flugabwehr", "personal", "experte", "technik", "gerät")
_MATERIAL_ADV_DE = {"finanziell", "militärisch", "materiell", "logistisch", "wirtschaftlich", "tatkräftig"}


def material_support_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """German "unterstützen" with means or help (PLOVER AID: material aid), not endorsement (SUPPORT): "mit Waffen
    und Geld", "finanziell", "dabei, ... zu überwinden"."""
    if not toks[h.head].lemma.startswith("unterstütz") or h.first != h.last:
        return False
    lo, hi = punctuation_clause(toks, h.head)
    clause = toks[lo:hi + 1]
    if any(t.lower in _MATERIAL_ADV_DE for t in clause):
        return True
    for k, t in enumerate(clause):
        if t.lower == "mit" and any(x.lower.startswith(_MATERIAL_DE) or any(m in x.lower for m in ("waffen", "hilfe"))
                                    for x in clause[k + 1:k + 4]):
            return True
    return hi + 2 < len(toks) and toks[hi].lower == "dabei" and toks[hi + 1].text == ","


_MATERIAL_ADJ_DE = ("militärisch", "finanziell", "humanitär", "materiell", "logistisch", "wirtschaftlich", "technisch",
                    "medizinisch", "tatkräftig", "massiv", "direkt")


def material_noun_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """The noun "Unterstützung" is material aid (PLOVER AID) with a material adjective before it ("humanitäre",
    "militärische Unterstützung") or means, money or help in its clause ("Unterstützung mit Waffen", "in Höhe von 50
    Millionen Euro"); otherwise it is backing (SUPPORT: "seine Unterstützung für einen Gesetzesentwurf bekräftigte",
    "Wie wichtig war dabei die Unterstützung der USA?" stays AID only by its clause)."""
    if any(t.lower.startswith(_MATERIAL_ADJ_DE) for t in toks[max(0, h.head - 3):h.head]):
        return True
    lo, hi = punctuation_clause(toks, h.head)
    return any(t.lower.startswith(_MATERIAL_DE) or "hilfe" in t.lower or "waffen" in t.lower
               or t.lower in ("abfangen", "abgefangen", "abwehr", "verteidigung")
               for t in toks[lo:hi + 1] if t is not toks[h.head])


# "attackieren/angreifen/attack" between politicians is criticism (PLOVER ACCUSE disapprove), not force:
# with a word of speech or debate, a sharp or personal manner, or policies as its object, and no weapon,
# wound or death in the sentence; "unter Beschuss stehen", "under fire" are the idiom.
_ATTACK_WORDS = ("attack", "angriff", "angegriff", "angreif", "greift", "griff", "attacke", "attackier", "beschuss")
_VERBAL_CUES = {"scharf", "heftig", "verbal", "verbally", "sharply", "persönlich", "debatte", "debate", "interview",
                "tweet", "twitter", "rede", "speech", "policies", "policy", "politik", "äußerung", "äußerungen",
                "aussagen", "remarks", "comments", "wahlkampf", "campaign", "kritik", "criticism", "rhetoric",
                "rhetorisch", "rhetorically", "record", "bundestag", "parlament", "plenum", "talkshow",
                # what a campaign attack is made of: "Sanders' attack is designed to raise questions ... to support
                # his insinuations", "attack ads" (news-dev5, 2026-11-27)
                "insinuation", "insinuations", "smear", "smears", "ad", "ads", "allegations", "accusations"}


# PLOVER codes talks and agreements by what they are (CONSULT, AGREE), whatever they are about: the act named after
# "Verhandlungen zur / Gespräche über / Abkommen über" is their topic (used for German; the English prepositions
# are listed for the day the rule is tried there again: with the two rules above it cost test actor accuracy).
_TOPIC_PREP = {"on", "about", "over", "for", "regarding", "concerning", "über", "zur", "zum", "um", "für"}
_TOPIC_HEADS = {"CONSULT", "AGREE"}


def topic_of_talks(toks: list[Token], h: lexicon.Hit, hits: list[lexicon.Hit]) -> bool:
    for t in hits:
        if t.entry.type not in _TOPIC_HEADS or t.last >= h.first or h.first - t.last > 5 or t is h:
            continue
        head = toks[t.last]
        if not (head.text[:1].isupper() if head.lower != head.text else head.lower.endswith(("s", "ion", "ment"))
                or head.lower in ("talk", "deal", "accord", "pact", "treaty")):
            continue     # a noun: "talks", "negotiations", "agreement", "Verhandlungen", "Abkommen"
        between = toks[t.last + 1:h.first]
        if not between or between[0].lower not in _TOPIC_PREP:
            continue
        if all(w.text[:1].isalpha() and (w.text[:1].islower() or w is between[0]) for w in between[1:]):
            return True
    return False
# Adjectives right before "attacks/Angriffe" that make them words, not force (no weapon or wound in the sentence)
_VERBAL_ATTACK_ADJ = {"partisan", "political", "republican", "democratic", "personal", "rhetorical", "scathing",
                      "blistering", "public", "repeated", "vicious", "baseless", "unfounded", "racist", "sexist",
                      "parteipolitische", "parteipolitischen", "persönliche", "persönlichen", "verbale", "verbalen",
                      "rhetorische", "rhetorischen", "populistische", "populistischen",
                      # "Despite the perceived media attacks, Carson said ..." (page round 2026-11-28)
                      "media", "press", "verbal", "negative", "campaign"}


def verbal_attack(toks: list[Token], h: lexicon.Hit) -> bool:
    word = toks[h.head].lower
    if not word.startswith(_ATTACK_WORDS) and not any(w in word for w in ("attack", "attacke", "angriff")):
        return False
    if word == "beschuss" and h.head > 0 and toks[h.head - 1].lower == "unter":
        return True
    if word == "fire" and h.head > 0 and toks[h.head - 1].lower == "under":
        return True
    low = [t.lower for t in toks]
    if any(w.startswith(FORCE_CUES) or any(c in w for c in ("waffe", "bombe", "rakete", "getötet")) for w in low):
        return False
    if any(w in _VERBAL_CUES for w in low):
        return True
    if h.head > 0 and low[h.head - 1] in _VERBAL_ATTACK_ADJ:
        return True      # "deflected Republican attacks", "partisan attacks", "parteipolitische Angriffe"
    # German politicians attacking each other ("Die Ex-Grünen-Vorsitzende Ricarda Lang attackiert Julia Klöckner"):
    # party offices and parties on the actor's side of a sentence without force are a quarrel
    # (active only: "Der SPD-Politiker wurde von einem Unbekannten attackiert" is an assault on him)
    return word.startswith("attackier") and not {"wurde", "wurden", "worden", "von", "vom"} & set(low) and any(
        w.endswith(_POLITICAL_ROLES_DE) or w.split("-")[0] in _PARTIES_DE for w in low[:h.head])


_POLITICAL_ROLES_DE = ("vorsitzende", "vorsitzender", "vorsitzenden", "politiker", "politikerin", "abgeordnete",
                       "abgeordneter", "ministerin", "minister", "kanzler", "kanzlerin", "präsidentin", "parteichef",
                       "parteichefin", "fraktionschef", "fraktionschefin", "generalsekretär", "generalsekretärin",
                       "spitzenkandidat", "spitzenkandidatin", "oppositionsführer", "oppositionsführerin")
_PARTIES_DE = {"spd", "cdu", "csu", "fdp", "afd", "grünen", "grüne", "ex-grünen", "linke", "linken", "bsw", "övp", "spö",
               "fpö", "neos", "svp", "sp", "fdp.die"}


_SPEAKING_SECTORS = {"GOV", "LEG", "PTY", "JUD", "OPP", "MED"}


def attacked_person(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention]) -> bool:
    """English "attacked Cruz", "attacks Clinton": the verb with a person (a named person, or an office holder
    or politician) right after it as its object, and no weapon, wound or force word in the sentence, is
    criticism (PLOVER ACCUSE disapprove). States, places, forces and buildings attacked stay ASSAULT."""
    if h.first != h.last or toks[h.head].lemma != "attack" or h.head == 0:
        return False
    if toks[h.head].lower not in ("attacked", "attacks", "attacking", "attack"):
        return False
    if toks[h.head - 1].lower in ("'s", "’s") and toks[h.head].lower in ("attack", "attacks") and any(
            m.last == h.head - 2 and _one_person(m) for m in mentions):
        # "Sanders's attacks have reinforced stereotypes": a person's attacks on no state or place, with no force word,
        # are words (news-dev6); "Putin's attacks on Ukraine" stay force
        return _no_force_en(toks, mentions)
    if toks[h.head - 1].lower in DETERMINERS_EN or toks[h.head - 1].lower in ("was", "were", "been", "being", "be"):
        return False
    if h.head + 1 < len(toks) and toks[h.head + 1].lower in ("us", "me", "him", "her") and any(
            m.last < h.head and _one_person(m) for m in mentions):
        # "Donald Trump “relentlessly attacks us and ignores the other candidates”": a person attacking the speaker's
        # side in a sentence without force, states or places is criticism (news-dev6)
        return _no_force_en(toks, mentions)
    obj = next((m for m in mentions if m.first == h.head + 1), None)
    if obj is None and _person_role_after(toks, h.head + 1):
        # "When Donald Trump attacked a federal judge whose parents were born in Mexico" (news-dev8): an office
        # holder or public figure named by a noun, not by a name, in a sentence with no weapon, wound or force
        return not any(m.sector in ("MIL", "COP", "REB") for m in mentions) \
            and not any(t.lower.startswith(FORCE_CUES + _FORCE_PARTIES_EN) for t in toks)
    if obj is None or obj.place or obj.country_name or obj.sector in ("MIL", "COP", "REB"):
        return False
    if not (obj.person or obj.named or obj.sector in _SPEAKING_SECTORS):
        return False
    if any(m.sector in ("MIL", "COP", "REB") for m in mentions):
        return False     # "Rebels attacked government forces", "police attacked opposition leaders": force
    if obj.last + 2 < len(toks) and toks[obj.last + 1].text == "," and toks[obj.last + 2].lower in _SAYING_EN:
        return True      # "it attacked Trump, saying he “has offended ... former prisoners of war”": the attack is
        #                  what is said, whatever words of force the quotation holds (news-dev7)
    return not any(t.lower.startswith(FORCE_CUES + _FORCE_PARTIES_EN) for t in toks)


# Nouns of persons who speak in public life, whom one attacks with words ("attacked a federal judge", "attacked his
# rivals", "attacks the media"): a determiner or possessive and up to two adjectives may stand before them.
_PERSON_ROLES_EN = ("judge", "senator", "congressman", "congresswoman", "lawmaker", "governor", "mayor", "candidate",
                    "rival", "opponent", "critic", "reporter", "journalist", "press", "media", "moderator", "host",
                    "pope", "president", "nominee", "challenger", "incumbent", "democrat", "republican", "opposition")


def _person_role_after(toks: list[Token], i: int) -> bool:
    if i >= len(toks) or toks[i].lower not in DETERMINERS_EN | {"his", "her", "their", "its", "my", "our", "your"}:
        return False
    for k in range(i + 1, min(i + 4, len(toks))):
        w = toks[k].lower
        if w.rstrip("s") in _PERSON_ROLES_EN or w in _PERSON_ROLES_EN:
            return True
        if not (toks[k].text.isalpha() and toks[k].text[:1].islower()):
            return False
    return False


_SAYING_EN = {"saying", "calling", "accusing", "arguing", "claiming", "charging", "writing", "telling", "noting"}


def _one_person(m: actors.Mention) -> bool:
    """A person, named or known to the actor table as one ("Sanders", "Donald Trump"), not a state, place or force."""
    return not (m.place or m.country_name or m.sector in ("MIL", "COP", "REB")) and (m.person or m.named or (
        m.code is not None and m.sector is None and m.body is None))


def _no_force_en(toks: list[Token], mentions: list[actors.Mention]) -> bool:
    """No armed party, state, place, weapon or wound in the sentence."""
    return not any(m.sector in ("MIL", "COP", "REB") or m.place or m.country_name for m in mentions) \
        and not any(t.lower.startswith(FORCE_CUES + _FORCE_PARTIES_EN) for t in toks)


# Armed parties whose presence makes "attacked" physical ("attacked government forces", "militants attacked")
_FORCE_PARTIES_EN = ("force", "rebel", "militant", "fighter", "insurgent", "gunm", "army", "armies", "police",
                     "jihadist", "terrorist", "convoy", "checkpoint", "positions")


def force_in_sentence_en(toks: list[Token]) -> bool:
    """A weapon, wound or armed party in the sentence ("fired back at the gunmen", "hit by a rocket")."""
    return any(t.lower.startswith(FORCE_CUES + _FORCE_PARTIES_EN) for t in toks)


def blast_verb(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention]) -> bool:
    """"Republicans blast Obama": "blast" as a verb with a party as its object is criticism; the noun
    ("a blast", "the blast killed") is the explosion."""
    if h.first == h.last and toks[h.head].lemma == "pound" and h.head > 0 and toks[h.head].lower != "pound":
        # "Harry Reid has been steadily pounding Trump as a “con artist”": a person pounded, in a sentence with no
        # force, state or place, is criticism; "artillery pounded Aleppo", "pounded rebel positions" stay force
        obj = next((m for m in mentions if m.first == h.head + 1), None)
        return obj is not None and _one_person(obj) and _no_force_en(toks, mentions)
    if h.first != h.last or toks[h.head].lemma != "blast" or h.head == 0:
        return False
    if toks[h.head - 1].lower in DETERMINERS_EN or toks[h.head - 1].lower in ("bomb", "car", "suicide"):
        return False
    if any(m.first == h.head + 1 and not m.place for m in mentions):
        return True
    if toks[h.head].lower not in _BLAST_VERB or any(t.lower.startswith(FORCE_CUES + _FORCE_PARTIES_EN + _BLAST_MATERIAL)
                                                   for t in toks):
        return False
    nxt = [t.lower for t in toks[h.head + 1:h.head + 9]]
    if nxt[:1] == ["out"]:
        # "is blasting out missives about Clinton's role": statements sent out
        return any(w.startswith(_SENT_OUT) for w in nxt[1:4])
    # "The senator blasted the administration for its Iran policy", "blasted the Obama administration", "blasted the
    # plan as reckless": a party or the act judged as the object, or the grounds ("for", "over", "as") after it
    return any(m.first in (h.head + 2, h.head + 3) and not m.place for m in mentions) or any(
        w in ("for", "over", "as") for w in nxt[1:])


_BLAST_VERB = {"blasted", "blasts", "blasting"}
# Things blown up, not criticised ("blasted a hole in the wall", "blasted through the rock")
_BLAST_MATERIAL = ("hole", "rock", "wall", "tunnel", "mine", "explos", "dynamit", "debris", "music", "speaker", "horn",
                   "siren", "radio", "sound", "song")
_SENT_OUT = ("missive", "statement", "email", "e-mail", "tweet", "message", "letter", "ad", "press release",
             "release", "fundraising", "attack")


# Words of a crowd in the street: with them a state's name before "protested" is where people protested
_CROWD_EN = ("thousand", "hundred", "dozen", "people", "demonstrat", "protester", "student", "worker", "crowd", "march",
             "rally", "rallie", "street", "square", "outside", "resident", "citizen", "villager", "farmer", "union")
_TAG_TAIL = {"here", "today", "yesterday", "on", "in", "at", "a", "statement", "late", "earlier", "monday", "tuesday",
             "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "evening", "."}


def verbal_protest(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit, mentions: list[actors.Mention]) -> bool:
    """English "protest" as a spoken complaint (CAMEO "complain officially", PLOVER ACCUSE): used as
    the reporting verb of a statement ("..., a human rights group protested here Wednesday") or
    addressed to a party ("Japan protested to China"), not a demonstration."""
    if h.first != h.last or toks[h.head].lower != "protested":
        return False
    nxt = h.head + 1
    if nxt < len(toks) and toks[nxt].lower == "to" and any(m.first == nxt + 1 or m.first == nxt + 2 for m in mentions):
        return True
    subj = next((m for m in mentions if m.last == h.head - 1), None)
    if subj is not None and (subj.country_name or subj.sector in ("GOV", "LEG") or subj.code == "IGO") \
            and not any(t.lower.startswith(_CROWD_EN) for t in toks):
        return True      # "China protested the sale of weapons to Taiwan": a state complains (CAMEO 114), no crowd
    tail = toks[nxt:]
    return seg[0] > 0 and toks[seg[0] - 1].text == "," and len(tail) <= 4 and all(t.lower in _TAG_TAIL for t in tail)


# A German protest is collective and physical (PLOVER PROTEST) when a crowd, a march, a place or a bodily act is
# named outside its "gegen ..." object; otherwise it is a complaint (ACCUSE disapprove).
_STREET_DE = ("demonstr", "marsch", "märsch", "kundgeb", "straße", "mahnwache", "menschenkette", "blockade",
              "blockier", "besetz", "kniet", "streik", "plakat", "transparent", "versammel", "menschen", "schüler",
              "student", "bürger", "einwohner", "anwohner", "arbeiter", "beschäftigte", "bauern", "landwirt", "fans",
              "anhänger", "aktivist", "teilnehmer", "innenstadt", "hauptstadt", "zentrum", "platz", "camp", "zelt",
              "hungerstreik", "trillerpfeif", "lichterkette", "schweige", "traktor")
_CROWD_IN_DE = ("tausend", "hundert", "demonstr", "streik")      # "Zehntausende", "Gegendemonstranten"
_WHERE_DE = {"in", "im", "vor", "auf", "durch", "am"}
_BUILDING_DE = ("amt", "haus", "gebäude", "botschaft", "ministerium", "gericht", "parlament", "zentrale", "konsulat",
                "palast", "werk", "tor", "kanzlei", "tag", "kirche", "dom", "schloss", "sitz", "hauptquartier", "kaserne",
                "gelände", "büro", "residenz", "hotel", "stadion", "bahnhof", "flughafen", "rathaus", "weißen")


def verbal_protest_de(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention]) -> bool:
    """German "protestieren" as a complaint (CAMEO "complain officially", PLOVER ACCUSE disapprove): "Die
    FDP-Fraktion protestierte im Stadtrat dagegen", "Er protestierte in seiner Rede gegen einen Passus", "Dagegen
    protestierte auch der Deutsche Journalisten-Verband"; a demonstration names a crowd, a march or a place of its
    own: "protestierten Schülerinnen und Schüler", "etwa 500 Fans in einem Schweigemarsch", "Tibeter protestierten
    in der Hauptstadt Kathmandu", "Mannheim protestierte", "von Demonstranten begleitet, die ... protestieren
    wollten", "kniete ..., um gegen Rassismus zu protestieren". Words inside the "gegen ..." object are what is
    protested against ("gegen das Vorgehen gegen demonstrierende Studenten"), not who protests."""
    if not toks[h.head].lower.startswith("protestier") or not toks[h.head].text[:1].islower():
        return False
    lo, hi = punctuation_clause(toks, h.head)
    if h.head > 0 and toks[h.head - 1].lower == "zu" and lo > 1:
        lo = punctuation_clause(toks, lo - 2)[0]   # "kniete ..., um so gegen Rassismus zu protestieren"
    lo = max(0, lo - 4)                            # a relative clause's antecedent: "Demonstranten, die ..."
    span = set(range(lo, hi + 1))
    for k in range(lo, hi + 1):
        if toks[k].lower in ("gegen", "dagegen"):
            end = h.head if k < h.head else hi     # verb-final "gegen X protestieren", or "protestierte gegen X"
            span -= set(range(k, end + 1))
    span.discard(h.head)
    if any(toks[k].lower.startswith(_STREET_DE) or any(c in toks[k].lower for c in _CROWD_IN_DE)
           or toks[k].lower.isdigit() for k in span):
        return False
    if any(toks[k].lower == "vor" and toks[k + 1].lower in ("dem", "der", "den") and k + 2 <= hi
           and toks[k + 2].lower.endswith(_BUILDING_DE) for k in span if k + 2 < len(toks)):
        return False                               # "vor dem Kanzleramt", "vor der Botschaft"
    for m in mentions:
        if m.first in span and m.first > 0 and toks[m.first - 1].lower in _WHERE_DE and m.sector != "LEG":
            return False                           # "in Kathmandu", "In Paris protestierten ..."
        if m.first in span and m.place and not m.country_name and m.first <= lo + 4:
            return False                           # "Mannheim protestierte"; a state protesting is diplomacy
    return True


_PROTESTERS_DE = ("demonstrant", "protestler", "protestierend", "demonstrierend", "protestbewegung")
_NOT_SUBJECT_DE = {"gegen", "auf", "von", "vom", "vor", "mit", "an", "zu", "zur", "zum", "für", "über", "den", "dem"}


def demonstrators_demand_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """A demand that demonstrators make is their protest (PLOVER: "demands in the form of demonstrations are
    PROTEST"): "hatten hunderttausende Demonstranten in Bangkok den Rücktritt Thaksins gefordert"; demonstrators
    named as whom something is done to or about ("forderte die Freilassung der Demonstranten", "von den
    Demonstranten") are not the ones who demand."""
    if toks[h.head].lemma in ("auffordern", "aufrufen", "appellieren") or any(
            t.lower in ("auf", "aufgefordert", "aufgerufen") for t in toks[h.first:h.last + 1]):
        return False                              # "forderte die Demonstranten auf, den Platz zu räumen"
    lo, hi = punctuation_clause(toks, h.head)
    for k in range(lo, min(h.head, lo + 5)):    # the subject: first in the clause or just after the verb
        if toks[k].lower.startswith(_PROTESTERS_DE) and toks[k].text[:1].isupper() \
                and not any(t.lower in _NOT_SUBJECT_DE for t in toks[max(lo, k - 3):k]) \
                and not (k > 0 and toks[k - 1].lower in ("der", "des")):
            return True
    return False


_NEGATORS = {"not", "n't", "never"}



def refusal(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit) -> bool:
    """A plain negation of the act just before it ("will not withdraw"), not "no one", "without"
    or a negated object ("no troops"), which say something else."""
    return any(t.lower in _NEGATORS or t.lower.replace("’", "'") in ("won't", "wouldn't")     # "won't negotiate"
               for t in toks[max(seg[0], h.first - 4):h.first])


_PERFECT_DE = {"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"}


def obliging_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """German "verpflichten" without "sich" obliges another (an order, PLOVER REQUEST): "Der Internationale
    Gerichtshof hat Israel dreimal zu Sofortmaßnahmen verpflichtet", "verpflichtete die Regierung, ... zu";
    "sich verpflichten" is a promise (AGREE), "ist verpflichtet" a duty that is no act."""
    if h.first != h.last or toks[h.head].lemma != "verpflichten":
        return False
    lo, hi = punctuation_clause(toks, h.head)
    words = {t.lower for t in toks[lo:hi + 1]}
    if "sich" in words or "uns" in words or "mich" in words:
        return False
    return toks[h.head].lower.startswith("verpflichtete") or bool(words & _PERFECT_DE)


_ORDERED_DE = {"zu", "zum", "zur", "dazu"}


def hired_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """German "verpflichten" with no one committing himself ("sich") and nothing ordered ("zu ...") is a hiring:
    "Der Verein verpflichtete einen neuen Trainer", "hat den Stürmer verpflichtet" (sports and business news,
    no PLOVER act)."""
    if h.first != h.last or toks[h.head].lemma != "verpflichten":
        return False
    lo, hi = punctuation_clause(toks, h.head)
    words = {t.lower for t in toks[lo:hi + 1]}
    after = {t.lower for t in toks[h.head + 1:min(len(toks), hi + 8)]}
    return not (words & {"sich", "uns", "mich"}) and not (words & _ORDERED_DE) and not (after & _ORDERED_DE) \
        and not (h.head + 1 < len(toks) and toks[h.head + 1].text == ",")


_INVESTIGATORS_DE = ("ermittl", "polizei", "polizist", "staatsanwalt", "fahnder", "steuerfahnd", "kriminalpolizei",
                     "bka", "lka", "verfassungsschutz", "zoll")


def investigators_visit_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"bekam Besuch von Ermittlungsbehörden", "erhielt Besuch von der Polizei": investigators calling on someone
    search the place (PLOVER COERCE seize, as a house search), no meeting."""
    if h.first != h.last or not toks[h.head].lower.startswith("besuch") or not toks[h.head].text[:1].isupper():
        return False
    nxt = [t.lower for t in toks[h.head + 1:h.head + 4]]
    return bool(nxt) and nxt[0] in ("von", "vom") and any(w.startswith(_INVESTIGATORS_DE) for w in nxt[1:])


_UPRISINGS_DE = ("protest", "aufstand", "aufständ", "demonstration", "demonstrant", "revolte", "unruhe", "rebellion",
                 "aufruhr", "streik", "widerstand", "putsch", "opposition", "bewegung", "meuterei")


def knocked_down_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """German "niederschlagen" puts down an uprising (COERCE) or knocks a person down (ASSAULT beat): "hatte sein
    Opfer vor einer Gaststätte niedergeschlagen"; an uprising, protest or strike named in the clause is repression."""
    if h.first != h.last or toks[h.head].lemma not in ("niederschlagen", "niedergeschlagen"):
        return False
    lo, hi = punctuation_clause(toks, h.head)
    return not any(t.lower.startswith(_UPRISINGS_DE) or any(u in t.lower for u in _UPRISINGS_DE[:4])
                   for t in toks[lo:hi + 1])
