"""Issue 8 on the seed page: a wire-style report of the same event (written for this test, see
tests/data/README.md) is the earlier article; the seed's commentary comes out as added by the outlet and
its 10,000-soldiers claim matches the wire report's; an English report with 12,000 is a conflict."""
from __future__ import annotations

from pathlib import Path

import pytest

from lesart.corpus.report import story_report
from lesart.corpus.stories import StoryIndex

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def docs(seed_text):
    import lesart

    wire = lesart.analyze_text((DATA / "corpus_wire_nordkorea_de.txt").read_text("utf-8"),
                               published="2025-03-27", id="wire-de")
    wire_en = lesart.analyze_text((DATA / "corpus_wire_nordkorea_en.txt").read_text("utf-8"),
                                  published="2025-03-27", id="wire-en")
    # The seed appeared after the agency copy it rewrites.
    seed = lesart.analyze_text(seed_text, published="2025-03-28", id="seed")
    for d, site in ((wire, "dpa"), (wire_en, "reuters"), (seed, "seed-outlet")):
        d.site = site
    return {"wire": wire, "wire_en": wire_en, "seed": seed}


@pytest.fixture(scope="module")
def report(docs):
    return story_report([docs["seed"], docs["wire"], docs["wire_en"]], "nk")


def _article(report, doc_id):
    return next(a for a in report["articles"] if a["doc_id"] == doc_id)


def test_seed_commentary_is_added_by_the_outlet(report):
    added = [s["text"] for s in _article(report, "seed")["added"]["added_sentences"]]
    assert any("Verzweiflung des Kreml" in s for s in added)
    assert any("demokratiefeindliche Allianzen" in s for s in added)
    # the facts it took over are not additions
    assert not any("10.000 Soldaten" in s for s in added)
    assert not any("seit Mitte Januar" in s for s in added)
    voice = [v["text"] for v in _article(report, "seed")["added"]["added_voice"]]
    assert "Verzweiflung" in voice and "demokratiefeindliche" in voice


def test_ten_thousand_soldiers_claim_matches_the_wire(report, docs):
    groups = [c for c in report["claims"] if any("10.000" in m["text"] for m in c["claims"])]
    assert len(groups) == 1
    g = groups[0]
    ids = {m["doc_id"] for m in g["claims"]}
    assert {"seed", "wire-de"} <= ids
    assert g["first_report"]["doc_id"] == "wire-de"
    # both cite South Korea, Ukraine and the US: one independent source, not two
    assert g["corroboration"] == 1
    # the English report's 12,000 is a conflict, across languages
    assert "wire-en" in ids
    assert any(k["why"] in ("10000 vs 12000", "12000 vs 10000") for k in g["conflicts"])


def test_commentary_claims_have_no_counterpart(report, docs):
    seed = docs["seed"]
    added = set(_article(report, "seed")["added"]["added_claims"])
    kreml = [i for i, c in enumerate(seed.claims) if "Verzweiflung des Kreml" in c.text]
    assert kreml and set(kreml) <= added
    ten = [i for i, c in enumerate(seed.claims) if "10.000" in c.text]
    assert ten and not set(ten) & added


def test_yonhap_chain(report):
    chains = [ch for c in report["claims"] for ch in c["chains"]]
    assert any(len(ch) == 3 and "Yonhap" in ch[1] and "NIS" in ch[2] for ch in chains)


def test_the_three_reports_form_one_story_across_languages(docs):
    idx = StoryIndex()
    for d in (docs["wire"], docs["wire_en"], docs["seed"]):
        idx.assign(d)
    assert len({idx.of_doc[i] for i in ("wire-de", "wire-en", "seed")}) == 1
    st = idx.story_of("seed")
    assert st.first == "2025-03-27" and st.last == "2025-03-28"
    assert "Nordkorea" in st.label or "North Korea" in st.label


def test_index_round_trips_through_json(docs):
    idx = StoryIndex()
    for d in (docs["wire"], docs["seed"]):
        idx.assign(d)
    again = StoryIndex.from_json(idx.to_json())
    assert again.of_doc == idx.of_doc
    assert again.assign(docs["wire_en"]).story == idx.assign(docs["wire_en"]).story
