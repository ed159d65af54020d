"""Session 13: a place's display name (the article's own form) and small towns used as brands."""

from __future__ import annotations

import newsdesk


def _places(text: str) -> list[dict[str, object]]:
    places = newsdesk.analyze(text, clean=False).to_dict()["places"]
    assert isinstance(places, list)
    return places


def test_region_shown_under_the_articles_english_name() -> None:
    places = _places("Protests spread across Tibet on Monday. Farmers in Bavaria joined them.")
    by_name = {p["name"]: p for p in places}
    assert "Tibet" in by_name and "Bavaria" in by_name
    assert by_name["Bavaria"]["geonames_name"] == "Bayern"
    assert by_name["Tibet"]["geonames_name"] != "Tibet"


def test_main_name_and_abbreviations_keep_the_gazetteer_name() -> None:
    places = _places("The mayor of Munich met officials from the U.S. embassy on Friday.")
    names = {p["name"] for p in places}
    assert "Munich" in names
    assert "U.S." not in names


def test_small_town_word_modifying_a_product_noun_is_no_place() -> None:
    text = "The firm said the Mustang performance car brand sold well last year."
    assert not any(p["name"] == "Mustang" for p in _places(text))
