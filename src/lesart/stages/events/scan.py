"""The stage's first look at every sentence: its words, what the trigger lexicon keeps of each, and the words of
the sentence that the lexicon and the characterisation frames ask about, in one pass.

Most sentences name no trigger, so this look is most of what the stage does with them. Each string the tokenizer
matches is looked up once, in one cache per language, whose record holds the fields of the string's Word
(tokens.words; the record serves as that Word), its lexicon entry (Lexicon.word_entry) and which of its form and
lemma the rules ask about, with the lexicon's marks of the prefix parts it starts (Lexicon.marks; usually none of
either): a sentence's words, plans and vocabulary then come from those records in C, without a second lookup per
word or a set of all its forms and lemmas. The record also keeps what the actor table makes of the word alone
(actors.inert_state), read by actors.find in the sentences with a trigger.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from . import actors, judged_de, lexicon, not_acts, status, valence
from .tokens import _GROUP, _WORD, _form


class Record(NamedTuple):
    """A matched string's record: its Word's fields (so that the record serves as the sentence's Word: tokens.tokens,
    Lexicon.find and the characterisation frames read only those), its lexicon entry, the asked words and marks
    among its form and lemma, and its actors.inert_state."""
    length: int
    text: str
    lower: str
    lemma: str
    entry: tuple
    asked: tuple[str, ...]
    inert: int


# the record of a match that leaves no word (a lone full stop)
_NO_WORD = Record(0, "", "", "", (), (), 1)
_ENTRY_OF, _ASKED_OF, _INERT_OF = attrgetter("entry"), attrgetter("asked"), attrgetter("inert")
_RECORDS: dict[str, dict[str, Record]] = {}
_RECORDS_MAX = 200_000     # past this many strings (pages of junk text) the cache starts over


@lru_cache(maxsize=2)
def asked_words(lang: str) -> frozenset[str]:
    """The words the trigger lexicon (the words its longer patterns need) and the characterisation frames (their
    verbs, copulas, speech forms, German tag verbs) and the actor finder ("the country") ask a sentence's vocabulary
    about: the only ones scan keeps."""
    return lexicon.load(lang).needed_words | valence.ASKED[lang] | (judged_de.ASKED if lang == "de" else frozenset()) \
        | actors.ASKED | not_acts.ASKED | status.ASKED


def _record(raw: str, lang: str) -> Record:
    word = _form(raw, lang)
    if word is None:
        return _NO_WORD
    asked = asked_words(lang)
    lex = lexicon.load(lang)
    entry = lex.word_entry(word)
    forms = dict.fromkeys((word.lower, word.lemma))
    found = tuple(w for w in forms if w in asked) + tuple(dict.fromkeys(m for w in forms for m in lex.marks(w)))
    return Record(*word, entry, found or (), actors.inert_state(word, lang))


def scan(text: str, lang: str, start: int, end: int) -> tuple[list[re.Match], list[Record], list, frozenset[str]]:
    """The sentence text[start:end]'s regex matches and its words' records (which serve as its Words, as
    tokens.words has them, and keep what inert_states reads), each word's lexicon entry (for Lexicon.find) and its
    vocabulary (those of its forms and lemmas that are in asked_words, with their marks: tokens.vocabulary, cut to
    the words asked about)."""
    records = _RECORDS.get(lang)
    if records is None or len(records) > _RECORDS_MAX:
        records = _RECORDS[lang] = {}
    matches = list(_WORD.finditer(text, start, end))
    raws = list(map(_GROUP, matches))
    found = list(map(records.get, raws))
    if None in found:        # a string not seen yet (perhaps twice in the sentence)
        for k, rec in enumerate(found):
            if rec is None:
                raw = raws[k]
                rec = records.get(raw)
                found[k] = rec if rec is not None else records.setdefault(raw, _record(raw, lang))
    if _NO_WORD in found:    # matches that leave no word
        kept = [k for k, rec in enumerate(found) if rec is not _NO_WORD]
        matches, found = [matches[k] for k in kept], [found[k] for k in kept]
    vocab = frozenset(chain.from_iterable(map(_ASKED_OF, found)))
    return matches, found, list(map(_ENTRY_OF, found)), vocab


def inert_states(records: list[Record]) -> list[int]:
    """The actors.inert_state of each word of a scanned sentence (its records, as scan gave them)."""
    return list(map(_INERT_OF, records))
