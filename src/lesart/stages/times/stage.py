"""The ``times`` stage: find time expressions and resolve them to TIMEX3."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import partial

from ...model import Document, Time
from ...pipeline import register
from .. import warn_unsupported_language
from . import tense, triggers
from .resolve import Context, NoAnchor, parse_anchor
from .rules import Rule, mod_of
from .rules_de import RULES as RULES_DE
from .rules_en import RULES as RULES_EN

RULES: dict[str, list[Rule]] = {"de": RULES_DE, "en": RULES_EN}

# How far (in characters) an explicit past year colours later bare months.
NARRATIVE_REACH = 200
NO_ANCHOR_WARNING = "publication date unknown: relative times left unresolved"

# A year, month or day -- or a season, quarter or half of a named year ("im Herbst 2008 ...
# Am 15. September"): each sets the year of the story.
# A story's year does not carry over a blank line: a new paragraph goes back to the news.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_YEAR_VALUE = re.compile(r"\d{4}(?:(?:-\d\d){0,2}|-(?:SP|SU|FA|WI|Q[1-4]|H[12]))$")
# "Saison 2014/15", "1925/26": two years, so neither colours later bare months.
_YEAR_SPAN_AFTER = re.compile(r"\s*/\s*\d\d")
# "seit 1998", "since 2010": a period that runs up to now, not a story set in that year.
_PERIOD_START_BEFORE = {
    "de": re.compile(r"\b(?:[Ss]eit|[Aa]b)\s+(?:(?:de[mn]|Anfang|Mitte|Ende|Beginn)\s+)?(?:Jahr(?:e|es)?\s+)?$"),
    "en": re.compile(r"\b[Ss]ince\s+$"),
}
# "die Präsidentschaftswahlen 2024", "Lagebericht 2023": a year right after a noun
# names that thing (an edition, an election), it does not set the scene for what follows.
_NAME_YEAR_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:Jahr|Jahre|Jahres|Anfang|Mitte|Ende|Beginn|Frühjahr|Frühling|Sommer|Herbst|"
    r"Winter|Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember|Seit|Ab|Im|In|Bis|Von|Vor|Nach|Um|Am|Zum|Bereits|Schon|Erst|Noch)\s)"
    r"(?:[A-ZÄÖÜ][\w-]*[a-zäöüß]|(?-i:[A-ZÄÖÜ]{2,5}))\s+$")     # (also "WM 2010", "EM 2024")
# "bis 2010 soll die Brücke fertig sein": a deadline, no story set in that year.
# (nor a year "für 2010", nor the last of a list "2009 und 2010": plans, no story)
_DEADLINE_BEFORE = re.compile(r"(?i)(?:\b(?:bis|spätestens|frühestens|vor|ab|für)|\d\s+(?:und|oder|sowie)|\d\s*[-–])\s*(?:(?:Ende|Anfang|Mitte)\s+)?(?:(?:de[ms]\s+)?Jahr(?:es)?\s+)?$")
# "die 1998 gegründete Firma", "des 2011 mit 87 Jahren gestorbenen Loriot": a year right
# after an article opens an attribute, background to a noun, not the story's year.
_ARTICLE_YEAR_BEFORE = re.compile(r"(?<![\w-])(?:der|die|das|des|dem|den|eines|einer|einem|eine)\s+$", re.I)
# "liegt 15 Jahre zurück (1992)", "Goethes Faust (1808)": a year in brackets is an aside.
def _IN_BRACKETS(text: str, s: int, e: int) -> bool:
    return text[max(0, s - 1):s] == "(" and text[e:e + 1] == ")"


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:$|T)")
# An ordinal or day number ("der 50. Berlin-Marathon", "am 5. Mai") ends no clause, nor
# does an abbreviation ("in Harland bei St. Pölten verbracht", "Dr. Müller", "z. B.").
# (The look-ahead at its first character lets the engine skip a position at once instead
# of trying the dozen look-behinds there: the same matches, ten times faster.)
_CLAUSE_END = re.compile(r"(?=[.!?;\n])(?:(?<![\s(]\d)(?<![\s(]\d\d)(?<!\bSt)(?<!\bDr)(?<!\bNr)(?<!\bProf)"
                         r"(?<!\bbzw)(?<!\bca)(?<!\bvgl)(?<!\bz)(?<!\bu)(?<!\bd)(?<!\bsog)(?<!\bHl)"
                         r"\.|[!?;])[\"“”»«']?\s|\n")
_POSSESSIVE = re.compile(r"['’]s\b")
_BODY_END = re.compile(r"[.!?][\"“”’')]?\s*$")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?]\s+(?=[A-ZÄÖÜ])|\n")
# English has no ordinal dots: a full stop after a number ends the sentence too ("in 2012. He")
_SENTENCE_END_EN = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“‘])|\n")
# "seit dem 26. Juli", "seit Anfang März", "since Monday": the expression lies in the past.
_SINCE_BEFORE = {
    "de": re.compile(r"\b[Ss]eit\s+(?:de[mn]\s+|(?:Anfang|Mitte|Ende|Beginn)\s+)?$"),
    "en": re.compile(r"\b[Ss]ince\s+(?:the\s+)?(?:(?:early|mid-?|late)\s+)?$"),
}
# "die Wahlsieger vom Wochenende", "der Leserbrief vom 24. August": an attribute "vom"
# names a past day, unless it opens a range ("vom 5. bis 22. November") or a start
# ("gilt vom 1. Mai an").
_FROM_BEFORE = re.compile(r"\b[Vv]om\s+$")
_RANGE_AFTER = re.compile(r"\.?\s*(?:bis|-|–|an\b)")
# With no tense marker at all: German present tense usually speaks of what is
# coming ("am Sonntag sind Wahlen"); English news reports what happened.
DEFAULT_TENSE = {"de": "future", "en": None}


def find(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Rule, re.Match]]:
    """All non-overlapping rule matches in text[start:end]: longest first, then priority."""
    end = len(text) if end is None else end
    found = triggers.positions(text, lang, start, end)
    if not found:
        return []
    cands = []
    cues: dict[re.Pattern, bool] = {}       # a rule's cue words (rules.Rule.cue): in text[start:end]?
    # Rules grouped by the trigger kinds they need: a group whose triggers the
    # text lacks is skipped whole (only the groups of the kinds found are looked at).
    # The rule's index breaks ties in the sort as the rule order did when every rule
    # was tried in turn.
    groups = RULE_GROUPS[lang]
    by_kind = GROUPS_OF_KIND[lang]
    for g in sorted({g for kind in found for g in by_kind.get(kind, ())}):
        needs, group = groups[g]
        spans = [sp for kind in needs for sp in found.get(kind, ())]
        rules = [r for r in group if r[1].cue is None or _has_cue(cues, r[1].cue, text, start, end)]
        for ws, we in triggers.windows(spans, start, end):
            for index, rule, has_t in rules:
                for m in rule.regex.finditer(text, ws, we):
                    s, e = m.span("t") if has_t else m.span()
                    if e > s:
                        cands.append((s, e, index, rule, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[3].priority, c[0], c[2]))
    return _first_disjoint([(s, e, rule, m) for s, e, _, rule, m in cands])


def _has_cue(seen: dict[re.Pattern, bool], cue: re.Pattern, text: str, start: int, end: int) -> bool:
    found = seen.get(cue)
    if found is None:
        found = seen[cue] = cue.search(text, start, end) is not None
    return found


def _groups(rules: list[Rule]) -> list[tuple[tuple[str, ...], list[tuple[int, Rule, bool]]]]:
    groups: dict[tuple[str, ...], list[tuple[int, Rule, bool]]] = {}
    for index, rule in enumerate(rules):
        groups.setdefault(rule.needs, []).append((index, rule, "t" in rule.regex.groupindex))
    return list(groups.items())


def _groups_of_kind(groups: list[tuple[tuple[str, ...], list]]) -> dict[str, list[int]]:
    """Trigger kind -> the numbers of the groups that need it."""
    out: dict[str, list[int]] = {}
    for g, (needs, _) in enumerate(groups):
        for kind in needs:
            out.setdefault(kind, []).append(g)
    return out


RULE_GROUPS = {lang: _groups(rules) for lang, rules in RULES.items()}
GROUPS_OF_KIND = {lang: _groups_of_kind(groups) for lang, groups in RULE_GROUPS.items()}


def _first_disjoint(cands: list[tuple[int, int, Rule, re.Match]]) -> list[tuple[int, int, Rule, re.Match]]:
    """Each candidate that overlaps none taken before it, in text order.

    The taken spans are disjoint, so sorted by start they are sorted by end
    too and only the neighbours of a new span can overlap it: a bisection per
    candidate instead of a scan over all taken (a list of thousands of dates
    in one sentence took seconds).
    """
    taken: list[tuple[int, int, Rule, re.Match]] = []
    starts: list[int] = []
    for c in cands:
        i = bisect.bisect_right(starts, c[0])
        if i and taken[i - 1][1] > c[0] or i < len(taken) and taken[i][0] < c[1]:
            continue
        starts.insert(i, c[0])
        taken.insert(i, c)
    return taken


def _clause_tense(text: str, s: int, e: int, lang: str, schedule: bool) -> str | None:
    """The tense of the clause around text[s:e] (``tense.guess``); with ``schedule``,
    an English present of a scheduled event (``tense.en_schedule``) when no marker is found."""
    left, right = _clause(text, s, e)
    return tense.guess(left, right, lang) or (tense.en_schedule(left, right) if schedule else None)


def _clause(text: str, s: int, e: int) -> tuple[str, str]:
    left = max(0, s - 200)
    cut = [m.end() for m in _CLAUSE_END.finditer(text, left, s)]
    left = cut[-1] if cut else left
    right_m = _CLAUSE_END.search(text, e, min(len(text), e + 200))
    right = right_m.start() if right_m else min(len(text), e + 200)
    return text[left:s], text[e:right]


def tag(text: str, lang: str, published: str | None,
        regions: list[tuple[int, int]] | None = None) -> tuple[list[Time], bool]:
    """Tag ``text``; returns the times and whether an anchor was missing for any."""
    anchor = parse_anchor(published)
    ctx = Context(anchor=anchor, lang=lang)
    times: list[Time] = []
    missing_anchor = False
    narrative = None        # (year, end, year alone?) of the last explicit past year
    sentence_day = None
    for rs, re_ in regions or [(0, len(text))]:
        region_start = True
        # English body text (not a headline, whose present tense tells past news): a
        # present-tense verb of a scheduled event points ahead (tense.en_schedule).
        body = lang == "en" and bool(_BODY_END.search(text, max(rs, re_ - 3), re_))
        for s, e, rule, m in find(text, lang, rs, re_):
            # (not a possessive: "after Monday night's loss" names a past event)
            ctx.set_clause(partial(_clause_tense, text, s, e, lang, body and _POSSESSIVE.match(text, e) is None),
                           DEFAULT_TENSE[lang])
            if sentence_day and (region_start or _SENTENCE_END.search(text, sentence_day[1], s)):
                # German: a clock time with no day of its own in the very next sentence
                # still takes the past day just named ("fand am Sonnabend statt. Seit
                # 8.30 Uhr liefen ..."); a coming day does not carry (listings).
                if not (lang == "de" and rule.type == "TIME" and anchor and sentence_day[0] < anchor
                        and len(_SENTENCE_END.findall(text, sentence_day[1], s)) <= 1):
                    sentence_day = None
            region_start = False
            if narrative and (s - narrative[1] > NARRATIVE_REACH
                              or _PARAGRAPH_BREAK.search(text, narrative[1], s)):
                narrative = None
            if narrative and lang == "en" and narrative[2] and _SENTENCE_END_EN.search(text, narrative[1], s):
                # English news name a past year for background and go back to the story's own
                # months in the next sentence ("... refuge in London in 2012. He was evicted in
                # April": April of the publication's year); a month of that year tells a story
                # that goes on ("in November 2016. ... But by December": December 2016)
                narrative = None
            # A clause with an explicit future marker ("1998 ... Im Herbst wird gewählt")
            # has left the story of that year (the German default for tenseless clauses,
            # future, does not count).
            # A coming year named ("2007 ist es wieder soweit: ... vom 16. Juni bis zum 23.
            # September") is the story's year for the German clauses that do not speak of the
            # past.
            if narrative and anchor and narrative[0] > anchor.year:
                ctx.narrative_year = (narrative[0] if lang == "de"
                                      and tense.guess(*_clause(text, s, e), lang) != "past" else None)
            else:
                ctx.narrative_year = (narrative[0] if narrative
                                      and tense.guess(*_clause(text, s, e), lang) != "future"
                                      else None)
            ctx.since = bool(_SINCE_BEFORE[lang].search(text, max(0, s - 30), s)
                             or lang == "de" and _FROM_BEFORE.search(text, max(0, s - 5), s)
                             and not _RANGE_AFTER.match(text, e))
            ctx.sentence_day = sentence_day[0] if sentence_day else None
            span_text = text[s:e]
            type_, mod = rule.type, mod_of(span_text, lang)
            no_anchor = False
            day_before = ctx.last_day
            try:
                out = rule.resolve(m, ctx)
            except NoAnchor:
                out, no_anchor = None, True
            if isinstance(out, tuple):
                value, type_ = out[0], out[1]
                if len(out) > 2 and out[2]:
                    mod = out[2]
            else:
                value = out
            if value is None and not no_anchor:
                continue        # the rule matched but rejected the expression (e.g. 31. Februar)
            missing_anchor = missing_anchor or no_anchor
            # (a relative rule's match with a year of its own, "am 3. März 2007", names it too)
            if ((not rule.relative or m.groupdict().get("y")) and type_ == "DATE" and value
                    and _YEAR_VALUE.match(value)
                    and anchor and (int(value[:4]) < anchor.year
                                    or lang == "de" and int(value[:4]) > anchor.year and len(value) == 4
                                    and not _DEADLINE_BEFORE.search(text, max(0, s - 12), s))
                    and not _YEAR_SPAN_AFTER.match(text, e)
                    and not _IN_BRACKETS(text, s, e)
                    and not _PERIOD_START_BEFORE[lang].search(text, max(0, s - 20), s)
                    and not (lang == "de" and (_NAME_YEAR_BEFORE.search(text, max(0, s - 40), s)
                                               or _ARTICLE_YEAR_BEFORE.search(text, max(0, s - 10), s)))):
                narrative = (int(value[:4]), e, len(value) == 4)
            ago = _years_ago(text, s, value, type_, lang)
            if ago and anchor and 1 < ago < anchor.year:     # (not "vor 60 Millionen Jahren")
                narrative = (anchor.year - ago, e, True)
            if (rule.relative and type_ == "DATE" and value and times
                    and _RANGE_BETWEEN[lang].fullmatch(text, times[-1].end, s)):
                value = _after_range_start(times[-1].value, value, not any(ch.isdigit() for ch in span_text))
            if ctx.last_day != day_before:
                ctx.last_day_end = e
            if type_ in ("DATE", "TIME") and value and _DAY_VALUE.match(value):
                d = _as_date(value[:10])
                if d:
                    ctx.last_day, sentence_day = d, (d, e)
                    ctx.last_day_end = e
            times.append(Time(start=s, end=e, text=span_text, value=value, type=type_,
                              mod=mod if type_ != "SET" else None))
    return times, missing_anchor


_AGO_BEFORE = re.compile(r"\b[Vv]or\s+(?:(?:gut|knapp|fast|genau|exakt|etwa|rund|mehr\s+als)\s+)?$")
_YEARS_VALUE = re.compile(r"P(\d+)Y$")


def _years_ago(text: str, s: int, value: str | None, type_: str, lang: str) -> int | None:
    """'vor fünfzig Jahren' names a year (the anchor's minus fifty): like an explicit
    past year it colours the bare days and months that follow ('der 8. Mai')."""
    if lang != "de" or type_ != "DURATION" or not value:
        return None
    m = _YEARS_VALUE.match(value)
    if not m or not _AGO_BEFORE.search(text, max(0, s - 20), s):
        return None
    return int(m.group(1))


# "von Dezember bis April", "vom 20. Dezember bis 6. Jänner", "zwischen Oktober und März":
# the end of a range lies after its start.
_RANGE_BETWEEN = {
    "de": re.compile(r"\.?\s*(?:bis(?:\s+(?:zum|Ende|Anfang|Mitte))?|-|–|und)\s*"),
    "en": re.compile(r"\s*(?:to|until|through|-|–|and)\s*"),
}
_MONTH_OR_DAY = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)$")


def _after_range_start(start: str | None, end: str, named: bool = False) -> str:
    """A month or day without a year that would lie before the start of its range is
    the next year's ('von Dezember [2014] bis April' -> 2015-04); a day named by its weekday
    the next week's ('am Freitag und Samstag' on a Saturday: the Saturday after that Friday)."""
    sm, em = _MONTH_OR_DAY.match(start or ""), _MONTH_OR_DAY.match(end)
    if not sm or not em or len(sm.group(2)) != len(em.group(2)) or end >= start:
        return end
    if named and len(em.group(2)) == 6:
        s_day, e_day = _as_date(start[:10]), _as_date(end[:10])
        if s_day and e_day and (s_day - e_day).days < 7:
            return (e_day + dt.timedelta(weeks=1)).isoformat() + end[10:]
        return end
    shifted = f"{int(sm.group(1)) + (em.group(2) < sm.group(2))}{em.group(2)}"
    return shifted if _as_date(shifted[:7] + "-01") and shifted > start else end


def _as_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


@register("times")
class TimesStage:
    """Rule-based TIMEX3 tagger for German and English news, anchored to ``published``."""

    name = "times"
    version = "1.0"
    requires = ("text", "language", "sentences", "published")
    assigns = ("times",)

    def __call__(self, doc: Document) -> Document:
        lang = doc.language if doc.language in RULES else None
        if lang is None or not doc.text:
            doc.times = []
            warn_unsupported_language(doc, "times", "no dates or times were read")
            return doc
        regions = [(s.start, s.end) for s in doc.sentences] or None
        doc.times, missing_anchor = tag(doc.text, lang, doc.published, regions)
        if missing_anchor:
            doc.warn(NO_ANCHOR_WARNING)
        return doc
