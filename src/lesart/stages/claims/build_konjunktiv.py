"""Rebuild ``data/konjunktiv1_de.txt`` from the verb table textblob-de ships.

textblob-de (MIT) carries pattern's German verb lexicon (``de-verbs.txt``:
one verb per line, 24 forms).  Its package does not import on Python 3.11,
so we read the data file straight out of the wheel and keep only what the
claims rules need: the present-subjunctive (Konjunktiv I) forms that differ
from every indicative form of the same verb, which is what makes a sentence
recognisably indirect speech.

    pip download textblob-de==0.4.3 --no-deps -d /tmp/tbde
    python -m lesart.stages.claims.build_konjunktiv /tmp/tbde/textblob_de-0.4.3-py2.py3-none-any.whl
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

VERBS_MEMBER = "textblob_de/ext/_pattern/text/de/de-verbs.txt"
OUT = Path(__file__).with_name("data") / "konjunktiv1_de.txt"
# Column layout of de-verbs.txt (pattern.de inflect.Verbs format).  The 1st
# person singular is left out of the comparison: "ich habe" equals "er habe",
# but news prose reports third persons, and the rules check for "ich" itself.
INDICATIVE = (2, 3, 4, 5, 7, 8, 9, 10, 11)
SUBJUNCTIVE_I = (16, 17, 18, 19)
# Forms that are also an indicative of another verb of the table, and in news far more often that one: "raste" is
# the past of "rasen" ("als eine Maschine in eine Kuhherde raste"), hardly ever the Konjunktiv of "rasten". (The
# table has eight such forms; "koste" stays: "das koste Geld" is common, "kosen" rare.)
PAST_OF_ANOTHER_VERB = frozenset({"raste"})


def konjunktiv_forms(lines: list[str]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for line in lines:
        cols = line.strip().split(",")
        if len(cols) < 20 or not cols[0]:
            continue
        indicative = {cols[i] for i in INDICATIVE if cols[i]}
        for i in SUBJUNCTIVE_I:
            form = cols[i]
            # Separable verbs are stored glued ("teilemit"); skip those forms.
            # -en forms (3rd plural) equal the indicative except "seien"; glued
            # separable forms ("teilnehmen") are not finite verbs in a sentence.
            if form and form not in indicative and " " not in form and form.endswith(("e", "est", "et")) \
                    and form not in PAST_OF_ANOTHER_VERB:
                forms.setdefault(form, cols[0])
    return forms


def main(argv: list[str]) -> int:
    wheel = argv[0]
    with zipfile.ZipFile(wheel) as zf:
        lines = zf.read(VERBS_MEMBER).decode("utf-8").splitlines()
    forms = konjunktiv_forms(lines)
    # sein is irregular and the most frequent signal of all; make sure it is there.
    for form in ("sei", "seiest", "seien", "seiet"):
        forms[form] = "sein"
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Konjunktiv I forms distinct from the indicative; built by build_konjunktiv.py\n")
        fh.write("# from textblob-de 0.4.3 de-verbs.txt (MIT, (c) Markus Killer; data from pattern, BSD).\n")
        for form in sorted(forms):
            fh.write(f"{form}\t{forms[form]}\n")
    print(f"{len(forms)} forms -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
