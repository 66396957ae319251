"""The data files of the claims rules, loaded once."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@lru_cache(maxsize=None)
def cues(language: str) -> dict[str, frozenset[str]]:
    """Section -> entries from ``cues_<language>.txt``."""
    sections: dict[str, set[str]] = defaultdict(set)
    path = f"cues_{language}.txt"
    if not (DATA / path).exists():
        return {}
    for line in _lines(path):
        section, entry = line.split("\t", 1)
        sections[section].update(_spellings(entry.lower()))
    return {k: frozenset(v) for k, v in sections.items()}


def _spellings(entry: str) -> tuple[str, ...]:
    """The entry, and where it has "ß" also its Swiss and Liechtenstein spelling with "ss" ("gemäss",
    "heisst es", "Aussenamt"); simplemma lemmatises such forms to ss-lemmas ("äusserte" -> "äussern")."""
    return (entry, entry.replace("ß", "ss")) if "ß" in entry else (entry,)


@lru_cache(maxsize=None)
def konjunktiv1() -> frozenset[str]:
    return frozenset(line.split("\t", 1)[0] for line in _lines("konjunktiv1_de.txt"))


@lru_cache(maxsize=None)
def source_kind_stems() -> list[tuple[str, str]]:
    out = []
    for line in _lines("source_kinds.txt"):
        kind, stem = line.split("\t", 1)
        out.extend((kind, spelling) for spelling in _spellings(stem))
    return out


@lru_cache(maxsize=None)
def countries() -> frozenset[str]:
    return frozenset(_lines("countries.txt"))
