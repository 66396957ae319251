"""Stages and runner: declared order, error policy, versions recorded."""
from __future__ import annotations

import pytest

from lesart.model import Document, RawInput, SourceInfo
from lesart.pipeline import Pipeline, PipelineOrderError, Stage, create, register


class _Upper:
    name, version, requires, assigns = "upper", "0.1", ("raw",), ("text",)

    def __call__(self, doc):
        doc.text = doc.raw.content.upper()
        return doc


class _Boom:
    name, version, requires, assigns = "boom", "2.0", ("text",), ("entities",)

    def __call__(self, doc):
        raise RuntimeError("model file missing")


class _NeedsEntities:
    name, version, requires, assigns = "needs_entities", "1.0", ("entities",), ("events",)

    def __call__(self, doc):
        doc.events = []
        return doc


def _doc() -> Document:
    return Document(id="d", source=SourceInfo(kind="text"), raw=RawInput(name="d", content="abc", kind="text"))


def test_runner_refuses_a_stage_before_what_it_requires():
    with pytest.raises(PipelineOrderError, match="requires text"):
        Pipeline([_Boom(), _Upper()])


def test_runner_refuses_duplicates_and_non_stages():
    with pytest.raises(PipelineOrderError):
        Pipeline([_Upper(), _Upper()])
    with pytest.raises(TypeError):
        Pipeline([object()])


def test_catch_records_the_error_and_skips_dependants():
    doc = Pipeline([_Upper(), _Boom(), _NeedsEntities()])(_doc(), errors="catch")
    assert doc.text == "ABC"
    assert [(e.stage, e.error, e.message) for e in doc.errors] == [("boom", "RuntimeError", "model file missing")]
    assert any("needs_entities skipped" in w for w in doc.warnings)
    assert [s["name"] for s in doc.pipeline["stages"]] == ["upper", "boom", "needs_entities"]
    assert doc.pipeline["stages"][1]["version"] == "2.0"


def test_raise_lets_the_exception_out():
    with pytest.raises(RuntimeError, match="model file missing"):
        Pipeline([_Upper(), _Boom()])(_doc(), errors="raise")


def test_a_new_stage_plugs_in_by_registration():
    @register("test_shout")
    class Shout:
        name, version, requires, assigns = "test_shout", "1.0", ("text",), ("title",)

        def __call__(self, doc):
            doc.title = doc.text + "!"
            return doc

    stage = create("test_shout")
    assert isinstance(stage, Stage)
    doc = Pipeline([_Upper(), stage])(_doc())
    assert doc.title == "ABC!"


def test_default_pipeline_is_ordered_and_records_versions():
    import lesart
    pipe = lesart.pipeline()
    assert pipe.names[:3] == ["extract", "language", "sentences"]
    described = pipe.describe()["stages"]
    assert all(s["version"] for s in described)
