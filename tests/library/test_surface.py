"""The library's public surface: `clean()` keeps the warnings `newsdesk clean` prints and
its `to_dict()` is the CLI's JSON; the types of public fields and signatures are exported;
`Analysis` is a deprecated alias; an error record starts with `id` as a brief does."""

from __future__ import annotations

import dataclasses
import json
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk.cli import app
from newsdesk.model import Failure

# A page with nothing but a share bar and a newsletter prompt: no article text.
NO_TEXT_PAGE = (
    "<html><head><title>Menu</title></head><body><div class='share'>Share on Facebook</div>"
    "<p>Subscribe to our newsletter</p></body></html>"
)
ARTICLE = (
    "Harbour to reopen\n\nThe harbour at Port Ellen will reopen in May, the island council "
    "said on Friday. Ferries were moved to Kennacraig during the repairs.\n"
)


def _cli_json(*args: str) -> dict[str, object]:
    done = CliRunner().invoke(app, ["clean", *args, "-f", "json"])
    record: dict[str, object] = json.loads(done.stdout)
    return record


def test_clean_keeps_the_warning_the_cli_prints(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_text(NO_TEXT_PAGE, encoding="utf-8")
    article = newsdesk.clean(page)
    assert article.text == ""
    assert len(article.warnings) == 1 and "no article text" in article.warnings[0]
    assert article.to_dict()["warnings"] == article.warnings


@pytest.mark.parametrize("content", [NO_TEXT_PAGE, ARTICLE])
def test_clean_to_dict_is_the_json_newsdesk_clean_prints(tmp_path: Path, content: str) -> None:
    path = tmp_path / ("page.html" if content.startswith("<") else "note.txt")
    path.write_text(content, encoding="utf-8")
    library = newsdesk.clean(path).to_dict()
    cli = _cli_json(str(path))
    assert list(library) == list(cli)  # the same keys in the same order
    assert library == cli


def test_a_brief_has_one_list_of_warnings_last() -> None:
    article = newsdesk.clean("Short note.\n\nThe council will meet on Monday.\n")
    article.warnings = ["from the article"]
    brief = newsdesk.Brief(article, warnings=["from the brief", "from the article"])
    record = brief.to_dict()
    assert list(record)[-1] == "warnings"
    assert record["warnings"] == ["from the brief", "from the article"]
    assert list(record).count("warnings") == 1


def test_the_types_of_public_fields_and_signatures_are_exported() -> None:
    for name in (
        "Removed",
        "Repair",
        "TimeExpression",
        "Attribution",
        "Failure",
        "Source",
        "PathAsTextError",
    ):
        assert name in newsdesk.__all__, name
        assert getattr(newsdesk, name) is not None
    assert issubclass(newsdesk.PathAsTextError, newsdesk.InputError)
    with pytest.raises(newsdesk.PathAsTextError):
        newsdesk.clean(__file__)  # a str naming a file: refused, catchable from the package


def test_every_exported_name_exists() -> None:
    for name in newsdesk.__all__:
        assert hasattr(newsdesk, name), name


@pytest.mark.parametrize(
    "record",
    [
        newsdesk.Person,
        newsdesk.Organization,
        newsdesk.Place,
        newsdesk.TimeExpression,
        newsdesk.Commitment,
        newsdesk.Article,
        newsdesk.Brief,
        newsdesk.Mention,
        newsdesk.Removed,
        newsdesk.Repair,
        newsdesk.Attribution,
        newsdesk.Failure,
    ],
)
def test_public_records_say_what_they_are(record: type) -> None:
    doc = record.__doc__ or ""
    # a written docstring, not the signature dataclasses puts there when there is none
    assert doc.strip() and not doc.startswith(f"{record.__name__}("), record


def test_place_says_what_none_coordinates_mean() -> None:
    assert "None" in (newsdesk.Place.__doc__ or "")
    assert "kind" in (newsdesk.Place.__doc__ or "")


def test_analysis_is_a_deprecated_alias_of_brief() -> None:
    assert "Analysis" not in newsdesk.__all__
    with pytest.warns(DeprecationWarning, match="Brief"):
        alias = newsdesk.Analysis
    assert alias is newsdesk.Brief
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert newsdesk.Brief is not None  # the new name warns of nothing


def test_an_error_record_starts_with_its_id_as_a_brief_does() -> None:
    failed = Failure("a.jsonl:3", "EmptyInputError", "a.jsonl:3: empty", id="story-7")
    # (session 13: every record ends with its `schema` and `newsdesk_version`)
    versions = ["schema", "newsdesk_version"]
    assert list(failed.to_dict()) == ["id", "source", "error", "kind", *versions]
    alone = Failure("a.txt", "EmptyInputError", "a.txt: empty")
    assert list(alone.to_dict()) == ["source", "error", "kind", *versions]
    article = newsdesk.clean("The council will meet on Monday.\n")
    brief = dataclasses.replace(newsdesk.Brief(article), id="story-7")
    assert list(brief.to_dict())[:2] == ["id", "source"]
