"""The clauses that put a condition on a verb: 'if the talks fail', 'unless …', 'if elected'.

One place for the if-clause tests that classify.py (hypotheticals, counterfactuals, a platform
"if elected"), phrases.py (the record's `conditional`) and learned.py (the `conditional`
feature) read, so that they cannot drift apart, each with its own test of the marker.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsdesk.analysis.commitments.lexicon import lemma
from newsdesk.analysis.deps import AUXILIARY

# The markers of a condition a record keeps as its `conditional` (guideline 9: "will strike if
# the talks fail"); "once" sets a condition in time ("once the law passes, we will …").
CONDITION_MARKS = ("if", "unless", "provided", "once")
# The markers of a condition proper, the ones a hypothetical or a counterfactual hangs on.
IF_MARKS = ("if", "unless")
# The markers of a clause that asks or supposes rather than states ("whether the president will
# agree …", "if the council approves …" holding the trigger itself): no undertaking.
OPEN_MARKS = ("whether", "if")


def marked_by(clause: Token, marks: tuple[str, ...]) -> bool:
    """The clause opens with one of `marks` ('if the talks fail', 'whether the council will …')."""
    return any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)


# The words of an "if elected," phrase the tokenizer may split ("re", "-", "elected").
ELECTED_WORDS = frozenset({"re", "-", "elected", "re-elected", "reelected"})
# "If", at most three such words, then the comma: longer, it is a clause of its own.
ELECTED_PHRASE_MAX = 3


def if_elected_phrase(clause: Token) -> Span | None:
    """'"If re-elected, we will extend …"': the parser sometimes hangs "If" on the main verb
    and the participle beside it, as if the whole clause were the condition (session 15,
    campaign); the mark opens only the phrase "if (re-)elected," before the comma: that
    phrase, comma left out, or None."""
    for mark in clause.children:
        if mark.dep_ != "mark" or mark.lower_ != "if":
            continue
        words = []
        for tok in mark.doc[mark.i + 1 : mark.i + 2 + ELECTED_PHRASE_MAX]:
            if tok.text == ",":
                break
            words.append(tok.lower_)
        else:
            continue
        if words and set(words) <= ELECTED_WORDS and any("elected" in w for w in words):
            return mark.doc[mark.i : mark.i + 1 + len(words)]
    return None


def opens_with_if_elected(clause: Token) -> bool:
    """The clause opens with an "if (re-)elected," phrase its "If" hangs on (`if_elected_phrase`)."""
    return if_elected_phrase(clause) is not None


def condition_clauses(verb: Token, marks: tuple[str, ...] = IF_MARKS) -> list[Token]:
    """The adverbial clauses of `verb` marked by one of `marks`."""
    return [c for c in verb.children if c.dep_ == "advcl" and marked_by(c, marks)]


def if_elected(clause: Token) -> bool:
    """'If elected, the party would …', 'if re-elected, we will …': a campaign's condition, which
    states a platform, not a counterfactual."""
    return clause.dep_ == "advcl" and lemma(clause) == "elect" and clause.tag_ in ("VBN", "VBD")


def counterfactual(clause: Token) -> bool:
    """'If women wanted to be appreciated …': an if-clause in the simple past (the second
    conditional), which imagines; not 'if elected', not one with a present auxiliary ('if the
    talks fail', 'if it is passed')."""
    return (
        clause.tag_ in ("VBD", "VBN")
        and not if_elected(clause)
        and not any(a.dep_ in AUXILIARY and a.tag_ in ("VBZ", "VBP", "MD") for a in clause.children)
    )
