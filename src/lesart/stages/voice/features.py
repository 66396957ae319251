"""Sentence features for the subjectivity classifier.

Two views of a sentence: its surface (word and character n-grams, learnt from
CheckThat!) and a short vector of cue counts that carry what 800 training
sentences cannot teach (lexicon polarity, speculation, attribution, first
person, punctuation).  The cue vector is what lets the model generalise past
the training topics.
"""
from __future__ import annotations

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


def cue_vector(text: str, language: str) -> np.ndarray:
    lang = language if language in ("de", "en") else "en"
    lex = load(lang)
    raw_tokens = [m.group(0) for m in cues.TOKEN.finditer(text)]
    toks = [t.lower() for t in raw_tokens]
    n = max(len(toks), 1)
    counts = dict.fromkeys(CUE_NAMES, 0.0)
    for tok in toks:
        entry = lex.lookup(tok) if lex else None
        if entry and entry.kind in ("evaluative", "loaded", "speculation"):
            counts[entry.kind] += 1
        weight = lex.strong_polarity(tok) if lex else 0.0
        if weight > 0:
            counts["polarity_pos"] += weight
        elif weight < 0:
            counts["polarity_neg"] -= weight
        counts["polarity_abs"] += abs(weight)
        counts["attribution"] += tok in cues.ATTRIBUTION[lang]
        counts["konjunktiv"] += lang == "de" and tok in cues.KONJUNKTIV_I
        counts["first_person"] += tok in cues.FIRST_PERSON[lang]
        counts["second_person"] += tok in cues.SECOND_PERSON[lang]
        counts["intensifier"] += tok in cues.INTENSIFIERS[lang]
        counts["obligation"] += tok in cues.OBLIGATION[lang]
        counts["negation"] += tok in cues.NEGATION[lang]
        counts["digits"] += any(c.isdigit() for c in tok)
        counts["adj_superlative"] += (lang == "en" and tok.endswith("est") and len(tok) > 5) or (
            lang == "de" and len(tok) > 6 and tok.endswith(("sten", "ste", "ster")))
    counts["adjective_like"] = 5 * sum(bool(cues.ADJECTIVE_LIKE[lang].match(t)) for t in raw_tokens) / n
    counts["particles"] = sum(t in cues.PARTICLES[lang] for t in toks)
    counts["generic_person"] = sum(t in cues.GENERIC_PERSON[lang] for t in toks)
    counts["argument_opener"] = float(bool(toks) and toks[0] in cues.ARGUMENT_OPENERS[lang])
    # Names and other capitalised words mid-sentence: reports name people and places.
    counts["capitalised"] = (2 if lang == "en" else 1) * sum(t[:1].isupper() for t in raw_tokens[1:]) / n
    counts["polarity_all"] = sum(abs(lex.polarity.get(t, 0.0)) for t in toks) if lex else 0.0
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
