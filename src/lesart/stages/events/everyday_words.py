"""Everyday senses of trigger words found reading whole pages (README 2026-11-28, fifth page round): a question put
to the reader, an adjective of hope, a killing of oneself, a name that holds the word."""
from __future__ import annotations

from . import lexicon
from .shared import DETERMINERS_EN
from .tokens import Token

_AUX_EN = frozenset({"do", "does", "did", "would", "will", "should", "can", "could", "are", "have", "were", "won't",
                     "don't", "didn't", "wouldn't"})
_YOU_DE = frozenset({"sie", "du", "ihr"})


def reader_question(toks: list[Token], lang: str, text: str) -> bool:
    """A question put to the reader ("Do you support Dr. Ben Carson?", "Würden Sie ... unterstützen?") reports no
    act: the whole sentence codes nothing. German "Sie" counts only capitalised (lower-case "sie" is they).
    ``text`` is the sentence (the tokens hold no punctuation)."""
    if len(toks) < 3 or not text.rstrip().rstrip("\"'“”»«").endswith("?"):
        return False
    first, second = toks[0], toks[1]
    if lang == "en":
        return first.lower in _AUX_EN and second.lower == "you"
    return second.lower in _YOU_DE and (second.text != "sie") and first.text[:1].isupper() \
        and not first.text.endswith(".")


# "most promising paths", "a promising start": the adjective; "promising to withdraw", "promising them aid" the act
_BEFORE_ADJECTIVE = frozenset({"most", "more", "very", "less", "least", "quite", "particularly", "highly", "a", "an",
                               "the", "'s", "’s", "as", "so", "too", "really", "equally"})


def adjective_promising(toks: list[Token], h: lexicon.Hit) -> bool:
    """English "promising" as an adjective ("one of Trump's most promising paths to victory")."""
    if h.first != h.last or toks[h.head].lower != "promising":
        return False
    return h.head > 0 and toks[h.head - 1].lower in _BEFORE_ADJECTIVE


_KILL_DE = ("töt", "getöt", "erschoss", "erschieß", "erschies", "umbr", "brachte", "erhäng", "erstach", "erstoch",
            "erstech", "vergift", "richtet")
_SELF = frozenset({"himself", "herself", "themselves", "itself", "oneself", "myself", "yourself"})


def killed_oneself(toks: list[Token], h: lexicon.Hit) -> bool:
    """A suicide ("a farmer killing himself to save his land", "erschoss sich", "nahm sich das Leben") is no attack
    on anyone (ASSAULT needs a party that uses force on another)."""
    if h.entry.type != "ASSAULT":
        return False
    nxt = [t.lower for t in toks[h.last + 1:h.last + 3]]
    if not nxt:
        return False
    if nxt[0] in _SELF:
        return True
    # German only with verbs of killing: "prügelten sich" is a fight between two, not one's own death
    return nxt[0] == "sich" and toks[h.head].lower.startswith(_KILL_DE) and (len(nxt) == 1 or nxt[1] in (".", ",", "selbst"))


_NAME_LINKS = frozenset({"of", "for", "and"})


def inside_name_en(toks: list[Token], h: lexicon.Hit) -> bool:
    """English: a capitalised trigger that ends a name joined by "of/for" ("Wisconsin Court of Appeals", "The
    Wisconsin Alliance for Reform", "Coalition for Peace") is part of the name (the check in not_acts.in_name wants a
    capitalised word right next to it)."""
    if h.first != h.last or h.first < 1 or not toks[h.first].text[:1].isupper():
        return False
    if h.first + 2 < len(toks) and toks[h.first + 1].lower in ("for", "of") and toks[h.first + 1].text.islower() \
            and toks[h.first + 2].text[:1].isupper() and toks[h.first + 2].text.isalpha():
        return True      # a name that the trigger opens: "one group, Partnership for Responsible Growth, has run ads"
        #                  (news-dev6), "the Alliance for Progress", "Campaign for Liberty"
    if h.first < 2:
        return False
    link, name = toks[h.first - 1], toks[h.first - 2]
    return link.lower in _NAME_LINKS and link.text.islower() and name.text[:1].isupper() and name.text.isalpha() \
        and h.first - 2 > 0


# talks held or named ("held talks about", "peace talks about"): the meeting PLOVER codes
_TALKS_HELD = DETERMINERS_EN | {"held", "hold", "holds", "holding", "of", "in", "for", "peace", "direct", "bilateral",
                                "new", "further", "more", "secret", "formal", "informal", "trade", "high-level"}


def talk_about_topic(toks: list[Token], h: lexicon.Hit) -> bool:
    """English: talking about a topic ("He talks about using nuclear weapons!", "many people ... talked about the
    buzz in the Lake Erie air") is a statement, not talks between parties; "held talks about", "Talks about the deal"
    (the noun) and "talked with X about" stay."""
    if h.first != h.last or h.head == 0 or toks[h.head].lemma != "talk" or h.head + 1 >= len(toks):
        return False
    # finite forms only: "Trump's first TV ad talking about building a wall" (news-dev4) is left as it was, where the
    # sentence's next trigger would code it no better
    return toks[h.head + 1].lower == "about" and toks[h.head - 1].lower not in _TALKS_HELD \
        and toks[h.head].lower != "talking"


def fire_noun(toks: list[Token], h: lexicon.Hit) -> bool:
    """English "fire on" after a determiner or a year is a blaze ("That 1969 fire on the Cuyahoga turned the city into
    a punch line"), not firing on someone ("opened fire on protesters")."""
    if toks[h.first].lower != "fire" or h.first == 0:
        return False
    k = h.first - 1
    if toks[k].text.isdigit() and k > 0:
        k -= 1     # "the 1969 fire"
    return toks[k].lower in DETERMINERS_EN | {"that", "this", "a", "the", "big", "great", "massive", "huge"} \
        or toks[h.first - 1].text.isdigit()


_UNLESS_NEXT = frozenset({"a", "an", "any", "unforeseen", "further", "major", "some", "another", "significant"})


def barring_unless(toks: list[Token], h: lexicon.Hit) -> bool:
    """English "barring" as a preposition, "unless there is" ("barring a Republican nominee that donors couldn't
    support", "barring any surprises"), not barring someone from a place."""
    if toks[h.head].lower != "barring" or h.head + 1 >= len(toks):
        return False
    return toks[h.head + 1].lower in _UNLESS_NEXT


# The reader addressed (news-dev7 pages: "If you offer a customized service ...", "unless you want it to", "you'll
# feel the relief", "You need to ... help"): an act whose subject is "you" with at most two auxiliaries or adverbs
# between is advice to whoever reads, no party's act. (An imperative opening the sentence, "Seek out the healthy game
# day snacks", was tried and left out: "Release the hostages now, the UN told the rebels" is a demand.)
_YOU_EN = frozenset({"you", "you'll", "you’ll", "you're", "you’re", "you've", "you’ve", "you'd", "you’d"})
_BETWEEN_YOU = frozenset({"can", "could", "will", "would", "should", "might", "may", "must", "need", "needs", "to",
                          "do", "don't", "don’t", "also", "just", "really", "still", "even", "only", "then",
                          "have", "are", "never", "always", "want", "already", "first"})


def reader_addressed(toks: list[Token], h: lexicon.Hit) -> bool:
    k = h.first - 1
    between = 0
    while k >= 0 and toks[k].lower in _BETWEEN_YOU and between < 2:
        k -= 1
        between += 1
    if k >= 0 and toks[k].lower in _YOU_EN:
        # "thank you", "told you", "implore you to allow": "you" as an object is addressed by someone else
        return not (k > 0 and (toks[k - 1].text[:1].isalpha() and toks[k - 1].lower not in ("if", "when", "unless",
                                                                                            "and", "but", "so", "once",
                                                                                            "before", "after", "as")))
    return False
