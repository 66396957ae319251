"""Shared test fixtures: where the gold data lives and how tests skip without it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LESART_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "examples" / "seed_de_nordkorea.txt"

needs_shared = pytest.mark.skipif(
    not (SHARED / "data").is_dir(),
    reason=f"gold data not found at {SHARED}/data (clone lesart next to its shared/ folder or set LESART_SHARED)",
)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import lesart
    return lesart.analyze_text(seed_text, published="2025-03-27", id="seed")
