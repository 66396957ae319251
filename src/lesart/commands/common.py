"""What the analyze and ingest commands share: reading --stages and the input options."""
from __future__ import annotations

import typer
from rich.console import Console

from ..fetch import FetchOptions
from ..inputs import InputOptions


def stage_names_or_exit(stages: str | None, err: Console) -> list[str] | None:
    """The names of ``--stages`` (None: the default pipeline), or exit 2 with one
    error line when a name is unknown or the order breaks a stage's requirements."""
    from .. import api

    names = [s.strip() for s in stages.split(",")] if stages else None
    try:
        api.pipeline(names)
    except (KeyError, ValueError) as exc:          # PipelineOrderError is a ValueError
        err.print(f"[bold red]error[/]: {exc.args[0] if exc.args else exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2) from None
    return names


def input_options(*, max_bytes: int, published: str | None, timeout: float, allow_private: bool) -> InputOptions:
    return InputOptions(max_bytes=max_bytes, published=published,
                        fetch=FetchOptions(timeout=timeout, max_bytes=max_bytes, allow_private=allow_private))
