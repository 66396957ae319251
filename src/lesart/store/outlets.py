"""Per-outlet figures: how much of an outlet's claim text rests on named
sources, on anonymous ones, on unspecified ones or on the author alone, and
its share of subjective sentences; overall and month by month."""
from __future__ import annotations

from typing import Any

from .base import NAMED_SOURCE_KINDS

ATTRIBUTION = ("named", "anonymous", "unspecified", "author")

_CATEGORY = (
    "CASE WHEN c.source_kind IS NULL THEN 'author' "
    "WHEN c.source_kind = 'anonymous' THEN 'anonymous' "
    f"WHEN c.source_kind IN ({', '.join(repr(k) for k in NAMED_SOURCE_KINDS)}) THEN 'named' "
    "ELSE 'unspecified' END"
)


def _shares(chars: dict[str, int]) -> dict[str, float | None]:
    total = sum(chars.values())
    return {k: (chars.get(k, 0) / total if total else None) for k in ATTRIBUTION}


def outlets(store, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    total = int(store.scalar("SELECT count(DISTINCT site) FROM documents WHERE site IS NOT NULL"))
    rows = store.rows("SELECT site, count(*) AS documents, min(published) AS first, max(published) AS last "
                      "FROM documents WHERE site IS NOT NULL GROUP BY site ORDER BY documents DESC, site "
                      "LIMIT ? OFFSET ?", (limit, offset))
    return total, [{**r, "documents": int(r["documents"])} for r in rows]


def outlet_profile(store, site: str) -> dict[str, Any] | None:
    n = int(store.scalar("SELECT count(*) FROM documents WHERE site = ?", (site,)))
    if not n:
        return None
    by_month: dict[str, dict[str, Any]] = {}

    def month(m: str | None) -> dict[str, Any]:
        key = m or "undated"
        return by_month.setdefault(key, {"month": key, "documents": 0, "chars": {}, "subjective": 0, "rated": 0})

    for r in store.rows("SELECT substr(published, 1, 7) AS m, count(*) AS n FROM documents WHERE site = ? "
                        "GROUP BY substr(published, 1, 7)", (site,)):
        month(r["m"])["documents"] = int(r["n"])
    for r in store.rows(f"SELECT substr(d.published, 1, 7) AS m, {_CATEGORY} AS cat, "
                        "sum(c.end_char - c.start_char) AS chars FROM claims c JOIN documents d ON d.id = c.doc_id "
                        f"WHERE d.site = ? GROUP BY substr(d.published, 1, 7), {_CATEGORY}", (site,)):
        month(r["m"])["chars"][r["cat"]] = int(r["chars"] or 0)
    for r in store.rows("SELECT substr(d.published, 1, 7) AS m, "
                        "sum(CASE WHEN s.subjective THEN 1 ELSE 0 END) AS subj, count(s.subjective) AS rated "
                        "FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE d.site = ? "
                        "GROUP BY substr(d.published, 1, 7)", (site,)):
        entry = month(r["m"])
        entry["subjective"], entry["rated"] = int(r["subj"] or 0), int(r["rated"] or 0)
    months = sorted(by_month.values(), key=lambda e: (e["month"] == "undated", e["month"]))
    all_chars: dict[str, int] = {}
    subj = rated = 0
    for e in months:
        for k, v in e["chars"].items():
            all_chars[k] = all_chars.get(k, 0) + v
        subj += e["subjective"]; rated += e["rated"]
        e["attribution"] = _shares(e.pop("chars"))
        e["subjective_share"] = e["subjective"] / e["rated"] if e["rated"] else None
        del e["subjective"], e["rated"]
    return {"site": site, "documents": n, "claim_chars": sum(all_chars.values()),
            "attribution": _shares(all_chars), "subjective_share": subj / rated if rated else None,
            "months": months}
