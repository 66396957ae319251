"""Trigger lexicons (data/triggers_*.tsv) compiled into a small pattern matcher."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress
from operator import attrgetter, itemgetter
from pathlib import Path

from .tokens import Token, lemma, vocabulary

DATA = Path(__file__).parent / "data"
GAP = 6          # words a ".." in a pattern may skip
CLAUSE_BREAKS = {",", ";", ":", "(", ")"}
PARTICLES = {"ab", "an", "auf", "aus", "ein", "zu", "zurück", "vor", "fest", "frei", "bereit", "nach",
             "zusammen", "mit", "fort", "her", "hin", "los", "um",
             "bei"}    # "sprangen ihrer Parteivorsitzenden ebenfalls bei", "legten den Streit bei" (dev8)
GAP_DE = 10      # German puts the verb at the end of the clause: "Beziehungen ... (zehn Wörter) ... abgebrochen"
# A separable particle ends its clause, however long the middle field ("billigten dem Iran ... das Recht
# zur friedlichen Nutzung der Kernenergie zu"); the clause end keeps the longer reach precise.
GAP_PARTICLE = 20
# Predicative words that close the bracket of their verb at the end of the clause like a final verb ("machen die
# größte Oppositionspartei „Koalition für Einheit und Entwicklung“ (CUD) für die Eskalation der Gewalt
# verantwortlich", "sprach den Angeklagten ... schuldig").
BRACKET_CLOSERS_DE = {"verantwortlich", "mitverantwortlich", "schuldig", "haftbar"}
# Endings of inflected German attributive adjectives: a comma between two of them with the same ending is a list of
# attributes of one noun ("weitere wirtschaftliche, politische und militärische Hilfe"), no clause break.
_ADJ_ENDINGS_DE = ("en", "er", "es", "em", "e")      # longest first
_NOT_ADJ_DE = {"diese", "dieser", "dieses", "diesem", "diesen", "jene", "jener", "welche", "welcher", "welches",
               "welchem", "welchen", "seine", "seiner", "seinen", "seinem", "seines", "ihre", "ihrer", "ihren", "ihrem",
               "ihres", "keine", "keiner", "keinen", "keinem", "eine", "einer", "einen", "einem", "eines", "meine",
               "unsere", "unserer", "andere", "anderen", "aber", "oder", "sondern", "wieder", "immer", "unter", "hinter",
               "über", "wenn", "denen", "deren", "dessen", "alle", "allen", "aller", "beide", "beiden", "sie", "wie"}


def _adjective_list_de(toks: list[Token], k: int) -> bool:
    """The comma at k stands between two inflected attributive adjectives with the same ending ("wirtschaftliche,
    politische und militärische Hilfe", "große, schwere Strafe"): a list of attributes inside one noun phrase,
    which a gap may cross. Verbs ("streikten, forderten") have a lemma in -n; articles and pronouns are listed."""
    if k == 0 or k + 1 >= len(toks):
        return False
    a, b = toks[k - 1], toks[k + 1]
    if not (a.text.isalpha() and b.text.isalpha() and a.text.islower() and b.text.islower()
            and len(a.text) > 4 and len(b.text) > 4 and a.lower not in _NOT_ADJ_DE and b.lower not in _NOT_ADJ_DE):
        return False
    end = next((e for e in _ADJ_ENDINGS_DE if a.lower.endswith(e)), None)
    return end is not None and b.lower.endswith(end) and not a.lemma.endswith("n") and not b.lemma.endswith("n") \
        and a.lemma != a.lower and b.lemma != b.lower


@dataclass(frozen=True, slots=True)
class Entry:
    type: str
    mode: str | None
    parts: tuple[str, ...]
    weight: int


@dataclass(frozen=True, slots=True)
class Hit:
    entry: Entry
    first: int       # token index of the first matched part
    last: int        # token index of the last matched part
    head: int        # token index that carries the trigger (first part)


# German case and plural endings a compound keeps when simplemma does not know it
# ("Wirtschaftssanktionen", "Luftangriffe", "Bombenanschlägen" is not reduced: umlaut plurals stay unmatched).
_COMPOUND_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern")


def _compound_splits(word: str, tail_lengths) -> Iterator[tuple[str, str]]:
    """(first member, head) of the word for each head length (ascending), with or without a case or
    plural ending after the head ("wirtschaftssanktionen" -> ("wirtschafts", "sanktion"), ...)."""
    for x in _COMPOUND_ENDINGS:
        if x and not word.endswith(x):
            continue
        core = len(word) - len(x)
        for k in tail_lengths:
            if k > core:
                break
            yield word[:core - k], word[core - k:core]


def _first_member(head: str) -> bool:
    """A compound's first member is a word of its own (four letters, or a hyphen: "EU-"), not a prefix."""
    return len(head) >= 4 or (head.endswith("-") and len(head) >= 2)


def _element_matches(el: str, tok: Token) -> bool:
    if el.endswith("*") and len(el) > 1:
        stem = el[:-1]
        return tok.lower.startswith(stem) or tok.lemma.startswith(stem)
    if el.startswith("*") and len(el) > 1:
        # compounds only: the bare word is listed separately; the first member is a word of its own
        # (four letters or a hyphen: "Luftangriff", "EU-Sanktionen"), not a prefix ("Vereinigung", "Anklage")
        tail = el[1:]
        return any(t == tail and _first_member(head)
                   for word in (tok.lower, tok.lemma) for head, t in _compound_splits(word, (len(tail),)))
    return el == tok.lemma or el == tok.lower


_COORDINATORS = {"und", "oder", "aber", "sowie", "doch", "sondern"}


def _coordination_follows(toks: list[Token], k: int) -> bool:
    """A conjunction at k opens the next clause after a particle ("wies die Vorwürfe zurück und verteidigte
    ..."), not a fixed pair ("ab und zu", "nach und nach", "hin und her", "an und für sich")."""
    if toks[k].lower not in _COORDINATORS or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].lower
    return nxt not in PARTICLES and nxt not in ("für", "weg", "her", "hin") and toks[k + 1].text[:1].isalpha()


# A matched-string cache grows with every new word; past this many entries (pages of junk text) it starts over.
_MAX_CACHED = 100_000


def _filled(values: list, cache: dict, keys: list, make) -> list:
    """``values`` (looked up in ``cache`` by ``keys``) with each missing one made by ``make(k)`` and cached."""
    if None in values:
        if len(cache) > _MAX_CACHED:
            cache.clear()
        for k, value in enumerate(values):
            if value is None:
                values[k] = cache[keys[k]] = make(k)
    return values


class Lexicon:
    def __init__(self, entries: list[Entry], gap: int = GAP, nouns_capitalised: bool = False) -> None:
        self.entries = entries
        self.gap = gap
        # German: a capitalised word inside a sentence is a noun, so where its form looks like an
        # infinitive and its lemma is another word, it matches by that lemma only, never as the
        # verb its lowercased form spells: "den Preisen" (prices) is no "preisen" (praise), "des
        # Schützen" (gunman) no "schützen"; "zum Tode" or "Prozess" keep their listed forms
        self.nouns_capitalised = nouns_capitalised
        self.by_first: dict[str, list[Entry]] = {}
        self.wild: list[Entry] = []
        self._wild_cache: dict[tuple[str, str], list[Entry]] = {}
        self._cands_cache: dict[tuple[str, ...], Plan] = {}
        # the tokenizer's matched string -> its word's plan (English), or its entry (German: _raw_entry_de)
        self._raw_plans: dict[str, Plan | tuple[Plan, Plan]] = {}
        for e in entries:
            first = e.parts[0]
            if "*" in first:
                self.wild.append(e)
            else:
                self.by_first.setdefault(first, []).append(e)
        # one regular expression says whether a word can start any wildcard pattern at all
        prefixes = sorted({e.parts[0][:-1] for e in self.wild if e.parts[0].endswith("*")})
        suffixes = sorted({e.parts[0][1:] for e in self.wild if e.parts[0].startswith("*")})
        self._prefix_any = re.compile("|".join(re.escape(p) for p in prefixes) or "(?!)")
        # compound heads are looked up by the word's tails (a regex of hundreds of "x$" is slow)
        self._suffix_lens = sorted({len(x) for x in suffixes})
        self._prefix_entries = [e for e in self.wild if not e.parts[0].startswith("*")]
        self._by_tail: dict[str, list[Entry]] = {}
        for e in self.wild:
            if e.parts[0].startswith("*"):
                self._by_tail.setdefault(e.parts[0][1:], []).append(e)
        # each pattern with the plain words and prefixes its later parts need, shared by every word's candidates
        self._with_needs = {id(e): (e, self._needs(e)) for e in entries}
        # the prefixes of later parts ("launch .. attack*", "water cannon*"), by which a word's marks are found
        self._later_prefixes = frozenset(el[:-1] for e in entries for el in e.parts[1:] if _prefix_element(el))
        self._later_prefix_lens = tuple(sorted({len(p) for p in self._later_prefixes}))
        # every word some longer pattern needs: the only words of a sentence find() asks its vocabulary about
        self.needed_words = frozenset().union(*(needs for _, needs in self._with_needs.values() if needs))
        # German: a capitalised word in -en inside the sentence is read as a noun and looked up by its lemma
        # (find), so a longer pattern that opens with a plural noun ("beziehungen .. abbrechen", "waffen ..
        # niederlegen", "informationen .. austauschen") is also offered under that plural; a first word whose
        # lowercase lemma is itself ("stellen", "räumen": verbs) is not a plural noun
        self._plural_first: dict[str, tuple[tuple[Entry, frozenset[str] | None], ...]] = {}
        if nouns_capitalised:
            for first, es in self.by_first.items():
                longer = [e for e in es if len(e.parts) > 1]
                if longer and first.isalpha() and first.endswith(_VERB_END) and lemma(first, "de") != first:
                    self._plural_first[first] = tuple(self._with_needs[id(e)] for e in longer)

    def _rest(self, parts: tuple[str, ...], toks: list[Token], i: int) -> int | None:
        """Index of the last token matching parts[1:] from token i on, or None."""
        j = i
        gap = False
        n = len(toks)
        german = self.nouns_capitalised
        for el in parts[1:]:
            if el == "..":
                gap = True
                continue
            final_verb = gap and german and (el.endswith(_VERB_END) and el.isalpha() or el in BRACKET_CLOSERS_DE)
            reach = (GAP_PARTICLE if el in PARTICLES or final_verb else self.gap) if gap else 0
            particle = gap and el in PARTICLES
            # _element_matches, inlined for its two common kinds: a plain word (by lemma or form), a prefix ("x*")
            prefix = el[:-1] if len(el) > 1 and el.endswith("*") else None
            plain = prefix is None and "*" not in el
            inside = 0           # German: inside a short bracket ("Nationalpolizei (ANP) eingesetzt"), passed over
            for k in range(j + 1, min(j + 2 + reach, n)):
                if inside:
                    inside -= 1
                    continue
                tok = toks[k]
                text = tok.text
                if german and text == "(" and gap:
                    close = next((m for m in range(k + 1, min(k + 5, n)) if toks[m].text == ")"), None)
                    if close is not None:
                        inside = close - k
                        continue
                if text in CLAUSE_BREAKS and not (german and text == "," and toks[k - 1].text.isdigit()
                                                  and k + 1 < n and toks[k + 1].text.isdigit()) \
                        and not (german and gap and text == "," and _adjective_list_de(toks, k)):
                    return None          # a pattern does not reach across a comma (one in a list of numbers is none)
                if gap and not german and tok.lower == "into" and el != "into":
                    return None          # English "launched a probe into the attack": the gap's noun has its own
                    # complement, the pattern's last word belongs to it, not to the verb ("launch .. attack")
                if particle:
                    # a separable particle is the word itself at the end of its clause ("zog ... ab.");
                    # right after its word it is a preposition ("schossen auf", "pochen auf")
                    if tok.lower == el and (k + 1 == n or not toks[k + 1].text[:1].isalnum()
                                            or _coordination_follows(toks, k + 1)):
                        j = k
                        break
                    continue
                if plain:
                    matched = el == tok.lemma or el == tok.lower
                elif prefix is not None:
                    matched = tok.lower.startswith(prefix) or tok.lemma.startswith(prefix)
                else:
                    matched = _element_matches(el, tok)
                if matched and (not final_verb or k - j <= self.gap or k + 1 == n
                                or not toks[k + 1].text[:1].isalnum()):
                    # a German verb at the end of its clause closes the bracket its pattern opened, however long
                    # the middle field ("muss sich wegen Mordes vor einem Gericht in ... Los Angeles verantworten")
                    j = k
                    break
            else:
                return None
            gap = False
        return j

    def _wild_for(self, tok: Token) -> list[Entry]:
        """Compound and prefix patterns a word starts, cached per (form, lemma): news repeats its words."""
        key = (tok.lower, tok.lemma)
        found = self._wild_cache.get(key)
        if found is None:
            if len(self._wild_cache) > _MAX_CACHED:
                self._wild_cache.clear()
            found = self._wild_of(tok)
            self._wild_cache[key] = found
        return found

    def _wild_of(self, tok: Token) -> list[Entry]:
        ids: set[int] = set()
        if self._prefix_any.match(tok.lower) or self._prefix_any.match(tok.lemma):
            ids.update(id(e) for e in self._prefix_entries if _element_matches(e.parts[0], tok))
        for word in {tok.lower, tok.lemma}:
            for head, tail in _compound_splits(word, self._suffix_lens):
                found = self._by_tail.get(tail)
                if found and _first_member(head):
                    ids.update(id(e) for e in found)
        return [e for e in self.wild if id(e) in ids] if ids else []

    def _cands(self, key: tuple[str, ...]) -> Plan:
        """The Plan of the patterns a word (lower, lemma) can start, in matching order (by lemma, by form,
        wildcards), each with the plain words its later parts need (None for a one-word pattern). A German
        plural read by its lemma (find) has a third part, its form: the longer patterns it opens follow."""
        lower, lem = key[:2]
        found = self.by_first.get(lem, []) + (self.by_first.get(lower, []) if lower != lem else [])
        found = found + self._wild_of(Token(0, 0, lower, lower, lem))
        cands = tuple([self._with_needs[id(e)] for e in found]) + (self._plural_first[key[2]] if len(key) > 2 else ())
        # no new objects but the key where a word starts nothing (most words): a cache that
        # fills with objects makes the garbage collector's full passes come sooner
        out = _plan(cands)
        if len(self._cands_cache) > _MAX_CACHED:
            self._cands_cache.clear()
        self._cands_cache[key] = out
        return out

    def _plan(self, key: tuple[str, ...]) -> Plan:
        plan = self._cands_cache.get(key)
        return self._cands(key) if plan is None else plan

    @staticmethod
    def _needs(e: Entry) -> frozenset[str] | None:
        """Words (lemma or form) a sentence must hold for the later parts of ``e`` to match: each
        part without a wildcard matches only a token whose lemma or form it is, and a prefix part ("attack*") only
        a token whose lemma or form starts with it, which the sentence's vocabulary marks by that part (marks)."""
        if len(e.parts) == 1:
            return None
        return frozenset(el for el in e.parts[1:] if el != ".." and ("*" not in el or _prefix_element(el)))

    def marks(self, word: str) -> tuple[str, ...]:
        """The prefix parts of later parts ("attack*") that ``word`` (a form or a lemma) starts: a sentence's
        vocabulary holds them beside its words (no word holds a "*"), so find() passes over the patterns whose
        prefix part no word of the sentence can match (most of the tries of "launch .. attack*", "air strike*")."""
        prefixes = self._later_prefixes
        return tuple(word[:k] + "*" for k in self._later_prefix_lens if k <= len(word) and word[:k] in prefixes)

    def vocabulary(self, toks: list[Token]) -> set[str]:
        """The forms and lemmas of a sentence's words with their marks: what find() tests the needs against."""
        words = vocabulary(toks)
        words.update(m for t in toks for w in {t.lower, t.lemma} for m in self.marks(w))
        return words

    def find(self, toks: list[Token], raws: list[str] | None = None, vocab: set[str] | frozenset[str] | None = None,
             entries: list | None = None) -> list[Hit]:
        """The trigger matches of a sentence's tokens (or Words). ``raws``: the strings the tokenizer matched,
        one per token (tokens.words), by which an English word's plan is cached: its form and lemma, the plan's
        key, follow from that string. ``vocab``: the sentence's vocabulary where the caller has it (at least the
        forms, lemmas and marks among ``needed_words``: see vocabulary). ``entries``: each word's word_entry where the caller has them
        (scan.scan keeps them with the words)."""
        # four words in five start no pattern: their plans are looked up in C (map), and Python visits
        # only the words that start one
        if entries is not None:
            plans = self._plans_of_entries_de(toks, entries) if self.nouns_capitalised else list(entries)
        elif self.nouns_capitalised and raws is not None:
            plans = self._plans_de(toks, raws)
        elif self.nouns_capitalised:
            keys = self._keys_de(toks)
            plans = list(map(self._cands_cache.get, keys))
        elif raws is not None:
            plans = _filled(list(map(self._raw_plans.get, raws)), self._raw_plans, raws,
                            lambda k: self._plan((toks[k].lower, toks[k].lemma)))
        else:
            plans = list(map(self._cands_cache.get, zip(map(_LOWER, toks), map(_LEMMA, toks))))
        if None in plans:
            if not self.nouns_capitalised:
                keys = list(zip(map(_LOWER, toks), map(_LEMMA, toks)))
            for k, plan in enumerate(plans):
                if plan is None:
                    plans[k] = self._cands_cache.get(keys[k]) or self._cands(keys[k])
        hits = []
        words = vocab        # the sentence's forms and lemmas, built when a longer pattern needs them
        # (a word's entry has no plan where its text opens with no letter or digit: word_entry)
        alnum_known = entries is not None
        for i in compress(range(len(toks)), plans):
            if not alnum_known and not toks[i].text[:1].isalnum():
                continue
            cands, order, anchored, anchors = plans[i]
            if anchored:
                if words is None:
                    words = self.vocabulary(toks)
                if words and not words.isdisjoint(anchors):
                    order = sorted(chain(order, *(anchored[w] for w in anchors & words)))
            for j in order:
                e, needs = cands[j]
                if needs is None:
                    hits.append(Hit(e, i, i, i))
                    continue
                if needs and not needs <= words:
                    continue     # a later part has no token to match: _rest would fail
                last = self._rest(e.parts, toks, i)
                if last is not None:
                    hits.append(Hit(e, i, last, i))
        return hits

    def _plans_de(self, toks: list[Token], raws: list[str]) -> list[Plan]:
        """German plans by the tokenizer's matched strings, as _keys_de reads them: each string caches the plan
        of its word's (form, lemma) and, for a word _keys_de reads as a noun wherever it is not the sentence's
        first (capitalised, an infinitive's ending, a lemma of its own), the plan of its noun key; only those
        words are then visited in Python."""
        entries = _filled(list(map(self._raw_plans.get, raws)), self._raw_plans, raws,
                          lambda k: self._raw_entry_de(toks[k]))
        return self._plans_of_entries_de(toks, entries)

    def _plans_of_entries_de(self, toks: list[Token], entries: list[tuple[Plan, Plan]]) -> list[Plan]:
        """The sentence's plans from its words' German entries (_raw_entry_de): each word's plan after the
        sentence's first word (a noun-like word's noun plan), and the first word's own plan."""
        plans = list(map(_LATER_PLAN, entries))
        first = 0 if toks and toks[0].text[:1].isalnum() else \
            next((k for k, tok in enumerate(toks) if tok.text[:1].isalnum()), None)
        if first is not None:
            plans[first] = entries[first][0]     # (words before it open with no letter: no noun-like word)
        return plans

    def word_entry(self, tok: Token) -> Plan | tuple[Plan, Plan]:
        """What find() keeps of a word, whatever its place: its plan (English), or its German entry (_raw_entry_de);
        a word whose text opens with no letter or digit starts no match (find), so its plan is empty."""
        if not tok.text[:1].isalnum():
            return ((), ()) if self.nouns_capitalised else ()
        return self._raw_entry_de(tok) if self.nouns_capitalised else self._plan((tok.lower, tok.lemma))

    def _raw_entry_de(self, tok: Token) -> tuple[Plan, Plan]:
        """(plan of the word's form and lemma, its plan after the sentence's first word: for a word _keys_de reads
        as a noun there, the plan of that noun key)."""
        plan = self._plan((tok.lower, tok.lemma))
        if not (tok.text[:1].isalnum() and tok.text[:1].isupper() and tok.lemma != tok.lower
                and tok.lower.endswith(_VERB_END)):
            return plan, plan
        key = (tok.lemma, tok.lemma, tok.lower) if tok.lower in self._plural_first else (tok.lemma, tok.lemma)
        return plan, self._plan(key)

    def _keys_de(self, toks: list[Token]) -> list[tuple[str, ...]]:
        """German: a capitalised word inside the sentence whose form looks like an infinitive (-en) is a noun
        and looked up by its lemma (see __init__), with its form where that form opens longer patterns as a
        plural ("die Beziehungen ... abbrechen")."""
        keys: list[tuple[str, ...]] = []
        opening = True       # no word yet: the sentence's first word is capitalised whatever it is
        for tok in toks:
            key = (tok.lower, tok.lemma)
            if tok.text[:1].isalnum():
                if (not opening and tok.text[:1].isupper() and tok.lemma != tok.lower
                        and tok.lower.endswith(_VERB_END)):
                    key = (tok.lemma, tok.lemma, tok.lower) if tok.lower in self._plural_first \
                        else (tok.lemma, tok.lemma)
                opening = False
            keys.append(key)
        return keys


_LOWER = attrgetter("lower")
_LEMMA = attrgetter("lemma")
_LATER_PLAN = itemgetter(1)      # of a German string's entry (Lexicon._raw_entry_de)


# What a word's patterns need of the sentence: (candidates, the indices of those to try in every sentence,
# a needed word -> the indices of those that need it, the set of those needed words; () where the word starts
# nothing). A common verb starts
# dozens of longer patterns ("release", "move", "air"), and in nine sentences of ten each lacks a word it needs:
# indexing them by one of those words (the longest, which is rarer) passes over them without a loop.
Plan = tuple


def _plan(cands: tuple) -> Plan:
    if not cands:
        return ()
    always: list[int] = []
    anchored: dict[str, list[int]] = {}
    for j, (_, needs) in enumerate(cands):
        if needs:
            anchored.setdefault(max(needs, key=lambda w: (len(w), w)), []).append(j)
        else:
            always.append(j)
    return cands, tuple(always), {w: tuple(js) for w, js in anchored.items()} or None, frozenset(anchored) or None


def _prefix_element(el: str) -> bool:
    """A pattern part that matches the words it starts ("attack*"), as _rest reads it."""
    return len(el) > 1 and el.endswith("*") and "*" not in el[:-1]


def _read(path: Path) -> list[Entry]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        typ, mode, pattern, weight = line.split("\t")
        out.append(Entry(typ, None if mode == "-" else mode, tuple(pattern.lower().split()), int(weight)))
    return out


# German verb particles that split off in main clauses ("nahmen ... fest", "griff ... an").
SEPARABLE = ("zurück", "zusammen", "fest", "frei", "fort", "los", "ab", "an", "auf", "aus", "ein", "vor",
             "nach", "zu", "mit", "um", "bereit")
_VERB_END = ("en", "ern", "eln")
# Compounds of German nouns: a noun trigger of at least this many letters also codes its compounds.
COMPOUND_MIN = 5


def expand(entries: list[Entry], lang: str) -> list[Entry]:
    """Patterns the language derives from the listed ones, so that a trigger needs listing once:
    German separable verbs in main-clause order ("festnehmen" -> "nehmen .. fest"), compounds of
    nouns ("Anschlag" -> "Bombenanschlag", "Sanktion" -> "Wirtschaftssanktionen") and "ss" for "ß"
    (simplemma writes "erschiessen" for "erschoss"; Swiss texts write "Strasse", "Massnahmen" in phrases too)."""
    if lang != "de":
        return entries
    have = {(e.type, e.parts) for e in entries}
    first = {e.parts[0] for e in entries}
    out = list(entries)

    def add(e: Entry, parts: tuple[str, ...], weight: int) -> None:
        if (e.type, parts) not in have:
            have.add((e.type, parts))
            out.append(Entry(e.type, e.mode, parts, weight))

    for e in entries:
        if len(e.parts) > 1 and any("ß" in p for p in e.parts):
            # Swiss spelling of a phrase ("Massnahmen ergreifen", "schliesst ... aus", "auf die Strasse")
            add(e, tuple(p.replace("ß", "ss") for p in e.parts), e.weight)
        if len(e.parts) != 1 or "*" in e.parts[0] or "-" in e.parts[0]:
            continue
        w = e.parts[0]
        if "ß" in w:
            add(e, (w.replace("ß", "ss"),), e.weight)
        if w.endswith(_VERB_END):
            if lemma(w, "de") != w:
                continue     # a participle ("freigelassen") does not split
            for p in SEPARABLE:
                rest = w[len(p):]
                if w.startswith(p) and len(rest) >= 5 and rest.endswith(_VERB_END) and not rest.startswith("zu"):
                    add(e, (rest, "..", p), e.weight)
                    break
        elif len(w) >= COMPOUND_MIN and w.isalpha() and not w.endswith(("t", "te", "ten", "st")) and "*" + w not in first:
            # a compound not listed may name something else ("Müllnotstand"): one step lighter
            add(e, ("*" + w,), max(1, e.weight - 1))
    return out


@lru_cache(maxsize=4)
def load(lang: str) -> Lexicon:
    return Lexicon(expand(_read(DATA / f"triggers_{lang}.tsv"), lang), GAP_DE if lang == "de" else GAP,
                   nouns_capitalised=lang == "de")
