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
            "rede", "aussage", "ermordung", "politiker", "konzern", "verband", "opposition", "armee", "polizei",
            "justiz", "gericht", "staat", "land", "verwaltung", "kommission", "vorstand", "management", "spitze")
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
    if words[0].lower not in _DETERMINERS and not _possessor(words):
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
        if subject is None:
            continue
        if valence._score(toks, c + 1, k, "de") > THRESHOLD \
                or not _negative_word(toks, c + 1, k, noun=subject == "pronoun"):
            continue
        out.append(lexicon.Hit(valence.ACCUSE, c, k + 1, k + 1))
    return out


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


# The words find() asks a sentence's vocabulary about (scan.asked_words).
ASKED = frozenset(TAG_VERBS_DE | COPULA_DE | CONDUCT_VERBS_DE | {"es", "finden", "dass"}) | demands_de.ASKED


def find(toks: list[Token], vocab: set[str] | frozenset[str] | None = None) -> list[lexicon.Hit]:
    if vocab is not None:
        # (``vocab``, the forms and lemmas, holds the forms and lemmas the tests below read): a tag after a copula
        # or a verb of conduct for _predications, "finde es ..., dass" for _found
        predicated = not TAG_VERBS_DE.isdisjoint(vocab) and not (COPULA_DE.isdisjoint(vocab)
                                                                 and CONDUCT_VERBS_DE.isdisjoint(vocab))
        found = "finden" in vocab and "es" in vocab and "dass" in vocab
        return (_predications(toks) if predicated else []) + (_found(toks) if found else []) \
            + demands_de.find(toks, vocab)
    low = {t.lower for t in toks}
    if not (low & TAG_VERBS_DE and (low & COPULA_DE or any(t.lemma in CONDUCT_VERBS_DE for t in toks))) \
            and "es" not in low:
        return demands_de.find(toks, low)      # most sentences: no copula with a tag and no "finde es"
    return _predications(toks) + _found(toks) + demands_de.find(toks, low)
