"""The language stage: lingua's reading, with German and English preferred in short texts."""
from __future__ import annotations

import pytest

from lesart.stages.language import detect_language


@pytest.mark.parametrize("text, code", [
    # foreign names outweigh the few words around them: lingua's best guess is Slovak
    ("Selenskyj hat am Montag mit Trump telefoniert.", "de"),
    ("Nordkorea hat Soldaten nach Russland geschickt.", "de"),
    ("The minister said the talks had failed.", "en"),
])
def test_short_german_and_english_texts(text, code):
    assert detect_language(text)[0] == code


@pytest.mark.parametrize("text, code", [
    ("Le gouvernement a annoncé de nouvelles mesures pour soutenir les agriculteurs.", "fr"),
    ("El presidente anunció nuevas medidas para apoyar a los agricultores del país.", "es"),
    ("Il governo ha annunciato nuove misure per sostenere gli agricoltori.", "it"),
])
def test_short_texts_in_other_languages_keep_their_language(text, code):
    assert detect_language(text)[0] == code


def test_too_short_a_text_has_no_language():
    assert detect_language("Berlin.") == (None, 0.0)
