"""Session 12: the dead copies are gone (`render.collect.single_input`, a stale copy of
`cli.checks.several`; `render.collect.DOCUMENT_FORMATS`; `run.work.error_kind`) and the live
function is the one tested."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

from newsdesk.cli.checks import several


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("newsdesk.render.collect", "single_input"),
        ("newsdesk.render.collect", "DOCUMENT_FORMATS"),
        ("newsdesk.run.work", "error_kind"),
    ],
)
def test_the_dead_copies_are_gone(module: str, name: str) -> None:
    assert not hasattr(importlib.import_module(module), name)


def test_one_file_or_url_is_one_article(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("x", encoding="utf-8")
    assert not several([str(tmp_path / "one.txt")], jsonl=False)
    assert not several(["https://example.org/a"], jsonl=False)
    assert not several([str(tmp_path / "missing.txt")], jsonl=False)  # its error is one record


def test_a_directory_several_names_or_json_lines_are_several(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("x", encoding="utf-8")
    assert several([str(tmp_path)], jsonl=False)  # a directory, whatever it holds
    assert several(["a.txt", "b.txt"], jsonl=False)
    assert several([str(tmp_path / "one.txt")], jsonl=True)


def test_a_name_that_cannot_be_looked_up_is_one_article(tmp_path: Path) -> None:
    # (too long for the file system: `Path.is_dir` raises OSError ENAMETOOLONG; the copy
    # that was tested instead of this function let it out)
    assert not several([str(tmp_path / ("n" * 5000))], jsonl=False)


def test_no_places_module_keeps_its_own_copy_of_the_possessive_marks() -> None:
    # (session 17 review) the marks of a possessive are spelled once, in `spans`; a places
    # module that reads them imports that set (places.resolve kept a second one)
    from newsdesk.analysis.entities import places
    from newsdesk.analysis.entities.spans import POSSESSIVE_MARKS

    copies = []
    for info in pkgutil.walk_packages(places.__path__, "newsdesk.analysis.entities.places."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                isinstance(value, (set, frozenset))
                and value == POSSESSIVE_MARKS
                and value is not POSSESSIVE_MARKS
            ):
                copies.append(f"{info.name}.{name}")
    assert copies == []
