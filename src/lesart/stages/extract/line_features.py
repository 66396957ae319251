"""Features of the plain-text line classifier (see ``plaintext.py``).

Per line: shape (length, punctuation, capitalisation), vocabulary from
``line_model/lexicon.json`` (stopwords, boilerplate, navigation and
advertising words), patterns (dates, prices, URLs, hashtags), the line's
place on the page and its neighbours; a hashed bag of words feeds a linear
model whose score is one more feature.  ``second_pass_features`` adds the
first pass's probabilities of the neighbouring lines.
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).with_name("line_model")
LEXICON_FILE = MODEL_DIR / "lexicon.json"

# Classes of the learned model.
OTHER, ARTICLE, TITLE = 0, 1, 2

_WORD = re.compile(r"\w+")

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
# Features
# --------------------------------------------------------------------------

_END_SENTENCE = re.compile(r"[.!?…。！？][\"'”“»«)\]」』]*$")
_BULLET = re.compile(r"^[-–—•*·›»>▪►|+]\s")
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b|"
                   r"\b\d{1,2}\.?\s(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*", re.I)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\s?(?:uhr|h|am|pm)\b|\b\d{1,2}:\d{2}\b", re.I)
# Starts only where a run of digits and separators starts: tried from every
# digit, a long run without a currency took quadratic time (6,000 digits: 4 s).
_PRICE = re.compile(r"(?<![\d.,])[.,]*\d[\d.,]*\s?(?:€|eur\b|euro\b|\$|usd\b|chf\b|£)|[€$£]\s?\d", re.I)
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


def _outside_largest_run(in_run: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """log(1 + lines) before the largest prose run starts and after it ends
    (0 inside): comments and teasers sit after the article, menus before."""
    idx = np.arange(len(in_run))
    members = np.flatnonzero(in_run)
    if not len(members):
        return np.zeros(len(in_run)), np.zeros(len(in_run))
    return np.log1p(np.maximum(members[0] - idx, 0)), np.log1p(np.maximum(idx - members[-1], 0))


def _teaser_pairs(base: np.ndarray, column: dict[str, int]) -> np.ndarray:
    """1 for both lines of a headline-shaped line followed by a short
    paragraph: the shape of a teaser list (related articles, 'Mehr zum
    Thema'), where an article's paragraphs are mostly longer."""
    words = np.expm1(base[:, column["log_words"]])
    ends = base[:, column["end_sentence"]] > 0
    headline = (words >= 3) & (words <= 15) & ~ends
    teaser = (words >= 6) & (words <= 40) & ends
    pair = np.zeros(len(words), dtype=bool)
    pair[:-1] = headline[:-1] & teaser[1:]
    pair[1:] |= pair[:-1].copy()
    return pair.astype(float)


def best_span(values: np.ndarray, weights: np.ndarray, threshold: float) -> tuple[int, int]:
    """(first, last) line of the contiguous span with the largest sum of
    ``weights * (values - threshold)`` (Kadane); (0, -1) when none is positive.
    The article is mostly one contiguous region of the page."""
    best, current, start, span = 0.0, 0.0, 0, (0, -1)
    for i, gain in enumerate(weights * (values - threshold)):
        if current <= 0:
            current, start = gain, i
        else:
            current += gain
        if current > best:
            best, span = current, (start, i)
    return span


def _span_features(values: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Inside the best-scoring contiguous span of likely article lines, and
    log(1 + lines) to its start / from its end: a segment-level view."""
    n = len(values)
    first, last = best_span(values, words, 0.5)
    idx = np.arange(n)
    if last < first:
        return np.zeros((n, 3))
    return np.column_stack([(idx >= first) & (idx <= last),
                            np.log1p(np.maximum(first - idx, 0)), np.log1p(np.maximum(idx - last, 0))])


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
        *_outside_largest_run(cluster_is_largest),
        _window_mean(_teaser_pairs(base, column)[:, None], 10)[:, 0],
    ])
    context_cols = base[:, [column[c] for c in CONTEXT_COLUMNS]]
    context = [_shift(context_cols, k) for k in CONTEXT_OFFSETS]
    window_cols = base[:, [column[c] for c in WINDOW_COLUMNS]]
    windows = [_window_mean(window_cols, r) for r in WINDOWS]
    return np.hstack([base, page, *context, *windows])


PAGE_FEATURES = ("cluster_mass", "cluster_is_largest", "rel_pos", "log_index", "log_index_from_end", "log_lines", "log_repeats",
                 "chars_vs_max", "long_lines_before", "chars_before", "comments_seen", "related_seen",
                 "lines_before_largest_run", "lines_after_largest_run", "teaser_pairs~10")
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
    words = np.expm1(first[:, FEATURE_NAMES.index("log_words")])
    span = _span_features(values, words)
    return np.hstack([first, both, *shifted, *windows, before, after, mass, share[:, None], largest[:, None], span])


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

