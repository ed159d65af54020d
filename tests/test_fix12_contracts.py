"""Review 12c, findings 8 and 9: the public records stay constructible as before session 12,
and `CommitmentsComponent` works without `add_pipe`."""

from __future__ import annotations

import newsdesk
from newsdesk.labels import Strength


def test_removed_is_made_from_text_and_reason_as_before() -> None:
    removed = newsdesk.Removed("Subscribe now", "call to action")
    assert removed.cause is None


def test_a_commitment_is_made_without_trigger_parts_as_before() -> None:
    record = newsdesk.Commitment(
        actors=["Dana Pruitt"],
        actor_text="Pruitt",
        trigger="will",
        action="reopen the depot",
        strength=Strength.commitment,
        negated=False,
        conditional=None,
        time=None,
        attribution=None,
        sentence="Pruitt will reopen the depot.",
        start=0,
        end=29,
        confidence=0.9,
        trigger_start=7,
        trigger_end=11,
        action_start=12,
        action_end=28,
    )
    assert record.trigger_parts == []
