"""The block walk: a parsed page's body becomes blocks, each with its markup as evidence.

Everything a browser renders becomes blocks, and what the markup says about a block is kept
as evidence for the learned model, never as a verdict (`read.evidence.MarkupEvidence`): the
words of its and its ancestors' class and id (share, related, comment, sidebar, caption, ...,
`data/markup-words.json`), hidden flags, roles, the furniture tags around it (<nav>, <aside>,
<footer>, <form>, ...), its own tag, whether it sits in the guessed article container, how
often it repeats among its siblings; and its link density. The features the model makes of
the evidence are the cleaner's (`cleaner/markup.py`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

import lxml.html
from lxml import etree

from newsdesk.errors import InputTooLargeError
from newsdesk.labels import BlockKind, Cause
from newsdesk.read.blocks import IN_WORD_PATTERN, Block
from newsdesk.read.escapes import without_escapes
from newsdesk.read.evidence import CONTEXT_TAGS, MarkupEvidence, attribute_words, markup_words
from newsdesk.read.html_parse import CONTROL_RE, INVISIBLE_RE, text_of
from newsdesk.read.page import MAX_BLOCKS

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
# Characters that render as nothing: a page of them only has no visible text.
_ZERO_WIDTH_RE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]")
# Of those, the ones that sit inside a word: removed, not made a space ("über\xadzeugen" is
# "überzeugen" on the screen): word joiners, the zero-width no-break space, and the dump
# reader's in-word marks (`read.blocks.IN_WORD_PATTERN`: a soft hyphen; a zero-width joiner or
# non-joiner between Latin letters). A joiner or non-joiner elsewhere is spelling (Persian,
# Indic scripts, emoji) and is kept; the rest (a zero-width space, direction marks, invisible
# operators) still separate.
_JOINERS_RE = re.compile(f"[\u2060\ufeff]|{IN_WORD_PATTERN}")
_SEPARATORS_RE = re.compile("[\u200b\u200e\u200f\u2060-\u2064\ufeff\u00ad\\s]+")

# Words of class and id attributes, by what they usually mark (data/markup-words.json). Each
# kind is evidence (how near the block the nearest ancestor carrying it is), weighed by the
# model with everything else.
_ATTR_WORDS = attribute_words()
# matched against lower-cased words: re.I would make the alternation twice as slow, and a
# page's class names are mostly its own (hashed CSS names miss every cache)
_ATTR_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _ATTR_WORDS.items()))
_ATTR_SPLIT_RE = re.compile(r"[\s_]+")
_ATTR_KEYS = tuple(_ATTR_WORDS)
_FURNITURE_ROLES = frozenset(cast(list[str], markup_words()["furniture_roles"]))


def page_blocks(body: lxml.html.HtmlElement, dropped: list[tuple[str, Cause]]) -> list[Block]:
    """The blocks of a page's `body` (its unrendered parts removed), each with its markup's
    evidence; inline furniture (hover cards, hidden inline elements) is dropped, each with its
    cause added to `dropped`."""
    # inline formatting never starts a block: its text stays, its nodes cost nothing more
    _inline_furniture(body, dropped)
    etree.strip_tags(body, *_INLINE_TAGS)
    etree.strip_elements(body, *_EMPTY_TAGS, with_tail=False)
    return _walk(body, _main_container(body))


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
            if text := text_of(el):
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
    lengths = {p: len(text_of(p)) for p in body.iter("p")}

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


_CONTEXT_TAG_SET = frozenset(CONTEXT_TAGS)
_HIDDEN_STYLE_RE = re.compile(r"display:\s*none|visibility:\s*hidden")
_NO_WORDS: frozenset[str] = frozenset()
# The class-word kinds that mark furniture (the others mark the article or its parts).
_FURNITURE_WORDS = frozenset(_ATTR_KEYS) - {"content", "title", "meta"}
# A repeated unit (a teaser card, a comment) is looked for this many levels above a block:
# the evidence records the repeats of a block's owner and of this many of its ancestors.
UNIT_LEVELS = 4


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
    total = len(text_of(body)) or 1
    share = min(1.0, len(text_of(main)) / total) if main is not body else 1.0
    wrapper = main is not body and bool(_wrapper_words(main) & _FURNITURE_WORDS)
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
        if CONTROL_RE.search(text):
            # a character reference to a control ("&#27;") is blanked as the raw byte is
            # (and an escape sequence it starts removed whole, as `html_parse._parse` does)
            text = " ".join(CONTROL_RE.sub(" ", without_escapes(text)).split())
        linked = linked_chars[0]
        buf.clear()
        linked_chars[0] = 0
        if text and _ZERO_WIDTH_RE.search(text):
            text = _SEPARATORS_RE.sub(" ", _JOINERS_RE.sub("", text)).strip()
            if INVISIBLE_RE.fullmatch(text):
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
                markup=MarkupEvidence(
                    tag,
                    depth,
                    ctx.near,
                    ctx.own,
                    ctx.under,
                    ctx.hidden,
                    ctx.aria_hidden,
                    ctx.role_furniture,
                    ctx.role_main,
                    ctx.body_prop,
                    ctx.inside,
                    tuple(reps[depth : max(0, depth - UNIT_LEVELS - 1) : -1]),
                    share,
                    wrapper,
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
