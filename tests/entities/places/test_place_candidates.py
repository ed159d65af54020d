"""Session 22 (issue 12): place candidates from the gazetteer (`places.candidates`). A name the
model left untagged, or typed a person, a body or a group, that the gazetteer knows as a town,
a region or a country is a place only where the document reads it as one, and never where the
document reads it as a person's, a firm's or a team's. Sentences written for these tests; the
model's labels are set on the Doc (`only_tagged_doc`), so each test exercises the rule, not what
the small model tags in one short text."""

from __future__ import annotations

from newsdesk.analysis import entities
from newsdesk.analysis.gazetteer import load
from newsdesk.analysis.gazetteer import load as load_gazetteer
from newsdesk.labels import PlaceKind
from tagging import only_tagged_doc


def _names(text: str, tags: dict[str, str]) -> tuple[set[str], set[str]]:
    people, places, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}, {p.name for p in places}


def test_an_untagged_town_after_a_town_noun_is_found() -> None:
    text = "Police in the town of Uyo arrested two men on Friday after the market fire."
    _, places = _names(text, {})
    assert "Uyo" in places


def test_an_untagged_town_after_at_in_a_results_list_is_found() -> None:
    text = "Scores on the second day:\nAt Portsmouth: Middlesex 212 and 98 for three."
    _, places = _names(text, {"Middlesex": "ORG"})
    assert "Portsmouth" in places


def test_a_capital_the_model_took_for_a_person_is_a_place() -> None:
    text = "The rebels agreed to withdraw from the capital Grozny before the winter."
    people, places = _names(text, {"Grozny": "PERSON"})
    assert "Grozny" in places and "Grozny" not in people


def test_a_speaker_is_no_place_though_a_slot_names_him() -> None:
    text = (
        "Reporters waited in Boston and spoke to Lincoln after the match. "
        "Lincoln said the team had played well."
    )
    assert load().lookup("Lincoln")  # a town's name: only the text keeps it a person's
    _, places = _names(text, {"Boston": "GPE"})  # the model left 'Lincoln' untagged
    assert "Lincoln" not in places


def test_a_title_keeps_a_name_a_persons() -> None:
    text = "The crowd in Boston cheered Mr Washington, and the mayor wrote to Washington later."
    _, places = _names(text, {"Boston": "GPE", "Mr Washington": "PERSON"})
    assert "Washington" not in places


def test_a_firm_that_speaks_is_no_place() -> None:
    text = "Shares in Halifax fell on Monday after Halifax said profits would drop."
    _, places = _names(text, {})
    assert "Halifax" not in places


def test_teams_in_a_match_report_are_no_places() -> None:
    text = "Chelsea beat Arsenal 2-0 on Saturday, and the Chelsea striker scored twice."
    _, places = _names(text, {})
    assert "Chelsea" not in places and "Arsenal" not in places


def test_a_common_word_is_no_place() -> None:
    text = "Reading is fun, and the club meets in March to choose new books."
    assert load_gazetteer().lookup("March") and load_gazetteer().lookup("Reading")
    _, places = _names(text, {})
    assert "Reading" not in places and "March" not in places


def test_a_person_named_in_full_is_no_place() -> None:
    text = "Victoria Beckham arrived in London on Tuesday for the show."
    people, places = _names(text, {"Victoria Beckham": "PERSON", "London": "GPE"})
    assert "Victoria" not in places and "Victoria Beckham" in people


def test_short_and_old_country_names_from_the_source() -> None:
    gaz = load()
    for name, country in (("N. Korea", "KP"), ("S. Korea", "KR"), ("Surinam", "SR")):
        hits = [p for p, _ in gaz.lookup(name) if p.kind == PlaceKind.country]
        assert [p.country_code for p in hits] == [country], name
    # a country's other name that is a given name is left out ('Maurice' for Mauritius)
    assert not any(p.kind == PlaceKind.country for p, _ in gaz.lookup("Maurice"))
