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

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).with_name("line_model")
MODEL_FILE = MODEL_DIR / "line_model.npz"


def model_version() -> str:
    """The shipped model's identity for the document's ``pipeline`` record."""
    import hashlib

    return "line_model.npz sha256:" + hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest()[:12]
LEXICON_FILE = MODEL_DIR / "lexicon.json"

# Classes of the learned model.
OTHER, ARTICLE, TITLE = 0, 1, 2

# Text without any newline longer than this is split into sentence-ish units.
_UNSPLIT_LIMIT = 400
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”“»«)]*\s+(?=[\"'„“»«(]?[A-ZÄÖÜ0-9])")
_WORD = re.compile(r"\w+")
_LINE = re.compile(r"[^\n]+")


# --------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------

class PhraseList:
    """Counts the entries of a word list in a line: single words by set
    lookup on the line's tokens, everything else ('jetzt anmelden', '©',
    'e-paper') with one regular expression (faster than one big regex)."""

    def __init__(self, phrases: list[str]):
        words = {p for p in phrases if _WORD.fullmatch(p)}
        rest = sorted(set(phrases) - words, key=len, reverse=True)
        self.words = frozenset(words)
        self.pattern = (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, rest)) + r")(?!\w)")
                        if rest else None)

    def count(self, lowered: str, tokens: list[str]) -> int:
        hits = sum(t in self.words for t in tokens)
        if self.pattern is not None:
            hits += len(self.pattern.findall(lowered))
        return hits


class Lexicon:
    """The word lists of ``line_model/lexicon.json``."""

    def __init__(self, data: dict[str, list[str]]):
        self.stopwords_de = frozenset(data["stopwords_de"])
        self.stopwords_en = frozenset(data["stopwords_en"])
        self.tag_labels = frozenset(data["tag_labels"])
        self.name_titles = frozenset(data["name_titles"])
        self.advertising_line = frozenset(data["advertising_line"])
        self.boilerplate = PhraseList(data["boilerplate"])
        self.navigation = PhraseList(data["navigation"])
        self.navigation_words = frozenset(data["navigation"])
        self.ad_strong = PhraseList(data["advertising_strong"])
        self.ad_weak = PhraseList(data["advertising_weak"])


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(json.loads(LEXICON_FILE.read_text(encoding="utf-8")))


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


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if match.start() > cursor:
            pieces.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        pieces.append((cursor, end))
    return pieces or [(start, end)]


# --------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------

_END_SENTENCE = re.compile(r"[.!?…。！？][\"'”“»«)\]」』]*$")
_BULLET = re.compile(r"^[-–—•*·›»>▪►|+]\s")
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|"
                   r"\b\d{1,2}\.?\s(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s?(?:uhr|h|am|pm)\b|\b\d{1,2}:\d{2}\b", re.I)
_PRICE = re.compile(r"\d[\d.,]*\s?(?:€|eur\b|euro\b|\$|usd\b|chf\b|£)|[€$£]\s?\d", re.I)
_URL = re.compile(r"https?://|www\.|\.(?:de|com|org|net|ch|at)\b|@\w+\.\w", re.I)
_HASHTAG = re.compile(r"(?<!\w)#\w")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|alle rechte|all rights", re.I)
_SEPARATORS = re.compile(r"[|•·/»›>]")
_TAG_LINE = re.compile(r"^[-–•*·]?\s*([^\W\d_][\w ]{1,20}?)\s*:\s*(.*)$")
# Headers after which a page usually leaves the article: comments, related links.
_COMMENTS_HEADER = re.compile(
    r"^\W*(?:\d+\s+)?(?:comments?|kommentare?|responses?|replies|antworten|leserkommentare|diskussion)\W*$"
    r"|leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)"
    r"|kommentar (?:schreiben|verfassen)|diskutieren sie mit|\b(?:says|sagt|schreibt|wrote|schrieb):\s*$"
    r"|^\W*(?:reply|antworten|log in to reply|melden|report)\W*$", re.I)
_RELATED_HEADER = re.compile(
    r"^\W*(?:related(?: articles| stories| posts| content)?|more (?:from|on|stories)|you (?:may|might) also like"
    r"|recommended(?: for you)?|read (?:more|next|also)|most (?:popular|read)|trending|lesen sie (?:auch|mehr)"
    r"|mehr zum thema|mehr (?:aus|zu|von)\b.*|auch interessant|das könnte sie (?:auch )?interessieren"
    r"|meistgelesen|weitere artikel|empfehlungen|top-?themen|share this|teilen|artikel teilen)\W*$", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^\w\s]")
_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüßéèáàóòíìç'’\-]+|[A-ZÄÖÜ]\.)$")

BASE_FEATURES = (
    "log_chars", "log_words", "mean_word_len", "end_sentence", "end_colon", "end_comma",
    "first_upper", "first_bullet", "first_digit", "log_sentences", "commas_per_word",
    "digit_ratio", "upper_ratio", "punct_ratio", "capitalised_ratio",
    "stop_de", "stop_en", "stop_best", "boiler_hits", "nav_hits", "ad_strong", "ad_weak",
    "ad_line", "tag_label", "copyright", "date", "time", "price", "url", "hashtag",
    "separators", "name_like", "nav_word_ratio", "long_line", "comments_header", "related_header",
    "cjk_ratio",
)
CONTEXT_COLUMNS = ("log_words", "end_sentence", "stop_best", "boiler_hits", "long_line", "first_bullet")
CONTEXT_OFFSETS = (-3, -2, -1, 1, 2, 3)
WINDOW_COLUMNS = ("long_line", "stop_best", "log_words")
WINDOWS = (3, 10, 30)


def _line_vector(line: str, lex: Lexicon, language: str | None) -> list[float]:
    tokens = _WORD.findall(line)
    lowered = line.lower()
    lower_tokens = [t.lower() for t in tokens]
    n_words = len(tokens)
    n_chars = len(line)
    letters = len(_LETTER.findall(line)) or 1
    stop_de = sum(t in lex.stopwords_de for t in lower_tokens) / n_words if n_words else 0.0
    stop_en = sum(t in lex.stopwords_en for t in lower_tokens) / n_words if n_words else 0.0
    if language == "de":
        stop_best = stop_de
    elif language == "en":
        stop_best = stop_en
    else:
        stop_best = max(stop_de, stop_en)
    end_sentence = bool(_END_SENTENCE.search(line))
    stripped = line.rstrip()
    last = stripped[-1] if stripped else ""
    return [
        math.log1p(n_chars),
        math.log1p(n_words),
        min(sum(map(len, tokens)) / n_words, 20.0) if n_words else 0.0,
        float(end_sentence),
        float(last == ":"),
        float(last in ",;"),
        float(line[:1].isupper()),
        float(bool(_BULLET.match(line))),
        float(line[:1].isdigit()),
        math.log1p(len(re.findall(r"[.!?…]\s", line))),
        line.count(",") / n_words if n_words else 0.0,
        len(_DIGIT.findall(line)) / n_chars,
        sum(map(str.isupper, line)) / letters,
        len(_PUNCT.findall(line)) / n_chars,
        sum(t[:1].isupper() for t in tokens) / n_words if n_words else 0.0,
        stop_de,
        stop_en,
        stop_best,
        min(lex.boilerplate.count(lowered, lower_tokens), 3),
        min(lex.navigation.count(lowered, lower_tokens), 3),
        min(lex.ad_strong.count(lowered, lower_tokens), 3),
        min(lex.ad_weak.count(lowered, lower_tokens), 3),
        float(_is_ad_label(lowered, lex)),
        float(_is_tag_label(line, lex)),
        float(bool(_COPYRIGHT.search(line))),
        float(bool(_DATE.search(line))),
        float(bool(_TIME.search(line))),
        float(bool(_PRICE.search(line))),
        float(bool(_URL.search(line))),
        float(bool(_HASHTAG.search(line))),
        min(len(_SEPARATORS.findall(line)), 5),
        float(is_name_like(line, lex)),
        sum(t in lex.navigation_words for t in lower_tokens) / n_words if n_words else 0.0,
        float((n_words >= 12 or n_chars >= 60) and end_sentence),
        float(bool(_COMMENTS_HEADER.search(line))),
        float(bool(_RELATED_HEADER.search(line))),
        len(_CJK.findall(line)) / n_chars,
    ]


def _is_ad_label(lowered: str, lex: Lexicon) -> bool:
    """A line that only says 'Anzeige', 'Sponsored', 'Werbung' ..."""
    core = lowered.strip(" -–—*•·:|[]()").strip()
    return core in lex.advertising_line


def _is_tag_label(line: str, lex: Lexicon) -> bool:
    """'Themen:', '- Tags: Politik, Wahl', 'Schlagwörter:' ..."""
    match = _TAG_LINE.match(line.strip())
    return bool(match) and match.group(1).strip().lower() in lex.tag_labels


def is_name_like(line: str, lex: Lexicon | None = None) -> bool:
    """'Dr. Marc Faber', 'Peter Hahne': two to four capitalised words."""
    lex = lex or lexicon()
    words = line.strip(" -–•*·,").split()
    words = [w for w in words if w.lower() not in lex.name_titles]
    if not 2 <= len(words) <= 4:
        return False
    return all(_NAME_TOKEN.match(w) for w in words) and not any(
        w.lower() in lex.stopwords_de or w.lower() in lex.stopwords_en for w in words)


def _shift(matrix: np.ndarray, offset: int) -> np.ndarray:
    """Row i gets row i+offset (zeros beyond the edges)."""
    shifted = np.zeros_like(matrix)
    n = len(matrix)
    if offset > 0 and offset < n:
        shifted[:-offset] = matrix[offset:]
    elif offset < 0 and -offset < n:
        shifted[-offset:] = matrix[:offset]
    return shifted


def _window_mean(matrix: np.ndarray, radius: int) -> np.ndarray:
    """Mean of rows i-radius..i+radius (clipped at the edges), per column."""
    n = len(matrix)
    padded = np.vstack([np.zeros((1, matrix.shape[1])), np.cumsum(matrix, axis=0)])
    idx = np.arange(n)
    lo = np.clip(idx - radius, 0, n)
    hi = np.clip(idx + radius + 1, 0, n)
    return (padded[hi] - padded[lo]) / (hi - lo)[:, None]


def _window_max(values: np.ndarray, radius: int, forward: bool) -> np.ndarray:
    """Max of the ``radius`` values after (or before) each position."""
    n = len(values)
    padded = np.concatenate([np.zeros(radius), values, np.zeros(radius)])
    windows = np.lib.stride_tricks.sliding_window_view(padded, radius)
    # windows[k] covers padded[k:k+radius] == values[k-radius : k].
    return windows[np.arange(n) + radius + 1].max(axis=1) if forward else windows[np.arange(n)].max(axis=1)


def _cluster_features(member: np.ndarray, chars: np.ndarray, gap: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Group ``member`` lines into runs (bridging up to ``gap`` other lines);
    per line: its run's share of the largest run's characters, and whether
    it lies in the largest run.  The article is usually the largest run of
    prose on a page; comments and teaser lists form smaller ones."""
    n = len(member)
    run_id = np.full(n, -1)
    masses: list[float] = []
    last = -10 ** 9
    for i in np.flatnonzero(member):
        if i - last > gap + 1 or not masses:
            masses.append(0.0)
        else:
            run_id[last + 1:i] = len(masses) - 1   # the bridged lines belong to the run
        run_id[i] = len(masses) - 1
        masses[-1] += chars[i]
        last = i
    if not masses:
        return np.zeros(n), np.zeros(n)
    mass = np.array(masses)
    largest = int(mass.argmax())
    share = np.where(run_id >= 0, mass[np.maximum(run_id, 0)] / max(mass.max(), 1.0), 0.0)
    return share, (run_id == largest).astype(float)


def line_features(lines: list[str], language: str | None = None) -> np.ndarray:
    """The first-pass feature matrix, one row per line."""
    lex = lexicon()
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    # Menus repeat: describe each distinct line once.
    vectors: dict[str, list[float]] = {}
    for line in lines:
        if line not in vectors:
            vectors[line] = _line_vector(line, lex, language)
    base = np.array([vectors[line] for line in lines], dtype=float)
    column = {name: i for i, name in enumerate(BASE_FEATURES)}

    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    repeats = np.array([math.log(counts[line]) for line in lines])
    idx = np.arange(n)
    chars = np.exp(base[:, column["log_chars"]]) - 1
    long_line = base[:, column["long_line"]]
    cum_long = np.cumsum(long_line) - long_line
    cum_chars = np.cumsum(chars) - chars
    # Has the page passed a comments / related-links header yet?
    comments_seen = np.maximum.accumulate(base[:, column["comments_header"]])
    related_seen = np.maximum.accumulate(base[:, column["related_header"]])
    cluster_mass, cluster_is_largest = _cluster_features(long_line > 0, chars)
    page = np.column_stack([
        cluster_mass,
        cluster_is_largest,
        idx / max(n - 1, 1),
        np.log1p(idx),
        np.log1p(n - 1 - idx),
        np.full(n, math.log1p(n)),
        repeats,
        chars / max(chars.max(), 1.0),
        cum_long / max(long_line.sum(), 1.0),
        cum_chars / max(chars.sum(), 1.0),
        comments_seen,
        related_seen,
    ])
    context_cols = base[:, [column[c] for c in CONTEXT_COLUMNS]]
    context = [_shift(context_cols, k) for k in CONTEXT_OFFSETS]
    window_cols = base[:, [column[c] for c in WINDOW_COLUMNS]]
    windows = [_window_mean(window_cols, r) for r in WINDOWS]
    return np.hstack([base, page, *context, *windows])


PAGE_FEATURES = ("cluster_mass", "cluster_is_largest", "rel_pos", "log_index", "log_index_from_end", "log_lines", "log_repeats",
                 "chars_vs_max", "long_lines_before", "chars_before", "comments_seen", "related_seen")
FEATURE_NAMES = (
    BASE_FEATURES + PAGE_FEATURES
    + tuple(f"{c}@{k:+d}" for k in CONTEXT_OFFSETS for c in CONTEXT_COLUMNS)
    + tuple(f"{c}~{r}" for r in WINDOWS for c in WINDOW_COLUMNS)
)


def second_pass_features(first: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """First-pass features plus the first pass's view of the neighbourhood."""
    article = probs[:, [ARTICLE]]
    title = probs[:, [TITLE]]
    both = np.hstack([article, title])
    shifted = [_shift(both, k) for k in (-4, -3, -2, -1, 1, 2, 3, 4)]
    windows = [_window_mean(article, r) for r in (3, 10, 30)]
    values = article[:, 0]
    before = _window_max(values, 10, forward=False)[:, None]
    after = _window_max(values, 10, forward=True)[:, None]
    mass = np.cumsum(values) - values
    mass = (mass / max(values.sum(), 1e-9))[:, None]
    chars = np.exp(first[:, 0]) - 1
    share, largest = _cluster_features(values >= 0.5, chars)
    return np.hstack([first, both, *shifted, *windows, before, after, mass, share[:, None], largest[:, None]])


# --------------------------------------------------------------------------
# Bag of words: a linear model over hashed words gives one more feature
# --------------------------------------------------------------------------

BOW_FEATURES = 2 ** 15


def bow_analyzer(line: str) -> list[str]:
    """Lower-cased words, plus the first and last word marked as such
    ('Reply', 'says:', 'Foto:' mean more at the edges of a line)."""
    words = _WORD.findall(line.lower())
    if not words:
        return ["<empty>"]
    return words + ["^" + words[0], words[-1] + "$", f"<len{min(len(words), 8)}>"]


def bow_vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=BOW_FEATURES, analyzer=bow_analyzer, alternate_sign=False,
                             binary=True, norm="l2")


def with_bow(first: np.ndarray, bow_scores: np.ndarray) -> np.ndarray:
    """Hand features plus the word model's score of each line and its neighbours."""
    scores = bow_scores[:, None]
    return np.hstack([first, scores, *[_shift(scores, k) for k in (-2, -1, 1, 2)],
                      _window_mean(scores, 5)])


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
    """The word model and the two tree passes, loaded from ``line_model.npz``."""

    def __init__(self, path: Path = MODEL_FILE):
        with np.load(path, allow_pickle=False) as arrays:
            data = {name: arrays[name] for name in arrays.files}
        self.bow_coef = data["bow_coef"]
        self.bow_intercept = float(data["bow_intercept"][0])
        self.pass1 = Forest(data, "pass1")
        self.pass2 = Forest(data, "pass2")

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
    probs = model.pass1.predict_proba(first)
    return model.pass2.predict_proba(second_pass_features(first, probs))


# --------------------------------------------------------------------------
# From probabilities to block kinds
# --------------------------------------------------------------------------

ARTICLE_THRESHOLD = 0.7  # tuned by grouped CV on dev (0.65-0.75 is a plateau)
TITLE_THRESHOLD = 0.25
RELATIVE_FALLBACK = 0.5
_HEADING_END = re.compile(r"[.:;,][\"'”“»«)\]]*$")
_AD_REGION_GAP = 3          # lines without an advertising cue an ad region may bridge
_LONG = 12                  # words; a line this long with a full stop reads as prose


class _LineFacts:
    """The few per-line facts the decoding rules need (cheap to recompute)."""

    __slots__ = ("words", "end_sentence", "bullet", "ad_score", "ad_strong", "ad_label",
                 "tag_label", "hashtags_only", "name_like", "boiler", "nav_ratio", "separators",
                 "copyright")

    def __init__(self, line: str, lex: Lexicon):
        lowered = line.lower()
        tokens = _WORD.findall(line)
        lower_tokens = _WORD.findall(lowered)
        self.words = len(tokens)
        self.end_sentence = bool(_END_SENTENCE.search(line))
        self.bullet = bool(_BULLET.match(line))
        self.ad_strong = lex.ad_strong.count(lowered, lower_tokens)
        self.ad_label = _is_ad_label(lowered, lex)
        self.ad_score = (2 * self.ad_strong + lex.ad_weak.count(lowered, lower_tokens)
                         + bool(_PRICE.search(line)) + (bool(_DATE.search(line)) and bool(_TIME.search(line)))
                         + 3 * self.ad_label)
        self.tag_label = _is_tag_label(line, lex)
        body = line.strip(" -–•*·")
        self.hashtags_only = bool(body) and all(w.startswith("#") for w in body.replace(",", " ").split())
        self.name_like = is_name_like(line, lex)
        self.boiler = lex.boilerplate.count(lowered, lower_tokens)
        self.nav_ratio = (sum(t.lower() in lex.navigation_words for t in tokens) / len(tokens)) if tokens else 0.0
        self.separators = len(_SEPARATORS.findall(line))
        self.copyright = bool(_COPYRIGHT.search(line))

    @property
    def prose(self) -> bool:
        return self.words >= _LONG and self.end_sentence


def _heading_shaped(line: str, facts: _LineFacts) -> bool:
    return 1 <= facts.words <= 15 and not _HEADING_END.search(line)


def advertising_regions(lines: list[str], facts: list[_LineFacts], article: np.ndarray) -> np.ndarray:
    """Lines inside advertising: grown from lines with a strong cue.

    A region starts at a line that says 'Anzeige'/'Sponsored' or carries a
    strong cue ('Webinar', 'Jetzt anmelden', 'Gewinnspiel', 'bereits
    angemeldet' ...) -- unless that line is article prose with few cues, as
    in a report *about* an event.  It grows over neighbours that carry any
    cue (weak words, prices, a date with a time, name-like lines as in a
    speaker list), bridging up to ``_AD_REGION_GAP`` lines without one, and
    stops at article prose without cues, at tag lines and at the page edge.
    """
    n = len(lines)
    ad = np.zeros(n, dtype=bool)

    def cue(i: int) -> bool:
        f = facts[i]
        return f.ad_score > 0 or (f.name_like and not f.bullet)

    def barrier(i: int) -> bool:
        # Tag lines, list items of a menu and article prose end an ad.
        f = facts[i]
        return (f.tag_label or f.hashtags_only or (f.bullet and f.words <= 4 and f.ad_score == 0)
                or (article[i] and f.prose and f.ad_score < 3))

    for i, f in enumerate(facts):
        if ad[i]:
            continue
        seed = f.ad_label or (f.ad_strong >= 1 and (not (article[i] and f.prose) or f.ad_score >= 4))
        if not seed:
            continue
        ad[i] = True
        for step in (1, -1):
            last_cue, j, gap = i, i + step, 0
            while 0 <= j < n and not barrier(j) and gap <= _AD_REGION_GAP:
                if cue(j):
                    last_cue, gap = j, 0
                else:
                    gap += 1
                j += step
            lo, hi = sorted((i, last_cue))
            ad[lo:hi + 1] = True
    return ad


def tag_lines(text: str, units: list[tuple[int, int]], facts: list[_LineFacts]) -> np.ndarray:
    """'Themen:' / 'Tags:' lines, the short lines right after them, hashtag lines."""
    n = len(facts)
    tags = np.zeros(n, dtype=bool)
    for i, f in enumerate(facts):
        if f.hashtags_only:
            tags[i] = True
        if not f.tag_label:
            continue
        tags[i] = True
        j = i + 1
        # Items follow without a blank line, each a few words at most.
        while (j < n and j - i <= 15 and "\n\n" not in text[units[j - 1][1]:units[j][0]]
               and (facts[j].words <= 4 and not facts[j].end_sentence)):
            tags[j] = True
            j += 1
    return tags


def _pick_title(probs: np.ndarray, article: np.ndarray, lines: list[str], facts: list[_LineFacts]) -> int | None:
    starts = np.flatnonzero(article)
    first_article = int(starts[0]) if len(starts) else len(lines)
    window = range(0, max(first_article, 1) if len(starts) else len(lines))
    candidates = [i for i in window if i < len(lines) and not article[i]]
    if candidates:
        best = max(candidates, key=lambda i: probs[i, TITLE])
        if probs[best, TITLE] >= TITLE_THRESHOLD:
            return best
    # No confident title: a headline-shaped line right before the article.
    for i in range(first_article - 1, max(first_article - 4, -1), -1):
        f = facts[i]
        if 3 <= f.words <= 25 and not f.bullet and not f.end_sentence and f.boiler == 0 and f.ad_score == 0:
            return i
    return None


def decode(text: str, units: list[tuple[int, int]], lines: list[str], probs: np.ndarray,
           threshold: float = ARTICLE_THRESHOLD, bridge_headings: bool = True) -> list[tuple[str, int, int]]:
    """Block kinds from the model's probabilities and the rules above."""
    lex = lexicon()
    n = len(lines)
    if n == 0:
        return []
    distinct = {line: _LineFacts(line, lex) for line in dict.fromkeys(lines)}
    facts = [distinct[line] for line in lines]
    article = probs[:, ARTICLE] >= threshold
    if not article.any():
        # Every page the model was trained on has an article; when none is
        # confident, the relatively best lines are still the best guess.
        best = probs[:, ARTICLE].max()
        article = probs[:, ARTICLE] >= max(best * RELATIVE_FALLBACK, 1e-6)
    title = _pick_title(probs, article, lines, facts)
    ads = advertising_regions(lines, facts, article)
    _resume_after_ads(article, ads, probs, facts)
    tags = tag_lines(text, units, facts)
    kinds: list[str] = []
    for i, (line, f) in enumerate(zip(lines, facts)):
        if i == title:
            kind = "title"
        elif ads[i]:
            kind = "advertisement"
        elif tags[i]:
            kind = "tags"
        elif article[i]:
            kind = "heading" if _heading_shaped(line, f) else "body"
        elif bridge_headings and _bridges(i, lines, facts, article, ads, tags):
            kind = "heading"
        elif f.copyright or f.words > 5 or f.end_sentence:
            kind = "navigation" if f.separators >= 3 and f.nav_ratio >= 0.5 else "boilerplate"
        else:
            kind = "navigation"
        kinds.append(kind)
    return _merge(kinds, units)


RESUME_THRESHOLD = 0.35


def _resume_after_ads(article: np.ndarray, ads: np.ndarray, probs: np.ndarray, facts: list[_LineFacts]) -> None:
    """An ad inside an article makes the model doubt the prose after it
    (its context windows see the ad); look through the ad: prose right after
    an ad region that follows article text stays article."""
    n = len(article)
    i = 0
    while i < n:
        if not ads[i]:
            i += 1
            continue
        start = i
        while i < n and ads[i]:
            i += 1
        if start == 0 or not article[start - 1]:
            continue
        j = i
        while j < n and not ads[j] and facts[j].prose and probs[j, ARTICLE] >= RESUME_THRESHOLD:
            article[j] = True
            j += 1


def _bridges(i: int, lines, facts, article, ads, tags) -> bool:
    """A heading-shaped line between two article lines is a subheading."""
    if i == 0 or i + 1 >= len(lines):
        return False
    f = facts[i]
    if not _heading_shaped(lines[i], f) or f.words < 2 or f.bullet or f.boiler or f.ad_score or f.name_like:
        return False
    return bool(article[i - 1] and article[i + 1] and not ads[i + 1] and not tags[i + 1]
                and facts[i + 1].prose)


_MERGED_KINDS = frozenset({"advertisement", "navigation", "boilerplate", "tags"})


def _merge(kinds: list[str], units: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Consecutive lines of one cut kind become one block; article lines stay apart."""
    blocks: list[tuple[str, int, int]] = []
    for kind, (start, end) in zip(kinds, units):
        if blocks and kind in _MERGED_KINDS and blocks[-1][0] == kind:
            blocks[-1] = (kind, blocks[-1][1], end)
        else:
            blocks.append((kind, start, end))
    return blocks


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
    return decode(text, units, lines, probs)
