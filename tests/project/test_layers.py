"""Nothing imports upward (docs/architecture.md): the reading, cleaning and analysis stages
and the records never import the CLI, the renderers or the engine; and the library's errors
speak of its own options, not of command-line flags."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import newsdesk
from newsdesk.analysis import nlp
from newsdesk.cli.steps import OPTION_FLAGS, with_flags
from newsdesk.errors import BinaryInputError, ModelNotFoundError, OptionError
from newsdesk.run import Options, gather
from project_paths import ROOT

SRC = ROOT / "src" / "newsdesk"
LOWER = [SRC / "analysis", SRC / "cleaner", SRC / "read", SRC / "model.py", SRC / "errors.py"]
UPPER = ("newsdesk.cli", "newsdesk.cliui", "newsdesk.render", "newsdesk.run")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names]
    return names


def _files() -> list[Path]:
    return [f for p in LOWER for f in ([p] if p.is_file() else sorted(p.rglob("*.py")))]


@pytest.mark.parametrize("path", _files(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_upward_import(path: Path) -> None:
    upward = [m for m in _imports(path) if m.startswith(UPPER)]
    assert upward == [], f"{path.relative_to(SRC)} imports {upward}"


def test_a_missing_pipeline_error_names_no_cli_flag() -> None:
    with pytest.raises(ModelNotFoundError) as caught:
        nlp.check_model("no_such_pipeline_xyz")
    message = str(caught.value)
    assert "no_such_pipeline_xyz" in message
    assert "--" not in message  # no command-line flag in the library's words
    assert "NEWSDESK_MODEL" in message and "`model`" in message
    assert nlp.INSTALL_HINT in message


@pytest.mark.parametrize(
    "name,expected",
    [
        (nlp.DEFAULT_MODEL, nlp.INSTALL_HINT),
        ("en_core_web_lg", "python -m spacy download en_core_web_lg"),
        ("./models/mine", "config.cfg"),
        ("acme_news_model", nlp.INSTALL_HINT),
    ],
)
def test_install_hints(name: str, expected: str) -> None:
    assert expected in nlp.install_hint(name)


def test_the_cli_has_no_hint_of_its_own() -> None:
    from newsdesk import cliui

    assert not hasattr(cliui, "install_hint")


# A command-line flag in a string: "--" and a letter, not inside a word or an HTML comment
_FLAG_RE = re.compile(r"(?<![\w<!-])--[a-z]")
# Files whose messages still name flags, each with why it is not mended yet (the test fails
# when one is mended, so that it leaves this list)
NOT_YET: dict[str, str] = {}


def _message_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module but its docstrings, with their lines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def _library_files() -> list[Path]:
    return _files() + sorted((SRC / "run").rglob("*.py"))


@pytest.mark.parametrize("path", _library_files(), ids=lambda p: str(p.relative_to(SRC)))
def test_library_messages_name_options_not_flags(path: Path) -> None:
    flags = [(n, s) for n, s in _message_strings(path) if _FLAG_RE.search(s)]
    if str(path.relative_to(SRC)) in NOT_YET:
        assert flags, f"{path.relative_to(SRC)} names no flag now: take it off NOT_YET"
    else:
        assert flags == [], f"{path.relative_to(SRC)} names command-line flags: {flags}"


def test_library_errors_name_the_option() -> None:
    with pytest.raises(BinaryInputError) as binary:
        newsdesk.clean(b"\x00\x01\x02" * 100)
    with pytest.raises(OptionError) as glob:
        gather(["."], glob="/etc/*")
    with pytest.raises(OptionError) as dask:
        Options(timeout=5, scheduler="local:2")
    for caught, option in ((binary, "encoding"), (glob, "glob"), (dask, "timeout")):
        message = str(caught.value)
        assert f"`{option}`" in message and not _FLAG_RE.search(message), message


@pytest.mark.parametrize("option", sorted(OPTION_FLAGS))
def test_the_cli_adds_the_flag_of_a_named_option(option: str) -> None:
    message = f"x: try another `{option}`"
    assert with_flags(message) == f"{message} ({OPTION_FLAGS[option]})"
    assert with_flags("x: no option named here") == "x: no option named here"
