"""Session 13, review 13 F3 and F14: a dump's title and date, and the page metadata's junk.

Every line here is written for the test (no bench page)."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.cleaner.metadata import not_a_title, ui_label
from newsdesk.read import meta as m

_BODY = (
    "The harbour board voted on Tuesday to rebuild the old pier before the summer season, "
    "after two years of arguments about the cost and the design of the new walkway.\n\n"
    "Engineers told the board that the timber piles had rotted below the waterline and that "
    "the pier could not safely hold the crowds that gather there for the autumn festival.\n\n"
    "The work will begin in March and is expected to take eleven weeks, the board's chair "
    "said, adding that the cafe at the end of the pier would stay open during the works.\n\n"
    "Residents who had opposed the first design said they welcomed the narrower walkway, "
    "which keeps the view of the lighthouse from the promenade benches along the front."
)


def _dump(*head: str) -> str:
    return "\n\n".join(["Home", "* News", "* Sport", "* Weather", *head, _BODY])


# ---------------------------------------------------------------- F3: furniture is no title


@pytest.mark.parametrize(
    "line",
    [
        "Expand / Collapse search",
        "Close share panel",
        "Edit ProfileSign Out",  # two labels glued together by the dump
        "chevron_left Browse All Posts",  # an icon font's ligature
        "Toggle site navigation",
        "Facebook Twitter Email Copy Link",
    ],
)
def test_a_controls_label_is_furniture(line: str) -> None:
    assert ui_label(line)
    assert not_a_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "News > Region",  # a breadcrumb
        "» Preview of the regatta",  # a link list's marker
        "THE DAILY HARBOUR REGION /",  # a path
        "Home | Stories | More",  # a menu's separators
        "The new pier at dusk, seen from the promenade Credit: Harbour Office",  # a credit
        "Workers on the pier at low tide in Portsmouth, England. (AP)",  # an agency's caption
        "7 min read",
        "Reading time: 3 minutes",
        "2. Choosing the timber",  # a list article's numbered section
        "Why trust our reviewers?",
        "Our StoriesOur TeamContact Us",  # menu items glued together
    ],
)
def test_breadcrumbs_captions_and_stamps_are_furniture(line: str) -> None:
    assert not_a_title(line)


def test_a_caption_over_its_credit_line_is_furniture() -> None:
    assert not_a_title("A diver checks the rotten piles", "Jane Roe, Associated Press")
    assert not not_a_title("A diver checks the rotten piles", "The board met on Tuesday.")


@pytest.mark.parametrize(
    "line",
    [
        "Harbour board votes to rebuild the old pier",
        "Apple shows a new iPhone at the YouTube studio",  # brand capitals are no glue
        "Why the pier had to close: a timeline",
        "2024 budget: the pier, the school and the road",
    ],
)
def test_headlines_are_not_furniture(line: str) -> None:
    assert not not_a_title(line)
    assert not ui_label(line)


def test_a_dump_never_takes_a_controls_label_as_its_title() -> None:
    # the label is the last title-shaped line before the article: nothing else speaks for
    # the line above it, so no title beats a wrong one
    article = newsdesk.clean(
        _dump("Harbour board votes to rebuild the old pier", "Expand / Collapse search"),
        input_format="text",
    )
    assert article.title is None


def test_published_n_days_ago_marks_the_headline_under_it() -> None:
    article = newsdesk.clean(
        _dump(
            "Published 2 days ago",
            "Harbour board votes to rebuild the old pier",
            "Close share panel",
        ),
        input_format="text",
    )
    assert article.title == "Harbour board votes to rebuild the old pier"
    assert article.published is None  # an age is no date


def test_a_dumps_body_does_not_change_with_its_title() -> None:
    label = newsdesk.clean(_dump("Close share panel", "Harbour board votes"), input_format="text")
    plain = newsdesk.clean(_dump("Harbour board votes"), input_format="text")
    assert "timber piles" in label.text
    assert label.text == plain.text


# ---------------------------------------------------------------- F3: dates


def test_a_byline_with_its_date_gives_the_date() -> None:
    assert m.labelled_date("By Jane Roe December 2, 2025") == "2025-12-02"
    assert m.labelled_date("Posted on June 29, 2020November 12, 2021") == "2020-06-29"
    assert m.labelled_date("The board met on June 29, 2020") is None  # no label: a sentence
    assert m.labelled_date("By Jane Roe") is None


def test_a_labelled_date_after_the_article_is_the_pages() -> None:
    article = newsdesk.clean(
        _dump("Harbour board votes to rebuild the old pier") + "\n\nPublished\n\nMarch 3, 2024",
        input_format="text",
    )
    assert article.published == "2024-03-03"


def test_an_unlabelled_date_after_the_article_is_a_sidebars() -> None:
    article = newsdesk.clean(
        _dump("Harbour board votes to rebuild the old pier") + "\n\nMore stories\n\nMarch 3, 2024",
        input_format="text",
    )
    assert article.published is None


# ---------------------------------------------------------------- F14: page metadata


def test_field_labels_and_the_publisher_are_no_authors() -> None:
    names = m.clean_authors(
        ["Jane Roe", "Use Case", "Company Type", "The Harbour Gazette"], "Harbour Gazette"
    )
    assert names == ["Jane Roe"]


def test_a_name_glued_to_a_site_word_is_split() -> None:
    assert m.byline("By Jane RoeHARBOURNews") == ["Jane Roe"]
    assert m.clean_authors(["Jane RoeHARBOURNews"]) == ["Jane Roe"]
    assert m.clean_authors(["Ryan McDonald"]) == ["Ryan McDonald"]  # a capital inside a name


@pytest.mark.parametrize(
    "tag", ["Gulls 2: Jane Roe", "48213 Lifestyles", "A Wire", "J. ROE", "B. J. ROE"]
)
def test_wire_feed_codes_are_no_tags(tag: str) -> None:
    assert not m.is_tag(tag)


@pytest.mark.parametrize("tag", ["2020 Election", "NASA", "COVID-19", "Formula 1", "ai"])
def test_subjects_stay_tags(tag: str) -> None:
    assert m.is_tag(tag)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Why the pier must be rebuilt | Opinion", "Why the pier must be rebuilt"),
        ("Why the pier must be rebuilt - Analysis", "Why the pier must be rebuilt"),
        (
            "Why the pier must be rebuilt | Opinion | Harbour Gazette",
            "Why the pier must be rebuilt",
        ),
        ("Pier vote - what happens next", "Pier vote - what happens next"),
    ],
)
def test_a_section_suffix_is_cut_from_the_title(title: str, expected: str) -> None:
    assert m.site_free_title(title, [], ["Harbour Gazette"]) == expected
