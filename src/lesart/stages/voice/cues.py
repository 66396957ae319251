"""Closed word classes the subjectivity features and the attribution fallback share.

Kept small and explicit: each list is a signal the CheckThat! guidelines name
(attribution is objective; first person, intensifiers, obligation and
rhetorical punctuation mark the author).
"""
from __future__ import annotations

import re

TOKEN = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)

ATTRIBUTION = {
    "de": {"laut", "zufolge", "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont",
           "teilte", "mitgeteilt", "berichtet", "berichtete", "berichten", "meldete", "meldet", "hieß", "heißt",
           "so", "angaben", "angaben", "sprecher", "sprecherin", "kritisierte", "warnte", "forderte", "räumte",
           "behauptete", "behauptet", "schreibt", "schrieb", "sagen", "meint", "meinte", "argumentiert",
           "argumentierte", "bestätigte", "dementierte", "kündigte", "nach"},
    "en": {"said", "says", "say", "told", "according", "stated", "states", "announced", "reported", "reports",
           "claimed", "claims", "argued", "argues", "added", "noted", "wrote", "writes", "explained", "insisted",
           "warned", "suggested", "reportedly", "allegedly", "spokesperson", "spokesman", "spokeswoman",
           "statement", "confirmed", "denied", "tweeted", "testified"},
}
# German Konjunktiv I forms that reported speech uses and that differ from the indicative.
KONJUNKTIV_I = {
    "sei", "seien", "seiest", "habe", "hätte", "hätten", "werde", "könne", "müsse", "solle", "wolle",
    "dürfe", "möge", "gebe", "gehe", "komme", "liege", "stehe", "wisse", "bleibe", "lasse", "sehe",
    "wäre", "wären", "brauche", "fehle", "handle", "gelte", "trage", "zeige", "führe", "halte",
}
FIRST_PERSON = {"de": {"ich", "wir", "mir", "mich", "uns", "unser", "unsere", "unseren", "unserer", "unserem",
                       "mein", "meine", "meinen", "meiner", "meinem"},
                "en": {"i", "we", "me", "us", "our", "ours", "my", "mine", "myself", "ourselves"}}
SECOND_PERSON = {"de": {"du", "dich", "dir", "dein", "deine", "ihr", "euch", "euer"},
                 "en": {"you", "your", "yours", "yourself"}}
INTENSIFIERS = {"de": {"sehr", "besonders", "äußerst", "extrem", "völlig", "total", "absolut", "höchst",
                       "überaus", "zutiefst", "gar", "geradezu", "ausgerechnet", "schlicht", "einfach", "nur",
                       "bloß", "eben", "doch", "ja", "halt", "natürlich", "selbstverständlich", "endlich",
                       "leider", "zum glück", "immerhin", "zweifellos", "tatsächlich", "wirklich", "nicht einmal"},
                "en": {"very", "extremely", "utterly", "totally", "absolutely", "really", "truly", "simply",
                       "just", "even", "only", "clearly", "obviously", "surely", "certainly", "indeed",
                       "unfortunately", "sadly", "finally", "of", "course", "hardly", "merely", "deeply", "so"}}
OBLIGATION = {"de": {"muss", "müssen", "müsste", "müssten", "sollte", "sollten", "soll", "sollen", "darf", "dürfen"},
              "en": {"must", "should", "ought", "need", "needs", "have", "has"}}
NEGATION = {"de": {"nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals", "nichts"},
            "en": {"not", "no", "never", "nothing", "n't"}}
QUOTE_CHARS = "\"“”„«»‚‘’"

# Adjective-like words by derivational suffix: a cheap stand-in for a POS tagger
# (German adjectives are lower case, so the first letter separates them from nouns).
ADJECTIVE_LIKE = {
    "de": re.compile(r"^[a-zäöüß]\w*(?:ig|lich|isch|bar|sam|los|haft|voll|end)(?:e|en|er|es|em)?$"),
    "en": re.compile(r"^[a-z]\w*(?:ous|ful|less|ive|able|ible|ic|ical|ent|ant)$"),
}
# Discourse particles and contrastive connectives: the author arguing.
PARTICLES = {"de": {"doch", "ja", "eben", "halt", "wohl", "schon", "eigentlich", "nun", "etwa", "gar", "bloß", "mal",
                    "überhaupt", "freilich", "allerdings", "jedoch", "aber"},
             "en": {"but", "yet", "however", "though", "still", "rather", "quite", "actually", "anyway", "after",
                    "instead"}}
GENERIC_PERSON = {"de": {"man", "jeder", "niemand", "wer"}, "en": {"one", "anyone", "everyone", "nobody", "whoever"}}
ARGUMENT_OPENERS = {"de": {"denn", "doch", "aber", "dabei", "schließlich", "immerhin", "zwar", "eben", "natürlich",
                           "leider", "gerade"},
                    "en": {"but", "yet", "so", "still", "indeed", "of", "after", "sadly", "unfortunately", "clearly",
                           "obviously"}}
