"""Page-level rules after the document pass (issue 4, from hand-judged extraction dev pages).

Each rule works per entity or per distinct name, never by a search of the whole text per entity.
``apply`` runs them in a fixed order (the order matters: spans are cut before labels are voted on);
the rules live by what they are about:

- ``people.py``: first names, surnames, name particles, titles, genitives;
- ``organisations.py``: firms, clubs, bodies, hospitals, embassies;
- ``places.py``: planets and moons, venues, US places;
- ``forms.py``: a name's surface form: no capital, one letter, states' official forms, common nouns;
- ``misc.py``: titles of works, named events, standards, acronyms of common nouns, month names;
- here: ``line_breaks`` (a name never spans a line break) and ``apply``.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .forms import (brackets, clauses, common_compounds, common_nouns_as_people, datelines, diseases, glued_words,
                    headline_tails, interjections, law_parts, leading_articles, lone_letters, mixed_case_datelines,
                    no_capitals, nouns_before_countries, platforms, split_names, state_forms, verbal_plurals)
from .misc import (common_acronyms, initialisms, laws, month_names, named_events, products, quoted_titles,
                   standards, titles_by_majority, work_titles)
from .offices import job_titles, office_of
from .organisations import (ampersand_firms, body_names, clubs, firm_names, hospitals, lone_firms, missions,
                            org_first_words, org_majority, teams_with_plural_verbs, websites)
from .people import (acronym_roles, first_names, first_words_of_names, genitive_heads, name_particles,
                     organisation_genitives, party_members, people_by_who, surnames_after, titled_names)
from .places import (areas, celestial, country_codes, new_york_state, state_abbreviations, us_places,
                     venues)


def apply(text: str, ents: list[list], lang: str | None, context) -> list[list]:
    """``ents``: [start, end, label, kb_id] lists; ``context``: document._Context of the page."""
    if lang not in ("de", "en") or not ents:
        return ents
    ents = line_breaks(text, ents, context)
    ents = glued_words(text, ents)
    ents = brackets(text, ents)
    ents = interjections(text, ents)
    ents = law_parts(text, ents)
    ents = diseases(text, ents)
    ents = clauses(text, ents)
    ents = split_names(text, ents)
    if lang == "de":
        datelines(text, ents)
        ents = mixed_case_datelines(text, ents)
    else:
        ents = headline_tails(text, ents)
        ents = leading_articles(text, ents)
    ents = no_capitals(text, ents, lang)
    ents = lone_letters(text, ents)
    ents = state_forms(text, ents)
    nouns_before_countries(text, ents)
    platforms(text, ents)
    if lang == "de":
        ents = common_compounds(text, ents)
        ents = verbal_plurals(text, ents)
    else:
        ents = job_titles(text, ents)
        office_of(text, ents)
    ents = common_acronyms(text, ents, lang)
    ents = standards(text, ents)
    country_codes(text, ents)
    firm_names(text, ents, lang, context)
    lone_firms(text, ents, lang, context)
    org_majority(text, ents, context)
    ents = ampersand_firms(text, ents)
    clubs(text, ents, context)
    named_events(text, ents)
    products(text, ents)
    if lang == "en":
        laws(text, ents)
    celestial(text, ents, context)
    if lang == "en":
        people_by_who(text, ents)
    first_names(text, ents, context, lang)
    surnames_after(text, ents, context)
    ents = first_words_of_names(text, ents)
    if lang == "en":
        teams_with_plural_verbs(text, ents, context)
    ents = name_particles(text, ents)
    ents = body_names(text, ents, lang)
    titled_names(text, ents, lang)
    if lang == "de":
        acronym_roles(text, ents)
        ents = genitive_heads(text, ents)
        organisation_genitives(text, ents)
    venues(text, ents)
    areas(text, ents)
    ents = month_names(text, ents)
    if lang == "en":
        us_places(text, ents)
        ents = state_abbreviations(text, ents)
        new_york_state(text, ents)
        ents = quoted_titles(text, ents)
    ents = work_titles(text, ents, lang)
    if lang == "en":
        titles_by_majority(text, ents)
        hospitals(text, ents)
        missions(text, ents)
    org_first_words(text, ents, context)
    ents = common_nouns_as_people(text, ents, lang)
    initialisms(text, ents)
    if lang == "en":
        party_members(text, ents)
    misc_minority(text, ents)
    if lang == "en":
        misc_majority(text, ents)
    ents = websites(text, ents, lang)
    return ents


def misc_majority(text: str, ents: list[list]) -> None:
    """The other way round: a one-word place the page tags MISC at least twice and more often than anything
    else is MISC ("Muslims" LOC once beside "Muslims" MISC twice)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for x in ents:
        if x[2] == "MISC":
            votes[text[x[0]:x[1]]][x[2]] += 1
    if not votes:
        return
    for x in ents:
        surface = text[x[0]:x[1]]
        if surface in votes:
            votes[surface][x[2]] += 0 if x[2] == "MISC" else 1
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[2] == "LOC" and x[3] is None and " " not in surface and surface in votes:
            counts = votes[surface]
            if counts["MISC"] >= 2 and counts["MISC"] > counts.total() / 2:
                x[2] = "MISC"


def misc_minority(text: str, ents: list[list]) -> None:
    """A name the page tags MISC once but mostly as a person, place or body takes that label ("voters handed
    Trump an unambiguous defeat" MISC beside eleven "Trump" PER; "newer Nissan models" beside "Nissan" ORG):
    one name, one sense on a page.  Only MISC mentions: the document pass's vote over all labels is off (a
    city is LOC in the dateline and its team ORG in CoNLL)."""
    # votes only for the names that have such a MISC mention (most names have none)
    misc = {text[x[0]:x[1]] for x in ents if x[2] == "MISC" and x[3] is None}
    if not misc:
        return
    votes: dict[str, Counter] = {name: Counter() for name in misc}
    for x in ents:
        surface = text[x[0]:x[1]]
        if surface in votes:
            votes[surface][x[2]] += 1
    for x in ents:
        if x[2] != "MISC" or x[3] is not None:
            continue
        counts = votes[text[x[0]:x[1]]]
        best, n = counts.most_common(1)[0]
        if best != "MISC" and n > counts.total() / 2:
            x[2] = best


def line_breaks(text: str, ents: list[list], context) -> list[list]:
    """A name never spans a line break; the model runs one over it in listings and teasers ("Real Madrid\nKepa
    Arrizabalaga" ORG, "Kepa Arrizabalaga\nThis" ORG).  Each line's part becomes an entity of its own with the
    label the page gives that name on one line, if any, else the model's; a lone stopword ("This") goes."""
    if not any("\n" in text[x[0]:x[1]] for x in ents):
        return ents
    known: dict[str, str] = {}
    for x in ents:
        if "\n" not in text[x[0]:x[1]]:
            known.setdefault(text[x[0]:x[1]], x[2])
    out = []
    for x in ents:
        if "\n" not in text[x[0]:x[1]]:
            out.append(x)
            continue
        pos = x[0]
        for line in text[x[0]:x[1]].split("\n"):
            ps, pe = pos, pos + len(line)
            pos = pe + 1
            while ps < pe and text[ps].isspace():
                ps += 1
            while pe > ps and text[pe - 1].isspace():
                pe -= 1
            piece = text[ps:pe]
            if not any(ch.isalnum() for ch in piece) or piece.lower() in context.stopwords:
                continue
            out.append([ps, pe, known.get(piece, x[2]), None])
    return out
