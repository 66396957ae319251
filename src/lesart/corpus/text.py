"""Shared text helpers: words, article sentences, publication order."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from ..model import ARTICLE_KINDS, Document

WORD = re.compile(r"\w+", re.UNICODE)
# A sentence splitter for documents analysed without the sentences layer.
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9\"„“])")

# Short function words of German and English; they carry no story or claim content.
STOP = frozenset("""
der die das den dem des ein eine einer eines einem einen und oder aber nicht auch als am an auf aus bei bis durch
für gegen hat haben hatte hatten ist sind war waren wird werden wurde wurden sei seien im in ins mit nach noch nur
so über um unter vom von vor wie zu zum zur sich es er sie wir ihr ihre sein seine seit dass daß diese dieser dieses
dies man mehr sehr schon bereits wenn weil ob dann doch denn etwa rund
the a an and or but not also as at on of in to for from by with is are was were be been being has have had
it its he she they we his her their this that these those which who whom what when where than then there here
said says say will would could should may might can do does did so such about into over after before more most
""".split())


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP and len(w) > 2}


LEMMA_LANGUAGES = frozenset({"de", "en"})


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """Dictionary form of a lowercased word ("caucuses" -> "caucus"); other languages keep the word."""
    if lang not in LEMMA_LANGUAGES:
        return word
    return simplemma.lemmatize(word, lang=lang).lower()


@dataclass(frozen=True)
class Piece:
    """One article sentence: offsets into doc.text and its text."""
    start: int
    end: int
    text: str


def article_sentences(doc: Document) -> list[Piece]:
    """Sentences inside the article blocks (heading, body, quote), in text order."""
    blocks = doc.blocks_of(*ARTICLE_KINDS)
    if not blocks:
        return []
    if doc.sentences:
        inside = [s for s in doc.sentences if any(b.start <= s.start and s.end <= b.end for b in blocks)]
        if inside:
            return [Piece(s.start, s.end, s.text) for s in inside]
    out = []
    for b in blocks:
        pos = b.start
        for part in _SPLIT.split(b.text):
            i = doc.text.find(part, pos)
            if part.strip() and i >= 0:
                out.append(Piece(i, i + len(part), part))
                pos = i + len(part)
    return out


def order_key(doc: Document) -> tuple[str, str]:
    """Publication order; undated documents sort last, ties by id (stable and explainable)."""
    return (doc.published or "9999", doc.id)


def day(doc: Document) -> float | None:
    """Publication date as a day number (for time windows), or None."""
    from datetime import date, datetime

    if not doc.published:
        return None
    try:
        return datetime.fromisoformat(doc.published.replace("Z", "+00:00")).timestamp() / 86400.0
    except ValueError:
        try:
            return datetime.combine(date.fromisoformat(doc.published[:10]), datetime.min.time()).timestamp() / 86400.0
        except ValueError:
            return None


def stem(word: str) -> str:
    """A crude cross-inflection key: the first six letters (Soldaten/Soldat, nordkoreanischer/Nordkorea)."""
    return word[:6]


def stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w not in STOP and len(w) > 2 and not w.isdigit()}
