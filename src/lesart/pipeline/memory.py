"""Keep Python's cyclic garbage collector off the models lesart has loaded.

The stages load their models, gazetteers and tables lazily, on the first
document that needs them, and keep them for the life of the process: a few
hundred thousand Python objects once a German and an English page have been
analysed.  The cyclic collector walks every tracked object on each full
collection; in a batch run those walks came to about 2.5 ms per page
(bench/bench_stages.py, Fundus pages), charged to whichever stage happened to
be allocating, mostly entities.  ``gc.freeze()`` moves the objects alive at
that moment into a permanent generation that the collector skips; reference
counting still frees them.  Because it acts on the whole process, only the
shells that own their process use it (the CLI's analyze loop, the benches),
not the library calls.
"""
from __future__ import annotations

import gc

# Documents after which to freeze: the first loads the models of its language
# and the shared ones; later documents load the other language's and fill the
# per-word caches.
FREEZE_AFTER = (1, 10, 100)


def freeze_long_lived() -> None:
    """Collect what is garbage now, then exempt everything alive from later collections."""
    gc.collect()
    gc.freeze()


class ModelFreezer:
    """Call ``after_document()`` once per analysed document, or ``seen(n)`` with a
    running count; it freezes once each count of ``FREEZE_AFTER`` is reached (a full
    collection each, three per process)."""

    def __init__(self) -> None:
        self.documents = 0

    def after_document(self) -> None:
        self.seen(self.documents + 1)

    def seen(self, documents: int) -> None:
        if any(self.documents < mark <= documents for mark in FREEZE_AFTER):
            freeze_long_lived()
        self.documents = max(self.documents, documents)
