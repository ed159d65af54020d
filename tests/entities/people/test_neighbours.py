"""Round 10 of issue 12 (session 10): a name's neighbours decide it (a name among a list of
people is one; a name that only modifies another proper name is none), and forms of address
('Honourable') are no part of a name or an office. Sentences written for these tests; the
model's labels are set on the Doc, so each test exercises the rule, not what the small model
tags in one short text."""

from __future__ import annotations

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, str | None]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p.role for p in people}


_AUTHORS = "The paper is by Marta Kowal, Lena Brandt, Hiro Tanaka, Po-Ru Huang and Omar Haddad."


def test_a_name_typed_a_place_or_firm_in_a_list_of_people_is_a_person() -> None:
    tags = {
        "Marta Kowal|Lena Brandt|Omar Haddad": "PERSON",
        "Hiro Tanaka": "GPE",
        "Po-Ru Huang": "ORG",
    }
    assert set(_people(_AUTHORS, tags)) == {
        "Marta Kowal",
        "Lena Brandt",
        "Hiro Tanaka",
        "Po-Ru Huang",
        "Omar Haddad",
    }


def test_a_list_with_one_person_or_a_firm_word_makes_no_person() -> None:
    # one other person only: too few to call the list a list of people
    text = "The deal joins Lena Brandt, Hiro Tanaka and Po-Ru Huang."
    tags = {"Lena Brandt": "PERSON", "Hiro Tanaka": "GPE", "Po-Ru Huang": "ORG"}
    assert set(_people(text, tags)) == {"Lena Brandt"}
    # a firm's word in the name: a firm among people
    text = "The deal joins Marta Kowal, Lena Brandt, Harbor Bank and Omar Haddad."
    tags = {"Marta Kowal|Lena Brandt|Omar Haddad": "PERSON", "Harbor Bank": "ORG"}
    assert "Harbor Bank" not in _people(text, tags)


def test_a_name_inside_another_proper_name_is_no_person() -> None:
    text = "She trained at the Robert Wood Johnson Medical School in the city."
    tags = {"Robert Wood": "PERSON", "Johnson Medical School": "ORG"}
    assert _people(text, tags) == {}
    text = "Dr. Ann Kell holds the Paul and Mary Monroe Endowed Chair at the college."
    tags = {"Ann Kell": "PERSON", "Mary Monroe": "PERSON"}
    assert set(_people(text, tags)) == {"Ann Kell"}


def test_a_name_before_a_common_noun_or_a_credential_stays_a_person() -> None:
    text = "The Mary Monroe campaign began today. Mary Monroe said she would win."
    assert set(_people(text, {"Mary Monroe": "PERSON"})) == {"Mary Monroe"}
    text = "Neil Ford QC said the appeal would fail."
    assert set(_people(text, {"Neil Ford": "PERSON"})) == {"Neil Ford"}


def test_honourable_is_no_part_of_a_name_or_an_office() -> None:
    text = (
        "The Honourable Deputy Premier Natalio Wheatley will remain in office. "
        "Tomorrow the Governor will call the Acting Premier Honourable Natalio Wheatley."
    )
    people = _people(text, {"Natalio Wheatley|Honourable Natalio Wheatley": "PERSON"})
    assert list(people) == ["Natalio Wheatley"]
    assert people["Natalio Wheatley"] == "Deputy Premier"


def test_a_given_name_signing_off_a_comment_on_its_own_line_is_a_person() -> None:
    text = (
        "What a lovely garden to visit!\n"
        "Reply\n"
        "Warmly, Brigitte.\n"
        "The roses need more sun than you think.\n"
        "\n"
        "Marisol xxx\n"
        "Summary\n"
        "The beds were dug in May."
    )
    assert set(_people(text, {"Brigitte": "GPE"})) == {"Brigitte", "Marisol"}


def test_a_given_name_inside_a_sentence_line_signs_nothing() -> None:
    text = "The roses need sun.\nBrigitte planted them last spring near the old wall.\n"
    assert "Brigitte" not in _people(text, {})


def test_a_given_name_before_and_a_full_name_is_a_person_of_that_surname() -> None:
    text = "The new wing was paid for by Anton and Greta Lindqvist, who met at the college."
    tags = {"Anton|Greta Lindqvist": "PERSON"}
    assert set(_people(text, tags)) == {"Anton", "Greta Lindqvist"}
    # one word before 'and' and a firm: the lone word is dropped as before
    text = "The new wing was paid for by Anton and Harbor Bank, which met the cost."
    tags = {"Anton": "PERSON", "Harbor Bank": "ORG"}
    assert "Anton" not in _people(text, tags)


def test_a_given_name_alone_on_its_line_is_a_heading_not_a_signoff() -> None:
    text = "The best tables in town\nMarisol\nA bistro for the modern age, with a long wine list.\n"
    assert "Marisol" not in _people(text, {})


def test_a_placeholder_ending_in_a_letter_is_no_person() -> None:
    text = "Supplier X said the parts would ship in May. Malcolm X spoke in the hall that night."
    tags = {"Supplier X|Malcolm X": "PERSON"}
    assert set(_people(text, tags)) == {"Malcolm X"}
