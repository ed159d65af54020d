"""Session 26: shapes of wire stories (the Reuters gate's errors, in sentences written for these
tests; names invented). A dateline is not the actor of the story's first sentence; "X and Y said
they …" are all the speakers; a proper name that agrees, pledges or vows is an agent however the
model tags it. Each with the side it must not overreach."""

from __future__ import annotations

import pytest

from commitment_helpers import actors_of, found


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "HALIFAX, Nova Scotia, March 4 - Acme Shipping Corp said it agreed to sell two "
            "ferries to a Danish line.",
            "agreed",
            "Acme Shipping Corp",
        ),
        (
            "OSLO, Feb 12 - Nordvik Industries Inc said it will close its Bergen yard next year.",
            "will",
            "Nordvik Industries Inc",
        ),
        (
            "DENVER, March 9 - Pinecrest Mining Co said it has agreed to buy a silver mine.",
            "agreed",
            "Pinecrest Mining Co",
        ),
        (
            "LYON, France, May 3 - Galland Foods SA said it would cut 200 jobs by June.",
            "would",
            "Galland Foods SA",
        ),
    ],
)
def test_the_dateline_town_is_not_the_actor(text: str, trigger: str, actor: str) -> None:
    assert actors_of(text, trigger) == [actor]


def test_they_after_two_speakers_is_both() -> None:
    text = "Harbour Freight Co and Linden Rail Inc said they plan to form a joint venture."
    assert sorted(actors_of(text, "plan")) == ["Harbour Freight Co", "Linden Rail Inc"]


def test_they_after_one_speaker_stays_that_speaker_s_people() -> None:
    # one person speaking for others: not the person (an earlier rule, kept)
    text = "Council leader Ann Marsh said they will reopen the library in May."
    assert "Ann Marsh" not in actors_of(text, "will")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Castellane vowed to fight the takeover in court.", "Castellane"),
    ],
)
def test_a_name_that_binds_itself_is_an_agent(text: str, actor: str) -> None:
    (rec,) = found(text)
    assert rec.actors == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "The new Nimbus 5 promises to be faster than the old one.",  # promise: a thing's
        "Ruby will stop iterating after the first match.",  # a language, no binding verb
    ],
)
def test_no_agent_without_a_binding_verb(text: str) -> None:
    assert found(text) == []
