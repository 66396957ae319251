"""Words of a sentence with their lemmas (simplemma), for trigger and actor matching."""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

import simplemma

# "Sudan's" is two tokens, so that the name and the possessive each match on their own.
_WORD = re.compile(r"\w++(?:[-.]\w++|(?<=\d),\d{3}(?!\d))*+(?:['’](?![sS]\b)\w++)*+\.?|['’][sS]\b|[,;:()\"“”„«»–—$€£]"
                   r"|(?<!\S)--(?!\S)", re.UNICODE)
# Two hyphens standing alone between spaces ("The commission -- which has led the opposition -- urged", wire text)
# are a typed dash: the token "—", so that they break clauses as a dash does (a single spaced hyphen is also a
# score, a range or a list bullet: "won 2 - 1", "- Trade talks between ...").
_TYPED_DASH = {"--"}
# A number with thousands separators ("11,491") is one word, so that a gap ("accept .. refugees") passes it.
# A trailing dot belongs to a word only in abbreviations such as "U.S." or "U.N.".
# The quantifiers are possessive (++, *+): what follows each part can never match a word character, and every later
# part is optional, so the greedy match is always the match; the engine then keeps no states to backtrack into
# (the tokenizer reads every sentence of a page: about a tenth less time in the regex).
_ABBREV = re.compile(r"(?:[A-Z]\.){2,}$")


class Token(NamedTuple):
    """A word (or punctuation mark) of a sentence.  A named tuple, not a
    dataclass: the stage makes one per word of every sentence, and a frozen
    dataclass is several times slower to build."""
    start: int
    end: int
    text: str
    lower: str
    lemma: str


# Forms whose dictionary lemma would make a false trigger ("according" -> "accord").
KEEP_FORM = {"en": {"according", "given", "forces", "further", "following", "based", "saying", "including"},
             "de": {"angaben", "zufolge"}}


# Forms simplemma leaves unreduced or reduces wrongly, so that a trigger lemma misses them:
# irregular pasts ("broke off relations"), British doubled consonants ("cancelled" -> "cancell")
# and -ing forms it takes for nouns ("cutting aid", "closing the border", "ending the blockade").
LEMMA_FIX = {"en": {"broke": "break", "cancelled": "cancel", "cancelling": "cancel", "travelling": "travel",
                    "signalled": "signal", "signalling": "signal", "labelled": "label", "modelled": "model",
                    "cutting": "cut", "closing": "close", "ending": "end", "freezing": "freeze",
                    "buying": "buy", "selling": "sell", "finding": "find", "undertaking": "undertake",
                    "slew": "slay", "bade": "bid", "pled": "plead", "swore": "swear", "lodging": "lodge",
                    "filing": "file", "burning": "burn", "ruling": "rule", "trading": "trade",
                    "thanked": "thank", "thanking": "thank", "assailed": "assail", "developed": "develop",
                    "extolled": "extol", "extolling": "extol", "lambasted": "lambast", "lambasting": "lambast",
                    "setting": "set", "siding": "side", "scaling": "scale"},
             "de": {"brach": "brechen", "brachen": "brechen"}}     # "brach die Beziehungen ab"


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    low = word.lower()
    if low in KEEP_FORM.get(lang, ()):
        return low
    fixed = LEMMA_FIX.get(lang, {}).get(low)
    if fixed:
        return fixed
    out = simplemma.lemmatize(word, lang=lang).lower()
    if lang == "de" and out == low and word[:1].islower():
        return _participle_de(low)
    return out


_INSEPARABLE = ("be", "ent", "er", "ver", "zer", "miss", "über", "unter", "hinter", "wider")
_IERT = ("iert", "ierte", "ierten", "iertes", "ierter", "iertem", "ierend", "ierende", "ierenden")


def _participle_de(low: str) -> str:
    """German participles simplemma leaves as they are, to their infinitive: "-iert" verbs
    ("bombardiert", "evakuierten" -> "bombardieren", "evakuieren") and participles with an
    inseparable prefix, which take no "ge-" ("entführt" -> "entführen", "verhaftet" -> "verhaften",
    "erobert" -> "erobern")."""
    for end in _IERT:
        if low.endswith(end) and len(low) > len(end) + 2:
            return low[:-len(end)] + "ieren"
    if low.startswith(_INSEPARABLE) and len(low) > 6 and low.endswith("t") and not low.endswith("st"):
        stem = low[:-2] if low.endswith("et") else low[:-1]
        return stem + ("n" if stem.endswith(("er", "el")) else "en")
    return _ge_participle_de(low)


_GE_PARTICLES = ("", "ab", "an", "auf", "aus", "ein", "fest", "frei", "vor", "nach", "zurück", "zu", "mit", "los",
                 "bei", "weg", "hin", "her", "um", "nieder")


def _ge_participle_de(low: str) -> str:
    """Weak "ge-...-t" participles simplemma leaves as they are ("gefoltert", "gebrandmarkt", "gedankt",
    "abgedankt") to their infinitive, where that is a verb simplemma knows ("foltern", "abdanken")."""
    if not low.endswith("t") or low.endswith("st") or len(low) < 7:
        return low
    for p in _GE_PARTICLES:
        if not low.startswith(p + "ge"):
            continue
        stem = low[len(p) + 2:-2] if low.endswith("et") and not low.endswith(("iet", "uet")) else low[len(p) + 2:-1]
        if len(stem) < 3:
            continue
        inf = p + stem + ("n" if stem.endswith(("er", "el")) else "en")
        if simplemma.is_known(inf, lang="de") and simplemma.lemmatize(inf, lang="de").lower() == inf:
            return inf
    return low


class Word(NamedTuple):
    """A word as the tokenizer reads it, without its place in the text: what the trigger lexicon and the
    characterisation frames read of a sentence (``text``, ``lower``, ``lemma``, as a Token has them)."""
    length: int
    text: str
    lower: str
    lemma: str


# Raw word (as the regex matched it) -> its Word, per language, or None for a match that leaves
# no word.  News repeats its words: building a token is then one dict lookup.
_FORMS: dict[str, dict[str, Word | None]] = {}
_FORMS_MAX = 200_000


def _form(raw: str, lang: str) -> Word | None:
    word = raw
    if word in _TYPED_DASH:
        return Word(len(word), "—", "—", "—")
    if word[-1] == "." and not _ABBREV.match(word):
        word = word[:-1]
        if not word:
            return None
    # _FORMS is the cache: the uncached lemma() keeps lru_cache's bookkeeping objects off the heap
    return Word(len(word), word, word.lower(), lemma.__wrapped__(word, lang) if word[0].isalnum() else word)


def _forms(lang: str) -> dict[str, Word | None]:
    forms = _FORMS.get(lang)
    if forms is None or len(forms) > _FORMS_MAX:
        forms = _FORMS[lang] = {}
    return forms


_GROUP = re.Match.group
_START = re.Match.start


def words(text: str, lang: str, start: int = 0,
          end: int | None = None) -> tuple[list[re.Match], list[Word], list[str]]:
    """The sentence's words (as ``tokenize`` has them), the regex matches they come from (for ``tokens``)
    and the matched strings (the trigger lexicon's English plans are cached by them).  Most sentences name
    no trigger: looking them up needs only the words, which come from the cache without a line of Python
    per word; only a sentence with a trigger gets its Tokens."""
    end = len(text) if end is None else end
    forms = _forms(lang)
    matches = list(_WORD.finditer(text, start, end))
    raws = list(map(_GROUP, matches))
    found = list(map(forms.get, raws))
    if None in found:        # a word not seen yet, or a match that leaves no word
        for k, f in enumerate(found):
            if f is None:
                raw = raws[k]
                # (a word met twice in the sentence is in the cache by its second time)
                found[k] = forms[raw] if raw in forms else forms.setdefault(raw, _form(raw, lang))
        if None in found:
            kept = [k for k, f in enumerate(found) if f is not None]
            matches, found, raws = [matches[k] for k in kept], [found[k] for k in kept], [raws[k] for k in kept]
    return matches, found, raws


_LOWER = attrgetter("lower")
_LEMMA = attrgetter("lemma")


def vocabulary(found: list[Word] | list[Token]) -> set[str]:
    """The forms and lemmas of a sentence's words: the trigger lexicon's longer patterns test the words they need
    against it (the stage has a smaller one from scan.scan, of the words the rules ask about)."""
    out = set(map(_LOWER, found))
    out.update(map(_LEMMA, found))
    return out


def tokens(matches: list[re.Match], found: list[Word]) -> list[Token]:
    """The Tokens of the words ``words`` gave: the same as ``tokenize`` of that sentence."""
    new = tuple.__new__
    return [new(Token, (s, s + f[0], f[1], f[2], f[3])) for s, f in zip(map(_START, matches), found)]


def tokenize(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    forms = _forms(lang)
    out = []
    append = out.append          # the stage tokenizes every sentence: keep the loop lean
    get = forms.get
    new = tuple.__new__          # Token(...) without the named tuple's Python-level __new__
    for m in _WORD.finditer(text, start, end):
        raw = m.group()
        f = get(raw)
        if f is None:
            if raw in forms:
                continue
            f = forms[raw] = _form(raw, lang)
            if f is None:
                continue
        s = m.start()
        append(new(Token, (s, s + f[0], f[1], f[2], f[3])))
    return out
