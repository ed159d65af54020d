"""The learned filter over the rules' candidates: parse features, and the logistic model that
weighs them (trained by scripts/train_commitments.py; applied here in plain Python).

The rules (classify.py) decide first; the filter can only drop a candidate the rules accepted,
and only when a model file ships (data/commitments-filter.json, written by the training script
when the filter beats the rules out of fold: see docs/commitments.md, "Round 4").
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from newsdesk.analysis.commitments.actors import Context, is_name, person_at, place_at
from newsdesk.analysis.commitments.attribution import governing_speech, in_quotes, writer_voice
from newsdesk.analysis.commitments.classify import Verdict
from newsdesk.analysis.commitments.lexicon import lemma, lexicon
from newsdesk.analysis.commitments.triggers import Kind, Trigger

MODEL_FILE = "data/commitments-filter.json"
# Sentence length buckets (words): headlines and captions are short, run-on web prose long.
LENGTH_BUCKETS = (8, 16, 30, 50)


@dataclass(frozen=True, slots=True)
class Model:
    bias: float
    threshold: float
    weights: dict[str, float]


@cache
def model() -> Model | None:
    """The shipped filter, or None when none ships (the rules alone decide)."""
    path = resources.files("newsdesk").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Model(float(raw["bias"]), float(raw["threshold"]), dict(raw["weights"]))


def probability(names: list[str], m: Model) -> float:
    z = m.bias + sum(m.weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-z))


def keeps(trig: Trigger, subj: Token | None, verdict: Verdict, ctx: Context) -> bool:
    """Whether a candidate the rules accepted stays (always, when no model ships)."""
    m = model()
    if m is None:
        return True
    return probability(features(trig, subj, verdict, ctx), m) >= m.threshold


def _verb_class(tok: Token) -> str:
    lx = lexicon()
    lem = lemma(tok)
    if lem in lx.speech_verbs:
        return "speech"
    if lem in lx.forecast_verbs:
        return "forecast"
    if lem in lx.wish_verbs:
        return "wish"
    if lem in lx.commit_verbs or lem in lx.agree_verbs:
        return "commit"
    if lem in lx.intent_verbs:
        return "intent"
    return "other"


def _subject_features(subj: Token | None, ctx: Context) -> list[str]:
    if subj is None:
        return ["subj=none"]
    lx = lexicon()
    out = [f"subj_ent={subj.ent_type_ or 'none'}", f"subj_pos={subj.pos_}", f"subj_tag={subj.tag_}"]
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
    if subj.tag_ == "NNS" and not dets:
        out.append("subj_bare_plural")
    if any(c.dep_ == "relcl" for c in subj.children):
        out.append("subj_relcl")
    if subj.i == subj.sent.start:
        out.append("subj_first_word")
    return out


def features(trig: Trigger, subj: Token | None, verdict: Verdict, ctx: Context) -> list[str]:
    """The parse evidence about a candidate as named binary features: the trigger (kind, lemma,
    modal), the rules' verdict, the clause that embeds it (speech, forecast, wish), the subject
    (entity type, part of speech, pronoun, agent noun, a person or place the article names, the
    writer's voice, a bare plural), tense and aspect, negation, passive, quotation, a time in
    the action, second person, a question, the sentence's length."""
    tok, head = trig.token, trig.head
    sent = tok.sent
    out = [
        f"kind={trig.kind.value}",
        f"lemma={lemma(tok)}",
        f"rules={'yes' if verdict.undertaking else 'no'}",
        f"head_tag={head.tag_}",
        f"head_dep={head.dep_}",
        f"tok_tag={tok.tag_}",
    ]
    if trig.kind in (Kind.WILL, Kind.WOULD):
        out.append(f"verb={lemma(head)}")
        if lemma(head) in lexicon().nonvolitional_verbs:
            out.append("verb_nonvolitional")
    if trig.complement is not None:
        out.append(f"comp_pos={trig.complement.pos_}")
        action = list(trig.complement.subtree)
    else:
        action = []
    out += _subject_features(subj, ctx)
    embedding = governing_speech(head)
    if embedding is not None:
        out.append("reported")
    node = head
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            out.append(f"embed={_verb_class(node)}")
            break
    else:
        out.append("embed=root")
    if in_quotes(sent, tok):
        out.append("quoted")
    if any(c.dep_ == "neg" for c in (*tok.children, *head.children)):
        out.append("neg")
    if any(c.dep_ == "auxpass" for c in head.children):
        out.append("passive")
    if any(c.dep_ == "aux" and lemma(c) == "have" for c in (*tok.children, *head.children)):
        out.append("perfect")
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" for c in tok.children if c.dep_ == "aux"):
        out.append("past")
    if any(c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children)
           for c in head.children):  # fmt: skip
        out.append("conditional")
    if any(t.ent_type_ in ("DATE", "TIME") for t in action):
        out.append("action_time")
    if any(t.ent_type_ == "MONEY" for t in action):
        out.append("action_money")
    if any(t.lower_ in ("you", "your") for t in sent):
        out.append("second_person")
    if any(t.text == "?" for t in sent):
        out.append("question")
    words = sum(1 for t in sent if not t.is_punct)
    bucket = next((b for b in LENGTH_BUCKETS if words <= b), LENGTH_BUCKETS[-1] + 1)
    out.append(f"len<={bucket}")
    return out
