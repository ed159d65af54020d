"""A str is the article's content; a str that names an existing file is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsdesk.errors import InputError
from newsdesk.pathguard import PathAsTextError, as_source


def test_a_str_naming_a_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>The port will reopen on Friday.</p>")
    monkeypatch.chdir(tmp_path)
    for name in ("page.html", str(page)):
        with pytest.raises(PathAsTextError, match=r"pathlib\.Path") as caught:
            as_source(name)
        assert isinstance(caught.value, InputError) and isinstance(caught.value, TypeError)


def test_content_and_paths_pass(tmp_path: Path) -> None:
    text = "The port will reopen on Friday, the harbour master said."
    assert as_source(text) == text
    assert as_source(str(tmp_path / "not-there.html")) == str(tmp_path / "not-there.html")
    assert as_source(str(tmp_path)) == str(tmp_path)  # a directory is not a file
    assert as_source(b"bytes") == b"bytes"
    path = tmp_path / "a.txt"
    assert as_source(path) is path


def test_other_pathlike_becomes_a_path(tmp_path: Path) -> None:
    class Named(os.PathLike[str]):
        def __fspath__(self) -> str:
            return str(tmp_path / "a.txt")

    assert as_source(Named()) == tmp_path / "a.txt"


def test_odd_strings_are_content() -> None:
    assert as_source("x" * 5000) == "x" * 5000  # longer than any path
    assert as_source("a\x00b") == "a\x00b"  # left for the reader to call binary


def test_the_library_refuses_a_file_name_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdesk

    page = tmp_path / "page.txt"
    page.write_text("The port will reopen on Friday, the harbour master said.\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PathAsTextError, match=r"pathlib\.Path"):
        newsdesk.clean("page.txt")
    with pytest.raises(PathAsTextError):
        newsdesk.analyze(str(page))

    class Named(os.PathLike[str]):
        def __fspath__(self) -> str:
            return str(page)

    assert newsdesk.clean(Named()).text.startswith("The port will reopen")
    assert newsdesk.clean("page.txt is a name, in a sentence.").text  # text is text
