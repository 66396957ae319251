"""Characterisations by valence: "bezeichnete X als Lüge", "nannte X einen Verräter", "verglich X mit
Hitler", "sprach von einem Skandal", "called X a liar", "described X as a success", "branded X a traitor".

PLOVER codes a negative characterisation of its object as ACCUSE disapprove (CAMEO 111 "criticize or
denounce") and a positive one as SUPPORT (CAMEO 051 "praise or endorse"). The verb alone is neutral:
the polarity of the words it puts on its object decides, and a neutral one ("bezeichnete ihn als
Vermittler", "nannte vier Bedingungen", "described the scene") codes no event from the verb.

Polarity comes from the voice stage's lexicons that ship in the package: SentiWS weights (German),
the voice word lists (negative propaganda techniques: loaded language, name calling, doubt, fear) and
BABE's biased words (English, mostly negative), plus a short list below of words those lists lack
(characterisation nouns such as "liar", "success", "Skandal", comparisons with Nazi Germany).
A frame is returned as a lexicon Hit spanning the verb and its characterisation, so that the triggers
inside (the object "die Reise", the complement "Kriegsverbrechen") code nothing; ``code`` then puts the
trigger back on the verb.
"""
from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from . import lexicon
from .tokens import Token

MARK = "<characterisation>"
ACCUSE = lexicon.Entry("ACCUSE", "disapprove", (MARK,), 3)
SUPPORT = lexicon.Entry("SUPPORT", None, (MARK,), 3)
# a judgement in a speaker's mouth without a verb of criticism (judged_en): codes only where nothing else does
JUDGED = lexicon.Entry("ACCUSE", "disapprove", (MARK, "<judged>"), 3)

# Verbs that put a predicate on their object with "als"/"as" (German, English), or with a second
# object ("nannte X einen Verräter", "called X a liar", "branded X a traitor").
AS_VERBS = {"de": {"bezeichnen", "charakterisieren", "beschreiben", "werten", "bewerten", "titulieren",
                   "abstempeln", "abqualifizieren", "brandmarken", "verunglimpfen",
                   "beurteilen",      # "Als „verpasste Chance“ beurteilte X das Pontifikat" (dev8)
                   "schätzen"},       # "schätzte ... das Gesetz als Verletzung der Kinderrechte ein" (dev8)
            "en": {"describe", "characterize", "characterise", "portray", "depict", "label", "brand", "term",
                   "dub", "refer"}}     # "referred to Obama as ..."
# bare second-object verbs (no "as"): English "called X a liar", "branded him a traitor", "labelled them
# terrorists", "termed it a success"
OBJECT_VERBS_EN = {"call", "brand", "label", "term", "dub"}
# German verbs that put a judgement on their object only when it is negative ("sieht das Land als Spielball
# Kiews", "hält das Laissez-faire für falsch"); a positive one is mostly an assessment, no praise of a party
# ("hält es für wichtig, dass ...", "sieht darin eine Chance")
NEG_ONLY_DE = {"sehen": "als", "halten": "für",
               "betrachten": "als"}     # "Die PAD betrachtet die Rothemden als terroristische Elemente" (dev8)
# German opening quotation marks: a label quoted as the object's predicate ("nannte Baerbock ein
# „Auslaufmodell“", "bezeichnete ihn „eine Unverschämtheit“") is a scare-quoted characterisation
OPEN_QUOTES = {"„", "\"", "»", "“", "‚"}
CLOSE_QUOTES = {"“", "\"", "«", "‘", "”"}
COMPARE = {"de": {"vergleichen", "gleichsetzen"}, "en": {"compare", "liken", "equate"}}
COMPARE_PREP = {"de": {"mit"}, "en": {"to", "with"}}
AS_WORD = {"de": "als", "en": "as"}
# "called for", "called on", "called off", "called it quits": other verbs
CALL_NOT = {"for", "on", "upon", "off", "up", "in", "out", "back", "into", "over", "after", "by", "at", "to",
            "from", "and", "or", "."}
INDEFINITE_DE = {"ein", "eine", "einen", "einem", "einer", "eines"}
NEGATORS = {"de": {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie"},
            "en": {"not", "no", "never", "n't"}}
MAX_COMPLEMENT = 10
# Words the shipped lexicons lack or weigh as neutral; characterisation nouns of news language.
NEG_EXTRA = {
    "de": {"skandal", "provokation", "farce", "lüge", "lügner", "verräter", "verbrecher", "verbrechen",
           "kriegsverbrechen", "völkermord", "genozid", "terror", "terrorist", "terroristen", "terrorakt",
           "putsch", "militärputsch", "staatsstreich", "putschisten",
           "terrorismus", "mörder", "massenmörder", "kriegsverbrecher", "diktator", "diktatur", "faschist",
           "faschisten", "faschismus", "faschistisch", "nazi", "nazis", "hitler", "stalin",
           "nationalsozialismus", "nationalsozialisten", "apartheid", "holocaust", "katastrophe",
           "schande", "affront", "unverschämtheit", "zumutung", "erpressung", "heuchelei", "hetze",
           "rassist", "rassismus", "rassistisch", "antisemitisch", "antisemitismus", "kriegserklärung",
           "aggression", "aggressor", "besatzer", "besatzung", "unrecht", "rechtsbruch", "verstoß",
           "inakzeptabel", "unannehmbar", "illegal", "illegitim", "rechtswidrig", "völkerrechtswidrig",
           "unverhältnismäßig", "bedrohung", "gefahr", "fehler", "fehlentscheidung", "rückschlag",
           "versagen", "desaster", "debakel", "betrug", "täuschung", "manöver", "schauprozess",
           # name calling the shipped lexicon lacks or weighs positive ("Marionette")
           "feigling", "marionette", "handlanger", "schwindler", "hochstapler", "versager", "witzfigur",
           "lachnummer",
           # judgements of conduct the shipped lexicon weighs only faintly (dev6, 2026-11-28: "„neuen Stufe der
           # Unterdrückung“, so ...", "finde es verwunderlich, dass ...")
           "unterdrückung", "repression", "verwunderlich", "befremdlich", "skandalös", "bedauerlich",
           "enttäuschend",
           # words of condemnation the shipped lexicon weighs neutral (dev7: "schrieb auf Facebook von einer
           # unfassbaren Tat")
           "unfassbar", "abscheulich", "menschenverachtend", "unentschuldbar", "schändlich", "infam",
           "beschämend",
           # judgements of reactions the shipped lexicon weighs neutral (dev8: "bezeichnete den Prozess als politische
           # Inszenierung", "nannte ... Amflora „überflüssig wie ein Kropf“", "„Wortbruch und Vertrauensmissbrauch“",
           # "Als „verpasste Chance“ beurteilte ...")
           "inszenierung", "überflüssig", "wortbruch", "vertrauensmissbrauch", "verpasst", "verpasste",
           # a campaign against someone as a word of attack ("sprach ... von einem „Feldzug gegen die
           # Gemeinschaftsschule“", dev8 read-on)
           "feldzug", "hexenjagd", "hetzjagd", "hetzkampagne", "schmutzkampagne", "rufmord",
           # "als „nicht nachzuvollziehende Verirrung von sechs Juroren“ bezeichnet" (dev8 read-on)
           "verirrung",
           # "Von einer „gezielten Indiskredition“ sprach ... Ströbele" (dev8 read-on)
           "indiskredition", "diskreditierung", "verleumdung", "verunglimpfung",
           # charges of misleading and of terror or ulterior motives the shipped lexicon weighs neutral (dev8, dev9,
           # dev10 read-on: "sind laut «Saldo» irreführend", "betrachtet die Rothemden als terroristische Elemente",
           # "sehen die Reduzierungen als politisch motiviert an"), as English "misleading", "terrorist"
           "irreführend", "terroristisch", "politisch motiviert",
           # unlawful gain and covering up ("unrechtmäßig bereichert", "durch Vertuschung ... ein Bärendienst erwiesen")
           "unrechtmäßig", "vertuschung", "bärendienst"},
    "en": {"liar", "liars", "lie", "lies", "traitor", "traitors", "criminal", "criminals", "crime", "crimes",
           "terrorist", "terrorists", "terrorism", "terror", "murderer", "murderers", "killer", "killers",
           "dictator", "dictatorship", "tyrant", "tyranny", "thug", "thugs", "fascist", "fascism", "nazi",
           "nazis", "hitler", "stalin", "apartheid", "holocaust", "genocide", "massacre", "war criminal",
           "disaster", "catastrophe", "failure", "mistake", "blunder", "scandal", "disgrace", "shame",
           "farce", "sham", "fraud", "hoax", "provocation", "provocative", "aggression", "aggressor",
           "threat", "danger", "dangerous", "menace", "violation", "breach", "unacceptable", "illegal",
           "illegitimate", "unlawful", "irresponsible", "reckless", "hostile", "baseless", "groundless",
           "unfounded", "absurd", "outrage", "outrageous", "insult", "affront", "cowardly", "barbaric",
           "barbarism", "racist", "racism", "hypocrite", "hypocrisy", "blackmail", "extortion", "puppet",
           "enemy", "enemies", "rogue", "evil", "shameful", "deplorable", "despicable", "heinous",
           "atrocity", "atrocities", "setback", "sabotage", "lawless", "corrupt", "corruption",
           "bad", "wrong", "worst", "betrayal", "stunt", "witch-hunt", "invasion",
           # name calling (the voice lists' technique) that the lexicons weigh neutral or lack
           "clown", "clowns", "loser", "losers", "idiot", "idiots", "moron", "morons", "fool", "fools",
           "buffoon", "blowhard", "bully", "bigot", "bigots", "demagogue", "crook", "crooks", "charlatan",
           "fanatic", "fanatics", "extremist", "extremists", "free rider", "free riders", "freeloader",
           "freeloaders", "coward", "cowards", "thief", "thieves", "gangster", "gangsters", "warmonger",
           "warmongers", "madman", "lunatic", "maniac", "psychopath", "stooge", "lackey", "grifter", "con man",
           "con artist", "fraudster", "embarrassment", "phony",
           # evaluative words of campaign and diplomatic speech the lexicons weigh neutral
           "mirage", "paranoid", "unhinged", "crooked", "horrible", "terrible", "disastrous", "biased", "unfit",
           "clueless",
           # judgements of news quotes (news-dev4, 2026-11-27): "calls Trump's idea 'stupid', 'useless'", "said
           # Trump's comments were 'intolerable'", "branded North Korea an 'outlaw nation'"
           "intolerable", "horrific", "stupid", "useless", "outlaw", "insensitive", "ridiculous", "appalling",
           "pathetic", "ludicrous", "idiotic", "incompetent", "dishonest", "hateful", "vile", "disgusting",
           "divisive", "inflammatory", "bigoted", "xenophobic", "unconscionable", "rapist", "rapists",
           # charges of plotting and of misleading in reported speech ("declared Oksuz was a leader of the plot",
           # "said Obama is overselling the successes")
           "plot", "plotters", "conspiracy", "conspirators", "overselling", "exaggerating", "misleading",
           "distorting", "lying", "insinuation", "insinuations", "smear", "smears",
           # judgements of campaign quotes the lexicons weigh neutral (news-dev6, 2026-11-28: "“caused tremendous
           # havoc and tremendous death,” he said", "the system is rigged", "the same failed policies"; "failed" alone
           # is also an outcome: "the plan failed")
           "havoc", "rigged", "failed policy", "failed policies", "failed leadership", "failed presidency",
           "failed administration", "failed state",
           # terrorist groups: "an ISIS co-founder", "the most valuable player for ISIS" tie the object to
           # them (a praising word next to the group's name is sarcasm, not praise)
           "isis", "isil", "daesh", "al-qaeda", "qaeda", "al-qaida", "qaida"},
}
# Group names of two words that count like the one-word names above ("Islamic State")
NEG_PAIRS = {"en": {("islamic", "state")}, "de": {("islamischer", "staat"), ("islamischen", "staat")}}
NEG_PAIR_WEIGHT = -0.5
POS_EXTRA = {
    "de": {"erfolg", "durchbruch", "meilenstein", "fortschritt", "held", "helden", "patriot", "patrioten",
           "staatsmann", "freund", "partner", "verbündeter", "vorbild", "gewinn", "sieg", "hilfreich",
           "konstruktiv", "positiv", "ermutigend", "vielversprechend", "richtig", "mutig", "wegweisend",
           "historisch", "bedeutend", "wichtig", "notwendig", "vernünftig", "angemessen", "legitim",
           "beispielhaft", "vorbildlich"},
    "en": {"success", "successful", "breakthrough", "milestone", "progress", "hero", "heroes", "heroic",
           "patriot", "patriots", "statesman", "friend", "friends", "partner", "ally", "model", "victory",
           "triumph", "achievement", "helpful", "constructive", "positive", "encouraging", "promising",
           "important", "significant", "historic", "courageous", "brave", "wise", "good", "great",
           "excellent", "welcome", "right", "reasonable", "fair", "legitimate", "necessary", "step forward",
           "landmark", "visionary", "champion", "peacemaker", "valuable", "useful", "best",
           # "called Friday's decision a \"huge win for Ohio voters\"" (news-dev7); not "win" alone ("not expecting
           # to win Iowa", "was not a decisive win" are campaign talk, no judgement of a party)
           "huge win", "big win", "major win"},
}
# BABE marks some words as biased that are not negative
_BABE_NOT_NEG = {"hero", "praised", "touted", "touting", "rosy", "tremendous", "righteous", "sober-minded",
                 "fanfare", "pomp", "pageantry", "glossy", "obvious", "myriad", "muscle", "shore", "teeth",
                 "tip", "toe", "pockets", "stuffed", "maximus", "feminist", "masculinity", "elite", "jumped",
                 "flood", "flooded", "storm", "blast", "blasts", "exploded", "kill", "destroy", "hostage",
                 "dramatic", "dramatically", "enormous", "colossal", "sob", "verbal", "deliberately",
                 "taliban", "terrorists", "watchdogs", "skyrocketing", "escalating", "myth", "obscure"}
NEG_TECHNIQUES = {"Loaded_Language", "Name_Calling-Labeling", "Doubt", "Appeal_to_Fear-Prejudice"}
# German "-los" adjectives are mostly negative ("taktlos", "rücksichtslos", "skrupellos", "haltlos"), not these
_LOS_NOT_NEG = {"kostenlos", "problemlos", "reibungslos", "mühelos", "lückenlos", "bedingungslos", "zweifellos",
                "tadellos", "makellos", "fraglos", "anstandslos", "grenzenlos", "ausnahmslos", "arbeitslos",
                "fassungslos", "folgenlos", "pausenlos", "lautlos", "drahtlos", "kabellos", "atemlos",
                "schuldlos", "gewaltlos", "parteilos", "staatenlos", "obdachlos", "wehrlos", "hilflos", "schutzlos"}
_DETERMINERS_DE = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein",
                   "keine", "keinen", "keinem", "keiner", "dieser", "diese", "diesen", "diesem", "dieses", "vom", "zum",
                   "zur", "im", "am", "beim", "ins", "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem",
                   "ihrer", "unsere", "unseren", "alle", "allen", "aller", "viele", "vielen", "mehrere", "mehreren"}
_POSSESSIVES_DE = {"sein", "ihr", "unser", "euer", "mein", "dein", "ihre", "seine", "unsere", "meine", "seinen",
                   "ihren", "seinem", "ihrem", "seiner", "ihrer"}
_ATTRIBUTIVE = ("ene", "enen", "ener", "enes", "enem", "ete", "eten", "eter", "etes", "etem")
# English verbs that are also nouns: only their inflected forms ("termed", "calls", "branding") are the verb
NOUN_HOMOGRAPHS_EN = {"term", "call", "brand", "label", "dub"}
REFLEXIVE = {"sich", "mich", "uns", "himself", "herself", "itself", "themselves", "myself", "ourselves"}
_ADJ_END_DE = ("", "e", "en", "er", "es", "em")
_EN_END = ("", "s", "es", "ed", "d", "ly")


@lru_cache(maxsize=4)
def _voice(lang: str):
    from ..voice.lexicon import load

    return load(lang)


@lru_cache(maxsize=50_000)
def polarity(word: str, lemma: str, lang: str) -> float:
    """A word's polarity (negative below 0), 0.0 when the lexicons do not know it."""
    extra_neg, extra_pos = NEG_EXTRA[lang], POS_EXTRA[lang]
    for w in (word, lemma):
        if w in extra_neg:
            return -0.5
        if w in extra_pos:
            return 0.4
    if lang == "de":
        # the feminine of a person noun judges like its masculine ("hält diese für eine Verräterin", dev8; Lügnerin,
        # Rassistin, Terroristinnen)
        for end in ("innen", "in"):
            if word.endswith(end) and len(word) > len(end) + 4 and word[:-len(end)] in extra_neg:
                return -0.5
        for end in _ADJ_END_DE:
            if end and not word.endswith(end):
                continue
            stem = word[:len(word) - len(end)] if end else word
            if stem in extra_neg:
                return -0.5
            if stem in extra_pos:
                return 0.4
            if stem.endswith("los") and len(stem) > 6 and stem not in _LOS_NOT_NEG:
                return -0.3
    voice = _voice(lang)
    if voice is None:
        return 0.0
    if lang == "de":
        w = voice.polarity.get(word) or voice.polarity.get(lemma) or 0.0
        if w:
            # SentiWS gives many clear words a token weight ("richtig" 0.004, "Provokation" -0.0048): the
            # sign counts
            return w if abs(w) >= 0.1 else (0.1 if w > 0 else -0.1)
        # a compound the lexicons lack takes its head's polarity ("Wertediktatur" as "Diktatur", "Justizskandal")
        for k in range(3, len(word) - 4):
            tail = word[k:]
            if tail in extra_neg:
                return -0.5
            if tail in extra_pos:
                return 0.4
            t = voice.polarity.get(tail, 0.0)
            if abs(t) >= 0.1:
                return t
    entry = voice.lookup(word)
    if entry is not None and (entry.technique in NEG_TECHNIQUES or (lang == "en" and entry.kind == "loaded"
                                                                     and entry.technique is None)):
        return 0.0 if word in _BABE_NOT_NEG or lemma in _BABE_NOT_NEG else -0.3
    return 0.0


def _score(toks: list[Token], lo: int, hi: int, lang: str) -> float:
    """Summed polarity of toks[lo:hi]; a negator flips the words after it ("als nicht hilfreich")."""
    total, sign = 0.0, 1.0
    neg = NEGATORS[lang]
    pairs = NEG_PAIRS.get(lang, set())
    skip = -1
    for k, t in enumerate(toks[lo:hi], lo):
        if k == skip:
            continue
        if t.lower in neg:
            sign = -1.0
            continue
        if not t.text[:1].isalpha():
            continue
        if k + 1 < len(toks) and (t.lower, toks[k + 1].lower) in pairs:
            total += NEG_PAIR_WEIGHT     # the group's name, whatever a negator says about the words before it
            continue
        if k + 1 < hi and f"{t.lower} {toks[k + 1].lower}" in NEG_EXTRA[lang]:
            # two-word items of the list ("con artist", "free riders", "war criminal") are one word there; the
            # tokens alone would never match
            total += sign * -0.5
            skip = k + 1
            continue
        if k + 1 < hi and f"{t.lower} {toks[k + 1].lower}" in POS_EXTRA[lang]:
            total += sign * 0.4      # and of the positive list ("a huge win", "a step forward")
            skip = k + 1
            continue
        p = polarity(t.lower, t.lemma, lang)
        if lang == "de" and t.text[:1].isupper() and p:
            p *= 2       # the noun ("Lüge", "Erfolg") outweighs its adjective ("großen", "schweren")
        total += sign * p
    return total


def _clause_end(toks: list[Token], i: int, stop: int) -> int:
    for k in range(i, min(stop, len(toks))):
        if toks[k].text in lexicon.CLAUSE_BREAKS or toks[k].text in ("–", "—", ".", "!", "?"):
            return k
    return min(stop, len(toks))


def _past_brackets_de(toks: list[Token], end: int, stop: int) -> int:
    """German: a short bracket in the middle field does not end the clause ("nannte Baerbock (Jahrgang 1980) im
    „Tagesspiegel“ ein „Auslaufmodell“", "bezeichnete Lang (Grüne) als ...")."""
    while end < len(toks) and toks[end].text == "(":
        close = next((k for k in range(end + 1, min(len(toks), end + 6)) if toks[k].text == ")"), None)
        if close is None:
            break
        end = _clause_end(toks, close + 1, stop)
    return end


def _past_apposition_de(toks: list[Token], i: int, end: int, stop: int) -> tuple[int, int]:
    """German V2: the subject's name after the verb, then its apposition between commas ("nannte Reinhard Jung,
    Geschäftsführer des Bauernbundes Brandenburg, die Gentech-Kartoffel ..."): the second comma, not the first,
    ends the subject, and the clause goes on with the object. (where the object may start: the verb or that comma;
    the clause's end)"""
    if not (end + 2 < len(toks) and toks[end].text == "," and end > i + 1 and toks[end + 1].text[:1].isupper()
            and all(t.text[:1].isupper() and t.text[:1].isalpha() for t in toks[i + 1:end])):
        return i, end
    comma = next((k for k in range(end + 2, min(len(toks) - 1, end + 10)) if toks[k].text in lexicon.CLAUSE_BREAKS
                  or toks[k].text in (".", "!", "?")), None)
    if comma is None or toks[comma].text != "," or not (toks[comma + 1].lower in _DETERMINERS_DE
                                                          or toks[comma + 1].text[:1].isupper()):
        return i, end
    return comma, _clause_end(toks, comma + 1, stop)


def _clause_start(toks: list[Token], i: int) -> int:
    for k in range(i - 1, -1, -1):
        if toks[k].text in lexicon.CLAUSE_BREAKS or toks[k].text in ("–", "—"):
            return k + 1
    return 0


_TRIGGER_LEMMAS = {lang: AS_VERBS[lang] | COMPARE[lang] | ({"call"} if lang == "en" else {"nennen", "sprechen", "schreiben"}
                                                             | set(NEG_ONLY_DE))
                   for lang in ("de", "en")}


# What is judged is a state of affairs, not a party or its conduct ("sieht die Wahrscheinlichkeit als gering an",
# "hält die Lage für ernst", "hält die Chancen für schlecht")
_STATE_NOUNS_DE = ("keit", "heit", "lage", "situation", "chance", "chancen", "risiko", "risiken", "aussichten",
                   "aussicht", "prognose", "zahl", "zahlen", "preis", "preise", "wetter", "stimmung", "gefahr")


def _assessed_state_de(toks: list[Token], i: int, c_lo: int) -> bool:
    noun = next((t for t in toks[i + 1:c_lo] if t.text[:1].isupper() and t.text.isalpha()), None)
    return noun is not None and noun.lower.endswith(_STATE_NOUNS_DE)


def _quoted(toks: list[Token], c_lo: int, c_hi: int) -> bool:
    """The characterisation is a quoted label: an opening quotation mark at its start (after an article)."""
    for k in range(c_lo - 1, min(c_hi, c_lo + 2)):
        if 0 <= k < len(toks) and toks[k].text in OPEN_QUOTES:
            return True
    return False


def _coordinated_labels_end(toks: list[Token], close: int, stop: int) -> int:
    """Labels quoted one by one and coordinated ("Von „absichtlicher“ oder „mutwilliger Täuschung“ sprechen ...",
    "als „unsozial“ und „ungerecht“"): the characterisation runs to the last one's closing mark, not the first's."""
    while close + 3 < stop and toks[close].text in CLOSE_QUOTES and toks[close + 1].lower in ("und", "oder", ",") \
            and toks[close + 2].text in OPEN_QUOTES:
        close = next((k for k in range(close + 3, stop) if toks[k].text in CLOSE_QUOTES), stop)
    return close


_LEMMA = attrgetter("lemma")
_LOWER = attrgetter("lower")


def find(toks: list[Token], lang: str, vocab: set[str] | frozenset[str] | None = None) -> list[lexicon.Hit]:
    """Characterisation frames of a sentence with a clear polarity, as Hits (ACCUSE or SUPPORT). ``vocab``: the
    sentence's forms and lemmas (tokens.vocabulary; at least those in ASKED, and judged_de.ASKED for German) where
    the caller has them: a sentence that holds none of the words a frame needs is passed over with one set test
    each."""
    verbs = _TRIGGER_LEMMAS.get(lang)
    if not verbs:
        return []
    out = []
    # most sentences hold no verb of characterisation: one look in C at all their lemmas passes them over
    for i in (() if (vocab is not None and verbs.isdisjoint(vocab)) or verbs.isdisjoint(map(_LEMMA, toks))
              else range(len(toks))):
        t = toks[i]
        if t.lemma not in verbs or not t.text[:1].isalpha():
            continue
        span = _frame(toks, i, lang)
        if span is None:
            continue
        lo, hi, c_lo, c_hi = span       # the whole frame, and the characterisation inside it
        if t.lemma == "sprechen" and any(toks[k].text[:1].isdigit() for k in range(c_lo, c_hi)):
            continue     # "sprach von 100 Toten": a report, not a characterisation
        quoted = lang == "de" and _quoted(toks, c_lo, c_hi)
        if quoted:
            # the label ends with its closing mark ("als „Spielball Kiews“ und erklärte ...")
            c_hi = _coordinated_labels_end(toks, next((k for k in range(c_lo + 1, c_hi) if toks[k].text in CLOSE_QUOTES),
                                                      c_hi), c_hi)
        s = _score(toks, c_lo, c_hi, lang)
        if quoted and s == 0 and t.lemma in ("nennen", "sehen"):
            s = -0.3     # a label in scare quotes ("nannte Klöckner eine „Polarisierungsunternehmerin“") is a jibe
            # (not "bezeichnete es als „Gamechanger“": a quoted term of the trade, often praise)
        if lang == "de" and t.lemma in NEG_ONLY_DE and (s > -0.25 or _assessed_state_de(toks, i, c_lo)):
            continue     # "hält es für wichtig", "sieht die Wahrscheinlichkeit als gering an": an assessment
        if s == 0 and lang == "en" and t.lemma == "call":
            quote = _quoted_label_en(toks, i)
            if quote is not None:
                # "called Ford's plans to open a $1.6 billion assembly plant in Mexico “an absolute disgrace”": the
                # quoted label after a long object is what the verb puts on it (news-dev4, 2026-11-27)
                c_lo, c_hi = quote
                lo, hi = min(lo, i), max(hi, c_hi - 1)
                s = _score(toks, c_lo, c_hi, lang)
        if s == 0:
            continue     # neutral: the triggers of the sentence decide as before
        out.append(lexicon.Hit(ACCUSE if s < 0 else SUPPORT, lo, hi, i))
    if lang == "en" and not out:
        out = reported_predications(toks, vocab) or _judged_en().find(toks, vocab)
    if lang == "de" and not out:
        out = _judged_de().find(toks, vocab)
    return out


@lru_cache(maxsize=1)
def _judged_en():
    """The judged_en module, imported on first use (it imports this module), as _judged_de."""
    from . import judged_en

    return judged_en


@lru_cache(maxsize=1)
def _judged_de():
    """The judged_de module, imported on first use (it scores with this module's lexicons, so it imports this
    module); cached, as an import statement in find() cost a lookup per German sentence."""
    from . import judged_de

    return judged_de


# A reported predication: "“He's a hater,” Trump said", "Clinton said that Islamic State violence against
# Yazidis ... is genocide", "“North Korea is a paranoid, isolated nation,” the senator told ABC". Put in a
# speaker's mouth, a negative predicate on a named party is that speaker's criticism (CAMEO 111, PLOVER ACCUSE
# disapprove); only negative ones count ("it is important to ..." praises nobody), only on a name or a personal
# pronoun as subject ("officials said the situation is dangerous" judges no party).
SPEECH_EN = {"say", "tell", "tweet", "write", "add", "insist", "declare", "argue", "contend", "told", "said",
             "says", "tweeted", "wrote", "added"}
COPULA_EN = {"is", "are", "was", "were", "'s", "’s", "'re", "’re"}
SUBJECT_PRONOUNS_EN = {"he", "she", "they", "you"}
MAX_PREDICATE = 8


_PREDICATION_WORDS = COPULA_EN | {"failed", "fails"}
_QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES | {"''", "``"}
_SPEECH_FORMS_EN = {"say", "says", "said", "saying", "tell", "tells", "told", "telling", "tweet", "tweets", "tweeted",
                    "write", "writes", "wrote", "written", "add", "adds", "added", "adding", "insist", "insists",
                    "insisted", "declare", "declares", "declared", "argue", "argues", "argued", "contend",
                    "contends", "contended"}


_PREPOSITIONS_EN = {"in", "at", "from", "for", "on", "with", "about", "near", "inside", "across", "over", "under"}


def _name_start(toks: list[Token], k: int) -> int:
    while k > 0 and toks[k - 1].text[:1].isupper() and toks[k - 1].text.isalpha():
        k -= 1
    return k


def _after_preposition(toks: list[Token], k: int) -> bool:
    if k > 0 and toks[k - 1].lower == "the":
        k -= 1
    return k > 0 and toks[k - 1].lower in _PREPOSITIONS_EN


def _in_phrase_of_other_head(toks: list[Token], k: int) -> bool:
    """The name ending at token k stands after a preposition ("the situation in Gaza is disastrous"), and no
    name heads the subject before it ("Islamic State violence against ... in the Middle East is genocide"):
    what is judged is no party. Not after "of": "the leaders of Hamas" are Hamas."""
    start = _name_start(toks, k)
    if not _after_preposition(toks, start):
        return False
    j = start - 1
    while j > 0 and toks[j].lower not in _SPEECH_FORMS_EN and toks[j].lower != "that":
        if toks[j].text[:1].isupper() and toks[j].text.isalpha():
            s = _name_start(toks, j)
            if not _after_preposition(toks, s):
                return False      # a name heads the subject: the party whose act is judged
            j = s
        j -= 1
    return True


# The words find() and reported_predications() ask a sentence's vocabulary about (tokens.vocabulary's ``among``).
ASKED = {lang: frozenset(_TRIGGER_LEMMAS[lang] | (_PREDICATION_WORDS | _SPEECH_FORMS_EN if lang == "en" else set()))
         for lang in ("de", "en")}


def reported_predications(toks: list[Token], vocab: set[str] | frozenset[str] | None = None) -> list[lexicon.Hit]:
    if vocab is not None and (_PREDICATION_WORDS.isdisjoint(vocab) or _SPEECH_FORMS_EN.isdisjoint(vocab)):
        return []      # (the forms and lemmas hold the forms: none of them, none of the forms)
    low = list(map(_LOWER, toks))
    if _PREDICATION_WORDS.isdisjoint(low) or _SPEECH_FORMS_EN.isdisjoint(low):
        return []      # most sentences: no copula or no speech verb (the check keeps the stage fast)
    verbs = [k for k, t in enumerate(toks) if (t.lemma in SPEECH_EN or t.lower in SPEECH_EN) and t.text[:1].islower()]
    if not verbs:
        return []
    out = []
    for c, t in enumerate(toks):
        if t.lower not in COPULA_EN or c == 0:
            continue
        subj = toks[c - 1]
        # "Ethiopia's transformation was a mirage": a noun that a named party's possessive governs
        owned = c >= 3 and subj.text.isalpha() and subj.text.islower() and toks[c - 2].lower in ("'s", "’s") \
            and toks[c - 3].text[:1].isupper()
        if not owned and subj.text.isalpha() and subj.text.islower():
            owned = _owned_with_topic(toks, c) or _name_modified(toks, c) or _party_headed(toks, c)
        if not (owned or subj.lower in SUBJECT_PRONOUNS_EN or (subj.text[:1].isupper() and subj.text.isalpha()
                                                               and subj.lower not in ("it", "this", "that", "there",
                                                                                      "what", "we", "i"))):
            continue
        if t.lower in ("'s", "’s") and subj.lower not in SUBJECT_PRONOUNS_EN:
            continue     # "the European Community's drastic farm reform": a possessive
        if not owned and subj.text[:1].isupper() and _in_phrase_of_other_head(toks, c - 1):
            continue     # "the situation in Gaza is disastrous": the name is not what is judged
        if c + 1 < len(toks) and toks[c + 1].lower in ("to", "being", "been", "said", "expected", "likely"):
            continue     # "is to visit", "was being held", "is said to": no predicate noun or adjective
        c_hi = _clause_end(toks, c + 1, c + 1 + MAX_PREDICATE)
        score = _score(toks, c + 1, c_hi, "en") if c_hi > c + 1 else 0
        v = min(verbs, key=lambda k: abs(k - c))
        if score > 0 and not owned and toks[c + 1].lower in ("not", "n't", "never") \
                and _denied_label(toks, c + 2, c_hi):
            # "Donald is not a racist," Walker said; "He is not a criminal," his lawyer said: denying a charge against a
            # named party or person in a speaker's mouth defends it (CAMEO 051, PLOVER SUPPORT; news-dev6, 2026-11-28);
            # "is not only a racist, but ..." charges twice
            out.append(lexicon.Hit(SUPPORT, min(v, c - 1), max(v, c_hi - 1), v))
            continue
        if score > 0 and subj.text[:1].isupper() and not owned and _praised_person(toks, c + 1, c_hi) and v < c - 1:
            # "Trump said Putin was a strong leader": a positive label on a named person or party, put in a speaker's
            # mouth, is praise (CAMEO 051, PLOVER SUPPORT); only a person noun after the article ("a great partner"),
            # not an assessment ("said Clinton was confident", "said the deal was good")
            out.append(lexicon.Hit(SUPPORT, v, c_hi - 1, v))
            continue
        if score >= 0:
            continue
        out.append(lexicon.Hit(ACCUSE, min(v, c - 1), max(v, c_hi - 1), v))
    for c, t in enumerate(toks[:-1]):
        # "Rubio said Obama failed to address public concerns": a reported failure of a named party
        if out or t.lower not in ("failed", "fails") or toks[c + 1].lower != "to" or c == 0:
            continue
        k = c - 1 if toks[c - 1].lower not in ("has", "have", "had") else c - 2
        if k > 0 and toks[k].text in _QUOTE_MARKS:
            k -= 1       # 'She said Rubio “has failed to do anything beyond ...'
        subj = toks[k] if k >= 0 else None
        if subj is None or not (subj.lower in SUBJECT_PRONOUNS_EN or (subj.text[:1].isupper() and subj.text.isalpha())):
            continue
        v = min(verbs, key=lambda j: abs(j - c))
        if v > k:
            continue     # the speaker's own failure ("Obama failed to ..., he said" is rare; "X said" comes first)
        c_hi = _clause_end(toks, c + 2, c + 2 + MAX_PREDICATE)
        out.append(lexicon.Hit(ACCUSE, v, max(v, c_hi - 1), v))
    return out


def _quoted_label_en(toks: list[Token], i: int) -> tuple[int, int] | None:
    """The quoted words within a dozen words after "called" and before any comma: (first, end) or None."""
    for q in range(i + 2, min(len(toks) - 1, i + 16)):
        if toks[q].text in (",", ";", ":", "."):
            return None
        if toks[q].text in ("“", "\""):
            end = next((k for k in range(q + 1, min(len(toks), q + 1 + MAX_COMPLEMENT))
                        if toks[k].text in ("”", "\"")), min(len(toks), q + 1 + MAX_COMPLEMENT))
            return (q + 1, end) if end > q + 1 else None
    return None


_TOPIC_PREP_EN = {"about", "on", "over", "toward", "towards", "regarding", "against"}


def _owned_with_topic(toks: list[Token], c: int) -> bool:
    """"Trump's comments about immigrants were intolerable": the possessed noun before a topic phrase of lower-case
    words is the subject the predicate judges (news-dev4, 2026-11-27)."""
    for p in range(c - 2, max(2, c - 5), -1):
        if toks[p].lower in _TOPIC_PREP_EN:
            head = toks[p - 1]
            return head.text.isalpha() and head.text.islower() and toks[p - 2].lower in ("'s", "’s") \
                and p >= 3 and toks[p - 3].text[:1].isupper() \
                and all(t.text.isalpha() and t.text.islower() for t in toks[p + 1:c])
        if not (toks[p].text.isalpha() and toks[p].text.islower()):
            return False
    return False


# what a party makes, says or does, so that judging it judges the party
_PARTY_PRODUCTS = {"report", "reports", "plan", "plans", "proposal", "proposals", "policy", "policies", "attack", "attacks",
                   "decision", "claim", "claims", "statement", "statements", "remarks", "comments", "ad", "ads",
                   "campaign", "rhetoric", "record", "response", "story", "stories", "tweet", "tweets", "speech",
                   "bill", "idea", "ideas", "strategy", "approach", "move", "actions", "conduct", "behavior",
                   "behaviour", "stance", "position", "agenda", "argument", "allegations", "accusations"}


def _name_modified(toks: list[Token], c: int) -> bool:
    """"said the AP report is misleading", "says Sanders' attack is ...": a noun right after a name (the possessive's
    apostrophe of a plural name is not kept as a token) that follows "the", "that" or the speech verb is the named
    party's, and the predicate judges that party (news-dev5, 2026-11-27)."""
    if c < 3 or toks[c - 1].lower not in _PARTY_PRODUCTS:
        return False     # "the U.S. economy is weak" judges an economy, no party's act or word
    name, before = toks[c - 2], toks[c - 3]
    return name.text[:1].isupper() and name.text.replace(".", "").isalpha() \
        and (before.lower in ("the", "that") or before.lower in _SPEECH_FORMS_EN)


# heads of a noun phrase that name a party or a body, so that a predicate on it judges a party ("these people are
# crazy", "the financial system was corrupt"; judged_en uses them too)
BODY_HEADS = {"government", "governments", "administration", "regime", "commission", "commissions", "committee",
               "council", "congress", "court", "courts", "agency", "department", "ministry", "police", "military",
               "army", "party", "parties", "establishment", "media", "press", "leadership", "leaders", "officials",
               "politicians", "people", "elites", "system", "company", "companies", "banks", "corporations",
               "candidates", "candidate", "president", "senator", "governor", "campaign", "aides", "critics",
               "opponents", "republicans", "democrats", "authorities", "organization", "group", "network", "state",
               "states", "country", "countries", "nation", "union", "movement"}


_NOT_LABEL = {"only", "just", "merely", "simply"}


def _denied_label(toks: list[Token], lo: int, hi: int) -> bool:
    """The words after "is not" are a negative label: an adjective ("not corrupt") or an article and up to two words
    ending in a negative noun ("not a racist", "not a threat"); not "not only ..., but", "not plotting to", "not
    confined to the scandal"."""
    if lo >= hi:
        return False
    k = lo + 1 if toks[lo].lower in ("a", "an") else lo
    for j in range(k, min(hi, k + 3)):
        t = toks[j]
        if not t.text[:1].isalpha() or t.lower.endswith(("ing", "ed")) or t.lower in _NOT_LABEL:
            return False
        if polarity(t.lower, t.lemma, "en") < 0:
            return True
        if j == lo and k == lo:
            return False     # no article: the label is the word right after the negator
    return False


def _party_headed(toks: list[Token], c: int) -> bool:
    """"said the financial system was corrupt", "these people are crazy", "said the plan was reckless": a determiner
    and up to three words before a head that names a party or a body (BODY_HEADS) or what a party makes or does
    (_PARTY_PRODUCTS) is a party, or its act, as subject (news-dev6, 2026-11-28)."""
    head = toks[c - 1].lower
    if head not in BODY_HEADS and head not in _PARTY_PRODUCTS:
        return False
    for k in range(c - 2, max(-1, c - 6), -1):
        w = toks[k].lower
        if w in ("the", "these", "those", "his", "her", "their", "its", "our", "this"):
            return True
        if not toks[k].text[:1].isalpha() or w in _SPEECH_FORMS_EN or w == "that":
            return False
    return False


_PRAISED_NOUNS_EN = {"leader", "partner", "friend", "ally", "man", "woman", "person", "president", "candidate",
                     "negotiator", "statesman", "champion", "hero", "patriot", "guy", "gentleman", "lady", "country",
                     "nation", "people", "neighbor", "neighbour"}


def _praised_person(toks: list[Token], lo: int, hi: int) -> bool:
    """The predicate is an article and a person (or state) noun with words of praise: "a strong leader", "a great
    friend of Israel", "a natural partner"."""
    return lo < hi and toks[lo].lower in ("a", "an") and any(toks[k].lower in _PRAISED_NOUNS_EN
                                                             for k in range(lo + 1, min(hi, lo + 4)))


def _frame(toks: list[Token], i: int, lang: str) -> tuple[int, int, int, int] | None:
    """(frame first, frame last, complement start, complement end) around the verb at i, or None."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if lang == "de" and (t.text[:1].isupper() and i > 0 or (t.lower.endswith(_ATTRIBUTIVE) and nxt is not None
                                                            and nxt.text[:1].isupper() and i > 0
                                                            and (toks[i - 1].lower in _DETERMINERS_DE or any(
                                                                toks[k].lower in ("als", "mit", "wie")
                                                                for k in range(max(0, i - 4), i))))):
        # a noun ("die Bezeichnung") or an attribute ("die beschriebene Verbreitung"); not the finite verb before
        # its object ("Merkel bezeichnete Wulff als ...")
        return None
    if lang == "en" and t.lemma in NOUN_HOMOGRAPHS_EN and t.lower == t.lemma:
        return None      # "a second term as president", "the call", "a brand": nouns
    if nxt is not None and nxt.lower in REFLEXIVE:
        return None      # "bezeichnete sich als Sieger", "described himself as": no recipient judged
    end = _clause_end(toks, i + 1, i + 1 + lexicon.GAP_PARTICLE)     # "als" may close a long middle field
    obj = i
    if lang == "de":
        end = _past_brackets_de(toks, end, i + 1 + lexicon.GAP_PARTICLE)
        obj, end = _past_apposition_de(toks, i, end, i + 1 + lexicon.GAP_PARTICLE)
    start = _clause_start(toks, i)
    lem = t.lemma
    if lang == "de" and (lem in AS_VERBS[lang] or lem in COMPARE[lang] or lem in NEG_ONLY_DE):
        words = {NEG_ONLY_DE[lem]} if lem in NEG_ONLY_DE else {AS_WORD[lang]} if lem in AS_VERBS[lang] \
            else COMPARE_PREP[lang]
        # verb-final or participle first: "wurde Deutschland als „Wertediktatur“ bezeichnet und das Kalifat als
        # „die Lösung“" judges what stands before the verb; the "als" after it belongs to the next conjunct
        before = next((k for k in range(i - 1, start - 1, -1) if toks[k].lower in words), None)
        if before is not None and before < i - 1:
            return start, i, before + 1, i
        after = next((k for k in range(i + 1, end) if toks[k].lower in words), None)
        if after is not None:
            c_hi = min(end, after + 1 + MAX_COMPLEMENT)
            return i, c_hi - 1, after + 1, c_hi
        if lem == "bezeichnen":
            return _quote_frame_de(toks, i, end)     # "bezeichnete Heusgen „eine Unverschämtheit, ...“"
        if lem == "sehen":
            return _seen_in_de(toks, i, end)      # "sieht in dem Gesetz eine Benachteiligung", "sieht darin eine ..."
        return None
    if lem in AS_VERBS[lang] or lem in COMPARE[lang]:
        words = {AS_WORD[lang]} if lem in AS_VERBS[lang] else COMPARE_PREP[lang]
        after = next((k for k in range(i + 1, end) if toks[k].lower in words), None)
        if after is not None:
            c_hi = min(end, after + 1 + MAX_COMPLEMENT)
            return i, c_hi - 1, after + 1, c_hi
        if lang == "de":
            # verb-final or participle: "... als Lüge bezeichnet", "mit Hitler verglich"
            before = next((k for k in range(i - 1, start - 1, -1) if toks[k].lower in words), None)
            if before is not None and before < i - 1:
                return start, i, before + 1, i
            return None
        if lem in OBJECT_VERBS_EN:
            return _object_frame_en(toks, i, end)
        return None
    if lem == "call":
        appos = _apposition_en(toks, i, end)
        if appos is not None:
            return appos
        return _object_frame_en(toks, i, end)
    if lem in ("sprechen", "schreiben"):
        # "sprach von einem Skandal", "sprach von Völkermord", "spricht von „Manipulation“", "spricht öffentlich
        # von Manipulation" (an adverb or two before "von"); written the same way ("schrieb auf Facebook von einer
        # unfassbaren Tat", dev7: where it was said, a preposition and a name or two, may stand before "von")
        v = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k].lower == "von"
                  and all(x.text.isalpha() and x.text.islower() for x in toks[i + 1:k])), None)
        if v is None and i + 1 < len(toks) and toks[i + 1].lower in _WHERE_SAID_DE:
            v = next((k for k in range(i + 2, min(len(toks), i + 5)) if toks[k].lower == "von"
                      and all(x.text.isalpha() for x in toks[i + 2:k])), None)
        if v is None and lem == "schreiben":
            return None
        if v is None:
            if toks[start].lower == "von" and start + 1 < i - 1 and lang == "de":
                # fronted: "Von „absichtlicher“ oder „mutwilliger Täuschung“ sprechen Medienberichte", "Von einem
                # Skandal spricht die Opposition"
                return start, i, start + 1, i
            return None
        k = v + 2 if v + 2 < len(toks) and toks[v + 1].text in OPEN_QUOTES else v + 1
        if k < len(toks) and (
                toks[k].lower in INDEFINITE_DE or toks[k].text[:1].isupper()):
            c_hi = min(end, k + 6)
            return i, c_hi - 1, k, c_hi
        return None
    if lem == "nennen":
        # "nannte Shultz einen wahren Patrioten": an indefinite article after the object (not right after
        # the verb: "nannte einen Grund" names something); verb-final "... X einen Verräter nannte"
        art = next((k for k in range(i + 2, end) if toks[k].lower in INDEFINITE_DE), None)
        if art is not None and _inside_quote(toks, obj + 2, art):
            art = None      # the article inside the quoted label ("„überflüssig wie ein Kropf“"): the quote judges
        if art is not None:
            c_hi = min(end, art + 1 + MAX_COMPLEMENT)
            return i, c_hi - 1, art + 1, c_hi
        art = next((k for k in range(i - 1, start, -1) if toks[k].lower in INDEFINITE_DE), None)
        if art is not None and art > start + 1 and art < i - 1:
            return start, i, art + 1, i
        frame = _quote_frame_de(toks, obj, end)     # "nannte die Kundgebung „schwer erträglich“"
        return (i,) + frame[1:] if frame is not None else None
    return None


def _inside_quote(toks: list[Token], lo: int, k: int) -> bool:
    """toks[k] stands inside a quotation opened after lo and not closed before k (not after "im „Tagesspiegel“")."""
    inside = False
    for t in toks[lo:k]:      # forwards: "“" closes a German quotation and opens an English one
        if inside and t.text in CLOSE_QUOTES:
            inside = False
        elif not inside and t.text in OPEN_QUOTES:
            inside = True
    return inside


_WHERE_SAID_DE = {"auf", "in", "im", "bei", "beim", "gegenüber"}


def _seen_in_de(toks: list[Token], i: int, end: int) -> tuple[int, int, int, int] | None:
    """"sieht in dem Gesetz eine Benachteiligung und Rechtsverletzung", "sah darin einen Affront" (dev5, 2026-11-27):
    "in X" or "darin" right after the verb and its subject, then an indefinite article: what follows the article is
    the judgement (NEG_ONLY_DE: only a negative one codes; "sieht darin eine Chance" is an assessment)."""
    p = next((k for k in range(i + 1, min(end, i + 5)) if toks[k].lower in ("in", "im", "darin")), None)
    if p is None:
        return None
    art = next((k for k in range(p + 1, min(end, p + 7)) if toks[k].lower in INDEFINITE_DE), None)
    if art is None or art + 1 >= end:
        return None
    c_hi = min(end, art + 1 + MAX_COMPLEMENT)
    return i, c_hi - 1, art + 1, c_hi


def _quote_frame_de(toks: list[Token], i: int, end: int) -> tuple[int, int, int, int] | None:
    """German verb, its object, then a quoted predicate without article or "als" ("nannte die Kundgebung „schwer
    erträglich“"): the quotation, up to its closing mark, is the characterisation."""
    q = next((k for k in range(i + 2, min(end, i + 8)) if toks[k].text in OPEN_QUOTES), None)
    if q is None or q + 1 >= len(toks) or toks[q - 1].lower in _DETERMINERS_DE | _POSSESSIVES_DE \
            or any(t.lower == "als" for t in toks[i + 1:end]):
        return None      # "nennt ihre „Spiritual Guide“ Victoria Young als Einfluss": the quote is the object
    close = next((k for k in range(q + 1, min(len(toks), q + 1 + MAX_COMPLEMENT)) if toks[k].text in CLOSE_QUOTES),
                 None)
    c_hi = close if close is not None else min(len(toks), q + 1 + MAX_COMPLEMENT)
    return i, c_hi - 1, q + 1, c_hi


def _apposition_en(toks: list[Token], i: int, end: int) -> tuple[int, int, int, int] | None:
    """"called Clinton, his Democratic presidential challenger, an ISIS co-founder": a name as the object,
    an apposition between commas, then the predicate with its article."""
    if not (end == i + 2 < len(toks) and toks[end].text == "," and toks[i + 1].text[:1].isupper()):
        return None
    close = next((k for k in range(end + 2, min(len(toks) - 1, end + 9)) if toks[k].text == ","), None)
    if close is None or toks[close + 1].lower not in ("a", "an", "the") \
            or any(t.text in lexicon.CLAUSE_BREAKS for t in toks[end + 1:close]):
        return None
    c_hi = _clause_end(toks, close + 1, close + 1 + MAX_COMPLEMENT)
    return i, c_hi - 1, close + 1, c_hi


def _object_frame_en(toks: list[Token], i: int, end: int) -> tuple[int, int, int, int] | None:
    """"called Bush a liar", "branded them terrorists", "called it a victory": an object, then the
    predicate noun phrase; not "called for", "called on", "called a meeting" (a single object)."""
    if i + 1 >= len(toks) or toks[i + 1].lower in CALL_NOT or (i > 0 and toks[i - 1].lower in ("so", "so-called")):
        return None
    if toks[i].lower.startswith("so-"):
        return None
    # the object: a pronoun or a name/noun phrase up to the second determiner or a bare predicate noun
    k = i + 1
    if toks[k].lower in ("him", "her", "it", "them", "this", "that", "me", "us", "himself", "themselves"):
        c_lo = k + 1
    else:
        # skip the object noun phrase: determiners, adjectives and capitalised words
        c_lo = None
        for j in range(k + 1, min(end, k + 6)):
            if toks[j].lower in ("a", "an", "the"):
                c_lo = j
                break
        if c_lo is None:
            c_lo = k + 1     # "branded the protesters terrorists", "called the move illegal"
    if c_lo >= end:
        return None
    c_hi = min(end, c_lo + MAX_COMPLEMENT)
    return i, c_hi - 1, c_lo, c_hi
