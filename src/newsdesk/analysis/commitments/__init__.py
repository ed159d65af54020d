"""Commitments: who committed, agreed, pledged or will do what, how firmly, when, on whose word.

Built on spaCy's dependency parse; the rules and their reasons are in docs/commitments.md.

- triggers.py: candidate words (commit, pledge, will, plan to, consider, "its pledge to", …)
- classify.py: is the candidate an undertaking? (forecasts, wishes, refusals, questions,
  agency, mood, negation)
- learned.py: the learned decision's parse features and run-time scoring (a logistic model
  read once from data/commitments-model.json when one ships; none does, so the rules decide)
- actors.py: who undertakes, resolved to a name of the article
- attribution.py: who says so (never the actor)
- phrases.py: the words and character offsets of actor, trigger and action
- paths.py: the decision path of a record (trigger family x frame), for the precision audit,
  and round 8's policy for the weak narrated paths
- conditions.py: the clauses that put a condition on a verb ('if the talks fail', 'if elected')
- timex.py: when the action is due
- lexicon.py: the word lists, read once from data/commitments.json
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from newsdesk.analysis.commitments import learned
from newsdesk.analysis.commitments.actors import resolve
from newsdesk.analysis.commitments.attribution import attribution, writer_voice
from newsdesk.analysis.commitments.classify import decide
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.memory import (
    remember_collective,
    remember_groups,
    remember_speaker,
)
from newsdesk.analysis.commitments.paths import DecisionPath, Family, path_of
from newsdesk.analysis.commitments.phrases import (
    action_tokens,
    char_span,
    condition_tokens,
    phrase_tokens,
    text_of,
    trigger_text,
)
from newsdesk.analysis.commitments.subjects import subject
from newsdesk.analysis.commitments.timex import parse_date, time_of
from newsdesk.analysis.commitments.triggers import Kind, Trigger, triggers
from newsdesk.analysis.doctext import doc_text
from newsdesk.model import Attribution, Commitment, Person, Place

__all__ = ["extract", "extract_paths"]

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
    doc: object, people: list[Person], places: list[Place], published: str | None
) -> list[tuple[Commitment, DecisionPath]]:
    """The commitments, each with the decision path that produced it (for the audit of each
    path's precision: docs/commitments.md, "Round 8")."""
    if not isinstance(doc, Doc):
        raise TypeError(f"extract needs a spaCy Doc, not {type(doc).__name__}")
    ctx = Context(
        doc,
        people,
        places,
        parse_date(published),
        orgs=[e for e in doc.ents if e.label_ == "ORG"],
    )
    records: list[tuple[Commitment, DecisionPath]] = []
    for sent in doc.sents:
        covered: set[int] = set()
        for trig in triggers(sent):
            if trig.token.i in covered:
                continue
            made = _record(sent, trig, ctx)
            if made is None:
                continue
            rec, path = made
            if trig.complement is not None:
                covered.update(t.i for t in trig.complement.subtree)
            if trig.kind is Kind.WILL and _opens_list(trig):
                rec = replace(
                    rec, action="", action_start=rec.trigger_end, action_end=rec.trigger_end
                )
                item_path = replace(path, family=Family.list_item)
                records += [(rec, path), *((i, item_path) for i in list_items(ctx.doc, rec))]
                covered.update(range(sent.start, sent.end))
                continue
            records.append((rec, path))
        remember_groups(sent, ctx)
        remember_speaker(sent, ctx)
    return records


BULLETS = "-•*·–—▪◦>"


def _opens_list(trig: Trigger) -> bool:
    """'The government will:' — a modal left without its verb before a colon."""
    nxt = trig.token.nbor(1) if trig.token.i + 1 < len(trig.token.doc) else None
    return nxt is not None and nxt.text == ":"


# An item under "We will:" starts with its verb; the small model often tags a capitalised verb
# at the start of a line as a name or an adjective ("Cap childcare fees", "Restore penalty
# rates"), so an item is refused only by a first word that cannot start a verb phrase.
NOT_A_VERB_PHRASE = frozenset(
    {"DT", "PDT", "PRP", "PRP$", "CD", "IN", "WDT", "WP", "WP$", "WRB", "EX", "CC", "TO", "MD"}
)


ITEM_END = re.compile(r"(?:[\s.;,]+(?:and|or))?[\s.;,:]*$")


def list_items(doc: Doc, lead: Commitment) -> list[Commitment]:
    """Each line after the lead-in that starts with a verb is an undertaking of the lead-in's
    actor: 'The council will:' + '- build 20 schools' + '- hire nurses'. The list ends at a blank
    line followed by unbulleted text, at a line that cannot be a verb phrase, or at a new
    lead-in."""
    by_start = {t.idx: t for t in doc}
    text = doc_text(doc)
    colon = text.find(":", lead.trigger_end)
    items: list[Commitment] = []
    pos = colon + 1
    bulleted = False
    for line in text[pos:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        body = stripped.lstrip(BULLETS).strip()
        if not body:
            continue
        has_bullet = body != stripped
        if items and bulleted and not has_bullet:
            break  # the prose after a bulleted list
        first = by_start.get(start + line.index(body))
        if first is None or first.tag_ in NOT_A_VERB_PHRASE or not body[:1].isalpha():
            break
        if first.tag_ not in ("VB", "VBP") and first.pos_ != "VERB" and not has_bullet:
            break  # without a bullet only a line the parser reads as a verb is an item
        bulleted = bulleted or has_bullet
        b_start = start + line.index(body)
        b_end = b_start + len(ITEM_END.sub("", body))  # "Cap childcare fees; and" -> "… fees"
        items.append(
            replace(
                lead,
                action=text[b_start:b_end],
                sentence=line.strip(),
                start=start + line.index(line.strip()),
                end=start + len(line.rstrip()),
                action_start=b_start,
                action_end=b_end,
            )
        )
        if body.rstrip().endswith(":"):
            break
    return items


def _record(sent: Span, trig: Trigger, ctx: Context) -> tuple[Commitment, DecisionPath] | None:
    subj = subject(trig)
    # a shipped model's decision over the rules' verdict; with none shipped (as now) the rules'
    # verdict itself (docs/commitments.md, "Round 6")
    verdict = learned.decision(trig, subj, decide(trig, subj, ctx), ctx)
    if not verdict.undertaking or subj is None:
        return None
    attr: Attribution | None = attribution(sent, trig.token, trig.head, ctx)
    writer = writer_voice(subj)
    actors = resolve(subj, ctx, attr, writer=writer)
    if not writer:
        remember_collective(subj, actors, ctx)
    action = action_tokens(trig)
    t_start, t_end = char_span(trig.words)
    a_start, a_end = char_span(action) if action else (t_end, t_end)
    condition = condition_tokens(trig)
    confidence = CONFIDENCE[trig.kind]
    record = Commitment(
        actors=actors,
        actor_text=text_of(phrase_tokens(subj)),
        trigger=trigger_text(trig),
        action=text_of(action).rstrip(" ,.;:"),
        strength=trig.strength,
        negated=verdict.negated,
        conditional=text_of(condition) if condition else None,
        time=time_of(ctx.doc, trig, ctx.published),
        attribution=attr,
        sentence=sent.text.strip(),
        start=sent.start_char,
        end=sent.end_char,
        confidence=confidence if actors else round(confidence - UNRESOLVED_PENALTY, 2),
        trigger_start=t_start,
        trigger_end=t_end,
        action_start=a_start,
        action_end=a_end,
    )
    return record, path_of(trig, subj, ctx)
