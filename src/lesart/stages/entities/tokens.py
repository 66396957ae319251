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

import re

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

_TOKEN = re.compile(r"""
    (?P<url>(?:https?://|www\.)\S+[^\s.,;:!?)\]'"]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
  | (?P<dotted>(?:[^\W\d_]\.){2,})                      # U.S. / z.B. / a.m.
  | (?P<number>\d+(?:[.,:/-]\d+)*(?:-?[^\W\d_][\w-]*)?)   # 10.000 / 1996-08-30 / 6-2 / 12:30 / 1980er / 23-jährige
  | (?P<word>\w+(?:[-/&'’]\w+)*(?:-(?=[\s,]))?)           # Nagorno-Karabakh / München/Hamburg / O'Brien / Land- und
  | (?P<dots>\.{2,}|…|-{2,})
  | (?P<other>[^\w\s])
""", re.VERBOSE)
_CLITIC = re.compile(r"(?i)(?:n't|'s|'re|'ve|'ll|'d|'m|’s|n’t)$")


def tokenize(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """Token offsets in ``text`` (one sentence)."""
    out: list[tuple[int, int]] = []
    end_of_text = len(text.rstrip())
    taken = 0                                         # end of the last token (a dot may have joined it)
    # Every English clitic has an apostrophe: without one the sentence needs no clitic search.
    clitics = lang == "en" and ("'" in text or "’" in text)
    if not clitics and "." not in text[:end_of_text - 1]:
        # no dot before the sentence's own full stop: no token keeps one, so every match is a
        # token as it stands (most sentences; the loop below costs 3x this)
        return [m.span() for m in _TOKEN.finditer(text)]
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if start < taken:
            continue
        kind = m.lastgroup
        follows_dot = end < len(text) and text[end] == "."
        if kind == "number" and follows_dot and end + 1 < end_of_text:
            end += 1                                  # "18. Januar", "2. Bundesliga": an ordinal
        elif kind == "word" and follows_dot and _keeps_dot(text[start:end], lang, end + 1, end_of_text):
            end += 1
        elif kind == "word" and clitics and (clitic := _CLITIC.search(text, start, end)) \
                and clitic.start() > start and not text[start:end].lower().startswith("o'"):
            out.append((start, clitic.start()))       # "Obama's" -> "Obama" "'s", "don't" -> "do" "n't"
            start = clitic.start()
        out.append((start, end))
        taken = end
    return out


def _keeps_dot(word: str, lang: str | None, after: int, end_of_text: int) -> bool:
    if after >= end_of_text:
        return False                                  # the sentence's own full stop
    if word.lower() in ABBREVIATIONS.get(lang or "", ()):
        return True
    return len(word) == 1 and word.isupper()         # an initial: "M. Schmidt"
