"""Review 10b, finding 4: a one-letter name left of a placeholder ('Supplier X') is never
grouped with a person whose name ends in that letter ('Malcolm X'). Sentences written here."""

from __future__ import annotations

from entity_helpers import tag_spans
from newsdesk.analysis import entities
from tagging import tagged_doc

TEXT = (
    "The council said Contractor Y repaired the bridge in May, and the city will pay it soon.\n\n"
    "Malcolm Y, the harbour historian, gave a talk on the old bridge that evening."
)


def test_a_one_letter_remainder_is_not_grouped_with_a_full_name() -> None:
    doc = tagged_doc(TEXT, tag_spans(TEXT, {r"Contractor Y": "PERSON", r"Malcolm Y": "PERSON"}))
    people, _, _ = entities.extract(doc)
    historian = [p for p in people if p.name == "Malcolm Y"]
    assert len(historian) == 1
    assert historian[0].aliases == []
    assert [m.text for m in historian[0].mentions] == ["Malcolm Y"]
