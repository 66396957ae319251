"""German readings of calls, quoted speech acts and self-negated refusals (dev7 round, 2026-11-28).

- A call to strike or to protest is the strike or protest, planned (the German gold: "Die Gewerkschaften ver.di und
  IG BCE rufen die Beschäftigten ... zu Warnstreiks auf" PROTEST strike planned): a union's call announces the
  strike, as PLOVER codes demands in the form of demonstrations as PROTEST. The lexicon's "rufen .. *streik .. auf"
  reaches only six words into the middle field; a call's complement may stand further ("ruft die Erzieherinnen und
  Erzieher im Südwesten ab Dienstag in mehreren Kommunen erneut zu Warnstreiks auf").
- A speech act inside a quotation that its tag closes ("„Der Putinsche Überfall ... löst ... Abscheu ... aus“, sagte
  der Exekutiv-Vizepräsident ...") is made by the tag's speaker, as in English ('"...," NATO ... said').
- A refusal whose own words hold the negator ("hält es nicht für sinnvoll") is made, not denied.
"""
from __future__ import annotations

from . import actors, lexicon, valence
from .tokens import Token

_CALL_LEMMAS = {"aufrufen", "aufruf", "rufen"}
_CALLED_TO = {"zu", "zum", "zur"}
# what a call names: (word start, PLOVER mode)
_CALLED_ACTS = (("warnstreik", "strike"), ("generalstreik", "strike"), ("streik", "strike"), ("protest", "demo"),
                ("demonstration", "demo"), ("kundgebung", "demo"), ("boykott", "boycott"),
                ("gegenveranstaltung", "demo"), ("mahnwache", "demo"))
_NEGATORS_DE = {"nicht", "kein", "keine", "keinen", "keiner", "keines", "keinem", "nie", "niemals"}
TAG_VERBS_DE = {"sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "meinte",
                "meint", "schrieb", "schreibt", "warnte", "warnt", "fügte", "ergänzte", "sagen", "so"}


def called_act_de(toks: list[Token], h: lexicon.Hit) -> str | None:
    """The PLOVER mode of the strike or protest a call ("ruft ... zu Warnstreiks auf", "rief zum Generalstreik
    auf", "haben zu Protesten aufgerufen") names after "zu/zum/zur" inside its own words, or None."""
    words = toks[h.first:h.last + 1]
    if not any(t.lemma in _CALL_LEMMAS or t.lower in ("aufgerufen", "ruft", "rief", "riefen") for t in words):
        return None
    # the "zu" phrase fronted before a participle or final verb ("Zu den Gegenveranstaltungen hatten über 50 linke
    # Gruppierungen aufgerufen", dev8): read from its clause's start
    lo = h.first
    if h.first == h.last and toks[h.head].text[:1].islower():
        while lo > 0 and (toks[lo - 1].text not in lexicon.CLAUSE_BREAKS or _apposition_ends(toks, lo - 1, h.first)):
            lo -= 1
    for k in range(lo, h.last):
        if toks[k].lower not in _CALLED_TO:
            continue
        for t in toks[k + 1:min(h.last + 1, k + 4)]:
            if t is toks[h.head]:
                break
            if t.text[:1].isupper():
                low = t.lower.rsplit("-", 1)[-1]
                mode = next((m for w, m in _CALLED_ACTS if low.startswith(w) or w in low), None)
                if mode is not None:
                    return mode
                break          # the noun of the "zu" phrase names something else ("zu Verhandlungen")
    return None


_APPOSITION_OPENERS = {"einer", "eines", "einem", "der", "die", "das", "dem", "den", "des"}


def _apposition_ends(toks: list[Token], k: int, end: int) -> bool:
    """The comma at k closes or opens an apposition inside the phrase of the call ("zu einer Demonstration vom Stadion
    zur Sukhumvit Road, einer der Haupteinkaufsstraßen Bangkoks, aufgerufen", dev8): the comma right before the verb
    closes it, a comma with an article after it opens it."""
    if toks[k].text != ",":
        return False
    return k + 1 == end or (k + 1 < len(toks) and toks[k + 1].lower in _APPOSITION_OPENERS
                            and any(t.text == "," for t in toks[k + 1:end]))


def self_negated(h: lexicon.Hit) -> bool:
    """The trigger's own pattern holds the negator ("halten .. nicht für sinnvoll"): its status is not denied."""
    return any(p in _NEGATORS_DE for p in h.entry.parts)


_QUOTES = valence.OPEN_QUOTES | valence.CLOSE_QUOTES


def tag_speaker_de(toks: list[Token], h: lexicon.Hit, mentions: list[actors.Mention]) -> actors.Mention | None:
    """The party of the reporting tag after the quotation that holds the trigger ("„...“, sagte US-Außenminister
    Antony Blinken", "\"...\", erklärte der CDU-Landesvorsitzende"), or None: the sentence opens the quotation before
    the trigger, the quotation closes after it, a comma and a tag verb follow."""
    if not toks or toks[0].text not in _QUOTES:
        return None
    close = next((k for k in range(h.last + 1, len(toks)) if toks[k].text in _QUOTES), None)
    if close is None or any(t.text in _QUOTES for t in toks[1:h.first]):
        return None
    j = close + 1
    if j >= len(toks) - 1 or toks[j].text != "," or toks[j + 1].lower not in TAG_VERBS_DE:
        return None
    verb = j + 1
    return next((m for m in mentions if verb < m.first <= verb + 8 and (m.code or m.sector) and not m.place), None)
