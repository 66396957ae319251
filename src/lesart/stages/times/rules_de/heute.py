"""When 'heute' is the day of the anchor (an event notice, a past clause, a scheduled
event: 'Heute tritt der Landtag zusammen') and when it is the present in general ('heute
gibt es kaum noch ...', PRESENT_REF)."""
from __future__ import annotations

import re

from .. import tense
from .shared import WD

# 'bis heute', 'für heute (geplant)', or right after a dateline ("Bozen (lu). Heute ...",
# "BOZEN. Heute ...").
_HEUTE_DATE_BEFORE = re.compile(r"\b(?:[Bb]is|[Aa]b|[Ss]eit|[Ff]ür)\s+$|\(\w{1,5}\)\.\s*$|\b[A-ZÄÖÜ]{3,}\.\s*$")
_HEUTE_DATE_AFTER = re.compile(
    r"^\s*(?:\(|,)?\s*(?:um|ab|von)?\s*\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr|-(?!\s*[Jj]ährig))"   # not "der heute 80-Jährige"
    r"|^\s*(?:abend|morgen|nachmittag|vormittag|früh)"
    r"|^\s*(?:\(|(?:und|oder|bis)\s+(?:morgen|übermorgen))"
    # "Heute, Freitag, findet ...", "Heute, am 17. März, stimmt ...": the weekday or the
    # date in apposition names the day
    rf"|^\s*,\s*(?:(?:am|den|dem)\s+)?(?:{WD}\b|\d{{1,2}}\.\s*(?:\d{{1,2}}\.|[A-ZÄÖÜ][a-zäöü]{{2,}}))", re.I)
_COMMA_CUT = re.compile(r"[.!?;:,–][\"”“«»']?(?:\s|$)")
# An event of the day: a past passive ("wurde heute aufgehoben", "ist heute abgesagt
# worden"), a perfect with a participle ("haben heute das Kraftwerk besetzt", "hat heute
# ... angekündigt"), or "findet heute ... statt".  A present passive ("Heute wird zwar
# niemand ... gesteckt", "So wird es heute noch erzählt") stays the generic present.
_PAST_EVENT = re.compile(
    r"(?<!\w)(?:wurden?|worden)(?!\w)"
    r"|(?<!\w)(?:hat|haben|ist|sind)\s(?:.*\s)?(?<!\bzu )\W?(?:[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)"
    r"|[a-zäöü]*(?:be|er|ver|ent|zer)[a-zäöüß]{2,}(?:t|en)|[a-zäöü]{2,}iert)\W*$"
    r"|(?<!\w)(?:findet|finden)\s(?:.*\s)?statt\W*$")
# Perfects of change and state ("hat sich heute gewandelt") speak of the present in general.
_GENERIC_PERFECT = re.compile(r"(?<!\w)sich\s(?:.*\s)?(?:ge|ver)(?:ändert|wandelt)\b")
# A scheduled, one-off event in the present tense is on that day too ("Heute tritt der
# Landtag zusammen", "Der Gemeinderat tagt heute", "Heute beginnt die Messe", "Der Prozess
# wird heute fortgesetzt"): verbs that name a meeting, a start or end, a decision, a vote,
# a presentation; a clause that speaks of how things are now ("heute noch", "nicht mehr",
# "immer", "kaum", "längst", "man", "es gibt") stays the generic present.
_EVENT_PRESENT = re.compile(
    r"(?<!\w)(?:beginnt|beginnen|startet|starten|endet|enden|eröffnet|tagt|tagen|entscheidet|"
    r"entscheiden|berät|beraten|verhandelt|verhandeln|streikt|streiken|demonstriert|"
    r"demonstrieren|verkündet|verkünden|präsentiert|präsentieren|erfolgt|erfolgen)(?!\w)(?!\s+sich\b)"
    r"|(?<!\w)(?:trifft|treffen)\s+sich(?!\w)"
    r"|(?<!\w)(?:tritt|treten|stimmt|stimmen|stellt|stellen|legt|legen|gibt|geben|läuft|laufen|"
    r"kommt|kommen|geht|gehen)\s(?:.*\s)?(?:zusammen|ab|vor|bekannt|aus|los)\W*$"
    r"|(?<!\w)(?:wird|werden)\s(?:.*\s)?(?:eröffnet|fortgesetzt|vorgestellt|verkündet|"
    r"entschieden|gewählt|beigesetzt|eingeweiht|abgestimmt|verhandelt|übergeben)\W*$")
_GENERIC_PRESENT = re.compile(
    r"(?<!\w)(?:noch|mehr|immer|kaum|längst|oft|meist|meistens|man|gibt\s+es|es\s+gibt|inzwischen|"
    r"mittlerweile|wieder|zunehmend|häufig|viele|alle|jeder|jede)(?!\w)", re.I)


def heute_is_date(m, ctx) -> bool:
    """'heute' is a day in event notices and past clauses, else the generic present."""
    before = m.string[max(0, m.start() - 12):m.start()]
    after = m.string[m.end():m.end() + 25]
    if _HEUTE_DATE_BEFORE.search(before) or _HEUTE_DATE_AFTER.search(after):
        return True
    # "Mönche setzten heute ihre Proteste fort": a simple past next to "heute" reports
    # an event of the day, not the present in general.
    near = m.string[max(0, m.start() - 30):m.end() + 30]
    # no word cut in half ("[Ei]nsatzgebiete" is no preterite in -te)
    if m.start() > 30 and m.string[m.start() - 31].isalnum():
        near = near.split(" ", 1)[-1]
    if m.end() + 30 < len(m.string) and m.string[m.end() + 30].isalnum():
        near = near.rsplit(" ", 1)[0]
    near = re.split(r"[.!?;:,–]\s", near)       # the same clause only
    if any(tense.has_preterite(part) for part in near if "heute" in part.lower()):
        return True
    # ... and so does a past passive or perfect in the clause part around it (up to the
    # next comma or stop).
    left = _COMMA_CUT.split(m.string[max(0, m.start() - 150):m.start()])[-1]
    right = _COMMA_CUT.split(m.string[m.end():m.end() + 200], 1)[0]
    if m.start() >= 150:
        left = left.split(" ", 1)[-1]           # no word cut in half
    clause = left + m.group(0) + right
    if _EVENT_PRESENT.search(clause) and not _GENERIC_PRESENT.search(clause):
        return True
    event = _PAST_EVENT.search(clause)
    if not event or _GENERIC_PERFECT.search(clause):
        return False
    # "heute ist sie für ihre Rundungen bekannt", "Heute sind die Städte so stark
    # belastet": a state with "sein", not a perfect.
    last = re.findall(r"[a-zäöüß]+", event.group(0))
    return not (last and last[-1] in tense.STATIVE and event.group(0).startswith(("ist", "sind")))
