"""Session 18, third review: an "it" of the weather or of a span of time is no speaker's
undertaking; a present assurance holds a span ahead only when the span ends at a date.
Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from commitment_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "Okonjo said it will take years to rebuild the bridge.",
        "Harlow said it will rain on Tuesday in the capital.",
        "The Dunmore Trust said it will snow in the hills this weekend.",
    ],
)
def test_an_empty_it_after_a_speaker_is_no_undertaking(text: str) -> None:
    assert found(text) == []


def test_a_body_that_says_it_will_take_an_action_still_undertakes_it() -> None:
    recs = found("Varrow Foods said it will take legal action against the importers.")
    assert [r.trigger for r in recs] == ["will"]


def test_a_present_assurance_until_a_time_of_day_is_no_span_ahead() -> None:
    assert found("We promise that the inn is quiet until late at night, guests in Bray said.") == []


def test_a_present_assurance_until_a_year_is_a_span_ahead() -> None:
    recs = found("The council pledged that all parking fees are frozen until 2029.")
    assert [r.trigger for r in recs] == ["pledged"]
