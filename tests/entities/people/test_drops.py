"""Round 9b of issue 12 (session 9): the person filters name themselves when they drop a
candidate (`people/drops.py`), so a bench can count what each costs. Sentences written for these
tests; the model's labels are set on the Doc so each test exercises the filter, not the tagger."""

from __future__ import annotations

from newsdesk.analysis import entities
from newsdesk.analysis.entities.people.drops import Drop, DropReason, record, recording
from tagging import only_tagged_doc

_doc = only_tagged_doc


def _drops(text: str, tags: dict[str, str]) -> tuple[set[str], list[Drop]]:
    with recording() as log:
        people, _, _ = entities.extract(_doc(text, tags))
    return {p.name for p in people}, log


def test_record_outside_recording_is_a_no_op_and_recordings_do_not_mix() -> None:
    record("Nobody", DropReason.lone_word)  # no recording open: nothing to fail, nothing kept
    with recording() as outer:
        record("Zeta", DropReason.thing)
        with recording() as inner:
            record("Omega", DropReason.org_word)
        record("Eta", DropReason.odd_word)
    assert [d.text for d in outer] == ["Zeta", "Eta"]
    assert inner == [Drop("Omega", DropReason.org_word)]


def test_a_one_word_name_met_once_is_dropped_as_a_lone_word() -> None:
    text = "Marisol Quintero opened the bakery in spring. Later Brackenfield said it was busy."
    people, log = _drops(text, {"Marisol Quintero": "PERSON", "Brackenfield": "PERSON"})
    assert people == {"Marisol Quintero"}
    assert any(d.text == "Brackenfield" and d.reason == DropReason.lone_word for d in log)
    assert not any(d.text == "Marisol Quintero" for d in log)


def test_a_person_tag_on_a_firm_shaped_name_records_the_firm_rule() -> None:
    text = "Tilda Marsh met the owners of Fenwick Group on Monday. Marsh was pleased."
    people, log = _drops(text, {"Tilda Marsh|Marsh": "PERSON", "Fenwick Group": "PERSON"})
    assert people == {"Tilda Marsh"}
    reasons = {d.reason for d in log if d.text == "Fenwick Group"}
    assert reasons and reasons <= {DropReason.org_word, DropReason.firm_name}


def test_a_name_kept_as_a_person_records_no_drop() -> None:
    text = "Coach Ingrid Halvorsen said the team trained hard. Halvorsen smiled."
    people, log = _drops(text, {"Ingrid Halvorsen|Halvorsen": "PERSON"})
    assert people == {"Ingrid Halvorsen"}
    assert log == []


def test_a_person_tag_ending_in_a_dotted_legal_suffix_is_retyped_a_firm() -> None:
    # session 27 (issue 12, item 6): the span rule read the last word's lower case, so 'Corp.',
    # 'N.V.' and 'S.A.' passed it, the name was dropped later as no person and lost as a firm
    for name in ("Fenwick Corp.", "Fenwick N.V.", "Fenwick S.A."):
        text = f"Tilda Marsh met the owners of {name} on Monday. Marsh was pleased."
        with recording() as log:
            people, _, orgs = entities.extract(
                _doc(text, {"Tilda Marsh|Marsh": "PERSON", name: "PERSON"})
            )
        assert {p.name for p in people} == {"Tilda Marsh"}
        assert [d.reason for d in log if d.text == name] == [DropReason.org_word]
        assert name in {o.name for o in orgs}


def test_a_person_name_ending_in_a_plain_surname_stays_a_person() -> None:
    text = "Tilda Marsh met Jonas Fenwick on Monday. Fenwick was pleased."
    people, log = _drops(text, {"Tilda Marsh": "PERSON", "Jonas Fenwick|Fenwick": "PERSON"})
    assert people == {"Tilda Marsh", "Jonas Fenwick"}
    assert not any(d.reason == DropReason.org_word for d in log)
