"""Listed companies under the names news use, from the pytickersymbols package's data.

pytickersymbols (MIT licence, pinned) ships the members of 20 stock indices (DAX, MDAX, SDAX,
TecDAX, EURO STOXX 50, S&P 500, NASDAQ 100, FTSE 100, CAC 40, SMI, ...): 1,837 companies under
their listing names ("Volkswagen Group", "ADMA Biologics, Inc.").  The list is read at run time
from the installed package (about 50 ms, once per process), like the first names of
``features.py``: nothing is copied into lesart, and the pin fixes what the features see.

``normalise`` turns a listing name into the forms news write: the legal suffix goes ("Inc.",
"Corporation", "plc", "AG", "N.V.", "Holdings", "Group"), and so does a last descriptive word
("Infineon Technologies" -> "Infineon"); the full name stays as well.  ``company_names(lang)``
then drops forms that are ordinary words of the language: one-word names that the English case
table (``casing.tsv.gz``) sees at least as often in lowercase as capitalised ("Target", "Shell",
"Visa", "Gap"; "Apple", 7 lowercase against 116 capitalised, stays), or that HanTa's German word
classes (``word_tags.tsv.gz``) call anything but a proper noun ("Allianz" and "Post" are common
nouns, "Evolution" too), and names the place gazetteer knows ("Zurich").
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache

# Legal forms and group words at the end of a listing name, after an optional comma.
_LEGAL = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.|plc|PLC|AG|SE|S\.?A\.?|N\.?V\.?|NV|"
    r"Holdings?|Group|Ltd\.?|Limited|LLC|L\.P\.|LP|KGaA|GmbH|Aktiengesellschaft|AB|ASA|Oyj|S\.p\.A\.|SpA|"
    r"& Co\.?|Co|REIT|Trust|Bancorp|Inc))+$")
# A last word that describes the business, dropped for a second form when a name is left.
_DESCRIPTIVE = frozenset("International Industries Technologies Worldwide Global Enterprises Holdings".split())
# A one-word name that is a first name rated this or more in some country (nam_dict.txt, 1-13) is
# dropped: "Norma" (5), "Dana", "Werner", "Patrick"; "Nissan", "Otis", "Hella" (3-4) stay.
FIRST_NAME_MIN_RATE = 5
_COMMON_DE_TAGS = ("ADJ", "ADV", "AP", "ART", "KO", "P", "CARD", "ITJ")


def normalise(name: str) -> list[str]:
    """The forms of a listing name that news use, longest first, without duplicates."""
    name = " ".join(name.split())
    forms = [name]
    short = _LEGAL.sub("", name).strip(" ,")
    if short.startswith("The ") and len(short.split()) > 2:
        short = short[4:]
    if short and short not in forms:
        forms.append(short)
    words = short.split()
    if len(words) == 2 and words[1] in _DESCRIPTIVE:
        forms.append(words[0])
    return [f for f in forms if len(f) >= 2]


@lru_cache(maxsize=1)
def listing_names() -> tuple[str, ...]:
    """The companies' names as the package lists them; empty (with a warning) when it is missing."""
    try:
        from pytickersymbols import PyTickerSymbols
        stocks = PyTickerSymbols().get_all_stocks()
    except Exception as error:          # missing or broken install: tag without the list
        warnings.warn(f"lesart NER: pytickersymbols' company list cannot be read ({error}); entities are "
                      "tagged without it. Reinstall lesart's dependencies.", RuntimeWarning, stacklevel=2)
        return ()
    return tuple(sorted({s["name"] for s in stocks if s.get("name")}))


def _common(word: str) -> bool:
    """A one-word name that is an ordinary word of English or German."""
    from .model import load_casing, load_word_tags

    if word.isupper():
        return False            # an acronym ("HP", "BASF"), whatever its lowercase twin
    low, cap = load_casing("en").get(word.lower(), (0, 0))
    if low > 0 and low >= cap:
        return True             # "Target", "Shell", "Visa", "Post", "Match": also German nouns
    # HanTa guesses NN for capitalised words its lexicon lacks ("Pfizer", "Infineon"), so only
    # its other open and closed classes count: adjectives, adverbs, articles, prepositions ...
    return (load_word_tags("de").get(word) or "").startswith(_COMMON_DE_TAGS)


def _big_place(entry, form: str) -> bool:
    """A country, region or big city (a million people or more, or a capital) of the place gazetteer."""
    if entry is None or entry.label != "LOC":
        return False
    if entry.kind != "place" or not (entry.kb_id or "").startswith("geonames:"):
        return True
    from .gazetteer import CITY_FILL_MIN_POPULATION, _cities

    countries, cities = _cities()
    city = cities.get(entry.kb_id.split(":", 1)[1])
    capitals = {c.get("capital") for c in countries.values()}
    return city is None or city["population"] >= CITY_FILL_MIN_POPULATION or form in capitals


@lru_cache(maxsize=1)
def company_names() -> frozenset[str]:
    """Every usable form of every listed company (the same for German and English text)."""
    from .gazetteer import _cities, load

    from .features import first_names
    from .model import load_casing

    g = load()
    first = {name for name, rate in first_names().items() if rate >= FIRST_NAME_MIN_RATE}
    casing = load_casing("en")
    cities = {c["name"] for c in _cities()[1].values()}
    out = set()
    for name in listing_names():
        forms = normalise(name)
        for form in forms:
            cut = any(f.split() == [form, f.split()[-1]] and f.split()[-1] in _DESCRIPTIVE for f in forms)
            if " " not in form and (_common(form) or not any(c.isalpha() for c in form) or form in first):
                continue        # "Target", "Norma" (of "Norma Group"), "1&1"
            if cut and (form.lower() in casing or form in cities):
                continue        # "American" of "American International Group": a word news use otherwise
            entry = g.lookup(form)
            # a listing name that is a place stays only when it is no big one ("Toyota", "Nokia");
            # the form cut from "Oxford Industries" goes when it is any city
            if entry is not None and entry.label == "LOC" and (cut or _big_place(entry, form)):
                continue
            out.add(form)
    return frozenset(out)
