"""Session 17 (crecall, round 2): intention phrases no word list read ("is trying to", "is
continuing to", "plans on" + a gerund) and a person's short name the agency test now counts as
the actor steps do. Texts written for these tests."""

from __future__ import annotations

from commitment_helpers import found

# ------------------------------------------------ intention phrases (guideline 5)


def test_trying_to_in_the_progressive_is_an_intention() -> None:
    (rec,) = found("The Harbour Council is trying to persuade the ferry firm to stay.")
    assert rec.strength == "intention"
    assert rec.trigger == "is trying to"
    assert rec.action.startswith("persuade the ferry firm")


def test_continuing_to_in_the_progressive_is_an_intention() -> None:
    recs = found("We're continuing to refine the engine for smaller boats.")
    assert [(r.strength, r.trigger) for r in recs] == [("intention", "continuing to")]
    assert recs[0].action.startswith("refine the engine")


def test_try_and_continue_in_the_simple_present_are_habits() -> None:
    # "I try to eat well": a habit told in the present, no undertaking
    assert found("I try to cycle to the office on most days.") == []
    assert found("Most weeks we continue to host a quiz on Thursdays.") == []


def test_continuing_to_needs_an_agent() -> None:
    # what prices or rivers go on doing is no one's intention
    assert found("Prices are continuing to rise across the region.") == []


def test_plans_on_with_a_gerund_is_an_intention() -> None:
    (rec,) = found("The Marlow Rowing Club is planning on opening a second boathouse in 2027.")
    assert rec.strength == "intention"
    assert rec.trigger == "is planning on"
    assert rec.actors == ["Marlow Rowing Club"]
    assert rec.action.startswith("opening a second boathouse")


def test_plans_on_without_a_gerund_is_not_a_plan() -> None:
    # "plan on a noun" is reckoning with something, not a plan to act
    assert found("Travellers should plan on delays at the border.") == []


def test_will_continue_to_stays_the_modals_commitment() -> None:
    recs = found("The Harbour Council will continue to run the night ferry.")
    assert [(r.strength, r.trigger) for r in recs] == [("commitment", "will")]
