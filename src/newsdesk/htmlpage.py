"""The HTML reader: a saved page becomes metadata and blocks.

Two passes. lxml (C, fast) reads the metadata (<meta> og:/article:/twitter:, JSON-LD, <time>)
and strips what a reader never sees or never wants: scripts, styles, the <head>, navigation,
asides, footers, forms, hidden and boilerplate-classed elements (each visible one reported
with its reason). What is left, the page's candidate content, is parsed by beautifulsoup4
(lxml parser), which finds the article's container (schema.org articleBody, <article>,
<main>, else the densest <p> subtree) and walks it into blocks. Building a bs4 tree costs
~20 µs per node, so it only ever sees the slimmed page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

import lxml.html
from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString
from lxml import etree

from .blocks import Block, norm_ws
from .meta import PageMeta, clean_authors, to_iso

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "webpage",
    "liveblogposting",
    "report",
    "scholarlyarticle",
    "socialmediaposting",
    "techarticle",
}


# Invisible or non-text elements: dropped without a trace.
_SILENT_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "video", "audio", "map", "head", "link", "meta", "input", "select", "textarea", "button",
)  # fmt: skip
# Inline formatting (not <a>: links make link density) and elements with no text.
_INLINE_TAGS = (
    "span", "b", "i", "em", "strong", "u", "s", "small", "big", "font", "abbr", "cite", "code",
    "mark", "sub", "sup", "time", "label", "q", "dfn", "kbd", "var", "ins", "del", "bdi", "bdo",
)  # fmt: skip
_EMPTY_TAGS = ("img", "picture", "source", "wbr", "track", "area", "param")
# Visible page furniture: dropped, and reported in `removed`.
_FURNITURE_TAGS = {"form", "nav", "aside", "footer", "figcaption", "dialog", "menu"}
# Never dropped for their class or id: the page's frame, and quoted content (an embedded
# post, a pull quote) whatever its class says.
_NEVER_BY_ATTR = {"html", "body", "article", "main", "blockquote"}
# The attributes the bs4 pass still needs (container detection); the rest are dropped.
_MAIN_ATTR = "data-newsdesk-main"  # marks the article's container for the bs4 pass
_KEEP_ATTRS = {_MAIN_ATTR}
# Never drop one element holding this share of the page's text: pages collapse or label their
# whole article in ways that look like furniture, and some wrap the whole page in a <form>.
_MAX_DROP_SHARE = 0.4
_BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "td",
    "th",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "dl",
    "table",
    "tbody",
    "thead",
    "tr",
    "header",
    "figure",
    "center",
    "address",
    "hr",
    "br",
    "body",
    "html",
}
_BOILER_ATTR_RE = re.compile(
    r"(?:^|[\s_-])(share|sharing|social|related|comments?|comment-list|newsletter|subscribe|"
    r"subscription|promo|advert\w*|ads?|ad-slot|dfp|sponsor\w*|cookie\w*|consent|breadcrumbs?|"
    r"nav|navbar|navigation|menu|footer|sidebar|popup|modal|banner|caption|credits?|outbrain|"
    r"taboola|recirc\w*|most-popular|popular|trending|recommend\w*|read-more|more-stories|"
    r"signup|paywall|author-bio|bio|toolbar|skip|hidden|visually-hidden|sr-only|tags?|topics|"
    # hover cards: a person's or a link's preview, inlined inside the paragraph
    r"tooltip|popover|hover-?card|(?:rollover|hover|tooltip)[\w-]*-(?:block|card|box|content|popup))"
    r"(?:$|[\s_-])",
    re.I,
)


@dataclass(slots=True)
class Page:
    """A saved page after the lxml pass: its metadata, its slimmed content, what was dropped."""

    meta: PageMeta
    soup: BeautifulSoup
    dropped: list[tuple[str, str]] = field(default_factory=list)


def read_page(html: str, *, strip: bool = True) -> Page:
    """Read a page's metadata and parse its visible content; with `strip`, drop its furniture."""
    root = _parse(html)
    meta = html_meta(root)
    etree.strip_elements(root, *_SILENT_TAGS, with_tail=False)
    body = root.find("body")
    if body is None:
        body = root
    dropped: list[tuple[str, str]] = []
    _flatten(body)
    if strip:
        _drop_furniture(body, dropped)
        main = _main_container(body)
        main.set(_MAIN_ATTR, "")
        if main.tag in _INLINE_TAGS:
            main.tag = "div"  # the container must outlive the inline tags' removal
    # Inline formatting never starts a block: its text stays, its nodes need not cost bs4.
    etree.strip_tags(body, *_INLINE_TAGS)
    etree.strip_elements(body, *_EMPTY_TAGS, with_tail=False)
    for el in body.iter():
        if el.attrib:
            for key in [k for k in el.attrib if k not in _KEEP_ATTRS]:
                del el.attrib[key]
    soup = BeautifulSoup(lxml.html.tostring(body, encoding="unicode"), "lxml")
    return Page(meta, soup, dropped)


def _parse(html: str) -> lxml.html.HtmlElement:
    # Bytes with a fixed encoding: lxml refuses str input that carries an XML declaration.
    # huge_tree: unclosed tags nest deep, and libxml2 drops what lies below depth 256
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
    )
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):  # nothing parseable: an empty page
        return lxml.html.document_fromstring("<html><body></body></html>")


# bs4 parses with libxml2 too (its default depth cap, 256) and walks recursively: deeper
# elements give up their tags, keeping their text, to sit at this depth.
MAX_DEPTH = 160


def _flatten(body: lxml.html.HtmlElement) -> None:
    deep = body.xpath(f".//*[count(ancestor::*) > {MAX_DEPTH}]")  # in document order
    for el in reversed(deep):  # children first, so every drop keeps its content
        el.drop_tag()


def _text(el: lxml.html.HtmlElement) -> str:
    """The element's text, its whitespace collapsed (one C call: this runs on every <p>)."""
    return " ".join(el.text_content().split())


def _drop_furniture(body: lxml.html.HtmlElement, dropped: list[tuple[str, str]]) -> None:
    """Drop navigation, asides, footers, forms, hidden and boilerplate-classed elements.

    Top-down: a dropped element's descendants are never looked at.
    """
    total = len(_text(body)) or 1
    stack = [c for c in reversed(body) if isinstance(c.tag, str)]
    while stack:
        el = stack.pop()
        reason = _furniture_reason(el)
        if reason is not None:
            text = _text(el)
            # quoted content (an embedded post) inside a boilerplate-classed frame is kept
            quoted = reason.endswith("block") and el.find(".//blockquote") is not None
            if len(text) < _MAX_DROP_SHARE * total and not quoted:
                if text:
                    dropped.append((norm_ws(text), reason))
                el.drop_tree()
                continue
        stack.extend(c for c in reversed(el) if isinstance(c.tag, str))


def _furniture_reason(el: lxml.html.HtmlElement) -> str | None:
    tag = el.tag
    if tag in _FURNITURE_TAGS:
        return f"<{tag}> element"
    attrs = el.attrib
    if not attrs or tag in _NEVER_BY_ATTR or attrs.get("itemprop") == "articleBody":
        return None
    style = attrs.get("style", "").replace(" ", "").lower()
    if (
        "hidden" in attrs
        or attrs.get("aria-hidden") == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    ):
        return "hidden element"
    ident = " ".join((attrs.get("class", ""), attrs.get("id", ""), attrs.get("role", "")))
    if ident.strip() and (match := _BOILER_ATTR_RE.search(ident)):
        return f"'{match.group(1)}' block"
    return None


def html_blocks(soup: BeautifulSoup) -> list[Block]:
    """List the slimmed page's blocks, each marked inside or outside the article container."""
    body = soup.body or soup
    blocks: list[Block] = []
    buf: list[tuple[str, bool]] = []
    _walk(body, False, False, blocks, buf)
    _flush(buf, blocks, body, _MAIN_ATTR in body.attrs)  # text left at the end of <body>
    return [b for b in blocks if b.text]


def _main_container(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The article's container: schema.org articleBody, <article>, <main>, else the densest."""
    # each element's paragraph text, summed in one pass up from every <p>
    ptext: dict[lxml.html.HtmlElement, int] = {}
    plen: list[tuple[lxml.html.HtmlElement, int]] = []
    for p in body.iter("p"):
        length = len(_text(p))
        plen.append((p, length))
        for el in p.iterancestors():
            ptext[el] = ptext.get(el, 0) + length
        ptext[p] = ptext.get(p, 0) + length

    best = _densest(body, plen)
    best_len = ptext.get(best, 0)
    for xpath in (
        ".//*[@itemprop='articleBody']",
        ".//article",
        ".//*[@role='main']",
        ".//main",
    ):
        found = body.xpath(xpath)
        if not found:
            continue
        top = max(found, key=lambda el: ptext.get(el, 0))
        # Trust the markup only when it holds a fair share of the page's paragraph text.
        if ptext.get(top, 0) >= 0.5 * best_len:
            return cast(lxml.html.HtmlElement, top)
    return best


def _densest(
    body: lxml.html.HtmlElement, plen: list[tuple[lxml.html.HtmlElement, int]]
) -> lxml.html.HtmlElement:
    scores: dict[lxml.html.HtmlElement, float] = {}
    for p, length in plen:
        if length < 25:
            continue
        parent = p.getparent()
        weight = 1.0
        for _ in range(2):
            if parent is None:
                break
            scores[parent] = scores.get(parent, 0.0) + length * weight
            parent = parent.getparent()
            weight = 0.5
    if not scores:
        return body
    return max(scores, key=lambda k: scores[k])


def _walk(
    node: Tag,
    inside: bool,
    in_link: bool,
    out: list[Block],
    buf: list[tuple[str, bool]],
) -> None:
    """Depth-first walk that emits a block at every block-level boundary."""
    inside = inside or _MAIN_ATTR in node.attrs
    for child in node.children:
        if isinstance(child, NavigableString):
            if isinstance(child, Comment):
                continue
            text = str(child)
            if text.strip():
                buf.append((text, in_link))
            elif text:
                buf.append((" ", False))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name in _BLOCK_TAGS:
            _flush(buf, out, node, inside)
            _walk(child, inside, in_link, out, buf)
            _flush(buf, out, child, inside or _MAIN_ATTR in child.attrs)
        else:
            _walk(child, inside, in_link or child.name == "a", out, buf)


_HEADING_RE = re.compile(r"h[1-6]")
_SPACES_RE = re.compile(r"\s+")


def _flush(buf: list[tuple[str, bool]], out: list[Block], tag: Tag, inside: bool) -> None:
    if not buf:
        return
    # in HTML a line break in the source is a space; <br> and blocks make the breaks
    text = norm_ws(_SPACES_RE.sub(" ", "".join(t for t, _ in buf)))
    linked = sum(len(norm_ws(t)) for t, in_link in buf if in_link)
    buf.clear()
    if not text:
        return
    name = tag.name or "p"
    kind = (
        "h"
        if _HEADING_RE.fullmatch(name)
        else {"li": "li", "blockquote": "quote", "pre": "pre"}.get(name, "p")
    )
    out.append(Block(text, kind=kind, link_density=min(1.0, linked / len(text)), in_main=inside))


# ---------------------------------------------------------------- metadata


def html_meta(root: lxml.html.HtmlElement) -> PageMeta:
    meta = PageMeta()
    metas: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for tag in root.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = tag.get("content")
        if key and content and content.strip():
            metas.setdefault(key, content.strip())
            multi.setdefault(key, []).append(content.strip())
    ld = list(_json_ld_articles(root))
    art = ld[0] if ld else {}

    title = metas.get("og:title") or _str(art.get("headline")) or metas.get("twitter:title")
    if not title and (h1 := root.find(".//h1")) is not None:
        title = _text(h1)
    if not title and (tag := root.find(".//title")) is not None and tag.text:
        title = re.split(r"\s+[|–—-]\s+", tag.text.strip())[0]
    meta.title = norm_ws(title) if title else None

    for raw in (
        _str(art.get("datePublished")),
        metas.get("article:published_time"),
        metas.get("og:article:published_time"),
        metas.get("datepublished"),
        metas.get("pubdate"),
        metas.get("publishdate"),
        metas.get("publish-date"),
        metas.get("date"),
        metas.get("dc.date.issued"),
        metas.get("dc.date"),
        metas.get("sailthru.date"),
        metas.get("parsely-pub-date"),
        _str(art.get("dateCreated")),
        _time_tag(root),
        metas.get("article:modified_time"),
        _str(art.get("dateModified")),
    ):
        if raw and (iso := to_iso(raw)):
            meta.published = iso
            break

    publisher = (
        metas.get("og:site_name") or _name_of(art.get("publisher")) or metas.get("application-name")
    )
    meta.publisher = publisher.strip() if publisher else None

    authors: list[str] = []
    for a in _as_list(art.get("author")):
        if name := _name_of(a):
            authors.append(name)
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator"):
        authors.extend(multi.get(key, []))
    for el in root.xpath(
        "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
        "|//*[@itemprop='author']//*[@itemprop='name']"
    ):
        authors.append(_text(el))
    meta.authors = clean_authors(authors, meta.publisher)

    tags: list[str] = []
    for key in ("article:tag", "news_keywords", "keywords", "parsely-tags"):
        for value in multi.get(key, []):
            tags.extend(t.strip() for t in value.split(","))
    keywords = art.get("keywords")
    if isinstance(keywords, str):
        tags.extend(t.strip() for t in keywords.split(","))
    elif isinstance(keywords, list):
        tags.extend(str(t).strip() for t in keywords)
    meta.tags = list(dict.fromkeys(t for t in tags if t and len(t) < 60))

    lang = (
        root.get("lang")
        or metas.get("content-language")
        or metas.get("og:locale")
        or _str(art.get("inLanguage"))
    )
    if lang:
        code = re.split(r"[-_]", lang.strip().lower())[0]
        meta.language = code if re.fullmatch(r"[a-z]{2,3}", code) else None
    body = art.get("articleBody")
    meta.article_body = body if isinstance(body, str) and body.strip() else None
    return meta


def _json_ld_articles(root: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        yield from _find_articles(data)


def _find_articles(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _find_articles(item)
    elif isinstance(data, dict):
        types = {t.lower() for t in _as_list(data.get("@type")) if isinstance(t, str)}
        if types & _ARTICLE_TYPES and (data.get("headline") or data.get("articleBody")):
            yield data
        if "@graph" in data:
            yield from _find_articles(data["@graph"])


def _time_tag(root: lxml.html.HtmlElement) -> str | None:
    for tag in root.iter("time"):
        if value := tag.get("datetime"):
            return str(value)
    return None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0]
    return None


def _name_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _str(value.get("name"))
    if isinstance(value, list) and value:
        return _name_of(value[0])
    return None
