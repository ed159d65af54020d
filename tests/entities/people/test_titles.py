"""Session 12, finding 9 of the users' review: US-style titles inside a person's span, multi-word
titles and aliases the text never writes. Sentences written for these tests; the model's labels
are set on the Doc (`only_tagged_doc`), so each test exercises the rule, not what the small model
tags in one short text."""

from __future__ import annotations

from newsdesk.analysis import entities
from newsdesk.model import Person
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, Person]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p for p in people}


def test_a_title_inside_a_person_span_splits_it_and_its_qualifier_goes_to_the_role() -> None:
    text = (
        "Oregon Gov. Marla Quensby signed the measure late on Friday.\n\nQuensby called it overdue."
    )
    people = _people(text, {"Oregon Gov. Marla Quensby": "PERSON", r"(?<=\n)Quensby": "PERSON"})
    assert "Marla Quensby" in people
    assert people["Marla Quensby"].role == "Oregon Governor"
    assert not any("Gov" in name for name in people)


def test_a_two_word_place_before_an_abbreviated_title_is_kept_whole_in_the_role() -> None:
    text = "New Mexico Sen. Tobias Wrenfield voted against the plan on Tuesday."
    people = _people(text, {"New Mexico Sen. Tobias Wrenfield": "PERSON"})
    assert people["Tobias Wrenfield"].role == "New Mexico Senator"


def test_a_word_names_are_made_of_does_not_split_a_name() -> None:
    text = "The old harbour was painted by Harold St. Aubyn in the summer of his last year."
    assert "Harold St. Aubyn" in _people(text, {"Harold St. Aubyn": "PERSON"})


def test_a_compound_title_keeps_its_organisation_and_every_word() -> None:
    text = "Town Hall Press Secretary Dorinda Vasquell told reporters the office would reopen."
    people = _people(text, {"Town Hall": "ORG", "Dorinda Vasquell": "PERSON"})
    assert people["Dorinda Vasquell"].role == "Town Hall Press Secretary"


def test_a_compound_title_of_plain_words_is_not_cut_to_its_last_word() -> None:
    text = "Regional Agriculture Officer Kemal Orsanu inspected the fields after the flood."
    people = _people(text, {"Kemal Orsanu": "PERSON"})
    assert people["Kemal Orsanu"].role == "Regional Agriculture Officer"


def test_a_date_before_a_title_stays_out_of_the_role() -> None:
    text = "On Friday Secretary Imelda Trosk resigned from the cabinet without a word."
    people = _people(text, {"Friday": "DATE", "Imelda Trosk": "PERSON"})
    assert people["Imelda Trosk"].role == "Secretary"


def test_an_alias_is_only_a_form_the_text_writes() -> None:
    text = "Sen. Orla Bexhill said the vote would wait.\n\nBexhill did not say how long."
    person = _people(text, {"Orla Bexhill": "PERSON", r"(?<=\n)Bexhill": "PERSON"})["Orla Bexhill"]
    assert person.role == "Senator"
    assert all(alias in text for alias in person.aliases)
    assert "Senator Orla Bexhill" not in person.aliases


def test_a_title_the_text_writes_before_the_name_is_still_an_alias() -> None:
    text = "Mayor Idris Kettleby opened the bridge.\n\nKettleby cut the ribbon."
    person = _people(text, {"Idris Kettleby": "PERSON", r"(?<=\n)Kettleby": "PERSON"})[
        "Idris Kettleby"
    ]
    assert "Mayor Idris Kettleby" in person.aliases


def test_a_form_of_address_before_a_title_stays_out_of_the_role() -> None:
    text = "His Honour Judge Malcolm Ferriday adjourned the hearing until the spring."
    people = _people(text, {"Malcolm Ferriday": "PERSON"})
    assert people["Malcolm Ferriday"].role == "Judge"
