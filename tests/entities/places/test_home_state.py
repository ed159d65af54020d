"""Round 11 (places): one test per error class addressed, on sentences written for them.

Each test asserts what a reader of the text would write down for its places: which names are
places, and which place each one is."""

from __future__ import annotations

from entity_helpers import near, place_named, places_of

# The article's own area: a town of the region most of its places lie in beats a far namesake
# that is bigger (the big-city bonus and population), unless that namesake is a world city of
# a million people or more and the local town is small.


def test_a_town_of_the_articles_own_state_beats_a_bigger_far_namesake() -> None:
    # Portland, Oregon (650,000) against Portland, Maine (66,000), in a Maine story
    places = places_of(
        "Maine's lobstermen met in Bangor and Augusta this spring. In Portland, the harbor "
        "was quiet as boats stayed tied up."
    )
    portland = place_named(places, "Portland")
    assert portland is not None
    assert portland.country_code == "US"
    assert near(portland.latitude, portland.longitude, (43.66, -70.26), 25)


def test_a_city_of_the_articles_own_province_beats_a_far_city_abroad() -> None:
    # Hamilton, Ontario (537,000) against Hamilton, Ohio (62,000), in an Ohio story
    places = places_of(
        "The Ohio senator visited Columbus and Cincinnati. She later spoke at a rally in "
        "Dayton and then drove to Hamilton for a fundraiser."
    )
    hamilton = place_named(places, "Hamilton")
    assert hamilton is not None
    assert hamilton.country_code == "US"
    assert near(hamilton.latitude, hamilton.longitude, (39.40, -84.56), 25)


def test_a_world_city_keeps_its_name_against_a_small_town_of_the_articles_state() -> None:
    # Paris, Texas (25,000) does not take 'Paris' from the French capital in a Texas story
    places = places_of(
        "Officials in Houston and Dallas said the storm had passed across Texas. The mayor "
        "then flew to Paris for a climate summit."
    )
    paris = place_named(places, "Paris")
    assert paris is not None
    assert paris.country_code == "FR"


def test_a_town_named_in_an_article_of_many_areas_keeps_its_usual_reading() -> None:
    # England, Oxford and London among places of four continents do not make the article
    # English: its 'Boston' is the American city, not the English town of 45,000
    places = places_of(
        "Coffee reached Oxford and London in the 1650s, Paris and Vienna soon after, and "
        "England's colonists carried it to Boston. Growers in Brazil, Kenya and Vietnam now "
        "supply Tokyo, Seoul and Sydney."
    )
    boston = place_named(places, "Boston")
    assert boston is not None
    assert boston.country_code == "US"


# A name the gazetteer does not know, on a page where no place is known: a brand, a product
# or a heading's word, not a place.


def test_an_unknown_name_on_a_page_without_places_is_no_place() -> None:
    places = places_of(
        "Most listeners find new shows on Spotify these days. If you plan to record for a "
        "while, it is worth investing in Shure, and the stand matters too."
    )
    assert place_named(places, "Shure") is None


def test_a_brand_on_a_review_page_is_no_place() -> None:
    places = places_of(
        "Our review team tested the Hamilton Beach toaster against two rivals. It browned "
        "evenly, and the crumb tray slides out easily."
    )
    assert places == []


def test_an_unknown_name_beside_known_places_is_still_a_place() -> None:
    places = places_of(
        "The family farmed in Baroipara, near Rajshahi in Bangladesh, for three generations."
    )
    village = place_named(places, "Baroipara")
    assert village is not None
    assert village.country_code == "BD"


def test_a_feature_named_by_its_own_noun_is_a_place_alone() -> None:
    places = places_of("We paddled across Lake Berryessa all weekend and camped by the shore.")
    assert place_named(places, "Lake Berryessa") is not None


def test_an_unknown_name_modifying_a_noun_is_a_brand_not_a_place() -> None:
    places = places_of(
        "Laura Dern won for playing a ruthless divorce lawyer in Netflix domestic drama "
        "Marriage Story, filmed in Los Angeles."
    )
    assert place_named(places, "Netflix") is None
    assert place_named(places, "Los Angeles") is not None


def test_an_unknown_name_before_a_place_noun_stays_a_place() -> None:
    places = places_of(
        "The family farmed in Phulbari village, near Rajshahi in Bangladesh, for years."
    )
    village = place_named(places, "Phulbari")
    assert village is not None
    assert village.country_code == "BD"
