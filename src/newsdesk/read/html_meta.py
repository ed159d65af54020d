"""A page's metadata from its markup: <meta> og:/article:/twitter:/Dublin Core tags, JSON-LD
(the first article object: headline, dates, authors, publisher, keywords, articleBody) and
<time>. The values are cleaned by `read.meta` (dates to ISO, bylines to names)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, cast

import lxml.html

from newsdesk.read.blocks import norm_ws
from newsdesk.read.evidence import markup_words
from newsdesk.read.html_parse import visible_text_of
from newsdesk.read.meta import NOT_PUBLISHERS, clean_authors, is_tag, to_iso
from newsdesk.read.page import PageMeta

# The schema.org types (lower case) whose JSON-LD object is the article (data/markup-words.json).
_ARTICLE_TYPES = frozenset(cast(list[str], markup_words()["article_types"]))


def html_meta(root: lxml.html.HtmlElement) -> PageMeta:
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
        title = visible_text_of(h1)  # (not an inline logo's SVG <title>: "Artboard Created…")
    if not title and (tag := _page_title(root)) is not None and tag.text:
        title = re.split(r"\s+[|–—-]\s+", tag.text.strip())[0]

    published = None
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
            published = iso
            break

    publisher = next(
        (
            name.strip()
            for name in (
                metas.get("og:site_name"),
                _name_of(art.get("publisher")),
                metas.get("application-name"),
            )
            if name and is_site_name(name)
        ),
        None,
    )

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
        authors.append(visible_text_of(el))

    tags: list[str] = []
    for key in ("article:tag", "news_keywords", "keywords", "parsely-tags"):
        for value in multi.get(key, []):
            tags.extend(t.strip() for t in value.split(","))
    keywords = art.get("keywords")
    if isinstance(keywords, str):
        tags.extend(t.strip() for t in keywords.split(","))
    elif isinstance(keywords, list):
        tags.extend(str(t).strip() for t in keywords)

    lang = (
        root.get("lang")
        or metas.get("content-language")
        or metas.get("og:locale")
        or _str(art.get("inLanguage"))
    )
    language = None
    if lang:
        code = re.split(r"[-_]", lang.strip().lower())[0]
        language = code if re.fullmatch(r"[a-z]{2,3}", code) else None
    body = art.get("articleBody")
    return PageMeta(
        title=norm_ws(title) if title else None,
        published=published,
        authors=tuple(clean_authors(authors, publisher)),
        publisher=publisher,
        language=language,
        tags=tuple(dict.fromkeys(t for t in tags if t and len(t) < 60 and is_tag(t))),
        article_body=body if isinstance(body, str) and body.strip() else None,
    )


def _page_title(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The page's <title>: the first that is not an SVG's or MathML's own (a tooltip of an
    inline image, never the page's name)."""
    found = root.xpath("(//title[not(ancestor::svg) and not(ancestor::math)])[1]")
    return found[0] if found else None


def is_site_name(value: str) -> bool:
    """A publisher value that names a site: not a handle ("@politifact") nor a template's
    placeholder ("Hosted", "Home": data/meta-words.json "not_publishers")."""
    value = value.strip()
    return bool(value) and not value.startswith("@") and value.lower() not in NOT_PUBLISHERS


def _json_ld_articles(root: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError, RecursionError):  # nested past any article
            continue
        yield from _find_articles(data)


# JSON-LD puts its articles at the top, in a list or an @graph: no deeper than this.
_MAX_LD_DEPTH = 8


def _find_articles(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > _MAX_LD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _find_articles(item, depth + 1)
    elif isinstance(data, dict):
        types = {t.lower() for t in _as_list(data.get("@type")) if isinstance(t, str)}
        if types & _ARTICLE_TYPES and (data.get("headline") or data.get("articleBody")):
            yield data
        if "@graph" in data:
            yield from _find_articles(data["@graph"], depth + 1)


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
