"""Review 10b, finding 5: the "when" of a conditional commitment is the action's, never a time
named in its condition. Every sentence here is written for these tests."""

from __future__ import annotations

from commitment_helpers import found


def test_the_time_of_a_condition_is_not_the_time_of_the_action() -> None:
    text = (
        "If the council approves the plan in its autumn meeting, the water board will replace "
        "every lead pipe in the town by 2029, its director said."
    )
    (c,) = [c for c in found(text) if "pipe" in c.action]
    assert c.conditional is not None and "autumn" in c.conditional
    assert c.time is not None and "2029" in c.time.text and "autumn" not in c.time.text


def test_a_condition_with_a_time_and_an_action_without_one_has_no_time() -> None:
    text = "Unless the strike ends by Friday, the airline will cancel its flights to Oslo."
    (c,) = [c for c in found(text) if "cancel" in c.trigger + " " + c.action]
    assert c.conditional is not None and "Friday" in c.conditional
    assert c.time is None or "Friday" not in c.time.text
