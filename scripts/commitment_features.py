"""The parse features of a candidate trigger and the logistic model over them, for
scripts/train_commitments.py (the learned decision of docs/commitments.md, "Round 6").

Training only: no model ships, so the library's rules alone decide, and the library holds
none of this (it was `newsdesk.analysis.commitments.learned` until session 12, with a run-time
scorer that returned the rules' verdict on every call). The script takes each candidate's
features inside the extraction through `commitments.extract_paths(..., observe=...)`, so they
are the run time's own (the context it keeps from sentence to sentence: speakers, groups).

The features are the parse evidence about a candidate as named binary features (sparse
one-hots): the trigger (kind, lemma, tag, modal), its head and action verbs' lemmas, the clause
that embeds it (the embedding verb's lemma and class: speech, forecast, wish, …), the dependency
path up from the trigger, the subject (lemma, entity type, pronoun, agent noun, a person or place
of the article, the writer's voice), tense, mood and aspect, negation, passive, quotation and
reported speech, a time or an amount in the action, questions, if/whether, the sentence's length.
Pairs (the trigger's kind with the subject's class, with the embedding class) were tried and left
out: grouped CV F1 .589 with them, .608 without.

A model file (`train_commitments.py write`) names its mode: `decide` (the model alone says
whether each candidate is an undertaking) or `filter` (it may only drop what the rules
accepted); `read_model` and `probability` read and apply one (plain Python).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Span, Token

from newsdesk.analysis.commitments.agency import agentive
from newsdesk.analysis.commitments.attribution import governing_speech, in_quotes, writer_voice
from newsdesk.analysis.commitments.classify import Verdict, negation
from newsdesk.analysis.commitments.conditions import condition_clauses
from newsdesk.analysis.commitments.context import Context
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.mentions import person_at, place_at
from newsdesk.analysis.commitments.names import is_name
from newsdesk.analysis.commitments.subjects import clause_subject, passive_agent
from newsdesk.analysis.commitments.triggers import Kind, Trigger, to_infinitive
from newsdesk.labels import Strength

# Sentence length buckets (words): headlines and captions are short, run-on web prose long.
LENGTH_BUCKETS = (8, 16, 30, 50)
# How far up the parse the dependency path runs: the trigger's clause and the two that hold it
# (a report, a forecast or a wish is at most two heads above the modal's verb in news prose).
PATH_DEPTH = 3


class Mode(Enum):
    DECIDE = "decide"  # the model decides over every candidate
    FILTER = "filter"  # the model may only drop what the rules accepted


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    threshold: float
    weights: dict[str, float]
    mode: Mode = Mode.FILTER


def read_model(text: str) -> Model:
    """A model file's JSON: mode, bias, threshold and the weight of each feature name."""
    raw = json.loads(text)
    return Model(
        float(raw["bias"]),
        float(raw["threshold"]),
        {str(k): float(v) for k, v in raw["weights"].items()},
        Mode(raw.get("mode", Mode.FILTER.value)),
    )


def probability(names: list[str], m: Model) -> float:
    z = m.bias + sum(m.weights.get(n, 0.0) for n in set(names))
    return 1.0 / (1.0 + math.exp(-z))


def _verb_class(tok: Token) -> str:
    lx = lexicon()
    lem = lemma(tok)
    if lem in lx.speech_verbs:
        return "speech"
    if lem in lx.forecast_verbs:
        return "forecast"
    if lem in lx.wish_verbs:
        return "wish"
    if lem in lx.refusal_verbs:
        return "refusal"
    if lem in lx.commit_verbs or lem in lx.agree_verbs:
        return "commit"
    if lem in lx.intent_verbs:
        return "intent"
    return "other"


def _subject_class(subj: Token | None, ctx: Context) -> str:
    """One coarse class of the subject (or of a reporting verb's speaker)."""
    if subj is None:
        return "none"
    lx = lexicon()
    if subj.pos_ == "PRON":
        return f"pron:{subj.lower_}"
    if person_at(ctx, subj.idx) or subj.ent_type_ == "PERSON":
        return "person"
    if subj.ent_type_ in ("ORG", "NORP", "GPE"):
        return "body"
    if place_at(ctx, subj.idx):
        return "place"
    if lemma(subj) in lx.agent_nouns or lemma(subj) in lx.org_nouns:
        return "agent_noun"
    if subj.ent_type_:
        return "other_entity"
    if is_name(subj):
        return "name"
    return "thing"


def _subject_features(subj: Token | None, ctx: Context) -> list[str]:
    if subj is None:
        return ["subj=none"]
    lx = lexicon()
    out = [
        f"subj_ent={subj.ent_type_ or 'none'}",
        f"subj_pos={subj.pos_}",
        f"subj_tag={subj.tag_}",
        f"subj_dep={subj.dep_}",
        f"subj_lemma={lemma(subj)}",
    ]
    if subj.pos_ == "PRON":
        out.append(f"subj_pron={subj.lower_}")
    lem = lemma(subj)
    if lem in lx.agent_nouns:
        out.append("subj_agent_noun")
    if lem in lx.org_nouns:
        out.append("subj_org_noun")
    if person_at(ctx, subj.idx):
        out.append("subj_person")
    if place_at(ctx, subj.idx):
        out.append("subj_place")
    if is_name(subj):
        out.append("subj_name")
    if writer_voice(subj):
        out.append("subj_writer")
    dets = [c.lower_ for c in subj.children if c.dep_ in ("det", "poss")]
    out += [f"subj_det={d}" for d in dets[:1]]
    if subj.tag_ == "NNS" and not dets:
        out.append("subj_bare_plural")
    if any(c.dep_ == "relcl" for c in subj.children):
        out.append("subj_relcl")
    if subj.i == subj.sent.start:
        out.append("subj_first_word")
    return out


def _path(head: Token) -> list[str]:
    """The dependency labels from the trigger's verb up (at most `PATH_DEPTH` of them: its
    clause's and those of the clauses holding it), one feature per length ('path1=ccomp',
    'path2=ccomp/ROOT'); no lemma (the embedding verb's is `embed_lemma`)."""
    out = []
    labels: list[str] = []
    node = head
    for _ in range(PATH_DEPTH):
        labels.append(node.dep_)
        out.append(f"path{len(labels)}={'/'.join(labels)}")
        if node.head.i == node.i:
            break
        node = node.head
    return out


def evidence(trig: Trigger, subj: Token | None, ctx: Context) -> list[str]:
    """The parse evidence about a candidate as named binary features (the rules' verdict not
    among them)."""
    tok, head = trig.token, trig.head
    sent = tok.sent
    kind = trig.kind.value
    subj_class = _subject_class(subj, ctx)
    out = [
        f"kind={kind}",
        f"lemma={lemma(tok)}",
        f"head_lemma={lemma(head)}",
        f"head_tag={head.tag_}",
        f"head_dep={head.dep_}",
        f"tok_tag={tok.tag_}",
        f"tok_dep={tok.dep_}",
        f"subj_class={subj_class}",
    ]
    if trig.kind in (Kind.WILL, Kind.WOULD):
        out.append(f"verb={lemma(head)}")
        out.append("modal=" + tok.lower_.replace("’", "'"))
        if lemma(head) in lexicon().nonvolitional_verbs:
            out.append("verb_nonvolitional")
    if trig.complement is not None:
        out.append(f"comp_pos={trig.complement.pos_}")
        out.append(f"comp_lemma={lemma(trig.complement)}")
        action = list(trig.complement.subtree)
    else:
        action = []
    out += _subject_features(subj, ctx)
    out += _path(head)
    speech = governing_speech(head)
    if speech is not None:
        out.append("reported")
        out.append(f"speech={lemma(speech)}")
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        out.append(f"speaker={_subject_class(speaker, ctx)}")
    node = head
    embed = "root"
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            embed = _verb_class(node)
            out.append(f"embed_lemma={lemma(node)}")
            out.append(f"embed_tag={node.tag_}")
            break
    out.append(f"embed={embed}")
    for child in head.children:
        if child.dep_ in ("mark", "advmod", "aux", "neg", "prt"):
            out.append(f"head_{child.dep_}={lemma(child)}")
    for key in ("Tense", "VerbForm", "Mood"):
        values = tok.morph.get(key, []) + (head.morph.get(key, []) if head is not tok else [])
        out += [f"morph_{key}={v}" for v in values]
    if in_quotes(sent, tok):
        out.append("quoted")
    if negation(trig):
        out.append("neg")
    if any(c.dep_ == "auxpass" for c in head.children):
        out.append("passive")
        if passive_agent(head) is not None:
            out.append("passive_agent")
    if any(c.dep_ == "aux" and lemma(c) == "have" for c in (*tok.children, *head.children)):
        out.append("perfect")
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in tok.children if c.dep_ == "aux"):
        out.append("past")
    if condition_clauses(head):
        out.append("conditional")
    if any(t.ent_type_ in ("DATE", "TIME") for t in action):
        out.append("action_time")
    if any(t.ent_type_ == "MONEY" for t in action):
        out.append("action_money")
    if any(t.lower_ in ("you", "your") for t in action):
        out.append("action_you")
    if any(t.lower_ in ("you", "your") for t in sent):
        out.append("second_person")
    if any(t.text == "?" for t in sent):
        out.append("question")
    if any(t.lower_ in ("whether", "if") for t in sent if t.i < tok.i):
        out.append("whether_if_before")
    if tok.i == sent.start:
        out.append("trigger_first")
    words = sum(1 for t in sent if not t.is_punct)
    bucket = next((b for b in LENGTH_BUCKETS if words <= b), LENGTH_BUCKETS[-1] + 1)
    out.append(f"len<={bucket}")
    return out


def features(trig: Trigger, subj: Token | None, verdict: Verdict, ctx: Context) -> list[str]:
    """The evidence and the rules' verdict (the filter's features)."""
    return [*evidence(trig, subj, ctx), f"rules={'yes' if verdict.undertaking else 'no'}"]


# --- the second look (session 21): the clauses of a sentence the rules gave no record ----------
# Candidates: the triggers the rules rejected there (with the rejecting rule) and the clauses the
# parse offers that no trigger made; `second_features` describes each. Training only: the second
# look lost under grouped CV by site (docs/history/session21-clearn.md), so the library holds none
# of it; to ship one, the run time would score these features where `commitments.extract_paths`
# finishes a sentence with no record.

# The forms of "be" + to-infinitive no trigger takes ("was to be closed", "it's to open").
BE_TO_FORMS = frozenset({"was", "were", "'s", "’s", "'re", "’re", "be"})
# The nouns that may name an undertaking with no "to" after them (an inquiry, a meeting).
UNDERTAKING_NOUNS = frozenset(
    {"inquiry", "investigation", "review", "meeting", "talks", "summit", "hearing", "vote",
     "referendum", "election", "announcement", "decision", "deal", "agreement", "offer",
     "proposal", "plan", "scheme", "package", "programme", "program", "project", "bill",
     "legislation", "budget", "reform", "ban", "cut", "increase", "rise", "withdrawal",
     "deployment", "operation", "campaign", "strike", "trial", "visit", "tour", "launch",
     "closure", "sale", "bid", "pledge", "promise", "commitment", "commission", "inquest",
     "audit"}
)  # fmt: skip
# Words of a date ahead of the article's day ("next week", "on Tuesday", "later this year").
AHEAD_WORDS = frozenset(
    {"next", "tomorrow", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "coming", "upcoming", "soon"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SecondCandidate:
    """A clause the second look weighs: its trigger, its subject and why the rules passed it over
    ('rules:' + the rejecting rule, 'nosubj', or 'parse:' + kind for a clause no trigger made)."""

    trig: Trigger
    subj: Token | None
    source: str


def reason_class(reason: str) -> str:
    """The rule that decided, without the words it quotes ("forecast held by 'expect'")."""
    return " ".join(re.sub(r"'[^']*'|\([^)]*\)", "", reason).split(":")[0].split())


def second_candidates(
    sent: Span, seen: list[tuple[Trigger, Token | None, Verdict]], ctx: Context
) -> list[SecondCandidate]:
    """The rules' candidates of the sentence (`seen`) and the clauses the parse offers beside."""
    out = [
        SecondCandidate(
            trig, subj, "rules:" + reason_class(v.reason) if subj is not None else "nosubj"
        )
        for trig, subj, v in seen
    ]
    taken = {c.trig.token.i for c in out} | {c.trig.head.i for c in out}
    for tok in sent:
        if tok.i in taken:
            continue
        trig = _parse_candidate(tok)
        if trig is not None and trig.head.i not in taken:
            out.append(SecondCandidate(trig, clause_subject(trig.head), f"parse:{trig.kind.value}"))
            taken.add(trig.head.i)
    return out


def _parse_candidate(tok: Token) -> Trigger | None:
    if lemma(tok) == "be" and tok.lower_ in BE_TO_FORMS and (comp := to_infinitive(tok)):
        return Trigger(tok, comp, comp, Strength.commitment, Kind.WILL, (tok,))
    if tok.pos_ == "NOUN" and lemma(tok) in UNDERTAKING_NOUNS:
        return Trigger(tok, tok, to_infinitive(tok), Strength.intention, Kind.PLAN, (tok,))
    if (
        tok.pos_ == "VERB"
        and tok.dep_ in ("ROOT", "ccomp", "conj")
        and tok.tag_ in ("VBZ", "VBP", "VBG")
        and _ahead(tok)
    ):  # "the council meets on Tuesday"
        return Trigger(tok, tok, tok, Strength.commitment, Kind.WILL, (tok,))
    return None


def _ahead(verb: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") and t.lower_ in AHEAD_WORDS for t in verb.subtree)


def _subject_kind(subj: Token | None, ctx: Context) -> str:
    """person / body / place / org noun / group / agent noun / name / pronoun / thing / none."""
    if subj is None:
        return "none"
    lx = lexicon()
    if subj.pos_ == "PRON":
        return "pron:" + subj.lower_
    if person_at(ctx, subj.idx) or subj.ent_type_ == "PERSON":
        return "person"
    if subj.ent_type_ in ("ORG", "NORP"):
        return "body"
    if subj.ent_type_ == "GPE" or place_at(ctx, subj.idx):
        return "place"
    if lemma(subj) in lx.org_nouns:
        return "org_noun"
    if lemma(subj) in lx.agent_nouns:
        return "group" if subj.tag_ == "NNS" else "agent_noun"
    return "name" if is_name(subj) else "thing"


def second_actor(cand: SecondCandidate, ctx: Context) -> Token | None:
    """The subject as the record's actor when newsdesk accepts it as one; a passive's agent
    ("by the council"), none for an agentless passive ("the plant is to be closed")."""
    subj = cand.subj
    if any(c.dep_ == "auxpass" for c in cand.trig.head.children):
        subj = passive_agent(cand.trig.head)
    return subj if subj is not None and agentive(subj, ctx) else None


def second_features(cand: SecondCandidate, ctx: Context) -> list[str]:
    """The named binary features of a second-look candidate: its source (the rejecting rule),
    kind, lemmas, the verb's class, voice, the subject's kind and agency, attribution (a
    reporting verb above, its speaker's kind), negation, question, condition, quotation,
    modal, tense, a time (ahead) or an amount in the clause, the sentence's length."""
    trig, subj = cand.trig, cand.subj
    tok, head = trig.token, trig.head
    sent = tok.sent
    out = [
        f"source={cand.source}",
        f"source_kind={cand.source.split(':')[0]}",
        f"kind={trig.kind.value}",
        f"lemma={lemma(tok)}",
        f"head_lemma={lemma(head)}",
        f"head_class={_verb_class(head)}",
        f"head_tag={head.tag_}",
        f"head_dep={head.dep_}",
        f"subj_kind={_subject_kind(subj, ctx)}",
    ]
    if subj is not None:
        out += [f"subj_dep={subj.dep_}", f"subj_ent={subj.ent_type_ or 'none'}"]
        if agentive(subj, ctx):
            out.append("subj_agentive")
        if writer_voice(subj):
            out.append("subj_writer")
    if any(c.dep_ == "auxpass" for c in head.children):
        out += ["passive", "passive_agent" if passive_agent(head) else "passive_agentless"]
    modal = next((c for c in head.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    if modal is not None:
        out.append("modal=" + modal.lower_.replace("’", "'"))
    speech = governing_speech(head)
    if speech is not None:
        speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        out += ["reported", f"speech={lemma(speech)}", f"speaker={_subject_kind(speaker, ctx)}"]
    node, embed = head, "root"
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            embed = _verb_class(node)
            break
    out.append(f"embed={embed}")
    for key in ("Tense", "VerbForm"):
        out += [f"morph_{key}={v}" for v in head.morph.get(key, [])]
    flags = {
        "quoted": in_quotes(sent, tok),
        "neg": negation(trig),
        "conditional": bool(condition_clauses(head)),
        "question": any(t.text == "?" for t in sent),
        "complement": trig.complement is not None,
        "clause_time": any(t.ent_type_ in ("DATE", "TIME") for t in head.subtree),
        "clause_ahead": _ahead(head),
        "clause_money": any(t.ent_type_ == "MONEY" for t in head.subtree),
        "second_person": any(t.lower_ in ("you", "your") for t in sent),
    }
    out += [name for name, on in flags.items() if on]
    words = sum(1 for t in sent if not t.is_punct)
    bucket = next((b for b in LENGTH_BUCKETS if words <= b), LENGTH_BUCKETS[-1] + 1)
    out.append(f"len<={bucket}")
    return out
