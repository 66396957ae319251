"""Tie claims without a frame of their own to a source.

- A Konjunktiv or quotation continuation takes the last named speaker
  (within a few sentences).
- "Diese Information stamme aus X" gives X to the source-less claim just before.
- A pronoun source ("er", "sie", "he") stays as the text has it (WikiNews and
  PolNeAR mark the pronoun); whom it stands for is ``Source.refers_to``
  (``antecedents``). Replacing it by the last named source, as this step once
  did, cost WikiNews dev speaker 0.2 and PolNeAR dev content 0.1.
A source that is a text, not a speaker ("Den Recherchen zufolge", "according to
the report") is its own claim's source but speaks no later quotation.
"""
from __future__ import annotations

from .draft import Draft
from .sources import classify

MAX_CONTINUATION_GAP = 4  # sentences
# The last word of a source that names a text or an inquiry, not someone who speaks.
DOCUMENT_WORDS = frozenset({
    "recherchen", "recherche", "bericht", "berichten", "berichts", "angaben", "informationen", "studie",
    "umfrage", "untersuchung", "untersuchungen", "dokumenten", "dokumente", "unterlagen", "daten", "zahlen",
    "papier", "papiers", "dokument", "dokuments", "dokumentation", "film",
    # findings: "Die Re-Tests bestätigten die Ergebnisse" names no speaker of the quotations after it
    "test", "tests", "re-tests", "analyse", "analysen", "auswertung", "messungen",
    "report", "reports", "study", "survey", "poll", "documents", "records", "data", "figures", "analysis",
})


def _is_document(source_text: str) -> bool:
    words = source_text.lower().split()
    return bool(words) and words[-1].strip(".,;:“”\"'") in DOCUMENT_WORDS


def link(drafts: list[Draft], text: str) -> None:
    last: tuple[tuple[int, int], str, int] | None = None  # span, kind, sentence
    previous: Draft | None = None
    before: Draft | None = None  # the draft just before, asserted ones included
    for d in drafts:
        if d.after_speech_only and not (before is not None and before.mode != "asserted"
                                        and before.sentence == d.sentence - 1):
            d.mode, d.continuation, d.after_speech_only = "asserted", False, False
        elif d.after_speech_only and d.source is None and before.source is not None:
            # it goes on with the sentence just before, whose source is its own even where that is a
            # document ("Laut der Recherche hatten ... attackiert. ... hätten die Männer ... eingeschlagen.")
            d.source, d.source_kind = before.source, before.source_kind
        if d.names_previous is not None:
            kind = classify(text[d.names_previous[0]:d.names_previous[1]])
            if d.cue is not None and before is not None and before.mode == "asserted" \
                    and before.sentence == d.sentence - 1 and before.block == d.block:
                # "Israel startete die Offensive. Das meldet Haaretz.": the author's
                # sentence is Haaretz's report
                before.mode, before.cue = "indirect", d.cue
                previous = before
            elif d.cue is not None and previous is not None and previous.cue is None \
                    and previous.sentence == d.sentence - 1:
                previous.cue = d.cue  # "Er sei zurückgetreten. Das berichtete X."
            if previous is not None and (previous.source is None or previous.source_kind == "unspecified"):
                previous.source, previous.source_kind = d.names_previous, kind
            last = (d.names_previous, kind, d.sentence)
        if d.source is None and d.continuation and d.mode == "indirect" and before is not None \
                and before.mode == "asserted" and before.subject is not None and before.sentence == d.sentence - 1:
            # "Der oberste Gerichtshof wertete die Zahlung als Untreue. Dieses stelle ... dar.": the
            # Konjunktiv goes on with what the subject of the sentence before said
            d.source = before.subject
        if d.source is None and d.continuation and d.cue is not None and before is not None \
                and before.mode != "asserted" and before.source is not None and before.sentence == d.sentence - 1 \
                and text[d.cue[0]:d.cue[1]].lower() == "demnach":
            # "Das Unternehmen wurde laut Handelsregister 2015 gegründet. Es bietet demnach ... an": the
            # source just named, a document too
            d.source, d.source_kind = before.source, before.source_kind
        if d.source is None and d.continuation and last is not None \
                and d.sentence - last[2] <= MAX_CONTINUATION_GAP:
            d.source, d.source_kind = last[0], last[1]
        if d.source is not None:
            src_text = text[d.source[0]:d.source[1]]
            if d.source_kind is None:
                d.source_kind = classify(src_text)
            # (an aside in brackets, "(MANNSCHAFT berichtete über ...)", does not change who speaks next)
            if d.source_kind != "unspecified" and not _is_document(src_text) and text[d.start - 1:d.start] != "(":
                last = (d.source, d.source_kind, d.sentence)
        if d.mode != "asserted":
            previous = d
        before = d


def chain_continuations(doc, claims: list) -> list:
    """German: a frameless Konjunktiv-I sentence (an indirect claim with neither source nor cue
    that is its whole sentence) goes on with the speaker of the sentence just before when that
    sentence is itself reported speech of the same paragraph, so a chain "X sagte, ... sei ... .
    ... sei ... . ... habe ... ." keeps X to its end (the tagger leaves the later links without a
    source).  A sentence the author asserts, a new speaker or a new paragraph ends the chain; a
    frameless whole-sentence quotation is a link too and takes the speaker as well."""
    from dataclasses import replace
    from bisect import bisect_right
    if not claims:
        return claims
    sentences = sorted(doc.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    blocks = sorted(doc.blocks, key=lambda b: b.start)
    bstarts = [b.start for b in blocks]
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(claims):
        k = bisect_right(starts, c.start) - 1
        if k >= 0 and c.start < sentences[k].end:
            by_sentence.setdefault(k, []).append(i)
    out = list(claims)
    speaker = None   # (source, sentence, block)
    for k in sorted(by_sentence):
        idx = by_sentence[k]
        cs = [out[i] for i in idx]
        b = bisect_right(bstarts, sentences[k].start) - 1
        chained = speaker is not None and speaker[1] == k - 1 and speaker[2] == b
        if any(c.mode == "asserted" for c in cs):
            speaker = None
            continue
        own = next((c.source for c in cs if c.source is not None), None)
        if own is not None:
            text = own.text
            speaker = (own, k, b) if own.kind not in ("unspecified", "anonymous") and not _is_document(text) \
                else None
            continue
        sent = sentences[k]
        whole = [i for i in idx if out[i].cue is None and out[i].mode in ("indirect", "direct")
                 and out[i].start - sent.start <= 2 and len(sent.text.rstrip()) - (out[i].end - sent.start) <= 2]
        if chained and whole and len(whole) == len(idx):
            for i in whole:
                out[i] = replace(out[i], source=speaker[0])
            speaker = (speaker[0], k, b)
        else:
            speaker = None
    return out
