"""Keep docs/evaluation.md in step with the numbers ``lesart eval`` computes.

Each evaluation owns one section of the file between marker comments;
``lesart eval NAME --write-docs`` rewrites that section alone, so the prose
around it (and the other evaluations' numbers) stay as they are.
"""
from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[3] / "docs" / "evaluation.md"
HEADER = """# Evaluation

Every number here is computed by `lesart eval NAME --split test --write-docs` with the project's
own scorers (`src/lesart/evaluation/`), against gold data in `../shared/data` that we did not write.
We train and tune on train/dev splits and report on test. The CI gate (`tests/test_eval_gate*.py`,
baseline in `src/lesart/evaluation/baseline.json`) pins minimum scores with a small noise margin.

"""


def _markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def update_section(name: str, markdown: str, path: Path = DOCS) -> Path:
    start, end = _markers(name)
    block = f"{start}\n{markdown.strip()}\n{end}"
    text = path.read_text("utf-8") if path.exists() else HEADER
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path
