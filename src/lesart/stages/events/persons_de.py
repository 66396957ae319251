"""German named persons as an event's actor or recipient where nothing else fills the slot.

The German pipeline leaves the entities layer's persons out of the parties that ``roles`` chooses from
(``stage._Entities._item``): with them, a person without a code took the place of a coded party and the
German test set's actor accuracy fell (README, 2026-11-27). So "Bernd Osterloh kritisierte die Kommission"
had an ACCUSE with no actor at all, and "Ricarda Lang attackiert Julia Klöckner" neither actor nor
recipient: a reader of the events saw what happened but not who did it.

This step runs after the events are coded and only fills an empty slot, with a person in one of the two
places where German word order leaves no doubt about the role, for a trigger that is a verb (German
nouns are capitalised; "Evangelista hat die Morde untersucht" is no murder by Evangelista):
- the actor: the name opens the clause (after an article and titles at most) and the finite verb follows it
  at once: the trigger itself ("Osterloh kritisierte ...") or an auxiliary or modal before it ("Osterloh hat
  ... angegriffen", "Lang will ... verklagen"); never before a form of "werden" or "sein" (a passive's or a
  state's subject is who was acted on);
- the recipient, where the event has an actor: the name right after the trigger verb, or right after the
  auxiliary of the actor's clause, with an article and titles at most between ("attackiert Julia Klöckner",
  "warf dem Minister Peter Tauber Versagen vor", "hat Julia Klöckner angegriffen"); after "mit" only for a
  meeting or an agreement ("traf sich mit Jens Weber").
The person has no code (the table codes the names it knows, such as heads of state, before this step).
"""
from __future__ import annotations

from dataclasses import replace

from .actors import Mention
from .code import Coded
from .shared import DEFINITE_DE
from .tokens import Token
from .valence import INDEFINITE_DE

# the finite verbs that open the verb bracket of a main clause after its subject: perfect with "haben" and modals;
# not "sein", whose participle is as often a state the subject is in ("Johnson ist per Gesetz verpflichtet", "ist
# verhaftet") as a perfect ("ist zurückgetreten")
AUXILIARIES = frozenset({
    "hat", "hatte", "haben", "hatten", "hätte", "hätten",
    "will", "wollte", "wollen", "wollten", "soll", "sollte", "sollen", "sollten", "muss", "musste", "müssen",
    "mussten", "kann", "konnte", "können", "konnten", "darf", "durfte", "dürfen", "durften", "möchte", "möchten"})
ARTICLES = frozenset(DEFINITE_DE | INDEFINITE_DE)
WITH_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# words that open a German main clause's prefield without being its subject: prepositions of a fronted adverbial
# ("Am Montag", "Nach der Sitzung") and adverbs ("Dabei", "Gestern"); after them the finite verb comes second
# and the subject follows it
FRONTED_DE = frozenset("""
am an im in nach vor bei beim mit seit auf zu zum zur während wegen trotz über unter für gegen vom von aus durch bis
ab ende anfang mitte laut angesichts dabei dann damit daraufhin danach darauf gestern heute morgen zuvor zudem
außerdem auch später erneut nun jetzt bereits zuletzt deshalb daher dort hier inzwischen indes unterdessen jedoch
allerdings trotzdem dennoch anschließend zunächst schließlich ebenfalls kürzlich jüngst vergangene vergangenen
letzte letzten vorige vorigen bislang bisher erst gleichzeitig zugleich ausdrücklich mehrfach wiederholt
""".split())
MAX_PREFIELD = 8               # tokens before the finite verb ("Am Rande des Gipfels in Brüssel am Montag")
MAX_NOUN_PHRASE_OPENER = 4     # "Die Ex-Grünen-Vorsitzende", "Der Berliner Anwalt Dr." before the name


def _opener(toks: list[Token], start: int, end: int) -> bool:
    """toks[start:end] is at most an article and titles (capitalised words) before a name."""
    if end - start > MAX_NOUN_PHRASE_OPENER:
        return False
    return all(t.lower in ARTICLES or (t.text[:1].isupper() and t.text[-1:].isalpha()) for t in toks[start:end])


def _person(first: int, last: int) -> Mention:
    return Mention(first, last, None, None, False, False, person=True, named=True)


def _taken(span: tuple[int, int], *parties: Mention | None) -> bool:
    return any(m is not None and m.first <= span[1] and span[0] <= m.last for m in parties)


def _inverted_subject(toks: list[Token], c: Coded, people: list[tuple[int, int]]) -> Mention | None:
    """The person who is the subject of a German main clause that puts the finite verb before it: a fronted
    phrase, then the finite verb (the trigger itself or a "haben"/modal auxiliary before it), then the name
    ("Am Montag kritisierte Julia Klöckner ...", "Gestern hat Julia Klöckner ... kritisiert"). Only where roles
    found no actor, or one that stands after the name (the object: a subject comes first in the middle field);
    with an article or titles between verb and name only in that second case ("die Polizei Julia K." has the
    subject first). Never after a form of "werden" or "sein" (a passive's subject is acted on)."""
    s0, s1 = c.segment
    first = c.trigger[0]
    verbs = [first] + [k for k in range(s0 + 1, first) if toks[k].lower in AUXILIARIES]
    if toks[s0].lower not in FRONTED_DE:
        return None          # the clause may open with its subject ("Der AStA wies Luckes Kritik zurück")
    for v in verbs:
        if v == s0 or v > s0 + MAX_PREFIELD or any(s0 <= a < v for a, _ in people):
            continue         # V1, or a name before the verb (the subject: "Die Ex-Vorsitzende Ricarda Lang ...")
        for a, b in people:
            if a <= v or b >= s1:
                continue
            if c.actor is None and a != v + 1:
                break
            if c.actor is not None and not (c.actor.first > b and _opener(toks, v + 1, a)):
                break
            if v != first and b >= first:
                break        # an auxiliary's subject stands inside its bracket, before the trigger
            return _person(a, b)
    return None


def fill(c: Coded, toks: list[Token], people: list[tuple[int, int]]) -> Coded:
    """``c`` with a person of ``people`` (token spans of the sentence's PER entities, in order) as its actor or
    recipient where the slot is empty and the word order names the role."""
    s0, s1 = c.segment
    first = c.trigger[0]
    if not people or (c.actor is not None and c.target is not None) or not toks[first].text[:1].islower():
        return c     # a noun's event ("Evangelista hat die Morde untersucht") is not done by the verb's subject
    actor, target = c.actor, c.target
    inverted = _inverted_subject(toks, c, people)
    if inverted is not None:
        # German V2 with the subject after the finite verb: the name right after it is who acts, and a party
        # that roles took as the actor further on is the object ("Am Montag kritisierte Julia Klöckner die
        # Regierung": not the Regierung's criticism)
        if actor is not None and target is None:
            target = actor
        return replace(c, actor=inverted, target=target)
    if actor is None:
        for a, b in people:
            if not (s0 <= a and b < first) or _taken((a, b), target, c.location):
                continue
            opens = s0 == 0 or toks[s0 - 1].text in (":", ";")     # not a list's last name ("..., Herbert X")
            if opens and _opener(toks, s0, a) and (b + 1 == first or toks[b + 1].lower in AUXILIARIES):
                actor = _person(a, b)
            break      # only the clause's first name can be its subject
    if target is None and actor is not None:
        for a, b in people:
            if not (s0 <= a <= b < s1) or a <= actor.last or _taken((a, b), actor, c.location):
                continue
            if a == actor.last + 1 or any(t.text == "," for t in toks[actor.last + 1:min(a, first)]):
                break      # the actor's own name after its title ("CDU-Generalsekretär Volker Kauder"), or an
                #            actor in a clause of its own before the verb, whose subject may follow it
            # the name right after the trigger verb, or inside the verb bracket of the actor's auxiliary
            after_verb = a > first and (_opener(toks, first + 1, a) or (
                c.type in WITH_TYPES and toks[a - 1].lower == "mit"
                and _opener(toks, first + 1 + (toks[first + 1].lower == "sich"), a - 1)))
            bracket = b < first and any(toks[k].lower in AUXILIARIES and _opener(toks, k + 1, a)
                                        for k in range(max(actor.last + 1, a - MAX_NOUN_PHRASE_OPENER - 1), a))
            if after_verb or bracket:
                target = _person(a, b)
            break      # the first name after the actor is the object, or none is
    if actor is c.actor and target is c.target:
        return c
    return replace(c, actor=actor, target=target)
