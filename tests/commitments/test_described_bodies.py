"""Session 14, actors: a definite description of a body ("the band", "the committee") is the body
it was identified as earlier in the article: the name it was last resolved to, or the members
listed beside it, when no body whose name holds the noun is named in guideline 10's reach."""

from __future__ import annotations

from typing import Any

import newsdesk


def _commitments(text: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = newsdesk.analyze(text, clean=False).to_dict()["commitments"]
    return records


def _one(text: str, word: str) -> dict[str, Any]:
    found = [c for c in _commitments(text) if word in c["action"]]
    assert len(found) == 1, found
    return found[0]


# Two sentences with no organisation in them: they put the first mention out of guideline 10's
# reach (the description's sentence and the one before).
FILLER = (
    "The weather on the coast was mild for the time of year. "
    "Crowds gathered along the river long before noon."
)


def test_description_out_of_reach_keeps_the_body_it_was_resolved_to() -> None:
    text = (
        "Brightwater Capital opened an office in Dunmore on Friday. "
        "The firm will hire 40 analysts this year. "
        f"{FILLER} "
        "The firm will also open a branch in Leeds in the autumn."
    )
    record = _one(text, "branch")
    assert record["actors"] == ["Brightwater Capital"]


def test_description_never_resolved_stays_nobody() -> None:
    text = (
        "Brightwater Capital opened an office in Dunmore on Friday. "
        f"{FILLER} "
        "The firm will also open a branch in Leeds in the autumn."
    )
    record = _one(text, "branch")
    assert record["actors"] == []


def test_description_stands_for_the_members_listed_beside_it() -> None:
    text = (
        "Talks were held on Monday with the committee -- Norway , Chile , Ghana and Kenya -- in "
        "Geneva . Its staff work from the offices of the Ocean Trust. "
        "The committee will publish its findings in June."
    )
    record = _one(text, "publish")
    assert record["actors"] == ["Norway", "Chile", "Ghana", "Kenya"]


def test_body_in_reach_whose_name_holds_the_noun_comes_first() -> None:
    text = (
        "Brightwater Capital opened an office in Dunmore on Friday. "
        "The firm will hire 40 analysts this year. "
        f"{FILLER} "
        "Castell Firm Holdings signed a lease on Monday. "
        "The firm will also open a branch in Leeds in the autumn."
    )
    record = _one(text, "branch")
    assert record["actors"] == ["Castell Firm Holdings"]
