"""Session 13 people fixes (review 13, F4, F8, F9): sentences written for these tests."""

from __future__ import annotations

import newsdesk


def _people(text: str) -> dict[str, tuple[str | None, list[str]]]:
    brief = newsdesk.analyze(text, clean=False).to_dict()
    return {p["name"]: (p["role"], list(p["aliases"])) for p in brief["people"]}


def test_a_title_word_in_a_paper_s_name_is_no_title() -> None:
    text = (
        "As first reported by the Argus Leader of Sioux Falls, Gov. Dana Whitcombe signed "
        "the budget on Tuesday.\n\nWhitcombe later defended the cuts."
    )
    role = _people(text)["Dana Whitcombe"][0]
    assert role is not None and "Argus" not in role
    assert role == "Governor"


def test_an_apposition_after_the_second_conjunct_is_its_own() -> None:
    text = (
        "The study was written by Tobias Merrick of Harvard University and Lena Okafor, "
        "professor of management at Rice University."
    )
    people = _people(text)
    assert people["Lena Okafor"][0] == "professor of management at Rice University"
    assert people["Tobias Merrick"][0] != "professor of management at Rice University"


def test_a_bare_person_noun_is_no_role() -> None:
    text = "A Denver man, Elias Thornbury, pleaded guilty to fraud on Monday."
    assert _people(text)["Elias Thornbury"][0] is None


def test_a_diminutive_of_the_given_name_is_the_same_person() -> None:
    text = (
        "Robert Kessling opened the hearing on Monday.\n\n"
        "Bob Kessling later said the review was complete.\n\nKessling left at noon."
    )
    people = _people(text)
    assert "Bob Kessling" not in people
    assert "Bob Kessling" in people["Robert Kessling"][1]


def test_a_third_person_of_the_surname_keeps_the_forms_apart() -> None:
    text = (
        "Robert Kessling opened the hearing on Monday.\n\n"
        "Bob Kessling later said the review was complete.\n\n"
        "Maria Kessling, his sister, said nothing."
    )
    assert "Bob Kessling" in _people(text)


def test_a_position_before_a_player_is_the_role_with_its_team() -> None:
    text = (
        "Ravens QB Tobias Merriwether said he was sorry. Jets WR Dorian Halverson agreed.\n\n"
        "Merriwether will play on Sunday."
    )
    brief = newsdesk.analyze(text, clean=False).to_dict()
    people = {p["name"]: p["role"] for p in brief["people"]}
    assert people.get("Tobias Merriwether") == "Ravens quarterback"
    assert people.get("Dorian Halverson") == "Jets wide receiver"
    assert not any("QB" in o["name"] or "WR" in o["name"] for o in brief["organizations"])


def test_a_plural_apposition_is_every_conjunct_s_and_a_bare_noun_still_shows_a_person() -> None:
    people = _people("Ada Fenwick and Lorna Quist, hosts of a podcast, share market news.")
    assert people["Ada Fenwick"][0] == "hosts of a podcast"
    assert people["Lorna Quist"][0] == "hosts of a podcast"
    text = "The play stars Ada Fenwick, who plays Colin, a quiet young man who falls for a sailor."
    assert _people(text).get("Colin", ("?", []))[0] is None
