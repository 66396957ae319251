"""Attributions made by layout, not by a verb (English).

Three conventions of news text name a speaker with punctuation alone, so
neither the rules (speech verbs, 'according to') nor the tagger see them:

- a headline "Speaker: what they said." ("Pence: Gennifer Flowers Won't Be at
  Debate"), the speaker before the colon, the rest of the line what was said;
- a transcript turn, a paragraph opening with the speaker in capitals and a
  colon ("WALLACE: Let's start with ..."), the rest of the paragraph its words;
- a quotation signed with a dash after it ("“... our greatest shame.” ― Sonya
  Herridge"), as in collected reader voices and epigraphs.

Each gives one claim (source, the colon or dash as cue, the words as content),
as PolNeAR annotates them.  The tagger's claims that read the same words
differently (cut at a sentence end, or run over the signature) give way.
"""
from __future__ import annotations

import re

from ...model import Claim, Document, Source
from .sources import classify
from .text import strip_span

# Headline labels that are no speaker ("The Latest: ...", "Breaking: ...").
LABELS = frozenset("""the latest|breaking|breaking news|update|updated|editor's note|editor’s note|exclusive|watch|
    look|wow|revealed|byline|analysis|opinion|correction|note|photos|video|live|related|read more|just leaked|
    paid notice|transcript|fact check|poll watch|news guide|delegate update|spoiler|q&a|faq|live updates|
    media|sports|world|politics|business|review|commentary|editorial|perspective|explainer|timeline|
    the ninth circle|fix is in|morning email|busted|boom|bombshell|shock|must see|must watch|email|phone|
    contact|stat of the week|source|sources|credit|photo|photos|caption|summary|warning|notice|disclaimer|
    disclosure|tip|tips|bottom line|takeaway|key takeaways|advertisement|sponsored|tags|topics""".replace("\n", "").split("|"))
LABELS = frozenset(x.strip() for x in LABELS)
# A speaker phrase in a headline: up to five words, each capitalised or a short
# connecting word ("Clinton camp", "McCain Challenger Kelli Ward").
_HEADLINE = re.compile(r"([A-Z][\w.’'&-]*(?:[ ](?:[A-Z][\w.’'&-]*|camp|of|on|to|at|from|and)){0,4}):[ \t]+(\S[^\n]*)")
# A transcript turn: the speaker in capitals at a paragraph's start, a quotation
# mark before it where the transcript is itself quoted.
_TURN = re.compile(r"[\"“]?([A-Z][A-Z.’'-]+(?:[ ][A-Z][A-Z.’'-]+){0,2}):[ \t]+(\S)")
# "Clinton to Planned Parenthood: ...", "CNN President On Trump: ...": the speaker
# is the phrase before the addressee or topic.
_ADDRESSEE = re.compile(r" (?:to|on|at|To|On|At) ")
# A signed quotation: closing mark, a dash, a name to the end of the line.
_SIGNED = re.compile(r"([”\"])[ \t\u00a0]*([―—])[ \t\u00a0]*([A-Z][^\n,;:!?“”\"]{1,60}?)[.\s\u00a0]*(?=\n|$)")
_OPENING = "“\"”‘"


# A call to the reader before a colon ("GET THE QUIZ: INSTANT DOWNLOAD!", "Click here: ..."): no speaker.
_IMPERATIVES = frozenset("get click read watch download subscribe sign join follow share see learn find try buy shop order".split())


def _label(text: str) -> bool:
    words = text.lower().split()
    return text.lower().strip() in LABELS or (0 < len(words) <= 4 and words[0] in _IMPERATIVES)


def _place(words: str) -> bool:
    """A place the gazetteer knows ("NEW DELHI", "Kiev"), read in title case."""
    from ..entities import gazetteer   # loaded only where a capitals colon turns up

    entry = gazetteer.load().lookup(words.title() if words.isupper() else words)
    return entry is not None and entry.label == "LOC"


def _dateline(speaker: str, turns: int) -> bool:
    """"NEW DELHI: Their American dream ..." is a dateline, not a speaker: a known
    place in capitals, in a document with no other transcript turn (a debate's
    "CLINTON:" comes with many turns, so the same city name stays a speaker there)."""
    return turns <= 1 and speaker.isupper() and _place(speaker)


def _claim(doc: Document, content: tuple[int, int], source: tuple[int, int], cue: tuple[int, int],
           mode: str) -> Claim:
    s0, s1 = source
    return Claim(start=content[0], end=content[1], text=doc.text[content[0]:content[1]], mode=mode,
                 source=Source(start=s0, end=s1, text=doc.text[s0:s1], kind=classify(doc.text[s0:s1])),
                 cue=doc.span(*cue))


def layout_claims(doc: Document, blocks) -> list[tuple[Claim, tuple[int, int]]]:
    """(claim, the stretch of text it owns) for each layout attribution in the blocks."""
    text = doc.text
    out: list[tuple[Claim, tuple[int, int]]] = []
    turns = sum(1 for k, block in enumerate(blocks)
                if k > 0 and _TURN.match(text, *strip_span(text, block.start, block.end)))
    for k, block in enumerate(blocks):
        a, b = strip_span(text, block.start, block.end)
        if k == 0 and "\n" not in text[a:b]:
            m = _HEADLINE.fullmatch(text, a, b)
            if (m is not None and not _label(m.group(1)) and len(m.group(2)) > 10
                    and not _dateline(m.group(1), turns)):
                c0, c1 = m.start(2), m.end(2)
                if text[c1 - 1] == ".":   # a headline's full stop is no part of the words
                    c1 -= 1
                cut = _ADDRESSEE.search(text, m.start(1), m.end(1))
                speaker = (m.start(1), cut.start() if cut else m.end(1))
                out.append((_claim(doc, (c0, c1), speaker, (m.end(1), m.end(1) + 1), "indirect"), (a, b)))
                continue
        m = _TURN.match(text, a, b)
        if (m is not None and k > 0 and not _label(m.group(1)) and len(m.group(1)) > 1
                and not _dateline(m.group(1), turns)):
            c0, c1 = m.start(2), b
            out.append((_claim(doc, (c0, c1), m.span(1), (m.end(1), m.end(1) + 1), "direct"), (a, b)))
            continue
        for m in _SIGNED.finditer(text, a, b):
            line_start = text.rfind("\n", a, m.start()) + 1 or a
            q0, q1 = strip_span(text, max(line_start, a), m.end(1))
            if q1 - q0 < 20 or text[q0] not in _OPENING:
                continue
            src = strip_span(text, m.start(3), m.end(3))
            if not 1 <= len(text[src[0]:src[1]].split()) <= 6:
                continue
            out.append((_claim(doc, (q0, q1), src, m.span(2), "direct"), (q0, src[1])))
    return out


def apply_layouts(doc: Document, claims: list[Claim], blocks) -> list[Claim]:
    """The claims with the layout attributions added; a claim that overlaps one's
    speaker or cue, or runs out of the stretch it owns, gives way to it.  Claims
    wholly inside the words (a quotation's own "Trump said ...") stay."""
    found = layout_claims(doc, blocks)
    if not found:
        return claims
    keep = []
    for c in claims:
        drop = False
        if c.mode != "asserted":
            for lc, (a, b) in found:
                if not (c.start < b and a < c.end):
                    continue
                inside = lc.start <= c.start and c.end <= lc.end and (c.start, c.end) != (lc.start, lc.end)
                framed_inside = inside and c.cue is not None and lc.start <= c.cue.start and c.cue.end <= lc.end
                if not framed_inside:
                    drop = True
                    break
        if not drop:
            keep.append(c)
    return sorted(keep + [lc for lc, _ in found], key=lambda c: (c.start, c.end))
