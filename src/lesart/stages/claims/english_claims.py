"""English claims as a fact-checker reads them on whole news pages: the last checks of the stage's
English path, after the tagger, the rules and the source kinds (issue 3, a reading of the English
Scrapinghub dev pages, 2026-11-28).

- ``tidy_speakers``: a source the tagger ran past its speaker into the words around the verb
  ("Brooke tearfully| asked", "Johnston in| a statement", "Sowers, who| said", "Emirates President
  Tim Clark, meanwhile,| told") ends at the speaker.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Claim, Document, Source
from .sources import classify

# A sentence adverb set off by commas after the speaker ("Emirates President Tim Clark, meanwhile,
# told", "Israeli Prime Minister Benjamin Netanyahu, however, said"): the clause's, not the speaker's.
_ASIDE = re.compile(r"\s*,\s*(?:however|meanwhile|though|too|also|instead|then|now|therefore|moreover|furthermore|"
                    r"nevertheless|again|in turn|in contrast|for (?:his|her|their|its) part)\s*,?\s*$", re.I)
# An adverb of the verb left at the source's end ("Brooke tearfully| asked", "Gizmodo very| recently
# explained"); nouns and adjectives in -ly are no adverbs ("the family", "an ally", "Many early| retirees":
# there the tagger cut the noun phrase, and the cut is not this check's to mend).
_ADVERB_END = re.compile(r"\s+(?P<w>[a-z]+ly|very|also|still|just|even|only|never|then|now|again|already)\s*,?\s*$")
_LY_NOUNS = frozenset("""family supply ally assembly rally monopoly anomaly butterfly belly jelly reply bully fly
    daily weekly monthly quarterly yearly nightly hourly homily lily early elderly likely unlikely friendly
    lonely costly deadly holy silly ugly lovely jolly orderly curly burly scholarly lowly surly bodily""".split())
# A preposition that opens where or how it was said ("comments Johnston in| a statement", "the
# description on| the website", "one legal expert, as| ..."): the circumstance was cut, the speaker stays.
_PREPOSITION_END = re.compile(r"\s*,?\s+(?:in|on|at|as|during)\s*$")
# A relative clause the source stops inside: the pronoun alone ("The staff member who| reported",
# "Sowers, who| said"), "whose" and its noun ("Andy Beshear — whose father,| ..."), or a clause
# that ends on a conjunction ("a Syrian refugee who feared regime retaliation and| ...").
# ("most of whom", "some of which" are the subject themselves and stay)
_OPEN_RELATIVE = re.compile(r"\s*[,—–-]?\s*\b(?:who|which|whom|that)\s*,?\s*$"
                            r"|\s*[,—–-]?\s*\bwhose(?:\s+[\w’'-]+){0,2}\s*,?\s*$")
_OF_END = re.compile(r"\bof\s*$")
_RELATIVE_START = re.compile(r"\s*[,—–-]?\s*\b(?:who|which|whose|whom)\b")
_CONJUNCTION_END = re.compile(r"\s+(?:and|or|but)\s*$")
# A subject pronoun after an apposition ("Julie Graham, ... public information officer, she| said"):
# the sentence restarts; the speaker is the name before it.
_PRONOUN_END = re.compile(r"\s*,\s*(?:she|he|they)\s*$")
_DASH_END = re.compile(r"\s*[—–-]\s*$")


def _speaker_end(text: str) -> int:
    """Where the speaker in source phrase ``text`` ends (``len(text)`` when nothing runs past it)."""
    end = len(text)
    for _ in range(3):       # an overrun may stack ("X, who ... and", "X, however, then")
        t = text[:end]
        m = _CONJUNCTION_END.search(t)
        if m is not None:
            rel = None
            for rel in _RELATIVE_START.finditer(t, 0, m.start()):
                pass
            end = rel.start() if rel is not None and rel.start() > 0 else m.start()
            continue
        for rx in (_ASIDE, _OPEN_RELATIVE, _PRONOUN_END, _PREPOSITION_END, _DASH_END):
            m = rx.search(t)
            if m is not None and m.start() > 0 and not (rx is _OPEN_RELATIVE and _OF_END.search(t, 0, m.start())):
                end = m.start()
                break
        else:
            m = _ADVERB_END.search(t)
            if m is None or m.start() == 0 or m.group("w") in _LY_NOUNS:
                break
            end = m.start()
    return end


def tidy_speakers(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English sources that run past the speaker end at the speaker (see ``_speaker_end``); a kind
    that the source's words decided is decided again by the words left."""
    out = []
    for c in claims:
        s = c.source
        if s is None or " " not in s.text.strip():
            out.append(c)
            continue
        end = _speaker_end(s.text)
        if end < len(s.text):
            text = s.text[:end].rstrip()
            kind = classify(text) if s.kind == classify(s.text) else s.kind
            c = replace(c, source=replace(s, end=s.start + len(text), text=text, kind=kind))
        out.append(c)
    return out


def english_claims(doc: Document, claims: list[Claim]) -> list[Claim]:
    """The English checks, in order (the stage calls this after the source kinds)."""
    return tidy_speakers(doc, claims)
