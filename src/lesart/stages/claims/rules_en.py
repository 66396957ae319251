"""English attribution rules: speech verbs with their subject, 'according to',
hearsay adverbs and 'is said to'.  Quotations are found by the stage."""
from __future__ import annotations

import re

from functools import lru_cache

import simplemma

from . import lexicon
from .draft import Draft, span_of, trim
from .text import Quote, Token

BOUNDARY = frozenset(",;:()—–")
STOP_BEFORE = frozenset("""that and but because while although if when as who which after before
    in on at for with to by from where is are was were be been has have had never now then so""".split())
# Auxiliaries and adverbs that stand between a speaker and the verb.
BEFORE_VERB = frozenset("""has have had also later previously repeatedly will would did does once then recently
    twice consistently again already publicly still never""".split())
PREPOSITIONS = frozenset("in on at from with by for".split())
DETERMINERS = frozenset("the a an this that these those his her their its our my your of in".split())
CORE = frozenset("say tell add state claim write".split())
CLOSING = frozenset(",”\"’'")
# Finite verbs that show the words after "..., said" to be a clause (what was said: "The chairman,
# Phil Lovas, said the deal was near"), not the speaker of an inverted frame ("..., said the minister").
FINITE_AFTER_FRAME = frozenset("is are was were has have had will would could can should may might must did does do".split())
# Words that do not stand in a speaker's noun phrase with its apposition (a clause or a quotation's words).
NOT_IN_SPEAKER = FINITE_AFTER_FRAME | frozenset("who which that said says told not i we you he she they it".split())


# What opens a circumstance of saying after the verb ("said in a statement", "said on Monday").
_CIRCUMSTANCE_OPENERS = frozenset("""in on at during via through after before late early monday tuesday wednesday
    thursday friday saturday sunday today yesterday earlier later""".split())
_CIRCUMSTANCE_PREPOSITIONS = frozenset("in on at during via through".split())
_SAYING = frozenset("say tell state add announce write confirm explain".split())
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")


def _abbreviation_dot(tokens, k: int) -> bool:
    """Token k is the last dot of an abbreviation ("U.S." cut as "U.S" and "."), not a full stop."""
    return tokens[k].text == "." and k > 0 and tokens[k - 1].end == tokens[k].start \
        and _DOTTED.fullmatch(tokens[k - 1].text) is not None


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    return simplemma.lemmatize(word.lower(), lang="en")


class EnglishRules:
    def __init__(self) -> None:
        cues = lexicon.cues("en")
        self.speech = cues.get("speech", frozenset())
        self.reported = cues.get("reported", frozenset())
        self.prep = [p.split() for p in cues.get("prep_before", frozenset())]
        self.hearsay = [h.split() for h in cues.get("hearsay", frozenset())]
        # The phrases by their first word, each list in the order above: a
        # phrase can only match where its first word stands.
        # per word form: its lemma where it is a lower-case verb of saying, else "" (_best_frame)
        self._speech_lemma: dict[str, str] = {}
        self._prep_at: dict[str, list[list[str]]] = {}
        self._hearsay_at: dict[str, list[list[str]]] = {}
        for phrase in self.prep:
            self._prep_at.setdefault(phrase[0], []).append(phrase)
        for phrase in self.hearsay:
            self._hearsay_at.setdefault(phrase[0], []).append(phrase)

    def sentence(self, tokens: list[Token], quotes: list[Quote]) -> list[Draft]:
        if not tokens:
            return []
        in_quote = [any(q.start <= t.start < q.end for q in quotes) for t in tokens] if quotes \
            else [False] * len(tokens)
        n = len(tokens)
        words = [t.lower for t in tokens]
        prep_at, hearsay_at = self._prep_at, self._hearsay_at
        for i, word in enumerate(words):
            if in_quote[i] or (word not in prep_at and word not in hearsay_at):
                continue
            for phrase in prep_at.get(word, ()):
                if words[i:i + len(phrase)] == phrase:
                    a = i + len(phrase)
                    b = a
                    while b < n and tokens[b].text not in BOUNDARY and tokens[b].text not in ".!?" and not in_quote[b]:
                        b += 1
                    if b == a:
                        continue
                    ca, cb = (b, n) if i == 0 else (0, i)
                    d = Draft(*self._span(tokens, ca, cb), "reported",
                              source=span_of(tokens, a, b), cue=span_of(tokens, i, a))
                    return [d]
            for phrase in hearsay_at.get(word, ()):
                if words[i:i + len(phrase)] == phrase:
                    # "X reportedly sent troops, the spy agency told lawmakers": a frame that
                    # names who says it, the hearsay word inside its claim, makes it theirs
                    frame = self._best_frame(tokens, in_quote)
                    if frame is not None and frame.source is not None and frame.start <= tokens[i].start < frame.end:
                        return [frame]
                    return [Draft(*self._span(tokens, 0, n), "hearsay", cue=span_of(tokens, i, i + len(phrase)))]
        frame = self._best_frame(tokens, in_quote)
        return [frame] if frame else []

    def _best_frame(self, tokens: list[Token], in_quote: list[bool]) -> Draft | None:
        """The sentence's speech-verb frame (the plain verbs of saying first), if any."""
        n = len(tokens)
        best = None
        speech_lemma = self._speech_lemma
        if len(speech_lemma) > 100_000:
            speech_lemma.clear()
        for i in range(n):
            if in_quote[i]:
                continue
            text = tokens[i].text
            lv = speech_lemma.get(text)
            if lv is None:     # lower-case and a verb of saying by its lemma: the lemma, else ""
                lv = lemma(text) if text[:1].islower() else ""
                lv = speech_lemma[text] = lv if lv in self.speech else ""
            if not lv:
                continue
            if i > 0 and tokens[i - 1].lower in DETERMINERS:
                continue  # "the state", "a call", "his remarks": a noun
            d = self._frame(tokens, i, lv, in_quote)
            if d is None:
                continue
            # the plain verbs of saying are the surest frame when a sentence has several
            rank = 0 if lv in CORE else 1
            if best is None or rank < best[0]:
                best = (rank, d)
        return best[1] if best else None

    @staticmethod
    def _after_listener(tokens, k):
        """The token after the listener of "told" when no "that" follows: a pronoun or a name ("told him",
        "told Reuters", "told The Associated Press"), or a determiner and its noun ("told the newspaper")."""
        n = len(tokens)
        if k < n and tokens[k].lower in ("the", "a", "an", "his", "her", "their", "its", "our"):
            k += 1
            if k < n and tokens[k].text[:1].isupper():
                while k < n and tokens[k].text[:1].isupper():
                    k += 1
                return k
            return k + 1
        k += 1
        while k < n and tokens[k].text[:1].isupper() and tokens[k - 1].text[:1].isupper():
            k += 1
        return k

    def _span(self, tokens, a, b):
        a, b = trim(tokens, a, b)
        if a >= b:
            return tokens[0].start, tokens[-1].end
        return tokens[a].start, tokens[b - 1].end

    def _np_back(self, tokens, i, in_quote):
        # the auxiliaries and adverbs right before the verb are no part of the speaker, and the
        # speaker stands before them ("Big Machine have twice denied", "has also said")
        i = self._before_adverbs(tokens, i)
        j = self._scan_back(tokens, i, in_quote)
        # "Officials in Washington said": a noun phrase after a preposition is the end of a longer
        # speaker; where none stands before the preposition ("Swift posted on Twitter accusing")
        # it is no speaker at all
        if j < i and j >= 2 and tokens[j - 1].lower in PREPOSITIONS and not in_quote[j - 1]:
            k = self._scan_back(tokens, j - 1, in_quote)
            if k < j - 1 and not tokens[j - 2].lower.endswith("ed"):
                return k, i
            return i, i
        return j, i

    @staticmethod
    def _before_adverbs(tokens, i):
        while i > 0 and tokens[i - 1].lower in BEFORE_VERB:
            i -= 1
        return i

    @staticmethod
    def _scan_back(tokens, i, in_quote):
        j = i
        commas = 0
        while j > 0 and not in_quote[j - 1] and tokens[j - 1].lower not in STOP_BEFORE and i - j < 14 \
                and (tokens[j - 1].text not in ".!?;:()—–" or _abbreviation_dot(tokens, j - 1)):
            if tokens[j - 1].text == ",":
                # "The chairman, Phil Lovas, said": one apposition may sit between
                if j == i or commas >= 2 or j < 2:
                    break
                commas += 1
            j -= 1
        if commas == 1:  # a lone comma is a clause boundary, not an apposition
            while tokens[j].text != ",":
                j += 1
            j += 1
        return j

    @staticmethod
    def _circumstance_to_end(tokens, c, in_quote) -> bool:
        """tokens[c:] up to the sentence's end are a short circumstance of the saying ("in a statement",
        "on Monday", "in an email to The Associated Press"), not what was said."""
        rest = [t for t in tokens[c:] if t.text not in ".!?"]
        if not rest or len(rest) > 9 or any(in_quote[c:]) or tokens[c].lower not in _CIRCUMSTANCE_OPENERS:
            return False
        return not any(t.lower in NOT_IN_SPEAKER or t.lower in ("that", "to", "and", "or") for t in rest)

    @staticmethod
    def _subject_with_apposition(tokens, i, lv, in_quote) -> bool:
        """The sentence opens with its speaker and an apposition set off by commas, and the verb
        follows the second comma ("Charles Simpson, program administrator at Tufts University, told
        VOA ..."): not content before an inverted frame, since what follows the verb is a clause
        (or a listener, after "told"), not a speaker."""
        if i < 4 or tokens[i - 1].text != "," or in_quote[0] or not tokens[0].text[:1].isupper():
            return False
        head = tokens[:i - 1]
        if len(head) > 24 or sum(t.text == "," for t in head) != 1 or head[-1].text == "," \
                or any(t.lower in NOT_IN_SPEAKER or in_quote[k] for k, t in enumerate(head)):
            return False
        after = [t.lower for t in tokens[i + 1:i + 12]]
        return lv == "tell" or "that" in after[:3] or any(w in FINITE_AFTER_FRAME for w in after)

    def _speaker_between_quotation_and_verb(self, tokens, i, in_quote):
        """The quotation before ", <speaker>, said" and the speaker after it, or None."""
        k = i - 1
        while k >= 0 and not in_quote[k]:
            k -= 1
        a = k + 1
        while a < i and tokens[a].text in CLOSING:
            a += 1
        b = i - 1 if tokens[i - 1].text == "," else i
        if k < 0 or b - a < 1 or b - a > 30 or not tokens[a].text[:1].isupper():
            return None
        mode = "direct" if all(in_quote[:k + 1]) else "indirect"
        return Draft(*self._span(tokens, 0, k + 1), mode, source=span_of(tokens, a, b), cue=span_of(tokens, i, i + 1))

    def _frame(self, tokens, i, lv, in_quote):
        n = len(tokens)
        src_a, src_b = self._np_back(tokens, i, in_quote)
        after = i + 1
        if src_a == src_b and self._subject_with_apposition(tokens, i, lv, in_quote):
            src_a, src_b = 0, i - 1   # "Charles Simpson, an administrator at Tufts, told VOA the camp ..."
        # "said Smith" after a fronted content: ", said the minister."
        inverted = src_a == src_b and i > 0 and (tokens[i - 1].text in CLOSING or in_quote[i - 1])
        if inverted and after < n and tokens[after].lower in _CIRCUMSTANCE_PREPOSITIONS:
            # "“...,” Dylan Nelson, a fellow at the institute, said in a statement.": what follows the
            # verb is where it was said; the speaker is the phrase between the quotation and the verb
            return self._speaker_between_quotation_and_verb(tokens, i, in_quote)
        if inverted:
            b = after
            while b < n and tokens[b].text not in BOUNDARY and tokens[b].text not in ".!?" and not in_quote[b]:
                b += 1
            if b - after > 8 or b == after:
                return None
            source = span_of(tokens, after, b)
            content_end = i - 1 if tokens[i - 1].text == "," else i
            if content_end <= 0:
                return None
            mode = "direct" if all(in_quote[:content_end]) else "indirect"
            return Draft(*self._span(tokens, 0, content_end), mode, source=source, cue=span_of(tokens, i, i + 1))
        if src_a == src_b:
            return None
        # "Smith said (that) ...", "X told reporters that ..."
        c = after
        if lv == "tell":
            while c < n and tokens[c].lower != "that" and tokens[c].text not in BOUNDARY and c - after < 4:
                c += 1
            if c < n and tokens[c].lower != "that" and tokens[c].text not in BOUNDARY:
                c = self._after_listener(tokens, after)   # "told Reuters a deal was near": no "that"
        # the complementiser stays in the content, as PolNeAR annotates it
        if c < n and tokens[c].text in {",", ":"}:
            c += 1
        if c < n and lv in _SAYING and self._circumstance_to_end(tokens, c, in_quote):
            c = n      # "..., the office said in a statement.": what follows the verb is no content
        if c >= n or not tokens[c].is_word and not in_quote[c]:
            # "..., Smith said." -> content before the source
            if src_a > 0 and (tokens[src_a - 1].text in CLOSING or in_quote[src_a - 1]):
                cut = src_a - 1 if tokens[src_a - 1].text == "," else src_a
                mode = "direct" if all(in_quote[:cut]) else "indirect"
                return Draft(*self._span(tokens, 0, cut), mode,
                             source=span_of(tokens, src_a, src_b), cue=span_of(tokens, i, i + 1))
            return None
        mode = "direct" if in_quote[c] else ("reported" if lv in self.reported else "indirect")
        return Draft(*self._span(tokens, c, n), mode, source=span_of(tokens, src_a, src_b),
                     cue=span_of(tokens, i, i + 1))
