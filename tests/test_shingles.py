"""The extraction scorer (Scrapinghub-style 4-token shingles) on small texts."""
from lesart.evaluation.shingles import aggregate, match, shingles

GOLD = "Schon im Mittelalter war der St. Magdalener das Aushängeschild der Weinwirtschaft."


def test_identical_text_is_all_true_positives():
    counts = match(GOLD, GOLD)
    assert counts.tp == 1.0 and counts.fp == 0.0 and counts.fn == 0.0


def test_soft_hyphens_do_not_split_words_on_either_side():
    hyphenated = GOLD.replace("Mittelalter", "Mit\u00adtel\u00adal\u00adter").replace("Weinwirtschaft", "Wein\u00adwirt\u00adschaft")
    assert match(GOLD, hyphenated).tp == 1.0
    assert match(hyphenated, GOLD).tp == 1.0


def test_extra_and_missing_text_count_against_precision_and_recall():
    counts = match(GOLD, GOLD + " Jetzt anmelden und Newsletter abonnieren, nur heute gratis.")
    assert counts.fp > 0 and counts.tp > 0 and counts.fn == 0.0
    counts = match(GOLD + " Ein zweiter Satz des Artikels mit mehreren Wörtern.", GOLD)
    assert counts.fn > 0 and counts.tp > 0 and counts.fp == 0.0


def test_empty_prediction_scores_zero_recall_and_stays_out_of_precision():
    scores = aggregate([match(GOLD, GOLD), match(GOLD, "")])
    assert scores["precision"] == 1.0 and scores["recall"] == 0.5 and scores["n"] == 2


def test_decomposed_and_composed_text_score_alike():
    # gold texts and pages write "ü" either composed or as "u" + U+0308, which splits a \\w+ token
    decomposed = "Die Pru\u0308fung der Bu\u0308rger in Mu\u0308nchen la\u0308uft weiter"
    assert shingles(decomposed) == shingles("Die Prüfung der Bürger in München läuft weiter")
