"""The writer about the text itself (guideline 12): 'in this guide we'll explore …', 'I'll walk
you through …' describe the text, not an action in the world."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsdesk.analysis.commitments.attribution import writer_voice
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.triggers import Trigger


def about_the_text(trig: Trigger, subj: Token) -> bool:
    """Guideline 12: 'in this guide we'll explore …', 'I'll walk you through …', 'as we'll see
    below' describe the text, not an action in the world. Evidence from the parse: the writer's
    voice, and either the text named as the place of the action ('in this article', 'in this
    beginner's guide', 'below', a sentence opening 'Here'/'Later,'/'Next,'), a verb of exposition
    addressed to the reader ('show you', 'share with you'), a verb only texts do ('we will cover
    the basics', 'we'll explore what defines …', 'we will focus on the forces'), or one that hands
    the reader information ('we will give a bit of info', 'provide you with practical tips')."""
    if not writer_voice(subj):
        return False
    lx = lexicon()
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
    if (
        lemma(verb) in lx.discourse_verbs
        and _text_named_before(sent)
        and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)
    ):
        # session 15: "This final essay moves from theory to practice. We will examine a real
        # ontology …", "Below I am breaking this into 3 tiers. I will also highlight …": a verb
        # of exposition right after a sentence that names the text goes on describing it; a
        # date in the action makes it an act in the world ("we will share the results next
        # month", guideline 12)
        return True
    return any(
        (c.lower_ == "you" and c.dep_ in ("dobj", "dative"))
        or (c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ == "you" for g in c.children))
        for c in verb.children
    )


def _names_the_text(sent: Span) -> bool:
    """The sentence names the text itself: 'this essay', 'In this post', 'below', or opens with
    'Here'/'Next'/'Below' (`text_openers`)."""
    lx = lexicon()
    if sent[0].lower_ in lx.text_openers and sent[0].dep_ == "advmod" and not sent[0].ent_type_:
        return True
    for tok in sent:
        if tok.lower_ in ("below", "above") and tok.dep_ in ("advmod", "pobj", "prt"):
            return True
        if lemma(tok) in lx.text_nouns and _after_this(tok):
            return True
    return False


def _after_this(noun: Token) -> bool:
    """'this essay', 'this final essay', 'this beginner's guide': 'this' before the noun with
    at most two modifiers between, read off the words (the parser sometimes hangs the noun as a
    compound of the verb that follows)."""
    sent = noun.sent
    for back in range(1, 4):
        i = noun.i - back
        if i < sent.start:
            return False
        if noun.doc[i].lower_ == "this":
            return True
        if noun.doc[i].pos_ not in ("ADJ", "NOUN", "PART"):
            return False
    return False


def _guides_the_reader(sent: Span) -> bool:
    """The writer walks the reader through the text: 'We'll walk you through how to …', 'I will
    show you …' (a verb of exposition whose object is "you", its subject "I"/"we")."""
    lx = lexicon()
    return any(
        lemma(tok) in lx.discourse_verbs
        and any(c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in tok.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children)
        for tok in sent
    )


def _text_named_before(sent: Span) -> bool:
    """The sentence just before names the text (`_names_the_text`) or walks the reader through
    it (`_guides_the_reader`)."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return _names_the_text(before) or _guides_the_reader(before)
