"""Interviews printed as questions and answers: the answers are the interviewee's words.

News sites print an interview as turns, the first ones labelled with who speaks
("SRF News: ... Wie wichtig war dabei die Unterstützung der USA?" / "Thomas Jäger:
Diese war ausschlaggebend. ..."), the later ones often not: a question paragraph,
then the answer paragraphs, until a closing line ("Das Gespräch führte ...").
Without this step every answer sentence was the author's own assertion, or a
claim of whichever speaker the answer happened to quote.

An interview is recognised only when a labelled question (a turn that ends with
"?") and a labelled answer by another label both occur; then each answer
paragraph becomes one ``direct`` claim of the answering label (its colon the cue
where the paragraph carries the label). Claims the rules or the tagger found
inside an answer give way, except reports the interviewee makes of someone
else's words ("auch wenn der Iran nun sagt, man habe Vergeltung geübt"), which
stay inside it.
"""
from __future__ import annotations

import re

from ...model import Claim, Document, Source
from .crf_repairs import GERMAN_LINE_LABELS
from .sources import classify
from .text import strip_span

# A turn label: up to four capitalised words and a colon at a paragraph's start.
_TURN = re.compile(r"([A-ZÄÖÜ][\w.’'-]*(?:[ ][A-ZÄÖÜ][\w.’'-]*){0,3}):[ \t]+(?=\S)")
# Labels that name no one: the speaker is introduced elsewhere.
_ANONYMOUS_LABELS = frozenset({"A", "F", "Q", "Antwort", "Frage", "Answer", "Question"})
# The line that ends a printed interview.
_CLOSING = re.compile(r"(?:(?:Das|Die)\s+)?(?:Gespräch|Interview|Fragen)\s+(?:führte|führten|stellte|stellten)\b"
                      r"|(?:This\s+)?interview\s+(?:has\s+been|was)\s+(?:edited|condensed)", re.I)


# "Man wusste, dass ...": an impersonal subject reports no one's words.
_IMPERSONAL = frozenset({"man", "es", "one", "it", "you", "we", "wir", "ich", "i"})


def _is_question(text: str) -> bool:
    return text.rstrip().endswith("?")


def _turns(doc: Document, blocks) -> list[tuple[int, re.Match | None, tuple[int, int]]]:
    """(block number, turn label match or None, stripped span) for each block."""
    out = []
    for k, block in enumerate(blocks):
        a, b = strip_span(doc.text, block.start, block.end)
        out.append((k, _TURN.match(doc.text, a, b) if a < b else None, (a, b)))
    return out


def interview_answers(doc: Document, claims: list[Claim], blocks) -> list[Claim]:
    """``claims`` with each answer paragraph of a printed interview as its interviewee's claim."""
    text = doc.text
    turns = _turns(doc, blocks)
    asking = {m.group(1) for _, m, (a, b) in turns if m is not None and _is_question(text[a:b])}
    # (a line's label is no one answering: "Quellen: Vergleich.de ..." under a table made every paragraph after
    # it a quotation of "Quellen")
    answering = {m.group(1) for _, m, (a, b) in turns if m is not None and not _is_question(text[a:b])
                 and m.group(1) not in asking and m.group(1).lower() not in GERMAN_LINE_LABELS}
    if not asking or not answering or answering <= _ANONYMOUS_LABELS:
        return claims
    answers: list[Claim] = []
    speaker: tuple[int, int] | None = None
    started = False
    for _, m, (a, b) in turns:
        if a >= b:
            continue
        if m is not None and (m.group(1) in asking or m.group(1) in answering):
            started = True
        if not started:
            continue
        if _CLOSING.match(text, a, b):
            break
        if m is not None and m.group(1) in asking or m is None and _is_question(text[a:b]):
            continue            # the interviewer's question
        cue = None
        if m is not None and m.group(1) in answering:
            if m.group(1) in _ANONYMOUS_LABELS:
                speaker = None
                continue
            speaker, cue = m.span(1), (m.end(1), m.end(1) + 1)
            a = m.end()
        if speaker is None:
            continue
        source = Source(start=speaker[0], end=speaker[1], text=text[speaker[0]:speaker[1]],
                        kind=classify(text[speaker[0]:speaker[1]]))
        answers.append(Claim(start=a, end=b, text=text[a:b], mode="direct", source=source,
                             cue=doc.span(*cue) if cue else None))
    if not answers:
        return claims

    def reported_inside(c: Claim, answer: Claim) -> bool:
        """Someone else's words the interviewee reports, framed inside the answer."""
        return c.mode != "asserted" and c.source is not None and c.cue is not None \
            and answer.start <= c.source.start and c.cue.end <= answer.end \
            and c.source.text != answer.source.text and c.source.text.lower() not in _IMPERSONAL

    keep = [c for c in claims
            if not any(c.start < x.end and x.start < c.end and not reported_inside(c, x) for x in answers)]
    return sorted(keep + answers, key=lambda c: (c.start, c.end))
