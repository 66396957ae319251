"""Same output check for the entities, times and quantities stages (a speed-work tool, not a test).

The pages of the extraction gold set (291) and the seed example (published 2025-03-27) are run
up to ``sentences`` once and pickled, so that later runs of the three stages see the same input
even while other stages change; then the stages' layers are dumped and two dumps compared.

  .venv/bin/python bench/layers_compare.py snap                 # writes $LAYERS_SNAP (default /tmp/lesart_layers_snap.pkl)
  .venv/bin/python bench/layers_compare.py dump OUT.json [N]    # layers; with N > 0 also min-of-N CPU ms/page per stage
  .venv/bin/python bench/layers_compare.py cmp A.json B.json    # IDENTICAL, or the differing documents
"""
import copy, json, os, pickle, sys, time
from pathlib import Path

SNAP = Path(os.environ.get("LAYERS_SNAP", "/tmp/lesart_layers_snap.pkl"))
ROOT = Path(__file__).resolve().parents[1]
STAGES = ("entities", "times", "quantities")


def snap():
    from lesart.api import pipeline, analyze_text
    from lesart.evaluation.extraction import load_gold
    from lesart.model import Document, RawInput, SourceInfo
    pre = pipeline(["extract", "language", "sentences"])
    docs = []
    for page in load_gold("all", ["fundus_de", "scrapinghub"]):
        html, url = page.html(), page.url
        raw = RawInput(name=url or "page", content=html, kind="html", source_kind="html", uri=url)
        doc = Document(id=url or "page", source=SourceInfo(kind="html", uri=url), raw=raw)
        docs.append(pre(doc))
    seed = (ROOT / "examples" / "seed_de_nordkorea.txt").read_text(encoding="utf-8")
    docs.append(analyze_text(seed, published="2025-03-27", id="seed", stages=["extract", "language", "sentences"]))
    SNAP.write_bytes(pickle.dumps(docs))
    print(len(docs), "docs", sum(len(d.text) for d in docs), "chars")


def layers(doc):
    return {"entities": [(e.start, e.end, e.text, e.label, e.kb_id) for e in doc.entities],
            "times": [(t.start, t.end, t.text, t.value, t.type, t.mod) for t in doc.times],
            "quantities": [(q.start, q.end, q.text, q.value, q.unit, q.approx) for q in doc.quantities],
            "warnings": list(getattr(doc, "warnings", []))}


def dump(out, repeat=1):
    from lesart.pipeline import create
    from lesart import stages as _st
    for n in STAGES: _st.load(n)
    docs = pickle.loads(SNAP.read_bytes())
    stages = [create(n) for n in STAGES]
    best = {n: float("inf") for n in STAGES}
    result = None
    for r in range(repeat + 1):          # pass 0 = warm-up (models load), also the output
        spent = dict.fromkeys(STAGES, 0.0)
        res = []
        for d in docs:
            d = copy.deepcopy(d)
            for st in stages:
                t0 = time.process_time()
                d = st(d)
                spent[st.name] += time.process_time() - t0
            res.append({"id": d.id, **layers(d)})
        if result is None:
            result = res
        elif res != result:
            print("NONDETERMINISTIC")
        if r:
            for n in STAGES:
                best[n] = min(best[n], spent[n])
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=0))
    n = len(docs)
    if repeat:
        print(" ".join(f"{k}={1000*v/n:.2f}ms" for k, v in best.items()), f"sum={1000*sum(best.values())/n:.2f}ms")


def cmp(a, b):
    A, B = json.loads(Path(a).read_text()), json.loads(Path(b).read_text())
    assert len(A) == len(B)
    bad = 0
    for x, y in zip(A, B):
        for k in ("entities", "times", "quantities", "warnings"):
            if x[k] != y[k]:
                bad += 1
                sx, sy = {tuple(i) for i in x[k]} if k != "warnings" else set(x[k]), {tuple(i) for i in y[k]} if k != "warnings" else set(y[k])
                print(x["id"], k, "only A:", sorted(sx - sy)[:5], "only B:", sorted(sy - sx)[:5])
    tot = {k: sum(len(x[k]) for x in A) for k in ("entities", "times", "quantities")}
    print("IDENTICAL" if not bad else f"{bad} DIFFERENCES", tot)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "snap": snap()
    elif cmd == "dump": dump(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    else: cmp(sys.argv[2], sys.argv[3])
