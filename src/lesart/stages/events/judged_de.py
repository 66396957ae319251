"""German judgements put in a speaker's mouth without a verb of criticism (dev6, 2026-11-28): "Der Umgang der
Politik mit dem Thema sei völlig unangemessen, so Precht", "Dies ist der Beginn einer „neuen Stufe der
Unterdrückung“, so die Frauenrechtlerin Blandón", "Er finde es verwunderlich, dass Lucke nicht eher ...". A clearly
negative predicate on a party or its conduct, tagged with its speaker, is that speaker's criticism (CAMEO 111,
PLOVER ACCUSE disapprove), as English "“He's a hater,” Trump said" (valence.reported_predications). Only negative
judgements count: "sei wichtig, so X" praises no one; a state of affairs ("Die Lage sei ernst, sagte er") judges no
party."""
from __future__ import annotations

from . import demands_de, lexicon, valence
from .tokens import Token

COPULA_DE = {"sei", "seien", "ist", "sind", "war", "waren", "wäre", "wären"}
# speech verbs that tag a reported clause after its comma ("..., sagte Dolzer", "..., so Precht")
TAG_VERBS_DE = {"so", "sagte", "sagt", "sagten", "erklärte", "erklärt", "meinte", "meint", "betonte", "betont",
                "schrieb", "schreibt", "urteilte", "urteilt", "befand", "befindet", "fand", "findet", "sagen"}
_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "sein", "seine", "ihr",
                "ihre"}
# what is judged must be a party or its conduct (the subject's head noun, or a part of a compound: "Regierungskurs"),
# not a state of affairs, a number or the weather
_CONDUCT = ("umgang", "vorgehen", "verhalten", "politik", "entscheidung", "reaktion", "äußerung", "haltung", "kurs",
            "gesetz", "vorschlag", "vorstoß", "aktion", "maßnahme", "regierung", "partei", "führung", "behörde",
            "ministerium", "minister", "präsident", "kanzler", "forderung", "vorwurf", "kritik", "angriff", "anschlag",
            "einsatz", "beschluss", "urteil", "verbot", "methode", "praxis", "strategie", "antwort", "auftritt",
            "rede", "aussage", "ankündigung", "ermordung", "politiker", "konzern", "verband", "opposition", "armee", "polizei",
            "justiz", "gericht", "staat", "land", "verwaltung", "kommission", "vorstand", "management", "spitze")
_DEMONSTRATIVES = {"dieser", "diese", "dieses", "diesen", "diesem", "jener", "jene", "jenes"}
_SUBJECT_PRONOUNS = {"er", "sie", "dies", "das", "dieser", "diese", "dieses"}
# verbs of conduct judged by their manner like a copula by its predicate ("handelt ... zu langsam")
CONDUCT_VERBS_DE = {"handeln", "agieren", "reagieren", "vorgehen"}
THRESHOLD = -0.2      # clearly negative: a single weakly negative word ("nicht einfach") does not judge


def _tag(toks: list[Token], k: int) -> bool:
    """toks[k] is a comma (after an optional closing quote) that a speaker tag follows."""
    if toks[k].text != "," or k + 2 >= len(toks):
        return False
    nxt, after = toks[k + 1], toks[k + 2]
    if nxt.lower == "so":
        return after.text[:1].isupper() or after.lower in _DETERMINERS
    return nxt.lower in TAG_VERBS_DE and nxt.text[:1].islower() and after.text[:1].isalpha()


def _judged_subject(subject: list[Token]) -> str | None:
    """What the words before the copula are: "pronoun" ("Das ist eine Manipulation", "Dies ist der Beginn einer
    „neuen Stufe der Unterdrückung“"), "conduct" (a noun phrase, opened by its article, whose head is a party or its
    conduct: "Der Umgang der Politik mit dem Thema"), or None (an adverb, a preposition, "es", a state of affairs:
    "Generell sei die Informationslücke ...", "Für den Kremlchef war ...", "Die richtige Raumtemperatur ist ...")."""
    words = [t for t in subject if t.text[:1].isalpha()]
    if not words:
        return None
    if len(words) == 1 and words[0].lower in _SUBJECT_PRONOUNS:
        return "pronoun"
    if words[0].lower not in _DETERMINERS | _DEMONSTRATIVES and not _possessor(words):
        return None
    head = next((t for t in words[1:] if t.text[:1].isupper()), None)
    return "conduct" if head is not None and any(c in head.lower for c in _CONDUCT) else None


def _possessor(words: list[Token]) -> bool:
    """A name in the genitive in place of the article ("Putins Angriff auf die Ukraine", "Russlands Vorgehen"): a
    capitalised word in -s right before the capitalised head noun."""
    return len(words) > 1 and words[0].text[:1].isupper() and words[0].lower.endswith("s") \
        and len(words[0].text) > 3 and words[1].text[:1].isupper()


def _negative_word(toks: list[Token], lo: int, hi: int, noun: bool = False) -> bool:
    """A word of the predicate is negative itself: a negator flipping a neutral or positive word ("keine Genehmigung
    nötig") judges no one. After a bare pronoun only a negative noun judges ("eine Manipulation", "Terrorakte"; not
    "bedauerliche Einzelfälle", which plays a fault down)."""
    return any(valence.polarity(t.lower, t.lemma, "de") <= THRESHOLD for t in toks[lo:hi]
               if t.text[:1].isalpha() and (not noun or t.text[:1].isupper()))


def _quote_start(toks: list[Token], k: int) -> int | None:
    """Direct speech before the tag ("„Die Bundesregierung handelt ... zu langsam, zu unklar und zu unentschlossen“,
    sagt Asar"): the quotation, opened at the sentence's start, is the reported clause, commas and all; so is the last
    sentence of a quotation opened in an earlier one ("Das sind Terroristen und Menschen, die andere in Angst und
    Schrecken versetzen wollen“, sagte Gabriel", dev8: a closing mark and no other mark before it)."""
    if k < 2 or toks[k - 1].text not in valence.CLOSE_QUOTES:
        return None
    inside = toks[1:k - 1] if toks[0].text in valence.OPEN_QUOTES else toks[:k - 1]
    return None if any(t.text in valence.OPEN_QUOTES | valence.CLOSE_QUOTES for t in inside) else 0


def _inverted_subject(toks: list[Token], start: int, c: int, k: int) -> tuple[str | None, int]:
    """One adverb before the copula and an article after it: the subject is the noun phrase after the copula (up to
    its first noun and that noun's "von"/genitive attribute's name), the predicate what follows; (kind, predicate
    start) as _judged_subject has it, or (None, c + 1)."""
    before = [t for t in toks[start:c] if t.text[:1].isalpha()]
    if len(before) != 1 or before[0].lower in _SUBJECT_PRONOUNS | {"es"} | _DETERMINERS \
            or c + 2 >= k or toks[c + 1].lower not in _DETERMINERS | _DEMONSTRATIVES:
        return None, c + 1
    head = next((j for j in range(c + 2, k) if toks[j].text[:1].isupper()), None)
    if head is None:
        return None, c + 1
    pred = head + 1
    while pred < k and (toks[pred].lower in ("von", "vom", "des", "der") or toks[pred].text[:1].isupper()):
        pred += 1       # "die Ankündigung von Herrn Buch", "das Vorgehen der Regierung"
    return _judged_subject(toks[c + 1:head + 1]), pred


def _predications(toks: list[Token]) -> list[lexicon.Hit]:
    out = []
    for k in range(1, len(toks)):
        if not _tag(toks, k):
            continue
        start = _quote_start(toks, k)
        if start is None:
            start = k
            while start > 0 and toks[start - 1].text not in lexicon.CLAUSE_BREAKS | {".", ";", ":", "!", "?"}:
                start -= 1
        c = next((j for j in range(start + 1, k) if toks[j].lower in COPULA_DE or toks[j].lemma in CONDUCT_VERBS_DE
                  and toks[j].text[:1].islower()), None)
        subject = _judged_subject(toks[start:c]) if c is not None else None
        pred = c + 1 if c is not None else None
        if subject is None and c is not None:
            # an adverb fronted before the copula ("Insofern ist die Ankündigung von Herrn Buch unnötig, sie wirkt
            # ...“, sagt X"): V2 puts the subject after the copula, the predicate after it
            subject, pred = _inverted_subject(toks, start, c, k)
        if subject is None:
            continue
        if valence._score(toks, pred, k, "de") > THRESHOLD \
                or not _negative_word(toks, pred, k, noun=subject == "pronoun"):
            continue
        out.append(lexicon.Hit(valence.ACCUSE, c, k + 1, k + 1))
    return out


SUBJUNCTIVE_COPULA_DE = {"sei", "seien"}


def _subjunctive(toks: list[Token]) -> list[lexicon.Hit]:
    """"Dieses Vorgehen sei falsch, diskriminierend und stigmatisierend, denn ...": the Konjunktiv I is German's mark
    of reported speech, so a sentence that opens on a party's conduct and its "sei/seien" with a clearly negative
    predicate reports someone's criticism even where the speaker was named a sentence before. Codes only where
    nothing else does (valence.JUDGED)."""
    start = 1 if toks and toks[0].text in valence.OPEN_QUOTES else 0
    c = next((j for j in range(start + 1, min(len(toks), start + 8)) if toks[j].lower in SUBJUNCTIVE_COPULA_DE), None)
    if c is None or any(t.text in lexicon.CLAUSE_BREAKS for t in toks[start:c]):
        return []
    subject = _judged_subject(toks[start:c])
    if subject is None:
        return []
    end = next((j for j in range(c + 1, len(toks)) if toks[j].text in lexicon.CLAUSE_BREAKS | {".", "!", "?"}),
               len(toks))
    if end == c + 1 or valence._score(toks, c + 1, end, "de") > THRESHOLD \
            or not _negative_word(toks, c + 1, end, noun=subject == "pronoun"):
        return []
    return [lexicon.Hit(valence.JUDGED, c, c, c)]


def _found(toks: list[Token]) -> list[lexicon.Hit]:
    """"Er finde es verwunderlich, dass ...", "findet es falsch, dass ...": a negative judgement of what the dass
    clause reports."""
    out = []
    for i, t in enumerate(toks[:-3]):
        if t.lemma != "finden" or not t.text[:1].islower():
            continue
        j = i + 1 + (toks[i + 1].lower in ("ich", "er", "sie", "wir", "man"))
        if toks[j].lower != "es":
            continue
        comma = next((m for m in range(j + 1, min(len(toks) - 1, j + 5)) if toks[m].text == ","), None)
        if comma is None or toks[comma + 1].lower != "dass":
            continue
        if valence._score(toks, j + 1, comma, "de") <= THRESHOLD and _negative_word(toks, j + 1, comma):
            out.append(lexicon.Hit(valence.ACCUSE, i, comma - 1, i))
    return out


# Opinion holders (dev..dev10, 2026-11-28): "Doch die Preise vieler Shops sind laut «Saldo» irreführend", "Nach
# Ansicht von Senator Dodd ... hat die Fed ... „auf ganzer Linie versagt“". A phrase that names whose view the
# clause states ("laut X", "X zufolge", "nach Ansicht/Meinung/Auffassung von X") and a clause that closes on a
# clearly negative judgement (German puts the predicate adjective or participle last) is the holder's criticism
# (CAMEO 111, PLOVER ACCUSE disapprove). Not a report of what happened ("Laut Polizei wurde der Mann schwer
# verletzt": a form of "werden" or a perfect with a word of fact, not of judgement), not a state of affairs
# ("Laut Experten ist die Lage gefährlich").
HOLDER_NOUNS_DE = {"ansicht", "meinung", "auffassung", "überzeugung", "urteil"}
_WERDEN = {"wird", "werden", "wurde", "wurden", "worden", "würde", "würden", "werde"}
_PERFECT = {"hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "sei", "seien"}
_STATES_DE = ("lage", "situation", "chance", "chancen", "risiko", "risiken", "aussicht", "aussichten", "prognose",
              "wetter", "stimmung", "gefahr", "zustand", "zahl", "zahlen", "wert", "werte")
# a comma before these opens another clause; other commas (an apposition: "Senator Dodd, Vorsitzender des
# Bankenausschusses, hat ...") stay inside the judged one
_NEXT_CLAUSE = {"dass", "weil", "da", "obwohl", "wenn", "denn", "aber", "doch", "sondern", "während", "nachdem", "und",
                "oder", "der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "wie", "so", "sagte",
                "sagt", "hieß", "heißt"}


def _holder(toks: list[Token], k: int) -> bool:
    """toks[k] opens (or, "zufolge", closes) a phrase naming whose view the clause states."""
    t = toks[k]
    if t.lower == "laut":        # the preposition, not the adjective ("zu laut", "laut wurde"): a name, article, quote
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is not None and (nxt.text[:1].isupper() or nxt.lower in _DETERMINERS
                                    or nxt.text in valence.OPEN_QUOTES | valence.CLOSE_QUOTES)   # «Saldo»
    if t.lower == "zufolge":
        return k > 1
    return t.lower in HOLDER_NOUNS_DE and t.text[:1].isupper() and k > 0 and toks[k - 1].lower == "nach"


def _held(toks: list[Token]) -> list[lexicon.Hit]:
    for k in range(len(toks) - 1):
        if not _holder(toks, k):
            continue
        start = k
        while start > 0 and toks[start - 1].text not in {".", ";", ":", "!", "?"} and not (
                toks[start - 1].text == "," and toks[start].lower in _NEXT_CLAUSE):
            start -= 1
        end = k + 1
        while end < len(toks) and toks[end].text not in {".", ";", ":", "!", "?"} and not (
                toks[end].text == "," and end + 1 < len(toks) and toks[end + 1].lower in _NEXT_CLAUSE):
            end += 1
        words = [t for t in toks[start:end] if t.text[:1].isalpha()]
        if len(words) < 4 or words[-1] is toks[k] or any(t.lower in _WERDEN for t in words):
            continue
        last = words[-1]
        judged = last.lower in valence.NEG_EXTRA["de"] or last.lemma in valence.NEG_EXTRA["de"]
        if not judged:
            if last.text[:1].isupper() or valence.polarity(last.lower, last.lemma, "de") > THRESHOLD:
                continue
            if last.lower.startswith("ge") and last.lower.endswith(("t", "en")) \
                    and any(t.lower in _PERFECT for t in words):
                continue     # "ist gestorben", "hat ... getötet": what happened, not a judgement
        if any(t.text[:1].isupper() and t.lower.endswith(_STATES_DE) for t in words):
            continue
        return [lexicon.Hit(valence.JUDGED, k, k, k)]
    return []


# An institution's statement quoted without its speaker's name (dev6, dev8 read-on): "„Grundlose Berichte über
# Nordkorea haben zuletzt unnötige Verwirrung ... gestiftet“, hieß es in einer Erklärung des Ministeriums", "... wird
# durch Vertuschung dieser Vorkommnisse ein Bärendienst erwiesen“ heißt es dazu in einer Pressemitteilung". A quotation
# that "heißt/hieß es" tags and that clearly judges (negative words outweigh the rest; one of them an adjective,
# adverb or a word of the judgement list, not only nouns of what happened: "Tote", "Verletzte") is the issuer's
# criticism. Codes only where nothing else does.
STATED_DE = {"heißt", "hieß"}
STATED_THRESHOLD = -0.6


def _stated(toks: list[Token]) -> list[lexicon.Hit]:
    for k in range(1, len(toks) - 1):
        if toks[k].lower not in STATED_DE or toks[k + 1].lower != "es":
            continue
        close = k - 2 if toks[k - 1].text == "," else k - 1
        if close < 1 or toks[close].text not in valence.CLOSE_QUOTES:
            continue
        opened = next((j for j in range(close - 1, -1, -1) if toks[j].text in valence.OPEN_QUOTES
                       and toks[j].text not in valence.CLOSE_QUOTES), None)
        lo = opened + 1 if opened is not None else 0
        if any(t.lower in ("wir", "uns", "ich") for t in toks[lo:close]):
            continue     # the issuer speaks of itself: regret, not criticism
        if valence._score(toks, lo, close, "de") > STATED_THRESHOLD:
            continue
        if not any(t.text[:1].isalpha() and (t.text[:1].islower() or t.lower in valence.NEG_EXTRA["de"])
                   and valence.polarity(t.lower, t.lemma, "de") <= -0.3 for t in toks[lo:close]):
            continue
        return [lexicon.Hit(valence.JUDGED, k, k, k)]
    return []


# The words find() asks a sentence's vocabulary about (scan.asked_words).
ASKED = frozenset(TAG_VERBS_DE | COPULA_DE | CONDUCT_VERBS_DE | HOLDER_NOUNS_DE | STATED_DE | {"es", "finden", "dass", "laut",
                                                                                   "zufolge"}) | demands_de.ASKED


def find(toks: list[Token], vocab: set[str] | frozenset[str] | None = None) -> list[lexicon.Hit]:
    if vocab is not None:
        # (``vocab``, the forms and lemmas, holds the forms and lemmas the tests below read): a tag after a copula
        # or a verb of conduct for _predications, "finde es ..., dass" for _found
        predicated = not TAG_VERBS_DE.isdisjoint(vocab) and not (COPULA_DE.isdisjoint(vocab)
                                                                 and CONDUCT_VERBS_DE.isdisjoint(vocab))
        found = "finden" in vocab and "es" in vocab and "dass" in vocab
        held = "laut" in vocab or "zufolge" in vocab or not HOLDER_NOUNS_DE.isdisjoint(vocab)
        judged = _predications(toks) if predicated else []
        if not judged and not SUBJUNCTIVE_COPULA_DE.isdisjoint(vocab):
            judged = _subjunctive(toks)
        if not judged and not STATED_DE.isdisjoint(vocab):
            judged = _stated(toks)
        return judged + (_found(toks) if found else []) + demands_de.find(toks, vocab) + (_held(toks) if held else [])
    low = {t.lower for t in toks}
    held = _held(toks) if "laut" in low or "zufolge" in low or not HOLDER_NOUNS_DE.isdisjoint(low) else []
    if not (low & TAG_VERBS_DE and (low & COPULA_DE or any(t.lemma in CONDUCT_VERBS_DE for t in toks))) \
            and "es" not in low and SUBJUNCTIVE_COPULA_DE.isdisjoint(low) and STATED_DE.isdisjoint(low):
        return demands_de.find(toks, low) + held     # most sentences: no copula with a tag, no "finde es"
    judged = _predications(toks)
    if not judged and not SUBJUNCTIVE_COPULA_DE.isdisjoint(low):
        judged = _subjunctive(toks)
    if not judged and not STATED_DE.isdisjoint(low):
        judged = _stated(toks)
    return judged + _found(toks) + demands_de.find(toks, low) + held
