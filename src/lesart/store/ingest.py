"""Batch ingest: read inputs, skip those already stored, analyse the rest,
write them a batch per transaction.

Safe to kill at any moment: a batch is committed whole or not at all, and a
document's key (``rows.input_key``, a content hash) is known before analysis,
so a re-run skips what is stored without analysing it again and adds
exactly what is missing.  A failing page is recorded in ``errors`` with its
input, stage and message, and the run goes on.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from ..inputs import InputFailure, InputOptions
from ..model import RawInput
from .base import Failure, Pending, Store
from .rows import input_key
from .sources import iter_ingest_inputs


@dataclass
class IngestReport:
    seen: int = 0          # inputs read (pages, records, failures)
    added: int = 0         # documents written by this run
    skipped: int = 0       # already stored (or repeated within the run)
    failed: int = 0        # inputs or stages that failed in this run
    started: float = field(default_factory=time.monotonic)
    failures: list[Failure] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds > 0 else 0.0


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def _analyse(raw: RawInput, stages: Sequence[str] | None) -> tuple[object | None, Failure | None]:
    from .. import api

    try:
        return api.analyze_raw(raw, stages=stages, errors="catch"), None
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop the batch
        return None, Failure(raw.name, "analyze", f"{type(exc).__name__}: {exc}")


def ingest(inputs: Sequence[str], store: Store, *, options: InputOptions | None = None,
           stages: Sequence[str] | None = None, batch_size: int = 50,
           on_progress: Callable[[IngestReport], None] | None = None,
           items: Iterable[RawInput | InputFailure] | None = None) -> IngestReport:
    """Ingest ``inputs`` (or ready-made ``items``) into ``store``; see the module doc."""
    options = options or InputOptions()
    report = IngestReport()
    run_id = store.start_run(inputs)
    seen_keys: set[str] = set()
    source = items if items is not None else iter_ingest_inputs(inputs, options)
    try:
        for chunk in _chunks(source, batch_size):
            raws = [(input_key(i), i) for i in chunk if isinstance(i, RawInput)]
            known = store.known_keys(k for k, _ in raws)
            pending: list[Pending] = []
            failures: list[Failure] = []
            for item in chunk:
                report.seen += 1
                if isinstance(item, InputFailure):
                    failures.append(Failure(item.name, item.stage, item.reason))
                    continue
                key = input_key(item)
                if key in known or key in seen_keys:
                    report.skipped += 1
                    continue
                seen_keys.add(key)
                doc, failure = _analyse(item, stages)
                if failure:
                    failures.append(failure)
                    continue
                pending.append(Pending(key=key, input=item.name, doc=doc))
                failures.extend(Failure(item.name, e.stage, f"{e.error}: {e.message}", key) for e in doc.errors)
                if on_progress:
                    on_progress(report)
            added = store.add(pending, failures)
            report.added += added
            report.skipped += len(pending) - added       # written meanwhile by another writer
            report.failed += len(failures)
            report.failures.extend(failures)
            if on_progress:
                on_progress(report)
    finally:
        store.finish_run(run_id, report.added, report.skipped, report.failed)
    if report.added:
        store.optimize()
    return report
