"""Session 13, review 13c findings 1, 8 and 10: a dump's headline over an agency byline or
with "| Section | Site", the title scoring shared by `headline` and `dump_title`, and job
titles handed over as authors.

Every line here is written for the test (no bench page)."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.cleaner import metadata
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
