"""Who undertakes: the trigger's subject (or agent, or holder), resolved to a name of the article.

An actor is always a person, organisation, place or group named in the article, or nothing:
pronouns and "we"/"I" go to their named antecedent or to the quoted speaker, "the company" to
the organisation last named, "the three countries" to the countries named before; a heading or
a bare common noun gives no actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.triggers import Kind, Trigger
from newsdesk.analysis.doctext import doc_text, same_line
from newsdesk.labels import PlaceKind
from newsdesk.model import Attribution, Person, Place

NAMED = ("PERSON", "ORG", "GPE", "NORP")
# How far back "the company" / "it" looks for the organisation it stands for, in characters:
# about two sentences of news prose; further back the guess is more often wrong than right.
ANTECEDENT_WINDOW = 400
# How far back an unquoted "we" (a party's manifesto, a press release) looks for the body that
# speaks, in characters: about the opening paragraphs of a release, where the party is named.
COLLECTIVE_WINDOW = 1000


@dataclass(slots=True)
class Context:
    """What the article has named so far, for resolving pronouns and group nouns."""

    doc: Doc
    people: list[Person]
    places: list[Place]
    published: date | None
    orgs: list[Span] = field(default_factory=list)
    group: list[str] | None = None  # the last resolved group of parties ("the three countries")
    last_speaker: str | None = None  # the person last quoted, for "we"/"I" in a later sentence
    speaker_end: int = -1  # where the sentence that named the last speaker ends
    collective: tuple[str, int] | None = None  # the body last named as a subject, and where


def subject(trig: Trigger) -> Token | None:
    """The token that names the actor: subject, passive agent, possessor or holder."""
    if trig.kind in (Kind.NOUN, Kind.PLAN):
        if (
            trig.head.i != trig.token.i
            and trig.token.dep_ in ("dobj", "obj")
            and (
                lemma(trig.head) in lexicon().reaffirm_verbs
                or not any(c.dep_ == "poss" for c in trig.token.children)
            )
        ):
            # "Both reiterated their commitment to …": who reiterates, not whose it is; but
            # "the market weighed Dole's proposal to …" is Dole's
            subj = clause_subject(trig.head)
            if subj is not None:
                return subj
        poss = next((c for c in trig.token.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss
        if trig.token.dep_ == "pobj" and trig.token.head.lower_ in ("in", "with"):
            # "X did Y in a bid to Z", "X is working on Y, with a goal of doing Z": X
            return clause_subject(trig.token.head.head)
        if trig.head.i == trig.token.i:
            # "the goal is to …": the goal stands for its holder, named or not
            return trig.token if trig.token.dep_ == "nsubj" else None
    if trig.kind is Kind.GOALS:
        # who set the goals: the holder of the meeting they were set in, or the subject of the
        # clause the agentless passive is coordinated with
        holder = _holder_of_relative(trig.head)
        if holder is None and trig.head.dep_ == "conj":
            holder = clause_subject(trig.head.head)
        return holder
    return clause_subject(trig.head)


def clause_subject(verb: Token) -> Token | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:  # "free buses will be provided by the council"
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    subjects = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and not _across_lines(c, verb)
    ]
    if subjects:
        # "CLEVELAND, Ohio – The Doobie Brothers will …": a dateline parsed as a second subject;
        # the subject nearest the verb is the clause's own
        child = max(subjects, key=lambda c: c.i if c.i < verb.i else -c.i)
        if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            return verb.head  # "the Project, which aims to …": the Project
        return child
    if verb.head.i != verb.i and not same_paragraph(verb, verb.head):
        # a paragraph the parser joined to the one before ("… signing of Kepa Arrizabalaga" +
        # blank line + "Kepa Arrizabalaga will undergo a medical"): the line's own subject is
        # the noun before the verb on its line that the parser hung on the previous line
        return _line_subject(verb)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    shared = ("conj", "xcomp", "acomp", "attr")
    if verb.head.i != verb.i and (
        verb.dep_ in shared or (verb.dep_ == "advcl" and (infinitive or verb.tag_ == "VBG"))
    ):
        return clause_subject(verb.head)  # "X agreed to Y and committed to Z"
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head  # "providers pledging to …", "the firm, which will …"
    return None


def _line_subject(verb: Token) -> Token | None:
    """The noun opening the verb's paragraph, attached by the parser to a word of an earlier line."""
    for tok in verb.doc[verb.sent.start : verb.i]:
        if (
            same_paragraph(tok, verb)
            and tok.pos_ in ("PROPN", "NOUN", "PRON")
            and tok.head.i < tok.i
            and not same_paragraph(tok.head, verb)
        ):
            return tok
    return None


def same_paragraph(a: Token, b: Token) -> bool:
    """No blank line between the two tokens (a hard-wrapped line break does not count)."""
    lo, hi = sorted((a.idx, b.idx))
    return re.search(r"\n[ \t]*\n", doc_text(a.doc)[lo:hi]) is None


def _across_lines(subj: Token, verb: Token) -> bool:
    """A heading the parser joined to the next line ('FORD MUSTANG MACH E' + blank line + 'Ford
    will display …'): a subject on another line than its verb is not the clause's."""
    return not same_line(subj, verb) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i for c in verb.children
    )


def of_named(noun: Token) -> Token | None:
    """'the boomtown of Guangzhou', 'authorities in Wuhan': the named place or body."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "ORG", "NORP"):
                    return pobj
    return None


def _holder_of_relative(verb: Token) -> Token | None:
    """'X and Y had a meeting in which Z have been established as goals': X and Y."""
    node = verb
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl":
        return None
    noun = node.head
    holder = noun.head
    return clause_subject(holder) if holder.pos_ in ("VERB", "AUX") else None


def resolve(
    subj: Token, ctx: Context, attribution: Attribution | None, *, writer: bool = False
) -> list[str]:
    """The actor's names. `writer`: the subject is the text's own "we"/"I", outside quotation
    marks and reported speech (a manifesto, a release, a blog)."""
    if writer:
        return writer_body(subj, ctx)
    actors: list[str] = []
    for head in [subj, *subj.conjuncts]:
        for name in _resolve_one(head, ctx, attribution):
            if name not in actors:
                actors.append(name)
    for name in _coordinated_people(subj, ctx):
        if actors and name not in actors:
            actors.append(name)
    return actors


# Dependents whose words describe the subject rather than name a co-actor: "the man who met X",
# "the head of X's office".
DESCRIBING = ("relcl", "acl", "prep")


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


def _resolve_one(head: Token, ctx: Context, attribution: Attribution | None) -> list[str]:
    lx = lexicon()
    low = head.lower_
    lem = lemma(head)
    if low in ("he", "she"):
        # "Eyles, who beat Jansher, said he would …": the one who says it, before any guess
        holder = speech_subject(head)
        if holder is not None and (person := person_at(ctx, holder.idx)):
            return [person]
        if holder is not None and holder.ent_type_ == "PERSON":
            return [_entity_text(holder)]
        if holder is not None and holder.tag_ == "NNP" and not holder.ent_type_:
            # round 7: "Eyles, who defeated Jansher …, said that he would …": a name the model
            # left untagged speaks of himself; not the person last named (Jansher)
            name = _compound_name(holder)
            return [person_named(ctx, name) or name]
    if person := person_at(ctx, head.idx):
        return [person]
    # "The president, Joe Biden" / "Biden's team": the person named beside the noun
    for child in _beside(head):
        if (
            child.dep_ in ("appos", "poss", "compound")
            and same_line(child, head)
            and (person := person_at(ctx, child.idx))
        ):
            return [person]
    if place := place_at(ctx, head.idx):
        return [place]
    if (described := _named_description(head)) is not None:
        # round 8: "Right Way PAC, an organization that plans to …", "a venture to be called
        # Northgate Lending, which will …": a description stands for the name it is given
        return _resolve_one(described, ctx, attribution)
    if lem in lx.member_nouns and (body := _body_of_members(head)) is not None:
        return [_entity_text(body)]  # "Castell Bank officials", "a spokesman for the ministry"
    if _bare_plan(head):
        return plan_holder(head, ctx, attribution)
    if low in ("we", "i", "us", "our", "my"):
        holder = speech_subject(head)
        # "'We will …,' the company said", "'… [we] have agreed …,' it says": the body or the
        # person whose words they are, resolved like any subject
        if (
            holder is not None
            and holder.lower_ not in ("we", "i", "us", "our", "my")
            and (names := _resolve_one(holder, ctx, None))
        ):
            return names
        if attribution is not None:
            speaker = person_named(ctx, attribution.text)
            if speaker or attribution.text[:1].isupper():
                return [speaker or attribution.text]
            return []  # "the statement", "the company": no name to give
        return [ctx.last_speaker] if ctx.last_speaker and _speaker_in_reach(head, ctx) else []
    if low in ("he", "she"):
        return salient_person(ctx, head)
    if low in ("his", "her"):  # a possessive is local: the person last named
        return recent_people(ctx, head.idx, 1)
    if low == "both":
        return recent_people(ctx, head.idx, 2)
    if low in lx.number_words and any(c.lower_ == "the" for c in head.children):
        return recent_people(ctx, head.idx, lx.number_words[low])  # "the two will meet"
    number = next(
        (lx.number_words[c.lower_] for c in head.children if c.lower_ in lx.number_words), None
    )
    if lem in ("country", "nation", "government") and number:
        names = recent_countries(ctx, head.idx, number)
        ctx.group = names or ctx.group
        return names
    if lem in ("country", "nation") and (listed := _listed_places(head, ctx)):
        ctx.group = listed  # "the five nations … -- Israel, Lebanon, Syria, France and the US"
        return listed
    if (lem in lx.org_nouns and lem not in ("country", "nation", "government") and number) or (
        lem == "partner" and head.tag_ == "NNS"
    ):
        # "the two companies", "both banks", "the partners": the organisations last named
        names = recent_orgs(ctx, head, number or 2)
        if names:
            return names
    if (lem in lx.group_nouns or low in ("they", "their")) and ctx.group:
        return list(ctx.group)
    if (
        lem in ("authority", "official", "agency", "force")
        and ctx.group
        and any(c.lower_ in lx.number_words for t in head.subtree for c in t.children)
    ):
        return list(ctx.group)
    if head.ent_type_ in NAMED and not common_noun(_entity_text(head)):
        return [_entity_text(head)]
    if (lem in lx.agent_nouns or lem in lx.org_nouns) and any(
        c.dep_ in ("nummod", "amod") and (c.like_num or c.ent_type_ in NAMED) for c in head.children
    ):
        return [_words(head)]  # "two Chinese cities", "the Chinese government": the group's words
    if lem in lx.org_nouns and any(c.dep_ == "amod" for c in head.children):
        return [_words(head)]  # "the central government": a body the article describes
    for prep in head.children:  # "Representatives of the five nations -- A, B, … --"
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if (
                pobj.dep_ == "pobj"
                and lemma(pobj) in ("country", "nation")
                and (listed := _listed_places(pobj, ctx))
            ):
                ctx.group = listed
                return listed
    if head.pos_ == "NOUN" and (named_in := of_named(head)) is not None:
        return [_entity_text(named_in)]
    if is_name(head):
        return [_compound_name(head)]
    named = [
        c for c in head.children if c.dep_ == "compound" and (c.ent_type_ in NAMED or is_name(c))
    ]
    if named and lem in lexicon().org_nouns:  # "the Metro Water utility": Metro Water
        return [_entity_text(named[0]) if named[0].ent_type_ else text_of_compounds(head)]
    holder = speech_subject(head) if low in ("it", "its", "they", "their") else None
    if holder is not None and low in ("they", "their") and person_at(ctx, holder.idx):
        # "Palestinian negotiator Erekat said they would …": one person speaks for a people,
        # named by the nationality beside the speaker; no such word, no guess
        people = [t for t in holder.subtree if t.ent_type_ == "NORP" and t.i < holder.i]
        return [people_of(_entity_text(people[0]))] if people else []
    if holder is not None and holder.lower_ not in ("it", "its", "they", "their"):
        return _resolve_one(holder, ctx, attribution)
    if low in ("it", "its", "they", "their") or (
        lem in lx.org_nouns and any(c.lower_ in ("the", "this", "that") for c in head.children)
    ):
        org = recent_org(ctx, head)
        return [org] if org else []
    return []


NAMING_VERBS = frozenset({"call", "name", "dub", "know"})  # "a venture to be called X"


def _named_description(noun: Token) -> Token | None:
    """The name a common noun is given in its own sentence, on its line: in apposition ('Right
    Way PAC, an organization …', 'the charity, Harbour Trust, …') or by a naming participle ('a
    venture to be called Northgate Lending', 'a group known as X')."""
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "appos" and _named(noun.head) and same_line(noun, noun.head):
        return noun.head
    for child in noun.children:
        if child.dep_ == "appos" and _named(child) and same_line(child, noun):
            return child
        if child.dep_ in ("acl", "relcl") and lemma(child) in NAMING_VERBS:
            for name in child.subtree:
                if name.dep_ in ("oprd", "attr", "pobj", "dobj") and _named(name):
                    return name
    return None


def _named(tok: Token) -> bool:
    """A name of a person, organisation or place (not a nationality: 'Americans, a people …')."""
    return (tok.ent_type_ in NAMED and tok.ent_type_ != "NORP") or (
        tok.pos_ == "PROPN" and is_name(tok)
    )


def _beside(head: Token) -> list[Token]:
    """The dependents of a subject, and (round 7) of the pieces of a hyphenated title the small
    model splits into sibling subjects ("says Co-Founder, Stephanie Özcan": "Co", "-", "Founder"
    each a subject of "says", the name in apposition to the last one)."""
    pieces = [
        t
        for t in head.head.children
        if t.dep_ == head.dep_ and t.i != head.i and abs(t.i - head.i) <= TITLE_PIECES
    ]
    return [c for t in (head, *pieces) for c in t.children]


TITLE_PIECES = 3  # "Co - Founder", "Vice - President": at most three tokens of one title


def _bare_plan(noun: Token) -> bool:
    """'The goal is to …', 'The plan is to …': a plan noun standing for its unnamed holder."""
    lx = lexicon()
    return (
        lemma(noun) in lx.intent_nouns | lx.commit_nouns
        and noun.dep_ == "nsubj"
        and not any(c.dep_ == "poss" for c in noun.children)
    )


def plan_holder(noun: Token, ctx: Context, attribution: Attribution | None) -> list[str]:
    """Whose is 'the goal' (guideline 10: the antecedent in reach): the person or body quoted
    saying it, else the organisation named last within ANTECEDENT_WINDOW ("Google unveiled
    Stadia … The goal is to deliver …"), else nobody."""
    holder = of_named(noun)  # "the goal of Harbourline Foods is to …"
    if holder is not None and holder.head.lower_ == "of":
        return [_entity_text(holder)]
    speaker = speech_subject(noun)
    if speaker is not None and (names := _resolve_one(speaker, ctx, None)):
        return names
    if attribution is not None and (person := person_named(ctx, attribution.text)):
        return [person]
    org = recent_org(ctx, noun)
    return [org] if org else []


def common_noun(name: str) -> bool:
    """'Government', 'the Police': an entity the model tagged that is one noun for a body or
    people, no name (guideline 10: an actor is never a common noun); 'Coalition Government'
    stays a name."""
    lx = lexicon()
    words = [w.lower() for w in name.split() if w.lower() not in ("the", "a", "an")]
    return len(words) == 1 and (words[0] in lx.org_nouns or words[0] in lx.agent_nouns)


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
            return [_entity_text(child)]
    for tok in subj.sent:
        if (
            tok.i < subj.i
            and tok.ent_type_ == "ORG"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "at"
        ):
            return [_entity_text(tok)]
    if ctx.collective is not None and subj.idx - ctx.collective[1] <= COLLECTIVE_WINDOW:
        return [ctx.collective[0]]
    return []


def remember_collective(subj: Token, actors: list[str], ctx: Context) -> None:
    """An organisation or party that undertakes something itself ("Labor will invest …", "A
    Labor Government will …"): the body a later unquoted "we" in the same text stands for. Only
    the subject of an undertaking counts, so a blog's "we" does not become a company it reviews."""
    if len(actors) != 1:
        return
    named = subj if subj.ent_type_ in ("ORG", "NORP") else None
    if named is None and lemma(subj) in lexicon().org_nouns:
        named = next(
            (c for c in subj.children if c.dep_ == "compound" and c.ent_type_ in NAMED), None
        )
    if named is not None:
        ctx.collective = (actors[0], subj.idx)


def people_of(nationality: str) -> str:
    """'Palestinian' -> 'Palestinians', 'Israeli' -> 'Israelis': the people a nationality names
    ('Chinese', 'French' stay as they are)."""
    return nationality + "s" if nationality.endswith(("an", "i")) else nationality


def _words(head: Token) -> str:
    toks = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "punct", "poss")]
    return " ".join(t.text for t in toks)


def is_name(tok: Token) -> bool:
    """A proper noun that is a name, not a capitalised heading word: it is not the first word of
    its sentence, or the article has it elsewhere inside a sentence or as part of a named entity."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return False
    if common_noun(tok.text) and not any(c.dep_ == "compound" for c in tok.children):
        return False  # "the Government", "Police": capitalised, still a common noun
    lx = lexicon()
    if (lemma(tok) in lx.org_nouns or lemma(tok) in lx.agent_nouns) and not tok.ent_type_:
        return False  # "Company's goal is …": a heading's common noun, capitalised
    if tok.pos_ == "PROPN" and tok.i != tok.sent.start:
        return True
    return any(
        t.text == tok.text and (t.ent_type_ in NAMED or (t.pos_ == "PROPN" and t.i != t.sent.start))
        for t in tok.doc
        if t.i != tok.i
    )


def text_of_compounds(head: Token) -> str:
    """'the Metro Water utility' -> 'Metro Water': the chain of compounds before the noun."""
    words = [
        t
        for t in head.subtree
        if t.i < head.i and (t.dep_ == "compound" or t.head.dep_ == "compound")
    ]
    return " ".join(t.text for t in words)


def _compound_name(head: Token) -> str:
    """'Stephen Eyles' from 'Eyles': a name with the chain of compounds before it."""
    return f"{text_of_compounds(head)} {head.text}".strip()


def speech_subject(tok: Token) -> Token | None:
    """The subject of the speech verb whose clause holds `tok` ("The utility said it will …")."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if lemma(node) in lexicon().speech_verbs and node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return subj if subj is not None and subj.i != tok.i else None
    return None


def _entity_text(tok: Token) -> str:
    """The whole named entity the token belongs to, without a leading 'the'."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            # an entity the model ran over a paragraph break ("Cybereason" + blank line +
            # "LevelBlue"): only the words on the token's own line
            words = [
                t
                for t in ent
                if not (t.i == ent.start and t.lower_ in ("the", "a", "an"))
                and not t.is_space
                and same_line(t, tok)
            ]
            return " ".join(t.text for t in words).replace(" 's", "").strip()
    return str(tok.text)


def recent_org(ctx: Context, tok: Token) -> str | None:
    """The organisation named last before `tok`: in the sentence's reporting clause first."""
    sent = tok.sent
    before = [
        e
        for e in ctx.orgs
        if e.end_char <= tok.idx
        and tok.idx - e.end_char <= ANTECEDENT_WINDOW
        and e.start >= sent.start - 80
        and person_at(ctx, e.start_char) is None  # an ORG tag the people stage read as a person
    ]
    if before:
        # a subject is the likelier antecedent ("The Doobie Brothers will be inducted at the
        # Hall of Fame … the band will"): the last organisation named as a subject, else the last
        subjects = [e for e in before if e.root.dep_ in ("nsubj", "nsubjpass")]
        last = (subjects or before)[-1]
        return " ".join(t.text for t in last if not (t.i == last.start and t.lower_ == "the"))
    return None


def recent_orgs(ctx: Context, tok: Token, n: int) -> list[str]:
    """The last `n` different organisations named before `tok` within ANTECEDENT_WINDOW, in the
    order named; fewer than `n` gives none (the group is not named in reach)."""
    names: list[str] = []
    for e in reversed(ctx.orgs):
        if e.end_char > tok.idx or tok.idx - e.end_char > ANTECEDENT_WINDOW:
            continue
        name = " ".join(t.text for t in e if not (t.i == e.start and t.lower_ == "the"))
        if name not in names:
            names.append(name)
        if len(names) == n:
            return names[::-1]
    return []


def _listed_places(head: Token, ctx: Context) -> list[str]:
    """'Representatives of the five nations -- Israel, Lebanon, … and the United States --': the
    places listed in apposition to a counted noun of countries, when their number matches."""
    lx = lexicon()
    number = next(
        (lx.number_words[c.lower_] for c in head.children if c.lower_ in lx.number_words), 0
    )
    appos = [c for c in head.subtree if c.dep_ == "appos"]
    names: list[str] = []
    for first in appos:
        for tok in [first, *first.conjuncts]:
            name = place_at(ctx, tok.idx) or (
                _entity_text(tok) if tok.ent_type_ in ("GPE", "NORP") else None
            )
            if name and name not in names:
                names.append(name)
    return names if number and len(names) == number else []


def person_at(ctx: Context, offset: int) -> str | None:
    for person in ctx.people:
        if any(m.start <= offset < m.end for m in person.mentions):
            return person.name
    return None


def place_at(ctx: Context, offset: int) -> str | None:
    for place in ctx.places:
        if any(m.start <= offset < m.end for m in place.mentions):
            return place_label(place)
    return None


def place_label(place: Place) -> str:
    """A place as an actor (round 7, guideline 10: names as the article gives them): the
    gazetteer's name, unless it shares no word with any of the article's own full forms
    ("Yugoslavia", which the gazetteer calls Serbia and Montenegro; "Cologne", Köln): then the
    article's form. An abbreviation ("U.S.", "UK", "Calif") gives way to the gazetteer's name."""
    words = set(place.name.lower().split())
    forms = [m.text for m in place.mentions]
    if any(set(f.lower().split()) & words for f in forms):
        return place.name
    full = [
        f
        for f in forms
        if not (f.isupper() or "." in f or len(f) <= ABBREVIATION_LENGTH)
        and not place.name.lower().startswith(f.lower())  # "Calif", "Mich": a short form
    ]
    return full[0] if full else place.name


ABBREVIATION_LENGTH = 3  # "USA", "UAE", "PRC": short forms stay the gazetteer's name


def person_named(ctx: Context, text: str) -> str | None:
    for person in ctx.people:
        if text == person.name or text in person.aliases or person.name.endswith(text):
            return person.name
    return None


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


def _in_subject(tok: Token) -> bool:
    """The token is (part of) the subject of its clause: 'Tom Astley' in 'Tom Astley met …'."""
    node = tok
    while node.dep_ in ("compound", "flat", "appos", "amod", "conj") and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass")


def salient_person(ctx: Context, pronoun: Token) -> list[str]:
    """Who 'he'/'she' stands for: the person last named as a subject in the pronoun's sentence
    (before it) or the sentence before, the centre of attention ('Tom Astley met Ruth Okafor on
    Monday. He promised …' is Astley); with none, the person last named (recent_people)."""
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = ctx.doc[start - 1].sent.start
    window_start = ctx.doc[start].idx
    best: tuple[int, str] | None = None
    for p in ctx.people:
        for m in p.mentions:
            if not window_start <= m.start < pronoun.idx:
                continue
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not any(_in_subject(t) for t in span):
                continue
            if best is None or m.start > best[0]:
                best = (m.start, p.name)
    return [best[1]] if best else recent_people(ctx, pronoun.idx, 1)


def recent_people(ctx: Context, offset: int, n: int) -> list[str]:
    seen = sorted(
        (
            (max(m.start for m in p.mentions if m.start < offset), p.name)
            for p in ctx.people
            if any(m.start < offset for m in p.mentions)
        ),
        reverse=True,
    )
    return [name for _, name in seen[:n]]


def recent_countries(ctx: Context, offset: int, n: int) -> list[str]:
    mentions = sorted(
        (
            (m.start, place_label(p))
            for p in ctx.places
            if p.kind == PlaceKind.country
            for m in p.mentions
            if m.start < offset
        ),
        reverse=True,
    )
    names: list[str] = []
    for _, name in mentions:
        if name not in names:
            names.append(name)
        if len(names) == n:
            break
    if len(names) != n:
        return []
    return sorted(
        names,
        key=lambda nm: min(m.start for p in ctx.places if place_label(p) == nm for m in p.mentions),
    )


def remember_speaker(sent: Span, ctx: Context) -> None:
    """The person a speech verb of the sentence has as subject ("…," Claure said)."""
    for tok in sent:
        if lemma(tok) in lexicon().speech_verbs and tok.pos_ == "VERB":
            for subj in tok.children:
                if subj.dep_ == "nsubj" and (person := person_at(ctx, subj.idx)):
                    ctx.last_speaker = person
                    ctx.speaker_end = sent.end_char
                    return


def _speaker_in_reach(pronoun: Token, ctx: Context) -> bool:
    """Guideline 10: a quoted "we"/"I" with no speaker of its own is the speaker named in the
    sentence before (a quotation running on); further back, nothing says who speaks."""
    sent = pronoun.sent
    if sent.start == 0:
        return False
    before = pronoun.doc[sent.start - 1].sent
    return ctx.speaker_end > before.start_char


def remember_groups(sent: Span, ctx: Context) -> None:
    """'the three countries' said outside a commitment still names the parties for later."""
    lx = lexicon()
    for tok in sent:
        if lemma(tok) in ("country", "nation"):
            n = next(
                (lx.number_words[c.lower_] for c in tok.children if c.lower_ in lx.number_words), 0
            )
            if n and (names := recent_countries(ctx, tok.idx, n)):
                ctx.group = names
