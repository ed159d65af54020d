"""Session 13, review 13c findings 1, 8 and 10: a dump's headline over an agency byline or
with "| Section | Site", the title scoring shared by `headline` and `dump_title`, and job
titles handed over as authors.

Every line here is written for the test (no bench page)."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.cleaner import metadata
from newsdesk.cleaner.metadata import not_a_title, pipe_head
from newsdesk.read import meta as m
from newsdesk.read.blocks import Block

_BODY = (
    "The county council said on Monday that it would keep the branch libraries open through "
    "the winter, after a month of talks with the unions about the staff rota and the heating.\n\n"
    "Librarians told the council that the reading rooms were used most on cold afternoons and "
    "that closing them early would leave pensioners with nowhere warm to sit after lunch.\n\n"
    "The budget for the heating will come from the road repair fund, the council's treasurer "
    "said, adding that the two smallest branches would share one van for their deliveries.\n\n"
    "Parents who had campaigned against the cuts said they were glad the story hour would "
    "stay on Saturday mornings, when the children's room is full from opening until noon."
)


def _dump(*head: str) -> str:
    return "\n\n".join(["Home", "* News", "* Sport", "* Weather", *head, _BODY])


# ---------------------------------------------------------------- finding 1


@pytest.mark.parametrize(
    ("line", "next_text"),
    [
        ("County keeps its libraries open all winter", "By Ann Cole, Reuters"),
        ("County keeps its libraries open all winter", "By Ann Cole / AFP"),
        ("County keeps its libraries open all winter", "By Ann Cole, The Associated Press"),
        ("'We will keep the doors open,' says county librarian", "By Ann Cole, Reuters"),
    ],
)
def test_a_headline_over_an_agency_byline_is_no_caption(line: str, next_text: str) -> None:
    assert not not_a_title(line, next_text)


def test_a_caption_over_a_credit_line_is_still_furniture() -> None:
    assert not_a_title("A librarian shelves the returned books", "Ann Cole, Associated Press")


@pytest.mark.parametrize(
    ("line", "head"),
    [
        (
            "County strike: libraries to stay open all winter | Politics | Shire Gazette",
            "County strike: libraries to stay open all winter",
        ),
        (
            "County strike: librarians 'will not back down' | UK news | The Shire Times",
            "County strike: librarians 'will not back down'",
        ),
    ],
)
def test_a_headline_with_section_and_site_is_no_breadcrumb(line: str, head: str) -> None:
    assert pipe_head(line) == head
    assert not not_a_title(line, "By Ann Cole")


@pytest.mark.parametrize("line", ["Home | Stories | More", "News | Local news | Sport"])
def test_a_menu_of_pipes_is_still_furniture(line: str) -> None:
    assert pipe_head(line) == line
    assert not_a_title(line)


@pytest.mark.parametrize(
    "byline",
    ["By Ann Cole, Reuters", "By Ann Cole / AFP", "By Ann Cole, The Associated Press"],
)
def test_a_dump_keeps_its_headline_over_an_agency_byline(byline: str) -> None:
    article = newsdesk.clean(
        _dump("County keeps its libraries open all winter", byline), input_format="text"
    )
    assert article.title == "County keeps its libraries open all winter"
    assert article.authors == ["Ann Cole"]


def test_a_dump_keeps_the_headline_of_its_section_and_site_line() -> None:
    article = newsdesk.clean(
        _dump(
            "County strike: libraries to stay open all winter | Politics | Shire Gazette",
            "By Ann Cole",
        ),
        input_format="text",
    )
    assert article.title == "County strike: libraries to stay open all winter"


# ---------------------------------------------------------------- finding 8


def test_headline_and_dump_title_share_one_shape_score() -> None:
    # one helper scores a candidate's copy, length and nearness for both choosers
    line = "County keeps its libraries open all winter"
    blocks = [Block(line), Block(f"Share: {line} on the county's page"), Block("Close")]
    assert metadata._shape_score(blocks, 0, last=True) == (
        metadata.SCORE_COPIED + metadata.SCORE_HEADLINE_LENGTH + metadata.SCORE_LAST
    )
    assert metadata._shape_score(blocks[2:], 0, last=False) == 0.0
    too_long = [Block(" ".join(["word"] * (metadata.HEADLINE_WORDS[1] + 1)))]
    assert metadata._shape_score(too_long, 0, last=False) == metadata.SCORE_TOO_LONG


# ---------------------------------------------------------------- finding 10


@pytest.mark.parametrize(
    ("values", "authors"),
    [
        (["Ann Cole", "Political Correspondent"], ["Ann Cole"]),
        (["Ann Cole", "Tom Hale", "Staff Writers"], ["Ann Cole", "Tom Hale"]),
        (["Ann Cole", "Health Editor"], ["Ann Cole"]),
        (["Ann Cole", "Senior Reporter"], ["Ann Cole"]),
    ],
)
def test_job_titles_are_no_authors(values: list[str], authors: list[str]) -> None:
    assert m.clean_authors(values) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ann Cole, Political Correspondent", ["Ann Cole"]),
        ("By Ann Cole and Tom Hale, Staff Writers", ["Ann Cole", "Tom Hale"]),
        ("By Ann Cole, Health Editor", ["Ann Cole"]),
    ],
)
def test_a_bylines_job_title_is_no_author(line: str, authors: list[str]) -> None:
    article = newsdesk.clean(
        _dump("County keeps its libraries open all winter", line), input_format="text"
    )
    assert article.authors == authors


def test_a_name_ending_in_a_role_like_word_elsewhere_is_kept() -> None:
    # only the last word counts: a role word inside a name does not drop it
    assert m.clean_authors(["Editor Ann Cole"]) == ["Editor Ann Cole"]


def test_a_name_with_its_role_is_not_taken_for_a_job_title() -> None:
    # four words or more ending in a role word: a name with its role, not a bare job title
    assert m.clean_authors(["Ann Cole Business Columnist"]) == ["Ann Cole Business Columnist"]
