"""The claims table of the reports: who vouches for each claim, in words, and the rows.

The claims layer keeps what the annotated corpora want (the pronoun as the source, a frame's
two sides as two claims, a passive's verb as its unnamed source); a reader wants the same
facts said plainly.  ``claim_rows`` gives the terminal summary and the HTML report one row per
claim, or per frame split in two, with a source label that says whom a pronoun stands for
(``Source.refers_to``, set by the claims stage).
"""
from __future__ import annotations


def source_label(claim) -> str:
    """Who vouches for a claim, in words: its source (with whom a pronoun stands for, the
    layer's ``refers_to``: "er → Holland-Moritz"), the author for an asserted claim, and
    "no source named" for reported words whose speaker the text leaves out ("Assange was
    accused of ...") -- never the author, who only reports them."""
    if claim.source is not None:
        src = claim.source
        if claim.source_is_passive_verb():
            # a passive ("wie bekannt wurde", "wurden ... genannt") marks its verb as the
            # unnamed source: say so rather than print the verb as a speaker
            return "no source named (passive)"
        # PolNeAR-trained spans may keep a trailing comma ("according to The Wrap,"): not shown
        refers_to = getattr(src, "refers_to", None)
        named = src.text.rstrip(' ,;:') + (f" → {refers_to.text}" if refers_to is not None else "")
        return f"{named} ({src.kind})"
    return "the author" if claim.mode == "asserted" else "no source named"


def claim_rows(doc) -> list[tuple[str, object, str, str]]:
    """(number, claim, text, source label) per row of a claims table.  A frame inside a sentence splits
    what was said in two claims ("Derzeit gibt es | laut Ministerium | noch 40 Betriebe"):
    the claims layer keeps both pieces (the frame is no content), the table shows them
    as one row, "Derzeit gibt es … noch 40 Betriebe", numbered "3–4"."""
    rows: list[tuple[str, object, str, str]] = []
    claims = list(doc.claims)
    i = 0
    while i < len(claims):
        c, j = claims[i], i + 1
        pieces = [c.text]
        while j < len(claims) and _frame_between(doc, claims[j - 1], claims[j], c):
            pieces.append(claims[j].text)
            j += 1
        number = str(i + 1) if j == i + 1 else f"{i + 1}–{j}"
        rows.append((number, c, " … ".join(pieces), source_label(c)))
        i = j
    return rows


def _frame_between(doc, left, right, first) -> bool:
    """Are ``left`` and ``right`` the two sides of one frame of ``first``'s source and cue?"""
    if right.mode != first.mode or right.source != first.source or right.cue != first.cue or first.cue is None:
        return False
    gap = (left.end, right.start)
    return gap[0] <= first.cue.start and first.cue.end <= gap[1] and "\n" not in doc.text[gap[0]:gap[1]]


def names_source(claim) -> bool:
    """Whether ``source_label`` names a source (and ends in its kind in brackets)."""
    return claim.source is not None and source_label(claim).endswith(f"({claim.source.kind})")
