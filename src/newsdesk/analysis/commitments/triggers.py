"""Candidate triggers: the words that could carry an undertaking, with their clause and action.

A candidate is not yet a record: classify.py decides from the parse whether the sentence states
an undertaking (who holds the clause, the subject's agency, mood, negation, forecasts).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from spacy.tokens import Span, Token

from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.deps import AUXILIARY, COMPLEMENT, PREPOSITIONAL_OBJECT
from newsdesk.labels import Strength

# The modals of a plain future undertaking ("will", "shall", compared with a token's lemma): a
# WILL trigger's own, the modal a list's lead-in ends with ("The council will:") and an item
# may say again ("- will hire …").
WILL_MODALS = frozenset({"will", "shall"})


class Kind(Enum):
    """How the trigger carries the undertaking; classify.py treats each kind by its own rules."""

    VERB = "verb"  # commit / pledge / promise / agree to …
    NOUN = "noun"  # "its pledge to protect", "reaffirmed their commitment to"
    PLAN = "plan"  # "unveiled a plan to", "the goal is to", "in a bid to"
    GOALS = "goals"  # "have been established as goals"
    WILL = "will"  # will / shall + the agent's own action
    WOULD = "would"  # "said it would open …": reported settled action
    INTENT = "intent"  # plan / intend / aim / seek / hope to; is going to; is set to
    CONSIDER = "consider"  # consider, weigh, explore the option


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token  # the word that carries the strength
    head: Token  # the verb (or noun) whose subject, holder or agent is the actor
    complement: Token | None  # the head of the action
    strength: Strength
    kind: Kind
    words: tuple[Token, ...]  # the trigger's words in the text ("committed to", "will not")


def find_triggers(sent: Span) -> list[Trigger]:
    found: list[Trigger] = []
    for tok in sent:
        trig = _candidate(tok)
        if trig is not None:
            found.append(trig)
    return found


# The unions _candidate asks of every token, made once (not once a token).
@cache
def _binding_verbs() -> frozenset[str]:
    return lexicon().commit_verbs | lexicon().agree_verbs


@cache
def _plan_nouns() -> frozenset[str]:
    return lexicon().intent_nouns | lexicon().commit_nouns


@cache
def _intent_verbs() -> frozenset[str]:
    return lexicon().intent_verbs | {"go", "set"}  # "is going to", "is set to"


def _candidate(tok: Token) -> Trigger | None:
    """The trigger `tok` carries, if any: each family's test in turn, in the rules' order."""
    lx = lexicon()
    lem = lemma(tok)
    if lem in _binding_verbs() and tok.pos_ in ("VERB", "ADJ", "AUX"):
        return _verb_trigger(tok, lem)
    if lem in lx.commit_nouns and tok.pos_ == "NOUN":
        return _noun_trigger(tok, Strength.commitment, Kind.NOUN)
    if (goals := _goals_trigger(tok)) is not None:
        return goals
    if lem in lx.intent_nouns and tok.pos_ == "NOUN":
        return _noun_trigger(tok, Strength.intention, Kind.PLAN)
    if lem in lx.purpose_nouns and tok.pos_ == "NOUN" and _in_purpose(tok):
        return _noun_trigger(tok, Strength.intention, Kind.PLAN)
    if lem in WILL_MODALS and _given_name(tok):
        return None  # "Will Hargreaves will lead …": the name, not the modal (session 19)
    if lem in WILL_MODALS and lead_in_modal(tok):
        # "The union will:" + "* strike on 1 May": the parser, reading on past the colon,
        # hangs the modal on the first item's word as a noun, or as a helper on the item's own
        # verb ("- Mayor Jane Holt will open …", whose actor is not the lead-in's); tested
        # before that helper's branch, the lead-in is the modal alone, its actor the subject
        # before it (subjects.py), its items lists.py's (session 17)
        return Trigger(tok, tok, None, Strength.commitment, Kind.WILL, (tok,))
    if lem in WILL_MODALS and tok.dep_ in ("aux", "ROOT") and tok.head.pos_ in ("VERB", "AUX"):
        return _modal_trigger(tok, Kind.WILL)
    if lem == "would" and tok.dep_ == "aux" and tok.head.pos_ in ("VERB", "AUX"):
        return _modal_trigger(tok, Kind.WOULD)
    if tok.lower_ in lx.possibility_modals and tok.dep_ == "aux" and tok.head.pos_ == "VERB":
        return _possibility_trigger(tok)
    if _arranged(tok):
        # "Apple is holding an event next month": a present progressive with a future time is
        # an arrangement the subject has made, as settled as "will"
        return Trigger(tok, tok.head, tok.head, Strength.commitment, Kind.WILL, (tok, tok.head))
    if lem == "be" and tok.lower_ in ("is", "are", "am") and tok.dep_ in ("ROOT", "ccomp", "conj"):
        return _are_to_trigger(tok)
    if lem in lx.hope_clause_verbs and (own := _own_clause_hope(tok)) is not None:
        return own
    if lem in lx.own_expectation_verbs and tok.pos_ == "VERB":
        return _own_expectation(tok)
    if lem in _intent_verbs() and tok.pos_ in ("VERB", "AUX"):
        trig = _intent_trigger(tok, lem)
        if trig is not None or lem not in lx.object_intent_verbs:
            return trig
    if lem in lx.object_intent_verbs and tok.pos_ == "VERB" and to_infinitive(tok) is None:
        return _object_intent_trigger(tok)
    if lem in lx.consider_verbs and tok.pos_ == "VERB":
        return _consider_trigger(tok, lem)
    return None


def _own_clause_hope(tok: Token) -> Trigger | None:
    """'I hope I can bring attention to …', 'the United States hopes that it can
    finish …', 'I hope that I will stay there one day': a hope whose that-clause has the hoper as
    its subject, with will or can, is the hoper's own intention; 'I hope the developers will fix
    them' (another subject) stays a wish about others."""
    if tok.pos_ != "VERB":
        return None
    own = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > tok.i
        ),
        None,
    )
    if own is None or clause is None:
        return None
    theirs = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    modal = any(
        c.dep_ == "aux" and c.lower_ in lexicon().own_clause_modals for c in clause.children
    )
    if theirs is None or not modal or not _same_subject(own, theirs):
        return None
    return Trigger(tok, tok, clause, Strength.intention, Kind.INTENT, (tok,))


# the clauses that state something (the sentence's own, a reported one, a coordinated one),
# not one that describes a noun (a relative clause) or sets a circumstance (an adverbial one)
STATED_CLAUSES = ("ROOT", "ccomp", "conj")


def _own_expectation(tok: Token) -> Trigger | None:
    """'We expect to iterate on the license', 'he expects to wring $300 million from the
    merger': the subject expects its own act (a to-infinitive with no object of the verb between
    them, the subject the infinitive's), stated in the present, active: its plan. Not 'is expected
    to' (someone else's forecast: a passive), not 'expected to' (a past state of mind), not
    'expects the firm to' (about another), not 'can expect to pay' (a modal: advice or a
    forecast). Nor what befalls the subject, a forecast about itself (guideline 2): a passive
    infinitive ('expects to be sued'), an outcome verb ('expects to lose $200 million', 'to
    remain in hospital', 'to face a recall vote') or a result to report ('expects to report a
    loss'); the verbs are listed in the data file, every other verb is read as an act."""
    if tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in AUXILIARY for c in tok.children):
        return None
    if tok.dep_ not in STATED_CLAUSES or any(c.dep_ == "advcl" for c in tok.children):
        return None  # "the playthrough I expect to do", "if warm enough I expect to wear …"
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    comp = to_infinitive(tok)
    if comp is None or comp.dep_ != "xcomp" or comp.i < tok.i:
        return None
    if any(c.dep_ == "dobj" and c.i < comp.i for c in tok.children):
        return None
    if _befalls(comp):
        return None
    return Trigger(tok, tok, comp, Strength.intention, Kind.INTENT, (tok, *_to_of(comp)))


def _befalls(comp: Token) -> bool:
    """The expected infinitive is something that happens to its subject, not its act: a
    passive ('to be sued'), an outcome verb ('to lose', 'to remain', 'to face'; of
    `transitive_act_verbs` only with no direct object: 'to grow', not 'to grow its workforce')
    or a result reported ('to report a loss', 'to post a profit')."""
    lx = lexicon()
    lem = lemma(comp)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in comp.children):
        return True
    if lem in lx.expectation_outcome_verbs:
        # "to grow" befalls the firm; "to grow its workforce" is its act
        return not (lem in lx.transitive_act_verbs and any(c.dep_ == "dobj" for c in comp.children))
    return lem in lx.result_verbs and any(
        c.dep_ == "dobj" and lemma(c) in lx.result_nouns for c in comp.children
    )


def _same_subject(own: Token, theirs: Token) -> bool:
    """'I … I', 'we … we', or a name or noun taken up by it/they/he/she."""
    if own.pos_ == "PRON":
        return own.lower_ == theirs.lower_ and own.lower_ in ("i", "we")
    return theirs.lower_ in lexicon().anaphors


def _goals_trigger(tok: Token) -> Trigger | None:
    """'have been established as goals': the goals a verb of setting names."""
    lx = lexicon()
    if tok.lower_ in lx.goal_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
        if lemma(verb) in lx.set_verbs and verb.tag_ == "VBN":
            return Trigger(tok, verb, None, Strength.commitment, Kind.GOALS, (verb, tok.head, tok))
    return None


def _given_name(tok: Token) -> bool:
    """'Will Smith will star …', 'Will Hargreaves said he will …': a capitalised 'Will' the
    parse reads as a name (a proper noun, part of a name or a subject), or as a helper that no
    modal can be, before a name: its verb has a second modal or is finite ('said')."""
    if tok.text != "Will":
        return False
    if tok.pos_ == "PROPN" or tok.dep_ in ("compound", "nsubj", "nsubjpass", "appos"):
        return True
    doc, verb = tok.doc, tok.head
    return (
        tok.i + 1 < len(doc)
        and doc[tok.i + 1].pos_ == "PROPN"
        and (
            verb.tag_ in ("VBD", "VBZ")
            or any(c.dep_ == "aux" and c.tag_ == "MD" and c.i != tok.i for c in verb.children)
        )
    )


def lead_in_modal(tok: Token) -> bool:
    """'The council will:' at the end of its line: a modal left without its verb before a colon
    that ends the line (the items follow, one a line)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    return tok.i + 2 >= len(doc) or "\n" in doc[tok.i + 1].whitespace_ + doc[tok.i + 2].text


def _modal_trigger(tok: Token, kind: Kind) -> Trigger | None:
    """'will build', 'would open', 'will not raise': the modal and its verb (and a 'not' after
    the modal); none when the verb carries its own strength."""
    verb = tok.head
    if _is_own_trigger(verb):
        return None  # "will consider", "will look to" are graded by their own verb
    neg = tuple(c for c in verb.children if c.dep_ == "neg" and c.i > tok.i)
    return Trigger(tok, verb, verb, Strength.commitment, kind, (tok, *neg))


def _possibility_trigger(tok: Token) -> Trigger | None:
    """'The group said it may buy more shares', 'they said they might sell': an actor's own
    stated possibility, a consideration (guideline 6: may/could only when they state the actor's
    own stance; session 27). The clause's subject is a pronoun that takes up the one who speaks
    (`own_stance_pronouns`; 'analysts said the firm may be sold' is another's view, 'shares may
    rise' a forecast); read as a reported *would* (`Kind.WOULD`: outside reported speech or
    quotation marks it is a hypothetical). Not a passive ('it may be sold'), a negated act
    ('may not proceed'), what befalls the subject ('may report a loss', 'may lose', `_befalls`)
    nor a verb that carries its own strength ('may consider')."""
    verb = tok.head
    if _is_own_trigger(verb) or _befalls(verb):
        return None
    if any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in lexicon().own_stance_pronouns:
        return None
    return Trigger(tok, verb, verb, Strength.consideration, Kind.WOULD, (tok,))


def _arranged(tok: Token) -> bool:
    """'is holding an event next month': a present progressive with a future time."""
    return (
        lemma(tok) == "be"
        and tok.dep_ == "aux"
        and tok.lower_ in ("is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m")
        and tok.head.tag_ == "VBG"
        and tok.head.pos_ == "VERB"
        and _future_time(tok.head)
        and not _is_own_trigger(tok.head)
    )


def _are_to_trigger(tok: Token) -> Trigger | None:
    """'Two cities are to ban …': a settled plan, as firm as "will"."""
    comp = to_infinitive(tok)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if (
        comp is not None
        and subj is not None
        and lemma(subj) not in _plan_nouns()
        and not any(c.dep_ in ("acomp", "attr") for c in tok.children)
    ):  # not "It is important to recognise …": the infinitive belongs to the adjective
        return Trigger(tok, comp, comp, Strength.commitment, Kind.WILL, (tok, *_to_of(comp)))
    return None


def _object_intent_trigger(tok: Token) -> Trigger | None:
    """An intention whose object is the action, in a finite verb."""
    obj = next(
        (c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")),
        None,
    )
    finite = (
        tok.tag_ in ("VBZ", "VBP", "VBD")
        or (tok.tag_ == "VBG" and any(c.dep_ == "aux" and lemma(c) == "be" for c in tok.children))
        or (tok.tag_ == "VBN" and any(c.dep_ == "aux" and _have(c) for c in tok.children))
    )  # "is seeking pacts", "have planned things"; not "easy to plan lessons", "planning a trip"
    if obj is not None and finite and not any(c.dep_ == "prt" for c in tok.children):
        # "is seeking pacts", "wants cooperation", "plan air bag ads"; not "sought out"
        aux = tuple(c for c in _be_words(tok) if c.dep_ == "aux")
        return Trigger(tok, tok, obj, Strength.intention, Kind.INTENT, (*aux, tok))
    return None


def _consider_trigger(tok: Token, lem: str) -> Trigger | None:
    """'is considering a sale', 'weighs an offer', 'explore the option of …'."""
    lx = lexicon()
    if any(c.dep_ == "prt" for c in tok.children):
        return None  # "weigh in", "look into": another verb
    obj = next(
        (c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass")),
        None,
    )
    if obj is None:
        # "I would consider, above all, getting a Mac": the small model hangs the gerund weighed
        # on the verb as an adverbial clause when words come between them (review 14, 4)
        obj = next(
            (
                c
                for c in tok.children
                if c.dep_ == "advcl"
                and c.tag_ == "VBG"
                and c.i > tok.i
                and not any(m.dep_ == "mark" for m in c.children)
            ),
            None,
        )
    if lem == "weigh" and any(t.ent_type_ == "QUANTITY" for t in tok.subtree if t.i > tok.i):
        return None  # "weighs under three pounds": its weight, not weighing an option
    if lem in lx.option_verbs and (obj is None or lemma(obj) not in lx.possibility_nouns):
        return None  # analysing data or exploring a city is not weighing an option
    if obj is None and not any(c.dep_ in ("prep", "agent") for c in tok.children):
        return None
    aux = tuple(_be_words(tok))
    return Trigger(tok, tok, obj, Strength.consideration, Kind.CONSIDER, (*aux, tok))


def _verb_trigger(tok: Token, lem: str) -> Trigger | None:
    lx = lexicon()
    if any(c.dep_ == "auxpass" for c in tok.children) and lem != "commit":
        return None  # "it is guaranteed that", "be undertaken": nobody binds itself
    if lem in lx.infinitive_only_verbs:
        comp = to_infinitive(tok)  # "offered to fly", "threatened to use", "decided to hold"
    else:
        comp = complement(tok, views_too=lem not in lx.agree_verbs)
    if comp is None and lem not in lx.infinitive_only_verbs:
        # "pledged 500 million euros", "agreed a deal": the object is the action
        comp = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if comp is None:
            return None
        if lem in lx.agree_verbs:
            if lemma(comp) not in lx.deal_nouns:
                return None
        elif not _undertaken_object(tok, comp):
            return None
    if comp is None:
        return None
    words = [tok]
    words += _be_words(tok)
    words += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i < comp.i]
    words += [
        a for a in comp.children if a.dep_ == "aux" and a.lower_ == "to" and a.i == comp.i - 1
    ]
    return Trigger(tok, tok, comp, Strength.commitment, Kind.VERB, tuple(sorted(words, key=_i)))


def _undertaken_object(verb: Token, obj: Token) -> bool:
    """'promised an amnesty', 'pledged support'; not 'committed three errors' (round 12a: the
    shortcut for money and listed objects, on no page of the pool, is gone)."""
    progressive = verb.tag_ == "VBG"  # "is promising space for five": a description
    return lemma(verb) in lexicon().object_pledge_verbs and not progressive


def _future_time(verb: Token) -> bool:
    """A time ahead among the verb's own modifiers: 'next month', 'on Friday', 'later this
    year', 'tomorrow' (not 'last week', not a time inside its object)."""
    lx = lexicon()
    for child in verb.children:
        if child.dep_ not in ("npadvmod", "prep", "advmod"):
            continue
        words = {t.lower_ for t in child.subtree}
        if words & lx.past_words:
            continue
        if words & lx.future_words or (child.dep_ == "prep" and not words.isdisjoint(lx.weekdays)):
            return True
    return False


def to_infinitive(tok: Token) -> Token | None:
    """The 'to' infinitive a word takes as its complement ("offered to fly", "expects to
    iterate", "are to ban", a promised clause's "is to be spent"), or None."""
    return next(
        (
            c
            for c in tok.children
            if c.dep_ in COMPLEMENT
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _to_of(comp: Token) -> tuple[Token, ...]:
    return tuple(a for a in comp.children if a.dep_ == "aux" and a.lower_ == "to")


def _is_own_trigger(verb: Token) -> bool:
    """A verb after will/would that carries its own strength ("will consider the offer", "will
    plan to"); "shall review the permit" is no consideration, so "shall" carries it."""
    lem = lemma(verb)
    if lem in WILL_MODALS or lem == "would":
        return False
    return _candidate(verb) is not None


def _noun_trigger(tok: Token, strength: Strength, kind: Kind) -> Trigger | None:
    """'its pledge to protect', 'an offer to provide', 'unveiled a plan to', 'the goal is to'."""
    lx = lexicon()
    into = tok.dep_ == "pobj" and tok.head.lower_ == "into" and lemma(tok) in lx.agreement_nouns
    if (
        tok.dep_ == "pobj"
        and not (kind is Kind.PLAN and tok.head.lower_ in ("in", "with"))
        and not into  # "has entered into an agreement to acquire …"
        and not (kind is Kind.PLAN and _held(tok))  # "in favour of his plans for a …"
    ):
        return None  # "following through on its promise": a promise talked about, not made
    if lemma(tok) in lx.agreement_nouns and tok.dep_ != "dobj" and not into:
        return None  # "The deal to buy X values it at …": the deal talked about, not made
    comp = _noun_action(tok, kind)
    if comp is None:
        return None
    if kind is Kind.NOUN and comp.pos_ != "VERB" and lemma(tok.head) not in lx.reaffirm_verbs:
        return None  # "a commitment to the region" without an action or a verb that makes it
    head = tok.head if tok.dep_ in ("dobj", "attr", "pobj") else tok
    if into:
        head = tok.head.head  # "entered into an agreement": who entered
    if tok.dep_ == "dobj" and lemma(head) in lx.reaffirm_verbs:
        return Trigger(tok, head, comp, strength, kind, (head, tok))  # "reiterated … commitment"
    return Trigger(tok, head, comp, strength, kind, (tok,))


def _in_purpose(noun: Token) -> bool:
    """'… in an effort to cut costs': the noun as the object of 'in', the purpose the subject
    acts for, as 'in a bid to' is (session 32); not 'appreciate the effort to …', 'their
    efforts to …' told about."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _held(noun: Token) -> bool:
    """A plan noun with its holder as possessor ('his plans for a referendum', 'the
    government's intention to sell'): the holder's plan wherever the noun stands, the object of
    a preposition included ('voted in favour of his plans for …'; session 32). Not a pledge
    noun: 'is not following through on its promise to …' judges a promise, kept or broken."""
    return any(c.dep_ == "poss" for c in noun.children)


def _for_object(noun: Token) -> Token | None:
    """The object of `noun`'s "for" ("plans for a new plant", "an offer for the company")."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None


def _noun_action(tok: Token, kind: Kind) -> Token | None:
    """The action of a pledge or plan noun: its to-infinitive ('pledge to protect'), the object
    of 'to' or 'of' ('commitment to strengthening', 'with a goal of doing'), what a holder's or a
    disclosed plan is for, the copula's complement ('the goal is to get'), or the clause a vow
    promises."""
    lx = lexicon()
    comp = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("acl", "relcl", "xcomp")
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if comp is None:
        for c in tok.children:  # "commitment to strengthening", "with a goal of doing"
            if c.dep_ == "prep" and (c.lower_ == "to" or (c.lower_ == "of" and kind is Kind.PLAN)):
                comp = next((g for g in c.children if g.dep_ in PREPOSITIONAL_OBJECT), None)
                if comp is not None and (
                    comp.pos_ == "VERB" or (kind is Kind.NOUN and c.lower_ == "to")
                ):
                    break
                comp = None
    if comp is None and lem_plan(tok) and any(c.dep_ == "poss" for c in tok.children):
        # "his plans for a referendum": a plan of a named holder
        comp = _for_object(tok)
    if (
        comp is None
        and lem_plan(tok)
        and tok.dep_ == "dobj"
        and lemma(tok.head) in lx.disclosure_verbs
        and tok.tag_ == "NNS"
    ):
        # "The band unveiled its plans", "announced plans for a new plant": plans made known,
        # their content (a "for" object) or the plans themselves the action
        content = _for_object(tok)
        comp = tok if content is None else content
    if (
        comp is None
        and kind is Kind.NOUN
        and lemma(tok) in lx.bid_nouns
        and tok.dep_ == "dobj"
        and lemma(tok.head) in lx.bid_verbs
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.head.children)
    ):
        # "is making a tender offer for 33 mln shares", "launched an offer for the company":
        # the offer made binds its maker to buy what its "for" names (session 27); not one
        # told in the past perfect ("had made an offer for X when it was sold"), history
        comp = _for_object(tok)
    if comp is None and tok.dep_ in ("nsubj", "attr"):
        # "the goal is to get", "our aim is to reduce": the complement of the copula
        cop = tok.head
        if lemma(cop) == "be":
            comp = next(
                (
                    c
                    for c in cop.children
                    if c.dep_ in ("xcomp", "ccomp", "attr") and c.pos_ == "VERB"
                ),
                None,
            )
    if comp is None and kind is Kind.NOUN:
        # "his vow that there would be no Palestinian state": the clause promised
        comp = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and any(lemma(a) in ("will", "would", "shall") for a in c.children)
            ),
            None,
        )
    return comp


CLITIC_MARKS = ("'", "’")


def _be_words(tok: Token) -> list[Token]:
    """The auxiliary "be" of a trigger ("is going to", "are committed to"), as trigger words;
    a contracted one ("we’re going to", "she’s planning to") is left out: the trigger starts at
    "going", and a reader is not shown "’re going to" (session 12)."""
    return [
        c
        for c in tok.children
        if c.dep_ in AUXILIARY and lemma(c) == "be" and not c.text.startswith(CLITIC_MARKS)
    ]


def _have(aux: Token) -> bool:
    """'has', 'have', "'ve" (which the model may split into "'" and "ve")."""
    return lemma(aux) == "have" or aux.lower_ in ("'ve", "’ve", "ve", "have", "has", "had")


def lem_plan(tok: Token) -> bool:
    return lemma(tok) == "plan"


def _intent_trigger(tok: Token, lem: str) -> Trigger | None:
    comp = next(
        (
            c
            for c in tok.children
            if c.dep_ == "xcomp"
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    progressive = any(c.dep_ == "aux" and lemma(c) == "be" for c in tok.children)
    if comp is None and lem in lexicon().gerund_intent_verbs:
        # "we plan on opening a store", "I don't plan on using it": the gerund after "on"
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        gerund = next(
            (g for g in (prep.children if prep is not None else ()) if g.tag_ == "VBG"), None
        )
        if prep is not None and gerund is not None:
            aux = _be_words(tok)
            return Trigger(
                tok, tok, gerund, Strength.intention, Kind.INTENT,
                tuple(sorted([*aux, tok, prep], key=_i)),
            )  # fmt: skip
    if comp is None:
        if lem == "work" and progressive:  # "is working toward a deal"
            prep = next((c for c in tok.children if c.lower_ in ("toward", "towards")), None)
            if prep is not None and (pobj := next(iter(prep.children), None)) is not None:
                return Trigger(tok, tok, pobj, Strength.intention, Kind.INTENT, (tok, prep))
        return None
    will = any(c.dep_ == "aux" and lemma(c) in WILL_MODALS for c in tok.children)
    if lem == "go" and not (progressive and tok.tag_ == "VBG"):
        return None  # only "is going to"
    if lem in lexicon().progressive_intent_verbs and not (
        (progressive and tok.tag_ == "VBG") or will
    ):
        return None  # only "is looking to", "will look to", "is trying to": not a habit
    if will and lem in lexicon().modal_covered_verbs:
        return None  # "will continue to": the modal's record (a commitment), not a second one
    if lem == "like" and not any(c.lower_ in ("would", "'d") for c in tok.children):
        return None  # only "would like to"
    if lem == "set" and not (
        tok.tag_ == "VBN" and any(c.dep_ in AUXILIARY and lemma(c) == "be" for c in tok.children)
    ):
        return None  # only "is set to"
    if lem not in _intent_verbs():
        return None
    if any(c.dep_ == "dobj" and c.i < comp.i for c in tok.children):
        return None  # "wants the council to act", "intended it to be": a wish about another
    aux = _be_words(tok)
    to = [a for a in comp.children if a.dep_ == "aux" and a.lower_ == "to"]
    return Trigger(
        tok, tok, comp, Strength.intention, Kind.INTENT, tuple(sorted([*aux, tok, *to], key=_i))
    )


def complement(tok: Token, *, views_too: bool = True) -> Token | None:
    """The action: 'commit to establishing X' -> establishing; 'agreed to strengthen' -> strengthen.

    With `views_too=False` only a to-infinitive is an action: a clause is the view agreed with
    ("agreed that the situation was serious", "I agree, exercise won't undo the damage").
    """
    for child in tok.children:
        if child.dep_ in COMPLEMENT and child.pos_ in ("VERB", "AUX") and child.i > tok.i:
            # the action follows its trigger ("I know X …, but I agree": X is no action)
            if not views_too and not _to_of(child):
                continue
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "toward", "towards"):
            for grand in child.children:
                if grand.dep_ in PREPOSITIONAL_OBJECT:
                    return grand
    return None


def _i(tok: Token) -> int:
    return int(tok.i)
