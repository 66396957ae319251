"""From the line model's probabilities to block kinds (see ``plaintext.py``).

The gold data only says article vs. not article, so the finer kinds of the
rest come from rules over the lexicon: advertising regions, tag lists,
navigation and boilerplate; article lines become headings or body.
"""
from __future__ import annotations

import re

import numpy as np

from .line_features import (
    ARTICLE, TITLE, _BULLET, _COPYRIGHT, _DATE, _END_SENTENCE, _PRICE, _SEPARATORS, _TIME, _WORD,
    Lexicon, _is_ad_label, _is_tag_label, is_name_like, lexicon,
)
from .phrases import is_furniture_line

# --------------------------------------------------------------------------
# From probabilities to block kinds
# --------------------------------------------------------------------------

ARTICLE_THRESHOLD = 0.7  # tuned by grouped CV on dev (0.65-0.75 is a plateau)
TITLE_THRESHOLD = 0.25
RELATIVE_FALLBACK = 0.5
_HEADING_END = re.compile(r"[.:;,][\"'”“»«)\]]*$")
_AD_REGION_GAP = 3          # lines without an advertising cue an ad region may bridge
_LONG = 12                  # words; a line this long with a full stop reads as prose


_SENTENCE_INSIDE = re.compile(r"[.!?][\"“”»«']?\s+[A-ZÄÖÜ]")
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S. Court", "N.Y. debate": no sentence ends there


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
    return _headline_opening_article(first_article, lines, facts)


def _headline_opening_article(first: int, lines: list[str], facts: list[_LineFacts]) -> int | None:
    """A text that opens with its headline as the first article line (no menu
    above it, as in a wire copy or a clean dump): a short single-sentence
    line at the very top, followed by a paragraph at least twice as long.
    Wire headlines may end in a full stop ("After Rubio stumbles, rivals see
    opening in New Hampshire."), so the sentence end is not held against it.
    The very first line of the text needs less: any full sentence of prose
    below it ("Only 24 Percent of Hillary Clinton's Contributors Are Small
    Donors." over a 20-word lead), and one boilerplate word ("site") in a
    longer line does not disqualify it."""
    for i in (first - 1, first):       # the line just above the article, or its first line
        if not 0 <= i <= 2 or i + 1 >= len(lines):
            continue
        f, following = facts[i], facts[i + 1]
        line = lines[i].strip()
        top = i == 0 or not any(lines[j].strip() for j in range(i))
        boiler_allowed = 1 if top and f.words >= 8 else 0
        if not (3 <= f.words <= 20) or f.bullet or f.boiler > boiler_allowed or f.ad_score \
                or line.endswith((":", ",")):
            continue
        long_enough = following.words >= 2 * f.words or (top and following.prose)
        if _SENTENCE_INSIDE.search(_ABBREVIATION.sub("", line.rstrip(".!?"))) or not long_enough:
            continue
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
    furniture = {line: is_furniture_line(line) for line in distinct}
    vetoed = [i for i, line in enumerate(lines) if furniture[line]]
    if vetoed:
        # Lines the HTML path's phrases call furniture ("Lesen Sie auch",
        # "Von Anna Muster", a bio) are not article, however prose-like.
        probs = probs.copy()
        probs[vetoed, ARTICLE] = 0.0
    article = probs[:, ARTICLE] >= threshold
    if not article.any():
        # Every page the model was trained on has an article; when none is
        # confident, the relatively best lines are still the best guess.
        best = probs[:, ARTICLE].max()
        article = probs[:, ARTICLE] >= max(best * RELATIVE_FALLBACK, 1e-6)
    else:
        english, german = _stopword_counts(lines, lex)
        _extend_over_prose(article, probs[:, ARTICLE], facts, english > german)
        if german <= english:
            _fill_gaps(article, probs[:, ARTICLE])
    title = _pick_title(probs, article, lines, facts)
    ads = advertising_regions(lines, facts, article)
    _resume_after_ads(article, ads, probs, facts)
    _resume_after_boxes(article, ads, probs, facts)
    _embedded_posts(article, lines)
    _cut_comments(article, lines)
    _drop_repeats(article, lines)
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


EXTEND_UP_THRESHOLD = 0.5     # grouped CV on dev, 3 seeds (see MODEL_CARD.md)
EXTEND_DOWN_THRESHOLD = 0.4   # English pages only: on German ones it took teasers after the article
_EXTEND_MIN_WORDS = 8


GAP_THRESHOLD = 0.2           # grouped CV on dev, 3 seeds: a plateau from 0.05 to 0.3
GAP_MAX_LINES = 10


def _stopword_counts(lines: list[str], lex: Lexicon) -> tuple[int, int]:
    """English and German stopwords on the page (no language hint is given)."""
    tokens = [t.lower() for line in lines for t in _WORD.findall(line)]
    return sum(t in lex.stopwords_en for t in tokens), sum(t in lex.stopwords_de for t in tokens)


def _fill_gaps(article: np.ndarray, p_article: np.ndarray) -> None:
    """Close short gaps inside the article: up to ``GAP_MAX_LINES`` lines
    between two article lines, each with probability >= ``GAP_THRESHOLD``
    (list items, product lines, a short paragraph the model doubted).

    Not on German pages: there the lines inside the article that the model
    rejects are boxes the gold leaves out (teasers, info boxes); the same
    rule cost Fundus 0.0015-0.003 while it gained Scrapinghub 0.003 (grouped CV on
    dev, 3 seeds, every seed up)."""
    inside = np.flatnonzero(article)
    for above, below in zip(inside[:-1], inside[1:]):
        if 1 < below - above <= GAP_MAX_LINES + 1 and (p_article[above + 1:below] >= GAP_THRESHOLD).all():
            article[above + 1:below] = True


def _extend_over_prose(article: np.ndarray, p_article: np.ndarray, facts: list[_LineFacts],
                       english: bool) -> None:
    """Grow the article over adjacent sentences the model nearly accepted.

    The model misses the edges of an article (a lead above the first
    confident line, a closing sentence below the last): a full sentence of
    >= 8 words right next to article lines, with a probability just under
    the threshold, belongs to it.  Upwards on every page; downwards only on
    English pages, where the missed closing lines are (German pages end in
    teasers and author notes that look the same)."""
    def prose(i: int, floor: float) -> bool:
        return (not article[i] and facts[i].words >= _EXTEND_MIN_WORDS and facts[i].end_sentence
                and p_article[i] >= floor)

    n = len(article)
    for i in range(n - 2, -1, -1):          # upwards: chained, each next to article text
        if article[i + 1] and prose(i, EXTEND_UP_THRESHOLD):
            article[i] = True
    if english:
        for i in range(1, n):
            if article[i - 1] and prose(i, EXTEND_DOWN_THRESHOLD):
                article[i] = True


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


# Grouped CV on dev, 3 seeds (see MODEL_CARD.md): 0.25-0.4 and 6-10 lines are a plateau.
BOX_RESUME_THRESHOLD = 0.3
BOX_MAX_LINES = 10


def _resume_after_boxes(article: np.ndarray, ads: np.ndarray, probs: np.ndarray, facts: list[_LineFacts]) -> None:
    """Prose that follows a short box inside the article stays article.

    A teaser list or a job-ads box in the middle of a story ("Stellenmarkt",
    "Auch interessant" with three headlines) makes the model doubt the
    paragraph after it, which its context windows see next to the box.  A
    full sentence (``_LineFacts.prose``) 1 to ``BOX_MAX_LINES`` lines after
    the last article line, with probability >= ``BOX_RESUME_THRESHOLD``,
    resumes the story; the box itself stays out.  A sentence right below the
    article is left to ``_extend_over_prose`` (not on German pages); on dev,
    taking it here too cost Fundus.  Grouped CV on dev, 3 seeds: Fundus
    0.9570 -> 0.9592, Scrapinghub 0.9333 -> 0.9348, every seed up."""
    inside = np.flatnonzero(article)
    if not len(inside):
        return
    last = inside[0]
    for i in range(last + 1, len(article)):
        if article[i]:
            last = i
        elif (1 <= i - last - 1 <= BOX_MAX_LINES and not ads[i] and facts[i].prose
              and probs[i, ARTICLE] >= BOX_RESUME_THRESHOLD):
            article[i] = True
            last = i


POST_MAX_LINES = 6
# "— Governor Kristi Noem (@govkristinoem) November 18, 2019": the signature of an embedded post
_POST_SIGNATURE = re.compile(r"^\s*[—–-]\s*[^\n(@]{2,80}?\s*\(@\w+\)\s*.{0,40}$")


def _embedded_posts(article: np.ndarray, lines: list[str]) -> None:
    """A social-media post the story embeds is part of it, as in the HTML
    path (``html_posts``): when a post's signature line stands between
    article lines (each within ``POST_MAX_LINES``), the post's lines from the
    article line above down to the signature join the article.  (The model
    calls the short post lines and the signature boilerplate; grouped CV on
    dev: Scrapinghub +0.0007 on each of 3 seeds, Fundus unchanged.)"""
    n = len(article)
    for i, line in enumerate(lines):
        if article[i] or not _POST_SIGNATURE.match(line):
            continue
        above = [a for a in range(max(0, i - POST_MAX_LINES), i) if article[a]]
        below = [b for b in range(i + 1, min(n, i + 1 + POST_MAX_LINES)) if article[b]]
        if above and below:
            article[above[-1] + 1:i + 1] = True


COMMENTS_MIN_ARTICLE = 3      # article lines above a comments heading before it counts as one
# "[ 167 comments ]", "Top Rated Comments", "Kommentare (12)", "Leave a Reply": not
# "Kommentare: 49 , Empfehlungen: 24", a teaser's counter in a box inside the story.
_COMMENTS_HEADING = re.compile(
    r"^\W{0,3}(?:\d+\s+)?(?:(?:top[- ]rated|reader|leser|neueste|newest|all)\s+)?"
    r"(?:comments?|kommentare|leserkommentare)(?:\s*\(\d+\))?\s*\]?\s*$|"
    r"^\W*(?:leave a (?:reply|comment)|join the (?:discussion|conversation)|"
    r"schreiben sie (?:einen|den ersten) kommentar|diskutieren sie mit|add (?:a|your) comment|post a comment)",
    re.IGNORECASE)


def _cut_comments(article: np.ndarray, lines: list[str]) -> None:
    """The comment section below the story is not article: from a comments
    heading on, after at least ``COMMENTS_MIN_ARTICLE`` article lines,
    nothing is.  (Readers' comments are prose the model takes for the story;
    neither gold set ever keeps them.  Grouped CV on dev, 3 seeds: Fundus
    0.9592 -> 0.9596, Scrapinghub 0.9355 -> 0.9396, every seed up; two pages
    change, none for the worse.)"""
    seen = 0
    for i, line in enumerate(lines):
        if article[i]:
            seen += 1
            continue
        if seen >= COMMENTS_MIN_ARTICLE and len(line.split()) <= 8 and _COMMENTS_HEADING.search(line):
            article[i:] = False
            return


REPEAT_MIN_WORDS = 5


def _drop_repeats(article: np.ndarray, lines: list[str]) -> None:
    """A line of five words or more that the page repeats verbatim is article
    at most once, where it first appears: a story does not repeat its own
    paragraphs; the repeats are teaser cards, galleries, pull quotes.
    (Grouped CV on dev, 3 seeds: Fundus 0.9596 -> 0.9601, Scrapinghub
    0.9401 -> 0.9417, no seed down.)"""
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if not article[i]:
            continue
        key = " ".join(line.split()).lower()
        if len(key.split()) < REPEAT_MIN_WORDS:
            continue
        if key in seen:
            article[i] = False
        seen.add(key)


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

