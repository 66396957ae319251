"""Who acts on whom, and where: the actor, recipient and location of one trigger (passives, German case,
addressees, reported demands with a modal, receiving verbs, places that stand in for their state)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from . import actors, lexicon
from .shared import (
    AGENT_PREP, DEFINITE_DE, DETERMINERS_EN, FORCE_OR_PUNISHMENT, FORCES, FRAMES, NONE, PASSIVE_AUX, PLACE_PREP,
    PRONOUN_SUBJECTS_EN, RECIPIENT_PREP,
)
from .clauses import BREAKS, CLAUSE_OPENERS_EN, FRONTED_EN, segment_of, thousands_comma, zu_infinitive
from .tokens import Token


# English judicial acts: a state right after "in (the)" is where the act happens, not whom it is done to
# ("a sentence of 175 years in prison in the US", "charged in Germany"; see _right_after_in).
JUDICIAL = {"SANCTION", "ACCUSE"}
OBJECT_PRONOUNS = {"en": {"him", "her", "them", "me", "us"}, "de": {"ihn", "ihm", "ihnen"}}
CONFLICT = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "REJECT", "MOBILIZE"}    # a person's noun of these ("X's arrest") is done to them
# Types whose "in/nach X" names where it happened; for the others "to X" names the recipient.
PHYSICAL = {"MOBILIZE", "RETREAT", "ASSAULT", "PROTEST", "COERCE", "CONSULT"}
# Acts that a state's own forces or people carry out where they happen: with no named actor, the
# state of the place is the actor ("was arrested in Lebanon", "a bombing ... in Iraq").
DOMESTIC = {"COERCE", "PROTEST", "ASSAULT"}
# Acts done to or in a place: with no party acted on, the state where they happen is the recipient
# A visit's host is the state visited; other meetings and agreements only took place there.
PLACE_TARGET = {"PROTEST", "COERCE", "ASSAULT", "MOBILIZE", "RETREAT", "AID", "SANCTION", "CONCEDE"}
# "In Deutschland warnte der Verfassungsschutz ...": a state after these is where the act happens,
# whatever the act; after "to", "from", "nach", "aus" it can be the recipient of a verbal one.
# Only where the phrase opens the clause: "der Zentralrat der Juden in Deutschland" is a body of that state.
LOCATIVE_PREP = {"in", "im", "inside", "within", "innerhalb", "throughout"}


def _opens_clause(toks: list[Token], m: "actors.Mention", lo: int) -> bool:
    """The preposition right before mention m is the first word of its clause ("In Deutschland warnte ...")."""
    k = m.first - 1
    while k > lo and toks[k].lower not in LOCATIVE_PREP:
        k -= 1
    return k == lo or k > 0 and toks[k - 1].text in BREAKS


# Types whose passive ("was attacked by X", "was urged by X to ...") makes the subject the recipient.
PASSIVE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "REJECT", "AID", "REQUEST", "THREATEN", "SUPPORT"}
# English: a participle right before the preposition of its complement has lost its object, so it is
# passive even without an auxiliary -- a reduced relative or a headline ("a movement accused of financing",
# "a man charged with murder", "a ship seized by Iran"); active "accused X of" has its object between.
REDUCED_PASSIVE_PREP = {"by", "of", "with"}
REDUCED_PASSIVE_TYPES = {"ACCUSE", "COERCE", "SANCTION", "ASSAULT"}
# "received support from X", "obtained asylum in the United States", "got an apology from X": the subject
# receives the act, the party after "from/by" (a state after "in") does it.
RECEIVE_DE = {"erhält", "erhielt", "erhielten", "erhalten", "bekommt", "bekam", "bekamen", "bekommen", "empfängt"}
_ARTICLES_AFTER_VON = {"den", "der", "dem", "des"}
RECEIVE = {"receive", "received", "receives", "receiving", "obtain", "obtained", "obtains", "get", "got", "gets",
           "win", "won", "wins", "gain", "gained", "gains", "secure", "secured", "secures", "enjoy", "enjoyed",
           # "drew a supportive response from American officials", "earned praise from", "attracted criticism from"
           "draw", "draws", "drew", "drawn", "drawing", "earn", "earned", "earns", "attract", "attracted", "attracts"}


PRONOUN_SUBJECT = {"er", "sie", "wir", "ich", "man"}
_COORD = {"und", "sowie", "oder"} | DEFINITE_DE


def _coordinated(toks: list[Token], a: actors.Mention, m: actors.Mention) -> bool:
    """"Frankreich und die USA", "China, Indien": m follows a with only a conjunction and an article
    (or a list comma) between."""
    if not 0 < m.first - a.last - 1 <= 2:
        return False     # nothing or more than two words between (the tests below need one or two)
    between = [t.lower for t in toks[a.last + 1:m.first]]
    return (between[0] in ("und", "sowie", "oder") and set(between) <= _COORD) or between == [","]


def _passive(toks: list[Token], h: lexicon.Hit, seg: tuple[int, int], lang: str) -> bool:
    """A passive clause: an auxiliary near a participle trigger ("was attacked", "wurden abgezogen")."""
    head = toks[h.first]
    # German V2 puts the auxiliary far before the final participle ("wurde durch ... abgelehnt"), anywhere in
    # the clause ("wurden diese beiden und viele weitere Städte von der EU-Kommission in gleicher Weise verwarnt")
    # English puts the auxiliary before the participle ("was attacked", "has been accused"): one after it
    # belongs to the next clause ("warned that there is", "accused X of ... that were")
    near = toks[max(seg[0], h.first - 3):h.first] if lang == "en" else \
        toks[seg[0]:min(seg[1], h.last + 4)]
    if not any(t.lower in PASSIVE_AUX for t in near) and not (lang == "de" and _shared_aux_de(toks, h, seg)):
        return False
    if lang == "en":
        return (head.lower.endswith(("ed", "en", "wn", "ught", "ot")) and head.lower != head.lemma) \
            or head.lower in SAME_FORM_PARTICIPLES     # "after he was shot down", "was hit by a brick"
    # the participle may close a longer pattern ("vom Amtsgericht Wolfsburg zu einer Geldstrafe ... verurteilt worden",
    # dev8: the pattern opens with "zu")
    heads = (head,) if h.first == h.last else (head, toks[h.last])
    return any(t.text[:1].islower() and t.lower != t.lemma and not t.lower.endswith(("te", "ten")) for t in heads)


# English participles the lemmatizer leaves as they are (or that equal the base form)
SAME_FORM_PARTICIPLES = {"shot", "hit", "put", "set", "shut", "cut", "beat", "hurt", "struck", "held", "caught", "bound",
                         "led", "left", "kept", "sent", "sold", "told", "fought", "brought", "slain", "stabbed"}
SUBJECT_CONTROL = {"AGREE", "THREATEN", "CONCEDE", "REJECT"}


def controller_de(toks: list[Token], h: lexicon.Hit, hits: list[lexicon.Hit], segs: list[tuple[int, int]],
                   parties: list[actors.Mention]) -> actors.Mention | None:
    """The subject of the frame whose zu-infinitive complement ``h`` is, where the frame's subject is the one
    who acts (announce, promise, threaten, refuse; not "forderte X auf, ... zu": X acts there)."""
    if not (zu_infinitive(toks[h.head]) or h.first > 0 and toks[h.first - 1].lower == "zu"
            or any(t.lower == "zu" for t in toks[h.first:h.last + 1])):
        return None
    frame = max((f for f in hits if f.last < h.first and f.entry.type in FRAMES and f.entry.type != NONE),
                key=lambda f: f.last, default=None)
    if frame is None or frame.entry.type not in SUBJECT_CONTROL:
        return None
    fseg = segment_of(segs, frame.head)
    return next((m for m in parties if fseg[0] <= m.first and m.last < fseg[1] and not m.place and m.code), None)


def _shared_aux_de(toks: list[Token], h: lexicon.Hit, seg: tuple[int, int]) -> bool:
    """Coordinated participles share the clause-final auxiliary: "festgenommen und in die USA gebracht worden"."""
    tail = toks[h.last + 1:min(seg[1], h.last + 12)]
    for k, t in enumerate(tail):
        if t.lower in ("worden", "wurden", "wurde", "werden"):
            return any(x.lower in ("und", "oder", "sowie") for x in tail[:k])
    return False


def _reduced_passive(toks: list[Token], h: lexicon.Hit, typ: str) -> bool:
    """English participle without an auxiliary right before "by/of/with": "a movement accused of ...",
    "a tanker seized by Iran" (see REDUCED_PASSIVE_PREP)."""
    head = toks[h.head]
    nxt = h.head + 1
    return (typ in REDUCED_PASSIVE_TYPES and nxt < len(toks) and toks[nxt].lower in REDUCED_PASSIVE_PREP
            and head.lower.endswith(("ed", "en", "wn", "ught")) and head.lower != head.lemma
            and h.head > 0 and toks[h.head - 1].lower not in _HAVE)


_HAVE = {"has", "have", "had", "having", "'ve"}
# What a passive participle is followed by: a preposition, punctuation or the end, never its object
# ("was evicted in April and sentenced to 50 weeks"; not "was elected in 2010 and attacked the opposition").
_AFTER_PARTICIPLE_EN = {"to", "for", "in", "on", "by", "with", "of", "at", "over", "after", "from", "as", "into",
                        "under", "without", "last", "this", "early", "late", "earlier", "later"}


def _participle_en(tok: Token) -> bool:
    return (tok.lower.endswith(("ed", "en", "wn", "ught", "ot")) and tok.lower != tok.lemma) \
        or tok.lower in SAME_FORM_PARTICIPLES


def _coordinated_passive_en(toks: list[Token], h: lexicon.Hit, seg: tuple[int, int]) -> bool:
    """A participle after "and"/"or" shares the passive auxiliary of the participle before it: "The
    Australian was evicted in April and sentenced to 50 weeks", "were arrested and charged with"."""
    k = h.first - 1
    if k <= seg[0] or toks[k].lower not in ("and", "or") or not _participle_en(toks[h.first]):
        return False
    if h.last == h.head and h.last + 1 < seg[1] and toks[h.last + 1].lower not in _AFTER_PARTICIPLE_EN \
            and toks[h.last + 1].text[:1].isalnum():
        return False         # an object follows: an active verb ("and attacked the opposition")
    for j in range(k - 1, max(seg[0], k - 9) - 1, -1):
        t = toks[j]
        if t.lower in CLAUSE_OPENERS_EN or t.text in (",", ";", ":"):
            return False
        if _participle_en(t) and any(x.lower in PASSIVE_AUX for x in toks[max(seg[0], j - 2):j]):
            # not a passive inside what someone said: "the office said the deaths were caused by
            # gunshot wounds and called on the government" (the office calls on it)
            return not any(x.lower in _REPORTING_EN for x in toks[seg[0]:j])
    return False


_REPORTING_EN = {"said", "says", "say", "told", "tells", "reported", "announced", "added", "stated", "claimed",
                 "argued", "noted", "insisted", "warned", "confirmed", "explained"}


_BETWEEN_SUBJECT_AND_VERB_EN = {"has", "have", "had", "also", "then", "later", "reportedly", "already", "now",
                                "would", "will", "could", "might", "may", "did", "not", "never", "just", "recently"}


_NOT_SUBJECT_HEAD_EN = CLAUSE_OPENERS_EN | DETERMINERS_EN | {"who", "which", "and", "or", "but", "to", "of", "in", "on",
                                                         "at", "for", "with", "by", "from", "as"}


# Verbs of wrongdoing: reported by a speaker ("said X violated the agreement"), they are the speaker's allegation.
_WRONGDOING_EN = {"violate", "misuse", "breach", "flout", "abuse", "embezzle", "rig"}


def _reported_subject_en(toks: list[Token], h: lexicon.Hit, subj: list[actors.Mention],
                         scope: tuple[int, int]) -> actors.Mention | None:
    """"Clinton said Iraqi military forces overran the city", "Sri Lanka said the United States had promised to ...":
    in speech reported without "that", the party right before the verb is its subject, not the speaker before
    "said" (a verb trigger only: in "said Iran was a 'rogue state'" the judgement is the speaker's)."""
    first = h.first
    head = toks[h.head]
    if head.lower == head.lemma or not head.text[:1].islower() or toks[first - 1].lower in DETERMINERS_EN:
        return None      # an inflected verb ("overran", "supported"), not a noun or a base form after a modal
    if head.lower.endswith("ing") and toks[first - 1].lower not in PASSIVE_AUX:
        return None      # "told a cabinet meeting": a noun; "police were investigating": the verb after its auxiliary
    said = max((k for k in range(scope[0], first) if toks[k].lower in _REPORTING_EN), default=None)
    if said is None or not any(m.last < said for m in subj):
        return None
    for m in subj:
        between = toks[m.last + 1:first]
        heads = [t for t in between if t.lower not in _BETWEEN_SUBJECT_AND_VERB_EN]
        # the subject's own head noun may follow the party's words ("Iraqi military forces overran")
        if m.first > said and len(heads) <= 1 and all(t.text.isalpha() and t.text.islower()
                                                      and t.lower not in _NOT_SUBJECT_HEAD_EN for t in heads):
            return m
    return None


def _meeting_sides_en(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention], seg: tuple[int, int],
                      actor: actors.Mention | None, target: actors.Mention | None
                      ) -> tuple[actors.Mention | None, actors.Mention | None]:
    """A meeting has two sides: "X and his Armenian counterpart Y met", "Representatives from Armenia and Azerbaijan
    held talks" (the party joined to the actor by "and" before the verb), "talks between Tunisia and the Palestinian
    Authority" (the two parties after "between"): the first acts, the second is the recipient."""
    first, last = h.first, h.last
    if last + 1 < len(toks) and toks[last + 1].lower == "between":
        sides = [m for m in mentions if last + 1 < m.first < seg[1] and not m.place]
        if len(sides) >= 2 and any(t.lower == "and" for t in toks[sides[0].last + 1:sides[1].first]) \
                and sides[1].first - sides[0].last <= 3:
            return sides[0], sides[1]
    if target is not None or actor is None or actor.last >= first:
        return actor, target
    for m in mentions:
        if actor.last < m.first and m.last < first and not m.place and m.code != actor.code:
            between = [t.lower for t in toks[actor.last + 1:m.first]]
            if "and" in between and len(between) <= 6 and not any(t in ",;:" or t in CLAUSE_OPENERS_EN
                                                                   for t in between):
                return actor, m
    return actor, None


def _denied_a_right_en(toks: list[Token], h: lexicon.Hit) -> bool:
    """"The Israelis have no right to prevent us": the one said to have no right is the one criticised, as one
    who faces charges is (the critic is the speaker, if named)."""
    return h.last - h.first >= 2 and toks[h.first].lemma == "have" and toks[h.first + 1].lower == "no" \
        and toks[h.first + 2].lower == "right"


_FACE_EN = {"face", "faces", "faced", "facing"}
# Before the verb "face" (not the noun of "a face mask ban", "the faces of"): a subject, a modal, "to".
_BEFORE_FACE_VERB = {"could", "would", "will", "may", "might", "must", "can", "to", "they", "we", "i", "you",
                     "now", "still", "also", "likely", "not", "should", "who", "which", "and"}


def _faced_en(toks: list[Token], h: lexicon.Hit, seg: tuple[int, int]) -> bool:
    """"X faces 18 criminal charges", "faced trial", "could face sanctions": X is who the act is aimed at,
    as in a passive (the accuser, if named, follows "by" or "in")."""
    for k in range(h.first - 1, max(seg[0], h.first - 5) - 1, -1):
        if toks[k].lower in _FACE_EN:
            before = toks[k - 1].lower if k > seg[0] else ""
            if toks[k].lower == "face":
                # a plural subject ("Iranian diplomats face charges"), a name, a modal or "to"; not an
                # adjective ("a recent face mask ban")
                return before in _BEFORE_FACE_VERB or before.endswith("s") or toks[k - 1].text[:1].isupper()
            return before not in DETERMINERS_EN and not toks[k - 1].text[:1].isdigit()
        if not toks[k].text[:1].isalnum() or toks[k].lower in CLAUSE_OPENERS_EN:
            return False
    return False


def _prep_before(toks: list[Token], m: actors.Mention, lo: int, passive_de: bool = False) -> str | None:
    """The preposition governing a mention ("in der russischen Region Kursk" -> "in"). In a German passive,
    the agent's genitive is the agent ("von einer Anti-Terroreinheit Indonesiens getötet", "vom Sprecher der
    CDU/CSU-Bundestagsfraktion begrüßt" -> "von", "vom"): it belongs to the phrase of the noun it qualifies.
    Only the agent: after other prepositions ("gegen die Militärdiktatur Myanmars") the genitive often names
    the state of the subject, which has no code of its own ("Buddhistische Mönche"); German dev fell there."""
    if passive_de:
        head = _genitive_head_de(toks, m, lo)
        if head != m.first:
            prep = _prep_before_from(toks, head, lo)
            if prep in AGENT_PREP:
                return prep
    return _prep_before_from(toks, m.first, lo)


_CITY_ADJ_BEFORE_DE = {"vom", "von", "beim", "zum", "zur", "der", "dem", "den", "des", "durch"}


def _prep_before_from(toks: list[Token], first: int, lo: int) -> str | None:
    for k in range(first - 1, max(lo, first - 4) - 1, -1):
        w = toks[k].lower
        if w in AGENT_PREP or w in RECIPIENT_PREP or w in PLACE_PREP:
            return w
        if toks[k + 1].lower in ("'s", "’s") and toks[k].text[:1].isupper():
            continue         # "by Hitler's Germany": the possessor belongs to the mention's phrase
        if k == first - 1 and k > lo and toks[k].text[:1].isupper() and toks[k].lower.endswith("er") \
                and toks[k - 1].lower in _CITY_ADJ_BEFORE_DE:
            continue         # "vom Hamburger Verfassungsschutz": a city's adjective in -er belongs to the phrase
        if toks[k].text in BREAKS or toks[k].text[:1].isupper():
            return None      # a noun in between: the preposition governs something else
    return None


def _genitive_head_de(toks: list[Token], m: actors.Mention, lo: int) -> int:
    """Where the noun phrase begins whose genitive attribute m is: the head noun before "des/der X" or
    before a name in -s ("Soldaten der Bundeswehr", "Anti-Terroreinheit Indonesiens"); else m itself."""
    k = m.first - 1
    if k - 1 >= lo and toks[k].lower in ("des", "der"):
        k -= 1
    elif not (m.first == m.last and toks[m.first].text.endswith("s") and toks[m.first].text[:1].isupper()):
        return m.first
    head = toks[k] if k >= lo else None
    if head is None or k == lo or not head.text[:1].isupper() or not head.text.replace("-", "").isalpha():
        return m.first       # no noun before it, or the clause opens there ("Der Präsident Russlands")
    return k


# German determiners that are never nominative: "den Sicherheitsrat" (accusative), "dem Präsidenten", "den
# Medien" (dative), "einen", "einem", "seinem" ... A noun phrase they open is an object of the verb -- the one
# addressed, accused or asked ("forderte den Sicherheitsrat auf", "warfen dem Präsidenten ... vor") -- and never
# the subject who acts (German case; the subject of an active clause is nominative).
OBLIQUE_DE = {"den", "dem", "einen", "einem", "diesen", "diesem", "jenen", "jenem", "seinen", "seinem", "ihren",
              "ihrem", "unseren", "unserem", "keinen", "keinem", "jedem", "jeden", "allen"}


def _oblique_de(toks: list[Token], m: actors.Mention, lo: int) -> bool:
    """The German mention m is opened by a dative or accusative determiner, with at most three inflected
    adjectives between ("den 15-köpfigen Sicherheitsrat", "dem neuen US-Präsidenten")."""
    k = m.first - 1
    while k >= lo and k >= m.first - 4:
        w = toks[k]
        if w.lower in OBLIQUE_DE:
            # ", den Russland angreift": after a comma "den"/"dem" may be a relative pronoun before its subject
            return not (k == lo and k > 0 and k == m.first - 1)
        if not (w.text[:1].islower() or w.text[:1].isdigit()) or not w.text[-1:].isalpha() \
                or not w.lower.endswith(("e", "en", "em", "er", "es")):
            return False
        k -= 1
    return False


# What may stand between a German noun and the "durch" phrase that belongs to it: its genitive or "von"
# attributes and where ("eines Protestcamps sudanesischer Flüchtlinge in Kairo", "von Tränengas und Pfefferspray")
_NOUN_PHRASE_LINKS_DE = {"des", "der", "den", "dem", "die", "das", "eines", "einer", "einem", "von", "vom", "in", "im",
                         "und", "sowie", "vor", "nahe", "bei", "beim"}    # ("vor der Küste Venezuelas")


def _noun_phrase_to_de(toks: list[Token], last: int, m: actors.Mention) -> bool:
    """Only the noun's attributes stand between the noun ending at ``last`` and the "durch" before m (within
    eight words): no verb or other preposition whose phrase the "durch" could belong to ("trafen ... auf
    Widerstand durch Aufständische", "schränkt die Freiheit der Berichterstattung durch die Medien ein")."""
    k = next((i for i in range(m.first - 1, last, -1) if toks[i].lower == "durch"), None)
    if k is None or k - last > 9:
        return False
    return all(t.lower in _NOUN_PHRASE_LINKS_DE or t.text[:1].isupper() or t.text[:1].isdigit()
               or t.text[:1].isalpha() and t.lower.endswith(("e", "en", "er", "es", "em")) and t.lower not in PLURAL_FINITE_DE
               for t in toks[last + 1:k])


# English verbs of motion whose object is a place ("tried to enter California"): never the subject of a passive act.
_MOTION_VERBS_EN = {"enter", "reach", "cross", "leave", "visit", "flee", "travel", "return", "arrive",
                    "head", "fly", "drive", "walk", "sail", "move"}


# Material acts a force or weapon noun can name ("warplanes", "troops", "riot police"): a coded party whose phrase ends
# in that noun is the actor.
_FORCE_NOUN_TYPES = {"ASSAULT", "MOBILIZE", "COERCE"}


def roles(h: lexicon.Hit, typ: str, toks: list[Token], mentions: list[actors.Mention],
          seg: tuple[int, int], sent: tuple[int, int], lang: str):
    """actor, target (recipient), location for the trigger ``h``."""
    first, last = h.first, h.last
    passive = _passive(toks, h, seg, lang) and typ in PASSIVE_TYPES
    if lang == "en" and not passive:
        passive = _reduced_passive(toks, h, typ)
    faced = False
    no_right = lang == "en" and _denied_a_right_en(toks, h)
    if lang == "en" and not passive and typ in PASSIVE_TYPES:
        faced = _faced_en(toks, h, seg) or no_right
        passive = faced or _coordinated_passive_en(toks, h, seg)
    if lang == "en" and not passive and h.entry.mode == "release":
        passive = _passive(toks, h, seg, lang)      # "The American sailors were released": the freed are recipients
    if passive and lang == "en" and typ == "REJECT" and any(t.lower == "to" for t in toks[h.first + 1:h.last + 2]):
        passive = False      # "Israel is opposed to ...": an adjective, Israel is the one who rejects

    def pick(scope: tuple[int, int]):
        actor = target = location = None
        subj: list[actors.Mention] = []
        after: list[actors.Mention] = []
        obj: list[actors.Mention] = []
        agents: list[actors.Mention] = []
        oblique: list[actors.Mention] = []     # German dative/accusative objects (never the actor)
        accused = None                         # the subject of a wrongdoing the speaker reports
        governed: list[actors.Mention] = []    # German parties after a preposition, before the verb
        for m in mentions:
            if lang == "en" and scope[0] <= m.first < h.head <= m.last and h.first == h.last and m.code \
                    and not m.place and typ in _FORCE_NOUN_TYPES and toks[h.head].text[:1].islower():
                subj.append(m)   # "Israeli warplanes hit targets in Gaza": the force noun is the trigger, its state acts
                continue
            if not (scope[0] <= m.first < scope[1]) or (m.first <= h.head <= m.last):
                continue
            if m.person and m.sector is None and m.last + 1 < len(toks) and toks[m.last + 1].lower in ("'s", "’s"):
                continue     # "some of Neumann's shares": a person who owns a thing is no party to the act
            if lang == "en" and m.last < first and _addressee_en(toks, m):
                continue     # "told Business Insider that ...", "told the Intelligence Committee, ...": who is told
            if lang == "en" and passive and m.last < first and m.first > 0 and m.code and not m.person \
                    and toks[m.first - 1].lemma in _MOTION_VERBS_EN:
                # "I tried to enter California ... but was caught by police and deported" (a Scrapinghub page): a
                # state or place a verb of motion goes to is where, not the one the passive act was done to
                location = location or replace(m, place=True)
                continue
            prep = _prep_before(toks, m, scope[0], passive and lang == "de")
            if lang == "de" and prep in LOCATIVE_PREP and m.code and m.sector is None and not m.person \
                    and m.last + 1 == h.first and _opens_clause(toks, m, scope[0]) and any(
                        x.first > h.last and seg[0] <= x.first < seg[1] and not x.place for x in mentions):
                location = location or m     # "In Berlin kritisierte Merkel Russland": where, the subject follows
                continue
            if lang == "de" and prep in ("in", "im") and m.first > last and m.sector is None and not m.person and m.code not in ("IGO", "NGO") \
                    and not _opens_clause(toks, m, scope[0]):
                location = location or m     # "die Geiselhaft in Gaza", "Gerichtsgutachter in Wien": where, not who
                continue
            if typ == "CONSULT" and prep in LOCATIVE_PREP and _place_of_meeting(toks, h, m):
                location = location or m     # "a conference in Riyadh", "at a meeting in Brussels": where they met
                continue
            is_place = m.place or (m.country_name and (prep in PLACE_PREP and typ in PHYSICAL
                                                       or prep in LOCATIVE_PREP and _opens_clause(toks, m, scope[0])
                                                       or lang == "en" and typ in JUDICIAL and _right_after_in(toks, m)))
            if is_place and prep in PLACE_PREP:
                location = location or m
                continue
            if m.place:
                continue
            if lang == "de" and passive and prep == "vor" and m.sector == "JUD":
                agents.append(m)     # "wurde vor dem italienischen Geschworenengericht ... verurteilt": the court acts
                continue
            if prep in AGENT_PREP:
                if lang == "de" and typ == "REQUEST" and not passive and prep in ("von", "vom"):
                    target = target or m     # "erwarten von Litauen eine Lösung": asked of Litauen
                    continue
                agents.append(m)     # "was attacked by X"; not "a visit by X" after an active verb
                continue
            if lang == "en" and passive and prep == "from" and m.first > last and not m.person:
                # "was caught by police and deported from Arizona", "was expelled from Russia": where from, not whom
                # (the one acted on is the passive's subject)
                if m.country_name or m.place or m.code:
                    location = location or replace(m, place=True)
                continue
            if m.first > last:
                after.append(m)
            if prep in RECIPIENT_PREP:
                if not (passive and lang == "en" and m.first > last and _pronoun_passive_en(toks, first)):
                    target = target or m
            elif lang == "de" and prep is None and _oblique_de(toks, m, scope[0]):
                oblique.append(m)
            elif lang == "de" and prep is not None and m.first < first:
                governed.append(m)   # "Wegen ... Waffen aus den USA ... hat die mexikanische Regierung ... verklagt"
            elif m.first < first:
                subj.append(m)
            else:
                obj.append(m)
        if governed:
            # a German subject never stands after a preposition: a party inside a prepositional phrase before the
            # verb is a subject only where no other party is (or after the last one that is)
            last_subject = subj[-1].last if subj else -1
            subj = subj + [g for g in governed if g.first > last_subject]
        if lang == "en" and subj:
            k = max((i for i in range(max(scope[0], seg[0]), first) if toks[i].lower in CLAUSE_OPENERS_EN), default=None)
            own = [m for m in subj if k is not None and m.first > k
                   and all(t.lower in ("the", "a", "an") or t.text[:1].isupper() for t in toks[k + 1:m.first])]
            if own:
                # the subject of the trigger's own clause, right after its opener, first; then the parties
                # of the clause around it ("while she was secretary of state was sentenced": no subject)
                subj = own[:1] + [m for m in subj if m is not own[0]]
            else:
                reported = _reported_subject_en(toks, h, subj, scope)
                if reported is not None and typ == "ACCUSE" and toks[h.head].lemma in _WRONGDOING_EN:
                    accused = reported      # "Suu Kyi said the authorities are misusing the law": she accuses them
                elif reported is not None:
                    subj = [reported] + [m for m in subj if m is not reported]
        if passive and agents:
            actor = agents[0]
        if passive and subj:
            # who faces charges is the one accused, whatever stands after them ("at the United Nations")
            target = subj[0] if faced else target or subj[0]
            if no_right and actor is None:
                # "Iran said the United States has no right to interfere": the speaker before is the critic
                actor = next((m for m in subj if m.last < target.first), None)
            if lang == "en" and typ == "ACCUSE" and target is not subj[0] and target.first > last:
                # "Russia and the Syrian government have been accused of ... in an attempt to force the U.S. to
                # abandon the al-Tanf base" (news-dev7): the one accused is the subject, not a party in the charge
                target = subj[0]
        else:
            if actor is None and subj:
                actor = subj[0]
                subj = subj[1:]
            if lang == "de" and actor is not None:
                # "Frankreich und die Vereinigten Staaten haben ... kritisiert": a party coordinated
                # with the actor acts with it, it is not the object
                group, rest = actor, []
                for m in subj:
                    if _coordinated(toks, group, m):
                        group = m
                    else:
                        rest.append(m)
                subj = rest
            if oblique:
                # "forderte den Sicherheitsrat auf", "warfen den Medien Stimmungsmache gegen die Islamische
                # Republik vor": the object the verb governs by case is its recipient, before a party
                # named in a prepositional phrase (which may belong to a noun: "Stimmungsmache gegen")
                target = oblique[0]
            if lang == "de" and target is None and subj:
                target = subj[0]     # verb-final clause: the object stands before the verb too
        inside = [m for m in obj if lang == "en" and m.first > h.head and m.last <= last
                  and not _sector_adjective(toks, m, last)] if not passive else []
        if inside:
            target = inside[0]     # "blame China for ...", "accused Iran of ...": the object inside the pattern
        elif lang == "en" and after and not (target is not None and first < target.first and target.last < last):
            # English: whoever comes first after the verb, object or prepositional recipient (not over a recipient
            # of the pattern's own preposition inside it: "spoke with his South Korean counterpart ... North Korean")
            if not (passive and target is None and _pronoun_passive_en(toks, first)):
                # "He was arrested in April for the March 21 call to the offices of Omar": the pronoun is the one
                # arrested; a party in a later phrase is not
                target = after[0] if not passive or target is None else target
        elif target is None and obj:
            target = obj[0]
        if accused is not None and accused is not actor and (target is None or target.first > last):
            target = accused
        return actor, target, location, obj
        return actor, target, location

    actor, target, location, obj = pick(seg)
    if actor is None or location is None:
        wide = sent
        if lang == "en" and toks and toks[0].lower in FRONTED_EN:
            brk = next((i for i in range(1, first) if toks[i].text in BREAKS and not thousands_comma(toks, i)), None)
            if brk is not None:
                wide = (brk + 1, len(toks))      # not from the fronted "When ..., " clause
        if wide != seg:      # (a clause that is the whole sentence would give the same parties again)
            a2, t2, l2, _ = pick(wide)
            actor = actor or a2
            target = target or (t2 if t2 is not actor else None)
            location = location or l2
    if lang == "de" and actor is not None and actor.last < first and first + 1 < len(toks) \
            and toks[first + 1].lower in PRONOUN_SUBJECT and toks[first].text[:1].islower() \
            and (_prep_before(toks, actor, seg[0]) is not None or _oblique_de(toks, actor, seg[0])):
        # "Dem Vorsitz der Fraktion im neuen Bundestag erteilte sie eine Absage": the pronoun right after
        # the verb is its subject; a party fronted in a prepositional or oblique phrase does not act
        actor = None
    if actor is None and lang == "de" and obj and first > 0 and (
            toks[first - 1].lower in PRONOUN_SUBJECT
            or (toks[first - 1].text == "Es" and first - 1 == seg[0] and obj[0].last < last)):
        # "Er wirft der Europäischen Union vor", "Es macht die Hamas dafür verantwortlich": the pronoun is
        # the subject (an "Es" only with the party inside the verb's pattern: "Es demonstrierten Studenten")
        target = target or obj[0]
    elif actor is None and lang == "de" and obj and _noun_subject_first_de(toks, seg, h):
        # "Der Österreicher kritisierte die Regierung": the first phrase is a nominative noun phrase with no
        # party, the subject; the party after the verb is its object
        target = target or obj[0]
    elif actor is None and lang == "de" and obj and typ not in _TWO_SIDED and _name_subject_first_de(toks, seg, h):
        # "Streeck äußerte zugleich deutliche Sorge über Teile der deutschen Rap-Szene": a name without a code
        # opens the clause right before the verb, the subject; the party after the verb is its object
        target = target or obj[0]
    elif actor is None and lang == "de" and obj and first + 1 < len(toks) and toks[first + 1].lower in PRONOUN_SUBJECT \
            and toks[first].text[:1].islower() and obj[0].first > first + 1:
        # "kritisierte er ... den Politikstil des damaligen US-Präsidenten": the pronoun right after the verb is
        # its subject; the party after it is the object
        target = target or obj[0]
    elif actor is None and lang == "de" and obj:
        # V2 with the subject after the verb ("Am Montag griff Russland ... an")
        actor = obj[0]
        target = target if target is not actor else (obj[1] if len(obj) > 1 else None)
    ctl = _infinitive_subject_en(toks, h, mentions) if lang == "en" else None
    if ctl is not None:
        # "force the U.S. to abandon the base", "urge Ukraine to investigate", "for Damascus to allow": the object
        # of the verb of asking or forcing (or of "for") is the subject of the infinitive
        actor = ctl
        if target is ctl or target is None:
            target = next((m for m in mentions if m.first > last and seg[0] <= m.first < seg[1] and not m.place
                           and m is not ctl), None)
    if lang == "de" and actor is not None and _object_after_plural_verb_de(toks, actor, seg, h):
        # "Mehrere Staaten haben Israel unterstützt", "Viele Länder kritisierten Russland": a plural finite verb
        # after a first phrase of its own agrees with that phrase, so the one state named after it is the object
        target, actor = (actor if target is None or target is actor else target), None
    if actor is None and location is not None and location.country_name and any(
            m is location for m in mentions) and _opens_clause(toks, location, seg[0]) and location.first < first:
        # "In Russland protestierten Tausende": with no party named, the state of the fronted place acts
        # (domestic actors take their state's code, as PLOVER codes them)
        actor = replace(location, place=False, implicit=True)
    if lang == "en" and not passive and actor is None and toks[h.head].lower == toks[h.head].lemma:
        doer = _doer_after_participle_en(toks, h, mentions, seg)
        if doer is not None:
            # "The strike, carried out by Russian forces, killed", "The agreement was signed by China and Russia":
            # the party after "by" of a participle on the act noun does it
            actor = doer
            if target is not None and (target is doer or target.first > doer.last and all(
                    t.lower in ("and", ",", "the") for t in toks[doer.last + 1:target.first])):
                target = None
    if lang == "en" and not passive and last + 2 < len(toks) and toks[last + 1].lower == "by" \
            and toks[h.head].lower == toks[h.head].lemma:
        # a noun with its doer: "under investigation by the FBI", "a visit by the Chinese premier"
        doer = next((m for m in mentions if last + 2 <= m.first <= last + 3 and not m.place), None)
        if doer is not None:
            if target is doer:
                target = actor if actor is not None and actor is not doer else None
            actor = doer
    if lang == "en" and any(toks[k].lower in RECEIVE for k in range(max(seg[0], first - 3), first)):
        giver = None
        for m in mentions:
            if m.first <= last or not (seg[0] <= m.first < seg[1]):
                continue
            prep = _prep_before(toks, m, seg[0])
            if prep in ("from", "by") or (prep == "in" and m.country_name and not m.sector):
                giver = m
                break
        if giver is not None:
            # the subject receives; the one named after "from" (the state after "in") gives
            actor, target = replace(giver, place=False), actor
            if location is giver:
                location = None
    if lang == "de" and any(toks[k].text[:1].isupper() for k in range(h.first, last + 1)) \
            and any(t.lower in RECEIVE_DE for t in toks[seg[0]:seg[1]]):
        # "Die Ukraine erhielt Unterstützung von den USA", "Rückendeckung erhält sie von CDU-Generalsekretär
        # Linnemann": who receives the help or backing is its recipient, the one after "von" gives it
        giver = next((m for m in mentions if m.first > last and seg[0] <= m.first < seg[1] and not m.place
                      and (toks[m.first - 1].lower in ("von", "vom") or toks[m.first - 1].lower in _ARTICLES_AFTER_VON
                           and toks[m.first - 2].lower in ("von", "vom"))),
                     None)
        if giver is not None:
            actor, target = giver, (actor if actor is not giver else None)
            if location is giver:
                location = None
        elif actor is not None and actor.last < first and target is None and any(
                t.lower in RECEIVE_DE for t in toks[actor.last + 1:first]):
            # "Musharraf erhielt weitere Kritik": with no giver named, the one who receives is still the recipient
            actor, target = None, actor
    if lang == "en" and h.first > 0 and h.first == h.last:
        # "Russian airstrikes", "with Russian support", "fear of Syrian retribution": a demonym right before a
        # noun act names who does it
        adj = next((m for m in mentions if m.first == m.last == h.first - 1 and m.code and m.sector is None
                    and not m.country_name and not m.place and not m.person and toks[m.first].text[:1].isupper()), None)
        if adj is not None:
            if target is adj:
                target = None
            actor = adj
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if target is not None and seg[0] <= target.first < seg[1] and target.first > last and nxt is not None \
            and nxt.text in OBJECT_PRONOUNS[lang] \
            and toks[h.head].text[:1].islower() and not (nxt.lower == "her" and last + 2 < len(toks)
                                                        and toks[last + 2].text[:1].isalpha() and toks[last + 2].lower not in _LINKS_EN):
        # "is preventing her from performing at the American Music Awards", "arrested him in Moscow": the
        # pronoun right after the verb is whom it is done to; a party named later is not
        target = None
    if lang == "en" and (typ in FORCE_OR_PUNISHMENT or h.entry.mode == "release") and h.first >= 2 \
            and toks[h.first - 1].lower in ("'s", "’s"):
        # "Assange's arrest", "Khashoggi's murder", "Navalny's release": a person named before a noun of
        # punishment, force or release undergoes it ("Russia's attack": a state does it)
        owner = next((m for m in mentions if m.last == h.first - 2 and m.person), None)
        if owner is not None:
            if actor is owner:
                actor = None
            target = owner
    if lang == "de" and (typ in FORCE_OR_PUNISHMENT or h.entry.mode == "release") and h.first == h.last \
            and toks[h.head].text[:1].isupper() and actor is not None and _genitive_patient_de(toks, h, actor):
        # "die Festnahme Maduros", "die Entführung eines Staatschefs": the person in the genitive after a noun of
        # arrest, force or release undergoes it ("der Angriff Russlands": a state does it)
        actor, target = None, actor
    if target is not None and actor is not None and target.first == actor.last + 2 and toks[actor.last + 1].text == "(" \
            and target.last + 1 < len(toks) and toks[target.last + 1].text == ")":
        # "die Europäische Zentralbank (EZB)": the actor's own short name, no other party; the next party of the
        # clause is the recipient ("Der Internationale Gerichtshof (IGH) hat Israel ... verpflichtet")
        short = target
        target = next((m for m in mentions if m.first > short.last + 1 and seg[0] <= m.first < seg[1] and not m.place
                       and m.first != h.first and m.code != actor.code), None)
    if lang == "de" and target is None and typ in PLACE_TARGET and h.first == h.last and toks[h.head].text[:1].isupper() \
            and last + 2 < len(toks) and toks[last + 1].lower in ("des", "der"):
        # "mit dem Beschuss des Gazastreifens", "die Bombardierung der syrischen Stadt Aleppo": the place in the
        # genitive after a noun of force is what it is done to (its state, as PLOVER codes a place targeted)
        hit = next((m for m in mentions if last + 2 <= m.first <= last + 3 and m.code and m is not actor
                    and m.code not in ("IGO", "NGO", "IMG") and (m.place or m.country_name)), None)
        if hit is not None:
            target = replace(hit, place=False, implicit=hit.place)
            if location is hit:
                location = None
    if lang == "de" and typ in _ADJECTIVE_DOER_TYPES and h.first == h.last and toks[h.head].text[:1].isupper():
        # "einer möglichen amerikanischen Bodeninvasion in Venezuela", "der ukrainische Gegenangriff", "die
        # US-Angriffe auf Boote": the state's adjective right before a noun of force, or the prefix of the noun,
        # names who uses it, whoever the clause's subject is
        adj = next((m for m in mentions if m.last == h.first - 1 and m.first == m.last and m.code
                    and toks[m.first].text[:1].islower()), None) \
            or next((m for m in mentions if m.first == m.last == h.first and m.code and "-" in toks[m.first].text),
                    None)     # the prefix of "US-Angriffe", "Nato-Manöver"
        if adj is not None and adj is not actor:
            if target is adj:
                target = next((m for m in mentions if m.first > last and seg[0] <= m.first < seg[1] and m.code
                               and m.code != adj.code), None)
            actor = adj
    if lang == "de" and typ == "CONSULT" and h.first == h.last and toks[h.head].text[:1].isupper():
        # "bei seinem Israelbesuch", "während seines Japanbesuches", "die China-Reise des Ministers": the state that
        # begins a visit's compound is the host (dev5, 2026-11-27)
        host = _visit_host_de(toks[h.head])
        if host is not None:
            if actor is not None and actor.first <= h.head <= actor.last:
                actor = None      # the prefix of "China-Reise" is not the visitor
            if actor is None or actor.code != host:
                target = actors.Mention(h.head, h.head, host, None, False, True, implicit=True)
    if lang == "de" and not passive and h.first == h.last and toks[h.head].text[:1].isupper():
        # "die Erstürmung eines Protestcamps sudanesischer Flüchtlinge durch die ägyptische Polizei", "bei 33
        # Angriffen durch ihre afghanischen Verbündeten": "durch" after a noun of an act names who does it; the
        # party the clause had as actor (the genitive after the noun, the subject of the verb) undergoes it
        doer = next((m for m in mentions if m.first > last and seg[0] <= m.first < seg[1] and not m.place
                     and _prep_before(toks, m, last + 1) == "durch" and _noun_phrase_to_de(toks, last, m)), None)
        if doer is not None and doer is not actor:
            if actor is not None and actor.first > doer.last:
                # "Nach der Beschlagnahme ... durch das US-Militär hat Trump ...": the clause's subject after the
                # noun's phrase takes no part in the act
                actor = None
            if target is doer or target is None:
                target = actor
            actor = doer
    if typ == "REQUEST" and h.first == h.last and toks[h.head].lower in (MODAL_DEMAND if lang == "en" else MODAL_DEMAND_DE):
        actor, target = _modal_parties(toks, h, mentions, seg, actor, target)
    if lang == "en" and target is None and typ in ("ACCUSE", "SUPPORT") and h.head >= 3:
        # "... of Trump, whom he called a “con artist”": the relative pronoun's antecedent is the one called so
        w = next((k for k in range(h.head - 1, max(0, h.head - 4), -1) if toks[k].lower == "whom"), None)
        if w is not None and w >= 2 and toks[w - 1].text == ",":
            target = next((m for m in mentions if m.last == w - 2 and not m.place), None)
    if lang == "en" and h.first == h.last and toks[h.head].lower in QUOTE_TAG_EN:
        actor, target = _quote_tag_parties(toks, h.head, mentions, actor, target)
    elif lang == "en" and (actor is None and typ in SPOKEN_TYPES or target is not None and target.first > h.last):
        speaker = _quoted_speaker(toks, h, mentions)
        if speaker is not None and target is speaker:
            target = None      # "The army attacked the town, the rebels said": who says it, not who undergoes it
        elif speaker is not None and actor is None and typ in SPOKEN_TYPES:
            # "“It is time for Congress to stop playing politics ...,” Scott said": a demand, charge or refusal
            # said in a quotation with no doer of its own is the tagged speaker's
            actor = speaker
    if lang == "en" and typ == "CONSULT":
        actor, target = _meeting_sides_en(toks, h, mentions, seg, actor, target)
    if lang == "en" and actor is None and h.last > h.first:
        # a pattern that begins with its doer ("German police suspected ...", "rebel fighters had looted"): the
        # party whose words open the trigger acts
        actor = next((m for m in mentions if m.first <= h.first <= m.last < h.last and not m.place), None)
        if actor is not None and target is actor:
            target = None
    if target is actor or (target is not None and actor is not None and target.code and target.code == actor.code
                           and not target.sector and not actor.sector and target.country_name):
        # "Venezuela ... Venezuela": a state named twice is one party (tried for capitals too, "China ...
        # Beijing": PLOVER dev recipients 0.825 -> 0.818, as the gold codes many such pairs);
        # a domestic event names its sides by sector ("die Regierung ... die Opposition")
        target = None
    # A title or body with no country of its own ("President Bashir", "the rebels") in a sentence
    # that names a single state belongs to that state (domestic news).
    # A person named without a title takes that state only in an act of praise, talks, support or protest
    # ("Präsident Ciampi gratulierte ... Piero Grasso", "Rice nannte Shultz einen Patrioten"): in an act of
    # conflict the one state named is as often the other side ("the US charged Assange", "China detained
    # Smith"), so the person keeps no code.
    codes = {m.code for m in mentions if m.code and m.code not in ("IGO", "NGO", "IMG")}
    if len(codes) == 1:
        only = next(iter(codes))
        if actor is not None and actor.code is None and not (_bare_person(actor) and typ in CONFLICT) \
                and not (typ == "SANCTION" and h.entry.mode != "convict" and target is not None and target.code == only):
            # (a state does not sanction itself: in "The Department of Commerce put tariffs on Chinese steel
            # makers", "lawmakers passed sanctions against Iran" the one state named is the other side)
            actor = replace(actor, code=only)
        if target is not None and target.code is None and not (_bare_person(target) and typ in CONFLICT) \
                and not (typ in ("MOBILIZE", "RETREAT") and target.sector in FORCES and actor is not None and actor.code) \
                and not (lang == "de" and actor is not None and actor.code == only and not actor.sector
                         and not actor.person and toks[target.last].lower.startswith(_MEDIA_DE)):
            # (German: not the media a state named as such accuses: "Der Iran warf den Medien vor, ..." does not say
            # whose media; a domestic event names its sides by sector, "die iranische Regierung ... die Presse")
            # (not the forces a coded actor moves: "Die Nato verlegt Truppen nach Litauen" are NATO's troops)
            target = replace(target, code=only)
    if location is not None and location.code and location.code not in ("IGO", "NGO", "IMG"):
        # "the rebels ... in Darfur", "police in Cairo": a party without a country of its own that
        # acts where the event happens belongs to that state (domestic news)
        if actor is not None and actor.code is None and not _bare_person(actor):
            actor = replace(actor, code=location.code)
        elif actor is None and typ in DOMESTIC:
            actor = replace(location, place=False, implicit=True)
    if target is None and (typ in PLACE_TARGET or h.entry.mode == "visit") and location is not None and location.code \
            and location.code not in ("IGO", "NGO", "IMG"):
        # "lifted a state of emergency in West Darfur", "rioted at a jail in northern Israel": with no
        # party acted on, the event concerns the state where it happens (CAMEO/PLOVER practice)
        target = replace(location, place=False, implicit=True)
    if lang == "en" and target is not None and target.code is None and target.sector == "GOV" \
            and target.first == target.last and target.first > 0 and toks[target.first - 1].lower == "the" \
            and actor is not None and actor.code and actor.code not in ("IGO", "NGO", "IMG") and actor.sector != "GOV":
        # "Arab Israeli lawmakers called on the government": a domestic party addresses its own government
        target = replace(target, code=actor.code)
    if target is not None and target.code is None and not target.person:
        # "offered its troops to Lebanon", "military aid to Mozambique": the troops or the aid are
        # what is given; the state named after them is the recipient (a person is a recipient of their own)
        later = [m for m in mentions if m.first > max(last, target.last) and m.code
                 and (actor is None or m.code != actor.code)
                 # German: not past a quotation's end ("dass der Iran ... Demonstranten getötet hat, ...“, schrieb
                 # Trump": the speaker of the tag is no recipient of the killing)
                 and not (lang == "de" and any(_speech_end_de(toks, k) for k in range(target.last + 1, m.first)))]
        if later:
            target = replace(later[0], place=False)
    return actor, target, location


# German words for the press as a whole ("den Medien", "der Presse", "westliche Journalisten")
_MEDIA_DE = ("medien", "presse", "journalist")


def _speech_end_de(toks: list[Token], k: int) -> bool:
    """toks[k] closes a German direct speech before its tag ('...?“, schrieb Trump'): a closing quotation mark after
    a sentence's end or before a comma (not a quoted word: „Opfer des Terrorismus“ und ...)."""
    if toks[k].text not in _CLOSE_Q_DE:
        return False
    return (k > 0 and toks[k - 1].text in (".", "?", "!", ",")) or (k + 1 < len(toks) and toks[k + 1].text == ",")


# A judgement put in quotation marks and tagged with its speaker ("“Donald Trump is a dictator in the making,” said
# Beck", "“Secretary Clinton’s role in fracking ... is not a good record,” Sanders said"): the speaker of the tag
# judges, and the first party inside the quotation is the one judged (news-dev5, 2026-11-27).
QUOTE_TAG_EN = {"said", "says", "told", "tells", "wrote", "writes", "added", "adds", "tweeted", "insisted", "argued",
                "declared", "contended", "emphasized", "emphasised", "stressed"}
_OPEN_Q = {"“", '"', "''", "‘‘"}
_CLOSE_Q = {"”", '"', "''", "’’"}
_CLOSE_Q_DE = _CLOSE_Q | {"“", "«", "»"}      # German closes with “ (and »« either way)


def _quote_tag_parties(toks: list[Token], head: int, mentions: list[actors.Mention], actor, target):
    close = None
    for k in range(head - 1, max(-1, head - 13), -1):
        if toks[k].text in _CLOSE_Q:
            close = k
            break
        if toks[k].text in BREAKS and toks[k].text != "," or toks[k].lower in QUOTE_TAG_EN \
                or toks[k].lower in ("that", "who", "which") and not any(m.first <= k <= m.last for m in mentions):
            return actor, target      # another clause between: no quotation tag
    if close is None:
        return actor, target
    open_ = next((k for k in range(close - 1, -1, -1) if toks[k].text in _OPEN_Q), 0)
    speaker = next((m for m in mentions if close < m.first < head and not m.place), None) \
        or next((m for m in mentions if m.first in (head + 1, head + 2) and not m.place), None)
    judged = next((m for m in mentions if open_ <= m.first < close and not m.place and m.code), None)
    if speaker is None:
        # "“North Korea is a paranoid, isolated nation,” the independent Vermont senator told ABC": a speaker the
        # table cannot code; the one told or the place after the verb is not the one judged
        if judged is not None and (target is None or target.first > head):
            target = judged
        if actor is not None and actor.first > head:
            actor = None
        return actor, target
    if target is None or target is speaker or (target.first > head and judged is not None):
        target = judged
    return speaker, target


SPOKEN_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"}


def _quoted_speaker(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention]) -> actors.Mention | None:
    """The speaker of the tag after the quotation that holds the trigger: "“...,” Scott said", "“...,” said Beck",
    "..., the senator said."."""
    close = next((k for k in range(h.last + 1, len(toks)) if toks[k].text in _CLOSE_Q), None)
    if close is None or not any(toks[k].text in _OPEN_Q for k in range(0, h.first)):
        # a tag without quotation marks ends the sentence: "We stand with Israel, the senator said."
        close = next((k for k in range(len(toks) - 1, h.last, -1) if toks[k].text == ","), None)
        if close is None or len(toks) - close > 12:
            return None
    k = close + 1
    while k < len(toks) and toks[k].text == ",":
        k += 1
    if k < len(toks) and toks[k].lower in QUOTE_TAG_EN:
        return next((m for m in mentions if m.first in (k + 1, k + 2) and not m.place), None)
    start = k + 1 if k < len(toks) and toks[k].lower in ("the", "a", "an") else k
    speaker = next((m for m in mentions if m.first == start and not m.place), None)
    if speaker is not None and speaker.last + 1 < len(toks) and toks[speaker.last + 1].lower in QUOTE_TAG_EN:
        return speaker
    return None


# Acts whose German noun a state's adjective right before it names the doer of ("russischer Angriff").
_ADJECTIVE_DOER_TYPES = {"ASSAULT", "MOBILIZE", "RETREAT"}
_VISIT_HEADS_DE = ("besuches", "besuchs", "besuch", "reise")


def _visit_host_de(tok: Token) -> str | None:
    """The state code of a visit compound's first member ("Israelbesuch", "Japanbesuches", "China-Reise",
    "USA-Besuch"), None for any other word ("Staatsbesuch", "Hannover-Besuch": no state)."""
    low = tok.lower
    head = next((x for x in _VISIT_HEADS_DE if low.endswith(x) and len(low) > len(x) + 2), None)
    if head is None:
        return None
    first = low[:-len(head)].rstrip("-")
    found = actors.tables("de").names.get((first,))
    return found[0] if found and found[1] == "country" else None


_LINKS_EN = {"of", "and", "or", "for", "to", "in", "on", "with", "from", "by", "at"}


def _doer_after_participle_en(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention],
                              seg: tuple[int, int]) -> actors.Mention | None:
    """The act noun is followed (after an optional comma and passive auxiliary) by a participle and "by X":
    "The strike, carried out by Russian forces", "The agreement was signed by China"."""
    k = h.last + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    while k < len(toks) and toks[k].lower in ("was", "were", "is", "are", "has", "have", "had", "been", "being"):
        k += 1
    p = toks[k] if k < len(toks) else None
    if p is None or k == h.last + 1 and toks[k].lower not in ("carried", "conducted", "launched", "staged", "led",
                                                             "organized", "organised", "ordered", "signed", "claimed",
                                                             "imposed"):
        return None
    if not (p.lower.endswith(("ed", "en", "wn", "ught")) or p.lower in SAME_FORM_PARTICIPLES) or p.lower == p.lemma:
        return None
    k += 1
    if k < len(toks) and toks[k].lower in ("out", "up", "off"):
        k += 1
    if k + 1 >= len(toks) or toks[k].lower != "by" or k - h.last > 6:
        return None
    return next((m for m in mentions if k + 1 <= m.first <= k + 2 and not m.place), None)


def _genitive_patient_de(toks: list[Token], h: lexicon.Hit, m: actors.Mention) -> bool:
    """``m`` is a person or title in the genitive right after the German act noun ``h`` ("Festnahme Maduros",
    "Entführung eines Staatschefs"), not a state or an armed, police or judicial body."""
    if m.country_name or m.code in ("IGO", "NGO") or m.sector in ("MIL", "COP", "JUD", "REB", "SPY"):
        return False
    between = [t.lower for t in toks[h.last + 1:m.first]]
    if between not in ([], ["des"], ["der"], ["eines"], ["einer"]):
        return False
    return m.person or m.sector is not None and bool(between)


TOLD_EN = {"told", "tells", "tell", "telling"}


def _addressee_en(toks: list[Token], m: actors.Mention) -> bool:
    """The mention is the one told something ("told Business Insider", "tells the paper")."""
    k = m.first - 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    return k >= 0 and toks[k].lower in TOLD_EN


# Verbs whose object is the subject of the infinitive after it ("urge Ukraine to investigate")
OBJECT_CONTROL_EN = {"force", "urge", "ask", "press", "pressure", "persuade", "allow", "permit", "enable",
                     "encourage", "compel", "tell", "order", "invite", "want", "push", "help", "convince"}


def _infinitive_subject_en(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention]) -> actors.Mention | None:
    """The subject of an English infinitive trigger: the party right before its "to", when a verb of asking,
    forcing or allowing (or "for", "called on") governs that party."""
    first = h.first
    if first < 3 or toks[first - 1].lower != "to" or toks[h.head].lower != toks[h.head].lemma:
        return None
    m = next((m for m in mentions if m.last == first - 2 and not m.place), None)
    if m is None:
        return None
    k = m.first - 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    if k < 0:
        return None
    w = toks[k]
    if w.lower == "for" or w.lemma in OBJECT_CONTROL_EN or w.lower in OBJECT_CONTROL_EN \
            or w.lower == "on" and k > 0 and toks[k - 1].lemma == "call":
        return m
    return None


def _place_of_meeting(toks: list[Token], h: lexicon.Hit, m: actors.Mention) -> bool:
    """The mention follows the meeting noun in its own "in" phrase ("Konferenz in Riad", "meeting in Brussels")."""
    between = toks[h.last + 1:m.first]
    return 0 < len(between) <= 3 and toks[h.head].lower == toks[h.head].lemma.lower() \
        and between[0].lower in LOCATIVE_PREP and not any(t.text in BREAKS for t in between)


# German plural finite verbs that stand second in a clause (auxiliaries, modals; a main verb is checked by form)
PLURAL_FINITE_DE = {"haben", "hatten", "sind", "waren", "werden", "wurden", "wollen", "wollten", "können", "konnten",
                    "müssen", "mussten", "sollen", "sollten", "dürfen", "durften"}
SINGULAR_FINITE_DE = {"hat", "hatte", "habe", "ist", "war", "sei", "wird", "wurde", "will", "wollte", "kann", "konnte",
                      "muss", "musste", "soll", "sollte", "darf", "durfte"}
# Names of states that are grammatically plural ("die USA haben", "die Niederlande sind")
_PLURAL_NAMES_DE = {"usa", "staaten", "niederlande", "niederlanden", "philippinen", "emirate", "emiraten", "nationen",
                    "seychellen", "malediven", "bahamas", "komoren", "salomonen", "fidschi-inseln", "marshallinseln"}


def _object_after_plural_verb_de(toks: list[Token], m: actors.Mention, seg: tuple[int, int], h: lexicon.Hit) -> bool:
    """The German mention ``m`` is a singular state right after a plural finite verb in second position whose
    first phrase ends in a capitalised noun and names no party: that phrase is the subject, ``m`` the object."""
    if not m.country_name or m.sector is not None or m.person or toks[m.last].lower in _PLURAL_NAMES_DE:
        return False
    k = m.first - 1
    if k >= 0 and toks[k].lower in ("die", "das", "der"):
        k -= 1                                          # "haben die Ukraine unterstützt"
    if k <= seg[0]:
        return False
    verb = toks[k]
    first = toks[seg[0]:k]
    if len(first) == 1 and first[0].lower in PRONOUN_SUBJECT and (verb.lower in SINGULAR_FINITE_DE | PLURAL_FINITE_DE
                                                                or k == h.head):
        return True                                     # "Sie hat Russland scharf kritisiert": the pronoun is the subject
    finite = verb.lower in PLURAL_FINITE_DE or (k == h.head and verb.text[:1].islower()
                                                 and verb.lower.endswith(("ten", "en")) and verb.lower != verb.lemma)
    if not finite:
        return False
    nxt = toks[m.last + 1].lower if m.last + 1 < len(toks) else ""
    if nxt in ("und", "sowie", "oder", ",", "/"):
        return False                                    # "haben Israel und die USA": a coordinated subject
    first = toks[seg[0]:k]
    # the first phrase: a noun phrase with no preposition, comma or verb, ending in a capitalised noun
    if not first or not first[-1].text[:1].isupper() or not first[-1].text.isalpha() or len(first) > 4:
        return False
    if any(t.text in BREAKS or t.lower in _NOT_SUBJECT_DE for t in first):
        return False
    return True


NOMINATIVE_OPENERS_DE = {"der", "ein", "mehrere", "viele", "einige", "zahlreiche", "beide", "alle", "etliche", "tausende",
                         "hunderte", "dutzende"}
TIME_NOUNS_DE = {"jahr", "jahre", "tag", "tage", "woche", "wochen", "monat", "monate", "stunde", "stunden", "mal",
                 "abend", "morgen", "nacht", "wochenende", "zeit", "augenblick", "moment"}


def _noun_subject_first_de(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit) -> bool:
    """The German clause opens with a noun phrase that can only be read as its subject ("Der Österreicher",
    "Mehrere Staaten", "Ein Sprecher"), right before the finite verb (the trigger or an auxiliary)."""
    v = next((k for k in range(seg[0], min(seg[1], h.head + 1))
              if k == h.head or toks[k].lower in SINGULAR_FINITE_DE or toks[k].lower in PLURAL_FINITE_DE), None)
    if v is None:
        return False
    first = toks[seg[0]:v]
    if not 2 <= len(first) <= 4 or first[0].lower not in NOMINATIVE_OPENERS_DE:
        return False
    if not first[-1].text[:1].isupper() or not first[-1].text.isalpha() or first[-1].lower in TIME_NOUNS_DE:
        return False
    return not any(t.text in BREAKS or t.lower in _NOT_SUBJECT_DE for t in first[1:])


def _name_subject_first_de(toks: list[Token], seg: tuple[int, int], h: lexicon.Hit) -> bool:
    """The German clause opens with one or two capitalised words, the last one unknown to the German dictionary (a
    name: "Streeck", "Heusgen"), right before the finite verb, which is the trigger."""
    k = seg[0]
    while k < h.first and toks[k].text in _QUOTES_DE:
        k += 1
    first = toks[k:h.first]
    if not 1 <= len(first) <= 2 or not toks[h.first].text[:1].islower():
        return False
    return all(t.text[:1].isupper() and t.text.isalpha() and t.lower not in TIME_NOUNS_DE
               and t.lower not in _NOT_SUBJECT_DE and t.lower not in _CALENDAR_DE for t in first) \
        and not _known_de(first[-1].text)


@lru_cache(maxsize=20_000)
def _known_de(word: str) -> bool:
    """A word of simplemma's German dictionary (adverbs, nouns: "Heute", "Zudem", "Demonstranten"); a surname the
    dictionary lacks ("Streeck", "Heusgen") is not."""
    import simplemma

    return simplemma.is_known(word, lang="de") or simplemma.is_known(word.lower(), lang="de")


# reciprocal types put all sides in the actor: "Heusgen traf Lawrow" keeps Lawrow's state as an actor
_TWO_SIDED = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT"}
_QUOTES_DE = {'"', "„", "“", "”", "»", "«"}
_CALENDAR_DE = {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend", "januar",
                "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
                "dezember", "anfang", "ende", "mitte", "vormittag", "nachmittag", "frühjahr", "sommer", "herbst",
                "winter"}


_NOT_SUBJECT_DE = {"am", "im", "in", "an", "auf", "nach", "vor", "seit", "bei", "mit", "von", "vom", "zum", "zur",
                   "für", "gegen", "durch", "um", "über", "unter", "aus", "den", "dem", "einen", "einem", "diesen",
                   "diesem", "es", "das", "dies", "damit", "dann", "nun", "jetzt", "heute", "gestern", "zuvor"}


def _right_after_in(toks: list[Token], m: actors.Mention) -> bool:
    k = m.first - 1
    if k > 0 and toks[k].lower == "the":
        k -= 1
    return k >= 0 and toks[k].lower == "in"


def _bare_person(m: actors.Mention) -> bool:
    return m.person and m.sector is None


def _sector_adjective(toks: list[Token], m: actors.Mention, last: int) -> bool:
    """A sector word with no country that modifies the next word inside the pattern ("return weapons and
    military equipment") is part of the object, not a party acted on."""
    if m.code is not None or m.sector is None or m.first != m.last or m.last + 1 > last:
        return False
    nxt = toks[m.last + 1]
    return nxt.text.isalpha() and nxt.text[:1].islower() and nxt.lower not in _LINKS_EN


# "X said that Y must ...": the demand is made of the subject of "must", the speaker makes it.
MODAL_DEMAND = {"must", "should"}
# German reported demands in Konjunktiv I ("sagte, dass der Ministerpräsident die Situation beenden müsse",
# "erklärte, Russland solle sich zurückziehen"): the subject of the modal is the one addressed.
MODAL_DEMAND_DE = {"müsse", "solle"}


def modal_without_subject(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention]) -> bool:
    """A German reported "müsse/solle" with no party before it in its clause ("man müsse abwarten", "es solle
    geprüft werden") demands nothing of anyone."""
    if toks[h.head].lower not in MODAL_DEMAND_DE or h.first != h.last:
        return False
    lo = h.head
    while lo > 0 and toks[lo - 1].text not in (",", ".", ";", ":", "?", "!", "„", "“", '"'):
        lo -= 1
    if toks[lo].lower in ("wenn", "falls", "ob", "damit", "weil", "sofern", "bevor"):
        return True      # "Wenn die Schweiz nicht zu einem Risiko werden solle, ...": a condition, no demand
    return not any(lo <= m.first and m.last < h.head and not m.place for m in mentions)


def _modal_parties(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention], seg: tuple[int, int],
                   actor: actors.Mention | None, target: actors.Mention | None):
    """Actor and recipient of a demand expressed by a modal ("declared that China must drop barriers",
    "said US and British forces must ensure security"): the recipient is the subject of the modal,
    the first party after "that" or else the party right before the modal; the actor is a party
    before it."""
    before = [m for m in mentions if seg[0] <= m.first and m.last < h.first and not m.place]
    if not before:
        return actor, target
    that = max((k for k in range(seg[0], h.first) if toks[k].lower in ("that", "dass")), default=None)
    after_that = [m for m in before if that is not None and m.first > that]
    subject = after_that[0] if after_that else before[-1]
    if subject.first < h.first - (8 if toks[h.head].lower in MODAL_DEMAND else 10):
        return actor, target        # too far from the modal to be its subject
    speakers = [m for m in mentions if m.last < subject.first and not m.place]
    if speakers:
        actor = speakers[0]
    elif actor is subject:
        actor = None
    return actor, subject


def where_not_whom(toks: list[Token], m: actors.Mention) -> bool:
    prep = _prep_before(toks, m, 0)
    if prep in ("at", "inside"):
        return True
    nxt = toks[m.last + 1].lower if m.last + 1 < len(toks) else ""
    return prep == "in" and not m.country_name and nxt in ("between", "with", "among")


def _pronoun_passive_en(toks: list[Token], first: int) -> bool:
    """A pronoun right before the passive auxiliary of the trigger ("He was arrested", "they were shot")."""
    k = first - 1
    while k >= 0 and toks[k].lower in PASSIVE_AUX | {"has", "have", "had", "reportedly", "later", "also"}:
        k -= 1
    return k >= 0 and k < first - 1 and toks[k].lower in PRONOUN_SUBJECTS_EN
