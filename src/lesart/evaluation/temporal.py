"""Temporal tagging evaluation on KRAUTS (German news, TimeML/TIMEX3).

Our own scorer, applied the same way to lesart's ``times`` layer and to the
HeidelTime output shipped beside the gold, so both numbers are comparable:

- extent strict: system span == gold span (offsets compared on non-whitespace
  characters, so the two files' line breaks do not matter);
- extent relaxed: the spans overlap (one-to-one, first best match);
- value accuracy: share of relaxed matches whose TIMEX3 value is equal;
- value F1: a relaxed match with the same value is a true positive.

Only non-empty TIMEX3 inside ``<TEXT>`` count (the DCT and the empty,
non-consuming TIMEX3 are left out).  The DCT is the anchor (``published``).

KRAUTS defines no split.  We hold one out ourselves: documents sorted by file
name, every third one (index % 3 == 2) is ``test``, the rest ``dev``.  The
rules were written looking at dev only; ``test`` is reported separately.
"""
from __future__ import annotations

import html
import re
import time as _time
from dataclasses import dataclass, field
from pathlib import Path
from .shared import shared_dir

PARTS = ("DieZeit", "Dolomiten-42", "Dolomiten-100")
SPLITS = ("dev", "test", "all")

_TEXT_RE = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT_RE = re.compile(r"<DCT>.*?value=\"([^\"]+)\".*?</DCT>", re.S)
_TAG_RE = re.compile(r"<TIMEX3\b([^>]*?)(/?)>|</TIMEX3>")
_ATTR_RE = re.compile(r"(\w+)=\"([^\"]*)\"")


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None


@dataclass
class TimeMLDoc:
    name: str
    dct: str | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def krauts_dir() -> Path:
    return shared_dir() / "data" / "temporal" / "krauts"


def parse_timeml(raw: str, name: str = "") -> TimeMLDoc:
    """Strip the TIMEX3 tags from ``<TEXT>`` and keep their offsets."""
    m = _DCT_RE.search(raw)
    dct = m.group(1) if m else None
    body = _TEXT_RE.search(raw)
    inner = body.group(1) if body else ""
    out: list[str] = []
    length = 0
    pos = 0
    open_tag: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    for tag in _TAG_RE.finditer(inner):
        chunk = html.unescape(inner[pos:tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(0) == "</TIMEX3>":
            if open_tag is not None:
                start, attrs = open_tag
                text = "".join(out)[start:length]
                if text.strip():
                    timexes.append(_timex(start, length, text, attrs))
            open_tag = None
        elif tag.group(2) != "/":  # self-closing TIMEX3 are empty: skip them
            open_tag = (length, dict(_ATTR_RE.findall(tag.group(1))))
    out.append(html.unescape(inner[pos:]))
    return TimeMLDoc(name=name, dct=dct, text="".join(out), timexes=timexes)


def _timex(start: int, end: int, text: str, attrs: dict[str, str]) -> GoldTimex:
    # Trim surrounding whitespace so that extents compare on content.
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    return GoldTimex(start=start + lead, end=end - trail, text=text.strip(),
                     type=attrs.get("type", "DATE"), value=attrs.get("value"),
                     mod=attrs.get("mod"))


def load_part(part: str, split: str = "all", system: str = "gold",
              root: Path | None = None, half: int | None = None) -> list[TimeMLDoc]:
    """Load one KRAUTS part; ``system='heideltime'`` loads the shipped output.

    ``half`` (0 or 1) keeps every other document of the split (by position in
    it), for checking on dev that a change helps both halves alike."""
    root = root or krauts_dir()
    folder = root / (f"KRAUTS_{part}" + ("_Heideltime" if system == "heideltime" else ""))
    names = sorted(p.name for p in folder.glob("*.tml"))
    docs = []
    for i, name in enumerate(names):
        held_out = i % 3 == 2
        if split == "dev" and held_out or split == "test" and not held_out:
            continue
        docs.append(parse_timeml((folder / name).read_text(encoding="utf-8"), name))
    if half is not None:
        docs = docs[half::2]
    return docs


# -- scoring ---------------------------------------------------------------

def _nonspace_index(text: str) -> list[int]:
    """For each char offset, how many non-whitespace characters precede it."""
    idx = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        idx[i] = n
        if not ch.isspace():
            n += 1
    idx[len(text)] = n
    return idx


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def add(self, other: "Counts") -> None:
        for k in ("gold", "system", "strict", "relaxed", "value"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def metrics(self) -> dict[str, float | int]:
        def prf(tp: int) -> tuple[float, float, float]:
            p = tp / self.system if self.system else 0.0
            r = tp / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return p, r, f
        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        vp, vr, vf = prf(self.value)
        return {
            "gold": self.gold, "system": self.system,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "value_accuracy": self.value / self.relaxed if self.relaxed else 0.0,
            "value_p": vp, "value_r": vr, "value_f1": vf,
        }


def score_doc(gold: TimeMLDoc, sys_text: str, system: list[tuple[int, int, str | None]]
              ) -> tuple[Counts, list[tuple]]:
    """Score one document; returns counts and (kind, gold, system) error rows."""
    gi = _nonspace_index(gold.text)
    si = _nonspace_index(sys_text)
    g_spans = [(gi[t.start], gi[t.end], t) for t in gold.timexes]
    s_spans = [(si[s], si[e], canonical_value(v), sys_text[s:e]) for s, e, v in system]
    c = Counts(gold=len(g_spans), system=len(s_spans))
    used: set[int] = set()
    errors: list[tuple] = []
    for gs, ge, g in g_spans:
        best = None
        for j, (ss, se, v, txt) in enumerate(s_spans):
            if j in used or ss >= ge or se <= gs:
                continue
            exact = ss == gs and se == ge
            key = (exact, v == canonical_value(g.value), min(ge, se) - max(gs, ss))
            if best is None or key > best[0]:
                best = (key, j)
        if best is None:
            errors.append(("missed", g.text, g.value, None, None))
            continue
        j = best[1]
        used.add(j)
        ss, se, v, txt = s_spans[j]
        c.relaxed += 1
        c.strict += int(ss == gs and se == ge)
        gv = canonical_value(g.value)
        c.value += int(v == gv)
        if v != gv or not (ss == gs and se == ge):
            errors.append(("mismatch", g.text, g.value, txt, v))
    for j, (ss, se, v, txt) in enumerate(s_spans):
        if j not in used:
            errors.append(("spurious", None, None, txt, v))
    return c, errors


def run_lesart(doc: TimeMLDoc, language: str = "de") -> list[tuple[int, int, str | None]]:
    from ..model import Document, SourceInfo
    from ..stages.times import TimesStage

    d = Document(id=doc.name, source=SourceInfo(kind="text"), text=doc.text,
                 language=language, published=doc.dct)
    TimesStage()(d)
    return [(t.start, t.end, t.value) for t in d.times]


def evaluate(parts: tuple[str, ...] = PARTS, split: str = "all",
             root: Path | None = None, with_errors: bool = False,
             english: bool = True, half: int | None = None) -> dict:
    """Score lesart and HeidelTime's shipped output on each KRAUTS part.

    Returns ``{"split": ..., "parts": {part: {"lesart": metrics,
    "heideltime": metrics, "docs": n, "seconds_per_doc": s}}, "english": metrics}``.
    ``english`` scores the hand-labelled ``tests/data/times_en.jsonl`` (no
    HeidelTime output exists for it).
    """
    results: dict = {"split": split, "parts": {}}
    for part in parts:
        gold_docs = load_part(part, split, root=root, half=half)
        ht_docs = {d.name: d for d in load_part(part, split, "heideltime", root=root, half=half)}
        ours, theirs = Counts(), Counts()
        errors: list[tuple] = []
        elapsed = 0.0
        for g in gold_docs:
            t0 = _time.perf_counter()
            spans = run_lesart(g)
            elapsed += _time.perf_counter() - t0
            c, errs = score_doc(g, g.text, spans)
            ours.add(c)
            errors.extend((g.name,) + e for e in errs)
            h = ht_docs.get(g.name)
            if h is not None:
                hc, _ = score_doc(g, h.text, _spans_of(h))
                theirs.add(hc)
        entry = {"docs": len(gold_docs), "lesart": ours.metrics(),
                 "heideltime": theirs.metrics(),
                 "seconds_per_doc": elapsed / max(1, len(gold_docs))}
        if with_errors:
            entry["errors"] = errors
        results["parts"][part] = entry
    if english:
        results["english"] = evaluate_english(split, with_errors=with_errors)
    return results


_DECADE_RE = re.compile(r"P(\d+(?:\.\d+)?)(DE|CE)")
_CLOCK_RE = re.compile(r"T(\d{1,2})[.:](\d\d)$")
# Misspelt separators the TIMEX3 value grammar (ISO 8601) has one spelling for:
# "2014_07" (year and month), "WXX-01" (a week day is one digit, 1-7), "-TEV" (the time
# follows the date directly).  Each is no other value than the one it is mapped to.
_UNDERSCORE_RE = re.compile(r"(?<=\d)_(?=\d)")
_WEEKDAY_PAD_RE = re.compile(r"(-W(?:\d\d|XX)-)0([1-7])\b")
_DASH_T_RE = re.compile(r"(?<=[\dX])-(?=T(?:\d|MO|AF|EV|NI|DT|MI|XX))")


def canonical_value(value: str | None) -> str | None:
    """Spellings of one value that the gold mixes: T20.30 / T8:30 -> T20:30 / T08:30,
    P1DE -> P10Y, 2014_07 -> 2014-07, XXXX-WXX-01-TEV -> XXXX-WXX-1TEV.  Applied to gold,
    lesart and HeidelTime alike."""
    if not value:
        return value
    value = value.strip()
    value = _UNDERSCORE_RE.sub("-", value)
    value = _WEEKDAY_PAD_RE.sub(r"\1\2", value)
    value = _DASH_T_RE.sub("", value)
    # P1DE and P10Y, P1CE and P100Y name the same duration.
    m = _DECADE_RE.fullmatch(value)
    if m:
        n = float(m.group(1)) * (10 if m.group(2) == "DE" else 100)
        value = f"P{int(n) if n.is_integer() else n}Y"
    m = _CLOCK_RE.search(value)
    if m:
        value = value[:m.start()] + f"T{int(m.group(1)):02d}:{m.group(2)}"
    return value


def english_path() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "data" / "times_en.jsonl"


def load_english(split: str = "all", path: Path | None = None) -> list[TimeMLDoc]:
    """The hand-labelled English set: even lines ``dev``, odd lines ``test``."""
    import json

    docs = []
    with (path or english_path()).open(encoding="utf-8") as f:
        for i, line in enumerate(l for l in f if l.strip()):
            if split == "dev" and i % 2 or split == "test" and not i % 2:
                continue
            rec = json.loads(line)
            docs.append(TimeMLDoc(
                name=rec["id"], dct=rec["published"], text=rec["text"],
                timexes=[GoldTimex(start=t["start"], end=t["end"], text=t["text"],
                                   type=t["type"], value=t["value"], mod=t.get("mod"))
                         for t in rec["times"]]))
    return docs


def evaluate_english(split: str = "all", path: Path | None = None,
                     with_errors: bool = False) -> dict:
    counts, errors = Counts(), []
    for doc in load_english(split, path):
        c, errs = score_doc(doc, doc.text, run_lesart(doc, "en"))
        counts.add(c)
        errors.extend((doc.name,) + e for e in errs)
    out = counts.metrics()
    if with_errors:
        out["errors"] = errors
    return out


def _spans_of(doc: TimeMLDoc) -> list[tuple[int, int, str | None]]:
    return [(t.start, t.end, t.value) for t in doc.timexes]


def markdown(results: dict) -> str:
    """A docs/evaluation.md section: our numbers beside HeidelTime's."""
    lines = [
        f"### Times: KRAUTS (German news), split `{results['split']}`",
        "",
        "| part | docs | system | strict F1 | relaxed F1 | value acc. | value F1 |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for part, e in results["parts"].items():
        for system in ("lesart", "heideltime"):
            m = e[system]
            lines.append(
                f"| {part} | {e['docs']} | {system} | {m['strict_f1']:.3f} | "
                f"{m['relaxed_f1']:.3f} | {m['value_accuracy']:.3f} | {m['value_f1']:.3f} |")
    lines += ["", "Scorer: `lesart.evaluation.temporal` (relaxed = overlap, value F1 = relaxed "
              "match with equal TIMEX3 value); HeidelTime = the output shipped with KRAUTS, "
              "scored by the same code. Split: every third document (sorted by name) is held "
              "out as `test`; rules were developed on `dev`."]
    if "english" in results:
        m = results["english"]
        lines += ["", f"English hand-labelled set (`tests/data/times_en.jsonl`, split "
                  f"`{results['split']}`, {m['gold']} "
                  f"expressions): strict F1 {m['strict_f1']:.3f}, relaxed F1 "
                  f"{m['relaxed_f1']:.3f}, value acc. {m['value_accuracy']:.3f}, "
                  f"value F1 {m['value_f1']:.3f}."]
    return "\n".join(lines) + "\n"


def error_report(results: dict) -> str:
    """Errors of an ``evaluate(..., with_errors=True)`` run, by kind: a value
    error (relaxed match, other value), a span error (same value, other
    extent), a missed gold expression, a spurious system one."""
    lines = []
    for part, e in results["parts"].items():
        rows = e.get("errors", [])
        groups: dict[str, list[tuple]] = {"value": [], "span": [], "missed": [], "spurious": []}
        for name, kind, gtext, gval, stext, sval in rows:
            if kind == "mismatch":
                kind = "span" if sval == canonical_value(gval) else "value"
            groups[kind].append((name, gtext, gval, stext, sval))
        lines.append(f"## {part}: " + ", ".join(f"{k} {len(v)}" for k, v in groups.items()))
        for kind, items in groups.items():
            lines.append(f"### {kind}")
            for name, gtext, gval, stext, sval in items:
                lines.append(f"{name[:28]:28} gold {gtext!r} {gval} | sys {stext!r} {sval}")
    return "\n".join(lines) + "\n"


def _main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m lesart.evaluation.temporal",
                                 description="KRAUTS scores with the errors listed by kind")
    ap.add_argument("--split", default="dev", choices=SPLITS)
    ap.add_argument("--part", action="append", choices=PARTS)
    ap.add_argument("--half", type=int, choices=(0, 1))
    ap.add_argument("--errors", action="store_true", help="list value, span, missed, spurious")
    args = ap.parse_args(argv)
    r = evaluate(tuple(args.part or PARTS), args.split, with_errors=args.errors,
                 english=False, half=args.half)
    for part, e in r["parts"].items():
        m = e["lesart"]
        print(f"{part:14} docs {e['docs']:3} gold {m['gold']:4} sys {m['system']:4} "
              f"strict {m['strict_f1']:.3f} relaxed {m['relaxed_f1']:.3f} "
              f"value acc {m['value_accuracy']:.3f} value F1 {m['value_f1']:.3f}")
    if args.errors:
        print(error_report(r))


if __name__ == "__main__":
    _main()
