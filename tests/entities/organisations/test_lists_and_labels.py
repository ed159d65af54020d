"""Organisations (session 12, review finding 12): a list the model tagged as one organisation is
split into its members, and time zones, roles, heading words, opening adverbs
and people are not organisations. Every text here is written for these tests; the entity labels
are set by the test (as the small model sets them on real articles), so each test exercises
newsdesk's rule, not what the model makes of one short text."""

from __future__ import annotations

from newsdesk.analysis import entities
from newsdesk.analysis.entities.organizations import not_organization, split_lists
from newsdesk.analysis.entities.spans import make_span
from tagging import tagged_doc


def _tagged(text: str, *orgs: str, label: str = "ORG") -> list[tuple[int, int, str]]:
    return [(text.index(o), text.index(o) + len(o), label) for o in orgs]


def _org_names(text: str, *orgs: str) -> list[str]:
    _, _, found = entities.extract(tagged_doc(text, _tagged(text, *orgs)))
    return [o.name for o in found]


def test_a_comma_list_tagged_as_one_organisation_is_split() -> None:
    text = "The contracts went to Halverton, Bluefin Robotics last spring."
    names = _org_names(text, "Halverton, Bluefin Robotics")
    assert names == ["Halverton", "Bluefin Robotics"]


def test_a_comma_list_ending_in_and_is_split_into_every_member() -> None:
    text = "Buyers compared Marlowe, Quillfield and Stonebridge Homes before choosing."
    names = _org_names(text, "Marlowe, Quillfield and Stonebridge Homes")
    assert names == ["Marlowe", "Quillfield", "Stonebridge Homes"]


def test_a_legal_form_an_abbreviated_state_or_a_campus_after_a_comma_is_not_a_list() -> None:
    for name in (
        "Halverton, Inc.",
        "Sioux Falls Courier, S.D.",
        "University of California, Berkeley",
    ):
        text = f"A spokesperson for {name} declined to comment on Friday."
        assert _org_names(text, name) == [name]


def test_a_law_firm_of_surnames_is_not_a_list() -> None:
    name = "Pellham, Orrick, Wade & Castell"
    text = f"The lawyers of {name} filed the motion."
    assert _org_names(text, name) == [name]


def test_and_splits_only_names_met_alone_elsewhere() -> None:
    text = "Halverton and Quillfield merged. Halverton said Quillfield staff would stay."
    doc = tagged_doc(text, _tagged(text, "Halverton and Quillfield"))
    joined = make_span(doc, 0, 3, "ORG")
    alone_h = make_span(doc, 5, 6, "ORG")
    alone_q = make_span(doc, 7, 8, "ORG")
    assert [s.text for s in split_lists(doc, [joined, alone_h, alone_q])][:2] == [
        "Halverton",
        "Quillfield",
    ]
    # met nowhere alone: one name ('Marks and Spencer')
    assert [s.text for s in split_lists(doc, [joined])] == ["Halverton and Quillfield"]


def test_speaker_label_and_time_zone_are_not_organisations() -> None:
    text = "HOST: Good evening.\n\nMarkets closed at 16:00 GMT on Friday."
    doc = tagged_doc(text, _tagged(text, "HOST", "GMT"))
    host = make_span(doc, 0, 1, "ORG")
    gmt = next(make_span(doc, t.i, t.i + 1, "ORG") for t in doc if t.text == "GMT")
    assert not_organization(doc, host, set())
    assert not_organization(doc, gmt, set())


def test_an_all_caps_name_after_a_score_or_heading_a_line_stays_an_organisation() -> None:
    text = "NATO: the summit.\n\nThe club won 3-0 at home, and FIFA said on Friday it would look."
    doc = tagged_doc(text, _tagged(text, "NATO", "FIFA"))
    for name in ("NATO", "FIFA"):
        span = next(make_span(doc, t.i, t.i + 1, "ORG") for t in doc if t.text == name)
        assert not not_organization(doc, span, set())
    text = "The team won 3-0 WIN in the final."
    doc = tagged_doc(text, _tagged(text, "WIN"))
    win = next(make_span(doc, t.i, t.i + 1, "ORG") for t in doc if t.text == "WIN")
    assert not not_organization(doc, win, set())  # a score is no time


def test_and_never_splits_at_a_member_that_is_an_english_word() -> None:
    text = "Customs and Border Protection said so. Customs and Border Protection agents came."
    doc = tagged_doc(text, [])
    joined = make_span(doc, 0, 4, "ORG")
    customs = make_span(doc, 0, 1, "ORG")
    border = make_span(doc, 2, 4, "ORG")
    assert split_lists(doc, [joined, customs, border])[0].text == "Customs and Border Protection"


def test_a_role_a_heading_word_and_an_opening_adverb_are_not_organisations() -> None:
    text = "Contents\n\nCommonly, the board meets twice. Dr. Lee is Lecturer in Management there."
    names = _org_names(text, "Contents", "Commonly", "Lecturer in Management")
    assert names == []


def test_a_person_the_people_stage_lists_is_not_an_organisation() -> None:
    text = "Marta Ilvesson won the final. Ilvesson said she was tired, and Marta Ilvesson left."
    first = text.index("Marta Ilvesson")
    second = text.rindex("Marta Ilvesson")
    doc = tagged_doc(text, [(first, first + 14, "PERSON"), (second, second + 14, "ORG")])
    people, _, orgs = entities.extract(doc)
    assert any(p.name == "Marta Ilvesson" for p in people)
    assert orgs == []
