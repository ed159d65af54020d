"""Session 18, third review: an "it" of the weather or of a span of time is no speaker's
undertaking (session 21 removed the rule of an assurance about the present, which acted on no
page of train+dev, and its tests). Sentences written for these tests; names invented."""

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
