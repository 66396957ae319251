"""Words of a sentence with their lemmas (simplemma), for trigger and actor matching."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import simplemma

# "Sudan's" is two tokens, so that the name and the possessive each match on their own.
_WORD = re.compile(r"\w+(?:[-.]\w+)*(?:['’](?![sS]\b)\w+)*\.?|['’][sS]\b|[,;:()\"“”„«»–—]", re.UNICODE)
# A trailing dot belongs to a word only in abbreviations such as "U.S." or "U.N.".
_ABBREV = re.compile(r"(?:[A-Z]\.){2,}$")


class Token(NamedTuple):
    """A word (or punctuation mark) of a sentence.  A named tuple, not a
    dataclass: the stage makes one per word of every sentence, and a frozen
    dataclass is several times slower to build."""
    start: int
    end: int
    text: str
    lower: str
    lemma: str


# Forms whose dictionary lemma would make a false trigger ("according" -> "accord").
KEEP_FORM = {"en": {"according", "given", "forces", "further", "following", "based", "saying", "including"},
             "de": {"angaben", "zufolge"}}


# Forms simplemma leaves unreduced or reduces wrongly, so that a trigger lemma misses them:
# irregular pasts ("broke off relations"), British doubled consonants ("cancelled" -> "cancell")
# and -ing forms it takes for nouns ("cutting aid", "closing the border", "ending the blockade").
LEMMA_FIX = {"en": {"broke": "break", "cancelled": "cancel", "cancelling": "cancel", "travelling": "travel",
                    "signalled": "signal", "signalling": "signal", "labelled": "label", "modelled": "model",
                    "cutting": "cut", "closing": "close", "ending": "end", "freezing": "freeze",
                    "buying": "buy", "selling": "sell", "finding": "find", "undertaking": "undertake",
                    "slew": "slay", "bade": "bid", "pled": "plead", "swore": "swear", "lodging": "lodge",
                    "filing": "file", "burning": "burn", "ruling": "rule", "trading": "trade"},
             "de": {}}


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    low = word.lower()
    if low in KEEP_FORM.get(lang, ()):
        return low
    fixed = LEMMA_FIX.get(lang, {}).get(low)
    if fixed:
        return fixed
    return simplemma.lemmatize(word, lang=lang).lower()


def tokenize(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    append = out.append          # the stage tokenizes every sentence: keep the loop lean
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        if word[-1] == "." and not _ABBREV.match(word):
            word, e = word[:-1], e - 1
            if not word:
                continue
        append(Token(s, e, word, word.lower(), lemma(word, lang) if word[0].isalnum() else word))
    return out
