"""The sentences layer: SoMaJo splitting and its guard against very long tokens."""
from __future__ import annotations

import time

import pytest

from lesart.stages.sentences import shorten_long_runs, split_sentences


def test_short_paragraphs_are_left_alone():
    text = "Er sah https://example.com/a/b. Dann ging er."
    assert shorten_long_runs(text) == (text, [])
    assert split_sentences([text], "de") == [[(0, 31), (32, 45)]]


@pytest.mark.parametrize("unit", ["-", "Ost-", "1.000.", "1"])
def test_a_run_of_thousands_of_characters_is_split_quickly(unit):
    """SoMaJo's time grows with the square of a token's length: 10,000
    hyphenated words or dotted digits in one token took 10 to 20 seconds."""
    text = "Satz eins. Er sah " + unit * (20000 // len(unit)) + " dort. Ende hier."
    began = time.perf_counter()
    spans = split_sentences([text], "de")[0]
    assert time.perf_counter() - began < 2
    assert spans[0] == (0, 10)
    assert text[spans[-1][0]:spans[-1][1]] == "Ende hier."
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_offsets_after_several_long_runs_map_back():
    text = "Siehe " + "a" * 300 + ". Dann kam er. Und " + "b" * 250 + " ging."
    spans = split_sentences([text], "de")[0]
    assert [text[s:e] for s, e in spans] == ["Siehe " + "a" * 300 + ".", "Dann kam er.", "Und " + "b" * 250 + " ging."]
