"""Parsing a hostile page: lxml (libxml2, C, fast) reads it once, and what a browser never
renders to a reader is removed before anything is read from it.

A page is parsed as a browser would read it where libxml2 would not: `<script/>` opens a
script; an unclosed `<textarea>` or `<xmp>` that swallowed the rest of the page is closed, a
`<plaintext>` read as the markup after it; a tag flooded with attributes is capped; markup
nested past libxml2's depth limit is parsed again without its layout tags. Then scripts,
styles, templates, the <head>, form controls and media are removed (<noscript> only when the
page shows text without it; a control that swallowed the page is unwrapped).
"""

from __future__ import annotations

import contextlib
import copy
import re
from dataclasses import dataclass
from typing import cast

import lxml.html
from lxml import etree

from newsdesk.read.blocks import norm_ws
from newsdesk.read.escapes import without_escapes

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
    # MathML's annotations (the formula's TeX source, its content markup) are never rendered;
    # the presentation markup beside them is (SVG, with its <title> and <desc>, is above)
    "annotation", "annotation-xml",
)  # fmt: skip
# Control characters lxml refuses in text (a form feed after a dropped element made
# `drop_tree` raise); a browser shows them as nothing.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes(0x20 if CONTROL_RE.match(chr(b)) else b for b in range(256))
# Characters that render as nothing: a page of them only has no visible text.
INVISIBLE_RE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\\s]+")
# When libxml2 gives up on deep markup (~2,044 levels: unclosed <div>s and <font>s) it drops
# everything after; the page is then parsed again without its layout tags.
_LAYOUT_TAG_RE = re.compile(
    r"</?(?:div|span|font|b|i|u|em|strong|section|center|small|big|table|tbody|tr|td|th|ul|ol|"
    r"article|main|aside|header|footer|nav|form|blockquote|dl|dd|dt)\b[^>]*>",
    re.I,
)


def parse_page(html: str) -> tuple[lxml.html.HtmlElement, str]:
    """The page's tree, and the source it was parsed from (changed when an element had read
    the rest of the page as text)."""
    root = _parse(html)
    for _ in range(_MAX_REPARSES):
        # the markup a <textarea> or <xmp> left open or a <plaintext> swallowed is markup
        if (opened := _reparse_swallowed(root, html)) is None:
            break
        html = opened
        root = _parse(html)
    return root, html


def strip_unrendered(root: lxml.html.HtmlElement, html: str) -> None:
    """Remove what a browser never renders as text to a reader (`_SILENT_TAGS`; <noscript>
    when the page shows text without it); unwrap a form control that swallowed the page."""
    _unwrap_or_drop_noscript(root)
    _unwrap_swallowing_controls(root, html)
    etree.strip_elements(root, *_SILENT_TAGS, with_tail=False)


def unrendered_text(html: str) -> str:
    """Text the page `html` holds that no browser shows (for a page of no block)."""
    return _unrendered_text(_parse(html))


def _parse(html: str) -> lxml.html.HtmlElement:
    # Bytes with a fixed encoding: lxml refuses str input that carries an XML declaration.
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
    )
    # a terminal's escape sequences removed whole (blanking their ESC alone kept the tail)
    html = _open_self_closed_raw(without_escapes(html))
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
        invisible = not INVISIBLE_RE.sub("", text)
        parts.append("invisible characters" if invisible else "form controls or media")
    return "; ".join(parts)


def _unwrap_or_drop_noscript(root: lxml.html.HtmlElement) -> None:
    """<noscript> repeats what scripts show; when nothing else shows text, it is the page."""
    found = list(root.iter("noscript"))
    if not found:
        return
    inside = sum(len(text_of(el)) for el in found)
    total = len(text_of(root.find("body") if root.find("body") is not None else root))
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


def text_of(el: lxml.html.HtmlElement) -> str:
    """The element's text, its whitespace collapsed (one C call)."""
    return " ".join(el.text_content().split())


def visible_text_of(el: lxml.html.HtmlElement) -> str:
    """`text_of` the element without what a browser never renders inside it (`_SILENT_TAGS`:
    an inline SVG's <title> and <desc>, a MathML annotation, a script), for the markup read
    before those are removed (`html_meta`: a title from an <h1> holding a logo)."""
    if next(el.iter(*_SILENT_TAGS), None) is None:
        return text_of(el)
    shown = copy.deepcopy(el)
    shown.tail = None
    etree.strip_elements(shown, *_SILENT_TAGS, with_tail=False)
    return text_of(shown)
