"""The two readers of the clean stage: plain text and HTML both become a list of `Block`s.

One block is one paragraph-like unit (a dump line, a <p>, a heading, a list item). The
classifier in `clean.py` only ever sees blocks, so both input forms share one engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString

_WS_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


@dataclass(slots=True)
class Block:
    text: str
    kind: str = "p"  # p, h (heading), li, quote, pre
    link_density: float = 0.0
    in_main: bool = True  # inside the page's article container (always true for text)
    label: str = ""  # set by the classifier: "good" or "bad"
    reason: str = ""


def norm_ws(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


# ---------------------------------------------------------------- plain text


def text_blocks(text: str) -> list[Block]:
    """Split plain text into blocks: one per line, or one per paragraph when hard-wrapped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    multi = sum(1 for p in paragraphs if len([ln for ln in p.split("\n") if ln.strip()]) > 1)
    # Hard-wrapped prose: most paragraphs span several lines that do not end sentences.
    wrapped = bool(paragraphs) and multi > len(paragraphs) / 2 and _looks_wrapped(paragraphs)
    blocks: list[Block] = []
    for para in paragraphs:
        lines = [norm_ws(ln) for ln in para.split("\n") if ln.strip()]
        if wrapped:
            blocks.append(Block(" ".join(lines)))
        else:
            blocks.extend(Block(ln) for ln in lines)
    return blocks


def _looks_wrapped(paragraphs: list[str]) -> bool:
    lengths = [len(ln.strip()) for p in paragraphs for ln in p.split("\n") if ln.strip()]
    if not lengths:
        return False
    lengths.sort()
    median = lengths[len(lengths) // 2]
    longest = lengths[-1]
    # Wrapped text has lines of one width (typically 60-100 characters).
    return 40 <= median <= 100 and longest <= 120


# ---------------------------------------------------------------- HTML

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


@dataclass(slots=True)
class HtmlPage:
    soup: BeautifulSoup
    blocks: list[Block]


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
        if tag.decomposed or tag.name in ("html", "body", "article", "main"):
            continue
        attrs = tag.attrs or {}
        style = str(attrs.get("style", "")).replace(" ", "").lower()
        if (
            "hidden" in attrs
            or attrs.get("aria-hidden") == "true"
            or "display:none" in style
            or "visibility:hidden" in style
        ):
            _drop(tag, "hidden element", dropped)
            continue
        if attrs.get("itemprop") == "articleBody":
            continue
        classes: list[str] = list(attrs.get("class") or [])
        ident = " ".join([*classes, str(attrs.get("id", "")), str(attrs.get("role", ""))])
        # Never drop a container that holds most of the page's text.
        if (
            ident.strip()
            and _BOILER_ATTR_RE.search(ident)
            and len(tag.get_text(" ", strip=True)) < 0.4 * total
        ):
            match = _BOILER_ATTR_RE.search(ident)
            _drop(tag, f"'{match.group(1) if match else ident}' block", dropped)


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
