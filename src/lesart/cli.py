"""The ``lesart`` command: a thin shell over ``lesart.api`` and ``lesart.evaluation``."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import api
from .commands.common import input_options, stage_names_or_exit
from .inputs import DEFAULT_MAX_BYTES, InputFailure, failure_record
from .model import Document, to_dict
from .pipeline.memory import ModelFreezer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="lesart reads online news the way a careful fact-checker does.")
eval_app = typer.Typer(no_args_is_help=True, help="Score lesart against the gold corpora in ../shared/data.")
app.add_typer(eval_app, name="eval")

err = Console(stderr=True)


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    md = "md"
    html = "html"


class ClaimsTagger(str, Enum):
    auto = "auto"
    crf = "crf"
    rules = "rules"


class ErrorsPolicy(str, Enum):
    raise_ = "raise"
    catch = "catch"


def _report_failure(f: InputFailure) -> None:
    err.print(f"[bold red]error[/]: {f.name}: {f.reason}", highlight=False, soft_wrap=True)


def _html_target(out: Optional[Path], doc: Document, many: bool) -> Path:
    if not many:
        return out or Path("lesart-report.html")
    folder = out or Path("lesart-reports")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{doc.id}.html"


@app.command()
def analyze(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, JSONL files or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format; several inputs give JSONL for json.")] = Format.text,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for inputs that lack one.")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here instead of stdout (html: file, or folder for several inputs).")] = None,
    errors: Annotated[ErrorsPolicy, typer.Option(help="raise: stop at a stage's exception; catch: record it and go on.")] = ErrorsPolicy.catch,
    allow_private: Annotated[bool, typer.Option(help="Allow URLs on loopback/private/link-local addresses.")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = 10.0,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    stages: Annotated[Optional[str], typer.Option(help="Comma-separated stage names (default: all installed).")] = None,
    claims_tagger: Annotated[ClaimsTagger, typer.Option(help="Claims: auto (CRF where trained, averaged with a BiLSTM for English), crf (the CRF alone: the claims stage about twice as fast on English pages, less exact spans), rules.")] = ClaimsTagger.auto,
) -> None:
    """Take news pages apart: article, cut blocks, metadata and every analysis layer."""
    options = input_options(max_bytes=max_bytes, published=published, timeout=timeout, allow_private=allow_private)
    stage_names = stage_names_or_exit(stages, err)
    many = len(inputs) > 1 or any(Path(i).is_dir() or i.endswith((".jsonl", ".ndjson")) for i in inputs if i != "-")
    fmt = Format.jsonl if (format == Format.json and many) else format
    stream = open(out, "w", encoding="utf-8") if (out and fmt not in (Format.html,)) else sys.stdout
    console = Console(file=stream, soft_wrap=False) if fmt == Format.text else None
    failed = 0
    freezer = ModelFreezer()
    try:
        for item in api.analyze(inputs, published=published, stages=stage_names, errors=errors.value, options=options,
                                claims_tagger=claims_tagger.value):
            freezer.after_document()
            if isinstance(item, InputFailure):
                failed += 1
                _report_failure(item)
                if fmt in (Format.json, Format.jsonl):
                    # keeps its place: line n of the output still answers input n, and
                    # an --out file holds every input, the ones that failed included
                    stream.write(json.dumps(failure_record(item), ensure_ascii=False) + "\n")
                continue
            doc = item
            for e in doc.errors:
                failed += 1
                err.print(f"[bold red]error[/]: {doc.raw.name if doc.raw else doc.id}: stage {e.stage} failed: "
                          f"{e.error}: {e.message}", highlight=False, soft_wrap=True)
            for w in (doc.raw.warnings if doc.raw else []):
                err.print(f"[yellow]warning[/]: {doc.raw.name}: {w}", highlight=False, soft_wrap=True)
            if fmt == Format.text:
                from .render import render_summary
                render_summary(doc, console)
            elif fmt == Format.json:
                stream.write(json.dumps(to_dict(doc), ensure_ascii=False, indent=2) + "\n")
            elif fmt == Format.jsonl:
                stream.write(json.dumps(to_dict(doc), ensure_ascii=False) + "\n")
            elif fmt == Format.md:
                from .render import render_markdown
                stream.write(render_markdown(doc) + "\n")
            elif fmt == Format.html:
                from .render import render_html
                target = _html_target(out, doc, many)
                target.write_text(render_html(doc), encoding="utf-8")
                err.print(f"report: {target.resolve()}", highlight=False, soft_wrap=True)
            stream.flush()
    finally:
        if stream is not sys.stdout:
            stream.close()
    if failed:
        raise typer.Exit(code=1)


@app.command("stages")
def list_stages() -> None:
    """List the stages of the default pipeline with versions and what they need and assign."""
    pipe = api.pipeline()
    for s in pipe.stages:
        typer.echo(f"{s.name} {s.version}: requires {', '.join(s.requires)}; assigns {', '.join(s.assigns)}")


def _eval_command(suite_name: str):
    def command(
        split: Annotated[str, typer.Option(help="Which split to score (train and tune on dev; report test).")] = "test",
        json_out: Annotated[bool, typer.Option("--json", help="Print the full results as JSON.")] = False,
        write_docs: Annotated[bool, typer.Option(help="Rewrite this evaluation's section of docs/evaluation.md.")] = False,
        check: Annotated[bool, typer.Option(help="Fail (exit 1) when a score falls below its pin in baseline.json.")] = False,
    ) -> None:
        from .evaluation import gate
        from .evaluation.docs import update_section
        from .evaluation.suites import SUITES

        suite = SUITES[suite_name]
        if split not in suite.splits:
            err.print(f"[bold red]error[/]: {suite_name} has no split {split!r}; choose from {', '.join(suite.splits)}")
            raise typer.Exit(code=2)
        try:
            results = suite.run(split)
        except FileNotFoundError as exc:
            err.print(f"[bold red]error[/]: gold data missing: {exc}. Clone lesart next to shared/ or set LESART_SHARED.")
            raise typer.Exit(code=2) from None
        text = suite.markdown(results)
        if json_out:
            typer.echo(json.dumps(results, ensure_ascii=False, indent=2, default=str))
        else:
            typer.echo(text)
        if write_docs:
            err.print(f"updated {update_section(suite_name, text)}")
        if check:
            problems = gate.check(suite.gate(results))
            for line in problems:
                err.print(f"[bold red]regression[/]: {line}", highlight=False)
            if problems:
                raise typer.Exit(code=1)

    command.__doc__ = None
    return command


def _register_evals() -> None:
    from .evaluation.suites import SUITES

    for name, suite in SUITES.items():
        eval_app.command(name, help=f"Score {suite.about}.")(_eval_command(name))


_register_evals()


def _register_corpus_commands() -> None:
    # The corpus store, web server and cross-outlet commands live in their own modules.
    from .commands.corpus import register as register_corpus
    from .commands.stories import register as register_stories

    register_corpus(app)
    register_stories(app)


_register_corpus_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
