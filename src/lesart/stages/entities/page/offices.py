"""Page rules for offices and job titles read as names (fifth reading round, issue 4).

- ``job_titles``: an English span made only of job-title words ("Strategy Officer" PER after "Chief",
  "Senate Leader" PER) is no name; a name the model ran into the title after it ("Ivan Braiker Chief
  Strategy Officer" ORG) is the name alone, with the label the page gives that name elsewhere;
- ``office_of``: "CEO of Hipcricket" ORG is the firm after "of", and the firm's other mentions read as a
  place or a person ("from Hipcricket" LOC) are that firm, ORG.
"""
from __future__ import annotations

import re

# Words of an English job title, and the heads a title ends in ("Chief Strategy Officer", "Senate Leader").
_JOB_WORDS_EN = frozenset(
    "Chief Strategy Strategic Executive Operating Financial Technology Technical Marketing Revenue Product "
    "Digital Information Data Commercial Creative Content Growth Sales Senior Vice Deputy Assistant Associate "
    "Senate House Majority Minority Managing Regional Global General Leader Officer President Director "
    "Manager Head Secretary Counsel Chairman Chairwoman Editor".split())
_JOB_HEADS_EN = frozenset("Leader Officer Director Manager Secretary Counsel Chairman Chairwoman".split())
_OFFICE_OF = re.compile(r"(?:CEO|CFO|COO|CTO|CMO|Chief(?: [A-Z]\w+)* Officer|President|Vice President|Founder|"
                        r"Co-Founder|Chairman|Head|Director|Managing Director) of (?=[A-Z])")


def job_titles(text: str, ents: list[list]) -> list[list]:
    labels = {text[x[0]:x[1]]: x[2] for x in ents}
    drop = set()
    for x in ents:
        if x[3] is not None:
            continue
        words = text[x[0]:x[1]].split(" ")
        if words[-1] not in _JOB_HEADS_EN:
            continue
        k = len(words)
        while k > 0 and words[k - 1] in _JOB_WORDS_EN:
            k -= 1
        if k == 0:
            drop.add(id(x))                       # "Strategy Officer", "Senate Leader"
        elif len(words) - k >= 2:
            name = " ".join(words[:k])
            if labels.get(name) not in (None, "MISC"):
                x[1] = x[0] + len(name)           # "Ivan Braiker Chief Strategy Officer"
                x[2] = labels[name]
    return [x for x in ents if id(x) not in drop] if drop else ents


def office_of(text: str, ents: list[list]) -> None:
    firms = set()
    for x in ents:
        if x[2] in ("ORG", "MISC") and x[3] is None:
            m = _OFFICE_OF.match(text, x[0], x[1])
            if m is not None:
                x[0], x[2] = m.end(), "ORG"
                firms.add(text[x[0]:x[1]])
    if firms:
        for x in ents:
            if x[2] in ("PER", "LOC") and x[3] is None and text[x[0]:x[1]] in firms:
                x[2] = "ORG"
