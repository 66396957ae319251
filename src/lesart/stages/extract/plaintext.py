"""Block classifier for plain-text input (a scraper's dump of a whole page).

``segment_text`` labels every non-empty line of a text as one of the block
kinds (title, heading, body, tags, advertisement, navigation, boilerplate).

How it decides, in three steps:

1. A learned model (two passes of gradient-boosted trees, see
   ``line_model/MODEL_CARD.md``) gives each line a probability of being
   *article* text, the *title*, or *other*.  Its features describe the line
   (length, punctuation, stopword density, vocabulary), its neighbours and
   its place on the page; the second pass adds the first pass's
   probabilities of the neighbouring lines, which smooths the decision
   the way a CRF would.
2. The gold data only says article vs. not article, so the finer kinds of
   the rest come from rules over the lexicon in ``line_model/lexicon.json``:
   advertising regions (webinar and event promotions, 'Jetzt anmelden',
   'Anzeige', prize draws, prices, lists of speaker names), tag lists
   ('Themen:', hashtags), navigation (short link-like lines) and
   boilerplate (everything else).
3. Article lines are split into headings (short, no closing punctuation)
   and body paragraphs.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

# The features and the decoding rules live in their own modules; their public
# names are re-exported here, where the training script and tests find them.
from .line_decoding import (  # noqa: F401
    ARTICLE_THRESHOLD, RELATIVE_FALLBACK, TITLE_THRESHOLD, advertising_regions, decode, tag_lines,
)
from .line_features import (  # noqa: F401
    ARTICLE, FEATURE_NAMES, LEXICON_FILE, MODEL_DIR, OTHER, TITLE, Lexicon, bow_vectorizer, is_name_like,
    lexicon, line_features, second_pass_features, with_bow,
)

MODEL_FILE = MODEL_DIR / "line_model.npz"


def model_version() -> str:
    """The shipped model's identity for the document's ``pipeline`` record."""
    from ...pipeline import file_hash
    return "line_model.npz sha256:" + file_hash(MODEL_FILE)


# Text without any newline longer than this is split into sentence-ish units.
_UNSPLIT_LIMIT = 400
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”“»«)]*\s+(?=[\"'„“»«(]?[A-ZÄÖÜ0-9])")
_LINE = re.compile(r"[^\n]+")

# --------------------------------------------------------------------------
# Units: the lines (or sentence-ish pieces) to label
# --------------------------------------------------------------------------

def split_units(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, without surrounding whitespace."""
    units: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        units.append((start, end))
    if len(units) == 1 and "\n" not in text and end - start > _UNSPLIT_LIMIT:
        units = _split_sentences(text, *units[0])
    return units


# A full stop after these ends no sentence: a German ordinal ("am 3. Oktober", "der 2. Weltkrieg") or
# an abbreviation before a name or number ("Dr. Müller", "Nr. 5").
_NO_BREAK_BEFORE = re.compile(r"(?:\b\d{1,2}|\b(?:Dr|Prof|St|Nr|Hr|Fr|Mr|Mrs|Ms|Jr|Sr|vs|bzw|ca|vgl|z\.\s?B|u\.\s?a|Abs|Art|Bd|Jh))\.$")


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if _NO_BREAK_BEFORE.search(text, max(start, match.start() - 8), match.start()):
            continue
        if match.start() > cursor:
            pieces.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        pieces.append((cursor, end))
    return pieces or [(start, end)]


# --------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------

class Forest:
    """Gradient-boosted trees evaluated with numpy.

    The trees are trained with scikit-learn's HistGradientBoostingClassifier
    and stored as plain arrays (``line_model.npz``): no pickle, no
    scikit-learn version lock, and no OpenMP thread start-up per call, which
    made a few-hundred-line page cost tens of milliseconds.
    """

    _CHUNK = 4096  # rows per batch, bounds the (rows x trees) index matrix

    def __init__(self, arrays: dict[str, np.ndarray], prefix: str):
        get = lambda name: arrays[f"{prefix}_{name}"]  # noqa: E731
        leaf = get("leaf")
        nodes = np.arange(len(leaf))
        # A leaf points to itself and tests feature 0 against +inf, so every
        # row can take the same number of steps without branching.
        self.feature = np.where(leaf, 0, get("feature")).astype(np.intp)
        self.threshold = np.where(leaf, np.inf, get("threshold"))
        self.children = np.column_stack([np.where(leaf, nodes, get("left")),
                                         np.where(leaf, nodes, get("right"))]).ravel().astype(np.intp)
        self.leaf, self.value = leaf, get("value")
        self.roots = get("roots").astype(np.intp)
        self.baseline = get("baseline")
        tree_class = get("tree_class")
        self.masks = [tree_class == k for k in range(len(self.baseline))]

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        features = np.nan_to_num(np.asarray(features, dtype=float))
        out = np.empty((len(features), len(self.baseline)))
        for lo in range(0, len(features), self._CHUNK):
            out[lo:lo + self._CHUNK] = self._proba(features[lo:lo + self._CHUNK])
        return out

    def _proba(self, features: np.ndarray) -> np.ndarray:
        node = np.broadcast_to(self.roots, (len(features), len(self.roots))).copy()
        step = 0
        while True:
            values = np.take_along_axis(features, self.feature.take(node), axis=1)
            node = self.children.take(2 * node + (values > self.threshold.take(node)))
            step += 1
            if step % 4 == 0 and self.leaf.take(node).all():
                break
        values = self.value.take(node)
        raw = np.column_stack([values[:, mask].sum(axis=1) for mask in self.masks]) + self.baseline
        raw -= raw.max(axis=1, keepdims=True)
        odds = np.exp(raw)
        return odds / odds.sum(axis=1, keepdims=True)


class LineModel:
    """The word model and, per ensemble member, the two tree passes, loaded
    from ``line_model.npz``.

    The members are the same recipe trained with different random seeds
    (the seed picks early stopping's validation lines); their probabilities
    are averaged.  One seed's model swings by about 0.01 F1 between seeds in
    cross-validation, the average of three does not (see the model card).
    A file without member prefixes holds a single model (``pass1_*``)."""

    def __init__(self, path: Path = MODEL_FILE):
        with np.load(path, allow_pickle=False) as arrays:
            data = {name: arrays[name] for name in arrays.files}
        self.bow_coef = data["bow_coef"]
        self.bow_intercept = float(data["bow_intercept"][0])
        prefixes = sorted({name[:-len("pass1_roots")] for name in data if name.endswith("pass1_roots")})
        self.members = [(Forest(data, f"{prefix}pass1"), Forest(data, f"{prefix}pass2")) for prefix in prefixes]

    def bow_scores(self, lines: list[str]) -> np.ndarray:
        return bow_vectorizer().transform(lines) @ self.bow_coef + self.bow_intercept


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    return LineModel()


def predict_probabilities(lines: list[str], language: str | None = None, model: LineModel | None = None) -> np.ndarray:
    """(n, 3) probabilities of other / article / title for each line."""
    if not lines:
        return np.zeros((0, 3))
    model = model or load_model()
    first = with_bow(line_features(lines, language), model.bow_scores(lines))
    total = np.zeros((len(lines), 3))
    for pass1, pass2 in model.members:
        total += pass2.predict_proba(second_pass_features(first, pass1.predict_proba(first)))
    return total / len(model.members)


def segment_text(text: str, language: str | None = None) -> list[tuple[str, int, int]]:
    """(kind, start, end) for every non-empty line of ``text``, in order.

    Offsets index ``text``; spans exclude surrounding whitespace and the
    newline.  Consecutive lines of one cut kind (advertisement, navigation,
    boilerplate, tags) are merged into one block; title, heading and body
    lines stay one block each.
    """
    if not text or not text.strip():
        return []
    units = split_units(text)
    lines = [text[s:e] for s, e in units]
    # A missing or broken model file is a broken install, not a reason to guess
    # with a weaker rule: let it raise, so the stage records the error.
    probs = predict_probabilities(lines, language)
    blocks = decode(text, units, lines, probs)
    if len(units) > 1 and "\n" not in text.strip():
        blocks = [("body" if _running_sentence(kind, text[s:e]) else kind, s, e) for kind, s, e in blocks]
    return blocks


def _running_sentence(kind: str, piece: str) -> bool:
    """A sentence cut from one paragraph that the line model calls headline, boilerplate or menu.
    The model learnt those kinds from the lines of pages, by their place and their neighbours; a
    paragraph's sentences have neither, and one that ends like a sentence is neither a headline (which
    stands on a line of its own, and without a full stop is never cut off) nor a menu. Advertising and
    tag lists keep their kind: their words, not their place, give them away."""
    return kind in ("title", "boilerplate", "navigation") and piece.rstrip()[-1:] in ".!?…" \
        and len(piece.split()) >= 4
