"""The claims CRF run in numpy: tags and marginals for every sentence of a document at once.

CRFsuite's Python binding copies each token's attribute names (about 30
byte strings) into C++ and looks each up in the model's hash table; on a
news page that, and one Python call per token and label for the marginals
that the default tagger averages with the BiLSTM, was most of the claims
stage's time.  Here the model file's weights are read once
(``entities.crf.CrfWeights``) and a token's label scores are built from
sums cached per word form: its own attributes, and its attributes as the
neighbour at -2, -1, +1, +2 (``crf_features._WordAttributes`` names them, so the
attributes are exactly the ones CRFsuite reads).  Quotation, Konjunktiv,
position, the rules' labels and the sentence flags add one small vector
each.  The sums are added in another order than CRFsuite's, so a score may
differ in the last bits; the tags are CRFsuite's wherever two label paths
do not tie to 1e-12 (``tests/test_claims_crf.py`` compares them).
"""
from __future__ import annotations

from itertools import chain, filterfalse

import numpy as np

from ..entities.crf import CrfWeights
from .crf_features import _NEAR_Q, _PADS, _WordAttributes
from .rules_de import is_konjunktiv
from .text import Token

_INITIAL_ROWS = 1024
_PAD_ROW = 0                # row 0 of the per-word tables: a neighbour outside the sentence (``_pad``)
_BATCH_SENTENCES = 2048     # sentences per forward-backward pass


class NumpyCrf:
    """A trained claims CRF (an ``sklearn_crfsuite.CRF``) as numpy arrays, with a per-word cache."""

    def __init__(self, crf, language: str, max_words: int = 50_000) -> None:
        self.weights = CrfWeights.read(crf.modelfile.name)
        self.labels: list[str] = list(self.weights.labels)
        self.language = language
        self.max_words = max_words
        self._ids = self.weights.attribute_ids
        self._exp_transition = np.exp(self.weights.transition)
        vec = self._vector
        self._pad = np.stack([vec(names) for names in _PADS])                # (4, labels)
        self._near_quoted = np.stack([vec((name,)) for name in _NEAR_Q])
        self._quoted, self._konj = vec((b"q",)), vec((b"konj",))
        self._positions = np.stack([vec((b"pos:" + p,)) for p in (b"first", b"last", b"early", b"mid")])
        self._sentence = {flag: vec((flag,)) for flag in (b"sent_speech", b"sent_konj", b"sent_quote")}
        self._rule_rows: dict[str, int] = {}
        self._rule = np.zeros((0, 3, len(self.labels)))     # per rule label: rule:X, rule-1:X, rule+1:X
        self._pad_rule = self._rule_row("<pad>")
        self._clear()

    def _vector(self, names) -> np.ndarray:
        """The summed weights of the attributes the model knows among ``names``."""
        out = np.zeros(len(self.labels))
        for name in names:
            i = self._ids.get(name)
            if i is not None:
                out += self.weights.state[i]
        return out

    def _rule_row(self, label: str) -> int:
        row = self._rule_rows.get(label)
        if row is None:
            row = self._rule_rows[label] = len(self._rule)
            new = [self._vector((f"{prefix}:{label}".encode(),)) for prefix in ("rule", "rule-1", "rule+1")]
            self._rule = np.concatenate([self._rule, np.stack(new)[None]])
        return row

    # -- the per-word cache ------------------------------------------------
    def _clear(self) -> None:
        labels = len(self.labels)
        self._row_of: dict[str, int] = {}
        self._own = np.zeros((_INITIAL_ROWS, labels))
        self._near = np.zeros((4, _INITIAL_ROWS, labels))
        self._speech = np.zeros(_INITIAL_ROWS, dtype=bool)
        self._konj_form = np.zeros(_INITIAL_ROWS, dtype=bool)
        self._near[:, _PAD_ROW] = self._pad

    def _rows(self, words: list[str]) -> np.ndarray:
        row_of = self._row_of
        if len(row_of) > self.max_words:
            self._clear()
            row_of = self._row_of
        missing = list(filterfalse(row_of.__contains__, dict.fromkeys(words)))
        if missing:
            self._add(missing)
        return np.fromiter(map(row_of.__getitem__, words), dtype=np.intp, count=len(words))

    def _add(self, words: list[str]) -> None:
        start = len(self._row_of) + 1      # after the pad row
        need = start + len(words)
        if need > len(self._own):
            size = max(need, 2 * len(self._own))
            grow = size - len(self._own)
            self._own = np.concatenate([self._own, np.zeros((grow, self._own.shape[1]))])
            self._near = np.concatenate([self._near, np.zeros((4, grow, self._near.shape[2]))], axis=1)
            self._speech = np.concatenate([self._speech, np.zeros(grow, dtype=bool)])
            self._konj_form = np.concatenate([self._konj_form, np.zeros(grow, dtype=bool)])
        for row, w in enumerate(words, start):
            a = _WordAttributes(w, self.language)
            self._own[row] = self._vector(a.own)
            for k, names in enumerate(a.near):
                self._near[k, row] = self._vector(names)
            self._speech[row] = a.speech
            self._konj_form[row] = a.konj_form
            self._row_of[w] = row

    # -- scores, tags, marginals ---------------------------------------------
    def scores(self, sentences: list[tuple[list[Token], list[bool], list[str] | None]], with_speech: bool = False
               ) -> tuple[np.ndarray, np.ndarray] | tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Label scores of every token of the (non-empty) sentences, one after the other,
        and the sentences' lengths; ``with_speech``: and whether each sentence has a speech
        verb (the ``sent_speech`` attribute).  A sentence: its tokens, their quotation mask
        and the rules' label per token (``crf_features.rule_labels``; None: no rule attributes)."""
        lengths = np.array([len(tokens) for tokens, _, _ in sentences], dtype=np.intp)
        n = int(lengths.sum())
        rows = self._rows([t.text for s in sentences for t in s[0]])
        quoted = np.fromiter(chain.from_iterable(s[1] for s in sentences), dtype=bool, count=n)
        starts = np.cumsum(lengths) - lengths
        index = np.arange(n)
        position = index - np.repeat(starts, lengths)
        length = np.repeat(lengths, lengths)
        sentence_of = np.repeat(np.arange(len(lengths)), lengths)
        # (take: the same rows as fancy indexing, in less time)
        scores = self._own.take(rows, axis=0)
        # Each neighbour's attributes, read through one index per offset: a neighbour outside
        # the sentence is the pad row (row n below: the words' table row _PAD_ROW, unquoted),
        # whose sum is the pad attribute's plus exactly 0.0 for the quotation.
        rows_padded = np.append(rows, _PAD_ROW)
        quoted_padded = np.append(quoted, False)
        after = length - 1 - position           # tokens after each one in its sentence
        for k, offset in enumerate((-2, -1, 1, 2)):
            inside = position >= -offset if offset < 0 else after >= offset
            near = np.where(inside, index + offset, n)
            scores += (self._near[k].take(rows_padded.take(near), axis=0)
                       + quoted_padded.take(near)[:, None] * self._near_quoted[k])
        code = np.where(position == 0, 0, np.where(position == length - 1, 1, np.where(position < 4, 2, 3)))
        scores += self._positions.take(code, axis=0)
        konj = np.zeros(n, dtype=bool)      # a Konjunktiv I form read as one in its sentence (German)
        if self.language == "de":
            for i in np.flatnonzero(self._konj_form[rows]):
                konj[i] = is_konjunktiv(sentences[sentence_of[i]][0], int(position[i]))
        scores += quoted[:, None] * self._quoted + konj[:, None] * self._konj
        # the sentence flags: a speech verb, a Konjunktiv I, a quotation anywhere in it
        speech = np.bincount(sentence_of, weights=self._speech.take(rows), minlength=len(lengths)) > 0
        any_konj = np.bincount(sentence_of, weights=konj, minlength=len(lengths)) > 0
        any_quote = np.bincount(sentence_of, weights=quoted, minlength=len(lengths)) > 0
        flags = (speech[:, None] * self._sentence[b"sent_speech"] + any_konj[:, None] * self._sentence[b"sent_konj"]
                 + any_quote[:, None] * self._sentence[b"sent_quote"])
        scores += flags.take(sentence_of, axis=0)
        with_rules = np.array([s[2] is not None for s in sentences])
        if with_rules.any():
            labels = list(chain.from_iterable(s[2] or ("none",) * len(s[0]) for s in sentences))
            for label in dict.fromkeys(labels):     # a row per label, the first time it is seen
                if label not in self._rule_rows:
                    self._rule_row(label)
            rule = np.fromiter(map(self._rule_rows.__getitem__, labels), dtype=np.intp, count=n)
            previous = np.where(position > 0, rule[np.clip(index - 1, 0, None)], self._pad_rule)
            following = np.where(after > 0, rule[np.clip(index + 1, None, n - 1)], self._pad_rule)
            rule_w = self._rule
            added = (rule_w[:, 0].take(rule, axis=0) + rule_w[:, 1].take(previous, axis=0)
                     + rule_w[:, 2].take(following, axis=0))
            if with_rules.all():    # the stage's case: times 1.0 would change no bit
                scores += added
            else:
                scores += added * with_rules[sentence_of][:, None]
        if with_speech:
            return scores, lengths, speech
        return scores, lengths

    def tag(self, scores: np.ndarray, lengths: np.ndarray) -> list[list[str]]:
        """CRFsuite's Viterbi path per sentence."""
        return self.weights.viterbi(scores, lengths) if len(lengths) else []

    def marginals(self, scores: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
        """P(label | sentence) per token (CRFsuite's ``Tagger.marginal``), by forward-backward
        over all the sentences at once (padded to the longest), rescaled at every step so
        nothing overflows; one (tokens x labels) array per sentence."""
        if not len(lengths):
            return []
        if len(lengths) > _BATCH_SENTENCES:      # the padded arrays grow with the batch
            ends = np.cumsum(lengths)
            out: list[np.ndarray] = []
            for k in range(0, len(lengths), _BATCH_SENTENCES):
                a = ends[k] - lengths[k]
                b = ends[min(k + _BATCH_SENTENCES, len(lengths)) - 1]
                out += self.marginals(scores[a:b], lengths[k:k + _BATCH_SENTENCES])
            return out
        steps, labels = int(lengths.max()), scores.shape[1]
        starts = np.cumsum(lengths) - lengths
        sentence_of = np.repeat(np.arange(len(lengths)), lengths)
        position = np.arange(len(scores)) - np.repeat(starts, lengths)
        # step-major (steps, sentences, labels): each step's rows are one contiguous block, written
        # in place by the step's last operation instead of copied in after it
        emit = np.ones((steps, len(lengths), labels))
        emit[position, sentence_of] = np.exp(scores - scores.max(axis=1, keepdims=True))
        trans, trans_t = self._exp_transition, self._exp_transition.T
        alpha = np.empty_like(emit)
        beta = np.empty_like(emit)
        total, divide, multiply, matmul = np.add.reduce, np.divide, np.multiply, np.matmul
        a = emit[0]
        a = divide(a, total(a, axis=1, keepdims=True), out=alpha[0])
        for t in range(1, steps):
            a = multiply(matmul(a, trans), emit[t])
            a = divide(a, total(a, axis=1, keepdims=True), out=alpha[t])
        # a sentence's last token: 1. Its rows after that are never read (the step that reaches its
        # last token sets them to 1 again), so only the sentences that end at a step are set, not
        # every sentence through a mask at every step: the same numbers, two calls a step fewer
        ending: dict[int, list[int]] = {}
        for s, last in enumerate((lengths - 1).tolist()):
            ending.setdefault(last, []).append(s)
        b = beta[steps - 1]
        b[:] = 1.0
        for t in range(steps - 2, -1, -1):
            b = matmul(emit[t + 1] * b, trans_t)
            done = ending.get(t)
            if done is not None:
                b[done] = 1.0
            b = divide(b, total(b, axis=1, keepdims=True), out=beta[t])
        p = alpha[position, sentence_of] * beta[position, sentence_of]
        p /= p.sum(axis=1, keepdims=True)
        return np.split(p, np.cumsum(lengths)[:-1])
