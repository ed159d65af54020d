"""Review 13, F5: the `url` a caller states is the record's `source` for a `pathlib.Path`
input too, as it is for str and bytes (and as the README's Library example shows)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsdesk

URL = "https://example.org/news/harbour-plan"
TEXT = (
    "Harbour plan approved\n\n"
    "The council of Port Ellery approved the harbour plan on Monday after a long debate.\n\n"
    "Mayor Dana Whitlock said the works would begin in the spring and end within two years.\n"
)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_clean_path_keeps_the_url_as_source(page: Path) -> None:
    article = newsdesk.clean(page, url=URL)
    assert article.source == URL
    assert article.to_dict()["source"] == URL
    assert not article.warnings


def test_path_source_matches_str_source(page: Path) -> None:
    assert newsdesk.clean(page, url=URL).source == newsdesk.clean(TEXT, url=URL).source


def test_path_without_url_is_still_named_by_its_path(page: Path) -> None:
    assert newsdesk.clean(page).source.endswith("harbour.txt")


def test_name_wins_over_url_for_a_path(page: Path) -> None:
    assert newsdesk.clean(page, url=URL, name="mine").source == "mine"


def test_missing_path_error_names_the_path_not_the_url(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(newsdesk.errors.NewsdeskError) as caught:
        newsdesk.clean(missing, url=URL)
    assert "nowhere.txt" in str(caught.value)


def test_analyze_path_as_in_the_readme(page: Path) -> None:
    """The README's Library call: a Path with the date, title and URL the caller knows."""
    brief = newsdesk.analyze(page, published="2024-02-28", title="Harbour plan", url=URL)
    record = brief.to_dict()
    assert record["source"] == URL
    assert record["title"] == "Harbour plan"
    assert record["published"] == "2024-02-28"
    assert not record["warnings"]
