"""The document rules after the split of document.py (session 10): each module's job, on
sentences written for these tests."""

from __future__ import annotations

import newsdesk
from newsdesk.analysis.entities.document import PLACE, TEAM, AddedLabel
from newsdesk.analysis.entities.document.firms import product_shaped
from newsdesk.analysis.entities.document.place_cues import PLACE_SLOT_WORDS


def test_added_labels_are_an_enum_equal_to_the_old_strings() -> None:
    assert set(AddedLabel) == {TEAM, PLACE}
    assert TEAM == "TEAM" and PLACE == "PLACE"  # other modules still compare with the strings


def test_surname_prefixes_from_the_data_keep_names_from_looking_like_products() -> None:
    assert product_shaped("GoPro")
    assert not product_shaped("McAllister") and not product_shaped("DeLuca")


def test_place_slot_words_are_read_from_the_data() -> None:
    assert {"in", "to", "from", "near"} <= PLACE_SLOT_WORDS


def test_a_team_in_a_results_line_is_no_place() -> None:
    text = (
        "Results on Saturday:\nDenver 3 Boston 1\nChicago 2 Toronto 0\n\n"
        "The coach said Denver played well."
    )
    brief = newsdesk.analyze(text, clean=False)
    assert "Boston" not in {p.name for p in brief.places}


def test_dateline_and_party_state() -> None:
    text = (
        "OMAHA, Neb. (AP) — Rep. Jane Porter (R-Neb.) said on Monday that the new bridge "
        "over the river would open in the spring."
    )
    names = {p.name for p in newsdesk.analyze(text, clean=False).places}
    assert {"Omaha", "Nebraska"} <= names
