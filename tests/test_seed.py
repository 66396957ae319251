"""The page lesart was conceived for, taken apart end to end (issue 2's checks)."""
from __future__ import annotations

from lesart.model import to_dict, validate


def _kinds_of(doc, needle):
    return [b.kind for b in doc.blocks if needle in b.text]


def test_seed_blocks_language_and_metadata(seed_doc):
    doc = seed_doc
    assert doc.language == "de"
    assert doc.title == "Nordkoreas Militärpräsenz in Russland: Neue Truppenverlegung trotz hoher Verluste"
    assert doc.blocks[0].kind == "title"
    assert doc.published == "2025-03-27"
    for heading in ("Fragwürdige Militärkooperation zwischen Moskau und Pjöngjang",
                    "Vorheriger Truppenrückzug wegen hoher Verluste", "Westliche Beobachter alarmiert"):
        assert _kinds_of(doc, heading) == ["heading"], heading
    for para in ("In einer bemerkenswerten Entwicklung", "Diese jüngste Entwicklung", "Besonders brisant",
                 "Die erneute Entsendung", "Nach übereinstimmenden Angaben", "Während der Westen"):
        assert _kinds_of(doc, para) == ["body"], para
    assert set(_kinds_of(doc, "Themen:")) == {"tags"} and set(_kinds_of(doc, "#Blackout")) == {"tags"}
    ad_start = doc.text.index("Exklusives Live-Webinar")
    ad_end = doc.text.index("Tausende bereits angemeldet") + len("Tausende bereits angemeldet")
    covering = [b for b in doc.blocks if b.end > ad_start and b.start < ad_end]
    assert covering and all(b.kind == "advertisement" for b in covering)
    for menu in ("Kettner Edelmetalle News", "Finanzen", "Wirtschaft", "Politik"):
        assert _kinds_of(doc, "- " + menu) == ["navigation"], menu


def test_seed_document_is_valid_and_blocks_cover_the_text_in_order(seed_doc):
    data = to_dict(seed_doc)
    validate(data)
    ends = [(b.start, b.end) for b in seed_doc.blocks]
    assert ends == sorted(ends)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(ends, ends[1:]))
    covered = "".join(seed_doc.text[s:e] for s, e in ends)
    assert "".join(covered.split()) == "".join(seed_doc.text.split())
    for s in seed_doc.sentences:
        assert seed_doc.text[s.start:s.end] == s.text
    assert "Webinar" not in seed_doc.article_text and "Finanzen" not in seed_doc.article_text


def test_seed_without_publication_date_says_so():
    import lesart
    doc = lesart.analyze_text((__import__("conftest").SEED).read_text("utf-8"))
    assert doc.published is None
    assert any("publication date unknown" in w for w in doc.warnings)
