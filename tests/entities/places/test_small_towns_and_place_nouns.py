"""Session 20 (places): straight news that names small towns, suburbs and features. One test per
error class fixed (the classes of docs/history/session20-places.md), on sentences written for
these tests; the model's labels are set where the class is the model's mistake (a town tagged a
person or an organisation), so the test exercises newsdesk's rule."""

from __future__ import annotations

from entity_helpers import near, place_named, tag_spans
from newsdesk.analysis import entities
from newsdesk.analysis.entities.places.common import short_form
from newsdesk.model import Place
from tagging import tagged_doc


def _places(text: str, tags: dict[str, str]) -> list[Place]:
    """The places newsdesk lists when every match of each pattern of `tags` has its label."""
    _, places, _ = entities.extract(tagged_doc(text, tag_spans(text, tags)))
    return places


def test_a_small_town_of_the_region_the_article_names_is_that_town() -> None:
    # the main list lacks towns under 15,000: the region named makes the one town of the
    # 5,000-15,000 tier there the reading, though no town of the article lies near it
    places = _places(
        "The freight train had left Port Augusta on Monday night and was due in Perth by "
        "Thursday. Police in South Australia said the driver was unhurt.",
        {"Port Augusta": "GPE", "Perth": "GPE", "South Australia": "GPE"},
    )
    town = place_named(places, "Port Augusta")
    assert town is not None and town.country_code == "AU"
    assert near(town.latitude, town.longitude, (-32.49, 137.77), 25)


def test_a_small_name_in_an_article_about_a_big_city_is_not_a_far_town_of_its_state() -> None:
    # a Houston guide: 'River Oaks' is a part of Houston, not the small town of that name
    # near Fort Worth, though the article names Texas
    places = _places(
        "Houston diners queue for tacos again. The chef, who grew up in Texas, opened a "
        "second site in River Oaks, and Houston critics approve. Houston will get a third.",
        {"Houston": "GPE", "Texas": "GPE", "River Oaks": "GPE"},
    )
    hood = place_named(places, "River Oaks")
    assert hood is not None
    assert not near(hood.latitude, hood.longitude, (32.78, -97.39), 100)


def test_an_abbreviated_first_word_is_a_short_form_of_the_towns_name() -> None:
    assert short_form("Mt Gambier", "Mount Gambier")
    assert short_form("St Kilda", "Saint Kilda")
    assert not short_form("Mt Barker", "Mount Gambier")
    places = _places(
        "A light plane came down near Mt Gambier late on Sunday, and its pilot was flown to "
        "Adelaide.",
        {"Mt Gambier": "GPE", "Adelaide": "GPE"},
    )
    town = place_named(places, "Mt Gambier")
    assert town is not None and town.country_code == "AU"
    assert near(town.latitude, town.longitude, (-37.83, 140.78), 25)


def test_a_side_word_after_a_place_preposition_keeps_the_slot() -> None:
    # 'in central Sulawesi' with the island tagged a person: the island
    places = _places(
        "Troops were sent to restore order in central Sulawesi after a week of clashes.",
        {"Sulawesi": "PERSON"},
    )
    island = place_named(places, "Sulawesi")
    assert island is not None and island.country_code == "ID"


def test_a_name_another_towns_alias_is_the_small_town_near_the_articles_towns() -> None:
    # GeoNames gives 'Sutherland' as another name of Palm Harbor, Florida; listed among Sydney's
    # suburbs it is the Sydney town of that main name
    places = _places(
        "Storm damage was worst in Bankstown, Sutherland and Hurstville, in Sydney's south.",
        {"Bankstown": "GPE", "Sutherland": "GPE", "Hurstville": "GPE", "Sydney": "GPE"},
    )
    town = place_named(places, "Sutherland")
    assert town is not None and town.country_code == "AU"
    assert near(town.latitude, town.longitude, (-34.03, 151.06), 25)


def test_a_countrys_name_before_a_title_is_the_country_without_a_name_after_it() -> None:
    places = _places(
        "The Solomon Islands Prime Minister has warned of hard times ahead for the economy.",
        {"Solomon Islands": "GPE"},
    )
    country = place_named(places, "Solomon Islands")
    assert country is not None and country.country_code == "SB"


def test_a_name_a_place_noun_gives_is_a_place_though_the_model_took_it_for_a_firm() -> None:
    places = _places(
        "Rescuers reached the wreck in an area called Quarry Flats, about ten kilometres "
        "from Ballarat, before dawn.",
        {"Quarry Flats": "ORG", "Ballarat": "GPE"},
    )
    assert place_named(places, "Quarry Flats") is not None


def test_a_name_before_an_area_noun_is_a_place_though_the_model_took_it_for_a_person() -> None:
    places = _places(
        "Fighting went on in the Kestra Dala region, and refugees crossed the river from "
        "Kestra Dala into Pakistan.",
        {"Kestra Dala": "PERSON", "Pakistan": "GPE"},
    )
    assert place_named(places, "Kestra Dala") is not None


def test_a_demonym_before_an_area_noun_stays_no_place() -> None:
    places = _places(
        "Coffee was first grown in the Yemeni district of Arabia, traders say.",
        {"Yemeni": "NORP", "Arabia": "GPE"},
    )
    assert place_named(places, "Yemeni") is None


def test_a_small_town_listed_beside_a_town_of_its_country_is_a_place() -> None:
    # 'Gunnedah' (9,700 people) tagged a person in a list with Tamworth
    places = _places(
        "Gunnedah and Tamworth, in northern New South Wales, were declared disaster areas.",
        {"Gunnedah": "PERSON", "Tamworth": "GPE", "New South Wales": "GPE"},
    )
    town = place_named(places, "Gunnedah")
    assert town is not None and town.country_code == "AU"


def test_the_town_of_a_name_is_that_town_at_every_mention() -> None:
    # 'the West Bank town of Jenin' once: one place, the town, though a bare 'Jenin' alone
    # would read as its governorate; the name after the comma is no qualifier
    places = _places(
        "Jets struck a compound in Gaza and offices in the West Bank town of Jenin. Hours "
        "after helicopters hit Jenin, Sharon spoke on television from Jerusalem.",
        {"Gaza": "GPE", "West Bank": "GPE", "Jenin": "GPE", "Sharon": "PERSON"},
    )
    jenins = [p for p in places if "Jenin" in {m.text for m in p.mentions}]
    assert len(jenins) == 1
    assert near(jenins[0].latitude, jenins[0].longitude, (32.46, 35.30), 25)
