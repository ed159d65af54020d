"""docs/architecture.md's module table ("Rooms") is in step with src/newsdesk: every module
is in it, and every module it names exists (review 12b, finding 11)."""

from __future__ import annotations

import re

from project_paths import ROOT

PACKAGE = ROOT / "src" / "newsdesk"
DOC = ROOT / "docs" / "architecture.md"
# The generated tree modules are one row (`cleaner/trees_<fmt>_<stage>.py`), not one each.
GENERATED = re.compile(r"trees_[\w<>]+\.py")
_CODE = re.compile(r"`([^`]+)`")
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")


def _expand(path: str) -> list[str]:
    """`render/{text,markdown}.py` -> render/text.py, render/markdown.py."""
    braces = re.search(r"\{([^}]*)\}", path)
    if braces is None:
        return [path]
    head, tail = path[: braces.start()], path[braces.end() :]
    return [p for alt in braces[1].split(",") for p in _expand(f"{head}{alt}{tail}")]


def _rows() -> list[tuple[str, str]]:
    """(first cell, the rest) of each row of the Rooms table."""
    section = DOC.read_text(encoding="utf-8").split("\n## Rooms\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if line.startswith("| ") and len(cells) >= 2 and cells[0] not in ("Module", "---"):
            rows.append((cells[0], " | ".join(cells[1:])))
    return rows


def listed() -> tuple[set[str], set[str]]:
    """(the modules the table names, relative to src/newsdesk, such as 'read/html.py'; the
    packages it gives a row of their modules, such as 'analysis/commitments/')."""
    modules: set[str] = set()
    packages: set[str] = set()
    for first, rest in _rows():
        for name in (p for code in _CODE.findall(first) for p in _expand(code)):
            if name.endswith("/"):
                packages.add(name)
                modules.add(f"{name}__init__.py")
                for word in _CODE.findall(rest):
                    stem = word.removesuffix(".py")
                    if _IDENTIFIER.fullmatch(stem) and (PACKAGE / name / f"{stem}.py").exists():
                        modules.add(f"{name}{stem}.py")
            elif not GENERATED.search(name):
                modules.add(name)
    return modules, packages


def modules_in_src() -> set[str]:
    return {
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.rglob("*.py")
        if not GENERATED.fullmatch(p.name)
    }


def test_every_module_is_in_the_table() -> None:
    modules, _ = listed()
    missing = sorted(modules_in_src() - modules)
    assert not missing, f"docs/architecture.md, Rooms: add {missing}"


def test_every_module_in_the_table_exists() -> None:
    modules, packages = listed()
    gone = sorted(m for m in modules if not (PACKAGE / m).is_file())
    gone += sorted(p for p in packages if not (PACKAGE / p).is_dir())
    assert not gone, f"docs/architecture.md, Rooms: {gone} no longer exist"


def test_the_table_is_read_as_written() -> None:
    """The three ways a row names modules: a path, a braced set of paths, and a package row
    whose text names its modules (a word there that is no module of it counts for nothing)."""
    modules, packages = listed()
    assert "read/html.py" in modules
    assert {"render/text.py", "render/body.py"} <= modules
    assert "analysis/commitments/" in packages
    assert "analysis/commitments/triggers.py" in modules
    assert "analysis/commitments/decide.py" not in modules  # `decide` is a function
    assert not any("trees_" in m for m in modules)


def test_the_commitments_row_names_the_page_detectors_of_paths() -> None:
    """Review 17, finding 11: `paths` holds the page detectors as well as the decision path;
    the Rooms row names each public `*_page` function it defines."""
    source = (PACKAGE / "analysis" / "commitments" / "paths.py").read_text(encoding="utf-8")
    detectors = set(re.findall(r"^def ([a-z]\w*_page)\(", source, flags=re.M))
    row = next(rest for first, rest in _rows() if "`analysis/commitments/`" in first)
    assert detectors, "paths.py defines no page detector"
    assert {d for d in detectors if f"`{d}`" not in row} == set()
