"""Session 23, fixes: a bare word of a listed person's name that the people stage did not list
as a mention there ('Hope will fade': the common word) is no actor, however the article uses
the word elsewhere; where the people stage lists the word, or the model tags it a firm, the
actor is as before. Sentences written for these tests."""

from __future__ import annotations

from commitment_helpers import actors_of, found


def test_a_common_word_that_is_a_listed_surname_is_no_actor() -> None:
    for text in (
        "Carla Hope runs the shelter. Hope will fade if the talks fail.",
        "Carla Hope runs the shelter. Hope will return when the rain stops.",
    ):
        assert not [r.actors for r in found(text)], text


def test_the_surname_read_as_the_person_is_still_the_actor() -> None:
    text = "Carla Hope runs the shelter. Hope will open a second shelter in May."
    assert actors_of(text, "will") == ["Carla Hope"]
    text = "Mark Young leads the union. Young will meet the minister next week."
    assert actors_of(text, "will") == ["Mark Young"]


def test_a_firm_the_model_tags_keeps_its_name() -> None:
    text = "Harrison Ford starred in the film. Ford will build a new plant in Ohio."
    assert actors_of(text, "will") == ["Ford"]


def test_a_name_of_no_listed_person_is_untouched() -> None:
    # no person of that word: the word's other uses still make it a name
    text = "The shelter opened in March. Later, Brightwell will open a second one in May."
    assert actors_of(text, "will") == ["Brightwell"]
