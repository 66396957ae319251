"""German time rules (news register: Die Zeit, Dolomiten, agency copy).

``RULES`` is the German rule table the stage imports: the rules of the modules below, in the
order of ``ORDER``, each with the trigger words it needs (``NEEDS``).  The rules live by what
they are about:

- ``dates.py``: day and month, numeric dates, lists and ranges of days, holidays, Advent;
- ``months.py``: months, seasons, quarters, halves of a year;
- ``years.py``: years, decades, centuries, millennia, periods of two years;
- ``days.py``: 'gestern', 'morgen', weekdays, 'Vortag', 'am darauf folgenden Tag';
- ``heute.py``: when 'heute' is a day and when the present in general;
- ``relative_units.py``: 'vergangene Woche', 'Ende des Jahres', 'Vorjahr', 'im Jahr darauf';
- ``durations.py``: 'drei Jahre', 'sechs bis acht Monate', 'jahrelang';
- ``sets.py``: 'wöchentlich', 'jeden Montag', 'zweimal pro Woche';
- ``clock.py``: clock times, opening hours, midnight;
- ``parts_of_day.py``: 'am Abend', 'in der Nacht zum Dienstag', 'in den Morgenstunden';
- ``references.py``: PRESENT_REF, PAST_REF, FUTURE_REF words;
- ``not_times.py``: what is no time: counts, prices, telephone numbers, citations, ages;
- ``shared.py``: the word patterns and readers the modules share.
"""
from __future__ import annotations

from dataclasses import replace

from ..rules import Rule
from . import clock, dates, days, durations, months, parts_of_day, references, relative_units, sets, years

_MODULES = (dates, months, years, days, relative_units, durations, clock, parts_of_day, sets, references)

# The order of the table breaks the ties between rules that match the same span with the
# same priority (stage.find), so it stays as it grew; a new rule goes where it should win
# its ties.  The reference words' rules (references.word_rules) come last.
ORDER = (
    "de-full-date", "de-numeric-day-month", "de-day-month", "de-day-range-start",
    "de-month-year", "de-month-range-start", "de-month-mod",
    "de-day-month-ordinal",
    "de-month-relative", "de-month-cue", "de-month-list", "de-month-bare",
    "de-season-year", "de-season", "de-season-this",
    "de-decade", "de-century", "de-century-word", "de-millennium", "de-century-rel", "de-year", "de-year-approx",
    "de-nth-weekday-of-month", "de-relative-day", "de-weekday-of-week", "de-weekday-pod", "de-weekday",
    "de-relative-unit",
    "de-next-day",
    "de-next-pod",
    "de-course-of-unit", "de-mod-unit", "de-compound",
    "de-duration", "de-duration-range-start", "de-duration-range-end", "de-duration-within", "de-duration-of",
    "de-quarter-hour", "de-duration-compound", "de-duration-adjective", "de-duration-adjective-vague",
    "de-duration-hyphen", "de-duration-vague", "de-duration-the-years", "de-duration-the-years-of",
    "de-duration-bare", "de-duration-lang",
    "de-clock", "de-clock-words", "de-clock-range-start", "de-clock-range-mid", "de-clock-um",
    "de-clock-between", "de-clock-half",
    "de-pod-of-date", "de-last-night", "de-night-before", "de-part-of-day",
    "de-adjective-day",
    "de-adjective-day-pod", "de-pod-hours",
    "de-set-word", "de-set-pod", "de-set-every", "de-set-weekend", "de-set-weekday", "de-set-weekday-of-month", "de-set-weekdays",
    "de-set-per", "de-set-rate", "de-set-rate-bare",
    "de-same-unit", "de-year-after", "de-following-year", "de-following-year-adj", "de-unit-after",
    "de-midnight",
    "de-set-repeat",
    "de-day-before-after",
    "de-half-year", "de-quarter",
    "de-tomorrow-initial", "de-tomorrow-initial-pod",
    "de-advent",
    "de-period-two-years",
    "de-this-time", "de-heutig-event",
    "de-advent-shopping", "de-anniversary", "de-holiday", "de-awareness-day", "de-awareness-day-named", "de-awareness-day-world",
)


def _in_order() -> list[Rule]:
    by_name = {rule.name: rule for module in _MODULES for rule in module.RULES}
    if sorted(ORDER) != sorted(rule.name for module in _MODULES for rule in module.RULES):
        raise ImportError("rules_de.ORDER must name every rule of the rule modules once")
    return [by_name[name] for name in ORDER] + references.word_rules()


RULES: list[Rule] = _in_order()

# The trigger words each rule needs (see triggers.py); rules not listed need a digit.
NEEDS = {
    "de-month-range-start": ("month",), "de-month-mod": ("month",), "de-month-cue": ("month",), "de-month-bare": ("month",), "de-month-list": ("month",), "de-day-month-ordinal": ("month",), "de-month-relative": ("month",),
    "de-season": ("season",), "de-season-this": ("season",), "de-decade": ("decade", "digit"),
    "de-century-rel": ("unit",), "de-century-word": ("unit",), "de-millennium": ("millennium", "digit"), "de-relative-day": ("relday",),
    "de-weekday-pod": ("weekday",), "de-weekday-of-week": ("weekday",), "de-weekday": ("weekday",), "de-relative-unit": ("unit", "compound"),
    "de-mod-unit": ("unit",), "de-compound": ("compound",), "de-duration": ("unit",),
    "de-duration-vague": ("unit",), "de-duration-compound": ("digit", "number"),
    "de-duration-adjective": ("digit", "number"), "de-duration-bare": ("unit",), "de-duration-the-years": ("unit",), "de-duration-the-years-of": ("unit",), "de-duration-lang": ("unit",),
    "de-part-of-day": ("pod",), "de-adjective-day-pod": ("pod",), "de-adjective-day": ("compound",), "de-pod-hours": ("podhours",), "de-pod-of-date": ("pod",), "de-set-weekdays": ("weekday",), "de-set-weekday-of-month": ("weekday",), "de-nth-weekday-of-month": ("weekday",),
    "de-duration-within": ("unit",), "de-duration-range-start": ("unit",), "de-duration-range-end": ("unit",), "de-night-before": ("weekday", "relday"), "de-last-night": ("pod",), "de-clock-words": ("number",), "de-clock-half": ("number",), "de-set-word": ("set",), "de-set-pod": ("pod",),
    "de-set-every": ("set",), "de-set-weekend": ("set",), "de-course-of-unit": ("unit",), "de-set-weekday": ("weekday",), "de-set-per": ("set",),
    "de-set-repeat": ("unit",), "de-set-rate": ("unit",), "de-day-before-after": ("compound",),
    "de-half-year": ("compound",), "de-quarter": ("compound",), "de-tomorrow-initial": ("relday", "pod"),
    "de-holiday": ("holiday",), "de-advent": ("holiday",), "de-set-rate-bare": ("unit",), "de-same-unit": ("unit", "pod"),
    "de-year-after": ("unit",), "de-following-year": ("compound",), "de-following-year-adj": ("unit",), "de-unit-after": ("unit", "compound"), "de-midnight": ("midnight",),
    "de-next-day": ("unit",), "de-next-pod": ("pod",), "de-tomorrow-initial-pod": ("relday", "pod"),
    "de-duration-of": ("unit",), "de-quarter-hour": ("podhours",),
    "de-duration-adjective-vague": ("unit2",), "de-this-time": ("ref",), "de-heutig-event": ("ref",),
    "de-advent-shopping": ("weekday",), "de-awareness-day": ("compound",), "de-awareness-day-named": ("compound",),
    "de-awareness-day-world": ("holiday",), "de-anniversary": ("digit",),
}
RULES = [replace(r, needs=("ref",) if r.name.endswith("_ref") else NEEDS.get(r.name, ("digit",)))
         for r in RULES]
