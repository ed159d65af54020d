"""The running memory of the article, sentence by sentence: the speaker last quoted, the body
last named as undertaking something, the group of countries last counted (Context's fields)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lexicon import actor_lexicon, lemma, lexicon
from newsdesk.analysis.commitments.mentions import (
    MIN_PARTIES,
    person_at,
    place_at,
    recent_countries,
)
from newsdesk.analysis.commitments.names import NAMED, count_of, entity_text
from newsdesk.analysis.deps import NAME_PARTS, determined_by
from newsdesk.analysis.paragraphs import sentence_before


def remember_speaker(sent: Span, ctx: Context) -> None:
    """The person a speech verb of the sentence has as subject ("…," Claure said), or a verb that
    hands on a quotation ("…," comments Johnston: `quoting_verbs`, session 15)."""
    speech = lexicon().speech_verbs
    for tok in sent:
        lem = lemma(tok)
        # the small model tags "comments" of '…," comments Johnston' a noun: the subject it
        # governs makes it the verb, so a quoting verb is read whatever its tag
        if (lem in speech and tok.pos_ == "VERB") or lem in actor_lexicon().quoting_verbs:
            for subj in tok.children:
                if subj.dep_ == "nsubj" and (person := person_at(ctx, subj.idx)):
                    ctx.last_speaker = person
                    ctx.speaker_end = sent.end_char
                    return


def speaker_in_reach(pronoun: Token, ctx: Context) -> bool:
    """Guideline 10: a quoted "we"/"I" with no speaker of its own is the speaker named in the
    sentence before (a quotation running on); further back, nothing says who speaks."""
    before = sentence_before(pronoun.sent)
    if before is None:
        return False
    return ctx.speaker_end > before.start_char


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


def remember_description(subj: Token, actors: list[str], ctx: Context) -> None:
    """A definite description of a body ("the band", "the committee") resolved to names: what a
    later "the band" stands for when no body is named in its reach (`actors._antecedent`)."""
    if actors and definite_body(subj):
        ctx.described[lemma(subj)] = list(actors)


def _members_listed(tok: Token, ctx: Context) -> list[str]:
    """'the committee -- Israel, Lebanon, Syria, France and the United States': the places,
    organisations or people listed in apposition to a noun for a body."""
    for first in (c for c in tok.children if c.dep_ == "appos"):
        names: list[str] = []
        for member in (first, *first.conjuncts):
            name = person_at(ctx, member.idx) or place_at(ctx, member.idx)
            if name is None and member.ent_type_ in ("ORG", "GPE"):
                name = entity_text(member)
            if name is None:
                break  # "the committee, the coastal headquarters …": a description, no list
            if name not in names:
                names.append(name)
        else:
            if len(names) >= MIN_PARTIES:
                return names
    return []


def definite_body(tok: Token) -> bool:
    """'the band', 'this company': a definite noun for a body, with no name of its own."""
    return (
        tok.pos_ == "NOUN"
        and lemma(tok) in lexicon().org_nouns
        and determined_by(tok)
        and not any(c.dep_ in NAME_PARTS for c in tok.children)
    )


def remember_groups(sent: Span, ctx: Context) -> None:
    """'the three countries' said outside a commitment still names the parties for later."""
    for tok in sent:
        if definite_body(tok) and (members := _members_listed(tok, ctx)):
            ctx.described[lemma(tok)] = members
        if lemma(tok) in ("country", "nation"):
            n = count_of(tok)
            if n and (names := recent_countries(ctx, tok.idx, n)):
                ctx.group = names
