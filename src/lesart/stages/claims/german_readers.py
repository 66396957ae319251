"""German claims, last checks from reading whole pages as a fact-checker (2026-11-28, session 27).

Each step takes the page's claims and gives them back, in order:

- ``without_datelines``: an agency dateline ("BERLIN (dpa) - ", "MÜNCHEN, 3. März (Reuters) - ") at
  the start of a claim is the page's furniture, not what anyone said: the claim starts after it.
- ``quotations_inside_indirect``: a quotation inside indirect speech ("Die Polizei teilte mit, der
  Fahrer sei „mit deutlich überhöhter Geschwindigkeit“ unterwegs gewesen") is part of that claim, the
  speaker's own words in it, not a second claim of its own. (WikiNews marks such a passage as a Direct
  annotation nested in the Indirect one; its scorer reads the quotation marks inside the claim,
  ``evaluation.attribution._content_pieces``.)
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Claim, Document
from ..spanindex import SpanIndex
from .sources import HEAD_OFFICES_DE

# a dateline: place (and date) before an agency's short name in brackets and a dash; at most 60
# characters before the bracket, so a sentence that names "(dpa)" in passing is not cut
_AGENCY = r"(?:AP|dpa|AFP|afp|Reuters|rtr|KNA|epd|sda|SDA|APA|ddp|dapd|dts|SID|sid|ots|idea|AWP|Keystone-SDA)"
_DATELINE = re.compile(r"[^!?„“\"»«\n]{0,60}?\(" + _AGENCY
                       + r"(?:\s+Nachrichtenagentur)?(?:\s*/\s*[\w-]{2,12}){0,3}\)\s*[-–—]+\s*")
_OPENING_MARK = "„“\"»«‚‘"
_PREPOSITIONAL_CUE = re.compile(r"(?i)(?:laut|nach\b.*|zufolge|gemäß|gemäss|demnach|so)$")


def without_datelines(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A dateline at a claim's start, or between the sentence's start and the claim's, is cut off."""
    out: list[Claim] = []
    for c in claims:
        line_start = doc.text.rfind("\n", 0, c.start) + 1
        if c.start - line_start <= 80 and "(" in doc.text[line_start:min(c.end, line_start + 90)]:
            m = _DATELINE.match(doc.text, line_start, c.end)
            if m is not None and c.start < m.end() < c.end and (
                    c.source is None or not c.start <= c.source.start < m.end()):
                c = replace(c, start=m.end(), text=doc.text[m.end():c.end])
        out.append(c)
    return out


def quotations_inside_indirect(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A direct claim strictly inside an indirect claim of the same speaker (or with
    none of its own) is a quoted phrase of that speech: dropped, the quotation stays in the
    indirect claim's text. ``claims`` sorted by start."""
    # (not a summarised act: in "wurde von der Opposition als „Akt der blanken Verzweiflung“ kritisiert" the
    # quotation is the one record of the words); a frame by a preposition ("Nach Angaben der Polizei war der Mann
    # „stark alkoholisiert“", mode reported) is indirect speech in all but name
    outer = [c for c in claims if c.mode == "indirect" or c.mode == "reported" and c.cue is not None
             and _PREPOSITIONAL_CUE.match(c.cue.text)]
    if not outer:
        return claims
    index = SpanIndex(outer, [(o.start, o.end) for o in outer])
    out: list[Claim] = []
    for c in claims:
        if c.mode == "direct" and c.text[:1] in _OPENING_MARK and any(
                o.start < c.start and c.end <= o.end and _same_speaker(c, o)
                for o in index.overlapping(c.start, c.end)):
            continue
        out.append(c)
    return out


def _same_speaker(quote: Claim, outer: Claim) -> bool:
    if quote.source is None or outer.source is None:
        return True
    return (quote.source.start, quote.source.end) == (outer.source.start, outer.source.end) \
        or quote.source.text == outer.source.text


def authors_clause_before_speech(doc: Document, claims: list[Claim]) -> list[Claim]:
    """An indirect claim framed after it ("..., sagte Müller") whose first main clause is in the indicative
    and whose next main clause, after a comma, is in Konjunktiv I: the first clause is the author's report,
    only the Konjunktiv clause is the speaker's ("Das Unternehmen hat 500 Mitarbeiter, die Lage sei aber
    ernst, sagte Müller"; "Am Montag tagte der Rat, die Entscheidung sei gefallen, sagte der Bürgermeister").
    The claim starts at the Konjunktiv clause; the part before it becomes the author's claim."""
    from .rules_de import SUBJUNCTIVE_II, is_konjunktiv, shared_rules
    from .text import tokenize
    out: list[Claim] = []
    for c in claims:
        if c.mode != "indirect" or c.cue is None or c.cue.start < c.end or "," not in c.text \
                or c.source is None or c.source.start < c.end \
                or doc.text[max(0, c.start - 8):c.start].rstrip()[-1:] in (",", ";"):
            # (a claim that starts after a comma may be a relative or subordinate clause's words)
            out.append(c)
            continue
        tokens = tokenize(c.text, c.start)
        cut = _konjunktiv_clause_after_indicative(tokens, shared_rules(), is_konjunktiv, SUBJUNCTIVE_II)
        if cut is None:
            out.append(c)
            continue
        comma, start = tokens[cut - 1], tokens[cut].start
        first = replace(c, end=comma.start, text=doc.text[c.start:comma.start], mode="asserted", source=None, cue=None)
        out.extend([first, replace(c, start=start, text=doc.text[start:c.end])])
    return out


_OPENING_SUBJECTS = frozenset("der die das ein eine er sie es man wir".split())


def _konjunktiv_clause_after_indicative(tokens, rules, is_konjunktiv, subjunctive_ii) -> int | None:
    """Index of the first token of the first comma clause in Konjunktiv when every clause before it is in the
    indicative, the first one a main clause with its verb second and the Konjunktiv one too; else None."""
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    quoted = any(t.text in _OPENING_MARK for t in tokens)
    if not commas or quoted:
        return None
    starts = [0] + [k + 1 for k in commas]
    ends = commas + [len(tokens)]
    konj = [any(is_konjunktiv(tokens, k) or tokens[k].lower in subjunctive_ii for k in range(a, b))
            for a, b in zip(starts, ends)]
    j = next((x for x, v in enumerate(konj) if v), None)
    if not j or not _main_clause(tokens, 0, ends[0], rules) or not rules._v2_statement(tokens, starts[j]):
        return None
    return starts[j]


def _main_clause(tokens, a: int, b: int, rules) -> bool:
    """tokens[a:b] is a main clause in the indicative with its verb second: a subject first ("Das Unternehmen
    hat ...") or a fronted phrase, the verb and its subject ("Am Montag tagte der Rat")."""
    if b - a < 3 or tokens[a].lower in _SUBORDINATE_OPENERS:
        return False
    if rules._v2_statement(tokens, a):
        return True
    for k in range(a + 1, min(b - 1, a + 5)):
        w = tokens[k]
        if w.text[:1].islower() and w.is_word and tokens[k + 1].lower in _OPENING_SUBJECTS and k > a + 1 \
                and all(t.text[:1].isupper() or t.text[:1].isdigit() or t.lower in _FRONTED_WORDS
                        for t in tokens[a:k]):
            return True
    return False


_SUBORDINATE_OPENERS = frozenset("""dass ob weil da wenn als nachdem bevor obwohl während damit sodass wie wo
    dessen deren welche welcher welches und oder aber""".split())
_FRONTED_WORDS = frozenset("am im vom zum zur beim in an auf nach vor seit bei mit von der die das den dem des "
                           "vergangenen letzten kommenden ersten".split())


# Verbs of a summarised act that need an accusative object ("hat Schadensersatz verlangt").
_OBJECT_ACTS = frozenset("""verlangen fordern kritisieren bestätigen begrüßen ablehnen lehnen dementieren bestreiten
    ankündigen kündigen zurückweisen weisen loben verurteilen""".split())
_ARTICLES = frozenset("der die das ein eine".split())
# a capitalised adjective of a name ("der Hessische Verwaltungsgerichtshof", "die Europäische Kommission")
_ADJECTIVE = re.compile(r"(?:isch|lich|ig)(?:e|en|er)$")


def object_after_midfield_speaker(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A summarised act's source of an article, a noun and a second bare noun ("hat der Kläger Schadensersatz
    verlangt", "forderte die Gewerkschaft Lohnerhöhungen von fünf Prozent") ends before the second noun when
    nothing else after it can be the verb's object: the second noun is what was asked for, not a name in
    apposition ("die Gewerkschaft Verdi forderte höhere Löhne" keeps its name)."""
    from .rules_de import lemma
    out: list[Claim] = []
    for c in claims:
        s = c.source
        words = s.text.split() if s is not None and c.mode == "reported" and c.cue is not None else []
        if len(words) == 3 and words[0].lower() in _ARTICLES and words[1][:1].isupper() and words[2][:1].isupper() \
                and not _ADJECTIVE.search(words[1]) \
                and words[2].isalpha() and (c.cue.start < s.start or c.cue.start >= s.end) and s.end < c.end \
                and lemma(c.cue.text.split()[0]) in _OBJECT_ACTS and _no_object_after(doc.text[s.end:c.end]) \
                and not any(e.start < s.end and e.end > s.end - len(words[2]) and e.label in ("PER", "ORG")
                            for e in (doc.entities or [])):
            end = s.end - len(words[2])
            while doc.text[end - 1].isspace():
                end -= 1
            c = replace(c, source=replace(s, end=end, text=doc.text[s.start:end]))
        out.append(c)
    return out



def _no_object_after(rest: str) -> bool:
    """The text after the source holds no object: prepositional phrases, a participle, a particle."""
    rest = rest.strip().rstrip(".!").strip()
    if not rest:
        return True
    if any(ch in rest for ch in ",;:„“\"»«"):
        return False
    words = rest.split()
    k = 0
    while k < len(words):
        w = words[k].lower()
        if w in ("am", "im", "vom", "zum", "zur", "beim", "in", "an", "auf", "von", "vor", "nach", "für", "mit", "bei",
                 "aus", "über", "um", "gegen", "seit", "wegen"):
            # the phrase runs to its noun (capitalised) or number
            k += 1
            while k < len(words) and not (words[k][:1].isupper() or words[k][:1].isdigit()):
                k += 1
            k += 1
            while k < len(words) and words[k][:1].isupper():
                k += 1
            continue
        if words[k][:1].islower() and k == len(words) - 1:
            k += 1      # the participle or particle closing the clause
            continue
        return False
    return True


# The nouns of an account in a prepositional frame ("nach Angaben der Polizei", "Seiner Meinung nach", "den
# Worten des Ministers zufolge"): how someone spoke, not who. Documents ("Bericht", "Studie", "Umfrage") stay
# sources of their own. WikiNews marks the noun with its genitive or possessive as the speaker ("Angaben der
# Polizei", "Seiner Meinung"); its scorer widens lesart's source back to that (``evaluation.attribution``).
ACCOUNT_NOUNS = ("Angaben|Aussagen?|Worten|Informationen|Meinung|Ansicht|Auffassung|Einschätzungen?|Überzeugung|"
                 "Darstellung|Schätzungen?|Berechnungen|Erkenntnissen|Sicht|Beobachtungen|Kenntnis|Auskunft|"
                 "Mitteilung|Schilderungen?|Feststellungen?")
# the account noun (after adjectives: "übereinstimmenden", "ersten") and the genitive or "von" phrase after it
_ACCOUNT_THEN_SPEAKER = re.compile(r"(?:[a-zäöüß][\w-]*\s+){0,2}(?:" + ACCOUNT_NOUNS
                                   + r")\s+(?:(?:von|vom)\s+)?(?=(?:der|des|dem|den|einer|eines|[A-ZÄÖÜ]|[a-zäöüß]+er\s+[A-ZÄÖÜ])\w*\s*\S)")
_POSSESSIVE_THEN_ACCOUNT = re.compile(r"([Ss]ein(?:er|en|em|e)?|[Ii]hr(?:er|en|em|e)?|[Uu]nser(?:er|en|em|e)?)\s+(?:"
                                      + ACCOUNT_NOUNS + r")")
_FRAME_CUE = re.compile(r"(?i)(?:nach|laut|zufolge|gemäß|gemäss)$")


def speaker_of_account(doc: Document, claims: list[Claim]) -> list[Claim]:
    """The source of a prepositional frame is who gave the account, not the account: "nach Angaben der
    Polizei" -> "der Polizei", "Seiner Meinung nach" -> "Seiner" (its ``refers_to``, the man named before,
    stays). The claims that go on from the frame's source ("Sie hätten Steine geworfen.") get the same."""
    cut: dict[tuple[int, int], tuple[int, int]] = {}
    for c in claims:
        s = c.source
        if s is None or c.cue is None or not _FRAME_CUE.match(c.cue.text.strip()):
            continue
        m = _ACCOUNT_THEN_SPEAKER.match(s.text)
        if m is not None and m.end() < len(s.text):
            cut[(s.start, s.end)] = (s.start + m.end(), s.end)
        elif (m := _POSSESSIVE_THEN_ACCOUNT.fullmatch(s.text.strip())) is not None and c.cue.start >= s.end:
            start = s.start + (len(s.text) - len(s.text.lstrip()))
            cut[(s.start, s.end)] = (start, start + len(m.group(1)))
    if not cut:
        return claims
    out: list[Claim] = []
    for c in claims:
        s = c.source
        if s is not None and (s.start, s.end) in cut:
            start, end = cut[(s.start, s.end)]
            c = replace(c, source=replace(s, start=start, end=end, text=doc.text[start:end]))
        out.append(c)
    return out


_SPEAKS_FOR = ("sprecher", "sprecherin", "pressestelle", "pressesprecher")


def named_person_kind(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A person named in apposition to a role in a body ("Die Referentin des Ministeriums, Anna Weber"; "Anna
    Weber, Mitglied des Stadtrats") is a person, not the body; a spokesperson ("Die Sprecherin der Polizei, Anna
    Weber") or the body's head ("Der Vizepräsident ... der Universität Osnabrück, Jochen Oltmer") speaks for
    the body and keeps its kind."""
    persons = [e for e in (doc.entities or []) if e.label == "PER" and " " in e.text.strip()]
    if not persons:
        return claims
    out: list[Claim] = []
    for c in claims:
        s = c.source
        if s is not None and s.kind in ("organisation", "government") and "," in s.text:
            head, _, tail = s.text.rpartition(",")
            first, _, rest = s.text.partition(",")
            name = None
            if tail.strip() and len(tail.split()) <= 4:
                name = (s.end - len(tail.lstrip()), s.end - (len(tail) - len(tail.rstrip())), head)
            if name is None or not _covered(persons, name[0], name[1]):
                name = (s.start, s.start + len(first.rstrip()), rest) if len(first.split()) <= 4 else None
            if name is not None and _covered(persons, name[0], name[1]) and len(name[2].split()) >= 1 \
                    and not any(w in name[2].lower() for w in _SPEAKS_FOR) and not _heads_the_body(name[2]):
                c = replace(c, source=replace(s, kind="person"))
        out.append(c)
    return out


_ROLE_COMPLEMENT = re.compile(r"(?i)\s(?:des|der|dem|den|von|vom|für|im|am|beim|bei|in)\s")


def _heads_the_body(role: str) -> bool:
    """The role's own words, before what it is of ("Der Vizepräsident| für Studium ... der Universität"), name
    an office that heads a body, not a post in it ("Die Referentin| des Ministeriums")."""
    own = _ROLE_COMPLEMENT.split(role, 1)[0].lower()
    return any(office in own for office in HEAD_OFFICES_DE)


def _covered(persons, start: int, end: int) -> bool:
    """A person entity of two or more words is the whole of start..end."""
    return end - start > 3 and any(e.start <= start and end <= e.end for e in persons)


# prepositions that open a phrase the tagger may take for a cue ("erklärt X mit der Rechtsgrundlage: „...“");
# not the frames' own ("nach", "laut", "zufolge", "gemäß")
_PHRASE_PREPOSITIONS = frozenset("mit in im auf über bei beim für gegenüber vor zu zum zur am an unter aus".split())
_PHRASE_WORDS = frozenset("der die das den dem des ein eine einen einem einer eines".split())
# one-word cues that frame by themselves
_FRAME_WORDS = frozenset("so demnach laut zufolge nach gemäß gemäss wie als angeblich offenbar vermutlich "
                         "mutmaßlich dazu".split())


def verb_for_a_phrase_cue(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A cue that is only a prepositional phrase or an adverb after the speaker ("Dass sie gestattet worden war,
    erklärt Hamburgs Polizeipräsident Falk Schnabel mit der Rechtsgrundlage: „Es war ...“"; "Darin beklagt Samsung
    zusätzlich, dass ...") is the verb of saying right before the speaker, where there is one."""
    from .rules_de import lemma, shared_rules
    speech = shared_rules().speech
    out: list[Claim] = []
    for c in claims:
        s, cue = c.source, c.cue
        words = cue.text.split() if cue is not None else []
        phrase = len(words) >= 2 and words[0] in _PHRASE_PREPOSITIONS \
            and all(w in _PHRASE_WORDS or w[:1].isupper() for w in words[1:])
        # an adverb after the speaker ("Darin beklagt Samsung zusätzlich, dass ..."): no verb, no frame of its own
        adverb = len(words) == 1 and words[0].isalpha() and words[0].islower() and words[0] not in _FRAME_WORDS \
            and lemma(words[0]) not in speech
        if s is not None and (phrase or adverb) and s.end <= cue.start and not doc.text[s.end:cue.start].strip():
            before = doc.text[max(0, s.start - 40):s.start].split()
            verb = before[-1] if before else ""
            if verb.isalpha() and verb.islower() and lemma(verb) in speech:
                start = s.start - len(doc.text[:s.start]) + len(doc.text[:s.start].rstrip()) - len(verb)
                c = replace(c, cue=replace(cue, start=start, end=start + len(verb), text=verb))
        out.append(c)
    return out


# the head of a law or a set of rules ("Strafgesetzbuch", "Straßenverkehrsordnung", "Kollisionsverhütungsregeln")
_LAW_HEAD = re.compile(r"(?i)(?:gesetz|gesetzes|gesetzbuch|gesetzbuches|gesetzbuchs|ordnung|regeln|richtlinie|"
                       r"richtlinien|verordnung|satzung|vertrag|vertrags|vertrages|abkommen|abkommens|entwurf|entwurfs|"
                       r"regularien|reglement|reglements|statuten|regelwerk|regelwerks)$")
_LAW_START = re.compile(r"\s*(?:§|Art\.|Artikel\s+\d|Paragraf|Paragraph)")


def law_kinds(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A law, a draft law, a paragraph of one or a set of rules as source ("Im Gesetzentwurf wird betont", "laut § 316 des Strafgesetzbuches (StGB)", "laut den
    Kollisionsverhütungsregeln und der Seeschifffahrtsstraßen-Ordnung (SeeSchStrO)") names no one: kind
    unspecified, as ``classify`` gives "dem Gesetz" (its head check missed a bracketed short name or a compound)."""
    out: list[Claim] = []
    for c in claims:
        s = c.source
        if s is not None and s.kind == "person":
            head = next((w.strip(",;:()") for w in s.text.split() if w[:1].isupper()), "")
            if _LAW_START.match(s.text) or (head and _LAW_HEAD.search(head.rsplit("-", 1)[-1] if "-" in head
                                                                        else head)):
                c = replace(c, source=replace(s, kind="unspecified"))
        out.append(c)
    return out


def cue_without_its_speaker(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A cue that runs into its speaker ("erzählte Koech, dass ...": cue "erzählte Koech") ends before it."""
    out: list[Claim] = []
    for c in claims:
        s, cue = c.source, c.cue
        if s is not None and cue is not None and cue.start < s.start < cue.end <= s.end \
                and any(e.label in ("PER", "ORG") and e.start < s.end and s.start < e.end for e in (doc.entities or [])):
            # a name (not "die von ihm geäußerte Hoffnung", a cue with its noun; nor "Es wird angenommen", whose
            # source is the passive's verb)
            end = s.start
            while end > cue.start and doc.text[end - 1].isspace():
                end -= 1
            if end > cue.start:
                c = replace(c, cue=replace(cue, end=end, text=doc.text[cue.start:end]))
        out.append(c)
    return out


# subordinators of a circumstance: after "sagte Franke," they tell when or why he spoke, not what
_CIRCUMSTANCE = frozenset("nachdem bevor als während weil obwohl sobald seitdem".split())
_ZU_INFINITIVE = re.compile(r"\bzu\s+\w+(?:\s+(?:haben|sein|werden))?[.!]?$")


def no_speech_in_a_circumstance(doc: Document, claims: list[Claim]) -> list[Claim]:
    """An indirect claim after its frame that is a clause of time or reason in the indicative ("„Ich bin mega
    happy“, sagte Franke, nachdem er seine Freude herausgeschrien hatte") is the author's: what was said is the
    quotation before. A Konjunktiv keeps it ("sagte, als er ankam, sei alles ruhig gewesen")."""
    from .rules_de import SUBJUNCTIVE_II, is_konjunktiv
    from .text import tokenize
    out: list[Claim] = []
    for c in claims:
        if c.mode == "indirect" and c.cue is not None and c.cue.end <= c.start and c.source is not None \
                and c.text.split(maxsplit=1)[0].lower() in _CIRCUMSTANCE and not _ZU_INFINITIVE.search(c.text) \
                and c.text.rstrip(" .!?“\"").split()[-1][:1].islower() \
                and doc.text[max(0, c.start - 3):c.start].rstrip().endswith(","):
            tokens = tokenize(c.text, c.start)
            if not any(is_konjunktiv(tokens, k) or t.lower in SUBJUNCTIVE_II for k, t in enumerate(tokens)):
                c = replace(c, mode="asserted", source=None, cue=None)
        out.append(c)
    return out
