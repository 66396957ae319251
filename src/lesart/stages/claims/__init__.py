"""Stage ``claims``: who says what, and how firmly the text vouches for it.

For every claim-bearing sentence or clause of the body (and quote blocks) one
``Claim``: content span, ``mode`` (asserted / direct / indirect / hearsay /
reported), ``source`` (span + kind) and ``cue``.  German and English have
rules (``rules_de``, ``rules_en``, German speakers in ``speakers_de`` and their phrases in
``german_sources``); other languages get quotations and the
asserted fallback only.  ``linking`` ties frameless continuations to their
speaker; ``anonymous_sources`` reads English "Officials who asked not to be
named said ..." as one anonymous source; ``interviews`` gives a printed interview's
answers to the interviewee; ``english_claims`` holds the last English checks (sources
that run past the speaker, ...).  The lexicons are data files in ``data/``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from ...model import Claim, Document, Sentence, Source
from ...pipeline import register
from .. import warn_unsupported_language
from ..spanindex import SpanIndex
from .anonymous_sources import with_anonymous_sources
from .antecedents import with_antecedents
from .draft import Draft
from .english_claims import english_claims, relative_pronoun_as_content, subject_of_passive_as_content
from .interviews import interview_answers
from .linking import chain_continuations, link
from .posts import post_draft
from .quotations import merge_split_quotations, quotations_past_their_clause, without_quoted_names
from .rules_de import GermanRules
from .rules_en import EnglishRules
from .crf_repairs import (particle_cues_to_their_verb, reported_acts_name_their_verb, without_frame_as_content,
                          without_line_labels)
from .german_readers import (authors_clause_before_speech, object_after_midfield_speaker, quotations_inside_indirect,
                             cue_without_its_speaker, law_kinds, named_person_kind, no_speech_in_a_circumstance,
                             speaker_of_account, verb_for_a_phrase_cue, without_datelines)
from .german_sources import (tidy_german_source, whole_german_name, whole_prefields, with_apposition,
                             without_listener)
from .sources import classify, own_account_kinds, page_kinds, refine_kinds
from .speakers_de import (acts_without_words, apposition_after_speaker, colon_frames, content_before_main_clause,
                          first_person_frames_are_the_authors, framed_hearsay_is_indirect, german_speakers,
                          impersonal_frames, negated_speech_acts,
                          quoted_person_speaks,
                          passive_naming_frame, reported_frames, subjects_of_sourceless_frames,
                          trailing_quoting_frame, with_noun_before_relative_clause, with_the_words_frames)
from .text import Quote, find_quotes, has_words, opens_quotation, tokenize

CLAIM_BLOCKS = ("body", "quote")
# German claims after the tagger, in this order: spans and speakers tidied (an apposition after the speaker,
# the noun before a relative clause, a fronted clause's main clause), then frames the tagger reads as
# content, then speakers by case and position, then continuations linked to their speaker.
GERMAN_SPEAKER_STEPS = (apposition_after_speaker, with_noun_before_relative_clause, content_before_main_clause,
                        reported_frames, impersonal_frames, colon_frames, with_the_words_frames,
                        subjects_of_sourceless_frames,
                        german_speakers, quoted_person_speaks, first_person_frames_are_the_authors,
                        negated_speech_acts, chain_continuations)
MIN_QUOTE_WORDS = 4        # shorter quotations are scare quotes or titles
MIN_ASSERTED_WORDS = 4
MAX_SENTENCE_TOKENS = 250  # longer "sentences" are unsplit junk: no rules there
# Languages whose CRF tagger runs by default ("auto"): both beat the rules on
# dev (see models/MODEL_CARD.md); tagger="rules" gives the rules alone.  Where a
# BiLSTM ships (English), "auto" averages it with the CRF; tagger="crf" leaves it out.
CRF_BY_DEFAULT = ("de", "en")


@register("claims")
class ClaimsStage:
    name = "claims"
    version = "0.1"
    requires = ("text", "language", "sentences")
    assigns = ("claims",)

    def __init__(self, tagger: str = "auto") -> None:
        """``tagger``: "auto" (the trained tagger where its model ships for the
        language, averaged with a BiLSTM where one ships, English; else the rules),
        "crf" (the CRF alone on top of the rules, no BiLSTM; fails if its model is
        missing; about half the stage's time on English pages, less exact spans, see
        models/MODEL_CARD.md) or "rules" (rules and linking only)."""
        if tagger not in ("auto", "rules", "crf"):
            raise ValueError(f"tagger must be auto, crf or rules, not {tagger!r}")
        self.tagger = tagger
        self._rules = {"de": GermanRules(), "en": EnglishRules()}
        self._taggers: dict[str, object] = {}

    def models(self) -> dict[str, str]:
        if self.tagger == "rules":
            return {}
        from .crf import model_versions
        return model_versions(neural=self.tagger == "auto")

    def _crf(self, language: str | None):
        if self.tagger == "rules" or language is None:
            return None
        if self.tagger == "auto" and language not in CRF_BY_DEFAULT:
            return None
        if language not in self._taggers:
            from .crf import CrfTagger, available
            if available(language):
                self._taggers[language] = CrfTagger.load(language, neural=self.tagger == "auto")
            elif self.tagger == "crf":
                raise FileNotFoundError(f"no CRF model for language {language!r}")
            else:
                self._taggers[language] = None
        return self._taggers[language]

    def __call__(self, doc: Document) -> Document:
        # the page's sentence tokens, read by the rules and then by the tagger (see ``tokenize``)
        tokens: dict[tuple[str, int], list] = {}
        self._rules_pass(doc, tokens)
        tagger = self._crf(doc.language)
        if tagger is not None:
            post_spans = _post_spans(doc)
            posts = [c for c in doc.claims if (c.start, c.end) in post_spans]
            tagged = merge_split_quotations(doc, tagger.claims(doc, rule_claims=[c for c in doc.claims],
                                                               tokens=tokens))
            if doc.language == "en":
                tagged = _without_cut_contents(doc, _without_frameless_english(doc, without_quoted_names(doc, tagged)))
            # the author's own sentences stay as the rules found them
            covered = SpanIndex(tagged, [(c.start, c.end) for c in tagged])
            asserted = [c for c in doc.claims if c.mode == "asserted" and not covered.any(c.start, c.end)]
            claims = tagged + asserted
            if posts:   # an embedded post is its account's words, whatever the tagger read in it
                claims = [c for c in claims if not any(c.start < p.end and p.start < c.end for p in posts)] + posts
            doc.claims = _without_contained_duplicates(sorted(claims, key=lambda c: (c.start, c.end)))
            if doc.language == "en":
                doc.claims = without_quoted_names(doc, quotations_past_their_clause(doc.claims))
        if doc.language == "en":
            doc.claims = with_anonymous_sources(doc, doc.claims)
            doc.claims = [_no_hearsay_subject(doc, _tidy_english_cue(doc, _whole_noun_phrase(doc, _without_own_clause(
                _tidy_english_source(doc, c))))) for c in _to_clause_end(doc, doc.claims)]
        if doc.language == "de":
            for step in GERMAN_SPEAKER_STEPS:
                doc.claims = step(doc, doc.claims)
        doc.claims = interview_answers(doc, doc.claims, [b for b in doc.blocks if b.kind == "body"])
        if doc.language == "de":
            doc.claims = particle_cues_to_their_verb(doc, without_frame_as_content(without_line_labels(doc.claims)))
            doc.claims = framed_hearsay_is_indirect(doc, acts_without_words(
                doc, reported_acts_name_their_verb(doc, doc.claims)))
        doc.claims = page_kinds(doc, refine_kinds(doc.claims, doc.entities))
        if doc.language == "en":
            doc.claims = english_claims(doc, doc.claims)
        if doc.language == "de":
            doc.claims = own_account_kinds(doc, whole_prefields(doc, [whole_german_name(doc, with_apposition(
                doc, without_listener(doc, tidy_german_source(c)))) for c in doc.claims]))
            doc.claims = object_after_midfield_speaker(doc, authors_clause_before_speech(
                doc, quotations_inside_indirect(doc, without_datelines(doc, doc.claims))))
            doc.claims = law_kinds(doc, verb_for_a_phrase_cue(doc, named_person_kind(doc, doc.claims)))
            doc.claims = no_speech_in_a_circumstance(doc, cue_without_its_speaker(doc, doc.claims))
        doc.claims = _for_readers(doc, _without_titles(doc, doc.claims))
        if doc.language == "en":
            doc.claims = relative_pronoun_as_content(doc, subject_of_passive_as_content(doc, doc.claims))
        doc.claims = with_antecedents(doc, doc.claims)
        if doc.language == "de":
            # after the antecedents: "Seiner Meinung nach" is read as "er" before its source is cut to "Seiner"
            doc.claims = speaker_of_account(doc, doc.claims)
        return doc

    def _rules_pass(self, doc: Document, tokens: dict[tuple[str, int], list] | None = None) -> Document:
        """The rules' claims of ``doc``; ``tokens``: where each sentence's tokens are kept, by
        the ``tokenize`` arguments (text, offset), for the tagger to read again."""
        rules = self._rules.get(doc.language or "")
        if rules is None:
            # without frames and mood for the language, a sentence that is no quotation cannot be
            # told from the author's own claim: quotations only, and say so
            warn_unsupported_language(doc, "claims", "only quotations were marked, no sentence was read "
                                                      "as reported or as the author's own")
        drafts: list[Draft] = []
        sentence_no = 0
        long_skipped = 0
        blocks = [b for b in doc.blocks if b.kind in CLAIM_BLOCKS]
        sentences = sorted(doc.sentences, key=lambda s: s.start)
        si = 0
        for bi, block in enumerate(blocks):
            while si < len(sentences) and sentences[si].end <= block.start:
                si += 1
            in_block: list[Sentence] = []
            while si < len(sentences) and sentences[si].start < block.end:
                in_block.append(sentences[si])
                si += 1
            post = post_draft(doc, block)
            if post is not None:
                post.sentence, post.block = sentence_no, bi
                drafts.append(post)
                sentence_no += len(in_block)
                continue
            runs_on = bi + 1 < len(blocks) and opens_quotation(blocks[bi + 1].text)
            quotes = find_quotes(block.text, block.start, runs_on)
            block_drafts, skipped = self._block(doc, rules, in_block, quotes, sentence_no, bi, tokens)
            long_skipped += skipped
            drafts.extend(block_drafts)
            sentence_no += len(in_block)
        if long_skipped:
            doc.warn(f"claims: {long_skipped} sentence(s) over {MAX_SENTENCE_TOKENS} tokens not analysed")
        drafts.sort(key=lambda d: (d.start, d.end))
        link(drafts, doc.text)
        doc.claims = [self._claim(doc, d) for d in drafts]
        return doc

    # -- one block -------------------------------------------------------
    def _block(self, doc, rules, sentences, quotes, sentence_no, block_no, kept=None):
        drafts: list[Draft] = []
        skipped = 0
        per_sentence: list[list[Draft]] = []
        sentence_tokens = []
        for k, sent in enumerate(sentences):
            tokens = tokenize(sent.text, sent.start)
            if kept is not None:
                kept[(sent.text, sent.start)] = tokens
            sentence_tokens.append(tokens)
            found: list[Draft] = []
            if len(tokens) > MAX_SENTENCE_TOKENS:
                skipped += 1
            elif rules is not None:
                local = [q for q in quotes if q.start < sent.end and q.end > sent.start]
                found = rules.sentence(tokens, local)
            for d in found:
                d.sentence, d.block = sentence_no + k, block_no
            per_sentence.append(found)

        used_frames: set[int] = set()
        for q in quotes:
            if not has_words(doc.text[q.start:q.end], MIN_QUOTE_WORDS):
                continue
            ks = [k for k, s in enumerate(sentences) if s.start < q.end and s.end > q.start]
            if not ks:
                continue
            frame = next((d for k in ks for d in per_sentence[k]
                          if d.cue is not None and not (q.start <= d.cue[0] < q.end)), None)
            qd = Draft(q.start, q.end, "direct", sentence=sentence_no + ks[0], block=block_no)
            naming = None
            if frame is None and doc.language == "de":
                sent = sentences[ks[0]]
                clause_start = max(sent.start, *(doc.text.rfind(p, sent.start, q.start) + 1 for p in ",;:"))
                naming = passive_naming_frame(doc.text, clause_start, q.start, q.end) \
                    or trailing_quoting_frame(doc.text, q.end, sent.end)
            if frame is not None:
                qd.source, qd.source_kind, qd.cue = frame.source, frame.source_kind, frame.cue
                qd.continuation = frame.source is None and frame.continuation
                if frame.mode == "direct" or (frame.start >= q.start and frame.end <= q.end):
                    used_frames.add(id(frame))  # the frame's content is this quotation
                if len(ks) > 1:
                    # a quotation over several sentences framed twice ('betonte er: „... . ...“, sagte
                    # Streeck'): the later frame's piece of it is no quotation of its own
                    used_frames.update(id(d) for k in ks for d in per_sentence[k]
                                       if d is not frame and d.mode == "direct" and q.start <= d.start
                                       and d.end <= q.end and d.cue is not None and not q.start <= d.cue[0] < q.end)
            elif naming is not None:
                # "was in Caracas als „Akt der Piraterie“ verurteilt wurde": the passive's agent or
                # place speaks, not the text's last speaker
                qd.source, qd.cue = naming
            else:
                qd.continuation = True
            drafts.append(qd)
        for k, sent in enumerate(sentences):
            own = [d for d in per_sentence[k] if id(d) not in used_frames]
            drafts.extend(own)
            if own or any(id(d) in used_frames for d in per_sentence[k]):
                continue
            if rules is None or self._quoted_share(sent, quotes) > 0.6:
                continue
            d = self._asserted(sent, sentence_tokens[k])
            if d is not None:
                d.sentence, d.block = sentence_no + k, block_no
                if hasattr(rules, "opening_subject"):
                    d.subject = rules.opening_subject(sentence_tokens[k])
                drafts.append(d)
        return drafts, skipped

    @staticmethod
    def _quoted_share(sent: Sentence, quotes: list[Quote]) -> float:
        covered = sum(max(0, min(q.end, sent.end) - max(q.start, sent.start)) for q in quotes)
        return covered / max(1, sent.end - sent.start)

    @staticmethod
    def _asserted(sent: Sentence, tokens) -> Draft | None:
        """A declarative sentence of some substance: the author's own claim."""
        text = sent.text.rstrip()
        if not text or text.endswith("?") or len(text) > 5000:
            return None
        words = [t for t in tokens if t.is_word]
        if len(words) < MIN_ASSERTED_WORDS:
            return None
        return Draft(words[0].start, tokens[-1].end if not tokens[-1].is_word and tokens[-1].text in "“”»«\"" else words[-1].end,
                     "asserted")

    @staticmethod
    def _claim(doc: Document, d: Draft) -> Claim:
        source = None
        if d.source is not None:
            s0, s1 = d.source
            source = Source(start=s0, end=s1, text=doc.text[s0:s1],
                            kind=d.source_kind or classify(doc.text[s0:s1]))
        cue = doc.span(*d.cue) if d.cue is not None else None
        return Claim(start=d.start, end=d.end, text=doc.text[d.start:d.end],
                     mode=d.mode, source=source, cue=cue)


def _without_frameless_english(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English reported or indirect claims the tagger found with neither source nor cue, outside a
    quotation and not right after someone's words: English has no mood that reports, so without a
    frame such a sentence is the author's own ("The map makes it simple to plot a course", "You buy
    whichever game you want, then stream it right away"; the hand review of real pages, 2026-11-27).
    After an attributed claim in the sentence before, it may go on with that speaker's words: kept."""
    sentences = sorted(doc.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    speaking = set()   # sentences with an attributed claim
    for c in claims:
        if c.mode != "asserted" and (c.source is not None or c.cue is not None):
            k = bisect_right(starts, c.start) - 1
            speaking.update((k, bisect_right(starts, max(c.start, c.end - 1)) - 1))
    out = []
    for c in claims:
        if c.mode in ("indirect", "reported") and c.source is None and c.cue is None:
            k = bisect_right(starts, c.start) - 1
            if k not in speaking and k - 1 not in speaking and not _inside_quotation(doc, c):
                continue
        if c.mode in ("indirect", "reported") and (_the_authors_address(c) or _readers_wish(doc, c)):
            continue
        if c.mode in ("indirect", "reported") and c.source is None and c.cue is None \
                and doc.text[c.end:c.end + 3].lstrip(" ”\"").startswith("?") and not _inside_quotation(doc, c):
            continue        # a question with no frame asks the reader ("Is there something you think we should know?")
        out.append(c)
    return out


# Words a short piece of content cannot stop at: an auxiliary, a subject pronoun or an opening
# conjunction waiting for the rest of its clause ("Early lineup is", "What we", "Now you", "If you're",
# "But"); a lone preposition ("he hoped for") frames nothing. (An article or possessive at the end,
# "posted a", "sharing my", is a cut too, but there the tagger's frame is often right, "did not
# identify| a location": PolNeAR dev lost 3 gold cues; left alone.)
_WAITING_FOR_A_CLAUSE = frozenset("""is are was were has have had 're 'm i we you he she they but and or if
    because whether""".split())
_WH = frozenset("who whom what which where when why how whoever whatever".split())
_LONE_PREPOSITIONS = frozenset("to for of about on in at with from by".split())


def _cut_content(text: str) -> bool:
    """A content the tagger cut off inside its clause (see above). PolNeAR's contents that end so are
    whole pronouns of a split content ("He"), wh-clauses ("what those questions are") and quotations:
    a single word other than a preposition, a wh-word or a quotation mark leaves a content alone."""
    words = re.findall(r"[\w’'-]+", text.lower().replace("’", "'"))
    if not words or re.search(r"[\"“”]", text):
        return False
    if len(words) == 1:
        return words[0] in _LONE_PREPOSITIONS or words[0] in ("but", "and", "or", "if", "because")
    if _WH.intersection(words):
        return False
    last = words[-1].split("'")[-1] if "'" in words[-1] else words[-1]
    return len(words) <= 4 and (words[-1] in _WAITING_FOR_A_CLAUSE or "'" + last in _WAITING_FOR_A_CLAUSE
                                or words[0] in ("but", "if"))


def _without_cut_contents(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English claims whose content was cut off inside its clause (``_cut_content``) and does not reach
    its clause's end later (``_to_clause_end``: "hope to| announce later today"): the tagger lost the
    clause, so the frame it read is no frame of anything; the sentence is left to the author's reading."""
    starts = sorted(c.start for c in claims)
    cues = Counter((c.cue.start, c.cue.end) for c in claims if c.cue is not None)
    return [c for c in claims if c.mode in ("direct", "asserted") or not _cut_content(c.text.rstrip(" .,;:!?"))
            or _clause_end(doc, c, starts) is not None
            or c.cue is not None and cues[(c.cue.start, c.cue.end)] > 1]   # a piece of a content split by its frame


# The author talking to the reader: "Remember what we already know ...", "Consider that ...", "When
# you consider that ...", "Which is not to say that ...": a turn of the author's own argument.
# (A relative "which" after its noun does speak for it: "a report, which notes that ...".)
_ADDRESS_CUES = frozenset("remember consider imagine recall note".split())
_SENTENCE_OPENING_NO_SPEAKER = frozenset("Which What This That".split())


# "If you're hoping the price will drop ...", "you are planning to ...": the reader's wish or plan, which the author
# answers; no one is quoted.
_READERS_WISH_CUE = re.compile(r"(?i)(?:are\s+)?(?:hoping|thinking|wondering|planning|expecting|wanting|looking)\b.*")
_YOU_BEFORE = re.compile(r"(?i)\byou(?:['’]re|\s+are)?\s+$")


def _readers_wish(doc: Document, c: Claim) -> bool:
    return c.cue is not None and (c.source is None or c.source.text.strip().lower() == "you") \
        and _READERS_WISH_CUE.fullmatch(c.cue.text.strip()) is not None \
        and _YOU_BEFORE.search(doc.text, max(0, c.cue.start - 12), c.cue.start) is not None


def _the_authors_address(c: Claim) -> bool:
    source = c.source.text.strip() if c.source is not None else None
    if source in _SENTENCE_OPENING_NO_SPEAKER:
        return True
    return c.cue is not None and c.cue.text.strip().lower() in _ADDRESS_CUES \
        and (source is None or source.lower() in ("you", "we"))


def _inside_quotation(doc: Document, c: Claim) -> bool:
    """Whether ``c`` sits inside an open quotation of its block (an odd number of quote marks before it)."""
    block = next((b for b in doc.blocks if b.start <= c.start < b.end), None)
    if block is None:
        return False
    before = doc.text[block.start:c.start]
    opened = sum(before.count(q) for q in "“«„") - sum(before.count(q) for q in "”»")
    return opened > 0 or before.count('"') % 2 == 1


def _post_spans(doc: Document) -> set[tuple[int, int]]:
    return {(d.start, d.end) for block in doc.blocks if (d := post_draft(doc, block)) is not None}


def _without_contained_duplicates(claims: list[Claim]) -> list[Claim]:
    """A claim inside another with the same mode, source and cue says nothing the other does not
    ("Einladungen an 35 Staaten verschickt" and "an 35 Staaten verschickt", both "nach eigenen
    Angaben"): the tagger and the rules sometimes cut the same content twice. ``claims`` sorted."""
    out: list[Claim] = []
    for c in claims:
        if any(o.start <= c.start and c.end <= o.end and (o.start, o.end) != (c.start, c.end) and o.mode == c.mode
               and o.source == c.source and o.cue == c.cue for o in out[-4:]):
            continue
        out.append(c)
    return out


_WH_LEAD = re.compile(r"(?:how|what|which|where|when|why|whom)\s+(?=[A-Z])")
_PRONOUN_LEAD = re.compile(r"(?:he|she|they|we|I|He|She|They|We)(?=\s+[a-z])")
_NO_ONE = frozenset("or and but so then also the a an of to".split())


# One to three words left between a reported content's end and its clause's end: the full stop
# of the sentence, or the comma before the claim's own source or cue ("... buy up smaller} ones.",
# "... the equatorial regions are drier} than the poles, said ...").
_CLAUSE_TAIL = re.compile(r"(?:[ \t]+[\w’'-]+){1,3}(?=[.,;](?:\s|$|[”\"’]))")


# ("... the trade phone call} said.": the tail is the frame, not the content's)
_TAIL_SPEECH = frozenset(
    "said says say told tells added adds wrote writes reported reports stated states according".split())


def _to_clause_end(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English reported claims (no quotation) whose content stops a few words short of its clause's
    end (see ``_CLAUSE_TAIL``) reach it, where no other claim starts in between."""
    starts = sorted(c.start for c in claims)
    out = []
    for c in claims:
        end = _clause_end(doc, c, starts)
        out.append(c if end is None else replace(c, end=end, text=doc.text[c.start:end]))
    return out


def _clause_end(doc: Document, c: Claim, starts: list[int]) -> int | None:
    """Where claim ``c``'s clause ends, when its content should be taken there; else None."""
    if c.mode not in ("indirect", "reported", "hearsay") or c.end >= len(doc.text) or not c.text[-1:].isalnum():
        return None
    m = _CLAUSE_TAIL.match(doc.text, c.end)
    if m is None or _TAIL_SPEECH.intersection(m.group().lower().split()):
        return None
    end, mark = m.end(), doc.text[m.end()]
    roles = [r for r in (c.source, c.cue) if r is not None]
    if mark == ".":     # the sentence's end, with none of the claim's roles right after it
        after = doc.text[end + 1:end + 3].strip()
        follows = not any(end <= r.start < end + 3 for r in roles) and not after[:1].islower()
    else:               # a comma right before the claim's own source or cue
        follows = mark == "," and any(end < r.start <= end + 3 for r in roles)
    k = bisect_right(starts, c.start)
    next_start = starts[k] if k < len(starts) else len(doc.text)
    if follows and next_start >= end and not any(c.end <= r.start < end for r in roles):
        return end
    return None


# A cue that runs on past its verb into where or when it was said ("said in a statement", "reported
# on Sunday", "described in the case report", "announced on", "posted on Twitter accusing"): the verb.
_CUE_CIRCUMSTANCE = re.compile(
    r"(?i)^((?:\w+\s+){0,3}?(?:said|says|say|told|tells|reported|reports|announced|announces|described|describes|"
    r"wrote|writes|posted|posts|added|adds|stated|states|confirmed|confirms|claimed|claims|noted|notes))"
    r"\s+(?:in|on|at|during|via|through|last|this|earlier|later|early)\b")


def _tidy_english_cue(doc: Document, c: Claim) -> Claim:
    cue = c.cue
    if cue is None or c.mode == "asserted":
        return c
    m = _CUE_CIRCUMSTANCE.match(cue.text)
    if m is None:
        return c
    return replace(c, cue=doc.span(cue.start, cue.start + m.end(1)))


# A source that runs on into where or when its words were given ("CEO Craig Menear in the company's
# news release", "Fadem in a Tuesday research report", "a WeWork spokesperson when contacted by
# Reuters", "Clark in October"): the speaker.
_WHEN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})\b")
_SOURCE_CIRCUMSTANCE = re.compile(
    r"\s+(?:in\s+(?:a|an|the|his|her|its|their|[\w’']+[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|release|report|interview|email|e-mail|letter|note|post|tweet|filing|call|conversation|"
    r"podcast|op-ed|speech|briefing|memo)s?\b|(?:in|on|last)\s+" + _WHEN + r"|when\s+|while\s+).*$", re.S)


# "X are said to be among the suppliers": the passive of hearsay; X is what is said about, no source
_HEARSAY_PASSIVE = re.compile(r"(?:is|are|was|were|'s|’s)\s+(?:also\s+|widely\s+|now\s+)?$")
_HEARSAY_VERBS = frozenset("said reported rumored rumoured believed thought alleged understood known".split())


def _no_hearsay_subject(doc: Document, c: Claim) -> Claim:
    """An English source that is the subject of 'is said to' / 'are reported to' / 'was believed to'
    (a claim about it, its source unnamed): no source."""
    s, cue = c.source, c.cue
    if s is None or cue is None or cue.text.split()[-1].lower() not in _HEARSAY_VERBS or s.end > cue.start:
        return c
    if not doc.text.startswith(" to ", cue.end) and not doc.text.startswith(" to\n", cue.end):
        return c
    between = doc.text[s.end:cue.start] if cue.text.lower() in _HEARSAY_VERBS else ""
    if _HEARSAY_PASSIVE.fullmatch(between.strip() + " ") or (between.strip() == "" and len(cue.text.split()) > 1):
        return replace(c, source=None)
    return c


def _tidy_english_source(doc: Document, c: Claim) -> Claim:
    """Tagged English sources that run past the speaker ("how Ford described it": Ford; "he recalled
    it": he; "Fadem in a Tuesday research report": Fadem) or name no one ("or"): the speaker alone,
    or no source."""
    s = c.source
    if s is None:
        return c
    text = s.text
    m = _SOURCE_CIRCUMSTANCE.search(text)
    if m is not None and m.start() > 0:
        text = text[:m.start()]
        s = Source(start=s.start, end=s.start + len(text), text=text, kind=classify(text))
        c = replace(c, source=s)
    if all(w in _NO_ONE for w in text.lower().split()):
        return replace(c, source=None)
    m = _WH_LEAD.match(text)
    if m:
        start = s.start + m.end()
        rest = doc.text[start:s.end]
        return replace(c, source=Source(start=start, end=s.end, text=rest, kind=classify(rest)))
    m = _PRONOUN_LEAD.match(text)
    if m and len(text.split()) > 1:
        return replace(c, source=Source(start=s.start, end=s.start + m.end(), text=text[:m.end()], kind="person"))
    return c


# Words that end a speaker's noun phrase before its verb: auxiliaries and adverbs of the verb,
# pronouns and relatives (a clause of its own), conjunctions.
_NOT_IN_NOUN_PHRASE = frozenset("""is are was were be been being has have had will would could can should may might must
    do does did also later previously repeatedly once then recently twice consistently again already publicly still
    never now further instead simply just even only first last that who which whose where when while and or but
    i we you he she they it me us him her them not this next""".split())
# (a preposition inside the words ends the phrase too: "the Supreme Court on Tuesday"; "of" alone continues it)
_PREPOSITIONS = frozenset("""in on at from with without by for via over under to into about after before during than
    through across against among between like since until within upon""".split())
_PERSONAL_PRONOUNS = frozenset("i we you he she they it".split())


# A verb in the past with its object inside a tagged source ("The company published a blog post| that
# said", "NASA's Office of the Inspector General released two highly critical| reports", "Reed dubbed the
# combination ..., creating"): the source is the subject before it; the verb and object are a clause of
# their own (no relative pronoun before the verb: "a professor who has studied the trade" stays).
_OWN_CLAUSE = re.compile(r"^(?P<subject>(?:[A-Z][\w’'.&-]*\s+)(?:[\w’'.&-]+\s+){0,6}?)"
                         r"(?P<verb>[a-z]+ed|spoke|put|gave|made|took|sent|held|wrote|told|brought)\s+"
                         r"(?:the|a|an|his|her|their|its|two|three|several)\s")
_RELATIVE = frozenset("who which that whose whom".split())


def _without_own_clause(c: Claim) -> Claim:
    s = c.source
    if s is None:
        return c
    m = _OWN_CLAUSE.match(s.text)
    if m is None or _RELATIVE.intersection(m.group("subject").lower().split()):
        return c
    text = m.group("subject").rstrip()
    return replace(c, source=Source(start=s.start, end=s.start + len(text), text=text, kind=classify(text)))


_LY_NOUNS = frozenset("family supply ally assembly rally monopoly anomaly butterfly belly jelly".split())


def _noun_phrase_word(word: str) -> bool:
    lower = word.lower()
    if lower in _NOT_IN_NOUN_PHRASE or lower in _PREPOSITIONS or word.endswith(".") or lower.endswith(("n't", "n’t")):
        return False
    if word[:1].islower() and (lower.endswith("ed") or lower.endswith("ly") and lower not in _LY_NOUNS):
        return False        # a verb form or an adverb ("responded", "rightly")
    return True


def _whole_noun_phrase(doc: Document, c: Claim) -> Claim:
    """An English source the tagger cut inside its noun phrase ("President Donald| Trump has pursued",
    "Global| financial firm JP Morgan had called", "the Communist| Party appears", "Those| facts suggest")
    reaches the words that still stand between it and its cue, where those are one to five words of a
    noun phrase (no verb form, adverb, pronoun or punctuation; not opening with a preposition, as
    "in October" or "on Tuesday" do) and only the cue's auxiliaries and adverbs follow them."""
    s, cue = c.source, c.cue
    if s is None or cue is None or s.end > cue.start or s.text.strip().lower() in _PERSONAL_PRONOUNS:
        return c
    gap = doc.text[s.end:cue.start]
    if not gap[:1].isspace() or re.search(r"[^\w\s’'&.-]", gap):
        return c
    words = list(re.finditer(r"\S+", gap))
    while words and words[-1].group().lower() in _NOT_IN_NOUN_PHRASE:   # the cue's own "has", "also", "later"
        words.pop()
    if not 1 <= len(words) <= 5 or not all(_noun_phrase_word(w.group()) for w in words) \
            or words[-1].group().lower() == "of":
        return c
    last = s.text.split()[-1]
    if len(s.text.split()) > 1 and last[:1].isupper() and words[0].group()[:1].islower():
        return c            # a whole name before a verb the list does not know ("Hillary Clinton needs ...")
    end = s.end + words[-1].end()
    text = doc.text[s.start:end]
    return replace(c, source=Source(start=s.start, end=end, text=text, kind=classify(text)))


# -- what a reader sees: the last checks over the whole page's claims -----------------------------

# A credit line, not a claim: "Von: Bill MCCARTHY, Marisha GOLDHAMER", "Reporting by Greg Roumeliotis,
# ... editing by Martin Howell", "Associated Press writers ... contributed to this report".
# A web address and nothing else (quotation marks and brackets around it allowed).
_ADDRESS = re.compile(r"""[„“"»«(\[]*(?:https?://|www\.)\S+[“"«»)\]]*""")
_BYLINE = re.compile(
    r"(?:(?:Von|By)\s*:?\s+(?:[A-ZÄÖÜ][\w’'.-]*(?:\s*,\s*|\s+(?:und|and)\s+|\s+)?)+"
    r"|(?:Additional\s+)?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled)\s+by\b.*"
    r"|.*\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)"
    r"|(?:Mit\s+Material\s+von|Mitarbeit)\s*:?\s+.*)", re.S)
# "HAYWARD, Calif. (AP) — ", "Vietnam (AP) — ": a dateline at the start of a tagged source
_DATELINE = re.compile(r"^.{0,60}?\((?:AP|dpa|AFP|Reuters|KNA|epd|sda|SDA|APA|CNN|ots)\)\s*[-–—]+\s*")
_SOURCE_EDGE = " \t\n"   # a trailing comma stays: PolNeAR marks the apposition with it
_LISTENER = re.compile(r"^((?:[A-ZÄÖÜ][\w’'.-]+\s+){0,3}[A-ZÄÖÜ][\w’'.-]+)\s+"
                       r"(?:dem|diesem|unserem|einem|dieser|unserer)\s+[A-ZÄÖÜ„\"»]")
_GERMAN_ARTICLES = frozenset("der die das den dem des ein eine einer einem eines".split())
_NAME_ONLY = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+)?([A-ZÄÖÜ][\w’'-]+)")


def _for_readers(doc: Document, claims: list[Claim]) -> list[Claim]:
    """The checks a fact-checker's reading asks for on whole pages (2026-11-27, a dev sample of
    Fundus and Scrapinghub pages): no claims in headings, titles or captions (the tagger reads every
    sentence) and no credit lines as the author's claims; sources without a leading dateline; German
    sources that are a lone relative clause's words ("die offen") or run into the listener ("Streeck
    dieser Redaktion"); and a surname alone ("Féraud", "Tajani") of the kind its full mention had
    earlier on the page ("der Präsident des Gemeinderats, Nicolas Féraud")."""
    # whether a claim starts in a claim block: the blocks by start, with the furthest end of
    # those starting at or before each (one bisection a claim, not a scan of all blocks)
    in_blocks = sorted((b.start, b.end) for b in doc.blocks if b.kind in CLAIM_BLOCKS)
    block_starts = [a for a, _ in in_blocks]
    furthest: list[int] = []
    for _, b in in_blocks:
        furthest.append(max(b, furthest[-1]) if furthest else b)
    out: list[Claim] = []
    known: dict[str, str] = {}
    by_start = sorted(claims, key=lambda c: c.start)
    claim_starts = [c.start for c in by_start]
    for c in claims:
        if in_blocks:
            k = bisect_right(block_starts, c.start)
            if not k or furthest[k - 1] <= c.start:
                continue
        if c.mode == "asserted" and _BYLINE.fullmatch(c.text.strip()) or _ADDRESS.fullmatch(c.text.strip()):
            continue     # (a web address alone, in a link list or quoted, says nothing)
        if c.mode not in ("asserted", "direct") and not has_words(c.text, 2) and _said_again(
                c, by_start[bisect_left(claim_starts, c.start - _SAID_AGAIN_REACH + 1):
                            bisect_right(claim_starts, c.start + _SAID_AGAIN_REACH - 1)]):
            continue     # "The", "Das", "which": a piece the tagger cut off, its frame read with the rest
        s = c.source
        if s is not None:
            s = _trimmed_source(doc, s)
            if s is not None and doc.language == "de":
                s = _german_speaker(doc, s)
            if s is not None:
                m = _NAME_ONLY.fullmatch(s.text)
                if m is not None and s.kind == "person" and m.group(1) in known:
                    s = replace(s, kind=known[m.group(1)])
                words = s.text.split()
                if len(words) > 1 and s.kind not in ("person", "unspecified", "anonymous") \
                        and words[-1][:1].isupper():
                    known.setdefault(words[-1].strip(".,;:"), s.kind)
            c = replace(c, source=s)
        out.append(c)
    return out


# A quotation that is a name, not someone's words: a title after the noun of its genre ("die
# US-Kultserie „Sex and the City“", "im «Journal of Clinical and Translational Research»", "the
# central theme ‘The Medium is the Message’", "The installation – entitled ‘Jewels after ...’"),
# after "Autor von" / "author of", or the next of a list of such titles.
_TITLE_NOUNS = ("serie", "film", "buch", "roman", "album", "song", "lied", "titel", "motto", "slogan",
                "kampagne", "ausstellung", "festival", "sendung", "show", "magazin", "zeitschrift", "zeitung",
                "journal", "podcast", "oper", "gedicht", "kolumne", "reihe", "thema", "werk", "stück",
                "series", "movie", "book", "novel", "single", "title", "campaign", "exhibition", "installation",
                "magazine", "newspaper", "play", "poem", "theme", "programme", "program", "collection",
                "entitled", "titled", "called", "named", "dubbed", "hit", "track", "documentary", "musical",
                # laws, names, sayings and slogans (issue 3, 2026-11-27: "das Gute-Kita-Gesetz", "Team-Name
                # „...“", "das berühmte Zitat „Möge die Macht ...“", "the slogan “...”")
                "gesetz", "verordnung", "name", "zitat", "spruch", "sprichwort", "redewendung", "parole",
                "wortspiel", "law", "act", "saying", "proverb", "catchphrase", "mantra", "hashtag", "pun",
                # articles, documentaries and talks named by their titles ("im Artikel „Es ist schon mal ein
                # Meister vom Himmel gefallen“", "in der neuen Dokumentation „Das Impfdilemma und seine Folgen“")
                "dokumentation", "artikel", "vortrag", "article", "lecture",
                # projects, programmes and texts named by their titles (a page review, 2026-11-28: "Innerhalb
                # des Projekts „Aufarbeitung ...“", "Teil 2 zum Text „...“")
                "projekt", "programm", "initiative", "aktion", "text", "studie", "leitfaden", "broschüre", "band",
                # outlets named by their titles ("Laut dem Nachrichtenportal „STOL, Nachrichten für Südtirol“")
                "portal", "blog", "plattform")
# The head of a name inside the quotation: „Gute-Kita-Gesetz“, “Inflation Reduction Act”,
# „New England Journal of Medicine“, ‘2018 Welcome Daehak-ro Festival’.
_NAME_HEAD = re.compile(r"(?:\w+-?gesetz|[A-ZÄÖÜ]\w*-?(?:Festival|Journal|Award|Act|Law)|Act|Law|Festival|Journal"
                        r"|Award|Prize|Gesetz)$")
_CALLED_OUT = re.compile(r"\bhei(?:ß|ss)t es(?:\s+(?:wieder|dann|bald|erneut|"
                         r"einmal|wieder einmal|nun|endlich))+\s*:?\s*$")
_GENRE_AFTER = re.compile(r"[,!]?\s*(?:ist|war|is|was)\s+(?:ein|eine|einer|der|die|das|a|an|the)\s+(\S+)(?:\s+(\S+))?"
                          # "„Eine Stunde mehr für mehr Sicherheit“ lautet das Motto des Tags"
                          r"|\s*(?:lautet|lauten|lautete|lauteten)\s+(?:der|die|das)\s+(\S+)()")
# The next item of a list of quoted names ("die Themen „Personal“, „Internat und Schule“ und
# „Zusammenarbeit OSP, LSB, DTB, LTV“"): a quotation closed just before, then a list gap.
_AFTER_QUOTED_ITEM = re.compile(r"[“”\"»«]\s*(?:,|und|oder|sowie)\s*$")
_AUTHOR_OF = re.compile(r"(?i)\b(?:autor(?:in)?|regisseur(?:in)?|author|director|writer|creator|star)\s+(?:von|des|der|of)\s*$")
_TITLE_LIST_GAP = re.compile(r"\s*(?:,|und|and|oder|or|sowie)\s*(?:,\s*)?$")
_QUOTE_OPEN = "„“”«»‘’‚\"'"
_NAME_ARTICLES = frozenset("der die das des dem den im vom zum zur beim the".split())


def _is_title_word(word: str) -> bool:
    w = word.lower().strip(".,;:–—-")
    # the genitive too: "des Projekts", "des Titels", "des Buches"
    forms = (w, w[:-1], w[:-2]) if w.endswith("es") else (w, w[:-1]) if w.endswith("s") else (w,)
    return len(w) > 2 and any(f == n or (len(n) > 3 and f.endswith(n)) for f in forms for n in _TITLE_NOUNS)


def _without_titles(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Quotations without a frame that name a work, a series, a journal, a theme or a campaign
    (``_TITLE_NOUNS``): no claim (a page review, 2026-11-27: book and series titles given the last
    speaker as their source).  A sentence left without any claim is the author's own again."""
    titles: list[Claim] = []
    # a quotation inside another claim's source phrase is part of a name ("Laut dem Nachrichtenportal
    # „STOL, Nachrichten für Südtirol“ soll ...": a page review, 2026-11-28)
    sources = [(o.source.start, o.source.end) for o in claims
               if o.source is not None and o.source.end - o.source.start > 3]
    by_span = SpanIndex(sources, sources)   # (a page's sources by position: no scan of all for each quotation)
    for c in claims:
        if c.mode == "direct" and any(a <= c.start and c.end <= b and (a, b) != (c.start, c.end)
                                      for a, b in by_span.overlapping(c.start, c.end)):
            titles.append(c)
            continue
        if c.mode != "direct" or c.cue is not None:
            continue
        inner = c.text.strip(_QUOTE_OPEN + " ")
        words = inner.split()
        before = doc.text[max(0, c.start - 60):c.start]
        line_start = max(before.rfind("\n"), before.rfind(". "))
        before = before[line_start + 1:]
        prev = before.split()[-3:]
        if words and len(words) <= 20 and prev and _is_title_word(prev[-1]) \
                and not before.rstrip().endswith((",", ":")):     # not "schreibt die Zeitung: „...“"
            # right after the noun that names it ("Unter dem Titel „Politik im Netz - Wie das Internet ...“",
            # "das Buch mit dem Titel «...»"), a title may be long and carry a question or full stops
            titles.append(c)
            continue
        if not words or len(words) > 8 or re.search(r"[.!?]\s", inner):
            continue
        after = _GENRE_AFTER.match(doc.text, c.end, c.end + 60)
        # a saying called out or named as one ("Bald heißt es wieder „...“!", "„...!“ ist ein Wortspiel",
        # "das Zitat „...!“") may end on its own "!"
        saying = (after is not None and any(_is_title_word(w) for w in after.groups() if w)) \
            or _CALLED_OUT.search(before) is not None or any(_is_title_word(w) for w in prev[-2:])
        if re.search(r"[.?:;]\s*$", inner) or (inner.endswith("!") and not saying):
            continue
        if 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and prev \
                and prev[-1].lower() in _NAME_ARTICLES:
            # a name in title case after an article ("Im Rahmen des «Integrated Carbon Observation System»",
            # "erhielt eines der begehrten «Innosuisse Certificates»": a page review, 2026-11-28); a German
            # sentence or phrase has lower-case words
            titles.append(c)
            continue
        last_title = titles[-1] if titles else None
        heads = words if all(w[:1].isupper() for w in words if len(w) > 3) else words[-1:]
        if _is_title_word(words[0]) or saying or _AUTHOR_OF.search(before) \
                or any(_NAME_HEAD.search(w.strip(_QUOTE_OPEN + ".,;:!?")) for w in heads) \
                or (last_title is not None and 0 <= c.start - last_title.end <= 12
                    and _TITLE_LIST_GAP.fullmatch(doc.text[last_title.end:c.start])) \
                or _AFTER_QUOTED_ITEM.search(doc.text, max(0, c.start - 8), c.start):
            titles.append(c)
    if not titles:
        return claims
    gone = {id(c) for c in titles}
    kept = [c for c in claims if id(c) not in gone]
    for t in titles:
        sent = next((s for s in doc.sentences if s.start <= t.start < s.end), None)
        if sent is None or any(c.start < sent.end and sent.start < c.end for c in kept):
            continue
        text = sent.text.rstrip()
        if has_words(text, MIN_ASSERTED_WORDS) and not text.endswith("?"):
            kept.append(Claim(start=sent.start, end=sent.start + len(text), text=text, mode="asserted"))
    return sorted(kept, key=lambda c: (c.start, c.end))


_SAID_AGAIN_REACH = 400     # characters between the starts of the two claims


def _said_again(c: Claim, claims: list[Claim]) -> bool:
    """Another claim with the same source and cue (the rest of the content ``c`` was cut from), among
    ``claims``: those starting within the reach of ``c``'s start."""
    return any(o is not c and o.source == c.source and o.cue == c.cue and has_words(o.text, 2) for o in claims
               if abs(o.start - c.start) < _SAID_AGAIN_REACH)


def _trimmed_source(doc: Document, s: Source) -> Source | None:
    start, end = s.start, s.end
    m = _DATELINE.match(s.text)
    if m is not None and m.end() < len(s.text):
        start += m.end()
    while start < end and doc.text[start] in _SOURCE_EDGE:
        start += 1
    while end > start and doc.text[end - 1] in _SOURCE_EDGE:
        end -= 1
    if end <= start:
        return None
    if (start, end) == (s.start, s.end):
        return s
    text = doc.text[start:end]
    return Source(start=start, end=end, text=text, kind=classify(text) if start != s.start else s.kind)


def _german_speaker(doc: Document, s: Source) -> Source | None:
    from .sources import is_pronoun
    if s.kind == "person" and not any(ch.isupper() or ch.isdigit() for ch in s.text) and not is_pronoun(s.text):
        return None      # "die offen" (of "..., die offen darüber sprächen"): no one named
    m = _LISTENER.match(s.text)
    if m is not None and m.group(1).split()[0].lower() not in _GERMAN_ARTICLES \
            and classify(m.group(1)) == "person" and _plain_name(m.group(1)):
        end = s.start + m.end(1)
        return Source(start=s.start, end=end, text=doc.text[s.start:end], kind=classify(m.group(1)))
    return s


def _plain_name(text: str) -> bool:
    from .sources import PERSON_NOUNS
    return not any(w.lower() in PERSON_NOUNS for w in text.split())
