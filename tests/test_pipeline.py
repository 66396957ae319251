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


def test_model_freezer_freezes_once_per_mark(monkeypatch):
    """The CLI's loops freeze the loaded models after the 1st, 10th and 100th document,
    whether they count one by one or report a running total that skips marks."""
    from lesart.pipeline import memory

    calls: list[int] = []
    monkeypatch.setattr(memory, "freeze_long_lived", lambda: calls.append(1))
    one_by_one = memory.ModelFreezer()
    for _ in range(150):
        one_by_one.after_document()
    assert len(calls) == len(memory.FREEZE_AFTER)
    calls.clear()
    totals = memory.ModelFreezer()
    for seen in (0, 1, 1, 5, 12, 12, 400, 500):
        totals.seen(seen)
    assert len(calls) == 3          # at 1, at 12 (past 10), at 400 (past 100); repeats freeze nothing
    calls.clear()
    jump = memory.ModelFreezer()
    jump.seen(150)                  # several marks passed at once: one freeze
    assert len(calls) == 1


def test_a_language_without_rules_says_what_was_not_read():
    """A French page: every layer that reads only German and English says so, and the
    claims layer does not pass off unread sentences as the author's own."""
    from lesart import analyze_text
    doc = analyze_text("Le président a déclaré mardi que la réforme serait adoptée. «Nous ne reculerons pas devant "
                       "la rue», a-t-il dit. Selon le ministère, 300 000 personnes ont manifesté à Paris.")
    assert doc.language == "fr"
    for stage in ("times", "quantities", "claims", "events"):
        assert any(w.startswith(f"{stage}: no rules for language 'fr'") for w in doc.warnings), (stage, doc.warnings)
    assert doc.claims and all(c.mode == "direct" for c in doc.claims)


def test_the_api_takes_a_page_as_bytes_in_its_own_encoding():
    """Fetched or read pages are bytes: their declared encoding is used, not assumed UTF-8."""
    from lesart.api import analyze_html, analyze_text

    body = "<p>Die Brücke über die Elster wird für größere Lastwagen gesperrt, teilte die Stadt mit.</p>" * 3
    page = f'<html><head><meta charset="iso-8859-1"><title>Brücke</title></head><body><article>{body}</article></body></html>'
    doc = analyze_html(page.encode("iso-8859-1"), stages=["extract"])
    assert "Brücke über die Elster" in doc.text and "größere" in doc.text
    assert "Straße" in analyze_text("Die Straße ist gesperrt.\n".encode("utf-8"), stages=["extract"]).text
    with pytest.raises(TypeError, match="str or bytes"):
        analyze_text(42, stages=["extract"])
