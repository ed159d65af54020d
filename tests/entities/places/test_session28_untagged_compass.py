"""Session 28 (places, issue 12): a bare compass region the model leaves with no label ('and
the Northeast 25 or 6%') is a place candidate where the model tags another region of its
country in the article; `compass_region` then reads it as the tagged ones. Sentences written
for these tests."""

from __future__ import annotations

from entity_helpers import near, place_named, places_of
from newsdesk.labels import PlaceKind

_SHARES = (
    "Most of the 420 plants in the U.S. are in the Midwest. The West holds 37 or 9% and the "
    "Northeast 25 or 6%."
)


def test_an_untagged_northeast_beside_the_midwest_is_the_us_region() -> None:
    places = places_of(_SHARES)
    region = place_named(places, "Northeast")
    assert region is not None
    assert region.kind == PlaceKind.region and region.country_code == "US"
    assert near(region.latitude, region.longitude, (42.5, -73.0), 300)
    # the regions the model tagged keep their readings
    midwest, west = place_named(places, "Midwest"), place_named(places, "West")
    assert midwest is not None and midwest.country_code == "US"
    assert west is not None and west.country_code == "US"


def test_an_untagged_northeast_with_no_region_tagged_is_left() -> None:
    # a state is named, but the article divides the country into no regions
    places = places_of(
        "Most of the 420 plants in the U.S. are in Ohio. Sales held at 37 and the Northeast "
        "25 or 6%."
    )
    assert place_named(places, "Northeast") is None
    ohio = place_named(places, "Ohio")
    assert ohio is not None and ohio.kind == PlaceKind.region


def test_a_longer_name_opened_by_the_word_is_no_region() -> None:
    places = places_of(
        "Most of the 420 plants in the U.S. are in the Midwest. The West holds 37 and the "
        "Northeast Conference 25."
    )
    assert place_named(places, "Northeast") is None
    assert place_named(places, "Northeast Conference") is None
