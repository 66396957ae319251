"""German sentences that report a speech, writing or thought act, or pass on a plan
with "soll", where neither the rules nor the tagger found a frame.

WikiNews quotes "Die CDU hatte zu dem Thema Aufklärung gefordert.", "Airbus
erwartet rund 50.000 Zuschauer." or "Die PAD will die Proteste noch ausweiten."
whole as *Reported* (speaker and verb inside), and a frameless "Die
Mehrwertsteuer soll nicht angetastet werden." as *FreeIndirect*.  A sentence
the stage would leave to the author (``asserted``, no other claim in it) is
scored by two logistic regressions over a bag of lemmas and a few clause
features (``features``); above the threshold it becomes a ``reported`` claim
(source: the subject of the act verb; see ``CUE_FOR_PROMOTED``) or a ``hearsay`` one.  The weights are
a small table (``models/acts_de.tsv``, trained by ``train_acts.py`` on
de-wikinews-quotation train, thresholds chosen on dev; see MODEL_CARD.md).
"""
from __future__ import annotations

import bisect
import math
from functools import lru_cache
from pathlib import Path

import simplemma

from ...model import Claim, Document, Source
from . import lexicon
from .rules_de import (ARTICLES, AUX, PARTICLES, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS,
                       is_participle, lemma)
from .sources import classify
from .spanindex import SpanIndex
from .text import Token, find_quotes, tokenize

MODEL = Path(__file__).with_name("models") / "acts_de.tsv"
SOLL = frozenset({"soll", "sollen"})
WOLLEN = frozenset({"will", "wollen", "wollte", "wollten"})
LABELS = ("REP", "FIND")
MAX_TOKENS = 120   # longer sentences stay the author's
# Whether a promoted reported claim names its act verb as cue.  WikiNews leaves the
# cue of a Reported quotation unannotated (the verb is content; 294 of 303 train
# quotations), so on dev the cue costs cue F1 (64.1 -> 63.7); the verb still finds
# the speaker.  Set True for the product reading "X demanded ...", cue "demanded".
CUE_FOR_PROMOTED = False


def simplemma_raw(word: str) -> str:
    """simplemma's lemma as it comes (capitalised for nouns and names)."""
    return simplemma.lemmatize(word, lang="de")


def _first_comma(tokens: list[Token]) -> int:
    return next((i for i, t in enumerate(tokens) if t.text in ",;:"), len(tokens))


@lru_cache(maxsize=None)
def _act_lexicon() -> frozenset[str]:
    """The verbs of saying and of summarised speech acts (``cues_de.txt``)."""
    cues = lexicon.cues("de")
    return cues.get("speech", frozenset()) | cues.get("reported", frozenset())


def _mode_of(modes: list[str]) -> str:
    if not modes:
        return "none"
    for m in ("direct", "indirect", "hearsay", "reported"):
        if m in modes:
            return m
    return "asserted"


def features(tokens: list[Token], in_quote: list[bool], prev: str = "none", nxt: str = "none") -> list[str]:
    """The sentence's attributes: lemmas outside quotations, the verb in second
    place and at the end (with a stranded particle), "soll" in second place,
    quotation marks, length, and the modes the rules gave the sentences around it."""
    out = ["bias", f"prev={prev}", f"next={nxt}"]
    words = [i for i, t in enumerate(tokens) if t.is_word and not in_quote[i]]
    if any(in_quote):
        out.append("quoted")
    n = len(words)
    out.append("len=" + ("s" if n < 8 else "m" if n < 16 else "l" if n < 30 else "xl"))
    if not words:
        return out
    lower_words = [i for i in words if tokens[i].text[:1].islower()]
    for i in words:
        t = tokens[i]
        if i == 0 or t.text[:1].islower():
            out.append("l=" + lemma(t.text))
    # the finite verb of a main clause: the first lower-case word after the first constituent
    v2 = next((i for i in lower_words if i > 0), None)
    if v2 is not None:
        lv = lemma(tokens[v2].text)
        out.append("v2=" + lv)
        last = words[-1]
        if last > v2 and tokens[last].lower in PARTICLES:
            out.append(f"sep={lv}+{tokens[last].lower}")
        if tokens[v2].lower in SOLL:
            out.append("soll_v2")
            if is_participle(tokens[last]) or tokens[last].lower in {"werden", "worden"}:
                out.append("soll_passive")
            if tokens[last].lower in {"haben", "sein"}:
                out.append("soll_perfect")
        if tokens[v2].lower in WOLLEN:
            out.append("wollen_v2")
        if tokens[v2].lower in AUX:
            out.append("aux_v2")
    last = words[-1]
    if tokens[last].text[:1].islower():
        out.append("end=" + lemma(tokens[last].text))
        if is_participle(tokens[last]):
            out.append("end_participle")
    first = tokens[words[0]]
    if first.lower in SUBORDINATORS or first.lower in RELATIVE_PRONOUNS:
        out.append("first=" + first.lower)
    elif first.lower in SUBJECT_PRONOUNS:
        out.append("subj=" + first.lower)
    elif first.lower in ARTICLES or (first.is_capitalised and lemma(first.text)[:1] and
                                      simplemma_raw(first.text)[:1].isupper()):
        out.append("subj=np")
    # a verb of the speech-act lexicon (cues_de.txt), in the first clause or later
    acts = _act_lexicon()
    for i in lower_words:
        lv = lemma(tokens[i].text)
        hit = lv in acts
        particle = tokens[last].lower if last > i and tokens[last].lower in PARTICLES else None
        if particle and f"{lv}+{particle}" in acts:
            lv, hit = f"{lv}+{particle}", True
        if hit:
            where = "main" if i < _first_comma(tokens) else "later"
            out.append("act_" + where)
            out.append("act=" + lv)
    if any(tokens[i].lower in SOLL for i in words):
        out.append("soll")
    return out


class ActModel:
    """Weights per label (``LABELS``) and feature, read from ``models/acts_de.tsv``:
    header lines start with '#', then ``feature<TAB>w_REP<TAB>w_FIND``; the
    thresholds are header lines ``# threshold<TAB>LABEL<TAB>p``."""

    def __init__(self, weights: dict[str, tuple[float, ...]], thresholds: dict[str, float]) -> None:
        self.weights = weights
        self.thresholds = thresholds

    @classmethod
    def load(cls, path: Path = MODEL) -> "ActModel":
        weights: dict[str, tuple[float, ...]] = {}
        thresholds: dict[str, float] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# threshold\t"):
                _, label, p = line.split("\t")
                thresholds[label] = float(p)
            elif line and not line.startswith("#"):
                name, *ws = line.split("\t")
                weights[name] = tuple(float(w) for w in ws)
        return cls(weights, thresholds)

    def probabilities(self, feats: list[str]) -> tuple[float, ...]:
        z = [0.0] * len(LABELS)
        for f in set(feats):
            w = self.weights.get(f)
            if w is not None:
                for k in range(len(LABELS)):
                    z[k] += w[k]
        return tuple(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x)))) for x in z)


_MODEL_OVERRIDE: ActModel | None = None   # a model being tuned (train_acts --grid)


def model() -> ActModel | None:
    return _MODEL_OVERRIDE or _shipped()


@lru_cache(maxsize=None)
def _shipped() -> ActModel | None:
    return ActModel.load() if MODEL.exists() else None


def _sentence_modes(doc: Document, claims: list[Claim]) -> list[str]:
    """Per sentence of ``doc``, the mode the rules gave it (``_mode_of``)."""
    starts = [s.start for s in doc.sentences]
    modes: list[list[str]] = [[] for _ in doc.sentences]
    for c in claims:
        k = bisect.bisect_right(starts, c.start) - 1
        while 0 <= k < len(doc.sentences) and doc.sentences[k].start < c.end:
            if doc.sentences[k].end > c.start:
                modes[k].append(c.mode)
            k += 1
    return [_mode_of(m) for m in modes]


def _act_verb(tokens: list[Token], in_quote: list[bool], weights: dict[str, tuple[float, ...]]) -> int | None:
    """The token of the sentence's act verb: the lexicon verb the model weighs most
    (``act=`` features), or None."""
    acts = _act_lexicon()
    words = [i for i, t in enumerate(tokens) if t.is_word and not in_quote[i]]
    last = words[-1] if words else -1
    best, best_w = None, -1e9
    for i in words:
        if i == 0 or not tokens[i].text[:1].islower():
            continue
        lv = lemma(tokens[i].text)
        if last > i and tokens[last].lower in PARTICLES and f"{lv}+{tokens[last].lower}" in acts:
            lv = f"{lv}+{tokens[last].lower}"
        elif lv not in acts:
            continue
        w = weights.get("act=" + lv, (0.0,))[0]
        if w > best_w:
            best, best_w = i, w
    return best


def promote(doc: Document, claims: list[Claim], rule_claims: list[Claim]) -> list[Claim]:
    """``claims`` with each sentence that holds only the author's claim re-read by the
    model: a reported speech act (``reported``, its subject as source and its act verb
    as cue) or a frameless "soll" plan or rumour (``hearsay``) where the model says so."""
    m = model()
    if m is None or not doc.sentences:
        return claims
    rules = _rules()
    index = SpanIndex(claims, [(c.start, c.end) for c in claims])
    modes: list[str] | None = None
    out_drop: set[int] = set()
    added: list[Claim] = []
    t_rep, t_find = m.thresholds.get("REP", 1.1), m.thresholds.get("FIND", 1.1)
    sentences = doc.sentences
    for k, s in enumerate(sentences):
        inside = index.overlapping(s.start, s.end)
        own = [c for c in inside if c.mode == "asserted" and s.start <= c.start and c.end <= s.end]
        if len(own) != 1 or len(inside) != 1:
            continue
        tokens = tokenize(doc.text[s.start:s.end], s.start)
        if not tokens or len(tokens) > MAX_TOKENS:
            continue
        if modes is None:
            modes = _sentence_modes(doc, rule_claims)
        quotes = find_quotes(doc.text[s.start:s.end], s.start)
        in_quote = [any(q.start <= t.start < q.end for q in quotes) for t in tokens] if quotes \
            else [False] * len(tokens)
        feats = features(tokens, in_quote, modes[k - 1] if k else "start",
                         modes[k + 1] if k + 1 < len(sentences) else "end")
        p_rep, p_find = m.probabilities(feats)
        if p_find >= t_find and p_find - t_find >= p_rep - t_rep:
            mode = "hearsay"
        elif p_rep >= t_rep:
            mode = "reported"
        else:
            continue
        c = own[0]
        end = c.end
        if doc.text[end:s.end].strip() in {".", "!"}:
            end = s.end    # the whole sentence, its full stop included (WikiNews)
        source = cue = None
        if mode == "reported":
            v = _act_verb(tokens, in_quote, m.weights)
            if v is not None:
                cue = doc.span(tokens[v].start, tokens[v].end)
                subj = rules._subject(tokens, v, 0, None, in_quote)
                if subj is not None and subj[1] > subj[0]:
                    a, b = tokens[subj[0]].start, tokens[subj[1] - 1].end
                    source = Source(start=a, end=b, text=doc.text[a:b], kind=classify(doc.text[a:b]))
                else:
                    source = Source(start=cue.start, end=cue.end, text=cue.text, kind="unspecified")
        out_drop.add(id(c))
        added.append(Claim(start=c.start, end=end, text=doc.text[c.start:end], mode=mode, source=source, cue=cue if CUE_FOR_PROMOTED else None))
    if not added:
        return claims
    return sorted([c for c in claims if id(c) not in out_drop] + added, key=lambda c: (c.start, c.end))


@lru_cache(maxsize=None)
def _rules():
    from .rules_de import GermanRules
    return GermanRules()
