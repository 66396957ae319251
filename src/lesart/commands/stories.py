"""``lesart story ...`` and ``lesart claim ...``: the cross-outlet layer on the command line.

``register(app)`` adds both groups to the main Typer app.  Stories come from the
corpus store (``--db``) and its story index, or straight from files
(``lesart story compare A.txt B.html --published 2025-03-27 --published 2025-03-28``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

DB_HELP = "Database: a SQLite path or sqlite:///path (default ./lesart.db), or postgresql://user@host/db."
INDEX_HELP = "Story index JSON (default: <db>.stories.json, or $LESART_STORY_INDEX)."
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

story_app = typer.Typer(help="Stories across outlets: cluster, list, show, compare files.", no_args_is_help=True)
claim_app = typer.Typer(help="Claims across outlets: corroboration, conflicts, first report.", no_args_is_help=True)


def _store(db: Optional[str]):
    from ..store import open_store

    try:
        return open_store(db, readonly=False)
    except Exception as exc:  # noqa: BLE001 - the user's database to fix
        err.print(f"[bold red]error[/]: cannot open database {db or 'lesart.db'}: {exc}")
        raise typer.Exit(code=2) from None


def _index(store, index: Optional[Path]):
    from ..corpus.store_adapter import update_index

    return update_index(store, index)


def _report_for(store, idx, story_id: str) -> dict:
    from ..corpus.report import story_report
    from ..corpus.store_adapter import story_documents

    st = idx.stories.get(story_id)
    if st is None:
        err.print(f"[bold red]error[/]: no story {story_id!r} (see `lesart story list`)")
        raise typer.Exit(code=1)
    return story_report(story_documents(store, idx, story_id), story_id, st.label)


def print_report(r: dict, claims_only: bool = False) -> None:
    if not claims_only:
        out.print(f"[bold]{r['story'] or 'story'}[/]  {r.get('label') or ''}  {r['span'][0]} .. {r['span'][1]}")
        out.print("[bold]Timeline[/]")
        for a in r["articles"]:
            copy = f"  copy of {a['copy_of']}" if a["copy_of"] else ""
            add = a["added"]
            out.print(f"  {a['published'] or '?':<10} {a['site'] or '-':<18} {a['doc_id']}{copy}  "
                      f"added {len(add['added_sentences'])}/{a['n_sentences']} sentences, "
                      f"{len(add['added_claims'])} claims, {len(add['added_voice'])} voice spans")
    out.print("[bold]Claims[/] (corroboration = independent sources)")
    for c in r["claims"]:
        if len(c["claims"]) < 2 and not claims_only:
            continue
        first = c["first_report"]
        out.print(f"  [{c['corroboration']}] {c['claims'][0]['text'][:110]}")
        out.print(f"      first: {first['site'] or first['doc_id']} {first['published'] or ''}; "
                  f"sources: {'; '.join(c['independent_sources'])}")
        for ch in c["chains"]:
            if len(ch) > 2:
                out.print(f"      chain: {' -> '.join(ch)}")
        for k in c["conflicts"]:
            out.print(f"      [bold red]conflict[/] {k['a'][0]} vs {k['b'][0]}: {k['why']}")
        for m in c["claims"][1:]:
            out.print(f"      = {m['site'] or m['doc_id']}: {m['text'][:100]}")
    if claims_only:
        return
    out.print("[bold]Added by each article[/] (no counterpart in earlier articles of the story)")
    for a in r["articles"]:
        if not a["added"]["earlier"]:
            continue
        out.print(f"  {a['site'] or a['doc_id']}:")
        for s in a["added"]["added_sentences"]:
            out.print(f"    + {s['text'][:140]}")


@story_app.command("build")
def story_build(db: Annotated[Optional[str], typer.Option("--db", help=DB_HELP)] = None,
                index: Annotated[Optional[Path], typer.Option("--index", help=INDEX_HELP)] = None) -> None:
    """Assign every stored document not yet in the story index (publication order)."""
    with _store(db) as store:
        idx, added = _index(store, index)
    out.print(f"{added} documents assigned; {len(idx.stories)} stories")


@story_app.command("list")
def story_list(db: Annotated[Optional[str], typer.Option("--db", help=DB_HELP)] = None,
               index: Annotated[Optional[Path], typer.Option("--index", help=INDEX_HELP)] = None,
               min_articles: Annotated[int, typer.Option(help="Only stories with this many articles.")] = 2,
               as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Stories with their label, time span, articles and outlets."""
    with _store(db) as store:
        idx, _ = _index(store, index)
    rows = [s for s in idx.stories.values() if len(s.articles) >= min_articles]
    rows.sort(key=lambda s: (s.first or "", s.id))
    if as_json:
        out.print_json(json.dumps([{"id": s.id, "label": s.label, "first": s.first, "last": s.last,
                                    "articles": s.articles, "sites": s.sites} for s in rows]))
        return
    for s in rows:
        out.print(f"{s.id}  {s.first or '?'}..{s.last or '?'}  {len(s.articles):>3} articles  "
                  f"{len(set(s.sites))} outlets  {s.label}")


@story_app.command("show")
def story_show(story_id: str, db: Annotated[Optional[str], typer.Option("--db", help=DB_HELP)] = None,
               index: Annotated[Optional[Path], typer.Option("--index", help=INDEX_HELP)] = None,
               as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """A story: timeline, syndicated copies, claims with corroboration and conflicts, what each added."""
    with _store(db) as store:
        idx, _ = _index(store, index)
        r = _report_for(store, idx, story_id)
    if as_json:
        out.print_json(json.dumps(r, ensure_ascii=False))
    else:
        print_report(r)


def _load_files(files: list[Path], published: list[str]) -> list:
    import lesart
    from ..model import from_dict

    if published and len(published) not in (1, len(files)):
        err.print("[bold red]error[/]: give --published once, or once per file")
        raise typer.Exit(code=2)
    docs = []
    for i, f in enumerate(files):
        pub = (published[i] if len(published) == len(files) else published[0]) if published else None
        if f.suffix == ".json":
            d = from_dict(json.loads(f.read_text("utf-8")))
            d.published = pub or d.published
        else:
            d = next(iter(lesart.analyze([str(f)], published=pub)))
            if not hasattr(d, "id"):
                err.print(f"[bold red]error[/]: cannot read {f}: {d}")
                raise typer.Exit(code=2)
        d.site = d.site or f.stem
        docs.append(d)
    return docs


@story_app.command("compare")
def story_compare(files: Annotated[list[Path], typer.Argument(help="Pages, texts or analysis JSON files.")],
                  published: Annotated[Optional[list[str]], typer.Option(help="Date per file (ISO), in order.")] = None,
                  as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Treat the given articles as one story and report on it (no database needed)."""
    from ..corpus.report import story_report

    r = story_report(_load_files(files, published or []), "files")
    if as_json:
        out.print_json(json.dumps(r, ensure_ascii=False))
    else:
        print_report(r)


@claim_app.command("list")
def claim_list(story_id: str, db: Annotated[Optional[str], typer.Option("--db", help=DB_HELP)] = None,
               index: Annotated[Optional[Path], typer.Option("--index", help=INDEX_HELP)] = None,
               conflicts: Annotated[bool, typer.Option("--conflicts", help="Only claims with a conflict.")] = False,
               as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every claim of a story with its corroboration count, first report and conflicts."""
    with _store(db) as store:
        idx, _ = _index(store, index)
        r = _report_for(store, idx, story_id)
    if conflicts:
        r["claims"] = [c for c in r["claims"] if c["conflicts"]]
    if as_json:
        out.print_json(json.dumps(r["claims"], ensure_ascii=False))
    else:
        print_report(r, claims_only=True)


@claim_app.command("trace")
def claim_trace(doc_id: str, index_in_doc: Annotated[int, typer.Argument(help="Claim number in the document.")],
                db: Annotated[Optional[str], typer.Option("--db", help=DB_HELP)] = None,
                index: Annotated[Optional[Path], typer.Option("--index", help=INDEX_HELP)] = None) -> None:
    """One claim: the same claim elsewhere in its story, who reported it first, from which source."""
    with _store(db) as store:
        idx, _ = _index(store, index)
        sid = idx.of_doc.get(doc_id)
        if sid is None:
            err.print(f"[bold red]error[/]: document {doc_id!r} is not in the story index")
            raise typer.Exit(code=1)
        r = _report_for(store, idx, sid)
    for c in r["claims"]:
        if any(m["doc_id"] == doc_id and m["index"] == index_in_doc for m in c["claims"]):
            out.print_json(json.dumps(c, ensure_ascii=False))
            return
    err.print(f"[bold red]error[/]: no claim {index_in_doc} in {doc_id}")
    raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    app.add_typer(story_app, name="story")
    app.add_typer(claim_app, name="claim")
