"""Status of an event from its clause: happened, ongoing, planned, denied, hypothetical.

Negation, modal verbs and the future tense must not turn into facts:
"nicht mehr in Kampfhandlungen verwickelt" is no fight that happened,
"will deploy" is planned, "könnte entsenden" hypothetical.  German hearsay
"soll ... entsandt haben" reports a past event (the claim carries the doubt).
"""
from __future__ import annotations

from .tokens import Token, lemma

NEGATION = {
    "de": {"nicht", "kein", "keine", "keinen", "keiner", "keines", "keinem", "nie", "niemals", "weder", "nirgends"},
    "en": {"not", "n't", "never", "no", "neither", "nor", "without"},
}
DENY_VERBS = {"de": {"dementieren", "bestreiten", "zurückweisen"}, "en": {"deny", "denied"}}
FUTURE = {
    "de": {"wollen", "planen", "beabsichtigen", "vorhaben", "bereit", "bereitschaft", "plan", "künftig", "kommend",
           "demnächst", "ankündigen", "vorsehen", "erwägen", "geplant", "anstreben", "angesetzt", "anberaumt",
           # dev5: "Bolivien möchte einen Vorschlag vorlegen", "eine Niederschlagung vorbereiten" (as English "prepare")
           "möchte", "möchten", "vorbereiten", "vorbereitet"},
    "en": {"will", "'ll", "shall", "plan", "intend", "expect", "schedule", "prepare", "propose", "upcoming",
           "ready", "willing", "vow", "pledge", "promise"},
}
HYPOTHETICAL = {
    "de": {"könnte", "könnten", "würde", "würden", "wenn", "falls", "sofern", "möglich", "möglicherweise",
           "eventuell", "hätte", "hätten", "wäre", "wären", "drohen", "befürchten", "ob"},
    "en": {"would", "could", "might", "may", "if", "possible", "possibly", "whether", "fear", "risk"},
}
ONGOING = {
    "de": {"weiterhin", "fortgesetzt", "fortsetzen", "anhaltend", "andauernd", "noch immer", "weiter", "fortdauernd",
           # adverbs of lasting (dev5: "wird ihren Angehörigen das Besuchsrecht permanent verweigert")
           "permanent", "ständig", "dauerhaft", "fortwährend", "unablässig", "ununterbrochen",
           # habits and what holds so far (dev10 round, from the confusion of all dev splits: "droht regelmäßig mit
           # einer Besetzung", "weigern sich bislang"; not "immer", "bisher": "hatten ... immer protestiert", "lehnt
           # ... bisher ab" are coded done)
           "regelmäßig", "bislang", "derzeit", "zurzeit"},
    "en": {"continue", "still", "ongoing", "continuing"},
}
# English habits: "The Israeli leader frequently meets with ... members of Congress" goes on; a habitual speech act
# ("Trump and Sanders often blame China") is reported as made (_SAID_NOW)
HABIT_EN = {"frequently", "regularly", "routinely", "often", "usually", "habitually"}
REPORTING = {"say", "said", "announce", "announced", "tell", "told", "state", "declare"}
CONDITION = {"if", "unless"}
SINCE = {"de": {"seit", "seitdem"}, "en": {"since"}}
# German "sollen": with a perfect infinitive after the trigger ("soll ... entsandt haben") it is hearsay of
# a past event; with a plain infinitive ("sollten ... helfen") it speaks of what is meant to happen.
SOLLEN = {"soll", "sollen", "sollte", "sollten", "sollst"}
# German "müssen" and English "must/should" before the act: it is demanded, not done ("müssen zerstört
# werden"); with a perfect after it ("muss ... getötet haben", "must have known") it is an inference.
MUSS = {"muss", "müssen", "musst", "müsst"}
MUST_EN = {"must", "should"}
WERDEN_FUTURE = {"wird", "werden", "werde", "wirst", "werdet"}
# The words status and demanded ask a sentence's vocabulary about (scan.asked_words).
ASKED = frozenset(MUSS | MUST_EN)
PERFECT_AUX = {"haben", "hat", "hatte", "hatten", "sein", "worden", "gewesen"}


def status(toks: list[Token], seg: tuple[int, int], trigger: tuple[int, int], lang: str,
           since_time: bool = False, vocab: set[str] | frozenset[str] | None = None) -> str:
    """Status of the event whose trigger covers tokens trigger[0]..trigger[1] in the clause
    toks[seg[0]:seg[1]]; the trigger's own words ("willing", "bereit") are no cue. ``vocab``: the sentence's forms
    and lemmas (at least those in ASKED) where the caller has them."""
    lo, hi = seg
    first, last = trigger
    before = toks[lo:first]
    inside = toks[first + 1:last]      # "griff die Stadt nicht an": the gap of a separable verb
    after = inside + toks[last + 1:hi]
    # English modals and future stand before the verb; after it they belong to another clause
    # ("is providing ... to Macedonia, which is preparing an offensive"). German puts them
    # at the end too ("entsenden will", "angreifen könnte").
    # Numbers and their separators ("25,000 tons", "(APEC)") count as no words of that distance.
    # German: a noun after the verb is its object, no cue ("würdigte Schallenbergs Bereitschaft", "kritisierte die
    # Pläne der Regierung", dev10); "bereit", "will", "nicht" after it stay cues
    context = [t for t in before if t.text[:1].isalpha() or t.text[:1] in "'’"][-8:] if lang == "en" \
        else before + [t for t in after[:3] if not t.text[:1].isupper()]
    context = [t for t in context if t.text != "May"]     # the month, not the modal
    if lang == "en":
        # "The plan drew sharp criticism": a plan named as a thing frames nothing; "a plan to impose" does
        context = [t for t in context if t.lower not in _PLAN_WORDS or not _plan_as_thing_en(toks, t)]
    if lang == "de":
        # an attributive participle describes a noun, it does not frame the act ("Die angekündigten Sanktionen
        # traten in Kraft", "die geplante Reform wurde beschlossen")
        context = [t for t in context if not _attributive_participle_de(toks, t)]
    lemmas = {t.lemma for t in context} | {t.lower for t in context}
    # English negation precedes the verb; German may put "nicht" before the verb-final trigger or,
    # in main clauses ("X griff nicht an"), after it.
    neg_scope = before[-6:] if lang == "en" else before + after[:3]
    if any(t.lower in NEGATION[lang] for t in neg_scope) or lemmas & DENY_VERBS[lang]:
        if lang == "en" and toks[first].lower in ALLEGATIONS and lemmas & DENY_VERBS[lang] and not any(
                _negated_en(t) for t in neg_scope):
            return "happened"     # "Assange has denied both allegations": the allegation was made
        return "denied"
    if lang == "en" and (any(_negated_en(t) for t in neg_scope) or _negated_subject_en(toks, lo, first)):
        return "denied"
    if lang == "en" and first - lo <= 1 and parenthetical_negation_en(toks, lo):
        return "denied"           # "the United States does not, and never will, accept North Korea as ...": the
        #                           verb's negated auxiliary stands before the parenthesis that split the clause
    if lang == "de" and any(t.lower in SOLLEN for t in before + after):
        if any(t.lower in PERFECT_AUX for t in after[:4]) or (
                not _bare_infinitive(toks[first]) and any(t.lower in PERFECT_AUX for t in after)):
            # "soll ... erstochen und anschließend missbraucht haben": coordinated participles share the auxiliary
            return "happened"
        return "planned"
    if lang == "de" and demanded(toks, seg, trigger, lang):
        return "planned"          # "Die Brücken müssen zerstört werden", "Russland muss abziehen": a demand
    if lang == "en" and toks[first].lower in ("remain", "remains", "remained", "remaining"):
        return "ongoing"          # "will remain in custody as the case proceeds": the detention goes on
    if lang == "en" and lemmas & CONTINUE_EN and not lemmas & HYPOTHETICAL[lang]:
        return "ongoing"          # "will continue to press companies": the act goes on
    if lang == "en" and "would" in lemmas and lemmas & REPORTING and not lemmas & CONDITION:
        return "planned"          # "said they would blockade Paris": an announcement
    if lemmas & HYPOTHETICAL[lang] and not (lang == "de" and _reported_perfect_de(toks, seg, lemmas)):
        return "hypothetical"
    if lemmas & FUTURE[lang] or lang == "de" and "erwarten" in lemmas and _expected_de(toks, context) \
            or lang == "en" and _be_to_en(before + [toks[first]]) \
            or lang == "de" and _announced_bracket_de(toks, lo, first, last, hi):
        return "planned"
    if lang == "en" and demanded(toks, seg, trigger, lang, vocab):
        return "planned"          # "Russia must withdraw", "should be destroyed"; not "must have known"
    # future "wird ... entlassen", not the passive past "wurde ... entlassen" (same form as the infinitive)
    # a verb-final pattern ends on its verb: "wird ... einen Antrag an die Bundesregierung stellen"
    if lang == "de" and {t.lower for t in before + after} & WERDEN_FUTURE and (
            _bare_infinitive(toks[first]) or last > first and _bare_infinitive(toks[last])):
        return "planned"
    if lang == "de" and _upcoming_de(toks, before, hi):
        return "planned"          # "Erneut stehen in Berlin große Friedensdemonstrationen an": upcoming
    if since_time or lemmas & ONGOING[lang] or (lang == "en" and (
            _in_progress_en(toks, lo, first) or _in_progressive_frame_en(toks, lo, first)
            or _wish_present_en(toks, lo, first))) or (
            lang == "de" and (_since_span_de(toks, lo, hi) or _lasting_present_de(toks, lo, hi, first))) or (
            lang == "en" and lemmas & HABIT_EN and toks[first].lemma not in _SAID_NOW):
        return "ongoing"
    if lang == "en" and scheduled_en(toks, last, hi):
        return "planned"          # "Sentencing is scheduled for Feb. 14": a court date, not a sentence passed
    return "happened"


# German acts that last, in the present tense ("Die Mordkommission ermittelt", "Parallel verhandeln beide Seiten",
# "Nun durchsuchen die Einsatzkräfte die Wohnungen", "Die Landesregierung ... unterstützt diese"): going on as reported
# (the German gold codes them ongoing); the perfect, the past, a passive or a modal says otherwise
# (not "unterstützen", "boykottieren": the gold codes "unterstützt ... eine eingelegte Verfassungsbeschwerde" and
# "boykottiert auf Anweisung" done)
_LASTING_DE = {"ermitteln", "untersuchen", "verhandeln", "demonstrieren", "protestieren", "streiken", "durchsuchen",
               "kontrollieren", "besetzen", "blockieren", "belagern", "bekämpfen", "kämpfen", "weigern"}
_AUX_OR_MODAL_DE = {"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden", "worden",
                    "wird", "werden", "sei", "seien", "habe", "soll", "sollen", "will", "wollen", "kann", "können",
                    "muss", "müssen", "darf", "dürfen", "möchte", "möchten", "würde", "würden", "könnte", "könnten"}


def _lasting_present_de(toks: list[Token], lo: int, hi: int, first: int) -> bool:
    t = toks[first]
    if t.lemma not in _LASTING_DE or not t.text[:1].islower():
        return False
    stem = t.lemma[:-1] if t.lemma.endswith(("eln", "ern")) else t.lemma[:-2]
    if t.lower not in (t.lemma, stem + "t", stem + "et"):
        return False     # "ermittelte", "untersuchten": the past
    if first > 0 and toks[first - 1].lower == "zu":
        return False     # "um gegen Kapitalismus zu demonstrieren": a purpose, not a tense
    # an auxiliary anywhere before the verb (an apposition's commas may split its clause) or in its clause
    return not any(x.lower in _AUX_OR_MODAL_DE for x in toks[:first] + toks[first + 1:hi])


# German spans of time after "seit" that the times layer may not resolve ("seit Wochen", "seit Jahren", "seit
# langem"): the act has gone on since then (as "since" with a dated time)
_SPAN_DE = {"wochen", "monaten", "jahren", "tagen", "stunden", "jahrzehnten", "langem", "längerem", "kurzem",
            "geraumer", "vielen", "mehreren", "einigen", "vergangenem", "anfang", "beginn", "mitte", "ende"}


_PAST_AUX_DE = {"wurde", "wurden", "war", "waren", "hatte", "hatten", "hat", "haben", "ist", "sind"}
_ATTRIBUTIVE_AFTER_DE = ("te", "ten", "ende", "enden", "ene", "enen")


def _since_span_de(toks: list[Token], lo: int, hi: int) -> bool:
    """"In den Niederlanden protestieren seit Wochen Landwirte gegen ..." (dev7): "seit" with a span of time, in a
    clause in the present (the perfect or the past of "wurden seit Ende September ... durchgespielt" tells what was
    done in that time); not a span that qualifies an attributive participle ("die seit Tagen erwartete
    Bodenoffensive", "einer seit Anfang des Jahres anhaltende Serie")."""
    if any(t.lower in _PAST_AUX_DE for t in toks[lo:hi]):
        return False
    for k in range(lo, hi - 1):
        if toks[k].lower not in SINCE["de"]:
            continue
        if toks[k + 1].lower not in _SPAN_DE:
            continue
        attributive = any(t.text[:1].islower() and t.text.isalpha() and t.lower.endswith(_ATTRIBUTIVE_AFTER_DE)
                          and m + 1 < hi and toks[m + 1].text[:1].isupper()
                          for m, t in enumerate(toks[k + 2:min(hi, k + 6)], start=k + 2))
        if not attributive:
            return True
    return False


def _upcoming_de(toks: list[Token], before: list[Token], hi: int) -> bool:
    """"stehen ... an" (anstehen, what is coming up) with the act as its subject after the verb: "Erneut stehen in
    Berlin und anderen Städten große Friedensdemonstrationen gegen den Krieg an" (dev7); "steht ... bevor" likewise.
    Not the attributive "die anstehende Abstimmung", which dates another noun."""
    end = hi - 1
    while end > 0 and not toks[end].text[:1].isalnum():
        end -= 1
    return any(t.lemma == "stehen" and t.text[:1].islower() for t in before) and end >= 0 \
        and toks[end].lower in ("an", "bevor")


_PLAN_DETERMINERS_EN = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "'s", "’s"}


_PLAN_WORDS = ("plan", "plans")


def _plan_as_thing_en(toks: list[Token], t: Token) -> bool:
    if t.lower not in _PLAN_WORDS:
        return False
    k = next(i for i, x in enumerate(toks) if x is t)
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    return k > 0 and toks[k - 1].lower in _PLAN_DETERMINERS_EN and nxt not in ("to", "for")


# German reported speech puts the perfect in the subjunctive II ("Zeugen zufolge hätten die Männer auf sie
# eingeschlagen", "die Angreifer hätten Gewehre abgefeuert"): a past event, not a counterfactual, unless a
# condition, a modal or a counterfactual word says so ("hätte verhindern können", "Ohne ihren Einsatz hätte ...")
_PERFECT_II_DE = {"hätte", "hätten", "wäre", "wären"}
_COUNTERFACTUAL_DE = {"können", "müssen", "sollen", "dürfen", "wollen", "ohne", "fast", "beinahe", "sonst", "gern",
                      "gerne", "lieber", "eigentlich", "besser", "früher"}


def _reported_perfect_de(toks: list[Token], seg: tuple[int, int], lemmas: set[str]) -> bool:
    if not lemmas & _PERFECT_II_DE or (lemmas - _PERFECT_II_DE) & HYPOTHETICAL["de"]:
        return False
    return not any(t.lower in _COUNTERFACTUAL_DE or t.lower in ("wenn", "falls", "sofern") for t in toks[seg[0]:seg[1]])


_ATTRIBUTIVE_END_DE = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")


def _attributive_participle_de(toks: list[Token], t: Token) -> bool:
    if not (t.text[:1].islower() and "ge" in t.lower[:5] and t.lower.endswith(_ATTRIBUTIVE_END_DE)):
        return False     # most words: no participle form, no search for the word after it
    k = next((j for j, x in enumerate(toks) if x is t), None)
    return k is not None and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()


def _announced_bracket_de(toks: list[Token], lo: int, first: int, last: int, hi: int) -> bool:
    """The act stands inside an announcing bracket ("Die Regierung kündigte Sanktionen an", "kündigte für Montag
    einen Streik an", the pattern "kündigten Untersuchungen an" itself), or a noun before the verb-final
    announcement ("hatten ihren Protest gegen die Zeremonie angekündigt"): announced, still to come."""
    if toks[first].lemma == "kündigen" and toks[last].lower == "an" and last > first:
        return True
    if toks[first].text[:1].isupper() and first > lo:
        for k in range(last + 1, hi):
            t = toks[k]
            if t.lemma == "ankündigen" and t.text[:1].islower() and not (
                    k + 1 < len(toks) and toks[k + 1].text[:1].isupper()):
                return True      # not the attribute "die angekündigten Sanktionen" (its noun follows it)
    if not any(t.lemma == "kündigen" and t.text[:1].islower() for t in toks[lo:first]):
        return False
    for k in range(last + 1, hi):
        if toks[k].lower == "an" and (k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum()):
            return True
    return False


def _expected_de(toks: list[Token], context: list[Token]) -> bool:
    """"Jugendliche, die protestieren, erwarten hohe Strafen": what is expected is still to come, as
    with English "expect"; not an attribute ("die seit Tagen erwartete Bodenoffensive" began)."""
    in_context = {id(t) for t in context}
    return any(id(t) in in_context and t.lemma == "erwarten"
               and not (t.lower.startswith("erwartete") and k + 1 < len(toks) and toks[k + 1].text[:1].isupper())
               for k, t in enumerate(toks))


_BE_TO = {"is", "are", "was", "were", "am"}
# "how tough it is to run", "The purpose of our life is to cooperate with God's plan", "our job is to ...": the
# infinitive says what something is, not what is arranged
_NOT_ARRANGED = {"it", "there", "purpose", "job", "task", "goal", "aim", "point", "answer", "way", "mission", "role",
                 "duty", "idea", "solution", "priority", "hope", "challenge", "response", "strategy", "objective"}


def _be_to_en(before: list[Token]) -> bool:
    """``before``: the clause up to and with the trigger's first word.  English "be to" future in the trigger's clause ("Obama is to visit Hanoi", "The ministers are to meet in
    Vienna", "world leaders were to gather ... to sign the document"): arranged, not done ("was to blame" is no
    future)."""
    return any(t.lower in _BE_TO and before[k + 1].lower == "to" and (k + 2 >= len(before) or before[k + 2].lower
                                                                        not in ("blame", "say"))
               and not (k > 0 and before[k - 1].lower in _NOT_ARRANGED)
               for k, t in enumerate(before[:-2]))


CONTINUE_EN = {"continue", "continues", "continuing"}
_PRESENT_BE = {"is", "are", "'re", "’re", "am"}
_ADVERBS = {"also", "still", "now", "increasingly", "actively", "quietly", "reportedly", "already"}
# Speech acts in the present progressive are reported as made ("Trump is promising to bomb ...", "is violating"
# said of another: the charge is made now)
_SAID_NOW = {"promise", "say", "call", "warn", "urge", "demand", "claim", "accuse", "vow", "threaten", "argue",
             "insist", "tell", "violate", "blame", "criticize", "criticise", "deny", "reject"}


def _adverb_en(t: Token) -> bool:
    """An adverb inside a verb chain: the listed ones, "long" ("have long been talking") and words in -ly
    ("has been steadily pounding", "have been especially upset")."""
    return t.lower in _ADVERBS or t.lower == "long" or (
        len(t.lower) > 4 and t.lower.endswith("ly") and t.text[:1].islower())


def _in_progress_en(toks: list[Token], lo: int, first: int) -> bool:
    """English perfect progressive ("have been pressuring the U.S.", "has been lobbying") or present progressive
    of an act that is not a speech act ("is also playing a part", "are expanding their army"): the act goes on
    (PLOVER status ongoing)."""
    verb = toks[first]
    if not (verb.lower.endswith("ing") and verb.text[:1].islower()):
        return False
    k = first - 1
    while k >= lo and _adverb_en(toks[k]):
        k -= 1
    if k < lo:
        return False
    if toks[k].lower == "been":
        k -= 1
        while k >= lo and _adverb_en(toks[k]):
            k -= 1
        return k >= lo and toks[k].lower in ("has", "have", "'ve", "’ve")
    return toks[k].lower in _PRESENT_BE and verb.lemma not in _SAID_NOW


def _in_progressive_frame_en(toks: list[Token], lo: int, first: int) -> bool:
    """The trigger is the object of a verb of its clause in the (perfect) progressive that is no act of its own
    ("Germany is also playing a part in NATO programs to pool resources", "Iraqi troops are taking part in the
    attack", "is facing attack ads"): the frame's going on is the act's (PLOVER status ongoing)."""
    return any(toks[k].lower.endswith("ing") and toks[k].lower not in _NO_FRAME and _in_progress_en(toks, lo, k)
               for k in range(lo + 1, first))


# "is going to": a future (read elsewhere); "are being": a passive whose participle is the trigger's own chain;
# "what is happening is genocide": "happen" names no act
_NO_FRAME = {"going", "being", "happening"}
# Present tense of wanting and seeking states a wish that lasts ("The US wants the UK to extradite Assange",
# "Sanders now seeks the ouster of ..."); "to want", "will seek" are read before (infinitive, future)
_WISH_PRESENT = {"wants", "want", "seeks", "seek"}


def _wish_present_en(toks: list[Token], lo: int, first: int) -> bool:
    return toks[first].lower in _WISH_PRESENT and (first == lo or toks[first - 1].lower != "to")


_BE = {"is", "are", "was", "were", "be", "been", "remains", "remain"}
_SCHEDULED = {"scheduled", "slated", "planned", "due", "rescheduled", "tentatively"}


def scheduled_en(toks: list[Token], last: int, hi: int) -> bool:
    """The act is the subject of "is scheduled / slated / planned / due" ("The hearing is scheduled for
    Tuesday", "Sentencing is set to ..." is not read: "set" also means "set on fire")."""
    nxt = [t.lower for t in toks[last + 1:min(hi, last + 4)]]
    return len(nxt) >= 2 and nxt[0] in _BE and (nxt[1] in _SCHEDULED or (nxt[1] == "now" and nxt[2:3] and
                                                                        nxt[2] in _SCHEDULED))


# English accusation nouns: what is denied is that they are true, not that they were made (PLOVER codes the
# accusation as ACCUSE and the denial as REJECT).
ALLEGATIONS = {"allegation", "allegations", "accusation", "accusations", "charge", "charges", "claim", "claims"}
# A subject negated as a whole negates its verb: "Not the U.S. nor any of the rebels ... are preventing",
# "Neither side has attacked", "None of the prisoners was released".
NEGATED_SUBJECT = {"not", "neither", "none", "nobody"}


def _negated_en(t: Token) -> bool:
    """Contracted negations the tokenizer keeps whole: "hasn't", "won’t", "didn't"."""
    return t.lower.endswith(("n't", "n’t"))


_AUX_EN = {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
           "should", "must", "shall"}


def parenthetical_negation_en(toks: list[Token], lo: int) -> bool:
    """Tokens before the clause end in "AUX not, and (never) AUX," ("does not, and never will,")."""
    if lo < 5 or toks[lo - 1].text != ",":
        return False
    k = next((j for j in range(lo - 2, max(-1, lo - 7), -1) if toks[j].text == ","), None)
    if k is None or k < 2 or toks[k + 1].lower not in ("and", "or", "but"):
        return False
    return toks[k - 1].lower in NEGATION["en"] and toks[k - 2].lower in _AUX_EN


def _negated_subject_en(toks: list[Token], lo: int, first: int) -> bool:
    word = next((t for t in toks[lo:first] if t.text[:1].isalpha()), None)     # the clause's first word
    return word is not None and word.lower in NEGATED_SUBJECT


def _bare_infinitive(tok: Token) -> bool:
    """A German verb in its dictionary form ("wird ... entsenden"), not a participle ("wurde entsandt"), also not a
    compound participle the lemmatiser does not know ("werden ... acht Lokale zwangsgeschlossen", dev7: its part from
    "ge" on is a known participle)."""
    if not (tok.lower == tok.lemma and tok.lower.endswith("en") and not tok.lower.startswith("ge")):
        return False
    w = tok.lower
    return not any(w.startswith("ge", k) and lemma(w[k:], "de") != w[k:] for k in range(2, len(w) - 5))


def demanded(toks: list[Token], seg: tuple[int, int], trigger: tuple[int, int], lang: str,
             vocab: set[str] | frozenset[str] | None = None) -> bool:
    """The act is demanded by "müssen" (German, anywhere in the clause of a verb, without a perfect after it)
    or "must/should" (English, among the eight words before it, not before "have"). ``vocab``: the sentence's forms
    and lemmas (at least those in ASKED) where the caller has them."""
    lo, hi = seg
    first, last = trigger
    if vocab is not None and (MUSS if lang == "de" else MUST_EN).isdisjoint(vocab):
        return False     # no modal of demand in the sentence
    if lang == "de":
        if toks[first].text[:1].isupper() and first > lo:
            return False      # a noun ("muss sich wegen Mordes verantworten"): the modal governs another verb
        after = toks[first + 1:last] + toks[last + 1:hi]
        return any(t.lower in MUSS for t in toks[lo:first] + after) and not any(t.lower in PERFECT_AUX for t in after)
    context = [t for t in toks[lo:first] if t.text[:1].isalpha() or t.text[:1] in "'’"][-8:]
    return any(t.lower in MUST_EN and (k + 1 >= len(context) or context[k + 1].lower not in ("have", "'ve"))
               for k, t in enumerate(context))
