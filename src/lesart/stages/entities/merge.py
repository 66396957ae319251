"""Merging the model's entities with the gazetteer's matches.

Rules, for each gazetteer match:
- strong entries (countries, organisations) win: they replace a model entity
  with the same span (label and kb_id from the gazetteer) or model entities
  inside them, and are added where the model found nothing; a longer model
  entity around them ("Bank of England") stays;
- weak entries (cities, regions) only fill a gap the model left, or add their
  kb_id to a model LOC entity with the same span.
Model LOC entities the gazetteer knows under another name get its kb_id.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .companies import company_names
from .gazetteer import Gazetteer, load, tokenize
from .model import load_word_tags

CharSpan = tuple[int, int, str, "str | None"]      # start, end, label, kb_id


# Finite verbs that no name of a person, place or body holds: a model span across one is two names and a
# verb ("Laut dpa will Volkswagen ..." tagged "dpa will Volkswagen" ORG). Names hold lowercase words, but
# not these ("Bank für Internationalen Zahlungsausgleich", "Verband der Automobilindustrie").
_VERBS_IN_NO_NAME = frozenset("""will wollen wollte hat hatte haben ist sind war waren wird werden wurde wurden
    kann konnte soll sollte muss musste sagt sagte sagten meldet meldete says said has had was were is are will
    would""".split())


def _split_at_verbs(model: list[tuple[int, int, str]], tokens: list[tuple[int, int]],
                    words: list[str]) -> list[tuple[int, int, str]]:
    out = []
    starts = [a for a, _ in tokens]
    for s, e, lab in model:
        lo, hi = bisect_left(starts, s), bisect_left(starts, e)
        inside = [i for i in range(lo, hi) if tokens[i][1] <= e]
        cut = [i for i in inside if words[i] in _VERBS_IN_NO_NAME] if lab != "MISC" else []
        if not cut:     # (a title of a work may hold a verb: "Wer wird Millionär?")
            out.append((s, e, lab))
            continue
        piece: list[int] = []
        for i in inside + [None]:
            if i is None or i in cut:
                # a piece that holds a capital, or opens the span ("dpa"), is a name
                if piece and (piece[0] == inside[0] or any(words[k][:1].isupper() for k in piece)):
                    out.append((tokens[piece[0]][0], tokens[piece[-1]][1], lab))
                piece = []
            else:
                piece.append(i)
    return out


def merge(text: str, model: list[tuple[int, int, str]], gazetteer: Gazetteer | None = None,
          tokens: list[tuple[int, int]] | None = None, lang: str | None = None,
          words: list[str] | None = None) -> list[CharSpan]:
    """``tokens``: ``gazetteer.tokenize(text)`` when the caller has them already, and ``words``
    their texts; ``lang``: the text's language, for the German-only rules (currencies as MISC)."""
    g = gazetteer or load()
    if tokens is None:
        tokens = tokenize(text)
    if words is None:
        words = [text[s:e] for s, e in tokens]
    matches = g.match(words)
    if not model and not matches and lang != "de":
        return []       # no name in the sentence (most): only the German rules find names of their own
    ents: list[list] = [[s, e, lab, None] for s, e, lab in _split_at_verbs(model, tokens, words)] if model else []
    for ti, tj, entry in matches:
        s, e = tokens[ti][0], tokens[tj - 1][1]
        if entry.kind == "country" and ti and _org_before_country(words[ti - 1], text, tokens[ti - 1][1], s):
            # "Redaktionsnetzwerk Deutschland", "Amnesty International Deutschland": a body's name that
            # ends in a country is the body's (ORG, no country code), not the country
            b = tokens[ti - 1][0]
            if not any(x[0] < e and b < x[1] and not (b <= x[0] and x[1] <= e) for x in ents):
                ents = [x for x in ents if not (b <= x[0] and x[1] <= e)] + [[b, e, "ORG", None]]
                continue
        overlapping = [x for x in ents if x[0] < e and s < x[1]]
        if entry.kind in ("country", "place") and tj - ti == 1 and not overlapping and _first_name_before(words, ti):
            # "The Wheel of Time author Robert Jordan died": a country or city after a common first name is a
            # surname ("Michael Jordan", "Robert Paris"); the model had tagged nothing there
            b = tokens[ti - 1][0]
            if not any(x[0] < e and b < x[1] for x in ents):
                ents.append([b, e, "PER", None])
                continue
        same = [x for x in overlapping if x[0] == s and x[1] == e]
        if same:
            x = same[0]
            if entry.strong:
                x[2], x[3] = entry.label, entry.kb_id
            elif x[2] == entry.label:
                x[3] = entry.kb_id
        elif not overlapping:
            ents.append([s, e, entry.label, entry.kb_id])
        elif entry.strong and all(s <= x[0] and x[1] <= e for x in overlapping):
            ents = [x for x in ents if x not in overlapping] + [[s, e, entry.label, entry.kb_id]]
        # otherwise a longer or crossing model entity stays as it is
    if lang == "de":
        ents = _german_rules(text, ents, tokens, words, g)
        ents = _trim_sentence_openers(text, ents, tokens, words)
    elif lang == "en":
        ents = _english_rules(text, ents, g)
    if lang in ("de", "en"):
        for x in ents:
            if x[2] == "PER" and x[3] is None and _INNER_CAPITAL.fullmatch(text, x[0], x[1]) \
                    and not text[x[0]:x[1]].startswith(_NAME_PREFIXES):
                x[2] = "ORG"        # "WeWork", "TikTok", "SoftBank": a brand's inner capital, no person's name
    if COMPANY_RULE and lang in ("de", "en"):
        _companies_as_org(text, ents, tokens, words)
    if lang in ("de", "en"):
        ents = _institutions_named_after_people(text, ents)
    # (only where there is an entity to relabel: about half of the German sentences have none)
    org_heads = bool(ents) and _ORG_HEAD_WORD.search(text) is not None
    for x in ents:
        if x[3] is None and x[2] in ("LOC", "PER", "MISC") and org_heads \
                and ORG_HEAD.search(text, max(0, x[0] - 40), x[0]):
            x[2] = "ORG"        # "die Stiftung Donorkind", "die Firma Müller": the name of a body
        surface = text[x[0]:x[1]]
        if (lang == "de" or (lang == "en" and not text[:x[0]].strip() and DATELINE_AFTER.match(text, x[1]))) \
                and x[2] != "LOC" and len(surface) > 3 and surface.isupper() and surface.isalpha():
            # a dateline in capitals ("BOCHUM - ...", "TOKIO (dpa)", "DUBAI, United Arab Emirates (AP) --"):
            # the model reads an acronym. English only at a sentence's start before a comma and a
            # capitalised word, a bracket or a dash: CoNLL headlines write teams named after their
            # city in capitals ("ROMA 2 ...", ORG)
            entry = g.lookup(surface.title())
            if entry is not None and entry.kind == "place":
                x[2], x[3] = "LOC", entry.kb_id
        if x[3] is None and x[2] == "LOC":
            # a place in capitals ("WASHINGTON (AP) --") under its name in title case
            entry = g.lookup(surface) or (g.lookup(surface.title()) if surface.isupper() and len(surface) > 3 else None)
            if entry is not None and entry.label == "LOC":
                x[3] = entry.kb_id
    return sorted((tuple(x) for x in ents), key=lambda x: (x[0], x[1]))


# A first name as common as this (nam_dict.txt's rating in some country, 1-13) before a country or city
# makes that word a surname; "Chad", "Paris" (5, 3) are rarer as first names than as places.
SURNAME_AFTER_FIRST_NAME_RATE = 7


def _first_name_before(words: list[str], ti: int) -> bool:
    """The word before token ``ti`` is a capitalised common first name that is no place of the gazetteer."""
    from .features import first_names

    if ti == 0:
        return False
    word = words[ti - 1]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    return first_names().get(word, 0) >= SURNAME_AFTER_FIRST_NAME_RATE and not load().match([word])


# The head word of a body named after a person ("Ludwig Maximilian University", "Robert Koch-Institut",
# "Melinda Gates Foundation"): with it, the person's name names the body.
INSTITUTION_HEAD = re.compile(
    r"(?:University|Universität|Institute|Institut|Instituts|Foundation|Stiftung|College|Hospital|Klinik|"
    r"Klinikum|Krankenhaus|Museum|Gymnasium|Schule|School|Center|Centre|Zentrum|Library|Bibliothek)\b")


def _institutions_named_after_people(text: str, ents: list[list]) -> list[list]:
    """A person's name that is part of a body's name is that body (ORG): the name's own last part is
    the body's head ("Robert Koch-Institut"), or the head follows it, tagged or not ("Ludwig
    Maximilian" + "University of Munich", "Robert Koch" + "Instituts")."""
    if not ents:
        return ents
    ents = sorted(ents, key=lambda x: (x[0], x[1]))
    drop = set()
    for k, x in enumerate(ents):
        if x[2] != "PER" or x[3] is not None:
            continue
        last = text[x[0]:x[1]].rsplit("-", 1)[-1]
        if "-" in text[x[0]:x[1]] and INSTITUTION_HEAD.fullmatch(last):
            x[2] = "ORG"                      # "Robert Koch-Institut"
            continue
        gap = text[x[1]:x[1] + 2]
        if not gap.startswith((" ", "-")):
            continue
        m = INSTITUTION_HEAD.match(text, x[1] + 1)
        if m is None:
            continue
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and after[0] == x[1] + 1:
            if after[2] == "ORG":             # the body's name the model found after the person's
                x[1], x[2] = after[1], "ORG"
                drop.add(k + 1)
            continue
        if after is None or after[0] >= m.end():
            x[1], x[2] = m.end(), "ORG"       # "Robert Koch Instituts": the head the model left out
    return [x for k, x in enumerate(ents) if k not in drop]


COMPANY_RULE = True        # False: without the listed-company rule (to measure it)
_SAID = frozenset("said says told added asked".split())


def _companies_as_org(text: str, ents: list[list], tokens: list[tuple[int, int]], words: list[str]) -> None:
    """A listed company ("Nissan", "Siemens", "Salesforce"; ``companies.py``) that the model took for a
    person or place is ORG (not MISC: on both dev splits every MISC it changed was right as MISC, the
    demonym "American", the exchange "Nasdaq"), unless a first name or a verb of saying stands right
    before it ("Ferdinand Porsche", "erklärte Gates") or the sentence has it as the end of a longer
    person name.  (The document pass then makes a one-word mention PER where the article names the
    person in full.)"""
    if not ents:
        return
    names = company_names()
    found = [x for x in ents if x[2] in ("PER", "LOC") and x[3] is None and text[x[0]:x[1]] in names]
    if not found:
        return          # (most sentences)
    from .features import gazetteer_flags

    flags = gazetteer_flags()
    persons = [text[x[0]:x[1]] for x in ents if x[2] == "PER"]
    for x in found:
        surface = text[x[0]:x[1]]
        i = next((k for k, (s, _e) in enumerate(tokens) if s == x[0]), None)
        if i and ("first" in flags.get(words[i - 1], ()) or words[i - 1] in _SAY_VERBS or words[i - 1] in _SAID):
            continue        # "Ferdinand Porsche", "erklärte Gates", "said Dell"
        if any(p != surface and p.endswith(" " + surface) for p in persons):
            continue
        x[2] = "ORG"


def _english_rules(text: str, ents: list[list], g: Gazetteer) -> list[list]:
    """A US politician's party and state after the name ("Ted Cruz, R-Texas,", "(D-Calif.)") is no
    name; a place's legislature or ministry ("U.S. House", "Texas Senate") is the body, ORG; a US state's
    postal code after a place and a comma ("Tampa, FL", "Holmdel, NJ") is the state, LOC."""
    out = []
    ents.sort(key=lambda x: x[0])
    for k, x in enumerate(ents):
        surface = text[x[0]:x[1]]
        if x[2] == "PER" and x[3] is None and " " not in surface and surface[:1].isupper():
            entry = g.lookup(surface)
            if entry is not None and entry.kind == "place" and _city_context(text, ents, k):
                x[2], x[3] = "LOC", entry.kb_id   # "in Denver", "Denver, Charlotte and Boston"
        if x[2] != "LOC" and surface in US_STATE_CODES and _AFTER_PLACE.search(text, 0, x[0]) \
                and not text[x[1]:x[1] + 1].isalnum():
            x[2], x[3] = "LOC", None
        if PARTY_STATE.fullmatch(surface) and text[:x[0]].rstrip().endswith((",", "(")):
            continue
        if surface.rstrip(".") in TITLE_ABBREVIATIONS:
            continue         # "Cmdr.", "Hon.", "Sen." alone: the title, the name follows
        if x[2] != "PER" and " " in surface and surface.rpartition(" ")[2] in OFFICE_TITLES_EN:
            place = surface.rpartition(" ")[0]
            entry = g.lookup(place)
            if entry is not None and entry.label == "LOC":
                # "U.S. Ambassador", "French President": a country and an office, no body's name
                x[1], x[2], x[3] = x[0] + len(place), "LOC", entry.kb_id
        if x[2] == "LOC" and " " in surface:
            place, _, head = surface.rpartition(" ")
            if head in BODY_HEADS and place != "White":
                entry = g.lookup(place)
                if entry is not None and entry.label == "LOC":
                    x[2], x[3] = "ORG", None
        out.append(x)
    return out


_CITY_BEFORE = re.compile(r"\b(?:in|at|from|near)\s$")


def _city_context(text: str, ents: list[list], k: int) -> bool:
    """Entity ``k`` (a one-word name the gazetteer knows as a place) stands where a place does: after
    in/at/from/near, or in a list beside a place ("Denver, Charlotte and Boston"); not before another
    capitalised word ("Charlotte Smith")."""
    x = ents[k]
    after = text[x[1]:x[1] + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return False
    if _CITY_BEFORE.search(text, max(0, x[0] - 6), x[0]):
        return True
    for j in (k - 1, k + 1):
        if 0 <= j < len(ents) and ents[j][2] == "LOC":
            a, b = (ents[j], x) if j < k else (x, ents[j])
            if text[a[1]:b[0]] in (", ", " and ", ", and ", " & "):
                return True
    return False


# The postal codes of the US states and DC, and what stands before one that names a state: a capitalised
# place and a comma ("Tampa, FL"; not "Inc., CA" nor an ORG list "NYSE, NY" of two capitals).
US_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
_AFTER_PLACE = re.compile(r"\b[A-Z][a-z]+(?:[ .][A-Z][a-z]+)*,\s$")
# A one-word name with a capital inside ("WeWork", "TikTok", "SoftBank", "MarketAxess"): a brand, not a
# person, unless the inner capital follows a surname prefix ("McDonald", "DeSantis", "LeBron", "MacArthur").
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St", "Al", "El", "Ben",
                  "Abu", "Bin", "Ja")
# The last words of a body's name that may end in a country ("Redaktionsnetzwerk Deutschland", "Amnesty
# International Deutschland", "Bündnis Deutschland", "Radio France"): a capitalised word right before the country
# (no article or preposition between) with one of these endings makes one ORG name of the two.
_ORG_BEFORE_COUNTRY = re.compile(
    r"(?:[\w-]*(?:netzwerk|verband|verein|gesellschaft|stiftung|rundfunk|institut|zentrum|forum|bündnis|allianz|"
    r"initiative|agentur|konzern|gruppe|partei|kammer|akademie|Netzwerk|Verband|Verein|Gesellschaft|Stiftung|"
    r"Rundfunk|Institut|Zentrum|Forum|Bündnis|Allianz|Initiative|Agentur|Konzern|Gruppe|Partei|Kammer|Akademie)"
    r"|International|Radio|Airlines|Telekom|Telecom)")


def _org_before_country(word: str, text: str, end: int, start: int) -> bool:
    """``word`` (ending at ``end``, right before a country starting at ``start``) ends a body's name."""
    return text[end:start] == " " and word[:1].isupper() and _ORG_BEFORE_COUNTRY.fullmatch(word) is not None


# Offices after a country's name that the model reads as part of a body's name ("U.S. Ambassador").
OFFICE_TITLES_EN = frozenset("Ambassador President Secretary Minister Senator Governor Envoy Consul Chancellor "
                             "Premier Prosecutor Attorney Spokesman Spokeswoman Spokesperson".split())
# Titles before a name that the model sometimes tags on their own ("Cmdr. Jane Smith", "the Hon. ...").
TITLE_ABBREVIATIONS = frozenset("Cmdr Hon Sen Rep Gov Gen Lt Col Capt Sgt Adm Maj Cpl Pvt Supt Insp Det Prof Dr "
                                "Mr Mrs Ms Rev Fr Sr Jr Amb Atty Brig Cdr Comdr Lieut".split())
# "R-Texas", "D-Calif", "I-Vt", "R-W" (of "R-W.Va."): a party's letter and a state.
PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
# The last word of a place's legislature, government body or court ("U.S. House", "Ohio Senate").
# Not "White House" (CoNLL tags it LOC, the building).
BODY_HEADS = frozenset("House Senate Congress Parliament Assembly Legislature Ministry Department Commission "
                       "Council Government Court".split())


# Capitalised words that open a German sentence and never a name (none begins a name in GermEval dev
# or test): the model sometimes runs a name back over them ("Sowohl der Thüringer Bauernverband").
SENTENCE_OPENERS_DE = frozenset(
    "Sowohl Auch Aber Doch Oder Denn Laut Nach Wie Als Wenn Weil Dass Bei Beim Seit Zur So Da Dann Noch Nur "
    "Schon Selbst Gerade Sogar Zudem Außerdem Neben Während Weder Entweder Nicht Zwar Jedoch Trotzdem "
    "Deshalb Daher Dabei Damit Darum Inzwischen Mittlerweile".split()) | frozenset(
    # interrogatives and sentence adverbs ("Wovor Vintz warnt:", "Heute Merz ...": the page's sentence runs
    # a question or a heading into a name)
    "Wovor Wofür Wogegen Womit Worüber Worauf Wodurch Wo Wer Wen Wem Wessen Was Warum Wieso Weshalb Woher Wohin "
    "Wann Welche Welcher Welches Gestern Jetzt Nun Hier Dort Bislang Bisher Zuletzt Zunächst Immerhin "
    "Allerdings Vielleicht Offenbar Danach Dazu Zuvor Dennoch Stattdessen Jedenfalls Ebenfalls Hinzu".split())


def _trim_sentence_openers(text: str, ents: list[list], tokens: list[tuple[int, int]],
                           words: list[str]) -> list[list]:
    """An entity of several words that begins with a sentence opener starts at its first capitalised
    word after it ("Sowohl der Thüringer Bauernverband" -> "Thüringer Bauernverband"); an entity that
    is the opener alone is none ("Weshalb es zu dieser Lücke kam": PER "Weshalb")."""
    alone = set()
    for x in ents:
        # the token that starts where the entity does (a bisection: most sentences have few
        # entities and many tokens)
        i = bisect_left(tokens, (x[0],))
        if i == len(tokens) or tokens[i][0] != x[0] or words[i] not in SENTENCE_OPENERS_DE:
            continue
        if tokens[i][1] == x[1]:
            alone.add(id(x))
            continue
        j = i + 1
        while j < len(words) and tokens[j][1] <= x[1] and not words[j][:1].isupper():
            j += 1
        if j < len(words) and tokens[j][1] <= x[1]:
            x[0] = tokens[j][0]
    return [x for x in ents if id(x) not in alone] if alone else ents


def _german_rules(text: str, ents: list[list], tokens: list[tuple[int, int]], words: list[str],
                  g: Gazetteer) -> list[list]:
    """GermEval's conventions the model misses (German only): currencies beside amounts, eras
    and languages as MISC, numbered roads as LOC, titles in quotes after a work noun, names
    after a place noun as LOC, no common-noun acronyms.  The patterns that need a digit or a
    quotation mark run only where the sentence has one (most have neither; this runs once per
    sentence)."""
    def free(s: int, e: int) -> bool:
        return not any(x[0] < e and s < x[1] for x in ents)

    # the word-triggered rules: one set intersection finds which of them the sentence needs
    present = _triggers().intersection(words)
    for i in ([i for i, w in enumerate(words[:-1]) if w in PLACE_HEADS] if present & PLACE_HEADS else ()):
        name = words[i + 1]
        if not name[:1].isupper() or name in PLACE_HEADS or (i and words[i - 1] in ("vor", "Vor")):
            continue        # "vor Ort": no place noun
        hs, (ns, ne) = tokens[i][0], tokens[i + 1]
        hit = False
        for x in ents:
            if x[0] == ns and (x[3] is None or x[2] == "LOC"):
                x[2], hit = "LOC", True           # "der Stadt Gedern", "im Landkreis Harburg"
            elif x[0] == hs and x[1] > ns and words[i] != "Land":
                x[0], x[2], x[3], hit = ns, "LOC", None, True  # "Marktgemeinde Ulrichsberg" -> the name ("Land Rover" stays)
        if not hit and free(ns, ne):
            nxt = words[i + 2] if i + 2 < len(words) else ""
            if nxt[:1].isupper() and nxt.lower() not in _FUNCTION_WORDS and free(*tokens[i + 2]):
                ne = tokens[i + 2][1]             # "die Stadt New Orleans"; not "Stausee Taiskirchen Das ..."
            ents.append([ns, ne, "LOC", None])
    states = _german_states()
    for i in ([i for i, w in enumerate(words) if w in states] if present & states else ()):
        s, e = tokens[i]
        if free(s, e):
            ents.append([s, e, "LOC", None])      # "Schleswig-Holstein", "Oberösterreich", "Thurgau"
    for i in ([i for i, w in enumerate(words[:-1]) if w in _PLACE_PREPOSITIONS] if present & _PLACE_PREPOSITIONS else ()):
        w = words[i + 1]
        if not w[:1].isupper() or w.isupper() or w in _COMPASS or (i + 2 < len(words) and words[i + 2][:1].isupper()):
            continue
        entry = g.lookup(w)
        if entry is None or entry.label != "LOC":
            continue
        s, e = tokens[i + 1]      # "in Bozen", "aus Genf", "nach Füssen": the place
        for x in ents:
            if x[0] == s and x[1] == e and x[2] != "LOC" and x[3] is None:
                x[2], x[3] = "LOC", entry.kb_id
        if free(s, e):
            ents.append([s, e, "LOC", entry.kb_id])
    heads = _heads(words)
    for i in ([i for i, w in enumerate(words) if i and (w in PLACE_ROLES or _HEADS[w] & _ROLE)]
              if present & PLACE_ROLES or heads & _ROLE else ()):
        j = i - 2 if words[i - 1][:1].islower() and words[i - 1] not in _FUNCTION_WORDS else i - 1
        w = words[j] if j >= 0 else ""
        if len(w) < 4 or w[-1] != "s" or not w[0].isupper() or w.isupper():
            continue
        entry = g.lookup(w[:-1])
        if entry is not None and entry.label == "LOC":
            kb = entry.kb_id
        elif w[:-1] in states:
            kb = None             # "Hessens Arbeitsministerin": a state of Germany, Austria or Switzerland
        else:
            continue
        s, e = tokens[j]          # "Hannovers damaliger Oberbürgermeister", "Erfurts Trainer": the city's
        for x in ents:
            if x[0] == s and x[1] == e and x[3] is None:
                x[2], x[3] = "LOC", kb
        if free(s, e):
            ents.append([s, e, "LOC", kb])

    # Which words are titles or company compounds, read once per distinct word (``_heads``); most
    # sentences have neither, and the loops over their words are skipped.
    if heads & _OFFICE:
        for i, w in enumerate(words[:-1]):
            if _HEADS[w] & _OFFICE:
                # "Präsident Cleveland", "Rapper Ice-T", "FDP-Generalsekretär Bijan Djir-Sarai"
                _name_after(i + 1, words, ents, tokens, g, 3)
    if heads & _COMPANY:
        for i, w in enumerate(words[:-1]):
            if _HEADS[w] & _COMPANY:
                # "der Google-Schwesterfirma Waymo", "der Autokonzern Stellantis": the body's name
                _name_after(i + 1, words, ents, tokens, g, 2, label="ORG")
    for i in ([i for i, w in enumerate(words[1:-2], 1) if w in _SAY_VERBS] if present & _SAY_VERBS else ()):
        if words[i - 1] in _QUOTE_ENDS and words[i + 2] in (".", ","):
            _name_after(i + 1, words, ents, tokens, g, 1)  # '" , sagte Gosslar .', '» , so Barth .'

    for i in ([i for i, w in enumerate(words[:-1]) if w in INSTITUTION_HEADS] if present & INSTITUTION_HEADS else ()):
        name = words[i + 1]
        if not name[:1].isupper() or name.lower() in _FUNCTION_WORDS:
            continue
        prev = words[i - 1] if i else ""
        first = i - 1 if prev[:1].isupper() and prev.endswith(("e", "en")) and prev.lower() not in _FUNCTION_WORDS else i
        s, e = tokens[first][0], tokens[i + 1][1]
        for x in ents:
            if x[0] == tokens[i + 1][0] and x[1] > e:
                e = x[1]                          # a longer name the model found ("Universität New York")
        # "der Universität Gießen", "der Medizinischen Hochschule Hannover", "im Kraftwerk Lippendorf"
        ents = _as_one_name(ents, s, e, "ORG")

    for i in ([i for i, w in enumerate(words) if w in CLUB_PREFIXES] if present & CLUB_PREFIXES else ()):
        span = _club(i, words, ents, tokens, g)
        if span is not None:
            # "FC Carl Zeiss Jena", "Borussia Mönchengladbach", "der TSV"
            ents = _as_one_name(ents, *span, "ORG")

    for k in ([k for k, w in enumerate(words) if w in PRESS_NAMES and k] if present & PRESS_NAMES else ()):
        j = k - 1 if words[k - 1] in _PRESS_MIDDLE else k
        if not j or not _PLACE_ADJECTIVE.fullmatch(words[j - 1]) or words[j - 1] in _NOT_PLACE_ADJECTIVES:
            continue
        # "der Berliner Zeitung", "der Passauer Neuen Presse"
        ents = _as_one_name(ents, tokens[j - 1][0], tokens[k][1], "ORG")

    has_digit = _DIGIT.search(text) is not None
    patterns = [*CURRENCIES] if has_digit else []
    if present & _ERA_WORDS:
        patterns.append(ERAS)
    if present & _LANGUAGE_WORDS:
        patterns.append(LANGUAGES)
    for pattern in patterns:
        for m in pattern.finditer(text):
            s, e = m.span("name")
            if free(s, e):
                ents.append([s, e, "MISC", None])     # "100.000 Franken", "im Mittelalter", "auf Russisch": OTH
            elif pattern in CURRENCIES:
                # the model's name is the currency itself ("mit CHF 7 Mio" ORG): MISC, as GermEval tags
                # 95 of the 96 currencies beside an amount in its training split (one O)
                for x in ents:
                    if x[0] == s and x[1] == e and x[3] is None:
                        x[2] = "MISC"
    if has_digit:
        for m in ROADS.finditer(text):
            s, e = m.span("name") if m["name"] else m.span("name2")
            if free(s, e):
                ents.append([s, e, "LOC", None])      # "zur A 5", "an der B 277"
    if '"' in text or "„" in text or "»" in text:
        for m in QUOTED.finditer(text):
            noun = WORK_NOUN.search(text, max(0, m.start() - 40), m.start())
            if noun is None or (m["q"] == '"' and text.count('"', 0, m.start()) % 2):
                continue        # no work noun before it; or a closing quote (the title is before the noun)
            s, e = m.span("name")
            label = "ORG" if noun["press"] else "MISC"     # "die Zeitschrift „Ariel“": the paper, ORG
            ents = [x for x in ents if not (x[0] < e and s < x[1])] + [[s, e, label, None]]
    # "CEO", "UKW", "Pkw": abbreviations of common nouns, no names (GermEval: O); "die Bundesregierung";
    # a person or place with an abstract noun's ending ("Russophobie", "Hagelereignisse"); "Los geht's"
    return [x for x in ents if x[3] is not None or (text[x[0]:x[1]].removesuffix("s") not in COMMON_ACRONYMS
                                                    and text[x[0]:x[1]] not in GOVERNMENT_NOUNS
                                                    and not (x[2] in ("PER", "LOC") and _ABSTRACT_NOUN.fullmatch(text, x[0], x[1]))
                                                    and not (text[x[0]:x[1]] == "Los" and text.startswith((" geh", " ging"), x[1])))]


# word -> _OFFICE | _COMPANY bits: an office or title before a name, a company compound before one.
_HEADS: dict[str, int] = {}
_OFFICE, _COMPANY, _ROLE = 1, 2, 4
# An office of a city or state after its name in the genitive ("Hessens Arbeitsministerin", "Bayerns
# Ministerpräsident", "Münchens Oberbürgermeister"): a compound ending in one of these (PLACE_ROLES lists
# the uncompounded ones and the players).
_ROLE_ENDINGS = ("minister", "ministerin", "präsident", "präsidentin", "bürgermeister", "bürgermeisterin",
                 "senator", "senatorin", "regierungschef", "regierungschefin")


def _heads(words: list[str]) -> int:
    """The bits of ``_HEADS`` that some of ``words`` have (computed for words not seen before)."""
    known = _HEADS
    new = set(words).difference(known)
    if new:
        if len(known) > _HEADS_SIZE:
            known.clear()
            new = set(words)
        for w in new:
            known[w] = ((_OFFICE if w in OFFICE_TITLES or ("-" in w and w.rpartition("-")[2] in OFFICE_TITLES)
                         else 0)
                        | (_COMPANY if w.endswith(ORG_COMPOUND_HEADS) and w[:1].isupper() and len(w) > 8 else 0)
                        | (_ROLE if w[:1].isupper() and w.endswith(_ROLE_ENDINGS) else 0))
    bits = 0
    for b in set(map(known.__getitem__, words)):
        bits |= b
    return bits


_HEADS_SIZE = 200_000


def _name_after(k: int, words: list[str], ents: list[list], tokens: list[tuple[int, int]], g: Gazetteer,
                longest: int, label: str = "PER") -> None:
    """The name at word ``k`` (after a person's title or a verb of saying: PER; after a company
    compound: ORG) as ``label``: a model entity that starts there takes the label; where there is none,
    up to ``longest`` capitalised words that are no common noun (HanTa's word class) become one, joined
    to an entity of that label the model found right after them.  Not the
    genitive of a place the gazetteer knows ("Präsident Frankreichs", "Autor Hohenlohes": LOC in GermEval)."""
    name = words[k]
    if not name[:1].isupper() or name.isupper() or name.lower() in _FUNCTION_WORDS or name in PERSON_TITLES:
        return
    entry = g.lookup(name[:-1]) if name.endswith("s") else None
    if entry is not None and entry.label == "LOC":
        return
    start = tokens[k][0]
    for x in ents:
        if x[0] == start:
            if x[3] is None and x[2] != label:
                x[2] = label
            return
    if any(x[0] < tokens[k][1] and start < x[1] for x in ents):
        return
    tags = load_word_tags("de")
    end = k
    while (end < len(words) and end - k < longest and words[end][:1].isupper() and not words[end].isupper()
           and words[end].replace("-", "").isalpha() and tags.get(words[end]) in _NAME_TAGS
           and words[end] not in PERSON_TITLES and not any(x[0] < tokens[end][1] and tokens[end][0] < x[1] for x in ents)):
        end += 1
    if end > k:
        for x in ents:
            if end < len(words) and x[0] == tokens[end][0] and x[2] == label and x[3] is None:
                x[0] = start          # "Regisseur Hayao" + the model's "Miyazaki": one name
                return
        ents.append([start, tokens[end - 1][1], label, None])


def _as_one_name(ents: list[list], s: int, e: int, label: str) -> list[list]:
    """``s:e`` as one entity of ``label`` in place of the entities inside it, unless an
    entity crosses its edges (a longer name the model found is left as it is)."""
    if any(x[0] < e and s < x[1] and (x[0] < s or x[1] > e) for x in ents):
        return ents
    return [x for x in ents if not (s <= x[0] and x[1] <= e)] + [[s, e, label, None]]


_DIGIT = re.compile(r"\d")

# A noun for a kind of place right before a name ("der Stadt Gedern", "im Landkreis Harburg", "die
# Marktgemeinde Ulrichsberg", "das Nachbarland Thüringen", "vom Flughafen Moskau-Scheremetjewo"):
# GermEval tags the name alone LOC, without the noun (103 of 116 in dev and test, 4 O). Not "Kloster",
# "Schloss", "Burg" (often tagged with the name: "Kloster Rottenbuch"), nor "Insel" (only O there).
PLACE_HEADS = frozenset(
    "Stadt Städte Gemeinde Gemeinden Marktgemeinde Landgemeinde Ortsgemeinde Kirchengemeinde Kirchengemeinden "
    "Provinz Stadtteil Stadtteils Ortsteil Ortsteils Kanton Kantons Dorf Dorfes Ort Ortes Land Landes "
    "Nachbarland Bundesland Bundeslandes Flughafen Flughafens Hafen Landkreis Landkreises Kreis Kreises "
    "Region Bezirk Bezirks Stadtbezirk Republik Departement Departements Département Départements "
    "Fürstentum Fürstentums Großfürstentum Großfürstentums Grafschaft Stausee Stausees".split())
# Offices and players of a city or country, after its name in the genitive ("Bremens Bürgermeister",
# "Erfurts Trainer", "Hannovers damaliger Oberbürgermeister"): GermEval tags the name LOC (8 of 9 names
# the gazetteer knows in dev and test; one "Bayerns Finanzminister" LOCderiv), where the model often
# reads a person's genitive.
PLACE_ROLES = frozenset(
    "Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Trainer Trainerin Coach Stürmer "
    "Torwart Torhüter Kapitän Verteidiger Ministerpräsident Ministerpräsidentin Regierung Regierungschef "
    "Innenminister Finanzminister Außenminister Landrat".split())
# A person's title, office or kin right before a name ("Präsident Cleveland", "Bischof Konrad Martin", "seine
# Frau Wally", "Rapper Ice-T"): GermEval tags the name alone PER (in its training split 106 of the 114 capitalised
# words after such a noun begin a PER; 5 O, 2 genitive places LOC, 1 ORG "Tochter Dacia"), where the model
# sometimes reads a place or a firm.  A single capitalised word after a verb of saying that follows the end of
# a quotation ('" , sagte Bolm .', '» , so Schaffer .'): PER (27 of 27 there).
PERSON_TITLES = frozenset(
    "Herr Herrn Frau Präsident Präsidentin Bundespräsident Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin "
    "Ministerpräsident Ministerpräsidentin Bürgermeister Bürgermeisterin Oberbürgermeister Landrat Senator "
    "Trainer Coach Papst König Königin Kaiser Kaiserin Prinz Prinzessin Graf Gräfin Herzog Bischof Erzbischof "
    "Kardinal Pfarrer Pastor Abt Professor Oberst Rapper Sänger Sängerin Schauspieler Schauspielerin Regisseur "
    "Regisseurin Dirigent Psychologe Tochter Sohn Bruder Schwester Ehefrau Ehemann Onkel Tante Freundin".split())
# Offices held by a person, as the last part of a hyphenated compound before a name ("FDP-Generalsekretär
# Bijan Djir-Sarai", "US-Außenministerin Condoleezza Rice", "SPD-Chef Lars Klingbeil"): the name is a
# person's, though the compound begins with a party's or a state's name.
OFFICE_TITLES = PERSON_TITLES | frozenset(
    "Minister Ministerin Außenminister Außenministerin Innenminister Innenministerin Finanzminister "
    "Finanzministerin Wirtschaftsminister Wirtschaftsministerin Verteidigungsminister Verteidigungsministerin "
    "Justizminister Justizministerin Gesundheitsminister Gesundheitsministerin Generalsekretär Generalsekretärin "
    "Vorsitzende Vorsitzender Chef Chefin Parteichef Parteichefin Fraktionschef Fraktionschefin Sprecher "
    "Sprecherin Abgeordnete Abgeordneter Spitzenkandidat Spitzenkandidatin Botschafter Botschafterin "
    "Staatssekretär Staatssekretärin Bundesgeschäftsführer Geschäftsführer Geschäftsführerin Direktor Direktorin "
    "Vizekanzler Premierminister Premierministerin Regierungschef Regierungschefin Staatschef Staatspräsident "
    "Staatspräsidentin Politiker Politikerin Senatorin Gouverneur Gouverneurin Kandidat Kandidatin".split())
_SAY_VERBS = frozenset("sagte sagt erklärte betonte meinte so".split())
_QUOTE_ENDS = frozenset('" “ « » , ”'.split())
_NAME_TAGS = frozenset((None, "NE", "FM"))
# A single name the gazetteer knows as a place, right after "in", "aus" or "nach" ("in Bozen", "aus
# Genf"): GermEval tags it LOC (in: 389 of 395 in dev and test, aus: 52 of 52, nach: 64 of 68, where the
# others are mostly "nach Norden"); the gazetteer fills only capitals and big cities by itself.
_PLACE_PREPOSITIONS = frozenset("in In aus Aus nach Nach".split())
_COMPASS = frozenset("Norden Süden Osten Westen Nordosten Nordwesten Südosten Südwesten".split())
@lru_cache(maxsize=1)
def _german_states() -> frozenset[str]:
    """The German names of the states of Germany and Austria and the cantons of Switzerland (ISO
    3166-2 through pycountry's catalog), one word each: GermEval tags them LOC (115 of 121 in dev
    and test where it does not tag a longer name; not "Zug" and "Jura", mostly O there)."""
    import gettext

    import pycountry

    try:
        de = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"]).gettext
    except OSError:
        return frozenset()
    names = {de(s.name) for c in ("DE", "AT", "CH") for s in pycountry.subdivisions.get(country_code=c)}
    return frozenset(n for n in names if " " not in n) - {"Zug", "Jura", "Berne"}


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    return (PLACE_HEADS | _german_states() | _PLACE_PREPOSITIONS | PLACE_ROLES | INSTITUTION_HEADS | CLUB_PREFIXES
            | PRESS_NAMES | _ERA_WORDS | _LANGUAGE_WORDS | PERSON_TITLES | _SAY_VERBS)


# A newspaper by its place's adjective ("der Berliner Zeitung", "das Eichsfelder Tageblatt", "der " Passauer
# Neuen Presse "", "Süddeutsche Zeitung", "Lübecker Nachrichten"): GermEval tags adjective and noun ORG (23 of
# the 24 such pairs in dev and test; "die Aktuelle Presse" O, an adjective of another shape). Not
# "Tageszeitung" ("die Mailänder Tageszeitung": a description, LOCderiv and O).
PRESS_NAMES = frozenset(
    "Zeitung Tageblatt Tagblatt Kurier Morgenpost Rundschau Allgemeine Allgemeinen Nachrichten Anzeiger "
    "Abendblatt Post Presse Volksstimme Merkur Bote Boten Sonntagszeitung Volkszeitung Landeszeitung".split())
_PRESS_MIDDLE = frozenset("Neue Neuen Neueste Neuesten Allgemeine Allgemeinen".split())
_PLACE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][\w-]{2,}(?:er|sche[nr]?)")
_NOT_PLACE_ADJECTIVES = frozenset(
    "Dieser Jener Jeder Wieder Hinter Unter Über Nieder Weiter Später Anderer Mancher Welcher Solcher Aller "
    "Unser Euer Immer Aber Oder Vier Neuer Guter Alter Schlechter".split())


# A sports club by its prefix and name ("der VfL Osnabrück", "der FC Carl Zeiss Jena", "des 1. FC Nürnberg",
# "der ESV Lokomotive Zwickau", "bei der SG 01 Höchst", "den FC Schalke 04", "Borussia Mönchengladbach"):
# GermEval tags prefix, name and the club's year together ORG (every such name in dev and test: 30 prefix
# + one name, 11 + two, 2 with the year after, 1 with the year before); the model often reads a person or
# the place alone. An abbreviation alone after an article ("Der TSV kam", "den HSV") is ORG too (5 of 7; not
# in brackets: "( SG )" O). "Preußen" only before a place ("Preußen Münster"; alone it is the state).
CLUB_ABBREVIATIONS = frozenset("FC SV TSV VfB VfL SC SG TuS FSV SpVgg ESV TSG SSV VfR KSV SSC BSC HSV MSV ASV BSV".split()
                               # handball and ice hockey ("ThSV Eisenach", "HSG Wetzlar", "EHC München")
                               + "THW ThSV HSG TBV HC EHC ERC BHC GWD TVB SCM".split())
CLUB_PREFIXES = CLUB_ABBREVIATIONS | frozenset("Borussia Eintracht Fortuna Arminia Alemannia Hertha Preußen".split())
_CLUB_YEAR = re.compile(r"0\d|[1-9]\d|1[89]\d\d")
_ARTICLES = frozenset("der den dem des Der Den Dem Des".split())


def _club(i: int, words: list[str], ents: list[list], tokens: list[tuple[int, int]],
          g: Gazetteer) -> tuple[int, int] | None:
    """The character span of the club whose prefix is ``words[i]``, or None."""
    n = len(words)
    first = i - 1 if i and words[i - 1] == "1." and words[i] == "FC" else i
    j = i + 1
    if j + 1 < n and words[i] in CLUB_ABBREVIATIONS and _CLUB_YEAR.fullmatch(words[j]) and words[j + 1][:1].isupper():
        j += 1                                    # "SG 01 Höchst"
    k = j
    while k < n and k < j + 3 and words[k][:1].isupper() and words[k].lower() not in _FUNCTION_WORDS \
            and words[k] not in CLUB_PREFIXES:
        k += 1
    # the name's later words only as far as a model entity or a known place reaches ("FC Bayern Trainer")
    while k > j + 1:
        s, e = tokens[k - 1]
        if any(x[0] <= s and e <= x[1] for x in ents) or g.lookup(words[k - 1]) is not None:
            break
        k -= 1
    if k == j:
        if words[i] in CLUB_ABBREVIATIONS and i and words[i - 1] in _ARTICLES and j == i + 1 \
                and (j == n or not words[j][:1].isupper()):
            return tokens[i]                      # "Der TSV kam im Anschluss"
        return None
    if words[i] == "Preußen":
        entry = g.lookup(words[j])
        if k != j + 1 or entry is None or entry.label != "LOC":
            return None
    if k < n and _CLUB_YEAR.fullmatch(words[k]) and j == i + 1:
        k += 1                                    # "FC Schalke 04"
    return tokens[first][0], tokens[k - 1][1]


# A university, school or power station by its place's name ("der Universität Gießen", "der Realschule
# Spaichingen", "im Kraftwerk Lippendorf", "der Medizinischen Hochschule Hannover"): GermEval tags the
# noun and the name together ORG (all 14 such heads before a capitalised name in dev and test); the model
# reads the place. Not "Schule", "Museum", "Theater", "Amtsgericht", "Stadtwerke" (tagged O or the place LOC).
INSTITUTION_HEADS = frozenset("Universität Hochschule Realschule Kraftwerk".split())


# Words that start a sentence or clause, not a second word of a name (a heading runs into the text).
_FUNCTION_WORDS = frozenset(
    "der die das den dem des ein eine einer eines einem einen er sie es wir ich ihr im in am an auf aus bei "
    "mit nach von vom zu zum zur und oder aber auch als seit bis für über unter um wie wo wenn dort hier "
    "heute damals so da dann doch noch nur nun".split())


# What follows an English dateline's place: ", United Arab Emirates", " (Reuters)", " —", " --" (not " - ": CoNLL
# headlines, "SOCCER - ...").
DATELINE_AFTER = re.compile(r"\s*(?:,\s*[A-Z][a-z]|\(|[–—]|--)")

# A noun for a kind of organisation right before a name: the name is that organisation's
# (GermEval tags "Firma Pixelpark", "Gewerkschaft Verdi", "Verein Tivoli" so: the name ORG).
ORG_COMPOUND_HEADS = ("firma", "konzern", "-Tochter", "-Schwester", "tochterfirma", "tochtergesellschaft")
# Compounds too: "der Google-Schwesterfirma Waymo", "der Autokonzern Stellantis", "die Google-Tochter Waymo".
ORG_HEAD = re.compile(r"(?:\b(?:Stiftung|Firma|Konzern|Gewerkschaft|Verein|Verband|Unternehmen|Organisation|"
                      r"Partei|Initiative|Bündnis|Hilfsorganisation|Nichtregierungsorganisation)"
                      r"|[a-zäöüß](?:firma|konzern|unternehmen|gewerkschaft|verband|gesellschaft)"
                      r"|\w-(?:Tochter|Schwester|Mutter)(?:firma|gesellschaft|unternehmen|konzern)?)\s+$")
# A part that every match of ORG_HEAD holds: a sentence with none of them (most) needs no search per name.
ORG_HEAD_WORDS = ("Stiftung", "Firma", "Konzern", "Gewerkschaft", "Verein", "Verband", "Unternehmen", "Organisation",
                  "organisation", "Partei", "Initiative", "Bündnis", "firma", "konzern", "unternehmen", "gewerkschaft",
                  "verband", "gesellschaft", "-Tochter", "-Schwester", "-Mutter")
# Any of them in a text: one search instead of a test per word (half the time).
_ORG_HEAD_WORD = re.compile("|".join(map(re.escape, ORG_HEAD_WORDS)))


def merge_token_spans(words: list[str], spans: list[tuple[int, int, str]],
                      lang: str | None = None) -> list[tuple[int, int, str]]:
    """``merge`` on pre-tokenised text (for scoring on gold tokens); token spans in and out."""
    starts, ends, pos = [], [], 0
    for w in words:
        starts.append(pos)
        pos += len(w)
        ends.append(pos)
        pos += 1
    text = " ".join(words)
    char_model = [(starts[a], ends[b - 1], lab) for a, b, lab in spans]
    tok_of_start = {c: i for i, c in enumerate(starts)}
    tok_of_end = {c: i + 1 for i, c in enumerate(ends)}
    out = []
    for s, e, lab, _ in merge(text, char_model, lang=lang):
        if s in tok_of_start and e in tok_of_end:        # gazetteer matches inside a gold token are dropped
            out.append((tok_of_start[s], tok_of_end[e], lab))
    return out


# A currency next to an amount ("2000 Gulden", "100.000 Franken", "CHF 7 Mio", "30 Mrd. Yen"): a
# named thing (GermEval tags currencies OTH); only next to a number, since "Franken" is also a
# region and "Mark" a first name.
_CURRENCY_NAMES = (r"Euro|Dollar|US-Dollar|Franken|Gulden|Pfund|Rubel|Yen|Yuan|Renminbi|Rupien?|Lira|Peseten|"
                   r"Schilling|D-Mark|Mark|Kronen|Krone|Zloty|Forint|Peso|Real|Dinar|"
                   r"EUR|USD|CHF|GBP|JPY|CNY|RUB|SEK|NOK|DKK|PLN|CZK|HUF|TRY|INR")
CURRENCY_NAME = re.compile(r"(?:" + _CURRENCY_NAMES + r")$")
CURRENCIES = (
    re.compile(r"(?<=\d)\s(?:(?:Mio|Mrd)\.?\s|Millionen\s|Milliarden\s)?(?P<name>" + _CURRENCY_NAMES + r")\b"),
    re.compile(r"\b(?P<name>EUR|USD|CHF|GBP|JPY|SFr)(?=\s?\d)"),
)

# A historic era or an art period named in running text ("im späten Mittelalter", "seit der Antike",
# "im Rokoko", "zwischen Spätromanik und Gotik"): GermEval tags it OTH (Mittelalter, Antike, Rokoko,
# Gotik, Neugotik, Romantik); not as a heading at a line's start ("Mittelalter Um 1000 ...": O), not in
# compounds ("Mittelalter-Markt", "Spätgotik": GermEval's *part); "Neuzeit", "Moderne", "Reformation"
# and the -ismus movements it leaves mostly O, and "Moderne" is also the adjective.
ERAS = re.compile(r"(?<=\S )(?P<name>Antike|Mittelalter|Rokoko|Gotik|Neugotik|Romanik|Romantik|Renaissance|"
                  r"Barock|Biedermeier)(?![\w-])")

# Abbreviations of common nouns, read by the model as acronym organisations ("von CEO Rick Dudley",
# "121,5 MHz ; UKW", "Maßnahmen wie ABM"): GermEval leaves them O (each of these it tags at all, in dev
# or test, only O). Not the ambiguous ones: "ATP" (the tennis body), "TV" (ORG in station names), "ABS", "DJ".
COMMON_ACRONYMS = frozenset(
    "CEO CFO CTO COO MBA PLZ UKW MW KW kW LKW Lkw PKW Pkw FCKW DNA DNS RNA DVD CD PC PDF BIP IT EDV SMS GPS "
    "USB LED LCD HIV ABM RBI PS NADPH ADP SGB StGB BGB GG HD HDTV CPU RAM KMU EKG MRT MdB MdL CO2 UV VIP "
    "SUV WLAN DSL UMTS GSM MP3 ISDN PIN TAN FAQ WC KI ÖPNV CT".split())

# One capitalised word with the ending of an abstract or plural common noun ("Russophobie", "Hagelereignisse",
# "Fallabschluss", "Digitalisierung", "Gesundheitswesen"): no person and, but for the -ungen of place names
# (Kaufungen), no place. GermEval dev and its training split tag no single such word PER and two LOC
# ("Elbmündung", "Holungen").
_ABSTRACT_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:ung|heit|heiten|keit|keiten|schaft|schaften|ismus|phobie|ität|"
                            r"itäten|tion|tionen|nisse|ereignis|abschluss|wesen|ierung)")

# Common nouns for a government, a council or the police, alone ("die Bundesregierung", "im Kongress", "der
# Senat", "die Polizei", "die EU-Kommission"): GermEval leaves them O (each, in dev and test, only O or a
# *part: Regierung 36, Polizei 34, Bundesregierung 13, Kongress 6, Senat 6, Kabinett 5, Landesregierung 5,
# Parlament 4, Gemeinderat 3, EU-Kommission 3 ORGpart, Landtag 2); not "Bundestag", "Bundesrat" (ORG there).
# (Not "Bundesregierung", "Kongress" or "EU-Kommission", though GermEval leaves them O or ORGpart too:
# each names one institution, which a reader of the entities layer wants to see.)
GOVERNMENT_NOUNS = frozenset(
    "Regierung Landesregierung Staatsregierung Senat Kabinett Parlament Polizei "
    "Gemeinderat Landtag Kreistag Stadtrat".split())

# A title in quotes right after a noun for a kind of work ('der Film „My Blueberry Nights“', 'ihr Hit
# "Take On Me"', 'das Motto „Hier tanzt der Bär“', 'des Action-Spiels "Grand Theft Auto"'): GermEval
# tags the whole quoted title OTH, whatever names are inside it; after a noun for a paper or
# magazine ('die Zeitschrift „Super Illu“', 'des Magazins „The Face“') it is the paper, ORG.
# ("Titel" stays out: GermEval leaves 'unter dem Titel „Körperwelten“' and the like O.)
_WORK_NOUNS = (r"[Ff]ilm|[Bb]uch|[Rr]oman|[Aa]lbum|[Ss]ingle|[Ss]ong|[Ll]ied|[Hh]it|[Gg]edicht|[Oo]per|[Ss]tück|"
               r"[Mm]usical|[Dd]rama|[Kk]omödie|[Ss]endung|[Ss]endereihe|[Ss]erie|[Ss]how|(?<!ei)[Ss]piel|[Bb]ild|"
               r"[Gg]emälde|[Aa]rtikel|[Mm]otto|[Cc]odename|[Oo]uvertüre|[Ss]infonie|[Ee]ssay|[Kk]olumne|"
               r"[Dd]okumentation")
_PRESS_NOUNS = r"[Zz]eitung|[Zz]eitschrift|[Mm]agazin|[Ii]llustrierte"
WORK_NOUN = re.compile(r"\b(?:[A-ZÄÖÜ][\w-]*?)?(?:(?P<press>" + _PRESS_NOUNS + r")|" + _WORK_NOUNS + r")"
                       r"(?:e?s|e?n|e)?\s?$")
QUOTED = re.compile(r"(?P<q>[\"„»])\s?(?P<name>[^\W_][^\"„“”»«\n]{0,150}?)\s?[\"“”«]")

# A language's name as a noun ("auf Russisch", "vorwiegend Englisch geredet", "Lehrerin für Latein",
# "Hindi kennt keinen ..."): GermEval tags it OTH (every such name in dev and test but two: "Deutsch",
# which it reads as a derivation of Deutschland, left out here, and one "Französisch" as LOCderiv).
# Only the uninflected noun ("im Englischen" it tags both ways), not in compounds ("Englischunterricht"),
# and not "Schwäbisch", "Sächsisch" (Schwäbisch Hall, places).
LANGUAGES = re.compile(
    r"(?<![\w-])(?P<name>Englisch|Französisch|Spanisch|Italienisch|Russisch|Latein|Arabisch|Chinesisch|Japanisch|"
    r"Polnisch|Türkisch|Griechisch|Altgriechisch|Hebräisch|Niederländisch|Portugiesisch|Schwedisch|Dänisch|"
    r"Norwegisch|Finnisch|Ungarisch|Tschechisch|Persisch|Koreanisch|Ukrainisch|Rumänisch|Kroatisch|Serbisch|"
    r"Bulgarisch|Slowakisch|Albanisch|Kurdisch|Jiddisch|Esperanto|Hindi|Thai|Urdu|Sanskrit|Mandarin|Suaheli|"
    r"Swahili|Schweizerdeutsch|Plattdeutsch|Hochdeutsch|Niederdeutsch)(?![\w-])")

# A motorway or federal road by its number after an article or a road noun ("die A 6", "zur A 5",
# "der Autobahn A 45", "an der B 277"): GermEval tags it LOC (9 of the 10 in dev and test). Not after
# "und" ("Bayern 3 und B 5": a radio station, ORG), not before a further digit or decimal; written
# without the space only after a road noun ("die A4", "die A1": cameras, cars, OTH).
ROADS = re.compile(r"\b(?:(?:der|die|zur|zwischen)\s(?P<name>[AB]\s\d{1,3})|"
                   r"(?:Autobahn(?:en)?|Bundesautobahn|Bundesstraßen?)\s(?P<name2>[AB]\s?\d{1,3}))(?![\w.,/-]?\d)(?![\w-])")


def _alternatives(pattern: re.Pattern) -> frozenset[str]:
    """The words of a ``(?P<name>A|B|...)`` pattern: a sentence without one of them needs no search."""
    inner = pattern.pattern.split("(?P<name>", 1)[1].split(")", 1)[0]
    return frozenset(inner.split("|"))


_ERA_WORDS = _alternatives(ERAS)
_LANGUAGE_WORDS = _alternatives(LANGUAGES)
