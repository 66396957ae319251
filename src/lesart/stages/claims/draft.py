"""A claim as the rules find it, before linking turns it into a model ``Claim``."""
from __future__ import annotations

from dataclasses import dataclass

from .text import Token


@dataclass
class Draft:
    start: int
    end: int
    mode: str
    source: tuple[int, int] | None = None
    source_kind: str | None = None
    cue: tuple[int, int] | None = None
    # A Konjunktiv or quotation sentence with no frame of its own: the
    # speaker is whoever spoke last (linking fills it in).
    continuation: bool = False
    # Set on "Diese Information stamme aus X" style sentences: X is the
    # source of the claim just before.
    names_previous: tuple[int, int] | None = None
    # A reading that holds only right after reported speech ("Die Steuer soll erhöht werden."
    # after a speaker's announcement); elsewhere linking makes it the author's own.
    after_speech_only: bool = False
    # An asserted sentence's opening subject ("Der oberste Gerichtshof wertete ..."): the speaker
    # of a Konjunktiv continuation right after it (linking).
    subject: tuple[int, int] | None = None
    sentence: int = -1
    block: int = -1


def span_of(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """Character span of tokens[i:j] (j exclusive), None when empty."""
    if i >= j or i < 0 or j > len(tokens):
        return None
    return tokens[i].start, tokens[j - 1].end


def trim(tokens: list[Token], i: int, j: int) -> tuple[int, int]:
    """Drop punctuation (but not quotation marks) at both ends of tokens[i:j]."""
    while i < j and not tokens[i].is_word and tokens[i].text not in "„»«“\"‚‘(":
        i += 1
    while j > i and not tokens[j - 1].is_word and tokens[j - 1].text not in "“”«»\"‘’)":
        j -= 1
    return i, j
