"""Session 23 (fade): a verb of what grows less or goes away by itself ('fade', 'wane',
`waning_verbs`) makes no undertaking whoever the subject, a name that is also an English noun
('Hope', 'Grace', 'Faith') included; the verb decides, not the word. With an object the verb is
an act, and other verbs keep their records. Sentences written for these tests."""

from __future__ import annotations

import pytest

from commitment_helpers import actors_of, found


@pytest.mark.parametrize(
    "text",
    [
        "Carla Hope runs the shelter. She spoke on Monday. Hope will fade if the talks fail.",
        "Grace will fade as the winter goes on.",
        "Faith will wane when the money runs out.",
        "Support for the strike will dwindle by Friday.",
        "The protests will peter out before the vote.",
        "Tom Faith runs the club. Faith will fade away if the club loses again.",
        "Anna Joy owns the bakery. Joy will dwindle as the rent goes up.",
        "The union said the dispute would fizzle out within a week.",
        "Public interest is going to fade after the election.",
    ],
)
def test_a_waning_verb_makes_no_undertaking(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Neil Young plays guitar. Young will step down as chair.", "Young"),
        ("Ann Rich runs the bank. Rich will step down in June.", "Rich"),
        ("Carla Hope will open a second shelter in May.", "Carla Hope"),
    ],
)
def test_a_name_word_subject_of_another_verb_keeps_its_record(text: str, actor: str) -> None:
    assert actors_of(text, "will") == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "The council will grow the fund to ten million dollars.",
        "The agency will diminish the risk by closing the old bridge.",
    ],
)
def test_a_waning_verb_with_an_object_or_another_verb_keeps_its_record(text: str) -> None:
    assert len(found(text)) == 1


def test_prices_that_rise_are_no_undertaking() -> None:
    assert found("Prices will rise next year.") == []


def test_a_word_surname_with_a_deciding_verb_stays_the_actor() -> None:
    assert actors_of("Mark Wood bowls fast. Wood will sign a new contract next week.", "sign") == [
        "Mark Wood"
    ]
