"""German demands put in a speaker's mouth without a verb of demanding (dev7 round, 2026-11-28): "Glos hatte in einem
Interview gesagt, die Koalitionsfraktionen müssten in alle Entscheidungen einbezogen werden", "Berninger sagte, dass
die Regelung für Tankstellen gelten solle", "«... sollte bei diesen Schiffen in mehr Sicherheit investiert werden»,
sagte der Hauptgeschäftsführer", "«Es ist wichtig, dass die Schweiz ... Sanktionen ergreift», schreibt sie". What
someone says must or should be done is an appeal (CAMEO 02, PLOVER REQUEST), as English "said X must ..."
(code._reported_demands_en). The reading codes only a sentence the lexicon leaves uncoded (code.select's fallback):
where a trigger names the act demanded, that act and its frames decide as before.
"""
from __future__ import annotations

from . import lexicon, valence
from .tokens import Token

DEMANDED = lexicon.Entry("REQUEST", None, (valence.MARK, "<demanded>"), 2)
# modals of obligation; not "soll/sollen" (hearsay: "soll ... getötet haben")
OBLIGE_DE = {"müsse", "müssten", "müssen", "muss", "solle", "sollten", "sollte"}
# predicates of necessity before "dass" or a zu-infinitive ("Es ist wichtig, dass ...")
NEEDED_DE = {"wichtig", "notwendig", "nötig", "erforderlich", "unerlässlich", "geboten", "dringend", "unabdingbar"}
SPEECH_DE = {"sagen", "erklären", "betonen", "meinen", "schreiben", "mahnen", "verlangen", "fordern", "unterstreichen",
             "appellieren", "bekräftigen", "argumentieren", "warnen"}
TAG_DE = {"so", "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "schrieb",
          "schreibt", "mahnte", "mahnt", "forderte", "fordert", "unterstrich", "hieß"}
_SELF = {"wir", "ich", "uns"}
_CONDITION = {"wenn", "falls", "ob", "sofern", "bevor", "damit"}
_NEG = {"nicht", "kein", "keine", "keinen", "keiner", "nie"}
_BREAKS = lexicon.CLAUSE_BREAKS | {".", ";", "!", "?"}
# "nach Ansicht von ai", "nach seiner Auffassung" (dev8): whose view the clause states; with it, "soll/sollen" is what
# should be done, not hearsay ("Gegen Beamte, die ..., sollen nach Ansicht von ai Disziplinarmaßnahmen ergriffen werden")
OPINION_DE = {"ansicht", "meinung", "auffassung", "überzeugung", "einschätzung"}
_SHOULD_DE = {"soll", "sollen"}
ASKED = frozenset(OBLIGE_DE | NEEDED_DE | OPINION_DE | _SHOULD_DE | {"zeit"})      # what find asks the vocabulary


def _clause(toks: list[Token], k: int) -> tuple[int, int]:
    lo = k
    while lo > 0 and toks[lo - 1].text not in _BREAKS:
        lo -= 1
    hi = k
    while hi + 1 < len(toks) and toks[hi + 1].text not in _BREAKS:
        hi += 1
    return lo, hi


def _speaker_before(toks: list[Token], lo: int) -> int | None:
    """"X sagte, (dass) ...", "hatte in einem Interview gesagt, ...": the speech verb of the clause before the comma
    that opens the reported clause at lo."""
    if lo < 2 or toks[lo - 1].text != ",":
        return None
    k = lo - 2
    while k >= 0 and toks[k].text not in _BREAKS:
        if toks[k].lemma in SPEECH_DE and toks[k].text[:1].islower():
            return k
        k -= 1
    return None


def _tag_after(toks: list[Token], k: int, hi: int) -> int | None:
    """", sagte X", "», schreibt sie": the tag verb right after the comma that closes the reported clause."""
    j = hi + 1
    if j < len(toks) and toks[j].text in valence.CLOSE_QUOTES:
        j += 1
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lower in TAG_DE:
        return j + 1
    # direct speech with commas inside: the closing quotation mark, then the tag
    for m in range(hi + 1, len(toks) - 2):
        if toks[m].text in valence.CLOSE_QUOTES and toks[m + 1].text == "," and toks[m + 2].lower in TAG_DE:
            # the quotation opens before the modal, at the sentence's start or after its subject ("Die
            # Bundesregierung »sollte daher bereit sein, ...«, so Wüst", dev9)
            return m + 2 if any(t.text in valence.OPEN_QUOTES for t in toks[:k]) else None
        if toks[m].text in (".", "!", "?"):
            break
    return None


# what opens the subject of an inverted modal ("..., sollte die Ukraine unterliegen", "Sollten Sie ..."): a condition
_SUBJECT_OPENERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "es", "er", "sie", "man", "wir",
                    "ihr", "ich", "diese", "dieser", "dies", "kein", "keine"}


def _after_apposition(toks: list[Token], k: int) -> bool:
    """The modal at k follows the comma that closes an apposition to its subject ("Die Generaldirektorin der
    documenta, Sabine Schormann, muss unverzüglich zurücktreten", dev9): a name before the comma, an adverb or a verb
    after the modal, not the subject of a condition ("..., sollte die Ukraine unterliegen")."""
    return 2 <= k < len(toks) - 1 and toks[k - 1].text == "," and toks[k - 2].text[:1].isupper() \
        and toks[k + 1].text[:1].islower() and toks[k + 1].lower not in _SUBJECT_OPENERS \
        and any(t.text == "," for t in toks[:k - 1])


def demanded_clause(toks: list[Token], h: lexicon.Hit) -> tuple[int, int]:
    """The clause whose act a DEMANDED hit demands: the clause of its modal or necessity word (the hit runs from the
    speech verb to the modal, from the modal to the tag, or from "nach Ansicht" to the modal), with the dass-clause
    of a necessity word ("Es ist wichtig, dass ...")."""
    k = h.last if toks[h.last].lower in ASKED else h.first
    lo, hi = _clause(toks, k)
    if (toks[k].lower in NEEDED_DE or _high_time(toks, k)) and k + 2 < len(toks):
        hi = _clause(toks, k + 2)[1]
    return lo, hi


def _high_time(toks: list[Token], k: int) -> bool:
    """"es ist höchste Zeit, dass ...", "es ist an der Zeit, dass ..." (dev10): a necessity put as time."""
    return toks[k].lower == "zeit" and k >= 1 and (toks[k - 1].lower == "höchste" or k >= 2 and (
        toks[k - 2].lower, toks[k - 1].lower) == ("an", "der"))


def _opinion(toks: list[Token], lo: int, hi: int) -> int | None:
    """The "nach" of "nach Ansicht von X", "nach seiner Meinung" in the clause lo..hi, or None."""
    return next((j for j in range(lo, hi) if toks[j].lower == "nach"
                 and any(toks[m].lower in OPINION_DE for m in range(j + 1, min(hi + 1, j + 3)))), None)


def find(toks: list[Token], vocab: set[str] | frozenset[str] | None = None) -> list[lexicon.Hit]:
    if vocab is not None and OBLIGE_DE.isdisjoint(vocab) and NEEDED_DE.isdisjoint(vocab) and "zeit" not in vocab \
            and (_SHOULD_DE.isdisjoint(vocab) or OPINION_DE.isdisjoint(vocab)):
        return []
    for k, t in enumerate(toks):
        should = t.lower in _SHOULD_DE and t.text[:1].islower()
        oblige = (t.lower in OBLIGE_DE or should) and t.text[:1].islower()
        needed = (t.lower in NEEDED_DE or _high_time(toks, k)) and k + 2 < len(toks) and toks[k + 1].text == "," \
            and toks[k + 2].lower == "dass"
        if not (oblige or needed):
            continue
        lo, hi = _clause(toks, k)
        opinion = _opinion(toks, lo, hi) if oblige else None
        if should and (opinion is None or toks[hi].lower in ("haben", "sein")):
            continue     # "soll ... getötet haben", "soll nach Ansicht der Ermittler ... gewesen sein": hearsay
        if oblige and (k == lo and opinion is None and not _after_apposition(toks, k) or any(x.lower in _CONDITION for x in toks[lo:k])
                       or toks[k - 1].lower in _SELF or (k + 1 < len(toks) and toks[k + 1].lower in _SELF)
                       or any(x.lower in _NEG for x in toks[k + 1:min(hi + 1, k + 3)])):
            continue     # "Sollte die Ukraine unterliegen", "wenn ... müsste", "wir müssen", "müsse nicht"
        if needed:
            hi = _clause(toks, k + 2)[1]
        lo_speech = _speaker_before(toks, lo)
        if lo_speech is not None:
            return [lexicon.Hit(DEMANDED, lo_speech, k, lo_speech)]
        tag = _tag_after(toks, k, hi)
        if tag is not None:
            return [lexicon.Hit(DEMANDED, k, tag, tag)]
        if opinion is not None:
            return [lexicon.Hit(DEMANDED, opinion, k, opinion)]
    return []
