"""Stage ``genre``: is the page a report, an opinion piece, promotion, satire, or a mix?

Evidence, each listed in ``genre.evidence`` when it fires:
- how the author writes: the share of subjective body sentences (from the
  voice stage), first-person and second-person/imperative rates;
- what the page says it is: schema.org types in the raw HTML
  (``OpinionNewsArticle``, ``AdvertiserContentArticle``, ``SatiricalArticle``),
  URL sections (``/meinung/``, ``/opinion/``, ``/sponsored/``), and labels in
  the title, headings or opening lines ("Kommentar", "Anzeige", "Sponsored",
  "In Kooperation mit");
- ``promotion`` is separate from the label: the page carries advertisement
  blocks or a promotional label, whatever the article itself is.
Each label gets points; ``scores`` are their softmax, the label the best one.
"""
from __future__ import annotations

import math
import re
from urllib.parse import urlsplit

from ..model import Document, Genre
from ..pipeline import register
from .voice.cues import FIRST_PERSON, SECOND_PERSON, TOKEN

LABELS = ("report", "opinion", "promotional", "mixed", "satire")
OPENING_CHARS = 300          # where a page states its own kind: title, headings, the first lines
MIXED_CENTRE = 0.4           # the subjective share at which a text is most clearly "mixed"
MAX_RAW_SCAN = 2_000_000     # read at most this much raw HTML for schema.org types

_SCHEMA = re.compile(r"(?:schema\.org/|\"@type\"\s*:\s*\[?\s*\")"
                     r"(OpinionNewsArticle|AdvertiserContentArticle|SatiricalArticle|ReportageNewsArticle|"
                     r"AnalysisNewsArticle|ReviewNewsArticle|BackgroundNewsArticle)")
_URL = {
    "opinion": re.compile(r"/(?:meinung|kommentare?|kolumnen?|gastbeitrag|leitartikel|standpunkt|debatte|"
                          r"opinions?|commentary|comment|columns?|columnists?|editorials?|op-?eds?)(?:/|$|-)", re.I),
    "promotional": re.compile(r"/(?:sponsored|advertorials?|anzeigen?|werbung|partner-?content|brandstory|"
                              r"brand-?studio|paid-?post|promotions?|native|kaufberatung|deals[_-]angebote|"
                              r"gutscheine?|shopping|affiliate)(?:/|$|-|_)", re.I),
    "satire": re.compile(r"/(?:satire|satirical)(?:/|$|-)", re.I),
}
# A label stands as written (capitalised or in capitals, read in title case) at the start of a line
# or before a colon, bar or dash: "Kommentar: ...", "OPINION | ..."; not a word in a sentence ("In my
# opinion, the Crystal is the best looking", "Einen Kommentar dazu lehnte er ab").
_LABEL = {
    "opinion": re.compile(r"(?:^|\n)\s*(?:Kommentar|Meinung|Kolumne|Gastbeitrag|Leitartikel|Standpunkt|"
                          r"Opinion|Op-Ed|Commentary|Editorial|Column)\b"
                          r"|\b(?:Kommentar|Meinung|Kolumne|Gastbeitrag|Leitartikel|Standpunkt|"
                          r"Opinion|Op-Ed|Commentary|Editorial|Column)\s*[:|–]"),
    "promotional": re.compile(r"\b(?:Anzeige|Werbung|Sponsored|Gesponsert|Advertorial|Paid Post|"
                              r"Promotion|In Kooperation mit|Advertisement|Sponsored Content|Partner Content|"
                              r"Unbezahlte Werbung|Produktplatzierung|Daily Deals?|Deals? des Tages|"
                              r"Black Friday Deals?|Angebot des Tages)\b"),
    "satire": re.compile(r"\b(?:Satire)\b"),
}
# An affiliate disclosure: the outlet is paid for what readers buy through its links.
_AFFILIATE = re.compile(r"(?i)affiliate[- ]links?|provisions?-?links?|erhalten wir (?:ggf\. |gegebenenfalls |unter "
                        r"umständen )?eine (?:kleine )?provision|(?:may|might|will) (?:earn|receive|get) "
                        r"(?:a |an )?(?:small |affiliate )?commission|earns? (?:a |an )?(?:affiliate )?commission")
_CAPS_WORD = re.compile(r"\b[A-ZÄÖÜ]{3,}(?:-[A-Z]{2,})?\b")
# Outlets that publish only satire, by host name: the page itself often says nothing (the
# Postillon marks its stories NewsArticle, in a news layout).  A short list the project keeps.
SATIRE_HOSTS = frozenset("""der-postillon.com the-postillon.com titanic-magazin.de dietagespresse.com
    eulenspiegel-zeitschrift.de theonion.com babylonbee.com clickhole.com newsthump.com
    waterfordwhispersnews.com thebeaverton.com duffelblog.com reductress.com thedailymash.co.uk
    thehardtimes.net""".split())
_SCHEMA_LABEL = {"OpinionNewsArticle": "opinion", "AnalysisNewsArticle": "opinion", "ReviewNewsArticle": "opinion",
                 "AdvertiserContentArticle": "promotional", "SatiricalArticle": "satire",
                 "ReportageNewsArticle": "report", "BackgroundNewsArticle": "report"}
# A sentence that opens with a verb and the polite "Sie", or with an English call to action.
_IMPERATIVE = {
    "de": re.compile(r"^\s*(?:[A-ZÄÖÜ]\w+en|Seien)\s+Sie\b|^\s*(?:Jetzt|Hier)\s+\w+\b.*!\s*$"),
    "en": re.compile(r"^\s*(?:Click|Sign up|Subscribe|Join|Buy|Get|Try|Discover|Order|Register|Book|Learn more|"
                     r"Shop|Download|Save|Don't miss|Find out|Call|Visit|Claim)\b", re.I),
}


def _softmax(points: dict[str, float]) -> dict[str, float]:
    top = max(points.values())
    exp = {k: math.exp(v - top) for k, v in points.items()}
    total = sum(exp.values())
    return {k: round(v / total, 3) for k, v in exp.items()}


def _schema_types(doc: Document) -> set[str]:
    raw = doc.raw
    if raw is None or raw.kind != "html":
        return set()
    return set(_SCHEMA.findall(raw.content[:MAX_RAW_SCAN]))


def _opening(doc: Document) -> str:
    """Title, headings and the first lines of the body: where a page labels itself."""
    parts = [b.text for b in doc.blocks if b.kind in ("title", "heading")]
    body = [b.text for b in doc.blocks if b.kind == "body"]
    if body:
        parts.append(body[0][:OPENING_CHARS])
    return "\n".join(parts)


def _markers(doc: Document) -> tuple[dict[str, float], list[str]]:
    found = dict.fromkeys(LABELS, 0.0)
    evidence = []
    for schema_type in sorted(_schema_types(doc)):
        found[_SCHEMA_LABEL[schema_type]] += 1.5
        evidence.append(f"schema.org type {schema_type}")
    uri = doc.source.uri if doc.source else None
    host = (urlsplit(uri).hostname or "").lower().removeprefix("www.") if uri else ""
    if host in SATIRE_HOSTS:
        found["satire"] += 2.0
        evidence.append(f"satire site {host}")
    if uri:
        for label, pattern in _URL.items():
            m = pattern.search(uri)
            if m:
                found[label] += 1.2
                evidence.append(f"URL section {m.group(0)}")
    opening = _CAPS_WORD.sub(lambda w: w.group(0).title(), _opening(doc))
    for label, pattern in _LABEL.items():
        m = pattern.search(opening)
        if m:
            # a page that declares itself advertising or a shopping list is that, however plainly it
            # is written; an opinion label weighs with the text's own subjectivity
            found[label] += 1.2 if label == "promotional" else 1.0
            evidence.append(f"label \"{m.group(0).strip(' :|–-' + chr(10))}\" in the title, headings or opening")
    # in the article itself, not a site footer that every page carries
    m = next((m for b in doc.blocks if b.kind in ("title", "heading", "body")
              for m in [_AFFILIATE.search(b.text)] if m), None)
    if m:
        found["promotional"] += 1.0
        evidence.append(f"affiliate disclosure \"{m.group(0)}\"")
    return found, evidence


def _style(doc: Document) -> tuple[float | None, float, float, int]:
    """Subjective share, first-person rate, imperative/second-person rate, body sentences."""
    body = [(b.start, b.end) for b in doc.blocks if b.kind == "body"]
    sentences = [s for s in doc.sentences if any(a <= s.start and s.end <= e for a, e in body)]
    scored = [s for s in sentences if s.subjective is not None]
    share = sum(s.subjective for s in scored) / len(scored) if scored else None
    lang = doc.language if doc.language in FIRST_PERSON else "en"
    tokens = [t.lower() for s in sentences for t in TOKEN.findall(s.text)]
    n = max(1, len(tokens))
    first = sum(t in FIRST_PERSON[lang] for t in tokens) / n
    second = sum(t in SECOND_PERSON[lang] for t in tokens) / n
    imperative = sum(bool(_IMPERATIVE[lang].search(s.text)) for s in sentences) / max(1, len(sentences))
    return share, first, second + imperative, len(sentences)


@register("genre")
class GenreStage:
    name = "genre"
    version = "1.0"
    requires = ("text", "blocks", "sentences")
    assigns = ("genre",)

    def __call__(self, doc: Document) -> Document:
        markers, evidence = _markers(doc)
        share, first, addressing, n = _style(doc)
        subj = 0.5 if share is None else share
        points = {
            "report": 2.0 * (1 - subj) + markers["report"],
            "opinion": 2.0 * subj + markers["opinion"] + min(1.0, 10 * first),
            "mixed": max(0.0, 2.0 - 5.0 * abs(subj - MIXED_CENTRE)),
            "promotional": 2.0 * markers["promotional"] + min(1.5, 5 * addressing),
            "satire": 3.0 * markers["satire"],
        }
        if share is None:
            evidence.append("sentence subjectivity unknown (voice stage did not run)")
        else:
            evidence.append(f"subjective sentences: {round(share * n)} of {n} ({share:.0%})")
        if first >= 0.005:
            evidence.append(f"first person: {first:.1%} of words")
        if addressing >= 0.01:
            evidence.append(f"addresses the reader (you / imperatives): {addressing:.1%}")
        ads = [b for b in doc.blocks if b.kind == "advertisement"]
        if ads:
            evidence.append(f"advertisement blocks: {len(ads)}")
        promotion = bool(ads) or markers["promotional"] > 0
        scores = _softmax(points)
        label = max(LABELS, key=lambda k: (scores[k], -LABELS.index(k)))
        doc.genre = Genre(label=label, scores=scores, promotion=promotion, evidence=evidence)
        return doc
