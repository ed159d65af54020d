"""Session 18, third review: a name that speaks right after a comma that ends a place the
model tags (a list of one) is no place; after a date ('On Monday, Jordan said') it still is.
Sentences written for these tests."""

from __future__ import annotations

from entity_helpers import places_said


def test_a_speaker_after_one_tagged_place_is_no_place() -> None:
    said = places_said("The choir sang in Austin, Jordan said, before it drove on to Denver.")
    assert "Jordan" not in said
    assert {"Austin", "Denver"} <= said


def test_a_country_after_a_date_and_a_comma_stays_a_place() -> None:
    said = places_said(
        "On Tuesday, Jordan said it would reopen its crossing with Syria. Officials in Amman"
        " called the step overdue."
    )
    assert "Jordan" in said
