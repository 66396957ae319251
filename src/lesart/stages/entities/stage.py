"""The ``entities`` stage: spaCy NER per sentence, then the gazetteer merge."""
from __future__ import annotations

from ...model import Document, Entity
from ...pipeline import register
from . import model as ner_model
from .merge import merge

NO_MODEL_WARNING = "entities: no NER model for language {lang!r}; only gazetteer names were tagged"


@register("entities")
class EntitiesStage:
    name = "entities"
    version = "1.0"
    requires = ("text", "language", "sentences")
    assigns = ("entities",)

    def __init__(self, use_model: bool = True, use_gazetteer: bool = True, batch_size: int = 64):
        self.use_model = use_model
        self.use_gazetteer = use_gazetteer
        self.batch_size = batch_size

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
        nlp = ner_model.load_model(lang)
        texts = (s.text for s in doc.sentences)
        out = []
        for sent, sdoc in zip(doc.sentences, nlp.pipe(texts, batch_size=self.batch_size)):
            out.append([(sent.start + e.start_char, sent.start + e.end_char, e.label_) for e in sdoc.ents])
        return out

    def __call__(self, doc: Document) -> Document:
        entities: list[Entity] = []
        for sent, spans in zip(doc.sentences, self._model_entities(doc)):
            if self.use_gazetteer:
                local = [(s - sent.start, e - sent.start, lab) for s, e, lab in spans]
                merged = [(sent.start + s, sent.start + e, lab, kb) for s, e, lab, kb in merge(sent.text, local)]
            else:
                merged = [(s, e, lab, None) for s, e, lab in spans]
            for s, e, lab, kb in merged:
                entities.append(Entity(start=s, end=e, text=doc.text[s:e], label=lab, kb_id=kb))
        doc.entities = entities
        return doc
