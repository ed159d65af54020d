"""Session 18, round 2 (places): on pages that are not news, a name unknown to the gazetteer
after a noun of knowledge and 'in' is the subject ('a background in Haskell'), a name in a list of
firms' and products' names is one of them, and a one-word organisation read as a far town or
region of a country the article never names is the organisation; a person-tagged speaker
after a list of places is no country. Sentences written for these tests."""

from __future__ import annotations

from entity_helpers import place_named, places_of, places_said


def test_a_subject_after_a_noun_of_study_is_no_place() -> None:
    said = places_said("Lena gained expertise in Kubernetes last spring while living in Boston.")
    assert "Boston" in said
    assert "Kubernetes" not in said


def test_a_subject_hung_on_its_noun_is_no_place() -> None:
    said = places_said(
        "The newsletter builds knowledge in Kubernetes for readers in Austin and Dallas."
    )
    assert {"Austin", "Dallas"} <= said
    assert "Kubernetes" not in said


def test_a_known_place_after_a_noun_of_study_stays() -> None:
    # the rule is for names the gazetteer does not know: a country stays a country
    said = places_said("Nurses from Manila completed their training in Germany last year.")
    assert "Germany" in said


def test_a_one_word_firm_read_as_a_far_region_is_the_firm() -> None:
    # Meta is a department of Colombia: the article names no Colombia and no town near it
    said = places_said(
        "Before moving to Seattle, Omar spent six years building search tools at Meta."
    )
    assert "Seattle" in said
    assert "Meta" not in said


def test_a_far_region_of_a_country_the_article_names_stays() -> None:
    places = places_of(
        "Coffee farmers in Meta and Huila, two departments of Colombia, expect a smaller harvest."
    )
    meta = place_named(places, "Meta")
    assert meta is not None and meta.country_code == "CO"
    assert place_named(places, "Huila") is not None


def test_a_person_named_like_a_country_after_a_list_of_towns_is_no_country() -> None:
    said = places_said("We shipped orders to Austin, Dallas and Houston, Chad said.")
    assert {"Austin", "Dallas", "Houston"} <= said
    assert "Chad" not in said


def test_a_country_in_a_list_of_countries_stays() -> None:
    said = places_said("Troops from Niger, Mali and Chad patrol the border.")
    assert {"Niger", "Mali", "Chad"} <= said
