"""Session 31 (plmiss): a big place after a person's possessive inside one of the model's names
("Marlow's Toronto premiere" as one name), an untagged big place in a column of names and
values whose other names the model tagged places ("Portland $1,700" among cities), and towns
in a list of universities or after a campus dash ("universities, including Leeds", "Purdue
University–Fort Wayne") are no places. The model's labels are set by each test
(`only_tagged_doc`), so the tests exercise newsdesk's rules; sentences written for these
tests."""

from __future__ import annotations

from newsdesk.analysis import entities
from newsdesk.model import Person
from tagging import only_tagged_doc


def _extract(text: str, tags: dict[str, str]) -> tuple[set[str], list[Person]]:
    """The texts newsdesk names its places by, and its people, when each pattern of `tags`
    carries its label and nothing else is tagged."""
    people, places, _ = entities.extract(only_tagged_doc(text, tags))
    return {m.text for p in places for m in p.mentions}, people


_PREMIERE = (
    "The director Dana Marlow spoke to reporters on Monday. Marlow\u2019s Toronto premiere drew "
    "a large crowd, and the studio plans a second screening next month."
)


def test_a_place_after_a_persons_possessive_inside_a_facility_name() -> None:
    places, people = _extract(
        _PREMIERE, {r"Dana Marlow": "PERSON", r"Marlow\u2019s Toronto": "FAC"}
    )
    assert "Toronto" in places
    assert "Marlow\u2019s Toronto" not in places
    assert [p.name for p in people] == ["Dana Marlow"]


def test_a_place_after_a_persons_possessive_inside_a_persons_name() -> None:
    places, people = _extract(
        _PREMIERE, {r"Dana Marlow": "PERSON", r"Marlow\u2019s Toronto": "PERSON"}
    )
    assert "Toronto" in places
    assert [p.name for p in people] == ["Dana Marlow"]


def test_a_possessive_of_no_person_gives_no_place() -> None:
    # a store's name: nobody the article names owns it
    text = "Shoppers queued outside Harrow\u2019s Toronto store on Monday before it opened."
    places, _ = _extract(text, {r"Harrow\u2019s Toronto": "ORG"})
    assert "Toronto" not in places


_RENTS = (
    "Average rent by city\n"
    "Denver $1,900\n"
    "Boston $2,800\n"
    "Portland $1,700\n"
    "Seattle $2,400\n"
    "Chicago $2,100\n"
    "\n"
    "Prices rose again this spring, the survey found."
)


def test_an_untagged_city_in_a_column_of_cities_and_values() -> None:
    tags = {r"Denver": "GPE", r"Boston": "GPE", r"Seattle": "GPE", r"Chicago": "GPE"}
    places, _ = _extract(_RENTS, tags)
    assert "Portland" in places


def test_a_column_with_too_few_tagged_places_gives_no_place() -> None:
    # two rows tagged places are not a column of places
    places, _ = _extract(_RENTS, {r"Denver": "GPE", r"Boston": "GPE"})
    assert "Portland" not in places


def test_towns_in_a_list_of_universities_are_no_places() -> None:
    text = (
        "Several universities, including Leeds, Bristol and Durham, have opened testing "
        "centres for their students in Manchester this week."
    )
    tags = {r"Leeds": "GPE", r"Bristol": "GPE", r"Durham": "GPE", r"Manchester": "GPE"}
    places, _ = _extract(text, tags)
    assert not places & {"Leeds", "Bristol", "Durham"}
    assert "Manchester" in places


def test_a_campus_town_after_a_dash_is_part_of_the_universitys_name() -> None:
    text = "She taught at Purdue University\u2013Fort Wayne before she moved to Ohio in 2019."
    tags = {r"Purdue University": "ORG", r"Fort Wayne": "GPE", r"Ohio": "GPE"}
    places, _ = _extract(text, tags)
    assert "Fort Wayne" not in places
    assert "Ohio" in places


def test_an_untagged_town_in_a_place_slot_in_a_country_the_article_names() -> None:
    text = "The council renamed three streets in Moabit this spring, the mayor of Berlin said."
    places, _ = _extract(text, {r"Berlin": "GPE"})
    assert "Moabit" in places


def test_an_untagged_town_in_a_place_slot_needs_a_country_of_the_articles_places() -> None:
    text = "The council renamed three streets in Moabit this spring, the mayor said."
    places, _ = _extract(text, {})
    assert "Moabit" not in places


def test_a_date_in_a_place_slot_is_no_town() -> None:
    text = "Talks between the unions resumed in March, officials in London said on Friday."
    places, _ = _extract(text, {r"March": "DATE", r"London": "GPE"})
    assert places == {"London"}


def test_a_unit_written_right_after_a_number_is_no_place() -> None:
    text = "The vacuum's motor in Denver's test lab reached a suction of 9,500Pa. on Monday."
    places, _ = _extract(text, {r"Denver": "GPE", r"Pa\.": "GPE"})
    assert places == {"Denver"}
