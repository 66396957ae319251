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


@pytest.mark.parametrize("language", ["de", "en"])
def test_sped_up_somajo_gives_somajos_own_tokens(language):
    from somajo import SoMaJo
    from lesart.stages.sentences import _SOMAJO_MODELS, _somajo
    text = {"de": "Laut dpa-Angaben sagte Dr. Müller am 23. April: „Wir sehen z. B. 10.000 Soldaten.“ "
                  "Die Lage sei ernst (vgl. S. 4); mehr unter www.example.de/a-b oder bei @nutzer #tag :-)",
            "en": "Mr. Smith, 45, said on Jan. 3 that U.S. forces (about 10,000) had left. "
                  "See https://example.com/x?y=1 or e-mail a.b@example.com; it's 5 p.m. now :)"}[language]
    patched = _somajo(_SOMAJO_MODELS[language])
    assert patched._tokenizer._split_matches.__name__ == "split_matches"      # the patch is in place
    plain = SoMaJo(_SOMAJO_MODELS[language], split_camel_case=False, character_offsets=True)
    ours = [[(t.text, t.character_offset) for t in s] for s in patched.tokenize_text([text])]
    theirs = [[(t.text, t.character_offset) for t in s] for s in plain.tokenize_text([text])]
    assert ours == theirs


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_fast_offsets_are_somajos_own(form, monkeypatch):
    """The offsets shortcut for NFC text gives what SoMaJo's alignment gives
    (text that is not NFC takes SoMaJo's own path)."""
    import unicodedata

    from somajo import alignment
    from lesart.stages.sentences import _somajo
    text = unicodedata.normalize(form, "Laut dpa sagte Dr. Müller-Lüdenscheidt am 23. April:\u00a0„Wir sehen "
                                       "z. B. 10.000 Soldaten.“ Er\u00adwartet wird Ärger  in Köln. Ende.")
    tokenizer = _somajo("de_CMC")
    patched = alignment.token_offsets
    assert getattr(patched, "_lesart", False)      # the patch is in place
    ours = [[(t.text, t.character_offset) for t in s] for s in tokenizer.tokenize_text([text])]
    original_offsets, original_determine = patched.originals
    monkeypatch.setattr(alignment, "token_offsets", original_offsets)
    monkeypatch.setattr(alignment, "_determine_offsets", original_determine)
    theirs = [[(t.text, t.character_offset) for t in s] for s in tokenizer.tokenize_text([text])]
    assert ours == theirs


@pytest.mark.parametrize("model", ["de_CMC", "en_PTB"])
def test_abbreviations_tried_at_candidates_match_as_somajos_pattern(model):
    """The known-abbreviation pattern, tried only where an abbreviation can start,
    finds exactly what its own finditer finds."""
    from lesart.stages.sentences import _AtCandidates, _somajo
    fast = _somajo(model)._tokenizer.abbreviation
    assert isinstance(fast, _AtCandidates)      # the patch is in place
    texts = ["Laut Dr. Müller u. a. sagte Prof. Dr. med. Schmidt (vgl. S. 4, Abb. 3) z.B. am 3. Jan. ...",
             "Mr. Smith, Jr. of the U.S.A. said e.g. that approx. 10 p.m. was too late (cf. Fig. 2a).",
             "(u.s.w.) „z. B.“ -bzw. A.B.C.D. x.y. Nr.Bd. usw.. etc.… ca.-Angabe", "", ".", "a.", "Ä.Ö.",
             "Im Jahr. Dann ABB. 3 und abb. 4, BZW. USA. Mio. ſt. Str. Kap. 2 Straße. Str. Jh. JH. vs. VS. Jr.",
             "Zeitschr.titel Sat.1 o.k. 5. Mai. Ende."]
    assert fast.first_words      # candidates whose run is no abbreviation's first word are not tried
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in fast.pattern.finditer(text)]


_GATED_TEXTS = [
    "Bestellen Sie ISBN 978-3-16-148410-0 oder 3-16-148410-X bis zum 3.4.2024, 2024-04-03 bzw. 12/24. Am 3.4. kam er.",
    "Die Best.-Nr. 12 und Art.-Nr. 7 gibt es unter www.example.com/x-y.pdf oder shop.example.de-neu.",
    "Schreiben Sie an a.b@example.com oder max [at] example [dot] de -> dort <-- hier → da.",
    "Lehrer*innen, Bürger:innen und Student/innen im WS23/24 und SoSe24; w/o b/c ``so'' @nutzer.",
    "&amp; &#39; &#x2F; *lach* _unter_ emojiQsmile C++ AT&T Google+ z.B. o.k. Sat.1 E.ON T.V.",
    "Mr. Smith said on 1/2/03 at 10:30 a.m. that U.S. forces (about 10,000) left; e.g. 5-6 p.m.",
    "Super :-) ;-) :D XD :P (-.-) o.O :-$ ^^ ¯\\_(ツ)_/¯ (╯°□°)╯︵ ┻━┻ :smile: x'D B-) :'C ]: =) :/ 8)",
    "Am 3. Mai, 12. Juni und 2024. tl;dr: 4G, 5G und R/3 von SAP; d'accord, l'Enfer, O'Connor.",
    "The x-ray, uh-huh and o-kay; see https://a.example.org/b or www.example.com and ISBN 9783161484100.",
    "Er lief 5 km, trug 3,5kg (etwa 10 m² Stoff) [sic] {x}, 1/2-3/4 Liter, 5-6 Mal, −3,5e2 und 1.999,95 €; 10 mbit/s.",
]


@pytest.mark.parametrize("language", ["de", "en"])
def test_gated_patterns_give_somajos_own_tokens(language):
    """The gates (sentences._GATES) leave SoMaJo's tokens as they are, on text full of
    what the gated patterns match."""
    from somajo import SoMaJo
    from lesart.stages.sentences import _SOMAJO_MODELS, _gates, _somajo
    patched = _somajo(_SOMAJO_MODELS[language])
    assert len(_gates(patched._tokenizer)) >= 15      # the gates are in place
    plain = SoMaJo(_SOMAJO_MODELS[language], split_camel_case=False, character_offsets=True)
    for text in _GATED_TEXTS:
        ours = [[(t.text, t.token_class, t.character_offset) for t in s] for s in patched.tokenize_text([text])]
        theirs = [[(t.text, t.token_class, t.character_offset) for t in s] for s in plain.tokenize_text([text])]
        assert ours == theirs


@pytest.mark.parametrize("model", ["de_CMC", "en_PTB"])
def test_a_gate_finds_something_wherever_its_pattern_matches(model):
    from lesart.stages.sentences import _gates, _somajo
    tokenizer = _somajo(model)._tokenizer
    pieces = [w for text in _GATED_TEXTS for w in text.split()] + _GATED_TEXTS
    for pattern, gate in _gates(tokenizer).values():
        for text in pieces:
            if pattern.search(text):
                assert gate(text) is not None, (pattern.pattern[:40], text)


@pytest.mark.parametrize("model", ["de_CMC", "en_PTB"])
def test_the_new_gates_are_in_place(model):
    """The word-list gates and the emoticon gate (sentences._WORD_GATES, _emoticon_gate)
    are built for SoMaJo's patterns (each checks itself against every word or emoticon)."""
    from lesart.stages.sentences import _gates, _somajo
    tokenizer = _somajo(model)._tokenizer
    gated = {id(pattern) for pattern, _ in _gates(tokenizer).values()}
    for name in ("emoticon", "single_token_abbreviation", "single_tokens", "ordinal", "simple_url",
                 "letter_apostrophe_word", "measurement", "number_range", "all_parens", "number"):
        assert id(getattr(tokenizer, name)) in gated, name


@pytest.mark.parametrize("language", ["de", "en"])
def test_paragraphs_tokenized_together_split_as_one_at_a_time(language):
    """split_sentences tokenizes a document's paragraphs in one token list (markup
    between them): each paragraph's sentences are those of a call of its own."""
    from lesart.stages.sentences import _SOMAJO_MODELS, _somajo, _somajo_sentences
    paragraphs = ["\u200b", "Hallo 😀 \u200b", "  ", "\u00ad\u200b Text am Anfang. Und dann?", "",
                  "Er sah <b>fett</b> &amp; mehr :-) www.example.de. Ende.", "x" * 500 + ". Danach kam er.",
                  "„Zitat.“ Sagte er. (Klammer.) 3. Mai 2024. Nr. 5 usw.", "\u200b\u200b", "Letzter Satz ohne Punkt",
                  "Mr. Smith said: \"It's 5 p.m.\" Then he left... Really?! Yes.", "😀", "Ende."]
    somajo = _somajo(_SOMAJO_MODELS[language])
    one_at_a_time = [_somajo_sentences(somajo, p) if p.strip() else [] for p in paragraphs]
    assert split_sentences(paragraphs, language) == one_at_a_time
    assert split_sentences(paragraphs[3:4], language) == one_at_a_time[3:4]


def test_a_full_stop_inside_a_name_ends_no_sentence():
    from lesart.stages.sentences import split_sentences
    text = ("Nachdem das Nachrichtenportal Table.Briefings über den Plan berichtet hatte, stellte die FDP das "
            "Papier online. Danach kam Kritik.")
    assert [text[a:b] for a, b in split_sentences([text], "de")[0]][-1] == "Danach kam Kritik."
    assert len(split_sentences([text], "de")[0]) == 2


def test_a_country_that_somajo_lists_as_an_adjective_abbreviation_ends_its_sentence():
    # SoMaJo's German list has "italien.", "japan.", "iran." (italienisch, ...) and matches them in any case
    from lesart.stages.sentences import split_sentences
    for name in ("Italien", "Japan", "Iran", "Tirol"):
        text = f"Die meisten Opfer kamen aus {name}. Das Ministerium hat Einladungen verschickt."
        assert [text[a:b] for a, b in split_sentences([text], "de")[0]] == [
            f"Die meisten Opfer kamen aus {name}.", "Das Ministerium hat Einladungen verschickt."], name
    text = "Er sprach über die christl. Demokraten. Dann ging es weiter."
    assert len(split_sentences([text], "de")[0]) == 2     # a real abbreviation stays one


def test_a_word_s_full_stop_before_a_number_ends_a_german_sentence():
    text = ("„Wir haben einen gewaltigen Auftragseingang“, sagte Konzernchef Robert Machtlinger am Dienstag vor "
            "Journalisten in Wien. 5,7 Milliarden Euro an Aufträgen seien immens. Das Haus in der Kruppstr. 64 "
            "wurde 1962 bezogen. Sie brauchen einen Pass mit einer Gültigkeit von mind. 6 Monaten.")
    assert [text[a:a + 12] for a, _ in split_sentences([text], "de")[0]] == [
        "„Wir haben e", "5,7 Milliard", "Das Haus in ", "Sie brauchen"]


def test_a_newspapers_dotted_name_ends_a_german_sentence_before_an_opener():
    from lesart.stages.sentences import split_sentences
    text = ("Die Bedrohung gehe von Russland aus, erklärte eine Sprecherin gegenüber der F.A.Z. Neben Cyberspionage "
            "erfolge viel über Quellen. Er lebt in den U.S.A. Seine Frau nicht.")
    assert [text[a:a + 12] for a, _ in split_sentences([text], "de")[0]] == [
        "Die Bedrohun", "Neben Cybers", "Er lebt in d"]     # "Seine" opens no sentence in the list: one stays


def test_a_lost_space_after_a_full_stop_ends_the_sentence_before_a_sentence_opener():
    from lesart.stages.sentences import split_sentences
    text = "The son was stabbed to death, Kan reported on Wednesday.The stabbing occurred during a lecture."
    assert [text[a:b] for a, b in split_sentences([text], "en")[0]] == [
        "The son was stabbed to death, Kan reported on Wednesday.", "The stabbing occurred during a lecture."]
    text = "Das Portal Table.Briefings berichtete am Montag. Mehr bei Spiegel.de heute."
    assert [text[a:b] for a, b in split_sentences([text], "de")[0]] == [
        "Das Portal Table.Briefings berichtete am Montag.", "Mehr bei Spiegel.de heute."]
