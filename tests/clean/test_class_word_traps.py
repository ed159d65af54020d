"""Class-word traps: article text inside elements whose class or id reads like furniture.

Each page is small and written here; the article must survive whatever its wrapper is called.
"""

from __future__ import annotations

import pytest

import newsdesk

_STORY = [
    "The council voted on Monday night to keep the town's two libraries open on Sundays, "
    "reversing a plan that would have shut them from the spring.",
    "Members said the savings had been found elsewhere in the budget, mostly by sharing "
    "staff and vans with the neighbouring district for the book deliveries.",
    "Readers who had signed a petition with more than four thousand names welcomed the "
    "decision, though some asked why it had taken a year to reach it.",
    "The libraries will also stay open until eight on Thursdays from next month, the "
    "council's spokesperson said in a statement after the meeting.",
]
_MENU = "<ul>" + "".join(f"<li><a href='/s/{n}'>Section {n}</a></li>" for n in range(8)) + "</ul>"


def _page(wrapper_open: str, wrapper_close: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>Libraries stay open</title></head><body>"
        f"<header><nav>{_MENU}</nav></header>"
        f"<h1>Libraries stay open on Sundays</h1>{wrapper_open}{body}{wrapper_close}"
        "<footer><p>© Town Gazette. All rights reserved.</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ('<div class="entry-content entry-content-read-more">', "</div>"),
        ('<div class="field field--name-body field--label-hidden">', "</div>"),
        ('<article class="post type-post tag-council tag-libraries">', "</article>"),
        ('<div class="main-with-sidebar"><div class="col">', "</div></div>"),
        ('<div id="modal-root"><div class="story">', "</div></div>"),
        ('<div class="ad-free-article">', "</div>"),
        ('<div class="topics-story-body">', "</div>"),
        ('<div class="paywall">', "</div>"),
        ('<div class="caption-story">', "</div>"),
    ],
)
def test_the_article_survives_a_furniture_word_on_its_wrapper(opening: str, closing: str) -> None:
    article = newsdesk.clean(_page(opening, closing), input_format="html")
    kept = article.text.split("\n\n")
    for paragraph in _STORY:
        assert paragraph in kept
    assert "Section 3" not in article.text
