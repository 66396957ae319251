"""Words of a sentence with their lemmas (simplemma), for trigger and actor matching."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

# "Sudan's" is two tokens, so that the name and the possessive each match on their own.
_WORD = re.compile(r"\w+(?:[-.]\w+)*(?:['’](?![sS]\b)\w+)*\.?|['’][sS]\b|[,;:()\"“”„«»–—]", re.UNICODE)
# A trailing dot belongs to a word only in abbreviations such as "U.S." or "U.N.".
_ABBREV = re.compile(r"(?:[A-Z]\.){2,}$")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    lemma: str


# Forms whose dictionary lemma would make a false trigger ("according" -> "accord").
KEEP_FORM = {"en": {"according", "given", "forces", "further", "following", "based", "saying", "including"},
             "de": {"angaben", "zufolge"}}


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    low = word.lower()
    if low in KEEP_FORM.get(lang, ()):
        return low
    return simplemma.lemmatize(word, lang=lang).lower()


def tokenize(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out = []
    for m in _WORD.finditer(text, start, end):
        s, e = m.span()
        word = m.group()
        if word.endswith(".") and not _ABBREV.match(word):
            word, e = word[:-1], e - 1
        if not word:
            continue
        out.append(Token(s, e, word, word.lower(), lemma(word, lang) if word[0].isalnum() else word))
    return out
