"""Session 32 (docs/history/session32-cprec.md): an "it" that takes what a task costs, an
object of `toll_nouns` ("it will take time to …", "it would take an enormous amount of
resources"), names nothing, whoever reports it: no speaker undertakes the cost of an act
(`agency._empty_it`). "it will take steps / a stake / legal action" is still the speaker's act.
Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from commitment_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        '"The floods hit hard, and it will take time to rebuild the bridges," Mayor Ines Korda said.',
        "It would take a huge amount of money to finish the line, said Tom Arlen, a spokesman for "
        "Varnholt Rail.",
        "Varnholt Group said it will take a lot of work to repair the plant.",
    ],
)
def test_an_it_that_takes_a_cost_is_no_undertaking(text: str) -> None:
    assert not [r for r in found(text) if r.trigger.endswith("will") or r.trigger.endswith("would")]


@pytest.mark.parametrize(
    "text",
    [
        "Varnholt Group said it will take legal action against the builder.",
        "Varnholt Group said it will take steps to repair the plant.",
        "Varnholt Group said it will take a stake in the Harlow mill.",
    ],
)
def test_an_it_that_takes_an_act_keeps_its_record(text: str) -> None:
    assert found(text)
