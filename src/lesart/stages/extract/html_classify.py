"""The passes that tell the story from furniture by the blocks' own text.

``_split_repeats`` and ``_split_glued`` cut blocks into lines where a page glued
furniture to the story (a repeated line, a share bar); ``_classify`` labels each
block (title, heading, body, caption, navigation, boilerplate, advertisement) by
its phrases, links and place, then runs the passes over the whole article:
repeated paragraphs, comment sections, "about the author" sections, "read more"
teasers, runs of menu labels, headings left without their text."""
from __future__ import annotations

import re
from collections.abc import Container

from . import phrases as P
from .html_blocks import _Block, _at_edge, _is_title, _norm, _orphan_headings, _substantial, _title_norms
from .html_captions import _Captions
from .html_meta import PageMeta

_LINK_LIST_SHARE = 0.6
_LINK_LINE_SHARE = 0.8
_LINK_LINE_WORDS = 25
# A short line with a link that sends the reader to another page ("Alles über
# nachhaltige Wanderschuhe findest Du hier.", '... weiter zu "die Wortwahl"').
# ("erfahren Sie hier" is left alone: trafilatura's German pages keep it as text.)
_CROSS_LINK = re.compile(r"\b(?:findest du|finden sie|findet ihr)\s+(?:hier|unter diesem link)\W*$|"
                         r"^\W*(?:\.\.\.|…)?\s*weiter zu[mr]?\b", re.IGNORECASE)
_CROSS_LINK_WORDS = 15


def _running_text(block: _Block) -> bool:
    """A paragraph of running text (a body block of sentences, not a label or a menu line)."""
    return block.kind == "body" and block.words >= 15 and bool(_SENTENCE_END.search(block.text))
# "Ad" alone (ADVERTISEMENT_START wants the whole word "Advertisement"; "Ad" opens too
# many sentences to be a label unless it stands alone).
_AD_SLOT_LABEL = re.compile(r"^\W*ads?\W*$", re.IGNORECASE)
# A box of linked headlines inside the story (_is_teaser_box).
_TEASER_BOX_SHARE = 0.9
_TEASER_LINE_WORDS = 15


def _line_kind(line: str, seen: Container[str], phrases: bool) -> str | None:
    """The furniture kind of one line inside a multi-line block, or None.

    Repeats of an earlier line, bare timestamps, image addresses and script
    settings are metadata dumped into the body.  With ``phrases``, a short
    line with a reader-address phrase ("Aktuelle Nachrichten aufs Handy? ...
    News-App", "Ich bin damit einverstanden, dass mir der externe Inhalt
    angezeigt wird") is the furniture that _classify cuts as a block of its
    own, only glued to its neighbours by the markup (one <div> with <br>s)."""
    key = _norm(line)
    if (key in seen and len(key) > 12) or P.JUNK_LINE.match(line) or P.CODE_LINE.match(line):
        return "boilerplate"
    words = len(line.split())
    if not phrases or words > P.MAX_PHRASE_WORDS:
        return None
    kind = P.phrase_kind(line)
    if kind == "advertisement" and P.AD_WORD_IN_SENTENCE.match(line):
        kind = None         # "Werbung nervt." opens a sentence; it labels nothing
    if kind is None and P.HTML_BOILERPLATE.found(line):
        kind = "boilerplate"
    if kind is None and words <= P.CREDIT_WORDS and (P.CREDIT_LINE.search(line) or P.DATELINE.match(line)):
        kind = "boilerplate"
    return kind


class _SeenLines:
    """The normalised (``_norm``) lines of the blocks read so far.

    Lines are normalised at the first lookup after they were added: only
    blocks of three lines or more look lines up, most pages have none, and
    normalising every paragraph was most of _split_repeats' time."""

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._lines: list[str] = []

    def extend(self, lines: list[str]) -> None:
        self._lines.extend(lines)

    def __contains__(self, key: str) -> bool:
        if self._lines:
            self._keys.update(map(_norm, self._lines))
            self._lines.clear()
        return key in self._keys


def _split_repeats(article: list[_Block], captions: _Captions | None = None) -> list[_Block]:
    """Lines of a multi-line block that are furniture (``_line_kind``) leave
    the article as blocks of their own kind; the runs keep their order.
    Repeats are looked for in blocks of three lines or more (a two-line
    block is a heading with its kicker as often as a teaser), phrases in
    body and quote blocks of two lines or more that are too long for
    _classify's check of the whole block (a short block is judged whole:
    "Die mit einem" / "Symbol ... sind Affiliate-Links" is one notice).  A line that is a
    picture's caption (``_Captions``; in the story's first block only a
    <figcaption>) leaves as a caption block: pages that set the story in one
    element with <br>s put the captions of its pictures between the lines."""
    seen = _SeenLines()
    result: list[_Block] = []
    first_body = next((b for b in article if b.kind == "body"), None)
    for block in article:
        lines = block.text.split("\n")
        phrases = len(lines) >= 2 and block.kind in ("body", "quote") and (
            block.words > P.MAX_PHRASE_WORDS or P.phrase_kind(block.text) is None)
        if len(lines) >= 2 and block.kind == "body" and block.words <= _END_MATTER_WORDS \
                and P.END_MATTER_LABEL.match(lines[0]):
            # "Pressekontakte:" / "Arbeiter-Samariter Bund: poea@asb.de, Tel. ..." is one box
            seen.extend(lines)
            result.append(_Block(kind="boilerplate", text=block.text, tag=block.tag))
            continue
        if len(lines) < 3 and not phrases:
            seen.extend(lines)
            result.append(block)
            continue
        runs: list[tuple[str | None, list[str]]] = []
        for line in lines:
            kind = _line_kind(line, seen if len(lines) >= 3 else set(), phrases)
            if kind is None and phrases and captions is not None \
                    and captions.holds(line, marked=block is not first_body):
                kind = "caption"
            if kind is None and runs and runs[-1][0] is not None and not any(map(str.isalnum, line)):
                kind = runs[-1][0]      # the "." after a cut link ("... die aktuelle Ausgabe" / "hier" / ".")
            if kind is None and runs and runs[-1][0] == "boilerplate" and line[:1].islower() \
                    and _OPEN_SENTENCE.search(runs[-1][1][-1]):
                # the reader-address sentence goes on ("Werden Sie Mitglied bei" / "for me und erhalten
                # Sie ..."); not after a label ("Anzeige" / "um eine Forschungsgruppe erweitert")
                kind = "boilerplate"
            seen.extend([line])
            if runs and runs[-1][0] == kind:
                runs[-1][1].append(line)
            else:
                runs.append((kind, [line]))
        if len(runs) == 1 and runs[0][0] is None:
            result.append(block)
            continue
        for kind, run in runs:
            text = "\n".join(run)
            if kind is not None:
                result.append(_Block(kind=kind, text=text, tag=block.tag))
            else:
                result.append(_Block(kind=block.kind, text=text, tag=block.tag,
                                     link_share=block.link_share, items=block.items))
    return result


_END_MATTER_WORDS = 150

# A line of three words or more that stops in the middle of a sentence.
_OPEN_SENTENCE = re.compile(r"\w+\s+\w+\s+\w+\s*$")

_SHARE_WINDOW = 800     # characters at a block's end searched for a share label


def _split_glued(article: list[_Block]) -> list[_Block]:
    """A body block that a theme glued to its furniture loses it: a "click to
    tweet" button after a quotable sentence, the share and like buttons after
    the story's last sentence ("... von 2%… Bewerten: Teilen
    Sie dies mit: Twitter Facebook ... Gefällt mir: Liken Lade …") and a date
    label before its first ("Veröffentlichung: 2. Februar 2022 ...") become
    boilerplate blocks of their own.  A share label counts only when share
    targets follow it and the rest of the block is short."""
    result: list[_Block] = []
    for block in article:
        # ("tweet" in the lowered text: a cheap test that the button may be there; the pattern
        # searched at every position of every paragraph cost 0.2 ms a page)
        if block.kind in ("body", "quote") and "tweet" in block.text.lower() \
                and (button := P.TWEET_BUTTON.search(block.text)) and button.start():
            # the plugin's button after a quotable sentence; the sentence is the story's
            result.append(_Block(kind=block.kind, text=block.text[:button.start()], tag=block.tag,
                                 link_share=block.link_share, items=block.items))
            result.append(_Block(kind="boilerplate", text=block.text[button.start():].strip(), tag=block.tag))
            continue
        if block.kind != "body" or ":" not in block.text:
            result.append(block)
            continue
        text = block.text
        head = tail = None
        match = P.DATE_HEAD.match(text)
        if match and block.words > P.CREDIT_WORDS:
            head, text = text[:match.end()].rstrip(), text[match.end():]
        match = P.SHARE_TAIL.search(text, max(0, len(text) - _SHARE_WINDOW))
        if match and text[:match.start()].strip() and P.SHARE_TARGETS.search(text, match.end()) \
                and len(text[match.start():].split()) <= P.SHARE_TAIL_WORDS:
            text, tail = text[:match.start()].rstrip(), text[match.start():]
        if head is None and tail is None:
            result.append(block)
            continue
        if head is not None:
            result.append(_Block(kind="boilerplate", text=head, tag=block.tag))
        result.append(_Block(kind=block.kind, text=text, tag=block.tag, link_share=block.link_share, items=block.items))
        if tail is not None:
            result.append(_Block(kind="boilerplate", text=tail, tag=block.tag))
    return result


def _classify(article: list[_Block], meta: PageMeta, captions: _Captions, own_hosts: frozenset[str] = frozenset()) -> None:
    """``own_hosts``: the page's own host names (``site_hosts``), where known."""
    title_norms = _title_norms(meta)
    # The story's first paragraph may repeat under the picture as its caption
    # (a standfirst that the page's caption class holds too): only a <figcaption> cuts it.
    first_body = next((i for i, b in enumerate(article) if b.kind == "body"), -1)
    for index, block in enumerate(article):
        short = block.words <= P.MAX_PHRASE_WORDS
        if index < 3 and block.words <= 40 and not any(b.kind == "title" for b in article[:index]) \
                and not any(_running_text(b) for b in article[:index]) \
                and any(_is_title(block, t) for t in title_norms):
            # (not below a paragraph of the story: there a heading that starts like the
            # headline, "Bee Simulator Mehrspieler" under the game's description, is a subheading)
            block.kind = "title"
        elif captions.holds(block.text, marked=index != first_body) or (block.words <= 60 and (P.CAPTION_END.search(block.text)
                                                                    or P.CAPTION_START.match(block.text))):
            block.kind = "caption"
        elif block.tag == "list" and block.items >= 2 and block.link_share >= _LINK_LIST_SHARE:
            block.kind = "navigation"
        elif block.words <= _LINK_LINE_WORDS and block.link_share >= _LINK_LINE_SHARE \
                and block.tag != "head" and _at_edge(article, index) and not _cited_address(block.text, own_hosts):
            # Headings are left alone: a linked subheading is an anchor into
            # the story; a heading over a cut link list goes with it anyway
            # (_orphan_headings).
            block.kind = "navigation"
        elif _is_teaser_box(block):
            block.kind = "navigation"
        elif block.kind == "body" and block.words == 1 and _AD_SLOT_LABEL.match(block.text):
            # the English label of an ad slot, left standing in the story when the ad did not load
            block.kind = "advertisement"
        elif block.kind == "body" and block.words <= 4 and P.READ_MORE.match(block.text):
            # a bare "Mehr erfahren" / "Weiterlesen" / "Read more" button, wherever it stands:
            # no sentence of a story is only that (inside the story, a list of teasers puts one
            # under each teaser; _cut_read_more_teasers then takes the teasers)
            block.kind = "navigation"
        elif block.kind == "body" and block.link_share > 0 and block.words <= _CROSS_LINK_WORDS \
                and _CROSS_LINK.search(block.text):
            block.kind = "navigation"
        elif short and (kind := P.phrase_kind(block.text)) is not None \
                and not (kind == "advertisement" and P.AD_WORD_IN_SENTENCE.match(block.text)) \
                and not _list_of_steps(block):
            block.kind = kind
        elif short and (P.HTML_BOILERPLATE.found(block.text) or P.is_share_bar(block.text)):
            block.kind = "boilerplate"
        elif block.words <= P.BYLINE_WORDS and P.HTML_BYLINE.search(block.text) \
                and (block.kind == "body" or (block.kind == "heading" and not any(map(_substantial, article[:index])))):
            # "Von: det/dpa"; a byline set as a heading above the story ("Von Jan Kupitz")
            block.kind = "boilerplate"
        elif block.words <= P.LEGAL_NOTICE_WORDS and P.LEGAL_NOTICE.search(block.text):
            block.kind = "boilerplate"
        elif _is_link_dump(block.text):
            block.kind = "boilerplate"
        elif block.words <= P.CREDIT_WORDS and (P.CREDIT_LINE.search(block.text)
                                                or (P.URL_ONLY.match(block.text) and not _cited_address(block.text, own_hosts))
                                    or P.DATELINE.match(block.text.split("\n")[0])):
            block.kind = "boilerplate"
        elif block.kind == "body" and block.words <= P.BYLINE_WORDS and P.BYLINE.search(block.text):
            block.kind = "boilerplate"
        elif block.kind == "body" and index and article[index - 1].kind == "quote" \
                and block.words <= P.ATTRIBUTION_WORDS and P.ATTRIBUTION.match(block.text):
            # the signature under a pull quote ("Karsten Haustein, Universität Leipzig")
            block.kind = "boilerplate"
        elif block.kind == "body" and block.words <= P.ROLE_LINE_WORDS and P.ROLE_LINE.match(block.text):
            block.kind = "boilerplate"
        elif block.kind in ("body", "quote") and block.words <= P.AUTHOR_BIO_WORDS and P.AUTHOR_BIO.search(block.text) \
                and (_at_edge(article, index) or block.text.lstrip().startswith(("...", "…"))):
            # Only above or below the story: inside it, "X ist Journalistin" is
            # a portrait's sentence.  "... ist Senior Fellow bei ..." continues
            # the name on an expert's picture box, wherever the box stands.
            block.kind = "boilerplate"
        elif block.kind in ("body", "quote") and block.words <= P.AUTHOR_BIO_WORDS and P.HTML_BIO.search(block.text) \
                and _story_above(article, index) and not any(map(_substantial, article[index + 1:])):
            # under the story: "Die Autorin ist Achtsamkeitslehrerin und ..."
            block.kind = "boilerplate"
        elif block.kind == "body" and block.words <= P.CONTRIBUTORS_WORDS and P.may_name_contributors(block.text) \
                and P.CONTRIBUTORS.search(block.text) \
                and _story_above(article, index) and not any(map(_substantial, article[index + 1:])):
            # under the story: "(Reporting by ...; Editing by ...)", "AP writers ... contributed to this report."
            block.kind = "boilerplate"
    _cut_above_title(article)
    _cut_repeats(article, title_norms)
    _cut_comment_sections(article)
    _cut_about_sections(article)
    _cut_read_more_teasers(article)
    _cut_menu_runs(article)
    _orphan_headings(article)


def site_hosts(*urls: str | None) -> frozenset[str]:
    """The host names of the page's own addresses (its URL, og:url), without "www."."""
    hosts = set()
    for url in urls:
        if url and (host := _host(url.strip())):
            hosts.add(host)
    return frozenset(hosts)


def _host(url: str) -> str | None:
    match = _URL_HOST.match(url)
    if match is None:
        return None
    host = match.group(1).lower().split(":")[0]
    return host[4:] if host.startswith("www.") else host


_URL_HOST = re.compile(r"^\s*(?:https?://)?([^/\s?#]+)", re.IGNORECASE)


def _cited_address(text: str, own_hosts: frozenset[str]) -> bool:
    """A bare address of another site, standing alone as a line of the story:
    the source it cites ("http://www.openpetition.de/petition/online/...",
    "http://www.gnu.org/philosophy/free-sw.de.html" under the paragraph that
    points to it); gold texts keep it, as trafilatura does.  An address of the
    page's own site (its permalink under the story: "https://www.ndr.de/
    nachrichten/...") is furniture, and so is any bare address where the page's
    own address is not known."""
    if not own_hosts or not P.URL_ONLY.match(text):
        return False
    host = _host(text)
    return bool(host) and not any(host == own or host.endswith("." + own) or own.endswith("." + host)
                                  for own in own_hosts)


# Words of story text above a block that make it "under the story" (_story_above).
_STORY_ABOVE_WORDS = 120


def _story_above(article: list[_Block], index: int) -> bool:
    """Story text stands above the block: one long paragraph (``_substantial``)
    or, in wire copy that sets a sentence or two a paragraph (Reuters, AP:
    30-50 words each), _STORY_ABOVE_WORDS words of body text in all."""
    if any(map(_substantial, article[:index])):
        return True
    return sum(b.words for b in article[:index] if b.kind in ("body", "quote")) >= _STORY_ABOVE_WORDS


def _cut_above_title(article: list[_Block]) -> None:
    """A short heading above the headline is the section it is filed under
    ("Pressemitteilungen" over a sports federation's release) or a kicker,
    not the story: the gold texts start below the headline."""
    title = next((i for i, b in enumerate(article) if b.kind == "title"), None)
    if title is None:
        return
    for block in article[:title]:
        if block.kind == "heading" and block.words <= _ABOVE_TITLE_WORDS:
            block.kind = "navigation"


_ABOVE_TITLE_WORDS = 6


def _cut_repeats(article: list[_Block], title_norms: list[str]) -> None:
    """A paragraph the page prints twice (a standfirst repeated above the story,
    a teaser holding the next paragraph's first sentences: "Heute gilt
    Achtsamkeit als Megatrend ..." above the whole paragraph) is kept once;
    a heading near the top that repeats the headline once the title is
    found ("Fünf Kleinkinder ... / Neu" as the title, the same words as a
    heading below) goes as well."""
    seen: set[str] = set()
    has_title = False
    kept = [b for b in article if b.kind in ("body", "quote", "heading", "title")]
    for position, block in enumerate(kept):
        if block.kind == "title":
            has_title = True
            continue
        key = _norm(block.text)
        if block.kind == "heading" and has_title and position < 5 and block.words <= 40 \
                and any(key == t for t in title_norms):
            block.kind = "boilerplate"
            continue
        if block.kind not in ("body", "quote") or block.words < _REPEAT_WORDS:
            continue
        following = kept[position + 1] if position + 1 < len(kept) else None
        if key in seen or (following is not None and following.kind == block.kind
                           and following.words > block.words and _norm(following.text).startswith(key)):
            block.kind = "boilerplate"
        else:
            seen.add(key)


_REPEAT_WORDS = 8


def _cut_comment_sections(article: list[_Block]) -> None:
    """Below the story, a comment section's label ("Kommentare", "3 Kommentare",
    "Leserkommentare") starts the readers' comments: their names, votes and
    texts are not the story, however long."""
    for index, block in enumerate(article):
        if block.words > 3 or not _COMMENTS_LABEL.match(block.text) or not _story_above(article, index):
            continue
        before = sum(b.words for b in article[:index] if b.kind in ("body", "quote"))
        if sum(b.words for b in article[index + 1:] if b.kind in ("body", "quote")) >= before:
            return          # most of the text still follows: a comment counter in the story's head
        for following in article[index:]:
            if following.kind in ("body", "heading", "quote"):
                following.kind = "boilerplate"
        return


_COMMENTS_LABEL = re.compile(r"^\W*(?:\d+\s+)?(?:leser)?kommentare(?:\s*\(\d+\))?\W*$|^\W*comments?(?:\s*\(\d+\))?\W*$",
                             re.IGNORECASE)


def _cut_about_sections(article: list[_Block]) -> None:
    """A section under the story whose heading says it is about the author,
    the series or whom the press may call ("Über diese Reihe", "Über die
    Autorin", "Pressekontakt", "About the author") is the site's box, not the
    story: the heading and its blocks up to the next heading are cut, when no
    long paragraph of the story follows."""
    for index, block in enumerate(article):
        if block.tag != "head" or block.kind not in ("heading", "boilerplate") or block.words > 6 \
                or not P.ABOUT_HEADING.match(block.text):
            continue
        if any(map(_substantial, article[index + 1:])) or not _story_above(article, index):
            continue
        block.kind = "boilerplate"
        for following in article[index + 1:]:
            if following.kind == "heading":
                break
            if following.kind in ("body", "quote"):
                following.kind = "boilerplate"


def _cut_read_more_teasers(article: list[_Block]) -> None:
    """A short paragraph right above a bare "weiterlesen" / "read more" link,
    below the story's start and not after the story's own text (a heading,
    a cut block or another such link stands before it), is another page's
    teaser.  (After a paragraph of the story, "Weiterlesen" leads to the
    story's next page.)"""
    for index in range(1, len(article) - 1):
        block, following, before = article[index], article[index + 1], article[index - 1]
        if block.kind == "body" and block.words <= _TEASER_WORDS and following.kind == "navigation" \
                and P.READ_MORE.match(following.text) and any(map(_substantial, article[:index])) \
                and (before.kind not in ("body", "quote") or P.READ_MORE.match(before.text)):
            block.kind = "navigation"


_TEASER_WORDS = 80


def _cut_menu_runs(article: list[_Block]) -> None:
    """A long run of one-line labels above the story's first paragraph
    ("Übersicht: Arbeit" / "Arbeitsförderung" / "Leistungen der
    Arbeitsförderung" ...) is the site's menu that trafilatura took as
    paragraphs; inside and below the story such runs are tables and lists.
    Words are counted between spaces, which Chinese, Japanese or Thai text
    does not set: there a paragraph is one "word", so the story's start is
    also told by its length in characters, and a full-width full stop ends
    a sentence (else every paragraph of such a page was a label, and the
    whole story a menu)."""
    first = next((i for i, b in enumerate(article) if b.kind == "body"
                  and (b.words >= _MENU_STORY_WORDS or len(b.text) >= _MENU_STORY_CHARS)), len(article))
    run: list[_Block] = []
    for block in article[:first] + [None]:
        if block is not None and block.kind == "body" and block.words <= _MENU_LABEL_WORDS \
                and "\n" not in block.text and not _SENTENCE_END.search(block.text):
            run.append(block)
            continue
        if block is not None and block.kind not in ("body", "heading", "quote"):
            continue            # a cut block between the labels does not end the run
        if len(run) >= _MENU_RUN:
            for label in run:
                label.kind = "navigation"
        run = []


_MENU_STORY_WORDS = 25
# ... or this many characters (25 words of a spaced script are about 150)
_MENU_STORY_CHARS = 150
_MENU_LABEL_WORDS = 6
_MENU_RUN = 10
_SENTENCE_END = re.compile(r"[.!?:;\"“”»«)。！？」』]\s*$")


def _is_teaser_box(block: _Block) -> bool:
    """Several short lines, all of them links: headlines of other stories
    that the page set between two paragraphs ("Waldai-Residenz: Putin rüstet
    auf ..." / "Iran-Krieg: ..."), wherever they stand.  A linked sentence of
    the story is one line, or a long one."""
    lines = [line for line in block.text.split("\n") if line.strip()]
    return (block.kind == "body" and len(lines) >= 2 and block.link_share >= _TEASER_BOX_SHARE
            and all(len(line.split()) <= _TEASER_LINE_WORDS for line in lines))


def _list_of_steps(block: _Block) -> bool:
    """A list (two items or more) whose items are not all furniture phrases: the
    phrase at its start opens the first of its steps, not a sign-up box ("Sign up
    for a Hulu ad-free account for $11.99 a month" / "If you already have a Hulu
    account, visit your account page to upgrade" / ...: how to get the offer the
    story is about): its items are sentences, _STEP_WORDS words on average.  A
    box of plugs is a list of labels ("Order Reprints" / "Print Article", "E-Paper
    und News in einer App" / "Push-Nachrichten über den Tag hinweg"), or repeats
    its phrase in every item."""
    if block.tag != "list" or block.items < 2:
        return False
    items = [line for line in block.text.split("\n") if line.strip()]
    return len(items) >= 2 and block.words >= _STEP_WORDS * len(items) \
        and any(P.phrase_kind(item) is None for item in items)


_STEP_WORDS = 8


def _is_link_dump(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= 2 and all(P.LABELLED_URL.match(line) for line in lines)
