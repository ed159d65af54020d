"""Session 32 (docs/history/session32-cactor.md): a company the small model left untagged, read
from its legal form ("Marlow Eastern Corp", `names.untagged_firms`), is an organisation the
later "the company" / "it" may stand for; before, they went to another firm named in reach, the
only one the model tagged. Sentences written for these tests; names invented."""

from __future__ import annotations

import pytest

from commitment_helpers import found
from newsdesk.analysis.nlp import load_model, model_name


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("HOUSTON, March 3 - Marlow Eastern Corp said it agreed to sell its pipeline unit to "
         "Brentford Gas Corp for 40 mln dlrs.\nThe company said it would use the proceeds to cut "
         "debt.", "Marlow Eastern Corp"),
        ("DENVER, May 9 - Halvern Mining Inc said it had sold its smelter to Orrin Metals Corp.\n"
         "The company said it would close two mines next year.", "Halvern Mining Inc"),
        ("TORONTO, June 2 - Keswick Northern Ltd said it agreed to buy a stake in Dunmore Energy "
         "Corp.\nThe company said it would pay cash.", "Keswick Northern Ltd"),
    ],
)  # fmt: skip
def test_the_company_is_the_untagged_firm_that_speaks(text: str, firm: str) -> None:
    later = [r for r in found(text) if r.trigger == "would"]
    assert [r.actors for r in later] == [[firm]]


def test_a_legal_form_alone_or_hyphenated_names_no_firm() -> None:
    from newsdesk.analysis.commitments.names import untagged_firms  # session 32's

    doc = load_model(model_name(None))(
        "Brightwell Co-Founder Sam Reed said the Co would pay. Brentford Gas Corp agreed."
    )
    spans = untagged_firms(doc)
    assert not any("Co" in s.text.split() or "Co-" in s.text for s in spans), spans
    # a firm the model tags stays the model's one span, not a second
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    assert not any(e.start < s.end and s.start < e.end for s in spans for e in orgs), spans
