"""Session 23, fixes: a stage name whose first word is a title ('Lady Gaga'), and a full name
whose given name no list holds, completed by the surname the model tags a person alone later
('Elon Musk ... Musk said'). Each with sentences where nothing must change. Sentences written
for these tests."""

from __future__ import annotations

from entity_helpers import brief_of
from newsdesk.model import Analysis, Person


def _person(brief: Analysis, name: str) -> Person | None:
    return next((p for p in brief.people if p.name == name), None)


def _mentions(brief: Analysis, name: str) -> list[str]:
    person = _person(brief, name)
    assert person is not None, [p.name for p in brief.people]
    return [m.text for m in person.mentions]


def test_a_stage_name_that_opens_with_a_title_is_the_whole_name() -> None:
    brief = brief_of("Lady Gaga said she would tour Europe next spring.")
    person = _person(brief, "Lady Gaga")
    assert person is not None, [(p.name, p.role) for p in brief.people]
    assert person.role is None
    assert [c.actors for c in brief.commitments] == [["Lady Gaga"]]


def test_a_title_before_a_given_name_or_surname_stays_a_title() -> None:
    for text, name, role in (
        ("Prince Charles said he would plant an oak in the park.", "Charles", "Prince"),
        ("Queen Elizabeth said she would visit Canada in June.", "Elizabeth", "Queen"),
        ("Lady Mary Fairfax said she would sell the house.", "Mary Fairfax", "Lady"),
        ("President Bush said he would veto the bill.", "Bush", "President"),
    ):
        brief = brief_of(text)
        person = _person(brief, name)
        assert person is not None, (text, [(p.name, p.role) for p in brief.people])
        assert person.role == role, text


def test_a_title_before_a_noun_or_alone_is_no_person() -> None:
    for text in (
        "Lady Justice stands outside the court.",
        "The Queen said she would visit Canada in June.",
    ):
        assert brief_of(text).people == [], text


def test_a_surname_tagged_alone_later_completes_an_untagged_full_name() -> None:
    brief = brief_of("Elon Musk runs Tesla. Musk said the cars would ship in May.")
    assert _mentions(brief, "Elon Musk") == ["Elon Musk", "Musk"]


def test_no_full_name_where_the_surname_is_never_a_person_alone() -> None:
    # the words before a place's or a firm's name, which the model never tags a person alone
    brief = brief_of("Banco Santander posted a profit. Santander said it would hire staff.")
    assert brief.people == [], [p.name for p in brief.people]
