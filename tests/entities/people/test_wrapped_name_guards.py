"""Session 18 fix round: where the wrapped-name rule ('Ken\\nGreen', one name over a line break)
must not fire, and no person's name holds a line break. Sentences written for these tests; the
model's labels are set on the Doc (`only_tagged_doc`), as the small model tags such lines."""

from __future__ import annotations

from newsdesk.analysis import entities
from tagging import only_tagged_doc


def _names(text: str, tags: dict[str, str]) -> set[str]:
    people, _, _ = entities.extract(only_tagged_doc(text, tags))
    return {p.name for p in people}


def _no_break_in(names: set[str]) -> None:
    assert not [n for n in names if "\n" in n]


def test_a_list_of_towns_one_a_line_is_no_wrapped_name() -> None:
    # the first town is also a given name; the entity runs over three lines
    text = "Stops on the coach route:\nChester\nPreston\nLincoln\nThe coach leaves at nine.\n"
    names = _names(text, {"Chester\nPreston\nLincoln": "PERSON"})
    _no_break_in(names)
    assert not [n for n in names if "Chester" in n and "Preston" in n]


def test_a_line_up_of_one_name_a_line_gives_no_name_over_the_lines() -> None:
    text = "Squad for Saturday:\nTaylor\nMorgan\nRiley\nParker\nKick-off is at three.\n"
    names = _names(text, {"Taylor\nMorgan\nRiley\nParker\n": "PERSON"})
    _no_break_in(names)
    assert "Taylor Morgan" not in names
    # two lines of one word each are a list too, not a given name wrapped
    text = "Squad for Saturday:\nTaylor\nMorgan\n\nKick-off is at three.\n"
    assert "Taylor Morgan" not in _names(text, {"Taylor\nMorgan": "PERSON"})


def test_a_given_name_before_a_full_name_on_the_next_line_is_not_its_first_word() -> None:
    # 'Simon Rattle' opens a name of its own: 'Paul' is not his given name
    text = "Chaired by Paul\nSimon Rattle, the panel met on Monday. Rattle spoke first."
    names = _names(text, {"Paul\nSimon Rattle": "PERSON", "Rattle(?= spoke)": "PERSON"})
    assert "Simon Rattle" in names
    assert not [n for n in names if "Paul" in n]


def test_a_name_wrapped_before_a_lower_case_word_is_still_one_person() -> None:
    # the guards above leave the rule its case: a given name last on its line, the surname
    # then the sentence going on
    text = "The award went to Carson\nWhitlowe who thanked the crew at the ceremony."
    assert "Carson Whitlowe" in _names(text, {"Carson\nWhitlowe": "PERSON"})
