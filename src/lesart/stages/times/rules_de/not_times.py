"""What looks like a time but is not, as look-arounds the rules share: a number that
counts things, a price, a telephone number, a legal citation (not a year); an age (not a
duration)."""
from __future__ import annotations

import re

from .shared import NUM

# A number that is not a year: followed by a unit or part of a larger number.
NOT_YEAR_AFTER = (r"(?![.,]\d|\d|/\d{1,4}/|-?[Jj]ährig|\s*(?:bis|-)\s*\d+\s*(?:Euro|Mark|Franken|Dollar|Lire|€|m\b|km\b|Meter)|"
                  # "+44 1234 567 890", "ISBN 978-3-7828-1534-5": one group of a longer number
                  # (a year before a page count stays: "Köln 1999 420 S.")
                  r"\s\d{2,4}\s\d{2,4}\b|-\d\b|"
                  r"\s*(?:Ohm\b|mA\b|Watt\b|Volt\b|Rupien|Yen\b|Pfund\b|Kronen\b|Rubel\b|Zloty\b)|"
                  r"\s*(?:Euro\b|€|Prozent|%|Meter|Kilo|km|m\b|Mio|Mill|"
                  r"Tonnen|Menschen|Personen|Mitglied|Einwohner|Stück|Dollar|Franken\b|Lire|Mark\b|DM|"
                  r"Schilling|Besucher|Teilnehmer|Zuschauer|Mitarbeiter|Arbeitspl|Stimmen|Höhenmeter|"
                  r"Kalorien|Seiten|S\.|Quadrat|Hektar|Liter\b|Fälle|Wohnungen|Kinder|Schüler))"
                  # "Betroffen sind 1300 Gemeinden", "allein 1600 Angriffe": a number below 1800
                  # before a plural noun counts things (a year then is rare: "noch 1798
                  # Deutschland ...").
                  r"(?!(?<=1[0-7]\d\d)\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:en|e|er|n|s))\b)"
                  # "stieg von 2000 auf 2400": a change of a count (HeidelTime's German
                  # negative rules), unless the second number is a year too ("von 2009 auf 2010")
                  r"(?!(?<=von \d\d\d\d)\s+auf\s+(?!(?:1[89]|20)\d\d\b)\d)")
# A hyphen before a year is fine only in a range of years ("2009-2011"); a number and a
# space before it make it part of a telephone number ("Tel. 0471 2000", "335 1950").
# ... and approximation words make it a count: "rund 1500 Azubis".
NOT_YEAR_BEFORE = (r"(?<![\d.,€$/])(?<!\D-)(?<!\d )(?<!Nr\. )(?<!Nummer )(?<!§ )(?<!rund )(?<!etwa )"
                   r"(?<!ca\. )(?<!knapp )(?<!mehr als )(?<!weniger als )(?<!insgesamt )(?<!circa )"
                   r"(?<!mindestens )(?<!höchstens )(?<!bis zu )(?<!zirka )(?<!annähernd )(?<!fast )"
                   r"(?<!sind es )(?<!waren es )(?<!Artikel )(?<!Art\. )(?<!Absatz )(?<!Abs\. )"
                   r"(?<!Paragraf )(?<!Paragraph )(?<!Punkt )(?<!Zimmer )(?<!Seite )"
                   # product and norm numbers: "Nvidia GTX 1060", "ISO-Wert 1250", "DIN 1946"
                   r"(?<!(?-i:GTX ))(?<!(?-i:RTX ))(?<!(?-i:ISO ))(?<!(?-i:DIN ))(?<!Wert )"
                   # legal citations: "Rdn. 1306", "GRUR 2005, 1061, 1064" (pages after the
                   # volume's year; a year before 1800 right after a modern one is a page)
                   # (case-sensitive and whole words: "Einsatz. 1988", "scheitern. 1942")
                   r"(?<!(?-i:\bRdn\. ))(?<!(?-i:\bRn\. ))(?<!(?-i:\bRz\. ))(?<!(?-i:\bTz\. ))"
                   r"(?<!(?-i:\bZiff\. ))(?<!(?-i:\bNr ))(?<!Resolution )"
                   # "Über 1900 Soldaten", "weitere 1800 Flüchtlinge", "davon 2000 Kinder": after a
                   # word of quantity a number before a plural noun counts (HeidelTime's German
                   # negative rules; "über 2010 hinaus" stays a year)
                   r"(?!(?:(?<=über )|(?<=weitere )|(?<=davon )|(?<=darunter )|(?<=maximal )|(?<=gut )"
                   r"|(?<=alle )|(?<=sämtliche ))\d{4}\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:en|e|er|n|s))\b)"
                   r"(?!(?:(?<=(?:19|20)\d\d, )|(?<=(?:19|20)\d\d, \d\d\d, )|(?<=(?:19|20)\d\d, \d\d\d\d, ))1[0-7]\d\d\b)")


# "drei Jahre alt", "ein 20 Jahre altes Auto" is an age; an age never takes the
# dative plural, so after "Tagen", "Jahren", "Monaten" the adjective belongs to
# the next noun ("an sechs Tagen junge Leichtathleten").
NOT_AGE_AFTER = (r"(?!\s+(?:noch\s+)?(?:nicht\s+)?vollendet)"    # "welches 26 Jahren noch nicht vollendet hat"
                 r"(?:(?<=agen)|(?<=ahren)|(?<=onaten)|(?!\s+(?:alt|jung|älter|jünger)\w*))")


# "zwischen 10 und 64 Jahren", "im Alter von 9 und 13 Jahren": the second of two ages
# (the first is a bare number); after a noun of time ("Haftstrafen zwischen drei und fünf
# Jahren") it stays a duration.
AGE_PAIR_BEFORE = re.compile(
    rf"(?i)(?:\bzwischen|\bAlter\s+von)\s+(?:{NUM}|\d+)\s*(?:und|oder|,)\s*$")
TIME_NOUN_BEFORE_PAIR = re.compile(
    r"(?i:zeitraum|zeit|dauer|frist|strafe|periode|pause|spanne|sperre|laufzeit|haft)\w{0,3}\s+$")

# Ages without "alt": a change of an age limit ("das Startalter von 16 auf 18 Jahre
# erhöhen", "sein Alter wird auf 36 Jahre geschätzt": "auf" after a word of age in the
# clause), and an age as predicate right before a comma, "als" or the end of a line
# ("Robert S. war 19 Jahre, als er ...", "Margot Friedländer wird 100 Jahre").
_AGE_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:start|mindest|renten|höchst|eintritts|einstiegs|pensions|wahl)?alter(?:sgrenze\w*)?\b"
    r"[^.;:!?]{0,60}?\bauf\s+$")
_AGE_PREDICATE_BEFORE = re.compile(r"(?i)\b(?:war|ist|wird|wäre|sei)\s+$")
_AGE_PREDICATE_AFTER = re.compile(r"\s*(?:,|\bals\b|\n|$)")


def is_age(m) -> bool:
    before = m.string[max(0, m.start() - 90):m.start()]
    if _AGE_CHANGE_BEFORE.search(before):
        return True
    verb = _AGE_PREDICATE_BEFORE.search(before)
    # "Die Amtszeit ist fünf Jahre, ...": a stretch of time after all
    return bool(verb and _AGE_PREDICATE_AFTER.match(m.string, m.end())
                and not TIME_NOUN_BEFORE_PAIR.search(before, max(0, verb.start() - 30), verb.start()))
