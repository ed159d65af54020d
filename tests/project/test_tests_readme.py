"""tests/README.md is the map of the tests: every folder of tests/ is in its folder table, and
every test it names for an error class of issues 11 and 12 exists, so the map cannot go stale
without a failure."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from project_paths import ROOT

TESTS = ROOT / "tests"
README = TESTS / "README.md"
# `path/test_x.py::test_y`, `::test_y` (the file last named) or `path/test_x.py` alone
_NAMED = re.compile(r"`((?:[\w/]+/)?test_\w+\.py)?(?:::(test_\w+))?`")
_BASE = re.compile(r"Paths are under `(tests/[\w/]+/)`")


def _sections() -> list[str]:
    return README.read_text("utf-8").split("\n## ")


def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


def _named_tests() -> list[tuple[Path, str | None]]:
    named: list[tuple[Path, str | None]] = []
    for section in _sections():
        base = _BASE.search(section)
        if base is None:
            continue
        for row in section.splitlines():
            if not row.startswith("| ") or row.startswith("| Error class"):
                continue
            current: Path | None = None
            for match in _NAMED.finditer(row.split(" | ", 1)[1]):
                file, function = match.groups()
                if file:
                    current = ROOT / file if file.startswith("tests/") else ROOT / base[1] / file
                assert current is not None, row
                named.append((current, function))
    return named


def test_every_test_the_map_names_exists() -> None:
    named = _named_tests()
    assert len(named) > 40
    missing = [
        f"{path.relative_to(ROOT)}::{function}"
        for path, function in named
        if not path.is_file() or (function is not None and function not in _functions(path))
    ]
    assert missing == []


def test_every_folder_of_tests_is_in_the_folder_table() -> None:
    (folders,) = [s for s in _sections() if s.startswith("Folders")]
    listed = set(re.findall(r"^\| `([\w/]+)/` \|", folders, flags=re.M))
    present = {str(p.parent.relative_to(TESTS)) for p in TESTS.rglob("test_*.py")} - {"."}
    assert present <= listed
