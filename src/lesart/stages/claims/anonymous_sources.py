"""English sources that carry their anonymity in a relative clause.

"Officials who asked not to be named said talks would resume."  Both the
tagger and the rules stumble over a clause between the source and its
speech verb: they take "asked" for the cue and "not to be named said talks
would resume" for the claim, or "who" for the source.  For fact-checkers
this clause is the point: it is what makes the source anonymous.  Where a
sentence opens with a noun phrase, a "who" clause that grants anonymity
("asked not to be named", "spoke on condition of anonymity", "declined to
be identified", "not authorised to speak publicly") and then a speech verb,
the noun phrase is the source (its kind read with the clause: anonymous),
the verb is the cue and what follows is the claim; what the tagger read
inside the clause is dropped.  (PolNeAR's own source spans are the noun
phrase in two of the four such sentences of train + dev, the phrase with
its clause in one.)  Only this
formula is rewritten: other relative clauses ("Barkley, who said he
typically votes democratic, said ...") carry claims of their own.
"""
from __future__ import annotations

import re

from ...model import Claim, Document, Source
from .sources import classify
from .text import strip_span

_SPEECH_VERBS = (r"said|says|told|tells|added|adds|stated|states|explained|warned|wrote|confirmed|"
                 r"acknowledged|insisted|argued|noted|cautioned|predicted|conceded")
_ANONYMITY = re.compile(
    r"\b(?:not to be (?:named|identified|quoted)|(?:declined|refused) to be (?:named|identified|quoted)"
    r"|anonymity|anonymously|not authori[sz]ed to (?:speak|discuss|comment|talk)"
    r"|not be (?:named|identified))\b", re.I)
_FRAME = re.compile(
    r"(?P<np>[^\s,;:“”\"()][^,;:“”\"()]{1,119}?)(?:,\s*|\s+)who\s+(?P<clause>[^;:“”\"]{2,240}?),?\s+"
    rf"(?P<verb>{_SPEECH_VERBS})\b[ \t]*(?P<rest>[^“\"\s].*)", re.S)
# "told Reuters that ...": the listener is not part of the claim
_LISTENER = re.compile(r"(?:\S+\s+){1,5}?(?=that\b)")
_TOLD = ("told", "tells")


def with_anonymous_sources(doc: Document, claims: list[Claim]) -> list[Claim]:
    """``claims`` with every sentence of the formula read as described above."""
    out = claims
    for sentence in doc.sentences:
        if "who" not in sentence.text:
            continue
        lead = len(sentence.text) - len(sentence.text.lstrip())
        m = _FRAME.match(sentence.text, lead)
        if m is None or not _ANONYMITY.search(m.group("clause")):
            continue
        start, end = sentence.start, sentence.end
        inside = [c for c in out if c.start < end and start < c.end]
        if any(c.mode == "direct" or c.start < start or c.end > end for c in inside):
            continue      # a quotation, or a claim running over several sentences: leave it to its own logic
        base = sentence.start
        rest = m.start("rest")
        if m.group("verb") in _TOLD and (listener := _LISTENER.match(m.group("rest"))):
            rest += listener.end()
        a, b = strip_span(doc.text, base + rest, end)
        while b > a and doc.text[b - 1] in ".!?":
            b -= 1
        src_a, src_b = base + m.start("np"), base + m.end("np")
        if b - a < 3:
            continue
        mode = next((c.mode for c in inside if c.mode in ("indirect", "reported")), "indirect")
        claim = Claim(start=a, end=b, text=doc.text[a:b], mode=mode,
                      source=Source(start=src_a, end=src_b, text=doc.text[src_a:src_b],
                                    kind=classify(doc.text[src_a:base + m.end("clause")])),
                      cue=doc.span(base + m.start("verb"), base + m.end("verb")))
        replaced = {id(c) for c in inside}
        out = sorted([c for c in out if id(c) not in replaced] + [claim], key=lambda c: (c.start, c.end))
    return out
