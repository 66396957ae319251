"""The cross-outlet layer over the corpus store (``lesart.store``).

Story assignment is online, so the index is kept beside the database as a
JSON file (``<db>.stories.json`` by default) and extended with documents it has
not seen yet; nothing in the store's schema changes.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

from ..model import Document, from_dict
from .stories import StaleIndexError, StoryIndex
from .text import order_key


def documents(store) -> Iterator[Document]:
    for d in store.iter_documents():
        yield from_dict(d)


def default_index_path(store) -> Path:
    env = os.environ.get("LESART_STORY_INDEX")
    if env:
        return Path(env)
    url = getattr(store, "url", "") or "lesart.db"
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///"):]
    if "://" in url:                      # PostgreSQL: keep it in the working directory
        return Path("lesart.stories.json")
    return Path(url + ".stories.json")


def load_index(path: Path) -> StoryIndex:
    """The saved index, or a new one when there is none or it is in an older
    format (it is derived from the store, so ``update_index`` rebuilds it)."""
    if not path.exists():
        return StoryIndex()
    try:
        return StoryIndex.from_json(path.read_text("utf-8"))
    except StaleIndexError:
        return StoryIndex()


def update_index(store, path: Path | None = None, save: bool = True) -> tuple[StoryIndex, int]:
    """Assign every stored document the index has not seen (publication order); returns (index, added)."""
    path = path or default_index_path(store)
    index = load_index(path)
    new = sorted((d for d in documents(store) if d.id not in index.of_doc), key=order_key)
    for d in new:
        index.assign(d)
    if save and new:
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(index.to_json(), "utf-8")
        tmp.replace(path)
    return index, len(new)


def story_documents(store, index: StoryIndex, story_id: str) -> list[Document]:
    st = index.stories.get(story_id)
    if st is None:
        return []
    docs = [store.load(i) for i in st.articles]
    return [d for d in docs if d is not None]


_cache: dict[str, tuple[int, StoryIndex]] = {}
_lock = threading.Lock()


def cached_index(store) -> StoryIndex:
    """The index for a store, brought up to date when the store gained documents (for the web view)."""
    n = int(store.scalar("SELECT count(*) FROM documents") or 0)
    key = getattr(store, "url", "")
    with _lock:
        got = _cache.get(key)
        if got and got[0] == n:
            return got[1]
    path = default_index_path(store)
    try:
        index, _ = update_index(store, path, save=os.access(path.parent, os.W_OK))
    except OSError:
        index, _ = update_index(store, path, save=False)
    with _lock:
        _cache[key] = (n, index)
    return index
