"""Error classes of issue 11 that no test exercised with a sentence of its own (tests/README.md
maps every class to its tests). Sentences written for these tests; names invented."""

from __future__ import annotations

from commitment_helpers import found


def test_promised_that_others_would_be_able_to_is_the_promisers_commitment() -> None:
    """'promised users would be able to …': the promise is the company's, made for its users."""
    (c,) = found("Pinecrest Bank promised customers would be able to open accounts online by May.")
    assert c.strength == "commitment"
    assert c.actors == ["Pinecrest Bank"]
    assert "open accounts online" in c.action


def test_a_thing_that_will_happen_by_a_date_is_a_forecast() -> None:
    """A thing as the subject ('The storm will reach the coast by Friday') undertakes nothing."""
    assert found("The cold front will reach the northern valleys by Thursday evening.") == []
