"""``lesart ingest | search | export | serve``: the corpus commands.

``register(app)`` adds them to the main Typer app; each is a thin shell over
``lesart.store`` and ``lesart.web``.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .common import input_options, stage_names_or_exit
from ..inputs import DEFAULT_MAX_BYTES
from ..pipeline.memory import ModelFreezer

DB_HELP = "Database: a SQLite path or sqlite:///path (default ./lesart.db), or postgresql://user@host/db."
err = Console(stderr=True)


class SearchFormat(str, Enum):
    table = "table"
    json = "json"


class Confidence(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"
    csv = "csv"


def _open(db: Optional[str], readonly: bool = False):
    from ..store import StoreSchemaError, StoreURLError, open_store

    try:
        return open_store(db, readonly=readonly)
    except (StoreURLError, StoreSchemaError) as exc:
        err.print(f"[bold red]error[/]: {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from None
    except Exception as exc:  # noqa: BLE001 - a database that does not answer is the user's to fix
        err.print(f"[bold red]error[/]: cannot open database {db or 'lesart.db'}: {type(exc).__name__}: {exc}",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from None


def _progress_total(inputs: list[str]) -> int | None:
    """Pages to expect when every input is a plain page file (else None: no ETA)."""
    from ..store.sources import FEED_SUFFIXES, WARC_SUFFIXES

    total = 0
    for spec in inputs:
        p = Path(spec)
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p] if p.is_file() else None
        if files is None:
            return None
        for f in files:
            if f.name.lower().endswith(WARC_SUFFIXES + FEED_SUFFIXES + (".jsonl", ".ndjson", ".jsonl.gz")):
                return None
        total += len(files)
    return total


def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, JSONL, WARC files or RSS/Atom feeds.")],
    db: Annotated[Optional[str], typer.Option(help=DB_HELP)] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for inputs that lack one.")] = None,
    stages: Annotated[Optional[str], typer.Option(help="Comma-separated stage names (default: all installed).")] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per transaction.")] = 50,
    allow_private: Annotated[bool, typer.Option(help="Allow URLs on loopback/private/link-local addresses.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = 10.0,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Analyse pages and store every layer; re-running adds only what is missing. Exit 1 if anything failed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from ..store.ingest import ingest as run_ingest

    stage_names = stage_names_or_exit(stages, err)
    options = input_options(max_bytes=max_bytes, published=published, timeout=timeout, allow_private=allow_private)
    store = _open(db)
    bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]:.1f} pages/s"),
                   TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(), TextColumn("ETA"),
                   TimeRemainingColumn(), console=err, disable=not progress, transient=False)
    try:
        with bar:
            task = bar.add_task("ingest", total=_progress_total(inputs) if progress else None, rate=0.0, errors=0)
            freezer = ModelFreezer()        # this command owns its process (lesart.pipeline.memory)

            def progress_made(r) -> None:
                bar.update(task, completed=r.seen, rate=r.rate, errors=r.failed)
                freezer.seen(r.seen)

            report = run_ingest(inputs, store, options=options, stages=stage_names, batch_size=batch_size,
                                on_progress=progress_made)
        counts = store.counts()
    finally:
        store.close()
    for f in report.failures:
        err.print(f"[bold red]error[/]: {f.input}: {f.stage}: {f.message}", highlight=False, soft_wrap=True)
    err.print(f"{report.seen} inputs: {report.added} added, {report.skipped} already stored, {report.failed} failed "
              f"in {report.seconds:.1f} s; the database now holds {counts['documents']} documents "
              f"({', '.join(f'{counts[k]} {k}' for k in counts if k != 'documents')})",
              highlight=False, soft_wrap=True)
    if report.failed:
        raise typer.Exit(code=1)


def search(
    query: Annotated[Optional[str], typer.Argument(help='Words must all occur; "a phrase", a OR b, -not, prefix*.')] = None,
    db: Annotated[Optional[str], typer.Option(help=DB_HELP)] = None,
    site: Annotated[Optional[str], typer.Option(help="Only this outlet (the document's site).")] = None,
    lang: Annotated[Optional[str], typer.Option(help="Only this language (ISO 639-1).")] = None,
    since: Annotated[Optional[str], typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    entity: Annotated[Optional[str], typer.Option(help="Mentions this entity (its text, any case, or its KB id).")] = None,
    mode: Annotated[Optional[str], typer.Option(help="Has a claim in this mode (asserted, direct, indirect, hearsay, reported).")] = None,
    source_kind: Annotated[Optional[str], typer.Option(help="Has a claim resting on this kind of source (person, anonymous, ..., author = none).")] = None,
    event_type: Annotated[Optional[str], typer.Option(help="Has an event of this PLOVER type (MOBILIZE, ASSAULT, RETREAT, ...).")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Has an event whose actor is this code (PRK, RUS, IGOUNO) or these words.")] = None,
    target: Annotated[Optional[str], typer.Option(help="Has an event whose target (recipient) is this code or these words.")] = None,
    min_confidence: Annotated[Optional[Confidence], typer.Option(help="Only events of at least this confidence (high > medium > low); events stored without one never match.")] = None,
    limit: Annotated[int, typer.Option(help="Hits to show.")] = 20,
    offset: Annotated[int, typer.Option(help="Hits to skip.")] = 0,
    format: Annotated[SearchFormat, typer.Option("--format", "-f")] = SearchFormat.table,
) -> None:
    """Full-text search with filters over the layers."""
    from ..store import SearchQuery

    q = SearchQuery(text=query, site=site, language=lang, since=since, until=until, entity=entity, mode=mode,
                    source_kind=source_kind, event_type=event_type, actor=actor, target=target,
                    min_confidence=min_confidence.value if min_confidence else None, limit=limit, offset=offset)
    store = _open(db, readonly=True)
    try:
        result = store.search(q)
    finally:
        store.close()
    if format == SearchFormat.json:
        out = {"total": result.total, "offset": offset, "limit": limit,
               "hits": [h.__dict__ for h in result.hits]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table

    table = Table(title=f"{result.total} documents", show_lines=True)
    layer = "events" if q.event_filter and not q.claim_filter else "claims"
    for col in ("id", "site", "published", "title / snippet", layer):
        table.add_column(col, overflow="fold")
    for h in result.hits:
        if layer == "events":
            found = "\n".join(_event_line(e) for e in h.events[:5])
        else:
            found = "\n".join(f"[{c['mode']}/{c['source_kind'] or 'author'}] {c['text'][:120]}" for c in h.claims[:5])
        table.add_row(h.doc_id, h.site or "", h.published or "", f"[bold]{h.title or ''}[/]\n{h.snippet}", found)
    Console(soft_wrap=False).print(table)


def _event_line(e: dict) -> str:
    """[MOBILIZE/happened, high] Nordkorea (PRK) → Russland (RUS) @ Kursk, 2024-10"""
    def who(text, code):
        return f"{text} ({code})" if text and code else text or code or "?"
    level = f", {e['confidence']}" if e.get("confidence") else ""
    line = f"[{e['type']}/{e['status'] or '?'}{level}] {who(e['actor_text'], e['actor_code'])}"
    if e["target_text"] or e["target_code"]:
        line += f" → {who(e['target_text'], e['target_code'])}"
    if e["location_text"]:
        line += f" @ {e['location_text']}"
    if e["time_value"] or e["time_text"]:
        line += f", {e['time_value'] or e['time_text']}"
    return line


def migrate(db: Annotated[Optional[str], typer.Option(help=DB_HELP)] = None) -> None:
    """Upgrade a database made by an older lesart to the current schema (ingest does this too)."""
    from ..store import latest_version

    store = _open(db)       # opening read-write applies what is missing
    try:
        version = store.schema_version()
    finally:
        store.close()
    Console().print(f"database {db or 'lesart.db'} is at schema version {version} (latest {latest_version()})",
                  highlight=False)


def export(
    db: Annotated[Optional[str], typer.Option(help=DB_HELP)] = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    table: Annotated[str, typer.Option(help="documents, or a flat layer table: claims, entities, times, voice, "
                                            "sentences, blocks, quantities, events.")] = "documents",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write (required for parquet).")] = None,
) -> None:
    """Export the analysis documents (JSONL) or a flat table (JSONL, CSV, Parquet)."""
    from ..store.export import TABLES, export_csv, export_jsonl, export_parquet

    if table not in TABLES:
        err.print(f"[bold red]error[/]: unknown table {table!r}; choose one of {', '.join(TABLES)}")
        raise typer.Exit(code=2)
    if format == ExportFormat.parquet and out is None:
        err.print("[bold red]error[/]: parquet needs --out FILE")
        raise typer.Exit(code=2)
    store = _open(db, readonly=True)
    try:
        if format == ExportFormat.parquet:
            n = export_parquet(store, table, str(out))
        else:
            stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
            try:
                n = (export_jsonl if format == ExportFormat.jsonl else export_csv)(store, table, stream)
            finally:
                if out:
                    stream.close()
    finally:
        store.close()
    err.print(f"exported {n} rows of {table}" + (f" to {out}" if out else ""), highlight=False)


def serve(
    db: Annotated[Optional[str], typer.Option(help=DB_HELP)] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar="LESART_API_TOKEN", help="Enables POST /api/analyze and /api/ingest for requests bearing it.")] = None,
    allow_fetch: Annotated[bool, typer.Option(help="Let POST /api/analyze|ingest fetch URLs (with the usual safeguards).")] = False,
    max_body: Annotated[int, typer.Option(help="Largest request body in bytes.")] = 5_000_000,
) -> None:
    """Serve the corpus: search pages, article and outlet views, and a JSON API under /api."""
    import uvicorn

    from ..store import StoreSchemaError, open_store
    from ..web import Settings, create_app

    try:                        # the web app reads only; an older database is upgraded once, here
        open_store(db, readonly=True).close()
    except StoreSchemaError:
        open_store(db).close()
    except Exception:  # noqa: BLE001 - a missing or broken database is reported by the app, per request
        pass
    app = create_app(Settings(db_url=db, token=token, allow_fetch=allow_fetch, max_body=max_body))
    uvicorn.run(app, host=host, port=port, log_level="info")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("search")(search)
    app.command("migrate")(migrate)
    app.command("export")(export)
    app.command("serve")(serve)
