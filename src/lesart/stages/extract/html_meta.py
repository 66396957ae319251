"""Page metadata from <meta> tags and JSON-LD, read in one pass.

trafilatura's ``extract_metadata`` costs about 40 % of its own main-text
extraction (author and tag heuristics walk the whole tree), which would break
the speed budget of the extraction path.  News pages almost always state
title, authors, date, site, tags and type in <meta> and JSON-LD, so we read
those directly and only ask htmldate (cheap mode) when no date is declared.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

_MAX_JSONLD_CHARS = 500_000
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\||&|\bund\b|\band\b)\s*")
_AUTHOR_PREFIX = re.compile(r"^(?:(?:analysis|opinion|commentary|story|reporting|written|words)\s+by|von|by|text|"
                            r"autor(?:in)?|author)\s*:?\s+", re.I)
# Byline parts that say what the author is, not who: "AP Auto Writer", "CNN Editor-at-large",
# "NJ Advance Media for NJ.com", academic degrees after a name ("Ilana Muhlstein, MS, RDN").
_AUTHOR_ROLE = re.compile(r"(?i)\b(?:writer|editor(?:-at-large)?|correspondent|reporter|columnist|contributor|"
                          r"producer|redakteur(?:in)?|korrespondent(?:in)?)\b|\bmedia for\b")
_DEGREE = re.compile(r"(?:M\.?S|M\.?A|B\.?A|B\.?S|M\.?D|Ph\.?D|RDN|RD|MPH|MBA|DPhil|CPA|Esq)\.?")
# JSON-LD types that describe the article itself (not the site, breadcrumb...).
_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report|Review|Posting|Reportage|Column)$")

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "title")
_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished",
    "publish-date", "publishdate", "pubdate", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
    "published_time", "cxenseparse:recs:publishtime", "article:modified_time",
)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author",
                "sailthru.author", "byl", "twitter:creator")
_SITE_KEYS = ("og:site_name", "application-name", "publisher")
# A JSON-LD publisher that names who delivered or owns the story, not the site that shows it: a news agency
# or a paper's news service ('Associated Press' on chron.com, 'DH News Service' on deccanherald.com) or a
# firm by its legal form ('Tamedia AG' on Tages-Anzeiger); the page's og:site_name names the site then.
_NOT_THE_SITE = re.compile(r"(?i)^(?:the\s+)?(?:associated\s+press|ap|reuters|afp|agence\s+france-presse|dpa|"
                           r"deutsche\s+presse-agentur)$|\bnews\s+service$|\bwire$|"
                           r"\s(?:g?gmbh|ag|se|inc\.?|llc|ltd\.?|kg)$")
# (twitter:site is a handle, "@tazgezwitscher": the host name says more)
# Blog and site hosts whose name a page's JSON-LD may give as its publisher.
HOSTING_PLATFORMS = frozenset({"blogger", "blogspot", "wordpress", "wordpress.com", "medium", "tumblr",
                               "wix", "squarespace", "ghost", "substack", "jimdo"})
_TAG_KEYS = ("article:tag", "news_keywords", "keywords", "parsely-tags")


@dataclass
class PageMeta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    page_type: str | None = None
    description: str | None = None
    # Every description the page states, distinct (JSON-LD's, og:, plain,
    # twitter:): they differ more often than one would think, and a body
    # paragraph that repeats one of them is the standfirst.
    descriptions: list[str] = field(default_factory=list)
    # Every headline the page states (JSON-LD, og:title, <title> and its
    # parts, <h1>): the body often repeats one of them verbatim.
    title_variants: list[str] = field(default_factory=list)


# The elements read_metadata reads.  Each walk over a news page's tree costs
# about 0.2 ms, whatever it looks for, so they are gathered in one walk
# (``elements_by_tag``; extract_html adds the tags it needs itself).
METADATA_TAGS = ("meta", "script", "title", "h1", "time")


def elements_by_tag(tree, tags) -> dict[str, list]:
    """The elements of each tag in ``tags``, in document order, from one walk."""
    found: dict[str, list] = {tag: [] for tag in tags}
    for element in tree.iter(*tags):
        found[element.tag].append(element)
    return found


def read_metadata(tree, url: str | None = None, elements: dict[str, list] | None = None) -> PageMeta:
    """``elements``: ``elements_by_tag(tree, tags)`` for tags including METADATA_TAGS, if at hand."""
    if elements is None:
        elements = elements_by_tag(tree, METADATA_TAGS)
    metas = _meta_tags(elements["meta"])
    ld = _json_ld_article(elements["script"])
    meta = PageMeta()
    meta.title = _clean(ld.get("headline")) or _first(metas, _TITLE_KEYS) or _title_element(elements)
    meta.published = (_iso_date(ld.get("datePublished")) or _first_date(metas)
                      or _time_element_date(elements["time"])
                      or _url_date(url) or _url_date(_first(metas, ("og:url",))) or _htmldate(tree))
    publisher = _clean(_name_of(ld.get("publisher")))
    if publisher and publisher.lower() in HOSTING_PLATFORMS:
        publisher = None    # Blogger names itself the publisher of every blog it hosts
    site_name = _first(metas, ("og:site_name",))
    if publisher and site_name and _NOT_THE_SITE.search(publisher) and not site_name.startswith("http"):
        publisher = None    # a wire story's agency or the owner firm: 'Associated Press' on the Houston Chronicle
    meta.site = publisher or _first(metas, _SITE_KEYS) or _hostname(url)
    if meta.site and meta.site.startswith("@"):
        meta.site = meta.site[1:]
    meta.authors = _authors(ld, metas, meta.site)
    meta.tags = _tags(ld, metas)
    meta.language = _language(tree, metas)
    meta.page_type = _page_type(ld, metas)
    meta.descriptions = _descriptions(ld, metas)
    meta.description = meta.descriptions[0] if meta.descriptions else None
    meta.title_variants = _title_variants(elements, meta.title, ld, metas, (meta.site, _hostname(url)))
    return meta


_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description")


def _descriptions(ld, metas) -> list[str]:
    found = [_clean(ld.get("description"))]
    found += [_clean(value) for key in _DESCRIPTION_KEYS for value in metas.get(key, ())]
    return list(dict.fromkeys(d for d in found if d))


_TITLE_SEPARATORS = re.compile(r"\s+[|–—:-]\s+|\s+[|]\s*")


def _title_variants(elements, title, ld, metas, site_names=()) -> list[str]:
    """``site_names``: the site's name and host, where known: the part of "Headline -
    Entermedia" that names the site is no headline (a masthead line "Entermedia
    주요뉴스" above the story matched it, and the story's own headline below it
    was then left in the article)."""
    variants = [title, _clean(ld.get("headline")), _first(metas, _TITLE_KEYS)]
    sites = {_squashed(name.split(".")[0] if name == site_names[-1] else name)
             for name in site_names if name}
    for element in elements["title"]:
        text = _clean(element.text_content())
        if text:
            variants.append(text)
            variants.extend(part for part in _TITLE_SEPARATORS.split(text) if _squashed(part) not in sites)
        break
    for element in elements["h1"]:
        variants.append(_clean(element.text_content()))
        break
    unique: dict[str, None] = {}
    for variant in variants:
        if variant and len(variant) >= 8:
            unique.setdefault(variant, None)
    return list(unique)


def _squashed(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _meta_tags(meta_elements) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for element in meta_elements:
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(content.strip())
    return found


def _json_ld_objects(scripts) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if not raw.strip() or len(raw) > _MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
    return objects


def _types(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str)]


def _json_ld_article(scripts) -> dict[str, Any]:
    """The first JSON-LD object typed as an article; else a WebPage; else {}."""
    objects = _json_ld_objects(scripts)
    for obj in objects:
        if any(_ARTICLE_TYPE.search(t) for t in _types(obj)):
            return obj
    for obj in objects:
        if "WebPage" in _types(obj) and obj.get("headline"):
            return obj
    return {}


def _clean(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    if "&" in value and _ENTITY.search(value):
        # JSON-LD and double-escaped <meta> values keep HTML entities ("GmbH &amp; Co. KG")
        value = html.unescape(value)
    text = " ".join(value.split())
    return text or None


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def _first(metas: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in metas.get(key, ()):
            if (text := _clean(value)):
                return text
    return None


def _title_element(elements) -> str | None:
    for element in elements["h1"]:
        if (text := _clean(element.text_content())):
            return text
    for element in elements["title"]:
        if (text := _clean(element.text_content())):
            return re.split(r"\s+[|–—-]\s+", text)[0]
    return None


def _name_of(value: Any) -> Any:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return value.get("name")
    return value


def _split_authors(text: str) -> list[str]:
    names = []
    for part in _AUTHOR_SPLIT.split(_AUTHOR_PREFIX.sub("", text)):
        part = part.strip(" .")
        # A URL, a handle or one lowercase word is not a person's name.
        if part and "/" not in part and not part.startswith("@") and len(part) < 80:
            names.append(part)
    return names


def _authors(ld: dict[str, Any], metas: dict[str, list[str]], site: str | None = None) -> list[str]:
    value = ld.get("author") or ld.get("creator")
    values = value if isinstance(value, list) else [value] if value else []
    names: list[str] = []
    for item in values:
        name = _clean(_name_of(item))
        if name:
            names.extend(_split_authors(name))
    if not names:
        for key in _AUTHOR_KEYS:
            for raw in metas.get(key, ()):
                names.extend(_split_authors(raw))
            if names:
                break
    names = [name for name in names if not _DEGREE.fullmatch(name)]
    people = [name for name in names if not _AUTHOR_ROLE.search(name) and not _is_site(name, site)]
    if people:                     # a role or the site's name beside a person's name says nothing more
        names = people
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(_uncapitalised(name), None)
    return list(seen)


def _uncapitalised(name: str) -> str:
    """A person's name set in capitals by the byline's style ("ROBERT BURNS", "JEAN-PIERRE DUPONT") in the
    case a reader writes it ("Robert Burns"); an agency's or desk's initials ("AP", "DPA", "AFP/dpa") and
    one-word names stay as they are."""
    words = name.split()
    if len(words) < 2 or not name.isupper() or all(sum(c.isalpha() for c in w) <= 3 for w in words):
        return name
    return " ".join(w.title() if sum(c.isalpha() for c in w) >= 2 and w.strip(".,/") not in _INITIALS else w
                    for w in words)


# Agencies' and broadcasters' initials and legal forms a byline in capitals keeps ("BBC NEWS", "NATURSTROM AG")
_INITIALS = frozenset("AP AFP DPA BBC CNN NBC ABC CBS UPI KNA EPD SID APA SDA ANP DW ZDF ARD NDR WDR SWR MDR BR HR RBB "
                      "ORF SRF NYT WSJ USA UK US EU UN AG SE KG OHG GMBH LLC INC LTD PLC CO".split())


def _is_site(name: str, site: str | None) -> bool:
    """The publication as a byline's second name: "Business Insider" on Business Insider Deutschland."""
    if not site or len(name) < 4:
        return False
    a, b = name.casefold(), site.casefold()
    return a in b or b in a


def _iso_date(value: Any) -> str | None:
    text = _clean(value)
    if not text:
        return None
    match = _ISO_DATE.search(text)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if 1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return match.group(0)
    return None


def _first_date(metas: dict[str, list[str]]) -> str | None:
    for key in _DATE_KEYS:
        for value in metas.get(key, ()):
            if (date := _iso_date(value)):
                return date
    return None


def _time_element_date(time_elements) -> str | None:
    for element in time_elements:
        if (date := _iso_date(element.get("datetime"))):
            return date
    return None


# "/story/news/politics/2019/11/19/prison-guards-...", "/2024-05-03/...": a day in the page's own
# address. Before htmldate's guess, which on a USA TODAY page that declares "0001-01-01" took a
# 2017 photo caption's date for the article's.
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")


def _url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DAY.search(url.split("?", 1)[0])
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def _htmldate(tree) -> str | None:
    """Fallback for pages that declare no date: htmldate without its slow scan."""
    try:
        from htmldate import find_date
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate is a best-effort guesser; never fail the page
        return None
    return _iso_date(found)


def _hostname(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def _tags(ld: dict[str, Any], metas: dict[str, list[str]]) -> list[str]:
    raw: list[str] = []
    keywords = ld.get("keywords")
    if isinstance(keywords, list):
        raw.extend(k for k in keywords if isinstance(k, str))
    elif isinstance(keywords, str):
        raw.extend(keywords.split(","))
    if not raw:
        for key in _TAG_KEYS:
            for value in metas.get(key, ()):
                raw.extend(value.split(",") if key != "article:tag" else [value])
            if raw:
                break
    tags: dict[str, None] = {}
    for tag in raw:
        tag = " ".join(tag.split())
        if tag and len(tag) < 80:
            tags.setdefault(tag, None)
    return list(tags)[:50]


def _language(tree, metas: dict[str, list[str]]) -> str | None:
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    raw = root.get("lang") or root.get("xml:lang") or _first(
        metas, ("og:locale", "content-language", "language", "dc.language"))
    if not raw:
        return None
    code = re.split(r"[-_]", raw.strip())[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _page_type(ld: dict[str, Any], metas: dict[str, list[str]]) -> str | None:
    for value in _types(ld):
        return value
    return _first(metas, ("og:type",))
