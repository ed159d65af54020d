"""Session 12: the dead copies are gone (`render.collect.single_input`, a stale copy of
`cli.checks.several`; `render.collect.DOCUMENT_FORMATS`; `run.work.error_kind`) and the live
function is the one tested; session 17: the future modals are one constant, `triggers.WILL_MODALS`."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

from newsdesk.analysis.commitments import triggers
from newsdesk.cli.checks import several
from project_paths import ROOT


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("newsdesk.render.collect", "single_input"),
        ("newsdesk.render.collect", "DOCUMENT_FORMATS"),
        ("newsdesk.run.work", "error_kind"),
        ("newsdesk.analysis.commitments.lists", "LEAD_IN_MODALS"),
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


def test_the_future_modals_are_spelled_out_once() -> None:
    # session 17 review: ("will", "shall") was written out in three modules; they all read
    # `triggers.WILL_MODALS` now
    package = ROOT / "src" / "newsdesk" / "analysis" / "commitments"
    spelled = [
        f.name
        for f in sorted(package.glob("*.py"))
        if '"will", "shall"' in f.read_text(encoding="utf-8") and f.name != "triggers.py"
    ]
    assert spelled == []
    assert frozenset({"will", "shall"}) == triggers.WILL_MODALS


def _apostrophe_s_literals(path: Path) -> int:
    """How many tuple, set or list literals of `path` spell both "'s" and "’s" and no word
    but apostrophes (a list of the forms of "be" that holds them is another list)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    count = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple | ast.Set | ast.List):
            words = {e.value for e in node.elts if isinstance(e, ast.Constant)}
            count += {"'s", "’s"} <= words <= {"'s", "’s", "'", "’"}
    return count


def test_the_commitment_rules_spell_the_apostrophe_s_once() -> None:
    """Review 17, finding 11: "'s" and "’s" are named once (`names.APOSTROPHE_S`)."""
    folder = ROOT / "src" / "newsdesk" / "analysis" / "commitments"
    spelled = {p.name: n for p in sorted(folder.glob("*.py")) if (n := _apostrophe_s_literals(p))}
    assert spelled == {"names.py": 1}


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
