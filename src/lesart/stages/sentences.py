"""Stage ``sentences``: sentence spans over the blocks worth reading.

German and English go through SoMaJo, which knows news abbreviations,
ordinals ("23. April") and quotes; other languages get a plain punctuation
splitter.  Only title/heading/body/quote/caption blocks are split: ads and
menus carry no sentences for the later layers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import SENTENCE_KINDS, Document, Sentence
from ..pipeline import register

_SOMAJO_MODELS = {"de": "de_CMC", "en": "en_PTB"}
_FALLBACK = re.compile(r"[^.!?…]+(?:[.!?…]+[\"'»«“”’)\]]*|$)")


@lru_cache(maxsize=2)
def _somajo(model: str):
    from somajo import SoMaJo

    tokenizer = SoMaJo(model, split_camel_case=False, character_offsets=True)
    _skip_emoji_scan_without_emojis(getattr(tokenizer, "_tokenizer", None))
    return tokenizer


def _skip_emoji_scan_without_emojis(tokenizer) -> None:
    """Let SoMaJo's emoji splitter return at once for text without emoji characters.

    SoMaJo 2.x's ``Tokenizer._split_emojis`` walks every grapheme of every
    token and runs ``regex.search`` with a pattern string on each, which makes
    the module look the pattern up in its cache every time: about half of all
    sentence-splitting time.  A token in which no character is an emoji,
    pictograph or variation selector gets no boundaries from it, so one
    precompiled search decides that, and only tokens with such a character go
    through SoMaJo's own method: the tokens, and so the sentences, are exactly
    SoMaJo's.
    """
    original = getattr(tokenizer, "_split_emojis", None)
    if original is None or not hasattr(tokenizer, "_split_on_boundaries"):
        return      # another SoMaJo version: leave it alone
    import regex

    emoji_char = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\uFE0F]")

    def split_emojis(node, token_class: str = "emoticon") -> None:
        if emoji_char.search(node.value.text):
            original(node, token_class)
        # without one, SoMaJo's method would find no boundaries and change nothing

    tokenizer._split_emojis = split_emojis


def split_sentences(paragraphs: list[str], language: str | None) -> list[list[tuple[int, int]]]:
    """For each paragraph, the (start, end) offsets of its sentences."""
    model = _SOMAJO_MODELS.get(language or "", "de_CMC" if language is None else None)
    if model is None:
        return [_fallback(p) for p in paragraphs]
    tokenizer = _somajo(model)
    # One call per paragraph: SoMaJo's offsets are relative to the paragraph and
    # it yields no marker between paragraphs, so this keeps the mapping exact.
    return [
        [(sent[0].character_offset[0], sent[-1].character_offset[1]) for sent in tokenizer.tokenize_text([p]) if sent]
        if p.strip() else []
        for p in paragraphs
    ]


def _fallback(paragraph: str) -> list[tuple[int, int]]:
    spans = []
    for m in _FALLBACK.finditer(paragraph):
        text = m.group(0)
        if text.strip():
            lead = len(text) - len(text.lstrip())
            spans.append((m.start() + lead, m.start() + len(text.rstrip())))
    return spans


@register("sentences")
class SentencesStage:
    name = "sentences"
    version = "1.0"
    requires = ("text", "blocks", "language")
    assigns = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        blocks = [b for b in doc.blocks if b.kind in SENTENCE_KINDS]
        spans = split_sentences([b.text for b in blocks], doc.language)
        doc.sentences = [
            Sentence(start=b.start + s, end=b.start + e, text=doc.text[b.start + s:b.start + e])
            for b, block_spans in zip(blocks, spans) for s, e in block_spans
        ]
        return doc
