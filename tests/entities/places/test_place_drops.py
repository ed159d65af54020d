"""Session 21 (issue 12): a place the gazetteer cannot confirm, kept where the text makes it a
place and dropped where the text contradicts it, with the drop's reason recorded for
`bench/entities.py --place-drops`. Sentences written for these tests; the model's labels are
set on the Doc (`only_tagged_doc`), so each test exercises the places steps, not what the small
model tags in one short text. 'Wattlebrook' and 'Quillmere' are names no gazetteer holds."""

from __future__ import annotations

from newsdesk.analysis import entities
from newsdesk.analysis.entities.places.drops import Dropped, PlaceDrop, recording
from newsdesk.analysis.gazetteer import load, load_towns, load_villages
from newsdesk.model import Place
from tagging import only_tagged_doc


def _places(text: str, tags: dict[str, str]) -> tuple[list[Place], list[Dropped]]:
    with recording() as log:
        _, places, _ = entities.extract(only_tagged_doc(text, tags))
    return places, log


def test_the_names_are_unknown_to_the_gazetteer() -> None:
    for gaz in (load(), load_towns(), load_villages()):
        assert not gaz.lookup("Wattlebrook") and not gaz.lookup("Quillmere")


def test_an_unconfirmed_place_in_a_place_slot_is_kept_unresolved() -> None:
    text = (
        "Floodwaters reached Melbourne on Tuesday. Families in Wattlebrook spent the night "
        "at the local school, and volunteers from Geelong brought blankets."
    )
    places, log = _places(text, {"Melbourne": "GPE", "Wattlebrook": "GPE", "Geelong": "GPE"})
    found = {p.name: p for p in places}
    assert "Wattlebrook" in found
    assert found["Wattlebrook"].geonames_id is None  # no entry: unresolved, not a guess
    assert found["Melbourne"].geonames_id is not None
    assert not [d for d in log if d.text == "Wattlebrook"]


def test_a_name_that_modifies_a_noun_is_dropped_as_a_brand() -> None:
    text = (
        "Reviewers in Melbourne tested the new Wattlebrook microphone against two older "
        "models from Geelong."
    )
    places, log = _places(text, {"Melbourne": "GPE", "Wattlebrook": "GPE", "Geelong": "GPE"})
    assert "Wattlebrook" not in {p.name for p in places}
    assert Dropped("Wattlebrook", PlaceDrop.modifies_noun, "GPE") in log


def test_an_unknown_name_out_of_any_place_slot_is_dropped_with_its_reason() -> None:
    text = (
        "Quillmere announced a new subscription plan on Monday. Analysts in London said the "
        "price would rise in Paris and Berlin too."
    )
    places, log = _places(
        text, {"Quillmere": "GPE", "London": "GPE", "Paris": "GPE", "Berlin": "GPE"}
    )
    names = {p.name for p in places}
    assert "Quillmere" not in names and {"London", "Paris", "Berlin"} <= names
    assert [d.reason for d in log if d.text == "Quillmere"] == [PlaceDrop.no_place_slot]


def test_no_drop_is_recorded_outside_a_recording() -> None:
    text = "The new Wattlebrook microphone was tested in Melbourne."
    with recording() as log:
        pass
    entities.extract(only_tagged_doc(text, {"Wattlebrook": "GPE", "Melbourne": "GPE"}))
    assert log == []
