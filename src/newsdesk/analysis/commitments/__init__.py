"""Commitments: who committed, agreed, pledged or will do what, how firmly, when, on whose word.

Built on spaCy's dependency parse; the rules and their reasons are in docs/commitments.md.

- triggers.py: candidate words (commit, pledge, will, plan to, consider, "its pledge to", …)
- classify.py: is the candidate an undertaking? (forecasts, wishes, refusals, questions,
  agency, mood, negation)
- agency.py: can the subject undertake anything? (a person, body, place or group; not a thing)
- exposition.py: the writer about the text itself ("in this guide we'll explore …")
- subjects.py: whose clause it is: the token that names the actor (subject, agent, holder)
- actors.py: who undertakes: that token resolved to a name of the article, step by step
- names.py: what a word of the parse names (an entity's text, an untagged name, a count)
- mentions.py: lookups into the people, places and organisations the entities stage found
- memory.py: the running memory of speakers, bodies and groups, sentence by sentence
- context.py: the record of what the article has named so far, which the rules read
- attribution.py: who says so (never the actor)
- phrases.py: the words and character offsets of actor, trigger and action
- paths.py: the decision path of a record (trigger family x frame), for the precision audit,
  and the policy for the weak narrated paths
- conditions.py: the clauses that put a condition on a verb ('if the talks fail', 'if elected')
- timex.py: when the action is due
- lists.py: the items of a list under a lead-in ("The council will:" + one line an item)
- repeats.py: one record per statement: a sentence repeated word for word (a quoted post)
  gives no record again
- lexicon.py: the word lists, read once from data/commitments.json
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsdesk.analysis.commitments.actors import reported_subject, resolve_actors
from newsdesk.analysis.commitments.attribution import find_attribution, writer_voice
from newsdesk.analysis.commitments.classify import Verdict, decide
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lists import list_items, opens_list
from newsdesk.analysis.commitments.memory import (
    remember_collective,
    remember_description,
    remember_groups,
    remember_speaker,
)
from newsdesk.analysis.commitments.mentions import page_voice
from newsdesk.analysis.commitments.names import untagged_firms
from newsdesk.analysis.commitments.paths import (
    DecisionPath,
    Family,
    path_of,
    platform_page,
    present_page,
    reader_page,
    walk_through_page,
)
from newsdesk.analysis.commitments.phrases import (
    action_tokens,
    char_span,
    condition_tokens,
    phrase_tokens,
    text_of,
    trigger_text,
)
from newsdesk.analysis.commitments.repeats import Statements, statement_of
from newsdesk.analysis.commitments.subjects import subject
from newsdesk.analysis.commitments.timex import candidate_time, parse_date
from newsdesk.analysis.commitments.triggers import Kind, Trigger, find_triggers
from newsdesk.analysis.doctext import doc_text
from newsdesk.model import Attribution, Commitment, Mention, Person, Place

__all__ = ["Observer", "extract", "extract_paths"]

# Told of every candidate trigger the rules judge, with its subject, the rules' verdict and the
# article's context as it stands then: how scripts/train_commitments.py takes the features of
# the learned decision (scripts/commitment_features.py) as the run time sees them. It only
# looks: what it returns is ignored.
Observer = Callable[[Trigger, Token | None, Verdict, Context], object]

# Confidence per kind of trigger: explicit verbs are surest, a bare "will" or "would" least.
CONFIDENCE = {
    Kind.VERB: 0.9,
    Kind.NOUN: 0.85,
    Kind.GOALS: 0.8,
    Kind.PLAN: 0.8,
    Kind.INTENT: 0.8,
    Kind.WILL: 0.75,
    Kind.WOULD: 0.7,
    Kind.CONSIDER: 0.7,
}
UNRESOLVED_PENALTY = 0.2  # a record whose actor is not named is less use and more often wrong


def extract(
    doc: object, people: list[Person], places: list[Place], published: str | None
) -> list[Commitment]:
    """The commitments of a parsed article (a spaCy Doc with parser and NER)."""
    return [rec for rec, _ in extract_paths(doc, people, places, published)]


def extract_paths(
    doc: object,
    people: list[Person],
    places: list[Place],
    published: str | None,
    *,
    observe: Observer | None = None,
) -> list[tuple[Commitment, DecisionPath]]:
    """The commitments, each with the decision path that produced it (for the audit of each
    path's precision: docs/commitments.md, "Round 8"); `observe` is told of every candidate
    the rules judge (training: `Observer`)."""
    if not isinstance(doc, Doc):
        raise TypeError(f"extract needs a spaCy Doc, not {type(doc).__name__}")
    ctx = Context(
        doc,
        people,
        places,
        parse_date(published),
        orgs=sorted(
            [*(e for e in doc.ents if e.label_ == "ORG"), *untagged_firms(doc)],
            key=lambda e: e.start,
        ),
        reader_page=reader_page(doc),
        platform_page=platform_page(doc),
        present_page=present_page(doc),
        walk_through=walk_through_page(doc),
        voice=page_voice(doc),
    )
    records: list[tuple[Commitment, DecisionPath]] = []
    statements = Statements()
    for sent in doc.sents:
        made_before = len(records)
        covered: set[int] = set()
        for trig in find_triggers(sent):
            if trig.token.i in covered:
                continue
            made = _record(sent, trig, ctx, observe)
            if made is None:
                continue
            rec, path = made
            if trig.complement is not None:
                covered.update(t.i for t in trig.complement.subtree)
            if trig.kind is Kind.WILL and opens_list(trig):
                rec = replace(
                    rec, action="", action_start=rec.trigger_end, action_end=rec.trigger_end
                )
                item_path = replace(path, family=Family.list_item)
                records += [(rec, path), *((i, item_path) for i in list_items(ctx.doc, rec))]
                covered.update(range(sent.start, sent.end))
                continue
            records.append((rec, path))
        if len(records) > made_before:
            # a sentence that repeats one which gave records (a quoted post of a forum
            # thread) gives none again: the first occurrence's stand. It is still read, as
            # before, so the memory of speakers and groups is the same (repeats.py)
            sent_records = [rec for rec, _ in records[made_before:]]
            statement = statement_of(doc_text(doc), sent.start_char, sent.end_char, sent_records)
            if statements.repeats(statement):
                del records[made_before:]
            else:
                statements.recorded(statement)
        remember_groups(sent, ctx)
        remember_speaker(sent, ctx)
    return records


def _record(
    sent: Span, trig: Trigger, ctx: Context, observe: Observer | None
) -> tuple[Commitment, DecisionPath] | None:
    subj = subject(trig)
    # the rules decide: no learned model ships (docs/commitments.md, "Round 6"; its features
    # are the training script's, scripts/commitment_features.py)
    verdict = decide(trig, subj, ctx)
    if observe is not None:
        observe(trig, subj, verdict, ctx)
    if not verdict.undertaking or subj is None:
        return None
    action = action_tokens(trig)
    if not action and trig.kind in (Kind.CONSIDER, Kind.INTENT):
        # "Castell Bank will consider at its next meeting", "what I'd consider: …": a
        # consideration or intention whose action cannot be read says nothing one could hold
        # the actor to (review 14, 4); a bare "will" may (the lead-in of a list)
        return None
    attr: Attribution | None = find_attribution(sent, trig.token, trig.head, ctx)
    writer = writer_voice(subj)
    # the actor's token in the record's words, found once, for the actors too (the memory
    # updated below is not what it reads: the article's people and places)
    shown = subj if writer else reported_subject(subj, ctx)
    actors = resolve_actors(subj, ctx, attr, writer=writer, reported=shown)
    if not writer:
        remember_collective(subj, actors, ctx)
        remember_description(subj, actors, ctx)
    if shown is not subj and attr is None:
        # "Biden vowed the United States will …": the clause's subject is the actor and its
        # words the record's; the one who vows is the source (session 25)
        attr = Attribution(text=text_of(phrase_tokens(subj)), kind="reported")
    t_start, t_end = char_span(trig.words)
    a_start, a_end = char_span(action) if action else (t_end, t_end)
    condition = condition_tokens(trig)
    confidence = CONFIDENCE[trig.kind]
    record = Commitment(
        actors=actors,
        actor_text=text_of(phrase_tokens(shown)),
        trigger=trigger_text(trig),
        action=text_of(action).rstrip(" ,.;:"),
        strength=trig.strength,
        negated=verdict.negated,
        conditional=text_of(condition) if condition else None,
        time=candidate_time(trig, ctx),
        attribution=attr,
        sentence=sent.text.strip(),
        start=sent.start_char,
        end=sent.end_char,
        confidence=confidence if actors else round(confidence - UNRESOLVED_PENALTY, 2),
        trigger_start=t_start,
        trigger_end=t_end,
        action_start=a_start,
        action_end=a_end,
        trigger_parts=_trigger_parts(trig),
    )
    return record, path_of(trig, subj, ctx)


def _trigger_parts(trig: Trigger) -> list[Mention]:
    """The trigger's words in the text, one `Mention` per run of adjacent tokens: the parts
    `trigger_text` joins with '…' ("reaffirmed … commitment"), as written ("won't")."""
    words = sorted(trig.words, key=lambda t: t.i)
    runs: list[list[Token]] = []
    for tok in words:
        if runs and tok.i == runs[-1][-1].i + 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    text = doc_text(trig.token.doc)  # joined once a Doc, not once a record
    return [Mention(text[s:e], s, e) for s, e in map(char_span, runs)]
