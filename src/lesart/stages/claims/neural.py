"""A small BiLSTM tagger whose label probabilities are averaged with the CRF's
(``ClaimsStage(tagger="auto")``, the default; English).

Why: the CRF sees two words either side; PolNeAR's misses are mostly spans it
does not tag at all, often where the evidence is further away than that (a
cue at the end of a long clause, a source in the previous clause).  A
bidirectional LSTM reads the whole sentence.  On PolNeAR dev it alone (on the
sentences the CRF and the rules flag) beats the CRF by ten points of exact F1
summed over source, cue and content; averaged with the CRF's marginals it
gains one more (models/MODEL_CARD.md).

Inference is plain numpy (no torch at run time): a document's sentences run
as one batch sorted by length, so the recurrence costs a few small products
per position (both directions together) rather than per sentence.
``train_neural.py`` (torch, the ``train`` extra) fits the weights and writes
``models/bilstm_<lang>.npz``.

Inputs per token (``token_inputs``, the same code for training and tagging):
the lowercased word, its last three letters, its shape, what the rules said
(``rule_labels``), and flags for speech verbs, frame prepositions, quotation,
Konjunktiv I and capitals.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from . import lexicon
from .crf_features import _feature_words, _shape   # the CRF's own lexicon hits and shapes, so both agree
from .rules_de import is_konjunktiv, lemma as lemma_de
from .rules_en import lemma as lemma_en
from .text import Token

MODELS = Path(__file__).with_name("models")
FLAGS = ("speech", "prep", "q", "konj", "cap")
# Sentences per forward pass (a 20,000-sentence page would otherwise need about 80 MB at once)
BATCH_SENTENCES = 2048


@lru_cache(maxsize=100_000)
def word_flags(w: str, language: str) -> tuple[str, str, str, bool, bool]:
    """lowercase, suffix, shape, speech-verb, preposition: a word form's own inputs."""
    speech_stems, preps = _feature_words(language)
    lw = w.lower()
    lm = (lemma_de if language == "de" else lemma_en)(w) if w[:1].isalnum() else lw
    return lw, lw[-3:], _shape(w), lm in speech_stems, lw in preps


def token_inputs(tokens: list[Token], in_quote: list[bool], rules: list[str], language: str) -> dict:
    """Per token: ``word``, ``suffix``, ``shape``, ``rule`` (strings) and ``flags``
    (one 0/1 row per token, in the order of ``FLAGS``)."""
    konj_forms = lexicon.konjunktiv1() if language == "de" else frozenset()
    words, sufs, shapes, flags = [], [], [], []
    for i, t in enumerate(tokens):
        lw, suf, shape, speech, prep = word_flags(t.text, language)
        konj = lw in konj_forms and is_konjunktiv(tokens, i)
        words.append(lw)
        sufs.append(suf)
        shapes.append(shape)
        flags.append((speech, prep, in_quote[i], konj, t.is_capitalised))
    return {"word": words, "suffix": sufs, "shape": shapes, "rule": list(rules), "flags": flags}


@lru_cache(maxsize=1)
def _blas_threads() -> ThreadpoolController:
    """Made once: ``threadpool_limits()`` scans the loaded libraries on every
    call (2.5 ms, as much as tagging a page)."""
    return ThreadpoolController()


class BiLstmTagger:
    """The numpy forward pass of ``train_neural.Net`` (one BiLSTM layer, softmax)."""

    def __init__(self, path: Path, language: str = "en") -> None:
        self.language = language
        with np.load(path, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            self.w = {k: z[k].astype(np.float32) for k in z.files if k != "meta"}
        self.meta = meta
        self.labels: list[str] = meta["labels"]
        self.vocab = {name: {s: i for i, s in enumerate(items)} for name, items in meta["vocab"].items()}
        self.hidden = int(meta["hidden"])
        self._form_cache: dict[tuple[str, str, str], tuple[int, int, int]] = {}   # word, suffix, shape -> ids
        self._clear_words()
        # Both directions stacked (forward first) and transposed for x @ W, laid out
        # once (the file's per-direction arrays are not kept); the input, forget and
        # output gate rows halved (see ``probabilities``).
        # Gate rows reordered from torch's input, forget, cell, output to input, forget,
        # output, cell, so one slice holds the three sigmoid gates.
        hs = self.hidden
        order = np.r_[0:2 * hs, 3 * hs:4 * hs, 2 * hs:3 * hs]
        half = np.ones(4 * hs, np.float32)
        half[:3 * hs] = 0.5
        w_ih, w_hh, b = ([self.w.pop(f"{d}_{k}")[order] for d in ("fw", "bw")] for k in ("w_ih", "w_hh", "b"))
        self.w["w_ih_t"] = np.ascontiguousarray(np.concatenate([(w * half[:, None]).T for w in w_ih], axis=1))
        self.w["b"] = np.concatenate([x * half for x in b])
        # C-contiguous (h, 4h) per direction: OpenBLAS multiplies h W with it in a third to a half of the
        # time it takes with the transposed layout np.stack leaves (see ``_forward``)
        self.w["w_hh_t"] = np.ascontiguousarray(np.stack([(w * half[:, None]).T for w in w_hh]))
        self.w["out_w_t"] = np.ascontiguousarray(self.w.pop("out_w").T)

    @classmethod
    def load(cls, language: str) -> "BiLstmTagger | None":
        """The language's shipped network (``models/bilstm_<lang>.npz``); None when there is none."""
        path = MODELS / f"bilstm_{language}.npz"
        return cls(path, language) if path.exists() else None

    def _form_ids(self, key: tuple[str, str, str]) -> tuple[int, int, int]:
        ids = tuple(self.vocab[name].get(x, 1) for name, x in zip(("word", "suffix", "shape"), key))  # 1: unknown
        if len(self._form_cache) < 200_000:
            self._form_cache[key] = ids
        return ids

    def _embed(self, sentences: list[dict]) -> np.ndarray:
        """The input rows of every token of every sentence, concatenated."""
        cache, form_ids = self._form_cache, self._form_ids
        ids = np.array([cache.get(key) or form_ids(key)
                        for s in sentences for key in zip(s["word"], s["suffix"], s["shape"])], dtype=np.int64)
        rules = self.vocab["rule"]
        rule_ids = [rules.get(x, 1) for s in sentences for x in s["rule"]]
        flags = np.array([row for s in sentences for row in s["flags"]], dtype=np.float32).reshape(-1, len(FLAGS))
        return np.concatenate([self.w["emb_word"][ids[:, 0]], self.w["emb_suffix"][ids[:, 1]],
                               self.w["emb_shape"][ids[:, 2]], self.w["emb_rule"][rule_ids], flags], axis=1)

    # -- the tagging path: tokens straight to input rows, through a per-word table ----
    def _clear_words(self) -> None:
        self._word_row: dict[str, int] = {}
        self._word_ids = np.zeros((1024, 3), np.int64)           # word, suffix, shape
        self._word_flags = np.zeros((1024, 3), np.float32)       # speech, prep, cap

    def _add_words(self, words: list[str]) -> None:
        start = len(self._word_row)
        if start + len(words) > len(self._word_ids):
            grow = max(len(words), len(self._word_ids))
            self._word_ids = np.concatenate([self._word_ids, np.zeros((grow, 3), np.int64)])
            self._word_flags = np.concatenate([self._word_flags, np.zeros((grow, 3), np.float32)])
        for row, w in enumerate(words, start):
            lw, suf, shape, speech, prep = word_flags(w, self.language)
            self._word_ids[row] = self._form_cache.get((lw, suf, shape)) or self._form_ids((lw, suf, shape))
            self._word_flags[row] = (speech, prep, w[:1].isupper())
            self._word_row[w] = row

    def token_probabilities(self, sentences: list[tuple[list[Token], list[bool], list[str]]]) -> list[np.ndarray]:
        """``probabilities`` of each sentence given as its tokens, quotation mask and the
        rules' labels, the inputs ``token_inputs`` would give, read through a table of
        the word forms seen (``tests/test_claims_neural.py`` checks that both agree).
        At most ``BATCH_SENTENCES`` at a time: the recurrence's arrays grow with the batch."""
        if len(sentences) > BATCH_SENTENCES:
            return [p for k in range(0, len(sentences), BATCH_SENTENCES)
                    for p in self.token_probabilities(sentences[k:k + BATCH_SENTENCES])]
        if len(self._word_row) > 100_000:
            self._clear_words()
        texts = [t.text for tokens, _, _ in sentences for t in tokens]
        new = [w for w in dict.fromkeys(texts) if w not in self._word_row]
        if new:
            self._add_words(new)
        rows = np.fromiter(map(self._word_row.__getitem__, texts), dtype=np.int64, count=len(texts))
        ids = self._word_ids.take(rows, axis=0)
        rule_vocab = self.vocab["rule"]
        rule_ids = [rule_vocab.get(x, 1) for _, _, rules in sentences for x in rules]
        quoted = np.fromiter((q for _, mask, _ in sentences for q in mask), dtype=np.float32, count=len(texts))
        konj = np.zeros(len(texts), np.float32)
        if self.language == "de":
            forms, k = lexicon.konjunktiv1(), 0
            for tokens, _, _ in sentences:
                for i, t in enumerate(tokens):
                    konj[k + i] = t.lower in forms and is_konjunktiv(tokens, i)
                k += len(tokens)
        word_flags_ = self._word_flags.take(rows, axis=0)
        flags = np.stack([word_flags_[:, 0], word_flags_[:, 1], quoted, konj, word_flags_[:, 2]], axis=1)
        # (take: the same rows as fancy indexing, in less time)
        w = self.w
        x = np.concatenate([w["emb_word"].take(ids[:, 0], axis=0), w["emb_suffix"].take(ids[:, 1], axis=0),
                            w["emb_shape"].take(ids[:, 2], axis=0), w["emb_rule"].take(rule_ids, axis=0), flags],
                           axis=1)
        return self._forward(x, np.array([len(tokens) for tokens, _, _ in sentences], dtype=np.int64))

    def probabilities(self, sentences: list[dict]) -> list[np.ndarray]:
        """Label probabilities (tokens x labels) for each sentence's ``token_inputs``."""
        lengths = np.array([len(s["word"]) for s in sentences], dtype=np.int64)
        if not len(lengths) or not lengths.max():
            return [np.zeros((n, len(self.labels)), np.float32) for n in lengths]
        return self._forward(self._embed(sentences), lengths)

    def _forward(self, x: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
        """Label probabilities per sentence from the input rows ``x`` of all tokens.

        The input projection and the output layer run once over all tokens; only
        the recurrence steps through positions, over the sentences sorted by
        length (longest first), so at step t only the sentences longer than t
        are computed, and both directions share every numpy call: at these
        sizes the calls, not the arithmetic, are the cost."""
        if not len(lengths) or not lengths.max():
            return [np.zeros((n, len(self.labels)), np.float32) for n in lengths]
        hsize = self.hidden
        order = np.argsort(-lengths, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        steps = int(lengths.max())
        live = np.searchsorted(-lengths[order], -np.arange(steps), side="left")   # sentences longer than t
        # Step t reads the t-th token (forward) and the t-th from the end (backward) of the
        # sentences longer than t, a prefix of them by rank: they are packed step by step,
        # token t of the sentence of rank r at row first[t] + r, in both directions.
        rows = np.repeat(rank, lengths)
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        pos = np.arange(len(rows)) - starts
        back = np.repeat(lengths, lengths) - 1 - pos
        first = np.cumsum(live) - live
        forward, backward = first[pos] + rows, first[back] + rows
        # small products: a second BLAS thread only adds CPU time
        with _blas_threads().limit(limits=1, user_api="blas"):
            gates = x @ self.w["w_ih_t"]
            gates += self.w["b"]                             # (tokens, 2 x 4h), in place: one array less
            gx = np.empty((2, len(rows), 4 * hsize), np.float32)
            gx[0, forward] = gates[:, :4 * hsize]
            gx[1, backward] = gates[:, 4 * hsize:]
            w_hh = self.w["w_hh_t"]
            # out[:, first[t]:first[t] + k] holds h after step t, both directions; the sentences
            # live at t were live at t - 1, so step t reads its state from the step before.
            # Every step writes into buffers made once (each step's arrays are contiguous
            # views of their first elements, laid out as fresh arrays would be), so the
            # arithmetic is the same, operation for operation, without a dozen new small
            # arrays per step; the views are made again only when k changes.
            n = len(lengths)
            out = np.empty((2, len(rows), hsize), np.float32)
            c = np.zeros((2, n, hsize), np.float32)
            h0 = np.zeros((2, n, hsize), np.float32)
            g_buf = np.empty(2 * n * 4 * hsize, np.float32)
            s_buf = np.empty(2 * n * 3 * hsize, np.float32)
            t_buf = np.empty(2 * n * hsize, np.float32)
            add, mul, tanh, matmul = np.add, np.multiply, np.tanh, np.matmul
            h2, h3 = 2 * hsize, 3 * hsize
            previous, views_k = h0, -1
            for k, a in zip(live.tolist(), first.tolist()):
                if k != views_k:
                    views_k = k
                    g = g_buf[:2 * k * 4 * hsize].reshape(2, k, 4 * hsize)
                    gate = s_buf[:2 * k * 3 * hsize].reshape(2, k, h3)
                    tmp = t_buf[:2 * k * hsize].reshape(2, k, hsize)
                    ck = c[:, :k]
                    g_ifo, g_c = g[..., :h3], g[..., h3:]
                    gate_i, gate_f, gate_o = gate[..., :hsize], gate[..., hsize:h2], gate[..., h2:]
                h = out[:, a:a + k]
                # the recurrent product h W (both directions in one call), then the inputs' part added
                matmul(previous[:, :k], w_hh, out=g)
                add(g, gx[:, a:a + k], out=g)
                # the i, f, o rows were halved at load time, so one tanh gives
                # every gate: sigmoid(z) = (tanh(z / 2) + 1) / 2
                tanh(g, out=g)
                add(g_ifo, 1.0, out=gate)
                mul(gate, 0.5, out=gate)
                mul(gate_f, ck, out=ck)
                mul(gate_i, g_c, out=tmp)
                add(ck, tmp, out=ck)
                tanh(ck, out=tmp)
                mul(gate_o, tmp, out=h)
                previous = h
            both = np.concatenate([out[0].take(forward, axis=0), out[1].take(backward, axis=0)], axis=1)
            logits = both @ self.w["out_w_t"]
            logits += self.w["out_b"]
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        return np.split(probs, np.cumsum(lengths)[:-1])


def allowed_transitions(labels: list[str]) -> np.ndarray:
    """BIO constraints: ``I-X`` only after ``B-X`` or ``I-X`` (and not first)."""
    n = len(labels)
    ok = np.ones((n + 1, n), dtype=bool)         # row n: the start
    for j, lab in enumerate(labels):
        if lab.startswith("I-"):
            kind = lab[2:]
            for i in range(n + 1):
                prev = labels[i] if i < n else "O"
                ok[i, j] = prev in (f"B-{kind}", f"I-{kind}")
    return ok


class BioDecoder:
    """The best label path of many sentences at once under the BIO constraints
    (``allowed_transitions``), from per-token probabilities: each token's most
    probable label where that path obeys them (then it is the best), else the
    batched Viterbi of ``entities.crf.CrfWeights`` with a forbidding transition
    matrix."""

    def __init__(self, labels: list[str]) -> None:
        from ..entities.crf import CrfWeights
        self.ok = allowed_transitions(labels)
        forbid = np.where(self.ok, 0.0, -1e9)
        self.start = forbid[len(labels)]               # no I- label first
        self.labels = np.array(labels, dtype=object)
        self.search = CrfWeights(labels, [], np.zeros((1, len(labels))), forbid[:len(labels)])

    def __call__(self, probabilities: list[np.ndarray]) -> list[list[str]]:
        if not probabilities:
            return []
        lengths = np.array([len(p) for p in probabilities], dtype=np.intp)
        starts = np.cumsum(lengths) - lengths
        stacked = np.concatenate(probabilities)
        best = stacked.argmax(axis=1)
        previous = np.roll(best, 1)
        previous[starts] = len(self.ok) - 1              # the start row
        broken = np.bincount(np.repeat(np.arange(len(lengths)), lengths),
                             weights=~self.ok[previous, best], minlength=len(lengths)) > 0
        names = self.labels[best].tolist()
        out = [names[a:a + n] for a, n in zip(starts.tolist(), lengths.tolist())]
        if broken.any():
            redo = np.flatnonzero(broken)
            scores = np.log(np.concatenate([probabilities[i] for i in redo]) + 1e-9)
            redo_lengths = lengths[redo]
            scores[np.cumsum(redo_lengths) - redo_lengths] += self.start
            for i, path in zip(redo, self.search.viterbi(scores, redo_lengths)):
                out[i] = path
        return out
