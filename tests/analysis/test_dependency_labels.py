"""Session 13, review 12b finding 4: every dependency label a rule compares with a token's
`dep_` is one the shipped parser emits (ClearNLP's English labels), so a Universal
Dependencies label (`obj`, `iobj`, `flat`, `tmod`, ...) cannot creep back as a dead branch;
and the named groups of `analysis/deps.py` hold parser labels only."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

from newsdesk.analysis import deps
from newsdesk.analysis.nlp import DEFAULT_MODEL, load_model
from project_paths import ROOT

ANALYSIS = ROOT / "src" / "newsdesk" / "analysis"
_COMPARING = (ast.In, ast.NotIn, ast.Eq, ast.NotEq)
_COLLECTIONS = ("frozenset", "set", "tuple")


@cache
def parser_labels() -> frozenset[str]:
    return frozenset(str(label) for label in load_model(DEFAULT_MODEL).get_pipe("parser").labels)


def _assigned(tree: ast.AST) -> dict[str, list[ast.expr]]:
    """Every value a name is given in a module (module level or in a function)."""
    values: dict[str, list[ast.expr]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                values.setdefault(target.id, []).append(value)
    return values


def _module_constants() -> dict[str, list[ast.expr]]:
    """The names given a value in any analysis module (for a group imported from another)."""
    found: dict[str, list[ast.expr]] = {}
    for path in sorted(ANALYSIS.rglob("*.py")):
        for name, values in _assigned(ast.parse(path.read_text(encoding="utf-8"))).items():
            found.setdefault(name, []).extend(values)
    return found


def _strings(node: ast.expr, names: dict[str, list[ast.expr]], seen: frozenset[str]) -> list[str]:
    """The string literals an expression stands for: a literal, a tuple/list/set of them,
    frozenset(...) of one, a name given such a value, or `deps.GROUP`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [s for e in node.elts for s in _strings(e, names, seen)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
        return _strings(node.args[0], names, seen) if node.func.id in _COLLECTIONS else []
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitOr, ast.Add)):
        return _strings(node.left, names, seen) + _strings(node.right, names, seen)
    if isinstance(node, ast.Name) and node.id not in seen:
        return [s for v in names.get(node.id, []) for s in _strings(v, names, seen | {node.id})]
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        group = getattr(deps, node.attr, None) if node.value.id == "deps" else None
        return sorted(group) if isinstance(group, frozenset) else []
    return []


def compared_labels(path: Path, package: dict[str, list[ast.expr]]) -> list[tuple[int, str]]:
    """(line, label) of every string compared with a `.dep_` in the module at `path`
    (`x.dep_ in (...)`, `not in`, `==`, `!=`, either side)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {**package, **_assigned(tree)}  # the module's own names first
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for i, op in enumerate(node.ops):
            if not isinstance(op, _COMPARING):
                continue
            for this, other in ((sides[i], sides[i + 1]), (sides[i + 1], sides[i])):
                if isinstance(this, ast.Attribute) and this.attr == "dep_":
                    found += [(node.lineno, s) for s in _strings(other, names, frozenset())]
    return found


def test_every_label_a_rule_compares_is_the_parser_s() -> None:
    package = _module_constants()
    labels = parser_labels()
    found = {
        (path.relative_to(ANALYSIS).as_posix(), line, label)
        for path in sorted(ANALYSIS.rglob("*.py"))
        for line, label in compared_labels(path, package)
    }
    assert len(found) > 100  # the scan reads the rules (hundreds of comparisons)
    unknown = sorted(
        f"{path}:{line}: {label!r}" for path, line, label in found if label not in labels
    )
    assert unknown == [], f"labels the parser never emits: {unknown}"


def test_the_scan_finds_a_ud_label_in_any_comparison_form(tmp_path: Path) -> None:
    rules = tmp_path / "rules.py"
    rules.write_text(
        "OBJECTS = ('dobj', 'obj')\n"
        "def f(tok):\n"
        "    local = frozenset({'flat'})\n"
        "    return (tok.dep_ in OBJECTS or 'iobj' == tok.dep_ or tok.dep_ not in local\n"
        "            or tok.head.dep_ != 'tmod' or tok.dep_ in deps.SUBJECT)\n",
        encoding="utf-8",
    )
    found = {label for _, label in compared_labels(rules, {})}
    assert found == {"dobj", "obj", "flat", "iobj", "tmod", "nsubj", "nsubjpass"}
    assert found - parser_labels() == {"obj", "flat", "iobj", "tmod"}


def test_the_parser_labels_are_the_shipped_parser_s() -> None:
    assert parser_labels() == deps.PARSER_LABELS


@pytest.mark.parametrize("group", [n for n in deps.__all__ if n != "PARSER_LABELS"])
def test_each_named_group_holds_parser_labels_only(group: str) -> None:
    members = getattr(deps, group)
    assert isinstance(members, frozenset) and members
    assert members <= parser_labels(), sorted(members - parser_labels())


def _spelt_out_groups(path: Path) -> list[str]:
    """`line: GROUP` for every set of label literals compared with a `.dep_` in the module at
    `path` that is exactly one of the named groups (so should be spelt with the group)."""
    groups = {getattr(deps, name): name for name in deps.__all__ if name != "PARSER_LABELS"}
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        for i, op in enumerate(node.ops):
            this, other = sides[i], sides[i + 1]
            if not (isinstance(op, (ast.In, ast.NotIn)) and isinstance(this, ast.Attribute)):
                continue
            if this.attr != "dep_" or not isinstance(other, (ast.Tuple, ast.List, ast.Set)):
                continue
            labels = frozenset(_strings(other, {}, frozenset()))
            if labels in groups:
                found.append(f"{node.lineno}: {groups[labels]}")
    return found


def test_a_set_that_is_a_named_group_is_spelt_with_the_group() -> None:
    spelt = {
        path.relative_to(ANALYSIS).as_posix(): found
        for path in sorted(ANALYSIS.rglob("*.py"))
        if (found := _spelt_out_groups(path))
    }
    assert spelt == {}


def test_the_group_check_sees_a_tuple_that_is_a_group(tmp_path: Path) -> None:
    rules = tmp_path / "rules.py"
    rules.write_text(
        "def f(tok):\n"
        "    return tok.dep_ in ('nsubjpass', 'nsubj') or tok.dep_ not in ('dobj', 'pobj')\n",
        encoding="utf-8",
    )
    assert _spelt_out_groups(rules) == ["2: SUBJECT"]
