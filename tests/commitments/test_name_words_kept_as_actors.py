"""Session 23, fixes (after the lead's review): a surname that is an English word, where the
people stage lists only the full name, stays the actor ('Wood will sign'); a firm's name that is
also a person's given name, said to act as a firm, stays the organisation and the actor ('Apple
said it would'). Rules tried this session that broke both were removed; these sentences must
keep the output the code had before them. Sentences written for these tests."""

from __future__ import annotations

import newsdesk
from commitment_helpers import actors_of


def test_a_word_surname_of_a_full_name_stays_the_actor() -> None:
    text = "Mark Wood bowls fast. Wood will sign a new contract next week."
    assert actors_of(text, "sign") == ["Mark Wood"]


def test_a_firm_named_like_a_given_name_stays_the_organisation_and_actor() -> None:
    text = "Apple Martin attended the show. Apple said it would cut prices on the iPhone."
    brief = newsdesk.analyze(text, clean=False)
    assert "Apple" in [o.name for o in brief.organizations]
    assert actors_of(text, "would") == ["Apple"]
