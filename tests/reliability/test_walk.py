"""Review 11, findings 12 and 9: a directory walk names every input it skips for a reason
(broken links get their record), keeps records in path order, and `--glob '**/*.html'`
matches the top folder's files too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from harness import GOOD, check, invoke


def _sources(found: list[dict[str, object]], top: Path) -> list[str]:
    return [Path(str(r["source"])).relative_to(top).as_posix() for r in found]


def test_a_broken_link_in_a_directory_gets_its_record(tmp_path: Path) -> None:
    top = tmp_path / "links"
    top.mkdir()
    (tmp_path / "story").write_text(GOOD, encoding="utf-8")
    (top / "s1.txt").symlink_to(tmp_path / "story")
    (top / "s3.txt").symlink_to(tmp_path / "nonexistent")
    (top / "s4.md").symlink_to(tmp_path / "nonexistent")  # not matched by the glob: skipped
    run = invoke(["clean", str(top), "--glob", "*.txt", "-f", "jsonl"])
    found = check(run, 1, records=2, errors=1)
    assert _sources(found, top) == ["s1.txt", "s3.txt"]
    assert found[0].get("error") is None
    assert found[1]["kind"] == "InputNotFoundError"


def test_a_folder_that_cannot_be_listed_has_its_record_in_path_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = tmp_path / "corpus"
    for name in ["a/1.txt", "a/locked.d/x.txt", "a/story.txt", "b.txt"]:
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked.d"):  # as an unreadable folder (the tests run as root)
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr("newsdesk.run.items.os.scandir", scandir)
    run = invoke(["clean", str(top), "-f", "jsonl"])
    found = check(run, 1, records=4, errors=1)
    assert _sources(found, top) == ["a/1.txt", "a/locked.d", "a/story.txt", "b.txt"]
    assert "cannot list" in str(found[1]["error"])


@pytest.mark.parametrize("glob", ["*.html", "**/*.html"])
def test_a_recursive_glob_matches_the_top_folder_too(tmp_path: Path, glob: str) -> None:
    top = tmp_path / "g"
    for name in ["top.html", "x/one.html", "x/y/two.html", "x/no.txt"]:
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text(f"<p>{GOOD}</p>", encoding="utf-8")
    found = check(invoke(["clean", str(top), "--glob", glob, "-f", "jsonl"]), 0)
    assert _sources(found, top) == ["top.html", "x/one.html", "x/y/two.html"]


def test_a_recursive_glob_keeps_its_directory_part(tmp_path: Path) -> None:
    top = tmp_path / "g"
    for name in ["top.html", "news/one.html", "x/news/two.html", "x/other.html"]:
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text(f"<p>{GOOD}</p>", encoding="utf-8")
    found = check(invoke(["clean", str(top), "--glob", "**/news/*.html", "-f", "jsonl"]), 0)
    assert _sources(found, top) == ["news/one.html", "x/news/two.html"]


@pytest.mark.parametrize(
    ("glob", "expected"),
    [
        ("news/**/*.html", ["news/b.html", "news/x/c.html", "news/x/y/d.html"]),
        ("**/news/**/*.html", ["news/b.html", "news/x/c.html", "news/x/y/d.html"]),
        ("news/**", ["news/b.html", "news/x/c.html", "news/x/y/d.html", "news/x/y/e.txt"]),
        ("news/*/*.html", ["news/x/c.html"]),
    ],
)
def test_a_double_star_in_the_middle_is_zero_or_more_folders(
    tmp_path: Path, glob: str, expected: list[str]
) -> None:
    top = tmp_path / "tree"
    names = ["a.html", "news/b.html", "news/x/c.html", "news/x/y/d.html", "news/x/y/e.txt"]
    for name in [*names, "other/e.html"]:
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_text(f"<p>{GOOD}</p>", encoding="utf-8")
    found = check(invoke(["clean", str(top), "--glob", glob, "-f", "jsonl"]), 0)
    assert _sources(found, top) == expected


def test_a_glob_matches_whole_names_and_never_crosses_a_folder() -> None:
    from pathlib import PurePath

    from newsdesk.run.items import _matches

    assert _matches(PurePath("news/x/c.html"), "news/**/*.html")
    assert not _matches(PurePath("newsroom/c.html"), "news/**/*.html")  # a whole name
    assert not _matches(PurePath("news/x/c.html"), "news/*.html")  # `*`: one name only
    assert _matches(PurePath("b.html"), "[ab].html")
    assert not _matches(PurePath("a.html"), "[!a].html")
    assert not _matches(PurePath("x/a.html"), "x?a.html")  # `?` is never a `/`
