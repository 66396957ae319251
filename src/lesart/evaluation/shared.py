"""Where the gold corpora live: ``$LESART_SHARED``, else ``shared/`` beside the checkout.

Every evaluation and training recipe asks here, so the rule is stated once.
"""
from __future__ import annotations

import os
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[3]


def shared_dir() -> Path:
    env = os.environ.get("LESART_SHARED")
    return Path(env) if env else CHECKOUT.parent / "shared"
