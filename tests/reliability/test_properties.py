"""Property tests: whatever text or HTML-ish string goes in, `clean` and `analyze` give a
result or a typed `NewsdeskError`, never anything else; the result's JSON is valid UTF-8 and
its human-readable forms carry no raw control character."""

from __future__ import annotations

import json

import pytest
from harness import RAW_CONTROL_RE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdesk
from newsdesk.errors import NewsdeskError
from newsdesk.model import Brief
from newsdesk.render import Format, Terminal, renderer

HUMAN = [Format.text, Format.markdown, Format.rich]
TAGS = ["p", "div", "span", "a", "h1", "script", "style", "noscript", "template", "article",
        "nav", "footer", "table", "td", "li", "br", "img", "meta", "title", "figure", "svg"]  # fmt: skip
WORDS = ["The", "mayor", "will", "build", "a", "bridge", "in", "Paris", "said", "on", "Monday",
         "&amp;", "&#0;", "&#x202e;", "\x0c", "\x0b", "\ufeff", "\u200b", "[/]", "[bold]", "<!--",
         "-->", "<![CDATA[", "]]>", '"', "'", "=", "\ud800", "\x1b[2J", "photo:", "(", "©"]  # fmt: skip

# Any text, surrogates and controls included.
texts = st.text(st.characters(codec=None, exclude_categories=()), max_size=400)


@st.composite
def html_ish(draw: st.DrawFn) -> str:
    """Tag soup: random tags (opened, closed or not), attributes and words."""
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 4))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            attr = draw(st.sampled_from(["", ' class="ad"', ' property="og:title" content="[/]"',
                                         " hidden", ' type="application/ld+json"']))  # fmt: skip
            parts.append(f"<{tag}{attr}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.text(max_size=30)))
        else:
            parts.append(" ".join(draw(st.lists(st.sampled_from(WORDS), max_size=12))))
    return "".join(parts)


def _holds(brief: Brief) -> None:
    json.dumps(brief.to_dict(), ensure_ascii=False).encode("utf-8")  # valid UTF-8 JSON
    for fmt in HUMAN:
        shown = renderer(fmt).render(brief, Terminal())
        assert not RAW_CONTROL_RE.search(shown), (fmt, shown[:200])


def _clean(source: str, input_format: str | None = None) -> None:
    try:
        article = newsdesk.clean(source, input_format=input_format)
    except NewsdeskError:
        return
    assert isinstance(article.text, str)
    _holds(Brief(article))


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_clean_any_text(text: str) -> None:
    _clean(text)


@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_ish())
def test_clean_any_html_ish_string(html: str) -> None:
    _clean(html, "html")


@settings(max_examples=150, deadline=None)
@given(texts)
def test_clean_any_text_quick(text: str) -> None:
    _clean(text)


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(texts, html_ish()))
def test_analyze_anything(source: str) -> None:
    try:
        brief = newsdesk.analyze(source)
    except NewsdeskError:
        return
    for m in (m for p in brief.people for m in p.mentions):
        assert brief.article.text[m.start : m.end] == m.text
    _holds(brief)
