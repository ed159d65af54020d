"""Session 12: NEWSDESK_MODEL and NEWSDESK_USER_AGENT are read once, where the options are
settled (`run.options.settle`; the CLI passes its `Environment`'s), into `Options.model` and
`Options.user_agent`; the run below never reads the process environment, so a worker gets
the parent's values. The variables still work for users of the CLI and the library."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.analysis.nlp import DEFAULT_MODEL, model_name
from newsdesk.read import fetch
from newsdesk.run import Item
from newsdesk.run.options import Options, settle
from newsdesk.run.work import clean_item

runner = CliRunner()
PAGE = (
    b"<html><head><title>Ferry</title></head><body><article><p>The ferry company will add a "
    b"second evening crossing from June, its manager said on Tuesday.</p></article></body></html>"
)


def test_settle_reads_the_variables_once_into_options() -> None:
    environ = {"NEWSDESK_MODEL": "my_pipeline", "NEWSDESK_USER_AGENT": "probe/1"}
    settled = settle(environ=environ)
    assert (settled.model, settled.user_agent) == ("my_pipeline", "probe/1")
    # what the caller gives wins over the environment
    given = settle(model="other", user_agent="mine/2", environ=environ)
    assert (given.model, given.user_agent) == ("other", "mine/2")
    assert settle(Options(model="base"), environ=environ).model == "base"
    assert (settle(environ={}).model, settle(environ={}).user_agent) == (None, None)


def test_the_run_does_not_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_MODEL", "from_the_environment")
    monkeypatch.setenv("NEWSDESK_USER_AGENT", "from-the-environment/1")
    assert model_name(None) == DEFAULT_MODEL
    assert model_name("named") == "named"
    seen: list[object] = []

    def fake_fetch_text(url: str, **kw: object) -> str:
        seen.append(kw.get("user_agent"))
        return PAGE.decode()

    monkeypatch.setattr(fetch, "fetch_text", fake_fetch_text)
    item = Item(0, "https://example.org/a", url="https://example.org/a")
    clean_item(item, Options(user_agent="settled/3"))
    clean_item(item, Options())
    assert seen == ["settled/3", fetch.USER_AGENT]


def test_the_client_sends_the_user_agent_it_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_USER_AGENT", "from-the-environment/1")
    with fetch.client(user_agent="given/1") as http:
        assert http.headers["User-Agent"] == "given/1"
    with fetch.client() as http:  # as `fetch` does (review 12c, 10)
        assert http.headers["User-Agent"] == "from-the-environment/1"


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    agents: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            agents.append(self.headers.get("User-Agent", ""))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/a", agents
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_the_cli_still_honours_the_user_agent_variable(server: tuple[str, list[str]]) -> None:
    url, agents = server
    result = runner.invoke(
        cli.app, ["clean", url, "-f", "json"], env={"NEWSDESK_USER_AGENT": "cli-probe/1"}
    )
    assert result.exit_code == 0, result.stderr
    assert agents == ["cli-probe/1"]


def test_the_library_fetch_still_honours_the_variable(
    server: tuple[str, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, agents = server
    monkeypatch.setenv("NEWSDESK_USER_AGENT", "lib-probe/1")
    assert "second evening crossing" in fetch.fetch_text(url)
    assert agents == ["lib-probe/1"]


def test_the_cli_still_honours_the_model_variable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The council will vote on Tuesday.", encoding="utf-8")
    result = runner.invoke(
        cli.app,
        ["analyze", str(tmp_path / "a.txt"), "-f", "json"],
        env={"NEWSDESK_MODEL": "no_such_pipeline_rel12b"},
    )
    assert result.exit_code == 1
    assert "no_such_pipeline_rel12b" in result.stderr
