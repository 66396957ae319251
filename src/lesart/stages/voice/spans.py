"""Word-level voice spans: value words, loaded words and hedges the author chose.

Every token of a title, heading, body or caption sentence is looked up in the
language's lexicon (``lexicon.py``); German adds strong SentiWS adjectives as
value words.  Tokens inside attributed content are skipped: a loaded word in
a quotation is the source's, not the author's.
"""
from __future__ import annotations

import re

from collections.abc import Iterator

from ...model import Document, Sentence, Voice
from ..spanindex import SpanIndex
from .attribution import inside
from .cues import TOKEN
from .lexicon import Entry, Lexicon, load

VOICE_BLOCKS = ("title", "heading", "body", "caption")


def _tokens(sentence: Sentence) -> list[tuple[int, int, str]]:
    out = []
    base = sentence.start
    for m in TOKEN.finditer(sentence.text):
        word = m.group()
        start = base + m.start()
        if word.endswith("'s"):         # English possessive: "regime's" is the word "regime"
            word = word[:-2]
        out.append((start, start + len(word), word.lower()))
    return out


def _is_name(doc: Document, start: int, sentence: Sentence, kind: str) -> bool:
    """A capitalised word inside a sentence is a name ("May 5", "Great Britain", German "das Wohl").

    German capitalises every noun, so there only hedges and value words are checked:
    loaded nouns ("Regime", "Verzweiflung") are capitalised by rule.
    """
    if start == sentence.start or not doc.text[start].isupper():
        return False
    return doc.language != "de" or kind in ("speculation", "evaluative")


_VALUE_WORD = Entry("evaluative", None)


def _matches(tokens: list[tuple[int, int, str]], lex: Lexicon) -> Iterator[tuple[int, int, Entry]]:
    """(start, end, entry) for each lexicon hit; phrases first, so their words are not counted twice."""
    taken: set[int] = set()
    words = {t[2] for t in tokens}
    for phrase, entry in lex.phrases.items():
        if phrase[0] not in words:
            continue    # cannot match here: skips the scan for nearly every phrase
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if tuple(t[2] for t in tokens[i:i + n]) == phrase and not taken & set(range(i, i + n)):
                taken.update(range(i, i + n))
                yield tokens[i][0], tokens[i + n - 1][1], entry
    lookup, value_words = lex.lookup, lex.value_words
    for i, (start, end, word) in enumerate(tokens):
        entry = lookup(word)
        if entry is None:                   # (a "neutral" entry keeps SentiWS out)
            if word not in value_words:     # most tokens: no entry, not a value word
                continue
            entry = _VALUE_WORD
        if i not in taken:
            yield start, end, entry


def _before_number(text: str, end: int) -> bool:
    """ "gut 300 Menschen", "a good 20 minutes": a value word before a number approximates a quantity."""
    rest = text[end:end + 3]
    return len(rest) >= 2 and rest[0] == " " and rest[1].isdigit()


# "telling lawmakers that ...", "moving troops", "striking a deal": an -ing form with an object
# right after it is the verb, not the adjective the lexicon means ("a telling sign").
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|my|your|them|him|us|me|it|this|that|these|those|"
                           r"lawmakers|reporters|officials|[A-Z][a-z]+)\b")


def _verb_with_object(text: str, start: int, end: int) -> bool:
    return text[start:end].lower().endswith("ing") and _OBJECT_AFTER.match(text, end) is not None


# "Holmes could hear Trump's voice", "she could not sleep": "could"/"can" before a verb of the
# senses or of bodily ability tells what someone was able to do, not what the author guesses.
_ABILITY_AFTER = re.compile(r"(?:\s+(?:not|n't|still|only|barely|hardly|clearly|easily|even|no longer))*\s+"
                            r"(?:hear|see|feel|smell|taste|watch|breathe|sleep|walk|speak|read|afford|"
                            r"remember|recall|understand)\b", re.IGNORECASE)
_ABILITY_MODALS = frozenset({"could", "can", "couldn't", "can't", "cannot"})


def _ability(text: str, start: int, end: int) -> bool:
    return text[start:end].lower() in _ABILITY_MODALS and _ABILITY_AFTER.match(text, end) is not None


def word_spans(doc: Document, sentences: list[Sentence], attributed: list[tuple[int, int]]) -> list[Voice]:
    lex = load(doc.language or "")
    if lex is None:
        return []
    spans = []
    attributed_index = SpanIndex(attributed, attributed)
    for sentence in sentences:
        for start, end, entry in _matches(_tokens(sentence), lex):
            if entry.kind not in ("evaluative", "loaded", "speculation") \
                    or inside(start, end, attributed_index.overlapping(start - 1, end + 1)):
                continue
            if _is_name(doc, start, sentence, entry.kind) or _before_number(doc.text, end) \
                    or (doc.language == "en" and (_verb_with_object(doc.text, start, end)
                                                  or _ability(doc.text, start, end))):
                continue
            spans.append(Voice(start=start, end=end, text=doc.text[start:end], kind=entry.kind,
                               technique=entry.technique))
    return spans
