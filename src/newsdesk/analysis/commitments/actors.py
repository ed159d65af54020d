"""Who undertakes: a trigger's subject (subjects.py) resolved to a name of the article.

An actor is always a person, organisation, place or group named in the article, or nothing:
pronouns and "we"/"I" go to their named antecedent or to the quoted speaker, "the company" to
the organisation last named, "the three countries" to the countries named before; a heading or
a bare common noun gives no actor. One subject is resolved by the first of a row of steps
(`STEPS`) that decides; their order is the rules' order of preference.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsdesk.analysis.commitments.agency import named_party, party_word
from newsdesk.analysis.commitments.attribution import FIRST_PERSON, in_quotes, writer_voice
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lexicon import actor_lexicon, lemma, lexicon
from newsdesk.analysis.commitments.memory import definite_body, speaker_in_reach
from newsdesk.analysis.commitments.mentions import (
    DESCRIBING,
    MIN_PARTIES,
    antecedent_org,
    expansion_in_reach,
    in_comments,
    lead_in_speaker,
    office_at,
    org_in_reach,
    page_speaker,
    parties_in_reach,
    person_at,
    person_by_word,
    person_named,
    place_at,
    reach_offset,
    reach_start,
    recent_countries,
    recent_org,
    recent_orgs,
    recent_people,
    recent_place,
    salient_person,
    titled_person,
)
from newsdesk.analysis.commitments.names import (
    NAMED,
    common_noun,
    compound_name,
    compounds_text,
    count_of,
    described_words,
    entity_text,
    is_name,
    named_description,
    of_named,
    people_of,
)
from newsdesk.analysis.commitments.subjects import speech_subject
from newsdesk.analysis.deps import BESIDE, SUBJECT, determined_by
from newsdesk.analysis.doctext import same_line
from newsdesk.model import Attribution

__all__ = ["Context", "plan_holder", "resolve_actors"]

# How far back an unquoted "we" (a party's manifesto, a press release) looks for the body that
# speaks, in characters: about the opening paragraphs of a release, where the party is named.
COLLECTIVE_WINDOW = 1000
TITLE_PIECES = 3  # "Co - Founder", "Vice - President": at most three tokens of one title
# The pronouns that may stand for an organisation or a people ("it said", "they would").
IMPERSONAL = ("it", "its", "they", "their")
# The nouns of countries, which a number makes a group of parties ("the three countries").
COUNTRY_NOUNS = ("country", "nation")


def resolve_actors(
    subj: Token,
    ctx: Context,
    attribution: Attribution | None,
    *,
    writer: bool = False,
    reported: Token | None = None,
) -> list[str]:
    """The actor's names. `writer`: the subject is the text's own "we"/"I", outside quotation
    marks and reported speech (a manifesto, a release, a blog). `reported`: the caller's
    `reported_subject(subj, ctx)`, when it has it (a record's words need it too)."""
    holder = _platform_of(subj, ctx)
    if holder is not None and (names := _holder_names(holder, ctx, attribution)):
        return names
    given, subj = subj, _past_dateline(subj)
    if writer:
        names = writer_body(subj, ctx)
        if not names and (_campaign_would(subj, ctx) or _campaign_we(subj, ctx)):
            names = campaign_body(subj, ctx)
        if (
            not names
            and ctx.voice
            and subj.lower_ in lexicon().first_person_plural
            and not in_comments(ctx.doc, subj.idx)
        ):
            names = [ctx.voice]  # a release's "we": who its sign-off names (session 16)
        return names
    # the caller's `reported` is the given subject's: it stands unless the dateline moved it
    subj = reported if reported is not None and subj is given else reported_subject(subj, ctx)
    actors: list[str] = []
    for head in [subj, *subj.conjuncts]:
        for name in [*_resolve_one(head, ctx, attribution), *_listed_members(head, ctx)]:
            if name not in actors:
                actors.append(name)
    for name in _coordinated_people(subj, ctx):
        if actors and name not in actors:
            actors.append(name)
    return actors


def reported_subject(subj: Token, ctx: Context) -> Token:
    """'Biden vowed the United States will support Ukraine …': a promise verb whose complement
    is a clause with its own named subject (a person, place or organisation the article
    names) reports that subject's undertaking; the one who vows is the source (session 25). A
    pronoun ("Obama promised he will …") or a thing in the clause leaves the one who vows, and
    so does a place when the one named as vowing holds no office (session 27: 'Trump promised
    Mexico will pay for the wall' is Trump's undertaking)."""
    verb = subj.head
    if subj.dep_ != "nsubj" or lemma(verb) not in lexicon().commit_verbs:
        return subj
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        for inner in clause.children:
            if inner.dep_ != "nsubj" or inner.pos_ != "PROPN":
                continue
            if place_at(ctx, inner.idx):
                # (session 27) a place undertakes through one who holds an office ('President
                # Joe Biden … Biden vowed the United States will …'); one who holds none
                # promises what a place will do ('Trump promised Mexico will pay …'): the
                # undertaking is the one who promises'; a pronoun there is left as session 25
                # had it (whom it stands for is resolved later)
                if subj.pos_ != "PROPN" or office_at(ctx, subj.idx):
                    return inner
            elif person_at(ctx, inner.idx) or (
                inner.ent_type_ in ("ORG", "GPE") and not common_noun(entity_text(inner))
            ):
                return inner
    return subj


def _past_dateline(subj: Token) -> Token:
    """'LONDON 1996-08-30' + line break + 'Australia will defend …': the parser makes the
    dateline in capitals the clause's subject and hangs the line's own noun on it; the actor is
    that noun, on the verb's line (session 15). The decision's subject is unchanged."""
    verb = subj.head
    if not (subj.text.isupper() and len(subj.text) > 1) or same_line(subj, verb):
        return subj
    for tok in subj.subtree:
        if (
            tok.i > subj.i
            and tok.dep_ in BESIDE
            and tok.pos_ in ("PROPN", "NOUN")
            and same_line(tok, verb)
        ):
            return tok
    return subj


def _platform_of(subj: Token, ctx: Context) -> Token | None:
    """Whose platform a campaign's "will"/"would" clause states (round 10c): the holder the
    decision found (`classify.platform_holder`: the object of "Under Labor, every child will get
    …", the possessor of "Labor's plan will create …"), which holds the undertaking whatever the
    subject (a beneficiary, or the plan itself)."""
    verb = subj.head
    if subj.dep_ not in SUBJECT or not any(
        c.dep_ == "aux" and c.tag_ == "MD" and lemma(c) in ("will", "would") for c in verb.children
    ):
        return None
    # classify.py reads this module (its plan holder), so its platform test is read here
    from newsdesk.analysis.commitments.classify import platform_holder

    return platform_holder(verb, subj, ctx)


def _holder_names(holder: Token, ctx: Context, attribution: Attribution | None) -> list[str]:
    """The names a platform's holder stands for, resolved as any subject is: 'Labor', 'a Labor
    government' (the name it is given), 'our plan' (the text's own "we": the campaign's body,
    `campaign_body`; a quoted one: whose words they are)."""
    first = (
        holder
        if holder.lower_ in FIRST_PERSON
        else next(
            (c for c in holder.children if c.dep_ == "poss" and c.lower_ in FIRST_PERSON), None
        )
    )
    if first is None:
        return _resolve_one(holder, ctx, attribution)
    if writer_voice(first):
        return writer_body(first, ctx) or campaign_body(first, ctx)
    return _first_person(first, ctx, attribution) or []


def _campaign_would(subj: Token, ctx: Context) -> bool:
    """The text's own "we would …" on a campaign's page: its platform (classify.py, round 10a)."""
    return (
        subj.lower_ in lexicon().first_person_plural
        and any(
            c.dep_ == "aux" and c.tag_ == "MD" and lemma(c) == "would" for c in subj.head.children
        )
        and ctx.platform_page
    )


def _campaign_we(subj: Token, ctx: Context) -> bool:
    """The text's own "we will …" on a campaign's page (session 15, campaign): as its "we
    would …", the party it speaks for."""
    return subj.lower_ in lexicon().first_person_plural and ctx.platform_page


def campaign_body(tok: Token, ctx: Context) -> list[str]:
    """The body a campaign page's own "we"/"our" speaks for when no body undertook anything
    before it (`writer_body`'s collective): as a quoted "we" does, the organisation in guideline
    10's reach (`org_in_reach`), else the one the page reports speaking (`page_speaker`); else
    nobody."""
    org = org_in_reach(ctx, tok) or page_speaker(ctx, tok)
    return [org] if org else []


def _coordinated_people(subj: Token, ctx: Context) -> list[str]:
    """The people named in a subject that coordinates with 'and', however the parse hangs them:
    'Olympic champion A and world record holder B will both …' (the small model makes A a
    modifier of 'holder'), 'The mayor, A, and the police chief, B, will …' (B an apposition of
    a conjunct of an apposition)."""
    if not any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in subj.subtree):
        return []
    skip: set[int] = set()
    for t in subj.subtree:
        if t.dep_ in DESCRIBING and t.i != subj.i:
            skip.update(d.i for d in t.subtree)
    names: list[str] = []
    for t in subj.subtree:
        if t.i not in skip and (person := person_at(ctx, t.idx)) and person not in names:
            names.append(person)
    return names


def _listed_members(head: Token, ctx: Context) -> list[str]:
    """The members a subject lists ("a consortium including Castell Bank", "providers
    like Northwind and Contoso", "firms such as A and B"): each named member acts with (or for)
    the group; a bare plural ("providers") gives no name of its own."""
    names: list[str] = []
    for prep in head.children:
        if prep.dep_ not in ("prep", "acl") or not _listing(prep):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for member in (pobj, *pobj.conjuncts):
                if (name := _member_name(member, ctx)) and name not in names:
                    names.append(name)
    return names


def _listing(prep: Token) -> bool:
    """'including', 'like', 'such as' (the small model hangs 'as' on 'such' or 'such' on 'as')."""
    low = prep.lower_
    if low in lexicon().listing_words:
        return True
    return low == "as" and (
        any(c.lower_ == "such" for c in prep.children)
        or (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")
    )


def _member_name(tok: Token, ctx: Context) -> str | None:
    """A listed member's name: a person or place found there, a named entity, a name."""
    if name := person_at(ctx, tok.idx) or place_at(ctx, tok.idx):
        return name
    if tok.ent_type_ in NAMED and not common_noun(entity_text(tok)):
        return entity_text(tok)
    return compound_name(tok) if is_name(tok) else None


# A step of resolving one subject: its names ([] for "nobody"), or None when it does not decide.
Step = Callable[[Token, Context, Attribution | None], list[str] | None]


def _resolve_one(head: Token, ctx: Context, attribution: Attribution | None) -> list[str]:
    """The names one subject (not its conjuncts) stands for: the first step that decides."""
    for step in STEPS:
        names = step(head, ctx, attribution)
        if names is not None:
            # "NYMEX will allow …", "DRS … said it would …": an acronym is the organisation in
            # reach it abbreviates, when one name in reach does (guideline 10; session 27)
            return [expansion_in_reach(ctx, name, head) or name for name in names]
    return []


def _speaker_of_himself(
    head: Token, ctx: Context, attribution: Attribution | None
) -> list[str] | None:
    """'Eyles, who beat Jansher, said he would …': the one who says it, before any guess."""
    if head.lower_ not in ("he", "she"):
        return None
    holder = _reporter(head)
    if holder is None or holder.i > head.i:
        # "He will repay the money, Doe said": a pronoun before its reporting clause
        # stands for someone spoken of, not for the one who reports (the source is no actor)
        return None
    if person := person_at(ctx, holder.idx):
        return [person]
    if holder.ent_type_ == "PERSON":
        return [entity_text(holder)]
    if lemma(holder) in actor_lexicon().person_nouns:
        # "The Health Minister, Michael Wooldridge, says he will …", "The Premier says he
        # will …": the person the title names (in apposition to it, or given that title
        # before), never the title's words; neither, a capitalised title names nobody (not
        # the person last named: "Tom Astley met the Premier. The Premier said he would …")
        for child in holder.children:
            if child.dep_ == "appos" and (person := person_at(ctx, child.idx)):
                return [person]
        titled = _titled(holder, ctx, attribution)
        return titled if titled is not None or holder.tag_ != "NNP" else []
    if holder.tag_ == "NNP" and not holder.ent_type_:
        # "Eyles, who defeated Jansher …, said that he would …": a name the model
        # left untagged speaks of himself; not the person last named (Jansher)
        name = compound_name(holder)
        return [person_named(ctx, name) or name]
    return None


def _named_at(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """A person the entities stage found at the subject or beside it ("The president, Joe
    Biden", "Biden's team"), else a place it found there."""
    if person := person_at(ctx, head.idx):
        return [person]
    body = head.pos_ == "NOUN" and lemma(head) in lexicon().org_nouns
    for child in _beside(head):
        if (
            child.dep_ in ("appos", "poss", "compound")
            and same_line(child, head)
            and (person := person_at(ctx, child.idx))
        ):
            if body and child.dep_ == "compound":
                # "the Biden administration", "the Howard Government": a body named after
                # its leader is the body, not the person (session 25)
                return [compound_name(head)]
            return [person]
    if place := place_at(ctx, head.idx):
        return [place]
    return None


def _short_name(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'Legere will hand over …' after 'T-Mobile CEO John Legere': a person's last (or first) name
    alone, which the entities stage did not link to the person (the small model tags such a word
    an adverb, a one-word organisation, or nothing): the one person named before with that name.
    Not a place or nationality, and not a word of a longer organisation's name."""
    if (
        not head.text[:1].isupper()
        or head.pos_ in ("PRON", "DET")
        or head.ent_type_ in ("GPE", "NORP", "LOC")
        or (head.ent_type_ == "ORG" and entity_text(head) != head.text)
    ):
        return None
    person = person_by_word(ctx, head.text, head.idx)
    return [person] if person else None


def _described_person(
    head: Token, ctx: Context, attribution: Attribution | None
) -> list[str] | None:
    """'The four-term congressman will …', 'the striker will …': a definite noun that describes
    one person (`person_nouns`), with no name of its own, stands for the person named as a
    subject in guideline 10's reach, as 'he' does (`salient_person`); none in reach, nobody. A
    noun with a named modifier ('the US president') is left to the steps after (a body the
    article describes)."""
    if (
        head.tag_ != "NN"
        or lemma(head) not in actor_lexicon().person_nouns
        or not determined_by(head)
        or any(
            c.dep_ in ("poss", "appos") or c.ent_type_ in NAMED or is_name(c) for c in head.children
        )
        or of_named(head) is not None
    ):
        return None
    return salient_person(ctx, head)


def _titled(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'The Premier will …', 'the Defence Minister says …': a definite title with no name of
    its own stands for the one person the article gave that title (`titled_person`: "The
    Premier, Bob Carr, …", "Defence Minister Robert Hill"); none or two, it does not decide."""
    if (
        lemma(head) not in actor_lexicon().person_nouns
        or head.pos_ not in ("NOUN", "PROPN")
        or not determined_by(head)
        or any(c.dep_ in ("poss", "appos") for c in head.children)
    ):
        return None
    person = titled_person(ctx, head)
    return [person] if person else None


def _possessor(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """A body or its people owned by a named organisation or a place ("Northwind
    Energy's board", "the city's industrial and commercial departments"): that organisation or
    place."""
    lx = lexicon()
    if head.pos_ != "NOUN" or not (lemma(head) in lx.org_nouns or lemma(head) in lx.agent_nouns):
        return None
    for poss in head.children:
        if poss.dep_ != "poss":
            continue
        if poss.ent_type_ in ("ORG", "GPE") and not common_noun(entity_text(poss)):
            return [place_at(ctx, poss.idx) or entity_text(poss)]
        if (place := place_at(ctx, poss.idx)) and not person_at(ctx, poss.idx):
            # "Sri Lanka's government": a place the places stage found, whatever the model's
            # tag (it tags "Sri Lanka" a person; session 25)
            return [place]
        if (names := _place_noun(poss, ctx, attribution)) is not None:
            return names
    return None


def _place_noun(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'the city', 'the state', 'the country': the place of that kind named last
    within reach, else nobody (guideline 10: never a common noun); not the organisation named
    last ('… California ISO … The state is reviewing …' is California)."""
    kind = actor_lexicon().place_nouns.get(lemma(head))
    if (
        kind is None
        or head.tag_ != "NN"
        or not determined_by(head, ("the", "this"))
        or any(c.dep_ in ("compound", "amod", "poss") for c in head.children)
    ):
        return None
    place = recent_place(ctx, head, kind)
    return [place] if place else []


def _party_named(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'Labor is considering …', 'The Greens are committed to …': a party named as such is its
    own name, whether or not the model tagged it (session 15, campaign)."""
    if named_party(head):
        return [head.text]
    if lemma(head) in lexicon().platform_nouns and not head.ent_type_:
        # "A Coalition government will …": the party that makes it a campaign's
        for child in head.children:
            if child.dep_ in ("compound", "amod") and party_word(child):
                return [child.text]
    return None


def _the_party(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'Greens leader Tom Hale said the party would …', 'Labor is … Doyle said the party plans
    to …': "the party" is the party named last in guideline 10's reach (its sentence before it
    and the sentence before), else it does not decide (session 15, campaign)."""
    if (
        lemma(head) != "party"
        or head.tag_ != "NN"
        or not determined_by(head, ("the",))
        or any(c.dep_ in ("compound", "amod", "poss") for c in head.children)
    ):
        return None
    for tok in reversed(head.doc[reach_start(head) : head.i]):
        if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
            ent = next(e for e in tok.doc.ents if e.start == tok.i)
            if ent[-1].lower_ == "party":
                return [ent.text]
        if party_word(tok):
            return [tok.text]
    return None


def _described(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """ "Right Way PAC, an organization that plans to …", "a venture to be called
    Northgate Lending, which will …": a description stands for the name it is given."""
    if (described := named_description(head)) is not None:
        return _resolve_one(described, ctx, attribution)
    return None


def _members(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """The body members act for: "Castell Bank officials", "a spokesman for the ministry"."""
    if lemma(head) in lexicon().member_nouns and (body := _body_of_members(head)) is not None:
        return [entity_text(body)]
    return None


def _bare_plan(noun: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'The goal is to …', 'The plan is to …': a plan noun standing for its unnamed holder."""
    lx = lexicon()
    if (
        lemma(noun) in lx.intent_nouns | lx.commit_nouns
        and noun.dep_ == "nsubj"
        and not any(c.dep_ == "poss" for c in noun.children)
    ):
        return plan_holder(noun, ctx, attribution, source_holds=False)
    return None


def _first_person(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """A quoted or reported "we"/"I": whose words they are."""
    if head.lower_ not in FIRST_PERSON:
        return None
    if (named := _we_named(head, ctx)) is not None:
        return named
    holder = _reporter(head)
    # "'We will …,' the company said", "'… [we] have agreed …,' it says": the body or the
    # person whose words they are, resolved like any subject
    if (
        holder is not None
        and holder.lower_ not in FIRST_PERSON
        and (names := _resolve_one(holder, ctx, None))
    ):
        return names
    if attribution is not None:
        speaker = person_named(ctx, attribution.text)
        if speaker or attribution.text[:1].isupper():
            return [speaker or attribution.text]
        # "the statement", "the company": no name to give, but a quoted "we" is the body
        # named in reach ('Castell Bank issued a statement. "We will …," the statement said.');
        # a neighbour's or an owner's "we" is no organisation's (review 12c, 3)
        if attribution.text.split()[-1].lower() in actor_lexicon().body_nouns:
            return _quoted_body(head, ctx)
        return []
    if ctx.last_speaker and speaker_in_reach(head, ctx):
        return [ctx.last_speaker]
    if in_quotes(head.sent, head) and (speaker := lead_in_speaker(ctx, head)):
        return [speaker]  # '… of which Brandi commented:' + the quotation under it
    # 'Northwind Energy apologised. "We will repay …"': a quoted "we" with no speaker in reach
    # is the organisation named in its sentence or the one before
    return _quoted_body(head, ctx)


def _we_named(head: Token, ctx: Context) -> list[str] | None:
    """'"We Greens want to …," Senator Brown said', '"We, the Harbour Workers Union, will
    …"': a quoted or reported "we" that names its body beside it is that body, not the one who
    speaks (session 25); a common noun beside it ("we, the unions") leaves it to the speaker."""
    if head.lower_ not in lexicon().first_person_plural:
        return None
    for child in head.children:
        if child.dep_ == "appos" and (
            (child.ent_type_ in NAMED and not common_noun(entity_text(child)))
            or party_word(child)
            or (is_name(child) and not _common_plural(child))
        ):
            names = _resolve_one(child, ctx, None)
            if names:
                return names
    return None


def _quoted_body(head: Token, ctx: Context) -> list[str]:
    """A quoted "we" whose speaker names nobody: the organisation named in its sentence or the
    one before (`org_in_reach`), else nobody; "I" and an unquoted "we", nobody."""
    if head.lower_ in lexicon().first_person_plural and in_quotes(head.sent, head):
        org = org_in_reach(ctx, head)
        return [org] if org else []
    return []


def _parties(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'Pirelli and CITIC Pacific signed a deal … The partners will …', 'both sides',
    'the two companies', 'they': the parties a clause in reach names together (`parties_in_reach`),
    when their number is the one the group word gives (any number for 'they', 'the partners')."""
    wanted = _group_size(head)
    if wanted is None:
        return None
    parties = parties_in_reach(head, ctx)
    if len(parties) < MIN_PARTIES or (wanted and len(parties) != wanted):
        return None
    if head.lower_ in ("they", "their") and not _group_pronoun(head):
        return None
    ctx.group = parties  # remembered, as a counted group is, for a later "the parties"
    return parties


def _group_size(head: Token) -> int | None:
    """How many parties a group word stands for: 'both', 'the two', 'the three companies',
    'both sides' give their number; 'they', 'the partners', 'the parties' 0 (any); None when the
    word is no group word."""
    lx = lexicon()
    low, lem = head.lower_, lemma(head)
    if low in ("they", "their"):
        return 0
    if low in lx.number_words and (low == "both" or any(c.lower_ == "the" for c in head.children)):
        return lx.number_words[low]
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    number = count_of(head)
    if lem in lx.group_nouns or lem in lx.partner_nouns:
        return number
    if number and (lem in lx.org_nouns or lem in lx.agent_nouns):
        return number
    return None


def _group_pronoun(head: Token) -> bool:
    """'they' stands for the parties named together only when no single body or person is the
    nearer antecedent: the speaker of its own clause is not one of them alone ("Big Machine said
    they …")."""
    holder = _reporter(head)
    return (
        holder is None
        or holder.lower_ in IMPERSONAL
        or any(c.dep_ == "conj" for c in holder.children)
    )


def _personal(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'he', 'his', 'both', 'the two': the people named before. 'he' and 'his' agree with any one
    person, so only one named in guideline 10's reach (the word's sentence and the one before:
    `reach_start`), else nobody; 'both' and 'the two' agree only with that many people, so they
    keep the people last named, however far back (the supplied article's "Biden himself called
    … López Obrador …. The US president expressed …. Both reiterated …")."""
    low = head.lower_
    number_words = lexicon().number_words
    if low in ("he", "she"):
        # "President Obama also said:" + the lines under it ("He would speak …")
        found = salient_person(ctx, head)
        if not found and (speaker := lead_in_speaker(ctx, head)):
            return [speaker]
        return found
    if low in ("his", "her"):  # a possessive is local: the person last named
        return recent_people(ctx, head.idx, 1, since=reach_offset(head))
    if low == "both":
        return recent_people(ctx, head.idx, 2)
    if low in number_words and any(c.lower_ == "the" for c in head.children):
        return recent_people(ctx, head.idx, number_words[low])  # "the two will meet"
    return None


def _counted(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'the three countries', 'the five nations -- A, B, …', 'the two companies': the group
    counted, from the countries or organisations named before (remembered as `ctx.group`)."""
    lem = lemma(head)
    number = count_of(head)
    if lem in (*COUNTRY_NOUNS, "government") and number:
        names = recent_countries(ctx, head.idx, number)
        ctx.group = names or ctx.group
        return names
    if lem in COUNTRY_NOUNS and (listed := _listed_places(head, ctx)):
        ctx.group = listed  # "the five nations … -- Israel, Lebanon, Syria, France and the US"
        return listed
    if (lem in lexicon().org_nouns and lem not in (*COUNTRY_NOUNS, "government") and number) or (
        lem in lexicon().partner_nouns and head.tag_ == "NNS"
    ):
        # "the two companies", "both banks", "the partners": the organisations last named
        names = recent_orgs(ctx, head, number or 2)
        if names:
            return names
    return None


def _counted_people(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'the two leaders', 'both men', 'the three ministers': a counted plural of a noun for one
    person (`person_nouns`) is that many people last named, as 'both' and 'the two' are; fewer
    named, nobody."""
    if head.tag_ != "NNS" or lemma(head) not in actor_lexicon().person_nouns:
        return None
    number = count_of(head)
    if number < MIN_PARTIES:
        return None
    people = recent_people(ctx, head.idx, number)
    return people[::-1] if len(people) == number else []


def _group(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'the parties', 'they', 'the authorities of the two sides': the group last counted."""
    lem = lemma(head)
    lx = lexicon()
    if (lem in lx.group_nouns or head.lower_ in ("they", "their")) and ctx.group:
        return list(ctx.group)
    if (
        lem in lx.authority_nouns
        and ctx.group
        and any(c.lower_ in lx.number_words for t in head.subtree for c in t.children)
    ):
        return list(ctx.group)
    return None


def _entity(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """A named entity that is no common noun; a body or group the article describes."""
    lem = lemma(head)
    lx = lexicon()
    if _common_plural(head):
        return None
    if head.ent_type_ in NAMED and not common_noun(entity_text(head)):
        return [entity_text(head)]
    if (lem in lx.agent_nouns or lem in lx.org_nouns) and any(
        c.dep_ in ("nummod", "amod")
        and (c.ent_type_ in NAMED or (c.like_num and lem in lx.org_nouns))
        for c in head.children
    ):
        # "two Chinese cities", "the Chinese government", "three companies"; a count of people
        # with no name ("More than 300 students will …") is a common noun (session 25)
        return [described_words(head)]
    if (
        lem in lx.org_nouns
        and any(c.dep_ == "amod" for c in head.children)
        and not determined_by(head, ("a", "an"))
    ):
        # "the central government", "Flemish authorities": a body the article describes; an
        # indefinite one ("an outside engineering team") is a common noun (session 25)
        return [described_words(head)]
    if head.tag_ == "NNS" and any(_names_group(c, ctx) for c in head.children):
        return [described_words(head)]  # "Ansett workers", "CMAG ministers": a named group
    return None


def _names_group(child: Token, ctx: Context) -> bool:
    """A name that makes a plural noun a named group ("Ansett workers", "CMAG ministers from
    …"): a compound tagged a name, or left untagged as one and not capitalised only because it
    opens the sentence ("Search engines value …"; an acronym may: "CMAG"); not a person the
    people stage found (that is the person's own: "Biden aides"), nor a date ("Christmas
    shoppers")."""
    if child.dep_ != "compound" or person_at(ctx, child.idx):
        return False
    if child.ent_type_ in NAMED:
        return True
    opens = child.i == child.sent.start and child.text[1:].islower()
    return not child.ent_type_ and not opens and is_name(child)


def _of_countries(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'Representatives of the five nations -- A, B, … --': the countries listed."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if (
                pobj.dep_ == "pobj"
                and lemma(pobj) in COUNTRY_NOUNS
                and (listed := _listed_places(pobj, ctx))
            ):
                ctx.group = listed
                return listed
    return None


def _name_words(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'the boomtown of Guangzhou', a name the model left untagged, 'the Metro Water utility'."""
    if head.pos_ == "NOUN" and (named_in := of_named(head)) is not None:
        return [entity_text(named_in)]
    if is_name(head) and not _common_plural(head):
        return [compound_name(head)]
    named = [
        c for c in head.children if c.dep_ == "compound" and (c.ent_type_ in NAMED or is_name(c))
    ]
    if named and lemma(head) in lexicon().org_nouns:  # "the Metro Water utility": Metro Water
        return [entity_text(named[0]) if named[0].ent_type_ else compounds_text(head)]
    return None


def _antecedent(head: Token, ctx: Context, attribution: Attribution | None) -> list[str] | None:
    """'it', 'they', 'the company': who says so, else the organisation named last. A definite
    description ("the band", "the committee") is first what the article identified it as before
    (`Context.described`: the name it was last resolved to, or the members listed beside it;
    session 14), unless a body in reach has the noun in its name."""
    low = head.lower_
    holder = _reporter(head) if low in IMPERSONAL else None
    if holder is not None and holder.lower_ not in IMPERSONAL:
        names = _resolve_one(holder, ctx, attribution)
        if low in ("they", "their") and holder.conjuncts:
            # "Standard Oil Co and BP North America Inc said they plan to …": "they" are all
            # the speakers, not the first one (session 26)
            others = (n for o in holder.conjuncts for n in _resolve_one(o, ctx, attribution))
            return list(dict.fromkeys([*names, *others]))
        if low in ("they", "their") and (person_at(ctx, holder.idx) or _listed_person(names, ctx)):
            # "Palestinian negotiator Erekat said they would …": one person speaks for a people,
            # named by the nationality beside the speaker; no such word, no guess. A plural
            # pronoun is never the one person who speaks, however that person is named
            # ("Sanborn said they'll …": not Sanborn; session 13, review F2)
            people = [t for t in holder.subtree if t.ent_type_ == "NORP" and t.i < holder.i]
            return [people_of(entity_text(people[0]))] if people else []
        if low in ("it", "its") and _listed_person(names, ctx):
            # "Northwind Energy spokesman Tom Astley said it would …": "it" is never a person;
            # the body the speaker speaks for, else the organisation in reach
            return _speaker_body(holder, ctx, attribution)
        return names
    if low in ("they", "their") and (holder is None or holder.lower_ in IMPERSONAL):
        plural = _plural_before(head)
        if plural is not None:
            # "People don't just watch - they want …": the plural named before, not the
            # organisation last named; a common noun, however described, gives nobody
            named_in = any(t.ent_type_ in NAMED or t.pos_ == "PROPN" for t in plural.subtree)
            return _resolve_one(plural, ctx, attribution) if named_in else []
    if low in IMPERSONAL or (
        lemma(head) in lexicon().org_nouns
        and any(c.lower_ in ("the", "this", "that") for c in head.children)
    ):
        org = antecedent_org(ctx, head, _other_source(head, attribution))
        before = ctx.described.get(lemma(head)) if definite_body(head) else None
        if before and (org is None or lemma(head) not in org.lower().split()):
            # "the committee" is the committee named before (its name, its members), before
            # any other body in reach; a body in reach whose name holds the noun comes first
            return list(before)
        if _capitalised_body(head) and (org is None or lemma(head) not in org.lower().split()):
            # "The TWU says the Government promised …": the capitalised noun before a body
            # named by an acronym in reach; one whose name holds the noun comes first
            return [entity_text(head)]
        return [org] if org else []
    return None


def _capitalised_body(head: Token) -> bool:
    """'The TWU says the Government promised …', 'The Government says it will …': "the" and a
    capitalised noun of `capitalised_body_nouns`, wherever it stands (the sentence's first
    words included), with no body named so in reach: how Commonwealth news names the
    national government (and the annotators of its stories read it so: "Government"); a
    lower-case "the government" stays nobody."""
    return (
        lemma(head) in actor_lexicon().capitalised_body_nouns
        and head.tag_ == "NNP"
        and head.text[:1].isupper()
        and determined_by(head, ("the",))
        and entity_text(head).lower() == head.lower_
    )


def _reporter(tok: Token) -> Token | None:
    """Who reports the clause holding `tok` (`speech_subject`), also when the speech verb shares
    its subject with the verb it is coordinated with ("Tesla has begun … and says it plans to
    …": Tesla; session 15). The decision keeps `speech_subject`."""
    holder = speech_subject(tok)
    if holder is not None:
        return holder
    node = tok
    while node.head.i != node.i:
        node = node.head
        if lemma(node) in lexicon().speech_verbs and node.pos_ in ("VERB", "AUX"):
            if node.dep_ != "conj" or any(c.dep_ == "nsubj" for c in node.children):
                return None
            subj = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
            return subj if subj is not None and subj.i != tok.i else None
    return None


def _plural_before(pronoun: Token) -> Token | None:
    """The plural noun a 'they' of the same sentence stands for: the subject of an earlier clause
    ("People don't just want to watch - they want to swipe", "Most organizations don't …; they
    want …"), the nearest before the pronoun; not a name (session 15)."""
    for tok in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if tok.dep_ in SUBJECT and tok.tag_ == "NNS" and not tok.ent_type_:
            return tok
    return None


def _common_plural(head: Token) -> bool:
    """'Users who want …', 'Attendees will …': a plural common noun capitalised at the start of
    a line or a heading, which the article writes in lower case elsewhere: no name (session 15)."""
    return (
        head.tag_ in ("NNS", "NNPS")
        and head.text[:1].isupper()
        and not head.text.isupper()
        and not _in_longer_name(head)
        and any(t.text == head.lower_ or (t.lemma_ == lemma(head) and t.is_lower) for t in head.doc)
    )


def _in_longer_name(head: Token) -> bool:
    """The plural is the last word of a longer name ("Loud Bodies will …", tagged as one
    organisation, or with a capitalised compound before it, "Lumen Threads"): a name, however
    the article writes the plural's word elsewhere ("body type"); a determiner the model takes
    into the entity ("The Residents") adds no word to the name."""
    if any(c.dep_ == "compound" and c.text[:1].isupper() for c in head.children):
        return True
    return any(
        e.start <= head.i < e.end and sum(t.dep_ != "det" for t in e) > 1 for e in head.doc.ents
    )


def _a_person(holder: Token, names: list[str], ctx: Context) -> bool:
    """The speaker resolved to a person of the article (not a body or a place): a word the
    model tags a person counts unless the places stage found a place there ("Sydney says it
    intends to …": the model's tag is wrong; the people stage did not take it)."""
    if _listed_person(names, ctx):
        return True
    return holder.ent_type_ == "PERSON" and place_at(ctx, holder.idx) is None


def _listed_person(names: list[str], ctx: Context) -> bool:
    """The speaker of "it" is a person the people stage lists ("Northwind Energy spokesman Tom
    Astley said it would …"). The model's PERSON tag alone is not enough: a name the people
    stage did not take is a body that speaks of itself ("Coursera announced it will combine
    with Udemy": the model tags Coursera a person; session 28), as a place is ("Sydney says it
    intends to …", session 20)."""
    people = {p.name for p in ctx.people}
    return any(n in people for n in names)


def _speaker_body(holder: Token, ctx: Context, attribution: Attribution | None) -> list[str]:
    """The organisation a person who speaks is tied to in the words naming them ("Northwind
    Energy spokesman Tom Astley", "Tom Astley, Northwind Energy's chief executive", "Tom Astley,
    a spokesman for Northwind Energy"), else the organisation in guideline 10's reach that is
    not the source; else nobody."""
    for tok in holder.subtree:
        if tok.ent_type_ == "ORG" and not common_noun(entity_text(tok)) and tok.i != holder.i:
            return [entity_text(tok)]
    org = antecedent_org(ctx, holder, None)
    return [org] if org else []


def _other_source(head: Token, attribution: Attribution | None) -> str | None:
    """The reporting source of the subject's sentence, when it is another than the subject
    ('The company will pay …, the office said': the office; not 'the company said it will …')."""
    if attribution is None or lemma(head) in attribution.text.lower().split():
        return None
    return attribution.text


STEPS: tuple[Step, ...] = (
    _speaker_of_himself,
    _named_at,
    _short_name,
    _titled,
    _possessor,
    _described,
    _members,
    _bare_plan,
    _first_person,
    _parties,
    _personal,
    _counted,
    _counted_people,
    _group,
    _described_person,
    _party_named,
    _the_party,
    _entity,
    _of_countries,
    _name_words,
    _place_noun,
    _antecedent,
)


def _beside(head: Token) -> list[Token]:
    """The dependents of a subject, and of the pieces of a hyphenated title the small
    model splits into sibling subjects ("says Co-Founder, Stephanie Özcan": "Co", "-", "Founder"
    each a subject of "says", the name in apposition to the last one)."""
    pieces = [
        t
        for t in head.head.children
        if t.dep_ == head.dep_ and t.i != head.i and abs(t.i - head.i) <= TITLE_PIECES
    ]
    return [c for t in (head, *pieces) for c in t.children]


def _listed_places(head: Token, ctx: Context) -> list[str]:
    """'Representatives of the five nations -- Israel, Lebanon, … and the United States --': the
    places listed in apposition to a counted noun of countries, when their number matches."""
    number = count_of(head)
    appos = [c for c in head.subtree if c.dep_ == "appos"]
    names: list[str] = []
    for first in appos:
        for tok in [first, *first.conjuncts]:
            name = place_at(ctx, tok.idx) or (
                entity_text(tok) if tok.ent_type_ in ("GPE", "NORP") else None
            )
            if name and name not in names:
                names.append(name)
    return names if number and len(names) == number else []


def _body_of_members(noun: Token) -> Token | None:
    """The named body (an organisation or a place's government) whose people the noun names:
    'Castell Bank officials', 'officials at Castell Bank', 'a spokesman for the ministry of X'
    (the prepositions that tie them: `member_preps`, "executives of the firm", "negotiators from
    Kenya")."""
    preps = lexicon().member_preps
    for child in noun.children:
        if child.dep_ == "compound" and child.ent_type_ in ("ORG", "GPE"):
            return child
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("ORG", "GPE"):
                    return pobj
    return None


def plan_holder(
    noun: Token, ctx: Context, attribution: Attribution | None, *, source_holds: bool = True
) -> list[str]:
    """Whose is 'the goal' (guideline 10: the antecedent in reach): the person or body quoted
    saying it, else the organisation named last within ANTECEDENT_WINDOW ("Google unveiled
    Stadia … The goal is to deliver …"; for the actor, in guideline 10's reach), else nobody.
    The decision (classify.py) asks whether anyone holds it, the source included; the actor
    (`source_holds=False`, round 12b) leaves out the person who reports it (guideline 3: "the
    plan is to …, Tipton said" is the attribution, not the actor), but not a body that speaks
    for itself ("…, the company said")."""
    holder = of_named(noun)  # "the goal of Harbourline Foods is to …"
    if holder is not None and holder.head.lower_ == "of":
        return [entity_text(holder)]
    speaker = speech_subject(noun)
    if (
        speaker is not None
        and (names := _resolve_one(speaker, ctx, None))
        and (source_holds or not _a_person(speaker, names, ctx))
    ):
        return names
    if source_holds and attribution is not None and (person := person_named(ctx, attribution.text)):
        return [person]
    # the decision asks whether anyone within ANTECEDENT_WINDOW could hold it; the actor is
    # the organisation in guideline 10's reach (its sentence and the one before; session 15:
    # "… Tips for a DIY home … While the goal is to reduce waste" is nobody's, not "DIY")
    org = recent_org(ctx, noun) if source_holds else org_in_reach(ctx, noun)
    return [org] if org else []


def writer_body(subj: Token, ctx: Context) -> list[str]:
    """The text's own "we": the body it names for itself ("We, the Green Party, will …", "At
    Acme we will …"), else the organisation or party last named as a subject within
    COLLECTIVE_WINDOW ("Labor will invest … We will also build …"); "I" and an unnamed writer
    give no actor (guideline 12: the writer's real-world undertaking counts with `[]`)."""
    if subj.lower_ not in ("we", "us", "our") and not any(
        c.dep_ == "poss" and c.lower_ == "our" for c in subj.children
    ):
        return []  # "I", "my": the writer, unnamed
    for child in subj.children:
        if child.dep_ == "appos" and child.ent_type_ in ("ORG", "NORP"):
            return [entity_text(child)]
    for tok in subj.sent:
        if (
            tok.i < subj.i
            and tok.ent_type_ == "ORG"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "at"
        ):
            return [entity_text(tok)]
    if ctx.collective is not None and subj.idx - ctx.collective[1] <= COLLECTIVE_WINDOW:
        return [ctx.collective[0]]
    return []
