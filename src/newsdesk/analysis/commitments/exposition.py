"""The writer about the text itself (guideline 12): 'in this guide we'll explore …', 'I'll walk
you through …' describe the text, not an action in the world."""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.analysis.commitments.attribution import in_quotes, writer_voice
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.timex import candidate_time
from newsdesk.analysis.commitments.triggers import WILL_MODALS, Kind, Trigger


def about_the_text(trig: Trigger, subj: Token) -> bool:
    """Guideline 12: 'in this guide we'll explore …', 'I'll walk you through …', 'as we'll see
    below' describe the text, not an action in the world. Evidence from the parse: the writer's
    voice, and either the text named as the place of the action ('in this article', 'in this
    beginner's guide', 'below', a sentence opening 'Here'/'Later,'/'Next,'), a verb of exposition
    addressed to the reader ('show you', 'share with you'), a verb only texts do ('we will cover
    the basics', 'we'll explore what defines …', 'we will focus on the forces'), or one that hands
    the reader information ('we will give a bit of info', 'provide you with practical tips'),
    or a verb of exposition beside an instruction to the reader ('Read on, as we will explain
    …': `_beside_an_instruction`, outside quotation marks; `writer_voice` may take the imperative
    for a speech verb)."""
    lx = lexicon()
    if (
        subj.lower_ in lx.first_person_plural
        and not in_quotes(subj.sent, subj)
        and _beside_an_instruction(trig, subj)
    ):
        return True
    if not writer_voice(subj):
        return False
    sent = trig.token.sent
    for tok in sent:
        if tok.lower_ == "below" and tok.dep_ in ("advmod", "pobj", "prt"):
            return True
        if (
            lemma(tok) in lx.text_nouns
            and tok.dep_ == "pobj"
            and any(c.lower_ in ("this", "today", "today's") for c in tok.subtree if c.i < tok.i)
        ):
            return True
    if sent[0].lower_ in lx.text_openers and sent[0].dep_ == "advmod" and not sent[0].ent_type_:
        return True
    verb = trig.complement if trig.complement is not None else trig.head
    if lemma(verb) == "talk" and any(
        c.dep_ == "prep" and c.lower_ == "about" for c in verb.children
    ):
        return True  # "we're going to talk about why focus matters" ('talk to the states' acts)
    if lemma(verb) in lx.exposition_verbs and not any(
        lemma(c) in lx.cost_nouns for c in verb.children if c.dep_ == "dobj"
    ):
        return True
    if (
        any(
            lemma(t) in lx.exposition_things
            for c in verb.children
            if c.dep_ in ("dobj", "prep")
            for t in c.subtree
        )
        and lemma(verb) in lx.handing_verbs
    ):
        return True
    if lemma(verb) not in lx.discourse_verbs and lemma(verb) not in lx.reader_giving_verbs:
        return False
    return any(
        (c.lower_ == "you" and c.dep_ in ("dobj", "dative"))
        or (c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ == "you" for g in c.children))
        for c in verb.children
    )


def walking_through(trig: Trigger, subj: Token, ctx: Context) -> bool:
    """Session 17: on a page whose own voice says "let's" (`paths.walk_through_page`: a
    tutorial, a recipe, a walk-through), the text's own "we" with *will* or *going to* ("First,
    we'll go through the items you need", "We're going to take it to our coding environment
    now") is the writer and the reader working through the text, not a body's undertaking. A
    plan verb ("we plan to add …", "we aim to") still states a plan; a campaign's page keeps its
    "we" ("Let's get the state moving. We will build …"), and so does a dated act ("We will
    launch the app in June": a step of a walk-through has no date)."""
    if not ctx.walk_through or ctx.platform_page:
        return False
    if subj.lower_ not in lexicon().first_person_plural or not writer_voice(subj):
        return False
    lem = lemma(trig.token)
    return (
        (trig.kind is Kind.WILL and lem in WILL_MODALS)
        or (trig.kind is Kind.INTENT and lem == "go")
    ) and candidate_time(trig, ctx) is None


def _beside_an_instruction(trig: Trigger, subj: Token) -> bool:
    """Session 18 (fix round): "Read on, as we will explain how the tax works": the writer's
    verb of exposition (`discourse_verbs`) in a clause that hangs on an instruction to the
    reader (an imperative: a bare verb that heads its sentence with no subject) tells what the
    text will do next. Only a verb of exposition: beside an appeal, the writer's other acts are
    the body's undertaking ("Donate today, because we will match every pound you give")."""
    verb = trig.complement if trig.complement is not None else trig.head
    main = verb.head
    return (
        subj.head.i == verb.i
        and lemma(verb) in lexicon().discourse_verbs
        and verb.dep_ == "advcl"
        and main.dep_ == "ROOT"
        and main.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in main.children)
    )
