"""Review 12c, finding 10: the environment variables are named once and read once; a reused
`fetch.client()` honours $NEWSDESK_USER_AGENT, and the CLI takes $NEWSDESK_MODEL from the
`Environment` it is handed, not from the process's."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsdesk.cli.app import main
from newsdesk.cli.env import Environment
from newsdesk.read import fetch


def test_a_reused_client_honours_the_user_agent_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(fetch.USER_AGENT_VARIABLE, "desk-probe/2")
    with fetch.client() as http:
        assert http.headers["User-Agent"] == "desk-probe/2"
    monkeypatch.delenv(fetch.USER_AGENT_VARIABLE)
    with fetch.client() as http:
        assert http.headers["User-Agent"] == fetch.USER_AGENT


def test_the_variable_is_named_in_one_place() -> None:
    src = Path(fetch.__file__).resolve().parents[1]
    defining = [
        p.relative_to(src).as_posix()
        for p in src.rglob("*.py")
        if "USER_AGENT_VARIABLE = " in p.read_text(encoding="utf-8")
    ]
    assert defining == ["read/fetch.py"]


def test_the_cli_reads_the_model_variable_from_its_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSDESK_MODEL", "process_pipeline_fix12")
    page = tmp_path / "a.txt"
    page.write_text("The council will vote on Tuesday.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    env = Environment(
        stdin=None,
        stdout=out,
        stderr=err,
        stdin_tty=False,
        stdout_tty=False,
        stderr_tty=False,
        environ={"NEWSDESK_MODEL": "handed_pipeline_fix12"},
    )
    code = main(["analyze", str(page), "-f", "json"], env)
    assert code == 1
    assert "handed_pipeline_fix12" in err.getvalue()
    assert "process_pipeline_fix12" not in err.getvalue()
