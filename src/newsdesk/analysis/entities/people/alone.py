"""(Round 13) Contexts that show a one-word name is a person's, read before a filter drops it;
products, firms and places do not take them. A kin noun with its possessor right before the
name ('his wife Kali', 'my friend Ben'): the place filter (`document.types`, a name the
gazetteer knows) spares it (the lone-word filter already keeps it: the kin noun is its role).
The actor's full name in brackets right after a character's ('biker Ray (Alexander
Skarsgård)'): the lone-word filter (`grouping`) and the evidence (`evidence`) keep it."""

from __future__ import annotations

from spacy.tokens import Doc

from newsdesk.analysis.entities.spans import POSSESSIVE_MARKS, NameSpan
from newsdesk.analysis.entities.words import KIN_NOUNS, POSSESSIVES

# An actor's name in brackets has two words at least ('Alexander Skarsgård'): one word ('(Lee)')
# may be a surname met before, a code or a firm ('Pierre (eBay)').
_MIN_ACTOR_WORDS = 2


def kin_named(doc: Doc, span: NameSpan) -> bool:
    """'his wife Kali', 'my friend Ben', "Eric's wife Kali": a kin noun right before the
    name, its possessor (a possessive pronoun or a possessive ending) right before that; the
    name is capitalised and on the same line. A firm or a place is nobody's wife or friend."""
    k = span.start
    if k < 2 or not doc[k].text[:1].isupper():
        return False
    kin, owner = doc[k - 1], doc[k - 2]
    return (
        kin.lower_ in KIN_NOUNS
        and kin.text.islower()
        and "\n" not in kin.whitespace_
        and (owner.lower_ in POSSESSIVES or owner.text in POSSESSIVE_MARKS)
    )


def played_by(doc: Doc, span: NameSpan) -> bool:
    """'Ray (Alexander Skarsgård)': a name right before brackets that hold nothing but a
    person's full name the model tagged, the way reviews and credits give a character and
    the actor who plays it."""
    k = span.end
    if k + 1 >= len(doc) or doc[k].text != "(":
        return False
    close = next((i for i in range(k + 1, min(len(doc), k + 6)) if doc[i].text == ")"), None)
    if close is None or close - (k + 1) < _MIN_ACTOR_WORDS:
        return False
    inside = doc[k + 1 : close]
    return all(t.ent_type_ == "PERSON" for t in inside) and inside[0].ent_iob_ == "B"
