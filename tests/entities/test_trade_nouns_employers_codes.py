"""Session 14 people and places fixes (users' review 14): sentences written for these tests."""

from __future__ import annotations

from entity_helpers import brief_of, people_names, places_said, roles_tagged, tag_spans
from newsdesk.analysis import entities
from tagging import tagged_doc


def _roles(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in brief_of(text).people}


def _organizations(text: str) -> set[str]:
    return {o.name for o in brief_of(text).organizations}


def test_a_trade_noun_before_a_full_name_is_the_person_s_role() -> None:
    text = (
        "Lagos-based developer Tunde Okonkwo said the patch shipped on Friday.\n\n"
        "Okonkwo added that older phones would not get it."
    )
    roles = _roles(text)
    assert "Tunde Okonkwo" in roles
    role = roles["Tunde Okonkwo"]
    assert role is not None and "developer" in role


def test_a_trade_noun_in_apposition_after_a_full_name_is_the_person_s_role() -> None:
    text = "Marta Kowalczyk, a publisher, said the novel would appear in the spring."
    assert "Marta Kowalczyk" in _roles(text)


def test_a_trade_noun_before_a_firm_s_name_still_makes_a_firm() -> None:
    text = "Game developer Harbor Digital said the sequel was ready."
    assert "Harbor Digital" not in people_names(brief_of(text))


def test_a_full_name_tagged_a_firm_after_a_trade_noun_is_a_person() -> None:
    text = "Software developer Ingvar Lindqvist released a new compiler on Sunday."
    roles = roles_tagged(text, {"Ingvar Lindqvist": "ORG"})
    assert "Ingvar Lindqvist" in roles


def test_a_name_tagged_a_firm_before_a_role_at_a_firm_is_a_person() -> None:
    text = "Prices will fall, said Oyelaran Adebisi, Africa Head at Corwin Bank."
    roles = roles_tagged(text, {"Oyelaran Adebisi": "ORG", "Corwin Bank": "ORG"})
    assert "Oyelaran Adebisi" in roles


def test_the_name_after_a_role_and_at_is_the_employer() -> None:
    text = "Costs will keep rising, said Dana Whitcombe, chief economist at Felton Marsh."
    brief = brief_of(text)
    assert "Felton Marsh" not in people_names(brief)
    assert "Felton Marsh" in {o.name for o in brief.organizations}


def test_a_possessive_given_name_of_a_person_named_in_full_is_that_person() -> None:
    text = (
        "Ravindra Bhatt said he opened the studio in 2015.\n\n"
        "The studio doubled in size under Ravindra's leadership."
    )
    brief = brief_of(text)
    assert "Ravindra" not in {o.name for o in brief.organizations}
    person = next(p for p in brief.people if p.name == "Ravindra Bhatt")
    assert "Ravindra" in person.aliases


def test_a_bare_region_code_in_running_text_is_no_place() -> None:
    assert "MS" not in places_said("Her brother was diagnosed with MS in 2021.")


def test_a_region_code_after_a_town_is_still_read() -> None:
    said = places_said("JACKSON, MS — The governor signed the bill on Tuesday.")
    assert "MS" in said


def test_a_middle_initial_does_not_keep_a_listed_name_from_the_people() -> None:
    text = "The report was written by Ines Marlow, Tobias K. Grant, Owen Pell and Rhea Sand."
    tags = {
        "Ines Marlow": "PERSON",
        "Tobias K. Grant": "ORG",
        "Owen Pell": "PERSON",
        "Rhea Sand": "PERSON",
    }
    assert "Tobias K. Grant" in roles_tagged(text, tags)


def _places_tagged(text: str, tags: dict[str, str]) -> set[str]:
    _, places, _ = entities.extract(tagged_doc(text, tag_spans(text, tags)))
    return {m.text for p in places for m in p.mentions}


def test_a_region_code_joined_to_based_is_the_region() -> None:
    text = "Corvo Leather is an OR-based maker of handmade wallets and belts."
    assert "OR" in _places_tagged(text, {r"\bOR\b": "GPE"})


def test_a_region_code_tagged_a_place_in_running_text_is_none() -> None:
    text = "Fatigue is common among patients with MS, the nurse said."
    assert "MS" not in _places_tagged(text, {r"\bMS\b": "GPE"})
