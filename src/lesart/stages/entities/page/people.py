"""Page rules for people's names: first names, surnames, titles, name particles, genitives.

- ``first_names``: a capitalised word right before a person's surname that the page writes before
  that surname at least twice, or that the first-name list knows, is the person's first name
  ("Rom Braslavski" twice: no Rome; "Imelda Marcos"), or that is a name's word before a surname the page
  writes after another given name ("die Imelda Marcos" beside "Ferdinand Marcos"); a lone first name
  before a word the page tags as a person's surname takes the surname ("Karsten" + "Haustein");
- ``surnames_after``, ``name_particles``, ``titled_names``: a surname the page tags alone joins the name
  before it, "von"/"van der" join two halves, a title the model ran into a name is cut off;
- ``genitive_heads``: a German place's or person's genitive before a common noun is the genitive alone;
- ``first_words_of_names``: a first name the text continues into a person's longer name of the page is that
  name; ``organisation_genitives``: German "Mozillas" beside "Mozilla" ORG is the body; ``party_members``:
  English "Democrats" PER is MISC.
"""
from __future__ import annotations

import re
from collections import Counter

from ..features import gazetteer_flags

def _person_words(text: str, ents: list[list]) -> set[str]:
    """The words of the page's multi-word person names."""
    out: set[str] = set()
    for s, e, lab, _ in ents:
        if lab == "PER" and " " in text[s:e]:
            out.update(text[s:e].split())
    return out


# Titles and forms of address before a name ("Papst Leo", "Herr Voigt", "Prince Andrew"): not the name's.
_TITLES_EN = frozenset("Prince Princess King Queen Pope Lord Lady Sir Dame Duke Duchess Earl Count Emperor Sheikh "
                       "Mr Mrs Ms Dr President Governor Senator Judge Justice Saint Father Brother Sister Uncle "
                       "Aunt Coach Chancellor Minister Premier Mayor General Captain".split())
_TITLE_ENDINGS = ("präsident", "präsidentin", "minister", "ministerin", "chef", "chefin", "kanzler", "kanzlerin",
                  "meister", "meisterin", "regierung", "sprecher", "sprecherin", "direktor", "direktorin")


def _title_or_common(word: str) -> bool:
    """A title or form of address, or a word the English news text writes mostly in lowercase ("Black Friday",
    "Pro Max")."""
    from ..merge import OFFICE_TITLES
    from ..model import load_casing

    if word in OFFICE_TITLES or word in _TITLES_EN or word.lower().endswith(_TITLE_ENDINGS):
        return True
    counts = load_casing("en").get(word.lower())
    return counts is not None and counts[0] > counts[1]


# 'From January to June Comelf exported ...' (CoNLL): a month is no first name before an untagged name
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "januar februar märz mai juni juli oktober dezember".split())


def _untagged_after_a_word(text: str, ents: list[list], context, names: set[str]) -> list[list]:
    """[start, end, "PER", None, start] for each mention of one of ``names`` that no entity covers and that
    follows a capitalised word (untagged, or a one-word entity of its own)."""
    if not names:
        return []
    tokens, words = context.tokens, context.words
    covered = set()
    for x in ents:
        j = context.start_of.get(x[0])
        while j is not None and j < len(tokens) and tokens[j][0] < x[1]:
            covered.add(j)
            j += 1
    out = []
    for i in range(1, len(words)):
        if words[i] in names and i not in covered and words[i - 1][:1].isupper() \
                and words[i - 1].lower() not in _MONTHS and text[tokens[i - 1][1]:tokens[i][0]] == " " \
                and not (i + 1 < len(words) and words[i + 1][:1].isupper()
                         and text[tokens[i][1]:tokens[i + 1][0]] == " "):
            # (not inside a longer name: '2019 American Music Awards')
            out.append([tokens[i][0], tokens[i][1], "PER", None, tokens[i][0]])
    return out


def first_names(text: str, ents: list[list], context, lang: str = "de") -> None:
    """See the module's doc. Only words the page does not write in lowercase, no stopwords."""
    pers = [x for x in ents if x[2] == "PER"]
    if not pers:
        return
    words, tokens, start_of = context.words, context.tokens, context.start_of
    flags = gazetteer_flags()
    surnames = {text[x[0]:x[1]] for x in pers if " " not in text[x[0]:x[1]]}
    surnames |= {text[x[0]:x[1]].rpartition(" ")[2] for x in pers if " " in text[x[0]:x[1]]}
    by_start = {x[0]: x for x in ents}
    ends = {x[1] for x in ents}
    # The one-word persons' untagged mentions right after a capitalised word: "Rom Braslavski" twice with
    # Braslavski a person elsewhere on the page but never here (the model read Rom as Rome and stopped);
    # such a mention becomes a person only if the rules below give it its first name.
    provisional = _untagged_after_a_word(text, ents, context, surnames - _person_words(text, ents))
    # pairs "W S" with S a one-word person: how often the page writes W right before S
    pairs: Counter = Counter()
    inside: Counter = Counter()     # ... the pairs inside a sentence
    cands, initial = [], []
    for x in pers + provisional:
        i = start_of.get(x[0])
        if i is None or i == 0 or " " in text[x[0]:x[1]]:
            continue
        ps, pe = tokens[i - 1]
        if text[pe:x[0]] != " ":
            continue
        w = words[i - 1]
        if not (w[:1].isupper() and w[1:].islower() and w.isalpha()) or context.is_common_word(w) \
                or _title_or_common(w):
            continue
        pairs[(w, text[x[0]:x[1]])] += 1
        if i - 1 in context.initial and "first" not in flags.get(w, ()):
            initial.append((x, i - 1, w))   # "Berlin. Rom Braslavski wurde ...": only beside "war Rom Braslavski"
            continue
        inside[(w, text[x[0]:x[1]])] += 1
        cands.append((x, i - 1, w))
    cands += [c for c in initial if inside[(c[2], text[c[0][0]:c[0][1]])]]
    drop = set()
    # surnames the page writes after a given name ("Ferdinand Marcos"): a name-like word once before one
    # of them is another given name of that family ("die Imelda Marcos")
    full = {text[x[0]:x[1]].rpartition(" ")[2] for x in pers if " " in text[x[0]:x[1]]}
    tags = None
    for x, j, w in cands:
        surname = text[x[0]:x[1]]
        if "first" not in flags.get(w, ()) and (pairs[(w, surname)] < 2 or (
                surname.endswith("s") and surname[:-1] in surnames)):
            if lang != "de" or surname not in full or j in context.initial:     # (HanTa's tags: German)
                continue              # once only; or a noun before a genitive ("die Festnahme Maduros")
            if tags is None:
                from ..model import load_word_tags
                tags = load_word_tags("de")
            if tags.get(w, "NE") != "NE" or w in full:
                continue              # a common noun ("die Witwe Marcos"), or another person's surname
        ps = tokens[j][0]
        other = by_start.get(ps)
        if other is None and tokens[j][1] in ends:
            continue                  # an entity ends on the word: part of another name
        if len(x) > 4 and "first" not in flags.get(w, ()) and (other is None or other[2] != "LOC"):
            continue                  # an untagged mention: only after a first name or a place's name ("Rom")
        if other is not None:
            if other[1] != tokens[j][1] or other[2] not in ("LOC", "PER") or (other[3] and other[3][:1] != "g"):
                continue              # a country or a longer name before it: leave both
            drop.add(id(other))       # "Rom" (Rome) of "Rom Braslavski"
        x[0] = ps
    ents += [x for x in provisional if x[0] != x[4]]
    for x in provisional:
        del x[4:]
    # a lone first name right before a surname the page tags as a person's ("Karsten" + "Haustein")
    for x in pers:
        name = text[x[0]:x[1]]
        if " " in name or "first" not in flags.get(name, ()):
            continue
        i = start_of.get(x[0])
        if i is None or i + 1 >= len(words) or text[x[1]:tokens[i + 1][0]] != " ":
            continue
        s = words[i + 1]
        if s in surnames and s != name and tokens[i + 1][0] not in by_start:
            x[1] = tokens[i + 1][1]
    if drop:
        ents[:] = [x for x in ents if id(x) not in drop]


def _titled_or_first(text: str, ents: list[list], context) -> set[str]:
    """One-word names the page writes after a first name, a title, or inside a longer person's name."""
    out = _person_words(text, ents)
    flags = gazetteer_flags()
    for x in ents:
        if x[2] != "PER" or " " in text[x[0]:x[1]]:
            continue
        i = context.start_of.get(x[0])
        if i:
            w = context.words[i - 1]
            if w[:1].isupper() and ("first" in flags.get(w, ()) or _title_or_common(w)) \
                    and text[context.tokens[i - 1][1]:x[0]] == " ":
                out.add(text[x[0]:x[1]])
    return out


# Particles between a person's given names and surname ("Fritz Eckart von Weizsäcker", "Vincent van Gogh",
# "Mohammed bin Rashid"): the model and the document pass tag the parts on each side as two PERs.  German
# "von" is also "of" ("Martina Wengatz von Martin Rütter DOGS", "Signa Development von Rene Benko"), so the
# part after it is one word that the page never writes as a surname after a given name ("Relotius" of
# "Claas Relotius" in "Geyer zu Relotius"); "zu" is left out ("kommt Relotius zu Fichtner").
_PARTICLE_GAP = re.compile(r" (?:von der|von dem|van der|van den|de la|de los|von|van|de|da|di|del|della|du|dos|"
                           r"das|ten|ter|bin|ibn|[A-Z]\.(?: [A-Z]\.)?) ")


def name_particles(text: str, ents: list[list]) -> list[list]:
    """Two PERs with only a lowercase name particle between them are one person."""
    pers = sorted((x for x in ents if x[2] == "PER"), key=lambda x: x[0])
    drop = set()
    surnames = None
    for a, b in zip(pers, pers[1:]):
        if id(a) in drop or b[0] - a[1] > 10 or not _PARTICLE_GAP.fullmatch(text, a[1], b[0]):
            continue
        last = text[b[0]:b[1]]
        initial = text[a[1] + 1:a[1] + 2].isupper()
        if " " in last and not initial:
            continue                      # ("Patrick W. Carlineo Jr.": after an initial the rest may be long)
        if surnames is None:
            surnames = set()
            for x in pers:
                head, _, tail = text[x[0]:x[1]].rpartition(" ")
                if head and head.rpartition(" ")[2][:1].isupper():
                    surnames.add(tail)
        if last in surnames and not initial:
            continue
        b[0] = a[0]
        drop.add(id(a))
    ents = [x for x in ents if id(x) not in drop] if drop else ents
    return _particle_surnames(text, ents)


# A given name, a particle that only names use and a capitalised word: the surname the model left out
# ("Ursula von der Leyen", "Ludwig van Beethoven" tagged "Ursula" alone). Single "von" and "de" stay out:
# they are also "of" ("Martina Wengatz von Martin Rütter").
_PARTICLE_SURNAME = re.compile(r" (?:von der|von dem|van der|van den|van|de la|ten|ter) ([A-ZÄÖÜ][\w-]+)")


def _particle_surnames(text: str, ents: list[list]) -> list[list]:
    starts = {x[0] for x in ents}
    for x in ents:
        if x[2] != "PER" or " " in text[x[0]:x[1]]:
            continue
        m = _PARTICLE_SURNAME.match(text, x[1])
        if m and m.start(1) not in starts and "first" in gazetteer_flags().get(text[x[0]:x[1]], ()):
            x[1] = m.end(1)
    return ents


def surnames_after(text: str, ents: list[list], context) -> None:
    """A person's name of several words right before a capitalised word that the page tags alone as a
    person takes it as the surname ("Mary Talley" + "Bowden", when the page says "Bowden" later)."""
    alone = {text[x[0]:x[1]] for x in ents if x[2] == "PER" and " " not in text[x[0]:x[1]]}
    if not alone:
        return
    starts = {x[0] for x in ents}
    for x in ents:
        if x[2] != "PER" or " " not in text[x[0]:x[1]]:
            continue
        i = context.start_of.get(x[0])
        j = i
        while j is not None and j < len(context.tokens) and context.tokens[j][1] < x[1]:
            j += 1
        if j is None or j + 1 >= len(context.tokens) or context.tokens[j][1] != x[1]:
            continue
        s, e = context.tokens[j + 1]
        if s == x[1] + 1 and text[x[1]] == " " and context.words[j + 1] in alone and s not in starts \
                and context.words[j + 1] not in text[x[0]:x[1]].split():
            x[1] = e


def genitive_heads(text: str, ents: list[list]) -> list[list]:
    """German: a name in the genitive glued to the common noun after it is the name alone ("[Chubas] Drummer",
    "[Irans] Justiz": GermEval tags the genitive name, PER or LOC); a lone common noun tagged PER right after a
    place's genitive goes ("Irans [Justiz] widersprach").  The noun: HanTa does not call it a name (NE) and the
    page does not write it in a person's name; the genitive: the page names the person or the body (then ORG:
    "Mozillas Bemühen"), or the gazetteer knows the place."""
    from ..gazetteer import load as load_gazetteer
    from ..model import load_word_tags

    tags = None
    g = None
    drop: set[int] = set()
    ents.sort(key=lambda x: x[0])
    for k, x in enumerate(ents):
        if x[2] != "PER" or x[3] is not None:
            continue
        words = text[x[0]:x[1]].split(" ")
        if len(words) == 2 and len(words[0]) > 3 and words[0].endswith("s") and words[1][:1].isupper():
            tags = tags or load_word_tags("de")
            if tags.get(words[1]) == "NE" or not words[1].isalpha() or "first" in gazetteer_flags().get(words[0], ()):
                continue                  # "Andreas Albath": a first name, not a genitive
            surface = text[x[0]:x[1]]
            person_words = _person_words(text, [y for y in ents if text[y[0]:y[1]] != surface]) | {
                text[y[0]:y[1]] for y in ents if y[2] == "PER" and " " not in text[y[0]:y[1]]
                and tags.get(text[y[0]:y[1]]) != "NN"}
            if words[1] in person_words:
                continue
            g = g or load_gazetteer()
            entry = g.lookup(words[0])
            if entry is not None and entry.label == "LOC":
                x[1], x[2], x[3] = x[0] + len(words[0]), "LOC", entry.kb_id
            elif words[0][:-1] in person_words:
                x[1] = x[0] + len(words[0])
            elif any(y[2] == "ORG" and text[y[0]:y[1]] == words[0][:-1] for y in ents):
                x[1], x[2] = x[0] + len(words[0]), "ORG"     # "Mozillas Bemühen" beside "Mozilla" ORG
        elif len(words) == 1 and k and ents[k - 1][2] == "LOC" and ents[k - 1][1] == x[0] - 1 \
                and text[ents[k - 1][0]:ents[k - 1][1]].endswith("s"):
            tags = tags or load_word_tags("de")
            if tags.get(words[0]) == "NN":
                drop.add(id(x))           # "Irans Justiz"
    seen = set()
    out = []
    for x in ents:                        # a cut name may now repeat an entity of the same span
        if id(x) not in drop and (x[0], x[1]) not in seen:
            seen.add((x[0], x[1]))
            out.append(x)
    return out


# Forms of address that the model runs into the name after them (a narrower list than _TITLES_EN:
# "President X" tagged whole may be an office's name).
_ADDRESS_TITLES_EN = frozenset("Mr Mrs Ms Miss Dr Mr. Mrs. Ms. Dr. Sir Dame Lord Lady".split())
# Offices the model runs into a person's first and last name ("Representative Robert Lighthizer")
_OFFICES_EN = frozenset("Representative Secretary Ambassador Spokesman Spokeswoman Spokesperson Commissioner "
                        "Prosecutor Chairman Chairwoman Minister Senator Governor Mayor Chancellor Premier "
                        "President Admiral Commander Sheriff".split())


_ACRONYM_ROLE = re.compile(r"[A-ZÄÖÜ]{2,6}-([A-ZÄÖÜ][a-zäöüß]{3,}) ")


def acronym_roles(text: str, ents: list[list]) -> None:
    """German: a person's name opened by a body's acronym and a role noun ("ATU-Organisator Gutierrez",
    "SPD-Politiker Max Muster") is the person after it; HanTa calls the role a common noun."""
    from ..model import load_word_tags

    tags = None
    for x in ents:
        if x[2] != "PER" or x[3] is not None:
            continue
        m = _ACRONYM_ROLE.match(text, x[0], x[1])
        if m is not None and text[m.end():m.end() + 1].isupper():
            tags = tags or load_word_tags("de")
            if tags.get(m.group(1)) == "NN":
                x[0] = m.end()


def titled_names(text: str, ents: list[list], lang: str) -> None:
    """A name that the model ran together with the title or office before it ("Pressesprecher Reinald
    Achilles" ORG, "Mr Assange" ORG) is the person after the title, PER."""
    from ..merge import OFFICE_TITLES

    for x in ents:
        if x[2] == "PER" and lang == "en" and x[3] is None:
            head, space, rest = text[x[0]:x[1]].partition(" ")
            if head in _OFFICES_EN and space and " " in rest and rest.replace(" ", "").replace(".", "").isalpha() \
                    and all(w[:1].isupper() for w in rest.split()):
                x[0] += len(head) + 1       # 'US Trade Representative Robert Lighthizer': the office is no name
            continue
        if x[2] == "PER" or x[3] is not None:
            continue
        head, space, rest = text[x[0]:x[1]].partition(" ")
        if not space or not rest[:1].isupper() or not rest.replace(" ", "").replace("-", "").replace(".", "").isalpha():
            continue
        if lang == "en" and head in _ADDRESS_TITLES_EN or lang == "de" and (
                head in OFFICE_TITLES or head.endswith(("sprecher", "sprecherin", "minister", "ministerin",
                                                         "präsident", "präsidentin", "trainer", "trainerin"))):
            x[0] += len(head) + 1
            x[2] = "PER"


# The rest of a person's name after its first word: one to three capitalised words or initials, after a
# particle ("Joaquin del Olmo"), no number (a results list's "Carina 1993 WÜ" is no name to grow into).
_NAME_REST = re.compile(r"(?:(?:von|van|de|del|der|den|da|di|du|dos|bin|ibn|al|le|la) )?[A-ZÄÖÜ][\w'’.-]*"
                        r"(?: [A-ZÄÖÜ][\w'’.-]*){0,2}")


def first_words_of_names(text: str, ents: list[list]) -> list[list]:
    """A one-word person that the text continues into a longer name the page tags as a person ("[Anais]
    Chevalier-Bouchet" beside "Anais Chevalier-Bouchet" in the results) is that name."""
    longer: dict[str, list[str]] = {}
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[2] == "PER" and " " in surface and _NAME_REST.fullmatch(surface.partition(" ")[2]):
            longer.setdefault(surface.partition(" ")[0], []).append(surface)
    if not longer:
        return ents
    drop = set()
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[2] != "PER" or " " in surface or surface not in longer:
            continue
        for name in sorted(longer[surface], key=len, reverse=True):
            end = x[0] + len(name)
            if text.startswith(name, x[0]) and not text[end:end + 1].isalnum():
                drop.update(id(y) for y in ents if y is not x and x[0] <= y[0] and y[1] <= end)
                x[1] = end
                break
    return [x for x in ents if id(x) not in drop] if drop else ents


def organisation_genitives(text: str, ents: list[list]) -> None:
    """German: the genitive of a body the page names ("Mozillas Android-Apps" beside "Mozilla" ORG) is that
    body, not a person, where the page never tags the bare name a person."""
    labels: dict[str, set] = {}
    for x in ents:
        labels.setdefault(text[x[0]:x[1]], set()).add(x[2])
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[2] == "PER" and x[3] is None and " " not in surface and surface.endswith("s") \
                and labels.get(surface[:-1]) == {"ORG"}:
            x[2] = "ORG"


_PARTY_MEMBERS = frozenset({"Democrats", "Republicans", "Democrat", "Republican"})


def party_members(text: str, ents: list[list]) -> None:
    """English: a party's members ("Democrats", "Hill Democrats") are MISC, as CoNLL tags them, not a person."""
    for x in ents:
        surface = text[x[0]:x[1]]
        last = surface.rpartition(" ")[2]
        if x[2] == "PER" and x[3] is None and last in _PARTY_MEMBERS:
            x[0], x[2] = x[1] - len(last), "MISC"


# English "Name, who ...": the relative pronoun of people. A place the gazetteer knows may take it as a team
# ("Leicester, who won"), and clubs and firms do in British sports and business writing, so only a place
# with no gazetteer entry changes: the model's LOC for a surname it knows as a direction or a place
# ("Kanye West, who", "West, who has often courted controversy").
_WHO_AFTER = re.compile(r",?\s+who\s")
# after a preposition or an article the name is part of a longer phrase whose head "who" is about ("the president
# of the Foundation for Middle East Peace, who", "a professor at Harvard who")
_GOVERNED = re.compile(r"(?i)\b(?:of|at|for|in|from|with|by|on|to|near|across|about|the)\s+$")


def people_by_who(text: str, ents: list[list]) -> None:
    """A name the page follows with "who" that is tagged LOC without a gazetteer id is a person, and so are its
    other mentions, its surname alone and the longer names that end with it."""
    names = {text[x[0]:x[1]] for x in ents
             if x[2] == "LOC" and x[3] is None and _WHO_AFTER.match(text, x[1]) and _name_shaped(text[x[0]:x[1]])
             and not _GOVERNED.search(text, max(0, x[0] - 12), x[0])}
    if not names:
        return
    surnames = {n.rsplit(" ", 1)[-1] for n in names}
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[2] == "LOC" and x[3] is None and (surface in names or surface in surnames
                                              or surface.rsplit(" ", 1)[-1] in surnames and _name_shaped(surface)):
            x[2] = "PER"


def _name_shaped(surface: str) -> bool:
    """One to three capitalised words, none of them all capitals or a plural group's ("Uighurs")."""
    words = surface.split(" ")
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() and w[1:].isalpha() for w in words) \
        and not words[-1].endswith("s")
