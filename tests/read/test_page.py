"""The read room returns the page; the cleaner decides from it and never parses."""

from __future__ import annotations

import dataclasses

import pytest

from newsdesk import cleaner
from newsdesk.labels import BlockKind, Cause, InputFormat
from newsdesk.read import html as htmlreader
from newsdesk.read import read
from newsdesk.read.page import Page, PageMeta, page_of

HTML = (
    "<html><head><meta property='og:title' content='Ferry service resumes'>"
    "<meta property='og:site_name' content='Harbour Herald'></head><body><article>"
    "<h1>Ferry service resumes</h1><p>By Ann Example</p>"
    "<p>The ferry between the two islands sailed again on Monday after a week of storms "
    "kept it in port, the operator said in a statement.</p></article></body></html>"
)
TEXT = (
    "Ferry service resumes\n\nBy Ann Example\n\n"
    "The ferry between the two islands sailed again on Monday after a week of storms kept "
    "it in port, the operator said in a statement.\n"
)


@pytest.mark.parametrize(("content", "fmt"), [(HTML, "html"), (TEXT, "text")])
def test_both_formats_read_into_a_page_of_blocks(content: str, fmt: str) -> None:
    page = page_of(read(content, input_format=fmt, name="x"))
    assert isinstance(page, Page)
    assert page.input_format == fmt and page.source == "x"
    assert any(b.text.startswith("The ferry between") for b in page.blocks)
    assert all(b.text for b in page.blocks)
    assert all(isinstance(b.kind, BlockKind) for b in page.blocks)
    assert page.input_format is InputFormat(fmt)
    # a text input keeps its own text (the no-clean output's offsets); HTML has none
    assert page.text == (content if fmt == "text" else "")


def test_the_cleaner_never_parses(monkeypatch: pytest.MonkeyPatch) -> None:
    page = page_of(read(HTML, input_format="html"))

    def no_parsing(html: str) -> Page:
        raise AssertionError("the cleaner parsed the page again")

    monkeypatch.setattr(htmlreader, "read_page", no_parsing)
    article = cleaner.clean_page(page)
    assert article.text.startswith("The ferry between")
    assert article.title == "Ferry service resumes"


def test_the_readers_metadata_is_left_as_read() -> None:
    page = page_of(read(TEXT, input_format="text"))
    assert page.meta == PageMeta()
    article = cleaner.clean_page(page)
    # the cleaner found the headline and the byline; the reader's record still says nothing
    assert article.title == "Ferry service resumes"
    assert article.authors == ["Ann Example"]
    assert page.meta == PageMeta()
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.meta.title = "changed"  # type: ignore[misc]


def test_the_cleaner_judges_the_page_without_changing_it() -> None:
    page = page_of(read(TEXT + "Leave a comment\n", input_format="text"))
    blocks = list(page.blocks)
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.blocks[0].text = "changed"  # type: ignore[misc]
    found = cleaner.featurise(page)
    # the verdicts are the cleaner's: metadata, clutter and all, beside the reader's blocks
    assert [v.cause for v in found.verdicts][:2] == [Cause.title_line, Cause.byline]
    assert found.verdicts[-1].cause is Cause.comment_form
    first = cleaner.clean_page(page)
    # the reader's blocks are as they were, so a second clean of the page judges afresh
    assert page.blocks == blocks
    assert cleaner.clean_page(page) == first


def test_training_and_cleaning_share_one_featurisation() -> None:
    page = page_of(read(TEXT, input_format="text"))
    found = cleaner.featurise(page)
    assert len(found.rows) == len(found.blocks) == len(found.keepable)
    # the title and byline lines are metadata: never kept, whatever the model says
    assert found.keepable == [False, False, True]
    assert found.meta.title == "Ferry service resumes"


def test_rewording_a_reason_cannot_change_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdesk import labels

    text = TEXT + "Leave a comment\n\nSubscribe to our newsletter for more news\n"
    before = cleaner.featurise(page_of(read(text, input_format="text")))
    reworded = {cause: f"reworded {cause.value}" for cause in labels.Cause}
    monkeypatch.setattr(labels, "_CAUSE_TEXT", reworded)
    after = cleaner.featurise(page_of(read(text, input_format="text")))
    assert after.rows == before.rows
    assert labels.Cause.comment_form in {v.cause for v in after.verdicts}
    article = cleaner.clean_page(page_of(read(text, input_format="text")))
    assert "reworded comment_form" in {r.reason for r in article.removed}


def test_every_cause_has_the_text_users_see() -> None:
    from newsdesk.labels import Cause

    assert all(cause.text for cause in Cause)
    assert Cause.comment_form.text == "comment form"
    assert Cause.outside_region.text == "text outside the article's region"
