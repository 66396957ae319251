"""English claims as a fact-checker reads them on whole news pages: the last checks of the stage's
English path, after the tagger, the rules and the source kinds (issue 3, a reading of the English
Scrapinghub dev pages, 2026-11-28).

- ``tidy_speakers``: a source the tagger cut before its head noun ("His general| practitioner ordered") reaches it;
  one the tagger ran past its speaker into the words around the verb
  ("Brooke tearfully| asked", "Johnston in| a statement", "Sowers, who| said", "Emirates President
  Tim Clark, meanwhile,| told") ends at the speaker.
- ``people_by_their_role``: a person named with a role of their own ("Ian Hamilton, an expert in drug use
  ... at the University of York", "study co-author Anezina Solomonidou, a European Space Agency research
  fellow", "The authors of the research published in the journal JAMA Psychiatry") is a person, not the
  body or the journal their description names.
- ``groups_opening_a_sentence``: an unnamed group whose first word is capitalised only because it opens
  the sentence ("Aviation analysts called it ...", "Industry experts say ...") is anonymous, as "industry
  analysts" inside a sentence is.
- ``the_reader_is_no_source``: "You know, like solving the problem", "you might be wondering how ...",
  "You can reductively call it Star Wars Uncharted": outside any quotation "you" is the reader the author
  addresses, no one who said anything; the sentence is the author's own claim. (The author's own "I think",
  "we confirmed" were tried the same way and left: PolNeAR marks them as attributions, dev exact source
  75.46 -> 75.04.)
- ``without_page_furniture``: a call to the reader ("Follow us on Twitter @Spacedotcom", "Click here for more
  information", "Sign up for 4 months of ...", "Read our review-in-progress here") or a label of a picture
  or graphic ("Cover image: artist's impression of ...", "Graphic: Global assets in 2019") is the page's
  furniture, not the author's claim; so are a table row or menu ("Ticker | Security | Last | Change | ..."),
  a short line with a web address ("Ticket details: http://...", "For more information, please visit
  www.my6sense.com"), a note of where the article first appeared ("Originally published on Live Science")
  and a copyright line; and a paragraph of at most ten words in title case or capitals without a closing
  full stop ("FORD MUSTANG MACH E", "The Doobie Brothers Tour Dates", "Light a Wish by OGE Group",
  "Palm Bay 18 22 13 17 — 70"): a heading, caption or table row the extractor kept in the body.
- ``things_that_tell``: a study, a document or a recording that "found", "shows" or "says" ("one study in 146
  people found", "The video shows", "Court papers showed", "The script called for") is no person: its kind is
  that of the organisation the phrase names, where the entities layer tags one, else unspecified (as
  ``sources.refine_kinds`` does for "The study", "data from MarketAxess").
- ``around_according_to``: a sentence split by "according to" in commas ("This, according to attendees and
  speakers, is both a problem and an opportunity", "A further 17 manufacturers, according to the report, had
  ...") is what the source says on both sides: the rest after the frame is a second piece of the same claim;
  "That's according to a new survey from Piper Jaffray." points back: the sentence before is the claim.
- ``without_datelines``: a claim that opens with the article's dateline ("HAYWARD, Calif. (AP) — The Latest
  on ...", "DUBAI, United Arab Emirates — Dubai's flagship carrier ...", "(CNN)President Donald Trump ...")
  starts after it: where and through whom the story was filed is no part of what is claimed.
- ``without_deeds_as_cues``: "Police arrested him ... and said ...": a deed of force or custody (arrest, kill,
  shoot, seize, ...) is no cue, whatever the tagger read; the saying after it stays a claim.
- ``agents_of_passives``: "Assange was accused of rape by a woman", "was first reported by The Washington Post":
  the agent after a passive cue is the source.
- ``contracted_auxiliary_in_cue``: "He’s claiming", "I’ve written extensively on": the auxiliary a pronoun
  carries is the cue's first word, not part of the speaker (PolNeAR's cue "’s claiming").
- ``subject_of_passive_as_content``: "Many Democrats are expected to follow ...", "North Korea is not thought
  to be capable of ...", "Trump appears to have learned ...": with no one named as saying it, the subject
  before the cue is a piece of what is said (PolNeAR's first content fragment), a second claim with that cue.
- ``quotations_after_a_colon_frame``: "He said:" closing a paragraph, the quotation in the next: the frame's
  speaker, and the verb with its colon as the cue.
- ``coordinated_sayings``: "said he would order a review ... and warned against potential hackers": a second
  verb of saying coordinated with the first starts a second claim of the same speaker.
- ``relative_pronoun_as_content``: "which Mr. Clarke says he is doing everything he can to keep open": the
  relative pronoun before the speaker is the first piece of what is said, a second claim with that frame.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from ...model import Claim, Document, Source
from ..spanindex import SpanIndex
from . import lexicon
from .crf_repairs import _QUOTE_VERBS
from .crf_repairs import _SPEAKER as _SPEAKER_PHRASE
from .rules_en import lemma
from .sources import _appositive_kind, _unnamed_group, classify
from .text import SortedSentences, find_quotes, has_words, sentence_at

# A sentence adverb set off by commas after the speaker ("Emirates President Tim Clark, meanwhile,
# told", "Israeli Prime Minister Benjamin Netanyahu, however, said"): the clause's, not the speaker's.
_ASIDE = re.compile(r"\s*,\s*(?:however|meanwhile|though|too|also|instead|then|now|therefore|moreover|furthermore|"
                    r"nevertheless|again|in turn|in contrast|for (?:his|her|their|its) part)\s*,?\s*$", re.I)
# An adverb of the verb left at the source's end ("Brooke tearfully| asked", "Gizmodo very| recently
# explained"); nouns and adjectives in -ly are no adverbs ("the family", "an ally", "Many early| retirees":
# there the tagger cut the noun phrase, and the cut is not this check's to mend).
_ADVERB_END = re.compile(r"\s+(?P<w>[a-z]+ly|very|also|still|just|even|only|never|then|now|again|already)\s*,?\s*$")
_LY_NOUNS = frozenset("""family supply ally assembly rally monopoly anomaly butterfly belly jelly reply bully fly
    daily weekly monthly quarterly yearly nightly hourly homily lily early elderly likely unlikely friendly
    lonely costly deadly holy silly ugly lovely jolly orderly curly burly scholarly lowly surly bodily""".split())
# A preposition that opens where or how it was said ("comments Johnston in| a statement", "the
# description on| the website", "one legal expert, as| ..."): the circumstance was cut, the speaker stays.
_PREPOSITION_END = re.compile(r"\s*,?\s+(?:in|on|at|as|during)\s*$")
# A relative clause the source stops inside: the pronoun alone ("The staff member who| reported",
# "Sowers, who| said"), "whose" and its noun ("Andy Beshear — whose father,| ..."), or a clause
# that ends on a conjunction ("a Syrian refugee who feared regime retaliation and| ...").
# ("most of whom", "some of which" are the subject themselves and stay)
_OPEN_RELATIVE = re.compile(r"\s*[,—–-]?\s*\b(?:who|which|whom|that)\s*,?\s*$"
                            r"|\s*[,—–-]?\s*\bwhose(?:\s+[\w’'-]+){0,2}\s*,?\s*$")
_OF_END = re.compile(r"\bof\s*$")
_RELATIVE_START = re.compile(r"\s*[,—–-]?\s*\b(?:who|which|whose|whom)\b")
_CONJUNCTION_END = re.compile(r"\s+(?:and|or|but)\s*$")
# A subject pronoun after an apposition ("Julie Graham, ... public information officer, she| said"):
# the sentence restarts; the speaker is the name before it.
_PRONOUN_END = re.compile(r"\s*,\s*(?:she|he|they)\s*$")
_DASH_END = re.compile(r"\s*[—–-]\s*$")
# A verb and its particle before the comma of a participle frame: "Benioff weighed in, telling ...", "Trump
# fired back, saying ..." (the source ran over the verb).
_PARTICLE_VERB_END = re.compile(r"\s+[a-z]+ed\s+(?:in|back|up|out)\s*,\s*$")


TAIL_CHARS = 60


def _speaker_end(text: str) -> int:
    """Where the speaker in source phrase ``text`` ends (``len(text)`` when nothing runs past it)."""
    end = len(text)
    for _ in range(3):       # an overrun may stack ("X, who ... and", "X, however, then")
        t = text[:end]
        tail = max(0, len(t) - TAIL_CHARS)     # every overrun sits in the source's last words
        m = _CONJUNCTION_END.search(t, tail)
        if m is not None:
            rel = None
            for rel in _RELATIVE_START.finditer(t, 0, m.start()):
                pass
            end = rel.start() if rel is not None and rel.start() > 0 else m.start()
            continue
        for rx in (_ASIDE, _OPEN_RELATIVE, _PRONOUN_END, _PREPOSITION_END, _DASH_END, _PARTICLE_VERB_END):
            m = rx.search(t, tail)
            if m is not None and m.start() > 0 and not (rx is _OPEN_RELATIVE and _OF_END.search(t, 0, m.start())):
                end = m.start()
                break
        else:
            m = _ADVERB_END.search(t, tail)
            if m is None or m.start() == 0 or m.group("w") in _LY_NOUNS:
                break
            end = m.start()
    return end


# An adjective that cannot end the speaker's noun phrase ("His general| practitioner ordered", "Many early|
# retirees define", "the federal| government said"): the tagger cut the phrase before its head noun.
_ADJECTIVE_END = re.compile(r"(?:al|ary|ic|ous|ive|ful|less|able|ible|early)$")
# Words that may open a cue: the verb's auxiliaries, negation and adverbs (the head noun is none of them).
_CUE_OPENERS = frozenset("""is are was were be been has have had will would could can should may might must do does
    did not also later previously repeatedly once then recently twice again already still never now just even
    only first""".split())


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset:
    """Every entry of the English cue lexicon, of any section (read once)."""
    return frozenset().union(*lexicon.cues("en").values())


def _head_noun_in_cue(doc: Document, c: Claim) -> Claim:
    s, cue = c.source, c.cue
    if s is None or cue is None or cue.start != s.end + 1 or doc.text[s.end] != " ":
        return c
    last = s.text.split()[-1]
    words = cue.text.split()
    if len(words) < 2 or not last.islower() or not last.isalpha() or _ADJECTIVE_END.search(last) is None:
        return c
    head = words[0]
    if not head.isalpha() or not head.islower() or head in _CUE_OPENERS or head.endswith(("ed", "ing", "ly")) \
            or lemma(head) in _speech_lemmas():      # "a Homeland Security Department official| said Friday"
        return c
    end = cue.start + len(head)
    start = end + 1
    return replace(c, source=replace(s, end=end, text=doc.text[s.start:end], kind=classify(doc.text[s.start:end])),
                   cue=doc.span(start, cue.end))


# "The demand has US officials| wondering", "The move left analysts| questioning": what a thing leaves
# people doing; the people are the ones who wonder, the thing before the verb is no speaker.
_LEFT_DOING = re.compile(r"\b(?:has|have|had|left|leaves|leaving|got|gets|keeps|kept|sets|set)\s+"
                         r"(?P<who>(?:[\w’'.-]+\s+){0,3}[\w’'.-]+)\s*$")
_DOING_CUES = frozenset("wondering questioning asking speculating guessing worrying puzzling".split())


def _people_left_doing(doc: Document, c: Claim) -> Claim:
    s, cue = c.source, c.cue
    if s is None or cue is None or cue.text.strip().lower() not in _DOING_CUES or not s.start < cue.start:
        return c
    m = _LEFT_DOING.search(doc.text, s.start, cue.start)
    if m is None:
        return c
    w0, w1 = m.span("who")
    who = doc.text[w0:w1]
    return replace(c, source=Source(start=w0, end=w1, text=who, kind=classify(who)))


def tidy_speakers(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English sources that run past the speaker end at the speaker (see ``_speaker_end``); a kind
    that the source's words decided is decided again by the words left; the people a thing leaves
    wondering are the source ("The demand has US officials wondering whether ...")."""
    out = []
    for c in claims:
        c = _people_left_doing(doc, _head_noun_in_cue(doc, c))
        s = c.source
        if s is None or " " not in s.text.strip():
            out.append(c)
            continue
        end = _speaker_end(s.text)
        if end < len(s.text):
            text = s.text[:end].rstrip()
            kind = classify(text) if s.kind == classify(s.text) else s.kind
            c = replace(c, source=replace(s, end=s.start + len(text), text=text, kind=kind))
        out.append(c)
    return out


# Roles that are a person's own, whatever body the phrase names; not the roles that speak for a body
# (spokesperson, chief, director, head, president, minister, official: their kind is the body's).
_OWN_ROLES = frozenset("""author authors co-author co-authors coauthor coauthors professor professors expert economist
    economists scientist scientists historian historians lawyer researcher fellow analyst physician doctor dr
    dr.""".split())
# Particles inside a name ("Monica de Bolle", "Vincent van Gogh"): the name's, for the test of a
# "Name, description" phrase, which reads capitalised words.
_PARTICLE = re.compile(r"(?<=\w )(?:de|da|di|del|della|dos|du|van|der|den|la|le|bin|ibn)(?= [A-Z])")
# "Senior author Dr. Silvia S. Martins", "study co-author Anezina Solomonidou": a role, then a name of
# two or more capitalised words.
_ROLE_THEN_NAME = re.compile(r"^(?P<role>.*?)\s(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+$")
_OF_HEAD = re.compile(r"^(?:the|a|an|two|three|several|some)?\s*(?:\w+\s+){0,2}?(?P<head>[\w-]+)\s+(?:of|at|from|with)\s",
                      re.I)


# Roles that speak for the body they name ("Olivier Bosc, General Manager of ... at GE Healthcare",
# "Jessica Caldwell, Edmunds' executive director of ..."): the body's kind stays.
_BODY_ROLES = frozenset("""manager director chief head president chair chairman chairwoman officer executive ceo cfo
    coo spokesman spokeswoman spokesperson secretary minister official representative""".split())
_DESCRIPTION_HEAD = re.compile(r",\s*(?P<own>.*?)(?:\s(?:of|at|for|with|in|from)\s|,|$)")


def _named_by_own_role(text: str, named: bool) -> bool:
    """Whether source phrase ``text`` names a person by a role of their own (see ``_OWN_ROLES``);
    ``named``: the entities layer finds a person's name in it."""
    if named and _appositive_kind(_PARTICLE.sub(lambda m: m.group().capitalize(), text)) == "person":
        # "Ian Hamilton, an expert in ...", "Monica de Bolle, a senior fellow at ...": where the description
        # is no role that speaks for its body
        m = _DESCRIPTION_HEAD.search(text)
        own = re.findall(r"[\w-]+", m.group("own").lower()) if m is not None else []
        if not _BODY_ROLES.intersection(own):
            return True
    head = text.split(",", 1)[0].strip()
    m = _ROLE_THEN_NAME.match(head)
    if named and m is not None and any(w.lower() in _OWN_ROLES for w in re.findall(r"[\w.-]+", m.group("role"))):
        return True
    m = _OF_HEAD.match(text.strip())
    return m is not None and m.group("head").lower() in _OWN_ROLES


def people_by_their_role(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English sources that name a person by a role of their own are persons (the kinds before this
    read the body in the description: "University of York", "Space Agency", "journal")."""
    out = []
    people = sorted((e.start, e.end) for e in doc.entities or [] if e.label == "PER")
    starts = [a for a, _ in people]
    for c in claims:
        s = c.source
        if s is not None and s.kind in ("organisation", "government", "media") and _named_by_own_role(
                s.text, any(b <= s.end for _, b in people[bisect_left(starts, s.start):bisect_right(starts, s.end)])):
            c = replace(c, source=replace(s, kind="person"))
        out.append(c)
    return out


def groups_opening_a_sentence(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English person sources that are an unnamed group once the sentence's capital is read as the
    word's own ("Aviation analysts" as "aviation analysts"), where no entity covers the first word
    ("UN experts", "Goldman analysts" name a body and stay as they are)."""
    starts = {s.start for s in doc.sentences}
    out = []
    for c in claims:
        s = c.source
        if s is not None and s.kind == "person" and s.start in starts and s.text[:1].isupper() \
                and " " in s.text.strip():
            lowered = s.text[:1].lower() + s.text[1:]
            first_end = s.start + len(s.text.split()[0])
            if _unnamed_group(lowered, re.findall(r"\w+", lowered.lower())) \
                    and not any(e.start < first_end and s.start < e.end for e in doc.entities or []):
                c = replace(c, source=replace(s, kind="anonymous"))
        out.append(c)
    return out


def the_reader_is_no_source(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English reported, indirect or hearsay claims whose source is "you" outside any quotation go; a
    sentence left without a claim is the author's own (asserted). Quoted speakers ("“You will see,” he
    said") keep theirs."""
    def addressed(c: Claim) -> bool:
        return c.mode in ("indirect", "reported", "hearsay") and c.source is not None \
            and c.source.text.strip().lower() == "you"
    if not any(addressed(c) for c in claims):
        return claims
    quotes = [q for b in doc.blocks if b.kind in ("body", "quote") for q in find_quotes(b.text, b.start)]
    gone = [c for c in claims if addressed(c) and not any(q.start <= c.source.start < q.end for q in quotes)]
    if not gone:
        return claims
    gone_ids = {id(g) for g in gone}
    kept = [c for c in claims if id(c) not in gone_ids]
    index = SpanIndex(kept, [(c.start, c.end) for c in kept])    # (pages of 20,000 sentences stay linear)
    sentences = SortedSentences(doc)
    added: list[Claim] = []
    for g in gone:
        sent = sentence_at(sentences, g.source.start)
        if sent is None or index.any(sent.start, sent.end) or any(a.start == sent.start for a in added[-1:]):
            continue
        text = sent.text.rstrip()
        if has_words(text, 4) and not text.endswith("?"):
            added.append(Claim(start=sent.start, end=sent.start + len(text), text=text, mode="asserted"))
    return sorted(kept + added, key=lambda c: (c.start, c.end))


# The verbs that call the reader to act on the page, in the base form opening the sentence; a label of
# the picture, graphic or video beside the text; "Click here" anywhere ("12 issues for £11.99. Click
# here for more information").
_CALL_TO_ACT = re.compile(r"(?:Please\s+)?(?:Follow|Click|Tap|Subscribe|Sign\s+up|Like\s+us|Share|Join\s+us|Download"
                          r"|Register|Watch|Read|Listen)\b(?![’'-])")
_MEDIA_LABEL = re.compile(r"(?i)(?:(?:cover|featured|header|top|main|lead)\s+)?(?:image|photo|photograph|picture|video"
                          r"|graphic|illustration)s?(?:\s+credit)?\s*:")
_CLICK_HERE = re.compile(r"(?i)\bclick here\b|\bplease visit\b")
_TABLE_ROW = re.compile(r"\|[^|]*\|")
_WEB_ADDRESS = re.compile(r"(?i)https?://|\bwww\.\w")
MAX_LINK_LINE_WORDS = 30     # a longer sentence with an address may state something ("... features the $132,000 Grand Prix")
_FIRST_PUBLISHED = re.compile(r"(?i)(?:this (?:article|story|post) (?:was|is) )?(?:originally|first) (?:published|appeared)"
                              r" (?:by|on|in|at)\b")
_COPYRIGHT = re.compile(r"(?i)©|\bcopyright\b|\ball rights? reserved\b|\ball right$")


# the marks any of the searches above needs, in one pass over a sentence (most have none)
_MAY_BE_FURNITURE = re.compile(r"(?i)click|visit|\||https?:|www\.|©|copyright|right")


def _furniture(text: str) -> bool:
    if _CALL_TO_ACT.match(text) or _MEDIA_LABEL.match(text) or _FIRST_PUBLISHED.match(text):
        return True
    if _MAY_BE_FURNITURE.search(text) is None:
        return False
    return bool(_CLICK_HERE.search(text) or _TABLE_ROW.search(text) or _COPYRIGHT.search(text)
                or _WEB_ADDRESS.search(text) and len(text.split()) <= MAX_LINK_LINE_WORDS)


MAX_HEADING_WORDS = 10
_TITLE_SMALL_WORDS = frozenset("a an the of and or for to in on at by with vs from".split())
_HEADING_WORD = re.compile(r"[\w’'&+-]+")


def _heading(blocks: list, starts: list[int], c: Claim) -> bool:
    """``c`` is a whole body paragraph (of ``blocks``, sorted, with their ``starts``) in title case or
    capitals, short, with no closing full stop."""
    if len(c.text) > 20 * MAX_HEADING_WORDS:
        return False
    k = bisect_right(starts, c.start) - 1
    if k < 0 or c.start >= blocks[k].end:
        return False
    para = blocks[k].text.strip()
    if para.endswith((".", "!", "?", "”", '"', "’")) or para.rstrip(".!:") != c.text.strip():
        return False
    words = _HEADING_WORD.findall(c.text)
    return 0 < len(words) <= MAX_HEADING_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def without_page_furniture(doc: Document, claims: list[Claim]) -> list[Claim]:
    """The author's sentences (asserted) that are the page's furniture (see above) go."""
    blocks = sorted(doc.blocks, key=lambda b: b.start)
    starts = [b.start for b in blocks]
    return [c for c in claims if not (c.mode == "asserted" and c.source is None
                                      and (_furniture(c.text) or _heading(blocks, starts, c)))]


# Heads of a source phrase that name a text, a recording or a piece of research, not who made it (read
# before "in", "of", "from", "by" ...: "one study in 146 people", "a preliminary study in rats").
_THING_HEADS = frozenset("""study studies video videos footage recording recordings script letter letters document
    documents memo memos email emails filing filings transcript transcripts photo photos map maps chart charts image
    images paper papers release review reviews records""".split())
_AFTER_HEAD = frozenset("in of from by on at for with that which published released obtained".split())
_MADE_BY = re.compile(r"(?i)\b(?:signed|written|prepared|sent|authored)\s+by\b")     # "the letter signed by seven physicians"


def _thing_head(text: str) -> bool:
    words = re.findall(r"[\w’'-]+", text.lower())
    cut = next((i for i, w in enumerate(words) if i and w in _AFTER_HEAD), len(words))
    return bool(words) and words[cut - 1] in _THING_HEADS and _MADE_BY.search(text) is None


def things_that_tell(doc: Document, claims: list[Claim]) -> list[Claim]:
    out = []
    for c in claims:
        s = c.source
        if s is not None and s.kind == "person" and _thing_head(s.text):
            # (a place in the phrase is where the study was done or the paper filed, not who made it)
            body = next((e for e in doc.entities or [] if s.start <= e.start and e.end <= s.end
                         and e.label == "ORG"), None)
            kind = "unspecified"
            if body is not None:
                kind = classify(body.text)
                kind = kind if kind in ("media", "government", "intelligence") else "organisation"
            c = replace(c, source=replace(s, kind=kind))
        out.append(c)
    return out


_ACCORDING_TO = re.compile(r"(?i)according to$")
MAX_SUBJECT_WORDS = 6
_COMMA_GAP = re.compile(r"\s*,\s*")
_DEMONSTRATIVE = re.compile(r"(?i)(?:that|this)(?:['’]s|\s+is|\s+was)?")


def around_according_to(doc: Document, claims: list[Claim]) -> list[Claim]:
    """See above: the rest of a sentence after a parenthetical "according to X," (where no claim starts in
    it) becomes a claim with the same source and cue; a "That's according to X." claim takes the sentence
    before as its content, where that sentence is only the author's."""
    if not any(c.cue is not None and _ACCORDING_TO.fullmatch(c.cue.text.strip()) for c in claims):
        return claims
    sentences = SortedSentences(doc)
    starts = [s.start for s in sentences]
    index = SpanIndex(claims, [(c.start, c.end) for c in claims])   # (pages of 20,000 sentences stay linear)
    added: list[Claim] = []
    gone: set[int] = set()
    for c in claims:
        cue, src = c.cue, c.source
        if cue is None or src is None or not _ACCORDING_TO.fullmatch(cue.text.strip()) or c.mode == "direct" \
                or not c.end <= cue.start < src.start or doc.text[c.end:cue.start].strip(" ,"):
            continue
        sent = sentence_at(sentences, c.start)
        if sent is None or not src.end < sent.end:
            continue
        gap = _COMMA_GAP.match(doc.text, src.end, sent.end)
        # the subject alone before the frame ("This", "A further 17 manufacturers"), its predicate after it
        # ("is both a problem"), not a participle of the author's ("..., adding to a mounting series of problems")
        if gap is not None and gap.end() > src.end and "," in doc.text[c.end:cue.start] \
                and len(c.text.split()) <= MAX_SUBJECT_WORDS and re.match(r"[a-z]+(?<!ing)\b", doc.text[gap.end():sent.end]):
            end = sent.start + len(sent.text.rstrip().rstrip("."))
            if end - gap.end() > 2 and not any(o is not c for o in index.overlapping(gap.end(), end)):
                added.append(replace(c, start=gap.end(), end=end, text=doc.text[gap.end():end]))
            continue
        k = bisect_right(starts, sent.start) - 2
        if _DEMONSTRATIVE.fullmatch(c.text.strip()) and k >= 0 and not doc.text[src.end:sent.end].strip(" .\n"):
            before = sentences[k]
            inside = index.overlapping(before.start, before.end)
            if all(o.mode == "asserted" for o in inside):
                end = before.start + len(before.text.rstrip().rstrip("."))
                gone.update(id(o) for o in inside)
                gone.add(id(c))
                added.append(replace(c, start=before.start, end=end, text=doc.text[before.start:end]))
    if not added:
        return claims
    return sorted([c for c in claims if id(c) not in gone] + added, key=lambda x: (x.start, x.end))


# A dateline: a place in capitals (with its region after a comma) and the agency in parentheses, or either,
# then a dash; or the agency alone in parentheses.
_AGENCY = r"\((?:AP|Reuters|AFP|CNN|UPI|dpa|Bloomberg)\)"
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,(?: [A-Z][\w.'’-]*){1,3})?\s*"
                       r"(?:" + _AGENCY + r"\s*)?[—–-]+|\(?" + _AGENCY[2:] + r"\s*[—–-]*)\s*(?=\S)")


def without_datelines(doc: Document, claims: list[Claim]) -> list[Claim]:
    out = []
    for c in claims:
        m = _DATELINE.match(c.text)
        if m is not None and m.end() < len(c.text) and (")" in m.group() or "," in m.group()):
            start = c.start + m.end()
            c = replace(c, start=start, text=doc.text[start:c.end])
        out.append(c)
    return out


# "by optimizing", "while stirring", "whilst touting": a participle of manner or of what goes on at the same time
_MANNER_BEFORE = re.compile(r"(?i)\b(?:by|while|whilst)\s+$")


def _participle_of_doing(doc: Document, c: Claim, speech: frozenset) -> bool:
    cue = c.cue.text.strip() if c.cue is not None else ""
    return c.mode in ("indirect", "reported") and c.source is None and re.fullmatch(r"[a-z]+ing", cue) is not None \
        and _MANNER_BEFORE.search(doc.text, max(0, c.cue.start - 8), c.cue.start) is not None \
        and lemma(cue) not in speech and lemma(cue[:-3]) not in speech and lemma(cue[:-3] + "e") not in speech


def without_participles_of_doing(doc: Document, claims: list[Claim]) -> list[Claim]:
    """English claims with no source whose cue is a participle of manner after "by" or "while", of a verb no
    lexicon section names as one of saying ("provides advanced content personalization by optimizing the
    performance of ...", "Boil while stirring frequently for about a minute"): no one speaks; the sentence
    is the author's. (Any sourceless participle, "offering", "supporting", "showing", was tried: PolNeAR dev
    exact cue 68.88 -> 68.85, content 60.79 -> 60.72, and "warning", "citing", "hinting" went too.)"""
    speech = _speech_lemmas()
    return _to_the_author(doc, claims, [c for c in claims if _participle_of_doing(doc, c, speech)])


def _to_the_author(doc: Document, claims: list[Claim], gone: list[Claim]) -> list[Claim]:
    """``claims`` without ``gone``; the sentence of a claim that went, where no claim left covers any of
    it, is the author's own (asserted) when it states something (four words, no question)."""
    if not gone:
        return claims
    gone_ids = {id(g) for g in gone}
    kept = [c for c in claims if id(c) not in gone_ids]
    index = SpanIndex(kept, [(c.start, c.end) for c in kept])
    sentences = SortedSentences(doc)
    added: list[Claim] = []
    for g in gone:
        sent = sentence_at(sentences, g.cue.start)
        if sent is None or index.any(sent.start, sent.end) or any(a.start == sent.start for a in added):
            continue
        text = sent.text.rstrip()
        if has_words(text, 4) and not text.endswith("?"):
            added.append(Claim(start=sent.start, end=sent.start + len(text), text=text, mode="asserted"))
    return sorted(kept + added, key=lambda c: (c.start, c.end))


# Deeds of force or custody: what police or soldiers do to someone, never a way of saying something
# (PolNeAR train marks none of these words as a cue; "attacked", "blasted", "charged", "hit" are
# attacks in words there and stay).
_DEEDS = frozenset("""arrest detain kill shoot shot wound injure bomb raid seize jail imprison kidnap abduct execute
    stab handcuff apprehend incarcerate behead torture strangle""".split())


def without_deeds_as_cues(doc: Document, claims: list[Claim]) -> list[Claim]:
    """An English claim whose cue is a deed of force or custody ("Police arrested| him on Monday and said
    he had hidden weapons": the tagger read "arrested" as a verb of saying with "him" as what was said)
    is none: a fact-checker reads the arrest as the author's report, and the saying after "and" stays
    the police's claim."""
    return _to_the_author(doc, claims, [c for c in claims if c.mode != "asserted" and c.cue is not None
                                        and lemma(c.cue.text.strip().lower()) in _DEEDS])


# A passive cue ("was accused", "was first reported", "has been called") and the agent after it ("by a
# woman", "by The Washington Post", "by fellow physicians"): the agent is who said it.
_PASSIVE_CUE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|first\s+|also\s+)?"
                          r"[a-z]+(?:ed|en|wn|lt|pt)$")
_BY_AGENT = re.compile(r"\bby\s+(?P<who>(?:(?:the|a|an|fellow|some|several|many|other)\s+)?"
                       r"(?!(?:about|far|nearly|more|less|up|around|almost)\b)[\w’'.&-]+"
                       r"(?:\s+(?!(?:for|in|after|with|to|on|at|following|because|who|which|that|and|or|but|as|"
                       r"over|since|during|from|of)\b)[\w’'.&-]+){0,5})")
_AGENT_WINDOW = 60      # the agent follows the passive within a short phrase ("accused of rape by a woman")


def _agent_after(doc: Document, cue, sentence_end: int):
    m = _BY_AGENT.search(doc.text, cue.end, min(sentence_end, cue.end + _AGENT_WINDOW))
    if m is None or "," in doc.text[cue.end:m.start()] or re.search(r"\d", m.group("who")):
        return None
    w0, w1 = m.span("who")
    while w1 > w0 and doc.text[w1 - 1] in ".’'":
        w1 -= 1
    who = doc.text[w0:w1]
    return (m.start(), w0, w1, who) if has_words(who, 1) else None


def agents_of_passives(doc: Document, claims: list[Claim]) -> list[Claim]:
    """An English claim whose cue is a passive with no speaker before it ("Assange was accused of rape by a
    woman", "The registration issue was first reported by The Washington Post", "Oz has been called a
    charlatan by fellow physicians") has the agent after "by" as its source, for every piece of the claim
    with that cue; "by NP" at the end of what is said is cut off it (PolNeAR marks the agent as the source,
    outside the content). A measure ("by about a quarter of voters", "by 42 percent") is no agent."""
    sentences = SortedSentences(doc)
    agents: dict[tuple[int, int], tuple] = {}
    subjects: dict[tuple[int, int], tuple[int, int] | None] = {}
    for c in claims:
        cue = c.cue
        if c.mode == "asserted" or cue is None or (cue.start, cue.end) in agents \
                or _PASSIVE_CUE.search(cue.text.strip()) is None:
            continue
        if c.source is not None and not (c.source.text.strip().islower() and " " not in c.source.text.strip()):
            continue
        sent = sentence_at(sentences, cue.start)
        if sent is None:
            continue
        found = _agent_after(doc, cue, sent.end)
        if found is not None:
            agents[(cue.start, cue.end)] = found
            subjects[(cue.start, cue.end)] = _subject_before(doc.text, sent.start, cue.start)
    if not agents:
        return claims
    out = []
    for c in claims:
        found = agents.get((c.cue.start, c.cue.end)) if c.cue is not None and c.mode != "asserted" else None
        if found is None:
            out.append(c)
            continue
        by, w0, w1, who = found
        c = replace(c, source=Source(start=w0, end=w1, text=who, kind=classify(who)))
        if c.start <= by < w1 <= c.end and doc.text[w1:c.end].strip(" .,") == "":
            end = by
            while end > c.start and doc.text[end - 1].isspace():
                end -= 1
            if end <= c.start:
                # the piece was the agent alone: what was said is the passive's subject
                subject = subjects[(c.cue.start, c.cue.end)]
                if subject is None or any(o.cue is c.cue or (o.start, o.end) == subject for o in out):
                    continue
                end, c = subject[1], replace(c, start=subject[0])
            c = replace(c, end=end, text=doc.text[c.start:end])
        out.append(c)
    return out


# "He’s claiming", "they’ve suggested", "who’d add": the auxiliary a pronoun carries is the cue's first
# word (PolNeAR: "’s claiming", "'ve suggested"), not part of the speaker.
_CONTRACTED_AUXILIARY = re.compile(r"(?<!\w)(?i:he|she|they|we|i|you|who)(?P<aux>['’](?:s|ve|re|d|ll|m))\s*$")


def contracted_auxiliary_in_cue(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A cue right after a pronoun's contracted auxiliary ("He’s claiming that ...", "I’ve written
    extensively on ...") starts at the auxiliary, and a source that took it ("He’s") ends before it.
    PolNeAR dev: exact cue 68.9 -> 69.1, source 75.4 -> 75.6 (train sample: cue +0.2)."""
    text = doc.text
    out = []
    for c in claims:
        cue = c.cue
        m = _CONTRACTED_AUXILIARY.search(text, max(0, cue.start - 12), cue.start) if cue is not None else None
        if m is not None and m.end() == cue.start and text[m.end("aux"):m.end("aux") + 1].isspace():
            a = m.start("aux")
            src = c.source
            if src is not None and src.start < a < src.end <= cue.start:
                src = replace(src, end=a, text=text[src.start:a])
            c = replace(c, source=src, cue=doc.span(a, cue.end))
        out.append(c)
    return out


# The subject of a passive or of a verb of seeming: back from the verb to the last clause boundary
# (a comma or a dash with a space after it, a semicolon, a colon, a bracket, a conjunction), over an
# apposition closed by a comma right before the verb ("Mr. Quiros, a businessman, was accused of").
_SEEMING_CUE = re.compile(r"(?i)(?:[\w’']+\s+){0,2}?(?:seem|seems|seemed|appear|appears|appeared)")
_PASSIVE_SUBJECT_CUE = re.compile(
    r"(?i)(?:[\w’']+\s+){0,2}?(?:is|are|was|were|be|been|being)\s+"
    r"(?:(?:\w+ly|not|also|long|now|still|widely|both|all|often|never|even|already)\s+)*"
    r"[a-z]+(?:ed|en|wn|ld|ght|id|nd|ne|un)(?:\s+(?:as|to|for|by|with|of|about|on|in|over))?")
_ADDRESSED = re.compile(r"(?i).*\b(?:asked|told|urged|invited|encouraged|advised|warned|informed|instructed|ordered|"
                        r"questioned|interviewed|challenged|pressed)\b")
_SUBJECT_BOUNDARY = re.compile(r"[,;:](?=\s)\s*|[—–―(]\s*|\s--\s*|\b(?:that|and|but|so|yet|because|while|although|though|if|"
                               r"when|whether|as|after|before|since|until|where|despite|than)\s+", re.I)
MAX_PASSIVE_SUBJECT_WORDS = 12


def _subject_before(text: str, s0: int, verb: int) -> tuple[int, int] | None:
    b = verb
    while b > s0 and text[b - 1].isspace():
        b -= 1
    core, apposition = text[s0:b], False
    if core.endswith(","):
        k = core.rfind(",", 0, len(core) - 1)
        if k < 0:
            return None
        core, apposition = core[:k], True
    last = 0
    for m in _SUBJECT_BOUNDARY.finditer(core):
        last = m.end()
    if apposition and last == len(core):
        return None
    a = s0 + last
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " ,":
        b -= 1
    return (a, b) if a < b else None


def _with_pieces(text: str, claims: list[Claim], pieces: list[tuple[Claim, int, int]]) -> list[Claim]:
    """``claims`` and, for each (claim, start, end) of ``pieces``, a copy of that claim (same source, cue and
    mode) over text[start:end], unless a claim that is not the author's already covers part of it."""
    if not pieces:
        return claims
    spans = [(o.start, o.end) for o in claims if o.mode != "asserted"]
    taken = SpanIndex(spans, spans)
    added = [replace(c, start=a, end=b, text=text[a:b]) for c, a, b in pieces if not taken.any(a, b)]
    if not added:
        return claims
    return sorted(claims + added, key=lambda c: (c.start, c.end))


def subject_of_passive_as_content(doc: Document, claims: list[Claim]) -> list[Claim]:
    """"Many Democrats are expected to follow the lead of ...", "North Korea is not thought to be capable
    of ...", "Trump appears to have learned ...": no one is named as saying it, and the subject is part of
    what is said; PolNeAR marks it as a piece of the content before the cue (train: 316 of 390 such
    attributions without a source), as it marks the piece before a parenthetical frame. The subject
    becomes a second claim with the same cue, as ``crf_repairs._words_before_parenthetical_frame`` adds that piece.
    Only where the claim has no source before the cue (``_passive_hearsay`` dropped the subject as one; the
    agent after it, "was accused of rape by a woman", is ``agents_of_passives``'), its content
    follows the cue, and the cue is no telling of an addressee ("were asked to pick"); an "it" or
    "there" before a verb of seeming that no infinitive follows ("It seemed like ...") is no subject.
    The stage runs this after ``_for_readers``, which drops a one-word piece cut from a claim with the
    same frame ("The", "which"): a subject of one word ("peacekeepers", "he") is such a piece here.
    PolNeAR dev: exact content 60.8 -> 61.0 (train sample: +0.5)."""
    if not doc.sentences:
        return claims
    text = doc.text
    starts = [s.start for s in doc.sentences]
    pieces = []
    for c in claims:
        cue = c.cue
        if c.mode in ("direct", "asserted") or cue is None or cue.end > c.start \
                or (c.source is not None and text[max(0, c.source.start - 3):c.source.start] != "by "):
            continue        # a speaker named, unless it is the passive's agent ("by a woman")
        verb = cue.text.strip()
        seeming = _SEEMING_CUE.fullmatch(verb) is not None
        if not (seeming or _PASSIVE_SUBJECT_CUE.fullmatch(verb)) or _ADDRESSED.match(verb):
            continue
        k = bisect_right(starts, cue.start) - 1
        if k < 0:
            continue
        ab = _subject_before(text, doc.sentences[k].start, cue.start)
        if ab is None:
            continue
        a, b = ab
        if len(text[a:b].split()) > MAX_PASSIVE_SUBJECT_WORDS or not has_words(text[a:b], 1):
            continue
        if seeming and text[a:b].lower() in ("it", "there") and not text.startswith(" to ", cue.end):
            continue
        pieces.append((c, a, b))
    return _with_pieces(text, claims, pieces)


# "which he described as ...", "what Trump says his tax plan would do": a relative pronoun right before the
# speaker, not after a preposition ("in which he says ...": the pronoun is the circumstance, not the words).
_RELATIVE_BEFORE_SPEAKER = re.compile(
    r"(?i)(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bfor )(?<!\bby )(?<!\bwith )(?<!\bof )(?<!\bfrom )(?<!\bduring )"
    r"(?<!\bunder )(?<!\bafter )(?<!\bthrough )\b(?:which|what|who)\s+$")


def relative_pronoun_as_content(doc: Document, claims: list[Claim]) -> list[Claim]:
    """"the Federal mine, which Mr. Clarke says he is doing everything he can to keep open", "amounting to
    what the senators said was economic gerrymandering": the relative pronoun before the speaker stands for
    what is said (the gap in "he is doing everything he can to keep open"); PolNeAR marks it as the first
    piece of the content. It becomes a second claim with the same source and cue, after ``_for_readers``
    (which drops one-word pieces the tagger cut off). PolNeAR dev: exact content 61.0 -> 61.2 (train
    sample: +0.1; 10 of 13 pieces right)."""
    text = doc.text
    pieces = []
    for c in claims:
        src, cue = c.source, c.cue
        if c.mode in ("direct", "asserted") or cue is None or src is None \
                or not src.end <= cue.start <= cue.end <= c.start:
            continue
        m = _RELATIVE_BEFORE_SPEAKER.search(text, max(0, src.start - 20), src.start)
        if m is None or m.end() != src.start:
            continue
        a = m.start()
        pieces.append((c, a, a + len(text[a:m.end()].rstrip())))
    return _with_pieces(text, claims, pieces)


# "He said:", "The New York Times reports:", "Caddell continued:": a speaker and a verb of saying closing a
# paragraph (or a line) on a colon, the quotation after it.
_COLON_FRAME = re.compile(
    rf"(?P<s>{_SPEAKER_PHRASE})\s+(?P<v>(?:(?:also|then|later|simply|once|again|further)\s+)?(?:{_QUOTE_VERBS}|"
    r"reports|reported|stated|states|posted|posts|continued|responded)"
    r"(?:\s+(?:on|in)\s+[\w\s]{1,30}?)?:)\s*$")
COLON_FRAME_REACH = 150    # characters before the quotation searched for its frame


def quotations_after_a_colon_frame(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A quotation with no verb of its own after a frame that ends on a colon, often in the paragraph
    before ("He said:\n\n\"We have a situation ...\"", "The New York Times reports:\n\n\"In an
    illustration ...\""): the frame's speaker said it, and the verb with its colon is the cue (PolNeAR
    marks "said:", "reports:": train 222 cues end on the colon, 18 stop before it). The tagger reads the
    frame as a sentence of its own, and the quotation went without a cue or with the last speaker
    linked. PolNeAR dev: exact source 75.6 -> 75.7, cue 69.1 -> 69.2 (train sample: source +0.1)."""
    text = doc.text
    out = []
    for c in claims:
        if c.mode == "direct" and c.cue is None:
            m = _COLON_FRAME.search(text, max(0, c.start - COLON_FRAME_REACH), c.start)
            if m is not None:
                s0, s1 = m.span("s")
                c = replace(c, cue=doc.span(*m.span("v")),
                            source=Source(start=s0, end=s1, text=text[s0:s1], kind=classify(text[s0:s1])))
        out.append(c)
    return out


# "... promised to continue supporting Clinton and said she would ...", "... behavior “outrageous” and called for
# compensation ...": a second verb of saying in the past, coordinated with the first, and its particle.
_AND_SAYING = re.compile(r"(?:,\s+|\s+)and\s+(?:(?:also|then|later)\s+)?(?P<v>[a-z]+ed|said|told|wrote|spoke|made)\b"
                         r"(?P<p>\s+(?:for|on|against|about|to))?")


def coordinated_sayings(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A reported claim whose content runs on into a second verb of saying of the same speaker ("Trump
    said he would order a thorough review of the nation’s computer defenses and warned against potential
    hackers from China, Russia and North Korea", "Scott's family has called on police to release the
    videos ... and called on people to protest peacefully") is two claims: the first ends before "and",
    the second has that verb (with its particle, or its colon) as cue and what follows as content
    (PolNeAR marks two attributions). Outside quotation marks; the verb must be in the English cue
    lexicon. PolNeAR dev: exact cue 69.2 -> 69.5, content 61.2 -> 61.7 (train sample: cue +0.1,
    content +0.2)."""
    text = doc.text
    speech = _speech_lemmas()
    reported = lexicon.cues("en").get("reported", frozenset())
    out = []
    for c in claims:
        if c.mode in ("indirect", "reported") and c.cue is not None and c.cue.end <= c.start \
                and text[c.start] not in "“\"'‘":
            for m in _AND_SAYING.finditer(text, c.start, c.end):
                before = text[c.start:m.start()]
                verb = m.group("v")
                if _in_quotation(before) or len(before.split()) < 2 or (verb not in speech and lemma(verb) not in speech):
                    continue
                v0, v1 = m.start("v"), m.end("p") if m.group("p") else m.end("v")
                rest = m.end()
                if text[rest:rest + 1] == ":":
                    v1 = rest + 1
                while rest < c.end and (text[rest].isspace() or text[rest] in ",:"):
                    rest += 1
                if c.end - rest < 3:
                    continue
                out.append(replace(c, end=m.start(), text=before))
                # the second verb decides its own mode ("accused him of fraud and said he had hidden
                # millions": the accusation is reported, what was said indirect)
                mode = "reported" if lemma(verb) in reported or verb in reported else "indirect"
                c = replace(c, start=rest, text=text[rest:c.end], cue=doc.span(v0, v1), mode=mode)
                break
        out.append(c)
    return out


def _in_quotation(before: str) -> bool:
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# Where a thing was said, opening a content right after "<cue> on/in": 'explained on an episode of their
# podcast "Beyond Finances."', 'said in an interview with CNN', 'wrote in a blog post'.
_WHERE_GAP = re.compile(r"\s+(?:on|in|during|via|through)\s+")
_MEDIUM = frozenset("""episode episodes podcast podcasts interview interviews statement statements post posts blog
    blogs show shows broadcast broadcasts programme program tweet tweets email emails e-mail letter letters video
    videos call conference appearance column op-ed speech newsletter book memoir documentary""".split())
_WHERE_OPENER = frozenset("a an the his her their its our my".split())
# A content of a preposition and a word or two right after the cue: no claim ('Vindman reported to him',
# 'She apologizes to her family').
# (an infinitive is content: 'declined to comment', 'pledged to remain civil')
# What the speaker was doing when saying it, right after the cue ('Cook said while visiting Salesforce's
# Dreamforce conference'), and a content that is only a date ('In 1997, Elise wrote, she interviewed Mike'
# gave 'In 1997' as a claim of its own beside the right one).
_DOING_WHILE = re.compile(r"(?:while|when|after|before)\s+[a-z]+ing\b")
_MONTHS_DAYS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
                "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_ONLY_A_DATE = re.compile(rf"(?i)(?:in|on|since|until|by|during)\s+(?:(?:early|late|mid)\s+)?"
                          rf"(?:\d{{4}}s?|(?:{_MONTHS_DAYS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?)")
_BARE_PREPOSITION = re.compile(r"(?i)to\s+(?:him|her|them|me|us|it|(?:his|her|their|its|my|our|the)\s+[\w’'-]+)\W*")


def where_it_was_said(doc: Document, claims: list[Claim]) -> list[Claim]:
    """A content that only names where it was said, right after the cue and a preposition ('You can make an
    even bigger difference by increasing your income, he and his wife Kali explained on an episode of their
    podcast "Beyond Finances."': the content was the episode; Scrapinghub dev), is the sentence's clause
    before the speaker and its comma where the speaker follows one (replacing a claim of the author's there),
    else no claim; so is what the speaker was doing ('Cook said while visiting ...'); a content of 'to' and an
    object ('reported to him') or of a date alone ('In 1997, Elise wrote, she ...') is no claim either."""
    text = doc.text
    cands = []
    for c in claims:
        cue, src = c.cue, c.source
        if cue is not None and _ONLY_A_DATE.fullmatch(c.text.strip(" ,.")):
            cands.append((c, None))
            continue
        if cue is None or src is None or not cue.end <= c.start:
            continue
        gap = text[cue.end:c.start]
        if not gap.strip() and _BARE_PREPOSITION.fullmatch(c.text.strip()):
            cands.append((c, None))
            continue
        if not gap.strip() and _DOING_WHILE.match(c.text):
            cands.append((c, src))
            continue
        where = _WHERE_GAP.match(text, cue.end, c.start + 1)
        words = text[where.end():c.end].split() if where else []
        if not words or len(words) > 14 or words[0].lower() not in _WHERE_OPENER \
                or not any(w.lower().strip(".,\"“”'’") in _MEDIUM for w in words[1:5]) \
                or len(text[cue.end:c.start].split()) > 6 \
                or any(w.lower() in ("that", "whether", "if", "to") for w in c.text.split()) \
                or c.text[:1] in "\"“‘'" or re.search(r"[.!?\"“”]", text[cue.end:c.start]):
            continue    # (a clause after the place is content: 'announced in a statement this month that ...';
            #            so is a quotation after it: 'she wrote in an email. “Sort of mildly quizzical.”')
        cands.append((c, src))
    if not cands:
        return claims
    sentences = SortedSentences(doc)
    gone: set[int] = set()
    added: list[Claim] = []
    for c, src in cands:
        gone.add(id(c))
        sent = sentence_at(sentences, c.start) if src is not None else None
        if sent is None or not sent.start < src.start < c.start:
            continue
        before = text[sent.start:src.start].rstrip()
        if not before.endswith(",") or len(before.split()) < 4:
            continue
        end = sent.start + len(before) - 1
        start = sent.start + (len(text[sent.start:end]) - len(text[sent.start:end].lstrip()))
        for o in claims:
            if o is not c and o.start < end and start < o.end:
                if (o.start, o.end) == (start, end) and o.cue is not None:
                    break       # the claim is there already
                if o.cue is None and o.mode == "asserted":
                    gone.add(id(o))
                else:
                    break
        else:
            inner = text[start:end]
            mode = "direct" if inner[:1] in "\"“" else "indirect"
            added.append(replace(c, start=start, end=end, text=inner, mode=mode))
    return sorted([c for c in claims if id(c) not in gone] + added, key=lambda x: (x.start, x.end))


def english_claims(doc: Document, claims: list[Claim]) -> list[Claim]:
    """The English checks, in order (the stage calls this after the source kinds)."""
    claims = groups_opening_a_sentence(doc, people_by_their_role(doc, tidy_speakers(doc, claims)))
    claims = around_according_to(doc, things_that_tell(doc, claims))
    claims = without_participles_of_doing(doc, the_reader_is_no_source(doc, without_deeds_as_cues(doc, claims)))
    claims = quotations_after_a_colon_frame(doc, without_datelines(doc, without_page_furniture(doc, claims)))
    claims = where_it_was_said(doc, claims)
    return agents_of_passives(doc, contracted_auxiliary_in_cue(doc, coordinated_sayings(doc, claims)))
