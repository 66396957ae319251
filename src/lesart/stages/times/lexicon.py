"""Words the time rules are built from: data only, German and English.

Keys are lower case; the rules match case-insensitively where German
capitalisation carries no meaning (``morgen``/``Morgen`` is the exception and
is handled by its own rules).
"""
from __future__ import annotations

MONTHS = {
    "de": {
        "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feber": 2, "feb.": 2, "febr.": 2,
        "märz": 3, "april": 4, "apr.": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
        "aug.": 8, "september": 9, "sept.": 9, "sep.": 9, "oktober": 10, "okt.": 10,
        "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
    },
    "en": {
        "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "april": 4,
        "apr.": 4, "may": 5, "june": 6, "july": 7, "august": 8, "aug.": 8,
        "september": 9, "sept.": 9, "sep.": 9, "october": 10, "oct.": 10,
        "november": 11, "nov.": 11, "december": 12, "dec.": 12,
    },
}

# ISO weekday numbers (Monday = 1).
WEEKDAYS = {
    "de": {"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5,
           "samstag": 6, "sonnabend": 6, "sonntag": 7},
    "en": {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
           "saturday": 6, "sunday": 7},
}

# TIMEX3 part-of-day codes.
PARTS_OF_DAY = {
    "de": {"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
           "abend": "EV", "nacht": "NI"},
    "en": {"morning": "MO", "noon": "MI", "afternoon": "AF", "evening": "EV", "night": "NI"},
}

SEASONS = {
    "de": {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
           # "im Frühsommer", "im Spätherbst": the season, mod START / END (rules_de.months.season).
           "frühsommer": "SU", "spätsommer": "SU", "frühherbst": "FA", "spätherbst": "FA",
           "frühwinter": "WI", "spätwinter": "WI",
           # genitives: "des vergangenen Sommers"
           "sommers": "SU", "winters": "WI", "herbstes": "FA", "frühjahrs": "SP",
           "frühlings": "SP"},
    "en": {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
}

NUMBER_WORDS = {
    "de": {
        "ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1,
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
        "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
        "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
        "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
        "eineinhalb": 1.5, "anderthalb": 1.5, "halbes": 0.5, "halben": 0.5,
        "beiden": 2, "beide": 2,
    },
    "en": {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "half": 0.5, "a half": 0.5,
    },
}

# "dreieinhalb": German halves.
for _w, _v in (("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7),
               ("acht", 8), ("neun", 9), ("zehn", 10)):
    NUMBER_WORDS["de"][f"{_w}einhalb"] = _v + 0.5

# "seventy-four": English compound tens.
_EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
for _tens, _tv in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
                   ("seventy", 70), ("eighty", 80), ("ninety", 90)):
    for _i, _u in enumerate(_EN_UNITS, 1):
        NUMBER_WORDS["en"][f"{_tens}-{_u}"] = _tv + _i

# Decade words: "neunziger Jahre" -> 199, "nineties" -> 199 (twentieth century assumed).
DECADE_WORDS = {
    "de": {"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
           "siebziger": 7, "achtziger": 8, "neunziger": 9, "neuziger": 9},
    "en": {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
           "seventies": 7, "eighties": 8, "nineties": 9},
}

# Duration units -> TIMEX3 letter; time units go after "T".
UNITS = {
    "de": {
        "jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "jahrs": "Y",
        "monat": "M", "monate": "M", "monaten": "M", "monats": "M",
        "woche": "W", "wochen": "W", "tag": "D", "tage": "D", "tagen": "D", "tages": "D",
        "stunde": "H", "stunden": "H", "minute": "MIN", "minuten": "MIN",
        "sekunde": "S", "sekunden": "S", "jahrzehnt": "DE", "jahrzehnte": "DE",
        "jahrzehnten": "DE", "jahrhundert": "CE", "jahrhunderte": "CE", "jahrhunderten": "CE",
    },
    "en": {
        "year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
        "day": "D", "days": "D", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
        "second": "S", "seconds": "S", "decade": "DE", "decades": "DE",
        "century": "CE", "centuries": "CE",
    },
}
TIME_UNITS = {"H", "MIN", "S"}

# "täglich" -> P1D; adjective endings are matched by the rule.
SET_WORDS = {
    "de": {"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
           "alljährlich": "P1Y", "stündlich": "PT1H", "vierteljährlich": "P3M",
           "halbjährlich": "P6M"},
    "en": {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
           "yearly": "P1Y", "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M"},
}
SET_PART_OF_DAY = {
    "de": {"morgens": "MO", "vormittags": "MO", "mittags": "MI", "nachmittags": "AF",
           "abends": "EV", "nachts": "NI"},
    "en": {"nightly": "NI"},
}

# Words whose TIMEX3 value is a reference token rather than a date.
REFERENCE_WORDS = {
    "de": {
        # "nun", "inzwischen", "mittlerweile" are left out: KRAUTS tags them almost never.
        "PRESENT_REF": ["derzeit", "jetzt", "zurzeit", "zur zeit", "gegenwärtig",
                        "heutzutage", "momentan",
                        "die gegenwart", "der gegenwart", "heutige", "heutigen", "heutiger",
                        "heutiges"],
        "PAST_REF": ["damals", "früher", "einst", "kürzlich", "der vergangenheit", "die vergangenheit",
                     "früheren zeiten", "vergangener zeiten", "dieser zeit"],
        "FUTURE_REF": ["demnächst", "in zukunft", "der zukunft", "die zukunft"],
    },
    "en": {
        "PRESENT_REF": ["currently", "now", "nowadays", "at present", "at the moment",
                        "these days", "present-day", "the present"],
        "PAST_REF": ["recently", "formerly", "previously", "in the past", "the past",
                     "once", "earlier"],
        "FUTURE_REF": ["soon", "in the future", "the future", "in the coming weeks",
                       "in the coming months", "in the coming years", "later"],
    },
}

# Modifier words: the first two groups give ``mod`` START/MID/END, the rest the
# approximation mods TimeML uses on durations.
MOD_WORDS = {
    "de": {
        "START": ["anfang", "beginn", "zu beginn", "zu anfang", "anfangs"],
        "MID": ["mitte"],
        "END": ["ende", "zum ende"],
        "APPROX": ["rund", "etwa", "ca.", "circa", "ungefähr", "gut", "gute", "guten"],
        "LESS_THAN": ["knapp", "knappes", "knapper", "knappen", "fast", "beinahe", "nahezu",
                      "weniger als", "unter"],
        "MORE_THAN": ["mehr als", "über"],
        "EQUAL_OR_MORE": ["mindestens"],
        "EQUAL_OR_LESS": ["höchstens", "maximal"],
    },
    "en": {
        "START": ["early", "the beginning of", "the start of", "beginning of", "start of"],
        "MID": ["mid", "mid-", "the middle of", "middle of"],
        "END": ["late", "the end of", "end of"],
        "APPROX": ["about", "around", "some", "roughly", "approximately", "nearly"],
        "LESS_THAN": ["less than", "under", "almost", "just under"],
        "MORE_THAN": ["more than", "over", "just over"],
        "EQUAL_OR_MORE": ["at least"],
        "EQUAL_OR_LESS": ["at most", "up to"],
    },
}

# Relative words: offset of a unit from the anchor (-1 previous, 0 this, +1 next).
RELATIVE_WORDS = {
    "de": {
        -1: ["vergangene", "vergangenen", "vergangener", "vergangenes", "letzte", "letzten",
             "letzter", "letztes", "vorige", "vorigen", "voriger", "voriges", "vergangenem",
             "letztem", "vorigem",
             # Austrian and South Tyrolean: "im abgelaufenen Jahr" is last year.
             "abgelaufene", "abgelaufenen", "abgelaufener", "abgelaufenes", "abgelaufenem"],
        0: ["diese", "diesen", "dieser", "dieses", "diesem", "laufende", "laufenden",
            "laufender", "laufendes", "heurige", "heurigen"],
        1: ["nächste", "nächsten", "nächster", "nächstes", "kommende", "kommenden",
            "kommender", "kommendes", "folgende", "folgenden", "nächstem", "kommendem"],
        # "am vorletzten Donnerstag", "übernächste Woche": two units back or ahead.
        -2: ["vorletzte", "vorletzten", "vorletzter", "vorletztes", "vorletztem",
             "vorvergangene", "vorvergangenen", "vorvergangener", "vorvergangenes", "vorvergangenem"],
        2: ["übernächste", "übernächsten", "übernächster", "übernächstes", "übernächstem"],
    },
    "en": {
        -1: ["last", "past", "previous"],
        0: ["this", "the current", "current"],
        1: ["next", "coming", "the coming", "following", "the following"],
    },
}

# Verbs that mark a clause as future: a bare month or weekday then means the
# next one, not the last one.
FUTURE_CUES = {
    "de": ["wird", "werden", "werde", "wirst", "werdet", "soll", "sollen", "plant", "planen",
           "geplant", "kommende", "kommenden", "nächste", "nächsten", "bevorstehend",
           "bevorstehenden", "will", "wollen", "wolle", "solle", "findet", "beginnt", "startet", "stattfinden",
           "statt", "lädt", "laden"],
    "en": ["will", "'ll", "shall", "going to", "is due", "are due", "scheduled", "plans to",
           "plan to", "set to", "expected to", "upcoming", "next"],
}
PAST_CUES = {
    "de": ["war", "waren", "hatte", "hatten", "wurde", "wurden", "hat", "haben", "habe", "hätte", "hätten",
           "gewesen", "worden", "seit", "vergangenen",
           "vergangene", "letzten", "zuletzt", "bereits"],
    "en": ["was", "were", "had", "did", "ago", "since", "last"],
}

# Feasts: ("fixed", month, day), ("easter", offset in days), ("nth", month, ISO weekday, n).
HOLIDAYS = {
    "de": {
        # KRAUTS (like HeidelTime's German resources) dates Weihnachten to the 24th.
        "weihnachten": ("fixed", 12, 24), "heiligabend": ("fixed", 12, 24),
        "heiligen abend": ("fixed", 12, 24), "silvester": ("fixed", 12, 31),
        "neujahr": ("fixed", 1, 1), "allerheiligen": ("fixed", 11, 1),
        "maria himmelfahrt": ("fixed", 8, 15), "tag der deutschen einheit": ("fixed", 10, 3),
        "ostern": ("easter", 0), "ostersonntag": ("easter", 0), "ostermontag": ("easter", 1),
        "karfreitag": ("easter", -2), "gründonnerstag": ("easter", -3),
        "palmsonntag": ("easter", -7), "aschermittwoch": ("easter", -46),
        "christi himmelfahrt": ("easter", 39), "pfingsten": ("easter", 49),
        "pfingstsonntag": ("easter", 49), "pfingstmontag": ("easter", 50),
        "fronleichnam": ("easter", 60),
        # Catholic and Austrian / South Tyrolean feasts (Dolomiten).
        "mariä himmelfahrt": ("fixed", 8, 15), "allerseelen": ("fixed", 11, 2),
        "dreikönigstag": ("fixed", 1, 6), "christtag": ("fixed", 12, 25),
        "stefanitag": ("fixed", 12, 26), "stephanstag": ("fixed", 12, 26),
        "stefanstag": ("fixed", 12, 26), "mariä empfängnis": ("fixed", 12, 8),
        "maria empfängnis": ("fixed", 12, 8), "nikolaustag": ("fixed", 12, 6),
        "valentinstag": ("fixed", 2, 14), "tag der arbeit": ("fixed", 5, 1),
        "faschingsdienstag": ("easter", -47), "rosenmontag": ("easter", -48),
        "unsinniger donnerstag": ("easter", -52), "unsinnigen donnerstag": ("easter", -52),
        "muttertag": ("nth", 5, 7, 2),
        # Further names and spellings from HeidelTime's German holiday resources.
        "neujahrstag": ("fixed", 1, 1), "dreikönigsfest": ("fixed", 1, 6),
        "heilige drei könige": ("fixed", 1, 6), "heiligen drei könige": ("fixed", 1, 6),
        "heiligen drei königen": ("fixed", 1, 6), "epiphanias": ("fixed", 1, 6),
        "josefitag": ("fixed", 3, 19), "josefstag": ("fixed", 3, 19),
        "maifeiertag": ("fixed", 5, 1), "reformationstag": ("fixed", 10, 31),
        "martinstag": ("fixed", 11, 11), "stephanitag": ("fixed", 12, 26),
        "heilig abend": ("fixed", 12, 24), "heilige nacht": ("fixed", 12, 24),
        "heiligen nacht": ("fixed", 12, 24), "christnacht": ("fixed", 12, 24),
        "weihnachtsabend": ("fixed", 12, 24),
        "ersten weihnachtsfeiertag": ("fixed", 12, 25), "erster weihnachtsfeiertag": ("fixed", 12, 25),
        "ersten weihnachtstag": ("fixed", 12, 25),
        "zweiten weihnachtsfeiertag": ("fixed", 12, 26), "zweiter weihnachtsfeiertag": ("fixed", 12, 26),
        "zweiten weihnachtstag": ("fixed", 12, 26),
        "karsamstag": ("easter", -1), "weißen sonntag": ("easter", 7),
        "weißer sonntag": ("easter", 7),
        # Tyrol: the Sacred Heart feast (the Friday after the second Sunday after Pentecost)
        # and the Sunday after it, with its mountain fires.
        "herz-jesu-fest": ("easter", 68), "herz-jesu-freitag": ("easter", 68),
        "herz-jesu-sonntag": ("easter", 70),
    },
    "en": {
        "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25),
        "christmas eve": ("fixed", 12, 24), "new year's day": ("fixed", 1, 1),
        "new year's eve": ("fixed", 12, 31), "independence day": ("fixed", 7, 4),
        "halloween": ("fixed", 10, 31), "easter": ("easter", 0), "easter sunday": ("easter", 0),
        "good friday": ("easter", -2), "thanksgiving": ("nth", 11, 4, 4),
        "black friday": ("nth", 11, 4, 4, 1), "cyber monday": ("nth", 11, 4, 4, 4),
        "labor day": ("nth", 9, 1, 1), "memorial day": ("nth", 5, 1, -1),
    },
}
