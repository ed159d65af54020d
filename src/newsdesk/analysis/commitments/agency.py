"""Can the subject undertake anything? A person, organisation, government, place or group can;
a thing, a market, the reader, anyone in general or a class of bodies cannot (guideline 1)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsdesk.analysis.commitments.attribution import FIRST_PERSON
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.mentions import person_at, place_at, recent_org
from newsdesk.analysis.commitments.names import NAMED, is_name, of_named
from newsdesk.analysis.commitments.subjects import speech_subject
from newsdesk.analysis.commitments.triggers import Kind, Trigger
from newsdesk.analysis.deps import SUBJECT
from newsdesk.analysis.ents import entity_at

# a release's number: "5.2", "2.0", "11.4.1" (`named_as_a_thing`)
VERSION = re.compile(r"\d+(?:\.\d+)+")
PERSONAL = ("he", "she", "they", "both")  # pronouns (and "both") for people named before
# the reader ("you will need …") or anyone at all ("one will find", "everyone will …"): advice
# and generic statements, nobody who undertakes anything
READER_OR_ANYONE = ("you", "your", "one", "everyone", "anyone", "someone", "nobody")

# Entity labels of things, not agents: a product, a work, a building, an event, a law or a
# language, and a date, a time or an amount ('2025 will see …', '$5 million will go to …'),
# undertakes nothing (guideline 1), whatever its name.
THING_ENTITIES = frozenset(
    {"PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "LANGUAGE", "DATE", "TIME", "MONEY",
     "QUANTITY", "PERCENT"}
)  # fmt: skip


def agentive(subj: Token, ctx: Context, *, shares: bool = False) -> bool:
    """The subject can undertake something: a person, organisation, place or group the article
    names or a noun for one; not the reader, anyone in general, a class of bodies or a thing.
    With `shares` (the trigger is a plan verb, `share_holds_a_plan`) a share of a group is as
    agentive as the group ("57% of respondents plan to …"); otherwise a share is a statistic
    ("40% of Americans will pay more": a projection, no undertaking)."""
    lx = lexicon()
    low = subj.lower_
    if low in READER_OR_ANYONE:
        return False  # the reader or anyone: advice and generic statements
    if low in FIRST_PERSON:
        # a speaker, a party in its manifesto, or a writer about the world: all can undertake
        # (what a writer says about the text itself is ruled out in `decide`, guideline 12)
        return True
    if any(lemma(c) in lx.generic_determiners for c in subj.children if c.dep_ in ("det", "amod")):
        return False  # "most companies will …": generic
    if shares and (group := share_of(subj)) is not None:
        return agentive(group, ctx)  # "46% of Gen Zers aim to …": the group's share plans
    if (
        subj.tag_ == "NNS"
        and lemma(subj) in lx.org_nouns
        and lemma(subj) not in lx.one_body_plurals
        and not any(
            c.dep_ in ("det", "poss", "compound", "amod", "nummod", "appos", "prep")
            for c in subj.children
        )
    ):
        return False  # "Companies will demand …", "boards are starting to weigh …": a class
    if _doubtful_person(subj, ctx):
        return False  # "The Polaris will trail …", "Ruby will stop iterating": no person there
    if named_as_a_thing(subj):
        return False  # "the new Zenfone will ship with …", "Bluetooth 5.2 is set to …"
    if subj.ent_type_ in NAMED:
        return True
    if _named_in_apposition(subj):
        return True  # "the South Korean capital Seoul is …": the noun's name, right after it
    if subj.ent_type_ in THING_ENTITIES:
        return False  # "the iPhone 16 will …", "Bluetooth 5.2 is set to …": a named thing
    if person_at(ctx, subj.idx) or place_at(ctx, subj.idx):
        return True  # a person or place the article names ("Legere will hand over …")
    if low in lx.generic_determiners or low in ("many", "much"):
        return False  # "many will deplore": nobody in particular
    if low in PERSONAL or low in ("his", "her", "their"):
        return True
    if low in lx.number_words and any(c.lower_ == "the" for c in subj.children):
        return True  # "the two will discuss"
    if subj.pos_ == "NOUN" and _pinned_by_a_name(subj):  # "the boomtown of Guangzhou"
        return True
    if low in ("it", "its"):
        # "The utility said it will …": only the reporting clause makes "it" an agent;
        # otherwise "it" is as often a product, a plan or the weather
        holder = speech_subject(subj)
        return (
            holder is not None
            and not _empty_it(subj)
            and holder.lower_ not in ("it", "its")
            and (agentive(holder, ctx) or _named_speaker(holder))
        )
    if is_name(subj) or named_party(subj):
        return True
    lem = lemma(subj)
    return lem in lx.agent_nouns or low in lx.agent_nouns


def _empty_it(it: Token) -> bool:
    """'it will rain on Tuesday', 'it will take years to rebuild the road': an "it" of the
    weather (`weather_verbs`) or of a span of time (take + a date as object) names nothing, so
    no speaker undertakes it ("Acme said it will take legal action" still does; third review).
    Session 32 (cprec): so does an "it" that takes what a task costs, an object of `toll_nouns`
    ("it will take time to …", "it would take an enormous amount of resources"): the cost of
    an act, not an act ("it will take steps", "it will take a stake" still are)."""
    verb = it.head
    lx = lexicon()
    if lemma(verb) in lx.weather_verbs:
        return True
    return lemma(verb) == "take" and any(
        c.dep_ == "dobj" and (c.ent_type_ == "DATE" or lemma(c) in lx.toll_nouns)
        for c in verb.children
    )


def named_as_a_thing(subj: Token) -> bool:
    """Session 30 (cfp): 'The new Zenfone will ship with …', 'The latest Kestrel will …',
    'Bluetooth 5.2 is set to …': a name the small model tags ORG (or leaves untagged) that the
    text treats as a product: modified as a thing just launched ("new", "latest":
    `new_thing_adjectives`), or carrying a version number ("5.2", "2.0": digits with a point,
    in the subject's own words or in the entity that holds it). A body is neither launched
    new nor versioned; a person tagged PERSON keeps the doubtful-person test
    (`_doubtful_person`). A word of an ORG entity counts whatever its part of speech (the
    model reads "OS" in "Orbix OS 4.1" as a verb); "new" only before a proper name ("the new
    Labour government" is a body)."""
    if subj.ent_type_ not in ("ORG", "") or (subj.ent_type_ == "" and subj.pos_ != "PROPN"):
        return False
    new_words = lexicon().new_thing_adjectives
    if subj.pos_ == "PROPN" and any(
        c.dep_ == "amod" and (c.lower_ in new_words or lemma(c) in new_words) for c in subj.children
    ):  # "latest" by its form: its lemma is "late"
        return True
    # its own words ("Orbix 4.1": a number on the name; not a relative clause's, "Acme, which
    # shipped Orbix 4.1, will …") and the entity that holds it
    words = [subj, *(c for c in subj.children if c.dep_ in ("compound", "nummod", "npadvmod"))]
    if subj.ent_type_ == "ORG":
        ent = entity_at(subj.doc, subj.i)
        if ent is not None:
            words.extend(ent)
    return any(_version_number(t) for t in words)


def _version_number(tok: Token) -> bool:
    """'5.2', '2.0', '11.4.1': digits joined by points, a release's number (not a year, a
    count or an amount: those have no point, or a currency or a unit beside them)."""
    return VERSION.fullmatch(tok.text) is not None and tok.ent_type_ not in ("MONEY", "PERCENT")


def _named_speaker(holder: Token) -> bool:
    """Session 18: 'Starbucks said it will close …', 'Orlen Studio said it will hire …': a name
    that speaks of itself as 'it' is a body, whatever the model tags it (`_doubtful_person`
    doubts a PERSON tag the entities stage does not confirm, and a body's name is often so
    tagged; the model's ORG tag is already an agent). Not what marks a product or a vehicle: a
    possessor ("Boeing's Starliner", "our Roomba": a thing someone owns), a new thing ("the new
    Roomba": `new_thing_adjectives`), a name the model tags as a thing. A bare product name
    ("Firefox warned that it will …") is read as a body: the parse cannot tell them apart, and
    a company's "X said it will …" is the commoner sentence (fix round 2)."""
    new_words = lexicon().new_thing_adjectives
    return (
        holder.pos_ == "PROPN"
        and holder.ent_type_ not in THING_ENTITIES
        and not any(
            c.dep_ == "poss" or (c.dep_ == "amod" and lemma(c) in new_words)
            for c in holder.children
        )
    )


def share_holds_a_plan(trig: Trigger) -> bool:
    """The trigger is a plan verb ('plan', 'aim', 'intend', 'expect' …), which a share of a
    group can hold as the group does; not 'will' or 'shall', whose share is a projection."""
    return trig.kind is Kind.INTENT and lemma(trig.token) in lexicon().share_intent_verbs


def _named_in_apposition(subj: Token) -> bool:
    """'the South Korean capital Seoul', 'the singer Adele', 'the chipmaker Nvidia': a common
    noun with a person, organisation, place or group named in apposition right after it (the
    name's first word next to the noun, 'the singer Mara Lind', or after a comma, 'the league's
    top scorer, Tom Reid,': `_right_after`) is that person, body or place, whatever the noun (a
    role or trade noun need not be listed);
    not a thing or an event with a name ('the virus Covid', 'the storm Nadia':
    `named_thing_nouns`, whatever the model tags the name), and not a name the model tags as a
    thing (a product, a work, an event: no entity of `NAMED`)."""
    return (
        subj.pos_ == "NOUN"
        and lemma(subj) not in lexicon().named_thing_nouns
        and any(
            c.dep_ == "appos" and c.ent_type_ in NAMED and _right_after(subj, c.left_edge)
            for c in subj.children
        )
    )


def share_of(subj: Token) -> Token | None:
    """'46% of Gen Zers', 'half of the members': a share of a group (a percentage or a share
    noun with an 'of' object), whose agency is the group's; None for any other subject. Not a
    count ("five of the 10 Democrats will serve as jurors"): a count names members, whose
    record the counting steps of the actors read."""
    share = subj.ent_type_ == "PERCENT" or lemma(subj) in lexicon().share_nouns
    if not share:
        return None
    return next(
        (o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
         if o.dep_ == "pobj"),
        None,
    )  # fmt: skip


def _pinned_by_a_name(noun: Token) -> bool:
    """'the boomtown of Guangzhou', 'the airport in Surcin': a noun that a named place or body
    pins down, as the subject of its own clause (not the noun a relative clause
    hangs on, "a facility in Texas that will support …", "a concentration in Accounting that
    will award you …": what a thing will do describes it)."""
    return noun.dep_ in SUBJECT and of_named(noun) is not None


def it_of_an_organisation(trig: Trigger, subj: Token, ctx: Context) -> bool:
    """'It aims to …', and 'its pledge to protect …', 'Its goal is to …': a plan or a
    pledge is only ever an agent's, so 'its' stands for the organisation in reach."""
    lx = lexicon()
    if subj.lower_ == "its" and subj.dep_ == "poss" and trig.kind in (Kind.NOUN, Kind.PLAN):
        return recent_org(ctx, subj) is not None
    return (
        subj.lower_ in ("it", "its")
        and trig.kind in (Kind.INTENT, Kind.CONSIDER)
        and lemma(trig.token) in lx.agent_only_verbs
        and (trig.complement is None or lemma(trig.complement) not in lx.empty_complements)
        and recent_org(ctx, subj) is not None
    )


def _doubtful_person(subj: Token, ctx: Context) -> bool:
    """'The Polaris will trail long lines of hooks', 'Ruby will stop iterating', 'Robots will
    come to mind': the model tags the name PERSON, but the entities stage, which checks people
    (first names, titles, roles, merged variants), found no person there, and the article never
    tags the name as an organisation, place or group: a ship, a language, a product mis-tagged,
    not someone who undertakes anything (round 10a)."""
    if subj.ent_type_ != "PERSON" or person_at(ctx, subj.idx) is not None:
        return False
    return not any(
        e.label_ in ("ORG", "GPE", "NORP") and subj.text in e.text.split() for e in ctx.doc.ents
    )


def named_party(subj: Token) -> bool:
    """'Labor is considering a cap …', 'The Greens plan to …': a party named as such,
    capitalised (`party_names`), alone or after 'the' (session 15, campaign: the small model
    often tags a sentence-initial "Labor" as a common noun, and no entity makes it an agent)."""
    return party_word(subj) and not any(
        c.dep_ in ("compound", "amod", "poss") or (c.dep_ == "det" and c.lower_ != "the")
        for c in subj.children
    )


def party_word(tok: Token) -> bool:
    """A party's name as such (`party_names`), capitalised, however the parse hangs it
    ('Greens leader', 'A Coalition government')."""
    lx = lexicon()
    return tok.text[:1].isupper() and (tok.lower_ in lx.party_names or lemma(tok) in lx.party_names)


def _right_after(noun: Token, name: Token) -> bool:
    """The name's first word follows the noun, at once ("the singer Mara Lind") or after a
    comma ("The league's leading scorer, Tom Reid, will …": session 20)."""
    return name.i == noun.i + 1 or (name.i == noun.i + 2 and noun.doc[noun.i + 1].text == ",")
