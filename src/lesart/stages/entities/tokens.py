"""Words for the NER tagger, cut the way its training data was cut.

The CRFs learnt from CoNLL-2003 and GermEval tokens, so at run time a name
must come out as the same tokens: "Nagorno-Karabakh", "Mercedes-Benz",
"München/Hamburg", "U.S." and "z.B." stay whole, "18." before a month is one
ordinal, "Obama's" is "Obama" + "'s" in English.  spaCy's rule tokenizer cuts
hyphens and slashes and splits abbreviations differently; on CoNLL eng.testa
turned back into running text it reproduced 97.1% of the gold tokens and the
tagger lost 2.5 F1 points to that (see the English model card).  A regular
expression does it faster, too.
"""
from __future__ import annotations

import bisect
import re
from operator import itemgetter

# Abbreviations that keep their dot, as the training data writes them (counted
# in CoNLL eng.train/testa and GermEval: "Inc.", "vs.", "St. Louis", but
# "Gov" "." in CoNLL, and "Dr" "." / "Mio" "." / "St" "." in GermEval, while
# "bzw." and "ca." keep theirs).  A single capital with a dot (an initial)
# keeps it in both.
ABBREVIATIONS = {
    "en": frozenset("""
        mr mrs ms dr prof rev st jr sr lt capt adm maj brig supt det insp inc corp ltd plc bros dept univ
        assn vs etc approx jan feb mar apr jun jul aug sep oct nov dec mt ft ave blvd fig cf no nos
    """.split()),
    "de": frozenset("bzw ca usw nr hrsg etc co inc evtl inkl bzgl".split()),
}

_URL = r"""(?P<url>(?:https?://|www\.)\S+[^\s.,;:!?)\]'"]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"""
_WORDS = r"""
    (?P<dotted>(?:[^\W\d_]\.){2,})                      # U.S. / z.B. / a.m.
  | (?P<number>\d+(?:[.,:/-]\d+)*(?:-?[^\W\d_][\w-]*)?)   # 10.000 / 1996-08-30 / 6-2 / 12:30 / 1980er / 23-jährige
  | (?P<word>\w+(?:[-/&'’]\w+)*(?:-(?=[\s,]))?)           # Nagorno-Karabakh / München/Hamburg / O'Brien / Land- und
  | (?P<dots>\.{2,}|…|-{2,})
  | (?P<other>[^\w\s])
"""
# Every alternative begins with a character that is no space: the look-ahead says so first, which
# lets the search pass over the spaces between words without trying each alternative there (the
# same tokens, about a sixth less time).
_TOKEN = re.compile(r"(?=\S)(?:" + _URL + "|" + _WORDS + ")", re.VERBOSE)
# A text without "@", "://" or "www." has no web or mail address: the same tokens without trying
# the address pattern at every word (which reads each word to its end looking for an "@").
_TOKEN_NO_URL = re.compile(r"(?=\S)(?:" + _WORDS + ")", re.VERBOSE)
_CLITIC = re.compile(r"(?i)(?:n't|'s|'re|'ve|'ll|'d|'m|’s|n’t)$")


def ending_before_dots(spans: list[tuple[int, int]], text: str) -> list[int]:
    """The indices of the (sorted) token spans that end right before a dot of ``text``, found
    from the text's dots rather than by a test of every token."""
    found = []
    dot = text.find(".")
    while dot != -1:
        i = bisect.bisect_left(spans, dot, key=itemgetter(1))
        if i < len(spans) and spans[i][1] == dot:
            found.append(i)
        dot = text.find(".", dot + 1)
    return found


def tokenize(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Token offsets in ``text`` (one sentence)."""
    end_of_text = len(text.rstrip())
    pattern = _TOKEN if "@" in text or "://" in text or "www." in text else _TOKEN_NO_URL
    # Every English clitic has an apostrophe: without one the sentence needs no clitic search.
    clitics = lang == "en" and ("'" in text or "’" in text)
    dotted = "." in text[:end_of_text - 1]
    if not clitics and not dotted:
        # no dot before the sentence's own full stop: no token keeps one, so every match is a
        # token as it stands (most sentences)
        return [m.span() for m in pattern.finditer(text)]
    matches = list(pattern.finditer(text))
    spans = [m.span() for m in matches]
    # Only a token right before a dot may keep it, and only one with an apostrophe may lose a
    # clitic: those are found from the text's dots and apostrophes, the others stay as they are.
    special = ending_before_dots(spans, text) if dotted else []
    if clitics:
        for quote in "'’":
            at = text.find(quote)
            while at != -1:
                i = bisect.bisect_right(spans, at, key=itemgetter(1))
                if i < len(spans) and spans[i][0] <= at:
                    special.append(i)
                at = text.find(quote, at + 1)
        special = sorted(set(special))
    out: list[tuple[int, int]] = []
    done = 0                # the tokens before this one are in ``out``
    dropped = -1            # the token of a dot that joined the token before it
    for i in special:
        out += spans[done + 1 if done == dropped else done:i]
        done = i + 1
        if i == dropped:
            continue
        start, end = spans[i]
        kind = matches[i].lastgroup
        follows_dot = end < len(text) and text[end] == "."
        if kind == "number" and follows_dot and end + 1 < end_of_text:
            end += 1                                  # "18. Januar", "2. Bundesliga": an ordinal
            dropped = i + 1                           # (the dot's own token, which starts there)
        elif kind == "word" and follows_dot and _keeps_dot(text[start:end], lang, end + 1, end_of_text):
            end += 1
            dropped = i + 1
        elif kind == "word" and clitics and (clitic := _CLITIC.search(text, start, end)) \
                and clitic.start() > start and not text[start:end].lower().startswith("o'"):
            out.append((start, clitic.start()))       # "Obama's" -> "Obama" "'s", "don't" -> "do" "n't"
            start = clitic.start()
        out.append((start, end))
    out += spans[done + 1 if done == dropped else done:]
    return out


def _keeps_dot(word: str, lang: str | None, after: int, end_of_text: int) -> bool:
    if after >= end_of_text:
        return False                                  # the sentence's own full stop
    if word.lower() in ABBREVIATIONS.get(lang or "", ()):
        return True
    return len(word) == 1 and word.isupper()         # an initial: "M. Schmidt"
