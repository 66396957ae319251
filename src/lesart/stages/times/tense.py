"""A cheap tense guess for the clause around a time expression.

Only what decides between 'the last August' and 'the next August' matters:
explicit future markers (wird, will, plant, ab, kommenden), past markers
(auxiliaries, participles, preterite forms, seit, since, ago).  When both
occur, the marker closer to the expression wins.
"""
from __future__ import annotations

import re

from . import lexicon as lx


def _words(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))


# German preterite: lower-case words in -te/-ten (nouns are capitalised), minus
# frequent adjectives and numerals with the same ending.
_DE_NOT_PRETERITE = {
    "letzte", "letzten", "erste", "ersten", "zweite", "zweiten", "dritte", "dritten",
    "vierte", "vierten", "fünfte", "fünften", "beste", "besten", "gute", "guten", "meiste",
    "meisten", "nächste", "nächsten", "weite", "weiten", "breite", "breiten", "rechte",
    "rechten", "heute", "leute", "späte", "späten", "mitte", "halbe", "neueste", "neuesten",
    "größte", "größten", "höchste", "höchsten", "wichtigste", "wichtigsten", "konkreten",
    "konkrete", "harte", "harten", "rote", "roten", "tote", "toten", "gesamte", "gesamten",
    "soziale", "sozialen", "bereits", "wenigsten", "wenigste", "unterste", "oberste",
    "bekannte", "bekannten", "zweitgrößte", "hunderte", "hunderten", "kommenden", "kommende",
    "vergangenen", "vergangene", "lette", "elite", "geplante", "geplanten", "gerechte",
    "private", "privaten", "separate", "separaten", "akute", "akuten", "absolute", "absoluten",
    # Subjunctive II ("die EZB dürfte am Donnerstag ...", "das würde am Montag ..."):
    # conjecture or condition, no past.
    "dürfte", "dürften", "würde", "würden", "könnte", "könnten", "möchte", "möchten",
    "müsste", "müssten",
}
# German strong and mixed verbs in the preterite (singular stems; "-en" gives the
# plural).  Without them a clause such as "Im Mai geschah das Unglück" has no
# past marker and the German default (future) picks next May.
_DE_STRONG_PRETERITE = (
    "aß", "band", "bat", "befahl", "begann", "bekam", "biss", "blieb", "bot", "brach", "brachte",
    "brannte", "dachte", "durfte", "empfahl", "fand", "fiel", "fing", "floh", "flog", "floss",
    "fror", "fuhr", "gab", "galt", "geschah", "gewann", "ging", "griff", "half", "hielt", "hieß",
    "hing", "kam", "kannte", "konnte", "lag", "las", "lief", "litt", "ließ", "log", "lud", "maß",
    "mied", "mochte", "musste", "nahm", "nannte", "rannte", "rief", "riet", "riss", "saß", "sah",
    "sandte", "sang", "sank", "schien", "schlief", "schloss", "schlug", "schnitt", "schob",
    "schoss", "schrieb", "schrie", "schuf", "schwieg", "sprach", "sprang", "stach", "stahl",
    "stand", "starb", "stieg", "stieß", "stritt", "tat", "traf", "trat", "trieb", "trug", "verlor",
    "verschwand", "wandte", "warf", "wies", "wuchs", "wusste", "zog",
    # ... and the rarer ones ("hob ... ab", "gelang", "entschied", "erlag").
    "hob", "gelang", "misslang", "zwang", "drang", "rang", "klang", "trank", "schwamm", "wog",
    "bog", "schwor", "glich", "wich", "ritt", "schritt", "pfiff", "rieb", "lieh", "schied",
    "goss", "genoss", "kroch", "roch", "sog", "erschrak", "rann", "spann", "schmolz", "focht",
    "verdarb", "warb", "barg", "fraß", "vergaß", "blies", "briet", "wusch", "grub", "schlich",
    "erlosch", "gebar", "empfing", "vermochte", "beging",
)
# Separable and inseparable prefixes in front of those stems ("verließ", "bekam", "erhielt").
_DE_VERB_PREFIXES = (
    "ab", "an", "auf", "aus", "be", "bei", "durch", "ein", "emp", "ent", "er", "fest", "fort",
    "ge", "her", "hin", "los", "miss", "mit", "nach", "statt", "teil", "um", "unter", "über",
    "ver", "vor", "weg", "wider", "zer", "zu", "zurück", "zusammen",
)

# Separable prefixes before the "ge-" of a participle ("zusammengestoßen", "notgelandet",
# "bekanntgegeben", "herausgefunden").
_SEPARABLE = _words((
    "an", "auf", "aus", "ein", "ab", "zu", "vor", "nach", "mit", "weg", "zurück", "fest", "her",
    "hin", "los", "dar", "zusammen", "heraus", "herum", "hinaus", "herunter", "hinunter", "herein",
    "hinein", "voran", "vorbei", "vorher", "weiter", "wieder", "frei", "fort", "statt", "teil",
    "um", "durch", "bei", "not", "hoch", "bekannt", "kennen", "klar", "fehl", "entgegen",
    "gegenüber", "auseinander", "nieder", "empor", "kund", "preis", "stand", "schief", "tot",
    "offen", "groß", "kaputt", "herab", "hinab", "heran", "hinauf", "herauf", "davon", "daran",
    "dazu", "dabei", "durch", "voraus", "zurecht", "abhanden", "vorweg", "nahe", "stand"))

# ... also after a separable prefix written together at the end of a subordinate clause
# ("das sie dort am Montagabend noch preisgab", "als er im Mai bekanntgab", "der
# Umsatz, der im März zurückging").
_DE_PRETERITE_RE = (r"(?<!\w)(?:" + _SEPARABLE + r")?(?:" + _words(_DE_VERB_PREFIXES) + r")?(?:"
                    + _words(_DE_STRONG_PRETERITE) + r")(?:en|t)?(?!\w)")

# Cue words match in any case (sentence-initial "Seit", "Bereits"); the
# preterite and participle shapes only in lower case, where nouns cannot match.
_PATTERNS = {
    "de": (
        re.compile(r"(?<!\w)(?:" + _words(lx.FUTURE_CUES["de"]) + r")(?!\w)", re.I),
        re.compile(r"(?<!\w)(?i:" + _words(lx.PAST_CUES["de"]) + r")(?!\w)"
                   r"|(?<!\w)(?:" + _SEPARABLE + r")?"
                   r"ge[a-zäöüß]{3,}(?:t|en)(?!\w)"
                   r"|(?<!\w)(?:[a-zäöüß]{3,}(?:te|ten))(?!\w)"
                   r"|" + _DE_PRETERITE_RE),
    ),
    "en": (
        re.compile(r"(?<![\w'])(?:" + _words(lx.FUTURE_CUES["en"]) + r")(?!\w)", re.I),
        re.compile(r"(?<!\w)(?:" + _words(lx.PAST_CUES["en"]) + r")(?!\w)"
                   r"|(?<!\w)[a-z]{3,}ed(?!\w)"
                   r"|(?<!\w)(?:said|told|took|gave|came|went|began|found|made|met|held|won|"
                   r"lost|left|saw|got|fell|rose|sent|struck|killed|became|brought|announced|"
                   r"wrote|spoke|ran|led|paid|sold|bought|thought|knew|felt|kept)(?!\w)"),
    ),
}


# A word in -te/-ten right after an article or a preposition is an adjective
# ("von regelrechten Blechlawinen", "der geplanten Reform"), not a preterite.
_DE_ADJECTIVE_BEFORE = re.compile(
    r"(?<!\w)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|"
    r"keiner|diese|diesen|dieser|dieses|diesem|von|vom|mit|für|in|im|auf|zu|zum|zur|bei|beim|"
    r"nach|aus|über|unter|vor|durch|gegen|ohne|um|am|sehr|besonders|meist|oft)\s+$", re.I)


# A participle before a form of "werden" or a modal is a passive of the present or
# future ("wenn im Herbst gewählt wird", "soll eröffnet werden"), not a perfect.
_DE_PASSIVE_AFTER = re.compile(
    r"\s+(?:wird|werden|werde|würde|würden|soll|sollen|kann|können|muss|müssen|darf|dürfen)\b")
_DE_PARTICIPLE = re.compile(r"(?:" + _SEPARABLE + r")?ge[a-zäöüß]{3,}(?:t|en)")
# A perfect infinitive ("soll ... übergossen worden sein", "dürfte gesagt haben") reports
# a past event, whatever modal verb stands nearer.
_DE_PERFECT_INFINITIVE = re.compile(
    r"(?<!\w)(?:worden|gewesen|[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en))\s+(?:zu\s+)?(?:sein|haben)(?!\w)"
    # "soll sich am Samstag ereignet haben", "will ihn erkannt haben", "soll ... kritisiert haben"
    r"|(?<!\w)(?:[a-zäöü]*(?:be|er|ver|ent|zer|emp|miss)[a-zäöüß]{2,}t|[a-zäöü]{2,}iert)"
    r"\s+(?:zu\s+)?haben(?!\w)")


# ... but with a deadline it is a state to be reached ("sollen bis zum Herbst abgeschlossen
# sein", "will das Projekt bis Ende Mai beendet haben"): the future.
# ("bis zu 20 Menschen getötet haben" counts, no deadline)
_DE_DEADLINE = re.compile(r"(?<!\w)(?:bis(?!\s+zu\s)|spätestens)(?!\w)", re.I)


# The perfect with "sein": "Am Sonntag ist ein Motorradfahrer tödlich verunglückt",
# "Am Montag ist das Licht erloschen", "... ist passiert": a participle without "ge-"
# ends the clause.  Stative predicates ("ist verboten") are no events.
_DE_SEIN = re.compile(r"(?<!\w)(?:ist|sind)(?!\w)")
_DE_FINAL_PARTICIPLE = re.compile(
    r"(?<!\w)(?<!\bzu )(?:[a-zäöü]*(?:be|er|ver|ent|zer)[a-zäöüß]{2,}(?:t|en)|[a-zäöü]{2,}iert)[\"“”»«']?[.!?;,:]?\s*$")
_DE_STATIVE = {"verboten", "erlaubt", "bekannt", "begrenzt", "befristet", "berechtigt",
               "verpflichtet", "besetzt", "belegt", "beliebt", "bestimmt", "verbunden",
               "vertreten", "entfernt", "versichert", "verheiratet", "beschränkt", "bedroht",
               "betroffen", "interessiert", "engagiert", "informiert", "beteiligt", "erwartet",
               "verantwortlich", "vorgesehen", "erforderlich", "bereit", "bewusst", "überzeugt",
               "verfügbar", "zuständig", "besorgt", "erhältlich", "eröffnet", "belastet",
               "geprägt", "gefragt", "geeignet", "begeistert", "verliebt", "verwurzelt",
               # "die im Oktober anstehende Reform ist umstritten", "ist bereits ausverkauft"
               "umstritten", "unumstritten", "ausverkauft", "verbreitet", "verwandt", "verschuldet",
               "verunsichert", "beunruhigt", "enttäuscht", "entschlossen", "berühmt", "vertraut",
               "verärgert", "erschöpft", "begehrt", "bewaffnet", "garantiert", "reserviert"}
STATIVE = _DE_STATIVE


def _perfect_with_sein(left: str, right: str) -> int | None:
    m = _DE_FINAL_PARTICIPLE.search(right)
    if not m or m.group(0).strip(" \"“”»«'.!?;,:") in _DE_STATIVE:
        return None
    if not (_DE_SEIN.search(left) or _DE_SEIN.search(right, 0, m.start())):
        return None
    return m.start()


# Participles that name a state, not an event: "am Sonntag ist geöffnet", "die Straße ist
# ab Montag gesperrt" speak of the coming days.  A past event with them has its own
# marker ("wurde gesperrt", "hat den Vertrag geschlossen").
_DE_STATIVE_PARTICIPLES = {"geöffnet", "geschlossen", "gesperrt", "geeignet", "gefragt"}


_DE_WERDEN = re.compile(r"(?<!\w)(?:wird|werden|werde|wirst|werdet)(?!\w)", re.I)


# Words in -ten that are no weak preterite: infinitives and present plurals of verbs
# whose stem ends in -t ("starten", "arbeiten", "halten", "berichten": their
# preterite is "starteten"), and superlatives ("jüngsten Umfragen zufolge").
_DE_PRESENT_TEN = re.compile(
    r"[a-zäöüß]*(?:eiten|ieten|ichten|üchten|ürchten|euchten|treten|etten|(?<![lrn])itten|"
    r"(?<![gm])alten|(?<![s])(?:[bcdfgjklmnpqrvwxz]|e)sten?)"
    r"|(?:" + _words(_DE_VERB_PREFIXES) + r")?(?:gelten|warten|starten|achten|trachten|"
    r"schlachten|nachten|kosten|rüsten|lasten|fasten|husten|trösten|deuten|läuten|bluten|"
    r"werten|antworten|heiraten|raten|braten|beten|ernten|haften|stiften|fürchten|orten|"
    r"richten|spalten|posten|texten|leisten)")


def _is_past_marker(m: re.Match, text: str, lang: str, passive: bool = False,
                    participle: bool = True) -> bool:
    word = m.group(0).lower()
    if lang != "de":
        # "she will be allowed to play on Sunday": a participle after "be" or "being" is a
        # passive infinitive or gerund, no past
        return not (word.endswith("ed") and _EN_BE_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    if word in _DE_NOT_PRETERITE or word in _DE_STATIVE_PARTICIPLES or word in ("umstritten", "unumstritten"):
        return False            # ("umstritten": the adjective, not "stritten" with a prefix)
    if word in _DE_HABEN and not participle:
        return False            # "Dann haben wir im Juni ein Problem": a full verb
    if word.endswith(("te", "ten")) and word not in _DE_PAST_CUE_WORDS \
            and _DE_PRESENT_TEN.fullmatch(word):
        return False
    if _DE_PARTICIPLE.fullmatch(word) and word not in _DE_PAST_CUE_WORDS \
            and (passive or _DE_PASSIVE_AFTER.match(text, m.end())):
        return False
    # A strong preterite plural of a verb with an inseparable prefix is also its
    # participle ("überwiesen", "bewiesen", "verloren"): right before "werden" or a
    # modal it is the participle of a passive ("muss bis Freitag überwiesen werden").
    if word.endswith("en") and word not in _DE_PAST_CUE_WORDS \
            and _DE_PASSIVE_AFTER.match(text, m.end()):
        return False
    if word.endswith(("te", "ten")) and word not in _DE_PAST_CUE_WORDS:
        if not _DE_ADJECTIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return True
        # ... unless an article, pronoun or particle follows: then the word is the verb
        # of a clause opened by a demonstrative ("Das teilte die Stadt am Freitag mit").
        return bool(_DE_VERB_FOLLOWS.match(text, m.end()))
    return True


# A separable prefix before "ge-" and an ending in -te/-ten is an inflected participle
# ("eingesetzte Gouverneure", "die ausgewählten Bilder"), no simple past (a separable
# verb's preterite stands apart from its prefix, "setzte ... ein"): it tells of a past
# event for the tense guess ("der im Juni mitgeteilte Betrag"), but no event of the day
# beside "heute" ("heute haben sie zwar eingesetzte Gouverneure").
_DE_PARTICIPLE_ADJECTIVE = re.compile(r"(?:" + _SEPARABLE + r")ge[a-zäöüß]{2,}ten?")


_EN_BE_BEFORE = re.compile(r"(?<!\w)(?:be|being|is|are|am)\s+$", re.I)


# "haben" is a perfect auxiliary only beside a participle.
_DE_HABEN = {"hat", "haben", "habe", "hätte", "hätten"}
_DE_ANY_PARTICIPLE = re.compile(
    r"(?<!\w)(?:[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöü]*(?:be|er|ver|ent|zer|emp|miss|über|"
    r"unter|wider|hinter|voll)[a-zäöüß]{2,}(?:t|en)|[a-zäöü]{2,}iert)(?!\w)", re.I)
_DE_VERB_FOLLOWS = re.compile(
    r"\s+(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|sich|er|sie|es|man|ich|wir|"
    r"ihr|ihm|ihn|uns|mir|mich|dir|nicht|auch|noch|schon|bereits|nun|dann|jedoch|aber|"
    r"am|im|zum|zur|beim|vom|mit|in|an|auf|bei|nach|für)\b")
_DE_PAST_CUE_WORDS = {w.lower() for w in lx.PAST_CUES["de"]}


_DE_PRETERITE_ONLY = re.compile(r"(?<!\w)[a-zäöüß]{3,}(?:te|ten)(?!\w)|" + _DE_PRETERITE_RE)


def has_preterite(text: str) -> bool:
    """A German simple-past verb form in ``text`` ("setzten", "nahm", "verließ"):
    a finished event, unlike the perfect auxiliaries that also open general statements."""
    return any(m.group(0).lower() not in _DE_SUBJUNCTIVE_HABEN and _is_past_marker(m, text, "de")
               and not _DE_PARTICIPLE_ADJECTIVE.fullmatch(m.group(0))
               for m in _DE_PRETERITE_ONLY.finditer(text))


# "... und hätte die Politik demnächst vor allem eines zu tun": a subjunctive, no event.
_DE_SUBJUNCTIVE_HABEN = {"hätte", "hätten", "hättest", "hättet"}


# English present simple of a scheduled event ("The show opens to the public on Friday",
# "The Gophers play Saturday against ...", "goes on sale in late January", "When February
# rolls around"): in body text with no other tense marker it speaks of what is coming.
# Headlines use the same tense for past events, so the stage asks only for sentences that
# end like body text.
_EN_SCHEDULE = re.compile(
    # not a noun after a determiner ("Trump's visit", "the launch")
    r"(?<![\w'’])(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\bits )"
    r"(?<!\btheir )(?<!'s )(?<!’s )(?:is|are|opens?|closes?|starts?|begins?|launch(?:es)?|kicks?\s+off|plays?|"
    r"faces?|hosts?|visits?|meets?|returns?|goes\s+on\s+sale|go\s+on\s+sale|arrives?|airs?|"
    r"premieres?|debuts?|resumes?|takes?\s+place|rolls?\s+around|comes?\s+around|can|"
    r"runs?\s+through|ends?|expires?)(?!\w)")


def en_schedule(clause_left: str, clause_right: str) -> str | None:
    """'future' for an English clause with a present-tense verb of a scheduled event."""
    if _EN_SCHEDULE.search(clause_left) or _EN_SCHEDULE.search(clause_right):
        return "future"
    return None


# "once expected to be completed": a plan of the past, no future.
_EN_ONCE_BEFORE = re.compile(r"(?<!\w)once\s+$", re.I)


# "hat den Termin auf Ende September, Anfang Oktober festgelegt", "wurde auf den 7. Dezember verschoben":
# the date a thing is set or moved to tells nothing of when it was set; the clause's past
# verb is the setting, so the date is read as in a clause without a tense marker.
_DE_TARGET_BEFORE = re.compile(
    r"(?<!\w)(?<!bis\s)auf\s+(?:den\s+|das\s+)?(?:[^,;.:!?]{1,30}(?:,|\s+oder|\s+und|\s+bzw\.)\s+)?$", re.I)
_DE_SETTING_VERB = re.compile(
    r"(?<!\w)(?:verschoben|vertagt|verlegt|vorverlegt|festgelegt|festgesetzt|angesetzt|terminiert|"
    r"anberaumt|gelegt|verschob|vertagte|verlegte|legte|setzte)(?!\w)", re.I)


def guess(clause_left: str, clause_right: str, lang: str) -> str | None:
    """'past', 'future' or None for the text left and right of the expression."""
    future_re, past_re = _PATTERNS[lang]
    if lang == "de" and _DE_TARGET_BEFORE.search(clause_left) and _DE_SETTING_VERB.search(clause_right):
        return None
    if lang == "de" and (_DE_PERFECT_INFINITIVE.search(clause_right)
                         or _DE_PERFECT_INFINITIVE.search(clause_left)):
        return "future" if _DE_DEADLINE.search(clause_left) or _DE_DEADLINE.search(clause_right) else "past"
    # "Die Regel wird im Sommer eingeführt": with a present or future form of "werden"
    # in the clause a participle is a passive, not a perfect.
    passive = lang == "de" and bool(_DE_WERDEN.search(clause_left) or _DE_WERDEN.search(clause_right))
    participle = lang != "de" or bool(_DE_ANY_PARTICIPLE.search(clause_left)
                                      or _DE_ANY_PARTICIPLE.search(clause_right))
    dist = {}
    if lang == "de" and not passive:
        pos = _perfect_with_sein(clause_left, clause_right)
        if pos is not None:
            dist["past"] = pos
    for name, regex in (("future", future_re), ("past", past_re)):
        best = None
        for m in regex.finditer(clause_left):
            if name == "past" and not _is_past_marker(m, clause_left, lang, passive, participle):
                continue
            if name == "future" and lang == "en" and _EN_ONCE_BEFORE.search(clause_left, 0, m.start()):
                continue
            best = len(clause_left) - m.end()
        for m in regex.finditer(clause_right):
            if name == "past" and not _is_past_marker(m, clause_right, lang, passive, participle):
                continue
            d = m.start()
            best = d if best is None else min(best, d)
            break
        if best is not None:
            dist[name] = min(best, dist.get(name, best))
    if not dist:
        return None
    return min(dist, key=dist.get)
