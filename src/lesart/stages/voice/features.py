"""Sentence features for the subjectivity classifier.

Two views of a sentence: its surface (word and character n-grams, learnt from
CheckThat!) and a short vector of cue counts that carry what 800 training
sentences cannot teach (lexicon polarity, speculation, attribution, first
person, punctuation).  The cue vector is what lets the model generalise past
the training topics.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from . import cues
from .lexicon import load

CUE_NAMES = (
    "evaluative", "loaded", "speculation", "polarity_pos", "polarity_neg", "polarity_abs",
    "attribution", "konjunktiv", "quote_chars", "first_person", "second_person", "intensifier",
    "obligation", "negation", "exclamation", "question", "digits", "length_log", "colon", "ellipsis",
    "adj_superlative", "adjective_like", "particles", "generic_person", "argument_opener", "capitalised",
    "polarity_all",
)


_KINDS = ("evaluative", "loaded", "speculation")


@lru_cache(maxsize=200_000)
def _token_cues(tok: str, lang: str) -> tuple:
    """What one lowercase token adds to the cue counts: a pure function of the
    word, so computed once per distinct word (news repeats its words)."""
    lex = load(lang)
    entry = lex.lookup(tok) if lex else None
    kind = entry.kind if entry and entry.kind in _KINDS else None
    weight = lex.strong_polarity(tok) if lex else 0.0
    flags = (
        tok in cues.ATTRIBUTION[lang],
        lang == "de" and tok in cues.KONJUNKTIV_I,
        tok in cues.FIRST_PERSON[lang],
        tok in cues.SECOND_PERSON[lang],
        tok in cues.INTENSIFIERS[lang],
        tok in cues.OBLIGATION[lang],
        tok in cues.NEGATION[lang],
        any(c.isdigit() for c in tok),
        (lang == "en" and tok.endswith("est") and len(tok) > 5) or (
            lang == "de" and len(tok) > 6 and tok.endswith(("sten", "ste", "ster"))),
    )
    polarity_all = abs(lex.polarity.get(tok, 0.0)) if lex else 0.0
    return kind, weight, flags, tok in cues.PARTICLES[lang], tok in cues.GENERIC_PERSON[lang], polarity_all


_FLAG_NAMES = ("attribution", "konjunktiv", "first_person", "second_person", "intensifier", "obligation",
               "negation", "digits", "adj_superlative")


@lru_cache(maxsize=200_000)
def _adjective_like(raw: str, lang: str) -> bool:
    return bool(cues.ADJECTIVE_LIKE[lang].match(raw))


def cue_vector(text: str, language: str) -> np.ndarray:
    lang = language if language in ("de", "en") else "en"
    raw_tokens = cues.TOKEN.findall(text)
    toks = [t.lower() for t in raw_tokens]
    n = max(len(toks), 1)
    counts = dict.fromkeys(CUE_NAMES, 0.0)
    per_token = [_token_cues(tok, lang) for tok in toks]
    for kind, weight, *_ in per_token:
        if kind is not None:
            counts[kind] += 1
        if weight:  # a zero weight adds nothing; the float sums keep the token order
            if weight > 0:
                counts["polarity_pos"] += weight
            else:
                counts["polarity_neg"] -= weight
            counts["polarity_abs"] += abs(weight)
    if per_token:
        for name, column in zip(_FLAG_NAMES, zip(*(c[2] for c in per_token))):
            counts[name] += sum(column)
    particles = sum(c[3] for c in per_token)
    generic = sum(c[4] for c in per_token)
    polarity_all = [c[5] for c in per_token]
    counts["adjective_like"] = 5 * sum(_adjective_like(t, lang) for t in raw_tokens) / n
    counts["particles"] = particles
    counts["generic_person"] = generic
    counts["argument_opener"] = float(bool(toks) and toks[0] in cues.ARGUMENT_OPENERS[lang])
    # Names and other capitalised words mid-sentence: reports name people and places.
    counts["capitalised"] = (2 if lang == "en" else 1) * sum(t[:1].isupper() for t in raw_tokens[1:]) / n
    counts["polarity_all"] = sum(polarity_all) if load(lang) else 0.0
    counts["quote_chars"] = sum(text.count(c) for c in cues.QUOTE_CHARS)
    counts["exclamation"] = text.count("!")
    counts["question"] = text.count("?")
    counts["colon"] = text.count(":")
    counts["ellipsis"] = text.count("…") + text.count("...")
    vec = np.array([counts[k] for k in CUE_NAMES], dtype=float)
    # Presence matters more than frequency in one sentence: squash counts.
    vec = np.log1p(vec)
    vec[CUE_NAMES.index("length_log")] = np.log1p(n) / 4.0
    return vec


class CueFeatures(BaseEstimator, TransformerMixin):
    """sklearn wrapper: the cue vector of each sentence, for one language."""

    def __init__(self, language: str = "de", scale: float = 1.0):
        self.language = language
        self.scale = scale

    def fit(self, X, y=None):  # noqa: N803 - sklearn names
        return self

    def transform(self, X):  # noqa: N803
        return np.vstack([cue_vector(t, self.language) for t in X]) * self.scale
