"""Clauses of a sentence: its comma segments, zu-infinitive clauses, and the clauses that say what else is
true (subordinate, fronted, background, participle modifiers) rather than what the sentence reports."""
from __future__ import annotations

from . import lexicon
from .shared import AGENT_PREP, DETERMINERS_EN, FRAMES, NONE, PLACE_PREP, PRONOUN_SUBJECTS_EN, RECIPIENT_PREP
from .tokens import Token


BACKGROUND = {"nach", "seit", "after", "following", "since", "wegen", "trotz", "angesichts", "aufgrund", "infolge",
              "despite", "amid", "amidst", "during", "während", "angst", "furcht",
              # English topics: "talking with Chinese officials about the threat posed by North Korea", "warned
              # about the attacks": what is talked about is no act of the sentence
              "about",
              # a condition: "Im Falle einer Verurteilung droht dem 66-Jährigen die Todesstrafe" (dev8): what would
              # come of it is the sentence's event
              "falle"}
# Clause breaks; parentheses and quotation marks are not: "(FDP)", "(APEC)" are appositions and
# „Beitrittskandidatenstatus“ a quoted word inside a clause (direct speech comes with its comma or colon).
BREAKS = {",", ";", ":", "–", "—"}
# A subordinate clause opened by a relative pronoun or a temporal/causal conjunction ("whom they had
# taken hostage", ", die ... entführt hatten") says what else is true of a party, not what the sentence reports.
SUBORDINATE = {"en": {"who", "whom", "which", "whose", "where", "when", "while", "because", "although", "as"},
               "de": {"der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche", "welcher", "welches",
                      "als", "nachdem", "weil", "während", "obwohl", "wo", "wobei", "wonach",
                      # a free relative or an indirect question (dev6: "..., wer sich hier nach einer gescheiterten
                      # Politkarriere in den Universitätsbetrieb zurückzieht", "..., ob ...")
                      "wer", "ob",
                      # relative adverbs of consequence (dev10: "plädierte ... auf schuldig, weswegen ihm eine weitere
                      # Haftstrafe droht")
                      "weswegen", "weshalb", "wodurch", "womit"}}
# German noun phrases put a coordinated noun between the preposition and the trigger:
# "nach einer Besetzung und Geiselnahme".
BACKGROUND_SPAN = {"en": 4, "de": 5}
# English words that open a clause inside a comma segment: the subject after the last one before the
# trigger is the trigger's subject ("CNS reported Monday that the U.S. had accepted ...", "North Korea topped
# the agenda when Obama met with Xi").
CLAUSE_OPENERS_EN = {"that", "when", "while", "whether", "because", "although", "though", "once", "unless", "if",
                     "whereas", "where"}
# A fronted adverbial clause ("When Trump launched his campaign ..., his critics denounced him") says when or
# why; its parties do not act in the main clause.
FRONTED_EN = {"when", "if", "after", "although", "though", "while", "because", "once", "as", "since", "before",
              "unless", "whereas", "whenever", "until", "following", "despite", "amid", "during"}


def segments(toks: list[Token]) -> list[tuple[int, int]]:
    out, lo = [], 0
    for i, t in enumerate(toks):
        if t.text in BREAKS and not thousands_comma(toks, i) and not adjective_comma_de(toks, i):
            if i > lo:
                out.append((lo, i))
            lo = i + 1
    if lo < len(toks):
        out.append((lo, len(toks)))
    return out or [(0, len(toks))]


def thousands_comma(toks: list[Token], i: int) -> bool:
    """"25,000": a comma between digits with no space is part of a number, not a clause break."""
    return (toks[i].text == "," and 0 < i < len(toks) - 1 and toks[i - 1].end == toks[i].start
            and toks[i + 1].start == toks[i].end and toks[i - 1].text[-1:].isdigit() and toks[i + 1].text[:1].isdigit())


# German words that open a noun phrase before its attributive adjectives ("mindestens 42.000 unschuldige, völlig
# unbewaffnete Demonstranten"): articles, possessives, quantifiers (a number counts too)
_NP_OPENERS_DE = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein",
                  "keine", "keinen", "keinem", "keiner", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
                  "ihren", "ihrem", "ihrer", "unser", "unsere", "unseren", "viele", "vielen", "zahlreiche",
                  "zahlreichen", "mehrere", "mehreren", "einige", "einigen", "alle", "allen", "hunderte", "tausende",
                  "dutzende", "mindestens", "rund", "etwa", "über", "fast", "beide", "beiden", "weitere", "weiteren"}
_ADJECTIVE_ENDS_DE = ("e", "en", "er", "es", "em")
_ADVERBS_BEFORE_ADJECTIVE_DE = {"völlig", "sehr", "teils", "meist", "oft", "zum", "teil", "schwer", "leicht", "hoch",
                                "besonders", "weitgehend", "größtenteils", "komplett", "ganz", "friedlich"}


def adjective_comma_de(toks: list[Token], i: int) -> bool:
    """A German comma between two attributive adjectives of one noun ("mindestens 42.000 unschuldige, völlig
    unbewaffnete Demonstranten") is no clause break: the adjective before it follows an article, a quantifier or a
    number, and after it come at most two adverbs, an inflected adjective and the capitalised noun."""
    if toks[i].text != "," or i < 2 or i + 2 >= len(toks):
        return False
    adj = toks[i - 1]
    if not (adj.text.isalpha() and adj.text[:1].islower() and adj.lower.endswith(_ADJECTIVE_ENDS_DE)
            and adj.lemma != adj.lower):
        return False
    before = toks[i - 2]
    if not (before.lower in _NP_OPENERS_DE or before.text[:1].isdigit()):
        return False
    j = i + 1
    while j < len(toks) - 1 and toks[j].lower in _ADVERBS_BEFORE_ADJECTIVE_DE and j < i + 3:
        j += 1
    nxt = toks[j]
    return (j + 1 < len(toks) and nxt.text.isalpha() and nxt.text[:1].islower() and nxt.lower.endswith(_ADJECTIVE_ENDS_DE)
            and toks[j + 1].text[:1].isupper())


def segment_of(segs: list[tuple[int, int]], i: int) -> tuple[int, int]:
    for s in segs:
        if s[0] <= i < s[1]:
            return s
    return (0, 0)


_ZU_PARTICLES = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "mit", "nach", "vor", "weg", "zurück",
                 "zusammen", "los", "hin", "her", "um", "durch", "wieder", "entgegen", "fort", "statt", "teil")


def punctuation_clause(toks: list[Token], i: int, j: int | None = None) -> tuple[int, int]:
    """The first and last token of the stretch around tokens i..j (j: i when not given) that no
    punctuation mark interrupts."""
    lo, hi = i, i if j is None else j
    while lo > 0 and toks[lo - 1].text not in (",", ".", ";", ":", "?", "!"):
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].text not in (",", ".", ";", ":", "?", "!"):
        hi += 1
    return lo, hi


def zu_clause_de(toks: list[Token], f: lexicon.Hit, h: lexicon.Hit) -> bool:
    """h ends the zu-infinitive clause that follows the frame's clause ("hat sich bereit erklärt, zugunsten des
    FDP-Vorsitzenden ... auf das Amt zu verzichten"): one comma right after the frame, none after it before h."""
    commas = [k for k in range(f.last + 1, h.first) if toks[k].text in (",", ";", ":")]
    if len(commas) != 1 or commas[0] > f.last + 3:
        return False
    return zu_infinitive(toks[h.head]) or toks[h.head - 1].lower == "zu"


def in_zu_clause_de(toks: list[Token], f: lexicon.Hit, h: lexicon.Hit) -> bool:
    """h stands inside the zu-infinitive clause right after the frame ("werden beschuldigt, im Februar an einem
    Selbstmordanschlag beteiligt gewesen zu sein"): one comma right after the frame, and a "zu" with its
    infinitive after h before the clause ends."""
    commas = [k for k in range(f.last + 1, h.first) if toks[k].text in (",", ";", ":")]
    if len(commas) != 1 or commas[0] > f.last + 3:
        return False
    for k in range(h.last + 1, len(toks) - 1):
        if toks[k].text in BREAKS:
            return False
        if toks[k].lower == "zu" and toks[k + 1].text[:1].islower():
            return True
    return False


def zu_infinitive(tok: Token) -> bool:
    """A German zu-infinitive of a separable verb written as one word ("anzugreifen", "zurückzutreten",
    "freizulassen"): particle + "zu" + infinitive."""
    low = tok.lower
    return low.endswith("en") and any(low.startswith(p + "zu") and len(low) > len(p) + 4 for p in _ZU_PARTICLES)


_NOT_NOUN_BEFORE = {"is", "are", "was", "were", "be", "been", "am", "'s", "’s", "'re", "keep", "keeps", "kept",
                    "start", "started", "stop", "stopped", "begin", "began", "continue", "continued", "and", "or",
                    "by", "of", "for", "in", "on", "to", "without", "after", "before", "while", "from", "about",
                    "with", "at", "against", "into", "not", "also", "still", "now"}


# Nouns of what is said or published: a speech act in an -ing participle after them is their content
SPEECH_CARRIERS_EN = {"statement", "statements", "letter", "letters", "resolution", "communique", "communiqué",
                      "report", "ad", "ads", "advertisement", "video", "tweet", "tweets", "post", "message", "speech",
                      "op-ed", "editorial", "declaration", "note", "memo", "press release", "motion", "petition"}
_PARTICIPLE_NEXT = {"in", "against", "for", "with", "on", "to", "alongside", "across", "inside"}


def participle_modifier(toks: list[Token], h: lexicon.Hit) -> bool:
    """English -ing participle right after a noun, with no auxiliary: a modifier ("the global coalition
    fighting the Islamic State", "Kurdish fighters battling IS"), which says what a party does, not what
    the sentence reports."""
    if h.head != h.first or h.head < 2 or not toks[h.head].lower.endswith("ing"):
        return False
    prev = toks[h.head - 1]
    if not prev.text.isalpha() or prev.lower in _NOT_NOUN_BEFORE or prev.lower.endswith(("ly", "ed", "ing")):
        return False
    if toks[0].start == prev.start:
        return False     # a headline "Russia fighting ..."
    if prev.lower in SPEECH_CARRIERS_EN and h.entry.type in FRAMES:
        return False     # "issued a statement calling the test a clear violation", "an ad calling it dangerous":
        #                  what the statement says is the act the sentence reports
    nxt = toks[h.head + 1] if h.head + 1 < len(toks) else None
    if nxt is None or not (nxt.lower in DETERMINERS_EN or nxt.lower in _PARTICIPLE_NEXT or nxt.text[:1].isupper()):
        return False     # "Bangladeshi peacekeeping troops": the -ing word modifies the noun after it
    return prev.text[:1].isupper() or prev.lemma == prev.lower or prev.lower.endswith("s")
_PERFECT_EN = {"had", "has", "have", "'d"}
_NOT_NOUN_EN = {"said", "says", "say", "told", "tells", "announced", "claimed", "claims", "reported", "reports",
                "added", "adds", "stated", "states", "confirmed", "denied", "admitted", "warned", "believed",
                "believes", "thinks", "thought", "hoped", "feared", "fears", "insisted", "insists", "argued", "knew",
                "know", "knows", "that", "which", "who", "what", "when", "where", "as", "and", "or", "but", "if",
                "because", "than", "so", "then", "there", "here"}
_AFTER_RELATIVE = {"last", "earlier", "by", "from", "in", "during", "on", "at", "after", "since", "under", "with",
                   "before", "into", "over", "near"}


def relative_participle(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit, hits: list[lexicon.Hit]) -> bool:
    """English participle of a relative clause without a relative pronoun, after the noun it tells about:
    "the archives it had seized during the war" (a contact clause) or, once the clause has an act before it,
    "will return weapons and equipment seized last year from ..." (a reduced passive). It says what happened
    to the thing, not what the sentence reports."""
    i = h.head
    if h.first != i or i < 2 or not toks[i].lower.endswith(("ed", "en")) or toks[i].lemma == toks[i].lower:
        return False
    k = i - 1
    if toks[k].lower in _PERFECT_EN:
        k -= 1
    if toks[k].lower in PRONOUN_SUBJECTS_EN and k >= 2:
        noun = toks[k - 1]
        return (noun.text.isalpha() and noun.lower not in _NOT_NOUN_EN and noun.lower not in _NOT_NOUN_BEFORE
                and not noun.lower.endswith(("ed", "ly")) and noun.lower not in PRONOUN_SUBJECTS_EN
                and any(toks[j].lower in DETERMINERS_EN or toks[j].text[:1].isdigit()
                        for j in range(max(seg[0], k - 5), k - 1)))
    if k != i - 1:
        return False     # "weapons they had seized" is above; "the army had seized" is a main clause
    noun = toks[k]
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if (not noun.text.isalpha() or noun.text[:1].isupper() or noun.lower in _NOT_NOUN_EN
            or noun.lower in _NOT_NOUN_BEFORE or noun.lower in PRONOUN_SUBJECTS_EN
            or noun.lower.endswith(("ed", "ly", "ing")) or nxt not in _AFTER_RELATIVE):
        return False
    # an act earlier in the clause is its main verb: the participle after its object is a modifier
    return any(o.entry.type != NONE and seg[0] <= o.first and o.last < k for o in hits)


def topic_of_speech(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit, hits: list[lexicon.Hit]) -> bool:
    """A noun after "over/about" that follows a speech act or protest in its clause is what it is about
    ("protested to Japan over the detention of its boat", "complained about the arrests")."""
    i = h.head
    if h.first != h.last or toks[i].lemma != toks[i].lower and not toks[i].lower.endswith("s"):
        return False
    at = next((k for k in range(i - 1, max(seg[0], i - 4) - 1, -1) if toks[k].lower in ("over", "about")), None)
    if at is None or any(t.text in BREAKS for t in toks[at:i]):
        return False
    return any(o.entry.type in FRAMES | {"PROTEST"} and seg[0] <= o.first and o.last < at for o in hits)


_GUARD_EN = {"defend", "protect", "shield", "guard", "safeguard"}


def guarded_against(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit) -> bool:
    """"defended Iraq against Western criticism", "protect civilians from attacks": what someone is
    defended against names no act of its own."""
    i = h.head
    lo = max(seg[0], i - 3)
    at = next((k for k in range(i - 1, lo - 1, -1) if toks[k].lower in ("against", "from")), None)
    if at is None:
        return False
    return any(toks[k].lemma in _GUARD_EN or toks[k].lower in _GUARD_EN for k in range(max(seg[0], at - 8), at))


def background(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit, lang: str) -> bool:
    """A noun trigger after "nach/seit/after" in its own clause names what came before, not the event."""
    if lang == "de" and not toks[h.head].text[:1].isupper():
        return False
    lo = max(seg[0], h.head - BACKGROUND_SPAN.get(lang, 3))
    # "in the wake of the Paris attacks": what came before, like "after"
    return any(toks[k].lower in BACKGROUND or (lang == "en" and toks[k].lower == "of" and k > 0
                                                and toks[k - 1].lower in ("wake", "ahead"))
               or (lang == "en" and toks[k].lower in ("against", "at", "over") and k > 1
                   and toks[k - 1].lower == "protest" and toks[k - 2].lower == "in")
               # "würdigte ihn für seinen Einsatz als Soldat", "kritisierte sie für ihre Angriffe": the reason
               or (lang == "de" and toks[k].lower == "für" and toks[k + 1].lower.startswith(("sein", "ihr")))
               for k in range(lo, h.head))


_QUANTIFIERS_EN = {"both", "all", "some", "many", "most", "none", "one", "two", "three", "several", "each", "neither",
                   "either", "few", "half", "any"}
_DATED_DET_EN = {"the", "a", "an", "its", "his", "her", "their", "'s", "’s"}


def dated_noun_en(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit) -> bool:
    """An English noun trigger dated by its year in a noun phrase ("over her handling of the 2012 terrorist attack in
    Benghazi", "the fatal 2012 terrorist attack", "Russia's 2014 annexation"): a past event the sentence refers to,
    background like "after the attack" (news-dev4, 2026-11-27)."""
    if ".." in h.entry.parts or not toks[h.last].text[:1].islower():
        return False
    for k in range(max(seg[0] + 1, h.first - 3), h.first):
        w = toks[k].text
        if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") \
                and all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:h.first]):
            return any(t.lower in _DATED_DET_EN for t in toks[max(seg[0], k - 2):k])
    return False


def subordinate(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit, lang: str) -> bool:
    """The trigger stands in a relative or adverbial clause that follows a comma ("..., whom they had
    taken hostage", "..., die Russland angegriffen hatte")."""
    if seg[0] == 0 or seg[0] >= h.first:
        return False
    words = SUBORDINATE.get(lang, set())
    first = toks[seg[0]]
    nxt = toks[seg[0] + 1] if seg[0] + 1 < len(toks) else None
    # "..., both of whom opposed the deal": a quantifier with "of whom/which" opens the relative clause (English)
    if lang == "en" and nxt is not None and nxt.lower == "of" and seg[0] + 2 < len(toks) \
            and toks[seg[0] + 2].lower in ("whom", "which") and first.lower in _QUANTIFIERS_EN:
        return True
    # "..., in dem", "..., with whom": a preposition may open the relative clause
    if first.lower in words or (nxt is not None and nxt.lower in words and nxt.lower not in ("as", "als")
                                and first.lower in PLACE_PREP | RECIPIENT_PREP | AGENT_PREP):
        return True
    # German: a zu-infinitive clause after a subordinate clause belongs to it ("..., weil sie Epstein geholfen hatte,
    # minderjährige Mädchen zu misshandeln", dev7)
    if lang == "de" and _zu_clause_de(toks, seg) and seg[0] >= 2 and toks[seg[0] - 1].text == ",":
        lo = seg[0] - 2
        while lo > 0 and toks[lo - 1].text not in BREAKS:
            lo -= 1
        return lo > 0 and toks[lo].lower in words and toks[lo].lower not in ("der", "die", "das", "dem", "den")
    return False


def _zu_clause_de(toks: list[Token], seg: tuple[int, int]) -> bool:
    """The segment is a German zu-infinitive clause: "zu" and a lower-case infinitive end it."""
    end = seg[1] - 1
    while end > seg[0] and not toks[end].text[:1].isalnum():
        end -= 1
    return end > seg[0] and toks[end].text[:1].islower() and (zu_infinitive(toks[end]) or (
        toks[end - 1].lower == "zu" and toks[end].lower.endswith(("en", "ern", "eln"))))
FRONTED_DE = {"nachdem", "weil", "obwohl", "obgleich", "wenn", "falls", "bevor", "sobald", "seitdem", "als"}
_DA_CLAUSE_DE = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "beide", "er", "sie", "es", "wir",
                 "man", "kein", "keine", "viele", "diese", "dieser", "dies"}


def fronted_de(toks: list[Token], segs: list[tuple[int, int]], seg: tuple[int, int]) -> bool:
    """"Nachdem die Regierung den Insassen mehr Essen zur Verfügung gestellt hatte, wurde der Direktor
    freigelassen": a fronted adverbial clause (up to its comma) is background to the main clause after it ("Als
    Reaktion auf" is no clause: "als" opens one only before a lower-case word). A zu-infinitive clause right after
    it belongs to it ("Nachdem er angedeutet hatte, ein knappes Ergebnis nicht anzuerkennen, gratulierte Kast ...",
    dev9)."""
    if len(segs) > 2 and seg == segs[1] and _zu_clause_de(toks, seg):
        seg = segs[0]
    if seg[0] != 0 or len(segs) < 2 or len(toks) < 2:
        return False
    if toks[0].lower == "da":
        # "Da beide Versammlungen nicht angemeldet waren, löste sie die Polizei auf" (not the adverb: "Da kam es zu ...")
        return toks[1].lower in _DA_CLAUSE_DE
    if toks[0].lower not in FRONTED_DE:
        return False
    return toks[0].lower != "als" or toks[1].text[:1].islower()
