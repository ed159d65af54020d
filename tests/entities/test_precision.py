"""Round 2 of issue 12 (precision): one test per rule, on sentences written for these tests."""

from __future__ import annotations

from entity_helpers import brief_of, people_names


def test_a_results_line_is_not_a_dateline() -> None:
    # 'DETROIT 4 Kansas City 1' once read as a dateline ('4 Kansas' taken for a date)
    brief = brief_of(
        "Results on Sunday ( home team in CAPS ) :\nTOLEDO 4 Wichita 1\nOMAHA 6 Tulsa 2\n"
    )
    mentions = {m.text for p in brief.places for m in p.mentions}
    assert "TOLEDO" not in mentions and "OMAHA" not in mentions


def test_a_dateline_with_a_month_is_still_read() -> None:
    brief = brief_of(
        "NAIROBI, Dec. 5 (Reuters) - Officials in the capital said talks would resume."
    )
    kenya = [p for p in brief.places if p.name == "Nairobi"]
    assert kenya and kenya[0].country_code == "KE"


def test_washington_dc_is_one_place_the_city() -> None:
    brief = brief_of(
        "Tutoring programmes grew in Denver, Colorado, and Washington, D.C. New figures show it."
    )
    washington = [p for p in brief.places if p.name == "Washington"]
    assert len(washington) == 1
    assert washington[0].kind == "city" and washington[0].latitude is not None
    assert abs(washington[0].latitude - 38.9) < 0.5
    assert not any(p.name == "District of Columbia" for p in brief.places)


def test_a_name_a_company_noun_introduces_is_no_person() -> None:
    brief = brief_of(
        "The consultancy Harlan Brooks advises insurers. Harlan Brooks said its clients were "
        "wary, according to Maria Okafor."
    )
    names = people_names(brief)
    assert "Maria Okafor" in names
    assert "Harlan Brooks" not in names


def test_an_acquired_name_is_a_company() -> None:
    brief = brief_of(
        "Harbor Labs has acquired Marlow Tate, a data security company. Marlow Tate will keep "
        "its staff, said Dana Whitfield."
    )
    names = people_names(brief)
    assert "Marlow Tate" not in names
    assert "Dana Whitfield" in names


def test_a_person_called_by_a_company_noun_stays_a_person() -> None:
    # 'your company, Lina' is said to Lina: a vocative, not a company
    brief = brief_of(
        'The reporter said: "Someone close to your company, Lina, called us." '
        "Lina Haddad did not answer. Her husband, Omar Haddad, runs the firm."
    )
    assert "Lina Haddad" in people_names(brief)
    assert not any(p.name == "Lina" for p in brief.places)


def test_an_event_named_like_a_person_is_no_person() -> None:
    brief = brief_of("Canada won the Fowler Cup on Sunday, and Jean Tremblay lifted the trophy.")
    assert not any(n.endswith("Cup") for n in people_names(brief))


def test_a_place_inside_a_study_title_is_no_place() -> None:
    brief = brief_of(
        "Avis ranked first in the 2024 North America Rental Car Satisfaction Study, "
        "the survey found."
    )
    assert not any(p.name == "North America" for p in brief.places)


def test_spellings_that_differ_by_a_doubled_letter_are_one_person() -> None:
    brief = brief_of(
        "President Volodymyr Zelensky met the envoy in Kyiv. Later, Zelenskyy told reporters "
        "that the talks had gone well."
    )
    assert sum("Zelensk" in p.name for p in brief.people) == 1


def test_the_state_after_a_town_is_the_towns_state() -> None:
    brief = brief_of("Ruth Kagame moved from Ohio to Atlanta, Georgia, in 2019.")
    georgia = [p for p in brief.places if p.name == "Georgia"]
    assert georgia and (georgia[0].kind, georgia[0].country_code) == ("region", "US")
    brief = brief_of("The envoys met in Tbilisi, Georgia, on Friday.")
    georgia = [p for p in brief.places if p.name == "Georgia"]
    assert georgia and georgia[0].country_code == "GE"


def test_a_small_far_town_without_a_place_cue_is_no_place() -> None:
    # 'Siri' is also a town in Ethiopia; the article names no such country and no place cue
    brief = brief_of("Apple said on Monday that Siri would answer more questions next year.")
    assert not any(p.country_code == "ET" for p in brief.places)
    brief = brief_of("Flooding hit Marsabit and the nearby town of Moyale in Kenya.")
    assert any(p.country_code == "KE" for p in brief.places)


def test_a_person_beside_her_own_company_noun_stays_a_person() -> None:
    brief = brief_of(
        "A row involving Nora Quist, her former record label and a producer grew. "
        "Nora Quist said she would record her songs again."
    )
    assert "Nora Quist" in people_names(brief)
