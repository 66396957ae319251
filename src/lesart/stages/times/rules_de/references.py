"""Words that point at the present, the past or the future without a date ('derzeit',
'damals', 'künftig'; lexicon.REFERENCE_WORDS): PRESENT_REF, PAST_REF, FUTURE_REF."""
from __future__ import annotations

from .. import lexicon as lx
from ..rules import Rule, alternation, rule
from .shared import L, POD, WD


def reference(value):
    return lambda m, ctx: value


HOLIDAY = alternation(lx.HOLIDAYS[L])
_GENITIVE_DET = r"(?:der|des|dieser|dieses|jener|jenes|eines|einer|(?:mein|dein|sein|ihr|unser|euer|eur)(?:er|es))"


def word_rules() -> list[Rule]:
    out = []
    for value, words in lx.REFERENCE_WORDS[L].items():
        # ... but not "heutigen" in "am heutigen Samstag", "am gestrigen Abend" or "am
        # heutigen Ostermontag" (the weekday, part-of-day and holiday rules read it),
        # nor the idiom "früher oder später", nor "zur Zeit" before a genitive ("zur Zeit
        # der Besatzung", "zur Zeit seiner Geburt": at the time of, not now).
        out.append(rule(f"de-{value.lower()}", "DATE",
                        rf"\b(?P<t>{alternation(words)})\b(?!\s+(?:{WD}|{POD}|{HOLIDAY})\b)(?!\s+oder\s+später)"
                        rf"(?!(?<=zur\sZeit)\s+{_GENITIVE_DET}\b)",
                        reference(value), relative=False, priority=-1))
    return out


RULES: list[Rule] = [
    # "in dieser schwierigen Zeit": with an adjective the demonstrative points at the time
    # the clause talks about: the present, or the past in a past clause ("dieser Zeit"
    # alone stays PAST_REF, see lexicon.REFERENCE_WORDS).
    rule("de-this-time", "DATE",
         r"\b(?:in|zu|seit|während)\s+(?P<t>(?:dieser|jener)\s+(?:[a-zäöüß]{3,}(?:en|e)\s+)(?:Zeit|Zeiten))\b",
         lambda m, ctx: "PAST_REF" if ctx.past else "PRESENT_REF", priority=1),
]
