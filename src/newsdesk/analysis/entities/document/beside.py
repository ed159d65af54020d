"""People the model took for organisations or products: a name joined to a person's full name
('Marcel Granollers and Feliciano Lopez') or on the other side of the same verb."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.entities.people.tree import span_root
from newsdesk.analysis.entities.spans import NameSpan

# A person the model took for an organisation or a product is named in full: two or three words.
PERSON_WORDS = (2, 3)
# Relations that pair a name with a person's: coordination, and the two sides of one verb.
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj")


def beside_person(doc: Doc, span: NameSpan, full_names: set[int]) -> bool:
    """'Marcel Granollers and Feliciano Lopez', 'Vasek Pospisil edged Reilly Opelka': the name is
    joined by 'and' to a person's full name, or is the other side of a verb whose subject or
    object is one (`full_names`: the tokens of names the model tagged as people, in full)."""
    root = span_root(doc, span)
    pairs = [(root.head, root)] if root.dep_ == "conj" else []
    pairs += [(root, c) for c in root.children if c.dep_ == "conj"]
    for first, second in pairs:
        between = doc[min(first.i, second.i) + 1 : max(first.i, second.i)]
        joined = any(t.lower_ in ("and", "&") for t in between) and not any(
            t.text == "," for t in between
        )
        if joined and (first.i in full_names or second.i in full_names):
            return True
    if root.dep_ not in ("nsubj", "dobj") or root.head.pos_ != "VERB":
        return False
    verb = root.head
    others = [c for c in verb.children if c.i != root.i and c.dep_ in _ARGUMENTS]
    others += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.i in full_names for o in others)
