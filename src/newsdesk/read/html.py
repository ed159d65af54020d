"""The HTML reader: a saved page becomes metadata and blocks, each with its markup as evidence.

lxml (C, fast) parses the page once. Metadata comes from <meta> og:/article:/twitter:, JSON-LD
and <time>. Before any scoring only what a browser never renders to a reader is removed
(scripts, styles, templates, the <head>, form controls, media; <noscript> only when the page
shows text without it). Everything else becomes blocks, and what the markup says about a block
is kept as evidence for the learned model, never as a verdict: the words of its and its
ancestors' class and id (share, related, comment, sidebar, caption, ...), hidden flags, roles,
the furniture tags around it (<nav>, <aside>, <footer>, <form>, ...), its own tag, whether it
sits in the guessed article container, and its link density (`HTML_FEATURES`).
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

import lxml.html
from lxml import etree

from newsdesk.errors import InputTooLargeError
from newsdesk.labels import BlockKind, Cause, InputFormat
from newsdesk.read.blocks import IN_WORD_PATTERN, Block, norm_ws
from newsdesk.read.meta import NOT_PUBLISHERS, clean_authors, is_tag, to_iso
from newsdesk.read.page import MAX_BLOCKS, Page, PageMeta

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

# What a browser never renders as text to a reader: removed before anything is scored.
_SILENT_TAGS = (
    "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "video",
    "audio", "map", "head", "link", "meta", "input", "select", "textarea", "button", "title",
    # a <datalist> holds an input's suggestions, shown only in the input's drop-down; what
    # <noembed> and <noframes> hold is shown only by a browser without embeds or frames
    "datalist", "noembed", "noframes",
    # ruby: <rp> is never shown where ruby is supported, and <rt> (a reading aid rendered above
    # its base text, not in the line) read inline splits every word it annotates
    "rp", "rt",
)  # fmt: skip
# Inline formatting (not <a>: links make link density): its text joins the block around it.
_INLINE_TAGS = (
    "span", "b", "i", "em", "strong", "u", "s", "small", "big", "font", "abbr", "cite", "code",
    "mark", "sub", "sup", "time", "q", "dfn", "kbd", "var", "ins", "del", "bdi", "bdo",
)  # fmt: skip
_EMPTY_TAGS = ("img", "picture", "source", "wbr", "track", "area", "param")
_BLOCK_TAGS = frozenset(
    [
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
        "tfoot",
        "tr",
        "header",
        "footer",
        "nav",
        "aside",
        "form",
        "figure",
        "figcaption",
        "center",
        "address",
        "hr",
        "br",
        "body",
        "html",
        "label",
        "legend",
        "fieldset",
        "details",
        "summary",
        "dialog",
        "menu",
        "caption",
        "noscript",
    ]
)
_HEADING_RE = re.compile(r"h[1-6]")
_KIND_OF = {"li": BlockKind.li, "blockquote": BlockKind.quote, "pre": BlockKind.pre}
# Control characters lxml refuses in text (a form feed after a dropped element made
# `drop_tree` raise); a browser shows them as nothing.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes(0x20 if _CONTROL_RE.match(chr(b)) else b for b in range(256))
# Characters that render as nothing: a page of them only has no visible text.
_ZERO_WIDTH_RE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\\s]+")
# Of those, the ones that sit inside a word: removed, not made a space ("über\xadzeugen" is
# "überzeugen" on the screen): word joiners, the zero-width no-break space, and the dump
# reader's in-word marks (`read.blocks.IN_WORD_PATTERN`: a soft hyphen; a zero-width joiner or
# non-joiner between Latin letters). A joiner or non-joiner elsewhere is spelling (Persian,
# Indic scripts, emoji) and is kept; the rest (a zero-width space, direction marks, invisible
# operators) still separate.
_JOINERS_RE = re.compile(f"[\u2060\ufeff]|{IN_WORD_PATTERN}")
_SEPARATORS_RE = re.compile("[\u200b\u200e\u200f\u2060-\u2064\ufeff\u00ad\\s]+")

# Words of class and id attributes, by what they usually mark. Each is a feature (how near
# the block the nearest ancestor carrying it is), weighed by the model with everything else.
_ATTR_WORDS: dict[str, str] = {
    "share": r"share|sharing|social|sociable|addthis|sharethis",
    "related": r"related|recommend\w*|more-?stories|most-?(?:popular|read)|popular|trending|"
    r"recirc\w*|outbrain|taboola|read-?more|readmore|also|next|prev|pager|pagination",
    "comment": r"comments?|disqus|respond|repl(?:y|ies)|discussion",
    "nav": r"nav\w*|menu\w*|breadcrumbs?|masthead|topbar|skip|header",
    "footer": r"footer|copyright|bottom|colophon",
    "sidebar": r"sidebar|aside|rail|widget\w*|right-?col|column",
    "ad": r"ads?|advert\w*|ad-?slot|ad-?unit|dfp|sponsor\w*|promo\w*|banner|commercial",
    "caption": r"caption|credits?|figure|photo|image|img|gallery|media|video|picture",
    "author": r"author|byline|bio|profile|avatar|contributor|writer",
    "tag": r"tags?|topics?|categor\w*|keywords?|labels?",
    "subscribe": r"newsletter|subscri\w*|signup|sign-?up|paywall|premium|register|login|"
    r"membership",
    "hidden": r"hidden|hide|sr-only|visually-?hidden|screen-?reader\w*|offscreen|invisible|"
    r"collapsed?",
    "modal": r"modal|popup|pop-?up|overlay|dialog|lightbox|tooltip|popover|hover\w*",
    "cookie": r"cookies?|consent|gdpr|privacy",
    "meta": r"date|time|meta|dateline|timestamp|info|published",
    "content": r"content|article\w*|body|post|entry|story|text|main|prose|paragraph|blog|"
    r"rich-?text|detail",
    "title": r"title|headline|heading|h1",
    "teaser": r"list|card|teaser|item|grid|tile|feed|stream|archive|collection|summary|excerpt",
}
# matched against lower-cased words: re.I would make the alternation twice as slow, and a
# page's class names are mostly its own (hashed CSS names miss every cache)
_ATTR_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _ATTR_WORDS.items()))
_ATTR_SPLIT_RE = re.compile(r"[\s_]+")
_ATTR_KEYS = tuple(_ATTR_WORDS)
# Ancestors that a browser renders but that usually hold furniture (or, for the last ones,
# the article): each is a feature.
_CONTEXT_TAGS = (
    "nav", "aside", "footer", "header", "form", "figure", "table", "ul", "blockquote",
    "article", "main", "noscript", "dialog", "menu", "a",
)  # fmt: skip
_OWN_TAGS = ("p", "div", "td", "li", "h", "dd", "section", "other")

# The features `_features` gives each block, in order (the model reads them by name).
HTML_FEATURES = (
    *(f"attr_{k}" for k in _ATTR_KEYS),
    *(f"own_attr_{k}" for k in ("related", "comment", "nav", "ad", "caption", "hidden")),
    *(f"under_{t}" for t in _CONTEXT_TAGS),
    *(f"tag_{t}" for t in _OWN_TAGS),
    "hidden", "aria_hidden", "role_furniture", "role_main", "article_body_prop", "in_container",
    "log_depth", "container_share", "log_repeat", "log_unit_repeat", "unit_distance",
    "container_furniture", "after_container",
)  # fmt: skip
_FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                    "menu", "menubar", "toolbar", "tooltip", "alert", "alertdialog"}  # fmt: skip
# When libxml2 gives up on deep markup (~2,044 levels: unclosed <div>s and <font>s) it drops
# everything after; the page is then parsed again without its layout tags.
_LAYOUT_TAG_RE = re.compile(
    r"</?(?:div|span|font|b|i|u|em|strong|section|center|small|big|table|tbody|tr|td|th|ul|ol|"
    r"article|main|aside|header|footer|nav|form|blockquote|dl|dd|dt)\b[^>]*>",
    re.I,
)


def read_page(html: str) -> Page:
    """Read a page's metadata and its blocks, each with the markup's evidence."""
    root = _parse(html)
    for _ in range(_MAX_REPARSES):
        # the markup a <textarea> or <xmp> left open or a <plaintext> swallowed is markup
        if (opened := _reparse_swallowed(root, html)) is None:
            break
        html = opened
        root = _parse(html)
    meta = html_meta(root)
    dropped: list[tuple[str, Cause]] = []
    _unwrap_or_drop_noscript(root)
    _unwrap_swallowing_controls(root, html)
    etree.strip_elements(root, *_SILENT_TAGS, with_tail=False)
    body = root.find("body")
    if body is None:
        body = root
    # inline formatting never starts a block: its text stays, its nodes cost nothing more
    _inline_furniture(body, dropped)
    etree.strip_tags(body, *_INLINE_TAGS)
    etree.strip_elements(body, *_EMPTY_TAGS, with_tail=False)
    main = _main_container(body)
    blocks = _walk(body, main)
    # no block: say what the page holds that a browser would not show, if anything
    unrendered = "" if blocks else _unrendered_text(_parse(html))
    return Page(meta, blocks, InputFormat.html, tuple(dropped), unrendered)


def _parse(html: str) -> lxml.html.HtmlElement:
    # Bytes with a fixed encoding: lxml refuses str input that carries an XML declaration.
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
    )
    html = _open_self_closed_raw(html)
    # control characters blanked on the bytes (one C pass; in UTF-8 they are single bytes)
    data = html.encode("utf-8", "replace").translate(_CONTROL_BYTES)
    try:
        root, too_deep = _parse_bytes(data, parser)
    except (etree.ParserError, ValueError):  # nothing parseable: an empty page
        return lxml.html.document_fromstring("<html><body></body></html>")
    if too_deep:
        flat = _LAYOUT_TAG_RE.sub(" ", html).encode("utf-8", "replace").translate(_CONTROL_BYTES)
        with contextlib.suppress(etree.ParserError, ValueError):
            root, _ = _parse_bytes(flat, parser)
    return root


# A start tag with more attributes than this is a flood, not markup: libxml2's tree builder
# adds an element's attributes one by one, each walking the list before it, so one tag of
# 300,000 attributes took 183 s (a SAX parse of it: 0.01 s). The most any of the bench's 2,677
# pages has on one tag is 136 (a tag of 256 costs the tree builder 0.15 ms); past the cap a
# tag keeps its first MAX_ATTRIBUTES, and every attribute the reader reads
# (`_READ_ATTRIBUTES`). Attributes never carry article text.
MAX_ATTRIBUTES = 256
# The attributes the reader (and the cleaner after it) reads: kept on a capped tag wherever
# they stand.
_READ_ATTRIBUTES = frozenset({
    "class", "id", "style", "hidden", "role", "aria-hidden", "itemprop", "href", "alt",
    "title", "type", "content", "property", "name", "datetime", "rel", "lang", "charset",
    "http-equiv",
})  # fmt: skip
# The trigger: a start tag with more than MAX_ATTRIBUTES attributes, as the HTML tokenizer
# reads one (libxml2 2.14's is WHATWG's): after the tag name, attributes separated by
# whitespace or '/' (or nothing, after a quoted value); a name runs to whitespace, '/', '>'
# or '=' (its first character may be '='); a value follows '=' (whitespace around it
# allowed), quoted (a '>' inside does not end the tag) or up to whitespace or '>'. Every
# quantifier is possessive, so the search never backtracks: one C pass over the page, at
# most MAX_ATTRIBUTES + 1 steps from each '<' (0.2 ms on a median bench page of 120 KB). It
# may also match text that is no tag (in a <script>, a comment): libxml2's own events then
# say whether a tag really is over the cap (`_flooded`), so it never errs toward missing one.
_WS = rb"\t\n\f\r "  # (other controls were blanked before: `_CONTROL_BYTES`)
_ATTRIBUTE = (
    rb"[%(ws)s/]*+"  # separators (none after a quoted value)
    rb"[^%(ws)s/>][^%(ws)s/>=]*+"  # the name
    rb"(?:[%(ws)s]*+=[%(ws)s]*+(?:\"[^\"]*+\"|'[^']*+'|[^%(ws)s>]*+))?+"  # '=' and a value
) % {b"ws": _WS}
_FLOOD_RE = re.compile(rb"<[A-Za-z][^%s/>]*+(?:%s){%d}" % (_WS, _ATTRIBUTE, MAX_ATTRIBUTES + 1))


def _parse_bytes(data: bytes, parser: lxml.html.HTMLParser) -> tuple[lxml.html.HtmlElement, bool]:
    """The page's tree, and whether libxml2 hit its depth limit on it.

    A page with a tag over MAX_ATTRIBUTES (found by `_FLOOD_RE`, confirmed by `_flooded`) is
    built from libxml2's events with each tag's attributes capped (`_CappedTree`): the same
    tree, less the attributes past the cap."""
    if _FLOOD_RE.search(data) is None or not _flooded(data):
        root = lxml.html.document_fromstring(data, parser=parser)
        return root, _too_deep(parser)
    capping = etree.HTMLParser(
        target=_CappedTree(), encoding="utf-8", remove_comments=True, remove_pis=True,
        huge_tree=True,
    )  # fmt: skip
    root = etree.fromstring(data, parser=capping)
    if not isinstance(root, lxml.html.HtmlElement):
        raise etree.ParserError("no document")
    return root, _too_deep(capping)


_Str = str | bytes  # (what lxml's parser targets are typed to take; an HTML parser gives str)


class _MostAttributes:
    """A parser target that keeps only the most attributes any start tag has (it has no
    `end`, `data` or `comment`: lxml then makes no call for those events)."""

    def __init__(self) -> None:
        self.most = 0

    def start(self, tag: _Str, attrib: dict[_Str, _Str]) -> None:
        self.most = max(self.most, len(attrib))

    def close(self) -> int:
        return self.most


def _flooded(data: bytes) -> bool:
    """Whether libxml2 reads a start tag of more than MAX_ATTRIBUTES attributes in the page
    (its events only, no tree: linear)."""
    target = cast("etree.ParserTarget", _MostAttributes())  # (start events only)
    counting = etree.HTMLParser(target=target, encoding="utf-8", huge_tree=True)
    try:
        most = etree.fromstring(data, parser=counting)
    except (etree.ParserError, ValueError):
        return False
    return isinstance(most, int) and most > MAX_ATTRIBUTES


class _CappedTree:
    """A parser target building the page's tree (lxml.html elements) from libxml2's events,
    each start tag's attributes capped at MAX_ATTRIBUTES (the ones the reader reads kept).

    lxml's builder refuses a few names libxml2 takes: such an attribute is dropped, such an
    element is built as a <span> (its text stays where it was)."""

    def __init__(self) -> None:
        self._builder = etree.TreeBuilder(parser=lxml.html.HTMLParser())
        self._open: list[_Str] = []

    def start(self, tag: _Str, attrib: dict[_Str, _Str]) -> None:
        if len(attrib) > MAX_ATTRIBUTES:
            names = list(attrib)
            kept = names[:MAX_ATTRIBUTES]
            kept += [n for n in names[MAX_ATTRIBUTES:] if n in _READ_ATTRIBUTES]
            attrib = {n: attrib[n] for n in kept}
        try:
            self._builder.start(tag, attrib)
        except ValueError:
            attrib = {n: v for n, v in attrib.items() if _valid_attribute(n)}
            try:
                self._builder.start(tag, attrib)
            except ValueError:
                tag = "span"
                self._builder.start(tag, attrib)
        self._open.append(tag)

    def end(self, tag: _Str) -> None:
        if self._open:  # (libxml2 ends what it starts; the builder needs the name it was given)
            self._builder.end(self._open.pop())

    def data(self, data: _Str) -> None:
        self._builder.data(data)

    def comment(self, text: _Str) -> None:
        pass  # (comments are removed, as the plain parser removes them)

    def close(self) -> etree._Element:
        while self._open:
            self._builder.end(self._open.pop())
        return self._builder.close()


def _valid_attribute(name: _Str) -> bool:
    """Whether lxml takes `name` as an attribute's name."""
    try:
        etree.Element("span").set(name, "")
    except ValueError:
        return False
    return True


# `<script .../>` (and `<style/>`): a browser ignores the slash on an element that is not void
# and reads everything up to the next `</script>` as script; libxml2 closes the element at once
# and the script's code becomes body text (a recipe site's component loaders came out as blocks).
# The slash is dropped, so libxml2 reads the code as script too; only where a closing tag
# follows, so a stray `<script/>` at the end of a page cannot swallow what comes after it.
_SELF_CLOSED_RAW_RE = re.compile(r"<(script|style)(\s[^<>]*?)?/\s*>", re.I)


def _open_self_closed_raw(html: str) -> str:
    """Read `<script/>` and `<style/>` as a browser does: they open, up to their closing tag."""
    if _SELF_CLOSED_RAW_RE.search(html) is None:
        return html
    lower = html.lower()
    last_close = {tag: lower.rfind(f"</{tag}") for tag in ("script", "style")}

    def opened(m: re.Match[str]) -> str:
        tag = m.group(1)
        if last_close[tag.lower()] < m.end():
            return m.group(0)
        return f"<{tag}{m.group(2) or ''}>"

    return _SELF_CLOSED_RAW_RE.sub(opened, html)


def _too_deep(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 hit its depth limit (it then drops the rest of the page)."""
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def _unrendered_text(root: lxml.html.HtmlElement) -> str:
    """Text the page holds that no browser shows: a page of it only is not silently empty."""
    parts: list[str] = []
    for el in root.iter("script", "template", "noscript", "style"):
        if el.get("type", "").lower().endswith(("json", "ld+json")):
            continue
        if text := norm_ws(el.text_content()):
            parts.append(f"<{el.tag}> {text[:80]}")
    body = root.find("body")
    if not parts and body is not None and (text := body.text_content().strip()):
        invisible = not _INVISIBLE_RE.sub("", text)
        parts.append("invisible characters" if invisible else "form controls or media")
    return "; ".join(parts)


def _unwrap_or_drop_noscript(root: lxml.html.HtmlElement) -> None:
    """<noscript> repeats what scripts show; when nothing else shows text, it is the page."""
    found = list(root.iter("noscript"))
    if not found:
        return
    inside = sum(len(_text(el)) for el in found)
    total = len(_text(root.find("body") if root.find("body") is not None else root))
    for el in found:
        if total - inside < inside:  # the page's text lives in <noscript>: show it
            el.drop_tag()
        else:
            el.drop_tree()


# A form control holds a label, not this much text: more, and an unclosed <button> or
# <textarea> has swallowed the rest of the page (a wcxb-dev article came out empty so).
_MAX_CONTROL_TEXT = 200


def _unwrap_swallowing_controls(root: lxml.html.HtmlElement, html: str) -> None:
    """Unwrap a control that swallowed the page; a closed <textarea> stays, to be dropped.

    libxml2 (2.14) reads a <textarea> as text up to its `</textarea>`, as a browser does: a
    closed one (a "republish this article" box, a modal template) is a form box whose markup
    is text a reader never sees as article, so it is removed with the other controls. An
    unclosed one that swallowed the page was closed before (`_close_swallowing`);
    one holding elements (an older libxml2 read its markup) is unwrapped here.
    """
    unclosed = _unclosed(root, html)
    for el in list(root.iter("button", "textarea", "select")):
        # (a textarea with elements inside was read as markup, by an older libxml2: the
        # length alone tells then)
        if el.tag == "textarea" and el is not unclosed and not len(el):
            continue
        if len(el.text_content()) > _MAX_CONTROL_TEXT and el.getparent() is not None:
            el.drop_tag()


@dataclass(frozen=True, slots=True)
class _RawText:
    """An element libxml2 (2.14) reads as text up to its closing tag, as a browser does; left
    open, it reads the rest of the page so (`_close_swallowing`)."""

    tag: str
    min_text: int  # an unclosed one holding more text than this swallowed the page
    open_re: re.Pattern[str]  # where a tag opens
    close_re: re.Pattern[str]  # a closing tag
    tag_re: re.Pattern[str]  # an open tag, to the end of its attributes (a quoted '>' inside)


def _raw_text(tag: str, min_text: int) -> _RawText:
    return _RawText(
        tag,
        min_text,
        re.compile(rf"<{tag}\b", re.I),
        re.compile(rf"</{tag}[\s/>]", re.I),
        re.compile(rf"""<{tag}\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.I),
    )


# (a textarea of a control's text is a box's label, dropped with the other controls; an
# <xmp> shows markup as text on purpose, but only up to its closing tag)
_TEXTAREA = _raw_text("textarea", _MAX_CONTROL_TEXT)
_SWALLOWERS = (_TEXTAREA, _raw_text("xmp", 0))
_PLAINTEXT_TAG_RE = _raw_text("plaintext", 0).tag_re
# Parsed again at most this many times (each pass closes one kind of swallowing element).
_MAX_REPARSES = len(_SWALLOWERS) + 1


def _reparse_swallowed(root: lxml.html.HtmlElement, html: str) -> str | None:
    """The source to parse again when an element read the rest of the page as text (None:
    none did): a <textarea> or <xmp> left open (`_close_swallowing`), or a <plaintext>,
    which nothing ends (a browser shows the rest of the page as its markup): its open tags
    are dropped, so what follows is read as the markup it is."""
    present = {el.tag for el in root.iter(*(k.tag for k in _SWALLOWERS), "plaintext")}
    if not present:
        return None  # (one walk of the tree answers for most pages)
    for kind in _SWALLOWERS:
        if kind.tag in present and (closed := _close_swallowing(root, html, kind)) is not None:
            return closed
    return _PLAINTEXT_TAG_RE.sub("", html) if "plaintext" in present else None


def _close_swallowing(root: lxml.html.HtmlElement, html: str, kind: _RawText) -> str | None:
    """The source with an unclosed <textarea> (or `kind`) that swallowed the page closed at
    once (None: there is none).

    libxml2 (2.14), as a browser does, reads the rest of the page into an unclosed textarea as
    text; unwrapped, that text would be the page's markup shown as text ("<p>…"). Closed where
    it opened, the page after it is parsed again as the markup it is. Only a textarea holding
    more than a control's text (`_MAX_CONTROL_TEXT`) is taken for one that swallowed the page
    (a shorter one is a box's label, dropped with the other controls). Every open tag after
    the last closing one is closed (the first one swallowed the later ones).
    """
    unclosed = _unclosed(root, html, kind)
    if unclosed is None or len(unclosed) or len(unclosed.text or "") <= kind.min_text:
        return None  # (elements inside: an older libxml2 read it as markup already)
    last_close = max((m.end() for m in kind.close_re.finditer(html)), default=0)
    tags = list(kind.tag_re.finditer(html, last_close))
    if not tags:
        return None
    parts: list[str] = []
    at = 0
    for tag in tags:
        parts += [html[at : tag.end()], f"</{kind.tag}>"]
        at = tag.end()
    return "".join([*parts, html[at:]])


def _unclosed(
    root: lxml.html.HtmlElement, html: str, kind: _RawText = _TEXTAREA
) -> lxml.html.HtmlElement | None:
    """The <textarea> (or `kind`) left open in the source, that read the rest of the page as
    its text.

    It is the last thing in the document (nothing follows it at any level), and no closing
    tag follows the last open one of the source (the first one after it would have closed
    it). A closed textarea that ends a page has its closing tag after it.
    """
    found = list(root.iter(kind.tag))
    if not found:
        return None
    node: lxml.html.HtmlElement | None = found[-1]
    while node is not None:
        if (node.tail and node.tail.strip()) or node.getnext() is not None:
            return None
        node = node.getparent()
    # (the source is searched only for the few that end the document)
    opens = list(kind.open_re.finditer(html))
    if not opens or kind.close_re.search(html, opens[-1].end()) is not None:
        return None
    return found[-1]


def _text(el: lxml.html.HtmlElement) -> str:
    """The element's text, its whitespace collapsed (one C call)."""
    return " ".join(el.text_content().split())


# Inline pop-ups inside a paragraph (a person's hover card) render only under the pointer;
# as their own blocks they would cut the sentence around them in two.
_HOVER_RE = re.compile(
    r"(?:^|[\s_-])(tooltip|popover|hover-?card|(?:rollover|hover|tooltip)[\w-]*-(?:block|card|"
    r"box|content|popup))(?:$|[\s_-])",
    re.I,
)


def _inline_furniture(body: lxml.html.HtmlElement, dropped: list[tuple[str, Cause]]) -> None:
    for el in body.iter(*_INLINE_TAGS, "a"):
        attrs = el.attrib
        if not attrs:
            continue
        style = attrs.get("style", "").replace(" ", "").lower()
        hover = _HOVER_RE.search(attrs.get("class", ""))
        if hover or "hidden" in attrs or "display:none" in style:
            if text := _text(el):
                dropped.append((text, Cause.hover_card if hover else Cause.hidden_element))
            parent = el.getparent()
            if parent is not None:
                el.drop_tree()


# A container the markup names (articleBody, <article>, <main>) is taken when it holds at least
# this share of the densest container's paragraph text (less: a teaser's <article>).
MARKED_CONTAINER_SHARE = 0.5
# `_densest`: a <p> shorter than this (characters) is a caption or a button, not article text;
# a paragraph counts for its parent fully and for the DENSITY_LEVELS - 1 ancestors above it
# with GRANDPARENT_WEIGHT (a wrapper around the article's <div> should not outscore it).
MIN_PARAGRAPH_CHARS = 25
DENSITY_LEVELS = 2
GRANDPARENT_WEIGHT = 0.5


def _main_container(body: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The guess at the article's container: articleBody, <article>, <main>, else the densest."""
    lengths = {p: len(_text(p)) for p in body.iter("p")}

    def ptext(el: lxml.html.HtmlElement) -> int:
        """The length of the <p> text under an element (counted for the few candidates only)."""
        return sum(lengths.get(p, 0) for p in el.iter("p"))

    best = _densest(body, list(lengths.items()))
    best_len = ptext(best)
    for xpath in (".//*[@itemprop='articleBody']", ".//article", ".//*[@role='main']", ".//main"):
        found = body.xpath(xpath)
        if not found:
            continue
        top = max(found, key=ptext)
        if ptext(top) >= MARKED_CONTAINER_SHARE * best_len:
            return cast(lxml.html.HtmlElement, top)
    return best


def _densest(
    body: lxml.html.HtmlElement, plen: list[tuple[lxml.html.HtmlElement, int]]
) -> lxml.html.HtmlElement:
    scores: dict[lxml.html.HtmlElement, float] = {}
    for p, length in plen:
        if length < MIN_PARAGRAPH_CHARS:
            continue
        parent = p.getparent()
        weight = 1.0
        for _ in range(DENSITY_LEVELS):
            if parent is None:
                break
            scores[parent] = scores.get(parent, 0.0) + length * weight
            parent = parent.getparent()
            weight = GRANDPARENT_WEIGHT
    if not scores:
        return body
    return max(scores, key=lambda k: scores[k])


@lru_cache(maxsize=8192)
def _word_kinds(word: str) -> frozenset[str]:
    """The kinds of one class word and of its hyphenated parts ('entry-content-read-more':
    content, and related for its 'read-more')."""
    parts = word.split("-")
    pieces = {word, *parts, *("-".join(parts[i : i + 2]) for i in range(len(parts) - 1))}
    return frozenset(m.lastgroup for p in pieces if (m := _ATTR_RE.fullmatch(p)) and m.lastgroup)


@lru_cache(maxsize=4096)
def _attr_words(ident: str) -> frozenset[str]:
    kinds: set[str] = set()
    for word in _ATTR_SPLIT_RE.split(ident.lower()):
        if word:
            kinds |= _word_kinds(word)
    return frozenset(kinds)


@dataclass(slots=True)
class _Ctx:
    """What the markup says about an element and its ancestors (shared by an element that
    adds nothing to its parent's)."""

    near: dict[str, int]  # attribute word -> depth of the nearest ancestor carrying it
    own: frozenset[str]
    under: frozenset[str]
    hidden: bool
    aria_hidden: bool
    role_furniture: bool
    role_main: bool
    body_prop: bool
    inside: bool
    link: bool


_CONTEXT_TAG_SET = frozenset(_CONTEXT_TAGS)
_HIDDEN_STYLE_RE = re.compile(r"display:\s*none|visibility:\s*hidden")
_NO_WORDS: frozenset[str] = frozenset()
# The class-word kinds that mark furniture (the others mark the article or its parts).
_FURNITURE_WORDS = frozenset(_ATTR_KEYS) - {"content", "title", "meta"}
# A repeated unit (a teaser card, a comment) is looked for this many levels above a block.
_UNIT_LEVELS = 4


def _goes_somewhere(attrs: Any) -> bool:
    """A `javascript:` link leads nowhere: a page script acts on it, and its text is the
    page's (a readability test page holds its only text in one)."""
    return not attrs.get("href", "").lstrip().lower().startswith("javascript:")


def _child_ctx(
    el: lxml.html.HtmlElement, attrs: Any, parent: _Ctx, main: lxml.html.HtmlElement, depth: int
) -> _Ctx:
    tag = el.tag
    under = parent.under | {tag} if tag in _CONTEXT_TAG_SET else parent.under
    near = parent.near
    own = _NO_WORDS
    hidden, aria, furn, role_main, prop = (
        parent.hidden, parent.aria_hidden, parent.role_furniture, parent.role_main,
        parent.body_prop,
    )  # fmt: skip
    if attrs:
        ident = f"{attrs.get('class', '')} {attrs.get('id', '')}"
        if ident != " ":
            own = _attr_words(ident)
            if own:
                near = {**near, **dict.fromkeys(own, depth)}
        style = attrs.get("style", "")
        if "hidden" in attrs or (style and _HIDDEN_STYLE_RE.search(style)):
            hidden = True
        aria = aria or attrs.get("aria-hidden") == "true"
        role = attrs.get("role")
        if role:
            role = role.lower()
            furn = furn or role in _FURNITURE_ROLES
            role_main = role_main or role in ("main", "article")
        prop = prop or attrs.get("itemprop") == "articleBody"
    if el is main:
        # The words on the article's own wrapper and above it ("ad-free-article",
        # "main-with-sidebar") say nothing about one paragraph against another: inside the
        # container only the words below it are evidence (the wrapper's are a page feature).
        near = {k: v for k, v in near.items() if k not in _FURNITURE_WORDS}
        own = own - _FURNITURE_WORDS
    return _Ctx(
        near, own, under, hidden, aria, furn, role_main, prop,
        parent.inside or el is main, parent.link or (tag == "a" and _goes_somewhere(attrs)),
    )  # fmt: skip


_OWN_ATTR = ("related", "comment", "nav", "ad", "caption", "hidden")
_OWN_TAG_OF = {"p": "p", "div": "div", "td": "td", "th": "td", "li": "li", "dd": "dd",
               "section": "section", **{f"h{k}": "h" for k in range(1, 7)}}  # fmt: skip


_ZERO_ATTR = [0.0] * len(_ATTR_KEYS)
_ZERO_OWN = [0.0] * len(_OWN_ATTR)
_ZERO_UNDER = [0.0] * len(_CONTEXT_TAGS)
_OWN_TAG_ROWS = {t: [1.0 if t == u else 0.0 for u in _OWN_TAGS] for t in _OWN_TAGS}


def _features(
    ctx: _Ctx,
    tag: str,
    depth: int,
    reps: list[int],
    page: tuple[float, float],
    after: bool,
) -> tuple[float, ...]:
    """The markup's evidence on one block: its owner's context `ctx` at `depth`, how often
    it and its nearest ancestors repeat among their siblings (`reps`), and the page's
    container share and wrapper words (`page`)."""
    d1 = depth + 1
    near, own, under = ctx.near, ctx.own, ctx.under
    row = [1.0 / (d1 - near[k]) if k in near else 0.0 for k in _ATTR_KEYS] if near else _ZERO_ATTR
    row = row + ([1.0 if k in own else 0.0 for k in _OWN_ATTR] if own else _ZERO_OWN)
    row += [1.0 if t in under else 0.0 for t in _CONTEXT_TAGS] if under else _ZERO_UNDER
    row += _OWN_TAG_ROWS[_OWN_TAG_OF.get(tag, "other")]
    row += (
        1.0 if ctx.hidden else 0.0,
        1.0 if ctx.aria_hidden else 0.0,
        1.0 if ctx.role_furniture else 0.0,
        1.0 if ctx.role_main else 0.0,
        1.0 if ctx.body_prop else 0.0,
        1.0 if ctx.inside else 0.0,
        min(5.0, d1**0.5),
        page[0],
    )
    unit, at = max((r, -k) for k, r in enumerate(reps[1:], 1)) if len(reps) > 1 else (1, 0)
    row += (
        math.log(reps[0]) if reps else 0.0,
        math.log(unit),
        float(-at) if unit > 1 else 0.0,
        page[1],
        1.0 if after and not ctx.inside else 0.0,
    )
    return tuple(row)


def _cue(ctx: _Ctx) -> str:
    """The markup's strongest hint that a block is furniture, for the `removed` report."""
    if ctx.hidden or ctx.aria_hidden:
        return "hidden element"
    for tag in ("nav", "aside", "footer", "form", "figure", "menu", "dialog"):
        if tag in ctx.under:
            return f"inside <{tag}>"
    for word in ("share", "comment", "related", "ad", "caption", "sidebar", "nav", "footer",
                 "subscribe", "cookie", "modal", "tag", "author"):  # fmt: skip
        if word in ctx.near:
            return f"'{word}' block"
    return ""


class _OnlyChild:
    """The sibling counts under an element with one child: that child's is 1."""

    def __getitem__(self, key: tuple[str, str]) -> int:
        return 1


_ONLY_CHILD = _OnlyChild()


def _sibling_signatures(parent: lxml.html.HtmlElement) -> Counter[tuple[str, str]]:
    # (a comment or an entity node, rare after parsing, counts under a key no element has)
    return Counter([(c.tag, c.get("class", "")) for c in parent])


def _wrapper_words(main: lxml.html.HtmlElement) -> frozenset[str]:
    """The class-word kinds on the article container and its ancestors."""
    kinds: set[str] = set()
    for el in (main, *main.iterancestors()):
        ident = f"{el.get('class', '')} {el.get('id', '')}"
        if ident != " ":
            kinds |= _attr_words(ident)
    return frozenset(kinds)


def _walk(body: lxml.html.HtmlElement, main: lxml.html.HtmlElement) -> list[Block]:
    """Emit a block at every block-level boundary, with its markup's evidence (iteratively:
    pages nest deeper than Python recurses)."""
    root_ctx = _Ctx({}, _NO_WORDS, frozenset(), False, False, False, False, False,
                    body is main, False)  # fmt: skip
    total = len(_text(body)) or 1
    share = min(1.0, len(_text(main)) / total) if main is not body else 1.0
    wrapper = 1.0 if main is not body and _wrapper_words(main) & _FURNITURE_WORDS else 0.0
    page = (share, wrapper)
    past_main = [False]  # whether the walk has left the container (comments, teasers follow)
    blocks: list[Block] = []
    buf: list[str] = []
    linked_chars = [0]  # characters of the buffered text inside links
    # per open element (body first): its context, and how many siblings share its tag and
    # class for it and its nearest ancestors; the depth of an element is its index
    ctxs: list[_Ctx] = [root_ctx]
    reps: list[int] = [0]
    # per open element: how many of its children share each (tag, class), counted when its
    # first child starts
    sibling_counts: list[Counter[tuple[str, str]] | _OnlyChild | None] = [None]
    # the open block-level elements: (tag, depth); text belongs to the innermost one
    owners: list[tuple[str, int]] = [("body", 0)]

    def flush() -> None:
        if not buf:
            return
        # in HTML a line break in the source is a space; <br> and blocks make the breaks
        text = " ".join("".join(buf).split())
        if _CONTROL_RE.search(text):
            # a character reference to a control ("&#27;") is blanked as the raw byte is
            text = " ".join(_CONTROL_RE.sub(" ", text).split())
        linked = linked_chars[0]
        buf.clear()
        linked_chars[0] = 0
        if text and _ZERO_WIDTH_RE.search(text):
            text = _SEPARATORS_RE.sub(" ", _JOINERS_RE.sub("", text)).strip()
            if _INVISIBLE_RE.fullmatch(text):
                text = ""  # (only kept joiners: nothing visible)
        if not text.isascii():
            # one spelling of each character (NFC, as the web's text is compared and searched)
            text = unicodedata.normalize("NFC", text)
        if not text:
            return
        if len(blocks) == MAX_BLOCKS:  # (said at once: the cleaner would pay for every one)
            raise InputTooLargeError(f"more than {MAX_BLOCKS:,} paragraphs")
        tag, depth = owners[-1]
        ctx = ctxs[depth]
        kind = BlockKind.h if _HEADING_RE.fullmatch(tag) else _KIND_OF.get(tag, BlockKind.p)
        blocks.append(
            Block(
                text,
                kind=kind,
                link_density=min(1.0, linked / len(text)),
                in_main=ctx.inside,
                html=_features(
                    ctx,
                    tag,
                    depth,
                    reps[depth : max(0, depth - _UNIT_LEVELS - 1) : -1],
                    page,
                    past_main[0],
                ),
                cue=_cue(ctx),
            )
        )

    if body.text:
        buf.append(body.text)
    for event, el in etree.iterwalk(body, events=("start", "end")):
        if el is body:
            continue
        tag = el.tag
        if event == "start":
            if not isinstance(tag, str):
                continue
            counts = sibling_counts[-1]
            if counts is None:
                parent_el = el.getparent()
                counts = sibling_counts[-1] = (
                    _ONLY_CHILD if len(parent_el) == 1 else _sibling_signatures(parent_el)
                )
            parent = ctxs[-1]
            attrs = el.attrib
            if not attrs and tag not in _CONTEXT_TAG_SET and el is not main and not parent.own:
                ctx = parent  # a plain <p> or <div> adds nothing but depth
            else:
                ctx = _child_ctx(el, attrs, parent, main, len(ctxs))
            reps.append(counts[(tag, el.get("class", ""))])
            if tag in _BLOCK_TAGS:
                flush()
                owners.append((tag, len(ctxs)))
            ctxs.append(ctx)
            sibling_counts.append(None)
            if text := el.text:
                buf.append(text)
                if ctx.link:
                    linked_chars[0] += len(text.strip())
            continue
        if isinstance(tag, str):
            if tag in _BLOCK_TAGS:
                flush()
                owners.pop()
            ctxs.pop()
            reps.pop()
            sibling_counts.pop()
            if el is main:
                past_main[0] = True
        if tail := el.tail:
            buf.append(tail)
            if ctxs[-1].link:
                linked_chars[0] += len(tail.strip())
    flush()
    return blocks


# ---------------------------------------------------------------- metadata


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
        title = _text(h1)
    if not title and (tag := root.find(".//title")) is not None and tag.text:
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
        authors.append(_text(el))

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
