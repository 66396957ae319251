"""Shared helpers for the corpus tests (store, ingest, web): databases and hand-made documents.

PostgreSQL: a fresh database per test session on 127.0.0.1:5432 (user postgres,
trust auth; override with LESART_TEST_PG), dropped at the end; the tests that
need it skip with the reason when no server answers.
"""
from __future__ import annotations

import os
import socket
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

from lesart.model import Block, Claim, Document, Entity, Sentence, Source, SourceInfo, Time

PG_ADMIN = os.environ.get("LESART_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def pg_answers() -> str | None:
    """None when PostgreSQL answers, else why not."""
    parts = urlsplit(PG_ADMIN)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 5432), timeout=2):
            pass
    except OSError as exc:
        return f"no PostgreSQL server answers at {parts.hostname}:{parts.port or 5432} ({exc}); set LESART_TEST_PG"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    return None


@pytest.fixture(scope="session")
def pg_url():
    why = pg_answers()
    if why:
        pytest.skip(why)
    import psycopg

    name = f"lesart_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = urlunsplit(urlsplit(PG_ADMIN)._replace(path="/" + name))
    yield url
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture()
def fresh_pg(pg_url):
    """The session's test database, emptied of every table before the test."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return pg_url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db")
    return request.getfixturevalue("fresh_pg")


def make_doc(doc_id: str, sentences: list[str], *, site: str = "example.org", language: str = "de",
             published: str | None = "2025-03-27", title: str | None = None,
             claims: list[tuple[str, str, str | None, str | None]] = (),
             entities: list[tuple[str, str]] = (), subjective: list[bool] | None = None) -> Document:
    """A document built by hand: one body block, one sentence per string.
    ``claims``: (claim text, mode, source text or None, source kind); ``entities``: (text, label).
    Each claim/entity/source text must occur in the sentences."""
    text = " ".join(sentences)
    doc = Document(id=doc_id, source=SourceInfo(kind="text"), text=text, language=language, site=site,
                   published=published, title=title or sentences[0][:40],
                   pipeline={"stages": [{"name": "handmade", "version": "1"}]})
    doc.blocks = [Block(start=0, end=len(text), text=text, kind="body")]
    at = 0
    for i, s in enumerate(sentences):
        subj = subjective[i] if subjective else None
        doc.sentences.append(Sentence(start=at, end=at + len(s), text=s, subjective=subj,
                                      subjectivity=None if subj is None else float(subj)))
        at += len(s) + 1
    for claim_text, mode, source_text, source_kind in claims:
        start = text.index(claim_text)
        source = None
        if source_text:
            s0 = text.index(source_text)
            source = Source(start=s0, end=s0 + len(source_text), text=source_text, kind=source_kind)
        doc.claims.append(Claim(start=start, end=start + len(claim_text), text=claim_text, mode=mode, source=source))
    for ent_text, label in entities:
        start = text.index(ent_text)
        doc.entities.append(Entity(start=start, end=start + len(ent_text), text=ent_text, label=label))
    kursk = text.find("März")
    if kursk >= 0:
        doc.times.append(Time(start=kursk, end=kursk + 4, text="März", value="2025-03"))
    return doc


def sample_docs() -> list[Document]:
    return [
        make_doc("a1", ["Ukrainische Truppen ziehen sich aus Kursk zurück.",
                        "Das berichten anonyme Quellen aus dem Generalstab.",
                        "Der Rückzug sei seit März geplant gewesen."],
                 site="taz.de", published="2025-03-12",
                 claims=[("Der Rückzug sei seit März geplant gewesen", "hearsay", "anonyme Quellen", "anonymous")],
                 entities=[("Kursk", "LOC"), ("Generalstab", "ORG")], subjective=[False, False, True]),
        make_doc("a2", ["Die Lage in Kursk bleibt unübersichtlich.",
                        "Selenskyj sagte, man halte die Stellungen."],
                 site="taz.de", published="2025-02-01",
                 claims=[("man halte die Stellungen", "indirect", "Selenskyj", "person")],
                 entities=[("Kursk", "LOC"), ("Selenskyj", "PER")], subjective=[True, False]),
        make_doc("a3", ["Österreich erhöht die Pensionen.", "Das ist eine gute Nachricht."],
                 site="orf.at", published="2025-04-02",
                 claims=[("Österreich erhöht die Pensionen", "asserted", None, None)],
                 entities=[("Österreich", "LOC")], subjective=[False, True]),
        make_doc("e1", ["Troops withdrew from Kursk, officials said.", "The move was expected."],
                 site="example.com", language="en", published="2025-03-20",
                 claims=[("Troops withdrew from Kursk", "reported", "officials", "unspecified")],
                 entities=[("Kursk", "LOC")]),
    ]


def fill(store, docs=None) -> list[str]:
    """Store the sample documents; returns their keys."""
    from lesart.store import Pending

    docs = docs or sample_docs()
    keys = [f"key-{d.id}" for d in docs]
    store.add([Pending(key=k, input=f"{d.id}.txt", doc=d) for k, d in zip(keys, docs)])
    return keys


def make_page(n: int, words: str = "") -> str:
    """A small, distinct, valid news page in German."""
    return (f"<!doctype html><html lang='de'><head><title>Bericht {n} aus Berlin</title></head><body>"
            "<nav><a href='/'>Start</a> <a href='/politik'>Politik</a></nav><article>"
            f"<h1>Bericht {n} aus Berlin</h1><p>Die Regierung hat am Montag neue Hilfen beschlossen, Nummer {n}. "
            f"Nach Angaben des Ministeriums sollen {n * 10} Millionen Euro fließen. {words}</p>"
            "<p>Kritiker sprachen von einem Tropfen auf den heißen Stein, das Geld reiche nicht aus.</p>"
            "</article><footer>© 2025 Beispielverlag · Impressum</footer></body></html>")
