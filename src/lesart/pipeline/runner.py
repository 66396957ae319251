"""Runs stages in order over documents, with a per-call error policy.

``raise`` lets the first exception out (tests, debugging); ``catch`` records
it on the document (``errors`` and ``warnings``) and goes on with the stages
whose requirements are still met, so one broken layer never loses the rest.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from ..model import Document, StageError
from .stage import INITIAL_FIELDS, HasModels, Stage

ErrorPolicy = Literal["raise", "catch"]


class PipelineOrderError(ValueError):
    """A stage requires something that no earlier stage assigns."""


class Pipeline:
    def __init__(self, stages: Sequence[Stage]):
        self.stages = list(stages)
        self.check()

    def check(self) -> None:
        available = set(INITIAL_FIELDS)
        names: set[str] = set()
        for stage in self.stages:
            if not isinstance(stage, Stage):
                raise TypeError(f"{stage!r} does not implement the Stage interface")
            if stage.name in names:
                raise PipelineOrderError(f"stage {stage.name!r} appears twice")
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineOrderError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, which no earlier stage assigns "
                    f"(order: {', '.join(s.name for s in self.stages)})")
            names.add(stage.name)
            available.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def describe(self) -> dict:
        stages = []
        for s in self.stages:
            entry = {"name": s.name, "version": s.version}
            if isinstance(s, HasModels):
                entry["models"] = s.models()
            stages.append(entry)
        return {"stages": stages}

    def __call__(self, doc: Document, errors: ErrorPolicy = "catch") -> Document:
        doc.pipeline = self.describe()
        failed: set[str] = set()          # fields a failed stage would have assigned
        for stage in self.stages:
            blocked = [r for r in stage.requires if r in failed]
            if blocked:
                doc.warn(f"{stage.name} skipped: it needs {', '.join(blocked)}, which failed")
                failed.update(stage.assigns)
                continue
            try:
                doc = stage(doc)
            except Exception as exc:  # noqa: BLE001 - policy decides
                if errors == "raise":
                    raise
                doc.errors.append(StageError(stage=stage.name, error=type(exc).__name__, message=str(exc)))
                doc.warn(f"{stage.name} failed: {type(exc).__name__}: {exc}")
                failed.update(stage.assigns)
        return doc

    def pipe(self, docs: Iterable[Document], errors: ErrorPolicy = "catch") -> Iterable[Document]:
        for doc in docs:
            yield self(doc, errors=errors)
