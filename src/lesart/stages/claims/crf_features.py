"""The claims CRF's input, one sentence of tokens at a time.

``sentence_features`` gives the feature dicts the models were trained on (word,
affixes, shape, lexicon hits, quotation state, Konjunktiv, neighbours, position,
the rules' labels as a stacking feature: ``rule_labels``); ``sentence_attributes``
gives the same as the attribute byte strings CRFsuite reads, built once per word
form, for tagging; ``quote_mask`` marks the tokens inside quotation marks.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter

from ...model import Claim
from . import lexicon
from .rules_de import is_konjunktiv, lemma as lemma_de
from .rules_en import lemma as lemma_en
from .text import _OPENERS, Token, find_quotes

def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if w[:1].isupper():
        return "X" if not w.isupper() else "XX"
    if w[:1].isalpha():
        return "x"
    return w[:1]


def rule_labels(claims: list[Claim], tokens: list[Token]) -> list[str]:
    """Per token, what the rules said: source / cue / claim mode / none (stacking feature)."""
    marks: list[tuple[int, int, str]] = []
    for c in claims:
        if c.mode != "asserted":
            cont = "IFI" if c.mode == "indirect" and c.cue is None else c.mode
            marks.append((c.start, c.end, cont))
        if c.cue is not None:
            marks.append((c.cue.start, c.cue.end, "cue"))
        if c.source is not None and c.source.kind != "unspecified":
            marks.append((c.source.start, c.source.end, "src"))
    if not marks:
        return ["none"] * len(tokens)
    out = []
    for t in tokens:
        lab = "none"
        for a, b, m in marks:  # later marks (cue, source) win over content
            if a <= t.start < b:
                lab = m
        out.append(lab)
    return out


@lru_cache(maxsize=None)
def _feature_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """Speech-verb stems and frame prepositions of the language: built once, not per sentence."""
    cues = lexicon.cues(language)
    speech = cues.get("speech", frozenset()) | cues.get("reported", frozenset())
    speech_stems = frozenset(e.split("+")[0] for e in speech)
    preps = frozenset({p.split()[0] for p in cues.get("prep_before", frozenset())}
                      | set(cues.get("prep_after", frozenset())))
    return speech_stems, preps


# Neighbour feature names, formatted once.
_NEIGHBOURS = tuple((off, f"{off}:w", f"{off}:speech", f"{off}:q", f"{off}:shape") for off in (-2, -1, 1, 2))


def sentence_features(tokens: list[Token], in_quote: list[bool], language: str,
                      rules: list[str] | None = None, drop_false: bool = False) -> list[dict]:
    """One feature dict per token.

    ``drop_false`` leaves out the boolean features that are False.  CRFsuite
    reads a boolean as the weight 1.0 or 0.0, and an attribute of weight 0.0
    adds nothing to any score, so tagging gives the same labels with or without
    them and converts a third fewer attributes.  Training keeps them
    (``drop_false=False``), so that the model file stays what it was.
    """
    speech_stems, preps = _feature_words(language)
    lem = lemma_de if language == "de" else lemma_en
    konj_forms = lexicon.konjunktiv1() if language == "de" else frozenset()
    keep_false = not drop_false
    n = len(tokens)
    own: list[dict] = []          # each token's own features, in the model's order
    words, shapes, speech, quoted = [], [], [], []
    any_konj = False
    for i, t in enumerate(tokens):
        w = t.text
        lw = t.lower
        lm = lem(w) if t.is_word else lw
        shape = _shape(w)
        is_speech = lm in speech_stems
        # is_konjunktiv is False for any form outside the list: test that first
        konj = lw in konj_forms and is_konjunktiv(tokens, i)
        f = {"w": lw, "lem": lm, "suf3": lw[-3:], "pre2": lw[:2], "shape": shape}
        for key, value in (("speech", is_speech), ("prep", lw in preps), ("q", in_quote[i]), ("konj", konj)):
            if value or keep_false:
                f[key] = value
        f["pos"] = "first" if i == 0 else ("last" if i == n - 1 else ("early" if i < 4 else "mid"))
        own.append(f)
        words.append(lw)
        shapes.append(shape)
        speech.append(is_speech)
        quoted.append(in_quote[i])
        any_konj = any_konj or konj
    # sentence-wide features: the same for every token, so computed once
    sent = (("sent_speech", any(speech)), ("sent_konj", any_konj),
            ("sent_quote", any(in_quote)))
    sent = tuple((k, v) for k, v in sent if v or keep_false)
    feats = []
    for i in range(n):
        f = {"bias": 1.0, **own[i]}
        for off, key_w, key_speech, key_q, key_shape in _NEIGHBOURS:
            j = i + off
            if 0 <= j < n:
                f[key_w] = words[j]
                if speech[j] or keep_false:
                    f[key_speech] = speech[j]
                if quoted[j] or keep_false:
                    f[key_q] = quoted[j]
                f[key_shape] = shapes[j]
            else:
                f[key_w] = "<pad>"
        if rules is not None:
            f["rule"] = rules[i]
            f["rule-1"] = rules[i - 1] if i else "<pad>"
            f["rule+1"] = rules[i + 1] if i + 1 < n else "<pad>"
        f.update(sent)
        feats.append(f)
    return feats


# -- tagging: the attributes of ``sentence_features(..., drop_false=True)``, as
# CRFsuite reads them ----------------------------------------------------------
# CRFsuite turns a feature dict {"w": "said", "bias": 1.0, "speech": True} into
# the attributes "w:said" (weight 1.0), "bias" (1.0) and "speech" (1.0), UTF-8
# encoded.  With the False booleans dropped every weight is 1.0, so the same
# attribute names in the same order, given as a list of UTF-8 byte strings,
# are the same item: the tagger reads identical input and returns identical
# labels, without converting dicts and encoding every name per sentence.  A
# word's own attributes and its attributes as a neighbour depend on the word
# alone: they are built once per word form and reused.
_OFFSETS = (-2, -1, 1, 2)
_PADS = tuple((f"{off}:w:<pad>".encode(),) for off in _OFFSETS)
_NEAR_W = tuple(f"{off}:w:".encode() for off in _OFFSETS)
_NEAR_SPEECH = tuple(f"{off}:speech".encode() for off in _OFFSETS)
_NEAR_Q = tuple(f"{off}:q".encode() for off in _OFFSETS)
_QK = ((), (b"konj",), (b"q",), (b"q", b"konj"))         # index: 2 * quoted + konj
_MAX_WORD_CACHE = 50_000     # word forms per language (about 1 KB each), then the cache starts over


@lru_cache(maxsize=4096)
def _shape_attributes(shape: str) -> tuple[bytes, tuple[bytes, ...]]:
    """"shape:X" and the neighbours' "-2:shape:X", "-1:shape:X", ..."""
    return f"shape:{shape}".encode(), tuple(f"{off}:shape:{shape}".encode() for off in _OFFSETS)


class _WordAttributes:
    """A word form's attributes: its own (``bias`` first, up to ``prep``), and
    as the neighbour at offsets -2, -1, 1, 2, outside and (built when first
    asked) inside a quotation."""
    __slots__ = ("own", "speech", "konj_form", "near", "_near_quoted")

    def __init__(self, w: str, language: str) -> None:
        speech_stems, preps = _feature_words(language)
        lw = w.lower()
        lm = (lemma_de if language == "de" else lemma_en)(w) if w[:1].isalnum() else lw
        lwb = lw.encode()
        shape, near_shapes = _shape_attributes(_shape(w))
        self.speech = speech = lm in speech_stems
        own = [b"bias", b"w:" + lwb, b"lem:" + (lwb if lm == lw else lm.encode()),
               b"suf3:" + lw[-3:].encode(), b"pre2:" + lw[:2].encode(), shape]
        if speech:
            own.append(b"speech")
        if lw in preps:
            own.append(b"prep")
        self.own = tuple(own)
        self.konj_form = language == "de" and lw in lexicon.konjunktiv1()
        if speech:
            self.near = tuple((p + lwb, sp, sh) for p, sp, sh in zip(_NEAR_W, _NEAR_SPEECH, near_shapes))
        else:
            self.near = tuple((p + lwb, sh) for p, sh in zip(_NEAR_W, near_shapes))
        self._near_quoted = None

    @property
    def near_quoted(self) -> tuple[tuple[bytes, ...], ...]:
        if self._near_quoted is None:   # "-1:q" goes before "-1:shape:X"
            self._near_quoted = tuple((*names[:-1], q, names[-1]) for names, q in zip(self.near, _NEAR_Q))
        return self._near_quoted


_WORDS: dict[str, dict[str, _WordAttributes]] = {}
_speech_of = attrgetter("speech")
_near_of = attrgetter("near")


@lru_cache(maxsize=1024)
def _positions(n: int) -> tuple[bytes, ...]:
    return tuple(b"pos:first" if i == 0 else (b"pos:last" if i == n - 1 else (b"pos:early" if i < 4 else b"pos:mid"))
                 for i in range(n))


@lru_cache(maxsize=None)
def _rule_attribute(prefix: str, label: str) -> bytes:
    return f"{prefix}:{label}".encode()


def _word_attributes(words: dict[str, _WordAttributes], w: str, language: str) -> _WordAttributes:
    words[w] = entry = _WordAttributes(w, language)
    return entry


def sentence_attributes(tokens: list[Token], in_quote: list[bool], language: str,
                        rules: list[str] | None = None) -> list[list[bytes]]:
    """Per token, the CRFsuite attributes of ``sentence_features(tokens, in_quote,
    language, rules, drop_false=True)`` in the same order, UTF-8 encoded: the
    tagger's input, read as the feature dicts are (see above)."""
    words = _WORDS.get(language)
    if words is None or len(words) > _MAX_WORD_CACHE:
        words = _WORDS[language] = {}
    n = len(tokens)
    if not n:
        return []
    ents = [words.get(t.text) or _word_attributes(words, t.text, language) for t in tokens]
    quoted = any(in_quote)
    if language == "de":
        konj = [e.konj_form and is_konjunktiv(tokens, i) for i, e in enumerate(ents)]
        any_konj = any(konj)
    else:
        konj, any_konj = None, False
    # neighbour attributes, shifted so that position i holds its neighbour's
    if quoted:
        m2, m1, p1, p2 = zip(*[e.near_quoted if q else e.near for e, q in zip(ents, in_quote)])
    else:
        m2, m1, p1, p2 = zip(*map(_near_of, ents))
    left2 = (_PADS[0], _PADS[0], *m2[:n - 2])
    left1 = (_PADS[1], *m1[:n - 1])
    right1 = (*p1[1:], _PADS[2])
    right2 = (*p2[2:], _PADS[3], _PADS[3])
    sent = []
    if any(map(_speech_of, ents)):
        sent.append(b"sent_speech")
    if any_konj:
        sent.append(b"sent_konj")
    if quoted:
        sent.append(b"sent_quote")
    if rules is None:
        rule: list[tuple[bytes, ...]] | tuple = ((),) * n
    else:   # "rule", "rule-1", "rule+1"
        rule = list(zip([_rule_attribute("rule", r) for r in rules],
                        [_rule_attribute("rule-1", "<pad>"), *[_rule_attribute("rule-1", r) for r in rules[:n - 1]]],
                        [*[_rule_attribute("rule+1", r) for r in rules[1:]], _rule_attribute("rule+1", "<pad>")]))
    if quoted or any_konj:
        qk = [_QK[2 * bool(q) + bool(k)] for q, k in zip(in_quote, konj or (False,) * n)]
        return [[*e.own, *x, pos, *a, *b, *c, *d, *r, *sent]
                for e, x, pos, a, b, c, d, r in zip(ents, qk, _positions(n), left2, left1, right1, right2, rule)]
    return [[*e.own, pos, *a, *b, *c, *d, *r, *sent]
            for e, pos, a, b, c, d, r in zip(ents, _positions(n), left2, left1, right1, right2, rule)]


def quote_mask(tokens: list[Token], text: str, start: int, end: int) -> list[bool]:
    """Per token, whether it starts inside a quotation of the sentence ``text[start:end]``."""
    if _OPENERS.search(text, start, end) is None:     # no quotation mark: most sentences
        return [False] * len(tokens)
    quotes = find_quotes(text[start:end], start)
    mask = [False] * len(tokens)
    if quotes:
        # the tokens (by start, ascending) from the first at or after a quotation's start to
        # the last before its end
        starts = [t.start for t in tokens]
        for q in quotes:
            first, after = bisect_left(starts, q.start), bisect_left(starts, q.end)
            mask[first:after] = [True] * (after - first)
    return mask
