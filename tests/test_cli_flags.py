"""The CLI's shared flag set (written once, on both commands) and its pure flag checks."""

from __future__ import annotations

import inspect
from dataclasses import fields

import pytest
import typer.main

from newsdesk.cli import Shared, app, arrange


def _p(name: str) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None)


def test_own_flags_follow_the_shared_flag_they_name_and_the_rest_go_last() -> None:
    shared = [_p("a"), _p("b"), _p("c")]
    own = [_p("x"), _p("y"), _p("z")]
    placed = arrange(shared, own, {"y": "a", "x": "a"})
    # own flags keep the command's order among themselves
    assert [p.name for p in placed] == ["a", "x", "y", "b", "c", "z"]


@pytest.mark.parametrize("after", [{"x": "nowhere"}, {"nobody": "a"}])
def test_a_flag_placed_after_nothing_is_refused(after: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="placed after no shared flag"):
        arrange([_p("a")], [_p("x")], after)


def test_every_shared_flag_is_on_both_commands_once() -> None:
    group = typer.main.get_command(app)
    assert isinstance(group, typer.main.TyperGroup)
    shared = {f.name for f in fields(Shared)}
    for name in ("clean", "analyze"):
        params = [p.name for p in group.commands[name].params]
        assert len(params) == len(set(params)), name
        assert shared <= set(params), (name, shared - set(params))
    clean_own = {p.name for p in group.commands["clean"].params} - shared
    analyze_own = {p.name for p in group.commands["analyze"].params} - shared
    assert clean_own == {"body"}
    assert {"model", "no_clean", "min_strength", "max_chars", "dask_scheduler"} == analyze_own
