"""Stage ``sentences``: sentence spans over the blocks worth reading.

German and English go through SoMaJo, which knows news abbreviations,
ordinals ("23. April") and quotes; other languages get a plain punctuation
splitter.  Only title/heading/body/quote/caption blocks are split: ads and
menus carry no sentences for the later layers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import SENTENCE_KINDS, Document, Sentence
from ..pipeline import register

_SOMAJO_MODELS = {"de": "de_CMC", "en": "en_PTB"}
# Runs of non-space characters longer than this are shortened for SoMaJo;
# _RUN_KEEP characters at either end stay (see shorten_long_runs).
_LONG_RUN = re.compile(r"\S{201,}")
_RUN_KEEP = 50
_FALLBACK = re.compile(r"[^.!?…]+(?:[.!?…]+[\"'»«“”’)\]]*|$)")


@lru_cache(maxsize=2)
def _somajo(model: str):
    from somajo import SoMaJo

    tokenizer = SoMaJo(model, split_camel_case=False, character_offsets=True)
    _skip_emoji_scan_without_emojis(getattr(tokenizer, "_tokenizer", None))
    _abbreviations_at_candidates(getattr(tokenizer, "_tokenizer", None))
    _split_matches_with_known_groups(getattr(tokenizer, "_tokenizer", None))
    _offsets_without_identity_alignment()
    return tokenizer


def _offsets_without_identity_alignment() -> None:
    """Make SoMaJo's character offsets cheap for text that is already NFC.

    SoMaJo 2.x's ``alignment.token_offsets`` builds three character-by-character
    dictionaries that map the NFC form of a paragraph back to the input, and its
    ``_determine_offsets`` copies the rest of the paragraph (``raw[i:]``) and
    looks the whitespace pattern up in the ``regex`` cache for every token:
    together a fifth of sentence splitting.  For NFC input (nearly all text:
    the extract stage's output) the map is the identity, so the offsets are
    those of ``_determine_offsets`` plus the paragraph's position; that function
    is replaced by one that compares in place.  XML input and text that is not
    NFC go through SoMaJo's own code; the offsets are exactly SoMaJo's
    (``tests/test_sentences.py`` checks them).  This changes the module, so every
    SoMaJo tokenizer in the process gets it, with the same results.
    """
    import unicodedata

    import regex
    from somajo import alignment

    original = getattr(alignment, "token_offsets", None)
    if original is None or getattr(original, "_lesart", False) or \
            not hasattr(alignment, "_determine_offsets") or not hasattr(alignment, "_skipable_characters"):
        return      # another SoMaJo version, or done already
    whitespace = regex.compile(r"\s")
    skipable = alignment._skipable_characters

    def determine_offsets(tokens, raw: str, position: int) -> list[tuple[int, int]]:
        offsets: list[tuple[int, int]] = []
        raw_i = 0
        raw = whitespace.sub(" ", raw)
        for token in tokens:
            if token.markup:
                start, end = token.character_offset
                start -= position
                end -= position
            else:
                text = token.text if token.original_spelling is None else token.original_spelling
                text = whitespace.sub(" ", text)
                if raw.startswith(text, raw_i):
                    start = raw_i
                    end = start + len(text)
                elif raw.startswith(" " + text, raw_i):
                    start = raw_i + 1
                    end = start + len(text)
                else:   # SoMaJo's search past skipable characters, as written there
                    raw_start = raw_i
                    for i, char in enumerate(text):
                        for j in range(raw_start, len(raw)):
                            if raw[j] == char:
                                if i == 0:
                                    start = j
                                if i == len(text) - 1:
                                    end = j + 1
                                break
                            if raw[j] not in skipable:
                                raise AssertionError(f"{raw[j]!r} is not a skipable character; token: {text!r}")
                        raw_start = j + 1
            offsets.append((start, end))
            raw_i = end
        return offsets

    def token_offsets(token_list, raw: str, position: int, xml_input: bool, tokens):
        if xml_input or not unicodedata.is_normalized("NFC", raw):
            return original(token_list, raw, position, xml_input, tokens)
        return [(s + position, e + position) for s, e in determine_offsets(tokens, raw, position)]

    token_offsets._lesart = True
    token_offsets.originals = (original, alignment._determine_offsets)   # for the tests
    alignment._determine_offsets = determine_offsets
    alignment.token_offsets = token_offsets


def _split_matches_with_known_groups(tokenizer) -> None:
    """Let SoMaJo's ``_split_matches`` read each pattern's named groups once.

    SoMaJo 2.x calls it for every token and every one of its patterns (400,000
    calls on 100 news pages), and each call builds ``regex.groupindex`` twice
    (the ``regex`` module makes a new dict every time) before it searches: a
    third of sentence splitting.  The replacement does what SoMaJo's does, with
    the group numbers cached per pattern and the boundary splitter skipped
    when nothing matched (it returns at once on no boundaries): the tokens are
    exactly SoMaJo's.  A pattern with a gate (``_GATES``) is not run at all on a
    text the gate does not find in, where it could not match either.
    """
    if tokenizer is None or not hasattr(tokenizer, "_split_matches") \
            or not hasattr(tokenizer, "_split_on_boundaries"):
        return      # another SoMaJo version: leave it alone
    groups: dict[int, tuple[object, list[int], object]] = {}
    gates = _gates(tokenizer)
    split_on_boundaries = tokenizer._split_on_boundaries

    def pattern_facts(regex) -> tuple[object, list[int], object]:
        """(the pattern, its group numbers, its gate or None), worked out once per pattern."""
        known = groups.get(id(regex))
        if known is None or known[0] is not regex:
            gate = gates.get(id(regex))
            known = groups[id(regex)] = (regex, sorted(regex.groupindex.values()),
                                         gate[1] if gate is not None and gate[0] is regex else None)
        return known

    def split_matches(regex, node, token_class: str = "regular", repl=None,
                      split_named_subgroups: bool = True, delete_whitespace: bool = False) -> None:
        known = pattern_facts(regex)
        if known[2] is not None and known[2](node.value.text) is None:
            return      # the text lacks what every match holds: no boundaries
        numbers = known[1]
        split_groups = split_named_subgroups and len(numbers) > 0
        boundaries = []
        for m in regex.finditer(node.value.text):
            if split_groups:
                for g in numbers:
                    if m.span(g) != (-1, -1):
                        boundaries.append((m.start(g), m.end(g), None))
            elif repl is None:
                boundaries.append((m.start(), m.end(), None))
            else:
                boundaries.append((m.start(), m.end(), m.expand(repl)))
        if boundaries:
            split_on_boundaries(node, boundaries, token_class, delete_whitespace=delete_whitespace)

    tokenizer._split_matches = split_matches

    if not hasattr(tokenizer, "_split_all_matches"):
        return

    def split_all_matches(regex, token_dll, token_class: str = "regular", *, repl=None,
                          split_named_subgroups: bool = True, delete_whitespace: bool = False) -> None:
        # SoMaJo's loop (every token that is neither markup nor locked, each split
        # into new tokens left of it, which this pass does not visit), walked along
        # the list's links without a generator, with ``split_matches`` inlined:
        # about 100 passes per paragraph, most over one or two tokens.
        known = pattern_facts(regex)
        _, numbers, gate = known
        split_groups = split_named_subgroups and len(numbers) > 0
        finditer = regex.finditer
        node = token_dll.first
        while node is not None:
            value = node.value
            if not (value.markup or value._locked):
                text = value.text
                if gate is None or gate(text) is not None:
                    boundaries = []
                    for m in finditer(text):
                        if split_groups:
                            for g in numbers:
                                if m.span(g) != (-1, -1):
                                    boundaries.append((m.start(g), m.end(g), None))
                        elif repl is None:
                            boundaries.append((m.start(), m.end(), None))
                        else:
                            boundaries.append((m.start(), m.end(), m.expand(repl)))
                    if boundaries:
                        split_on_boundaries(node, boundaries, token_class, delete_whitespace=delete_whitespace)
            node = node.next      # a split node keeps its link to the next (DLL.remove)

    tokenizer._split_all_matches = split_all_matches


class _AtCandidates:
    """A compiled pattern whose ``finditer`` tries a match only where ``candidates``
    (a zero-width pattern) finds a position: the same matches as the pattern's own
    ``finditer`` when every match the pattern can make starts at such a position and
    none is empty.  Everything else is the pattern's.

    With ``first_words`` (for the abbreviations): every match starts with a run of
    characters up to a full stop (the candidate's) that is one letter or, when it is
    ASCII, one of these words in lower case; a candidate whose run is neither is not
    tried."""

    def __init__(self, pattern, candidates, first_words: frozenset[str] | None = None) -> None:
        self.pattern, self.candidates, self.first_words = pattern, candidates, first_words

    def finditer(self, text: str):
        match = self.pattern.match      # lookbehinds see the text before the position, as in a search
        words = self.first_words
        end = 0
        for c in self.candidates.finditer(text):
            at = c.start()
            if at < end:
                continue
            if words is not None:
                word = text[at:text.index(".", at)]
                if len(word) > 1 and word.isascii() and word.lower() not in words:
                    continue
            m = match(text, at)
            if m is not None:
                end = m.end()
                yield m

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


def _abbreviations_at_candidates(tokenizer) -> None:
    """Let SoMaJo's known-abbreviation pattern try only where an abbreviation can start.

    ``Tokenizer.abbreviation`` is ``(?<![\\p{L}.])(?:(?:\\p{L}\\.){2,}|abbr1|abbr2|...)+(?!...)``
    over a thousand abbreviations, case-insensitive, and ``_split_abbreviations``
    runs it over whole paragraphs: the engine tries the whole alternation at every
    character, a quarter to a third of sentence splitting.  Every abbreviation in
    SoMaJo's lists has a full stop and no whitespace (checked here, when the patch
    is made), so every match begins with a run of characters that are neither
    whitespace nor a full stop, followed by a full stop, at a position the pattern's
    own lookbehind allows.  The positions with both properties are found with one
    cheap zero-width pattern (same flags, same lookbehind), and the pattern is
    matched there only: the matches, so the tokens and the sentences, are exactly
    SoMaJo's (``tests/test_sentences.py`` compares them).
    """
    pattern = getattr(tokenizer, "abbreviation", None)
    language = getattr(tokenizer, "language", None)
    if pattern is None or isinstance(pattern, _AtCandidates) or not hasattr(tokenizer, "_split_abbreviations") \
            or not isinstance(language, str):
        return      # another SoMaJo version, or done already
    import regex
    from somajo import utils

    head = r"(?<![\p{L}.])(?:(?:(?:\p{L}\.){2,})|"
    try:
        abbreviations = utils.read_abbreviation_file(f"abbreviations_{language[:2]}.txt", to_lower=True)
    except (OSError, AttributeError):
        return
    if not pattern.pattern.startswith(head) or \
            not pattern.pattern.startswith(head + "|".join(regex.escape(a) for a in abbreviations) + ")+") or \
            not all("." in a and a.index(".") > 0 and not any(c.isspace() for c in a) for a in abbreviations):
        return      # not the pattern this reasoning is about
    candidates = regex.compile(r"(?<![\p{L}.])(?=[^\s.]+\.)", pattern.flags)
    tokenizer.abbreviation = _AtCandidates(pattern, candidates, _first_words(abbreviations, pattern.flags))


def _first_words(abbreviations: list[str], flags: int) -> frozenset[str] | None:
    """What each abbreviation has before its first full stop, when an ASCII run of text
    matches such a word under the pattern's case folding exactly when its lower case is
    that word: the words' ASCII characters match the ASCII characters of the same lower
    case and no other, their other characters no ASCII character (checked here, one
    character at a time: the pattern's IGNORECASE folds case one character at a time).

    A match of the abbreviation pattern at a candidate starts with the candidate's run up
    to its first full stop; the branch ``(?:\\p{L}\\.){2,}`` makes that run one letter, an
    abbreviation makes it the abbreviation's first word (a full stop and whitespace match
    only themselves)."""
    import regex

    words = frozenset(a[:a.index(".")] for a in abbreviations)
    ascii_chars = [chr(i) for i in range(128)]
    for char in set("".join(words)):
        one = regex.compile(regex.escape(char), flags & ~regex.VERBOSE)
        for other in ascii_chars:
            folds = one.fullmatch(other) is not None
            if folds != (char.isascii() and char.lower() == other.lower()):
                return None
    return words


# Cheap searches for what every match of a SoMaJo pattern must contain, by the
# pattern's name: where a token's text lacks it, the pattern finds nothing there
# and ``_split_matches`` can return at once.  Most of these patterns match on few
# paragraphs of news (ISBNs, dates written 3.4.2024, e-mail addresses, URLs
# without a protocol), yet each ran over every paragraph.  Each gate is a piece
# of its pattern without the lookarounds (or a class of characters one such
# piece must contain), compiled with the pattern's flags (less VERBOSE), so it
# matches wherever the pattern does; it is used only where the pattern is exactly
# the one it was written for (the sha256 of flags and pattern, below).
_GATES = {
    "email": ("5392f32c190d", r"@|\[at\]"),
    # nine digits in a row, or a group of digits and its separator before the next
    "isbn": ("e15da6ec5b9d", r"[0-9]{9}|[0-9][ -][0-9]"),
    "three_part_date_dmy": ("7ad3bf53b537", r"[0-9][./-][0-9]"),
    "three_part_date_mdy": ("2562a6c620e8", r"[0-9][./-][0-9]"),
    "three_part_date_year_first": ("32d412411b04", r"\d[/-]\d"),
    "two_part_date": ("c5c1b0a5229e", r"\d[./-]\d"),
    "nr_abbreviations": ("c7083e39efc8", r"Nr\."),
    "url_without_protocol": ("f34e912061ef", r"\.(?:de|com|tv|me|net|us|org|at|cc|ly|be|ch|info|live|eu|edu|gov"
                                             r"|jpg|png|gif|log|txt|xlsx?|docx?|pptx?|pdf)"),
    "arrow": ("b536e01f4a55", r"[<>\u2190-\u21ff]"),
    "gender_marker": ("bb55829e9573", r"[*:/]in"),
    "en_slash_words": ("d6a0dec34ace", r"/"),
    "double_latex_quote": ("82228f19992a", r"``|''"),
    "mention": ("4ea36b265518", r"@"),
    "entity": ("90173cbaa36f", r"&"),
    "action_word": ("4ead46be83b6", r"\*"),
    "underline": ("f7b855652afe", r"_"),
    "emoji": ("67de23f7fc87", r"emojiQ"),
    # an ordinal is digits and a full stop; a URL has its protocol or www.; an
    # apostrophe between 'd', 'l' or 'o' and a word
    "ordinal": ("063933fa95ec", r"\d\."),
    "simple_url": ("553cd7c5d274", r"://|www\."),
    "letter_apostrophe_word": ("932d2ea82bb6", r"['’]"),
    # a range of numbers: a number (ending in a digit), then its dash; a bracket; a digit
    "number_range": ("4efc20b6b965", r"\d[-–]"),
    "all_parens": ("94adec83468c", r"[()\[\]{}]"),
    "number": ("2ae8c21b2e95", r"\d"),
}
# Gates for patterns of SoMaJo's word lists (``_literal_alternatives``), by the pattern's
# name: (head, tail, gate).  A gate is used only where it finds something in every word of
# the list; it has no letters of its own (letters only as ``\p{L}``), so under the
# pattern's IGNORECASE it finds something in every case variant of a word too, and it is
# compiled without it.
_WORD_GATES = {
    # "z.B.", "Best.-Nr.", "Sat.1", "USt-IdNr.", "tl;dr", "R/3", "4G", ".Net"
    "single_token_abbreviation": (r"(?<![\w.])", r"(?!\p{L})", r"\.[\p{L}\d-]|-\p{L}+\.|[;/]|\d\p{L}"),
    "single_tokens": (r"(?<![\w.])", r"(?!\p{L})", r"\.[\p{L}\d-]|-\p{L}+\.|[;/]|\d\p{L}"),
    "en_nonbreaking_words": (r"\b", r"\b", r"-"),       # "x-ray", "uh-huh"
}
# Plain-string alternatives (escapes allowed), for the patterns SoMaJo builds from word
# lists, whose order varies between runs (so no sha256 for them: ``_literal_alternatives``).
_LITERAL = None


def _literal_alternatives(pattern: str, head: str, tail: str) -> list[str] | None:
    """The words of ``head(?:w1|w2|...)tail`` when every alternative is a plain
    (escaped) string, else None."""
    import regex
    global _LITERAL
    if _LITERAL is None:
        _LITERAL = regex.compile(r"(?:\\.|[^\\|()\[\]{}*+?.^$])+")
    if not (pattern.startswith(head + "(?:") and pattern.endswith(")" + tail)):
        return None
    alternatives = pattern[len(head) + 3:len(pattern) - len(tail) - 1].split("|")
    if not all(_LITERAL.fullmatch(a) for a in alternatives):
        return None
    return [regex.sub(r"\\(.)", r"\1", a) for a in alternatives]


def _gates(tokenizer) -> dict[int, tuple[object, object]]:
    """``id(pattern) -> (pattern, gate.search)`` for the tokenizer's patterns that have a gate."""
    import hashlib

    import regex
    out = {}
    for name, (digest, gate) in _GATES.items():
        pattern = getattr(tokenizer, name, None)
        if not isinstance(pattern, regex.Pattern):
            continue
        if hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:12] != digest:
            continue    # another SoMaJo version: no gate
        out[id(pattern)] = (pattern, regex.compile(gate, pattern.flags & ~regex.VERBOSE).search)
    for name, (head, tail, gate) in _WORD_GATES.items():
        pattern = getattr(tokenizer, name, None)
        if not isinstance(pattern, regex.Pattern):
            continue
        words = _literal_alternatives(pattern.pattern, head, tail)
        search = regex.compile(gate, pattern.flags & ~(regex.VERBOSE | regex.IGNORECASE)).search
        if words and all(search(w) for w in words):
            out[id(pattern)] = (pattern, search)
    measurement = _measurement_gate(getattr(tokenizer, "measurement", None))
    if measurement is not None:
        out[id(tokenizer.measurement)] = (tokenizer.measurement, measurement)
    emoticon = _emoticon_gate(getattr(tokenizer, "emoticon", None))
    if emoticon is not None:
        out[id(tokenizer.emoticon)] = (tokenizer.emoticon, emoticon)
    # (?<!\w)(?:w1|w2|...)(?!\w) over SoMaJo's words with a plus or an ampersand: every
    # match holds one of the two
    pattern = getattr(tokenizer, "token_with_plus_ampersand", None)
    if isinstance(pattern, regex.Pattern):
        words = _literal_alternatives(pattern.pattern, r"(?<!\w)", r"(?!\w)")
        if words and all("+" in w or "&" in w for w in words):
            out[id(pattern)] = (pattern, regex.compile(r"[+&]").search)
    return out


# SoMaJo's measurement pattern: a number (the sha256 of flags and this part), an optional
# space, then a unit from a list (whose order varies between runs).
_MEASUREMENT_DIGEST = "6bb032ba30e2"
_MEASUREMENT_UNIT = "[ ]?(?P<unit>"


def _measurement_gate(pattern):
    """A search for a digit, an optional space and a letter: every number the pattern
    knows ends in a digit, and every unit in its list starts with a letter (checked here).
    None where the pattern is not the one this was written for."""
    import hashlib

    import regex
    if not isinstance(pattern, regex.Pattern):
        return None
    at = pattern.pattern.find(_MEASUREMENT_UNIT)
    if at < 0 or hashlib.sha256(f"{pattern.flags}:{pattern.pattern[:at]}".encode()).hexdigest()[:12] \
            != _MEASUREMENT_DIGEST:
        return None
    units = _literal_alternatives("(?:" + pattern.pattern[at + len(_MEASUREMENT_UNIT):], "", r"(?!\w)")
    letter = regex.compile(r"\p{L}")
    if not units or not all(letter.match(u) for u in units):
        return None
    return regex.compile(r"\d ?\p{L}", pattern.flags & ~regex.VERBOSE).search


# SoMaJo's emoticon pattern: four branches written as patterns (the sha256 of flags and
# these), then 134 emoticons as plain strings, longest first (in an order that varies
# between runs), which the engine tries one by one at every position of a paragraph.
_EMOTICON_DIGEST = "33b91b08f4ac"
_EMOTICON_HEAD_END = r"(?:(?<!\b\d{1,2}):\w+:(?!\d{2}\b))|"
# What each of the four branches must contain: eyes, an optional nose and a mouth; XD;
# D: or oO; a :word: shortcode.
_EMOTICON_BRANCHES = r"[:;8][-'oO]?[)(*DPp]|[Xx]D|D'?:|oO|:\w+:"
# Characters common in news text: an emoticon made only of these is searched as itself.
_COMMON = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-'\"()!?/&%")
# ASCII symbols by how rare they are in news text (first: rarest).
_RARE_ASCII = "~^\\=<>_|*[]$"


def _emoticon_gate(pattern):
    """A search that finds something wherever SoMaJo's emoticon pattern matches: the
    four branches' gate (``_EMOTICON_BRANCHES``), or, for the plain emoticons, one
    character class holding a rare character of each (an emoticon of common
    characters only, such as '(-.-)', is searched as written).  Built only for the
    pattern it was written for, and only when every plain emoticon is found by it."""
    import hashlib

    import regex
    if not isinstance(pattern, regex.Pattern):
        return None
    at = pattern.pattern.find(_EMOTICON_HEAD_END)
    if at < 0:
        return None
    at += len(_EMOTICON_HEAD_END)
    if hashlib.sha256(f"{pattern.flags}:{pattern.pattern[:at]}".encode()).hexdigest()[:12] != _EMOTICON_DIGEST:
        return None
    tail = pattern.pattern[at:]
    alternatives = regex.findall(r"(?:\\.|[^\\|])+", tail)
    literal = regex.compile(r"(?:\\.|[^\\|()\[\]{}*+?.^$\s#])+")
    if "|".join(alternatives) != tail or not all(literal.fullmatch(a) for a in alternatives):
        return None
    emoticons = [regex.sub(r"\\(.)", r"\1", a) for a in alternatives]
    plain = regex.compile(tail, pattern.flags)
    if not all(plain.fullmatch(e) for e in emoticons):
        return None

    def rarity(c: str) -> int:
        if c in _COMMON:
            return 1000
        if c in _RARE_ASCII:
            return 1 + _RARE_ASCII.index(c)
        return 0 if ord(c) > 0x24F and not 0x2010 <= ord(c) <= 0x206F else 500

    rare: set[str] = set()
    spelled: list[str] = []
    for e in emoticons:
        if rare.intersection(e):
            continue
        c = min(e, key=rarity)
        if rarity(c) == 1000:
            spelled.append(e)
        else:
            rare.add(c)
    flags = pattern.flags & ~regex.VERBOSE
    by_first: dict[str, list[str]] = {}
    for e in sorted(spelled):       # grouped by their first character: the engine tries fewer
        by_first.setdefault(e[0], []).append(regex.escape(e[1:]))
    branches = regex.compile("|".join([_EMOTICON_BRANCHES] + [f"{regex.escape(c)}(?:{'|'.join(rests)})"
                                                              for c, rests in by_first.items()]), flags).search
    chars = regex.compile("[" + "".join(regex.escape(c) for c in sorted(rare)) + "]", flags).search

    def search(text: str):
        return branches(text) or chars(text)

    if not all(search(e) for e in emoticons):
        return None
    return search


def _skip_emoji_scan_without_emojis(tokenizer) -> None:
    """Let SoMaJo's emoji splitter return at once for text without emoji characters.

    SoMaJo 2.x's ``Tokenizer._split_emojis`` walks every grapheme of every
    token and runs ``regex.search`` with a pattern string on each, which makes
    the module look the pattern up in its cache every time: about half of all
    sentence-splitting time.  A token in which no character is an emoji,
    pictograph or variation selector gets no boundaries from it, so one
    precompiled search decides that, and only tokens with such a character go
    through SoMaJo's own method: the tokens, and so the sentences, are exactly
    SoMaJo's.
    """
    original = getattr(tokenizer, "_split_emojis", None)
    if original is None or not hasattr(tokenizer, "_split_on_boundaries"):
        return      # another SoMaJo version: leave it alone
    import regex

    emoji_char = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")

    def split_emojis(node, token_class: str = "emoticon") -> None:
        if emoji_char.search(node.value.text):
            original(node, token_class)
        # without one, SoMaJo's method would find no boundaries and change nothing

    tokenizer._split_emojis = split_emojis


def split_sentences(paragraphs: list[str], language: str | None) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) offsets of its sentences."""
    model = _SOMAJO_MODELS.get(language or "", "de_CMC" if language is None else None)
    if model is None:
        return [_fallback(p) for p in paragraphs]
    tokenizer = _somajo(model)
    if _can_tokenize_together(tokenizer):
        spans = _somajo_paragraphs(tokenizer, paragraphs)
    else:
        # One call per paragraph: SoMaJo's offsets are relative to the paragraph and
        # it yields no marker between paragraphs, so this keeps the mapping exact.
        spans = [_somajo_sentences(tokenizer, p) if p.strip() else [] for p in paragraphs]
    if model.startswith("de"):
        spans = [_split_missed_sentence_ends(p, s) for p, s in zip(paragraphs, spans)]
    return [_rejoin_unspaced(p, s) for p, s in zip(paragraphs, spans)]


# Names and nouns that SoMaJo's German list holds, in lower case, as abbreviations of adjectives
# ("italien." for italienisch, "japan.", "iran.", "tirol.", "marx.") and matches in any case, so that
# "Die meisten Opfer kamen aus Italien. Das Ministerium ..." stayed one sentence.  Written capitalised
# before a full stop, a space and a capital letter, these are the names, and the sentence ends there.
_NAMES_LISTED_AS_ABBREVIATIONS = frozenset("""italien japan iran jemen tirol islam dichter latein marx georg
    hess franz altai kuban tamil tatar ungar serb breton gall""".split())
_LISTED_NAME_END = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\.(?=\s+[A-ZÄÖÜ„“\"»])")


# A word's full stop before a number and a word ("sagte X vor Journalisten in Wien. 5,7 Milliarden
# seien ..."): SoMaJo keeps the two sentences together, reading the number as an ordinal's; a word of four
# or more letters that is no abbreviation ends the sentence (a page review, 2026-11-28).
_WORD_END_BEFORE_NUMBER = re.compile(r"\b([A-Za-zÄÖÜäöüß]{4,})\.(?=\s+\d+(?:[.,]\d+)?\s+[A-Za-zÄÖÜäöü])")
_LONG_ABBREVIATIONS = frozenset("""aufl hrsg ziff verf jhdt ggfs bspw inkl exkl zzgl vorm nachm bzgl insb
    jahrg jhrg lfd ebd mind gegr gest ausg stck""".split())


# Words that open a German sentence and no name (after a lost space below, after a dotted name here).
_GERMAN_SENTENCE_OPENERS = frozenset("Der Die Das Ein Eine Er Es Wir Ich Im Am Auch Doch Aber Dies Diese Dieser".split())


# A newspaper's dotted short name at a sentence's end ("erklärte eine Sprecherin gegenüber der F.A.Z. Neben
# Cyberspionage erfolge ..."): SoMaJo reads the dots as an abbreviation's and keeps the next sentence on; before a word
# that opens German sentences and no name, the sentence ends (a page review, 2026-11-28).
_DOTTED_NAME_END = re.compile(r"\b((?:[A-ZÄÖÜ]\.){2,})(?=\s+([A-ZÄÖÜ][a-zäöüß]+)\b)")
_GERMAN_OPENERS = _GERMAN_SENTENCE_OPENERS | frozenset("""Sie Neben Nach Laut Bei Mit Seit Zudem Dabei Damit Deshalb
    Daher Dort Hier Nun Jetzt Man Zuvor Später Außerdem Allerdings Trotzdem Dennoch Vor Zum Zur Für Gegen Unter In An
    Auf Aus Als Wie Wenn Weil Dass Ob Bisher Inzwischen""".split())


def _split_missed_sentence_ends(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """German sentence ends SoMaJo misses: after a name its list holds as an abbreviation, after a
    word before a number, and after a newspaper's dotted short name (all above)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        ends = [m for m in _LISTED_NAME_END.finditer(paragraph, a, b)
                if m.group(1).lower() in _NAMES_LISTED_AS_ABBREVIATIONS]
        ends += [m for m in _WORD_END_BEFORE_NUMBER.finditer(paragraph, a, b)
                 if m.group(1).lower() not in _LONG_ABBREVIATIONS and not m.group(1).endswith("str")]  # "Kruppstr. 64"
        ends += [m for m in _DOTTED_NAME_END.finditer(paragraph, a, b) if m.group(2) in _GERMAN_OPENERS]
        for m in sorted(ends, key=lambda m: m.end()):
            if m.end() > a:
                end = m.end()
                nxt = end + len(paragraph[end:b]) - len(paragraph[end:b].lstrip())
                out.append((a, end))
                a = nxt
        out.append((a, b))
    return out


# Words that open a sentence and no name: after a full stop with no space ("Kan reported on Wednesday.The stabbing
# occurred ..."), the page lost a space, and the sentence ends there.
_SENTENCE_OPENERS = frozenset("""The A An He She It They We I In On At But And This That These Those His Her Their
    Its""".split()) | _GERMAN_SENTENCE_OPENERS
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _rejoin_unspaced(paragraph: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A full stop with a letter right after it, no space between, ends no sentence: it is inside a
    name ("das Nachrichtenportal Table.Briefings berichtete", "bei Spiegel.de"), which SoMaJo cuts;
    unless a word that opens sentences and no name follows it ("on Wednesday.The stabbing")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a == out[-1][1] and a > 1 and paragraph[a - 1] == "." and paragraph[a - 2].isalpha() \
                and paragraph[a:a + 1].isalpha() and not _opens_a_sentence(paragraph, a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _opens_a_sentence(paragraph: str, a: int) -> bool:
    m = _FIRST_WORD.match(paragraph, a)
    return m is not None and m.group() in _SENTENCE_OPENERS and paragraph[a - 2].islower()


def _can_tokenize_together(somajo) -> bool:
    return (not getattr(somajo, "xml_sentences", None) and getattr(somajo, "character_offsets", False)
            and getattr(somajo, "split_sentences", False)
            and hasattr(getattr(somajo, "_tokenizer", None), "_tokenize")
            and hasattr(getattr(somajo, "_sentence_splitter", None), "_split_sentences")
            and hasattr(somajo._sentence_splitter, "_merge_empty_sentences"))


def _somajo_paragraphs(somajo, paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """What ``_somajo_sentences`` gives for each paragraph, with all of a document's
    paragraphs tokenized in one token list.

    SoMaJo's tokenizer runs about a hundred passes over its token list, one per pattern;
    a page's twenty paragraphs took two thousand passes, each over a token or two, and
    the passes' own cost was a fifth of sentence splitting.  Here the paragraphs'
    tokens stand in one list, a markup token between two paragraphs (every pass leaves
    markup alone), and each pass runs once per page.  Every pass splits one token at a
    time without looking at its neighbours, except the removal of empty tokens, which
    hands an empty token's first-in-sentence (last-in-sentence) flag to the next
    (previous) token that is not markup: across a paragraph's edge that is the next
    paragraph's first token, which has the flag already (and the sentence splitter sets
    it on each paragraph's first and last token anyway).  Then, per paragraph, as
    ``SoMaJo._tokenize`` and ``_parallel_tokenize`` do: the offsets, the sentence split,
    the merge of empty sentences.  The tokens, offsets and sentences are exactly those of
    one call per paragraph (``tests/test_sentences.py`` compares them)."""
    from somajo import alignment, doubly_linked_list
    from somajo.token import Token

    out: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    work = [(i, *shorten_long_runs(p)) for i, p in enumerate(paragraphs) if p.strip()]
    if not work:
        return out
    firsts = [Token(short, first_in_sentence=True, last_in_sentence=True) for _, short, _ in work]
    token_dll = doubly_linked_list.DLL()
    between = set()
    for k, first in enumerate(firsts):
        if k:
            mark = Token("", markup=True, markup_class="start", markup_eos=False, locked=True)
            between.add(id(mark))
            token_dll.append(mark)
        token_dll.append(first)
    per_paragraph: list[list] = [[]]
    for token in somajo._tokenizer._tokenize(token_dll):
        if id(token) in between:
            per_paragraph.append([])
        else:
            per_paragraph[-1].append(token)
    splitter = somajo._sentence_splitter
    for (i, short, cuts), first, tokens in zip(work, firsts, per_paragraph, strict=True):
        offsets = alignment.token_offsets([first], short, 0, False, tokens)
        for k in range(len(tokens)):
            tokens[k].character_offset = offsets[k]
        out[i] = [(_unshorten(sent[0].character_offset[0], cuts), _unshorten(sent[-1].character_offset[1], cuts))
                  for sent in splitter._merge_empty_sentences(splitter._split_sentences(tokens)) if sent]
    return out


def _somajo_sentences(tokenizer, paragraph: str) -> list[tuple[int, int]]:
    short, cuts = shorten_long_runs(paragraph)
    return [(_unshorten(sent[0].character_offset[0], cuts), _unshorten(sent[-1].character_offset[1], cuts))
            for sent in tokenizer.tokenize_text([short]) if sent]


def shorten_long_runs(paragraph: str) -> tuple[str, list[tuple[int, int]]]:
    """The paragraph with the middle of every very long run of non-space
    characters cut out, and the cuts as (position in the short text, length).

    SoMaJo's time grows with the square of a token's length: a run of 10,000
    digits, dashes or hyphenated words (scraper debris, base64 blobs) takes
    seconds to minutes.  Such a run is one token whatever its middle holds, so
    its head and tail are kept (a trailing full stop still ends the sentence)
    and the offsets are mapped back with ``_unshorten``.
    """
    pieces, cuts, pos, removed = [], [], 0, 0
    for m in _LONG_RUN.finditer(paragraph):
        head_end, tail_start = m.start() + _RUN_KEEP, m.end() - _RUN_KEEP
        pieces.append(paragraph[pos:head_end])
        cuts.append((head_end - removed, tail_start - head_end))
        removed += tail_start - head_end
        pos = tail_start
    if not cuts:
        return paragraph, cuts
    pieces.append(paragraph[pos:])
    return "".join(pieces), cuts


def _unshorten(offset: int, cuts: list[tuple[int, int]]) -> int:
    """An offset into the shortened paragraph as an offset into the original."""
    return offset + sum(length for at, length in cuts if at < offset)


def _fallback(paragraph: str) -> list[tuple[int, int]]:
    spans = []
    for m in _FALLBACK.finditer(paragraph):
        text = m.group(0)
        if text.strip():
            lead = len(text) - len(text.lstrip())
            spans.append((m.start() + lead, m.start() + len(text.rstrip())))
    return spans


@register("sentences")
class SentencesStage:
    name = "sentences"
    version = "1.0"
    requires = ("text", "blocks", "language")
    assigns = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        blocks = [b for b in doc.blocks if b.kind in SENTENCE_KINDS]
        spans = split_sentences([b.text for b in blocks], doc.language)
        doc.sentences = [
            Sentence(start=b.start + s, end=b.start + e, text=doc.text[b.start + s:b.start + e])
            for b, block_spans in zip(blocks, spans) for s, e in block_spans
        ]
        return doc
