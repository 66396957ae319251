"""The ``entities`` stage: a CRF tagger per sentence (crf.py), the gazetteer merge, then a document pass."""
from __future__ import annotations

import re
from bisect import bisect_right

from ...model import Document, Entity
from ...pipeline import register
from . import model as ner_model
from .crf import lowercase_words
from .features import gazetteer_flags
from .document import DocumentPass
from .gazetteer import load as load_gazetteer, token_range, tokenize as tokenize_names
from .merge import merge
from .tokens import tokenize

_LINE = re.compile(r"[^\n]+")
# Quotation marks at an entity's edge are the sentence's, not the name's: 'die Firma "Thüringer
# Landstolz"' names Thüringer Landstolz.
_QUOTES = frozenset('"\'„“”‚‘’»«›‹')
NO_MODEL_WARNING = "entities: no NER model for language {lang!r}; only gazetteer names were tagged"


@register("entities")
class EntitiesStage:
    name = "entities"
    version = "2.1"
    requires = ("text", "language", "sentences")
    assigns = ("entities",)

    def __init__(self, use_model: bool = True, use_gazetteer: bool = True,
                 document_pass: DocumentPass | None = DocumentPass()):
        self.use_model = use_model
        self.use_gazetteer = use_gazetteer
        self.document_pass = document_pass      # None: sentence-level results only

    def models(self) -> dict[str, str]:
        out = {}
        for lang in ner_model.LANGS:
            if ner_model.has_model(lang):
                meta = ner_model.model_meta(lang)
                out[f"ner-{lang}"] = f"{meta.get('name', 'lesart_ner')}-{meta.get('version', '0')}"
        return out

    def _model_entities(self, doc: Document) -> list[list[tuple[int, int, str]]]:
        """Model spans per sentence, as document character offsets."""
        lang = doc.language
        if not self.use_model or lang not in ner_model.LANGS or not ner_model.has_model(lang):
            if self.use_model and doc.sentences:
                doc.warn(NO_MODEL_WARNING.format(lang=lang))
            return [[] for _ in doc.sentences]
        tagger = ner_model.load_model(lang)
        # Words and their offsets in the sentence per sentence, cut as the training data was (tokens.py);
        # the words read from the document's text (the same as the sentence's where the two agree).
        offsets, words = [], []
        text = doc.text
        for sent in doc.sentences:
            tokens = tokenize(sent.text, lang)
            offsets.append(tokens)
            if text[sent.start:sent.end] == sent.text:
                words.append([sent.text[s:e] for s, e in tokens])
            else:
                words.append([text[sent.start + s:sent.start + e] for s, e in tokens])
        lowercase = None
        if lang == "en":
            # the headline and subheadings only: a list of venues or names in the body is title case too
            table = ner_model.load_casing(lang)
            heads = [(b.start, b.end) for b in doc.blocks if b.kind in ("title", "heading")]
            read = [headline_words(w, table) if any(s <= sent.start and sent.end <= e for s, e in heads) else w
                    for sent, w in zip(doc.sentences, words)]
            if read != words:       # the words the page writes in lowercase stay the page's own
                lowercase, words = lowercase_words(words), read
        spans = tagger.tag_document(words, lowercase)
        return [[(sent.start + tokens[a][0], sent.start + tokens[b - 1][1], label) for a, b, label in found]
                for sent, tokens, found in zip(doc.sentences, offsets, spans)]

    def __call__(self, doc: Document) -> Document:
        # The gazetteer's tokens of the whole text, for the merge (sentence by sentence) and
        # the document pass: one tokenizing instead of two.
        tokens = tokenize_names(doc.text) if self.use_gazetteer else None
        words = [doc.text[s:e] for s, e in tokens] if tokens is not None else None
        merged = []
        gazetteer = load_gazetteer() if self.use_gazetteer else None
        german = doc.language == "de"
        for sent, spans in zip(doc.sentences, self._model_entities(doc)):
            if self.use_gazetteer:
                local = [(s - sent.start, e - sent.start, lab) for s, e, lab in spans]
                found = token_range(tokens, sent.start, sent.end) if doc.text[sent.start:sent.end] == sent.text else None
                if found is None:
                    own = own_words = None
                else:       # gazetteer.tokens_within, and the words of those tokens
                    own_words = words[found[0]:found[1]]
                    if not local and not german and not gazetteer.match(own_words):
                        continue        # no name in the sentence (most): nothing to merge (``merge`` returns [])
                    own = [(s - sent.start, e - sent.start) for s, e in tokens[found[0]:found[1]]]
                merged += [(sent.start + s, sent.start + e, lab, kb)
                           for s, e, lab, kb in merge(sent.text, local, tokens=own, lang=doc.language, words=own_words)]
            else:
                merged += [(s, e, lab, None) for s, e, lab in spans]
        if self.document_pass is not None and merged:
            merged = self.document_pass(doc.text, [s.start for s in doc.sentences], merged, doc.language, tokens,
                                        words)
            # the pass spreads a name over the whole text; menus, tag lists and teasers that were
            # cut from the article ("More on this story: Julian Assange ...") are no facts of it
            merged = _inside_sentences(merged, doc.sentences)
        entities: list[Entity] = []
        for s, e, lab, kb in merged:
            for ps, pe, piece_kb in line_pieces(doc.text, s, e, kb):
                if not is_no_name(doc.text[ps:pe], lab):
                    entities.append(Entity(start=ps, end=pe, text=doc.text[ps:pe], label=lab, kb_id=piece_kb))
        doc.entities = entities
        return doc


_ADDRESS = re.compile(r"\S+@\S+\.\w|(?:https?://|www\.)\S", re.IGNORECASE)
_DIGIT_GROUP = re.compile(r"\d+(?:[.,]\d+)*")


def is_no_name(text: str, label: str) -> bool:
    """An e-mail or web address ('stensen@dsv.de', 'www.austria.org.sg'), or a MISC span that runs over a
    results table or a list of figures ('WÜ TS Göppingen 28,50 m 26,78 28,47 ...', 'EXP: 5,170,000 ; SXP: ...'):
    no name, whatever the tagger read there."""
    if _ADDRESS.search(text):
        return True
    return label == "MISC" and len(text.split()) >= 5 and len(_DIGIT_GROUP.findall(text)) >= 2


def headline_words(words: list[str], table: dict[str, tuple[int, int]]) -> list[str]:
    """The words as the tagger should read them when they form an English headline.

    Headlines and subheadings capitalise every long word ("Chasing Instagram
    Analytics, People are Becoming Grocery Stores"), so there case, the
    tagger's strongest clue, marks no name, and it tags "Grocery Stores" a
    person.  In such a line every capitalised word that the raw news text
    writes mostly in lowercase (``casing.py``) goes to the tagger in
    lowercase; names keep their case.  Only the tagger's input changes, never
    the text or the offsets."""
    long = [w for w in words[1:] if len(w) >= _HEADLINE_WORD and w.isalpha()]
    if len(long) < _HEADLINE_MIN_WORDS or sum(w[0].isupper() for w in long) < _HEADLINE_SHARE * len(long):
        return words
    out = [words[0]]
    common = 0
    # The word before: a capitalised name word keeps the next common word in the name ("Pepsi
    # Center", "Virginia Beach", "Salt Lake City"), a lowercased word or the line's start does not.
    # Function words ("From", "Of", "With") are lowercased wherever they stand.
    # A first name before a capitalised word ("Introducing Junior Gaspard") opens a name.
    flags = gazetteer_flags()
    named = not _is_common(words[0], table)
    for k, word in enumerate(words[1:], 1):
        if word[:1].isupper() and not word.isupper() and (
                word.lower() in _FUNCTION_WORDS or not named and _is_common(word, table) and not (
                    "first" in flags.get(word, ()) and k + 1 < len(words) and words[k + 1][:1].isupper())):
            out.append(word.lower())
            common += 1
            named = False
        else:
            out.append(word)
            named = word[:1].isupper()
    # a list of names ("Tom Johnston, Michael McDonald, Pat Long") is no headline
    return out if common >= _HEADLINE_MIN_COMMON else words


def _is_common(word: str, table: dict[str, tuple[int, int]]) -> bool:
    counts = table.get(word.lower())
    return counts is not None and counts[0] > _COMMON * counts[1]


_FUNCTION_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
                             "with", "by", "as", "into", "over", "after", "before", "about", "is", "are", "was",
                             "were", "be", "its", "his", "her", "their", "our", "your", "this", "that", "these",
                             "those", "how", "why", "what", "who", "when", "where", "not"})
_HEADLINE_WORD = 4              # letters of a word that English titles capitalise
_HEADLINE_MIN_WORDS = 3
_HEADLINE_SHARE = 0.8
_HEADLINE_MIN_COMMON = 2
_COMMON = 2                     # lowercase at least twice as often as capitalised inside sentences


def _inside_sentences(spans: list, sentences) -> list:
    """The spans that lie inside one of the (sorted, disjoint) sentences."""
    starts = [s.start for s in sentences]
    out = []
    for span in spans:
        i = bisect_right(starts, span[0]) - 1
        if i >= 0 and span[1] <= sentences[i].end:
            out.append(span)
    return out


def line_pieces(text: str, start: int, end: int, kb_id: str | None) -> list[tuple[int, int, str | None]]:
    """The span ``start:end`` without surrounding whitespace and quotation marks, cut at line breaks.

    A sentence of a list or schedule block runs over several lines, and the
    model may close an entity on the newline token ("Sky Sport 1 HD\\n") or run
    it into the next line ("Private Exlibrissammlung\\nBLUM").  A name never
    spans a line break, so each line's part is an entity of its own (with a
    letter or digit in it); the knowledge-base id stays only on an uncut span.
    """
    piece = text[start:end]
    if piece and "\n" not in piece and not (piece[0].isspace() or piece[0] in _QUOTES
                                            or piece[-1].isspace() or piece[-1] in _QUOTES):
        # one line with nothing to strip (most entities): the span itself
        return [(start, end, kb_id)] if any(ch.isalnum() for ch in piece) else []
    pieces = []
    for m in _LINE.finditer(text, start, end):
        ps, pe = m.span()
        while ps < pe and (text[ps].isspace() or text[ps] in _QUOTES):
            ps += 1
        while pe > ps and (text[pe - 1].isspace() or text[pe - 1] in _QUOTES):
            pe -= 1
        if any(ch.isalnum() for ch in text[ps:pe]):
            pieces.append((ps, pe))
    uncut = len(pieces) == 1 and "\n" not in text[start:end].strip()
    return [(ps, pe, kb_id if uncut else None) for ps, pe in pieces]
