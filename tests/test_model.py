"""The analysis document: JSON form, schema and span offsets."""
from __future__ import annotations

import json

import jsonschema
import pytest

from lesart.model import (
    Block, Claim, Document, Entity, Event, Genre, Party, Quantity, Sentence, Source, SourceInfo, Span, Time, Voice,
    from_dict, from_json, to_dict, to_json, validate,
)
from lesart.model.serialize import check_offsets, json_schema


def _doc() -> Document:
    text = "Berlin. Der NIS erklärte, es seien etwa 10.000 Soldaten."
    doc = Document(id="t1", source=SourceInfo(kind="text"), text=text, language="de", published="2025-03-27")
    doc.blocks = [Block(start=0, end=len(text), text=text, kind="body")]
    doc.sentences = [Sentence(start=0, end=7, text="Berlin."), Sentence(start=8, end=len(text), text=text[8:])]
    doc.entities = [Entity(start=0, end=6, text="Berlin", label="LOC", kb_id="DE")]
    doc.times = [Time(start=0, end=6, text="Berlin", value=None, type="DATE")]  # any span will do here
    doc.quantities = [Quantity(start=35, end=46, text=text[35:46], value=10000, unit="Soldaten", approx=True)]
    doc.claims = [Claim(start=26, end=len(text) - 1, text=text[26:-1], mode="indirect",
                        source=Source(start=8, end=15, text="Der NIS", kind="intelligence"),
                        cue=Span(start=16, end=24, text="erklärte"))]
    doc.voice = [Voice(start=0, end=6, text="Berlin", kind="loaded")]
    doc.events = [Event(type="MOBILIZE", actor=Party(start=8, end=15, text="Der NIS", code="KOR", sector="SPY"), claim=0)]
    doc.genre = Genre(label="report", scores={"report": 0.9}, promotion=False)
    doc.pipeline = {"stages": [{"name": "test", "version": "1"}]}
    return doc


def test_round_trip_keeps_every_layer():
    doc = _doc()
    again = from_json(to_json(doc))
    assert to_dict(again) == to_dict(doc)
    assert again.claims[0].source.kind == "intelligence"
    assert (again.events[0].actor.text, again.events[0].actor.code) == ("Der NIS", "KOR")


def test_document_validates_against_shipped_schema():
    data = to_dict(_doc())
    validate(data)
    assert data["schema"] == "lesart.document/1"
    assert list(data)[:3] == ["schema", "id", "source"]


def test_schema_rejects_unknown_block_kind_and_bad_offsets():
    data = to_dict(_doc())
    data["blocks"][0]["kind"] = "sidebar"
    with pytest.raises(jsonschema.ValidationError):
        validate(data)
    data = to_dict(_doc())
    data["entities"][0]["end"] = 5
    with pytest.raises(ValueError, match="does not match"):
        check_offsets(data)


def test_schema_is_shipped_as_package_data():
    schema = json_schema()
    assert schema["properties"]["schema"]["const"] == "lesart.document/1"
    json.dumps(schema)


def test_raw_input_is_never_serialised():
    from lesart.model import RawInput
    doc = _doc()
    doc.raw = RawInput(name="x", content="secret raw", kind="text")
    assert "raw" not in to_dict(doc)
    assert "secret raw" not in to_json(doc)
