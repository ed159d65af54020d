"""When the action is due: a date or time inside the action, resolved against the article's date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span

from newsdesk.analysis.commitments.conditions import CONDITION_MARKS, condition_clauses
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lexicon import lexicon
from newsdesk.analysis.commitments.triggers import Trigger
from newsdesk.analysis.deps import SUBJECT
from newsdesk.model import TimeExpression


def time_of(doc: Doc, trig: Trigger, published: date | None) -> TimeExpression | None:
    """A date in the action itself, not the day it was promised, nor one in its condition
    ('if the legislature approves the budget in its spring session')."""
    found = time_phrase(doc, trig)
    if found is None:
        return None
    phrase, is_date = found
    if not is_date:
        return TimeExpression(phrase.text, None)
    past = phrase.root.head.tag_ in ("VBD", "VBN")
    return TimeExpression(phrase.text, resolve_date(phrase.text, published, past=past))


def candidate_time(trig: Trigger, ctx: Context) -> TimeExpression | None:
    """`time_of` of a candidate of the article `ctx` reads, found once per candidate and kept
    in `ctx.times`: the walk-through rule (`exposition.walking_through`) asks it while the
    candidate is decided, the record (`commitments._record`) after."""
    if trig not in ctx.times:
        ctx.times[trig] = time_of(ctx.doc, trig, ctx.published)
    return ctx.times[trig]


def time_phrase(doc: Doc, trig: Trigger) -> tuple[Span, bool] | None:
    """The words `time_of` reads the action's time from, and whether they are a date or time
    entity (else a single word of `time_words`: "soon")."""
    condition = _condition_indices(trig)
    scopes: list[set[int]] = []
    if trig.complement is not None:
        scopes.append({t.i for t in trig.complement.subtree} - condition)
    if trig.complement is None or trig.complement.i == trig.head.i:
        scopes.append(({c.i for c in trig.head.children} | {trig.head.i}) - condition)
    for scope in scopes:
        dates = [
            ent
            for ent in doc.ents
            if ent.label_ in ("DATE", "TIME")
            and ent.start in scope
            and not _names_a_thing(ent)
            and not _said_when(ent, trig)
        ]
        if dates:
            # "… by the end of next year": a deadline over any other date of the action
            return next((e for e in dates if _deadline(e)), dates[0]), True
        for i in sorted(scope):
            if doc[i].lower_ in lexicon().time_words:
                return doc[i : i + 1], False
    return None


# A date that modifies a noun names a thing, not when the action is due: "end Saturday
# publication", "present the 2026 plan", "the RedCat 51" (session 12).
NOUN_MODIFIERS = ("compound", "amod", "nummod", "poss", "appos")
DEADLINE_PREPS = ("by", "before", "until", "till")


def _names_a_thing(ent: Span) -> bool:
    root = ent.root
    return root.dep_ in NOUN_MODIFIERS and root.head.pos_ in ("NOUN", "PROPN")


def _said_when(ent: Span, trig: Trigger) -> bool:
    """'X said on Monday she will …': a date between the verb that reports the clause and the
    clause's subject is when it was said, however the parser hung it ("on Monday" on
    "introduce"); a date opening the clause itself ("On Monday she will …", "said that on
    Monday she will …") is not."""
    verb = trig.complement if trig.complement is not None else trig.head
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i > ent.start:
        return False
    if any(t.dep_ == "mark" and t.i < ent.start for t in verb.children):
        return False  # "said that on Monday she will …": the date is the clause's own
    subjects = [t for t in verb.children if t.dep_ in SUBJECT]
    return bool(subjects) and ent.end <= subjects[0].i


def _deadline(ent: Span) -> bool:
    """'by the end of next year', 'before March': the date the action is due by."""
    if ent.root.dep_ != "pobj":
        return False
    prep = ent.root.head
    # "by the end of next year" parsed as "by [the end [of [next year]]]": up through "of"
    while prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.head.dep_ == "prep":
        prep = prep.head.head
    return prep.lower_ in DEADLINE_PREPS


def _condition_indices(trig: Trigger) -> set[int]:
    """The tokens of the conditions the undertaking is made under (the clauses a record's
    `conditional` comes from: 'if …', 'unless …', 'provided …', 'once …')."""
    heads = [h for h in (trig.head, trig.complement) if h is not None]
    return {
        t.i
        for h in heads
        for clause in condition_clauses(h, CONDITION_MARKS)
        for t in clause.subtree
    }


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def resolve_date(text: str, ref: date | None, *, past: bool = False) -> str | None:
    """The date a time expression names, ISO-style (a day, "YYYY-MM", "YYYY" or an ISO week),
    relative words ("next month", "on Monday") counted from `ref`, the publication date."""
    low = text.lower().strip()
    if m := re.search(r"\b(19|20)\d{2}\b", low):
        year = m.group(0)
        month = re.search(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", low)
        if month and (day := re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", low.replace(year, ""))):
            try:
                return (
                    datetime.strptime(f"{day.group(1)} {month.group(1)} {year}", "%d %b %Y")
                    .date()
                    .isoformat()
                )
            except ValueError:
                return year
        if month:
            return f"{year}-{datetime.strptime(month.group(1), '%b').month:02d}"
        return year
    if ref is None:
        return None
    if low in ("today", "tonight"):
        return ref.isoformat()
    if low == "tomorrow":
        return (ref + timedelta(days=1)).isoformat()
    if low in ("this year",):
        return str(ref.year)
    if low == "next year":
        return str(ref.year + 1)
    if low in ("this month",):
        return ref.strftime("%Y-%m")
    if low == "next month":
        nxt = (ref.replace(day=1) + timedelta(days=32)).replace(day=1)
        return nxt.strftime("%Y-%m")
    if low == "next week":
        return (ref + timedelta(days=7 - ref.weekday())).strftime("%G-W%V")
    for n, weekday in enumerate(lexicon().weekdays):
        if re.fullmatch(rf"(this |next |on )?{weekday}", low):
            if past and not low.startswith(("this ", "next ")):
                # "on Monday" told in the past tense is the Monday before the article
                return (ref - timedelta(days=(ref.weekday() - n) % 7)).isoformat()
            ahead = (n - ref.weekday()) % 7
            if low.startswith("next "):
                ahead = ahead + 7 if ahead == 0 else ahead
            return (ref + timedelta(days=ahead)).isoformat()
    return None
