"""When a trigger names no act: fixed phrases, attributive participles, names, everyday senses, warnings
without a threat, acts named but not done, judged or answered acts, contests, court places."""
from __future__ import annotations

import re

from . import actors, lexicon
from .shared import (
    DEFINITE_DE, DETERMINERS_EN, FORCE_CUES, FORCES, PASSIVE_AUX, PLACE_PREP, RECIPIENT_PREP,
)
from .clauses import BREAKS, punctuation_clause, zu_infinitive
from .scenes_de import vehicle_de
from .tokens import Token


def participle_noun(toks: list[Token], h: lexicon.Hit) -> bool:
    """A German participle used as a noun names a person ("der Angeklagte", "die Festgenommenen")."""
    if h.first != h.last or h.first == 0:
        return False
    tok, part = toks[h.head], h.entry.parts[0]
    return (tok.text[:1].isupper() and toks[h.head - 1].lower in _ARTICLES and part.endswith("t")
            and tok.lower in (part + "e", part + "en") and _participle_form(part))


# A participle has a prefix of the past participle (ge-, or an inseparable be-, ver-, ent-, er-, zer-, miss-, unter-,
# über-, durch-, emp-), possibly after a separable particle ("an-ge-klagt"), or ends in -iert; a noun in -t ("die
# Proteste", "die Attentate", "die Rücktritte", dev8) is none, nor a noun compound of one ("Verbote", "Gefechte").
_PARTICIPLE_PREFIXES = ("ge", "be", "ver", "ent", "er", "zer", "miss", "unter", "über", "durch", "emp")
_SEPARABLE_DE = ("", "ab", "an", "auf", "aus", "ein", "fest", "frei", "vor", "nach", "zurück", "zu", "mit", "los", "weg",
                 "hin", "her", "um", "nieder", "zusammen", "tot")
_NOUNS_IN_T = ("verbot", "gebot", "gefecht", "gewalt", "akt", "haft", "moment", "verzicht", "schaft")


def _participle_form(part: str) -> bool:
    if part.endswith(_NOUNS_IN_T):
        return False
    return part.endswith("iert") or any(part.startswith(p) and part[len(p):].startswith(_PARTICIPLE_PREFIXES)
                                        for p in _SEPARABLE_DE)


# German: a press or media conference ("auf einer Pressekonferenz") is where something was said, not a meeting.
PRESS_DE = ("pressekonferenz", "medienkonferenz", "pressebriefing")


def press_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"auf einer Pressekonferenz" (where something was said) and "trafen auf Widerstand" (met with,
    encountered: "treffen auf" is never a meeting, which is "treffen" with an object or "sich mit")."""
    if h.first != h.last:
        return False
    tok = toks[h.head]
    nxt = toks[h.head + 1].lower if h.head + 1 < len(toks) else ""
    if tok.lower.startswith(PRESS_DE) or (tok.lemma == "treffen" and tok.text[:1].islower() and nxt == "auf"):
        return True
    # "trafen US-Truppen auf erheblichen Widerstand": the subject between the verb and "auf" (not "trafen sich
    # auf dem Gipfel", a place in the dative)
    if tok.lemma != "treffen" or not tok.text[:1].islower():
        return False
    for k in range(h.head + 1, min(len(toks) - 1, h.head + 5)):
        if toks[k].text in BREAKS or toks[k].lower == "sich":
            return False
        if toks[k].lower == "auf":
            return toks[k + 1].lower not in ("dem", "einem", "der", "einer")
    return False


_STRUGGLE_FORCE_DE = ("truppe", "rebell", "miliz", "kämpfer", "front", "gefecht", "krieg", "taliban", "terror",
                      "offensive", "einheit", "streitkr")


def struggle_de(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention]) -> bool:
    """German "kämpfen" as a verb of striving or struggle, not force (PLOVER ASSAULT is fighting with arms):
    "kämpfte mit den Tränen", "mit Allergien zu kämpfen haben", "Selbst mit diesem Tempo kämpfte Hendel",
    "kämpft um den Titel". Force is fighting only with a weapon, soldiers, rebels, a war or front, or an armed
    party in its sentence ("Soldaten kämpften um die Stadt", "kämpften gegen die Taliban")."""
    tok = toks[h.head]
    if h.first != h.last or not tok.text[:1].islower() or not (tok.lower.startswith("kämpf") or tok.lower == "gekämpft"):
        return False
    low = [t.lower for t in toks]
    if any(w.startswith(FORCE_CUES) or any(c in w for c in ("waffe", "bombe", "rakete", "soldat", "armee", "militär")
                                            + _STRUGGLE_FORCE_DE) for w in low):
        return False
    return not any(m.sector in FORCES for m in mentions)


_ENDING_EN = {"drop", "dropped", "dropping", "drops", "discontinue", "discontinued", "discontinuing", "end", "ended",
              "ending", "ends", "close", "closed", "closing", "shelve", "shelved", "abandon", "abandoned", "halt",
              "halted", "terminate", "terminated", "withdraw", "withdrew", "withdrawn", "dismiss", "dismissed"}
_INQUIRY_EN = {"investigation", "investigations", "inquiry", "inquiries", "probe", "probes", "charge", "charges",
               "case", "cases", "prosecution", "allegation", "allegations"}


def ended_inquiry(toks: list[Token], h: lexicon.Hit, lang: str, vocab: set[str] | frozenset[str] | None = None) -> bool:
    """An investigation or charge that is dropped, discontinued or closed ("Sweden has dropped its
    investigation", "the decision to discontinue the investigation", "die Ermittlungen wurden eingestellt"):
    the act reported is its end, not an investigation or accusation (PLOVER ACCUSE) happening. ``vocab``: the
    sentence's forms and lemmas (at least those in ASKED) where the caller has them."""
    if h.first != h.last:
        return False
    if lang == "en":
        if vocab is not None and (_INQUIRY_EN.isdisjoint(vocab) or _ENDING_EN.isdisjoint(vocab)):
            return False     # no inquiry, or nothing that ends one, in the sentence
        def ended(k: int) -> bool:
            return toks[k].lower in _INQUIRY_EN and any(t.lower in _ENDING_EN for t in toks[max(0, k - 4):k])
        if h.entry.type == "ACCUSE" and ended(h.head):
            return True
        # what the ended inquiry was into ("dropped an investigation into a rape allegation") is its topic
        for k in range(h.head - 1, max(-1, h.head - 7), -1):
            if toks[k].lower in BREAKS:
                break
            if toks[k].lower in ("into", "of", "against") and any(ended(j) for j in range(max(0, k - 2), k)):
                return True
        return False
    if h.entry.type != "ACCUSE":
        return False
    return toks[h.head].text[:1].isupper() and "ermittl" in toks[h.head].lower and any(
        t.lower.startswith(("eingestellt", "einzustellen", "einstellung")) for t in toks)


_CONTESTS_DE = ("marathon", "rennen", "spiel", "match", "finale", "turnier", "wettkampf", "wettbewerb", "partie",
                "lauf", "kampf", "duell", "saison", "meisterschaft", "olympia", "runde", "etappe", "derby", "qualifikation")


# What sportspeople, parties and firms fight for ("Kampf um die Bestzeit", "den Titel", "den Klassenerhalt", "die
# Kanzlerschaft", "Marktanteile"): a contest, not armed fighting ("Kampf um Kiew", a place, stays).
_PRIZES_DE = ("bestzeit", "titel", "platz", "plätze", "sieg", "medaille", "meisterschaft", "aufstieg", "klassenerhalt",
              "punkt", "krone", "pokal", "ticket", "führung", "spitze", "rekord", "startplatz", "stammplatz", "job",
              "posten", "vorsitz", "kanzlerschaft", "kandidatur", "mehrheit", "stimmen", "wähler", "marktanteil",
              "kunden", "aufmerksamkeit", "anerkennung", "gleichberechtigung", "sekunde", "zeit", "qualifikation",
              "finale", "halbfinale", "playoff", "trophäe", "gold", "silber", "bronze", "weltmeister", "europameister")


_ATHLETES_DE = ("läufer", "läuferin", "fahrer", "fahrerin", "spieler", "spielerin", "sportler", "sportlerin", "athlet",
                "schwimmer", "springer", "springerin", "boxer", "radprofi", "tennisprofi", "kilometer", "rennen", "runde",
                "marathon", "etappe", "wettkampf", "turnier")


def contest_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"den Olympiamarathon bestritten", "ein Spiel bestreiten": competing in a contest, not denying (REJECT);
    "Kampf um die Bestzeit": competing, not fighting (ASSAULT)."""
    if h.entry.type == "RETREAT" and toks[h.head].lemma in ("aufgeben", "geben") and any(
            t.lower.startswith(_ATHLETES_DE) or t.lower.endswith(_ATHLETES_DE) for t in toks):
        return True      # "Die schnellste deutsche Läuferin im Feld gab nach 20 Kilometern auf": out of the race
    if h.entry.type == "ASSAULT" and toks[h.head].lower.endswith(("kampf", "kämpfe")) and h.first == h.last \
            and h.head + 2 < len(toks) and toks[h.head + 1].lower == "um":
        nxt = [t.lower for t in toks[h.head + 2:h.head + 5] if t.lower not in _ARTICLES]
        return bool(nxt) and any(w.startswith(_PRIZES_DE) or w.endswith(_PRIZES_DE) for w in nxt[:2])
    if not toks[h.head].lower.startswith(("bestritt", "bestreit")):
        return False
    return any(t.text[:1].isupper() and t.lower.endswith(_CONTESTS_DE) for t in toks)


# Words of a sports report ("The Warriors beat the Cavaliers 112-103", "the Patriots crushed the Jets", "launched an
# attack in the second half of the game"): beating, crushing, attacking and shooting there are play, not force.
_SPORTS_EN = {"game", "games", "season", "league", "playoff", "playoffs", "championship", "championships", "tournament",
              "quarterback", "coach", "inning", "innings", "touchdown", "touchdowns", "halftime", "nba", "nfl", "mlb",
              "nhl", "fifa", "uefa", "semifinal", "semifinals", "striker", "midfielder", "pitcher", "overtime",
              "teammate", "teammates", "goalkeeper", "stadium", "super bowl", "world cup", "premier league"}
_ARMED_EN = ("militant", "gunm", "terror", "rebel", "insurgent", "jihadist", "bomber", "attacker", "police", "riot",
             "hooligan", "stab", "assault")
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


# Words of force that sports reports use for play ("beat", "crushed", "attack", "shot"); a capitalised trigger inside
# the sentence is a team's name ("the Jets", "the Raiders").
_PLAY_VERBS_EN = {"beat", "crush", "attack", "defeat", "rout", "shoot", "shot", "strike", "hammer", "thrash", "blast",
                  "fire", "down", "tackle", "raid", "storm", "invade", "ambush", "blitz", "destroy", "demolish",
                  "annihilate", "bombard", "pummel", "batter", "clash", "fight", "battle", "charge", "counterattack",
                  "assault", "offensive", "kick", "punch", "hit", "knock", "launch", "mount"}


# What a range or a vote count is followed by ("3-5 years", "a 5-4 ruling", "a 52-48 vote"): no score of a game.
_UNITS_EN = {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
             "percent", "%", "per", "times", "million", "billion", "thousand", "people", "miles", "kilometers", "km",
             "degrees", "feet", "inches", "pounds", "ruling", "rulings", "decision", "vote", "votes", "majority",
             "margin", "split", "year-old", "year-olds"}


def _no_unit(toks: list[Token], k: int) -> bool:
    return not (k < len(toks) and toks[k].lower in _UNITS_EN)


def contest_en(toks: list[Token], h: lexicon.Hit) -> bool:
    """An English force word (ASSAULT, MOBILIZE) of play in a sports report: a score ("112-103", not a year or a
    date) or a sports word in the sentence, and no weapon, wound or armed party (shared.FORCE_CUES: "Militants
    attacked fans at the stadium, killing three" stays an assault)."""
    if h.entry.type not in ("ASSAULT", "MOBILIZE"):
        return False
    head = toks[h.head]
    if head.lemma not in _PLAY_VERBS_EN and not (head.text[:1].isupper() and h.head > 0):
        return False     # "jailed ... for playing in a youth football tournament" stays an arrest (PLOVER dev)
    words = [t.lower for t in toks]
    joined = " ".join(words)
    sports = any(w in _SPORTS_EN for w in words) or any(p in joined for p in ("super bowl", "world cup", "premier league"))
    if not sports:
        sports = any(_SCORE.fullmatch(t.text) and not t.text[:2] in ("19", "20") and _no_unit(toks, k + 1)
                     for k, t in enumerate(toks)) or any(
            t.text.isdigit() and len(t.text) <= 3 and k + 2 < len(toks) and toks[k + 1].text in ("-", "–")
            and toks[k + 2].text.isdigit() and len(toks[k + 2].text) <= 3 and _no_unit(toks, k + 3)
            for k, t in enumerate(toks))
    if not sports or any(w == "war" for w in words):
        return False     # "war games" are exercises
    return not any(w.startswith(FORCE_CUES + _ARMED_EN) for w in words if w not in ("shot", "shots", "air"))


_CLOSE_QUOTES = {'"', "“", "”", "»", "«", "'", "’", "‘"}


def quote_tag_concession(toks: list[Token], h: lexicon.Hit) -> bool:
    """A concession verb as the tag of a quotation ("..."“, räumt Aberle ein", '"...," he conceded') is
    conceding a point in talk, not yielding anything (PLOVER CONCEDE): the quotation is what was said."""
    if h.entry.type != "CONCEDE" or h.first < 2:
        return False
    return toks[h.first - 1].text == "," and toks[h.first - 2].text in _CLOSE_QUOTES or \
        toks[h.first - 1].text in _CLOSE_QUOTES and h.first >= 2 and toks[h.first - 2].text == ","


def gerundive_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"die zu erwartende Einführung", "die zu verhängenden Strafen": a "zu" participle before its noun names
    what may come, not an act (nor the verb of a gap pattern that starts on it)."""
    tok = toks[h.first]
    return h.first > 0 and toks[h.first - 1].lower == "zu" and tok.text[:1].islower() \
        and tok.lower.endswith(("ende", "enden", "endes", "ender", "endem"))


def hurt_oneself_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"dass er sich am Fuß verletzte", "hat sich schwer verletzt": an injury, no one attacked."""
    if h.first != h.last or toks[h.head].lemma not in ("verletzen", "verletzt"):
        return False
    return any(t.lower == "sich" for t in toks[max(0, h.head - 8):h.head])


def reader_address_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"Konsultieren Sie die Webseite der Botschaft", "Bitte wenden Sie sich an ...", "Rufen Sie uns an": a
    verb that opens the sentence before the polite "Sie" tells the reader what to do (service boxes,
    imperatives) or asks them; nobody acts."""
    k = h.first
    opens = k == 0 or (k == 1 and toks[0].lower == "bitte")
    return opens and k + 1 < len(toks) and toks[k + 1].text == "Sie"


def statement_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"Der Staatsschutz hält fest: ...", "hält in einem Statement fest, dass ...": festhalten that
    introduces what is stated, not a detention."""
    parts = {toks[k].lower for k in range(h.first, h.last + 1)}
    if not ({"fest", "festhalten", "festgehalten", "hält", "hielt", "halten"} & parts) or \
            not any(toks[k].lemma in ("festhalten", "halten") for k in range(h.first, h.last + 1)):
        return False
    after = [t.lower for t in toks[h.last + 1:h.last + 3]]
    return bool(after) and (after[0] == ":" or after[:2] == [",", "dass"])
def assumption_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """'annehmen' before ', dass' or ':' ("Das Berufungsgericht hat angenommen, dass ...", "Man nimmt an, dass
    ..."): an assumption, not the acceptance of an offer ("nahm das Angebot an", "hat den Antrag angenommen")."""
    if not any(toks[k].lemma in ("annehmen", "nehmen") or toks[k].lower == "angenommen"
               for k in range(h.first, h.last + 1)):
        return False
    after = [t.lower for t in toks[h.last + 1:h.last + 3]]
    if after and (after[0] == ":" or after[:2] == [",", "dass"]):
        return True
    if h.first == 0 and toks[0].lower == "angenommen" and after[:1] == [","]:
        return True      # "Angenommen, Deutschland folgt ...": supposing
    start = next((k + 1 for k in range(h.first - 1, -1, -1) if toks[k].text in ",;:"), 0)
    # "wie das Berufungsgericht zutreffend angenommen hat": as assumed; "hat sich ... des Themas angenommen":
    # took the matter up
    return any(toks[k].lower in ("wie", "sich") for k in range(start, h.first))


# English words that are triggers as verbs but name no act with these neighbours: "in order to",
# "a press conference", "released a statement", "meet the deadline", "the appeals court".
NOT_AFTER = {"order": {"in"}, "charge": {"in", "took", "take", "takes"},
             # "released from jail", "remain in jail", "decades in jail", "in custody": where someone is, not
             # an arrest (PLOVER COERCE arrest is the act of detaining; "jailed", "sent to jail", "taken into
             # custody" stay)
             "jail": {"in", "from", "of", "out"},
             "stop": {"first", "last", "next", "final", "second", "third", "each", "every", "bus", "pit", "tour",
                      "whistle", "truck", "rest"},   # "the first stop of 30 cities": a place on a route
             "custody": {"in", "of", "from"},
             # "SiriusXM host Matt Boyle", "a radio host", "talk show host": a broadcaster, not hosting talks (news-dev8)
             "host": {"radio", "show", "talk", "tv", "television", "siriusxm", "podcast", "news", "program", "programme",
                      "co", "late-night", "cable", "game"}}
NOT_BEFORE = {"press": {"conference", "conferences", "release", "briefing", "freedom", "agency", "secretary", "office",
                        "reports", "report"},
              "appeal": {"court", "courts", "judge", "judges"},
              "release": {"statement", "report", "video", "figures", "data", "details", "results", "footage",
                          "document", "documents", "list", "photos", "images", "recording", "communique", "transcript",
                          "game", "album", "single", "song", "film", "movie", "trailer", "version", "update", "product",
                          "book", "episode", "season", "app", "software", "model", "ad", "ads", "advertisement",
                          "poll", "survey", "study", "memo", "letter", "emails", "tape", "tapes", "analysis",
                          "budget", "proposal", "findings", "records", "transcripts", "returns", "guidelines",
                          "plan", "statistics", "numbers", "photo", "picture", "pictures", "clip", "trailer",
                          # "the release of classified military and diplomatic material" (news-dev7)
                          "material", "materials", "information", "files", "cables", "secrets", "papers"},
              "meet": {"target", "targets", "criteria", "requirements", "requirement", "deadline", "deadlines", "goal",
                       "goals", "standards", "expectations", "needs", "obligations"},
              "free": {"trade", "market", "elections", "election", "zone", "speech", "press", "movement", "of"},
              "charge": {"d'affaires"},
              # "closing out the keynote": finishing a show; an "extradition hearing" is a court date, not the
              # handing over
              "close": {"out"},
              "extradition": {"hearing", "hearings", "proceedings", "case", "trial", "battle", "fight", "appeal"}}


# "to station troops" is an act, "a police station", "the power station" a place: the bare form of
# these verbs is a noun unless "to" or a modal comes right before it.
# "back" is an adverb or a noun ("take a step back", "came back", "back home") unless a verb's slot is before it
# ("will back the plan", "we fully back"); "backed", "backs", "backing" are the verb.
NOUN_UNLESS_VERB = {"station": {"station", "stations"}, "train": {"train"}, "back": {"back"}}
_VERB_BEFORE = {"to", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "not", "n't",
                "i", "we", "they", "you", "fully", "strongly", "firmly", "publicly", "also", "did", "do", "does"}
_WEATHER_BEFORE = {"the", "a", "an", "this", "that", "tropical", "winter", "severe", "snow", "ice", "dust", "rain",
                   "perfect", "political", "massive", "powerful", "deadly", "major", "heavy"}
# "in March 2018", "since March": the month, not a protest march.
_MONTH_CONTEXT = {"in", "on", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
                  "of", "from", "to", "through", "before", "after", "during", "between", "and"}


def not_an_act(toks: list[Token], h: lexicon.Hit) -> bool:
    """A one-word trigger whose neighbour makes it a fixed phrase, not an act (see NOT_AFTER, NOT_BEFORE),
    a noun ("police station") or a month ("in March")."""
    if h.first != h.last:
        return False
    tok = toks[h.head]
    word = tok.lemma
    prev = toks[h.head - 1].lower if h.head > 0 else ""
    if prev == "about" and tok.lower.endswith("s") and tok.lower != word:
        return True      # "asked Morrison about concerns", "talked about attacks": a topic, not an act
    if word == "decline" and h.head + 2 < len(toks) and toks[h.head + 1].lower == "to" \
            and toks[h.head + 2].lemma in NO_COMMENT:
        return True      # "declined to comment / to elaborate": CAMEO 011 "decline comment", a statement PLOVER leaves out
    if tok.lower in NOUN_UNLESS_VERB.get(word, ()) and prev not in _VERB_BEFORE:
        return True
    if word == "storm" and tok.lower in ("storm", "storms") and prev in _WEATHER_BEFORE:
        return True      # "The storm killed three people", "a political storm": weather or uproar, no storming
    if word == "march" and tok.text == "March" and h.head > 0 and (
            prev in _MONTH_CONTEXT or toks[h.head - 1].text.isdigit()
            or (h.head + 1 < len(toks) and toks[h.head + 1].text[:1].isdigit())):
        return True
    if word in GIVING_INFO and any(t.lower in INFO_OBJECTS for t in toks[h.head + 1:h.head + 6]):
        return True
    if word in ("support", "back") and any(t.lower in INFO_OBJECTS or t.lower in ARGUMENTS
                                           for t in toks[h.head + 1:h.head + 5]):
        return True      # "evidence to support their estimates", "data that back the claim": no backing of a party
    if h.first == h.last and word in NEEDS_CONTEXT and not (
            tok.lower in CONTEXT_FREE_FORMS and (h.head + 1 == len(toks) or toks[h.head + 1].lower != "in")):
        ahead = {t.lower for t in toks[h.head + 1:h.head + 5]}
        behind = {t.lower for t in toks[max(0, h.head - 3):h.head]}
        if not NEEDS_CONTEXT[word](ahead, behind, toks[h.head + 1].lower if h.head + 1 < len(toks) else ""):
            return True
    if word == "offer" and h.first == h.last:
        # "offered to mediate", "offered talks / aid / a ceasefire": an offer PLOVER codes; "offers a free
        # version", "an initial public offering", "offer free repairs to customers": commerce
        after = [t.lower for t in toks[h.head + 1:h.head + 7]]
        if not (after[:1] == ["to"] and len(after) > 1 and after[1] not in DETERMINERS_EN
                or any(w.rstrip("s") in OFFERED for w in after)):
            return True
    if tok.lower == "free" and word == "free":
        # "free repairs", "a free version", "for free": the adjective; "free the hostages", "to free 20
        # prisoners" the act
        nxt = toks[h.head + 1].lower if h.head + 1 < len(toks) else ""
        obj_start = nxt in DETERMINERS_EN or nxt in {"them", "him", "her", "all", "some"} or nxt[:1].isdigit() \
            or (h.head + 1 < len(toks) and toks[h.head + 1].text[:1].isupper())
        if prev in DETERMINERS_EN or prev in {"for", "of", "tax", "duty", "toll", "fee", "cost"} or not obj_start:
            return True
    if word == "release" and prev in PASSIVE_AUX and any(
            t.lower in NOT_BEFORE["release"] for t in toks[max(0, h.head - 8):h.head]):
        return True      # "the transcript of that call was released": a document made public
    if word == "ask" and h.head + 1 < len(toks) and toks[h.head + 1].lower in _WH | {"if"}:
        return True      # "Asked why he had yet to endorse Clinton, ...": a question, whatever "to" follows (news-dev6)
    if word == "grill" and h.first == h.last:
        # "grilled Wells Fargo CEO John Stumpf", "grilled him", "was grilled by senators" (news-dev7); "grilled
        # chicken", "grill the steaks" are food
        nxt = toks[h.head + 1] if h.head + 1 < len(toks) else None
        return not (h.head > 0 and nxt is not None and (
            nxt.text[:1].isupper() or nxt.lower in ("him", "her", "them", "me", "us")
            or prev in PASSIVE_AUX and nxt.lower in ("by", "over", "about", "on", "for")))
    if word == "quit" and h.head + 1 < len(toks) and toks[h.head + 1].lower.endswith("ing") \
            and toks[h.head + 1].text[:1].islower():
        return True      # "It's time to quit attacking various people": giving up a habit, no resignation (news-dev6)
    if word in QUESTION_OR_TELL:
        # "asked Morrison about concerns", "Schiff asked.", "he told lawmakers": a question or a
        # statement; a request names what is asked for ("asked the UN to", "asked for aid", "told them to")
        rest = []
        for t in toks[h.head + 1:h.head + 8]:
            if t.text in BREAKS or t.text in (".", "?", "!", '"', "“", "”"):
                break
            rest.append(t.lower)
            if word == "tell" and t.lower in _SUBJECT_PRONOUNS:
                break    # "told the committee he tried to ...": the "to" is the reported clause's
        wanted = {"to", "for", "that"} if word == "ask" else {"to"}
        if not wanted & set(rest):
            return True
    if word == "stop" and (h.head + 1 == len(toks) or toks[h.head + 1].text in (".", ",", ";", "!", "?", "”", '"', "''")):
        return True      # "This legislating from the bench has to stop," he said: nothing stopped by anyone, no sanction
    if word == "insist" and tok.lower != "insistence" and _insisted_fact(toks, h.head):
        return True      # "insisted that Republicans ... were nuts", "insisted Curiel had a conflict": a claim, no demand
    if word == "demand" and h.head + 1 < len(toks) and toks[h.head + 1].lower in _WH:
        return True      # "demanded how Andrew could be so sure": a question put, no demand on a party
    if word == "release" and h.first == h.last:
        # "released a new radio ad", "released its annual human rights report": the object noun after its
        # adjectives is what is published, not who is set free
        for t in toks[h.head + 1:h.head + 5]:
            if t.text in BREAKS or t.lower in ("of", "to", "from", "and", "after", "on", "in"):
                break
            if t.lower in NOT_BEFORE["release"]:
                return True
        if h.head + 1 < len(toks) and toks[h.head + 1].lower == "of" and prev in DETERMINERS_EN:
            # the noun: "the release of classified military and diplomatic material", "the release of the video"
            # (news-dev7): what is made public, not who is set free ("the release of the hostages" stays)
            for t in toks[h.head + 2:h.head + 9]:
                if t.text in BREAKS or t.lower in ("to", "from", "after", "on", "in", "by", "who", "that"):
                    break
                if t.lower in NOT_BEFORE["release"]:
                    return True
    if prev in NOT_AFTER.get(word, ()):
        return True
    if word not in NOT_BEFORE:
        return False     # (most triggers: no word after them to read)
    following = [t.lower for t in toks[h.head + 1:h.head + 4] if t.lower not in DETERMINERS_EN][:1]
    return bool(following and following[0] in NOT_BEFORE[word])


# "insist" demands ("insisted on a vote", "insisted that Iran must withdraw", "insists the troops leave") or asserts
# ("insisted that Republicans who refused ... were nuts", "He insisted Curiel had a conflict of interest", "..., he
# insisted."): a finite verb of fact (is, were, had, did ...) in its clause before any modal makes it a claim,
# which PLOVER does not code as a request (news-dev5, 2026-11-27).
_FACT_VERBS = {"is", "are", "was", "were", "has", "had", "did", "does", "'s", "’s", "wasn't", "weren't", "isn't",
               "aren't", "hasn't", "hadn't", "didn't", "doesn't"}
_DEMAND_MARKS = {"must", "should", "shall", "be", "on", "upon", "would", "will", "needs", "need"}


def _insisted_fact(toks: list[Token], i: int) -> bool:
    for t in toks[i + 1:i + 25]:
        if t.lower in _DEMAND_MARKS:
            return False
        if t.lower in _FACT_VERBS:
            return True
        if t.text in (".", ";", "!", "?") or t.text in BREAKS and t.text != ",":
            break
    return i + 1 >= len(toks) or toks[i + 1].text in (".", ",", "!", "?", "”", '"')


QUESTION_OR_TELL = {"ask", "tell"}
NO_COMMENT = {"comment", "elaborate", "say", "discuss", "respond", "answer", "confirm", "speculate", "specify",
              "disclose", "detail", "reveal", "give", "provide", "identify", "name", "be"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
_WH = {"how", "why", "what", "whether", "when", "where", "who"}
# Tariffs are a sanction when someone imposes, raises, threatens or lifts them (PLOVER SANCTION: an act);
# "tariffs hit consumers", "the United States' leverage from tariffs", "$4 billion in extra tariffs" talk about
# their effects on trade.
TARIFF_ACTS = {"impose", "reimpose", "slap", "levy", "raise", "hike", "announce", "threaten", "introduce", "retaliate",
               "lift", "remove", "suspend", "delay", "postpone", "scrap", "waive", "exempt", "extend", "expand",
               "double", "triple", "cancel", "drop", "roll", "place", "put", "order", "approve", "set", "unveil"}
# What a state gives as aid (PLOVER AID: material, economic, military, humanitarian aid); a company that
# "provides tools for ad networks" or "supply and demand" is commerce.
AID_GOODS = {"aid", "assistance", "help", "support", "weapon", "weapons", "arms", "ammunition", "munitions", "missile",
             "missiles", "tank", "tanks", "equipment", "troops", "training", "money", "funds", "funding", "loan",
             "loans", "credit", "credits", "grant", "grants", "food", "water", "shelter", "shelters", "medicine",
             "medicines", "medical", "supplies", "relief", "fuel", "humanitarian", "military", "financial",
             "protection", "security", "intelligence", "refuge", "asylum", "vaccine", "vaccines", "doses", "tents",
             "blankets", "electricity", "gas", "oil", "billion", "million", "drones", "jets", "aircraft", "ships",
             "ship", "vessels", "helicopters", "rockets", "artillery", "ammo", "care", "housing", "escort",
             "guarantees", "backing", "cash", "donations", "rations", "grain", "wheat", "rice", "power", "bailout",
             "debt", "troop", "soldiers", "advisers", "advisors", "personnel", "vehicles", "systems", "defence",
             "defense", "compensation", "services"}
_TAKE_EFFECT = {"take", "takes", "took", "taken", "taking", "into"}
_TRADE_NEXT = {"to", "of", "from", "in", "by", "into", "and"}


def everyday_en(toks: list[Token], h: lexicon.Hit) -> bool:
    """English trigger words in a commercial or everyday sense: tariffs talked about without anyone
    imposing or lifting them, trade flows ("exports to China", "imports of goods from"), giving that is
    no aid ("provide tools", "supply and demand"), and ", allowing underwriters to buy": a consequence."""
    tok = toks[h.head]
    word = tok.lemma
    prev = toks[h.head - 1].lower if h.head > 0 else ""
    nxt = toks[h.head + 1].lower if h.head + 1 < len(toks) else ""
    if word.startswith("tariff") or tok.lower.startswith("tariff"):
        # tariffs that take or go into effect are imposed ("China-specific tariffs took effect in July 2018")
        return h.entry.parts[0].startswith("tariff") and not any(t.lemma in TARIFF_ACTS for t in toks) \
            and not any(t.lower == "effect" and k > 0 and toks[k - 1].lower in _TAKE_EFFECT for k, t in enumerate(toks))
    if word in ("export", "import") and (tok.lower in ("exports", "imports") and nxt in _TRADE_NEXT
                                         or prev in DETERMINERS_EN or nxt == "of"):
        return True      # the noun: "exports to China sank", "U.S. imports of intermediate goods from China"
    if word in ("provide", "supply") and h.first == h.last:
        near = {t.lower for t in toks[h.head + 1:h.head + 11]} | {t.lower for t in toks[max(0, h.head - 4):h.head]}
        return not near & AID_GOODS
    return tok.lower == "allowing" and prev in {",", "while", "thus", "thereby", "by"}
_ROADS = {"road", "roads", "street", "streets", "highway", "highways", "motorway", "access", "traffic", "entrance",
          "entrances", "border", "borders", "bridge", "bridges", "crossing", "port", "ports", "railway", "tracks",
          "junction", "route", "routes", "airport", "gate", "gates", "way", "passage", "aid", "shipments",
          "deliveries", "convoy", "convoys", "transport", "supplies", "supply", "shipping", "trade", "imports",
          "exports", "flights", "movement", "entry", "exit", "harbour", "harbor", "canal", "strait", "pipeline"}
_ONLINE = {"website", "site", "page", "facebook", "twitter", "instagram", "youtube", "store", "shop", "our", "us",
           "blog", "www", "link", "app"}
_COMMERCE = {"black", "friday", "cyber", "monday", "holiday", "shopping", "best", "great", "good", "price", "bundle",
             "sale", "sales", "amazon", "daily", "these", "top", "hot", "special", "exclusive"}
_STRIVE_NEXT = {"to", "for", "back", "over", "through", "on"}
_CONTEST = {"incumbent", "rival", "rivals", "challenger", "opponent", "opponents", "expectations", "estimates",
            "forecasts", "forecast", "odds", "record", "records", "election", "elections", "vote", "votes", "points",
            "goals", "team", "teams", "champion", "champions", "favourite", "favorite", "favourites", "favorites",
            "seed", "deadline", "traffic", "heat", "market", "competition", "competitors", "race", "primary",
            "candidate", "candidates", "semi-final", "final", "finals", "match", "game", "set", "sets"}
_HARD = {"hard", "harder", "hardest", "tirelessly", "fiercely", "long", "so", "very", "relentlessly"}
_STRUGGLE_OBJECTS = {"extradition", "deportation", "charges", "charge", "cancer", "illness", "disease", "addiction",
                     "depression", "obesity", "injury", "injuries", "tears", "fire", "fires", "wildfire", "wildfires",
                     "flames", "blaze", "odds", "traffic", "crowds", "weather", "heat", "fatigue", "virus", "flu",
                     "inflation", "poverty", "hunger", "boredom", "demons", "ruling", "lawsuit", "case", "bid"}
# English one-word triggers that name an act only with the right neighbours (ahead: the next four
# words, behind: the three before, nxt: the next word): "blocked the road" not "block time"; a
# "phone call" not a phone; "visit Moscow" not "visit our website"; a "peace deal" not "Black Friday deals".
# verb forms that are the act whatever stands around them: "phoned his Iraqi counterpart" (a call made;
# the bare "phone" may be the device); not "phoned in from the set" (called in to an interview)
CONTEXT_FREE_FORMS = {"phoned", "phoning", "telephoned"}
NEEDS_CONTEXT = {
    "block": lambda ahead, behind, nxt: bool(ahead & _ROADS),
    "phone": lambda ahead, behind, nxt: nxt in {"call", "calls", "conversation", "conversations", "talks"}
    or bool(behind & {"by", "on", "phoned", "over"}) and not behind & {"your", "my", "a"},
    "visit": lambda ahead, behind, nxt: not ahead & _ONLINE and not behind & {"sure", "please"},
    "deal": lambda ahead, behind, nxt: not behind & _COMMERCE and nxt not in {"with", "on"} | {"of"}
    or bool(behind & {"peace", "trade", "nuclear", "ceasefire", "hostage", "prisoner", "arms", "gas", "grain"}),
    "assist": lambda ahead, behind, nxt: nxt not in {"system", "systems", "feature", "features", "mode"}
    and not behind & {"driver", "lane", "brake", "park", "parking"},
    # PLOVER visit is travel to meet someone: a "tour of the region", "toured the camp"; a band's "North
    # American tour next year", "will tour together" is a series of concerts.
    "tour": lambda ahead, behind, nxt: nxt in {"of", "to", "through", "the"},
    # PLOVER SUPPORT sign: signing a formal agreement; "signed to Universal", "the record signing of
    # a keeper", "no sign of her" are no such act.
    "sign": lambda ahead, behind, nxt: bool((ahead | behind) & _AGREEMENTS),
    # executing a person, not "execute your plan", "execute trades"
    "execute": lambda ahead, behind, nxt: not ahead & _TASKS,
    # a freeze of assets, funds, aid or talks (PLOVER SANCTION), not "frozen organic material"
    "freeze": lambda ahead, behind, nxt: bool((ahead | behind) & _FROZEN),
    # cutting aid, ties or a presence (PLOVER SANCTION), not "tariffs will reduce the GDP", "reduce costs"
    "reduce": lambda ahead, behind, nxt: bool(ahead & _FROZEN),
    # PLOVER REQUEST needs a requester addressing someone: "wants China to drop the tariffs", not "wants
    # the option of a bigger deal", "want a safe road", "wants to" (one's own wish)
    "want": lambda ahead, behind, nxt: nxt != "to" and "to" in ahead,
    # fighting as force (PLOVER ASSAULT), not striving or a struggle with a thing: "battle to win the election",
    # "fight for the title", "fought back tears", "is battling extradition", "fighting cancer"
    # ("fought harder for his agenda", "fights hard for working families": striving, news-dev6/8)
    "fight": lambda ahead, behind, nxt: nxt not in _STRIVE_NEXT and not ahead & _STRUGGLE_OBJECTS
    and not (nxt in _HARD and "for" in ahead),
    "battle": lambda ahead, behind, nxt: nxt not in _STRIVE_NEXT and not ahead & _STRUGGLE_OBJECTS
    and not (nxt in _HARD and "for" in ahead),
    # beating a person (PLOVER ASSAULT beat), not winning: "beat incumbent Gov. Matt Bevin", "beat expectations",
    # "beat Croatia 3-1", "beat the odds"
    "beat": lambda ahead, behind, nxt: not (ahead | behind) & _CONTEST and not any(
        w[:1].isdigit() for w in ahead),
    # fighting in arms, not "combat political misinformation", "combat climate change"
    "combat": lambda ahead, behind, nxt: not ahead & _ABSTRACT_FOES,
    # spreading falsehoods (PLOVER COERCE misinformation), not the fight against them ("seek to combat political
    # misinformation", "tackle disinformation")
    "misinformation": lambda ahead, behind, nxt: not behind & _COUNTER,
    "disinformation": lambda ahead, behind, nxt: not behind & _COUNTER,
    # an impeachment opened, voted or the articles of it, not the word of the process named ("polling on
    # impeachment", "impeachment investigators", "majority support for impeachment")
    "impeachment": lambda ahead, behind, nxt: nxt == "of" or bool((ahead | behind) & _IMPEACH_ACTS),
    # holding someone (PLOVER COERCE arrest), not the place or rules of it ("detention facilities", "longer
    # detention periods")
    "detention": lambda ahead, behind, nxt: nxt not in _FACILITIES,
    # "sought to talk to protesters": an attempt, whose own verb codes what was tried; "seek help/talks" is a request
    "seek": lambda ahead, behind, nxt: nxt != "to",
    # hosting talks, a summit or a leader (PLOVER CONSULT), not "hosting the final date on the tour", a show or a game
    # (a show's "guest host", page round 2026-11-28; a party convention: campaigns.campaign_talk)
    "host": lambda ahead, behind, nxt: not ahead & _SHOWS and not behind & {"guest", "co", "talk", "radio", "podcast",
                                                                           "show"},
    # troops or forces mobilised, not "mobilize every possible resource to block Trump", "mobilize voters" (page
    # round 2026-11-28)
    "mobilize": lambda ahead, behind, nxt: not ahead & {"voters", "supporters", "resources", "resource", "every",
                                                         "volunteers", "donors", "base", "funds", "money", "people"},
    # a sentence commuted (PLOVER CONCEDE), not "a two-minute commute" (page round 2026-11-28)
    "commute": lambda ahead, behind, nxt: bool(ahead & {"sentence", "sentences", "death", "penalty", "penalties",
                                                       "term", "terms", "punishment", "punishments"}),
    # gunfire, not "flu shots", "a mug shot", "a long shot", "its planned 2024 crewed moon shot"
    "shot": lambda ahead, behind, nxt: not behind & {"flu", "booster", "vaccine", "vaccination", "covid", "mug",
                                                     "long", "big", "screen", "photo", "parting", "allergy",
                                                     "moon", "jump", "penalty", "slap", "tee"}
    # "has no shot at winning the nomination", "a fair shot at": a chance (page round 2026-11-28)
    and not (nxt == "at" and behind & {"no", "best", "good", "fair", "real", "decent", "outside", "another", "second",
                                       "better", "little", "big", "long"}),
}
_IMPEACH_ACTS = {"launch", "launched", "launches", "opened", "open", "opens", "began", "begin", "begins", "announced",
                 "announce", "announces", "vote", "voted", "votes", "approved", "approve", "approves", "passed", "pass",
                 "formal", "formally", "initiated", "initiate", "articles", "impeach", "impeached", "started", "start"}
_FACILITIES = {"center", "centers", "centre", "centres", "facility", "facilities", "camp", "camps", "period", "periods",
               "conditions", "policy", "policies", "system", "systems", "site", "sites", "space", "spaces", "unit",
               "units", "officer", "officers", "hearing", "hearings", "standards", "capacity", "beds", "costs"}
_ABSTRACT_FOES = {"misinformation", "disinformation", "terrorism", "crime", "corruption", "poverty", "climate", "racism",
                  "hate", "extremism", "fraud", "inflation", "the", "spread", "virus", "disease", "diseases", "hunger",
                  "discrimination", "antisemitism", "smuggling", "trafficking", "piracy", "money", "drug", "drugs",
                  "obesity", "pollution", "loneliness", "abuse", "fake", "unemployment", "homelessness", "illiteracy"}
_COUNTER = {"combat", "combating", "combatting", "fight", "fighting", "counter", "countering", "tackle", "tackling",
            "against", "curb", "curbing", "stop", "stopping", "debunk", "debunking", "flag", "flagging", "label",
            "labeling", "about", "spotting"}
_SHOWS = {"show", "shows", "concert", "concerts", "date", "dates", "party", "parties", "festival", "festivals", "game",
          "games", "match", "matches", "tournament", "podcast", "episode", "series", "event", "events", "gala", "awards",
          "competition", "league", "final", "finals", "olympics", "cup", "championship", "exhibition", "fair", "race",
          "season", "premiere", "screening", "tour", "gig", "gigs", "dinner", "brunch", "webinar", "livestream"}
_AGREEMENTS = {"agreement", "agreements", "treaty", "treaties", "accord", "accords", "deal", "deals", "pact", "pacts",
               "memorandum", "declaration", "ceasefire", "truce", "protocol", "charter", "convention", "communique",
               "law", "laws", "bill", "bills", "order", "orders", "decree", "decrees", "armistice", "settlement",
               "framework", "roadmap", "petition", "letter", "resolution", "statement", "mou", "document",
               "documents", "ceremony", "joint", "sanctions", "legislation", "deal", "partnership"}
_TASKS = {"plan", "plans", "strategy", "strategies", "order", "orders", "trade", "trades", "program", "programme",
          "code", "task", "tasks", "vision", "project", "projects", "transaction", "transactions", "contract",
          "contracts", "play", "plays", "query", "queries", "command", "commands", "script", "move", "moves",
          "idea", "ideas", "function", "your", "our", "my"}
_FROZEN = {"assets", "asset", "funds", "fund", "accounts", "account", "aid", "payments", "payment", "talks",
           "relations", "ties", "cooperation", "money", "property", "properties", "reserves", "hiring", "contacts",
           "programme", "program", "membership", "loans", "loan", "funding", "budget", "spending", "negotiations",
           "process", "enrichment", "settlement", "settlements", "construction", "wages", "salaries", "pensions",
           "recruitment", "deliveries", "exports", "imports", "sales", "visas", "bank", "banks", "holdings"}
# What states and parties offer (singular stems: "talks" -> "talk").
OFFERED = {"talk", "help", "aid", "assistance", "support", "ceasefire", "truce", "concession", "negotiation",
           "mediation", "asylum", "amnesty", "troop", "peace", "deal", "condolence", "cooperation", "compensation",
           "loan", "fund", "money", "reward", "guarantee", "security", "protection", "dialogue", "resignation",
           "apology", "refuge", "shelter", "plan", "proposal", "compromise", "exchange", "swap", "settlement",
           "term", "incentive", "relief", "access", "pardon", "immunity", "credit", "grant", "weapon", "arm",
           "equipment", "expertise", "service", "hand", "olive"}
ARGUMENTS = {"claim", "claims", "argument", "arguments", "theory", "theories", "view", "views", "hypothesis",
             "findings", "assertion", "assertions", "conclusion", "conclusions", "allegation", "allegations"}
# "have offered no evidence", "provide some basic biographical information", "how they arrived at their
# estimates": what is given or reached is information, not aid, an offer or a visit.
GIVING_INFO = {"offer", "provide", "give", "supply", "arrive"}
INFO_OBJECTS = {"evidence", "information", "details", "detail", "estimate", "estimates", "figures", "figure",
                "explanation", "explanations", "insight", "insights", "proof", "comment", "comments", "data",
                "clues", "clue", "conclusion", "conclusions", "numbers", "statistics", "examples", "example",
                "overview", "breakdown", "summary", "update", "updates", "answer", "answers", "documentation",
                "documents", "testimony", "impression", "impressions", "thoughts", "opinion", "opinions",
                "verdict", "reaction", "reactions", "speech", "speeches", "interview", "interviews", "presentation",
                "performance", "assessment", "feedback", "advice", "tips", "lecture", "account"}


def attributive_en(toks: list[Token], h: lexicon.Hit) -> bool:
    """A participle between a determiner and its noun ("the occupied West Bank", "the banned party",
    "the besieged town", "the proposed changes") names a state of the noun, not the sentence's event."""
    if h.first != h.last or h.first == 0 or h.first + 1 >= len(toks):
        return False
    tok, nxt = toks[h.first], toks[h.first + 1]
    return (toks[h.first - 1].lower in DETERMINERS_EN and tok.lower.endswith(("ed", "en"))
            and tok.lower != tok.lemma and nxt.text[:1].isalpha())


# Words a title-case headline leaves in lower case ("Clinton Calls ISIS Violence Against Yazidis ‘Genocide’",
# "Trump Is Now Calling Obama The ‘Most Valuable Player’ For ISIS").
_TITLE_MINOR = {"a", "an", "the", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "but", "as", "from",
                "vs", "via", "into", "over", "up", "out", "off"}


def title_case(toks: list[Token]) -> bool:
    """A headline in title case: every word but the small ones is capitalised, so capitals mark no name."""
    words = [t for t in toks if t.text[:1].isalpha() and t.lower not in _TITLE_MINOR]
    return len(words) >= 4 and all(t.text[:1].isupper() for t in words)


def in_name(toks: list[Token], h: lexicon.Hit) -> bool:
    """English: a capitalised trigger inside a capitalised name ("Asia-Pacific Economic Cooperation",
    "Operation Desert Storm") is part of the name, not an event (not in a title-case headline, where
    every word is capitalised)."""
    if h.first == 0:
        return False
    if h.first == h.last:
        first = toks[h.first].text[:1]
        if first.isalpha() and not first.isupper():
            return False
    elif not all(t.text[:1].isupper() for t in toks[h.first:h.last + 1] if t.text[:1].isalpha()):
        return False
    before, after = toks[h.first - 1], toks[h.last + 1] if h.last + 1 < len(toks) else None
    # the whole sentence is read for title case only where a capitalised word stands next to the trigger
    return (before.text[:1].isupper() or (after is not None and after.text[:1].isupper())) and not title_case(toks)


_ARTICLES = DEFINITE_DE | {"ein", "eine", "einen", "einem", "einer", "eines", "diese", "dieser", "diesen", "diesem",
                           "seine", "seinen", "seiner", "ihre", "ihren", "ihrer"}
# a preposition merged with its article, right before the participle ("im abgesperrten Gefahrenbereich", dev8 page check)
_MERGED_ARTICLES = {"im", "am", "vom", "zum", "zur", "beim"}
_ATTRIBUTIVE_END = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")


def attributive(toks: list[Token], h: lexicon.Hit) -> bool:
    """A participle used as an adjective ("die in Afghanistan stationierten Truppen",
    "die verhängten Sanktionen") names a state, not the event of the sentence."""
    if h.first != h.last:
        return False
    tok = toks[h.head]
    nxt = toks[h.head + 1] if h.head + 1 < len(toks) else None
    nxt2 = toks[h.head + 2] if h.head + 2 < len(toks) else None
    before_noun = nxt is not None and (nxt.text[:1].isupper() or (
        nxt.lower.endswith(("e", "en", "er", "es", "em")) and nxt2 is not None and nxt2.text[:1].isupper()))
    counted = not before_noun and nxt is not None and nxt.text[:1].isdigit() and _age_phrase_noun(toks, h.head + 1)
    if not (tok.text[:1].islower() and tok.lower.endswith(_ATTRIBUTIVE_END) and tok.lower != tok.lemma
            and (before_noun or counted)):
        return False
    i = h.head
    # "die verhängten Sanktionen", "den in Afghanistan stationierten Truppen" (not "Russland forderte Reformen")
    if i > 0 and (toks[i - 1].lower in _ARTICLES or toks[i - 1].lower in _MERGED_ARTICLES) and not counted:
        return True
    if not counted and any(toks[k].lower in _ARTICLES and toks[k + 1].lower in PLACE_PREP | RECIPIENT_PREP
                           for k in range(max(0, i - 4), i - 1)):
        return True
    return _open_article(toks, i)


# An article whose noun comes only after the participle ("Der kurz nach der Tat wegen Mordes verhaftete 15 Jahre
# alte Junge", "Die beiden am Donnerstag verhafteten ... Jugendlichen"): what stands between is lower case or a
# noun governed by a preposition; "Die Polizei verhaftete 15 Demonstranten" has its noun before the verb.
_PREP_DE = PLACE_PREP | RECIPIENT_PREP | {"wegen", "am", "vom", "zum", "zur", "seit", "von", "durch", "unter", "über",
                                          "kurz", "bereits", "schon", "zuvor", "erst", "der", "dem", "den", "des"}
_AGE_WORDS = {"jahre", "jahren", "monate", "monaten", "wochen", "tage", "und", "bis", "alt", "alte", "alten",
              "alter", "altes", "jährige", "jährigen"}


def _age_phrase_noun(toks: list[Token], j: int) -> bool:
    """From a number at j, an age or count phrase ("15 Jahre alte", "14 und 18 Jahre alten") leads to a noun."""
    for k in range(j, min(j + 8, len(toks))):
        t = toks[k]
        if t.text[:1].isdigit() or t.lower in _AGE_WORDS or (t.text[:1].islower() and t.text[:1].isalpha()):
            continue      # numbers, "Jahre alte", adjectives and adverbs ("dringend tatverdächtigen")
        return t.text[:1].isupper() and k > j + 1 and toks[k - 1].lower.endswith(("e", "en", "er", "es", "em"))
    return False


def _open_article(toks: list[Token], i: int) -> bool:
    for k in range(i - 1, max(-1, i - 9), -1):
        t = toks[k]
        if t.text in (".", ";", ":", "?", "!", ","):
            return False
        if t.lower in _ARTICLES and k > 0 and toks[k - 1].lower in _PREP_DE:
            continue      # "nach der Tat": an article inside a prepositional phrase
        if t.lower in _ARTICLES:
            return k + 1 < i and toks[k + 1].text[:1].islower()
        if t.text[:1].isupper() and not (k > 0 and toks[k - 1].lower in _PREP_DE | _ARTICLES):
            return False  # a noun of its own before the verb: "Die Polizei verhaftete ..."
    return False


# German evaluative sentences (comment, not report): a nominalised act that is the subject of a judgement
# ("Die erneute Entsendung ... zeigt die Verzweiflung des Kreml", "Diese Zusammenarbeit stellt eine
# besorgniserregende Entwicklung dar", "Besonders brisant erscheint die neue Truppenverlegung") or the fact a
# judgement rests on ("wirft ein Licht auf die Zusammenarbeit", "Hinweise auf eine Kooperation") is talked about,
# not reported as happening: the body sentence that reports it carries the event.
# Verbs whose subject is judged: the noun triggers before them in their clause (verb-final or Vorfeld) are talked about.
JUDGING_DE = {"zeigen", "unterstreichen", "verdeutlichen", "belegen", "beweisen", "offenbaren", "illustrieren",
              "bedeuten", "markieren", "dokumentieren", "werten", "bewerten", "bezeichnen", "einstufen"}
# Copulas of appearance: every noun trigger of their clause is judged ("Besonders brisant erscheint die ...",
# "gilt als ..."), when a predicate adjective stands before them or "als" in their clause.
SEEMING_DE = {"erscheinen", "scheinen", "wirken", "gelten"}
# Verbs whose object is the fact judged ("unterstreicht die zunehmende Kooperation")
UNDERLINING_DE = {"unterstreichen", "verdeutlichen", "belegen", "beweisen", "offenbaren", "illustrieren"}
# Nouns that talk about an act without reporting it: evidence, search, extent ("Hinweise auf eine Kooperation",
# "Suche nach militärischer Unterstützung", "das Ausmaß der Truppenverlegung").
ABOUT_DE = {"hinweis", "hinweise", "anzeichen", "indiz", "indizien", "suche", "ausmaß", "umfang", "spekulation",
            "spekulationen", "gerücht", "gerüchte", "licht"}


def evaluated_de(toks: list[Token], segs: list[tuple[int, int]],
                 vocab: set[str] | frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """Token ranges of a German sentence whose noun triggers are talked about: (lo, hi, kind) with kind
    'nouns' (noun triggers only) or 'all' (also zu-infinitives of an inserted Vorfeld). ``vocab``: the sentence's
    forms and lemmas (at least those in ASKED) where the caller has them."""
    out: list[tuple[int, int, str]] = []
    if vocab is not None and _EVALUATING_DE.isdisjoint(vocab):
        return out       # no verb of seeming or judging in the sentence
    for n, (lo, hi) in enumerate(segs):
        for k in range(lo, hi):
            t = toks[k]
            if not t.text[:1].islower():
                continue
            lem = t.lemma
            if lem == "stellen" and hi - 1 > k and toks[hi - 1].lower == "dar" or lem == "darstellen":
                lem = "darstellen"
            if lem in SEEMING_DE:
                prev = toks[k - 1] if k > lo else None
                if not (any(x.lower == "als" for x in toks[lo:hi])
                        or (prev is not None and prev.text[:1].islower() and prev.text.isalpha()
                            and prev.lower not in _ARTICLES)):
                    continue     # "galt ein Embargo" (was in force), "1989 erschien" (was published)
                out.append((lo, hi, "nouns"))
            elif lem in JUDGING_DE or lem == "darstellen":
                out.append((lo, k, "nouns"))
                if lem in UNDERLINING_DE:
                    out.append((k + 1, hi, "nouns"))
                if k == lo and n > 0:
                    # "Die Bereitschaft des Kim-Regimes, ... Truppen zu entsenden, unterstreicht ...": the
                    # verb opens its clause after a Vorfeld with an insertion; the whole Vorfeld is judged
                    out.append((segs[0][0], lo, "all"))
            else:
                continue
            break
    return out


def talked_about_in(toks: list[Token], h: lexicon.Hit, ranges: list[tuple[int, int, str]]) -> bool:
    head = toks[h.head]
    noun = head.text[:1].isupper()
    if noun:
        # the nearest noun before the trigger's noun phrase ("Hinweise auf eine systematische militärische
        # Kooperation", "Licht auf die sich verstärkende Zusammenarbeit")
        for k in range(h.first - 1, max(-1, h.first - 7), -1):
            if toks[k].text in BREAKS:
                break
            if toks[k].text[:1].isupper():
                if toks[k].lower in ABOUT_DE:
                    return True
                break
    for lo, hi, kind in ranges:
        if lo <= h.head < hi and (noun or (kind == "all" and h.head > 0 and toks[h.head - 1].lower == "zu")):
            return True
    return False


# PLOVER THREATEN: an actor threatens a recipient with an act of its own. A warning of a danger ("warnte vor
# Verkehrsbehinderungen", "Kokain ... kann Störungen auslösen, warnte Streeck", "warns of downside risks") and
# what looms ("Nun drohen Entschädigungszahlungen", "ihm droht eine Haftstrafe", "the conflict threatens to
# spread") threaten nobody. A warning is a threat only where it announces a consequence ("warned that police will
# no longer tolerate rallies", "wir warnen das Abendland, dass wir ..."); German "drohen" only with what the actor
# threatens ("mit Konsequenzen gedroht", "droht damit, ...", "drohte, ... anzugreifen").
WARN = {"warn", "warned", "warns", "warning", "warnings", "warnen", "warnt", "warnte", "warnten", "gewarnt",
        "warnung", "warnungen"}
_CONSEQUENCE = {"en": {"will", "would", "'ll", "won't", "if", "unless", "otherwise", "else", "consequences",
                       "retaliation", "retaliate", "respond", "response", "tolerate", "force"},
                "de": {"werde", "werden", "würde", "würden", "wird", "sonst", "andernfalls", "falls", "sollte",
                       "sollten", "konsequenzen", "vergeltung", "reagieren", "gegenmaßnahmen", "wir", "dulden",
                       # "warnte Russland vor hohen Kosten im Falle eines Einmarschs" (dev7): the condition of "if"
                       "falle"}}
DROHEN = {"drohen", "droht", "drohte", "drohten", "gedroht", "drohe"}


_TIME_AFTER_VOR = ("jahr", "monat", "woche", "tag", "stunde", "kurzem", "langem", "ort", "allem", "gericht")


def _warned_before_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """German verb-final "... vor giftigen Rauchgasen gewarnt": the danger stands before the participle in its
    clause ("vor zwei Wochen", "vor Ort", "vor allem", "vor Gericht" are no danger)."""
    for k in range(h.first - 1, max(-1, h.first - 12), -1):
        t = toks[k]
        if t.text in (",", ".", ";", ":", "?", "!"):
            return False
        if t.lower in ("vor", "davor") and k + 1 < h.first:
            if t.lower == "davor":
                return True
            nxt = toks[k + 1]
            rest = " ".join(x.lower for x in toks[k + 1:min(k + 4, h.first)])
            if nxt.text[:1].isdigit() or any(w in rest for w in _TIME_AFTER_VOR) or nxt.lower in (
                    "einem", "einer", "zwei", "drei", "vier", "fünf", "wenigen", "einigen", "mehreren"):
                continue
            return True
    return False


def no_threat(toks: list[Token], h: lexicon.Hit, lang: str) -> bool:
    if h.entry.type != "THREATEN":
        return False
    word = toks[h.head].lower
    part = h.entry.parts[0]
    if word in WARN or part in WARN:
        after = [t.lower for t in toks[h.last + 1:h.last + 3]]
        window = {t.lower for t in toks[max(0, h.first - 25):h.last + 25]}
        if after[:1] in (["vor"], ["davor"]) or _warned_before_de(toks, h):
            return True      # "warnte vor Verkehrsbehinderungen", "wird vor giftigen Rauchgasen gewarnt": a danger
        return not (window & _CONSEQUENCE[lang])
    if lang == "de" and (word in DROHEN or part in DROHEN) and not word.startswith(("an", "be")):
        lo, hi = h.head, h.head
        while lo > 0 and toks[lo - 1].text not in (".", ";", ":", "?", "!"):
            lo -= 1
        while hi + 1 < len(toks) and toks[hi + 1].text not in (".", ";", ":", "?", "!"):
            hi += 1
        words = [t.lower for t in toks[lo:hi + 1]]
        # "droht damit, ... zu": what the actor threatens; "Der Partei droht damit eine Millionenstrafe" (dev6): "damit"
        # is "thereby", and what looms threatens nobody
        if "mit" in words or any(w == "damit" and k + 1 < len(words) and words[k + 1] in (",", ":")
                                 for k, w in enumerate(words)):
            return False
        nxt = toks[h.last + 1].text if h.last + 1 < len(toks) else ""
        if nxt == ",":
            return False          # "drohte, die Stadt anzugreifen": what the actor threatens follows
        # "Am Montag drohte Israel, den Libanon anzugreifen": the subject stands between verb and comma
        k = next((k for k in range(h.last + 1, min(len(toks), h.last + 7)) if not toks[k].text[:1].isalnum()), None)
        if k is None or toks[k].text != ",":
            return True
        rest = toks[k + 1:]
        end = next((j for j, t in enumerate(rest) if t.text in (",", ".", ";", ":", "?", "!")), len(rest))
        return not any(t.lower == "zu" or zu_infinitive(t) for t in rest[:end])
    return False


# Words whose sense here is no act (PLOVER codes what happens between parties, not what is named):
# - a right, duty or rule "verletzt" is violated, no one is attacked ("Verletzte das die Grundrechte ...?",
#   "Schutzpflichten verletzt"); "Verletzte" as a noun are the injured, whom the attack's own word codes;
# - a war or fighting named as the setting ("seit Beginn des Ukraine-Kriegs", "im Ukraine-Krieg", "the war in
#   Ukraine", "fleeing the civil war") is the background of the article, not one of its events, unless the
#   sentence says it starts or is declared;
# - German "prüfen/überprüfen" is an investigation (PLOVER ACCUSE: investigate alleged wrongdoing) only with
#   the wrongdoing in its sentence; otherwise a check ("prüft den pH-Wert", "Verfahren zu überprüfen").
_RIGHTS_DE = ("recht", "pflicht", "gesetz", "regel", "norm", "vertrag", "abkommen", "souveränität", "würde",
              "privatsphäre", "gefühl", "grundsatz", "prinzip", "auflage", "vorschrift", "urheber", "sorgfalt")
_WAR = {"krieg", "war", "wars"}
_WAR_STARTS = {"beginnen", "begann", "begonnen", "erklären", "erklärte", "erklärt", "beginnt", "ausbrechen",
               "brach", "ausgebrochen", "führen", "führt", "führte", "geführt", "started", "start", "starts", "began",
               "begin", "declared", "declare", "launched", "launch", "wage", "waged", "waging", "broke", "erupted"}
_WRONGDOING_DE = ("vorwurf", "vorwürf", "verdacht", "vorfall", "vorfäll", "verstoß", "verstöß", "verletz",
                  "rechtmäßig", "zulässig", "anzeige", "beschwerde", "klage", "betrug", "korruption", "manipul",
                  "missbrauch", "ermittl", "straf", "fehlverhalten", "schuld", "fall ")


def named_not_done(toks: list[Token], h: lexicon.Hit, lang: str) -> bool:
    part = h.entry.parts[0]
    if h.first != h.last:
        return False
    tok = toks[h.head]
    if lang == "de" and part in ("verletzen", "verletzt", "verletzte") and h.entry.type == "ASSAULT":
        if tok.text[:1].isupper() and tok.lower != "verletzt" and h.head > 0:
            return True      # "Hunderte Verletzte", "die Verletzten", "Auch Verletzte gebe es nicht": the injured
        near = [t.lower for t in toks[max(0, h.head - 10):h.head + 8]]
        return any(w.endswith(_RIGHTS_DE) or any(r in w for r in ("rechte", "rechts", "pflicht")) for w in near)
    if part.lstrip("*") in _WAR and h.entry.type == "ASSAULT":
        lo, hi = h.head, h.head
        while lo > 0 and toks[lo - 1].text not in (".", ";", "?", "!"):
            lo -= 1
        while hi + 1 < len(toks) and toks[hi + 1].text not in (".", ";", "?", "!"):
            hi += 1
        return not any(t.lower in _WAR_STARTS or t.lemma in _WAR_STARTS for t in toks[lo:hi + 1])
    if lang == "de" and (part in ("prüfen", "überprüfen", "überprüfung") or part.lstrip("*") in UNTERSUCHEN) \
            and h.entry.type == "ACCUSE":
        text = " ".join(t.lower for t in toks) + " "
        return not any(w in text for w in _WRONGDOING_DE + (_CRIMES_DE if part not in ("prüfen", "überprüfen",
                                                                                       "überprüfung") else ()))
    if lang == "de" and part.lstrip("*") == "urteil" and h.entry.type == "SANCTION":
        if "-" in tok.text:
            return True      # "Ramstein-Urteil": a ruling known by name, the background of the article
        if h.head + 1 < len(toks) and toks[h.head + 1].lower == "gegen":
            return False     # "das Urteil gegen Timoschenko": whom it convicts
        return not any(t.lower.startswith(_RULING_DE) for t in toks)
    return False


# PLOVER ACCUSE investigate is an inquiry into alleged wrongdoing: "untersuchen/Untersuchung" of a storm,
# a meteorite or a troop movement ("sei noch Gegenstand von Untersuchungen") is study; it counts only with
# a wrongdoing or a crime in its sentence (as prüfen above; "die Morde untersucht").
UNTERSUCHEN = {"untersuchen", "untersucht", "untersuchung"}
_CRIMES_DE = ("mord", "tötung", "getötet", "gewalt", "anschlag", "attack", "angriff", "verbrechen", "täter",
              "spionage", "vergewalt", "folter", "tod ", "todes", "unfall", "unglück", "absturz", "brand",
              # who investigates says it is an inquiry ("Der Vorgang wird von Beamten des BKA untersucht")
              "staatsanwalt", "ermittler", "polizei", "kripo", "bka ", "lka ", "bundesanwalt", "sonderermittler")
# A ruling named as done (SANCTION convict): "verurteilt", "fällte/verkündete das Urteil", a sentence or an
# acquittal in its sentence. "Das Urteil ist noch nicht rechtskräftig", "gegen das Urteil Berufung einlegen",
# "das Urteil prüfen", "Das Urteil der AfD ... fällt kritisch aus" speak of a ruling reported elsewhere or of an
# opinion.
_RULING_DE = ("verurteil", "fällt", "fällte", "gefällt", "verkünd", "sprach", "gesprochen", "ergangen", "erging",
              "haft", "strafe", "geldstrafe", "bestätig", "verhäng", "freispruch", "freigesprochen", "schuldig", "bewährung", "jahre")


# "such attacks", "ein solcher Angriff", "derartige Vorwürfe": a noun after "such" names a kind of act, spoken of
# in general or as what may come ("Man wusste, dass ein solcher Angriff bevorsteht", "Solche Vorwürfe erwiesen sich
# in der Vergangenheit meistens als haltlos"); the act itself, where there is one, is reported in its own words.
_SUCH = {"en": {"such"}, "de": {"solch", "solche", "solcher", "solchen", "solches", "solchem", "derartig", "derartige",
                                "derartiger", "derartigen", "derartiges", "derartigem"}}
# The words ended_inquiry, kind_named and evaluated_de ask a sentence's vocabulary about (scan.asked_words).
_EVALUATING_DE = frozenset(SEEMING_DE | JUDGING_DE | {"stellen", "darstellen"})
ASKED = frozenset(_INQUIRY_EN | _ENDING_EN | _SUCH["en"] | _SUCH["de"]) | _EVALUATING_DE


def kind_named(toks: list[Token], h: lexicon.Hit, lang: str, vocab: set[str] | frozenset[str] | None = None) -> bool:
    such = _SUCH.get(lang, set())
    if vocab is not None and such.isdisjoint(vocab):
        return False     # no "such" in the sentence (``vocab``: its forms and lemmas, at least those in ASKED)
    k = h.first - 1
    if lang == "de" and not toks[h.first].text[:1].isupper():
        return False
    steps = 0
    while k >= 0 and steps < 3:
        low = toks[k].lower
        if low in such:
            return True
        # an adjective or article between ("such a move", "solche schweren Angriffe")
        if not (toks[k].text.isalpha() and toks[k].text[:1].islower()) or low in ("and", "or", "und", "oder"):
            return False
        steps += 1
        k -= 1
    return False


# German closures of roads, shops, sports grounds or windows ("Die Goerzallee ist in beiden Richtungen gesperrt",
# "anliegende Geschäfte geschlossen", "Fenster und Türen geschlossen zu halten") are traffic and safety measures
# of local news, not PLOVER COERCE (restricting the freedoms of a party); borders, airspace, embassies and
# websites keep their own patterns.
_CLOSE_DE = {"sperren", "gesperrt", "schließen", "geschlossen", "sperrung", "schließung"}
_LOCAL_DE = ("marathon", "orts ", "umzug", "straße", "strasse", "allee", "autobahn", "brücke", "tunnel", "strecke", "fahrbahn", "fahrstreifen",
             "richtung", "zufahrt", "auffahrt", "abfahrt", "kreuzung", "gleis", "bahnhof", "verkehr", "durchfahrt",
             "geschäft", "laden", "läden", "sportanlage", "sporthalle", "schwimmbad", "freibad", "hallenbad", "fenster",
             "türen", "tür ", "lüftung", "klimaanlage", "restaurant", "lokal", "museum", "spielplatz", "park ", "parks",
             "strand", "piste", "lift", "weg ", "wege", "radweg", "gehweg", "platz ", "ufer", "zoo", "friedhof",
             "kita", "filiale", "parkplatz", "parkhaus", "zug ", "zuges", "züge", "linie", "s-bahn", "u-bahn", "bahn ", "haltestelle")


def closure_de(toks: list[Token], h: lexicon.Hit) -> bool:
    if h.entry.type != "COERCE" or h.entry.mode != "restrict" or h.first != h.last \
            or h.entry.parts[0] not in _CLOSE_DE:
        return False
    text = " ".join(t.lower for t in toks) + " "
    if any(t.lower.startswith("polizei") for t in toks) and not any(w in text for w in _MISHAPS_DE):
        return False     # "Zwei Bahnsteige wurden polizeilich gesperrt" (a bomb alarm): police cordon a site
    if any(w in text for w in _BORDER_DE):
        return False     # "alle Übergänge verrammelt, Brücken gesperrt" (dev6): a border closed, not a road
    return any(w in text for w in _LOCAL_DE)


_BORDER_DE = ("grenze", "grenzüberg", "übergänge", "grenzübertritt", "grenzschließung", "grenzkontroll")


# Closures after an accident, a fire, works or weather are safety measures even where the police close the road.
_MISHAPS_DE = ("unfall", "unglück", "verunglück", "bauarbeit", "baustelle", "sanierung", "wartung", "stau", "sturm",
               "unwetter", "schnee", "hochwasser", "glätte", "feuer", "brand", "lkw", "laster", "kollision", "marathon",
               "umzug", "veranstaltung", "fest ", "rennen")


# The act that someone responds to was reported before ("Israel hat noch nicht auf den iranischen Angriff reagiert",
# "als Reaktion auf die Sanktionen", "in response to the attack", "retaliation for the killing"): a noun after
# "auf/to/for" of a response is background to the response, and its negation or modal belongs to the response.
_RESPONSE_EN = {"response", "responses", "reaction", "reactions", "retaliation", "responded", "respond", "responding",
                "responds", "reacted", "react", "reacting", "reacts", "revenge", "answer", "reply", "replied"}
_RESPONSE_DE = ("reaktion", "antwort", "vergeltung", "reagier", "rache")
_LATER_RESPONSE_DE = ("reagier", "geantwortet", "antworte", "antwortet")


def responded_to(toks: list[Token], h: lexicon.Hit, lang: str) -> bool:
    if h.first != h.last or (lang == "de" and not toks[h.head].text[:1].isupper()):
        return False
    k = h.first - 1
    while k > 0 and h.first - k <= 4:
        low = toks[k].lower
        if (lang == "en" and low in ("to", "for")) or (lang == "de" and low in ("auf", "für")):
            before = toks[k - 1].lower
            if lang == "en":
                return before in _RESPONSE_EN
            if before.startswith(_RESPONSE_DE):
                return True
            if low == "auf":
                for t in toks[h.last + 1:]:
                    if t.text in BREAKS or t.text in (".", "?", "!"):
                        break
                    if t.lower.startswith(_LATER_RESPONSE_DE):
                        return True
            return False
        if not toks[k].text.isalpha() or toks[k].lower in ("and", "und", "or", "oder"):
            return False
        k -= 1
    return False



# "vor Gericht" is a charge (ACCUSE allege) where someone stands, is brought or must answer before a court ("steht
# vor Gericht", "muss sich vor Gericht verantworten", "zieht vor Gericht"), not where a party argues or loses a
# civil case ("Samsung hat vor Gericht die Patentklage ... verloren", "argumentierte vor Gericht").
_TRIAL_DE = ("steh", "stand", "gestanden", "bring", "gebracht", "stell", "gestellt", "zieh", "zog", "gezogen", "land",
             "gelandet", "verantwort", "muss", "müss", "komm", "kam", "erschein", "angeklagt", "prozess")


def court_place_de(toks: list[Token], h: lexicon.Hit) -> bool:
    if h.entry.parts != ("vor", "gericht"):
        return False
    return not any(t.lower.startswith(_TRIAL_DE) for t in toks)


# Money taken out ("42 Milliarden Dollar an Einlagen aus der Bank abgezogen", "withdrew their deposits") is a bank
# run or a sale, not a retreat of forces or from a position (PLOVER RETREAT).
_MONEY = ("einlage", "geld", "gelder", "kapital", "milliard", "million", "euro", "dollar", "franken", "vermögen",
          "guthaben", "ersparnis", "deposit", "cash", "money", "savings", "billion", "million", "funds from")


def money_withdrawn(toks: list[Token], h: lexicon.Hit) -> bool:
    if h.entry.type != "RETREAT" or h.entry.mode != "withdraw":
        return False
    lo, hi = punctuation_clause(toks, h.first, h.last)
    clause = " ".join(t.lower for t in toks[lo:hi + 1])
    return any(w in clause for w in _MONEY) and not any(w in clause for w in (
        "truppe", "soldat", "troop", "soldier", "forces", "botschafter", "ambassador", "personal", "staff"))


# What one distances oneself from that is no party and no act: values and principles.
_VALUES_DE = {"werten", "werte", "prinzipien", "idealen", "ideale", "grundsätzen", "grundwerten", "normen",
              "traditionen", "tradition", "demokratie", "moderne"}


def values_distanced_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"zwei Staaten, die sich zunehmend von westlichen Werten und demokratischen Prinzipien distanzieren": a
    stance toward values, not a rejection PLOVER codes ("distanzierte sich von den Äußerungen" stays REJECT)."""
    if toks[h.head].lemma != "distanzieren":
        return False
    return any(t.lower in _VALUES_DE for t in toks[max(0, h.head - 6):h.head + 7])


_CASUALTIES_DE = ("opfer", "todesopfer", "tote", "toten", "menschenleben", "leben", "verletzte", "verletzten")


def toll_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """German "fordern" with casualties as its object counts a disaster's toll, no demand: "hätte das Feuer noch
    mehr Todesopfer gefordert", "Der Anschlag forderte 40 Tote", "forderte zahlreiche Menschenleben"."""
    if h.first != h.last or toks[h.head].lemma != "fordern":
        return False
    lo, hi = punctuation_clause(toks, h.head)
    return any(t.lower in _CASUALTIES_DE for t in toks[max(lo, h.head - 6):min(hi + 1, h.head + 6)])


_SEIN_DE = {"sein", "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bin", "bist", "gewesen"}


# Deaths in a disaster or an accident are no one's attack (PLOVER codes no natural or accidental event): "Das
# Unwetter forderte drei Todesopfer", "Bei dem Erdbeben kamen 40 Menschen ums Leben", "The storm killed three
# people". Only where no attack is named in the sentence ("Der Anschlag forderte 40 Tote" stays an ASSAULT).
_CASUALTY_WORDS = {"tote", "toten", "todesopfer", "opfer", "leben", "starben", "sterben", "gestorben", "stirbt",
                   "tötet", "töten", "tötete", "getötet",
                   "killed", "kill", "kills", "dead", "died", "die", "dies", "death", "deaths"}
_TOLL_WORDS = _CASUALTY_WORDS | {"ums", "kamen", "kam", "the", "a"}      # "kamen ... ums Leben"
# German disasters anywhere in a word (compounds: "Verkehrsunfall", "Sturmflut"), English ones at its start
_DISASTERS_DE = ("unwetter", "orkan", "erdbeben", "unfall", "unglück", "lawine", "hochwasser", "flut", "überschwemm",
                 "hitzewelle", "dürre", "waldbrand", "tornado", "hurrikan", "taifun", "zyklon", "tsunami", "erdrutsch",
                 "vulkan", "absturz", "epidemie", "pandemie", "virus", "viren", "seuche", "krankheit", "grippe")
_DISASTERS_EN = ("storm", "hurricane", "typhoon", "cyclone", "earthquake", "quake", "flood", "landslide", "avalanche",
                 "heatwave", "wildfire", "accident", "crash", "derail", "epidemic", "pandemic", "virus", "disease",
                 "outbreak", "flu")
_ATTACKS = ("anschlag", "angriff", "attent", "bomb", "schuss", "schüss", "erschoss", "erstoch", "ermord", "mord",
            "attack", "shoot", "shot", "gunm", "militant", "rebel", "terror", "stab", "murder", "strike", "raid")


def disaster_toll(toks: list[Token], h: lexicon.Hit) -> bool:
    if h.entry.type != "ASSAULT" or not all(toks[k].lower in _TOLL_WORDS for k in range(h.first, h.last + 1)):
        return False
    low = [t.lower for t in toks]
    return any(w.startswith(_DISASTERS_EN) or any(d in w for d in _DISASTERS_DE) for w in low) \
        and not any(a in w for w in low for a in _ATTACKS)


# A wound reported in the passive or as a state in a sentence that names an accident and no one who caused it ("Ein
# Bauarbeiter ist während Abrissarbeiten verschüttet und dabei schwer verletzt worden", "ist ... mit seinem Auto gegen
# einen Baum gefahren und dabei schwer verletzt worden", dev10; "von einem Auto erfasst und lebensgefährlich verletzt",
# dev9): no attack (as disaster_toll for deaths). Where the sentence names an attack, a weapon, a fight or an armed or
# ordering force, the wound stays the attack's; a count of wounded with no cause at all stays too ("Nach Angaben Ibrahims
# wurden 45 Mitglieder seiner Gemeinde verletzt", dev8: the article's attack).
_WOUNDS_DE = {"verletzt", "verletzte", "verletzten", "schwerverletzt", "schwerverletzte", "leichtverletzt"}
_PASSIVE_DE = {"wurde", "wurden", "worden", "wird", "werden", "ist", "sind", "sei", "seien", "war", "waren", "wären"}
_CAUSES_DE = _ATTACKS + ("täter", "angreif", "messer", "waffe", "geschlagen", "schlug", "prügel", "schläger", "tritt",
                         "getreten", "faust", "überfall", "überfiel", "explo", "spreng", "rakete", "granat", "kampf",
                         "kämpf", "gefecht", "polizist", "soldat", "demonstrant", "randal", "krawall", "miliz",
                         "armee", "truppe", "rebell", "gewalt", "attackier", "schüsse", "gerast", "raste")


_ACCIDENTS_DE = ("unfall", "unglück", "verschütt", "gestürzt", "stürzte", "absturz", "abgestürzt", "baustelle",
                 "bauarbeit", "abrissarbeit", "erfasst", "zusammenstoß", "zusammengestoßen", "brand", "gekentert",
                 "ertrunken", "ertrinken", "bergunfall")


def wound_without_cause_de(toks: list[Token], h: lexicon.Hit) -> bool:
    if h.entry.type == "AID" and toks[h.head].lower == "gerettet":
        # "Ein Kajakfahrer ist ... gerettet worden, nachdem er bei starkem Wind gekentert war" (dev10): a rescue from an
        # accident is no aid to a party (a hostage freed stays: no accident is named there)
        return _accident_de(toks)
    if h.entry.type != "ASSAULT" or h.first != h.last or toks[h.head].lower not in _WOUNDS_DE:
        return False
    lo, hi = punctuation_clause(toks, h.head)
    if not any(t.lower in _PASSIVE_DE for t in toks[lo:hi + 1]) \
            or any(t.lower in ("hat", "haben", "hatte", "hatten") for t in toks[lo:h.head]):
        return False     # "Ein Mann hat einen Polizisten verletzt": someone wounded someone
    return _accident_de(toks)


def _accident_de(toks: list[Token]) -> bool:
    """The sentence names an accident (a vehicle, "Unfall", "verschüttet", ...) and no attack, weapon or force."""
    words = [t.lower for t in toks]
    return any(any(a in w for a in _ACCIDENTS_DE) or vehicle_de(w.rsplit("-", 1)[-1]) for w in words) \
        and not any(any(c in w for c in _CAUSES_DE) for w in words)


def dependent_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """"auf Genf als Standort angewiesen seien", "ist auf Hilfe angewiesen": "angewiesen sein auf" is to depend
    on, not to be ordered ("wurde angewiesen, ... zu" stays an order)."""
    if h.first != h.last or toks[h.head].lower != "angewiesen":
        return False
    lo, hi = punctuation_clause(toks, h.head)
    clause = {t.lower for t in toks[lo:min(hi + 1, h.head + 3)]}     # "ist auf Zulieferer aus China angewiesen"
    return "auf" in {t.lower for t in toks[lo:h.head]} and bool(clause & _SEIN_DE)


_COURTS_DE = ("gericht", "richter", "tribunal", "kammer", "senat", "schwurgericht", "geschworen", "bverfg", "bgh",
              "igh", "eugh", "egmr")


def unjudged_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """German "urteilen" is a verdict (SANCTION convict: "urteilte das Gericht in Den Haag", "urteilte ein Londoner
    Gericht, dass ...") only where a court judges; anyone else "urteilt" as a judgement in words ("Claudia Mo
    urteilte, dass Hongkong ...")."""
    if h.first != h.last or toks[h.head].lemma != "urteilen":
        return False
    after = [t.lower for t in toks[h.head + 1:h.head + 7]]
    if "über" in after and any(w.startswith(_MATTERS_DE) or w.endswith(_MATTERS_DE) for w in after):
        return True      # "urteilte über die Klage": a ruling on a matter, no verdict on a person
    return not any(any(c in t.lower for c in _COURTS_DE) for t in toks)


# What a court rules on that is no person: a lawsuit, a complaint, a motion, a question.
_MATTERS_DE = ("klage", "beschwerde", "antrag", "anträge", "frage", "berufung", "revision", "eilantrag", "gesetz")


# What one keeps to ("festhalten an"): a plan, a course, a demand, a criticism; no place where someone is held.
_KEPT_TO_DE = ("plan", "pläne", "kritik", "forderung", "position", "kurs", "entscheidung", "ziel", "vorhaben", "linie",
               "haltung", "politik", "reform", "termin", "absicht", "strategie", "konzept", "standpunkt", "praxis",
               "vereinbarung", "vertrag", "projekt", "idee", "prinzip", "grundsatz", "auffassung", "meinung", "ansicht",
               "darstellung", "version", "aussage", "angebot", "kandidatur", "programm", "regel", "gesetz", "verbot",
               "modell", "beschluss", "vorwurf", "vorwürf", "tradition", "koalition", "bündnis", "zusage", "sparkurs",
               "abbau", "ausbau", "verkauf", "einführung", "erhöhung", "atomprogramm", "sanktion", "amt", "macht")
_AN_DE = {"an", "am"}


def kept_to_de(toks: list[Token], h: lexicon.Hit) -> bool:
    """German "festhalten an" is to keep to something ("hält die Deutsche Bank am Plan ... fest", "hielt an der Kritik
    fest", "hält daran fest"), and "hält fest, dass" records a finding; neither detains anyone ("wurde am Flughafen
    festgehalten", "hält die Geiseln fest" stay COERCE arrest)."""
    if toks[h.head].lemma not in ("halten", "festhalten") and not toks[h.head].lower.startswith(("festh", "festgeh")):
        return False
    lo, hi = punctuation_clause(toks, h.head)
    end = max(h.last, h.head)
    if end + 1 < len(toks) and (toks[end + 1].lower == "dass" or toks[end + 1].text == ","
                                and end + 2 < len(toks) and toks[end + 2].lower == "dass"):
        return True
    for k in range(lo, hi + 1):
        if toks[k].lower == "daran":
            return True
        if toks[k].lower in _AN_DE:
            nxt = [t.lower for t in toks[k + 1:min(hi + 1, k + 5)]]
            if any(w.startswith(_KEPT_TO_DE) for w in nxt[:3]):
                return True
    return False
