"""Document-level consistency for entities found sentence by sentence.

The model tags each sentence alone, so one article may call a name PER in one
sentence and ORG in the next, or miss it where the context is thin.  After the
per-sentence model and gazetteer, three switchable steps use the whole document:

- ``vote``: a surface string tagged with different labels takes its majority
  label (by count; the model gives no usable confidence).  Gazetteer-linked
  mentions (with a kb_id) count but keep their own label.
- ``propagate``: an untagged exact occurrence (same case, whole tokens) of a
  name tagged elsewhere in the document is tagged too.  Common words are kept
  out: a single-token name must not be a stopword and must not occur in
  lowercase in the same document.  By default only multi-token names and PER
  name parts spread: single-token names the model tagged once are too often
  its own errors, which spreading multiplies.
- ``person_parts``: the last (or first: "Kim" of "Kim Jong Un") token of a
  multi-token PER is PER where it stands alone, tagged or untagged.
- ``common_initials`` (English): a one-word name at a sentence's start that the
  raw news text writes mostly in lowercase ("Afterward", "Interim", "STAFF"),
  that the gazetteer does not know and that the document never capitalises
  inside a sentence, is dropped (``casing.py``).

Choices and scores (CoNLL eng.testa, per part): see the English model card.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import itemgetter

from .gazetteer import tokenize

CharSpan = tuple[int, int, str, "str | None"]      # start, end, label, kb_id


@dataclass(frozen=True)
class DocumentPass:
    """The pass as the stage runs it; the defaults are the parts that helped on CoNLL eng.testa
    (voting cost 0.1-0.2 F1 there in every variant: sports tables and datelines name a city as
    LOC and its team as ORG in one article, so a differing label is often right)."""
    vote: bool = False
    propagate: bool = True
    person_parts: bool = True
    vote_min_share: float = 0.5         # the majority label's share must exceed this
    vote_all_caps: bool = True          # False: all-caps strings (headlines, tables) keep their labels
    part_which: str = "last"            # first | last | both tokens of a PER name
    propagate_single: bool = False      # True: single-token names spread too (Sportback, Temu: model errors multiplied)
    sentence_initial: bool = True       # False: single tokens never spread to a sentence's first word
    common_initials: float | None = 0.7  # English: lowercase share above which a one-word initial name goes; None: off
    page_rules: bool = True             # page/: firms, acronyms of common nouns, planets, first names

    def __call__(self, text: str, sentence_starts: list[int], entities: list[CharSpan],
                 lang: str | None = None, tokens: list[tuple[int, int]] | None = None,
                 words: list[str] | None = None) -> list[CharSpan]:
        """``tokens``: ``gazetteer.tokenize(text)`` when the caller has them already, and ``words`` their texts."""
        ents = [list(x) for x in entities]
        context = None
        if self.common_initials is not None and lang == "en":
            context = _Context(text, sentence_starts, lang, tokens, words)
            ents = drop_common_initials(context, ents, self.common_initials)
        if self.vote:
            vote_labels(text, ents, self.vote_min_share, self.vote_all_caps)
        if self.propagate or self.person_parts:
            context = context or _Context(text, sentence_starts, lang, tokens, words)
            if self.person_parts:
                relabel_person_parts(context, ents, self.part_which)
            if self.propagate:
                ents += propagate_names(context, ents, self.part_which if self.person_parts else None,
                                        self.propagate_single, self.sentence_initial)
        if self.page_rules and lang in ("de", "en"):
            from . import page

            context = context or _Context(text, sentence_starts, lang, tokens, words)
            ents = page.apply(text, ents, lang, context)
        return sorted((tuple(x) for x in ents), key=lambda x: (x[0], x[1]))


# A capitalised word right after one of these is inside a sentence: a name's place, not a sentence's start.
def _inside(prev: str) -> bool:
    return prev == "," or prev.islower()


def drop_common_initials(context: "_Context", ents: list[list], min_share: float) -> list[list]:
    """The entities without one-word names at a sentence's or a quotation's start that are common words: the raw news
    text (``casing.py``) writes the word in lowercase in more than ``min_share`` of its lowercase and
    mid-sentence capitalised uses, the gazetteer does not know it (in title case: "DUBAI"), and the
    document never capitalises it after a lowercase word or a comma ("... said Long")."""
    from .gazetteer import load as load_gazetteer
    from .model import load_casing

    table = load_casing("en")
    if not table or not context.initial:
        return ents
    initial = {context.tokens[i]: i for i in context.initial | _quotation_initials(context)}
    keep = []
    for x in ents:
        i = initial.get((x[0], x[1])) if x[3] is None else None
        if i is not None:
            word = context.words[i]
            counts = table.get(word.lower())
            if counts is not None and word.isalpha() and counts[0] > min_share * (counts[0] + counts[1]) \
                    and not _score_line(context, i):
                forms = {word, word.title()}
                gaz = load_gazetteer()
                named = any(gaz.lookup(f) is not None for f in forms) or any(
                    j and j not in context.initial and _inside(context.words[j - 1])
                    for f in forms for j in context.index.get(f, ()))
                if not named:
                    continue
        elif x[3] is None and (i := context.start_of.get(x[0])) is not None and i in context.initial:
            _trim_common_initial(context, x, i, table)
        keep.append(x)
    return keep


_OPENING_QUOTES = frozenset({"“", '"', "‘"})


def _quotation_initials(context: "_Context") -> set[int]:
    """The first word of a quotation inside a sentence ('wrote on his blog, “Sacrifice is necessary to retire
    early ...”'): capitalised because the quoted sentence starts there, as a sentence's first word is."""
    words = context.words
    return {i for i in range(1, len(words)) if words[i][:1].isupper() and (
        words[i - 1] in _OPENING_QUOTES and (i < 2 or words[i - 2] in (",", ":"))
        # a round bracket's first word is capitalised as a sentence's is ('for $169.99 (Originally $200)',
        # '(Turquoise, Yellow, or Gray)'): the same check of the word's casing decides
        # (not a word in capitals: an abbreviation or a ticker, '(LOW) stock is off too')
        or words[i - 1] == "(" and not words[i].isupper())}


# Lowercase share in the raw news text above which a sentence's first word is no part of a name
# that runs on ("Chasing Instagram", "Maybe Instagram": the capital is the sentence's); "New",
# "First", "Little", "Young" (0.51-0.97) open names too often ("First Solar", "Little Rock").
_COMMON_OPENER_SHARE = 0.97
_COMMON_OPENER_MIN_COUNT = 5


def _trim_common_initial(context: "_Context", x: list, i: int, table: dict[str, tuple[int, int]]) -> None:
    """Start the name ``x``, found at a sentence's first word, one word later when that word is a
    common word (``_COMMON_OPENER_SHARE``) that the document never capitalises inside a sentence,
    the gazetteer knows neither it nor the whole name, and the page names the rest alone too."""
    from .gazetteer import load as load_gazetteer

    words, tokens = context.words, context.tokens
    word = words[i]
    if i + 1 >= len(words) or tokens[i + 1][0] >= x[1] or not words[i + 1][:1].isupper() or not word.isalpha():
        return
    low, cap = table.get(word.lower(), (0, 0))
    if low + cap < _COMMON_OPENER_MIN_COUNT or low <= _COMMON_OPENER_SHARE * (low + cap):
        return
    gaz = load_gazetteer()
    name, rest = context.text[x[0]:x[1]], context.text[tokens[i + 1][0]:x[1]]
    if gaz.lookup(name) is not None or gaz.lookup(word) is not None or any(
            j and j not in context.initial and _inside(words[j - 1]) for j in context.index.get(word, ())):
        return
    # only where the page names the rest on its own too ("Dempsey" beside "Because Dempsey"):
    # "Live Nation", "Whole Foods" open with a common word and are named whole every time; a
    # word for someone's standing ("Former National Security Council official") opens no name
    if word.lower() in _STANDING_WORDS or len(context.occurrences(rest)) > len(context.occurrences(name)):
        x[0] = tokens[i + 1][0]


_STANDING_WORDS = frozenset({"former", "acting", "interim", "outgoing", "incoming", "longtime", "then"})


def _score_line(context: "_Context", i: int) -> bool:
    """"Arsenal 2 Derby 2", "Reading 0 Port Vale 1", "Hearts 15 5 6 4": a results or table line, where a
    club opens the line before its numbers (not "Roughly 14 supporters", one number in a sentence)."""
    words = context.words
    if i + 1 >= len(words) or not words[i + 1][:1].isdigit():
        return False
    end = min((j for j in context.initial if j > i), default=len(words))
    return sum(1 for w in words[i + 1:end] if w[:1].isdigit()) >= 2


def vote_labels(text: str, ents: list[list], min_share: float = 0.5, all_caps: bool = True) -> None:
    """Every mention of a surface string without a kb_id takes the string's majority label."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for s, e, lab, _ in ents:
        votes[text[s:e]][lab] += 1
    for x in ents:
        counts = votes[text[x[0]:x[1]]]
        if len(counts) < 2 or x[3] is not None or (not all_caps and text[x[0]:x[1]].isupper()):
            continue
        best, n = counts.most_common(1)[0]
        if n > min_share * sum(counts.values()):      # a tie says nothing
            x[2] = best


@lru_cache(maxsize=50_000)
def name_words(name: str) -> tuple[str, ...]:
    """The words of an entity's text (cached: each pass asks for them several times per name)."""
    return tuple(name[s:e] for s, e in tokenize(name))


class _Context:
    """The document's tokens, sentence starts and word forms, computed once.

    Built for every document with entities, so only what is cheap to build in bulk
    is built here: the set of word forms (for the lowercase test) and the token
    that starts at each offset; the index of each word's tokens, which only the
    English common-initials step asks for, when it is first asked for."""

    def __init__(self, text: str, sentence_starts: list[int], lang: str | None,
                 tokens: list[tuple[int, int]] | None = None, words: list[str] | None = None):
        self.text = text
        self.sentence_starts = sorted(set(sentence_starts))
        self.tokens = tokenize(text) if tokens is None else tokens
        self.words = [text[s:e] for s, e in self.tokens] if tokens is None or words is None else words
        # token start -> its index (the tokens are disjoint and none is empty: one token per start)
        self.start_of = dict(zip(map(itemgetter(0), self.tokens), range(len(self.tokens))))
        self.word_set = set(self.words)
        # the first word token of a sentence (after quotes or dashes), for sentences that
        # start on a token; found from each sentence start, not by a walk over all tokens
        self.initial: set[int] = set()
        for start in set(sentence_starts):
            i = self.start_of.get(start)
            if i is not None:
                while i < len(self.words) and not self.words[i][0].isalnum():
                    i += 1
                if i < len(self.words):
                    self.initial.add(i)
        self.stopwords = stopwords(lang)

    @cached_property
    def index(self) -> dict[str, list[int]]:
        """word -> the indices of its tokens."""
        index: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(self.words):
            index[w].append(i)
        return index

    def is_common_word(self, word: str) -> bool:
        """A stopword, or a word the document writes in lowercase."""
        low = word.lower()
        return low in self.stopwords or (low in self.word_set and low.islower())

    def occurrences(self, name: str) -> list[tuple[int, int, int]]:
        """(first token, start, end) of each exact occurrence of ``name`` on token boundaries:
        where the text has ``name`` from a token's start to a token's end and the tokens there
        are the name's words (found by a search of the text, not of an index of all words)."""
        parts = list(name_words(name))
        if not parts:
            return []
        out = []
        text, words, tokens, start_of = self.text, self.words, self.tokens, self.start_of
        n, size = len(parts), len(name)
        s = text.find(name)
        while s != -1:
            i = start_of.get(s)
            if i is not None and words[i:i + n] == parts and tokens[i + n - 1][1] == s + size:
                out.append((i, s, s + size))
            s = text.find(name, s + 1)
        return out


def propagable(context: _Context, name: str) -> bool:
    """A name worth tagging wherever it occurs: capitalised, not a common word."""
    if len(name) < 2 or not name[0].isupper():
        return False
    words = name_words(name)
    if len(words) == 1:
        return not context.is_common_word(name)
    return any(w[0].isupper() and not context.is_common_word(w) for w in words)


def propagate_names(context: _Context, ents: list[list], person_parts: str | None = None,
                    single_tokens: bool = True, sentence_initial: bool = False) -> list[list]:
    """Untagged occurrences of names tagged elsewhere, longest names first."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for s, e, lab, _ in ents:
        name = context.text[s:e]
        if single_tokens or len(name_words(name)) > 1:
            labels[name][lab] += 1
    if person_parts:
        for part in person_part_names(context, ents, person_parts):
            labels[part]["PER"] += 1
    taken = [(x[0], x[1]) for x in ents]
    # The characters the taken spans cover, for the overlap test (a scan of ``taken`` per
    # occurrence where a span is empty or reversed, which covers no character but may overlap).
    covered = None
    if all(ts < te for ts, te in taken):
        covered = bytearray(len(context.text) + 1)
        for ts, te in taken:
            covered[ts:te] = b"\x01" * (te - ts)
    added: list[list] = []
    for name in sorted(labels, key=len, reverse=True):
        if not propagable(context, name):
            continue
        label = labels[name].most_common(1)[0][0]
        single = len(name_words(name)) == 1
        for i, s, e in context.occurrences(name):
            if single and not sentence_initial and i in context.initial:
                continue
            if covered is not None:
                if covered.find(1, s, e) != -1:
                    continue
                covered[s:e] = b"\x01" * (e - s)
            elif any(ts < e and s < te for ts, te in taken):
                continue
            added.append([s, e, label, None])
            taken.append((s, e))
    return added


def person_part_names(context: _Context, ents: list[list], which: str = "both") -> set[str]:
    """First and/or last tokens (``which``) of multi-token PER names that look like names.

    A PER span with a common word or a lowercase hyphen part in it ("Insein
    Prison", "Ontario-based Magna") is more likely a model error than a person,
    so it lends no parts.  When the first token alone is tagged PER elsewhere
    ("Lebed" beside "Lebed Chechnya") the last token is no surname of it, unless it is tagged PER
    alone too ("Gordon" and "Sondland" beside "Gordon Sondland").
    """
    standalone_per = {context.text[s:e] for s, e, lab, _ in ents if lab == "PER"}
    standalone = {context.text[s:e] for s, e, _lab, _ in ents}
    parts = set()
    for s, e, lab, _ in ents:
        if lab != "PER":
            continue
        name = context.text[s:e]
        words = name_words(name)
        if len(words) < 2 or not all(_looks_like_name_word(context, w) for w in words):
            continue
        candidates = []
        if which in ("first", "both"):
            candidates.append(words[0])
        if which in ("last", "both") and (words[0] not in standalone_per or words[-1] in standalone_per
                                          or (words[-1] in standalone and _is_first_name(words[0]))):
            # ("Lebed" alone beside "Lebed Chechnya": no surname; "John" alone beside "John M. Ford",
            # a first name, is the person's first name, and "Ford", tagged alone as ORG, the surname)
            candidates.append(words[-1])
        for w in candidates:
            if len(w) > 1 and w[0].isupper() and w.isalpha():
                parts.add(w)
    return parts


def _is_first_name(word: str) -> bool:
    """A first name of the first-name list (``features.first_names``)."""
    from .features import gazetteer_flags

    return "first" in gazetteer_flags().get(word, ())


def _looks_like_name_word(context: _Context, word: str) -> bool:
    """Capitalised (every hyphen part), an initial, or a short lowercase particle (van, de, bin)."""
    if word in NAME_PARTICLES or word in ".-'":
        return True
    pieces = [p for p in word.replace("'", "-").split("-") if p]
    return bool(pieces) and all(p[0].isupper() for p in pieces) and not context.is_common_word(word)


# Lowercase words inside personal names.
NAME_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "del", "la", "le", "du", "bin", "ben", "al", "el",
                  "dos", "das", "ter", "zu", "y"}


def relabel_person_parts(context: _Context, ents: list[list], which: str = "both") -> None:
    """A tagged single-token mention that is part of a PER name in the document becomes PER.

    Gazetteer-linked mentions too ("Jordan" of "Neil Jordan" is no country; the
    kb_id goes): that is how it was scored, since scoring on gold tokens keeps no kb_id.
    """
    parts = person_part_names(context, ents, which)
    for x in ents:
        if x[2] != "PER" and context.text[x[0]:x[1]] in parts:
            x[2], x[3] = "PER", None


@lru_cache(maxsize=None)
def stopwords(lang: str | None) -> frozenset[str]:
    """spaCy's stopword list for ``lang`` (empty for languages without one here)."""
    try:
        if lang == "en":
            from spacy.lang.en.stop_words import STOP_WORDS
        elif lang == "de":
            from spacy.lang.de.stop_words import STOP_WORDS
        else:
            return frozenset()
    except ImportError:
        return frozenset()
    return frozenset(STOP_WORDS)
