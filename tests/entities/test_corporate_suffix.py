"""Session 26: a name one of whose forms ends with a firm's legal suffix ('Inc', 'Corp',
'N.V.', 'PLC') is a firm, whatever its other mentions look like (the Reuters gate listed
'Sedio N.V.' and 'Diamond Shamrock Corp' as people). Sentences written for these tests; the
model's tags are set on the Doc, so that each test exercises the rule and not what the small
model makes of one short text."""

from __future__ import annotations

import pytest

from entity_helpers import people_tagged


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        (
            "Orbis Data sold 200,000 shares to Velder N.V. of Lugano. Velder also has the right "
            "to buy more shares, and Velder may hold 40 pct of Orbis.",
            {"Velder N.V.": "PERSON", r"Velder(?= (also|may))": "PERSON"},
        ),
        (
            "Emerald Bayou Corp cut its crude prices by one dlr. Emerald is the third company to "
            "cut prices this week, and Emerald expects others to follow.",
            {"Emerald Bayou Corp": "PERSON", r"Emerald(?= (is|expects))": "PERSON"},
        ),
    ],
)
def test_a_name_with_a_legal_suffix_is_no_person(text: str, tags: dict[str, str]) -> None:
    assert people_tagged(text, tags) == set()
