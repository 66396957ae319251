"""The claims table of the reports: who vouches for each claim, in words, and the rows.

The claims layer keeps what the annotated corpora want (the pronoun as the source, a frame's
two sides as two claims, a passive's verb as its unnamed source); a reader wants the same
facts said plainly.  ``claim_rows`` gives the terminal summary and the HTML report one row per
claim, or per frame split in two, with a source label that resolves what it safely can.
"""
from __future__ import annotations

import re
from functools import lru_cache


def source_label(claim, antecedent: str | None = None) -> str:
    """Who vouches for a claim, in words: its source, the author for an asserted
    claim, and "no source named" for reported words whose speaker the text leaves
    out ("Assange was accused of ...") -- never the author, who only reports them.
    ``antecedent``: whom a pronoun source stands for ("er → Holland-Moritz")."""
    if claim.source is not None:
        src, cue = claim.source, claim.cue
        if src.kind == "unspecified" and ((cue is not None and (cue.start, cue.end) == (src.start, src.end))
                                          or claim.start <= src.start < src.end <= claim.end):
            # a passive ("wie bekannt wurde", "wurden ... genannt") marks its verb as the
            # unnamed source: say so rather than print the verb as a speaker
            return "no source named (passive)"
        # PolNeAR-trained spans may keep a trailing comma ("according to The Wrap,"): not shown
        named = claim.source.text.rstrip(' ,;:') + (f" → {antecedent}" if antecedent else "")
        return f"{named} ({claim.source.kind})"
    return "the author" if claim.mode == "asserted" else "no source named"


_RELATIVE = frozenset({"who", "which"})
_COMMA_ONLY = re.compile(r"\s*,\s*$")
# Pronouns that stand for one man / one woman; others ("they", "sie", "wir") are left alone.
_MALE, _FEMALE = frozenset({"he", "er"}), frozenset({"she"})


def pronoun_antecedents(doc) -> dict[int, str]:
    """For claims whose source is "he"/"er" or "she", the person of that gender named as a
    source last before it, keyed by ``id(claim)`` ("er sagt" after "Holland-Moritz erklärt");
    for "nach eigenen Angaben", the subject whose own account it is.
    Gender comes from first names (gender-guesser's list) in the source or in a fuller
    mention of the same surname among the person entities; "she" needs a woman's name,
    "he" any name not known to be a woman's.  The layer keeps the pronoun as the source
    (PolNeAR annotates it so); reports add whom it most likely means."""
    # imported here: importing the claims stage registers it and loads its rule modules, which a
    # report of a document that has no claims never needs
    from ..stages.claims.sources import OWN_ACCOUNT, is_pronoun, own_account_subject

    out: dict[int, str] = {}
    for c in doc.claims:
        # "nach eigenen Angaben": whose own account it is (the clause's subject)
        if c.source is not None and OWN_ACCOUNT.fullmatch(c.source.text.strip()):
            subject = own_account_subject(doc, c.source)
            if subject is not None:
                out[id(c)] = doc.text[subject[0]:subject[1]]
    surname_gender = {e.text.split()[-1]: _gender(e.text.split()[0])
                      for e in doc.entities if e.label == "PER" and len(e.text.split()) > 1}
    named: list[tuple[str, str | None]] = []       # (name, "m" | "f" | None), in reading order
    person_starts = {e.start for e in doc.entities if e.label == "PER"}
    for c in sorted(doc.claims, key=lambda c: (c.source.start if c.source else c.start)):
        s = c.source
        # a named person whose title gives the source another kind ("Serene Gregg, local president
        # of the prison workers' union": organisation) is still someone "she" can refer to
        if s is None or (s.kind != "person" and s.start not in person_starts):
            continue
        word = s.text.strip().lower()
        if word in _RELATIVE:
            # "..., said Hill, who described the call as improper": the name before the comma
            before = next((e for e in reversed(doc.entities) if e.end <= s.start
                           and e.label in ("PER", "ORG") and _COMMA_ONLY.match(doc.text, e.end, s.start)), None)
            if before is not None:
                out[id(c)] = before.text
        elif word in _MALE or word in _FEMALE:
            wanted = "f" if word in _FEMALE else "m"
            match = next((name for name, g in reversed(named)
                          if (g == "f" if wanted == "f" else g != "f")), None)
            if match is not None:
                out[id(c)] = match
        elif names_source(c) and not is_pronoun(s.text):
            name = s.text.rstrip(" ,;:")
            words = [w.strip(",;:") for w in name.split() if w[:1].isupper()]
            # a surname alone ("Cruz") takes the gender of its fuller mention ("Ted Cruz"), not of the
            # same word read as a first name
            gender = surname_gender.get(words[0]) if len(words) == 1 else None
            if gender is None and words:
                gender = next((g for g in map(_gender, words) if g), None) or surname_gender.get(words[-1])
            named.append((name, gender))
    return out


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as gender_guesser
    except ImportError:      # a pinned dependency; without it pronouns are simply not resolved
        return None
    return gender_guesser.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def _gender(word: str) -> str | None:
    detector = _detector()
    if detector is None or not word[:1].isupper():
        return None
    guess = detector.get_gender(word.strip(".,;:"))
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess)


def claim_rows(doc) -> list[tuple[str, object, str, str]]:
    """(number, claim, text, source label) per row of a claims table.  A frame inside a sentence splits
    what was said in two claims ("Derzeit gibt es | laut Ministerium | noch 40 Betriebe"):
    the claims layer keeps both pieces (the frame is no content), the table shows them
    as one row, "Derzeit gibt es … noch 40 Betriebe", numbered "3–4"."""
    rows: list[tuple[str, object, str, str]] = []
    claims = list(doc.claims)
    antecedents = pronoun_antecedents(doc)
    i = 0
    while i < len(claims):
        c, j = claims[i], i + 1
        pieces = [c.text]
        while j < len(claims) and _frame_between(doc, claims[j - 1], claims[j], c):
            pieces.append(claims[j].text)
            j += 1
        number = str(i + 1) if j == i + 1 else f"{i + 1}–{j}"
        rows.append((number, c, " … ".join(pieces), source_label(c, antecedents.get(id(c)))))
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
