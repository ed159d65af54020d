"""The decision path of a record: which trigger family, in which frame, made it.

Every record the rules emit carries, internally, the path that produced it (trigger family x
frame), so that each path's precision can be measured out of fold and weak paths pruned or made
to need more evidence (docs/commitments.md, "Round 8 (session 9)"). The path is not
part of the public record; `extract_paths` (in `__init__`) gives it beside each record.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Doc, Span, Token

from newsdesk.analysis.commitments.attribution import (
    FIRST_PERSON,
    governing_speech,
    in_quotes,
    writer_voice,
)
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.mentions import person_at, place_at
from newsdesk.analysis.commitments.names import APOSTROPHE_S, NAMED, is_name
from newsdesk.analysis.commitments.subjects import passive_agent
from newsdesk.analysis.commitments.triggers import WILL_MODALS, Kind, Trigger
from newsdesk.analysis.doctext import doc_text, line_bounds
from newsdesk.analysis.paragraphs import text_sentences


class Family(StrEnum):
    """The trigger's family: what carries the undertaking."""

    will = "will"  # will / shall + verb
    will_passive = "will-passive"  # "free buses will be provided by the council"
    arranged = "arranged"  # "are to ban", "is holding an event next month"
    would = "would"  # "said it would open …", "a Labor government would …"
    commit = "commit"  # commit, pledge, promise, vow, guarantee, undertake
    agree = "agree"  # agree to, sign up to, agree a deal
    offer = "offer"  # offer / threaten / decide to
    pledge_noun = "pledge-noun"  # "its pledge to protect", "reaffirmed their commitment to"
    plan_noun = "plan-noun"  # "unveiled a plan to", "the goal is to", "in a bid to"
    goals = "goals"  # "have been established as goals"
    intent = "intent"  # plan / intend / aim / seek / strive / look / work to
    wish = "wish"  # want / hope / would like / wish to
    going_to = "going-to"  # "is going to", "is set to"
    intent_object = "intent-object"  # "is seeking pacts", "wants cooperation"
    consider = "consider"  # consider, weigh, mull, explore the option
    list_item = "list-item"  # a line under a lead-in "The council will:"


class Frame(StrEnum):
    """Whose words the trigger stands in."""

    quoted = "quoted"  # inside quotation marks
    reported = "reported"  # under a speech verb ("said … will")
    writer = "writer"  # the text's own "we"/"I" (a release, a manifesto, a blog)
    narrated = "narrated"  # the writer tells of a third party


class Holder(StrEnum):
    """What kind of word names the actor (the extra evidence a weak path may need)."""

    name = "name"  # a named person, organisation, place or group
    pronoun = "pronoun"  # he, she, they, it, we, I
    noun = "noun"  # a common noun ("the council", "officials", "the goal")


@dataclass(frozen=True, slots=True)
class DecisionPath:
    family: Family
    frame: Frame
    holder: Holder

    @property
    def key(self) -> str:
        """'will/reported': the path as the audit tables name it."""
        return f"{self.family}/{self.frame}"


def family_of(trig: Trigger) -> Family:
    lx = lexicon()
    tok = trig.token
    lem = lemma(tok)
    match trig.kind:
        case Kind.WILL:
            if lem not in WILL_MODALS:
                return Family.arranged
            if passive_agent(trig.head) is not None:
                return Family.will_passive
            return Family.will
        case Kind.WOULD:
            return Family.would
        case Kind.VERB:
            if lem in lx.agree_verbs:
                return Family.agree
            if lem in lx.infinitive_only_verbs:
                return Family.offer
            return Family.commit
        case Kind.NOUN:
            return Family.pledge_noun
        case Kind.PLAN:
            return Family.plan_noun
        case Kind.GOALS:
            return Family.goals
        case Kind.CONSIDER:
            return Family.consider
    # Kind.INTENT
    if lem in ("go", "set"):
        return Family.going_to
    if trig.complement is not None and trig.complement.pos_ in ("NOUN", "PROPN", "NUM"):
        return Family.intent_object
    if lem in lx.wanting_verbs:
        return Family.wish
    return Family.intent


def frame_of(trig: Trigger, subj: Token) -> Frame:
    if in_quotes(trig.token.sent, trig.token):
        return Frame.quoted
    if writer_voice(subj):
        return Frame.writer
    if governing_speech(trig.head) is not None:
        return Frame.reported
    return Frame.narrated


def holder_of(subj: Token, ctx: Context) -> Holder:
    low = subj.lower_
    if subj.pos_ == "PRON" or low in FIRST_PERSON or low in ("he", "she", "they", "it", "its"):
        return Holder.pronoun
    if subj.ent_type_ in NAMED or person_at(ctx, subj.idx) or place_at(ctx, subj.idx):
        return Holder.name
    if is_name(subj):
        return Holder.name
    return Holder.noun


def path_of(trig: Trigger, subj: Token, ctx: Context) -> DecisionPath:
    return DecisionPath(family_of(trig), frame_of(trig, subj), holder_of(subj, ctx))


# The policy, chosen by grouped cross-validation over train+dev (docs/commitments.md,
# "Round 8"): a record told by the writer of a third party (the narrated frame) needs a sentence
# not addressed to the reader: "Coinbase will broker the transaction for you", "32GB will keep
# you covered" describe what a product or service does for the user. Round 8 limited it to the
# weak paths (*will*, considerations); round 12a's pruning removed that limit for the sentence
# rule (the family guard acted on 5 pages of the pool, each time keeping a false alarm; no true
# record needed it). The page rule (a weak path on a page that speaks to its reader, round 9b)
# keeps the limit: on such a page a narrated "She promised to open the shop in May" is still an
# undertaking. The text's own "we" and quoted or reported speakers (campaign material's voices:
# "We will cut your taxes") are other frames and keep their records.
READER_WEAK = frozenset({Family.will, Family.consider})
READER = frozenset({"you", "your", "yours", "yourself", "yourselves"})


def addresses_reader(sent: Span) -> bool:
    """A sentence that speaks to its reader ('you', 'your')."""
    return any(t.lower_ in READER for t in sent)


def line_addresses_reader(tok: Token) -> bool:
    """The line of `tok` within its sentence speaks to its reader. A sentence can run over
    several lines (a lead-in and its list lines: only a blank line ends a sentence), and a
    list line's "your" does not speak for the next line's "She promised …" (round 12a)."""
    start, end = line_bounds(doc_text(tok.doc), tok.idx, tok.idx)
    return any(t.lower_ in READER and start <= t.idx < end for t in tok.sent)


# A page that speaks to its reader in one sentence of five or more is a guide, a review
# or a service page (stated before measuring; news speaks to its reader rarely).
READER_PAGE_SHARE = 0.2


def reader_page(doc: Doc) -> bool:
    """The page addresses its reader in READER_PAGE_SHARE of its sentences or more."""
    sents = list(text_sentences(doc))  # blank-line sentences are no sentences here
    return bool(sents) and sum(addresses_reader(s) for s in sents) >= READER_PAGE_SHARE * len(sents)


# A page whose finite verbs stand in the past tense less than a fifth of the time describes (a
# manual, a wiki, a product or service page, an explainer: what things do, in the present); news
# narrates in the past (stated as the reader page's share is: a fifth).
PRESENT_PAGE_SHARE = 0.2
# A share of fewer finite verbs than this says nothing of a page's voice: a short text (a wire
# brief, a caller's single sentence, a test) is never judged a describing page.
PRESENT_PAGE_VERBS = 20


def present_page(doc: Doc) -> bool:
    """The page describes in the present: of its finite verbs in the past (VBD) or present (VBZ,
    VBP), at least PRESENT_PAGE_VERBS, fewer than PRESENT_PAGE_SHARE are past."""
    past = sum(t.tag_ == "VBD" for t in doc)
    finite = past + sum(t.tag_ in ("VBZ", "VBP") for t in doc)
    return finite >= PRESENT_PAGE_VERBS and past < PRESENT_PAGE_SHARE * finite


def walk_through_page(doc: Doc) -> bool:
    """The text's own voice says "let's" ("Let's start with the soil", "let's take a look at the
    code"), outside quotation marks: its "we" is the writer and the reader together (a
    tutorial, a recipe, a walk-through). Not "let us", which as often asks leave ("let us
    know"), nor "let's be clear", "let's be honest": rhetoric, no step of a walk-through."""
    return any(
        t.lower_ == "let"
        and t.i + 1 < len(doc)
        and doc[t.i + 1].lower_ in APOSTROPHE_S
        and doc[t.i + 1].tag_ == "PRP"
        and lemma(doc[t.i + 1].head) != "be"
        and not in_quotes(t.sent, t)
        for t in doc
    )


def needs_no_reader(trig: Trigger, subj: Token) -> bool:
    """A record told by the writer of a third party (the narrated frame), which counts only when
    its sentence does not address the reader, whatever the trigger's family (round 12a)."""
    return frame_of(trig, subj) is Frame.narrated


def weak_narrated(trig: Trigger, subj: Token) -> bool:
    """A weak narrated path (a third party's *will*, a consideration told by the writer), which
    counts on a page that speaks to its reader only when a person or a party undertakes it."""
    return family_of(trig) in READER_WEAK and needs_no_reader(trig, subj)


def platform_page(doc: Doc) -> bool:
    """A campaign's page (round 10a): it names a party as such ("Labor", "the Greens", "the
    Coalition", capitalised: `party_names`) or states a condition of being elected ("if
    elected"). There the text's own "we" states a platform."""
    return any(_names_a_party(t) or _if_elected(t) for t in doc)


def _names_a_party(tok: Token) -> bool:
    """'Labor', 'the Greens', 'a Labor government'; not a compound naming something else
    ('Labor Day', 'the Labour Party conference')."""
    lx = lexicon()
    if not tok.text[:1].isupper() or (
        tok.lower_ not in lx.party_names and lemma(tok) not in lx.party_names
    ):
        return False
    return tok.dep_ != "compound" or lemma(tok.head) in lx.platform_nouns


def _if_elected(tok: Token) -> bool:
    return lemma(tok) == "elect" and tok.tag_ in ("VBN", "VBD") and tok.dep_ == "advcl"
