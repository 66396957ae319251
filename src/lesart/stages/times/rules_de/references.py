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


# Nouns that name the present, past or future point at a time only after a temporal
# preposition ("in der Vergangenheit", "zu dieser Zeit", "für die Zukunft"); as subjects or
# objects they name prospects or history ("die Zukunft der Huskies", "Zweifel an der
# Zukunft des Monarchen", "der Vergangenheit angehören", "Bedrohungen der Gegenwart", "mit
# dieser Zeit" of a race), and with a genitive after them they are that thing's (KRAUTS dev:
# tagged after "in" / "zu" only, but one subject "die Gegenwart").
_TIME_NOUNS = {"der zukunft", "die zukunft", "der vergangenheit", "die vergangenheit",
               "die gegenwart", "der gegenwart", "dieser zeit"}
_TIME_NOUN_BEFORE = r"(?:[Ii]n|[Zz]u|[Ss]eit|[Ww]ährend|[Ff]ür|[Aa]us|[Bb]is\s+zu)"


def word_rules() -> list[Rule]:
    out = []
    for value, words in lx.REFERENCE_WORDS[L].items():
        nouns = [w for w in words if w in _TIME_NOUNS]
        words = [w for w in words if w not in _TIME_NOUNS]
        if nouns:
            out.append(rule(f"de-noun-{value.lower()}", "DATE",
                            rf"\b{_TIME_NOUN_BEFORE}\s+(?P<t>{alternation(nouns)})\b(?!\s+{_GENITIVE_DET}\b)",
                            reference(value), relative=False, priority=-1))
        # ... but not "heutigen" in "am heutigen Samstag", "am gestrigen Abend" or "am
        # heutigen Ostermontag" (the weekday, part-of-day and holiday rules read it),
        # nor the idiom "früher oder später" or the comparative "früher als (erwartet)",
        # nor "zur Zeit" before a genitive ("zur Zeit
        # der Besatzung", "zur Zeit seiner Geburt": at the time of, not now).
        out.append(rule(f"de-{value.lower()}", "DATE",
                        rf"\b(?P<t>{alternation(words)})\b(?!\s+(?:{WD}|{POD}|{HOLIDAY})\b)(?!\s+oder\s+später)(?!(?<=[Ff]rüher)\s+als\s+(?:erwartet|geplant|gedacht|vorgesehen|angekündigt|sonst|üblich|gewohnt|bisher|bislang|vermutet|befürchtet|ursprünglich)\b)"
                        rf"(?!(?<=zur\sZeit)\s+{_GENITIVE_DET}\b)",
                        reference(value), relative=False, priority=-1))
    return out


# "[der heutige Tag]", "die [heutige] Sitzung", "in ihrer [heutigen] Ausgabe", "seine
# [heutige] Erklärung": the anchor's day, as "heute" with an event of the day ("die heutige
# Ukraine", "der heutige Minister" stay PRESENT_REF; "bis zum heutigen Tag" means until now).
_EVENT_OF_THE_DAY = alternation([
    "Sitzung", "Ausgabe", "Erklärung", "Beschluss", "Entscheidung", "Abstimmung", "Treffen",
    "Gipfel", "Auftritt", "Rede", "Etappe", "Spiel", "Partie", "Rennen", "Protestzug", "Protest",
    "Demonstration", "Kundgebung", "Pressekonferenz", "Verhandlung", "Verhandlungstag", "Termin",
    "Veranstaltung", "Ankündigung", "Urteil", "Besuch", "Feier", "Konzert", "Eröffnung",
    "Mitteilung", "Meldung", "Pressemitteilung", "Sendung", "Vorstellung", "Aufführung",
    "Wahl", "Ziehung", "Streik", "Warnstreik", "Training", "Finale", "Gespräch", "Anhörung"])


RULES: list[Rule] = [
    rule("de-heutig-event", "DATE",
         rf"(?<!\bzum\s)(?<!\bzu\sdem\s)\b(?P<t>[Hh]eutige[nmrs]?(?P<day>\s+Tag(?:es|s)?\b)?)"
         rf"(?(day)|\s+(?:{_EVENT_OF_THE_DAY})(?:e?s|en|e|n)?\b)",
         lambda m, ctx: ctx.anchor_date().isoformat(), priority=1, flags=0),
    # "in dieser schwierigen Zeit": with an adjective the demonstrative points at the time
    # the clause talks about: the present, or the past in a past clause ("dieser Zeit"
    # alone stays PAST_REF, see lexicon.REFERENCE_WORDS).
    rule("de-this-time", "DATE",
         r"\b(?:in|zu|seit|während)\s+(?P<t>(?:dieser|jener)\s+(?:[a-zäöüß]{3,}(?:en|e)\s+)(?:Zeit|Zeiten))\b",
         lambda m, ctx: "PAST_REF" if ctx.past else "PRESENT_REF", priority=1),
]
