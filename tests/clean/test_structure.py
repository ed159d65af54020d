"""Structure evidence of the HTML reader: repeated units, and class words relative to the
article's container (round 3). Pages are small and written here."""

from __future__ import annotations

from newsdesk.cleaner.markup import HTML_FEATURES, markup_row
from newsdesk.read.html import read_page

_PARAS = [
    "The harbour board agreed on Tuesday to dredge the eastern channel before the autumn "
    "storms, after two ferries ran aground there in the space of a month.",
    "Fishermen had asked for the work for three years, saying the sand bar grew every winter "
    "and that the lights marking it were too dim to see in the rain.",
    "The dredging will take six weeks and close the channel to larger boats at night, the "
    "board's engineer told members at the meeting in the old custom house.",
]


def _features(page: str) -> dict[str, dict[str, float]]:
    blocks = read_page(page).blocks
    return {b.text: dict(zip(HTML_FEATURES, markup_row(b.markup), strict=True)) for b in blocks}


def test_a_teaser_list_repeats_its_unit_and_an_article_its_paragraphs() -> None:
    cards = "".join(
        f"<li class='card'><h3>Headline number {n}</h3><p>A line of teaser {n}</p></li>"
        for n in range(5)
    )
    page = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in _PARAS)
        + f"</article><ul class='more'>{cards}</ul></body></html>"
    )
    feats = _features(page)
    paragraph = feats[_PARAS[0]]
    assert paragraph["log_repeat"] > 0.0  # three <p> side by side
    assert paragraph["log_unit_repeat"] == 0.0  # in a wrapper of its own
    teaser = feats["A line of teaser 2"]
    assert teaser["log_repeat"] == 0.0  # one <p> in its card
    assert teaser["log_unit_repeat"] > paragraph["log_unit_repeat"]  # five cards
    assert teaser["unit_distance"] == 1.0  # the card is its parent


def test_class_words_on_the_article_wrapper_are_a_page_feature_not_a_block_one() -> None:
    page = (
        "<html><body><div class='ad-slot'><p>Advertisement text of some length here</p></div>"
        "<div class='ad-free-article'>"
        + "".join(f"<p>{p}</p>" for p in _PARAS)
        + "</div></body></html>"
    )
    feats = _features(page)
    for paragraph in _PARAS:
        assert feats[paragraph]["in_container"] == 1.0
        assert feats[paragraph]["attr_ad"] == 0.0
        assert feats[paragraph]["container_furniture"] == 1.0
    # outside the container the word is evidence as before
    assert feats["Advertisement text of some length here"]["attr_ad"] > 0.0


def test_words_below_the_container_stay_evidence() -> None:
    page = (
        "<html><body><article class='story'>"
        + "".join(f"<p>{p}</p>" for p in _PARAS)
        + "<div class='share-tools'><p>Share on your networks</p></div></article></body></html>"
    )
    feats = _features(page)
    assert feats["Share on your networks"]["attr_share"] > 0.0
    assert feats[_PARAS[0]]["container_furniture"] == 0.0
    assert feats[_PARAS[0]]["attr_content"] > 0.0  # the wrapper's article word is kept


def test_blocks_after_the_container_say_so() -> None:
    page = (
        "<html><body><p>Before the story, a line</p><article>"
        + "".join(f"<p>{p}</p>" for p in _PARAS)
        + "</article><p>After the story, a line</p></body></html>"
    )
    feats = _features(page)
    assert feats["After the story, a line"]["after_container"] == 1.0
    assert feats["Before the story, a line"]["after_container"] == 0.0
    assert feats[_PARAS[2]]["after_container"] == 0.0


def test_a_javascript_link_is_not_a_link_to_elsewhere() -> None:
    page = (
        "<html><body><p><a href='javascript:void(0)'>Words a script acts on</a></p>"
        "<p><a href='/elsewhere'>Words that lead away</a></p></body></html>"
    )
    blocks = {b.text: b for b in read_page(page).blocks}
    assert blocks["Words a script acts on"].link_density == 0.0
    assert blocks["Words that lead away"].link_density == 1.0
