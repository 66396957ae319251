"""Stage ``voice``: the author's own voice, and how subjective each sentence is.

- Every sentence of the title, headings, body and captions gets
  ``subjectivity`` (calibrated probability from the CheckThat!-trained model of
  ``model.py``) and ``subjective`` (at or above the model's threshold).
  Following the CheckThat! guidelines, attributed content is objective: a
  sentence that is mostly somebody else's words (claims with a mode other
  than ``asserted``, or the fallback of ``attribution.py``) is capped below
  the threshold.
- ``voice`` spans: value words (``evaluative``), emotive and labelling words
  (``loaded``), hedges (``speculation``) outside attributed content, and the
  author's subjective sentences as a whole (``opinion``).
"""
from __future__ import annotations

from ...model import Document, Sentence, Voice
from ...pipeline import register
from ..spanindex import SpanIndex
from .attribution import attributed_share, attributed_spans, reporting_frames
from .model import MODEL_VERSION, load
from .spans import VOICE_BLOCKS, word_spans

MOSTLY_ATTRIBUTED = 0.6     # share of a sentence's characters inside attributed content
ATTRIBUTED_CAP = 0.25       # the subjectivity such a sentence can have at most
OPINION_BLOCKS = ("body",)  # a whole-sentence opinion span only in running text, not in headlines


def _in_blocks(doc: Document, kinds: tuple[str, ...]) -> list[Sentence]:
    # an index over the blocks, so a 20,000-sentence page is not 20,000 x 20,000 comparisons
    ranges = [(b.start, b.end) for b in doc.blocks if b.kind in kinds]
    index = SpanIndex(ranges, ranges)
    return [s for s in doc.sentences
            if any(a <= s.start and s.end <= b for a, b in index.overlapping(s.start - 1, s.end + 1))]


@register("voice")
class VoiceStage:
    name = "voice"
    version = "1.0"
    requires = ("text", "language", "sentences", "blocks")
    assigns = ("voice", "sentences")

    def models(self) -> dict[str, str]:
        return {f"subjectivity_{lang}": f"{m.version} ({m.trained_on})"
                for lang in ("de", "en") if (m := load(lang)) is not None}

    def __call__(self, doc: Document) -> Document:
        attributed = attributed_spans(doc)
        frames = reporting_frames(doc)
        sentences = _in_blocks(doc, VOICE_BLOCKS)
        model = load(doc.language or "")
        opinions: list[Voice] = []
        if model is None:
            doc.warn(f"voice: no subjectivity model for language {doc.language!r}; sentences left unscored")
        else:
            threshold = model.threshold
            opinion_ids = {id(s) for s in _in_blocks(doc, OPINION_BLOCKS)}
            frame_index = SpanIndex(frames, frames)
            for sentence, p in zip(sentences, model.probabilities([s.text for s in sentences])):
                if attributed_share(sentence, frame_index.overlapping(sentence.start, sentence.end)) >= MOSTLY_ATTRIBUTED:
                    p = min(p, ATTRIBUTED_CAP * threshold / 0.5)
                sentence.subjectivity = round(p, 4)
                sentence.subjective = p >= threshold
                if sentence.subjective and id(sentence) in opinion_ids:
                    opinions.append(Voice(start=sentence.start, end=sentence.end, text=sentence.text,
                                          kind="opinion"))
        words = word_spans(doc, sentences, attributed)
        doc.voice = sorted(opinions + words, key=lambda v: (v.start, -(v.end - v.start)))
        return doc


__all__ = ["VoiceStage", "MODEL_VERSION"]
