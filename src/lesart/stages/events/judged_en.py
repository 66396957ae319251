"""English judgements put in a speaker's mouth without a verb of criticism (news-dev6, 2026-11-28, issue 6): "“The
Guantánamo military commissions are an abject failure,” said ACLU executive Director Anthony Romero", "Clinton “caused
tremendous havoc and tremendous death,” he said", "He added, “Crooked Hillary has once again been proven to be a person
who is dishonest, incompetent ...”", "The ministry's policy is a disgrace to the country, the union said". A clearly
negative statement about a party or its conduct, tagged with its speaker, is that speaker's criticism (CAMEO 111,
PLOVER ACCUSE disapprove), as the copula frames of ``valence.reported_predications`` ("“He's a hater,” Trump said") and
German ``judged_de`` already read it; here the verb may be any verb.

Three tags: a quotation closed before its speaker ("“...,” he said", "“...” said X"), a speaker before a quotation
("He added, “...”", "X said: “...”"), and a closing tag without quotation marks ("..., the union said"). The judged
clause opens with its subject: a personal pronoun (he, she, they, you; not "I", "we", "it", "this": the speaker's own
plans and states of affairs are no criticism of a party), a name ("Clinton", "Crooked Hillary", "Clark's comments"),
or a determiner and a noun that names a party or what a party does ("The Guantánamo military commissions", "the
administration's policy"). Only clearly negative judgements count (a word of valence's list or two weaker words;
hedges such as "might" are no judgement); praise and assessments stay with the other frames.

These hits are a fallback (``valence.JUDGED``): ``code.select`` codes one only where no trigger of the sentence codes
an event, so a named act in the quotation ("“They shelled the town,” he said") keeps its own type.
"""
from __future__ import annotations

from operator import attrgetter

from . import actors, lexicon, valence
from .tokens import Token

SPEECH = valence._SPEECH_FORMS_EN
PRONOUNS = {"he", "she", "they", "you"}
DETERMINERS = {"the", "these", "those", "his", "her", "their", "its", "this", "that", "our"}
# heads of a subject noun phrase that name a party or a body ("the administration", "these people", "the media",
# valence.BODY_HEADS) or what a party does or makes (valence._PARTY_PRODUCTS: "the plan", "his comments")
BODY_HEADS = valence.BODY_HEADS
PARTY_HEADS = BODY_HEADS | valence._PARTY_PRODUCTS
LEADING = {"but", "and", "so", "yes", "no", "now", "still", "frankly", "honestly"}
MAX_TAG = 8           # words of a speaker tag ("ACLU executive Director Anthony Romero in a statement")
THRESHOLD = -0.5      # a clearly negative predicate: a word of the list ("a failure", "dishonest") or two weaker ones
_HEDGES = {"might", "may", "could", "would", "perhaps", "maybe", "possibly", "probably", "seems", "apparently",
           "allegedly", "reportedly", "likely", "unlikely"}
_PREPOSITIONS = {"in", "of", "from", "at", "on", "for", "with", "by", "to", "about", "near", "under", "over"}
_NOT_NAMES = {"i", "it", "we", "there", "this", "that", "what", "if", "when", "people", "everyone", "everybody",
              "nobody", "somebody", "someone", "anyone", "all", "some", "many", "most", "one"}
_QUOTES = valence.OPEN_QUOTES | valence.CLOSE_QUOTES | {"''", "``"}
_OPEN = valence.OPEN_QUOTES | {"''", "``"}
_CLOSE = valence.CLOSE_QUOTES | {"''"}
_LOWER, _TEXT = attrgetter("lower"), attrgetter("text")
_ENDS = {".", "!", "?"}
# words that open a clause of their own after a comma, not a speaker tag ("..., which he said", "..., as he said")
_NOT_TAG = {"which", "who", "whom", "and", "but", "as", "because", "while", "when", "if", "although", "though",
            "where", "so", "or", "what", "after", "before", "since", "until"}


def _tag_after(toks: list[Token], k: int) -> int | None:
    """The index of the speech verb of a speaker tag that starts at toks[k] and ends the sentence (or its clause):
    "said ACLU executive Director Anthony Romero in a statement.", "he said.", "the paper's editorial board wrote."."""
    commas = 0
    for j in range(k, min(len(toks), k + MAX_TAG + 6)):
        t = toks[j]
        if j >= k + MAX_TAG and commas == 0:
            return None
        if t.lower in SPEECH and t.text[:1].islower():
            rest = toks[j + 1:]
            # what follows the verb is its speaker or circumstance, not a reported clause of its own
            if any(r.text in _QUOTES or r.lower == "that" for r in rest[:MAX_TAG]):
                return None
            return j
        if t.text == "," and j > k:
            commas += 1
            if commas > 2 or j + 1 < len(toks) and toks[j + 1].lower in _NOT_TAG:
                return None  # an apposition may stand between the speaker and the verb ("Michael Briggs, a spokesman
            continue         # for Sanders, said"); a clause of its own may not
        if t.text in _QUOTES or t.text in _ENDS or t.text in (";", ":"):
            return None
    return None


def _subject_end(toks: list[Token], lo: int, hi: int) -> int | None:
    """The index after the subject that opens the clause toks[lo:hi], or None where it names no party."""
    while lo < hi and (toks[lo].text in _QUOTES or toks[lo].lower in LEADING or toks[lo].text == ","):
        lo += 1
    if lo >= hi:
        return None
    first = toks[lo]
    if first.lower in PRONOUNS or first.lower.replace("’", "'").split("'")[0] in PRONOUNS:
        return lo + 1    # "he", "They'd" (the tokenizer keeps a contraction with its pronoun)
    if first.lower in DETERMINERS:
        for k in range(lo + 1, min(hi, lo + 6)):
            t = toks[k]
            if t.lower in PARTY_HEADS and k + 1 < hi and toks[k + 1].text[:1].islower() \
                    and toks[k + 1].text[:1].isalpha() and toks[k + 1].lower not in PARTY_HEADS:
                return k + 1
            if not (t.text[:1].isalpha() or t.text in ("'s", "’s", "-")):
                return None
        return None
    if first.text[:1].isupper() and first.text.isalpha() and first.lower not in _NOT_NAMES:
        k = lo
        while k + 1 < hi and toks[k + 1].text[:1].isupper() and toks[k + 1].text.replace(".", "").isalpha() \
                and toks[k + 1].text != "I":
            k += 1
        if k + 2 < hi and toks[k + 1].text in ("'s", "’s") and toks[k + 2].lower in PARTY_HEADS:
            k += 2       # "Clark's comments"
        elif k == lo and (lo == 0 or toks[lo - 1].text in _QUOTES or toks[lo - 1].lower in LEADING) \
                and (actors.inert_state(first, "en") != 0 or first.lower in _NOT_NAMES):
            return None  # a capitalised first word is a name only where the actor table knows it ("Clinton"), not
            #              "Speaking on radio ...", "Law enforcement officers ..."
        nxt = toks[k + 1] if k + 1 < hi else None
        if nxt is not None and (nxt.lower in BODY_HEADS or nxt.lower in _PREPOSITIONS):
            return None  # "Russian police in the Urals ...": a modifier of a noun phrase, not its subject
        if nxt is not None and (nxt.text in _QUOTES and k + 2 < hi or nxt.text[:1].islower() and nxt.text.isalpha()):
            return k + 1
    return None


def _judges(toks: list[Token], lo: int, hi: int) -> bool:
    end = _subject_end(toks, lo, hi)
    if end is None or end >= hi:
        return False
    if any(t.text == "?" for t in toks[lo:hi]):
        return False     # a question put, no judgement made
    # hedges the voice lexicons count as doubt ("might", "could") judge no one
    words = [t for t in toks[end:hi] if t.lower not in _HEDGES]
    return valence._score(words, 0, len(words), "en") <= THRESHOLD


def find(toks: list[Token], vocab: set[str] | frozenset[str] | None = None) -> list[lexicon.Hit]:
    if vocab is not None and SPEECH.isdisjoint(vocab):
        return []        # most sentences: no verb of saying
    n = len(toks)
    if n < 5:
        return []
    low = list(map(_LOWER, toks))
    verbs = [k for k, w in enumerate(low) if w in SPEECH and toks[k].text[:1].islower()]
    if not verbs:
        return []
    texts = list(map(_TEXT, toks))
    opens = [k for k, x in enumerate(texts) if x in _OPEN]
    # (1) a quotation closed before its speaker tag: "“...,” he said", "“...” said X", "Clinton “caused ...,” he said"
    for k in sorted({c for v in verbs for c in range(max(3, v - MAX_TAG - 1), v) if texts[c] in _CLOSE}):
        j = k + 1 + (k + 1 < n and texts[k + 1] == ",")
        v = _tag_after(toks, j)
        if v is None:
            continue
        start = max((o for o in opens if o < k - 1), default=-1)
        lo = 0 if start <= 0 or all(x[:1].isupper() or x in ("'s", "’s") for x in texts[:start]) else start
        hi = k - (texts[k - 1] == ",")
        if _judges(toks, lo, hi):
            return [lexicon.Hit(valence.JUDGED, lo, v, v)]
        return []
    # (2) a speaker before a quotation: "He added, “...”", "X said: “...”"
    for k in verbs:
        if k > MAX_TAG:
            break
        if k + 2 < n and texts[k + 1] in (",", ":") and texts[k + 2] in valence.OPEN_QUOTES:
            lo = k + 3
            hi = next((x for x in range(lo + 1, n) if texts[x] in valence.CLOSE_QUOTES), n)
            if _judges(toks, lo, hi):
                return [lexicon.Hit(valence.JUDGED, k, hi - 1, k)]
            return []
    # (3) a closing tag without quotation marks: "The ministry's policy is a disgrace to the country, the union said"
    if (opens and opens[0] == 0) or n - 1 - verbs[-1] > MAX_TAG:
        return []        # a quotation that runs on past the sentence (its speaker stands elsewhere), or no closing tag
    for k in range(verbs[-1] - 1, max(2, verbs[-1] - MAX_TAG - 1), -1):
        if texts[k] != ",":
            continue
        if low[k + 1] in _NOT_TAG:
            break
        v = _tag_after(toks, k + 1)
        if v is not None and n - 1 - v <= MAX_TAG and all(x not in _ENDS for x in texts[v + 1:n - 1]) \
                and _judges(toks, 0, k):
            return [lexicon.Hit(valence.JUDGED, 0, v, v)]
        break
    return []
