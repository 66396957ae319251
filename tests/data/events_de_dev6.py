"""Sentences read for the `dev6` split of events_de.jsonl (2026-11-28; see events_de.README.md, section "dev6").

German text no earlier batch read: the pages of trafilatura's German evaluation set (`../shared/data/extraction`,
`trafilatura_de_segments.jsonl`, 700 pages; the extraction README calls it free for development, it is in no
`split.json` half) whose host is a news outlet of NEWS_HOSTS (newspapers, broadcasters, news magazines and news
sites; a rule on the host name only, fixed before any sentence was read: 43 pages, 2015-2021). Each page's HTML is
decoded (UTF-8, else cp1252) and its text taken by `trafilatura.extract` (2.3.1, default settings, as
`lesart.stages.entities.clusters` reads these pages), split into sentences by the dev2/dev4 rule
(`events_de_dev4.sentences`), 40-280 characters, not already in events_de.jsonl or events_de_check.jsonl, no
duplicates, at most the first PER_PAGE = 40 of a page (a few long pages, a podcast transcript and reader comments,
would otherwise fill the sample), in page order (segments file order), then shuffled with random.seed(19); the id number (DE-TR6-NNN) is
the position in that order. Positions were read in order and a sentence kept when it reports an event PLOVER codes
(the keep rule of the README); kept sentences were coded by hand before the events stage was run on any of them.
Run: LESART_SHARED=../shared python tests/data/events_de_dev6.py
"""
import gzip
import json
import os
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from events_de_dev4 import sentences  # noqa: E402

SHARED = Path(os.environ.get("LESART_SHARED", Path(__file__).resolve().parents[3] / "shared"))
PER_PAGE = 40
NEWS_HOSTS = set("""
spiegel.de zeit.de faz.net sueddeutsche.de tagesschau.de welt.de focus.de stern.de taz.de heise.de derstandard.at
diepresse.com nzz.ch orf.at n-tv.de handelsblatt.com tagesspiegel.de fr.de rnz.de mdr.de ndr.de wdr.de br.de swr.de
dw.com deutschlandfunk.de zdf.de morgenpost.de abendblatt.de merkur.de rp-online.de ksta.de bild.de t-online.de
correctiv.org netzpolitik.org golem.de kurier.at krone.at tageblatt.lu tagblatt.ch watson.ch 20min.ch srf.ch
neues-deutschland.de nd-aktuell.de freitag.de telepolis.de augsburger-allgemeine.de stuttgarter-zeitung.de hna.de
lvz.de mopo.de badische-zeitung.de noz.de weser-kurier.de saarbruecker-zeitung.de volksstimme.de nwzonline.de shz.de
kn-online.de ostsee-zeitung.de nordbayern.de mainpost.de general-anzeiger-bonn.de aachener-zeitung.de wz.de waz.de
derwesten.de jungewelt.de amerika21.de globalvoices.org euractiv.de cicero.de freiepresse.de rundschau-online.de
nachrichten.at ln-online.de tag24.de sn.at vol.at tt.com kleinezeitung.at luzernerzeitung.ch aargauerzeitung.ch
bazonline.ch tagesanzeiger.ch blick.ch wienerzeitung.at profil.at heute.at oe24.at haz.de maz-online.de svz.de
nordkurier.de berliner-zeitung.de rbb24.de hessenschau.de br24.de domradio.de katholisch.de idw-online.de rnd.de
wiwo.de manager-magazin.de businessinsider.de huffingtonpost.de thueringer-allgemeine.de otz.de mz.de mz-web.de
volksfreund.de fnp.de op-online.de wn.de westfalen-blatt.de nw.de pnp.de mittelbayerische.de schwaebische.de
suedkurier.de stimme.de swp.de echo-online.de neuepresse.de saechsische.de dnn.de bz-berlin.de express.de tz.de
abendzeitung-muenchen.de rheinpfalz.de mannheimer-morgen.de stuttgarter-nachrichten.de infranken.de frankenpost.de
""".split())


def host(url: str) -> str:
    m = re.match(r"x?https?://(?:web\.archive\.org/web/\d+/)?(?:https?://)?([^/]+)", url or "")
    return re.sub(r"^www\d?\.", "", m.group(1).lower()) if m else ""


def news_host(h: str) -> bool:
    return any(h == n or h.endswith("." + n) for n in NEWS_HOSTS)


def page_text(path: Path) -> str:
    import trafilatura

    raw = gzip.decompress(path.read_bytes())
    try:
        html = raw.decode("utf-8")
    except UnicodeDecodeError:
        html = raw.decode("cp1252", "replace")
    return trafilatura.extract(html) or ""


def candidates() -> list[dict]:
    base = SHARED / "data" / "extraction"
    pages = [json.loads(line) for line in (base / "trafilatura_de_segments.jsonl").read_text(encoding="utf-8")
             .splitlines() if line.strip()]
    before = set()
    for name in ("events_de.jsonl", "events_de_check.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("split") != "dev6":
                before.add(r["text"])
    out, seen = [], set()
    for p in pages:
        if not news_host(host(p["url"])):
            continue
        taken = 0
        for s in sentences(page_text(base / p["html_file"])):
            if 40 <= len(s) <= 280 and s not in before and s not in seen and taken < PER_PAGE:
                seen.add(s)
                taken += 1
                out.append({"doc": p["id"], "url": p["url"], "text": s})
    random.seed(19)
    random.shuffle(out)
    return out


if __name__ == "__main__":
    for k, c in enumerate(candidates()):
        print(f"DE-TR6-{k:04d}\t{c['doc']}\t{c['text']}")
