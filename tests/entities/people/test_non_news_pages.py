"""Round 11 of issue 12 (session 11): non-news pages. A name made of an English verb or
adjective, a name a predicate calls a work or a style, are no people; the authors a citation or
a reference list names, and a photographer credited before an agency's slash, are. Sentences
written for these tests; the model's labels are set on the Doc, so each test exercises the
rule, not what the small model tags in one short text."""

from __future__ import annotations

import pytest

from newsdesk.analysis import entities
from newsdesk.analysis.entities import evidence
from newsdesk.analysis.entities.people.citations import citation_form
from tagging import only_tagged_doc


def _people(text: str, tags: dict[str, str]) -> dict[str, str | None]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name: p.role for p in people}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Leaping Quorvane", True),  # an English verb first
        ("Quorvane Online", True),  # an adverb last (round 5's case)
        ("Short Term Check-ups", True),  # a hyphenated word of English parts
        ("Jean-Paul Quorvane", False),  # hyphenated names are no English words
        ("Quorvane Long", False),  # a US surname
        ("Xi Quorvane", False),  # too short to read as an English word
        ("Butch Pritchett", False),  # a nickname before a surname of no English word
    ],
)
def test_an_english_verb_or_adjective_anywhere_in_a_name(name: str, expected: bool) -> None:
    assert evidence._verb_inside(name) is expected


def test_a_name_of_an_english_adjective_and_no_evidence_is_no_person() -> None:
    text = "All of the brushes are certified by Leaping Quorvane, so no animals are harmed."
    assert _people(text, {"Leaping Quorvane": "PERSON"}) == {}
    # the same shape with a person's evidence stays: a verb of saying
    text = "The brushes are fine, Leaping Quorvane said at the shop."
    assert set(_people(text, {"Leaping Quorvane": "PERSON"})) == {"Leaping Quorvane"}


def test_a_nickname_of_an_english_word_before_a_surname_stays_a_person() -> None:
    text = "The crew was led by Butch Pritchett, and the launch went well."
    assert set(_people(text, {"Butch Pritchett": "PERSON"})) == {"Butch Pritchett"}


def test_a_one_word_firm_serving_customers_is_no_person() -> None:
    text = (
        "Data teams need pipelines. Quorvex serves more than 7,000 organizations. "
        "Headquartered in Oslo, Quorvex grows fast. Quorvex leads the market."
    )
    assert _people(text, {"Quorvex": "PERSON"}) == {}
    # a verb of saying is still a person's: 'Quorvex said'
    text = "Quorvex said the pipelines were late. Quorvex added that more would come. Quorvex left."
    assert set(_people(text, {"Quorvex": "PERSON"})) == {"Quorvex"}


def test_a_name_a_predicate_calls_a_work_or_a_style_is_no_person() -> None:
    text = "Delphine Rides North is a dark comedy about fame. Critics loved it."
    assert _people(text, {"Delphine Rides North": "PERSON"}) == {}
    text = "Publishers of beloved series like Tobias Wrenfield sell millions of copies."
    assert _people(text, {"Tobias Wrenfield": "PERSON"}) == {}


def test_a_name_that_modifies_a_noun_of_works_stays_a_person() -> None:
    # 'a Nolan film' names a director: the works' nouns count only as what the name is
    text = "The new Tobias Wrenfield film opens today. Tobias Wrenfield said he was proud."
    assert set(_people(text, {"Tobias Wrenfield": "PERSON"})) == {"Tobias Wrenfield"}


_REFERENCES = (
    "Mulch keeps soil moist, as Marwick et al. showed in their study.\n\n"
    "References\n\n"
    "Halvorsen, K., Dunne, P. T., & Okoro, B. (2019). Soil carbon in urban beds. Garden "
    "Notes, 4, 1-9.\n"
    "3. Lindqvist, M. A. (n.d.). Mulch and its uses.\n"
    "We met in Washington, D.C. (2019) at a meeting."
)


def test_the_authors_of_a_reference_list_and_et_al_are_people() -> None:
    # the model's labels on such lines are scattered: the line's shape decides
    tags = {"K.": "NORP", "Dunne": "PERSON", "Washington": "GPE", "D.C.": "GPE"}
    people = _people(_REFERENCES, tags)
    assert set(people) == {
        "Marwick",
        "Halvorsen, K.",
        "Dunne, P. T.",
        "Okoro, B.",
        "Lindqvist, M. A.",
    }


def test_a_place_and_its_state_before_a_year_is_no_reference() -> None:
    # the same shape inside a sentence: a reference line's authors open the line
    text = "We met in Washington, D.C. (2019) at a meeting of the board."
    assert _people(text, {"Washington": "GPE", "D.C.": "GPE"}) == {}
    text = "Halvorsen, K. and the board met in 2019 (see above)."
    assert _people(text, {}) == {}  # no year in brackets right after the authors


def test_a_reference_form_joins_the_person_named_in_full() -> None:
    text = (
        "Louis Okafor wrote the best guide to agents, he said.\n\n"
        "Okafor, L. (2024). Real agents. Example Press.\n"
    )
    people = _people(text, {"Louis Okafor": "PERSON"})
    assert set(people) == {"Louis Okafor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvorsen, K.", ("Halvorsen", "K")),
        ("Dunne, P. T.", ("Dunne", "P")),
        ("Louis Okafor", None),
        ("Washington, DC", None),
    ],
)
def test_citation_form(text: str, expected: tuple[str, str] | None) -> None:
    assert citation_form(text) == expected


def test_a_credited_name_before_an_agency_slash_is_a_person() -> None:
    # the model runs the credit word and the agency into one firm, the name untagged before it
    text = (
        "The talks resumed in June.\n"
        "Credit Tomasz Wierzbowski/Agence France-Presse — Getty Images\n"
        "The minister spoke on Monday."
    )
    tags = {"Credit Tomasz Wierzbowski/Agence France-Presse": "ORG"}
    assert set(_people(text, tags)) == {"Tomasz Wierzbowski"}
    # the model's firm opens after an untagged name that is no US given name
    text = "The talks resumed in June.\nPhoto: Ashraf Wierzbowski/Agence France-Presse"
    tags = {"Wierzbowski/Agence France-Presse": "ORG"}
    assert set(_people(text, tags)) == {"Ashraf Wierzbowski"}


def test_a_firm_before_a_slash_is_no_credited_person() -> None:
    # English words: a firm's name, however a given name it may open with
    text = "The servers ran Cloud Harbor/Oracle software for years."
    assert _people(text, {"Cloud Harbor/Oracle": "ORG"}) == {}
