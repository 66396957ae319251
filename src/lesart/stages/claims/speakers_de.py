"""German speakers by case and position: the subject of the frame's verb, not its object.

The tagger marks a noun phrase next to the frame's verb as the speaker; in German that may be the
verb's object ("Heusgen nannte Baerbock ein Auslaufmodell", "Lawrow sieht das Land als ...") or a
fronted object ("Den Tausch ... bezeichnete Heusgen als ..."), and a speaker may run into the
listener ("sagte der 86-Jährige dem Sender RPP").  The finite verb of a main clause has one
constituent before it; of the noun phrases around it the subject is the one that can be nominative
(no den/dem/einen/einem) and, where both could be, the one before the verb that names someone who
can speak (a person or organisation the entities layer tags, a person noun, a pronoun).
A frameless quotation inside such a clause ("Sánchez würdigte Vargas Llosa als „...“") is that
subject's, not the last speaker's.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from ...model import Claim, Document, Source
from . import lexicon
from .rules_de import (ARTICLES, AUX, PASSIVE_AUX, PREPOSITIONS, SUBORDINATORS, lemma, shared_rules)
from .sources import PERSON_NOUNS, classify
from .text import SortedSentences, find_quotes, sentence_at, tokenize

# Words that open no constituent of their own before the prefield ("Doch der Minister sagte").
_LEADERS = frozenset("und aber doch denn sondern jedoch auch nun so".split())
# Words between the finite verb and its subject ("nannte auch Heusgen", "sagte zudem X").
_MIDFIELD_ADVERBS = frozenset("""auch damals zudem außerdem dabei noch bereits heute gestern jedoch
    aber nun später dann wiederum ebenfalls indes allerdings erneut""".split())
# A noun phrase opened by these is no subject: accusative, dative or genitive only.
_OBJECT_OPENERS = frozenset("""den dem einen einem diesen diesem jenen jenem ihn ihm ihnen uns mich
    mir dich dir seinen seinem ihren ihrem unseren unserem""".split())
# After the verb these open a nominative: the subject right after the verb ("kritisierte der Minister").
_NOMINATIVE_ONLY = frozenset("der ein er ich wir ihr".split())
# The time a phrase stands for, an accusative of time ("Vergangene Woche sagte X")
_TIME_HEADS = frozenset("""woche wochen jahr jahre monat monate tag tage abend morgen mittag nacht mal wochenende
    montag dienstag mittwoch donnerstag freitag samstag sonntag""".split())
# Verbs that value or name what is quoted after them ("würdigte X als „...“", "nannte X „...“").
_QUOTING_VERBS = frozenset("""würdigen loben preisen feiern nennen bezeichnen beschreiben kritisieren
    verurteilen warnen rühmen charakterisieren titulieren kommentieren""".split())
_PREPOSITIONAL_CUES = frozenset("laut nach zufolge gemäß gemäss demnach so wie".split())
_SPEAKER_LABELS = ("PER", "ORG")
_SPEAKING_KINDS = ("government", "intelligence", "media")


def _speaker_like(tokens, a: int, b: int, entities) -> bool:
    """tokens[a:b] names someone who can speak."""
    if b - a == 1 and tokens[a].lower in ("er", "sie", "ich", "wir"):
        return True
    if any(t.lower in PERSON_NOUNS or t.lower.endswith(("sprecher", "sprecherin")) for t in tokens[a:b]):
        return True
    s0, s1 = tokens[a].start, tokens[b - 1].end
    # an entity inside the phrase, or one that ends in it ("Wovor Vintz" tagged whole)
    if any(e.label in _SPEAKER_LABELS and s0 < e.end <= s1 for e in entities):
        return True
    # an office or body the source kinds know ("Der Minister", "die Regierung", "der Geheimdienst")
    return classify(" ".join(t.text for t in tokens[a:b])) in _SPEAKING_KINDS


def _np_end(tokens, i: int) -> int:
    rules = shared_rules()
    return rules._np_after(tokens, i, [False] * len(tokens))


def _nominal_start(tok) -> bool:
    """A word that can open a nominative noun phrase."""
    w = tok.lower
    if w in _OBJECT_OPENERS or w in PREPOSITIONS or w in SUBORDINATORS:
        return False
    if w in ARTICLES or w in ("er", "sie", "ich", "wir", "dieser", "diese", "dieses"):
        return True
    return tok.is_capitalised and not shared_rules()._function_word(tok)


def _is_finite_verb(tok) -> bool:
    w = tok.lower
    return tok.is_word and tok.text[:1].islower() and w not in ARTICLES and w not in PREPOSITIONS \
        and w not in SUBORDINATORS and w not in _LEADERS and w not in _MIDFIELD_ADVERBS and not w[:1].isdigit()


def _clause_start(tokens, k: int) -> int:
    """Index of the first token of the clause that holds token k (after a comma, colon, dash or quote mark)."""
    while k > 0 and tokens[k - 1].text not in ",;:–—„“”«»\"":
        k -= 1
    return k


def _prefield(tokens, v: int) -> tuple[int, int] | None:
    """The noun phrase before finite verb ``v`` that fills its clause's prefield, else None."""
    a = _clause_start(tokens, v)
    while a < v and tokens[a].lower in _LEADERS:
        a += 1
    if a >= v or not _nominal_start(tokens[a]):
        return None
    if v - a == 1 and tokens[a].lower in ("das", "dies", "diese", "dieses", "die", "der"):
        return None      # "Das sagte X": a demonstrative object
    end = v
    if tokens[end - 1].text == ")":      # "Gabriel García Márquez (1927-2014)", "Kristina Schröder (CDU)"
        opened = next((k for k in range(end - 2, a, -1) if tokens[k].text == "("), None)
        if opened is None:
            return None
        end = opened
    if end <= a or _np_end(tokens[:end], a) != end or tokens[end - 1].lower in _TIME_HEADS:
        return None
    return a, v


def _midfield(tokens, v: int) -> tuple[int, int] | None:
    """The noun phrase right after finite verb ``v`` (a few adverbs skipped)."""
    m = v + 1
    while m < len(tokens) and tokens[m].lower in _MIDFIELD_ADVERBS:
        m += 1
    if m >= len(tokens) or not tokens[m].is_word:
        return None
    if tokens[m].lower in ("er", "sie", "ich", "wir", "ihn", "ihm"):
        return m, m + 1
    end = _np_end(tokens, m)
    return (m, end) if end > m else None


def _token_range(tokens, start: int, end: int) -> tuple[int, int] | None:
    a = next((k for k, t in enumerate(tokens) if t.start == start), None)
    b = next((k for k, t in enumerate(tokens) if t.end == end), None)
    return (a, b + 1) if a is not None and b is not None and b >= a else None


def _span(tokens, a: int, b: int) -> tuple[int, int]:
    return tokens[a].start, tokens[b - 1].end


def _subject_for(tokens, a: int, b: int, entities) -> tuple[tuple[int, int], int] | None:
    """Where source tokens[a:b] is the object of its clause's finite verb, the subject's token range
    and the verb's index; else None."""
    # the source after the verb: "Heusgen nannte Baerbock", "Lawrow sieht das Land"
    v = a - 1
    while v >= 0 and tokens[v].lower in _MIDFIELD_ADVERBS:
        v -= 1
    if v > 0 and _is_finite_verb(tokens[v]) and tokens[a].lower not in _NOMINATIVE_ONLY:
        pre = _prefield(tokens, v)
        if pre is not None and _speaker_like(tokens, *pre, entities) and not _dative_phrase(tokens, *pre) \
                and tokens[pre[0]].lower not in _PREPOSITIONAL_CUES:     # "Laut BBC News sagte der Minister"
            return pre, v
    # the source before the verb, opened by an object's article: "Den Tausch ... bezeichnete Heusgen", "Der Deutschen
    # Presse-Agentur sagte der Minister" (a quoted name after it too: "Der Zeitung „Welt am Sonntag“ sagte Merz")
    if b < len(tokens) and tokens[b].text in "„»\"":
        close = next((k for k in range(b + 1, min(len(tokens), b + 8)) if tokens[k].text in "“«\""), None)
        b = close + 1 if close is not None else b
    if a == 1 and tokens[0].lower in ("die", "das") and b < len(tokens) and _fronted_object(tokens, 0, b, entities):
        a = 0      # the tagger's "Vorwürfe" without its article
    if b < len(tokens) and _is_finite_verb(tokens[b]) and (tokens[a].lower in _OBJECT_OPENERS
                                                           or _dative_der_phrase(tokens, a, b)
                                                           or _fronted_object(tokens, a, b, entities)):
        mid = _midfield(tokens, b)
        while mid is not None and mid[1] - 1 > mid[0] and tokens[mid[1] - 1].text in "„“”«»\"":
            mid = mid[0], mid[1] - 1     # (the opening mark of what he called it: "nannte der Sprecher „absurd“")
        opens = a == 0 or tokens[a - 1].text in ",;:–—" or tokens[a - 1].lower in _LEADERS
        if opens and mid is not None and _nominal_start(tokens[mid[0]]):
            return mid, b
    return None


# Verbs that judge or name an accusative object ("Die Vorwürfe nannte der Sprecher „absurd“", "Die Darstellung hält
# das Gericht für plausibel"): with "die"/"das" before them the phrase may be the object as well as the subject.
_JUDGING_VERBS = frozenset("""nennen bezeichnen halten werten bewerten einstufen kritisieren begrüßen loben verurteilen
    zurückweisen weisen ablehnen lehnen dementieren bestreiten bestätigen fordern""".split())
# Speaking kinds of the phrase after the verb (an organisation too: "begrüßten Umweltverbände").
_MIDFIELD_SPEAKING_KINDS = ("government", "intelligence", "media", "organisation")


def _fronted_object(tokens, a: int, b: int, entities) -> bool:
    """tokens[a:b], opened by "die" or "das" before a judging or naming verb tokens[b], is its object when its
    head noun names no one who speaks and the phrase after the verb does ("Die Vorwürfe nannte der Sprecher
    „völlig absurd“"; not "Die Ministerin sagte der Zeitung", whose first phrase speaks)."""
    if tokens[a].lower not in ("die", "das") or lemma(tokens[b].text) not in _JUDGING_VERBS:
        return False
    head = next((k + 1 for k in range(a + 1, b) if tokens[k].is_capitalised), None)
    if head is None or _speaker_like(tokens, a, head, entities):
        return False
    mid = _midfield(tokens, b)
    if mid is None or not _nominal_start(tokens[mid[0]]) or tokens[mid[0]].lower in ("er", "sie", "ich", "wir"):
        return False
    # its head, not a genitive after it ("begrüßten die Ankündigung des Premierministers": the announcement)
    end = next((k + 1 for k in range(mid[0], mid[1]) if tokens[k].is_capitalised), mid[1])
    return _speaker_like(tokens, mid[0], end, entities) or classify(
        " ".join(t.text for t in tokens[mid[0]:end])) in _MIDFIELD_SPEAKING_KINDS


def _dative_der_phrase(tokens, a: int, b: int) -> bool:
    """tokens[a:b] is "der" + an adjective in -en + a noun: a feminine dative or genitive ("Der Deutschen
    Presse-Agentur", "Der englischsprachigen Zeitung", "Der „Süddeutschen Zeitung“"), never a nominative (that
    would be "Der deutsche ...")."""
    if tokens[a].lower != "der":
        return False
    k = a + 1
    while k < b and tokens[k].text in "„“\"»«":
        k += 1
    if k < b and tokens[k].is_capitalised and tokens[k].lower.endswith(_FEMININE_LISTENERS):
        return True       # "Der Zeitung „Welt am Sonntag“ sagte Merz": a newspaper or an agency is feminine
    return k + 1 < b and tokens[k].lower.endswith("en") and tokens[k].text.isalpha() \
        and any(t.text[:1].isupper() for t in tokens[k + 1:b])


_FEMININE_LISTENERS = ("zeitung", "agentur", "zeitschrift", "presse")


def _dative_phrase(tokens, x: int, y: int) -> bool:
    """tokens[x:y] reads as a dative, the listener before the verb, not its subject: "Dem Sender", "Der
    englisch-sprachigen Zeitung" (der with a weak adjective in -en before a noun is no nominative)."""
    first = tokens[x].lower
    return first in ("dem", "einem") or first == "der" and y - x >= 3 and tokens[y - 1].is_capitalised \
        and tokens[y - 2].text[:1].islower() and tokens[y - 2].lower.endswith("en")


def _listener_cut(doc: Document, tokens, a: int, b: int) -> int | None:
    """A source after its verb that runs into the listener ("der 86-Jährige dem Sender RPP"): the
    token index where the dative phrase starts, else None."""
    for k in range(a + 1, b):
        if tokens[k].lower in ("dem", "einem", "diesem") and tokens[k - 1].lower not in PREPOSITIONS \
                and tokens[k - 1].is_word:
            return k
    return None


def german_speakers(doc: Document, claims: list[Claim]) -> list[Claim]:
    """The sources of German claims corrected by case and position (see the module's doc); a
    correction of a source carries over to the claims that took it on (continuations)."""
    if not claims:
        return claims
    sentences = SortedSentences(doc)
    entities = doc.entities or []
    fixed: dict[tuple[int, int], tuple[Source, tuple[int, int] | None]] = {}
    out = []
    for c in claims:
        s = c.source
        if s is None or c.mode == "asserted" or s.kind == "anonymous" \
                or s.kind == "unspecified" and not (s.text.startswith(("Die ", "Das "))
                                                    or doc.text[max(0, s.start - 4):s.start] in ("Die ", "Das ")):
            # (an unspecified "Die Vorwürfe" may be the object before the verb: "Die Vorwürfe nannte der Sprecher")
            out.append(c)
            continue
        if c.cue is not None and c.cue.text.lower() in _PREPOSITIONAL_CUES:
            out.append(c)
            continue
        key = (s.start, s.end)
        if key not in fixed:
            fixed[key] = _fixed_source(doc, sentences, s, entities)
        new, cue = fixed[key]
        if new is not s:
            c = replace(c, source=new)
            if cue is not None and (c.cue is None or (c.cue.start, c.cue.end) != cue) \
                    and sentence_at(sentences, c.start) is sentence_at(sentences, new.start):
                c = replace(c, cue=doc.span(*cue))
        out.append(c)
    return _own_subject_quotes(doc, sentences, out, entities)


def _fixed_source(doc, sentences, s: Source, entities) -> tuple[Source, tuple[int, int] | None]:
    sent = sentence_at(sentences, s.start)
    if sent is None:
        return s, None
    tokens = tokenize(sent.text, sent.start)
    rng = _token_range(tokens, s.start, s.end)
    if rng is None:
        return s, None
    a, b = rng
    if a > 0 and tokens[a - 1].lower in _NO_SOURCE_PREPOSITIONS:
        # "Der Präsident hat sein Veto gegen den Gesetzentwurf angekündigt": a phrase after "gegen", "für", "mit"
        # ... is an object of the verb, never who speaks; the clause's subject in the prefield does
        v = next((k for k in range(1, a) if tokens[k].lower in AUX or _is_finite_verb(tokens[k]) and _cue_verb(tokens[k])),
                 None)
        pre = _prefield(tokens, v) if v is not None else None
        if pre is not None and _speaker_like(tokens, *pre, entities):
            s0, s1 = _span(tokens, *pre)
            text = doc.text[s0:s1]
            return Source(start=s0, end=s1, text=text, kind=classify(text)), None
        return s, None
    if a > 0 and tokens[a - 1].lower in PREPOSITIONS or b < len(tokens) and tokens[b].lower in _PREPOSITIONAL_CUES:
        return s, None    # "Laut dem Direktor ...", "Den Recherchen zufolge": a frame of its own
    found = _subject_for(tokens, a, b, entities)
    if found is not None:
        (x, y), v = found
        if not any(t.text in "„“”«»\"" for t in tokens[x:y]):
            s0, s1 = _span(tokens, x, y)
            text = doc.text[s0:s1]
            cue = _span(tokens, v, v + 1) if _cue_verb(tokens[v]) else None
            return Source(start=s0, end=s1, text=text, kind=classify(text)), cue
    k = _listener_cut(doc, tokens, a, b)
    if k is not None and a > 0 and _is_finite_verb(tokens[a - 1]) and k > a:
        s0, s1 = _span(tokens, a, k)
        text = doc.text[s0:s1]
        return Source(start=s0, end=s1, text=text, kind=classify(text)), None
    return s, None


# Prepositions whose phrase is an object or a circumstance of the verb and never names who speaks (not "laut",
# "nach", "von", "in", "bei", "aus", which frame a source or a place it was said in).
_NO_SOURCE_PREPOSITIONS = frozenset("gegen für über um mit ohne durch an auf unter zwischen wegen trotz".split())


def _cue_verb(tok) -> bool:
    rules = shared_rules()
    lv = lemma(tok.text)
    return lv in rules.speech or lv in rules.reported or lv in _QUOTING_VERBS or lv in rules.separable


def _own_subject_quotes(doc, sentences, claims: list[Claim], entities) -> list[Claim]:
    """A quotation without a cue of its own inside a main clause whose subject and speech or naming
    verb stand before it ("Der spanische Ministerpräsident Pedro Sánchez würdigte Vargas Llosa als
    „...“") is that subject's, not the previous speaker's it was linked to."""
    out = []
    for c in claims:
        if c.mode != "direct" or c.cue is not None or not c.text[:1] in "„“»«\"":
            out.append(c)
            continue
        sent = sentence_at(sentences, c.start)
        if sent is None or sent.start == c.start or c.source is not None and sent.start <= c.source.start < sent.end:
            out.append(c)
            continue
        tokens = tokenize(sent.text, sent.start)
        v = next((k for k, t in enumerate(tokens) if t.start >= c.start), None)
        found = None
        for k in range(1, min(v or 0, 16)):
            if tokens[k].text in ",;:":
                break
            if _is_finite_verb(tokens[k]) and tokens[k].lower not in AUX and _cue_verb(tokens[k]):
                pre = _prefield(tokens, k)
                if pre is not None and _speaker_like(tokens, *pre, entities):
                    found = pre, k
                break
            if tokens[k].lower in AUX and tokens[k].lower not in PASSIVE_AUX:
                # "Der Minister hat den Plan als „...“ kritisiert": the participle after the quotation
                part = next((j for j in range(v, len(tokens)) if tokens[j].start >= c.end
                             and (tokens[j].text in ",;:" or tokens[j].is_word)), None)
                if part is not None and tokens[part].is_word and tokens[part].text[:1].islower() \
                        and _cue_verb(tokens[part]):
                    pre = _prefield(tokens, k)
                    if pre is not None and _speaker_like(tokens, *pre, entities):
                        found = pre, part
                break
        if found is None:
            out.append(c)
            continue
        (x, y), k = found
        s0, s1 = _span(tokens, x, y)
        text = doc.text[s0:s1]
        out.append(replace(c, source=Source(start=s0, end=s1, text=text, kind=classify(text)),
                           cue=doc.span(*_span(tokens, k, k + 1))))
    return out


# "heißt"/"hieß", in Swiss spelling "heisst"/"hiess"
_HEISST = r"(?:heißt|hieß|heisst|hiess)"
# "Von Temu heißt es (zu den Vorwürfen):", "Aus dem Ministerium hieß es:", "Seitens der Polizei hieß es,"
_ORIGIN_FRAME = re.compile(rf"(?:Von|Vom|Aus|Seitens|Bei|Beim)\s+(?P<src>[^,:;„“\"»«]{{2,80}}?)\s+(?P<cue>{_HEISST}\s+es)\b")
# "Es hieß damals, ...", "Es heißt, ...": the impersonal frame opening the sentence
_IMPERSONAL_OPENING = re.compile(rf"(?P<cue>Es\s+{_HEISST})(?:\s+(?:damals|nun|jetzt|zudem|außerdem|auch|weiter|"
                                 r"inzwischen|mittlerweile|bereits|dazu|ferner))*\s*,\s+")
# "..., hieß es." / "..., heißt es weiter.": the impersonal frame closing the sentence
_IMPERSONAL_CLOSING = re.compile(rf",\s+(?P<cue>{_HEISST}\s+es)(?:\s+(?:damals|nun|weiter|zudem|außerdem|auch))*\s*\.?\s*$")
_W_OPENERS = frozenset("wovor worüber wovon woran worauf wie was warum weshalb".split())


def impersonal_frames(doc: Document, claims: list[Claim]) -> list[Claim]:
    """German sentences framed by 'heißt es' that the tagger left as the author's: "..., hieß es."
    (an indicative or Konjunktiv II content) and "Es hieß damals, ..." (a content without a
    frame); their source is unnamed, as the stage marks 'heißt es' elsewhere."""
    out = []
    for c in claims:
        if c.mode == "asserted" and ("hieß es" in c.text or "heißt es" in c.text) and (m := _IMPERSONAL_CLOSING.search(c.text)):
            cue = doc.span(c.start + m.start("cue"), c.start + m.end("cue"))
            out.append(replace(c, end=c.start + m.start(), text=c.text[:m.start()], mode="indirect", cue=cue,
                               source=Source(start=cue.start, end=cue.end, text=cue.text, kind="unspecified")))
            continue
        if c.mode in ("indirect", "reported") and c.source is None and c.cue is None and c.text.startswith("Es h") \
                and (m := _IMPERSONAL_OPENING.match(c.text)):
            cue = doc.span(c.start + m.start("cue"), c.start + m.end("cue"))
            out.append(replace(c, start=c.start + m.end(), text=c.text[m.end():], mode="indirect", cue=cue,
                               source=Source(start=cue.start, end=cue.end, text=cue.text, kind="unspecified")))
            continue
        out.append(c)
    return out


def colon_frames(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A quotation right after a colon whose clause names who speaks ("Von Temu heißt es zu den
    Vorwürfen: „...“", "Wovor Vintz warnt: „...“", "Kate Moss ist stärker involviert, als man denken
    würde: „...“") is that speaker's, not unattributed nor the previous speaker's."""
    sentences = None
    entities = doc.entities or []
    out = []
    for c in claims:
        if c.mode != "direct" or c.cue is not None and c.source is not None or c.start < 2 \
                or doc.text[c.start - 2:c.start].strip() != ":":
            out.append(c)
            continue
        if sentences is None:
            sentences = SortedSentences(doc)
        sent = sentence_at(sentences, c.start - 2)
        if sent is None or c.source is not None and sent.start <= c.source.start < c.start:
            out.append(c)
            continue
        found = _colon_speaker(doc, sent, c.start - 2, entities)
        if found is None:
            out.append(c)
            continue
        (s0, s1), cue = found
        text = doc.text[s0:s1]
        c = replace(c, source=Source(start=s0, end=s1, text=text, kind=classify(text)))
        if c.cue is None and cue is not None:
            c = replace(c, cue=doc.span(*cue))
        out.append(c)
    return out


# Adverbs that announce the words after a colon ("begründete seine Position folgendermaßen:").
_ANNOUNCING_ADVERBS = frozenset("folgendermaßen folgendermassen so".split())


def _colon_speaker(doc, sent, colon: int, entities):
    """(source span, cue span or None) named by the frame clause that ends at ``colon``."""
    tokens = tokenize(sent.text, sent.start)
    k_colon = next((k for k, t in enumerate(tokens) if t.start >= colon), len(tokens))
    start = k_colon
    while start > 0 and tokens[start - 1].text not in ".;:!?„“”«»\"":
        start -= 1
    if start >= k_colon:
        return None
    frame = doc.text[tokens[start].start:tokens[k_colon - 1].end]
    m = _ORIGIN_FRAME.match(frame)
    if m is not None:
        s0 = tokens[start].start + m.start("src")
        cue = (tokens[start].start + m.start("cue"), tokens[start].start + m.end("cue"))
        return (s0, s0 + len(m.group("src"))), cue
    clause = tokens[start:k_colon]
    # the clause opens with a w-word or "wie": its subject follows ("Wovor Vintz warnt", "wie X ... preist")
    for k in range(len(clause)):
        if clause[k].lower in _W_OPENERS and (k == 0 or clause[k - 1].text == ","):
            a = k + 1
            b = _np_end(clause, a)
            if b > a and _nominal_start(clause[a]) and _speaker_like(clause, a, b, entities):
                verb = clause[-1]
                cue = (verb.start, verb.end) if _cue_verb(verb) else None
                return (clause[a].start, clause[b - 1].end), cue
            break
    # a main clause with its subject first: "Kate Moss ist ... involviert, als ...", "Er sieht ...:"
    for v in range(1, len(clause)):
        if clause[v].text in ",;–—":
            break
        if _is_finite_verb(clause[v]):
            pre = _prefield(clause, v)
            if pre is not None and _speaker_like(clause, *pre, entities) and clause[pre[0]].lower not in ("wir", "ich"):
                # (not "Wir erinnern an Redepassagen wie:": the author quoting)
                cue = (clause[v].start, clause[v].end) if _cue_verb(clause[v]) else None
                return (clause[pre[0]].start, clause[pre[1] - 1].end), cue
            break
    # "In seiner Radioansprache begründete der Präsident seine Position folgendermaßen: „...“": a prepositional
    # phrase fills the prefield, and the subject follows the verb
    v = _np_end(clause, 1) if len(clause) > 3 and clause[0].lower in PREPOSITIONS else 0
    if 1 < v < len(clause) - 1 and _is_finite_verb(clause[v]) \
            and (_cue_verb(clause[v]) or clause[-1].lower in _ANNOUNCING_ADVERBS):
        mid = _midfield(clause, v)
        if mid is not None and _nominal_start(clause[mid[0]]) and _speaker_like(clause, *mid, entities) \
                and clause[mid[0]].lower not in ("wir", "ich"):
            cue = (clause[v].start, clause[v].end) if _cue_verb(clause[v]) else None
            return (clause[mid[0]].start, clause[mid[1] - 1].end), cue
    return None


# -- reported speech acts that are only the frame of what was said ---------------------------
# Where a content clause opens after the frame's comma: "..., dass ...", "..., ob ...".
_CONTENT_OPENERS = frozenset({"dass", "ob"})
_REPORTED_CUTS = re.compile(r"^[\s,:]*$")
# before a quotation of capitalised words these make it a word said ("sprach von „Panikverkäufen“")
_NAMING_WORDS = frozenset("als von vom ein eine einen einem einer".split())
# a clause opened by these after the frame is a relative clause about its object, not what was said
_RELATIVE_OPENERS = frozenset("der die das dem den deren dessen denen welche welcher welches welchem welchen wo".split())
# an infinitive with zu inside the word that rules_de's particle list lacks: "stillzulegen", "voranzutreiben"
_ZU_INFINITIVE = re.compile(r"^[a-zäöü]{3,}zu[a-zäöüß]{3,}(?:en|ln|rn)$")


# A short noun phrase that closes the sentence after the speaker's name: an apposition ("erklärte Christina Markus
# Lassen, dänische Botschafterin bei den Vereinten Nationen."): no verb in it.
_APPOSITION_END = re.compile(r"[^,;:„“\"»«.!?]{3,90}[.!?]?\s*$")


def _verb_like(tok) -> bool:
    """An auxiliary, or a lower-case word whose lemma is another word ending like an infinitive ("steht")."""
    if tok.lower in AUX:
        return True
    if not tok.is_word or not tok.text[:1].islower():
        return False
    lv = lemma(tok.text)
    return lv != tok.lower and lv.endswith("n")


def apposition_after_speaker(doc: Document, claims: list[Claim]) -> list[Claim]:
    """'„...“, erklärte Christina Markus Lassen, dänische Botschafterin bei den Vereinten Nationen.': the
    phrase after the speaker's comma describes the speaker, it is not what was said; the speaker's phrase
    takes it in (as an apposition before the verb is taken in), and the claim it made goes."""
    drop, grown = set(), {}
    for k, c in enumerate(claims):
        s = c.source
        if c.mode != "indirect" or s is None or c.cue is None or c.cue.end > s.start or s.end > c.start \
                or doc.text[s.end:c.start].strip() != "," or not _APPOSITION_END.match(c.text):
            continue
        words = tokenize(c.text, c.start)
        if not words or len(words) > 12 or any(_verb_like(t) for t in words) or words[0].text[:1] in "„\"" \
                or words[0].lower in SUBORDINATORS or words[0].lower in ("die", "der", "das", "den", "dem", "dass"):
            continue
        end = c.start + len(c.text.rstrip(" .!?"))
        drop.add(k)
        grown[(s.start, s.end)] = Source(start=s.start, end=end, text=doc.text[s.start:end], kind=s.kind)
    if not drop:
        return claims
    return [replace(c, source=grown.get((c.source.start, c.source.end), c.source)) if c.source is not None else c
            for k, c in enumerate(claims) if k not in drop]


# A sentence that opens with a subordinate clause (after a particle: "Auch wenn ...", "Erst als ...").
_FRONTED_SUBORDINATE = re.compile(r"\s*(?:[A-ZÄÖÜ]\w*\s+)?(?:[Ww]enn|[Aa]ls|[Ww]ährend|[Nn]achdem|[Ww]eil|[Oo]bwohl|[Dd]a)\s")
# ", bleibt die Lage ...": the main clause after the fronted clauses, its finite verb first.
_MAIN_CLAUSE_AFTER = re.compile(r",\s+[a-zäöüß]+\s+(?:der|die|das|es|er|sie|man|ein|eine|den|dem|sich|nun|jedoch|aber)\b")


def content_before_main_clause(doc: Document, claims: list[Claim]) -> list[Claim]:
    """What was said in a fronted subordinate clause ends before the main clause that follows it: "Auch
    wenn der Iran nun sagt, | man habe Vergeltung geübt, | bleibt die Lage gefährlich" (the tagger ran
    the claim to the sentence's end)."""
    sentences = None
    out = []
    for c in claims:
        if c.mode != "indirect" or c.cue is None or c.cue.start > c.start:
            out.append(c)
            continue
        if sentences is None:
            sentences = SortedSentences(doc)
        sent = sentence_at(sentences, c.start)
        m = _MAIN_CLAUSE_AFTER.search(c.text)
        if sent is None or m is None or not _FRONTED_SUBORDINATE.match(doc.text, sent.start, c.cue.start):
            out.append(c)
            continue
        end = c.start + m.start()
        out.append(replace(c, end=end, text=doc.text[c.start:end]))
    return out


_POSSESSIVE_OPENERS = frozenset("sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer dieser diese dieses".split())


def with_noun_before_relative_clause(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A claim that opens with a relative clause right after the sentence's first noun phrase ("Die
    sexuelle Gewalt, | die man ihm angetan habe, habe nur einem Zweck gedient, sagt der Mann")
    begins with that noun phrase: the relative clause only describes it."""
    sentences = None
    out = []
    for c in claims:
        if c.mode not in ("indirect", "reported") or c.start < 2 or doc.text[c.start - 2:c.start] != ", " \
                or not _relative_clause(c.text):
            out.append(c)
            continue
        if sentences is None:
            sentences = SortedSentences(doc)
        sent = sentence_at(sentences, c.start)
        head = doc.text[sent.start:c.start - 2] if sent is not None else ""
        words = head.split()
        if sent is not None and 1 < len(words) <= 6 and "," not in head and words[0][:1].isupper() \
                and (words[0].lower() in ARTICLES or words[0].lower() in _POSSESSIVE_OPENERS) \
                and words[-1][:1].isupper():
            c = replace(c, start=sent.start, text=doc.text[sent.start:c.end])
        out.append(c)
    return out


def _relative_clause(text: str) -> bool:
    """The text opens with a relative pronoun ("die mit ...", "wo ..."), not an article ("die Partei")."""
    words = text.split(None, 2)
    return bool(words) and words[0].lower() in _RELATIVE_OPENERS and (
        words[0].lower() == "wo" or len(words) < 2 or not words[1][:1].isupper())


def _quoted_name(text: str, q) -> bool:
    """A quotation of capitalised words only, after anything but "als", "von" or an indefinite article
    ("die Aushändigung der „Krone Montezumas“", "ein Anbaustopp für „Amflora“"): a name, not words said."""
    words = text[q.start + 1:q.end - 1].split()
    before = text[max(0, q.start - 8):q.start].split()
    return bool(words) and all(w[:1].isupper() for w in words) and not (
        before and before[-1].lower() in _NAMING_WORDS)


def _quoted_complement(r: Claim, q) -> bool:
    """The quotation that ends reported claim ``r`` is what its verb says or names: after "als"
    ("bezeichnete ... als „maßvoll“"), after "von"/"über" with a verb of speaking ("sprachen von
    „Panikverkäufen“"), or as the object of a naming verb with no preposition between ("nannte sie
    „reine Spekulation“"); not a scare-quoted word deep in the act's object ("nennt die Kosten für
    die Entsorgung von "Nebenprodukten"")."""
    tokens = [t for t in tokenize(r.text, r.start) if t.end <= q.start]
    if not tokens:
        return False
    g = len(tokens) - 1
    while g > 0 and (tokens[g].lower in ARTICLES or tokens[g].text[:1].islower()
                     and tokens[g].lower.endswith(("e", "en", "er", "es", "em")) and tokens[g].lower not in PREPOSITIONS):
        g -= 1
    word = tokens[g].lower
    if word == "als":
        return True
    if word in ("von", "vom", "über"):
        # the verb of speaking in the conjunct of the "von" ("spricht von ... und fordert eine Rücknahme von
        # „Schäuble I“": the second "von" is the noun's, the act's quotation none)
        start = max((k + 1 for k in range(g) if tokens[k].lower in ("und", "oder", "sowie") or tokens[k].text == ","),
                    default=0)
        return any(lemma(t.text) in ("sprechen", "reden") for t in tokens[start:g] if t.text[:1].islower())
    verb = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text[:1].islower()
                 and lemma(tokens[k].text) in _QUOTING_VERBS), None)
    return verb is not None and not any(t.lower in PREPOSITIONS for t in tokens[verb + 1:])


def _is_prepositional(c: Claim) -> bool:
    return c.cue is not None and (c.cue.text.lower() in _PREPOSITIONAL_CUES or c.cue.text.lower().startswith("nach "))


def _content_clause(tokens, k: int) -> bool:
    """tokens[k:] (after a frame's comma) is what was said: a dass/ob clause, an infinitive with zu
    ("forderten die Regierung auf, | die Steuer zu senken"), or a main clause in Konjunktiv I with
    its subject first ("gab an, | die Partei habe ...")."""
    from .rules_de import PURPOSE_OPENERS, RELATIVE_PRONOUNS, ZU_CLAUSE_NOUNS, is_konjunktiv, is_zu_infinitive_clause
    if k >= len(tokens):
        return False
    w = tokens[k].lower
    if w in _CONTENT_OPENERS:
        return True
    last = len(tokens) - 1 if tokens[-1].text in ".!?" else len(tokens)
    end = next((j for j in range(k, last) if tokens[j].text in ",;:"), last)
    if end == last and (is_zu_infinitive_clause(tokens, k, end) or (
            w not in PURPOSE_OPENERS and _ZU_INFINITIVE.match(tokens[end - 1].text))):
        # the infinitive runs to the end: no main clause after it ("..., zu bauen, wurde ..."); after a
        # noun that takes it ("kritisiert wurde ihre Entscheidung, ... zu untersagen") it is the noun's
        return not (k >= 2 and tokens[k - 1].text == "," and tokens[k - 2].lower in ZU_CLAUSE_NOUNS)
    end = next((j for j in range(k, last) if tokens[j].lower == "und"), end)
    if end - k < 2:
        return False
    # subject then the finite verb in Konjunktiv I: "die Partei habe", "er sei"
    if w in RELATIVE_PRONOUNS and not (k + 1 < len(tokens) and tokens[k + 1].is_capitalised):
        return False
    v = next((j for j in range(k + 1, min(end, k + 6)) if not tokens[j].is_capitalised and tokens[j].is_word
              and tokens[j].lower not in ARTICLES), None)
    return v is not None and is_konjunktiv(tokens, v)


def reported_frames(doc: Document, claims: list[Claim]) -> list[Claim]:
    """German reported speech acts that are only the frame of what was said.  In the WikiNews
    scheme (Redewiedergabe) *Reported* is a speech act summarised without its words ("Die SPD
    forderte den Rücktritt"); where the words follow, they are the claim (Direct or Indirect) and
    the frame is none (train gold: 11 of 2,083 frames of a quotation or indirect clause lie in a
    Reported span; 1 of 569 "..., dass" clauses).  Three cases:

    - the reported claim ends right where a quotation or indirect claim of its sentence begins
      ("Die Polizisten forderten die Schüler auf, | das Gebäude nicht zu verlassen"): it goes;
    - it ends on a quotation ("Analysten sprachen von „Panikverkäufen“."): the quotation is the claim,
      with the frame's speaker and verb;
    - after a comma it runs into a dass/ob, zu-infinitive or Konjunktiv-I clause ("Beobachter
      schließen daraus, | dass ..."): that clause is the claim, indirect, with the frame's verb as cue.
    """
    if not claims:
        return claims
    from .text import find_quotes
    sentences = SortedSentences(doc)
    spoken = sorted((c for c in claims if c.mode in ("direct", "indirect", "hearsay")), key=lambda c: c.start)
    spoken_starts = [c.start for c in spoken]
    drop: set[int] = set()
    add: list[Claim] = []
    for i, r in enumerate(claims):
        if r.mode != "reported" or _is_prepositional(r):
            continue
        sent = sentence_at(sentences, r.start)
        if sent is None:
            continue
        # the frame of the quotation or indirect claim right after it
        j = bisect.bisect_right(spoken_starts, r.end - 1)
        if j < len(spoken) and spoken[j].start < sent.end and _REPORTED_CUTS.match(doc.text[r.end:spoken[j].start]) \
                and not _relative_clause(spoken[j].text):
            drop.add(i)
            continue
        quotes = [q for q in find_quotes(r.text, r.start) if r.start < q.start]
        if quotes and not doc.text[quotes[-1].end:r.end].strip(" .!?") and len(quotes) == 1 \
                and not _quoted_name(doc.text, quotes[-1]) and _quoted_complement(r, quotes[-1]):
            q = quotes[-1]
            drop.add(i)
            if not any(c.start == q.start and c.end == q.end for c in spoken):
                add.append(replace(r, start=q.start, end=q.end, text=doc.text[q.start:q.end], mode="direct"))
            continue
        tokens = tokenize(sent.text, sent.start)
        inside = [t for t in range(len(tokens)) if r.start <= tokens[t].start and tokens[t].end <= r.end]
        if not inside:
            continue
        a, b = inside[0], inside[-1] + 1
        in_quote = {t for q in find_quotes(r.text, r.start) for t in range(a, b) if q.start <= tokens[t].start < q.end}
        for c in range(a + 2, b - 2):
            if tokens[c].text != "," or c in in_quote or not _content_clause(tokens[:b], c + 1):
                continue
            # the frame's verb stands in the clause the comma closes, with no "als"/"wie" phrase after
            # it (there the clause belongs to a noun: "bezeichnete es als Versuch, ... zu hindern")
            seg = c
            while seg > a and tokens[seg - 1].text not in ",;:()":
                seg -= 1
            v = None
            if r.cue is not None and tokens[seg].start <= r.cue.start and r.cue.end <= tokens[c].start:
                v = next((t for t in range(seg, c) if tokens[t].start >= r.cue.start), None)
            if v is None:
                v = next((t for t in range(seg, c) if _is_finite_verb(tokens[t]) and _cue_verb(tokens[t])
                          and not (r.source is not None and r.source.start <= tokens[t].start < r.source.end)),
                         None)
            if v is None or any(tokens[t].lower in ("als", "wie") for t in range(v + 1, c)):
                break
            cue = r.cue if r.cue is not None and r.cue.start >= tokens[seg].start and r.cue.end <= tokens[c].start \
                else doc.span(tokens[v].start, tokens[v].end)
            end = b - 1 if tokens[b - 1].text in ".!?" else b
            s0, s1 = tokens[c + 1].start, tokens[end - 1].end
            drop.add(i)
            add.append(replace(r, start=s0, end=s1, text=doc.text[s0:s1], mode="indirect", cue=cue))
            break
    if not drop:
        return claims
    return sorted([c for i, c in enumerate(claims) if i not in drop] + add, key=lambda c: (c.start, c.end))


def _first_conjunct_subject(tokens, und: int) -> tuple[int, int] | None:
    """The subject shared by two coordinated main clauses ("Darin beschwor er die Einheit und | warnte
    davor, ..."): the prefield or, after a fronted adverb, the pronoun or noun phrase right after the
    first clause's finite verb."""
    a = _clause_start(tokens, und)
    v1 = next((k for k in range(a + 1, und) if _is_finite_verb(tokens[k])), None)
    if v1 is None or tokens[v1].lower in PASSIVE_AUX:
        return None
    pre = _prefield(tokens, v1)
    if pre is not None:
        return pre
    mid = _midfield(tokens, v1)
    if mid is not None and (tokens[mid[0]].lower in ("er", "sie", "wir", "ich") or tokens[mid[0]].lower in ARTICLES
                            and tokens[mid[0]].lower not in _OBJECT_OPENERS):
        return mid
    return None


_IMPERSONAL_OR_PASSIVE = frozenset("es heißt hieß heisst hiess wird wurde werden wurden worden".split())


def subjects_of_sourceless_frames(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A claim whose verb the tagger found but not its speaker ("Der BGH begründete dies damit,
    dass ..."): the noun phrase that fills the prefield of that verb's clause, when the verb is the
    clause's finite verb (or its participle after an auxiliary: "X hat angekündigt") and the phrase
    can be a subject (no object's article, no time, no demonstrative object)."""
    sentences = None
    out = []
    for c in claims:
        cue = c.cue
        if c.source is not None or cue is None or c.mode == "asserted" \
                or cue.text.split()[0].lower() in _PREPOSITIONAL_CUES \
                or any(w in _IMPERSONAL_OR_PASSIVE for w in cue.text.lower().split()):
            # "es heißt", "Strauss-Kahn wird vorgeworfen": no one before the verb speaks
            out.append(c)
            continue
        if sentences is None:
            sentences = SortedSentences(doc)
        sent = sentence_at(sentences, cue.start)
        tokens = tokenize(sent.text, sent.start) if sent is not None else []
        v = next((k for k, t in enumerate(tokens) if t.start == cue.start), None)
        if v is not None and tokens[v].lower not in AUX:
            # a participle's finite verb: the auxiliary before it in the same clause
            aux = next((k for k in range(v - 1, -1, -1) if tokens[k].lower in AUX or tokens[k].text in ",;:"), None)
            if aux is not None and tokens[aux].lower in AUX and v - aux <= 8:
                v = aux
        if v is not None and tokens[v].lower in PASSIVE_AUX:
            out.append(c)
            continue
        if v is not None and (not _is_finite_verb(tokens[v]) or tokens[v].lower in ("nicht", "nie")):
            # a separable verb's particle as the cue ("Politologen schließen aber | nicht aus |, dass"): the
            # clause's finite verb is the first verb-like word after its prefield
            a = _clause_start(tokens, v)
            v = next((k for k in range(a + 1, v) if _is_finite_verb(tokens[k]) and _cue_verb(tokens[k])), None)
        pre = _prefield(tokens, v) if v is not None and v > 0 and _is_finite_verb(tokens[v]) else None
        if pre is None and v is not None and v > 2 and tokens[v - 1].lower == "und":
            pre = _first_conjunct_subject(tokens, v - 1)
        if pre is None or tokens[pre[0]].lower in _OBJECT_OPENERS:
            out.append(c)
            continue
        s0, s1 = _span(tokens, *pre)
        if c.start < s1 and s0 < c.end:
            out.append(c)      # the phrase is part of what was said
            continue
        text = doc.text[s0:s1]
        out.append(replace(c, source=Source(start=s0, end=s1, text=text, kind=classify(text))))
    return out


# "..., was in Caracas als „Akt der Piraterie“ verurteilt wurde", "Der Plan wurde von der Opposition als
# „...“ kritisiert": a quotation that names what a passive verb of valuing calls it.
_PASSIVE_NAMING_AFTER = re.compile(r"[“”\"«»]?\s*(?:\w+\s+){0,2}?(?P<verb>(?:ge)?\w+(?:t|en))(?:\s+(?:worden\s+)?"
                                   r"(?P<aux>wurde|wurden|wird|werden|worden|war|waren|ist|sind)\b|\s*(?=[.,;]))")
_VALUING_VERBS = _QUOTING_VERBS | {"werten", "begrüßen"}
_PASSIVE_AUX_BEFORE = re.compile(r"\b(?:wurde|wurden|wird|werden|war|waren|ist|sind)\b")
_PASSIVE_NAMING_AGENT = re.compile(r"\b(?:[Vv]on|[Vv]om)\s+(?P<np>(?:der|dem|den|einer|einem)?\s*[^\s,;:]+(?:\s+[A-ZÄÖÜ][^\s,;:]*)*)"
                                   r"|\b(?:[Ii]n|[Ii]m)\s+(?P<place>(?:den|der|dem)?\s*[A-ZÄÖÜ][^\s,;:]*(?:\s+[A-ZÄÖÜ][^\s,;:]*)*)")


def passive_naming_frame(text: str, clause_start: int, q_start: int, q_end: int):
    """Where a quotation is what a passive verb of valuing calls something ("als „...“ verurteilt
    wurde"): (source span or None, cue span); else None.  The speaker is the passive's agent
    ("von der Opposition") or the place or medium it was said in ("in Caracas", "In den Medien",
    as WikiNews marks it), never the last speaker of the text."""
    before = text[clause_start:q_start]
    if not re.search(r"\bals\s*[„»\"“]?$", before):
        return None
    m = _PASSIVE_NAMING_AFTER.match(text, q_end)
    if m is not None and m.group("aux") is None and not _PASSIVE_AUX_BEFORE.search(before):
        m = None       # "als „...“ kritisiert." closes a passive only after "wurde ... "
    if m is None or lemma(m.group("verb")) not in _VALUING_VERBS:
        return None
    cue = (m.start("verb"), m.end())
    agent = None
    for a in _PASSIVE_NAMING_AGENT.finditer(before):
        g = "np" if a.group("np") else "place"
        agent = (clause_start + a.start(g), clause_start + a.end(g))
    if agent is not None:
        s, e = agent
        while e > s and text[e - 1] in " \t":
            e -= 1
        agent = (s, e)
    return agent, cue


# Verbs that frame a quotation after it without being verbs of saying in the lexicon: "„...“, so
# charakterisierte ihn der Gewerkschafter X", "„...“, beschreibt ein Reporter das Ereignis".
# Judging verbs too, after a quotation only ("„...“, befand Münsters Coach X"; a page review, 2026-11-28):
# "befinden" elsewhere is mostly "sich befinden".
_QUOTE_FRAME_VERBS = _QUOTING_VERBS | frozenset("""formulieren umschreiben zusammenfassen resümieren bilanzieren schildern
    befinden urteilen konstatieren""".split())
_FRAME_OBJECTS = frozenset("es ihn sie ihm ihr das dies".split())


def trailing_quoting_frame(text: str, q_end: int, sent_end: int):
    """Where a quotation is followed by ", (so) VERB (object pronoun) NP" with a verb of describing or
    valuing: (source span, cue span) of that frame; else None (the quotation's frame stays unknown)."""
    tail = text[q_end:sent_end]
    if not tail.lstrip().startswith(","):
        return None
    tokens = tokenize(tail, q_end)
    k = 1
    if k < len(tokens) and tokens[k].lower == "so":
        k += 1
    if k >= len(tokens) or not tokens[k].text[:1].islower() or lemma(tokens[k].text) not in _QUOTE_FRAME_VERBS:
        return None
    v = k
    k += 1
    if k < len(tokens) and tokens[k].lower in _FRAME_OBJECTS and k + 1 < len(tokens) \
            and (tokens[k + 1].lower in ARTICLES or tokens[k + 1].is_capitalised):
        k += 1      # "so charakterisierte ihn der ...": the object pronoun before the subject
    if k >= len(tokens) or not (tokens[k].lower in ("der", "die", "ein", "eine") or tokens[k].is_capitalised):
        return None
    end = _np_end(tokens, k)
    if end <= k:
        return None
    return (tokens[k].start, tokens[end - 1].end), (tokens[v].start, tokens[v].end)


_FIRST_PERSON = frozenset("ich wir".split())


_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r"^\W*(\w+)")


def _first_person_speaks(doc: Document, c: Claim) -> bool:
    """The claim's speaker is "ich" or "wir": named as its source, or, where no source was found, the word on
    either side of its verb ("Und ich befürchte, dass ...", "..., und ich glaube, dass ...")."""
    if c.source is not None:
        return c.source.text.strip().lower() in _FIRST_PERSON
    if c.cue is None:
        return False
    before = _WORD_BEFORE.search(doc.text, max(0, c.cue.start - 20), c.cue.start)
    after = _WORD_AFTER.match(doc.text[c.cue.end:c.cue.end + 20])
    return any(m is not None and m.group(1).lower() in _FIRST_PERSON for m in (before, after))


def first_person_frames_are_the_authors(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A frame whose speaker is "ich" or "wir" outside any quotation is the author speaking ("Wir bitten um
    Anmeldung bis zum 12. November", "Wir verweisen auf unsere Nutzungsbedingungen", "Ich glaube, dass
    ..."): the sentence is the author's own statement, as the claims layer calls it, not a report (a page
    review, 2026-11-28).  Quoted speakers ("„Wir fordern ...“, sagte X") and interview answers (read
    after this step) keep theirs."""
    if not any(_first_person_speaks(doc, c) for c in claims):
        return claims
    sentences = SortedSentences(doc)
    quotes = [q for b in doc.blocks if b.kind == "body" for q in find_quotes(b.text, b.start)]
    out: list[Claim] = []
    for c in claims:
        s = c.source or c.cue
        if c.mode in ("indirect", "reported", "hearsay") and _first_person_speaks(doc, c) \
                and not any(q.start <= s.start < q.end for q in quotes):
            sent = sentence_at(sentences, s.start)
            if sent is not None and not any(o is not c and o.start < sent.end and sent.start < o.end for o in claims):
                text = sent.text.rstrip()
                out.append(Claim(start=sent.start, end=sent.start + len(text), text=text, mode="asserted"))
                continue
        out.append(c)
    return out


_NEGATION = re.compile(r"\b(?:nicht|nie|niemals)\b(?!\s+nur\b)")
_ALS_BEFORE = re.compile(r"\bals(?:\s+\w+){0,2}\s*$")


def _negates_the_act(clause: str) -> bool:
    """A negation in the clause of the act, not inside an "als" predicate of what was said ("wiesen die Vorwürfe als
    fachlich nicht fundiert zurück")."""
    return any(not _ALS_BEFORE.search(clause, 0, m.start()) for m in _NEGATION.finditer(clause))




def negated_speech_acts(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A summarised speech act that the text negates in its own clause ("Die militante Gruppe äusserte sich zunächst
    nicht.", "Die Polizei bestätigte den Bericht nicht") reports no one's words: the author states that it was not
    said (WikiNews marks "äußerte er sich nicht" as no quotation, train 2 of 2)."""
    out = []
    for c in claims:
        cue = c.cue
        if c.mode == "reported" and cue is not None and c.start <= cue.start < c.end \
                and cue.text.split()[0].lower() not in _PREPOSITIONAL_CUES:
            left = doc.text.rfind(",", c.start, cue.start)
            right = doc.text.find(",", cue.end, c.end)
            clause = doc.text[left + 1 if left >= 0 else c.start:right if right >= 0 else c.end]
            if _negates_the_act(clause):
                c = replace(c, mode="asserted", source=None, cue=None)
        out.append(c)
    return out


# Verbs of the reported-act lexicon in a reading that reports no one's words: a court's sentence ("Im April verurteilte
# ihn ein Gericht zu einer dreieinhalbjährigen Haft", "Julia Timoschenko zu sieben Jahren Haft verurteilt"; a
# condemnation, "verurteilten die Gewalt", stays an act of speech), a naming in the passive ("In Kuba werden sie
# „Los Cinco Heroes“ genannt", "Namentlich werden Northrop Grumman, ... genannt"; "Als Grund wurde ... genannt" stays,
# the "als" giving what was said), and getting in touch ("obwohl sich über 1.000 Kapitalanleger gemeldet hatten").
# WikiNews marks none of them Reported (tokens of lesart's Reported claims so read that the gold marks Reported: train
# 0 of 216, dev 0 of 87; passive "genannt" with "als": train 36 of 43).
# ... and a protest carried out as a demonstration, by its means or its place ("protestierten mit einer Sitzblockade vor
# dem Gebäude ...", "protestierten in der nepalesischen Hauptstadt Kathmandu gegen ..."; WikiNews: train 0 of 33, dev
# 0 of 18 tokens; "Dagegen protestierte auch der Journalisten-Verband" stays an act of speech)
# ... and the other namings and a court's verdict: "Dann nennt sie sich „documenta 12“", "Rosinenbomber nannte man
# Flugzeuge, die ...", "dürfen ab jetzt Ehe genannt werden", "– auch Pendlerpauschale genannt –" (a "genannt" with
# no perfect auxiliary is a passive or an apposition; "hatte er das Jahr 2020 genannt" stays); "hat ... ein Urteil
# gesprochen", "sprachen ihn die Geschworenen frei" (train 0 of 117 tokens)
_NAMING = re.compile(r"\b(?:nennt|nannte|nennen|nannten)\s+(?:\w+\s+)?(?:sich|man)\b|\bman\s+(?:nennt|nannte)\b")
_PERFECT_AUX = re.compile(r"\b(?:hat|hatte|hatten|haben|habe|hätte|hätten)\b")
_VERDICT = re.compile(r"\bUrteile?\b|\b(?:frei|schuldig)\W*$")
_PROTEST_MEANS = re.compile(r"\bmit\s+(?:\w+\s+){0,2}(?:Sitzblockaden?|Transparenten?|Plakaten?|Kundgebungen?|"
                            r"Demonstrationen?|Mahnwachen?|Menschenketten?|Märschen|Marsch|Streiks?|Hungerstreiks?|"
                            r"Blockaden?|Spruchbändern|Sprechchören)\b"
                            r"|\b(?:in|vor|auf)\s+(?:der|dem|den|seiner|ihrer|seinen|ihren)\s+(?:\w+\s+)?(?:Hauptstadt|"
                            r"Heimatstadt|Stadt|Innenstadt|Straßen?|Gebäude|Platz|Zentrum|Botschaft)\b")
_SENTENCE = re.compile(r"\bzu[mr]?\b.*(?:[Hh]aft|[Ss]trafe\b|[Ss]trafen\b|\bTode?\b|[Jj]ahren\b|Monaten\b|Gefängnis)")
_ALS = re.compile(r"\b[Aa]ls\b(?!\s+auch\b)")    # not "sowohl X als auch Y"
_SICH = re.compile(r"\bsich\b")
# ... and a stance taken towards something named, with no content of what was said: rejecting or ruling it out
# ("lehnte den Vorschlag ab", "schlossen eine Koalition aus"), confirming it ("bestätigte den Vorfall"), declaring it
# ("rief den Notstand aus"), speaking on it or out for it ("äußerte sich zu dem Vorfall", "sprach sich für einen
# Kompromiss aus") or promising it ("versprach Hilfe", "verspricht sich Erfolg"). WikiNews marks few of them Reported
# (tokens of lesart's Reported claims with these verbs that the gold marks Reported, cross-fitted train: 88 of 671;
# its demands, warnings, announcements and accusations: 0.65, 0.77, 0.67, 0.68). A that- or zu-clause after
# the verb ("bestätigte, dass ...") makes an indirect claim, which stays.
_STANCE_ACTS = frozenset("ablehnen ausschließen ausrufen bestätigen versprechen aussprechen".split())
_STANCE_PARTICLE_VERBS = {verb: re.compile(rf"\b{particle}\b") for verb, particle in
                          (("lehnen", "ab"), ("schließen", "aus"), ("rufen", "aus"), ("sprechen", "aus"))}


def acts_without_words(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A summarised act (mode reported) whose verb, in its reading here, reports no one's words (see the comments above)
    is the author's account of what happened: the claim becomes the author's, like a negated act
    (``negated_speech_acts``)."""
    return [replace(c, mode="asserted", source=None, cue=None) if _act_without_words(c) else c for c in claims]


# A frame without a verb of saying: a preposition ("Nach Informationen aus ...", "laut", "zufolge") or "so X".
_VERBLESS_FRAME = re.compile(r"(?i)(?:laut|nach|zufolge|gemäß|gemäss|demnach|so)\b")


def framed_hearsay_is_indirect(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A "soll" claim (hearsay) whose cue is a verb of saying ("Er soll ... gewesen sein" after "berichten arabische
    Medien", "..., soll ... geplant sein, berichtet die Zeitung") passes on what that speaker said: indirect speech
    (WikiNews: a framed "soll" is Indirect, FreeIndirect only frameless). A verbless frame keeps the hearsay, as
    the seed page's "Nach Informationen aus ... Geheimdienstkreisen soll Nordkorea ... entsandt haben" has it, and
    so do an impersonal frame, which names no speaker ("wie ... bekannt wurde", "hieß es"), and a hearsay phrase of
    the lexicon ("angeblich", "dem Vernehmen nach")."""
    phrases = shared_rules().hearsay_cues | lexicon.cues("de").get("impersonal", frozenset())
    return [replace(c, mode="indirect") if c.mode == "hearsay" and c.cue is not None
            and c.cue.text.lower() not in phrases and not _VERBLESS_FRAME.match(c.cue.text) else c for c in claims]


def _act_without_words(c: Claim) -> bool:
    if c.mode != "reported" or c.cue is None or not c.cue.text.split():
        return False
    verb = lemma(c.cue.text.split()[0])
    if verb == "verurteilen":
        return _SENTENCE.search(c.text) is not None and not _ALS.search(c.text)
    if verb == "nennen":
        return not _ALS.search(c.text) and (
            c.source_is_passive_verb() or _NAMING.search(c.text) is not None
            or (c.cue.text == "genannt" and not _PERFECT_AUX.search(c.text)))
    if verb == "sprechen" and _VERDICT.search(c.text) is not None:
        return True
    if verb == "protestieren":
        return _PROTEST_MEANS.search(c.text) is not None
    if verb in _STANCE_ACTS or verb == "äußern" and _SICH.search(c.text) is not None:
        return True     # (what one voices is said: "äußerte deutliche Sorge über ..." stays)
    particle = _STANCE_PARTICLE_VERBS.get(verb)
    if particle is not None:
        # the separable verb's particle closes its clause ("lehnte ... ab"); "sprach sich ... aus", not "sprach von"
        return particle.search(c.text, max(0, c.cue.end - c.start)) is not None and (
            verb != "sprechen" or _SICH.search(c.text) is not None)
    return verb == "melden" and _SICH.search(c.text) is not None


# "RIA Novosti zitiert dazu Néstor Kirchner mit folgenden Worten: „...“": the one quoted speaks.
_QUOTED_WITH_WORDS = re.compile(r"\s+(?:(?:dazu|damit|auch|hierzu|ihn|sie)\s+)?(?P<np>[^,:;„“\"»«]{2,80}?)\s+mit\s+"
                                r"(?:den|folgenden|diesen|seinen|ihren|deutlichen|klaren)\s+Worten\b")


def quoted_person_speaks(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A claim framed by an active "zitiert X mit den Worten" is X's, not the quoting outlet's (WikiNews
    marks the person quoted as the speaker)."""
    out = []
    for c in claims:
        cue = c.cue
        if cue is not None and c.source is not None and c.source.end <= cue.start \
                and lemma(cue.text.split()[0]) == "zitieren" \
                and (m := _QUOTED_WITH_WORDS.match(doc.text, cue.end)) is not None:
            s0, s1 = m.start("np"), m.end("np")
            text = doc.text[s0:s1]
            c = replace(c, source=Source(start=s0, end=s1, text=text, kind=classify(text)))
        out.append(c)
    return out


_WITH_THE_WORDS = re.compile(r"\bmit\s+(?:den|folgenden|diesen|seinen|ihren)\s+Worten\b")


def with_the_words_frames(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A quotation after "X schloss sich dieser Einschätzung mit den Worten an: „...“" is X's, the subject
    before the frame clause's verb (the tagger took the dative object after it for the speaker)."""
    sentences = None
    out = []
    for c in claims:
        if c.mode == "direct" and c.start >= 2 and doc.text[c.start - 2:c.start].strip() == ":":
            sentences = sentences or SortedSentences(doc)
            c = _subject_with_the_words(doc, sentence_at(sentences, c.start - 2), c)
        out.append(c)
    return out


def _subject_with_the_words(doc: Document, sent, c: Claim) -> Claim:
    """``c`` with the subject of its frame clause as source, where that clause says "mit den Worten"."""
    if sent is None or not _WITH_THE_WORDS.search(doc.text, sent.start, c.start):
        return c
    tokens = tokenize(doc.text[sent.start:c.start], sent.start)
    v = next((k for k in range(1, len(tokens)) if _is_finite_verb(tokens[k])), None)
    if v is None or lemma(tokens[v].text) == "zitieren":     # "zitiert Y mit ...": quoted_person_speaks
        return c
    pre = _prefield(tokens, v)
    if pre is None or not _nominal_start(tokens[pre[0]]) \
            or c.source is not None and c.source.start <= tokens[v].start:     # a speaker before the verb stays
        return c
    s0, s1 = tokens[pre[0]].start, tokens[pre[1] - 1].end
    text = doc.text[s0:s1]
    return replace(c, source=Source(start=s0, end=s1, text=text, kind=classify(text)))
