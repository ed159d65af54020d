"""Review 12c, finding 5: a malformed `--dask-scheduler` address is refused before any work (an
`OptionError`, the CLI's exit 2), and an address Dask cannot parse that reaches it anyway is a
`SchedulerError`, never an internal error."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsdesk import cli
from newsdesk.errors import OptionError, SchedulerError
from newsdesk.run.executors import on_dask
from newsdesk.run.items import Item
from newsdesk.run.options import Options

runner = CliRunner()
STORY = "The ferry company will add a second evening crossing from June, its manager said."


@pytest.mark.parametrize("scheduler", ["bogus", "tcp://host", "host:", "10.0.0.5:port"])
def test_an_address_that_is_not_host_and_port_is_refused(scheduler: str) -> None:
    with pytest.raises(OptionError, match=r"\[scheme://\]host:port"):
        Options(scheduler=scheduler)


def test_the_cli_gives_the_usage_exit_code_for_a_bogus_address() -> None:
    result = runner.invoke(
        cli.app, ["analyze", "-", "--dask-scheduler", "bogus", "-f", "jsonl"], input=STORY
    )
    assert result.exit_code == 2, result.stderr
    assert "internal error" not in result.stderr
    assert "'bogus'" in result.stderr
    assert result.stdout == ""


def test_an_address_dask_cannot_parse_is_a_scheduler_error() -> None:
    options = Options(scheduler="tcp://127.0.0.1:1")
    object.__setattr__(options, "scheduler", "bogus")  # (past the check, as a caller might)
    with pytest.raises(SchedulerError, match="bogus"):
        list(on_dask([[Item(0, "s", content=STORY)]], options))
