"""Session 12: a Dask scheduler setting that cannot work is an `OptionError` when `Options`
is made (the CLI's usage exit, 2, before any input is read); an unreachable scheduler is a
`SchedulerError`."""

from __future__ import annotations

import socket
import sys

import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk import cli
from newsdesk.errors import NewsdeskError, OptionError, SchedulerError
from newsdesk.run.options import Options

runner = CliRunner()
STORY = "The ferry company will add a second evening crossing from June, its manager said."


@pytest.mark.parametrize("scheduler", ["local:abc", "local:", "local:0", "local:-2", " "])
def test_a_bad_local_size_is_refused_when_options_are_made(scheduler: str) -> None:
    with pytest.raises(OptionError, match="scheduler"):
        Options(scheduler=scheduler)


@pytest.mark.parametrize(
    "scheduler", ["local", "local:3", "tcp://127.0.0.1:8786", "localhost:8786"]
)
def test_good_schedulers_are_taken(scheduler: str) -> None:
    assert Options(scheduler=scheduler).scheduler == scheduler


def test_the_library_raises_option_error_before_any_work() -> None:
    with pytest.raises(OptionError):
        newsdesk.clean(STORY, Options(scheduler="local:abc"))


def test_the_cli_gives_the_usage_exit_code() -> None:
    result = runner.invoke(
        cli.app, ["analyze", "-", "--dask-scheduler", "local:abc", "-f", "json"], input=STORY
    )
    assert result.exit_code == 2
    assert "local:N needs a number of workers" in result.stderr
    assert "--dask-scheduler" in result.stderr
    assert result.stdout == ""


def test_dask_missing_is_an_option_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # (as if not installed)
    with pytest.raises(OptionError, match=r"needs Dask: pip install"):
        Options(scheduler="local:1")
    assert Options().scheduler is None  # without a scheduler, Dask is not needed


def test_an_unreachable_scheduler_is_a_scheduler_error() -> None:
    with socket.socket() as free:  # a port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    assert issubclass(SchedulerError, NewsdeskError)
    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler"):
        newsdesk.clean(STORY, Options(scheduler=f"tcp://127.0.0.1:{port}"))
