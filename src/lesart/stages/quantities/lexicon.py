"""Words the quantity rules are built from (data only)."""
from __future__ import annotations

APPROX = {
    "de": ["etwa", "rund", "ca.", "circa", "zirka", "ungefähr", "knapp", "fast", "gut", "gute", "ein paar",
           "mehr als", "über", "weniger als", "unter", "mindestens", "bis zu", "nahezu",
           "annähernd", "schätzungsweise", "beinahe", "an die", "um die", "gegen", "höchstens",
           "maximal", "geschätzte", "geschätzt", "einige", "mehrere"],
    "en": ["about", "around", "roughly", "approximately", "approx.", "some", "nearly", "almost",
           "more than", "over", "less than", "fewer than", "under", "at least", "up to",
           "an estimated", "estimated", "close to", "upwards of", "just over", "just under",
           "well over", "at most", "as many as", "as much as", "roughly", "a few", "several"],
}

NUMBER_WORDS = {
    "de": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3,
           "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
           "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
           "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
           "hundert": 100, "tausend": 1000, "einhundert": 100, "eintausend": 1000,
           "dutzend": 12, "ein dutzend": 12, "einem dutzend": 12, "einige dutzend": 12,
           "zweihundert": 200, "dreihundert": 300, "fünfhundert": 500},
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
           "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90, "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "hundred": 100, "a hundred": 100, "thousand": 1000,
           "a thousand": 1000, "dozen": 12, "a dozen": 12, "half a dozen": 6},
}

# Number words written as one word or hyphenated, beyond the list above: German compounds
# ("fünfundzwanzig", "zweitausend", "einhundertzwanzig", "dreizehn") and halves ("anderthalb",
# "dreieinhalb"), English tens with units ("twenty-five").  The patterns find them; text2num
# reads their value (``extract.parse_number``).
_DE_UNIT = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_DE_TEEN = "zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn"
_DE_TEN = "zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
_DE_BELOW_100 = rf"(?:(?:{_DE_UNIT})und(?:{_DE_TEN})|{_DE_TEN}|{_DE_TEEN}|{_DE_UNIT})"
_DE_BELOW_1000 = rf"(?:(?:{_DE_UNIT})?hundert{_DE_BELOW_100}?|{_DE_BELOW_100})"
WRITTEN_NUMBER = {
    "de": rf"(?:{_DE_BELOW_1000})?tausend(?:{_DE_BELOW_1000})?|{_DE_BELOW_1000}"
          rf"|anderthalb|(?:{_DE_UNIT}|zehn)einhalb",
    "en": r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)",
}
# Parts one of which every such word holds beyond the listed words (a cheap test, per word,
# of where the patterns need to run; English "twenty-five" starts with a listed word).
WRITTEN_NUMBER_PARTS = {"de": ("zig", "ßig", "zehn", "einhalb", "anderthalb", "hundert", "tausend"), "en": ()}

# Multipliers after a number: "1,5 Millionen", "2.3bn".
SCALES = {
    "de": {"tausend": 1e3, "tsd.": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
           "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billion": 1e12,
           "billionen": 1e12, "dutzend": 12},
    "en": {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6,
           "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
           "k": 1e3, "dozen": 12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7},
}

# Vague plurals: the order of magnitude is the value, always approximate.
VAGUE = {
    "de": {"dutzende": 12, "hunderte": 100, "tausende": 1000, "zehntausende": 10000,
           "hunderttausende": 100000, "millionen": 1e6, "abertausende": 1000},
    "en": {"dozens": 12, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000,
           "hundreds of thousands": 100000, "millions": 1e6},
}

FRACTIONS = {
    "de": {"hälfte": 0.5, "drittel": 1 / 3, "viertel": 0.25, "fünftel": 0.2, "zehntel": 0.1,
           "dreiviertel": 0.75},
    "en": {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
           "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1},
}

# Unit words written after the number -> normalised unit.
UNITS = {
    "de": {"euro": "EUR", "eur": "EUR", "€": "EUR", "cent": "EUR-cent", "dollar": "USD",
           "us-dollar": "USD", "usd": "USD", "$": "USD", "pfund": "GBP", "gbp": "GBP",
           "£": "GBP", "franken": "CHF", "chf": "CHF", "fr.": "CHF", "rubel": "RUB",
           "yen": "JPY", "yuan": "CNY", "dm": "DEM", "mark": "DEM", "schilling": "ATS",
           "lire": "ITL", "prozent": "percent", "%": "percent", "prozentpunkte": "percentage points",
           "prozentpunkt": "percentage points",
           "km": "km", "kilometer": "km", "kilometern": "km", "m": "m", "meter": "m", "metern": "m",
           "cm": "cm", "zentimeter": "cm", "zentimetern": "cm", "mm": "mm", "millimeter": "mm",
           "millimetern": "mm", "mg": "mg", "milligramm": "mg", "kg": "kg", "promille": "permille",
           "quadratmetern": "m²", "quadratkilometern": "km²", "grad celsius": "°C", "ps": "hp",
           "kilogramm": "kg", "kilo": "kg", "g": "g", "gramm": "g", "t": "t", "tonnen": "t",
           "tonne": "t", "grad": "°", "₩": "KRW", "₹": "INR", "¥": "JPY", "°c": "°C", "°": "°", "hektar": "ha", "ha": "ha",
           "liter": "l", "l": "l", "quadratmeter": "m²", "m²": "m²", "m2": "m²",
           "quadratkilometer": "km²", "km²": "km²", "km/h": "km/h", "mw": "MW", "kw": "kW",
           "megawatt": "MW", "kilowatt": "kW", "gigawatt": "GW", "kwh": "kWh", "stück": "Stück",
           # speeds: 'mit 150 Kilometern pro Stunde', '120 Stundenkilometer', '30 Meter pro Sekunde'
           "kilometer pro stunde": "km/h", "kilometern pro stunde": "km/h", "km pro stunde": "km/h",
           "kilometer in der stunde": "km/h", "stundenkilometer": "km/h", "stundenkilometern": "km/h",
           "meter pro sekunde": "m/s", "metern pro sekunde": "m/s", "m/s": "m/s"},
    "en": {"euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "dollar": "USD",
           "dollars": "USD", "usd": "USD", "$": "USD", "us$": "USD", "pound": "GBP",
           "pounds": "GBP", "gbp": "GBP", "£": "GBP", "francs": "CHF", "chf": "CHF",
           "yen": "JPY", "yuan": "CNY", "rupees": "INR", "cents": "USD-cent", "p": "GBP-pence",
           "percent": "percent", "per cent": "percent", "%": "percent",
           "percentage points": "percentage points", "percentage point": "percentage points",
           "km": "km", "kilometers": "km", "kilometres": "km", "miles": "mi", "mile": "mi",
           "m": "m", "meters": "m", "metres": "m", "feet": "ft", "ft": "ft", "foot": "ft",
           "inches": "in", "kg": "kg", "kilograms": "kg", "pounds of": "lb", "lbs": "lb",
           "tons": "t", "tonnes": "t", "degrees": "°", "°f": "°F", "°c": "°C", "acres": "acre",
           "hectares": "ha", "liters": "l", "litres": "l", "gallons": "gal", "mph": "mph",
           "km/h": "km/h", "mw": "MW", "gw": "GW", "kwh": "kWh", "megawatts": "MW",
           "horsepower": "hp", "hp": "hp", "lb-ft": "lb-ft", "inches": "in", "inch": "in",
           "grams": "g", "gram": "g", "light-years": "light-years", "ounces": "oz",
           "square miles": "mi²", "square feet": "ft²", "square kilometers": "km²",
           "square kilometres": "km²", "bps": "basis points", "basis points": "basis points",
           "₩": "KRW", "₹": "INR", "¥": "JPY",
           # speeds: '70 miles per hour', '100 kilometers an hour'
           "miles per hour": "mph", "miles an hour": "mph", "kilometers per hour": "km/h",
           "kilometres per hour": "km/h", "kilometers an hour": "km/h", "kilometres an hour": "km/h",
           "km per hour": "km/h", "meters per second": "m/s", "metres per second": "m/s"},
}
# Currency symbols and codes written before the number.
CURRENCY_BEFORE = {"€": "EUR", "eur": "EUR", "$": "USD", "us$": "USD", "usd": "USD",
                   "£": "GBP", "gbp": "GBP", "chf": "CHF", "fr.": "CHF", "sfr.": "CHF",
                   "¥": "JPY", "c$": "CAD", "a$": "AUD", "₩": "KRW", "₹": "INR", "rs": "INR", "rs.": "INR"}

# Words after a number that make it a time or date, which the times layer owns.
TIME_WORDS = {
    "de": {"uhr", "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "woche",
           "wochen", "tag", "tage", "tagen", "stunde", "stunden", "minute", "minuten", "sekunde",
           "sekunden", "jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrhundert", "jahrhunderts",
           "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "dezember", "mal", "jährige", "jährigen"},
    "en": {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
           "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
           "a.m.", "p.m.", "am", "pm", "january", "february", "march", "april", "may", "june",
           "july", "august", "september", "october", "november", "december", "times",
           "o'clock", "min", "mins", "hrs", "hr", "sec", "secs"},
}

# Nouns that are plural without an -s.
EN_PLURALS = {"people", "men", "women", "children", "police", "staff", "personnel", "cattle",
              "sheep", "fish", "deer", "aircraft", "feet", "teeth", "mice", "geese"}

# Words that end the search for a counted noun (English has no capitals to help).
EN_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
    "but", "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would",
    "could", "should", "may", "might", "can", "that", "which", "who", "as", "than", "this",
    "these", "those", "it", "its", "their", "his", "her", "they", "he", "she", "we", "per",
    "each", "said", "says", "more", "less", "into", "over", "under", "after", "before",
    "since", "during", "while", "also", "so", "not", "last", "next", "this", "ago", "when",
    "down", "up", "out", "off", "back", "there", "here", "again", "now", "then", "still",
}
EN_NOT_UNIT = {"other", "new", "more", "most", "such", "many", "few", "top", "first", "last",
               "million", "billion", "thousand"}
DE_NOT_UNIT = {"Prozent", "Mal", "Uhr", "Jahre", "Jahren", "Jahr", "Euro", "Millionen",
               "Milliarden", "Tausend", "Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine",
               "In", "Im", "Am", "Bei", "Mit", "Und", "Von", "Auch", "Nach", "Für", "Es", "Sie",
               "Er", "Wir", "Ich"}

# Verbs and adverbs that follow a number used as a pronoun ("the four go on an adventure", "mixing
# the three together"): they end the noun phrase, nothing is counted.  (spaCy's stop list is too
# wide here: "the three front pages", "20 others".)
EN_VERBS_ADVERBS = frozenset("""go goes went come comes came get gets got make makes made take takes took
    together apart alone away instead still even ever never always often too very then there now
    say says see saw know knew think thought want wants need needs
    held fell rose won lost paid told found sold spent kept met sent brought bought caught fought stood fled
    felt heard began grew threw flew struck died became become becomes""".split())

# Nouns that label a number rather than count something: 'Nummer Zwei', 'Platz 93', 'Channel 13',
# 'page 5', 'Game 7'.  A bare number after one of them is no amount, whatever follows it.
LABEL_BEFORE = {
    "de": frozenset("""nummer nr. platz rang kapitel seite folge staffel teil artikel paragraf paragraph
        absatz stufe level runde gleis linie zimmer spieltag etappe gruppe typ serie modell version
        art. abs. az. s. ziff. lit. bvr""".split()),
    "en": frozenset("""number no. page chapter season episode part article section level round route
        channel room gate game week stage phase grade size vol. volume figure fig. table row type series
        model version generation art. sec.""".split()),
}
