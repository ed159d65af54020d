"""The HTML reader: a page parsed with beautifulsoup4 (lxml) becomes blocks and metadata.

Furniture is stripped (scripts, navigation, asides, footers, forms, hidden and boilerplate-
classed elements, each reported with its reason), the article's container is found
(schema.org articleBody, <article>, <main>, else the densest <p> subtree), and metadata is
read from <meta> (og:, article:, twitter:), JSON-LD and <time>.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString

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
_SILENT_TAGS = {
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "video", "audio", "map", "head", "link", "meta", "input", "select", "textarea", "button",
}  # fmt: skip
# Visible page furniture: dropped, and reported in `removed`.
_FURNITURE_TAGS = {"form", "nav", "aside", "footer", "figcaption", "dialog", "menu"}
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
    r"signup|paywall|author-bio|bio|toolbar|skip|hidden|visually-hidden|sr-only|tags?|topics)"
    r"(?:$|[\s_-])",
    re.I,
)
_MAIN_SELECTORS = ('[itemprop="articleBody"]', "article", '[role="main"]', "main")


def parse_html(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def html_blocks(soup: BeautifulSoup) -> tuple[list[Block], list[tuple[str, str]]]:
    """Strip the page's furniture, find the article container, and list its blocks.

    Returns the blocks and the visible text dropped on the way, each with its reason.
    """
    body = soup.body or soup
    dropped: list[tuple[str, str]] = []
    for node in body.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in body.find_all(_SILENT_TAGS):
        tag.decompose()
    total = len(body.get_text(" ", strip=True)) or 1
    for tag in body.find_all(_FURNITURE_TAGS):
        # Some sites wrap the whole page in a <form>: never drop most of the page.
        if not tag.decomposed and len(tag.get_text(" ", strip=True)) < 0.4 * total:
            _drop(tag, f"<{tag.name}> element", dropped)
    _drop_hidden_and_boilerplate(body, dropped)
    root = _main_container(body)
    blocks: list[Block] = []
    _walk(body, root, False, blocks, [])
    return [b for b in blocks if b.text], dropped


def _drop(tag: Tag, reason: str, dropped: list[tuple[str, str]]) -> None:
    text = norm_ws(tag.get_text(" ", strip=True))
    if text:
        dropped.append((text, reason))
    tag.decompose()


def _drop_hidden_and_boilerplate(body: Tag, dropped: list[tuple[str, str]]) -> None:
    total = len(body.get_text(" ", strip=True)) or 1
    for tag in list(body.find_all(True)):
        if tag.decomposed or tag.name in ("html", "body", "article", "main", "blockquote"):
            continue  # a blockquote (an embedded post, a quote) is quoted content, whatever its class
        attrs = tag.attrs or {}
        if attrs.get("itemprop") == "articleBody":
            continue
        style = str(attrs.get("style", "")).replace(" ", "").lower()
        hidden = (
            "hidden" in attrs
            or attrs.get("aria-hidden") == "true"
            or "display:none" in style
            or "visibility:hidden" in style
        )
        classes: list[str] = list(attrs.get("class") or [])
        ident = " ".join([*classes, str(attrs.get("id", "")), str(attrs.get("role", ""))])
        match = _BOILER_ATTR_RE.search(ident) if ident.strip() else None
        if not (hidden or match):
            continue
        # Never drop a container that holds most of the page's text (pages collapse or
        # label their whole article in ways that look like furniture).
        if len(tag.get_text(" ", strip=True)) >= 0.4 * total:
            continue
        if match and not hidden and tag.find("blockquote") is not None:
            continue  # the frame of an embedded post or quote
        _drop(
            tag,
            "hidden element" if hidden else f"'{match.group(1) if match else ident}' block",
            dropped,
        )


def _main_container(body: Tag) -> Tag:
    """The article's container: schema.org articleBody, <article>, <main>, else the densest."""
    best = _densest(body)
    for selector in _MAIN_SELECTORS:
        found = [t for t in body.select(selector) if isinstance(t, Tag)]
        if not found:
            continue
        cand = max(found, key=_p_text_len)
        # Trust the markup only when it holds a fair share of the page's paragraph text.
        if _p_text_len(cand) >= 0.5 * _p_text_len(best):
            return cand
    return best


def _p_text_len(tag: Tag) -> int:
    return sum(len(p.get_text(" ", strip=True)) for p in tag.find_all("p"))


def _densest(body: Tag) -> Tag:
    scores: dict[int, float] = {}
    nodes: dict[int, Tag] = {}
    for p in body.find_all("p"):
        length = len(p.get_text(" ", strip=True))
        if length < 25:
            continue
        parent = p.parent
        weight = 1.0
        for _ in range(2):
            if not isinstance(parent, Tag):
                break
            key = id(parent)
            nodes[key] = parent
            scores[key] = scores.get(key, 0.0) + length * weight
            parent = parent.parent
            weight = 0.5
    if not scores:
        return body
    return nodes[max(scores, key=lambda k: scores[k])]


def _walk(
    node: Tag, root: Tag, inside: bool, out: list[Block], buf: list[tuple[str, bool]]
) -> None:
    """Depth-first walk that emits a block at every block-level boundary."""
    inside = inside or node is root
    for child in node.children:
        if isinstance(child, NavigableString):
            if isinstance(child, Comment):
                continue
            text = str(child)
            if text.strip():
                in_link = child.find_parent("a") is not None
                buf.append((text, in_link))
            elif text:
                buf.append((" ", False))
            continue
        if not isinstance(child, Tag):
            continue
        if child.name in _BLOCK_TAGS:
            _flush(buf, out, node, inside)
            _walk(child, root, inside, out, buf)
            _flush(buf, out, child, inside or child is root)
        else:
            _walk(child, root, inside, out, buf)


def _flush(buf: list[tuple[str, bool]], out: list[Block], tag: Tag, inside: bool) -> None:
    if not buf:
        return
    text = norm_ws("".join(t for t, _ in buf))
    linked = sum(len(norm_ws(t)) for t, in_link in buf if in_link)
    buf.clear()
    if not text:
        return
    name = tag.name or "p"
    kind = (
        "h"
        if re.fullmatch(r"h[1-6]", name)
        else {"li": "li", "blockquote": "quote", "pre": "pre"}.get(name, "p")
    )
    out.append(Block(text, kind=kind, link_density=min(1.0, linked / len(text)), in_main=inside))


# ---------------------------------------------------------------- metadata


def html_meta(soup: BeautifulSoup) -> PageMeta:
    meta = PageMeta()
    metas: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = tag.get("content")
        if key and isinstance(content, str) and content.strip():
            metas.setdefault(key, content.strip())
            multi.setdefault(key, []).append(content.strip())
    ld = list(_json_ld_articles(soup))
    art = ld[0] if ld else {}

    title = metas.get("og:title") or _str(art.get("headline")) or metas.get("twitter:title")
    if not title and soup.find("h1"):
        title = soup.find("h1").get_text(" ", strip=True)  # type: ignore[union-attr]
    if not title and soup.title and soup.title.string:
        title = re.split(r"\s+[|–—-]\s+", soup.title.string.strip())[0]
    meta.title = title.strip() if title else None

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
        _time_tag(soup),
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
    for link in soup.select('a[rel~="author"], [itemprop="author"] [itemprop="name"]'):
        authors.append(link.get_text(" ", strip=True))
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

    lang = None
    if soup.html and soup.html.get("lang"):
        lang = str(soup.html.get("lang"))
    lang = (
        lang
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


def _json_ld_articles(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    for script in soup.find_all("script", type=re.compile("ld\\+json", re.I)):
        try:
            data = json.loads(script.string or "")
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


def _time_tag(soup: BeautifulSoup) -> str | None:
    for tag in soup.find_all("time"):
        if isinstance(tag, Tag) and (value := tag.get("datetime")):
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
