"""Session 13, review 13c findings 1, 8 and 10: a dump's headline over an agency byline or
with "| Section | Site", the title scoring shared by `headline` and `dump_title`, and job
titles handed over as authors.

Every line here is written for the test (no bench page)."""

from __future__ import annotations

import pytest

import newsdesk
from newsdesk.read import meta as m

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
