"""newsdesk 0.1.0 commitment rules, frozen as they were before issue 11, for bench/commitments.py.

A verbatim copy of src/newsdesk/commitments.py at commit 657d28c (imports made absolute), so
the bench prints the old rules' figures beside the new ones on the same sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from newsdesk.labels import Strength
from newsdesk.model import Attribution, Person, Place, TimeExpression


@dataclass(slots=True)
class Commitment:
    """The 0.1.0 record, kept here so later fields in newsdesk.model do not break the copy."""

    actors: list[str]
    actor_text: str
    trigger: str
    action: str
    strength: Strength
    negated: bool
    conditional: str | None
    time: TimeExpression | None
    attribution: Attribution | None
    sentence: str
    start: int
    end: int
    confidence: float


COMMIT_VERBS = {"commit", "pledge", "promise", "vow", "undertake", "guarantee", "swear", "resolve"}
AGREE_VERBS = {"agree"}
REAFFIRM_VERBS = {"reaffirm", "reiterate", "renew", "restate", "confirm", "make", "express"}
COMMIT_NOUNS = {"commitment", "pledge", "promise", "vow"}
INTENT_VERBS = {"plan", "intend", "aim", "seek", "prepare", "want", "hope", "strive", "mean"}
CONSIDER_VERBS = {
    "consider",
    "weigh",
    "study",
    "explore",
    "mull",
    "contemplate",
    "examine",
    "evaluate",
    "assess",
    "review",
    "analyze",
    "analyse",
    "debate",
    "ponder",
}
POSSIBILITY_NOUNS = {"possibility", "option", "idea", "prospect", "feasibility", "proposal"}
SPEECH_VERBS = {
    "say",
    "add",
    "announce",
    "state",
    "tell",
    "note",
    "declare",
    "write",
    "insist",
    "stress",
    "explain",
    "confirm",
    "report",
    "warn",
    "promise",
    "claim",
}
# People and bodies that can undertake something; "will" with any other subject predicts.
AGENT_NOUNS = {
    # organisations and groups
    "league",
    "federation",
    "club",
    "airline",
    "carrier",
    "operator",
    "retailer",
    "manufacturer",
    "carmaker",
    "automaker",
    "producer",
    "supplier",
    "insurer",
    "lender",
    "charity",
    "museum",
    "hospital",
    "foundation",
    "institution",
    "movement",
    "campaign",
    "network",
    "platform",
    "startup",
    "corporation",
    "conglomerate",
    "utility",
    "railway",
    "broadcaster",
    "publisher",
    "newspaper",
    "regime",
    "junta",
    "militia",
    "rebel",
    "opposition",
    "majority",
    "minority",
    "province",
    "region",
    "municipality",
    "county",
    "town",
    "village",
    "state",
    "republic",
    "kingdom",
    "monarchy",
    "embassy",
    "mission",
    "delegate",
    "signatory",
    "member",
    "partner",
    "host",
    "organiser",
    "organizer",
    "sponsor",
    "donor",
    "investor",
    "shareholder",
    "owner",
    # people in office or at work
    "leader",
    "chief",
    "head",
    "chair",
    "chairman",
    "chairwoman",
    "director",
    "executive",
    "ceo",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "diplomat",
    "negotiator",
    "commander",
    "general",
    "police",
    "officer",
    "inspector",
    "mayor",
    "governor",
    "senator",
    "lawmaker",
    "legislator",
    "candidate",
    "coach",
    "manager",
    "player",
    "team",
    "staff",
    "worker",
    "employee",
    "union",
    "teacher",
    "doctor",
    "nurse",
    "farmer",
    "resident",
    "citizen",
    "voter",
    "student",
    "king",
    "queen",
    "prince",
    "pope",
    "president",
    "premier",
    "chancellor",
    "minister",
    "secretary",
    "judge",
    "court",
    "prosecutor",
    "attorney",
    "regulator",
    "watchdog",
    "country",
    "government",
    "authority",
    "official",
    "delegation",
    "participant",
    "party",
    "administration",
    "group",
    "company",
    "agency",
    "ministry",
    "department",
    "army",
    "council",
    "committee",
    "bank",
    "organization",
    "organisation",
    "nation",
    "side",
    "ally",
    "congress",
    "parliament",
    "city",
    "firm",
    "board",
    "prime",
    "ministers",
    "representative",
    "force",
    "forces",
    "people",
    "we",
    "coalition",
    "bloc",
    "alliance",
    "senate",
    "house",
    "legislature",
    "cabinet",
    "commission",
    "school",
    "university",
}
DOCUMENT_NOUNS = {
    "statement",
    "note",
    "communique",
    "communiqué",
    "declaration",
    "summary",
    "report",
    "release",
    "letter",
    "document",
    "readout",
    "memo",
    "agreement",
}
GROUP_NOUNS = {"participant", "delegation", "party", "side", "parties", "signatory", "member"}
PRONOUNS = {"i", "we", "you", "he", "she", "they", "it"}
TIME_WORDS = {"soon", "immediately", "shortly", "tomorrow", "tonight", "later", "eventually"}
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "both": 2,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_QUOTES = '“”"«»'


# Forms the small model lemmatises wrongly ("hopes" -> "hop", "committed" (ADJ) -> itself).
_LEMMA_FIXES = {
    "hopes": "hope", "hoped": "hope", "hoping": "hope", "committed": "commit",
    "pledges": "pledge", "vows": "vow", "vowed": "vow",
}  # fmt: skip


@dataclass(slots=True)
class _Trigger:
    token: Any  # the trigger token
    head: Any  # the verb whose subject is the actor
    complement: Any | None  # the action's head
    strength: Strength
    confidence: float


@dataclass(slots=True)
class _Context:
    people: list[Person]
    places: list[Place]
    published: date | None
    group: list[str] | None = None  # the last resolved group of parties ("the three countries")


def extract(
    doc: Any, people: list[Person], places: list[Place], published: str | None
) -> list[Commitment]:
    ctx = _Context(people, places, _parse_date(published))
    records: list[Commitment] = []
    for sent in doc.sents:
        covered: set[int] = set()
        for trig in _triggers(sent):
            if trig.token.i in covered:
                continue
            rec = _record(doc, sent, trig, ctx)
            if rec is None:
                continue
            if trig.complement is not None:
                covered.update(t.i for t in trig.complement.subtree)
            records.append(rec)
        _remember_groups(sent, ctx)
    return records


# ---------------------------------------------------------------- triggers


def _triggers(sent: Any) -> list[_Trigger]:
    found: list[_Trigger] = []
    for tok in sent:
        lemma = _LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())
        if lemma in COMMIT_VERBS | AGREE_VERBS and tok.pos_ in ("VERB", "ADJ", "AUX"):
            comp = _complement(tok)
            if lemma in AGREE_VERBS and comp is None:
                continue  # "agreed on the urgency of ..." shares a view, it is no undertaking
            found.append(_Trigger(tok, tok, comp, "commitment", 0.9))
        elif (
            lemma in COMMIT_NOUNS
            and tok.dep_ in ("dobj", "obj")
            and tok.head.lemma_.lower() in REAFFIRM_VERBS
        ):
            comp = _complement(tok)
            found.append(_Trigger(tok, tok.head, comp, "commitment", 0.85))
        elif lemma in ("will", "shall") and tok.dep_ == "aux" and tok.head.pos_ == "VERB":
            verb = tok.head
            if verb.lemma_.lower() in INTENT_VERBS | CONSIDER_VERBS | COMMIT_VERBS:
                continue  # "will consider" is graded by its own verb
            if _agentive(_subject(verb)):
                found.append(_Trigger(tok, verb, verb, "commitment", 0.75))
        elif lemma in INTENT_VERBS and tok.pos_ == "VERB":
            comp = _complement(tok)
            if comp is not None and comp.pos_ in ("VERB", "AUX"):
                found.append(_Trigger(tok, tok, comp, "intention", 0.8))
        elif (
            lemma == "expect"
            and tok.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in tok.children)
        ):
            comp = _complement(tok)
            if comp is not None:
                found.append(_Trigger(tok, tok, comp, "intention", 0.7))
        elif lemma in CONSIDER_VERBS and tok.pos_ == "VERB":
            obj = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "nsubjpass")
                ),
                None,
            )
            if lemma in (
                "analyze",
                "analyse",
                "examine",
                "study",
                "review",
                "assess",
                "evaluate",
                "debate",
            ) and (obj is None or obj.lemma_.lower() not in POSSIBILITY_NOUNS):
                continue  # analysing data is not weighing an option
            found.append(_Trigger(tok, tok, obj, "consideration", 0.7))
    return found


def _complement(tok: Any) -> Any | None:
    """The action: 'commit to establishing X' -> establishing; 'agreed to strengthen' -> strengthen."""
    for child in tok.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            # "agreed that the situation was serious" shares a view; it undertakes nothing
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
                continue
            return child
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "toward", "towards"):
            for grand in child.children:
                if grand.dep_ in ("pcomp", "pobj"):
                    return grand
    for child in tok.children:
        if child.dep_ == "acl" or (child.dep_ in ("relcl",) and child.pos_ == "VERB"):
            return child
    return None


def _subject(verb: Any) -> Any | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    # "X agreed to Y and committed to Z": the subject of the first verb
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head)
    if verb.dep_ == "relcl":
        return verb.head
    return None


def _agentive(subj: Any | None) -> bool:
    if subj is None:
        return False
    if subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = subj.lemma_.lower()
    if subj.lower_ in PRONOUNS - {"it", "you"}:
        return True
    return lemma in AGENT_NOUNS or subj.lower_ in AGENT_NOUNS


# ---------------------------------------------------------------- the record


def _record(doc: Any, sent: Any, trig: _Trigger, ctx: _Context) -> Commitment | None:
    subj = _subject(trig.head)
    if trig.strength == "consideration" and subj is None:
        subj = next((c for c in trig.head.children if c.dep_ == "agent"), None)
        subj = next(iter(subj.children), None) if subj is not None else None
    if subj is None:
        return None
    actor_tokens = _phrase_tokens(subj)
    actor_text = _text(doc, actor_tokens)
    attribution = _attribution(doc, sent, trig, ctx)
    actors = _resolve_actors(doc, subj, actor_text, ctx, attribution)
    action = _action_text(doc, trig)
    negated = any(c.dep_ == "neg" for t in (trig.token, trig.head) for c in t.children)
    return Commitment(
        actors=actors,
        actor_text=actor_text,
        trigger=_trigger_text(doc, trig),
        action=action,
        strength=trig.strength,
        negated=negated,
        conditional=_condition(doc, trig),
        time=_time(doc, trig, ctx),
        attribution=attribution,
        sentence=sent.text.strip(),
        start=sent.start_char,
        end=sent.end_char,
        confidence=trig.confidence if actors else round(trig.confidence - 0.2, 2),
    )


def _phrase_tokens(tok: Any) -> list[Any]:
    """The subject's noun phrase with its conjuncts ('The United States and Mexico')."""
    toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl", "punct") or t.text in ",&"]
    # cut relative clauses: keep only tokens before a relative pronoun
    out: list[Any] = []
    for t in toks:
        if t.tag_ in ("WDT", "WP") or t.dep_ == "relcl":
            break
        out.append(t)
    return out or [tok]


def _text(doc: Any, toks: list[Any]) -> str:
    if not toks:
        return ""
    span = doc[min(t.i for t in toks) : max(t.i for t in toks) + 1]
    return str(span.text).strip(" ,").strip()


def _trigger_text(doc: Any, trig: _Trigger) -> str:
    tok = trig.token
    if tok.lemma_.lower() in ("will", "shall"):
        negation = [c.text for c in trig.head.children if c.dep_ == "neg"]
        return " ".join([tok.text, *negation])
    if tok.lemma_.lower() in COMMIT_NOUNS and tok.pos_ == "NOUN":
        return f"{tok.head.text} … {tok.text}"
    preps = [
        c
        for c in tok.children
        if c.dep_ == "prep"
        and c.lower_ in ("to",)
        and trig.complement is not None
        and c.i < trig.complement.i
    ]
    aux = [
        c
        for c in tok.children
        if c.dep_ in ("aux", "auxpass") and c.lemma_ in ("be",) and c.i < tok.i
    ]
    parts = [*(a.text for a in aux), tok.text, *(p.text for p in preps[:1])]
    if trig.complement is not None and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trig.complement.children
    ):
        parts.append("to")
    return " ".join(parts)


def _action_text(doc: Any, trig: _Trigger) -> str:
    comp = trig.complement
    if comp is None and trig.token.dep_ == "acl":
        noun = trig.token.head
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ == "among" and prep.head.pos_ in ("VERB", "AUX"):
            # "Among the measures being considered by X is invoking Y": what is weighed is Y
            clause = prep.head
            cut = set(range(prep.left_edge.i, prep.right_edge.i + 1))
            for c in clause.children:
                if c.dep_ in ("aux", "auxpass", "punct") or c.dep_ == "relcl":
                    cut.add(c.i)
                if c.dep_ in ("relcl", "advcl", "nsubj"):
                    cut.update(range(c.left_edge.i, c.right_edge.i + 1))
            toks = [t for t in clause.subtree if t.i not in cut]
            clauses = [t for t in toks if t.dep_ == "relcl" or t.tag_ in ("WDT", "WP")]
            if clauses:  # "…, which gives the president…" describes, it is not the measure
                toks = [t for t in toks if t.i < clauses[0].i]
            return _text(doc, toks).rstrip(" ,.;:")
        # "the measures being considered by X": what is weighed is the noun itself
        acl = set(range(trig.token.left_edge.i, trig.token.right_edge.i + 1))
        return _text(doc, [t for t in _phrase_tokens(noun) if t.i not in acl])
    if comp is None:
        return ""
    skip = {
        t.i
        for c in comp.children
        if c.dep_ in ("nsubj", "nsubjpass", "aux") and c.lower_ not in ("to",)
        for t in c.subtree
    }
    skip |= {
        c.i
        for c in comp.children
        if c.dep_ in ("aux", "neg", "mark") or (c.lower_ in ("to",) and c.dep_ == "aux")
    }
    toks = [t for t in comp.subtree if t.i not in skip]
    # stop at a closing quote, the end of a quotation is the end of what was undertaken
    out: list[Any] = []
    for t in toks:
        if t.text in _QUOTES and out:
            break
        if t.text in _QUOTES:
            continue
        out.append(t)
    text = _text(doc, out)
    return text.rstrip(" ,.;:")


def _condition(doc: Any, trig: _Trigger) -> str | None:
    for head in [h for h in (trig.head, trig.complement) if h is not None]:
        for child in head.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless", "provided", "once")
                for m in child.children
            ):
                return _text(doc, list(child.subtree))
    return None


# ---------------------------------------------------------------- actors


def _resolve_actors(
    doc: Any, subj: Any, text: str, ctx: _Context, attribution: Attribution | None
) -> list[str]:
    heads = [subj, *[c for c in subj.conjuncts]]
    actors: list[str] = []
    for head in heads:
        for name in _resolve_one(doc, head, ctx, attribution):
            if name not in actors:
                actors.append(name)
    return actors


def _resolve_one(doc: Any, head: Any, ctx: _Context, attribution: Attribution | None) -> list[str]:
    low = head.lower_
    lemma = head.lemma_.lower()
    person = _person_at(ctx, head.idx)
    if person:
        return [person]
    # "The president, Joe Biden" / "Biden's team": the person named beside the noun
    for child in head.children:
        if child.dep_ in ("appos", "poss") and (person := _person_at(ctx, child.idx)):
            return [person]
    place = _place_at(ctx, head)
    if place:
        return [place]
    if low in ("we", "i") and attribution is not None:
        speaker = _person_named(ctx, attribution.text)
        return [speaker or attribution.text]
    if low in ("he", "she"):
        return _recent_people(ctx, head.idx, 1)
    if low == "both":
        return _recent_people(ctx, head.idx, 2)
    number = next((NUMBER_WORDS[c.lower_] for c in head.children if c.lower_ in NUMBER_WORDS), None)
    if lemma in ("country", "nation", "government") and number:
        names = _recent_countries(ctx, head.idx, number)
        ctx.group = names or ctx.group
        return names
    if (lemma in GROUP_NOUNS or low in ("they",)) and ctx.group:
        return list(ctx.group)
    if (
        lemma in ("authority", "official", "agency", "force")
        and ctx.group
        and any(c.lower_ in NUMBER_WORDS for t in head.subtree for c in t.children)
    ):
        return list(ctx.group)
    if head.ent_type_ in ("ORG", "NORP") or head.pos_ == "PROPN":
        return [_text(doc, _phrase_tokens(head))]
    return []


def _person_at(ctx: _Context, offset: int) -> str | None:
    for person in ctx.people:
        if any(m.start <= offset < m.end for m in person.mentions):
            return person.name
    return None


def _place_at(ctx: _Context, head: Any) -> str | None:
    for place in ctx.places:
        if any(m.start <= head.idx < m.end for m in place.mentions):
            return place.name
    return None


def _person_named(ctx: _Context, text: str) -> str | None:
    for person in ctx.people:
        if text == person.name or text in person.aliases or person.name.endswith(text):
            return person.name
    return None


def _recent_people(ctx: _Context, offset: int, n: int) -> list[str]:
    seen = sorted(
        (
            (max(m.start for m in p.mentions if m.start < offset), p.name)
            for p in ctx.people
            if any(m.start < offset for m in p.mentions)
        ),
        reverse=True,
    )
    return [name for _, name in seen[:n]]


def _recent_countries(ctx: _Context, offset: int, n: int) -> list[str]:
    mentions = sorted(
        (
            (m.start, p.name)
            for p in ctx.places
            if p.kind == "country"
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
    return (
        sorted(
            names,
            key=lambda nm: min(m.start for p in ctx.places if p.name == nm for m in p.mentions),
        )
        if len(names) == n
        else []
    )


def _remember_groups(sent: Any, ctx: _Context) -> None:
    """'the three countries' said outside a commitment still names the parties for later."""
    for tok in sent:
        if tok.lemma_.lower() in ("country", "nation") and any(
            c.lower_ in NUMBER_WORDS for c in tok.children
        ):
            n = next(NUMBER_WORDS[c.lower_] for c in tok.children if c.lower_ in NUMBER_WORDS)
            names = _recent_countries(ctx, tok.idx, n)
            if names:
                ctx.group = names


# ---------------------------------------------------------------- attribution


def _attribution(doc: Any, sent: Any, trig: _Trigger, ctx: _Context) -> Attribution | None:
    quoted = _in_quotes(sent, trig.token)
    # a speech verb governing the trigger's clause, or anywhere in the sentence
    node = trig.head
    speech = None
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS:
            speech = node
            break
    if speech is None:
        speech = next(
            (
                t
                for t in sent
                if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" and t.i != trig.token.i
            ),
            None,
        )
    source: str | None = None
    if speech is not None:
        subj = next((c for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            source = _source_text(doc, subj, speech, ctx)
    if source is None:
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    source = _text(
                        doc,
                        [
                            t
                            for t in _phrase_tokens(pobj)
                            if t.lower_ not in ("the",) or t.i != pobj.left_edge.i
                        ],
                    )
                    break
    if source is None:
        return None
    return Attribution(source, "direct quote" if quoted else "reported")


def _source_text(doc: Any, subj: Any, speech: Any, ctx: _Context) -> str:
    low = subj.lower_
    person = _person_at(ctx, subj.idx)
    if person:
        return person
    # "they said in a joint statement" -> the statement is the source
    for child in speech.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "through"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in DOCUMENT_NOUNS:
                return _strip_det(_text(doc, _phrase_tokens(pobj)))
    if low in ("he", "she") and (last := _recent_people(ctx, subj.idx, 1)):
        return last[0]
    if low == "it" or subj.lemma_.lower() in DOCUMENT_NOUNS:
        return _strip_det(_text(doc, _phrase_tokens(subj))) if low != "it" else "the statement"
    return _strip_det(_text(doc, _phrase_tokens(subj)))


def _strip_det(text: str) -> str:
    return re.sub(r"^(the|a|an|this|that)\s+", "", text, flags=re.I)


def _in_quotes(sent: Any, tok: Any) -> bool:
    before: str = sent.doc.text[sent.start_char : tok.idx]
    opens = sum(before.count(q) for q in "“«")
    closes = sum(before.count(q) for q in "”»")
    straight = before.count('"')
    return opens > closes or straight % 2 == 1


# ---------------------------------------------------------------- time


def _time(doc: Any, trig: _Trigger, ctx: _Context) -> TimeExpression | None:
    """When the action is due: a date in the action itself, not the day it was promised."""
    scopes: list[set[int]] = []
    if trig.complement is not None:
        scopes.append({t.i for t in trig.complement.subtree})
    if trig.complement is None or trig.complement.i == trig.head.i:
        scopes.append({c.i for c in trig.head.children} | {trig.head.i})
    for scope in scopes:
        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME") and ent.start in scope:
                past = ent.root.head.tag_ in ("VBD", "VBN")
                return TimeExpression(ent.text, _resolve_time(ent.text, ctx.published, past=past))
        for i in sorted(scope):
            if doc[i].lower_ in TIME_WORDS:
                return TimeExpression(doc[i].text, None)
    return None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _resolve_time(text: str, ref: date | None, *, past: bool = False) -> str | None:
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
    for n, weekday in enumerate(WEEKDAYS):
        if re.fullmatch(rf"(this |next |on )?{weekday}", low):
            if past and not low.startswith(("this ", "next ")):
                # "on Monday" told in the past tense is the Monday before the article
                return (ref - timedelta(days=(ref.weekday() - n) % 7)).isoformat()
            ahead = (n - ref.weekday()) % 7
            if low.startswith("next "):
                ahead = ahead + 7 if ahead == 0 else ahead
            return (ref + timedelta(days=ahead)).isoformat()
    return None
