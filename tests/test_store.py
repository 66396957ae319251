"""The store on both dialects: migrations, writing, counts, search, outlets, export."""
from __future__ import annotations

import csv
import io
import json

import pytest

from lesart.model import validate
from lesart.store import Pending, SearchQuery, StoreURLError, open_store
from lesart.store.export import export_csv, export_jsonl, export_parquet
from lesart.store.outlets import outlet_profile, outlets
from lesart.store.schema import MIGRATIONS
from lesart.store.search import facets, fts5_query, snippet
from test_store_fixtures import db_url, fill, fresh_pg, pg_url, sample_docs  # noqa: F401


def test_migrations_are_recorded_and_run_once(db_url):
    with open_store(db_url) as s:
        assert s.schema_version() == MIGRATIONS[-1].version
        assert s.migrate() == []                 # nothing left to apply
        rows = s.rows("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [r["version"] for r in rows] == [m.version for m in MIGRATIONS]


def test_documents_and_every_layer_round_trip(db_url):
    with open_store(db_url) as s:
        keys = fill(s)
        counts = s.counts()
        docs = sample_docs()
        for layer in ("blocks", "sentences", "entities", "times", "claims"):
            assert counts[layer] == sum(len(getattr(d, layer)) for d in docs) > 0, layer
        assert counts["documents"] == 4 and counts["voice"] == counts["events"] == 0
        back = s.load(keys[0])
        original = sample_docs()[0]
        assert back.claims[0].source.kind == "anonymous" and back.claims[0].mode == "hearsay"
        assert back.sentences[2].subjective is True and back.text == original.text
        validate(back)
        assert s.load("a2").id == "a2"           # by document id too
        assert s.load("nope") is None


def test_adding_again_adds_nothing(db_url):
    with open_store(db_url) as s:
        fill(s)
        before = s.counts()
        assert s.add([Pending(key="key-a1", input="again", doc=sample_docs()[0])]) == 0
        assert s.counts() == before


def test_search_text_and_filters(db_url):
    with open_store(db_url) as s:
        fill(s)
        assert {h.doc_id for h in s.search(SearchQuery(text="Kursk")).hits} == {"a1", "a2", "e1"}
        assert {h.doc_id for h in s.search(SearchQuery(text="kursk", language="de")).hits} == {"a1", "a2"}
        # every hearsay claim about Kursk since March
        r = s.search(SearchQuery(text="Kursk", mode="hearsay", since="2025-03-01"))
        assert [h.doc_id for h in r.hits] == ["a1"] and r.hits[0].claims[0]["source_kind"] == "anonymous"
        # every claim resting on anonymous sources in one outlet
        r = s.search(SearchQuery(source_kind="anonymous", site="taz.de"))
        assert [h.doc_id for h in r.hits] == ["a1"]
        assert [h.doc_id for h in s.search(SearchQuery(source_kind="author")).hits] == ["a3"]
        assert [h.doc_id for h in s.search(SearchQuery(entity="österreich")).hits] == ["a3"]
        assert [h.doc_id for h in s.search(SearchQuery(text="Kursk", until="2025-02-28")).hits] == ["a2"]
        assert s.search(SearchQuery(text='"Lage in Kursk"')).total == 1
        assert s.search(SearchQuery(text="Kursk -Selenskyj")).total == 2
        assert s.search(SearchQuery(text="Pensionen OR Selenskyj")).total == 2
        assert s.search(SearchQuery(text='AND OR NOT ( " * :')).total == 0    # no syntax errors reach the user
        page = s.search(SearchQuery(text="Kursk", limit=2, offset=2))
        assert page.total == 3 and len(page.hits) == 1
        f = facets(s, SearchQuery(text="Kursk"))
        assert dict(f["site"]) == {"taz.de": 2, "example.com": 1}
        assert dict(f["mode"]) == {"hearsay": 1, "indirect": 1, "reported": 1}


def test_fts5_query_quotes_everything():
    assert fts5_query('Kursk "Lage in" -Selenskyj a OR b pre*') == \
        '("Kursk" AND "Lage in" AND ("a" OR "b") AND "pre"*) NOT "Selenskyj"'
    assert fts5_query("---") == '""'
    assert "«Kursk»" in snippet("Die Lage in Kursk bleibt.", ["kursk"])


def test_outlet_profile(db_url):
    with open_store(db_url) as s:
        fill(s)
        total, rows = outlets(s)
        assert total == 3 and rows[0] == {"site": "taz.de", "documents": 2, "first": "2025-02-01", "last": "2025-03-12"}
        p = outlet_profile(s, "taz.de")
        claim_a1 = len("Der Rückzug sei seit März geplant gewesen")
        claim_a2 = len("man halte die Stellungen")
        assert p["attribution"]["anonymous"] == pytest.approx(claim_a1 / (claim_a1 + claim_a2))
        assert p["attribution"]["named"] == pytest.approx(claim_a2 / (claim_a1 + claim_a2))
        assert p["subjective_share"] == pytest.approx(2 / 5)
        assert [m["month"] for m in p["months"]] == ["2025-02", "2025-03"]
        assert outlet_profile(s, "nowhere") is None


def test_export_formats(db_url, tmp_path):
    with open_store(db_url) as s:
        fill(s)
        buf = io.StringIO()
        assert export_jsonl(s, "documents", buf) == 4
        docs = [json.loads(line) for line in buf.getvalue().splitlines()]
        for d in docs:
            validate(d)
        buf = io.StringIO()
        assert export_csv(s, "claims", buf) == 4
        rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
        assert {r["mode"] for r in rows} == {"hearsay", "indirect", "asserted", "reported"}
        assert "doc_key" in rows[0] and "source_kind" in rows[0]
        import pyarrow.parquet as pq
        assert export_parquet(s, "entities", str(tmp_path / "e.parquet")) == 6
        table = pq.read_table(tmp_path / "e.parquet")
        assert table.num_rows == 6 and "label" in table.column_names
        assert export_parquet(s, "voice", str(tmp_path / "v.parquet")) == 0     # empty layer: header only
        assert pq.read_table(tmp_path / "v.parquet").num_rows == 0
        assert export_parquet(s, "sentences", str(tmp_path / "s.parquet")) == 9
        assert str(pq.read_table(tmp_path / "s.parquet").schema.field("subjective").type) == "bool"


def test_bad_urls_are_refused(tmp_path):
    with pytest.raises(StoreURLError):
        open_store("mysql://localhost/x")
    with pytest.raises(StoreURLError):
        open_store("sqlite://relative.db")
    with open_store(f"sqlite:///{tmp_path}/x.db") as s:
        assert s.counts()["documents"] == 0


def _doc_with_events():
    from lesart.model import Event, Party, Span, Time
    from test_store_fixtures import make_doc

    doc = make_doc("ev1", ["Nordkorea hat Truppen nach Russland entsandt.", "Die Ukraine griff Kursk im August an."],
                   published="2025-03-27")
    t = doc.text

    def party(words, code, sector=None):
        i = t.index(words)
        return Party(start=i, end=i + len(words), text=words, code=code, sector=sector)

    i = t.index("August")
    doc.events = [
        Event(type="MOBILIZE", actor=party("Nordkorea", "PRK", "MIL"), location=party("Russland", "RUS"),
              status="happened", trigger=Span(start=t.index("entsandt"), end=t.index("entsandt") + 8, text="entsandt"),
              confidence="high"),
        Event(type="ASSAULT", actor=party("Ukraine", "UKR"), location=party("Kursk", None), status="happened",
              time=Time(start=i, end=i + 6, text="August", value="2024-08", type="DATE"), confidence="low"),
    ]
    return doc


def _doc_with_events_before_confidence():
    """The same events as an events stage before confidence wrote them: no confidence."""
    doc = _doc_with_events()
    doc.id = "ev0"
    for ev in doc.events:
        ev.confidence = None
    return doc


def test_search_events_by_type_and_actor_code(db_url):
    with open_store(db_url) as s:
        fill(s)
        s.add([Pending(key="key-ev1", input="events", doc=_doc_with_events())])
        r = s.search(SearchQuery(event_type="MOBILIZE", actor="PRK"))
        assert [h.doc_id for h in r.hits] == ["ev1"]
        (ev,) = r.hits[0].events
        assert (ev["actor_text"], ev["actor_code"], ev["location_code"]) == ("Nordkorea", "PRK", "RUS")
        assert s.search(SearchQuery(event_type="mobilize", actor="prk")).total == 1   # codes in any case
        assert s.search(SearchQuery(event_type="ASSAULT", actor="PRK")).total == 0    # type and actor together
        got = s.search(SearchQuery(actor="Ukraine")).hits[0].events                    # the actor's own words
        assert [(e["type"], e["time_value"]) for e in got] == [("ASSAULT", "2024-08")]
        assert s.search(SearchQuery(text="Kursk", event_type="ASSAULT")).total == 1


def test_search_events_by_min_confidence(db_url):
    with open_store(db_url) as s:
        fill(s)
        s.add([Pending(key="key-ev1", input="events", doc=_doc_with_events()),
               Pending(key="key-ev0", input="events", doc=_doc_with_events_before_confidence())])
        assert s.search(SearchQuery(event_type="MOBILIZE", actor="PRK")).total == 2
        for level in ("low", "medium", "high"):                # high counts as >= medium and >= low
            r = s.search(SearchQuery(event_type="MOBILIZE", actor="PRK", min_confidence=level))
            assert [h.doc_id for h in r.hits] == ["ev1"], level    # the one without confidence never matches
            assert [e["confidence"] for e in r.hits[0].events] == ["high"]
        assert s.search(SearchQuery(event_type="ASSAULT", min_confidence="medium")).total == 0
        assert s.search(SearchQuery(event_type="ASSAULT", min_confidence="LOW")).total == 1
        alone = s.search(SearchQuery(min_confidence="medium"))  # a filter of its own: lists the events it kept
        assert [(h.doc_id, [e["type"] for e in h.events]) for h in alone.hits] == [("ev1", ["MOBILIZE"])]
        listed = {h.doc_id: [e["confidence"] for e in h.events] for h in s.search(SearchQuery(actor="UKR")).hits}
        assert listed == {"ev1": ["low"], "ev0": [None]}       # without the filter, each event says its level
        with pytest.raises(ValueError, match="confidence"):
            s.search(SearchQuery(min_confidence="certain"))


def test_version_1_database_is_upgraded_and_backfilled(db_url):
    """A database written before the event code columns gets them, filled from the stored documents."""
    from lesart.store import StoreSchemaError
    from lesart.store.rows import EVENT_COLUMNS, document_row, layer_rows

    with open_store(db_url, migrate=False) as s:
        with s.transaction():               # what lesart 1 made: migration 1 only, events without codes
            s.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                      "applied_at TEXT NOT NULL)")
            for stmt in MIGRATIONS[0].statements(s.dialect):
                s.execute(stmt)
            s.execute("INSERT INTO schema_migrations VALUES (1, 'v1', 'then')")
        doc = _doc_with_events()
        with s.transaction():               # and a document written by the v1 writer
            pk = s._insert_document(document_row(doc, "key-ev1", "events"))
            for row in layer_rows(doc, pk)["events"]:
                s.execute(f"INSERT INTO events (doc_id, idx, {', '.join(EVENT_COLUMNS[:11])}) "
                          f"VALUES ({', '.join('?' * 13)})", row[:13])
    with pytest.raises(StoreSchemaError, match="lesart migrate"):   # read-only opens refuse, with the way out
        open_store(db_url, readonly=True)
    with open_store(db_url) as s:                     # a read-write open migrates and backfills
        assert s.schema_version() == MIGRATIONS[-1].version
        r = s.search(SearchQuery(event_type="MOBILIZE", actor="PRK"))
        assert r.total == 1 and r.hits[0].events[0]["actor_sector"] == "MIL"
        assert r.hits[0].events[0]["confidence"] == "high"    # the later migrations' backfills ran too


def test_version_2_database_gets_event_confidence_from_the_stored_documents(db_url):
    """A database written before events.confidence gets the column, filled from each stored document;
    events whose document has none (stored before the events stage gave it) stay NULL."""
    from lesart.store import StoreSchemaError
    from lesart.store.rows import EVENT_COLUMNS, document_row, layer_rows

    assert EVENT_COLUMNS[-1] == "confidence"
    old_columns = EVENT_COLUMNS[:-1]
    with open_store(db_url, migrate=False) as s:
        with s.transaction():               # what lesart at schema version 2 made
            s.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                      "applied_at TEXT NOT NULL)")
            for m in MIGRATIONS[:2]:
                for stmt in m.statements(s.dialect):
                    s.execute(stmt)
                s.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')", (m.version, m.name))
        with s.transaction():               # and documents written by the version 2 writer
            for key, doc in (("key-ev1", _doc_with_events()), ("key-ev0", _doc_with_events_before_confidence())):
                pk = s._insert_document(document_row(doc, key, "events"))
                for row in layer_rows(doc, pk)["events"]:
                    s.execute(f"INSERT INTO events (doc_id, idx, {', '.join(old_columns)}) "
                              f"VALUES ({', '.join('?' * (len(old_columns) + 2))})", row[:-1])
    with pytest.raises(StoreSchemaError, match="lesart migrate"):
        open_store(db_url, readonly=True)
    with open_store(db_url) as s:
        assert s.schema_version() == MIGRATIONS[-1].version == 3
        got = s.rows("SELECT d.doc_id, e.type, e.confidence FROM events e JOIN documents d ON d.id = e.doc_id "
                     "ORDER BY d.doc_id, e.idx")
        assert [(r["doc_id"], r["type"], r["confidence"]) for r in got] == [
            ("ev0", "MOBILIZE", None), ("ev0", "ASSAULT", None), ("ev1", "MOBILIZE", "high"), ("ev1", "ASSAULT", "low")]
        assert s.search(SearchQuery(event_type="MOBILIZE", actor="PRK")).total == 2
        r = s.search(SearchQuery(event_type="MOBILIZE", actor="PRK", min_confidence="medium"))
        assert [h.doc_id for h in r.hits] == ["ev1"] and r.hits[0].events[0]["confidence"] == "high"
        assert s.search(SearchQuery(event_type="ASSAULT", min_confidence="low")).total == 1
