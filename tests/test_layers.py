"""Nothing imports upward (docs/architecture.md): the reading, cleaning and analysis stages
and the records never import the CLI, the renderers or the engine; and the library's errors
speak of its own options, not of command-line flags."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from newsdesk.analysis import nlp
from newsdesk.errors import ModelNotFoundError

SRC = Path(__file__).resolve().parents[1] / "src" / "newsdesk"
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
