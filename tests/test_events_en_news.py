"""The English news gold set: its splits load by name (news-dev3 like news-dev2), and no sentence is twice."""
import json
from collections import Counter
from pathlib import Path

from lesart.evaluation.events import load

NEWS = Path(__file__).parent / "data" / "events_en_news.jsonl"


def test_news_splits_load():
    rows = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = Counter(r["split"] for r in rows)
    assert set(counts) == {"news-dev", "news-check", "news-dev2", "news-dev3", "news-dev4", "news-dev5", "news-dev6",
                           "news-dev7", "news-dev8", "news-dev9"}
    for split, n in counts.items():
        assert len(load(split, "en")) == n
    assert len(load("news", "en")) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows) and len({r["id"] for r in rows}) == len(rows)


def test_news_dev9_reads_reuters_dev_text_in_its_order_with_one_row_in_five_without_event():
    dev9 = load("news-dev9", "en")
    assert len(dev9) == 98
    assert all(r["source"]["conll_split"] == "testa" and r["source"]["position"] <= 269 for r in dev9)
    earlier = {r["text"] for r in load("news", "en") if r["split"] != "news-dev9"}
    assert not earlier & {r["text"] for r in dev9}
    none = [r for r in dev9 if not r["event"]]
    assert len(none) == 22 and all(r["source"]["position"] < 160 and r["source"]["position"] % 3 == 0 for r in none)
    assert all(not r["actor"] and not r["recipient"] and not r["mode"] for r in none)


def test_news_dev7_reads_text_no_batch_read_and_keeps_news_check_articles_out():
    dev7 = load("news-dev7", "en")
    assert len(dev7) == 98
    check_articles = {r["source"]["article"] for r in load("news-check", "en")}
    assert not check_articles & {r["source"]["article"] for r in dev7}
    assert all(r["source"]["polnear_split"] == "dev" for r in dev7 if r["source"]["corpus"].startswith("en-polnear"))
    earlier = {r["text"] for r in load("news", "en") if r["split"] != "news-dev7"}
    assert not earlier & {r["text"] for r in dev7}
    none = [r for r in dev7 if not r["event"]]
    assert len(none) == 18 and all(not r["actor"] and not r["recipient"] and not r["mode"] for r in none)


def test_news_dev6_continues_the_news_dev5_order_and_keeps_news_check_articles_out():
    dev6 = load("news-dev6", "en")
    assert len(dev6) == 64
    check_articles = {r["source"]["article"] for r in load("news-check", "en")}
    assert not check_articles & {r["source"]["article"] for r in dev6}
    assert all(r["source"]["polnear_split"] == "train" and 570 <= r["source"]["position"] <= 1079 for r in dev6)
    earlier = {r["text"] for r in load("news", "en") if r["split"] != "news-dev6"}
    assert not earlier & {r["text"] for r in dev6}


def test_news_dev5_is_polnear_train_outside_earlier_pools_and_keeps_news_check_articles_out():
    dev5 = load("news-dev5", "en")
    assert len(dev5) == 62
    check_articles = {r["source"]["article"] for r in load("news-check", "en")}
    assert not check_articles & {r["source"]["article"] for r in dev5}
    assert all(r["source"]["polnear_split"] == "train" and 0 <= r["source"]["position"] <= 569 for r in dev5)
    earlier = {r["text"] for r in load("news", "en") if r["split"] != "news-dev5"}
    assert not earlier & {r["text"] for r in dev5}


def test_news_dev4_keeps_news_check_articles_out():
    dev4 = load("news-dev4", "en")
    assert len(dev4) == 73
    check_articles = {r["source"]["article"] for r in load("news-check", "en")}
    assert not check_articles & {r["source"]["article"] for r in dev4}
    assert all(820 <= r["source"]["position"] <= 1867 for r in dev4)


def test_news_dev3_is_weak_types_only_and_keeps_news_check_articles_out():
    dev3 = load("news-dev3", "en")
    assert len(dev3) == 54
    assert {r["event"][0] for r in dev3} <= {"AID", "COERCE", "COOPERATE", "MOBILIZE", "SANCTION", "SUPPORT", "CONCEDE"}
    check_articles = {r["source"]["article"] for r in load("news-check", "en")}
    assert not check_articles & {r["source"]["article"] for r in dev3}
