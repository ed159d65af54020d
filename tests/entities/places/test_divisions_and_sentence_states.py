"""Session 16 (places resolved right): one test per class fixed, on sentences written for them.

- a town qualified by its county ('Olney, Buckinghamshire') is the county's town of the
  5,000-15,000 tier, not a stand-in at the county's centre nor a namesake abroad;
- a county qualified by its region ('Gwynedd, Wales') gets the county's own position, not the
  region's centre as a town-shaped stand-in;
- a state named in a town's sentence does not move the town to that state's namesake (a
  rule that did was removed in the fix round: 'the storm that hit Chapel Hill will reach
  Tennessee' is still North Carolina's town), nor a city of 100,000+."""

from __future__ import annotations

from entity_helpers import km_from, places_of
from newsdesk.model import Place


def _named(text: str) -> dict[str, Place]:
    return {p.name: p for p in places_of(text)}


def test_a_town_qualified_by_its_county_is_the_countys_town() -> None:
    places = _named(
        "A bakery in Olney, Buckinghamshire, won the prize, beating rivals from Leeds and Bristol."
    )
    olney = places["Olney"]
    # not Olney, Illinois or Maryland (the main list's namesakes), nor the county's centre
    assert olney.country_code == "GB"
    assert olney.geonames_id is not None
    assert km_from(olney, 52.15, -0.70) < 10


def test_a_county_qualified_by_its_region_has_its_own_position() -> None:
    places = _named(
        "Slate quarries still shape the hills of Gwynedd, Wales, where the mining museum "
        "opened last year."
    )
    gwynedd = places["Gwynedd"]
    assert gwynedd.kind == "region"  # no town-shaped stand-in at the centre of Wales
    assert km_from(gwynedd, 52.91, -4.05) < 30


def test_a_town_keeps_its_bigger_namesake_beside_another_state() -> None:
    places = _named(
        "Chapel Hill lost power on Monday.\n"
        "The storm that hit Chapel Hill will reach Tennessee on Tuesday."
    )
    chapel_hill = places["Chapel Hill"]
    # the North Carolina town, not Tennessee's village of 1,500: a state named in the
    # sentence does not say the town is in it
    assert chapel_hill.country_code == "US"
    assert km_from(chapel_hill, 35.91, -79.06) < 25


def test_a_big_city_keeps_its_reading_beside_a_state() -> None:
    places = _named(
        "After ten years in Vermont, she moved to Manchester to teach at the university."
    )
    # Vermont has a village of that name; a city of 100,000+ is known by its bare name
    assert places["Manchester"].country_code == "GB"
